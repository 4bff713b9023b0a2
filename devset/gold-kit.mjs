// Shared by devset/make-gold.mjs and devset2/make-gold.mjs: compact annotation helpers, and the writer that
// finds each annotated text on its line (with its occurrence) and writes gold.json in the seeds' format.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const CUR = [[/dollar|\$/i, "USD"], [/euro|€/i, "EUR"], [/livre/i, "GBP"], [/franc/i, "CHF"], [/yuan/i, "CNY"]];
const DEFAULT_UNIT = { gpu_count: "GPU", percent: "%", ratio: "x", date: null };
const MONEY = new Set(["money", "valuation", "funding"]);

export function item(kind, value, text, o = {}) {
  let unit = o.u !== undefined ? o.u : DEFAULT_UNIT[kind];
  if (unit === undefined && MONEY.has(kind)) unit = CUR.find(([re]) => re.test(text))?.[1];
  if (unit === undefined && MONEY.has(kind)) throw new Error(`no currency for ${text}`);
  return { kind, value, unit: unit ?? null, text, n: o.n ?? 0, q: o.q === undefined ? "exact" : o.q, s: o.s, a: o.a };
}
export const c = (kind, value, text, o) => ({ ...item(kind, value, text, o), role: "claim" });
export const opt = (kind, value, text, o) => ({ ...item(kind, value, text, o), role: "optional" });
export const neg = (text, why, n = 0) => ({ text, why, n, role: "negative" });
export const alt = (y, rest) => [`${y}${rest}`, `XXXX${rest}`];

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const pattern = (t) => {
  const body = esc(t).replace(/ /g, "[ \\u00a0\\u202f]").replace(/['’]/g, "['’]");
  const pre = /^[\p{L}\p{N}]/u.test(t) ? "(?<![\\p{L}\\p{N}]|\\p{N}[,.])" : "";
  const post = /[\p{L}\p{N}]$/u.test(t) ? "(?![\\p{L}\\p{N}]|[,.]\\p{N})" : "";
  return new RegExp(pre + body + post, "gu");
};


/** Locates every annotation of `docs` in `<here>/texts` and writes `<here>/gold.json`; exits 1 on a problem. */
export function writeGold(here, about, docs) {
  const out = { version: 1, about, documents: [] };
  let problems = 0;
  for (const [file, docDate, items] of docs) {
    const text = readFileSync(join(here, "texts", file), "utf8").replace(/^\uFEFF/, "");
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
    const doc = { file, docDate, claims: [], optional: [], negatives: [] };
    for (const it of items) {
      const matches = [...text.matchAll(pattern(it.text))];
      const m = matches[it.n];
      if (!m) { console.error(`${file}: "${it.text}" #${it.n} not found (${matches.length} matches)`); problems++; continue; }
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= m.index) line++;
      const surface = m[0];
      const lineText = text.slice(lineStarts[line], lineStarts[line + 1] ?? text.length);
      let occ = 0, at = -1;
      while ((at = lineText.indexOf(surface, at + 1)) >= 0 && lineStarts[line] + at < m.index) occ++;
      const rec = it.role === "negative"
        ? { text: surface, line: line + 1, why: it.why }
        : { kind: it.kind, value: it.value, unit: it.unit, text: surface, line: line + 1 };
      if (occ) rec.occurrence = occ;
      if (it.role === "claim") {
        if (it.q) rec.qualifier = it.q;
        rec.subject = it.s ?? null;
        if (it.a) rec.attributes = it.a;
      }
      (it.role === "claim" ? doc.claims : it.role === "optional" ? doc.optional : doc.negatives).push(rec);
    }
    out.documents.push(doc);
  }
  writeFileSync(join(here, "gold.json"), JSON.stringify(out, null, 1) + "\n");
  const n = out.documents.reduce((a, d) => a + d.claims.length, 0);
  console.error(`${out.documents.length} documents, ${n} claims${problems ? `, ${problems} PROBLEMS` : ""}`);
  process.exit(problems ? 1 : 0);
}

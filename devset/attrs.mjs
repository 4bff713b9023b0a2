#!/usr/bin/env node
// Attribute mismatches of matched claims (same strict matching as shared/eval/score.mjs).
//   node devset/attrs.mjs --gold devset/gold.json --texts devset/texts --pred /tmp/dev.json
// Prints one line per mismatch (file:line kind "text" attr: got X want Y), then a summary.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";

const args = {};
for (let i = 2; i < process.argv.length; i++) if (process.argv[i].startsWith("--")) args[process.argv[i].slice(2)] = process.argv[++i];
const gold = JSON.parse(readFileSync(args.gold ?? "devset/gold.json", "utf8"));
const raw = readFileSync(args.pred, "utf8").trim();
let preds;
try { const p = JSON.parse(raw); preds = Array.isArray(p) ? p : p.claims ?? [p]; } catch { preds = raw.split("\n").filter(Boolean).map((l) => JSON.parse(l)); }

const overlaps = (a, b) => a.start < b.end && b.start < a.end;
const valueMatches = (got, want) => (Array.isArray(want) ? want : [want]).some((w) =>
  w === null || w === undefined ? false : typeof w === "number" ? typeof got === "number" && Math.abs(got - w) <= 1e-6 * Math.max(1, Math.abs(w)) : got === w);
const unitMatches = (p, g) => g.kind === "date" || g.kind === "count" || g.unit == null || String(p.unit ?? "").toUpperCase() === String(g.unit).toUpperCase();
const fmt = (v) => (v === undefined ? "—" : JSON.stringify(v));

const stats = new Map();
const bump = (k, ok) => { const s = stats.get(k) ?? { ok: 0, n: 0 }; s.n++; if (ok) s.ok++; stats.set(k, s); };
const lines = [];
for (const doc of gold.documents) {
  const text = readFileSync(join(args.texts ?? "devset/texts", doc.file), "utf8").replace(/^\uFEFF/, "");
  const ls = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") ls.push(i + 1);
  const dp = preds.filter((p) => basename(String(p.source ?? "")) === doc.file).map((p) => ({ ...p, used: false }));
  for (const ng of doc.negatives ?? []) {
    const start0 = ls[ng.line - 1], at = text.slice(start0, ls[ng.line] ?? text.length).indexOf(ng.text);
    const span = { start: start0 + at, end: start0 + at + ng.text.length };
    bump("negatives clean", true);
    const hit = dp.filter((p) => p.span && overlaps(p.span, span) && !doc.claims.some((g) => g.line === ng.line && p.text && g.text.includes(p.text)));
    if (hit.length) { stats.get("negatives clean").ok--; lines.push(`${doc.file}:${ng.line} NEGATIVE "${ng.text}" (${ng.why}) hit by ${hit.map((p) => `${p.kind} ${JSON.stringify(p.value)} "${p.text}"`).join(", ")}`); }
  }
  for (const g of doc.claims) {
    const start0 = ls[g.line - 1], lineText = text.slice(start0, ls[g.line] ?? text.length);
    let at = -1;
    for (let k = 0; k <= (g.occurrence ?? 0); k++) at = lineText.indexOf(g.text, at + 1);
    const span = { start: start0 + at, end: start0 + at + g.text.length };
    const p = dp.find((p) => !p.used && p.kind === g.kind && p.span && overlaps(p.span, span) && valueMatches(p.value, g.value) && unitMatches(p, g));
    if (!p) continue;
    p.used = true;
    const where = `${doc.file}:${g.line} ${g.kind} "${g.text}"`;
    const check = (name, ok, got, want) => { bump(name, ok); if (!ok) lines.push(`${where} ${name}: got ${fmt(got)} want ${fmt(want)}`); };
    if (g.qualifier) check("qualifier", (p.qualifier ?? "exact") === g.qualifier, p.qualifier, g.qualifier);
    if (g.subject) check("subject", typeof p.subject === "string" && p.subject.toLowerCase() === g.subject.toLowerCase(), p.subject, g.subject);
    for (const [k, v] of Object.entries(g.attributes ?? {})) {
      const got = p.attributes?.[k];
      const ok = Array.isArray(v)
        ? Array.isArray(got) && v.every((x) => got.some((y) => String(y).toLowerCase() === String(x).toLowerCase()))
        : String(got ?? "").toLowerCase() === String(v).toLowerCase();
      check(k, ok, got, v);
    }
    // Attributes the gold does not give but the prediction does (informative only).
    for (const k of ["model", "vendor", "stage", "round", "investors"]) {
      if (p.attributes?.[k] !== undefined && !(g.attributes && k in g.attributes)) lines.push(`${where} (extra) ${k}: got ${fmt(p.attributes[k])}, gold has none`);
    }
  }
}
for (const l of lines) console.log(l);
console.log("attribute accuracy of matched claims:");
for (const [k, s] of [...stats].sort()) console.log(`  ${k.padEnd(10)} ${s.ok}/${s.n} (${((100 * s.ok) / s.n).toFixed(1)} %)`);

// `claims ledger`: trusted articles -> a draft ledger for a person to curate. Each fact is a group of agreeing
// claims (as `claims corroborate` forms them, without rolling products up to their owner, since the ledger is
// matched subject by subject); its source is the earliest dated article stating it, else the first.

import { corroborate, type Article, type Fact } from "./corroborate.js";
import { formatValue } from "./describe.js";
import { DISTINGUISHING } from "./fact-key.js";
import type { Rates } from "./fx-rates.js";
import type { Ledger, LedgerFact } from "./ledger.js";

export function bootstrapLedger(articles: readonly Article[], rates: Rates): Ledger {
  const facts = corroborate(articles, { rates, rollup: false }).filter((f) => f.value !== null && !(typeof f.value === "string" && f.value.startsWith("XXXX")));
  const byId = new Map(facts.map((f) => [f.id, f]));
  return {
    schemaVersion: 1,
    facts: facts.map((f) => toLedgerFact(f, byId)),
  };
}

function toLedgerFact(f: Fact, byId: Map<string, Fact>): LedgerFact {
  const first = f.mentions.find((m) => m.source === f.earliest?.source) ?? f.mentions[0];
  const keep = f.kind === "date" ? ["mod", "start", "end"] : (DISTINGUISHING[f.kind] ?? []);
  const attributes = Object.fromEntries(keep.filter((k) => f.attributes[k] !== undefined).map((k) => [k, f.attributes[k]]));
  const others = f.disagreesWith.map((id) => byId.get(id)).filter((o): o is Fact => o !== undefined);
  const notes = [
    f.earliest ? `stated on ${f.earliest.date}` : "",
    others.length ? `disagrees with ${others.map((o) => `${formatValue(o)} (${o.sources.join(", ")})`).join("; ")}: set from/to or drop one` : "",
  ].filter(Boolean);
  return {
    subject: f.subject,
    kind: f.kind as LedgerFact["kind"],
    value: f.value as number | string,
    unit: f.unit,
    ...(Object.keys(attributes).length ? { attributes } : {}),
    qualifier: f.qualifier,
    source: first ? `${first.source}:${first.line}:${first.column}` : (f.sources[0] ?? "?"),
    ...(f.sources.length > 1 ? { sources: f.sources } : {}),
    ...(first ? { text: first.text } : {}),
    ...(notes.length ? { note: notes.join("; ") } : {}),
  };
}

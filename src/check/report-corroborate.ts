// `claims corroborate` output: a table for people (facts by how many articles state them, disagreements
// spelled out) and JSON for tools.

import { Chalk } from "chalk";
import { stripControl } from "../report/table.js";
import type { Fact } from "./corroborate.js";
import { formatFact, formatValue } from "./describe.js";

export const CORROBORATE_FORMATS = ["table", "json"] as const;

export function formatCorroborateJson(facts: readonly Fact[], o: { toolVersion: string; ratesDate: string }): string {
  return JSON.stringify({ schemaVersion: 1, tool: { name: "claims", version: o.toolVersion }, rates: { date: o.ratesDate }, facts }, null, 2) + "\n";
}

export function formatCorroborateTable(facts: readonly Fact[], o: { color: boolean; minSources?: number }): string {
  const chalk = new Chalk({ level: o.color ? 1 : 0 });
  const byId = new Map(facts.map((f) => [f.id, f]));
  const shown = facts.filter((f) => f.sources.length >= (o.minSources ?? 1) || f.disagreesWith.length);
  let out = "";
  for (const f of shown) {
    const named = f.namedAs.filter((n) => n !== f.subject);
    const head = `${chalk.bold(f.id)}  ${formatFact(f)}${named.length ? ` (as ${named.join(", ")})` : ""}: ${chalk.cyan(formatValue(f))}`;
    const count = `${f.sources.length} source${f.sources.length === 1 ? "" : "s"}`;
    const earliest = f.earliest ? `earliest ${f.earliest.source} (${f.earliest.date})` : "no dated source";
    out += `${stripControl(head)}  ${chalk.green(count)}, ${stripControl(earliest)}${f.undatedSources ? `, ${f.undatedSources} undated` : ""}\n`;
    for (const m of f.mentions) out += chalk.dim(`    ${stripControl(m.source)}:${m.line}:${m.column}  ${stripControl(m.text)}${m.subject !== f.subject ? `  [${stripControl(m.subject)}]` : ""}`) + "\n";
    for (const id of f.disagreesWith) {
      const other = byId.get(id);
      if (other) out += chalk.yellow(`    disagrees with ${id}: ${formatValue(other)} (${other.sources.map(stripControl).join(", ")})`) + "\n";
    }
  }
  const multi = facts.filter((f) => f.sources.length > 1).length;
  const disputed = facts.filter((f) => f.disagreesWith.length).length;
  out += `${facts.length} facts, ${multi} stated by several articles, ${disputed} with disagreeing values${shown.length < facts.length ? ` (${facts.length - shown.length} single-source facts hidden; --min-sources 1 shows them)` : ""}\n`;
  return out;
}

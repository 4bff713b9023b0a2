// --format human: for a person at a terminal or reading CI logs. One block per article, problems first
// in text order, then a one-line tally; colour only when asked.

import { Chalk } from "chalk";
import { stripControl } from "../report/table.js";
import type { ArticleCheck } from "./check-article.js";
import { listFindings, summarise, type Finding } from "./findings.js";
import type { CheckReportOptions } from "./reporters.js";

export function formatHuman(results: readonly ArticleCheck[], o: CheckReportOptions): string {
  const chalk = new Chalk({ level: o.color ? 1 : 0 });
  const paint: Record<Finding["category"], (s: string) => string> = {
    contradicted: chalk.red.bold,
    inconsistent: chalk.red,
    unknown: chalk.yellow,
    holds: chalk.green,
    corroborated: chalk.green,
  };
  let out = "";
  for (const r of results) {
    const tally = summarise([r]);
    out += chalk.bold(stripControl(r.source)) + chalk.dim(r.articleDate ? `  dated ${r.articleDate}` : "  undated") + "\n";
    if (r.error) {
      out += `  ${chalk.red("error")}  ${stripControl(r.error)}\n\n`;
      continue;
    }
    const shown = listFindings(r, o.failOn).filter((f) => o.verbose || f.category !== "corroborated");
    for (const f of shown) {
      const where = `${f.claim.line}:${f.claim.column}`.padEnd(8);
      out += `  ${where}${paint[f.category](f.category.padEnd(13))} ${stripControl(f.message)}\n`;
    }
    const parts = o.ledger ? [`${tally.corroborated} corroborated`, `${tally.contradicted} contradicted`, `${tally.unknown} unknown`] : [];
    parts.push(`${tally.inconsistent} inconsistent`, `${tally.holds} consistent`);
    out += chalk.dim(`  ${parts.join(", ")}`) + "\n\n";
  }
  const s = summarise(results);
  const verdicts = o.ledger ? `${s.claims} claims against ${o.ledger}: ${s.corroborated} corroborated, ${s.contradicted} contradicted, ${s.unknown} unknown; ` : "no ledger: consistency checks only; ";
  out += `${s.articles} article${s.articles === 1 ? "" : "s"}${s.errors ? ` (${s.errors} unreadable)` : ""}, ${verdicts}${s.inconsistent} inconsistent, ${s.holds} consistent (rates of ${o.ratesDate})\n`;
  return out;
}

// --format json: everything, for tools. Claims are the records `claims extract` prints.

import type { ArticleCheck } from "./check-article.js";
import { summarise } from "./findings.js";
import type { CheckReportOptions } from "./reporters.js";

export function formatJson(results: readonly ArticleCheck[], o: CheckReportOptions): string {
  const output = {
    schemaVersion: 1,
    tool: { name: "claims", version: o.toolVersion },
    ledger: o.ledger,
    rates: { date: o.ratesDate },
    failOn: o.failOn,
    summary: summarise(results),
    articles: results,
  };
  return JSON.stringify(output, null, 2) + "\n";
}

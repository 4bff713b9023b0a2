// The library: `import { extractClaims } from "claims"` gives the same records as the CLI.

import { extractDocument, type ExtractOptions } from "./pipeline.js";
import type { Claim } from "./records/schema.js";

export { extractDocument, type DocumentInput, type DocumentResult, type ExtractOptions } from "./pipeline.js";
export { ClaimSchema, DocumentReportSchema, ExtractOutputSchema, CLAIM_KINDS, QUALIFIERS } from "./records/schema.js";
export type { Claim, ClaimKind, DocumentReport, Attributes } from "./records/schema.js";
export { FORMATS } from "./report/index.js";
export { createReporter } from "./report/all.js";

/** The claims of one French text. `source` names it in the records (default "-"). */
export function extractClaims(text: string, options: ExtractOptions & { source?: string; date?: string | null } = {}): Claim[] {
  return extractDocument({ source: options.source ?? "-", text, date: options.date ?? null }, options).claims;
}

// Checking: verdicts against a ledger, consistency inside an article, corroboration across articles.
export { checkArticle, type ArticleCheck, type ArticleInput } from "./check/check-article.js";
export { corroborate, type Article, type Fact } from "./check/corroborate.js";
export { bootstrapLedger } from "./check/ledger-bootstrap.js";
export { LedgerSchema, LedgerFactSchema, parseLedger, type Ledger, type LedgerFact } from "./check/ledger.js";
export { REFERENCE_RATES, type Rates } from "./check/fx-rates.js";

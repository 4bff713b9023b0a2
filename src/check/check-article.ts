// One article through every check: each claim against the ledger (when there is one), then the article
// against itself. Pure: the command reads files, this only judges.

import type { Claim } from "../records/schema.js";
import { checkConsistency, type ConsistencyFinding } from "./consistency.js";
import type { Rates } from "./fx-rates.js";
import type { Ledger } from "./ledger.js";
import { judgeClaim, type ClaimVerdict } from "./verdict.js";

export interface ArticleCheck {
  source: string;
  /** the date facts must hold at, and deadlines must not precede */
  articleDate: string | null;
  /** one per claim when a ledger was given, else empty */
  verdicts: ClaimVerdict[];
  consistency: ConsistencyFinding[];
  /** the article could not be read */
  error?: string;
}

export interface ArticleInput {
  source: string;
  text: string;
  claims: readonly Claim[];
  articleDate: string | null;
}

export function checkArticle(article: ArticleInput, ledger: Ledger | null, rates: Rates): ArticleCheck {
  const checked = article.claims.filter((c) => c.kind !== "number");
  return {
    source: article.source,
    articleDate: article.articleDate,
    verdicts: ledger ? checked.map((c) => judgeClaim(c, ledger.facts, article.articleDate, rates)) : [],
    consistency: checkConsistency({ claims: checked, text: article.text, articleDate: article.articleDate, rates }),
  };
}

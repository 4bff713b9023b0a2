// Check report names -> reporters, one function each: (results, options) => string.

import type { ArticleCheck } from "./check-article.js";
import type { FailOn } from "./findings.js";
import { formatGithub } from "./report-github.js";
import { formatHuman } from "./report-human.js";
import { formatJson } from "./report-json.js";
import { formatSarif } from "./report-sarif.js";

export interface CheckReportOptions {
  toolVersion: string;
  color: boolean;
  failOn: readonly FailOn[];
  /** the ledger's path, or null for consistency checks only */
  ledger: string | null;
  ratesDate: string;
  /** human: also list corroborated claims */
  verbose?: boolean;
}

export const CHECK_FORMATS = ["human", "json", "github", "sarif"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export const CHECK_REPORTERS: Record<CheckFormat, (results: readonly ArticleCheck[], o: CheckReportOptions) => string> = {
  human: formatHuman,
  json: formatJson,
  github: formatGithub,
  sarif: formatSarif,
};

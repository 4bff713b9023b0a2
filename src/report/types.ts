// A reporter renders claims as they come, document by document, so a long run streams:
// begin() once, then document() per document in input order, then end() with every document's report.

import type { Claim, DocumentReport } from "../records/schema.js";

export interface ReportOptions {
  toolVersion: string;
  color: boolean;
  /** table: show the rule that made each claim */
  explain?: boolean;
}

export interface Reporter {
  begin(): string;
  document(claims: Claim[], report: DocumentReport): string;
  end(reports: DocumentReport[]): string;
}

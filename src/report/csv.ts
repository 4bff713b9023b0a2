// --format csv: RFC 4180 with a header row; nested fields flattened (span.start, attributes.model, ...).
// A cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "+1", "@SUM") gets a leading apostrophe.

import { stringify } from "csv-stringify/sync";
import type { Claim } from "../records/schema.js";
import type { Reporter } from "./types.js";

export const CSV_COLUMNS = [
  "id", "source", "kind", "value", "unit", "qualifier", "subject", "text", "span.start", "span.end", "line", "column",
  "attributes.model", "attributes.vendor", "attributes.stage", "attributes.round", "attributes.investors", "attributes.mod",
  "attributes.start", "attributes.end", "attributes.anchor", "confidence", "rule", "sentence",
] as const;

/** Neutralises spreadsheet formulas; plain numbers ("-5", "1.5e9") are data and stay as they are. */
export function neutraliseCell(cell: string): string {
  if (/^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/i.test(cell)) return `'${cell}`;
  return cell;
}

function cellsOf(c: Claim): string[] {
  const a = c.attributes;
  const raw: unknown[] = [
    c.id, c.source, c.kind, c.value, c.unit, c.qualifier, c.subject, c.text, c.span.start, c.span.end, c.line, c.column,
    a.model, a.vendor, a.stage, a.round, a.investors?.join("; "), a.mod, a.start, a.end, a.anchor, c.confidence, c.rule, c.sentence,
  ];
  return raw.map((v) => neutraliseCell(v === null || v === undefined ? "" : String(v)));
}

export function csvReporter(): Reporter {
  return {
    begin: () => stringify([[...CSV_COLUMNS]], { record_delimiter: "\r\n" }),
    document: (claims) => (claims.length ? stringify(claims.map(cellsOf), { record_delimiter: "\r\n" }) : ""),
    end: () => "",
  };
}

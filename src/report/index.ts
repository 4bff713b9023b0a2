// Reporter names -> reporters. An unknown name is a usage error that lists the known ones.

import { csvReporter } from "./csv.js";
import { jsonReporter } from "./json.js";
import { ndjsonReporter } from "./ndjson.js";
import { tableReporter } from "./table.js";
import type { Reporter, ReportOptions } from "./types.js";

export const FORMATS = ["table", "json", "ndjson", "csv"] as const;
export type Format = (typeof FORMATS)[number];

const REPORTERS: Record<Format, (o: ReportOptions) => Reporter> = {
  table: tableReporter,
  json: jsonReporter,
  ndjson: ndjsonReporter,
  csv: csvReporter,
};

export function createReporter(format: string, options: ReportOptions): Reporter {
  const make = REPORTERS[format as Format];
  if (!make) throw new Error(`unknown format "${format}" (use one of: ${FORMATS.join(", ")})`);
  return make(options);
}

// Every reporter at once, synchronously: for the library, whose users pick a format at run time.

import { csvReporter } from "./csv.js";
import { FORMATS, type Format } from "./index.js";
import { jsonReporter } from "./json.js";
import { ndjsonReporter } from "./ndjson.js";
import { tableReporter } from "./table.js";
import type { Reporter, ReportOptions } from "./types.js";

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

// Reporter names -> reporters, each module loaded only when its format is asked for (chalk and
// csv-stringify cost start-up time that an NDJSON run should not pay). An unknown name is a usage
// error that lists the known ones.

import type { Reporter, ReportOptions } from "./types.js";

export const FORMATS = ["table", "json", "ndjson", "csv"] as const;
export type Format = (typeof FORMATS)[number];

export async function loadReporter(format: string, options: ReportOptions): Promise<Reporter> {
  switch (format as Format) {
    case "table":
      return (await import("./table.js")).tableReporter(options);
    case "json":
      return (await import("./json.js")).jsonReporter(options);
    case "ndjson":
      return (await import("./ndjson.js")).ndjsonReporter();
    case "csv":
      return (await import("./csv.js")).csvReporter();
    default:
      throw new Error(`unknown format "${format}" (use one of: ${FORMATS.join(", ")})`);
  }
}

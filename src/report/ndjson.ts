// --format ndjson: one claim per line, nothing else.

import type { Reporter } from "./types.js";

export function ndjsonReporter(): Reporter {
  return {
    begin: () => "",
    document: (claims) => claims.map((c) => JSON.stringify(c) + "\n").join(""),
    end: () => "",
  };
}

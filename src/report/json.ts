// --format json: {"schemaVersion":1,"tool":{...},"claims":[...],"documents":[...]}, one claim per line.

import type { Reporter, ReportOptions } from "./types.js";

export function jsonReporter(options: ReportOptions): Reporter {
  let first = true;
  return {
    begin: () => `{"schemaVersion":1,"tool":${JSON.stringify({ name: "claims", version: options.toolVersion })},"claims":[`,
    document(claims) {
      let out = "";
      for (const c of claims) {
        out += (first ? "\n" : ",\n") + JSON.stringify(c);
        first = false;
      }
      return out;
    },
    end: (reports) => `${first ? "" : "\n"}],"documents":[${reports.map((r) => "\n" + JSON.stringify(r)).join(",")}\n]}\n`,
  };
}

// `claims schema`: JSON Schema generated from the zod schemas, never written by hand.

import { z } from "zod";
import { ClaimSchema, ExtractOutputSchema } from "./records/schema.js";

export function printSchema(opts: { envelope?: boolean }): string {
  const schema = z.toJSONSchema(opts.envelope ? ExtractOutputSchema : ClaimSchema, { unrepresentable: "any" });
  return JSON.stringify({ title: opts.envelope ? "claims extract --format json" : "claim record v1", ...schema }, null, 2) + "\n";
}

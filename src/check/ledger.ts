// The ledger: known facts a newsroom trusts, each with its source and the period it holds for.
// zod is the only definition; `claims schema --ledger` prints its JSON Schema.

import { z } from "zod";
import { CLAIM_KINDS, QUALIFIERS } from "../records/schema.js";

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export const LedgerFactSchema = z.object({
  subject: z.string().min(1).describe("organisation, product or project, as the extractor names it: xAI, OpenAI, Grok-3"),
  kind: z.enum(CLAIM_KINDS).exclude(["number"]),
  value: z.union([z.number(), z.string()]).describe("as in a claim record: full amount (24000000000), count, percent points, or a TIMEX date (2025-FA)"),
  unit: z.string().nullable().describe("GPU, an ISO 4217 code, x, %, the counted noun, or null for dates"),
  attributes: z.record(z.string(), z.unknown()).optional().describe("distinguishing attributes: stage, round, model; date interval start/end"),
  qualifier: z.enum(QUALIFIERS).default("exact").describe("at_most for a deadline (d'ici l'automne 2025), at_least for a floor"),
  from: z.string().regex(PARTIAL_DATE).optional().describe("first day the fact holds (YYYY, YYYY-MM or YYYY-MM-DD); open if absent"),
  to: z.string().regex(PARTIAL_DATE).optional().describe("last day the fact holds; open if absent"),
  source: z.string().min(1).describe("URL or citation of where the fact comes from"),
  cue: z.string().optional().describe("a word the claim's sentence must contain for this fact to apply (e.g. 'fondée'); pins facts of kinds that have many values per subject"),
  note: z.string().optional().describe("for the person curating the ledger"),
  sources: z.array(z.string()).optional().describe("every source that stated it (claims ledger fills this)"),
  text: z.string().optional().describe("how a source wrote it, e.g. '24 milliards de dollars'"),
});

export const LedgerSchema = z.object({
  schemaVersion: z.literal(1).default(1),
  facts: z.array(LedgerFactSchema),
});

export type LedgerFact = z.infer<typeof LedgerFactSchema>;
export type Ledger = z.infer<typeof LedgerSchema>;

export type ParsedLedger = { ok: true; ledger: Ledger } | { ok: false; errors: string[] };

/** JSON text to a ledger, or readable errors with the path of each bad field ("facts.3.kind: ..."). */
export function parseLedger(json: string): ParsedLedger {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [`not JSON: ${(e as Error).message}`] };
  }
  const parsed = LedgerSchema.safeParse(data);
  if (parsed.success) return { ok: true, ledger: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) };
}

/** `claims schema --ledger`: the ledger's JSON Schema, generated from the zod schema above. */
export function printLedgerSchema(): string {
  const schema = z.toJSONSchema(LedgerSchema, { unrepresentable: "any", io: "input" });
  return JSON.stringify({ title: "claims ledger v1", ...schema }, null, 2) + "\n";
}

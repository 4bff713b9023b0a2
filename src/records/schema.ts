// The claim record: the single source of truth for its shape (CONTRACT.md v1). Types come from z.infer;
// `claims schema` prints z.toJSONSchema of these.

import { z } from "zod";
import { CLAIM_KINDS, DATE_ANCHORS, QUALIFIERS } from "./kinds.js";

export { CLAIM_KINDS, QUALIFIERS };

export const SpanSchema = z.object({
  start: z.number().int().nonnegative().describe("UTF-16 offset of the first character"),
  end: z.number().int().nonnegative().describe("UTF-16 offset after the last character (exclusive)"),
});

export const AttributesSchema = z
  .object({
    model: z.string().optional().describe("accelerator model, e.g. H100"),
    vendor: z.string().optional().describe("accelerator maker, e.g. Nvidia"),
    stage: z.enum(["pre-money", "post-money"]).optional().describe("valuation before or after the round"),
    round: z.string().optional().describe("funding round: seed, A, B, ..."),
    investors: z.array(z.string()).optional().describe("who put the money in"),
    mod: z.enum(["START", "MID", "END"]).optional().describe("début / mi- / fin"),
    start: z.string().optional().describe("first day of a resolved date interval, YYYY-MM-DD"),
    end: z.string().optional().describe("last day of a resolved date interval, YYYY-MM-DD"),
    anchor: z.enum(DATE_ANCHORS).optional().describe("how a date's year was found"),
    currency: z.string().optional().describe("the currency of a vague amount"),
  })
  .catchall(z.unknown());

export const ClaimSchema = z
  .object({
    id: z.string().describe("stable for the same input: source and span"),
    source: z.string().describe("the path as given, '-' for stdin, or the id of an NDJSON input line"),
    kind: z.enum(CLAIM_KINDS),
    value: z.union([z.number(), z.string(), z.null()]).describe("normalised value; null only for a vague amount"),
    unit: z.string().nullable().describe("GPU, an ISO 4217 code, x, %, the counted noun, or null for dates"),
    text: z.string().describe("exact surface: documentText.slice(span.start, span.end)"),
    span: SpanSchema,
    line: z.number().int().positive(),
    column: z.number().int().positive(),
    sentence: z.string(),
    qualifier: z.enum(QUALIFIERS),
    subject: z.string().nullable().describe("organisation, product or project the claim is about"),
    attributes: AttributesSchema,
    confidence: z.number().min(0).max(1),
    rule: z.string().describe("the rule that made the claim (see --explain)"),
  })
  .refine((c) => c.span.end > c.span.start, { message: "empty span" });

export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimKind = (typeof CLAIM_KINDS)[number];
export type Attributes = z.infer<typeof AttributesSchema>;

export const SkippedSegmentSchema = z.object({
  span: SpanSchema,
  line: z.number().int().positive(),
  lang: z.string(),
  reason: z.string(),
  preview: z.string(),
});

export const DocumentReportSchema = z.object({
  source: z.string(),
  lang: z.string().describe("ISO 639-1 code of the document's main language, 'und' if unknown"),
  refDate: z.string().nullable().describe("the date relative expressions were resolved against"),
  refDateFrom: z.enum(["option", "input", "document", "none"]).describe("--ref-date, the NDJSON line's date, the text's own dateline, or none"),
  chars: z.number().int().nonnegative(),
  claims: z.number().int().nonnegative(),
  skipped: z.array(SkippedSegmentSchema).describe("segments not mined for claims, and why"),
  error: z.string().optional(),
  notes: z.array(z.string()).optional(),
});

export type DocumentReport = z.infer<typeof DocumentReportSchema>;

export const ExtractOutputSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.string(), version: z.string() }),
  claims: z.array(ClaimSchema),
  documents: z.array(DocumentReportSchema),
});

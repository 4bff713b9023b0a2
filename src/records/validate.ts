// The claim check the pipeline runs on every record, without loading zod (≈ 70 ms of start-up, as
// much as Node itself). schema.ts stays the single source of truth: tests/records-validate.test.ts
// holds this check to the zod schema's verdicts and output, on real records and on random mutations.

import { CLAIM_KINDS, DATE_ANCHORS, QUALIFIERS } from "./kinds.js";
import type { Claim } from "./schema.js";

const KINDS = new Set<unknown>(CLAIM_KINDS);
const QUALIFIER_SET = new Set<unknown>(QUALIFIERS);
const STAGES = new Set<unknown>(["pre-money", "post-money"]);
const MODS = new Set<unknown>(["START", "MID", "END"]);
const ANCHORS = new Set<unknown>(DATE_ANCHORS);

/** The record's fields, in the schema's order: the validated claim is rebuilt in it, as zod does. */
const FIELDS = ["id", "source", "kind", "value", "unit", "text", "span", "line", "column", "sentence", "qualifier", "subject", "attributes", "confidence", "rule"] as const;
const ATTRIBUTE_FIELDS = ["model", "vendor", "stage", "round", "investors", "mod", "start", "end", "anchor", "currency"] as const;

const isString = (v: unknown): v is string => typeof v === "string";
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isInt = (v: unknown): v is number => Number.isSafeInteger(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

type Check = (v: unknown) => boolean;
const CLAIM_CHECKS: Record<(typeof FIELDS)[number], Check> = {
  id: isString,
  source: isString,
  kind: (v) => KINDS.has(v),
  value: (v) => v === null || isString(v) || isNumber(v),
  unit: (v) => v === null || isString(v),
  text: isString,
  span: (v) => isObject(v) && isInt(v.start) && v.start >= 0 && isInt(v.end) && v.end >= 0,
  line: (v) => isInt(v) && v > 0,
  column: (v) => isInt(v) && v > 0,
  sentence: isString,
  qualifier: (v) => QUALIFIER_SET.has(v),
  subject: (v) => v === null || isString(v),
  attributes: isObject,
  confidence: (v) => isNumber(v) && v >= 0 && v <= 1,
  rule: isString,
};
const optional = (check: Check): Check => (v) => v === undefined || check(v);
const ATTRIBUTE_CHECKS: Record<(typeof ATTRIBUTE_FIELDS)[number], Check> = {
  model: optional(isString),
  vendor: optional(isString),
  stage: optional((v) => STAGES.has(v)),
  round: optional(isString),
  investors: optional((v) => Array.isArray(v) && v.every(isString)),
  mod: optional((v) => MODS.has(v)),
  start: optional(isString),
  end: optional(isString),
  anchor: optional((v) => ANCHORS.has(v)),
  currency: optional(isString),
};

/** A value in a problem message: its type, and a short preview of a scalar. */
function describe(v: unknown): string {
  if (v === null || v === undefined || typeof v === "number" || typeof v === "boolean") return String(v);
  if (typeof v === "string") return JSON.stringify(v.slice(0, 40));
  return Array.isArray(v) ? "an array" : typeof v;
}

export type Validated = { ok: true; claim: Claim } | { ok: false; problems: string[] };

/** The record as a claim (fields in the schema's order, unknown top-level fields dropped), or what is wrong. */
export function validateClaim(record: Record<string, unknown>): Validated {
  const problems = problemsOf(record);
  if (problems.length) return { ok: false, problems };
  const claim: Record<string, unknown> = {};
  for (const field of FIELDS) claim[field] = record[field];
  const span = record.span as { start: number; end: number };
  claim.span = { start: span.start, end: span.end };
  claim.attributes = inSchemaOrder(record.attributes as Record<string, unknown>);
  return { ok: true, claim: claim as Claim };
}

/** Known attributes in the schema's order, then the others as they come (zod's catchall output). */
function inSchemaOrder(attributes: Record<string, unknown>): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const field of ATTRIBUTE_FIELDS) if (field in attributes) ordered[field] = attributes[field];
  for (const k in attributes) if (!(k in ordered)) ordered[k] = attributes[k];
  return ordered;
}

/** What is wrong with a record, field by field; none for a valid one. */
function problemsOf(record: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const field of FIELDS) if (!CLAIM_CHECKS[field](record[field])) problems.push(`${field}: invalid (${describe(record[field])})`);
  if (problems.length) return problems;
  const attributes = record.attributes as Record<string, unknown>;
  for (const field of ATTRIBUTE_FIELDS) if (!ATTRIBUTE_CHECKS[field](attributes[field])) problems.push(`attributes.${field}: invalid (${describe(attributes[field])})`);
  const span = record.span as { start: number; end: number };
  if (span.end <= span.start) problems.push("empty span");
  return problems;
}

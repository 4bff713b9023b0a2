// What makes two statements about the same fact: the same subject, the same kind, and no distinguishing
// attribute that differs. "24 milliards post-money" and "18 milliards pre-money" are two facts; a GPU count
// for H100 and one for H200 are two facts; a count with no model may be either.

import type { ClaimKind } from "../records/schema.js";
import { dateClass, normaliseUnit, type Stated } from "./tolerance.js";

/** Attributes that split one kind into several facts. */
export const DISTINGUISHING: Partial<Record<ClaimKind, readonly string[]>> = {
  gpu_count: ["model"],
  valuation: ["stage"],
  funding: ["round"],
};

/**
 * Kinds with one value per subject and distinguishing attributes at a time, so a second value contradicts
 * the first. A company has one post-money valuation, but many amounts of money, percentages and past dates:
 * those contradict only a ledger fact pinned by a `cue` word.
 */
export function isSingleValued(s: Pick<Stated, "kind" | "qualifier">): boolean {
  if (s.kind === "date") return dateClass(s.qualifier) === "planned";
  return s.kind === "valuation" || s.kind === "funding" || s.kind === "gpu_count" || s.kind === "count";
}

/** "xAI", "XAI" and "x AI" are one subject; accents and case do not matter. */
export function normaliseSubject(s: string | null): string | null {
  if (!s) return null;
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[\s\u00a0'’.-]+/g, "");
}

/** A valuation with no stage is read as post-money: "porte sa valorisation à 24 milliards" is after the round. */
export function attribute(s: Stated, name: string): string | undefined {
  const v = s.attributes?.[name];
  if (typeof v === "string" && v) return v.toLowerCase().replace(/^(?:série|series|serie)\s+/, "");
  if (s.kind === "valuation" && name === "stage") return "post-money";
  return undefined;
}

/** Same kind, same unit class, and no distinguishing attribute set on both sides with two values. */
export function attributesCompatible(a: Stated, b: Stated): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "count" && normaliseUnit(a.unit) !== normaliseUnit(b.unit)) return false;
  if (a.kind === "date" && dateClass(a.qualifier) !== dateClass(b.qualifier)) return false;
  for (const name of DISTINGUISHING[a.kind] ?? []) {
    const x = attribute(a, name);
    const y = attribute(b, name);
    if (x !== undefined && y !== undefined && x !== y) return false;
  }
  return true;
}

/** How many distinguishing attributes a statement sets: the more specific ones seed fact groups first. */
export function specificity(s: Stated): number {
  return (DISTINGUISHING[s.kind] ?? []).filter((n) => typeof s.attributes?.[n] === "string").length;
}

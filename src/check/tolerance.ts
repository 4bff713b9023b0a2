// Do two stated values agree? Each value and its qualifier span a range, and two statements agree when
// their ranges meet: "au moins 100 000 GPU" meets "120 000 GPU", "24 milliards" meets "24,1 milliards"
// (money to 0.5 %), "d'ici l'automne 2025" meets "d'ici fin 2025" (dates by interval overlap).

import type { Qualifier } from "../context/qualifier.js";
import type { ClaimKind } from "../records/schema.js";
import { dateInterval, overlaps, widen } from "./date-interval.js";
import { convert, FX_TOLERANCE, isCurrency, type Rates } from "./fx-rates.js";

/** What a claim and a ledger fact have in common. */
export interface Stated {
  kind: ClaimKind;
  value: number | string | null;
  unit: string | null;
  qualifier: Qualifier;
  attributes?: Record<string, unknown>;
}

export type Agreement = "agree" | "disagree" | "incomparable";

export const MONEY_KINDS: readonly ClaimKind[] = ["valuation", "funding", "money"];
/** Relative tolerance of an exact amount: rounding "5,53 milliards" loses up to 0.1 %. */
export const MONEY_TOLERANCE = 0.005;
/** "environ 100 000", "une quarantaine": 10 % either way of the stated value. */
export const APPROX_TOLERANCE = 0.1;
/** "vers mi-2025": a month either way. */
const APPROX_DAYS = 31;

export function compareStated(a: Stated, b: Stated, rates: Rates): Agreement {
  if (a.kind !== b.kind || a.value === null || b.value === null) return "incomparable";
  if (a.kind === "date") return compareDates(a, b);
  if (typeof a.value !== "number" || typeof b.value !== "number") return "incomparable";
  let other = b.value;
  let tolerance = MONEY_KINDS.includes(a.kind) ? MONEY_TOLERANCE : 0;
  if (MONEY_KINDS.includes(a.kind) && isCurrency(a.unit) && isCurrency(b.unit) && a.unit !== b.unit) {
    const converted = convert(b.value, b.unit, a.unit, rates);
    if (converted === null) return "incomparable";
    other = converted;
    tolerance = FX_TOLERANCE;
  } else if (normaliseUnit(a.unit) !== normaliseUnit(b.unit)) {
    return "incomparable";
  }
  // Half the tolerance on each side, so 24 and 24.2 milliards (0.8 % apart) do not meet.
  const [lo1, hi1] = range(a.value, a.qualifier, tolerance / 2);
  const [lo2, hi2] = range(other, b.qualifier, tolerance / 2);
  return lo1 <= hi2 && lo2 <= hi1 ? "agree" : "disagree";
}

export function range(v: number, q: Qualifier, tolerance: number): [number, number] {
  const slack = (t: number) => Math.abs(v) * t + 1e-9;
  switch (q) {
    case "approx":
      return [v - slack(Math.max(tolerance, APPROX_TOLERANCE)), v + slack(Math.max(tolerance, APPROX_TOLERANCE))];
    case "at_least":
    case "more_than":
      return [v - slack(tolerance), Infinity];
    case "at_most":
    case "less_than":
      return [-Infinity, v + slack(tolerance)];
    default:
      return [v - slack(tolerance), v + slack(tolerance)];
  }
}

/**
 * A deadline or a floor ("d'ici l'automne 2025", "dès l'automne 2025") announces a planned event; a plain
 * date ("en juillet 2023") places a past one. The two never describe the same fact, so they never compare.
 */
export function dateClass(q: Qualifier): "planned" | "point" {
  return q === "exact" || q === "approx" ? "point" : "planned";
}

function compareDates(a: Stated, b: Stated): Agreement {
  if (dateClass(a.qualifier) !== dateClass(b.qualifier)) return "incomparable";
  let i = dateInterval(a.value, a.attributes);
  let j = dateInterval(b.value, b.attributes);
  if (!i || !j) return "incomparable";
  if (a.qualifier === "approx") i = widen(i, APPROX_DAYS);
  if (b.qualifier === "approx") j = widen(j, APPROX_DAYS);
  return overlaps(i, j) ? "agree" : "disagree";
}

/** "employés" and "Employé" count the same thing. */
export function normaliseUnit(unit: string | null): string | null {
  if (unit === null) return null;
  const u = unit.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
  return u.length > 3 ? u.replace(/[sx]$/, "") : u;
}

/** How far apart two numbers are, relative to the larger: used to pick the nearest fact. */
export function distance(a: Stated, b: Stated): number {
  if (typeof a.value === "number" && typeof b.value === "number") {
    const m = Math.max(Math.abs(a.value), Math.abs(b.value), 1e-9);
    return Math.abs(a.value - b.value) / m;
  }
  if (a.kind === "date") {
    const i = dateInterval(a.value, a.attributes);
    const j = dateInterval(b.value, b.attributes);
    if (i && j) return Math.abs(Date.parse(i.start) - Date.parse(j.start));
  }
  return Infinity;
}

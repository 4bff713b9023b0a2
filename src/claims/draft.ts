// Common draft-building: qualifier and subject are found the same way for every kind.

import { findQualifier, isForecastCompared, startsWithDes } from "../context/qualifier.js";
import { findSubject, type SubjectKind } from "../context/subject.js";
import type { Attributes, ClaimKind } from "../records/schema.js";
import type { Span } from "../recognise/types.js";
import { narrow } from "../text/narrow-classes.js";
import { textBefore, type ClaimDraft, type RuleContext } from "./types.js";

export function makeDraft(
  span: Span,
  kind: ClaimKind,
  value: number | string | null,
  unit: string | null,
  ctx: RuleContext,
  extra: { rule: string; confidence: number; attributes?: Attributes; approx?: boolean; qualifierSpan?: Span },
): ClaimDraft {
  const before = textBefore(extra.qualifierSpan ?? span, ctx);
  let qualifier = findQualifier(before);
  // "au-dessus des 1 790 milliards attendus": the forecast beaten is exact
  if ((qualifier === "more_than" || qualifier === "less_than") && isForecastCompared(before, ctx.text.slice(span.end, span.end + 40))) qualifier = "exact";
  if (qualifier === "exact" && extra.approx) qualifier = "approx";
  // "à partir de 3 490 euros TTC (2 908 euros HT)": an amount restated in brackets keeps the first one's hedge
  if (qualifier === "exact" && ctx.lastAmount && AMOUNT_KINDS.has(kind) && RESTATED.test(ctx.text.slice(ctx.lastAmount.end, span.start))) {
    qualifier = ctx.lastAmount.qualifier;
  }
  // "160 employés environ": the hedge after the number.
  if (qualifier === "exact" && /^[ \u00a0]*environ(?![\p{L}])/u.test(ctx.text.slice(span.end, span.end + 12))) qualifier = "approx";
  // "256 GPU au minimum", "30 millions au maximum": a bound after the number
  if (qualifier === "exact") {
    const bound = /^[ \u00a0]*(?:au[ \u00a0]+)?(minimum|maximum)(?![\p{L}])/u.exec(ctx.text.slice(span.end, span.end + 14));
    if (bound) qualifier = bound[1] === "minimum" ? "at_least" : "at_most";
  }
  return {
    start: span.start,
    end: span.end,
    kind,
    value,
    unit,
    qualifier,
    subject: findSubject(span, kind as SubjectKind, ctx.sentenceIndex, ctx),
    attributes: extra.attributes ?? {},
    confidence: extra.confidence,
    rule: extra.rule,
  };
}

const AMOUNT_KINDS: ReadonlySet<ClaimKind> = new Set(["money", "funding", "valuation"]);
/** what stands between an amount and its restatement: "(", " TTC (", " HT (" */
const RESTATED = narrow(/^[ \u00a0]*(?:[\p{L}.]{1,4}[ \u00a0]*)?\([ \u00a0]*$/u);

/** "Dès 2023, il a demandé" tells when something happened (exact); "dès l'automne 2025" sets a floor. */
export function isPastDes(before: string, year: number | null, currentYear: number | null): boolean {
  return startsWithDes(before) && year !== null && currentYear !== null && year < currentYear;
}

// Text preparation before recognition: NFD-decomposed accents are composed (NFC) so that
// "e\u0301" reads like "é", and every offset found in the composed text is mapped back, so that
// records still satisfy `original.slice(span.start, span.end) === text`.
// e.g. "Elle a leve\u0301 5 millions" (NFD, 26 chars) -> "Elle a levé 5 millions" (25 chars);
// "5 millions" at 12..22 in the composed text is 13..23 in the original.

import type { DocumentResult } from "../pipeline.js";
import type { Claim } from "../records/schema.js";
import type { Span } from "../recognise/types.js";
import { indexLines } from "./lines.js";

/** Combining diacritical marks: what NFD splits French accents into (U+0300–U+036F). */
const HAS_COMBINING = /[\u0300-\u036f]/;
// A base character and its marks, the unit NFC composes: "e\u0301" -> "é". Linear: no nested quantifier.
const DECOMPOSED = /[^\u0300-\u036f][\u0300-\u036f]+/g;

export interface PreparedText {
  /** the text the recognisers see */
  text: string;
  /** composed-text offset -> original offset; null when the text was left as it was */
  toOriginal: ((offset: number) => number) | null;
}

/** Composes decomposed accents; most texts have none and come back untouched (no copy, no map). */
export function composeAccents(original: string): PreparedText {
  if (!HAS_COMBINING.test(original)) return { text: original, toOriginal: null };
  const pieces: string[] = [];
  // For every composed run: where it ends in the composed text and how far the original is ahead there.
  const composedEnds: number[] = [];
  const shifts: number[] = [];
  let shift = 0;
  let last = 0;
  let composedLength = 0;
  DECOMPOSED.lastIndex = 0;
  for (let m = DECOMPOSED.exec(original); m; m = DECOMPOSED.exec(original)) {
    const composed = m[0].normalize("NFC");
    if (composed.length === m[0].length) continue; // nothing to compose ("q\u0301"): keep as is
    pieces.push(original.slice(last, m.index), composed);
    composedLength += m.index - last + composed.length;
    shift += m[0].length - composed.length;
    composedEnds.push(composedLength);
    shifts.push(shift);
    last = m.index + m[0].length;
  }
  if (!shifts.length) return { text: original, toOriginal: null };
  pieces.push(original.slice(last));
  const toOriginal = (offset: number): number => {
    // the last composed run ending at or before `offset` gives the shift
    let lo = 0;
    let hi = composedEnds.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((composedEnds[mid] as number) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return offset + (found < 0 ? 0 : (shifts[found] as number));
  };
  return { text: pieces.join(""), toOriginal };
}

/** A span of the composed text as a span of the original. */
export function spanInOriginal(span: Span, toOriginal: (offset: number) => number): Span {
  return { start: toOriginal(span.start), end: toOriginal(span.end) };
}

/**
 * Records found in the composed text, moved back onto the original: spans through the offset map,
 * `text`, `sentence`, line and column re-read from the original, ids re-derived from the new span.
 */
export function resultInOriginal(result: DocumentResult, composed: string, original: string, toOriginal: (offset: number) => number): DocumentResult {
  const lines = indexLines(original);
  const claims = result.claims.map((c): Claim => {
    const span = spanInOriginal(c.span, toOriginal);
    const sentenceStart = composed.lastIndexOf(c.sentence, c.span.start);
    const sentence = sentenceStart >= 0
      ? original.slice(toOriginal(sentenceStart), toOriginal(sentenceStart + c.sentence.length))
      : c.sentence;
    const { line, column } = lines.locate(span.start);
    return { ...c, id: respan(c.id, span), text: original.slice(span.start, span.end), span, line, column, sentence };
  });
  const skipped = result.report.skipped.map((s) => {
    const span = spanInOriginal(s.span, toOriginal);
    return { ...s, span, line: lines.locate(span.start).line, preview: original.slice(span.start, Math.min(span.end, span.start + 80)) };
  });
  return { claims, report: { ...result.report, chars: original.length, skipped } };
}

/** Ids end with "#start-end" (pipeline.ts): the same id for the span in the original text. */
export function respan(id: string, span: Span): string {
  return id.replace(/#\d+-\d+$/, `#${span.start}-${span.end}`);
}

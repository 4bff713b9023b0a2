// "respectivement 6 et 4 millions d'euros", "avec respectivement 64 000 et 58 000 puces", "respectivement 40, 55 et 70
// magasins": figures told "respectivement" are written bare but the last, and share what it is in (its scale, its
// currency, its noun).

import { narrow } from "../text/narrow-classes.js";
import type { NumberMention } from "./types.js";

// (the list may have begun: "respectivement 40, 55")
const RESPECTIVELY_OPENS = narrow(/(?<![\p{L}])respectivement[ \u00a0]{1,3}(?:(?:à|de)[ \u00a0]{1,3})?(?:\d[\d \u00a0\u202f]{0,12}(?:,\d{1,3})?[ \u00a0]{0,2},[ \u00a0]{1,2}){0,6}$/u);
const NEXT_ITEM = /^(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+(?:et|puis)[ \u00a0]+)$/u;

/** The last figure of the "respectivement" list `numbers[index]` stands in, when it stands in one before its last. */
export function lastOfRespectiveList(text: string, numbers: readonly NumberMention[], index: number): NumberMention | null {
  const first = numbers[index];
  if (!first || !RESPECTIVELY_OPENS.test(text.slice(Math.max(0, first.start - 100), first.start))) return null;
  let last = index;
  for (let next = numbers[last + 1]; next && NEXT_ITEM.test(text.slice((numbers[last] as NumberMention).end, next.start)); next = numbers[last + 1]) last++;
  return last > index ? (numbers[last] as NumberMention) : null;
}

/** A figure of the list in the scale of the last: "respectivement 6 et 4 millions" gives 6 millions; "9 millions et 6,5
 * millions" keep their own. */
export function inScaleOfLast(n: NumberMention, last: NumberMention): number {
  return (n.scale ?? 1) > 1 ? n.value : n.value * (last.scale ?? 1);
}

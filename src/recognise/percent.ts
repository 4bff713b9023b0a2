// Percentages: a number followed by "%", "pour cent", "pour-cent", "pourcent(s)" or "pourcentage(s)".
// "12,5 %" => 12.5. "3 points de pourcentage" is a difference of points, not a percentage: the
// number is followed by "points", so it is not taken. In "entre 5 et 10 %" both numbers are.
import { caselessRegExp } from "./caseless.js";
import type { NumberMention, PercentMention } from "./types.js";
import { recogniseNumbers } from "./number.js";

const BLANK = "[ \\u00a0\\u202f]";

const PERCENT_AFTER = caselessRegExp(
  `${BLANK}?%|${BLANK}+(?:pour${BLANK}*-?${BLANK}*cents?|pourcents?|pourcentages?)(?![\\p{L}])`,
  "iuy",
);

// "5 à 10 %", "5 et 10 %", "5-10 %", "5 ou 6 %": the first bound shares the sign of the second
const RANGE_LINK = /^(?:[ \u00a0\u202f]+(?:et|à|ou)[ \u00a0\u202f]+|[ \u00a0\u202f]*[-–][ \u00a0\u202f]*)$/u;

export function recognisePercents(text: string, numbers: NumberMention[] = recogniseNumbers(text)): PercentMention[] {
  const sign = numbers.map((n) => {
    PERCENT_AFTER.lastIndex = n.end;
    const m = PERCENT_AFTER.exec(text);
    return m ? n.end + m[0].length : -1;
  });
  const out: PercentMention[] = [];
  numbers.forEach((n, i) => {
    if (sign[i]! >= 0) {
      out.push({ start: n.start, end: sign[i]!, value: n.value });
      return;
    }
    const next = numbers[i + 1];
    // (not a scaled amount: "contre 1,4 milliard et 7 %")
    if (next && sign[i + 1]! >= 0 && !n.yearLike && (n.scale ?? 1) === 1 && RANGE_LINK.test(text.slice(n.end, next.start))) {
      out.push({ start: n.start, end: n.end, value: n.value });
    }
  });
  return out;
}

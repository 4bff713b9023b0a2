// A bare scaled number that takes its unit from the claim before it:
// "un chiffre d'affaires de 57 milliards de dollars, au-dessus des 54,6 milliards attendus" -> 54.6e9 USD;
// "800 millions d'utilisateurs, contre 400 millions en février" -> 400e6 utilisateurs.

import type { NumberMention } from "../recognise/types.js";
import { amountRule } from "./amount.js";
import { makeDraft } from "./draft.js";
import type { ClaimDraft, Rule } from "./types.js";

const SCALED = /(?:milliards?|millions?|Mds?|Mrds?|Md)$/u;
// "37 milliards de paramètres": the number counts something else.
const OTHER_NOUN = /^[ \u00a0\u202f]*(?:de|d['’])[ \u00a0\u202f]*\p{L}/u;
const MONEY_KINDS = new Set(["money", "valuation", "funding"]);

export const ellipsisRule: Rule<NumberMention> = {
  name: "ellipsis",
  kind: "money",
  extract(m, ctx): ClaimDraft | null {
    if (!SCALED.test(ctx.text.slice(m.start, m.end)) || OTHER_NOUN.test(ctx.text.slice(m.end, m.end + 30))) return null;
    // The last amount or count before it (a date may stand between: "40 milliards de dollars au printemps ... 300 milliards").
    let prev: ClaimDraft | undefined;
    for (let i = ctx.previous.length - 1; i >= 0 && !prev; i--) {
      const c = ctx.previous[i] as ClaimDraft;
      if ((MONEY_KINDS.has(c.kind) || c.kind === "count") && c.unit !== null) prev = c;
    }
    if (!prev) return null;
    const prevSentence = ctx.sentences.findIndex((s) => s.start <= prev.start && prev.start < s.end);
    if (MONEY_KINDS.has(prev.kind) && prevSentence >= ctx.sentenceIndex - 1) {
      const draft = amountRule.extract({ start: m.start, end: m.end, value: m.value, currency: prev.unit as string, number: m }, ctx);
      if (!draft) return null;
      return { ...draft, rule: `${draft.rule} (unit from the amount before)`, confidence: Math.min(draft.confidence, 0.7) };
    }
    if (prev.kind === "count" && prevSentence === ctx.sentenceIndex) {
      return makeDraft(m, "count", m.value, prev.unit, ctx, { rule: "count/ellipsis", confidence: 0.65, approx: m.approx });
    }
    return null;
  },
};

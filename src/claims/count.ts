// Other counted quantities: "1 500 salariés", "100 millions d'utilisateurs", "une quarantaine de propriétaires".

import { literalAlternation } from "../recognise/pattern.js";
import type { NumberMention } from "../recognise/types.js";
import { makeDraft } from "./draft.js";
import { COUNTED_NOUNS } from "./lexicon.js";
import type { ClaimDraft, Rule } from "./types.js";

const NOUN = new RegExp(`^[ \\u00a0\\u202f]*(?:de[ \\u00a0]+|d['’])?(?:nouveaux[ \\u00a0]+|nouvelles[ \\u00a0]+)?(${literalAlternation(COUNTED_NOUNS)})(?![\\p{L}])`, "iu");

export const countRule: Rule<NumberMention> = {
  name: "count",
  kind: "count",
  extract(m, ctx): ClaimDraft | null {
    const noun = NOUN.exec(ctx.text.slice(m.end, m.end + 60));
    if (!noun || m.value <= 0 || m.yearLike) return null;
    // "selon les deux partenaires": a small number after "les"/"ces" names a group, it counts nothing.
    if (m.value < 10 && /(?:^|[^\p{L}])(?:les|ces|leurs|ses|nos|vos)[ \u00a0]*$/iu.test(ctx.text.slice(Math.max(0, m.start - 7), m.start))) return null;
    // "0,55 dollar par million de tokens" is a rate, not a count.
    if (/(?:^|[^\p{L}])(?:par|chaque|le|la)[ \u00a0]*$/iu.test(ctx.text.slice(Math.max(0, m.start - 8), m.start))) return null;
    // "plusieurs millions d'utilisateurs": a vague quantity has no value to check.
    const vague = /^(?:des|plusieurs|quelques)[ \u00a0]/iu.test(ctx.text.slice(m.start, m.end));
    return makeDraft({ start: m.start, end: m.end + noun[0].length }, "count", vague ? null : m.value, (noun[1] as string).toLowerCase(), ctx, {
      rule: "count/noun", confidence: 0.75, approx: m.approx, qualifierSpan: m,
    });
  },
};

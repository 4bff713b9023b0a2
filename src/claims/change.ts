// The first number of a change or a span, whose noun is written once, after the second:
// "Son parc passera de 6 500 à plus de 26 000 accélérateurs" -> 6 500 GPU; "de 1,2 à 1,5 million d'abonnés"
// -> 1,2 million abonnés. The second number's own rules decide what both count ("de 15 à 20 mois" counts nothing).

import { recogniseMoney } from "../recognise/money.js";
import { recogniseNumbers } from "../recognise/number.js";
import type { NumberMention } from "../recognise/types.js";
import { narrow } from "../text/narrow-classes.js";
import { countRule } from "./count.js";
import { makeDraft } from "./draft.js";
import { gpuCountRule } from "./gpu-count.js";
import type { ClaimDraft, Rule } from "./types.js";

const FROM = narrow(/(?:^|[^\p{L}])de[ \u00a0\u202f]+$/u);
const TO = /^[ \u00a0\u202f]+à[ \u00a0\u202f]+(?:(?:plus|moins|près)[ \u00a0\u202f]+de[ \u00a0\u202f]+|environ[ \u00a0\u202f]+|quelque[ \u00a0\u202f]+)?/u;
const RULES = [gpuCountRule, countRule];

export const changeRule: Rule<NumberMention> = {
  name: "change",
  kind: "count",
  extract(m, ctx): ClaimDraft | null {
    if (m.yearLike || m.value <= 0 || !FROM.test(ctx.text.slice(Math.max(0, m.start - 4), m.start))) return null;
    const to = TO.exec(ctx.text.slice(m.end, m.end + 24));
    if (!to) return null;
    const at = m.end + to[0].length;
    const second = recogniseNumbers(ctx.text.slice(at, at + 40))[0];
    // "de 47 à 55 dollars" is money: the money recogniser gives the first its currency after a verb of change
    if (!second || second.start !== 0 || second.yearLike || recogniseMoney(ctx.text.slice(at, at + 60))[0]?.start === 0) return null;
    const shifted: NumberMention = { ...second, start: at, end: at + second.end };
    for (const rule of RULES) {
      const draft = rule.extract(shifted, ctx);
      if (!draft || draft.value === null) continue;
      // "de 1,2 à 1,5 million": the first number takes the scale written once, after the second, unless it is
      // written in full ("de 850 000 à 1 million": scaled, it would be far beyond the end it rises to)
      const borrowed = (m.scale ?? 1) === 1 ? (second.scale ?? 1) : 1;
      const scale = m.value * borrowed > second.value * 10 ? 1 : borrowed;
      const attributes = draft.kind === "gpu_count" ? draft.attributes : {};
      return makeDraft(m, draft.kind, m.value * scale, draft.unit, ctx, {
        rule: `${draft.kind}/first of a change`, confidence: Math.min(draft.confidence, 0.6), approx: m.approx, attributes,
      });
    }
    return null;
  },
};

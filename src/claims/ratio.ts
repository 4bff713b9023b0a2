// Multipliers: "au moins quatre fois plus grands" -> 4 x (at_least), "multiplié par 3" -> 3 x,
// "divisés par deux" and "deux fois moins cher" -> 0.5 x.

import type { MultipliedMention } from "../recognise/multiplied.js";
import type { NumberMention } from "../recognise/types.js";
import type { Qualifier } from "../context/qualifier.js";
import { narrow, narrowRegExp } from "../text/narrow-classes.js";
import { opensLine } from "../text/lines.js";
import { makeDraft } from "./draft.js";
import { VAGUE_QUANTITY } from "./lexicon.js";
import type { ClaimDraft, Rule, RuleContext } from "./types.js";

const S = "[ \\u00a0]";
// "trois fois la semaine", "deux fois l'an", "deux fois cet été": a frequency, not a multiple.
const PERIODS = "(?:an|année|semaine|mois|jour|journée|nuit|heure|minute|saison|décennie|siècle|été|hiver|printemps|automne|trimestre|semestre|exercice|week-end)";
// "fois" + what is compared: "plus grands", "moins cher", "la taille de", "celle de 2023", "ce que touchait",
// "supérieur", "plus importants".
const FOIS = narrowRegExp(`^${S}+fois(?!${S}+(?:plus|moins)${S}+(?:tard|tôt)(?![\\p{L}]))(?:${S}+(?:plus|moins)(?:${S}+(?:de${S}+|d['’])?[\\p{L}-]{3,}(?![\\p{L}'’]))?|(?:${S}+(?:la|le|les|leur|leurs|sa|son|ses|notre|nos|votre|vos|des|ce|cet|cette|ces)${S}+|${S}+l['’])(?!${PERIODS}(?![\\p{L}]))[\\p{L}-]+|${S}+(?:celle|celui|celles|ceux)${S}+(?:de|d['’]|du|des)|${S}+ce${S}+qu(?:e|['’])|${S}+(?:supérieure?s?|inférieure?s?|plus|moins|autant|mieux))?(?![\\p{L}])`, "u");
// "multipliée par 3", "multiplier par dix", "une multiplication par plus de huit", and with what is multiplied
// between ("multiplie son chiffre d'affaires par quarante-deux"): up to four words, no comma.
const OBJECT = `(?:${S}+[\\p{L}'’-]+){0,4}?`;
const MULTIPLIED = narrowRegExp(`(?:multipli\\p{L}*|démultipli\\p{L}*)${OBJECT}${S}+par${S}+(?:plus${S}+de${S}+|près${S}+de${S}+)?$`, "iu");
// "divisés par deux", "divisée par plus de 4", "divise ses coûts par trois": a multiplier below one.
const DIVIDED = narrowRegExp(`(?<![\\p{L}])divis\\p{L}*${OBJECT}${S}+par${S}+(?:plus${S}+de${S}+|près${S}+de${S}+)?$`, "iu");
// "un facteur 10", "d'un facteur de 3": with the article, so that "le facteur 5" (a postman) is not one.
const FACTOR = narrowRegExp(`(?<![\\p{L}])(?:un|d['’]un|par${S}+un)${S}+facteur${S}+(?:de${S}+)?$`, "iu");
// "réduite d'un facteur 4", "a baissé d'un facteur 3": the factor divides.
const REDUCED = narrow(/(?<![\p{L}])(?:baiss|rédui|diminu|chut|recul|divis|abaiss)\p{L}*[ \u00a0]*$/iu);
// "sursouscrite 3,2 fois", "le livre d'ordres a été couvert vingt fois": demand as a multiple of the shares offered;
// "fois" alone after the number.
// ("aurait été couvert plus de 25 fois", "soit une sursouscription de plus de six fois")
const OVERSUBSCRIBED = narrowRegExp(`(?<![\\p{L}])(?:sursouscri\\p{L}*(?:${S}+de)?|(?:livre|carnet)${S}+d['’]ordres${S}+(?:(?:a|aurait|avait)${S}+été${S}+|était${S}+|est${S}+|serait${S}+)?couvert)(?:${S}+(?:à${S}+hauteur${S}+de|plus${S}+de|près${S}+de|environ|quelque))?${S}+$`, "iu");
const HOLDS_FOIS = /fois[ \u00a0]+et[ \u00a0]+demie?$/u;
// "deux fois moins cher", "dix fois inférieure": the comparison goes down.
const DOWNWARD = narrowRegExp(`^${S}+fois${S}+(?:moins|inférieure?s?)(?![\\p{L}])`, "u");

// ("… 2,8 fois l'Ebitda, et nous ne dépasserons pas 4 fois", "à moins de 2,8 fois": a bound set on the multiple just
// told, in its sentence or the one before; "moins que les 24 fois payés en 2022": an earlier one)
const COMPARED_OR_BOUND_BEFORE = narrow(/(?:^|[^\p{L}])(?:contre|pas|dépass\p{L}*|sous|à|les)(?:[ \u00a0]+(?:moins|plus|près)[ \u00a0]+de)?[ \u00a0]+$/u);
const MULTIPLE_TOLD = narrow(/\d[ \u00a0]*fois[ \u00a0]+\p{L}/u);
function comparedWithMultiple(m: NumberMention, ctx: RuleContext): boolean {
  if (!COMPARED_OR_BOUND_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 24), m.start))) return false;
  const sentence = ctx.sentences[Math.max(0, ctx.sentenceIndex - 1)];
  return sentence !== undefined && MULTIPLE_TOLD.test(ctx.text.slice(sentence.start, m.start));
}

// "un levier de 4,3 fois", "le levier devrait revenir à 2,6 fois", "un multiple de 14 fois": a bare "fois" after a
// multiple named earlier in the sentence, the number set by a preposition or a verb of level (not "actionné 3 fois")
// ("sa valorisation ressort à environ 31 fois": a valuation's multiple of revenue)
const MULTIPLE_NAMED = narrow(/(?<![\p{L}])(?:levier|multiple|ratio|PER|endettement|valorisation)(?![\p{L}])/u);
// "40 fois. C'est le multiple de revenus …": a figure opening its paragraph, named by the next sentence
const NAMED_NEXT = narrow(/^\.[ \u00a0]+C['’]est[ \u00a0]+(?:le|la|l['’])[ \u00a0]*(?:multiple|levier|ratio|coefficient)(?![\p{L}])/u);
function namedNext(m: NumberMention, foisEnd: number, ctx: RuleContext): boolean {
  return opensLine(ctx.text, m.start) && NAMED_NEXT.test(ctx.text.slice(foisEnd, foisEnd + 40));
}
const LEVEL_BEFORE = narrow(/(?<![\p{L}])(?:de|d['’]|à|sous|sur|pas|dépass\p{L}*|atteint|atteindra|atteignait|environ|près[ \u00a0]+de|plus[ \u00a0]+de|moins[ \u00a0]+de)[ \u00a0]*$/u);
function multipleNamedBefore(m: NumberMention, ctx: RuleContext): boolean {
  if (!LEVEL_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 14), m.start))) return false;
  const sentence = ctx.sentences[ctx.sentenceIndex];
  return sentence !== undefined && MULTIPLE_NAMED.test(ctx.text.slice(Math.max(sentence.start, m.start - 120), m.start));
}

// "Le rapport est donc plutôt de un à six", "l'écart va de 1 à 10": a ratio told as a range from one
const ONE_TO_BEFORE = narrow(/(?<![\p{L}])(?:rapport|écart|ratio)(?:[ \u00a0]+[\p{L}'’]+){0,3}?[ \u00a0]+de[ \u00a0]+(?:un|1)[ \u00a0]+à[ \u00a0]+$/iu);

// ("un écart de 1 à 10 %", "de 1 à 3 euros": a range of a measure, no ratio)
const UNIT_AFTER = narrow(/^[ \u00a0\u202f]*(?:%|€|\$|£|(?!(?:dans|en|pour|selon|au|aux|chez|sur|et|ou|contre|entre)(?![\p{L}]))\p{L})/u);

export const ratioRule: Rule<NumberMention> = {
  name: "ratio",
  kind: "ratio",
  extract(m, ctx): ClaimDraft | null {
    if (m.value <= 0) return null;
    const oneTo = m.value > 1 && !m.yearLike && !UNIT_AFTER.test(ctx.text.slice(m.end, m.end + 12)) ? ONE_TO_BEFORE.exec(ctx.text.slice(Math.max(0, m.start - 50), m.start)) : null;
    if (oneTo) {
      const from = m.start - oneTo[0].length + oneTo[0].search(/de[ \u00a0]/u);
      return makeDraft({ start: from, end: m.end }, "ratio", m.value, "x", ctx, { rule: "ratio/one to", confidence: 0.7, approx: m.approx, qualifierSpan: m });
    }
    // "trois fois et demie celui de 2024", "deux fois et demie son coût": the number already holds its "fois".
    const held = HOLDS_FOIS.test(ctx.text.slice(m.start, m.end)) ? " fois" : "";
    const fois = FOIS.exec(held + ctx.text.slice(m.end, m.end + 60));
    if (held && fois?.[0].trim() === "fois") return null;
    // "soit 1,4 fois l'Ebitda, contre 1,1 fois fin décembre": a bare "fois" compared with a multiple just told
    if (fois && fois[0].trim() === "fois" && !held && (comparedWithMultiple(m, ctx) || multipleNamedBefore(m, ctx) || namedNext(m, m.end + fois[0].length, ctx))) {
      return makeDraft({ start: m.start, end: m.end + fois[0].length }, "ratio", m.value, "x", ctx, { rule: "ratio/fois compared", confidence: 0.8, approx: m.approx, qualifierSpan: m });
    }
    if (fois && fois[0].trim() !== "fois") {
      const draft = makeDraft({ start: m.start, end: m.end + fois[0].length - held.length }, "ratio", m.value, "x", ctx, {
        rule: "ratio/fois", confidence: 0.9, approx: m.approx, qualifierSpan: m,
      });
      return DOWNWARD.test(fois[0]) ? inverted(draft) : draft;
    }
    if (fois && OVERSUBSCRIBED.test(ctx.text.slice(Math.max(0, m.start - 60), m.start))) {
      return makeDraft({ start: m.start, end: m.end + fois[0].length }, "ratio", m.value, "x", ctx, { rule: "ratio/sursouscrit", confidence: 0.85, approx: m.approx, qualifierSpan: m });
    }
    // "des performances ×4", "x 10", "x5": the sign before the number; "2 x 3 mètres" multiplies two numbers.
    const sign = /(?<!\d[ \u00a0]?)(?:×|(?<![\p{L}\p{N}])x)[ \u00a0]?$/u.exec(ctx.text.slice(Math.max(0, m.start - 4), m.start));
    if (sign) {
      return makeDraft({ start: m.start - sign[0].length, end: m.end }, "ratio", m.value, "x", ctx, { rule: "ratio/sign", confidence: 0.85, approx: m.approx, qualifierSpan: { start: m.start - sign[0].length, end: m.end } });
    }
    const before = ctx.text.slice(Math.max(0, m.start - 30), m.start);
    const longBefore = ctx.text.slice(Math.max(0, m.start - 70), m.start);
    const factor = FACTOR.exec(before);
    if (factor) {
      const start = m.start - factor[0].length + factor[0].search(/facteur/iu);
      const draft = makeDraft({ start, end: m.end }, "ratio", m.value, "x", ctx, { rule: "ratio/facteur", confidence: 0.85, approx: m.approx, qualifierSpan: { start, end: m.end } });
      return REDUCED.test(ctx.text.slice(Math.max(0, m.start - factor[0].length - 30), m.start - factor[0].length)) ? inverted(draft) : draft;
    }
    // "multipliés par des milliards de requêtes": multiplied by a vague count of things, no factor
    if ((MULTIPLIED.test(longBefore) || DIVIDED.test(longBefore)) && VAGUE_QUANTITY.test(ctx.text.slice(m.start, m.end))) return null;
    if (MULTIPLIED.test(longBefore)) {
      return makeDraft(m, "ratio", m.value, "x", ctx, { rule: "ratio/multiplié", confidence: 0.85, approx: m.approx });
    }
    if (DIVIDED.test(longBefore)) {
      return inverted(makeDraft(m, "ratio", m.value, "x", ctx, { rule: "ratio/divisé", confidence: 0.85, approx: m.approx }));
    }
    return null;
  },
};

/** "a triplé", "ont plus que doublé", "a presque doublé": the factor of a verb that multiplies. */
export const multipliedRule: Rule<MultipliedMention> = {
  name: "ratio/verb",
  kind: "ratio",
  extract(m, ctx): ClaimDraft {
    const draft = makeDraft(m, "ratio", m.value, "x", ctx, { rule: "ratio/verb", confidence: 0.8 });
    // "a plus que doublé": more than twice ("plus du double", "près du double" are the hedge finder's)
    // ("soit plus qu'un triplement")
    if (/(?<![\p{L}])plus[ \u00a0]+qu(?:e[ \u00a0]+|['’][ \u00a0]*un[ \u00a0]+)$/u.test(ctx.text.slice(Math.max(0, m.start - 14), m.start))) draft.qualifier = "more_than";
    return draft;
  },
};

const TURNED: Partial<Record<Qualifier, Qualifier>> = { more_than: "less_than", less_than: "more_than", at_least: "at_most", at_most: "at_least" };

/** A division as a multiplier: 1/n, and a bound on n is the opposite bound on 1/n. */
function inverted(draft: ClaimDraft): ClaimDraft {
  return { ...draft, value: 1 / (draft.value as number), qualifier: TURNED[draft.qualifier] ?? draft.qualifier };
}

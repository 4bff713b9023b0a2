// Counts of AI accelerators: "100 000 puces Nvidia", "20 000 GPUs H100", "50 000 H200",
// "100 000 semi-conducteurs spécialisés" (a chip noun counts only in a compute context).

import { firstEntityFrom, titleEndOf } from "../context/entities.js";
import { ACCELERATOR_MODELS, VENDORS } from "../context/names-fr.js";
import { FUNCTION_WORDS } from "../recognise/lexicon-fr.js";
import type { NumberMention } from "../recognise/types.js";
import { narrowRegExp } from "../text/narrow-classes.js";
import { makeDraft } from "./draft.js";
import { ACCELERATOR_NOUNS, CHIP_NOUNS, COMPUTE_CONTEXT, LEAD_CHARS, OF_THE_WHOLE, VAGUE_QUANTITY } from "./lexicon.js";
import type { ClaimDraft, Rule, RuleContext } from "./types.js";

const S = "[ \\u00a0\\u202f]";
// (not an airliner: "20 A350-1000", "9 A330-900", "B737"; Nvidia has no A3xx, nor a model with a hyphenated variant)
const MODEL = `Grace${S}(?:Blackwell|Hopper)|(?!A3\\d\\d|A2[12]0|A400M|B7[0-8]7)(?:GB|GH|MI|[HABVL])\\d{2,3}[A-Z]?(?!-\\d)|TPU(?:${S}?v\\d+[a-z]?)?|Gaudi${S}?\\d|Ascend${S}?\\d{3}[A-Z]?|Trainium${S}?\\d?|Blackwell|Hopper`;
const VENDOR = Object.keys(VENDORS).join("|");
const ADJ = `(?:${S}+(?:d['’]IA|IA|graphiques|spécialisés|spécialisées|avancés|avancées|dernier[ -]cri|supplémentaires|de${S}+(?:${VENDOR})|(?:${VENDOR})|${MODEL}))`;
// After the number: "de"? + noun + adjectives/model/vendor, or a model straight away, maybe after its maker
// ("4 096 Nvidia H200"). Groups: 1 noun, 2 what follows it; 3 maker, 4 model, 5 what follows it.
const NOUN_PHRASE = narrowRegExp(`^${S}*(?:(?:de${S}+(?:(?:ses|leurs|ces|nos)${S}+)?|d['’]|des${S}+)?(?:nouveaux${S}+|nouvelles${S}+)?(${ACCELERATOR_NOUNS}|${CHIP_NOUNS})(?![\\p{L}])((?:${ADJ}){0,3})|(?:(${VENDOR})${S}+)?(${MODEL})(?![\\p{L}\\p{N}])((?:${ADJ}){0,2}))`, "u");
// "renonce à 60 000 des 160 000 puces Nvidia", "19 000 de ses 25 000 GPU": a part of a whole counted after it counts
// the same chips (the claim spans the part alone; the whole is a claim of its own)
const OF_A_WHOLE = narrowRegExp(`^${S}+${OF_THE_WHOLE}\\d{1,3}(?:[ \u00a0\u202f.]\\d{3}){0,3}(?=${S})`, "u");
const MODEL_IN = narrowRegExp(`(?<![\\p{L}\\p{N}])(${MODEL})(?![\\p{L}\\p{N}])`, "u");
const VENDOR_IN = narrowRegExp(`(?<![\\p{L}])(${VENDOR})(?![\\p{L}])`, "u");
const CHIP_ONLY = narrowRegExp(`^(?:${CHIP_NOUNS})$`, "iu");

const MODELS_AFTER_COMMA = narrowRegExp(`^,${S}*(?:(?:essentiellement|principalement|surtout|notamment|dont|pour${S}+l['’]essentiel)${S}+)?des${S}+(?:(${VENDOR})${S}+)?(${MODEL})(?![\\p{L}\\p{N}])`, "u");

export function vendorOfModel(model: string): string | undefined {
  return ACCELERATOR_MODELS.find(([re]) => re.test(model))?.[1];
}

// "150 000 accélérateurs Siyuan 590", "32 puces Blackhole": a capitalised name right after the noun (and its
// vendor) is the model, known or not, unless the entity finder reads it as a company, a person or a place.
const NAME_AFTER = narrowRegExp(`^${S}+(\\p{Lu}[\\p{L}\\p{N}-]*(?:${S}\\d{1,4}[A-Z]{0,2})?)(?![\\p{L}\\p{N}])`, "u");

const CHIP_KIND = narrowRegExp(`^(?:${ACCELERATOR_NOUNS})$`, "u");

function nameAfter(at: number, ctx: RuleContext): string | undefined {
  const name = NAME_AFTER.exec(ctx.text.slice(at, at + 40));
  if (!name) return undefined;
  const start = at + name[0].length - (name[1] as string).length;
  // "puces LPU", "cartes GPU": a kind of chip, not a model
  if (VENDOR_IN.test(name[1] as string) || FUNCTION_WORDS.has((name[1] as string).toLowerCase()) || CHIP_KIND.test(name[1] as string)) return undefined;
  const i = firstEntityFrom(ctx.entities, start);
  const e = ctx.entities[i];
  if (e && e.start === start && e.type !== "product") return undefined;
  return name[1];
}

const BARE_DE = narrowRegExp(`^${S}*de${S}+(?!(?:ses|leurs|ces|nos)${S})`, "u");
const PER_BUYER = narrowRegExp(`^${S}*par${S}+(?:foyer|ménage|client|cliente|acheteur|acheteuse|personne|commande|compte)(?![\\p{L}])`, "u");

export const gpuCountRule: Rule<NumberMention> = {
  name: "gpu_count",
  kind: "gpu_count",
  extract(m, ctx): ClaimDraft | null {
    const after = ctx.text.slice(m.end, m.end + 120);
    // "6 400, des B200 de Nvidia pour l'essentiel": a number told by the chip models it is made of
    const models = Number.isInteger(m.value) && m.value > 1 && !m.yearLike ? MODELS_AFTER_COMMA.exec(after) : null;
    if (models) {
      const model = models[2] as string;
      const vendor = models[1] ?? vendorOfModel(model);
      return makeDraft(m, "gpu_count", m.value, "GPU", ctx, {
        rule: "gpu_count/told by its models", confidence: 0.7, approx: m.approx, attributes: { model, ...(vendor ? { vendor } : {}) },
      });
    }
    const whole = OF_A_WHOLE.exec(after);
    const np = NOUN_PHRASE.exec(whole ? after.slice(whole[0].length) : after);
    if (!np || !Number.isInteger(m.value) || m.value <= 0) return null;
    const npEnd = m.end + (whole?.[0].length ?? 0) + np[0].length;
    // "un acheteur sur cinq de cartes": "de" after a bare number ("3 millions de", "19 000 de ses" aside) counts nothing
    if (BARE_DE.test(np[0]) && (m.scale ?? 1) === 1 && !m.approx) return null;
    // "limitée à deux cartes par foyer": a limit per buyer
    if (PER_BUYER.test(ctx.text.slice(npEnd, npEnd + 24))) return null;
    const noun = np[1];
    const tail = (np[3] ?? "") + (np[2] ?? "") + (np[5] ?? "");
    // ("seize accélérateurs répartis sur quatre cartes": a few bare boards are no count of chips)
    if (noun && /^cartes?$/iu.test(noun) && m.value < 10 && !MODEL_IN.test(tail) && !VENDOR_IN.test(tail) && !/graphiques/iu.test(tail)) return null;
    if (noun && CHIP_ONLY.test(noun) && !MODEL_IN.test(tail) && !VENDOR_IN.test(tail)) {
      const s = ctx.sentences[ctx.sentenceIndex];
      const prev = ctx.sentences[ctx.sentenceIndex - 1];
      // a headline's chips take their context from the article's lead too; the body's, from the headline too
      const titleEnd = titleEndOf(ctx.text);
      const context = ctx.text.slice(prev ? prev.start : s ? s.start : 0, m.end <= titleEnd ? titleEnd + 600 : s ? s.end : m.end);
      // (and the article's lead: "Silvéor … conçoit des puces d'inférence" makes its "16 000 puces" accelerators)
      if (!COMPUTE_CONTEXT.test(context) && !COMPUTE_CONTEXT.test(ctx.text.slice(0, titleEnd + LEAD_CHARS))) return null;
    }
    const model = np[4] ?? MODEL_IN.exec(tail)?.[1] ?? (noun ? nameAfter(npEnd, ctx) : undefined);
    const sentence = ctx.sentences[ctx.sentenceIndex];
    // The maker: named in the noun phrase, else known from the model, else named in the sentence.
    const tailVendor = VENDOR_IN.exec(tail)?.[1];
    const sentenceVendor = sentence ? VENDOR_IN.exec(ctx.text.slice(sentence.start, sentence.end))?.[1] : undefined;
    const vendor = tailVendor ? VENDORS[tailVendor] : (model ? vendorOfModel(model) : undefined) ?? (sentenceVendor ? VENDORS[sentenceVendor] : undefined);
    const attributes: Record<string, string> = {};
    if (model) attributes.model = model.replace(/[ \u00a0\u202f]/g, " ");
    if (vendor) attributes.vendor = vendor;
    const end = whole ? m.end : npEnd;
    // "des centaines de milliers de puces": a vague quantity has no value to check.
    const vague = VAGUE_QUANTITY.test(ctx.text.slice(m.start, m.end));
    return makeDraft({ start: m.start, end }, "gpu_count", vague ? null : m.value, "GPU", ctx, {
      rule: model || !CHIP_ONLY.test(noun ?? "") ? "gpu_count/accelerator" : "gpu_count/chips-in-compute-context",
      confidence: model || vendor ? 0.95 : 0.85,
      attributes,
      approx: m.approx,
      qualifierSpan: m,
    });
  },
};

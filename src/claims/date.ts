// Dates: every date the recogniser resolved is a claim; its qualifier comes from "d'ici", "dès", "avant".
// "Dès 2023, il a demandé" is a past fact (exact); "dès l'automne 2025" in a 2024 article is a floor (at_least).

import type { DateMention } from "../recognise/types.js";
import { narrow, narrowRegExp } from "../text/narrow-classes.js";
import { isPastDes, makeDraft } from "./draft.js";
import { STREET_NOUNS } from "./lexicon.js";
import { textBefore, type ClaimDraft, type Rule } from "./types.js";

const TODAY = /^aujourd/iu;
// ("au cours du premier trimestre": the preposition)
const STREET_BEFORE = narrowRegExp(`(?<![\\p{L}])(?<!au[^\\S\\n]{1,2})(?:${STREET_NOUNS})[^\\S\\n]+(?:du|des)[^\\S\\n]+$`, "iu");
const ANY_SUCH_AFTER = narrow(/^[^\S\n]+(?:ordinaire|normal|habituel|classique|moyen|type)(?![\p{L}])/u);
// "exploite aujourd'hui trois centres", "dispose aujourd'hui d'environ 23 000 GPU", "s'appuie aujourd'hui sur 14 000
// GPU": a quantity follows
const QUANTITY_AFTER = narrow(/^[^\S\n]*(?:d['’][^\S\n]*|de[^\S\n]+|que[^\S\n]+|qu['’][^\S\n]*|sur[^\S\n]+)?(?:(?:environ|quelque|au[^\S\n]+moins)(?![\p{L}])|(?:près|plus|moins)[^\S\n]+d['’e]|\d|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|mille)(?![\p{L}])|un[^\S\n]+(?:tiers|quart|million|milliard|millier))/iu);
// "est aujourd'hui fabriqué aux États-Unis": a state's participle follows (not "a aujourd'hui annoncé")
const STATE_PARTICIPLE_AFTER = narrow(/^[^\S\n]*\p{Ll}{3,}(?:é|ée|és|ées)(?![\p{L}])/u);
const AUXILIARY_BEFORE = narrow(/(?<![\p{L}])(?:a|ont|avait|avaient|aura|auront)[^\S\n]*$/iu);
// "de 3,2 GW aujourd'hui à 10 GW", "moins de 3 % aujourd'hui", "deux fois plus qu'aujourd'hui": a level compared
// ("Les effectifs, de 190 salariés aujourd'hui, devraient dépasser …": a level after "de" or "à", with its noun)
const COMPARED_BEFORE = narrow(/(?:\d[^\S\n]*(?:%|[\p{L}€$]{1,4})?|(?<![\p{L}])(?:de|à)[^\S\n]+\d[\d,.\u00a0\u202f ]*\p{Ll}+|(?<![\p{L}])qu['’]|(?<![\p{L}])que)[^\S\n]*$/u);

// "la puissance dont elle dispose aujourd'hui", "ce qu'il possède aujourd'hui": what a company has now
const HAVING_BEFORE = narrow(/(?<![\p{L}])(?:dispose|disposent|possède|possèdent|détient|détiennent|emploie|emploient|exploite|exploitent)[^\S\n]*$/iu);

/** "aujourd'hui" as "nowadays": a level compared or a verb of having before it, a quantity or a state's participle after it. */
function isNowadays(before: string, after: string): boolean {
  const near = before.slice(-40);
  return COMPARED_BEFORE.test(near) || HAVING_BEFORE.test(near) || QUANTITY_AFTER.test(after) || (STATE_PARTICIPLE_AFTER.test(after) && !AUXILIARY_BEFORE.test(near)) ||
    // "Combien de processeurs graphiques exploitez-vous aujourd'hui ?": a question of how many, now
    (/^[^\S\n]*\?/u.test(after) && /(?:^|[^\p{L}])combien(?![\p{L}])[^.!?\n]*$/iu.test(before));
}

export const dateRule: Rule<DateMention> = {
  name: "date",
  kind: "date",
  extract(m, ctx): ClaimDraft | null {
    // "exploite aujourd'hui trois centres", "est aujourd'hui fabriqué", "3 % aujourd'hui": nowadays, no date;
    // an event's today stays ("l'a annoncé aujourd'hui", "Je reviens aujourd'hui")
    if (TODAY.test(ctx.text.slice(m.start, m.end)) && isNowadays(textBefore(m, ctx).slice(-100), ctx.text.slice(m.end, m.end + 40))) return null;
    // "une semaine de décembre ordinaire", "un mois de juillet normal": any such month, no date
    if (ANY_SUCH_AFTER.test(ctx.text.slice(m.end, m.end + 16))) return null;
    // "8 place du 8-Mai-1945", "avenue du 11-Novembre": a street named after a date
    if (STREET_BEFORE.test(textBefore(m, ctx).slice(-30))) return null;
    const attributes: Record<string, string> = { anchor: m.anchor };
    if (m.mod) attributes.mod = m.mod;
    if (m.startDate) attributes.start = m.startDate;
    if (m.endDate) attributes.end = m.endDate;
    const draft = makeDraft(m, "date", m.value, null, ctx, {
      rule: `date/${m.anchor}`,
      confidence: m.value.startsWith("XXXX") ? 0.7 : 0.95,
      attributes,
    });
    const year = /^\d{4}/.test(m.value) ? Number(m.value.slice(0, 4)) : null;
    if (draft.qualifier === "at_least" && isPastDes(textBefore(m, ctx), year, ctx.currentYear)) draft.qualifier = "exact";
    return draft;
  },
};

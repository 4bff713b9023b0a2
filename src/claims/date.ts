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
// "aujourd'hui" is a date only when it tells of an event; news mostly uses it for "nowadays" ("se revend aujourd'hui
// autour de", "« Aujourd'hui, 60 % de nos données… »", "contre 3 % aujourd'hui"), which is no claim.
// "dès aujourd'hui", "à partir d'aujourd'hui", "aujourd'hui même": a start or an event's day
const FROM_TODAY_BEFORE = narrow(/(?<![\p{L}])(?:dès|à[^\S\n]+partir[^\S\n]+d['’]|jusqu['’]à)[^\S\n]*$/iu);
const SAME_DAY_AFTER = narrow(/^[^\S\n]+même(?![\p{L}])/u);
// "annonce aujourd'hui", "présentons aujourd'hui", "l'a annoncé aujourd'hui", "Je reviens aujourd'hui": a verb of
// announcing, opening or coming, or a perfect tense with "avoir", just before
const EVENT_VERB_BEFORE = narrow(/(?<![\p{L}])(?:annon[cç]\p{Ll}*|dévoil\p{Ll}*|présent(?:e|ent|ons|é|ée|és|ées)|lan[cç](?:e|ent|ons|é|ée|és|ées)|publi(?:e|ent|ons|é|ée|és|ées)|officialis\p{Ll}*|inaugur\p{Ll}*|sign(?:e|ent|ons|é|ée)|dépos(?:e|ent|é|ée)|confirm\p{Ll}*|révél\p{Ll}*|révèle|révèlent|ouvr(?:e|ent|ons)|ouvert|début(?:e|ent|é)|commenc(?:e|ent|é)|démarr(?:e|ent|é)|(?:re)?vien[st]|(?:re)?viennent|(?:re)?viendr\p{Ll}+|arriv(?:e|ent|é|ée|er\p{Ll}+)|entr(?:e|ent)[^\S\n]+en[^\S\n]+vigueur|s['’]ouvr(?:e|ent)|se[^\S\n]+(?:tient|tiennent|réunit|réunissent|termine|terminent)|s['’]achèv(?:e|ent))[^\S\n]*$/iu);
const PERFECT_BEFORE = narrow(/(?<![\p{L}])(?:a|ont|ai|avons|avez|as|a[^\S\n]+été|ont[^\S\n]+été)[^\S\n]+(?:(?:déjà|bien|enfin)[^\S\n]+)?\p{Ll}{2,}(?:é|ée|és|ées|i|is|it|u|ert|int)(?![\p{L}])[^,.;:!?\n«»]{0,50}$/iu);
// "a aujourd'hui confirmé": the auxiliary before, the participle after
const AUXILIARY_BEFORE = narrow(/(?<![\p{L}])(?:a|ont|avons|ai)[^\S\n]*$/iu);
const PARTICIPLE_AFTER = narrow(/^[^\S\n]*\p{Ll}{3,}(?:é|ée|és|ées|i|is|it|u)(?![\p{L}])/u);

/** "aujourd'hui" that tells of an event (an announcement, an opening, a start): today's date. */
function isEventToday(before: string, after: string): boolean {
  const near = before.slice(-60);
  // "Aujourd'hui" alone on its line: a heading that names the day
  if (/(?:^|\n)[^\S\n]*$/u.test(near) && /^[^\S\n]*(?:\n|$)/u.test(after)) return true;
  if (FROM_TODAY_BEFORE.test(near) || SAME_DAY_AFTER.test(after)) return true;
  if (AUXILIARY_BEFORE.test(near) && PARTICIPLE_AFTER.test(after)) return true;
  return EVENT_VERB_BEFORE.test(near) || PERFECT_BEFORE.test(near);
}

export const dateRule: Rule<DateMention> = {
  name: "date",
  kind: "date",
  extract(m, ctx): ClaimDraft | null {
    // "exploite aujourd'hui trois centres", "3 % aujourd'hui": nowadays, no date; an event's today stays
    if (TODAY.test(ctx.text.slice(m.start, m.end)) && !isEventToday(textBefore(m, ctx).slice(-100), ctx.text.slice(m.end, m.end + 40))) return null;
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

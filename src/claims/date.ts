// Dates: every date the recogniser resolved is a claim; its qualifier comes from "d'ici", "dès", "avant".
// "Dès 2023, il a demandé" is a past fact (exact); "dès l'automne 2025" in a 2024 article is a floor (at_least).

import type { DateMention } from "../recognise/types.js";
import { isPastDes, makeDraft } from "./draft.js";
import { textBefore, type ClaimDraft, type Rule } from "./types.js";

const TODAY = /^aujourd/iu;
// "l'a annoncé aujourd'hui", "a été voté aujourd'hui": the event's day
const PARTICIPLE_RIGHT_BEFORE = /(?<![\p{L}])\p{Ll}{3,}(?:é|ée|és|ées|i|is|it|u)[^\S\n]*,?[^\S\n]*(?:même[^\S\n]+)?$/u;
const ANNOUNCED = /(?<![\p{L}])(?:annonce|annoncent|présente|présentent|dévoile|dévoilent|lance|lancent|publie|publient|inaugure|inaugurent|signe|signent|officialise|confirme|révèle|dépose|ouvre)(?![\p{L}])[^.;:!?]{0,60}$/iu;

export const dateRule: Rule<DateMention> = {
  name: "date",
  kind: "date",
  extract(m, ctx): ClaimDraft | null {
    // "exploite aujourd'hui trois centres", "est aujourd'hui fabriqué": today in the present of a state is nowadays;
    // an event's today has a tense ("l'a annoncé aujourd'hui") or an announcing verb ("annonce aujourd'hui")
    if (TODAY.test(ctx.text.slice(m.start, m.end)) && !ANNOUNCED.test(textBefore(m, ctx)) && !PARTICIPLE_RIGHT_BEFORE.test(textBefore(m, ctx).slice(-30))) return null;
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

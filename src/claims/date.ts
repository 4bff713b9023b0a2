// Dates: every date the recogniser resolved is a claim; its qualifier comes from "d'ici", "dès", "avant".
// "Dès 2023, il a demandé" is a past fact (exact); "dès l'automne 2025" in a 2024 article is a floor (at_least).

import type { DateMention } from "../recognise/types.js";
import { isPastDes, makeDraft } from "./draft.js";
import { textBefore, type ClaimDraft, type Rule } from "./types.js";

export const dateRule: Rule<DateMention> = {
  name: "date",
  kind: "date",
  extract(m, ctx): ClaimDraft {
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

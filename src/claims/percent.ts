// Percentages: "12,5 %" -> 12.5 (unit %).

import type { PercentMention } from "../recognise/types.js";
import { makeDraft } from "./draft.js";
import type { Rule } from "./types.js";

export const percentRule: Rule<PercentMention> = {
  name: "percent",
  kind: "percent",
  extract: (m, ctx) => makeDraft(m, "percent", m.value, "%", ctx, { rule: "percent", confidence: 0.9 }),
};

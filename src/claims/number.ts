// Bare numbers no claim rule took: emitted as kind "number" only with --all (conformance, exploration).

import type { NumberMention } from "../recognise/types.js";
import { makeDraft } from "./draft.js";
import type { Rule } from "./types.js";

export const numberRule: Rule<NumberMention> = {
  name: "number",
  kind: "number",
  extract: (m, ctx) => makeDraft(m, "number", m.value, null, ctx, { rule: "number", confidence: 0.5, approx: m.approx }),
};

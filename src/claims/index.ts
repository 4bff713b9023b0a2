// The configuration: which rules run, in order, for each kind of mention. The first that returns a draft wins.

import type { MultipliedMention } from "../recognise/multiplied.js";
import type { DateMention, MoneyMention, NumberMention, PercentMention } from "../recognise/types.js";
import { amountRule } from "./amount.js";
import { changeRule } from "./change.js";
import { countRule } from "./count.js";
import { dateRule } from "./date.js";
import { ellipsisRule } from "./ellipsis.js";
import { gpuCountRule } from "./gpu-count.js";
import { numberRule } from "./number.js";
import { percentRule } from "./percent.js";
import { multipliedRule, ratioRule } from "./ratio.js";
import type { Rule } from "./types.js";

export const MONEY_RULES: Rule<MoneyMention>[] = [amountRule];
export const PERCENT_RULES: Rule<PercentMention>[] = [percentRule];
export const DATE_RULES: Rule<DateMention>[] = [dateRule];
/** Numbers that are no claim fall through to `numberRule`, kept only with --all. */
export const NUMBER_RULES: Rule<NumberMention>[] = [gpuCountRule, ratioRule, countRule, ellipsisRule, changeRule, numberRule];
/** "a triplé", "ont plus que doublé": a verb that multiplies. */
export const MULTIPLIED_RULES: Rule<MultipliedMention>[] = [multipliedRule];

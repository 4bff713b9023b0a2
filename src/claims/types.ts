// What a claim rule sees and what it returns. Rules are pure: a mention and its context in,
// a draft or null ("not mine") out. The pipeline turns drafts into validated records.

import type { Entity } from "../context/entities.js";
import type { Qualifier } from "../context/qualifier.js";
import type { SubjectContext } from "../context/subject.js";
import type { Attributes, ClaimKind } from "../records/schema.js";
import type { MoneyMention, Span } from "../recognise/types.js";

export interface ClaimDraft extends Span {
  kind: ClaimKind;
  value: number | string | null;
  unit: string | null;
  qualifier: Qualifier;
  subject: string | null;
  attributes: Attributes;
  confidence: number;
  rule: string;
}

export interface RuleContext extends SubjectContext {
  /** index into `sentences` of the sentence holding the mention */
  sentenceIndex: number;
  /** year of the reference date, or the latest year the text states: "now" for tense decisions */
  currentYear: number | null;
  /** the last money, valuation or funding claim so far */
  lastAmount: ClaimDraft | null;
  /** the last funding claim so far (a round an investor's share belongs to, valuations told in between) */
  lastFunding: ClaimDraft | null;
  /** the last gpu_count or count claim so far */
  lastCount: ClaimDraft | null;
  /** the last amount or count with a unit so far (what a bare "300 milliards" takes its unit from) */
  lastMeasure: ClaimDraft | null;
  /** every amount the money recogniser found in the document, in text order (a bare amount said in full elsewhere) */
  money: readonly MoneyMention[];
  /** every valuation and funding claim so far (an amount said again with no cue of its own is the same claim) */
  rounds: ClaimDraft[];
  /** every gpu_count and count claim so far (what "en" stands for may be counted before the last count) */
  counts: ClaimDraft[];
  entities: Entity[];
}

export interface Rule<M extends Span> {
  name: string;
  kind: ClaimKind;
  extract(mention: M, ctx: RuleContext): ClaimDraft | null;
}

/** The sentence text before the mention (where qualifiers and cues stand). */
export function textBefore(m: Span, ctx: RuleContext): string {
  const s = ctx.sentences[ctx.sentenceIndex];
  return ctx.text.slice(s ? s.start : 0, m.start);
}

/** The sentence text after the mention. */
export function textAfter(m: Span, ctx: RuleContext, max = 120): string {
  const s = ctx.sentences[ctx.sentenceIndex];
  return ctx.text.slice(m.end, Math.min(s ? s.end : ctx.text.length, m.end + max));
}

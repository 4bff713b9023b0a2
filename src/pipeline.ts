// One document in, validated claim records out. Pure: no I/O. Reads like the README's sentence:
// detect language, split sentences, recognise, classify, refine, validate.

import { findEntities } from "./context/entities.js";
import { findProtagonist } from "./context/subject.js";
import { findQualifier } from "./context/qualifier.js";
import { DATE_RULES, MONEY_RULES, MULTIPLIED_RULES, NUMBER_RULES, PERCENT_RULES } from "./claims/index.js";
import type { ClaimDraft, Rule, RuleContext } from "./claims/types.js";
import type { Claim, ClaimKind, DocumentReport } from "./records/schema.js";
import { validateClaim } from "./records/validate.js";
import { findDocumentDate, findLedeDate, recogniseDates } from "./recognise/date.js";
import { recogniseMoney } from "./recognise/money.js";
import { recogniseMultiplied } from "./recognise/multiplied.js";
import { recogniseNumbers } from "./recognise/number.js";
import { recognisePercents } from "./recognise/percent.js";
import { tenseAround } from "./recognise/date-tense.js";
import type { DateMention, MoneyMention, Span } from "./recognise/types.js";
import { detectLanguage, labelSentences, voteByFunctionWords } from "./text/language.js";
import { indexLines } from "./text/lines.js";
import { narrow } from "./text/narrow-classes.js";
import { composeAccents, resultInOriginal } from "./text/normalise.js";
import { sentenceAt, sentenceExcerpt, splitSentences, type Sentence } from "./text/sentences.js";

export interface ExtractOptions {
  /** YYYY-MM-DD, YYYY-MM or YYYY: anchors relative dates (beats the document's own date) */
  refDate?: string | null;
  /** ISO 639-1 code: treat the whole text as this language instead of detecting it */
  lang?: string | null;
  /** also emit bare numbers (kind "number") */
  all?: boolean;
  /** keep only these kinds */
  kinds?: readonly ClaimKind[] | null;
}

export interface DocumentInput {
  /** path as given, "-" for stdin, or the id of an NDJSON line */
  source: string;
  text: string;
  /** the reference date that came with the input (NDJSON `date`) */
  date?: string | null;
}

export interface DocumentResult {
  claims: Claim[];
  report: DocumentReport;
}

type Mention = Span & { rules: Rule<any>[]; mention: unknown; priority: number };

export function extractDocument(input: DocumentInput, options: ExtractOptions = {}): DocumentResult {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  // NFD accents ("e\u0301") are composed so the rules read "é"; records are mapped back onto `text`.
  const composed = composeAccents(text);
  if (composed.toOriginal) return resultInOriginal(extractDocument({ ...input, text: composed.text }, options), composed.text, text, composed.toOriginal);
  // A narrow no-break space (U+202F, French typography's thousands and "5 %") reads as a no-break space to the
  // rules, which spell blanks "[ \u00a0]": same length, so offsets hold, and records keep the original's text.
  if (text.includes("\u202f")) {
    const plain = text.replaceAll("\u202f", "\u00a0");
    return resultInOriginal(extractDocument({ ...input, text: plain }, options), plain, text, (offset) => offset);
  }
  const lines = indexLines(text);
  const sentences = splitSentences(text);

  // 1. language: the document's, then each sentence's; non-French sentences are not mined.
  // A clear function-word vote on the opening is enough for the document; franc only when it is not clear.
  const opening = text.slice(0, 3000);
  const documentLang = options.lang ?? voteByFunctionWords(opening) ?? detectLanguage(opening);
  const verdicts = options.lang ? sentences.map(() => ({ lang: options.lang as string })) : labelSentences(text, sentences, documentLang);
  // Undecided text (a headline, "10 000 dollars") is mined: this is a French tool, only a clear other
  // language is skipped; so are links to other articles ("Lire aussi : le CAC 40 termine en baisse de 0,5 %").
  const lineStarts = new Map<number, number>();
  const skipReasons = sentences.map((s, i) => {
    const lang = (verdicts[i] as { lang: string }).lang;
    if (lang !== "fr" && lang !== "und") return `not French (${lang})`;
    if (isRelatedLink(text, s, lineStarts)) return "link to another article";
    return SUBSCRIPTION_OFFER.test(text.slice(s.start, s.end)) ? "subscription offer" : null;
  });
  const french = skipReasons.map((r) => r === null);
  const skipped = skippedSegments(text, sentences, skipReasons, verdicts.map((v) => v.lang), lines);

  // 2. reference date: --ref-date, then the input's date, then the document's own dateline.
  let refDate: string | null = options.refDate ?? null;
  let refDateFrom: DocumentReport["refDateFrom"] = refDate ? "option" : "none";
  if (!refDate && input.date) [refDate, refDateFrom] = [input.date, "input"];
  if (!refDate) {
    const own = findDocumentDate(text) ?? findLedeDate(text);
    if (own) [refDate, refDateFrom] = [own, "document"];
  }

  // 3. recognise mentions, keep those in French sentences, one mention per stretch of text.
  const { mentions, dates, money } = recogniseMentions(text, sentences, french, refDate, refDateFrom === "document" ? headerEnd(text) : 0);

  // 4. classify each mention with the first rule that takes it, in text order.
  const entities = findEntities(text);
  const ctx: RuleContext = {
    text,
    sentences,
    entities,
    protagonist: findProtagonist(text, entities),
    sentenceIndex: 0,
    currentYear: refDate ? Number(refDate.slice(0, 4)) : latestStatedYear(text, dates),
    lastAmount: null,
    lastFunding: null,
    lastCount: null,
    lastMeasure: null,
    money,
    rounds: [],
    counts: [],
  };
  const drafts = classify(mentions, ctx);

  // 5. records: positions, sentence, id; filtered by kind; validated.
  const { claims, notes } = toRecords(drafts, input.source, text, sentences, lines, options);

  const report: DocumentReport = {
    source: input.source,
    lang: documentLang,
    refDate,
    refDateFrom,
    chars: text.length,
    claims: claims.length,
    skipped,
    ...(notes.length ? { notes } : {}),
  };
  return { claims, report };
}

/** Money, percents, dates and numbers in the French sentences; where they overlap, the first kind wins. */
function recogniseMentions(
  text: string, sentences: Sentence[], french: boolean[], refDate: string | null, datelineEnd: number,
): { mentions: Mention[]; dates: DateMention[]; money: MoneyMention[] } {
  const numbers = recogniseNumbers(text);
  const dates = recogniseDates(text, { refDate });
  const money = recogniseMoney(text, numbers);
  const candidates: Mention[] = [
    ...money.map((m) => ({ start: m.start, end: m.end, rules: MONEY_RULES, mention: m, priority: 0 })),
    ...recognisePercents(text, numbers).map((m) => ({ start: m.start, end: m.end, rules: PERCENT_RULES, mention: m, priority: 1 })),
    ...dates.map((m) => ({ start: m.start, end: m.end, rules: DATE_RULES, mention: m, priority: 2 })),
    ...numbers.map((m) => ({ start: m.start, end: m.end, rules: NUMBER_RULES, mention: m, priority: 3 })),
    ...recogniseMultiplied(text).map((m) => ({ start: m.start, end: m.end, rules: MULTIPLIED_RULES, mention: m, priority: 4 })),
  ];
  const mentions = keepFirstOfOverlaps(candidates).filter((m) => {
    // "Publié le 21 novembre 2024": the article's own date is reported as its refDate, not as a claim.
    if (m.start < datelineEnd && m.rules === DATE_RULES && (m.mention as { value: string }).value === refDate && isDateline(text, m.start)) return false;
    const i = sentenceAt(sentences, m.start);
    return i >= 0 && french[i] === true;
  });
  return { mentions, dates, money };
}

// The steps below are functions of their own, not inline in extractDocument, also for the JIT: V8
// recompiled the whole pipeline (~0.1 s each time) whenever one inlined step met a new object shape.

/** Each mention to the first rule that takes it, in text order; a claim's noun phrase covers what it holds. */
function classify(mentions: Mention[], ctx: RuleContext): ClaimDraft[] {
  const drafts: ClaimDraft[] = [];
  let coveredUntil = 0;
  for (const m of mentions) {
    if (m.start < coveredUntil) continue; // inside the noun phrase of the previous claim
    ctx.sentenceIndex = sentenceAt(ctx.sentences, m.start);
    for (const rule of m.rules) {
      const draft = rule.extract(m.mention, ctx);
      if (!draft) continue;
      const compared = comparedWith(draft, drafts[drafts.length - 1], ctx);
      if (compared) draft.subject = compared.subject;
      drafts.push(draft);
      remember(ctx, draft);
      coveredUntil = draft.end;
      break;
    }
  }
  return drafts;
}

// "17 % du chiffre d'affaires, contre 29 % il y a un an": "contre" right before the figure compares it with the claim
// just before, of the same kind and sentence; "contre 10 % pour AMD" names a subject of its own before the clause ends.
const COMPARED_BY_CONTRE = narrow(/(?<![\p{L}])contre[ \u00a0]+(?:(?:environ|près[ \u00a0]+de|plus[ \u00a0]+de|moins[ \u00a0]+de|quelque)[ \u00a0]+)?$/u);

/** The claim `draft` is compared with by "contre", when the clause names nobody else; else undefined. */
function comparedWith(draft: ClaimDraft, previous: ClaimDraft | undefined, ctx: RuleContext): ClaimDraft | undefined {
  if (!previous || previous.kind !== draft.kind || sentenceAt(ctx.sentences, previous.start) !== ctx.sentenceIndex) return undefined;
  const between = ctx.text.slice(previous.end, draft.start);
  if (between.length > 120 || /[.;]/u.test(between) || !COMPARED_BY_CONTRE.test(between)) return undefined;
  const s = ctx.sentences[ctx.sentenceIndex] as Sentence;
  const rest = ctx.text.slice(draft.end, s.end);
  const stop = rest.search(/[,;.:!?()]/u);
  const clauseEnd = draft.end + (stop < 0 ? rest.length : stop);
  const namesOwn = ctx.entities.some((e) => e.start >= draft.end && e.start < clauseEnd && e.type !== "place");
  return namesOwn ? undefined : previous;
}

/** Drafts to validated claim records (kinds filtered), with a note for any record that fails the check. */
function toRecords(
  drafts: ClaimDraft[], source: string, text: string, sentences: Sentence[], lines: ReturnType<typeof indexLines>, options: ExtractOptions,
): { claims: Claim[]; notes: string[] } {
  const notes: string[] = [];
  const claims: Claim[] = [];
  for (const d of drafts) {
    if (d.kind === "number" && !options.all) continue;
    if (options.kinds && !options.kinds.includes(d.kind)) continue;
    const { line, column } = lines.locate(d.start);
    const s = sentences[sentenceAt(sentences, d.start)] as Sentence;
    const record = {
      id: `${source}#${d.start}-${d.end}`,
      source,
      kind: d.kind,
      value: d.value,
      unit: d.unit,
      text: text.slice(d.start, d.end),
      span: { start: d.start, end: d.end },
      line,
      column,
      sentence: sentenceExcerpt(text, s, d.start, d.end),
      qualifier: d.qualifier,
      subject: d.subject,
      attributes: d.attributes,
      confidence: d.confidence,
      rule: d.rule,
    };
    const valid = validateClaim(record);
    if (valid.ok) claims.push(valid.claim);
    else notes.push(`${line}:${column}: dropped an invalid ${d.kind} record (${valid.problems.join("; ")})`);
  }
  return { claims, notes };
}

// "Le groupe a publié, jeudi 30 avril, ses résultats": after an auxiliary, the verb tells what happened that day.
const DATELINE_CUE = narrow(/(?:^|[^\p{L}])(?<!(?:^|[^\p{L}])(?:a|ont|avait|avaient|aura|auront|est|sont|été)[ \u00a0]+)(?:date|publié|publiée|mis à jour|mise à jour|modifié|actualisé)[^\p{L}\d\n]*(?:le|du)?[^\p{L}\d\n]*$/iu);

const PLACE_BEFORE_DATE = narrow(/^\s*(?=[^,\n]{1,41},)\p{Lu}[\p{L}'’-]*(?:[ ](?:\p{Lu}[\p{L}'’-]*|de|du|des|la|le|les|sur|en|lès|aux?))*,\s*(?:le\s+)?$/u);

/** The date opens its line or follows "Publié le", "Mis à jour le", "date" with nothing else between. */
function isDateline(text: string, at: number): boolean {
  const lineStart = Math.max(text.lastIndexOf("\n", at - 1) + 1, 0);
  const before = text.slice(lineStart, at);
  // "PARIS, 9 septembre 2025 (AFP)", "Paris, le 12 mars 2024": a place, a comma, the date; a place's words are
  // capitalised but for particles ("Le Havre", "Aix-en-Provence"; not "Le groupe a publié, jeudi 30 avril").
  return before.trim() === "" || DATELINE_CUE.test(before) || PLACE_BEFORE_DATE.test(before);
}

const AMOUNT_KINDS = new Set(["money", "valuation", "funding"]);

/** The last amount and count so far, so that rules look back in constant time, however many claims came before. */
function remember(ctx: RuleContext, d: ClaimDraft): void {
  if (AMOUNT_KINDS.has(d.kind)) ctx.lastAmount = d;
  if (d.kind === "funding") ctx.lastFunding = d;
  if (d.kind === "funding" || d.kind === "valuation") ctx.rounds.push(d);
  if (d.kind === "gpu_count" || d.kind === "count") {
    ctx.lastCount = d;
    ctx.counts.push(d);
  }
  if ((AMOUNT_KINDS.has(d.kind) || d.kind === "count") && d.unit !== null && !isBracketedConversion(ctx, d)) ctx.lastMeasure = d;
}

/**
 * "13 milliards de yuans (1,6 milliard d'euros)": an amount in brackets right after another converts it; a later
 * bare "19,1 milliards" is in the first one's unit.
 */
function isBracketedConversion(ctx: RuleContext, d: ClaimDraft): boolean {
  const prev = ctx.lastMeasure;
  if (!prev || !AMOUNT_KINDS.has(prev.kind) || !AMOUNT_KINDS.has(d.kind) || d.start - prev.end > 24) return false;
  return BRACKET_OPEN.test(ctx.text.slice(prev.end, d.start)) && /^[ \u00a0]*\)/u.test(ctx.text.slice(d.end, d.end + 3));
}
const BRACKET_OPEN = /^[ \u00a0]*\([ \u00a0]*(?:(?:soit|environ|près[ \u00a0]+de|quelque|env\.)[ \u00a0]*)?$/u;

/** End of the header zone where a dateline stands (the first six lines). */
function headerEnd(text: string): number {
  let at = 0;
  for (let n = 0; n < 6 && at >= 0; n++) at = text.indexOf("\n", at + 1);
  return at < 0 ? text.length : at;
}


/**
 * Money beats percent beats date beats bare number where they overlap ("26 mai" is a date, not 26).
 * Linear: overlapping mentions form small clusters, and only a cluster's members are compared.
 */
function keepFirstOfOverlaps(candidates: Mention[]): Mention[] {
  const byStart = [...candidates].sort((a, b) => a.start - b.start || a.priority - b.priority);
  const kept: Mention[] = [];
  let cluster: Mention[] = [];
  let clusterEnd = -1;
  const flush = () => {
    const chosen: Mention[] = [];
    for (const c of [...cluster].sort((a, b) => a.priority - b.priority || a.start - b.start)) {
      if (!chosen.some((k) => k.start < c.end && c.start < k.end)) chosen.push(c);
    }
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    cluster = [];
  };
  for (const c of byStart) {
    if (c.start >= clusterEnd && cluster.length) flush();
    cluster.push(c);
    clusterEnd = Math.max(clusterEnd, c.end);
  }
  if (cluster.length) flush();
  return kept;
}

// A news site's call to subscribe ("Découvrir l'offre à 1 € le premier mois", "Abonnez-vous"): the page's, not the article's.
const SUBSCRIPTION_OFFER = narrow(/^[\s«"]*(?:découvr(?:ez|ir)[ \u00a0]+l['’]offre|profitez[ \u00a0]+de[ \u00a0]+l['’]offre|abonnez-vous|je[ \u00a0]+m['’]abonne|s['’]abonner)(?![\p{L}])/iu);
const RELATED_LINK = /^[\s«"]*(?:(?:à|a)[ \u00a0]+)?(?:lire|voir|écouter|regarder)[ \u00a0]+(?:aussi|également|la suite)\b|^[\s«"]*(?:sur le même sujet|pour aller plus loin|retrouvez)\b/iu;

/**
 * "Lire aussi : …", "À voir également : …" open a paragraph that belongs to another article. The start of
 * each paragraph's line is found once (`lineStarts`, by paragraph): a walk back from every sentence was
 * quadratic in a long line.
 */
function isRelatedLink(text: string, s: Sentence, lineStarts: Map<number, number>): boolean {
  let p = lineStarts.get(s.paragraph);
  if (p === undefined) {
    p = s.start;
    while (p > 0 && text[p - 1] !== "\n" && text[p - 1] !== "\r") p--;
    lineStarts.set(s.paragraph, p);
  }
  return RELATED_LINK.test(text.slice(p, Math.min(s.end, p + 60)));
}

function skippedSegments(
  text: string, sentences: Sentence[], reasons: (string | null)[], langs: string[], lines: ReturnType<typeof indexLines>,
): DocumentReport["skipped"] {
  const out: DocumentReport["skipped"] = [];
  for (let i = 0; i < sentences.length; i++) {
    const reason = reasons[i];
    if (!reason) continue;
    let j = i;
    while (j + 1 < sentences.length && reasons[j + 1] === reason) j++;
    const start = (sentences[i] as Sentence).start;
    const end = (sentences[j] as Sentence).end;
    const preview = text.slice(start, Math.min(end, start + 80));
    out.push({ span: { start, end }, line: lines.locate(start).line, lang: langs[i] as string, reason, preview });
    i = j;
  }
  return out;
}

/**
 * "Now" for a text without a reference date: the latest year it states as a fact. A target ("d'ici à 2030",
 * "sera livré en 2029") is not now, or "dès fin 2026" in the same text would read as past.
 */
function latestStatedYear(text: string, dates: readonly DateMention[]): number | null {
  let latest: number | null = null;
  for (const d of dates) {
    if (d.anchor !== "explicit" || !/^\d{4}/.test(d.value)) continue;
    const year = Number(d.value.slice(0, 4));
    if (latest !== null && year <= latest) continue;
    if (findQualifier(text.slice(Math.max(0, d.start - 48), d.start)) === "at_most" || tenseAround(text, d.start, d.end) === "future") continue;
    latest = year;
  }
  return latest;
}

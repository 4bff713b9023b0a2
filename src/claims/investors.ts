// Who put the money in: "soutenu par plusieurs investisseurs, dont Andreessen Horowitz, Sequoia Capital,
// et le prince saoudien Alwaleed Bin Talal" -> three investors; "Anthropic où Amazon a investi" -> Amazon.

import type { MoneyMention } from "../recognise/types.js";
import { firstEntityFrom, NOT_NAMES, SELF_NAMES, trimName, type Entity } from "../context/entities.js";
import { narrow } from "../text/narrow-classes.js";
import type { RuleContext } from "./types.js";

const LIST_CUE = narrow(/(?<![\p{L}\p{N}])(?:(?:ont|avaient|a|avait)\s+participé|auquel\s+(?:ont|avaient)\s+participé|financée?\s+[^.;]{0,60}?\s+par|dont|notamment|parmi lesquels|parmi lesquelles|(?:menée?s?|conduite?s?|pilotée?s?)(?:\s+[^\s,.;]+){0,3}?\s+par|avec\s+la\s+participation\s+(?:de|d['’])|auprès\s+(?:de|d['’]|du|des)|soutenue?s?\s+par)\s*:?\s*/giu);
// One list item: a link word, lower-case words ("le prince saoudien", "d'"), then a capitalised name ("Alwaleed Bin Talal");
// the words may end in a plural of backers and a comma: "et de ses investisseurs historiques, Seventure et Kurma".
const ITEM = narrow(/^\s*(?:,\s*)?(?:(?:et|ainsi que|avec)\s+|aux\s+côtés\s+(?:de\s+|d['’]\s*))?(?:(?:l['’]|d['’]|[\p{Ll}-]+\s+){0,5}(?:investisseurs|actionnaires|fonds|partenaires|soutiens|banques)(?:\s+[\p{Ll}-]+)?,\s+|(?:l['’]|d['’]|[\p{Ll}-]+\s+){0,7})(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|de|du|des|von|van|bin|ben|al|&))*)/u);

const CLAUSE_COMMA = /(?<!\d),|,(?!\d)/u;
const ROUND_NOUN_BEFORE = narrow(/(?:^|[^\p{L}])(?:tour|levée|série\s+[A-H](?!['’]))(?![\p{L}])[^.;]{0,40},?\s*$/iu);

export function findInvestors(m: MoneyMention, ctx: RuleContext): string[] {
  const sentence = ctx.sentences[ctx.sentenceIndex];
  if (!sentence) return [];
  const out: string[] = [];
  for (let i = firstEntityFrom(ctx.entities, sentence.start); i < ctx.entities.length; i++) {
    const e = ctx.entities[i] as Entity;
    if (e.start >= sentence.end) break;
    if (e.end > sentence.end || e.role !== "investor" || out.includes(e.name)) continue;
    // Before the amount, only within its clause: "Anthropic où Amazon a investi 4 milliards", not
    // "OpenAI soutenue par Microsoft, et Anthropic ...".
    // ("ASML, qui investit 1,3 milliard" keeps its investor: the comma opens its own relative clause.)
    const between = ctx.text.slice(e.end, m.start);
    // ("Amazon, premier actionnaire, a déjà investi 8 milliards" too: the investing verb follows the name.)
    // ("Le fonds X, entré lors d'une série B de 95 millions": the round it came in with.)
    // (a decimal comma, "prend 24,9 % du capital", opens no clause)
    if (e.end <= m.start && CLAUSE_COMMA.test(between) && !/^\s*,\s*(?:qui\b|entrée?s?\s)[^,]*$/u.test(between) && !/^\s*,[^,.;]{1,60},\s+(?:(?:a|avait|aura|s['’]est|s['’]était)\s+)?(?:déjà\s+)?(?:investi|injecté|apporté|misé|remis|mis|engagée?|souscrit)[^,.;]*$/u.test(between)) continue;
    out.push(e.name);
  }
  const body = ctx.text.slice(sentence.start, sentence.end);
  const at = m.start - sentence.start;
  LIST_CUE.lastIndex = 0;
  for (let cue = LIST_CUE.exec(body); cue; cue = LIST_CUE.exec(body)) {
    // A list before the amount counts only when it leads into the round ("Menée par a16z, la levée de 100 M€") or
    // follows the round's noun ("Le tour de série C, mené par X avec Y, atteint 160 millions").
    if (cue.index < at && !/lev[ée]e|tour\s+de\s+table|financement/iu.test(body.slice(cue.index, at)) && !ROUND_NOUN_BEFORE.test(body.slice(0, cue.index))) continue;
    readList(body.slice(cue.index + cue[0].length), out);
  }
  // "Banque" read off a list where the entity finder knows "Banque européenne d'investissement": the longer name
  const kept = out.filter((name) => name !== ctx.text.slice(m.start, m.end) && !out.some((other) => other.startsWith(name + " ")));
  return inTextOrder(kept, body);
}

/** The names of a list ("X, le fonds Y et Z"), added to `out`; a description of one ("X, ancienne dirigeante d'un équipementier, Y") is passed over. */
function readList(rest: string, out: string[]): void {
  for (let k = 0; k < 8; k++) {
    const item = ITEM.exec(rest);
    if (!item) break;
    const name = trimName(trimName(item[1] as string).replace(/(?<!\s)\s+(?:de|du|des|&)$/u, ""));
    // ("Plusieurs business angels complètent ce tour": a sentence's opening word names nobody)
    if (!out.includes(name) && !NOT_NAMES.has(name) && !SELF_NAMES.has(name) && !/^(?:Quelques|Certaines|Deux|Trois|Quatre|Cinq|Autres)$/u.test(name)) out.push(name);
    rest = rest.slice(item[0].length);
    rest = rest.slice(DESCRIPTION.exec(rest)?.[0].length ?? 0);
    // the lead's co-investors follow it: "menée par X avec Y et Z", "… aux côtés de Y"
    if (!/^\s*(?:,|et(?![\p{L}\p{N}])|ainsi que(?![\p{L}\p{N}])|avec(?![\p{L}\p{N}])|aux\s+côtés\s+(?:de|d['’]))/u.test(rest)) break;
  }
}

// ", ancienne dirigeante d'un équipementier", ", fondateur de Roussey Optique": what a listed investor is, up to
// the next comma; a link, an article or a determiner opens the next item instead.
const DESCRIPTION = narrow(/^\s*,\s*(?!(?:et|ainsi|avec|aux|au|le|la|les|l|de|du|des|d|un|une|son|sa|ses|leur|leurs|notamment|dont|mais|puis|via|plusieurs|quelques|certains|tous|chez|par|pour|qui|que|qu)(?![\p{L}\p{N}-]))(?:ex-)?\p{Ll}[^,.;]*/u);

// "Bpifrance, le family office X et Y ont également remis au pot", "Plusieurs business angels complètent ce tour":
// a sentence in which others join the round just told.
const JOINS_ROUND = narrow(/(?<![\p{L}])(?:(?:ont|a|avaient|avait)\s+(?:(?:également|aussi|de\s+nouveau|à\s+nouveau)\s+)?(?:remis\s+au\s+pot|mis\s+au\s+pot|participé|suivi|complété)|complètent|complète|rejoignent|participent|remettent\s+au\s+pot|se\s+joignent)(?![\p{L}])/iu);

/** Whether the sentence has others join the round. */
export function joinsTheRound(sentence: string): boolean {
  return JOINS_ROUND.test(sentence);
}

/** The investors of a sentence after the round's own: its lists, and the names before the verb that has them join. */
export function investorsJoining(m: MoneyMention, ctx: RuleContext, sentenceIndex: number): string[] {
  const s = ctx.sentences[sentenceIndex];
  if (!s) return [];
  const out = findInvestors({ ...m, start: s.start, end: s.start }, { ...ctx, sentenceIndex });
  const body = ctx.text.slice(s.start, s.end);
  const verb = JOINS_ROUND.exec(body);
  if (verb) readList(body.slice(0, verb.index), out);
  return inTextOrder(out, body);
}

/** The names in the order `body` names them, whichever way each was found (a name written otherwise goes last). */
function inTextOrder(names: string[], body: string): string[] {
  const at = (name: string) => {
    const i = body.indexOf(name);
    return i < 0 ? Infinity : i;
  };
  return names.sort((a, b) => at(a) - at(b));
}

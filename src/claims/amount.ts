// Money amounts: a company's valuation, money raised (funding), or any other amount.
// "levée de fonds de 6 milliards de dollars, portant sa valorisation à 24 milliards de dollars"
//   -> funding 6e9 USD, valuation 24e9 USD: the nearest cue before an amount, within its clause, decides.

import type { MoneyMention } from "../recognise/types.js";
import { firstEntityFrom, itemLeadEnd, type Entity } from "../context/entities.js";
import { PLACES, PUBLIC_BODIES } from "../context/names-fr.js";
import { narrow, narrowRegExp } from "../text/narrow-classes.js";
import { sentenceAt } from "../text/sentences.js";
import { opensLine } from "../text/lines.js";
import { findInvestors, investorsJoining, joinsTheRound } from "./investors.js";
import { makeDraft } from "./draft.js";
import {
  AMOUNT_HOLDERS, BUILDINGS_AND_WORKS, COMPANY_NOUNS, COMPARISON, ESTIMATED_AMOUNT, ESTIMATED_COMPANY, FUNDING_AFTER, FUNDING_BEFORE, MONEY_BEFORE, OPERATION, POST_MONEY, PRE_MONEY, ROUND, VALUATION_AFTER, VALUATION_BEFORE,
} from "./lexicon.js";
import { textAfter, textBefore, type ClaimDraft, type Rule, type RuleContext } from "./types.js";

const STAGE_PHRASES = narrowRegExp(`${PRE_MONEY.source}|${POST_MONEY.source}`, "giu");

type AmountKind = "valuation" | "funding" | "money";

/** The last match of a global regex in `s`: its index (-1 if none) and text. */
function lastMatch(re: RegExp, s: string): { at: number; cue: string } {
  re.lastIndex = 0;
  let at = -1;
  let cue = "";
  for (let m = re.exec(s); m; m = re.exec(s)) [at, cue] = [m.index, m[0]];
  return { at, cue };
}

// "investir" is funding when a company receives the money ("a investi 4 milliards dans Anthropic",
// "Anthropic, où Amazon a investi"), capital spending otherwise ("Microsoft va investir 80 milliards de
// dollars dans ses data centers" is money).
const INVESTED_IN = /^[^.;]{0,60}?(?:\bdans|\bau\s+capital\s+(?:de|du|d['’])|\bchez)[^\S\n]+(?:(?:la|le|l['’])[^\S\n]*)?(?:(?:start-?up|société|entreprise|jeune\s+pousse|pépite|licorne)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+)?)?$/iu;
// "a investi 1,5 milliard dans le groupe émirati": the company named by a noun, not by its name.
const INVESTED_IN_COMPANY_NOUN = narrowRegExp(
  // ("réinvestira 120 millions … dans la holding du groupe": a holding, whoever's)
  `^[^.;]{0,60}?\\bdans[^\\S\\n]+(?:(?:la|le|l['’])[^\\S\\n]*(?:${COMPANY_NOUNS})(?![\\p{L}\\p{N}-])(?![^\\S\\n]+(?:de|d['’]|du|des)(?![\\p{L}\\p{N}]))|(?:la|sa|leur)[^\\S\\n]+holding(?![\\p{L}]))`,
  "iu",
);
const INTO_CAPITAL = narrow(/^[^.;,]{0,20}?(?<![\p{L}])au[^\S\n]+capital[^\S\n]+(?:de|du|d['’])/iu);
const INVESTED_THERE = narrow(/(?<![\p{L}])y[^\S\n]+(?:a|avait|ont|avaient|aura|auront)(?:[^\S\n]+déjà)?[^\S\n]*$/iu);
const INVESTED_BY_RELATIVE = narrow(/(?:\boù|dans\s+la?quelle?|au\s+capital\s+(?:de|du|d['’])[^,]{0,40})[^\S\n]+(?:[\p{L}'’-]+[^\S\n]+){0,4}$/iu);
// "Anthropic, où Amazon a investi", not "son site d'Issoudun (Indre), où il investira" (a place, not a company)
// ("vers Pitești, en Roumanie, où le groupe a investi", "aux États-Unis, où elle compte investir": a country, a place)
const THEN_WHERE = String.raw`[^,;.]{0,30},?[^\S\n]*où[^\S\n]+(?:[\p{L}'’-]+[^\S\n]+){0,4}$`;
const PLACE_BEFORE_WHERE = narrowRegExp(String.raw`(?:site|usine|campus|ville|région|pays|commune|zone|port|département|territoire|\))${THEN_WHERE}`, "iu");
// (case-sensitive: under "i", \p{Lu} matches any letter, and "au capital de Mistral, où" is a company)
const COUNTRY_BEFORE_WHERE = narrowRegExp(String.raw`(?<![\p{L}])(?:en|aux?)[^\S\n]+\p{Lu}[\p{L}-]+${THEN_WHERE}`, "u");
// "entre au capital à hauteur de 15 % et investit 120 millions": investing with a stake taken is funding
// ("a ouvert 20 % de son capital à Bpifrance, qui a investi", "a cédé 15 % de son capital à …, qui investira": a stake given)
const STAKE_TAKEN = narrow(/(?<![\p{L}])(?:entre|entrent|entrera|entré|entrée|monte|montera)[^\S\n]+au[^\S\n]+capital|(?<![\p{L}])prend(?:ra|re)?[^\S\n]+une[^\S\n]+participation|(?<![\p{L}])(?:ouv[re]\p{L}*|cèd\p{L}*|céd\p{L}*)[^.;:]{0,40}?(?:son|leur)[^\S\n]+capital[^\S\n]+(?:à|au|aux)(?![\p{L}])/iu);

function investsInACompany(m: MoneyMention, ctx: RuleContext, clause: string, cueAt: number): boolean {
  const sentence = ctx.sentences[ctx.sentenceIndex];
  const end = sentence ? sentence.end : ctx.text.length;
  for (let i = firstEntityFrom(ctx.entities, m.end); i < ctx.entities.length; i++) {
    const e = ctx.entities[i] as Entity;
    if (e.start > end) continue;
    if (e.start - m.end > 90) break;
    if ((e.type === "org" || e.type === "product") && INVESTED_IN.test(ctx.text.slice(m.end, e.start))) return true;
  }
  if (INVESTED_IN_COMPANY_NOUN.test(ctx.text.slice(m.end, Math.min(end, m.end + 90)))) return true;
  // "investira 150 M€ au capital de la start-up": a company's capital, whoever it is
  if (INTO_CAPITAL.test(ctx.text.slice(m.end, Math.min(end, m.end + 40)))) return true;
  const before = clause.slice(0, cueAt);
  const relative = INVESTED_BY_RELATIVE.test(before) && !PLACE_BEFORE_WHERE.test(before.slice(-90)) && !COUNTRY_BEFORE_WHERE.test(before.slice(-90));
  return relative || INVESTED_THERE.test(before) || STAKE_TAKEN.test(before);
}

/** "un apport de 1,2 milliard (environ 160 millions d'euros) à DCAI": given to a name or a company noun, close after. */
function givenToACompany(m: MoneyMention, ctx: RuleContext): boolean {
  const sentence = ctx.sentences[ctx.sentenceIndex];
  return GIVEN_TO.test(ctx.text.slice(m.end, Math.min(sentence ? sentence.end : ctx.text.length, m.end + 80)));
}
const GIVEN_TO = narrowRegExp(
  `^[^.;:]{0,50}?(?<![\\p{L}\\p{N}])(?:à|au)[ \\u00a0]+(?:\\p{Lu}|(?:la|le|l['’])[ \\u00a0]*(?:${COMPANY_NOUNS}|filiales?|coentreprises?)(?![\\p{L}]))`,
  "u",
);

// What a government brings is a subsidy, not a stake: "L'État apportera 18 M€ au titre de France 2030", "Paris serait
// prêt à apporter 2 milliards", "soutenu à hauteur d'1 milliard d'euros par Berlin". Through a fund or as a loan it is
// funding ("La Région apportera 18 millions via la Sogepa, sous forme de prêt subordonné").
const GOVERNMENT_GIVES = narrowRegExp(String.raw`(?:^|[^\p{L}])${PUBLIC_BODIES}(?:\s+\p{Ll}+){0,3}\s+$`, "u");
const BY_GOVERNMENT_OR_SCHEME = narrowRegExp(String.raw`^[^.;:]{0,40}?(?:(?<![\p{L}])par\s+${PUBLIC_BODIES}(?![\p{L}])|(?<![\p{L}])au\s+titre\s+(?:de|du|d['’]))`, "u");
// (not "sous forme de subventions et de prêts", grants first)
const THROUGH_A_FUND = narrow(/^[^.;]{0,60}?(?<![\p{L}])(?:via|sous\s+forme\s+(?:de|d['’])(?![^\S\n]*(?:subventions?|aides?|dons?)(?![\p{L}]))|en\s+fonds\s+propres|au\s+capital)(?![\p{L}])/u);
// "l'AFD apporte un prêt de 4,5 milliards, le Pays 2 milliards sous forme de subvention": a grant, whoever gives it
const AS_A_GRANT = narrow(/^[^.;]{0,30}?(?<![\p{L}])sous\s+forme\s+(?:de\s+subventions?|d['’]aides?|de\s+dons?)(?![\p{L}])/u);
const LOCAL_AUTHORITY_AFTER = narrow(/^[^\S\n]+(?:de|du|d['’])[^\S\n]*(?:la[^\S\n]+|l['’])?(?:État|[Rr]égion|intercommunalité|commune|métropole|département|agglomération|ville|communauté)(?![\p{L}])/u);
// "60 millions d'euros de subventions au titre de France 2030": the amount names itself a grant
const GRANTS_AFTER = narrow(/^[^\S\n]*(?:de|d['’])[^\S\n]*(?:subventions?|aides[^\S\n]+publiques|dons)(?![\p{L}])/u);
/** Local and regional public bodies, as a sentence names them after an article: "la commune", "le canton", "le CHU". */
const LOCAL_BODY_NOUNS = "commune|ville|mairie|syndicat|métropole|agglomération|département|région|collectivité|intercommunalité|canton|hôpital|CHU";
function publicAid(m: MoneyMention, ctx: RuleContext, clause: string, cueAt: number): boolean {
  const after = textAfter(m, ctx, 80);
  if (THROUGH_A_FUND.test(after)) return false;
  return GOVERNMENT_GIVES.test(clause.slice(Math.max(0, cueAt - 50), cueAt)) || BY_GOVERNMENT_OR_SCHEME.test(after) ||
    PUBLIC_BODY_SUBJECT.test(textBefore(m, ctx));
}
// "La commune de Val-de-Ruz cède le terrain en droit de superficie et versera 25 millions": a local or public body
// opening the sentence is who pays, however far its verb, unless another subject comes in ("qui", "tandis que")
const PUBLIC_BODY_SUBJECT = narrowRegExp(
  String.raw`^[\s«"“]*(?:la|le|l['’])[^\S\n]*(?:${LOCAL_BODY_NOUNS}|État|Etat)(?![\p{L}])(?:(?!(?:qui|dont|que|tandis|alors|mais)(?![\p{L}]))[^.;:!?\n]){0,160}$`,
  "iu",
);

// "Mécalyse (Saint-Étienne) : 12,5 millions d’euros. La start-up a bouclé une série A …": a round-up item opens on
// its company, its town and the amount (the lead the entity finder reads), and tells the round after it
// ("Le tour en fonds propres est conduit par", "un deuxième tour")
// ("signe un pre-seed", "Des notes convertibles souscrites par")
const ROUND_IN_ITEM = narrow(/(?<![\p{L}])(?:a\s+levé|lève|levée|série\s+[A-H](?!['’])|tour|bouclé|boucle|menée?|conduite?|augmentation\s+de\s+capital|(?:pré-?)?amorçage|(?:pre-?)?seed|notes\s+convertibles|obligations\s+convertibles)(?![\p{L}])/iu);
function leadsARoundItem(m: MoneyMention, ctx: RuleContext): boolean {
  const lineStart = ctx.text.lastIndexOf("\n", m.start - 1) + 1;
  if (lineStart === 0 || m.start - lineStart > 100 || itemLeadEnd(ctx.text, lineStart) !== m.start) return false;
  const lineEnd = ctx.text.indexOf("\n", m.end);
  return ROUND_IN_ITEM.test(ctx.text.slice(m.end, Math.min(lineEnd < 0 ? ctx.text.length : lineEnd, m.end + 400)));
}

// "Et aussi : Tramaclé (Lille, 2,1 M€ en pre-seed), Lumenka (Rennes, 3 M€)": after a round, a company, its town and
// an amount alone in brackets list more rounds
const TOWN_OPENED = narrow(/^[^\S\n]*\p{Lu}[\p{L}'’ -]{0,40},[^\S\n]*$/u);
const NAME_ENDS = narrow(/(?:^|[^\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&'’-]{0,30}[^\S\n]{0,2}$/u);
const BRACKET_CLOSES = narrow(/^[^\S\n]*(?:en[^\S\n]+[\p{L}-]+[^\S\n]*)?\)/u);
function listsARound(m: MoneyMention, ctx: RuleContext): boolean {
  if (!BRACKET_CLOSES.test(textAfter(m, ctx, 30)) || !roundToldWithin(ctx, 3)) return false;
  const before = textBefore(m, ctx).slice(-80);
  const open = before.lastIndexOf("(");
  return open > 0 && TOWN_OPENED.test(before.slice(open + 1)) && NAME_ENDS.test(before.slice(0, open));
}

/** The last amount claimed before this one (a date may stand between). */
function previousAmount(ctx: RuleContext): ClaimDraft | undefined {
  return ctx.lastAmount ?? undefined;
}

/** The clause before an amount: from the previous amount (or the sentence start) to this one. */
function clauseBefore(m: MoneyMention, ctx: RuleContext): string {
  const before = textBefore(m, ctx);
  const prev = previousAmount(ctx);
  const sentenceStart = m.start - before.length;
  if (prev && prev.end > sentenceStart && prev.end <= m.start) return ctx.text.slice(prev.end, m.start);
  return before;
}

// (and "sous forme de prêt subordonné", "via le Fonds souverain": a loan or a stake, not a subsidy)
const FINANCING_AFTER = narrow(/(?<![\p{L}\p{N}])(?:financement|tour\s+de\s+table|levée|augmentation\s+de\s+capital|prêts?|fonds\s+souverain|(?<!sur\s+(?:ses|leurs|ses\s+propres)\s+)fonds\s+propres|série\s+[A-H](?!['’])|avances?\s+remboursables?)(?![\p{L}\p{N}])/iu);
// "qui a apporté 110 millions de dollars et détient désormais 35 % du capital": the money bought a stake
const STAKE_HELD_AFTER = narrow(/(?<![\p{L}])(?:détient|détiennent|détiendra|détiendront|possède|possèdent|possédera|contrôle|contrôlent)(?:[^\S\n]+(?:désormais|ainsi|alors|dorénavant|donc))?[^\S\n]+(?:(?:environ|près[^\S\n]+de|plus[^\S\n]+de|quelque)[^\S\n]+)?\d{1,2}(?:,\d+)?[^\S\n]*%[^\S\n]+(?:de[^\S\n]+son[^\S\n]+|du[^\S\n]+|de[^\S\n]+leur[^\S\n]+)capital/iu);

/** The amount's whole sentence ("" outside any). */
function sentenceOf(ctx: RuleContext): string {
  const sentence = ctx.sentences[ctx.sentenceIndex];
  return sentence ? ctx.text.slice(sentence.start, sentence.end) : "";
}

/** The rest of the amount's sentence. */
function sentenceAfter(m: MoneyMention, ctx: RuleContext): string {
  const sentence = ctx.sentences[ctx.sentenceIndex];
  return ctx.text.slice(m.end, sentence ? Math.max(m.end, sentence.end) : m.end + 200);
}

const BARE_STAGE_AFTER = /^[^\S\n]*(après|avant)[^\S\n]*(?:[.;,)]|$)/iu;

/** "…, soit 425 millions après": the bare word right after an amount is its stage. */
export function bareStage(m: MoneyMention, ctx: RuleContext): "pre-money" | "post-money" | undefined {
  const bare = BARE_STAGE_AFTER.exec(textAfter(m, ctx, 12));
  return bare ? ((bare[1] as string).toLowerCase() === "après" ? "post-money" : "pre-money") : undefined;
}

/** A valuation's stage, from the words around it: "avant la levée", "post-money", "…, soit 425 millions après". */
function valuationStage(m: MoneyMention, ctx: RuleContext): "pre-money" | "post-money" | undefined {
  // the bare word is nearer than any phrase of the clause
  const bare = bareStage(m, ctx);
  if (bare) return bare;
  // The phrase right after the amount is its own; one right after the previous amount of the sentence is that
  // amount's: "11 milliards avant l'argent frais, soit 12,8 milliards post-money".
  const own = stageIn(textAfter(m, ctx, 30));
  if (own) return own;
  const before = clauseBefore(m, ctx);
  return stageIn(before.length < textBefore(m, ctx).length ? before.replace(STAGE_FIRST, "") : before);
}
const STAGE_FIRST = narrowRegExp(String.raw`^[^\S\n]*(?:pr[eé][- ]?money|post[- ]?money|(?:avant|après)\s+${OPERATION})`, "iu");
/** The stage the first stage phrase of `text` tells. */
function stageIn(text: string): "pre-money" | "post-money" | undefined {
  const pre = PRE_MONEY.exec(text)?.index ?? Infinity;
  const post = POST_MONEY.exec(text)?.index ?? Infinity;
  return pre === Infinity && post === Infinity ? undefined : pre <= post ? "pre-money" : "post-money";
}

const ROUND_OPENER = /^(?:L['’]opération|Le tour|La levée|Ce tour|Cette levée|La ronde|Cette ronde|Il s['’]agit)/u;

/** "6 milliards de dollars (5,53 milliards d'euros)", "..., soit environ 740 millions d'euros": the same amount in another currency. */
function convertsPrevious(m: MoneyMention, prev: ClaimDraft, ctx: RuleContext): boolean {
  return prev.unit !== m.currency && CONVERSION_LINK.test(ctx.text.slice(prev.end, m.start).replace(/[^\S\n]+/gu, " "));
}
// "13 milliards de dollars post-money, soit près de 12 milliards d'euros": a stage may stand before the link;
// "580 milliards de yuans, près de 70 milliards d'euros", "Quarante milliards de dollars, à peu près trente-sept
// milliards d'euros": a comma and a hedge make one too.
// ("… 31 milliards d'euros après l'opération, soit environ 36 milliards de dollars")
const CONVERSION_LINK = /^ ?(?:(?:en )?(?:post|pr[eé])-?money ?|(?:après|avant) (?:l['’]opération|la levée|le tour|l['’]augmentation de capital|l['’]apport(?: d['’]argent frais)?|l['’]argent frais) ?)?(?:(?:\(|(?:, ?[\p{L}'’-]{1,20}(?: [\p{L}'’-]{1,20}){0,3})?,? ?soit) ?(?:(?:environ|près de|quelque|approximativement|à peu près|grosso modo) ?)?|, ?(?:environ|près de|quelque|approximativement|à peu près|grosso modo) ?)$/iu;

// "X doit prêter 150 M€ à Y, la Banque ouest-africaine de développement 45 milliards de FCFA et la Société financière
// internationale 120 M$", "Anthropic est valorisé 380 Md$, Mistral AI 11,7 Md€": a verb said once for a list; each
// later item is a name (capitalised words, their complements and adjectives) right before its amount
const LIST_ITEM_NAME = narrow(/(?:,|[^\S\n]et)[^\S\n]+(?:(?:la|le|les|l['’])[^\S\n]*)?\p{Lu}[\p{L}\p{N}&.\-'’]*(?:[^\S\n]+(?:\p{Lu}[\p{L}\p{N}&.\-'’]*|(?:de|du|des|d['’])[^\S\n]*(?:la[^\S\n]+|l['’])?\p{L}[\p{L}\-]*|\p{Ll}+-\p{Ll}+|\p{Ll}+(?:ière|ier|enne|ien|aine|ain|ale|al|aux|ique|elle|el|aise|ais|oise|ois)s?)){0,5}[^\S\n]*$/u);
// (what stands between the first amount and the list's next item: no verb of its own, "à Sahelmar Terminals")
// (a noun after "de" is no participle: "le Fonds de solidarité FTQ 150 M$")
const OWN_VERB = narrow(/(?<![\p{L}])(?:qui|que|dont|contre|soit|a|ont|est|sont|était|avait|avaient|sera|seront|va|vont|doit|doivent)(?![\p{L}])|(?<![\p{L}])(?<!(?:de|du|des|d['’])[^\S\n]{0,2})\p{Ll}+(?:é|ée|és|ées|ait|aient)(?![\p{L}])|\d/u);
function sharesTheVerb(m: MoneyMention, prev: ClaimDraft, ctx: RuleContext): boolean {
  if (prev.start < m.start - textBefore(m, ctx).length) return false;
  const between = ctx.text.slice(prev.end, m.start);
  const item = LIST_ITEM_NAME.exec(between);
  return item !== null && between.length <= 120 && !OWN_VERB.test(between.slice(0, item.index)) && !OWN_VERB.test(item[0]);
}

/** "un contrat estimé à", "le coût du chantier, estimé à": the thing estimated is an amount, nearer than any company noun. */
function estimatesAnAmount(before: string): boolean {
  return lastMatch(ESTIMATED_AMOUNT, before).at > lastMatch(ESTIMATED_COMPANY, before).at;
}

const LIABILITIES_BEFORE = narrow(/(?<![\p{L}])passifs?(?:[^\S\n]{1,3}[\p{L}'’-]{1,20}){0,4}[^\S\n]{1,3}(?:(?:environ|près[^\S\n]+de|plus[^\S\n]+de|quelque)[^\S\n]{1,3})?$/iu);
const PLANS_TO_BEFORE = narrow(/(?<![\p{L}])(?:prévoi(?:t|ent)|compte(?:nt)?|entend(?:ent)?|veu(?:t|lent)|projette(?:nt)?|envisage(?:nt)?)[^\S\n]{1,3}(?:d['’]|de[^\S\n]{1,3})?$/u);

// "la société était évaluée à 800 millions": a company's value; "un contrat évalué à", "pour une perte de production
// évaluée à", "Le contrat conclu avec la société X, d'une durée de cinq ans, est évalué à", and what no company noun
// stands before, are amounts. The first noun after the last comma is the one valued, or, with none there, the first
// noun of the clause.
function valuesACompany(before: string): boolean {
  const segment = before.slice(before.lastIndexOf(",") + 1);
  const within = segment.search(ESTIMATED_COMPANY) >= 0 || segment.search(ESTIMATED_AMOUNT) >= 0 ? segment : before;
  const company = within.search(ESTIMATED_COMPANY);
  const amount = within.search(ESTIMATED_AMOUNT);
  return company >= 0 && (amount < 0 || company < amount);
}

/**
 * "Le partenariat pèse", "Le marché mondial des puces pèse", "Un GPU haut de gamme vaut", "L'action vaut": what
 * weighs or is worth so much opens its clause, and is a market, a deal, a line of accounts or priced goods, not a
 * company ("La start-up pèse", "Le groupe vaut" stay valuations).
 */
function weighsNoCompany(before: string): boolean {
  // ("Le secteur, qui pèse": the relative clause's "qui" stands for the noun before its comma)
  const opened = before.replace(RELATIVE_OPENED, "");
  const clause = opened.slice(Math.max(opened.lastIndexOf(","), opened.lastIndexOf(";"), opened.lastIndexOf(":")) + 1);
  return WEIGHING_NO_COMPANY.test(clause);
}
const WEIGHS_ANOTHER_QUANTITY = narrow(/^(?:[^\S\n]+[\p{L}'’]+){0,2}[^\S\n]+(?!(?:19|20)\d\d(?!\d))\d[\d \u00a0\u202f]*(?:,\d+)?[^\S\n\u202f]*(?:%|\p{L})/u);
const RELATIVE_OPENED = /,[^\S\n]+qui[^\S\n]+(?:[\p{L}'’]+[^\S\n]+)?$/u;
const PRICED_GOODS = "GPUs?|puces?|cartes?|serveurs?|accélérateurs?|actions?|titres?|barils?|onces?|tonnes?|appartements?|maisons?|billets?|abonnements?|licences?";
const WEIGHING_NO_COMPANY = narrowRegExp(
  `^(?:[^\\S\\n]|[«"“])*(?:(?:et|mais|or)[^\\S\\n]+)?(?:le|la|les|l['’]|un|une|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos)[^\\S\\n]*(?:${AMOUNT_HOLDERS}|${PRICED_GOODS})(?![\\p{L}\\p{N}])`,
  "iu",
);

// "la capitalisation de son jeton", "Le tether (USDT) affiche une capitalisation", "Le bitcoin s'échangeait à … Sa
// capitalisation": a crypto-asset's market value is money, no company's worth ("La plateforme de cryptomonnaies
// Coinbase, dont la capitalisation" is one)
const CRYPTO_ASSET = String.raw`(?:[Bb]itcoins?|[Ee]thers?|[Ee]thereum|[Ss]olana|[Cc]rypto-?monnaies?|[Cc]rypto-?actifs?|[Jj]etons?|[Tt]okens?|[Ss]tablecoins?|[Tt]ether|USDT|USDC|EURC|[Aa]ltcoins?|[Mm]emecoins?)(?![\p{L}])`;
const CRYPTO_BEFORE = narrowRegExp(String.raw`(?<![\p{L}])${CRYPTO_ASSET}(?![^\S\n]+\p{Lu})[^,;:]{0,50}$`, "u");
const CRYPTO_AFTER = narrowRegExp(String.raw`^capitalisation(?:[^\S\n]+boursière)?[^\S\n]+(?:de|du|des|d['’])[^\S\n]*(?:(?:son|sa|ses|leur|leurs|la|le|les|ce|cette|ces)[^\S\n]+|l['’])?${CRYPTO_ASSET}`, "u");
const POSSESSIVE_OPENS = /^[\s«"“]*(?:Sa|Son|Leur)[^\S\n]+$/u;
const CRYPTO_NAMED = narrowRegExp(String.raw`(?<![\p{L}])${CRYPTO_ASSET}`, "u");
function cryptoAssetValued(clause: string, cueAt: number, ctx: RuleContext): boolean {
  if (CRYPTO_AFTER.test(clause.slice(cueAt)) || CRYPTO_BEFORE.test(clause.slice(0, cueAt))) return true;
  const previous = ctx.sentences[ctx.sentenceIndex - 1];
  if (!previous) return false;
  // (the clause's stage phrases are blanked out, so its offsets are not the text's: the sentence is read afresh)
  const opening = sentenceOf(ctx);
  const cue = opening.search(/capitalis/iu);
  return cue >= 0 && POSSESSIVE_OPENS.test(opening.slice(0, cue)) && CRYPTO_NAMED.test(ctx.text.slice(previous.start, Math.min(previous.end, previous.start + 80)));
}

// "prendra 12 % du capital d'Albora pour 120 millions", "entre au capital à hauteur de 30 % pour 18 milliards": a
// minority stake bought puts money into the company; "rachète 85 % du club pour 75 millions" is a purchase price.
const STAKE_BOUGHT_FOR = narrow(/(?:rach[eè]t|pren|pris|acqui|ach[eè]t|entr|souscri)\p{L}*[^.;\n]{0,60}?(?<![\p{N},])(\d{1,2}(?:,\d+)?)[^\S\n]*%(?:[^\S\n]+du[^\S\n]+capital)?(?:[^\S\n]+(?:de|d['’]|du)[^.;,\n]{1,50}?)?,?[^\S\n]+pour[^\S\n]+(?:(?:environ|près[^\S\n]+de|quelque)[^\S\n]+)?$/iu);

// "a cédé 15 % de son capital au fonds Orlanthe Partners, pour 135 millions": a minority of its own capital sold
const OWN_STAKE_SOLD_FOR = narrow(/(?<![\p{L}])c[eéè]d\p{L}*[^.;\n]{0,30}?(?<![\p{N},])(\d{1,2}(?:,\d+)?)[^\S\n]*%[^\S\n]+de[^\S\n]+(?:son|leur)[^\S\n]+capital(?:[^\S\n]+(?:à|au|aux)[^.;,\n]{1,50}?)?,?[^\S\n]+pour[^\S\n]+(?:(?:environ|près[^\S\n]+de|quelque)[^\S\n]+)?$/iu);
function minorityStakeBought(before: string): boolean {
  const m = STAKE_BOUGHT_FOR.exec(before.slice(-160)) ?? OWN_STAKE_SOLD_FOR.exec(before.slice(-160));
  return m !== null && Number((m[1] as string).replace(",", ".")) < 50;
}

const VALUE_CHANGED_BEFORE = narrow(/(?<![\p{L}])(?:perdu|perd|effa[cç]\p{L}*|gagn\p{L}*|pris|ajout\p{L}*|fondre|envol\p{L}*|évapor\p{L}*|détrui\p{L}*)(?:[^\S\n]+(?:près[^\S\n]+de|plus[^\S\n]+de|environ|quelque|jusqu['’]à))?[^\S\n]*$/iu);
// ("Bercy cherche 40 milliards d'euros d'économies")
const ACCOUNTS_AFTER = narrow(/^[^\S\n]*(?:de|d['’])[^\S\n]*(?:revenus|chiffre[^\S\n]+d['’]affaires|ventes|bénéfices?|pertes|recettes|dépenses|résultat|économies|coûts|charges|ARR|MRR|cotisations|primes|encaissements|sinistres|indemnisations)(?![\p{L}])/iu);
// who a campaign's money comes from: "auprès de 1 450 investisseurs", "les plateformes ont collecté"
const BACKERS = narrow(/(?<![\p{L}])(?:auprès|plateformes?|investisseurs|contributeurs|souscripteurs|financement[^\S\n]+participatif|crowdfunding|crowdequity|business[^\S\n]+angels|campagne)(?![\p{L}])/iu);
const SALE_NOUNS = String.raw`(?<![\p{L}])(?:transferts?|ventes?|cessions?|rachats?|acquisitions?|achats?|reprises?)(?![\p{L}])`;
const SALE = narrowRegExp(SALE_NOUNS, "iu");
// "le rachat de la start-up, qui doit être bouclé en juin, pour": the sale told first is what closes
const SALE_THEN_CLOSED = narrowRegExp(String.raw`${SALE_NOUNS}(?:(?!tour|levée|financement|série)[^.;:!?\n]){0,60}$`, "iu");

const EQUITY_VALUE = narrow(/(?<![\p{L}])valoris\p{L}*(?:[^\S\n]+[^\s.;:!?]+){0,4}?[^\S\n]+à[^\S\n]*(?:(?:environ|près[^\S\n]+de|quelque)[^\S\n]+)?$/iu);
const IN_EQUITY_AFTER = narrow(/^[^\S\n]*en[^\S\n]+fonds[^\S\n]+propres/iu);

// (not the means of raising it: "38 M€ par placement privé", "62 M€ par augmentation de capital")
const PER_UNIT_AFTER = narrow(/^[^\S\n]*(?:(?:de|d['’])[^\S\n]*\p{Ll}+[^\S\n]+)?(?:par|chaque)[^\S\n]+(?!(?:le|la|les|un|une|des|son|sa|ses|leur|leurs)[^\S\n])(?!l['’])(?!(?:placement|augmentation|émission|voie|appel|introduction|cession|prêt|emprunt|souscription|obligations?|dette|crédit|tranches?|apport|levée|conversion|échange)(?![\p{L}]))\p{Ll}/u);
// ("pèse 10 milliards d'euros sur sept ans": a budget spread over years is a flow too)
const PER_PERIOD_AFTER = narrow(/^[^\S\n]*(?:(?:par|chaque)[^\S\n]+(?:an|année|mois|semaine|jour|trimestre|saison|exercice)|sur[^\S\n]+(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt)[^\S\n]+(?:ans|années|exercices))(?![\p{L}])/iu);

/** A valuation is what a company is worth: an amount under 100 000 ("à 24 euros") is a share's price, money. */
function classify(m: MoneyMention, ctx: RuleContext): { kind: AmountKind; how: string } {
  const found = classifyByCues(m, ctx);
  return found.kind === "valuation" && m.value !== null && m.value < 100_000 ? { kind: "money", how: "a price" } : found;
}

// "250 milliards de dollars. C'est la valorisation obtenue …", "12 M€. C'est le montant de la levée …": a figure
// opening its paragraph, named by the next sentence
const NAMED_NEXT = narrow(/^[^\S\n]*\.[^\S\n]+C['’]est[^\S\n]+(?:le|la|l['’])[^\S\n]*(?:(valorisation)|(?:montant[^\S\n]+(?:de|du)[^\S\n]+(?:la|l['’])?[^\S\n]*)?(levée|tour[^\S\n]+de[^\S\n]+table|financement))(?![\p{L}])/iu);
// "Quarante milliards de dollars, à peu près trente-sept milliards d'euros. C'est ce qu'Arvenza a bouclé mardi", "18
// millions d'euros : c'est ce que la start-up vient de lever": an amount opening its sentence, told by what follows
const TOLD_NEXT = narrow(/^[^.!?\n]{0,80}?[.:][^\S\n]+c['’]est[^\S\n]+ce[^\S\n]+qu(?:e|['’])[^.!?\n]{0,80}?(?<![\p{L}])(?:(lev(?:é|er)|lève|boucl(?:é|er|e)|réuni[rt]?|récolt(?:é|er)|obtenu|décroch(?:é|er)|sécuris(?:é|er)|collect(?:é|er))|(valoris\p{L}*|vaut|valait))(?![\p{L}])/iu);
function namedNext(m: MoneyMention, ctx: RuleContext): AmountKind | null {
  const sentence = ctx.sentences[ctx.sentenceIndex];
  if (sentence && /^[\s«"“—–-]*$/u.test(ctx.text.slice(sentence.start, m.start))) {
    const told = TOLD_NEXT.exec(ctx.text.slice(m.end, m.end + 200));
    if (told) return told[1] ? "funding" : "valuation";
  }
  if (!opensLine(ctx.text, m.start)) return null;
  const named = NAMED_NEXT.exec(ctx.text.slice(m.end, m.end + 60));
  return named ? (named[1] ? "valuation" : "funding") : null;
}

// "le fonds X, qui mettrait 300 millions d'euros sur la table": an investor's share of a round the sentence tells
const PUT_BEFORE = narrow(/(?<![\p{L}])(?:met|mett\p{L}*|mis|mise)[^\S\n]+(?:(?:environ|près[^\S\n]+de|plus[^\S\n]+de|quelque)[^\S\n]+)?$/iu);
const ON_THE_TABLE = narrow(/^[^\S\n]*sur[^\S\n]+la[^\S\n]+table/iu);
// "Le tour est mené par Verbois Capital, qui y engage CHF 30 millions": "y" is the round
// (not "Mervelle, qui a levé 750 M€ en série C, y engage 2,6 milliards": a project, "y", the company spends on)
const PUT_IN_IT_BEFORE = narrow(/(?<![\p{L}])qui[^\S\n]+y[^\S\n]+(?:engag|apport|investi|inject|plac)\p{L}*[^\S\n]+(?:(?:environ|près[^\S\n]+de|plus[^\S\n]+de|quelque)[^\S\n]+)?$/iu);
// "Mosanor lève 15 millions d'euros. Le fonds X y met 12 millions de dollars et prend 22 % du capital": "y" is the round
// told just before
const PUT_THERE_BEFORE = narrow(/(?<![\p{L}])y[^\S\n]+(?:met|mettent|mettra|mettront|mettrait)[^\S\n]+(?:(?:environ|près[^\S\n]+de|plus[^\S\n]+de|quelque)[^\S\n]+)?$/iu);
/** Whether a round was told in this sentence or the `n` before it. */
function roundToldWithin(ctx: RuleContext, n: number): boolean {
  return ctx.lastFunding !== null && sentenceAt(ctx.sentences, ctx.lastFunding.start) >= ctx.sentenceIndex - n;
}

function putIntoARound(m: MoneyMention, ctx: RuleContext): boolean {
  const before = textBefore(m, ctx).slice(-40);
  const there = PUT_THERE_BEFORE.test(before);
  const put = (ON_THE_TABLE.test(textAfter(m, ctx, 20)) && PUT_BEFORE.test(before)) || PUT_IN_IT_BEFORE.test(before) || there;
  if (!put || ctx.sentences[ctx.sentenceIndex] === undefined) return false;
  return ROUND_IN_ITEM.test(sentenceOf(ctx)) || (there && roundToldWithin(ctx, 1));
}

// ("le remboursement anticipé d'un emprunt": an elided article among the words between)
const REPAID_BEFORE = narrow(/(?<![\p{L}])(?:rembours\p{L}*|refinanc\p{L}*|solder)(?:[^\S\n]+[\p{L}'’]+){0,3}[^\S\n]+$/iu);
// "Une partie du tour, près de 6 M$, prend la forme d'une secondaire": shares sold by holders, money that goes to none
const SECONDARY_AFTER = narrow(/^[^.;]{0,20}?(?<![\p{L}])pren(?:d|nent|dra|ait)[^\S\n]+la[^\S\n]+forme[^\S\n]+d['’]une?[^\S\n]+(?:cession[^\S\n]+)?secondaire/iu);

const PERIOD_CLOSED = narrow(/^[^\S\n]+(?:l['’](?:année|exercice)|(?:son|leur|le)[^\S\n]+(?:exercice|semestre|trimestre|premier[^\S\n]+semestre|second[^\S\n]+semestre)|(?:ses|leurs)[^\S\n]+comptes)(?![\p{L}])/iu);
const PURPOSE_BETWEEN = narrow(/(?<![\p{L}])(?:permett(?:ra|rait|re)|permet|doit[^\S\n]+permettre|servir(?:a|ait|ont)?|sert|financ(?:er|era|eront|erait))(?![\p{L}])/iu);

// "dont 9 millions d'argent frais et 5 millions versés au propriétaire": what the buyer pays the seller
const PAID_TO_SELLER_AFTER = narrow(/^[^\S\n]*(?:versé|payé|reversé)e?s?[^\S\n]+(?:au|aux|à[^\S\n]+l['’])[^\S\n]*(?:propriétaires?|actionnaires?|vendeurs?|fondateurs?|cédants?)(?![\p{L}])/iu);

// "64 milliards de FCFA TTC", "86,4 M€ hors taxes": a price with or without taxes, which no company's value or round is
const TAXES_AFTER = narrow(/^[^\S\n]*(?:HT|TTC|H\.T\.|T\.T\.C\.|hors[^\S\n]+taxes?|toutes[^\S\n]+taxes[^\S\n]+comprises)(?![\p{L}])/u);
// (a plural subject naming a kind of company, not the people or funds behind one: "Les deux fondateurs ont levé")
const SECTOR_RAISED = narrow(/(?:^|[^\p{L}])(?:[Ll]es|[Ss]es|[Ll]eurs)[ \u00a0]{1,3}(?:(?:deux|trois|quatre|cinq|dix|\d{1,4})[ \u00a0]{1,3})?(?!(?:fondateurs|cofondateurs|co-fondateurs|associés|actionnaires|investisseurs|fonds|business|salariés|dirigeants|cadres|partenaires|banques|familles)(?![\p{L}]))\p{Ll}[\p{Ll}-]{2,20}(?:[ \u00a0]{1,3}[\p{L}'’-]{1,20}){0,7}[ \u00a0]{1,3}(?:n['’])?ont[ \u00a0]{1,3}(?:\p{Ll}{2,12}[ \u00a0]{1,3})?$/u);
const PUBLIC_ISSUER = narrow(/(?<![\p{L}])(?:l['’]État|le[ \u00a0]+Trésor|(?:l['’])?Agence[ \u00a0]+France[ \u00a0]+Trésor|(?:[Ll]['’])?Agence(?:[ \u00a0]+[\p{L}-]+){0,3}[ \u00a0]+de[ \u00a0]+la[ \u00a0]+[Dd]ette|la[ \u00a0]+Cades|l['’]Unédic|la[ \u00a0]+Sécurité[ \u00a0]+sociale|la[ \u00a0]+(?:ville|commune|[Rr]égion|métropole|collectivité)|le[ \u00a0]+(?:département|gouvernement))(?![\p{L}])/u);
// "financé à hauteur de 9 millions EUR par la trésorerie disponible": paid from the company's own cash, no round
const OWN_CASH_AFTER = narrow(/^[^\S\n]+(?:par|sur)[^\S\n]+(?:la|sa|leur|ses|leurs)[^\S\n]+(?:trésorerie|fonds[^\S\n]+propres|liquidités|cash)(?![\p{L}])/u);
// "prête 30 millions d'euros à la Région": a loan to a public body, public money
// "la France a levé près de 1 250 milliards sur les marchés", "Eurobond : le Sénégal lève": a country, as the
// subject right before the verb, borrows; it raises no round
// (the name is looked up among the known places: "l'Arabie saoudite a levé", not "la Fintech a levé")
const ARTICLE_NAME_SUBJECT = narrow(/(?<![\p{L}])(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])[ \u00a0]?(\p{Lu}[\p{L}-]{1,30}(?:[ \u00a0][\p{L}-]{1,20}){0,2}?)[ \u00a0]{1,3}(?:(?:a|ont|avait|avaient|aura|auront)[ \u00a0]{1,3})?(?:(?:déjà|pourtant|aussi|encore|également)[ \u00a0]{1,3})?$/u);
function countrySubject(before: string): boolean {
  const name = ARTICLE_NAME_SUBJECT.exec(before)?.[1];
  return name !== undefined && PLACES.has(name);
}
const TO_A_PUBLIC_BODY_AFTER = narrow(/^[^\S\n]+(?:à|au|aux)[^\S\n]+(?:la[^\S\n]+|l['’])?(?:État|[Rr]égions?|intercommunalités?|communes?|métropoles?|départements?|agglomérations?|villes?|collectivités?|communauté|[ÉE]tats)(?![\p{L}])/u);

// "a remboursé d'ici à 2033 les 136 milliards d'euros de dette qu'elle porte", "affichait fin 2002 près de 70
// milliards d'euros de dette": a debt paid back or carried is money, where "40 M€ de dette auprès de la banque" is raised
const DEBT_AFTER = narrow(/^[^\S\n]*(?:de|d['’])[^\S\n]*dettes?(?![\p{L}])/iu);
const DEBT_KEPT_BEFORE = narrow(/(?<![\p{L}])(?:rembours\p{L}*|affich(?:e|ent|ait|aient|é)|traîn(?:e|ent|ait|aient)|port(?:e|ent|ait|aient)(?=[^\S\n]+(?:encore|toujours|désormais|environ|près|plus|quelque|\d)))(?:[^\S\n]+[\p{L}\p{N}'’]+){0,4}[^\S\n]+$/iu);
const DEBT_CARRIED_AFTER = narrow(/^[^\S\n]*(?:de|d['’])[^\S\n]*dettes?[^\S\n]+qu['’](?:il|elle|ils|elles)[^\S\n]+(?:porte|portent|doit|doivent|traîne|traînent)(?![\p{L}])/iu);
function debtCarriedOrRepaid(m: MoneyMention, ctx: RuleContext, after: string): boolean {
  return DEBT_AFTER.test(after) && (DEBT_CARRIED_AFTER.test(after) || DEBT_KEPT_BEFORE.test(textBefore(m, ctx).slice(-60)));
}

// "Un emprunt de 1,5 million d'euros sur vingt ans financera la rénovation de l'école", "Le syndicat a dû emprunter
// 900 000 euros": what a town, a département or a hospital borrows is a line of its budget, money; a company's loan is
// funding. Signs of public borrowing: a loan over ten years or more, the body's own funds or the public lender beside
// it, a public body before the verb, or a council's budget opening the article.
const BORROWED_BEFORE = narrow(/(?<![\p{L}])emprunt\p{L}*(?:[^\S\n]+(?:vert|bancaire|de|d['’]|environ|près|plus|quelque|jusqu['’]à)){0,3}[^\S\n]{0,3}$/iu);
const LONG_LOAN_AFTER = narrow(/^[^.;]{0,25}?(?<![\p{L}])sur[^\S\n]+(?:dix|douze|quinze|vingt|vingt-cinq|trente|quarante|[1-9]\d)[^\S\n]+ans(?![\p{L}])/iu);
const PUBLIC_LENDING = /autofinanc|Banque\s+des\s+[Tt]erritoires/u;
const LOCAL_BODY = narrowRegExp(String.raw`(?<![\p{L}])(?:la|le|l['’])[^\S\n]*(?:${LOCAL_BODY_NOUNS})(?![\p{L}])`, "iu");
const LOCAL_COUNCIL = /conseil\s+(?:municipal|métropolitain|départemental|régional|communautaire)/iu;
function publicBorrowing(m: MoneyMention, ctx: RuleContext): boolean {
  const before = textBefore(m, ctx);
  if (!BORROWED_BEFORE.test(before.slice(-40))) return false;
  const sentence = sentenceOf(ctx);
  return LONG_LOAN_AFTER.test(textAfter(m, ctx, 50)) || PUBLIC_LENDING.test(sentence) || LOCAL_BODY.test(before.slice(-70)) ||
    LOCAL_COUNCIL.test(ctx.text.slice(0, 800));
}

// "le financement de son arène de 640 millions", "de la nouvelle ligne de tramway de 310 millions": what the amount
// is "of" is a building or a public work, whose cost it is, not a round ("le financement de sa série B de 40 millions")
const A_WORKS_COST = narrowRegExp(
  String.raw`^[^\S\n]+(?:de|du|des|d['’])[^\S\n]*(?:(?:son|sa|ses|leur|leurs|la|le|les|l['’]|un|une|ce|cet|cette|ces)[^\S\n]*)?(?:[\p{L}-]{1,20}[^\S\n]+)?(?:${BUILDINGS_AND_WORKS})(?![\p{L}])(?:[^\S\n]+[\p{L}'’-]{1,20}){0,3}[^\S\n]+(?:de|d['’])[^\S\n]*(?:(?:environ|près[^\S\n]+de|plus[^\S\n]+de|quelque)[^\S\n]+)?$`,
  "iu",
);

const AT_A_LISTING_AFTER = narrow(/^[^\S\n]*lors[^\S\n]+de[^\S\n]+(?:son|sa|leur|l['’])[^\S\n]*(?:introduction|entrée|cotation)[^\S\n]+en[^\S\n]+[Bb]ourse/u);
const COMPARED_BEFORE = narrow(/(?<![\p{L}])(?:contre|face[^\S\n]+à|comparé[^\S\n]+à)[^\S\n]+(?:(?:environ|près[^\S\n]+de|plus[^\S\n]+de|quelque)[^\S\n]+)?$/u);

function classifyByCues(m: MoneyMention, ctx: RuleContext): { kind: AmountKind; how: string } {
  const after = textAfter(m, ctx, 40);
  if (TAXES_AFTER.test(after)) return { kind: "money", how: "a price before or after tax" };
  if (OWN_CASH_AFTER.test(after)) return { kind: "money", how: "paid from its own cash" };
  if (SECONDARY_AFTER.test(after) || PAID_TO_SELLER_AFTER.test(after)) return { kind: "money", how: "a secondary sale" };
  const named = namedNext(m, ctx);
  if (named) return { kind: named, how: "named by the next sentence" };
  if (putIntoARound(m, ctx)) return { kind: "funding", how: "put into a round" };
  // "38 000 dollars de dette par puce", "100 000 euros par infraction": an amount per unit is a rate, money
  if (PER_UNIT_AFTER.test(after)) return { kind: "money", how: "a rate per unit" };
  // "a effacé près de 240 milliards de dollars de capitalisation": value lost or gained is an amount, no valuation
  if (VALUATION_AFTER.test(after)) return VALUE_CHANGED_BEFORE.test(textBefore(m, ctx).slice(-50)) ? { kind: "money", how: "a change of value" } : { kind: "valuation", how: "cue after" };
  if (debtCarriedOrRepaid(m, ctx, after)) return { kind: "money", how: "a debt carried or repaid" };
  // "Le passif atteint 8,4 millions, dont 2 millions de prêts": liabilities, whatever they are made of
  if (LIABILITIES_BEFORE.test(textBefore(m, ctx).slice(-50))) return { kind: "money", how: "liabilities" };
  if (publicBorrowing(m, ctx)) return { kind: "money", how: "public borrowing" };
  // "dont 95 M$ lors de son entrée en Bourse": what a listing raised (not "contre 900 millions lors de son
  // introduction en Bourse", a value compared with the listing's)
  if (AT_A_LISTING_AFTER.test(after) && !COMPARED_BEFORE.test(textBefore(m, ctx).slice(-25))) return { kind: "funding", how: "raised at a listing" };
  // ("valorise la cible à 289 M€ en fonds propres": an equity value, not equity raised)
  if (FUNDING_AFTER.test(after)) return EQUITY_VALUE.test(textBefore(m, ctx).slice(-80)) && IN_EQUITY_AFTER.test(after) ? { kind: "valuation", how: "an equity value" } : { kind: "funding", how: "cue after" };
  if (AS_A_GRANT.test(after) || GRANTS_AFTER.test(after)) return { kind: "money", how: "a grant" };
  if (leadsARoundItem(m, ctx)) return { kind: "funding", how: "a round-up item's amount" };
  if (listsARound(m, ctx)) return { kind: "funding", how: "a round listed after a round" };
  // "revendique 90 milliards de dollars de revenus annualisés" after a round's cue: a line of accounts is money
  if (ACCOUNTS_AFTER.test(after)) return { kind: "money", how: "accounts after" };
  if (minorityStakeBought(textBefore(m, ctx))) return { kind: "funding", how: "a minority stake bought" };
  // "valorise le club à 1,1 milliard d'euros, dette comprise, soit environ 1,2 milliard de dollars": a conversion restates
  // the amount before, whatever cue its aside holds
  const prev = previousAmount(ctx);
  if (prev && (prev.kind === "valuation" || prev.kind === "funding") && convertsPrevious(m, prev, ctx)) return { kind: prev.kind, how: "conversion" };
  // "valorisation pre-money, soit avant la levée de fonds, s'élevait à": the stage phrase is no funding cue.
  const clause = clauseBefore(m, ctx).replace(STAGE_PHRASES, " ");
  const valuationCue = lastMatch(VALUATION_BEFORE, clause);
  const v =
    (valuationCue.cue.startsWith("estim") && estimatesAnAmount(clause.slice(Math.max(0, valuationCue.at - 100), valuationCue.at))) ||
    (valuationCue.cue.startsWith("évalu") && !valuesACompany(clause.slice(Math.max(0, valuationCue.at - 160), valuationCue.at))) ||
    (/^(?:p[eè]s|vau|val(?:ai|en))/iu.test(valuationCue.cue) && weighsNoCompany(clause.slice(0, valuationCue.at))) ||
    // "pèse 35 % d'un carnet de commandes de 210 millions", "qui pèse quelque 600 MW, a rapporté": a share or
    // another quantity weighed, which leaves the amount to the words after it
    (/^p[eè]s/iu.test(valuationCue.cue) && WEIGHS_ANOTHER_QUANTITY.test(clause.slice(valuationCue.at + valuationCue.cue.length)))
      ? -1
      : /^capitalis/iu.test(valuationCue.cue) && cryptoAssetValued(clause, valuationCue.at, ctx)
        ? -1
        : valuationCue.at;
  // ("sa valorisation, estimée par un investisseur à": who estimates is inside the cue, no round's word)
  const anyFunded = lastMatch(FUNDING_BEFORE, clause);
  const funded = anyFunded.at > valuationCue.at && anyFunded.at < valuationCue.at + valuationCue.cue.length
    ? lastMatch(FUNDING_BEFORE, clause.slice(0, valuationCue.at))
    : anyFunded;
  // "La levée doit permettre de faire passer son encours … à 25 millions", "Le tour servira à financer un
  // supercalculateur de 40 millions": what the round pays for is money
  const { at: f, cue } = funded.at >= 0 && PURPOSE_BETWEEN.test(clause.slice(funded.at + funded.cue.length)) ? { at: -1, cue: "" } : funded;
  // ("Lors de la levée, le contrat a été évalué à 30 millions": a thing's estimated amount, after the round's cue)
  // ("La levée doit financer …, un marché estimé à plus de 2 Md€": a market estimated, after it)
  if (/^(?:évalu|estim)/iu.test(valuationCue.cue) && v < 0 && valuationCue.at > f) return { kind: "money", how: "an amount estimated" };
  // "dont la capitalisation dépasse ..., a dégagé un bénéfice net de 485 milliards": the nearer cue decides.
  if (lastMatch(MONEY_BEFORE, clause).at > Math.max(v, f)) return { kind: "money", how: "money cue before" };
  // "pèse 7,6 milliards d'euros par an": a flow, never what something is worth
  if (v > f) return PER_PERIOD_AFTER.test(after) ? { kind: "money", how: "a yearly amount" } : { kind: "valuation", how: "cue before" };
  if (f >= 0) {
    if (/^financement/iu.test(cue) && A_WORKS_COST.test(clause.slice(f + cue.length))) return { kind: "money", how: "a work's cost" };
    // "a bouclé le transfert de son attaquant pour 38 millions", "a bouclé le rachat de X pour": a price, not a round
    if (/^boucl/iu.test(cue) && (SALE.test(clause.slice(f)) || SALE_THEN_CLOSED.test(clause.slice(Math.max(0, f - 80), f)))) return { kind: "money", how: "a price" };
    // "le Livret A avait collecté 18,7 milliards", "l'assureur a collecté 1,35 milliard net": savings taken in are
    // money; a campaign's backers ("auprès de 1 450 investisseurs") make it a round
    if (/^collect/iu.test(cue) && !BACKERS.test(sentenceOf(ctx))) return { kind: "money", how: "savings collected" };
    // "a bouclé l'année 2029 avec un déficit de 4,1 millions": a year closed, no round
    if (/^boucl/iu.test(cue) && PERIOD_CLOSED.test(clause.slice(f + cue.length))) return { kind: "money", how: "a period closed" };
    // "L'Agence France Trésor a levé 315 milliards d'euros sur les marchés": a public body's borrowing, no round
    // (the noun names a round someone takes part in: "la collectivité participe à la levée de 24 M€ de la start-up")
    if (/^l[eè]v(?!ées?$)/iu.test(cue) && (PUBLIC_ISSUER.test(clause.slice(0, f)) || countrySubject(clause.slice(Math.max(0, f - 60), f)))) return { kind: "money", how: "public borrowing" };
    // "les néobanques européennes ont levé 2,1 milliards d'euros depuis janvier", "Ses concurrents ont levé": a whole
    // sector's rounds added up, no one company's
    if (/^(?:l[eè]v|récolt)/iu.test(cue) && SECTOR_RAISED.test(clause.slice(Math.max(0, f - 120), f))) return { kind: "money", how: "a sector's total" };
    // "servira à rembourser un prêt de 1,2 Md$": a loan paid back, money
    if (/^(?:prêt|emprunt|crédit|obligation|ligne|océane|avance)/iu.test(cue) && REPAID_BEFORE.test(clause.slice(Math.max(0, f - 40), f))) return { kind: "money", how: "a loan repaid" };
    // "une avance remboursable de 800 000 euros de l'intercommunalité": a local authority's aid, not a round
    if (/^avance/iu.test(cue) && LOCAL_AUTHORITY_AFTER.test(textAfter(m, ctx, 40))) return { kind: "money", how: "public aid" };
    if (/^(?:prêt|avance)/iu.test(cue) && TO_A_PUBLIC_BODY_AFTER.test(after)) return { kind: "money", how: "a loan to a public body" };
    // In a sentence about a round ("une levée menée par ASML, qui investit 1,3 milliard"), investing is funding.
    const prev = previousAmount(ctx);
    const inRound = prev?.kind === "funding" && prev.start >= m.start - textBefore(m, ctx).length;
    // ("a bouclé une augmentation de capital … et prévoit d'investir 5 milliards dans ses usines": spending planned after it)
    if (/^(?:ré)?investi/iu.test(cue) && (!inRound || PLANS_TO_BEFORE.test(clause.slice(Math.max(0, f - 30), f))) && !investsInACompany(m, ctx, clause, f)) {
      return { kind: "money", how: "capital spending" };
    }
    // "Temasek apporte à lui seul 800 M$" after a round (in the last three sentences) is a share of it, and so
    // is an amount whose sentence names the financing it is part of ("… soit la moitié du financement");
    // "le tourisme apporte 60 milliards" is neither.
    // "un apport de 300 millions à Nordlys" goes to a company: funding too; and "Le tour de table est complété par
    // X, qui apporte 400 k€" names the round before it.
    // "Nvidia versera 8 milliards à la signature" after its investment was told: paying in is bringing in
    const brings = /^(?:apport|vers)/iu.test(cue);
    // ("Ottawa y injectera 920 millions": a government's money into a project)
    if ((brings || /^inject|à\s+hauteur$/iu.test(cue)) && publicAid(m, ctx, clause, f)) return { kind: "money", how: "public aid" };
    const rest = brings ? sentenceAfter(m, ctx) : "";
    if (
      brings && !roundToldWithin(ctx, 3) &&
      !FINANCING_AFTER.test(rest) && !FINANCING_AFTER.test(clause.slice(0, f)) && !STAKE_HELD_AFTER.test(rest) && !givenToACompany(m, ctx)
    ) return { kind: "money", how: "amount" };
    return { kind: "funding", how: "cue before" };
  }
  if (prev && (prev.kind === "valuation" || prev.kind === "funding") && sharesTheVerb(m, prev, ctx)) return { kind: prev.kind, how: "a list under one verb" };
  // "C'est encore loin des 100 milliards de dollars d'OpenAI": compared with the last valuation.
  if (prev && (prev.kind === "valuation" || prev.kind === "funding") && COMPARISON.test(textBefore(m, ctx))) {
    const prevSentence = sentenceAt(ctx.sentences, prev.start);
    if (prevSentence >= ctx.sentenceIndex - 1) return { kind: prev.kind, how: "comparison" };
  }
  // "5,2 milliards d'euros après l'opération.", "620 millions avant l'argent frais": a stage told in words after an
  // amount no cue names is what the company is worth
  if (STAGE_IN_WORDS_AFTER.test(textAfter(m, ctx, 40))) return { kind: "valuation", how: "a stage after" };
  return { kind: "money", how: "amount" };
}
const STAGE_IN_WORDS_AFTER = narrowRegExp(String.raw`^[^\S\n]*(?:après|avant)[^\S\n]+${OPERATION}(?![\p{L}])`, "iu");

// ("ces 600 millions", "les 18 milliards", "une part des 42 M€", "À 18 milliards, …": what takes up an amount already told)
const TAKEN_UP_BEFORE = narrow(/(?:^|[^\p{L}])(?:ces|les|des|cette|ses|leurs|nos)[^\S\n]?$/u);
const SENTENCE_OPENS_AT = /^[^\S\n]*[«"“]?[^\S\n]?(?:À|A)[^\S\n]?$/u;
function saidAgain(m: MoneyMention, ctx: RuleContext): boolean {
  const before = textBefore(m, ctx);
  return TAKEN_UP_BEFORE.test(before) || SENTENCE_OPENS_AT.test(before);
}

/** The latest valuation or round so far that passes `test`. */
function lastRound(ctx: RuleContext, test: (d: ClaimDraft) => boolean): ClaimDraft | undefined {
  for (let i = ctx.rounds.length - 1; i >= 0; i--) if (test(ctx.rounds[i] as ClaimDraft)) return ctx.rounds[i];
  return undefined;
}

export const amountRule: Rule<MoneyMention> = {
  name: "amount",
  kind: "money",
  extract(m, ctx): ClaimDraft {
    if (m.value === null) {
      // "plusieurs milliards de dollars": vague, kept as money so nobody reads a number into it.
      return makeDraft(m, "money", null, m.currency, ctx, { rule: "amount/vague", confidence: 0.5, approx: true });
    }
    let { kind, how } = classify(m, ctx);
    // "… la valorise 18 milliards d'euros. À 18 milliards, les investisseurs …": said again with no cue of its own
    if (kind === "money" && how === "amount" && saidAgain(m, ctx)) {
      const same = lastRound(ctx, (d) => d.value === m.value && d.unit === m.currency && d.start < m.start);
      if (same) [kind, how] = [same.kind as AmountKind, "same as before"];
    }
    const attributes: Record<string, unknown> = {};
    const around = sentenceOf(ctx);
    if (kind === "valuation") {
      const stage = valuationStage(m, ctx);
      if (stage) attributes.stage = stage;
    }
    // The same amount in another currency is the same valuation or round: "(environ 11,1 milliards d'euros)".
    const prev = previousAmount(ctx);
    if (how === "conversion" && prev) {
      if (prev.attributes.stage) attributes.stage = prev.attributes.stage;
      if (prev.attributes.round) attributes.round = prev.attributes.round;
    }
    // The round and its investors may be named in the next sentence, when it is about the round:
    // "... 13 milliards de dollars. L'opération, une série F, ...", "Le tour de table est mené par Temasek".
    const next = ctx.sentences[ctx.sentenceIndex + 1];
    // (a round-up item's amount: the item's next sentence tells the round, "La start-up a bouclé une série A auprès de X")
    const itemLead = how === "a round-up item's amount";
    const tellsTheRound = (body: string) => ROUND_OPENER.test(body.slice(0, 20)) || (itemLead && ROUND_IN_ITEM.test(body));
    const aboutTheRound = kind === "funding" && next !== undefined && tellsTheRound(ctx.text.slice(next.start, next.end));
    if (kind === "funding" && !attributes.round) {
      const round = ROUND.exec(around) ?? (aboutTheRound ? ROUND.exec(ctx.text.slice(next.start, next.end)) : null);
      if (round) attributes.round = round[1] ? round[1].toUpperCase() : "seed";
    }
    if (kind === "funding") {
      const investors = findInvestors(m, ctx);
      // and in the next two sentences while they tell who joined it ("Le tour est mené par X. Y et Z ont
      // également remis au pot."), read from each sentence's start as if the amount stood there
      for (let k = ctx.sentenceIndex + 1; k <= ctx.sentenceIndex + 2; k++) {
        const s = ctx.sentences[k];
        if (!s) break;
        const body = ctx.text.slice(s.start, s.end);
        if (!tellsTheRound(body) && !ROUND_OPENER.test(body) && !joinsTheRound(body)) break;
        for (const name of investorsJoining(m, ctx, k)) if (!investors.includes(name)) investors.push(name);
      }
      if (investors.length) attributes.investors = investors;
    }
    const draft = makeDraft(m, kind, m.value, m.currency, ctx, {
      rule: `${kind}/${how}`,
      confidence: kind === "money" ? 0.8 : how === "cue before" || how === "cue after" ? 0.9 : 0.7,
      attributes,
      approx: m.number?.approx ?? false,
    });
    // The conversion of a hedged amount is hedged the same way: "près de 200 000 milliards de wons (124 milliards d'euros)".
    if (draft.qualifier === "exact" && prev && prev.qualifier !== "exact" && convertsPrevious(m, prev, ctx)) draft.qualifier = prev.qualifier;
    if (kind === "funding" && Array.isArray(attributes.investors) && draft.subject && (attributes.investors as string[]).includes(draft.subject)) {
      draft.subject = ctx.protagonist;
    }
    return draft;
  },
};

// Who a claim is about. Entities come from entities.ts; this picks one for a mention, in order:
//  1. an apposition the mention sits in: "OpenAI, une société qu'il avait cofondée en 2015" -> OpenAI
//  2. an owner right after it: "les 100 milliards de dollars d'OpenAI", "80 % pour Nvidia", "200 000 GPU
//     de Colossus"; a passive agent: "les 100 millions dépensés par OpenAI"; a source right before a date
//  3. the nearest name before it in the sentence, a plain mention beating a genitive one, a place last:
//     "Depuis que ChatGPT, l'outil d'IA générative d'OpenAi, a explosé en 2022" -> ChatGPT;
//     a person met first stands for their company ("Sam Altman, le patron d'OpenAI") or the protagonist
//  4. for a date opening the sentence, the first name after it: "En novembre dernier, Musk a présenté Grok" -> Grok
//  5. an anaphor: "le fonds" -> the name introduced as "le fonds ... X"; "L'entreprise emploie" -> the
//     protagonist if just mentioned; "contre l'entreprise" -> the last organisation; "il" -> the sentence before
//  6. the topic of the paragraph's opening sentence, when the protagonist is absent from the paragraph
//  7. the document's protagonist: the organisation it is most about ("sa start-up xAI" counts double).

import type { Span } from "../recognise/types.js";
import { narrow, narrowRegExp } from "../text/narrow-classes.js";
import { paragraphBounds, type Sentence } from "../text/sentences.js";
import { firstEntityFrom, FOUNDED_OR_LED_BY, type Entity } from "./entities.js";
import { PUBLIC_BODIES } from "./names-fr.js";

export interface SubjectContext {
  text: string;
  sentences: Sentence[];
  entities: Entity[];
  protagonist: string | null;
}

export type SubjectKind = "gpu_count" | "ratio" | "valuation" | "funding" | "money" | "date" | "percent" | "count" | "number";

const POSSESSIVE = narrow(/(?<![\p{L}\p{N}])(?:sa|son|notre|leur)[ \u00a0]+(?:start-?up|société|entreprise|jeune[ \u00a0]+pousse|firme|groupe|filiale|licorne|laboratoire)(?![\p{L}\p{N}])[^.,;]{0,40}$/iu);
const PRONOUN = narrow(/(?:^|[^\p{L}])(?:il|elle|celui-ci|celle-ci)(?![\p{L}])/iu);
// "Ce dernier prévoit": the one named last; followed by a verb or a comma, not a noun ("ce dernier trimestre").
const LATEST = narrow(/(?<![\p{L}])(?:ce|cette)[ \u00a0]+derni(?:er|ère)(?=[ \u00a0]*,|[ \u00a0]+(?:a|avait|aura|aurait|est|était|sera|serait|doit|devrait|va|peut|prévoit|compte|vise|table|mise|estime|affirme|assure|dispose|possède|détient|contrôle|exploite|fabrique|produit|livre|vend|emploie|revendique|annonce|n['’]|ne|y|en|se|s['’]|qui|lui|leur)(?![\p{L}]))/iu);
// "la jeune pousse", "le fonds": a definite noun phrase standing for an organisation named before; groups
// 1-3 hold its head noun. A preposition before it makes it an object ("contre l'entreprise").
const COMPANY_ANAPHOR = narrow(/(?<![\p{L}])(?:l['’](entreprise|organisation|éditeur|opérateur|hébergeur|équipementier)|la[ \u00a0]+(société|start-?up|jeune[ \u00a0]+pousse|pépite|firme|licorne|plateforme|coentreprise)|le[ \u00a0]+(groupe|fonds|laboratoire|géant|supercalculateur|modèle|chatbot|projet))(?![\p{L}])/iu);
/** Where a company noun says it comes from: "de San Francisco", "d'Abou Dhabi", "du Nord". */
const OPENER_ORIGIN = narrow(/^[ \u00a0]+(?:de|d['’]|du)[ \u00a0]*\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,2}(?=,)/u);
const LED_BY_BEFORE = narrowRegExp(String.raw`(?:^|[^\p{L}])${FOUNDED_OR_LED_BY}[ \u00a0]+$`, "iu");
const OBJECT_POSITION = narrow(/(?<![\p{L}])(?:contre|de|du|à|au|avec|pour|dans|sur|par|chez|vers)[ \u00a0]*$/iu);
const PASSIVE_AGENT = /^[^\S\n]*(?:[\p{Ll}-]+[^\S\n]+){0,2}\p{Ll}+(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues)[^\S\n]+par[^\S\n]+(?:(?:le|la|les|l['’])[^\S\n]*)?$/u;
// A chip maker is the subject of a GPU count only as the one acting: "Nvidia a livré 500 000 GPU".
const VENDOR_AS_AGENT = narrow(/^[^\S\n]+(?:a[^\S\n]+(?:livré|vendu|expédié|déployé|installé)|va|livre|vend|expédie|déploie|installe|prévoit|compte|dispose|fournit)(?![\p{L}])/u);
const PRICE_AFTER_OWNER = /^(?:[^\S\n]+(?:pour|contre|moyennant)[^\S\n]+(?:[\p{Ll}'’]+[^\S\n]+){0,2}|(?:[^\S\n]*,)?[^\S\n]+au[^\S\n]+prix[^\S\n]+(?:unitaire[^\S\n]+)?de[^\S\n]+)$/u;
const OWNER_AFTER = /^[^\S\n]*(?:de|du|d['’])[^\S\n]*$/u;
const GIVEN_TO = narrow(/^[^.;:]{0,50}?(?<![\p{L}])(?:à|au|dans)[ \u00a0]+(?:(?:la|le|l['’])[ \u00a0]*(?:start-?up|société|jeune[ \u00a0]+pousse|entreprise|groupe|firme|pépite|licorne)[ \u00a0]+(?:[\p{Ll}-]+[ \u00a0]+){0,2})?$/u);
// "Tessaly a annoncé une offre publique d'achat amicale sur l'éditeur Orbelis, au prix de 38,50 euros": a bid is a purchase.
const BOUGHT_BEFORE = narrow(/(?<![\p{L}])(?:rachète|rachètent|rachat[ \u00a0]+(?:de|du|d['’])|racheter|acquiert|acquisition[ \u00a0]+(?:de|du|d['’])|acquérir|achète|s['’]offre|reprend|reprise[ \u00a0]+(?:de|du|d['’])|(?:offre|OPA|OPE|OPAS)(?:[ \u00a0]+publique[ \u00a0]+d['’](?:achat|échange))?(?:[ \u00a0]+(?:amicale|hostile|ferme|définitive))?[ \u00a0]+sur)(?![\p{L}])[^.;:]*$/u);
const SOLD_TO = narrow(/(?<![\p{L}])(?:cédée?s?|vendue?s?|revendue?s?|cède|vend|revend|cédera|vendra)(?![\p{L}])[^.;:]*?(?<![\p{L}])(?:à|au)[ \u00a0]+(?:(?:la|le|l['’])[ \u00a0]*(?:[\p{Ll}-]+[ \u00a0]+){0,2})?$/u);
const OF_THE_GROUP = narrow(/(?<![\p{L}])du[ \u00a0]+groupe(?![\p{L}])(?![ \u00a0]+\p{Lu})/u);
const CAME_FROM = narrow(/(?:^|[^\p{L}])(?:de|d['’])[ \u00a0]*chez[ \u00a0]+$/iu);
/** "ancien patron d'OpenAI", "trois anciens ingénieurs d'Intel": a role held before (read from `from` on). */
const formerEmployer = (e: Entity, text: string, from = 0) => FORMER.test(text.slice(Math.max(from, e.start - 40), e.start));
/** "Arrivé de chez Renault": where someone comes from. */
const cameFrom = (e: Entity, text: string) => CAME_FROM.test(text.slice(Math.max(0, e.start - 12), e.start));
// "ancien patron de", "ex-directeur de": a role held before.
const FORMER = narrow(/(?<![\p{L}])(?:ancien|ancienne|anciens|anciennes|ex-)(?:[ \u00a0]*[\p{L}'’-]+){0,3}[ \u00a0]+(?:de|d['’]|du|chez)[ \u00a0]*(?:l['’])?$/iu);
const APPOSITION = /^[^\S\n]*,[^\S\n]*(?:une?|la|le|l['’]|cette|ce)[^\S\n][^,;.]*$/u;
// ", qui détient 80 % du marché": a relative clause right after a name.
const RELATIVE_CLAUSE = /^[^\S\n]*,[^\S\n]*qui[^\S\n][^,;.]*$/u;
// ", la filiale de G42 chargée des bâtiments, qui exploite ": an apposition opens on a small letter (not a list,
// "Microsoft, Meta et Oracle, qui ...").
const RELATIVE_AFTER_APPOSITION = /^[^\S\n]*,[^\S\n]*\p{Ll}[^,;.]*,[^\S\n]*qui[^\S\n][^,;.]*$/u;

/** The organisation a document is most about. */
export function findProtagonist(text: string, entities: Entity[]): string | null {
  const score = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  // A headline (a short first line) names what the article is about.
  const firstLineEnd = text.indexOf("\n") < 0 ? text.length : text.indexOf("\n");
  const titleEnd = firstLineEnd <= 160 ? firstLineEnd : 0;
  for (const e of entities) {
    if (e.type !== "org") continue;
    // ... nor a maker named with what is counted ("40 Airbus A220", "100 000 puces Nvidia")
    if (e.role === "companion" || e.role === "attribution" || e.role === "setting" || e.role === "modifier") continue;
    // An investor is named for the company it funds, a complement for what it owns ("les challengers de
    // Nvidia"): they count, but for half.
    let s = e.role === "investor" || e.role === "genitive" ? 0.5 : 1;
    if (POSSESSIVE.test(text.slice(Math.max(0, e.start - 60), e.start))) s += 2;
    if (e.start < 400) s += 1;
    if (e.end <= titleEnd) s += 1;
    score.set(e.name, (score.get(e.name) ?? 0) + s);
    if (!firstSeen.has(e.name)) firstSeen.set(e.name, e.start);
  }
  let best: string | null = null;
  for (const [name, s] of score) {
    const b = best === null ? -1 : (score.get(best) as number);
    if (s > b || (s === b && (firstSeen.get(name) as number) < (firstSeen.get(best as string) as number))) best = name;
  }
  return best;
}

/** Within 50 characters of each other, either way round. */
const near = (a: Entity, b: Entity) => Math.abs(a.start - b.end) <= 50 || Math.abs(b.start - a.end) <= 50;

/**
 * The first entity, in text order, near `e` and passing `test`: only the entities that can be near are read
 * (they start between e.start - 50 - the longest name and e.end + 50), not the whole document's.
 */
function firstNear(e: Entity, ctx: SubjectContext, test: (other: Entity) => boolean): Entity | null {
  const { entities } = ctx;
  for (let i = firstEntityFrom(entities, e.start - 50 - longestName(ctx)); i < entities.length; i++) {
    const other = entities[i] as Entity;
    if (other.start > e.end + 50) break;
    if (near(other, e) && test(other)) return other;
  }
  return null;
}

const LONGEST = new WeakMap<readonly Entity[], number>();
function longestName(ctx: SubjectContext): number {
  let longest = LONGEST.get(ctx.entities);
  if (longest === undefined) {
    longest = 0;
    for (const e of ctx.entities) longest = Math.max(longest, e.end - e.start);
    LONGEST.set(ctx.entities, longest);
  }
  return longest;
}

/** "Sam Altman, le patron d'OpenAI" / "le patron d'OpenAI, Sam Altman": the company that describes a person. */
function companyOf(person: Entity, ctx: SubjectContext): string | null {
  return firstNear(person, ctx, (e) => e.role === "descriptor" && e.type === "org")?.name ?? null;
}

/**
 * "La start-up Lumio, fondée par d'anciens ingénieurs de Google, a levé ...": a name in an apposition
 * describes the company the apposition follows. `before` runs backwards from the mention.
 */
function appositionHead(e: Entity, before: readonly Entity[], ctx: SubjectContext, eligible: (e: Entity) => boolean): Entity | null {
  const head = before[before.indexOf(e) + 1];
  if (!head || head.type !== "org" || head.role !== "agent" || !eligible(head)) return null;
  return /^[^\S\n]*,[^,;.]*$/u.test(ctx.text.slice(head.end, e.start)) ? head : null;
}

const FOUNDED_APPOSITION = narrowRegExp(String.raw`^[^\S\n]*,[^\S\n]*${FOUNDED_OR_LED_BY}[^;.]*$`, "iu");

/**
 * "Orvia, fondée en 2022 par deux anciens d'Airbus, Marc Dubreuil et Paul Ferrand, a levé": a person at the
 * end of a "fondée par" apposition describes the company the apposition follows (not their former employer).
 */
function foundedHead(person: Entity, before: readonly Entity[], ctx: SubjectContext, eligible: (e: Entity) => boolean): Entity | null {
  for (let i = before.indexOf(person) + 1; i < before.length; i++) {
    const head = before[i] as Entity;
    if (head.type !== "org" || head.role !== "agent" || !eligible(head)) continue;
    return FOUNDED_APPOSITION.test(ctx.text.slice(head.end, person.start)) ? head : null;
  }
  return null;
}

/** The first name a paragraph's opening sentence puts forward, if the protagonist is absent from the paragraph. */
function paragraphTopic(sentenceIndex: number, ctx: SubjectContext, eligible: (e: Entity) => boolean): string | null {
  const [start, end] = paragraphBounds(ctx.sentences, sentenceIndex);
  let opening = sentenceIndex;
  while (opening > 0 && (ctx.sentences[opening - 1] as Sentence).start >= start) opening--;
  const openingEnd = (ctx.sentences[opening] as Sentence).end;
  let first: Entity | null = null;
  for (let i = firstEntityFrom(ctx.entities, start); i < ctx.entities.length; i++) {
    const e = ctx.entities[i] as Entity;
    if (e.start >= end) break;
    if (e.name === ctx.protagonist) return null;
    // « Nous ne cherchons pas à battre Nvidia » : a name the speaker quotes is no topic of the paragraph.
    if (!first && e.end <= openingEnd && e.type === "org" && e.role === "agent" && eligible(e) && !insideQuotation(ctx.text, start, e.start)) first = e;
  }
  return first ? first.name : null;
}


/**
 * Whether `e` stands in a ", qui …,", ", dont …," or ", détenue par …," clause of its sentence that closes before `mentionStart`: the
 * comma after it goes back to the main clause ("…, vise"), not on with the clause ("…, en hausse de 14 %").
 */
function insideClosedRelative(text: string, sentenceStart: number, e: Entity, mentionStart: number): boolean {
  if (!RELATIVE_OPENING.test(text.slice(sentenceStart, e.start))) return false;
  // a clause's comma, not a decimal one ("96,4 milliards")
  CLAUSE_COMMA.lastIndex = e.end;
  const comma = CLAUSE_COMMA.exec(text)?.index ?? -1;
  if (comma < 0 || comma >= mentionStart) return false;
  const next = /^[ \u00a0]*([\p{L}'’]+)/u.exec(text.slice(comma + 1, comma + 30))?.[1]?.toLowerCase() ?? "";
  return !CLAUSE_GOES_ON.has(next);
}
// ", qui …", ", dont …", and a participle clause (", détenue depuis 2021 par le fonds X, a dégagé …")
const RELATIVE_OPENING = narrow(/,[ \u00a0]+(?:qui|dont|filiales?|(?:détenu|contrôlé|possédé|racheté|fondé|créé|dirigé|présidé|soutenu|financé)e?s?)(?![\p{L}])[^,;:()«»]*$/u);
const CLAUSE_COMMA = /,(?=[ \u00a0])/g;
/** Words after a comma that carry on the clause before it rather than return to the main one. */
const CLAUSE_GOES_ON = new Set([
  "en", "soit", "contre", "dont", "à", "au", "aux", "de", "du", "des", "d'", "d’", "pour", "avec", "selon", "après", "avant", "sur",
  "sous", "et", "ou", "plus", "moins", "environ", "notamment", "malgré", "grâce", "depuis", "puis", "qui", "que", "où",
]);

/** Whether `at` stands inside a « … » or “ … ” quotation opened after `from`. */
function insideQuotation(text: string, from: number, at: number): boolean {
  // within the paragraph only: a search back through a 64 K window for every name would be quadratic
  const span = text.slice(from, at);
  const open = Math.max(span.lastIndexOf("«"), span.lastIndexOf("“"));
  return open >= 0 && Math.max(span.lastIndexOf("»"), span.lastIndexOf("”")) < open;
}

/** The first entity, in text order, inside sentence `s` and passing `test`. */
function firstIn(s: Sentence, ctx: SubjectContext, test: (e: Entity) => boolean): Entity | null {
  for (let i = firstEntityFrom(ctx.entities, s.start); i < ctx.entities.length; i++) {
    const e = ctx.entities[i] as Entity;
    if (e.start >= s.end) break;
    if (e.end <= s.end && test(e)) return e;
  }
  return null;
}

interface SentenceCues {
  anaphor: RegExpExecArray | null;
  pronoun: boolean;
  /** where "ce dernier" stands in the sentence, or -1 */
  latest: number;
}
const CUES = new WeakMap<SubjectContext, Map<number, SentenceCues>>();

/** A sentence's anaphor and pronoun, read once per sentence (a sentence may hold thousands of mentions). */
function sentenceCues(index: number, ctx: SubjectContext): SentenceCues {
  let bySentence = CUES.get(ctx);
  if (!bySentence) CUES.set(ctx, (bySentence = new Map()));
  let cues = bySentence.get(index);
  if (!cues) {
    const s = ctx.sentences[index] as Sentence;
    const body = ctx.text.slice(s.start, s.end);
    cues = { anaphor: COMPANY_ANAPHOR.exec(body), pronoun: PRONOUN.test(body), latest: body.search(LATEST) };
    bySentence.set(index, cues);
  }
  return cues;
}

/** The organisation a company anaphor ("le fonds", "L'entreprise", "contre l'entreprise") stands for. */
const DATIVE_PRONOUN_AFTER = narrow(/^[^.;:!?]{0,12}?(?:^|[^\p{L}])(?:lui|leur)[ \u00a0]+(?:(?:a|ont|avait|avaient|aura|auront)[ \u00a0]+)?(?:déjà[ \u00a0]+)?\p{Ll}{3,}/u);
// "La CNIL a infligé lundi une amende de 38 millions d'euros à X", "Le régulateur reproche à l'entreprise": a
// regulator's sanction falls on another organisation (a passive "a été condamné" falls on the name itself).
const SANCTIONS_AFTER = narrow(/^[ \u00a0]*(?:(?:a|ont|avait|avaient|aura|auront|va|vont)[ \u00a0]+)?(?:(?:déjà|aussi|également|enfin|en[ \u00a0]+outre)[ \u00a0]+)?(?:inflig\p{L}*|sanctionn\p{L}*|condamn(?:e|ent|é|ait|era)|ordonn\p{L}*|reproch\p{L}*|met[ \u00a0]+en[ \u00a0]+demeure|a[ \u00a0]+mis[ \u00a0]+en[ \u00a0]+demeure)(?![\p{L}])/u);
// "La Région vote 12 millions d'euros pour le centre de Vaulmire", "L'État accorde 50 millions à X": a public body's
// grant is the receiver's figure (a company paying out, "Vaulmire verse 2 millions de dividendes", keeps its own).
const PUBLIC_BODY = narrowRegExp(`^${PUBLIC_BODIES}$`, "iu");
const GRANTS_AFTER = narrow(/^[ \u00a0]*(?:(?:a|ont|avait|avaient|aura|auront|va|vont)[ \u00a0]+)?(?:vot\p{L}*|accord\p{L}*|octroi\p{L}*|vers(?:e|ent|é|ée|era|eront|ait|aient)|attribu\p{L}*|débloqu\p{L}*|allou\p{L}*)(?![\p{L}])/u);
/** "l'Arcep lui a infligé", "X, qui lui fournira", "la CNIL a infligé … à X": the name acts on another organisation. */
const actsOnDative = (text: string, e: Entity) => {
  const after = text.slice(e.end, e.end + 40);
  return DATIVE_PRONOUN_AFTER.test(after) || SANCTIONS_AFTER.test(after) || (PUBLIC_BODY.test(e.name) && GRANTS_AFTER.test(after));
};

// "La CNIL a infligé une amende de 3,5 millions d'euros à Parlivo": the receiver named right after the figure
const TO_RECEIVER = narrow(/^[^.;:!?]{0,30}?(?:^|[^\p{L}])(?:à|au)[ \u00a0]+(?:(?:la|le)[ \u00a0]+|l['’][ \u00a0]*)?(?:\p{Ll}[\p{Ll}-]*[ \u00a0]+){0,2}$/u);
function namedReceiver(mention: Span, inSentence: readonly Entity[], text: string): string | null {
  const to = inSentence.find((e) => e.start >= mention.end && e.start - mention.end <= 50 && e.type === "org" && TO_RECEIVER.test(text.slice(mention.end, e.start)));
  return to?.name ?? null;
}

const SALES_BY_REGION = narrow(/(?<![\p{L}])(?:des|ses|les)[ \u00a0]+ventes(?![\p{L}])|chiffre[ \u00a0]+d['’]affaires|(?:premier|deuxième|second|troisième)[ \u00a0]+marché(?![\p{L}])/iu);
function salesByRegion(text: string, place: Entity): boolean {
  const start = text.lastIndexOf("\n", place.start) + 1;
  const end = text.indexOf("\n", place.end);
  return SALES_BY_REGION.test(text.slice(start, end < 0 ? text.length : end));
}
const SHARE_OF_ACCOUNTS = narrow(/^[ \u00a0]*(?:de[ \u00a0]+(?:ses|leurs|nos)|des|du|de[ \u00a0]+l['’]|de[ \u00a0]+son|de[ \u00a0]+sa)[ \u00a0]*(?:ventes|chiffre[ \u00a0]+d['’]affaires|activité|revenus|recettes|commandes|volumes|exportations)(?![\p{L}])/iu);

const PARAGRAPH_HEADS = new Set(["groupe", "société", "entreprise"]);

function resolveAnaphor(anaphor: RegExpExecArray, sentenceIndex: number, ctx: SubjectContext, eligible: (e: Entity) => boolean): string | null {
  const sentence = ctx.sentences[sentenceIndex] as Sentence;
  const text = ctx.text;
  const head = (anaphor[1] ?? anaphor[2] ?? anaphor[3] ?? "").toLowerCase().replace(/\s+/g, " ");
  // The entities of the three sentences before (those in the sentence's own text start after it).
  const from = firstEntityFrom(ctx.entities, (ctx.sentences[Math.max(0, sentenceIndex - 3)] as Sentence).start);
  const recent: Entity[] = [];
  for (let i = from; i < ctx.entities.length && (ctx.entities[i] as Entity).start < sentence.start; i++) {
    const e = ctx.entities[i] as Entity;
    if (e.end <= sentence.start) recent.push(e);
  }
  // the latest with the same head noun, told up to eight sentences before ("Vectorielle, une start-up parisienne …
  // La start-up, fondée en 2022"): a noun that names its company is followed further than a bare "le groupe"
  const headFrom = (ctx.sentences[Math.max(0, sentenceIndex - 8)] as Sentence).start;
  for (let i = firstEntityFrom(ctx.entities, sentence.start) - 1; i >= 0; i--) {
    const e = ctx.entities[i] as Entity;
    if (e.start < headFrom) break;
    if (e.head === head && e.end <= sentence.start && eligible(e)) return e.name;
  }
  const at = sentence.start + anaphor.index;
  const asObject = OBJECT_POSITION.test(text.slice(Math.max(sentence.start, at - 10), at));
  // "Le groupe" after "Sa filiale Engie Brasil Energia" is the parent: a subsidiary or a unit (introduced as one, or
  // bearing the protagonist's name) is no antecedent of "le groupe" and points to the protagonist.
  const parent = head === "groupe" ? ctx.protagonist : null;
  const subsidiary = (e: Entity) => parent !== null && (e.head === "filiale" || e.head === "branche" || e.head === "division" || e.name.startsWith(parent + " "));
  // "L'opération valorise l'entreprise" after "le fonds torontois Georgian": a company noun is no fund.
  const fund = (e: Entity) => e.head === "fonds" && head !== "fonds";
  const named = recent.filter((e) => e.type === "org" && eligible(e) && e.role !== "attribution" && e.role !== "investor" && !fund(e) && !formerEmployer(e, text) && !cameFrom(e, text));
  // "l'armateur grec Kallisthenis Maritime lui a confié quatre navires. … Le groupe emploie …": an agent acting on a
  // "lui"/"leur" acts on the company the text is about, which "le groupe" goes on naming.
  const towardsAnother = (e: Entity) => actsOnDative(text, e);
  const orgs = named.filter((e) => !subsidiary(e) && !towardsAnother(e));
  // The subject of the sentence just before is the likeliest antecedent ("Bouygues Telecom a signé avec EDF
  // ... L'opérateur, qui ..."), unless the protagonist is a subject there too.
  const previous = ctx.sentences[sentenceIndex - 1];
  const inPrevious = (e: Entity) => previous !== undefined && e.start >= previous.start && e.end <= previous.end && e.role === "agent";
  const previousAgent = orgs.find(inPrevious);
  // "Le groupe exploite plus de 400 centres" opening a paragraph after one about its rivals: the article's company
  const opensParagraph = previous !== undefined && /\n/u.test(text.slice(previous.end, sentence.start));
  if (!asObject && opensParagraph && PARAGRAPH_HEADS.has(head) && ctx.protagonist && previousAgent && previousAgent.name !== ctx.protagonist) return ctx.protagonist;
  if (!asObject && previousAgent && previousAgent.name !== ctx.protagonist && !orgs.some((e) => inPrevious(e) && e.name === ctx.protagonist)) {
    return previousAgent.name;
  }
  if (!asObject && parent && named.some(subsidiary)) return parent;
  if (!asObject && ctx.protagonist && orgs.some((e) => e.name === ctx.protagonist)) return ctx.protagonist;
  for (let i = sentenceIndex - 1; i >= Math.max(0, sentenceIndex - 3); i--) {
    const s = ctx.sentences[i] as Sentence;
    const first = orgs.find((e) => e.start >= s.start && e.end <= s.end);
    if (first) return first.name;
  }
  // "l'Arcep lui a infligé une amende. Le groupe abaisse …": only an agent acting on "lui" was named, so the
  // company is the one the text is about
  if (!asObject && ctx.protagonist && named.some(towardsAnother)) return ctx.protagonist;
  return null;
}

/**
 * "... saturées par Huawei. Ce dernier prévoit": the organisation (or a person's company) named last before
 * `at`, in its sentence or the one before, whatever its role (a chip maker counting its own chips included).
 */
function latestNamed(at: number, sentenceIndex: number, ctx: SubjectContext): string | null {
  const from = (ctx.sentences[Math.max(0, sentenceIndex - 1)] as Sentence).start;
  for (let i = firstEntityFrom(ctx.entities, at) - 1; i >= 0; i--) {
    const e = ctx.entities[i] as Entity;
    if (e.start < from) break;
    if (e.type === "person") return companyOf(e, ctx) ?? ctx.protagonist;
    if (e.type !== "place" && e.role !== "setting" && e.role !== "attribution") return e.name;
  }
  return null;
}

const TRAINED = narrow(/(?<![\p{L}])entraîn(?:e|ent|er|era|eront|ait|é)[ \u00a0]+(?:(?:son|sa|ses|leur|leurs|le|la|les)[ \u00a0]+(?:(?:nouveau|nouvelle|prochain|prochaine|propre|dernier|dernière)[ \u00a0]+)?(?:modèles?|IA|LLM|version)[ \u00a0]+)?$/u);

export function findSubject(mention: Span, kind: SubjectKind, sentenceIndex: number, ctx: SubjectContext): string | null {
  const sentence = ctx.sentences[sentenceIndex];
  if (!sentence) return ctx.protagonist;
  const { text } = ctx;
  const inSentence: Entity[] = [];
  for (let i = firstEntityFrom(ctx.entities, sentence.start); i < ctx.entities.length; i++) {
    const e = ctx.entities[i] as Entity;
    if (e.start >= sentence.end) break;
    if (e.end <= sentence.end) inSentence.push(e);
  }
  const ledBy = (e: Entity) => LED_BY_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 30), e.start));
  const eligible = (e: Entity) =>
    e.role !== "setting" &&
    e.role !== "companion" &&
    e.role !== "descriptor" &&
    !(e.role === "investor" && (kind === "funding" || kind === "valuation")) &&
    e.role !== "modifier" &&
    e.role !== "owner" &&
    !(e.vendor && (kind === "gpu_count" || kind === "ratio") && !VENDOR_AS_AGENT.test(text.slice(e.end, e.end + 24)));

  // A sentence opening on "L'entreprise, <apposition>, <verb>" is about that company, whatever the
  // apposition names on the way: "L'entreprise, fondée par un ancien cadre de Nvidia en Chine, Zhang
  // Jianzhong, a levé 8 milliards de yuans" (the apposition ends at a comma before a lower-case word).
  const opener = COMPANY_ANAPHOR.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)));
  let appositionEnd = -1;
  // the noun may carry its origin first: "La start-up de San Francisco, qui …, a bouclé"
  const origin = opener && opener.index === 0 ? OPENER_ORIGIN.exec(text.slice(sentence.start + opener[0].length, sentence.end))?.[0] ?? "" : "";
  if (opener && opener.index === 0 && text.charAt(sentence.start + opener[0].length + origin.length) === ",") {
    const closing = /,[ \u00a0]+(?=\p{Ll})/gu;
    closing.lastIndex = sentence.start + opener[0].length + origin.length + 1;
    const close = closing.exec(text);
    if (close && close.index < mention.start) appositionEnd = close.index;
  }
  // "… par trois anciens ingénieurs d'Intel": a former employer describes people; it is no candidate, whatever its role.
  const before = inSentence.filter((e) => e.end <= mention.start && e.start > appositionEnd && !(e.role !== "descriptor" && formerEmployer(e, text, sentence.start))).reverse();
  if (appositionEnd >= 0 && before.length === 0) {
    const resolved = resolveAnaphor(opener as RegExpExecArray, sentenceIndex, ctx, eligible);
    if (resolved) return resolved;
  }

  // 0. "deux fois plus que Meta (224 000)": a figure in brackets right after a name is that name's, whatever its role
  const bracketed = before[0];
  if (bracketed && bracketed.type !== "person" && bracketed.type !== "place" && /^[ \u00a0]*\([ \u00a0]*$/u.test(text.slice(bracketed.end, mention.start))) return bracketed.name;
  // 1. apposition: the mention describes the name just before it.
  for (const e of before) {
    if (mention.start - e.end > 200) break; // an apposition is short: "OpenAI, une société qu'il avait cofondée en 2015"
    if (e.type !== "person" && eligible(e) && e.role !== "attribution" && APPOSITION.test(text.slice(e.end, mention.start))) return e.name;
  }
  // 1a. "Face à Nvidia, qui détient 80 % du marché": a relative clause is about the name it follows, whatever
  //     role the words before gave that name (here a rival's).
  const antecedent = before[0];
  const investing = antecedent?.role === "investor" && (kind === "funding" || kind === "valuation");
  if (antecedent && antecedent.type === "org" && antecedent.role !== "setting" && !investing && RELATIVE_CLAUSE.test(text.slice(antecedent.end, mention.start))) {
    // "… avec le néerlandais X, qui lui fournira 40 000 accélérateurs": done to "lui", the company the text is about
    if (ctx.protagonist && ctx.protagonist !== antecedent.name && actsOnDative(text, antecedent)) return ctx.protagonist;
    return antecedent.name;
  }
  // 1b. "un dirigeant de Khazna, la filiale de G42 chargée des bâtiments, qui exploite 29 centres": the
  //     relative clause after an apposition is about the company the apposition describes, whatever role
  //     the words before gave it.
  for (const e of before) {
    if (e.type === "org" && (eligible(e) || e.role === "descriptor") && RELATIVE_AFTER_APPOSITION.test(text.slice(e.end, mention.start))) return e.name;
  }
  // 2. owner right after an amount.
  if (kind === "valuation" || kind === "funding" || kind === "money" || kind === "gpu_count" || kind === "count") {
    const next = inSentence.find((e) => e.start >= mention.end && e.start - mention.end <= 6);
    if (next && next.type !== "person" && eligible(next) && OWNER_AFTER.test(text.slice(mention.end, next.start))) return next.name;
  }
  // "un apport de 1,2 milliard (environ 160 millions d'euros) à DCAI": a round belongs to whom it goes to.
  if (kind === "funding") {
    const to = inSentence.find((e) => e.start >= mention.end && e.start - mention.end <= 60 && e.type === "org" && eligible(e));
    if (to && GIVEN_TO.test(text.slice(mention.end, to.start))) return to.name;
  }
  if (kind === "percent") {
    const next = inSentence.find((e) => e.start >= mention.end && e.start - mention.end <= 8);
    if (next && next.type !== "person" && eligible(next) && /^[^\S\n]*(?:pour|chez)[^\S\n]+$/u.test(text.slice(mention.end, next.start))) return next.name;
  }
  // 2a. "rachetée par Thales pour 300 millions d'euros": the price is the acquirer's, though it owns the
  //     company the sentence is about.
  if (kind === "money" || kind === "valuation") {
    const named = before[0];
    if (named && PRICE_AFTER_OWNER.test(text.slice(named.end, mention.start))) {
      if (named.role === "owner") return named.name;
      const window = text.slice(Math.max(sentence.start, named.start - 80), named.start);
      // "Kering a cédé sa division beauté à L'Oréal pour 4 milliards d'euros": the price is the buyer's.
      if (named.type === "org" && SOLD_TO.test(window)) return named.name;
      // "ServiceNow rachète la start-up Ondine Labs pour 1,2 milliard": the target's price is its buyer's, the
      // organisation named before the verb.
      const verb = named.type === "org" ? BOUGHT_BEFORE.exec(window) : null;
      if (verb) {
        const verbAt = named.start - window.length + verb.index;
        const acquirer = before.find((e) => e.end <= verbAt && e.type === "org");
        if (acquirer) return acquirer.name;
      }
    }
  }
  // 2b. a passive agent right after: "les 100 millions de dollars dépensés par OpenAI".
  const agent = inSentence.find((e) => e.start >= mention.end && e.start - mention.end <= 40);
  if (agent && agent.type !== "person" && eligible(agent) && PASSIVE_AGENT.test(text.slice(mention.end, agent.start))) return agent.name;
  // A source right before a date is the subject of that date: "indiquait The Information samedi 25 mai".
  if (kind === "date") {
    const last = before[0];
    if (last && last.role === "attribution" && /^[^\S\n]{1,2}$/u.test(text.slice(last.end, mention.start))) return last.name;
  }
  // 3a. "Fondée par X, un ancien d'OpenAI, la jeune pousse revendique …": a company noun opening the main
  //     clause after a comma, nearer the mention than every name, is the subject.
  const { anaphor: clauseNoun } = sentenceCues(sentenceIndex, ctx);
  if (clauseNoun) {
    const at = sentence.start + clauseNoun.index;
    const nearest = before[0];
    if (at < mention.start && (!nearest || at >= nearest.end) && /,[ \u00a0]*$/u.test(text.slice(Math.max(sentence.start, at - 3), at))) {
      // with no company in the sentences just before, the noun stands for the article's company
      const resolved = resolveAnaphor(clauseNoun, sentenceIndex, ctx, eligible) ?? ctx.protagonist;
      if (resolved) return resolved;
    }
  }
  // 3b. "Ce dernier prévoit de produire 600 000 puces": the name before it, when no name stands between.
  const { latest } = sentenceCues(sentenceIndex, ctx);
  if (latest >= 0 && sentence.start + latest < mention.start && (!before[0] || before[0].end <= sentence.start + latest)) {
    const resolved = latestNamed(sentence.start + latest, sentenceIndex, ctx);
    if (resolved) return resolved;
  }
  // 3. nearest name before.
  let genitive: Entity | null = null;
  let place: Entity | null = null;
  for (const e of before) {
    // "Arrivé de chez Renault, Luca de Meo présentera …": where someone comes from is not what the sentence is about.
    if (cameFrom(e, text)) continue;
    // "Mistral AI, qui a racheté Kyutai l'an dernier, vise 300 millions": a name inside a closed relative clause
    // is not the subject of what follows the clause.
    if (insideClosedRelative(text, sentence.start, e, mention.start)) continue;
    // "deux anciennes chercheuses de l'université de Valdorne, la société …": where its people worked before
    if (e.role === "genitive" && formerEmployer(e, text, sentence.start)) continue;
    if (e.type === "person") {
      if (/(?:^|[^\p{L}])par[ \u00a0]+(?:[\p{L}'’-]+[ \u00a0]+){0,2}$/iu.test(text.slice(Math.max(sentence.start, e.start - 30), e.start))) continue;
      const founded = foundedHead(e, before, ctx, eligible);
      if (founded) return founded.name;
      if (genitive) return genitive.name;
      return companyOf(e, ctx) ?? ctx.protagonist;
    }
    // "le groupe dirigé par Hock Tan": whoever leads or founded it (a name the first-name list does not know)
    // is not what the sentence is about.
    if (ledBy(e)) continue;
    // "Saracura AI entraîne son modèle Iara 3 sur 1 536 GPU": the chips are the trainer's, not the model's
    if (kind === "gpu_count" && TRAINED.test(text.slice(Math.max(sentence.start, e.start - 40), e.start))) continue;
    // "Le fondateur de Tesla et SpaceX a annoncé ...": a person described, not named, is the protagonist's
    // person; "Sam Altman, le patron d'OpenAI, veut ...": named, it is that company.
    if (e.role === "descriptor" && !genitive) {
      // "ancienne directrice technique d'OpenAI": a former employer describes the person, nothing more.
      if (formerEmployer(e, text, sentence.start)) continue;
      const head = appositionHead(e, before, ctx, eligible);
      if (head) return head.name;
      const named = firstNear(e, ctx, (p) => p.type === "person") !== null;
      return named ? e.name : (ctx.protagonist ?? e.name);
    }
    if (!eligible(e) || e.role === "attribution") continue;
    // "l'Arcep lui a infligé une amende de 14 millions", "l'État lui versera 290 milliards de subventions": what an
    // agent does to "lui" is the company's the text is about
    if (ctx.protagonist && ctx.protagonist !== e.name && e.type !== "place" && actsOnDative(text, e)) return namedReceiver(mention, inSentence, text) ?? ctx.protagonist;
    // "DeepSeek bouscule la Silicon Valley avec ...": a place is the subject only when no name is.
    if (e.type === "place") {
      place ??= e;
      continue;
    }
    if (e.role === "agent") return e.name;
    genitive ??= e;
  }
  if (genitive) return genitive.name;
  // "Les Etats-Unis ne pèsent plus que 22 % des ventes": a market's share of the sales is the company's figure, and so
  // is a region's in a paragraph of sales by region ("L'Europe progresse de 3,1 %, à 1,92 milliard").
  if (place) return ctx.protagonist && (SHARE_OF_ACCOUNTS.test(text.slice(mention.end, mention.end + 40)) || salesByRegion(text, place)) ? ctx.protagonist : place.name;
  // 4. a date opening the sentence.
  if (kind === "date" && /^\s*(?:[\p{L}'’-]+[\s,]+){0,2}$/u.test(text.slice(sentence.start, mention.start))) {
    const after = inSentence.find((e) => e.start >= mention.end && e.start - mention.end <= 80 && e.type !== "person" && eligible(e) && e.role !== "attribution" && !ledBy(e) && !cameFrom(e, text) && !formerEmployer(e, text, sentence.start));
    // "Fondée en 2019 par X, la société commercialise Sonavia": a company noun opening the main clause comes first
    const { anaphor: clauseOpener } = sentenceCues(sentenceIndex, ctx);
    const openerAt = clauseOpener ? sentence.start + clauseOpener.index : -1;
    if (clauseOpener && openerAt > mention.end && (!after || openerAt < after.start) && /,[ \u00a0]*$/u.test(text.slice(Math.max(sentence.start, openerAt - 3), openerAt))) {
      const resolved = resolveAnaphor(clauseOpener, sentenceIndex, ctx, eligible) ?? ctx.protagonist;
      if (resolved) return resolved;
    }
    if (after) return after.name;
  }
  // 5. an anaphor. "le fonds" after "le fonds spéculatif High-Flyer" is High-Flyer (same head noun); a company
  //    noun as the sentence's subject ("L'entreprise emploie 160 personnes") continues the protagonist when the
  //    protagonist was just mentioned; as an object ("contre l'entreprise") it is the organisation named last.
  //    A pronoun ("il", "elle") looks at the sentence before, and further back only along a chain of
  //    pronouns ("Colossus a été inauguré. Il s'agit du plus puissant. ... il est complété par 100 000 H100").
  const { anaphor, pronoun } = sentenceCues(sentenceIndex, ctx);
  if (anaphor) {
    const resolved = resolveAnaphor(anaphor, sentenceIndex, ctx, eligible);
    if (resolved) return resolved;
  } else if (pronoun) {
    for (let i = sentenceIndex - 1; i >= Math.max(0, sentenceIndex - 3); i--) {
      const s = ctx.sentences[i] as Sentence;
      // (a round's investor is no antecedent: "… menée par le fonds X. Elle était valorisée …" is the company)
      const first = firstIn(s, ctx, (e) => e.type === "person" || (eligible(e) && e.role !== "attribution" && e.role !== "investor" && !cameFrom(e, ctx.text) && !formerEmployer(e, ctx.text, s.start)));
      if (first) return first.type === "person" ? (companyOf(first, ctx) ?? ctx.protagonist) : first.name;
      if (!sentenceCues(i, ctx).pronoun) break;
    }
  }
  // 5a. "les ventes du groupe" after its brands (Gucci, Saint Laurent) in the paragraph: the article's group.
  if (ctx.protagonist && OF_THE_GROUP.test(text.slice(sentence.start, mention.start))) return ctx.protagonist;
  // 6. the paragraph's topic, when the protagonist is not in it: "Aux États-Unis, OpenAI, SoftBank et
  //    Oracle ont annoncé le projet Stargate. La première tranche de 100 milliards de dollars ..." -> OpenAI.
  return paragraphTopic(sentenceIndex, ctx, eligible) ?? ctx.protagonist;
}

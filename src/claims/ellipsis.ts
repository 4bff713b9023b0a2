// A bare scaled number that takes its unit from the claim before it:
// "un chiffre d'affaires de 57 milliards de dollars, au-dessus des 54,6 milliards attendus" -> 54.6e9 USD;
// "800 millions d'utilisateurs, contre 400 millions en février" -> 400e6 utilisateurs;
// "150 millions d'euros, dont 45 millions d'argent public" -> 45e6 EUR (a money noun counts nothing else).

import type { NumberMention } from "../recognise/types.js";
import { lookupCurrency, SPACED_LOWER_SCALES } from "../recognise/lexicon-fr.js";
import { recogniseMoney } from "../recognise/money.js";
import { recogniseNumbers } from "../recognise/number.js";
import { inScaleOfLast, lastOfRespectiveList } from "../recognise/respectively.js";
import { narrow, narrowRegExp } from "../text/narrow-classes.js";
import { isPostcode } from "../text/postcode.js";
import { sentenceAt } from "../text/sentences.js";
import { titleEndOf } from "../context/entities.js";
import { PLACES } from "../context/names-fr.js";
import { amountRule, bareStage } from "./amount.js";
import { countRule } from "./count.js";
import { gpuCountRule } from "./gpu-count.js";
import { makeDraft } from "./draft.js";
import { ACCELERATOR_NOUNS, MEASURE_NOUNS, MONEY_NOUN_AFTER, NOT_COUNTED, VAGUE_QUANTITY } from "./lexicon.js";
import type { ClaimDraft, Rule, RuleContext } from "./types.js";

// ("deux milliards et demi": the half is of the scale)
const SCALED = narrowRegExp(`(?:milliards?|millions?|Mds?|Mrds?|Md|crores?|lakhs?|${SPACED_LOWER_SCALES})(?:[ \u00a0]+et[ \u00a0]+demie?)?$`, "u");
// "37 milliards de paramètres": the number counts something else ("1,5 milliard de plus", "d'ici 2030" name nothing).
// ("1,05 milliard de l'Union", "de la Région", "50 millions de l'agglomération", "à 40 millions de l'objectif": where the money
// comes from or what it falls short of; a counted noun comes with no article)
// ("70 millions depuis 2024": "de" is a word of its own, not the start of "depuis"; "une dizaine d'autres" names no noun)
const OTHER_NOUN = narrow(/^[ \u00a0\u202f]*(?:de(?![\p{L}])|d['’])[ \u00a0\u202f]*(?!(?:plus|moins|ici|autres)(?![\p{L}]))(?!(?:la[ \u00a0]+|l['’]))\p{L}/u);
// "une subvention de 4,5 millions de Québec": the place the money comes from, not what is counted ("4 millions de
// Français" count people)
const CAPITALISED_AFTER_DE = narrow(/^[ \u00a0\u202f]*(?:de|d['’])[ \u00a0\u202f]*(\p{Lu}[\p{L}-]*)/u);
function fromAPlace(after: string): boolean {
  const name = CAPITALISED_AFTER_DE.exec(after)?.[1];
  return name !== undefined && PLACES.has(name);
}
const MONEY_KINDS = new Set(["money", "valuation", "funding"]);

// "soit près de deux fois plus que Meta (224 000)", "jusqu'à 120 000 GPU, dont 60 000 dans ...",
// "100 000 jeunes formés, contre environ 40 000 aujourd'hui", "Nos 14 000 GPU seront 30 000", "11 millions de puces,
// celle de la Chine 3 millions": a bare number that counts what the claim before counted.
// ("L'effectif, de 620 salariés, doit être porté à 800": a figure raised to another)
const COUNTED_AGAIN = narrow(/(?:\(|(?:^|[^\p{L}])(?:dont(?:[ \u00a0]+(?:les|ses|leurs))?|contre|soit|puis|et(?:[ \u00a0]+(?:non|pas))?|porté(?:e|s|es)?[ \u00a0]+à|porter[ \u00a0]+à|seront|serons|seraient|deviendront|être|(?:celle|celui|celles|ceux)[ \u00a0]+(?:de|du|des|d['’])[ \u00a0]*(?:(?:la|le|les|l['’])[ \u00a0]*)?[\p{L}'’-]+(?:[ \u00a0]+[\p{L}'’-]+)?))[ \u00a0]*(?:(?:environ|près[ \u00a0]+de|plus[ \u00a0]+de|moins[ \u00a0]+de|quelque)[ \u00a0]+|jusqu['’]à[ \u00a0]*)?$/iu);

// "Nous serons à 35 000", "ce qui portera son parc à près de 40 000", "nous pourrions monter à 200 000", "ramener ses
// effectifs à 8 800", "et vise 150 000 d'ici la fin de l'année", "dépasser les 20 000": the figure a count will reach,
// told in its sentence or the one after
const RAISED_TO = narrow(/(?:^|[^\p{L}])(?:(?:serons|seront|sera|serait|seraient|être)[ \u00a0]+à|(?:port(?:e|ent|er|era|eront|erait|eraient|ant|é|ée|és|ées)|ram[eè]n(?:e|ent|er|era|eront|erait|eraient|ant|é|ée|és|ées)|rédui(?:re|ra|ront|rait|raient|t|sent|sant))(?:[ \u00a0]+(?:notre|nos|son|sa|ses|leur|leurs|le|la|les)[ \u00a0]+(?:parc|flotte|effectifs?|nombre|total|équipes?|réseau|base))?[ \u00a0]+à|(?:monter|montera|monteront|grimper|grimpera|passer|passera|passeront)[ \u00a0]+à|vis(?:e|ent|ons|ait|aient|er)|tabl(?:e|ent|ons|ait|aient)[ \u00a0]+sur|(?:atteindre|dépasser)[ \u00a0]+les)[ \u00a0]*(?:(?:environ|près[ \u00a0]+de|plus[ \u00a0]+de|moins[ \u00a0]+de|quelque|au[ \u00a0]+moins)[ \u00a0]+)?$/iu);

// "une valorisation de 40 millions", "un chiffre d'affaires de 3 milliards": a noun of money before a bare amount.
const AMOUNT_NOUN_BEFORE = narrow(/(?<![\p{L}])(?:valorisation|valeur|montant|prix|coût|budget|chiffre[ \u00a0]+d['’]affaires|capitalisation|levée|financement|dette|perte|bénéfice|enveloppe|dépenses?|investissement|subvention|dotation|somme|facture|recettes?|revenus?|amende|prêt|emprunt)[ \u00a0]+(?:de|d['’]|à)[ \u00a0]*(?:(?:environ|près[ \u00a0]+de|plus[ \u00a0]+de|quelque)[ \u00a0]+)?$/iu);
// "et en construira 120", "compte en écouler 500 000", "Il en a livré 200", "il en manque 3 000": the pronoun "en"
// stands for what was counted, in this sentence or the one before. The word after it is a verb (an auxiliary, a verb of having,
// making, selling or aiming, an infinitive, a future or a conditional), not the noun of a preposition ("en
// isotope 235", "en moyenne 30").
const EN_PRONOUN = narrowRegExp(
  String.raw`(?:^|[^\p{L}])en[ \u00a0]+(?:(?:a|ont|avait|avaient|aura|auront|aurait|est|sont|compte|comptent|aligne|alignent|écoule|écoulent|loue|louent|opère|opèrent|revendique|revendiquent|revendiquait|affiche|affichent|affichait|affichaient|annonce|annoncent|promet|promettent|décroche|décrochent|obtient|obtiennent|comptait|comptaient|exploitait|exploitaient|possédait|détenait|alignait|avons|aurons|avions|comptons|possédons|détenons|exploitons|vendons|livrons|produisons|visons|attendons|prévoyons|installons|déployons|employons|recrutons|commandons|possède|détient|vend|vendent|livre|livrent|produit|commande|prévoit|vise|visent|attend|attendent|espère|installe|déploie|achète|fabrique|exporte|importe|abrite|héberge|exploite|utilise|emploie|emploient|employait|recrute|recrutent|embauche|embauchent|recense|recensent|dénombre|accueille|accueillent|forme|forment|totalise|totalisent|totalisait|totalisaient|cumule|cumulent|cumulait|cumulaient|réalise|réalisent|réalisait|réalisaient|manque|manquent|manquait|manquaient|reste|restent|restait|restaient)(?:[ \u00a0]+(?:aujourd['’]hui|\p{Ll}+))?|avoir[ \u00a0]+(?:déjà[ \u00a0]+)?\p{Ll}{3,}|(?:faire[ \u00a0]+)?\p{Ll}+(?:er|ir|re|ra|ront|rons|rait|raient)(?:[ \u00a0]+(?:aujourd['’]hui|désormais|déjà))?)` +
    // ("n'en a manqué que 21": only so many)
    String.raw`[ \u00a0]+(?:(?:environ|(?:un[ \u00a0]+peu[ \u00a0]+)?(?:plus|moins)[ \u00a0]+de|près[ \u00a0]+de|pas[ \u00a0]+moins[ \u00a0]+de|au[ \u00a0]+moins|à[ \u00a0]+peine|quelque|jusqu['’]à|que|qu['’]|seulement)[ \u00a0]*)?$`,
  "u",
);

// What brings money in or costs it: "la billetterie a rapporté", "a encaissé", "a perçu", "a coûté".
const EARNING_VERBS = String.raw`(?<![\p{L}])(?:rapport(?:é|e|era|ent|ait|erait)|encaiss(?:é|e|era|ent|ait)|coût(?:é|e|era|ent|ait)|perçu|touché)(?![\p{L}])`;
const EARNED = narrowRegExp(EARNING_VERBS, "iu");

// "entre 1 850 et 2 465 mètres": a number before a unit measures; it counts nothing said before.
const UNIT_AFTER = /^[ \u00a0\u202f]*(\p{Ll}+)/u;
const SCORE = /^[-–]\d/u;
// "à 30 MW", "150 km", "12 Go": a unit's symbol
const UNIT_SYMBOL_AFTER = /^[ \u00a0\u202f]?(?:[kMGT]Wh?|km|m[²²23³]|Go|To|Mo|ha|kg|t(?![\p{L}])|°|nm)(?![\p{L}])/u;

// "contre 16 à 18 euros", "de 3 à 5 %": the lower end of a range whose upper end is an amount or a share
const RANGE_LINK = /^[ \u00a0\u202f]*(?:à|-|–)[ \u00a0\u202f]*(?=\d)/u;
const SHARE = /^\d[\d \u00a0\u202f]*(?:[,.]\d+)?[ \u00a0\u202f]*%/u;
function lowerEndOfAmountRange(m: NumberMention, text: string): boolean {
  const link = RANGE_LINK.exec(text.slice(m.end, m.end + 8));
  if (!link) return false;
  const upper = text.slice(m.end + link[0].length, m.end + link[0].length + 60);
  return SHARE.test(upper) || recogniseMoney(upper)[0]?.start === 0;
}
const AMONG_THEM = /^[ \u00a0]+d['’]entre[ \u00a0]+(?:eux|elles)(?![\p{L}])/u;

function countedBefore(m: NumberMention, ctx: RuleContext, among = false): ClaimDraft | null {
  if (m.yearLike || !Number.isInteger(m.value) || m.value < 1) return null;
  const unit = UNIT_AFTER.exec(ctx.text.slice(m.end, m.end + 30));
  if ((unit && MEASURE_NOUNS.has(unit[1] as string)) || UNIT_SYMBOL_AFTER.test(ctx.text.slice(m.end, m.end + 6))) return null;
  if (lowerEndOfAmountRange(m, ctx.text)) return null;
  // "face à Colomiers (31-17)": a score
  if (SCORE.test(ctx.text.slice(m.end, m.end + 4)) || isPostcode(ctx.text, m.start, m.end)) return null;
  const s = ctx.sentences[ctx.sentenceIndex];
  if (!s) return null;
  const before = ctx.text.slice(Math.max(0, m.start - 40), m.start);
  const pronoun = EN_PRONOUN.test(before);
  const raised = RAISED_TO.test(before);
  // ("… 20 000 accélérateurs. Les livraisons s'étalent jusqu'en mars. Iselvo en exploite déjà 6 000": "en" may stand
  // for what was counted two sentences before)
  const from = pronoun || raised || among ? (ctx.sentences[Math.max(0, ctx.sentenceIndex - (pronoun ? 2 : 1))] as typeof s).start : s.start;
  const prev = pronoun || raised ? likeliestCounted(m, from, ctx) : ctx.lastCount && ctx.lastCount.start >= from ? ctx.lastCount : null;
  if (prev && pronoun && measureBetween(ctx.text, Math.max(prev.end, s.start), m.start)) return null;
  if (!prev) return answerToHowMany(m, ctx);
  // (a list's items are held to their shape, so a figure under ten may be one: "15 en 2028 et 8 en 2029"; so is one after "en",
  // "en a fermé 5")
  const again = (among && typeof prev.value === "number" && m.value < prev.value) || pronoun || m.value >= 10 && (raised || COUNTED_AGAIN.test(ctx.text.slice(Math.max(s.start, m.start - 50), m.start)) || rangeEnd(prev, m, ctx.text) || partAndWhole(prev, m, ctx.text));
  if (!again && !listItem(prev, m, ctx.text) && !toldBySource(prev, m, ctx.text)) return null;
  return makeDraft(m, prev.kind, m.value, prev.unit, ctx, {
    rule: `${prev.kind}/same noun as before`, confidence: 0.65, approx: m.approx, attributes: prev.kind === "gpu_count" && prev.attributes.vendor ? { vendor: prev.attributes.vendor } : {},
  });
}

// "conçue pour durer quarante ans ; elle en fera soixante": the last figure before "en" measures (years, kilometres),
// and "en" stands for its unit, which no count carries
// (not a time told around it, "contre 90 il y a deux ans, et prévoit d'en recruter 360", nor a multiple, "63 fois moins
// coûteux, en annonce 900")
function measureBetween(text: string, from: number, to: number): boolean {
  const numbers = recogniseNumbers(text.slice(from, to));
  const last = numbers[numbers.length - 1];
  if (!last || TIME_ADVERBIAL_BEFORE.test(text.slice(Math.max(from, from + last.start - 12), from + last.start))) return false;
  const unit = UNIT_AFTER.exec(text.slice(from + last.end, from + last.end + 30));
  return unit !== null && unit[1] !== "fois" && MEASURE_NOUNS.has(unit[1] as string);
}
const TIME_ADVERBIAL_BEFORE = narrow(/(?:^|[^\p{L}])(?:il[ \u00a0]+y[ \u00a0]+a|dans|en|depuis|pendant|d['’]ici|après|sur)[ \u00a0]+$/iu);

// "Combien de GPU exploitez-vous ? — Nous en avons 18 500": an interview's answer counts what its question asked about
const HOW_MANY = narrowRegExp(String.raw`(?<![\p{L}])combien[ \u00a0]+(?:de[ \u00a0]+|d['’])((?:${ACCELERATOR_NOUNS})(?![\p{L}])|\p{Ll}[\p{Ll}-]+s(?![\p{L}]))[^?\n]*\?`, "iu");
const ACCELERATOR = narrowRegExp(`^(?:${ACCELERATOR_NOUNS})$`, "iu");
// "Combien êtes-vous ?": how many people the company is
const HOW_MANY_ARE_YOU = narrow(/(?<![\p{L}])combien[ \u00a0]+(?:êtes-vous|sont-ils|sont-elles|de[ \u00a0]+personnes)(?![\p{L}])[^?\n]*\?/iu);
function answerToHowMany(m: NumberMention, ctx: RuleContext): ClaimDraft | null {
  const question = ctx.sentences[ctx.sentenceIndex - 1];
  if (!question || m.value < 10) return null;
  if (HOW_MANY_ARE_YOU.test(ctx.text.slice(question.start, question.end))) {
    return makeDraft(m, "count", m.value, "personnes", ctx, { rule: "count/how many are you", confidence: 0.6, approx: m.approx });
  }
  const asked = HOW_MANY.exec(ctx.text.slice(question.start, question.end));
  if (!asked || NOT_COUNTED.has(asked[1] as string) || MEASURE_NOUNS.has(asked[1] as string)) return null;
  const noun = asked[1] as string;
  const kind = ACCELERATOR.test(noun) ? "gpu_count" : "count";
  return makeDraft(m, kind, m.value, kind === "gpu_count" ? "GPU" : noun, ctx, { rule: `${kind}/the question's noun`, confidence: 0.6, approx: m.approx });
}

// A list that leaves out the noun after its first item: "perdrait 430 postes, celui de Poitiers 380, Saint-Étienne 290 et
// Tulle 170" (a name, then its figure), "310 suppressions concernent la Bretagne, 245 la Normandie et 190 l'Alsace" and
// "12 recrutements en 2027, 15 en 2028 et 8 en 2029" (a figure, then what it is for, shaped like the first item's end).
const SEP = String.raw`[ \u00a0]*(?:[,;]|[ \u00a0]et)[ \u00a0]+`;
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){0,2}`;
const FIGURE = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})*`;
// (a hedge may stand before the figure: "Brumière en revendique 18 000, Lingshu quelque 40 000")
const NAME_THEN_FIGURE = String.raw`(?:(?:celui|celle|ceux|celles)[ \u00a0]+(?:de|du|des|d['’])[ \u00a0]*)?(?:(?:la|le|les|l['’])[ \u00a0]*)?${NAME}[ \u00a0]+(?:(?:quelque|environ|près[ \u00a0]+de|plus[ \u00a0]+de|moins[ \u00a0]+de)[ \u00a0]+)?`;
// (or a time: "8 000 GPU dès cet été, 16 000 à l'automne et 12 000 en 2029")
const WHEN = String.raw`(?:(?:à|en|au|dès|d['’]ici)[ \u00a0]+)?(?:(?:l['’]|cet|ce|cette)[ \u00a0]*)?(?:automne|été|hiver|printemps|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|(?:premier|deuxième|second|troisième|quatrième)[ \u00a0]+(?:trimestre|semestre)|\d{4})(?![\p{L}\p{N}])`;
const FOR_WHAT = String.raw`(?:(?:(?:la|le|les|l['’]|à|au|aux|en|pour)[ \u00a0]*)?${NAME}|${WHEN})`;
const ITEM_END = String.raw`(?=[ \u00a0]*(?:[,;.)]|et[ \u00a0]|$))`;
const NAMES_THEN_FIGURES = new RegExp(`^(?:${SEP}${NAME_THEN_FIGURE}${FIGURE})*${SEP}${NAME_THEN_FIGURE}$`, "u");
const FIGURES_THEN_NAMES = new RegExp(`^[^,;:\\d]{0,60}?[ \\u00a0]${FOR_WHAT}(?:${SEP}${FIGURE}[ \\u00a0]+${FOR_WHAT})*${SEP}$`, "u");
const ITEM_ENDS = new RegExp(`^${ITEM_END}`, "u");
const FOR_WHAT_AFTER = new RegExp(`^[ \\u00a0]+${FOR_WHAT}${ITEM_END}`, "u");
function listItem(prev: ClaimDraft, m: NumberMention, text: string): boolean {
  if (m.start - prev.end > 200) return false;
  const between = text.slice(prev.end, m.start);
  const after = text.slice(m.end, m.end + 60);
  if (ITEM_ENDS.test(after) && NAMES_THEN_FIGURES.test(between)) return true;
  return FOR_WHAT_AFTER.test(after) && FIGURES_THEN_NAMES.test(between);
}

// "1,1 million de manifestants selon les syndicats, 386 000 selon la police", "230 salariés selon la CGT, 150 selon la
// direction": the same count told by another source
const SOURCE_BETWEEN = narrow(/^[ \u00a0]*(?:selon|d['’]après|pour)[ \u00a0][^\d.;:!?\n]{1,50},[ \u00a0]*(?:et[ \u00a0]+)?$/iu);
const SOURCE_AFTER = narrow(/^[ \u00a0]+(?:selon|d['’]après|pour)[ \u00a0]+(?:la|le|les|l['’]|\p{Lu})/u);
function toldBySource(prev: ClaimDraft, m: NumberMention, text: string): boolean {
  return m.start - prev.end <= 60 && SOURCE_BETWEEN.test(text.slice(prev.end, m.start)) && SOURCE_AFTER.test(text.slice(m.end, m.end + 16));
}

// A part and its whole: "60 postes sur 230", "95 suppressions de postes sur 310" (the whole after), "Sur les 230 postes
// supprimés, 95 concernent …" (the part after). The whole is the larger.
// ("sur les 610 que compte l'entreprise": the whole, told by what holds it)
const HELD_BY_AFTER = narrow(/^[ \u00a0]+(?:que|qu['’])[ \u00a0]*(?:compte|comptent|comptait|comptaient|emploie|emploient|employait|possède|possèdent|possédait|exploite|exploitent|exploitait|détient|détiennent|détenait)(?![\p{L}])/u);
// "180 postes sur 1 100 d'ici au 30 juin": a deadline after the whole
const WHEN_AFTER = narrow(/^[ \u00a0]+(?:d['’]ici|(?:en|fin|début|mi-)[ \u00a0]*\d{4}(?![\p{N}])|au[ \u00a0]+total(?![\p{L}]))/u);
const WHOLE_AFTER = narrow(/^(?:[ \u00a0]+[\p{Ll}'’]+){0,3}[ \u00a0]+sur[ \u00a0]+(?:les[ \u00a0]+)?$/u);
// ("Sur un échantillon de 900 dossiers, 312 …", "sur un total de")
const WHOLE_FIRST = narrow(/(?:^|[^\p{L}])(?:sur|parmi)[ \u00a0]+(?:les|ces|ses|leurs|nos|un[ \u00a0]+(?:échantillon|total|panel|ensemble|groupe)[ \u00a0]+de)[ \u00a0]+$/iu);
const PART_AFTER = narrow(/^[^,.;:!?\d]{0,50},[ \u00a0]+(?:(?:seuls?|seules?|seulement|à[ \u00a0]+peine|environ|près[ \u00a0]+de|plus[ \u00a0]+de|moins[ \u00a0]+de)[ \u00a0]+)?$/u);
function partAndWhole(prev: ClaimDraft, m: NumberMention, text: string): boolean {
  const between = text.slice(prev.end, m.start);
  if (typeof prev.value !== "number") return false;
  if (m.value > prev.value) {
    const after = text.slice(m.end, m.end + 30);
    return WHOLE_AFTER.test(between) && (ITEM_ENDS.test(after) || HELD_BY_AFTER.test(after) || WHEN_AFTER.test(after));
  }
  return m.value < prev.value && PART_AFTER.test(between) && WHOLE_FIRST.test(text.slice(Math.max(0, prev.start - 30), prev.start));
}

/**
 * What "en" or a figure to reach counts again: of the counts since `from`, the one nearest in size and sentence ("exploite 5 120 GPU
 * dans deux centres de données, et prévoit d'en aligner 12 000": GPUs), the later of two as near.
 */
function likeliestCounted(m: NumberMention, from: number, ctx: RuleContext): ClaimDraft | null {
  let best: ClaimDraft | null = null;
  let bestGap = Infinity;
  for (let i = ctx.counts.length - 1; i >= 0; i--) {
    const c = ctx.counts[i] as ClaimDraft;
    if (c.start < from) break;
    if (typeof c.value !== "number" || c.value <= 0) continue;
    // (half a power of ten for each sentence back: "9 tirs orbitaux …, quand les Etats-Unis en totalisaient plus de
    // 190" counts launches, not the "11 lancements" of the sentence before)
    const back = ctx.sentenceIndex - sentenceAt(ctx.sentences, c.start);
    const gap = Math.abs(Math.log10(c.value) - Math.log10(m.value)) + 0.5 * back;
    if (gap < bestGap - 1e-9) [best, bestGap] = [c, gap];
  }
  return best ?? (ctx.lastCount && ctx.lastCount.start >= from ? ctx.lastCount : null);
}

// "passera de 2 100 véhicules aujourd'hui à 8 000 fin 2028": the upper end of a range counts what its lower end counted
const FROM_BEFORE = /(?:^|[^\p{L}])de[ \u00a0]+$/u;
// (a word or two between, as "aujourd'hui": not "de 3,5 kilomètres acheminera de l'eau à 55 °C")
// (and a rate: "de 65 000 plaquettes par mois aujourd'hui à 110 000")
const RANGE_GAP = narrow(/^(?:[ \u00a0]+par[ \u00a0]+(?:an|mois|jour|semaine|heure))?(?:[ \u00a0]+[\p{L}'’-]+){0,2}[ \u00a0]+à[ \u00a0]+$/u);
function rangeEnd(prev: ClaimDraft, m: NumberMention, text: string): boolean {
  return FROM_BEFORE.test(text.slice(Math.max(0, prev.start - 4), prev.start)) && m.start - prev.end < 40 && RANGE_GAP.test(text.slice(prev.end, m.start)) && !/^[ \u00a0\u202f]*[°%‰]/u.test(text.slice(m.end, m.end + 3));
}

const RANGE_UPPER = narrow(/^[ \u00a0]+à[ \u00a0]+(\d[\d \u00a0\u202f]*(?:,\d+)?[ \u00a0]+(?:millions?|milliards?)((?:[ \u00a0]+de[ \u00a0]+|[ \u00a0]+d['’])[\p{L}][\p{L}-]*))/u);
const UPPER_NOUN = narrow(/^(?:[ \u00a0]+de[ \u00a0]+|[ \u00a0]+d['’])([\p{L}][\p{L}-]*)$/u);

// "Le chiffre : 4,6 millions. C'est le nombre de GPU livrés …", "1 000 milliards. C'est, en dollars, ce que …": a figure
// ending its sentence, named by the next one
const NAMED_NEXT = narrowRegExp(
  String.raw`^[^\S
]*(?:\.[^\S
]*|
)C['’]est(?:[^\S
]+le[^\S
]+nombre[^\S
]+(?:de|d['’])[^\S
]*(?<noun>\p{L}[\p{L}-]*)|,?[^\S
]+en[^\S
]+(?<currency>dollars|euros|francs|livres|yens|yuans|wons)[^\S
]*,)`,
  "u",
);
function namedNext(m: NumberMention, ctx: RuleContext): ClaimDraft | null {
  const named = NAMED_NEXT.exec(ctx.text.slice(m.end, m.end + 80));
  const noun = named?.groups?.noun;
  if (noun) {
    const kind = ACCELERATOR.test(noun) ? "gpu_count" : "count";
    return makeDraft(m, kind, m.value, kind === "gpu_count" ? "GPU" : noun, ctx, { rule: `${kind}/named by the next sentence`, confidence: 0.6, approx: m.approx });
  }
  const currency = named?.groups?.currency ? lookupCurrency(named.groups.currency) : undefined;
  return currency ? amountRule.extract({ start: m.start, end: m.end, value: m.value, currency, number: m }, ctx) : null;
}

// "9,8 millions d'abonnés payants dans 41 pays, dont 3,2 millions en France": after "dont", a part of the count of its
// sentence that is larger and nearest in size, not an amount
const PART_OF = narrow(/,[ \u00a0]*dont[ \u00a0]+(?:(?:environ|près[ \u00a0]+de|plus[ \u00a0]+de|quelque)[ \u00a0]+)?$/u);
const PART_OF_ANOTHER_AFTER = narrow(/^[ \u00a0]+(?:sur|des|d['’]entre|parmi)(?![\p{L}])/u);
function partOfACount(m: NumberMention, ctx: RuleContext): ClaimDraft | null {
  const sentence = ctx.sentences[ctx.sentenceIndex];
  if (!sentence || m.value < 2 || !PART_OF.test(ctx.text.slice(Math.max(sentence.start, m.start - 30), m.start))) return null;
  // ("dont neuf sur dix", "dont trois des cinq plus grandes": a proportion, a part of another group)
  if (PART_OF_ANOTHER_AFTER.test(ctx.text.slice(m.end, m.end + 12))) return null;
  let whole: ClaimDraft | null = null;
  for (let i = ctx.counts.length - 1; i >= 0; i--) {
    const c = ctx.counts[i] as ClaimDraft;
    if (c.start < sentence.start) break;
    if (typeof c.value !== "number" || c.value <= m.value) continue;
    if (!whole || Math.log10(c.value / m.value) < Math.log10((whole.value as number) / m.value)) whole = c;
  }
  if (!whole) return null;
  return makeDraft(m, whole.kind, m.value, whole.unit, ctx, { rule: `${whole.kind}/a part of the count before`, confidence: 0.65, approx: m.approx });
}

// "avec respectivement 64 000 et 58 000 puces", "emploient respectivement 1 200 et 800 salariés": a figure before the
// last of a list told "respectivement" counts what the last counts
function countedRespectively(m: NumberMention, ctx: RuleContext): ClaimDraft | null {
  if (!ctx.text.slice(Math.max(0, m.start - 100), m.start).includes("respectivement")) return null;
  const numbers = recogniseNumbers(ctx.text.slice(m.start, m.start + 120)).map((n) => ({ ...n, start: n.start + m.start, end: n.end + m.start }));
  const index = numbers.findIndex((n) => n.start === m.start);
  const last = index < 0 ? null : lastOfRespectiveList(ctx.text, numbers, index);
  // ("qui ont apporté respectivement 6 et 4 millions": the last an amount whose currency was told before)
  const counted = last && (gpuCountRule.extract(last, ctx) ?? countRule.extract(last, ctx) ?? ellipsisRule.extract(last, ctx));
  if (!last || !counted || counted.unit === null) return null;
  const value = inScaleOfLast(m, last);
  if (MONEY_KINDS.has(counted.kind)) {
    const draft = amountRule.extract({ start: m.start, end: m.end, value, currency: counted.unit, number: m }, ctx);
    return draft && { ...draft, kind: counted.kind, rule: `${counted.kind}/told respectively`, confidence: Math.min(draft.confidence, 0.7) };
  }
  return makeDraft(m, counted.kind, value, counted.unit, ctx, { rule: `${counted.kind}/told respectively`, confidence: 0.7, approx: m.approx });
}

export const ellipsisRule: Rule<NumberMention> = {
  name: "ellipsis",
  kind: "money",
  extract(m, ctx): ClaimDraft | null {
    const after = ctx.text.slice(m.end, m.end + 40);
    const named = namedNext(m, ctx);
    if (named) return named;
    const respectively = countedRespectively(m, ctx);
    if (respectively) return respectively;
    const part = partOfACount(m, ctx);
    if (part) return part;
    // "45 millions de subventions" is money: never a count of what came before
    const moneyNoun = MONEY_NOUN_AFTER.test(after);
    // "ses 31 000 collaborateurs …, et 4 500 d'entre eux": a part of what was just counted
    if (AMONG_THEM.test(after)) return countedBefore(m, ctx, true);
    if (OTHER_NOUN.test(after) && !moneyNoun && !fromAPlace(after)) return null;
    if (!SCALED.test(ctx.text.slice(m.start, m.end))) return moneyNoun ? null : countedBefore(m, ctx);
    // "de 1,1 million à 1,6 million d'EVP": a range's lower end counts what its upper end counts
    const upper = RANGE_UPPER.exec(after);
    if (upper && !MONEY_NOUN_AFTER.test(upper[2] as string) && recogniseMoney(upper[1] as string).length === 0) {
      const noun = UPPER_NOUN.exec(upper[2] as string);
      if (noun) return makeDraft(m, "count", m.value, noun[1] as string, ctx, { rule: "count/lower end of a range", confidence: 0.65, approx: m.approx });
    }
    // The last amount or count before it (a date may stand between: "40 milliards de dollars au printemps ... 300 milliards").
    // "… auprès d'une vingtaine de business angels, sur la base d'une valorisation de 40 millions": after a noun
    // of money, the unit is the last amount's, not the last count's.
    // "Les 97 lycées en absorberont 412 millions": nor is a count taken up by a number millions of times larger
    // (the "en" is the budget before); "800 millions d'utilisateurs, contre 400 millions" is.
    const amountNoun = AMOUNT_NOUN_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 40), m.start));
    const measure = ctx.lastMeasure;
    const unlikeCount = measure?.kind === "count" && typeof measure.value === "number" && (m.value > measure.value * 1000 || scaledLikeLastAmount(m, measure, ctx));
    const prev = (amountNoun || unlikeCount) && ctx.lastAmount && ctx.lastAmount.unit !== null ? ctx.lastAmount : unlikeCount ? null : measure;
    const prevSentence = prev ? sentenceAt(ctx.sentences, prev.start) : -1;
    // "… 2,4 millions de puces. Il prévoit d'en produire 1,6 million, puis 2,5 millions": chips counted last are
    // counted again, as an unscaled number would be
    if (ctx.lastCount?.kind === "gpu_count" && ctx.lastCount.start >= (prev?.start ?? -1) && !moneyNoun && !amountNoun) {
      const again = countedBefore(m, ctx);
      if (again) return again;
    }
    // (an amount two sentences back still gives its unit: "… de 1,2 milliard d'euros. Les titres seront annulés. Le
    // précédent programme, de 800 millions, …")
    // (in figures only, "Trois millions iront voter" are people), after the same amount written in full elsewhere
    if (!prev) return sameAmountLater(m, ctx);
    if (prevSentence < ctx.sentenceIndex - 1) {
      // ("Combien d'utilisateurs revendiquez-vous ? — Un peu plus de 9 millions par mois")
      const answer = answerToHowMany(m, ctx);
      if (answer) return answer;
      const same = sameAmountLater(m, ctx);
      if (same || !MONEY_KINDS.has(prev.kind) || prevSentence < ctx.sentenceIndex - 2 || m.form === "words") return same;
    }
    if (MONEY_KINDS.has(prev.kind)) {
      const mention = { start: m.start, end: m.end, value: m.value, currency: prev.unit as string, number: m };
      const draft = amountRule.extract(mention, ctx);
      if (!draft) return null;
      // "a investi 8 milliards de dollars dans Anthropic, et Google environ 3 milliards": with no cue of
      // its own, an elided amount in the same sentence is the same kind of amount.
      // "… à 60 milliards de FCFA, et 20 milliards de fonds propres": one that names what it is keeps its own kind.
      // (a round's amount restated bare, other amounts between: "une série A de 60 millions … « Avec 60 millions, … »")
      const restated = draft.rule === "money/amount" && !moneyNoun ? roundRestated(m.value, mention.currency, ctx) : undefined;
      const kind = draft.rule === "money/amount" && prevSentence === ctx.sentenceIndex && !moneyNoun ? prev.kind : restated?.kind ?? draft.kind;
      // (only its own word: a stage phrase of the clause belongs to the amount before, "1,9 Md$ après l'opération, contre 700 millions")
      const stage = kind === "valuation" && !draft.attributes.stage ? bareStage(mention, ctx) : undefined;
      return { ...draft, kind, ...(stage ? { attributes: { ...draft.attributes, stage } } : {}), rule: `${kind === draft.kind ? draft.rule : `${kind}/same as before`} (unit from the amount before)`, confidence: Math.min(draft.confidence, 0.7) };
    }
    // "28 500 places, …, et la billetterie a rapporté 14,2 millions": a verb of money between makes it an amount
    if (prev.kind === "count" && EARNED.test(ctx.text.slice(prev.end, m.start))) return sameAmountLater(m, ctx);
    // ("… 400 milliards de paramètres. Sa version précédente en comptait 90 milliards": "en" reaches the sentence before)
    const pronoun = prevSentence === ctx.sentenceIndex - 1 && EN_PRONOUN.test(ctx.text.slice(Math.max(0, m.start - 40), m.start));
    if (prev.kind === "count" && (prevSentence === ctx.sentenceIndex || pronoun) && !moneyNoun) {
      return makeDraft(m, "count", m.value, prev.unit, ctx, { rule: "count/ellipsis", confidence: 0.65, approx: m.approx });
    }
    return null;
  },
};

/**
 * "14 millions d'euros pour former 9 000 agents et le solde, 6 millions, …": in one sentence, a scaled bare number
 * goes with the scaled amount before it, not with the unscaled count between.
 */
const SCALE_WORD = narrow(/(?<![\p{L}])(?:milliards?|millions?)(?![\p{L}])/u);
function scaledLikeLastAmount(m: NumberMention, count: ClaimDraft, ctx: RuleContext): boolean {
  const amount = ctx.lastAmount;
  if (!amount || amount.start > count.start || SCALE_WORD.test(ctx.text.slice(count.start, count.end))) return false;
  const s = ctx.sentences[ctx.sentenceIndex];
  return s !== undefined && amount.start >= s.start && SCALE_WORD.test(ctx.text.slice(amount.start, amount.end));
}

// Verbs of money: only then is a bare "30 millions" an amount of the currency its sentence names next
// ("La ville empruntera 30 millions, portant sa dette à 198 millions d'euros"), not a quantity ("après 1,75 million").
// (the stems of verbs that pay, which PAYS_BEFORE below takes up with "apporter")
const PAYING = String.raw`emprunt|financ|invest|dépens|coût|débours|prêt`;
const MONEY_VERB = narrowRegExp(
  String.raw`(?<![\p{L}])(?:${PAYING}|vers(?:e|é|ée|és|era|eront|ent|er)(?![\p{L}])|lev(?:é|ée|er|era)|lève|pa(?:i|y)|budg|subvention|dot(?:é|e|ation)|rapport(?:e|era|ent)|économis|c[èé]d|vend(?!redi)|rachet|rachèt|acqui|factur|amende)`,
  "iu",
);

/** The round or valuation told before with this very amount, the latest first: a bare restatement is the same claim. */
function roundRestated(value: number, currency: string, ctx: RuleContext): ClaimDraft | undefined {
  for (let i = ctx.rounds.length - 1; i >= 0; i--) {
    const c = ctx.rounds[i] as ClaimDraft;
    if (c.value === value && c.unit === currency) return c;
  }
  return undefined;
}

const THESE_BEFORE = narrow(/(?:^|[^\p{L}])[cC]es[ \u00a0]+$/u);

/**
 * A bare amount with nothing before it to take a unit from. "Budget : l'État trouve 9,2 milliards" in a
 * headline takes the currency of the same amount written later ("L'effort atteindra 9,2 milliards d'euros");
 * "La ville empruntera 30 millions, portant sa dette à 198 millions d'euros" that of the next amount of its sentence.
 */
function sameAmountLater(m: NumberMention, ctx: RuleContext): ClaimDraft | null {
  const surface = ctx.text.slice(m.start, m.end);
  let currency: string | null = null;
  let how = "";
  /** The currency of the same amount written in full at `at`, if it is one (read in the whole document, whose country
   * tells what its dollars or francs are: "42 millions de dollars" in a Quebec outlet are Canadian). */
  const fullAt = (at: number): string | null => {
    const full = ctx.money.find((a) => a.start === at);
    return full && full.value === m.value ? full.currency : null;
  };
  for (let at = ctx.text.indexOf(surface, m.end); at >= 0 && !currency; at = ctx.text.indexOf(surface, at + surface.length)) {
    if ((currency = fullAt(at))) how = "the same amount later";
  }
  // a headline's "lève 28 millions" told in the body in another form ("28 M€", "28 millions d'euros, soit …")
  if (!currency && m.start < titleEndOf(ctx.text)) {
    const later = ctx.money.find((a) => a.start >= m.end && a.start < m.end + 3000 && a.value === m.value);
    if (later) [currency, how] = [later.currency, "the same amount later"];
  }
  // "doté de 7,4 milliards d'euros … Sur les 7,4 milliards, …": the same amount said in full before
  for (let at = ctx.text.lastIndexOf(surface, m.start - 1); at >= 0 && !currency; at = at > 0 ? ctx.text.lastIndexOf(surface, at - 1) : -1) {
    if ((currency = fullAt(at))) how = "the same amount before";
  }
  // "… lève 240 millions d'euros. … Ces deux cent quarante millions nous valorisent": a demonstrative points back to an
  // amount told before, in figures or in words
  if (!currency && THESE_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 5), m.start))) {
    const told = ctx.money.filter((a) => a.end <= m.start && a.value === m.value).pop();
    if (told) [currency, how] = [told.currency, "the same amount before"];
  }
  const sentence = ctx.sentences[ctx.sentenceIndex];
  if (!currency && sentence && MONEY_VERB.test(ctx.text.slice(sentence.start, m.start))) {
    const next = ctx.money.find((a) => a.start >= m.end && a.end <= Math.min(sentence.end, m.end + 100));
    if (next) [currency, how] = [next.currency, "the next amount"];
  }
  const cued = MONEY_CUE_BEFORE.test(ctx.text.slice(Math.max(sentence?.start ?? 0, m.start - 160), m.start)) || spentAfter(m, ctx) ||
    (PAYS_BEFORE.test(ctx.text.slice(Math.max(sentence?.start ?? 0, m.start - 40), m.start)) && !VAGUE_QUANTITY.test(surface));
  if (!currency && cued) {
    // The document's currency: its last amount's, or for a headline the body's first amount's.
    currency = ctx.lastAmount?.unit ?? ctx.money.find((a) => a.start >= m.end && a.end <= m.end + 3000)?.currency ?? null;
    how = "the document's amounts";
  }
  if (!currency) return null;
  const draft = amountRule.extract({ start: m.start, end: m.end, value: m.value, currency, number: m }, ctx);
  if (!draft) return null;
  // a round or a valuation restated bare ("a levé 9 millions d'euros en juillet" … "Ces 9 millions") is the same claim
  const same = how === "the same amount before" && draft.kind === "money" ? roundRestated(m.value, currency, ctx) : undefined;
  const kind = same ? { kind: same.kind, attributes: { ...same.attributes, ...draft.attributes } } : {};
  return { ...draft, ...kind, rule: `${same ? `${same.kind}/same as before` : draft.rule} (unit from ${how})`, confidence: Math.min(draft.confidence, how === "the document's amounts" ? 0.6 : 0.7) };
}

// "Le Département en finance 8,6 millions", "L'État apporte 3,1 millions": a verb that pays, right before a figure
// ("Les Américains investissent des centaines de milliards": not before a vague one, which has no value to check)
const PAYS_BEFORE = narrowRegExp(
  String.raw`(?:(?<![\p{L}])(?:${PAYING}|apport)\p{L}*|(?<![\p{L}])vers(?:e|ent|era|eront|ait|é|ée|és))[^\S\n]+(?:(?:environ|près[^\S\n]+de|plus[^\S\n]+de|quelque)[^\S\n]+)?$`,
  "iu",
);

// "Septante-cinq millions iront à un nouveau fonds", "Nonante millions financeront l'accès", "30 millions seront consacrés
// à": an amount opening its sentence, then a verb that spends it
const SPENT_AFTER = narrow(/^[ \u00a0]+(?:(?:iront|ira|vont|va)[ \u00a0]+(?:à|au|aux)|(?:financeront|financera|financent|finance|serviront|servira|servent|sert|paieront|paiera|couvriront|couvrira)|(?:seront|sera|sont|est)[ \u00a0]+(?:consacrés|consacré|alloués|alloué|affectés|affecté|investis|investi|dédiés|dédié|réservés|réservé|fléchés|fléché|versés|versé|injectés|injecté))(?![\p{L}])/u);
function spentAfter(m: NumberMention, ctx: RuleContext): boolean {
  const sentence = ctx.sentences[ctx.sentenceIndex];
  return sentence !== undefined && /^[\s«"“(]*$/u.test(ctx.text.slice(sentence.start, m.start)) && SPENT_AFTER.test(ctx.text.slice(m.end, m.end + 40));
}

// What only money is: a price paid ("a vendu 60 % des murs pour 1,3 milliard"), a noun of money or of works
// ("une modernisation de 21,5 millions"), a line of accounts and its verb ("les provisions ont grimpé à 1,1 milliard").
const MONEY_CUE_BEFORE = narrowRegExp(
  String.raw`(?:(?<![\p{L}])(?:vendu|vendue|cédé|cédée|acheté|achetée|acquis|racheté|rachetée|payé|payée)(?![\p{L}])[^.;:!?]{0,120}[^\S\n]pour` +
    // "la billetterie a rapporté 14,2 millions"
    `|${EARNING_VERBS}` +
    // "l'opération valorise la société près de 2 milliards": a company's value
    String.raw`|(?<![\p{L}])valoris(?:e|ent|ait|era|ant)(?:[^\S\n]+[^\s.;:!?]+){0,3}?(?:[^\S\n]+à)?` +
    String.raw`|(?<![\p{L}])(?:modernisation|rénovation|travaux|chantier|extension|programme|projet|contrat|commande)[^\S\n]+(?:de|d['’])` +
    // ("La dette, elle, passera de", "Le coût total atteint": a comma after the noun, a verb of level; "plonge dans le
    // rouge de": a deficit)
    String.raw`|(?<![\p{L}])(?:bénéfices?|pertes?|provisions?|revenus|recettes|ventes|chiffre[^\S\n]+d['’]affaires|dettes?|trésorerie|budget|dépenses?|coûts?|épargne|excédents?|déficits?|enveloppe|subventions?|investissements?|factures?|rouge),?(?:[^\S\n]+[^\s.;:!?]+){0,6}[^\S\n]+(?:à|de|d['’]|atteint|atteindra|atteignait|atteignent|totalise|totalisera|représente|représentera|dépasse|dépassera))` +
    String.raw`[^\S\n]*(?:(?:environ|près[^\S\n]+de|plus[^\S\n]+de|quelque)[^\S\n]+)?$`,
  "iu",
);

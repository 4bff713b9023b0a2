// Other counted quantities: "1 500 salariés", "100 millions d'utilisateurs", "une quarantaine de propriétaires".

import { literalAlternation } from "../recognise/pattern.js";
import type { NumberMention } from "../recognise/types.js";
import { narrow, narrowRegExp } from "../text/narrow-classes.js";
import { isPostcode } from "../text/postcode.js";
import { makeDraft } from "./draft.js";
import { FUNCTION_WORDS } from "../recognise/lexicon-fr.js";
import { ACCELERATOR_NOUNS, COMPUTE_CONTEXT, COUNTED_NOUNS, LEAD_CHARS, MONEY_NOUN_AFTER, NOT_COUNTED, OF_THE_WHOLE, STREET_NOUNS, VAGUE_QUANTITY } from "./lexicon.js";
import { titleEndOf } from "../context/entities.js";
import type { ClaimDraft, Rule, RuleContext } from "./types.js";

// "une quinzaine d’« usines d’IA »", "40 « magasins » éphémères": the thing counted, put in quotation marks
const QUOTE = "(?:[«“\"][ \\u00a0\\u202f]*)?";
const NOUN = narrowRegExp(`^[ \\u00a0\\u202f]*(?:de[ \\u00a0]+|d['’])?${QUOTE}(?:nouveaux[ \\u00a0]+|nouvelles[ \\u00a0]+)?(${literalAlternation(COUNTED_NOUNS)})(?![\\p{L}])`, "iu");

// "64 bus électriques", "4 400 exploitations", "3,2 millions d'examens": any other lower-case plural noun
// (a word ending in s or x) right after a number of 10 or more counts something, unless it measures.
// Smaller numbers are left out: "deux anciens de Google", "trois petits modèles" name groups. After
// "nouveaux", any word is the thing counted: "douze nouveaux Airbus".
const PLURAL_NOUN = narrow(/^[ \u00a0\u202f]*(?:(?:nouveaux|nouvelles)[ \u00a0]+(\p{L}[\p{L}\p{N}-]*)|(?:de[ \u00a0]+|d['’])?(?:[«“"][ \u00a0\u202f]*)?(?:(?:grands|grandes|petits|petites|gros|grosses|premiers|premières|derniers|dernières|autres)[ \u00a0]+)?(\p{Ll}[\p{Ll}-]*[sx]|\p{Lu}\p{Ll}+(?:éens|iens|ais|ois|ains|ens))(?![\p{L}\p{N}'’]))/u);
// Aircraft counted by maker and model: "40 Airbus A220", "17 Boeing 787 Dreamliner", "12 Embraer E195-E2", or by an
// Airbus model alone ("12 A321XLR"), by maker alone ("s'offre 40 Airbus"), or by a combat or business model's name
// ("146 Rafale", "six Mirage 2000-5", "36 F-35A");
// the unit is the maker and the model ("Airbus A220"), the span runs to the model's suffixes.
const AIRCRAFT = narrow(/^[ \u00a0\u202f]+((?:Airbus|Boeing|Embraer|ATR|Bombardier|Comac|Dassault)[ \u00a0]+[A-Z]{0,3}\d{2,4}[A-Za-z]{0,3}|A3[2-8]\d(?:neo|XLR|LR|XWB)?|A220|(?:Airbus|Boeing|Embraer|ATR|Bombardier|Comac)(?![ \u00a0]*[A-Z]{0,3}\d)|Rafale(?:[ \u00a0]+Marine)?|Mirage[ \u00a0]+\d{4}|Falcon[ \u00a0]+\d{1,2}X|Eurofighter(?:[ \u00a0]+Typhoon)?|Gripen|F-(?:35|22|18|16|15)[A-Z]?|A400M|NH90)(?:-[A-Za-z\d]+)*(?:[ \u00a0]+(?:Dreamliner|neo|MAX(?:[ \u00a0]\d+)?))?(?![\p{L}\p{N}])/u);
// "Sa puce Yam-2 … Galim en a livré 8 000 exemplaires et vise 60 000 unités": copies or units of a chip named
// just before, in a compute context, are accelerators.
const COPIES = new Set(["exemplaires", "unités"]);
const ACCELERATOR_NAMED = narrowRegExp(`^(?:${ACCELERATOR_NOUNS})$`, "iu");
// chips whose copies are counted ("des composants", "des cartes" may be anything's)
const CHIPS_COPIED = narrowRegExp(`(?<![\\p{L}])(?:${ACCELERATOR_NOUNS}|puces?|processeurs?|semi-?conducteurs?|NPU|TPU)(?![\\p{L}])`, "iu");
const COPIES_OF = narrow(/^[ \u00a0]+(?:de|d['’])[ \u00a0]*(?:(?:la|le|les|l['’]|ses|sa|son|leur|leurs|cette|ce|ces)[ \u00a0]*)?([\p{L}\p{N}-]+)/u);
// Contracts, jobs, containers, homes, firms, crypto-assets, deals, funds and job plans counted by their acronym: "2 000 CDI",
// "450 ETP", "2,9 millions d'EVP", "9 870 BTC", "79 000 HLM", "3 000 PME", "37 LBO", "64 ETF", "214 PSE"; the unit keeps its capitals.
const ACRONYM_NOUN = narrow(/^[ \u00a0\u202f]*(?:de[ \u00a0]+|d['’])?(CDI|CDD|ETP|EQTP|EVP|TEU|HLM|PME|TPE|ETI|EHPAD|Ehpad|BTC|ETH|LBO|IPO|OPA|ETF|PSE)(?![\p{L}\p{N}])/u);
// "64 Mt de céréales", "850 kt de CO2", "60 000 b/j": tonnages and barrels a day in their abbreviations, valued in
// tonnes and barrels like the words they stand for
const SCALED_UNIT = narrow(/^[ \u00a0\u202f]*(Mt|kt|Gt|b\/j|Mb\/j)(?![\p{L}\p{N}\/])/u);
const SCALES: Readonly<Record<string, { factor: number; unit: string }>> = {
  Mt: { factor: 1e6, unit: "tonnes" }, kt: { factor: 1e3, unit: "tonnes" }, Gt: { factor: 1e9, unit: "tonnes" },
  "b/j": { factor: 1, unit: "barils" }, "Mb/j": { factor: 1e6, unit: "barils" },
};
// "180 kilomètres de canalisations", "3 000 kilomètres de fibre": the length of what is built or run is a
// claim; a distance ("à 270 kilomètres de Séoul") and a length alone ("les bouchons ont atteint 12 kilomètres")
// are not.
const LENGTH_OF = narrow(/^[ \u00a0\u202f]*(kilomètres|km)[ \u00a0]+(?:de[ \u00a0]+|d['’])(?=\p{Ll})(?!(?:la|le|les|l['’]|ce|cette|ces|son|sa|ses|leur|leurs|altitude|profondeur|distance|hauteur|haut|large|largeur|rayon|diamètre|autonomie|portée)(?![\p{L}]))/u);
const AT_DISTANCE = narrow(/(?:^|[^\p{L}])à(?:[ \u00a0]+(?:environ|quelque|près[ \u00a0]+de|moins[ \u00a0]+de|plus[ \u00a0]+de))?[ \u00a0]*$/iu);
// "un million", "une centaine" take "de" before their noun: "54,6 milliards attendus", "41 milliards actifs" elide it.
const NEEDS_DE = /(?:millions?|milliards?|billions?|milliers?|aines?)$/iu;
const AFTER_DE = /^[ \u00a0\u202f]*(?:de[ \u00a0]|d['’])/u;
// Without "de", a word ending like a past participle is one: "1 200 vendus en France", "300 réunies"; most words in
// "-ies" are nouns ("600 baies", "200 batteries", "12 compagnies"), so only participles of verbs in "-ir" count.
const PARTICIPLE = /(?:és|ées|is|ises|us|ues|(?:fourn|réun|défin|chois|serv|rempl|établ|invest|accompl|fin|bât|répart|sais|gar|enrich|agrand|convert|reconvert)ies)$/u;

// A listed noun is the unit as the list spells it, whatever its case in the text ("Salariés", "nœuds GPU").
const LISTED_SPELLING = new Map(COUNTED_NOUNS.map((noun) => [noun.toLowerCase(), noun]));
function listedSpelling(noun: string): string {
  const lower = noun.toLowerCase();
  return LISTED_SPELLING.get(lower.replace(/\u00a0/g, " ")) ?? lower;
}

// Nouns that end like a participle in "-is" ("choisis", "réunis"): "2 300 robotaxis", "12 000 colis".
const NOUNS_IN_IS = new Set(["taxis", "robotaxis", "colis", "devis", "avis", "abris", "tapis", "semis", "croquis", "débris", "parvis", "rubis", "maïs", "apprentis", "partis"]);

// Endings no participle has: "226 attaques", "40 digues", "15 000 entités", "12 sociétés" (but "cités", "invités",
// "limités" are participles too); and Latin nouns in "-us": "23 campus", "400 virus".
const NOUN_ENDING = /(?:[qg]ues|(?<!^(?:c|inv|lim|vis|hab|éd|hér|év|im|réc|exc))ités|iétés|autés)$|^(?:campus|virus|bonus|corpus|terminus|processus|consensus|cursus|abus|refus)$/u;

const RANKING_ADJECTIVE = /(?:premiers|premières|derniers|dernières)[ \u00a0]/u;

function pluralNoun(m: NumberMention, number: string, after: string): { 0: string; 1: string } | null {
  // ("une trentaine d'investissements" counts deals: a round noun below a million is no amount)
  if (m.value < 10 || (!(m.form === "approx" && m.value < 1e6) && MONEY_NOUN_AFTER.test(after))) return null;
  const noun = PLURAL_NOUN.exec(after);
  if (!noun) return null;
  if (noun[1] !== undefined) return { 0: noun[0], 1: noun[1] };
  const word = (noun[2] as string).toLowerCase();
  if (NOT_COUNTED.has(word) || FUNCTION_WORDS.has(word)) return null;
  // ("dont neuf des vingt premiers assureurs": in words, "premiers" ranks a top of a market; in digits it counts, "ses
  // 62 derniers magasins")
  if (m.form !== "digits" && RANKING_ADJECTIVE.test(noun[0])) return null;
  const de = AFTER_DE.test(after);
  if (!de && ((PARTICIPLE.test(word) && !NOUNS_IN_IS.has(word) && !NOUN_ENDING.test(word)) || NEEDS_DE.test(number))) return null;
  return { 0: noun[0], 1: /^\p{Lu}/u.test(noun[2] as string) ? (noun[2] as string) : word }; // "Guadeloupéens" keeps its capital
}

// "portant à 14 le nombre d'engins de sa constellation", "porte à 1 200 le nombre de ses salariés": the number
// before the noun it counts
const THE_NUMBER_OF = narrow(/^(?:[ \u00a0\u202f]+par[ \u00a0\u202f]+(?:an|mois|jour|semaine))?[ \u00a0\u202f]+le[ \u00a0\u202f]+nombre[ \u00a0\u202f]+(?:total[ \u00a0\u202f]+)?(?:de|d['’])[ \u00a0\u202f]*(?:(?:ses|leurs|nos|ces)[ \u00a0\u202f]+)?(\p{L}[\p{L}-]*)/u);
const TO_BEFORE = narrow(/(?:^|[^\p{L}])à[ \u00a0\u202f]+(?:(?:environ|près[ \u00a0]+de|plus[ \u00a0]+de|moins[ \u00a0]+de|quelque|au[ \u00a0]+moins)[ \u00a0\u202f]+)?$/u);
function theNumberOf(m: NumberMention, text: string, after: string): { 0: string; 1: string } | null {
  if (!TO_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) return null;
  const the = THE_NUMBER_OF.exec(after);
  return the ? { 0: the[0], 1: the[1] as string } : null;
}

// The number of a thing ("nombre de fonds agréés")
const NUMBER_OF = String.raw`(?<![\p{L}])nombre[ \u00a0]+(?:total[ \u00a0]+)?(?:de|d['’])[ \u00a0]*(?:(?:ses|leurs|nos|ces)[ \u00a0]+)?(\p{Ll}[\p{L}-]*)`;
// (told done, "est passé", or foreseen, "devrait passer")
const CHANGED = String.raw`(?:(?:a|ont|avait|est)(?:[ \u00a0]+\p{Ll}+)?[ \u00a0]+(?:progressé|augmenté|grimpé|bondi|reculé|baissé|chuté|diminué|remonté|monté|passé|retombé|tombé|doublé|triplé)|(?:devrait|devraient|doit|doivent|va|vont|pourrait)[ \u00a0]+(?:progresser|augmenter|grimper|bondir|reculer|baisser|chuter|diminuer|remonter|monter|passer|retomber|tomber|doubler|tripler))`;
// (from one figure to the other: "a progressé de 6 %, à 1 214", "est passé de 142 à 231", "de 41 en 2025 à 33")
const FROM_FIGURE = String.raw`[ \u00a0]+de[ \u00a0]+(?:\d{1,3}(?:,\d+)?[ \u00a0]*%|\d{1,3}(?:[ \u00a0\u202f]\d{3}){0,3})(?:[ \u00a0]+en[ \u00a0]+\d{4})?[^.;:!?\d\n]{0,30}?`;
// "le nombre d'inscrits en catégorie A s'établit à 3 142 300", "le nombre d'opérations a progressé, à 142": the number
// of a thing, told at a level after it
// ("a franchi la barre des 1 200", "a dépassé les 38 millions", "reste stable, autour de 21 000", "a doublé depuis 2015, à
// 260 000"; "ramener le nombre d'agences de 1 480 à 1 100", where the verb comes first)
const SINCE = String.raw`(?:[ \u00a0]+(?:depuis|en|sur)[ \u00a0]+[^.;:!?,\n]{1,25}?)?`;
const NUMBER_OF_AT = narrowRegExp(String.raw`${NUMBER_OF}(?:[^.;:!?\d\n]{0,60}?[ \u00a0](?:(?:(?:a|ont)[ \u00a0]+)?(?:s['’]établit|s['’]établissait|s['’]élève|s['’]élevait|atteint|atteignait|atteindra|culmine|grimpe|recule|dépasse|dépassé|franchit|franchi)(?:[ \u00a0]+(?:la[ \u00a0]+barre|le[ \u00a0]+cap|le[ \u00a0]+seuil))?(?:[ \u00a0]+(?:à|de|des|du|les))?|(?:reste|demeure|restait|demeurait)[^.;:!?\d\n]{0,25}?[ \u00a0](?:autour[ \u00a0]+de|à)|${CHANGED}(?:${FROM_FIGURE})?${SINCE}(?:,[ \u00a0]*|[ \u00a0]+)à)|(?:[ \u00a0]+\p{Ll}[\p{L}-]*){0,2}${FROM_FIGURE}[ \u00a0]à)[ \u00a0]+(?:(?:environ|près[ \u00a0]+de|plus[ \u00a0]+de|quelque)[ \u00a0]+)?$`, "u");
// "Le nombre de franchisés est passé de 85 à 132": the figure it changed from
const NUMBER_OF_FROM = narrowRegExp(String.raw`${NUMBER_OF}(?:[^.;:!?\d\n]{0,60}?[ \u00a0]${CHANGED}|(?:[ \u00a0]+\p{Ll}[\p{L}-]*){0,2})[ \u00a0]+de[ \u00a0]+$`, "u");
const TO_FIGURE_AFTER = /^(?:[ \u00a0]+en[ \u00a0]+\d{4})?[ \u00a0]+à[ \u00a0]+\d/u;
// "Le nombre d'opérations, 71, baisse", "Le nombre de dépôts de bilan (1 240) reste élevé": the number set beside it
const NUMBER_OF_APPOSED = narrowRegExp(String.raw`${NUMBER_OF}(?:[ \u00a0]+(?:de[ \u00a0]+)?\p{Ll}[\p{L}-]*){0,2}(?:,[ \u00a0]*|[ \u00a0]*\()$`, "u");
const APPOSED_CLOSES = /^(?:,|\))/u;
function numberOfAt(m: NumberMention, text: string): { 0: string; 1: string } | null {
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  const at = NUMBER_OF_AT.exec(before) ?? (APPOSED_CLOSES.test(text.slice(m.end, m.end + 1)) ? NUMBER_OF_APPOSED.exec(before) : null) ??
    (TO_FIGURE_AFTER.test(text.slice(m.end, m.end + 16)) ? NUMBER_OF_FROM.exec(before) : null);
  const noun = at?.[1] ?? (before.includes("au nombre") ? AMONG_THEM.exec(before)?.[1] : undefined);
  return noun && !NOT_COUNTED.has(noun) && !FUNCTION_WORDS.has(noun) && (/[sx]$/u.test(noun) || LISTED_SPELLING.has(noun)) ? { 0: "", 1: noun } : null;
}
// "Les hypermarchés, au nombre de 118, reculent": the noun before, counted
const AMONG_THEM = narrow(/(?<![\p{L}])(\p{Ll}[\p{Ll}-]{0,30}[sx])(?:[ \u00a0]+\p{Ll}{1,20})?,?[ \u00a0]+au[ \u00a0]+nombre[ \u00a0]+de[ \u00a0]+$/u);

// "64 de ses 142 antennes ont été endommagées", "onze de ses quatorze entrepôts", "120 des 540 boutiques": a part counts the noun of the
// whole that follows it (the claim spans the part alone; the whole is a count of its own)
const PART_OF_ITS_OWN = narrowRegExp(String.raw`^[ \u00a0\u202f]+${OF_THE_WHOLE}(?:\d[\d. \u00a0\u202f]*|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|mille)(?![\p{L}]))[ \u00a0\u202f]*((?:plus[ \u00a0]+)?(?:grands|grandes|gros|grosses|premiers|premières|principaux|principales)[ \u00a0]+)?(\p{Ll}[\p{Ll}-]*[sx])(?![\p{L}])`, "u");
function partOfItsOwn(m: NumberMention, after: string): { 0: string; 1: string } | null {
  if (!Number.isInteger(m.value)) return null; // "un tiers de nos recettes" is a share
  const part = PART_OF_ITS_OWN.exec(after);
  // (a top in words ranks: "neuf des vingt premiers assureurs"; in digits it counts, "31 des 50 plus grands gestionnaires")
  if (part?.[1] !== undefined && !/\d/u.test(part[0])) return null;
  const noun = part?.[2];
  return noun && !NOT_COUNTED.has(noun) && !FUNCTION_WORDS.has(noun) ? { 0: "", 1: noun } : null;
}

const SIZE_CLASS_BEFORE = narrow(/(?<![\p{L}])(?:entreprises|sociétés|PME|ETI|TPE|structures|établissements|firmes|employeurs)(?:[ \u00a0]+\p{Ll}+){0,2}[ \u00a0]+(?:de|d['’])[ \u00a0]*(?:plus|moins)[ \u00a0]+de[ \u00a0]+$/u);
const GROUP_BEFORE = narrow(/(?:^|[^\p{L}])(les|ces|leurs|ses|nos|vos)[ \u00a0]*$/iu);
const STAFF = new Set(["salariés", "employés", "collaborateurs", "ingénieurs", "chercheurs", "développeurs", "techniciens", "consultants"]);
const WE_ARE = narrow(/(?:^|[^\p{L}])(?:nous|on)[ \u00a0]+(?:sommes|serons|étions|serions|serait|sera|est)[ \u00a0]+(?:(?:aujourd['’]hui|désormais|déjà|environ|près[ \u00a0]+de|plus[ \u00a0]+de)[ \u00a0]+)?$|(?:^|[^\p{L}])(?:voulons|voudrions|visons|comptons|souhaitons|devrions)[ \u00a0]+être[ \u00a0]+(?:(?:environ|plus[ \u00a0]+de)[ \u00a0]+)?$/iu);
// (what follows is no unit: a comma, a full stop, "aujourd'hui", "fin 2028", "d'ici …", "à la fin", "dont …", "il y a
// cinq ans")
const NO_UNIT_AFTER = narrow(/^(?:[ \u00a0]*[,.;:!?)»]|[ \u00a0]+(?:aujourd['’]hui|fin|d['’]ici|à[ \u00a0]+la[ \u00a0]+fin|dont|en[ \u00a0]+20\d\d|au[ \u00a0]+total|il[ \u00a0]+y[ \u00a0]+a)(?![\p{L}]))/u);
function weAreSoMany(m: NumberMention, text: string, after: string): boolean {
  return Number.isInteger(m.value) && m.value >= 2 && !m.yearLike && WE_ARE.test(text.slice(Math.max(0, m.start - 40), m.start)) && NO_UNIT_AFTER.test(after);
}
// ("remplacées par 420 logements", "desservie par 21 stations": a participle makes "par" a passive's agent)
// ("acheté cet hiver par 212’000 skieurs": a word or two between)
const PASSIVE_BY = narrow(/(?:^|[^\p{L}])(?:\p{Ll}{2,}(?:é|ée|és|ées|ie|ies|ue|ues)|choisie?s?|suivie?s?|(?:vu|lu|élu|reçu|perçu)e?s?)(?:[ \u00a0]+(?!fois(?![\p{L}]))\p{Ll}[\p{Ll}'’-]*){0,2}[ \u00a0]+par[ \u00a0]+(?:plus[ \u00a0]+de[ \u00a0]+|près[ \u00a0]+de[ \u00a0]+)?$/u);

// "quatre visiteurs sur dix", "12 salariés sur 100": a proportion, not a count; not "300 salariés sur cinq sites",
// where a plural noun after the second number makes it a count of its own.
const OUT_OF = narrow(/^[ \u00a0\u202f]+sur[ \u00a0\u202f]+(?:deux|trois|quatre|cinq|dix|cent|mille|10|100|1[ \u00a0\u202f]?000)(?![\p{L}\p{N}])(?![ \u00a0\u202f]+\p{Ll}+[sx](?![\p{L}]))/u);
const YEAR_PREPOSITION = narrow(/(?:^|[^\p{L}])(?:en|depuis|dès|de|à|fin|début|mi|avant|après|vers|jusqu['’]en|d['’]ici)[ \u00a0-]*$/iu);
const RATE_BEFORE = narrow(/(?:(?:^|[^\p{L}])(?:par|chaque)|(?:dollars?|euros?|francs?|cents?|centimes?|[€$£¥])[ \u00a0]+(?:le|la))[ \u00a0]*$/iu);
// "le prix moyen d'un million de tokens": the unit a price is set for
const PRICE_OF_BEFORE = narrow(/(?<![\p{L}])(?:prix|coût|tarif)(?:[ \u00a0]+[\p{L}]+){0,3}[ \u00a0]+d['’][ \u00a0]*$/iu);

// "La première ligne, longue de 11,6 kilomètres", "un premier tronçon de 4 kilomètres": the length of a network's part.
const NETWORK_BEFORE = narrow(/(?<![\p{L}])(?:lignes?|tronçons?|réseaux?|voies?|tracés?|tunnels?|autoroutes?|câbles?|canalisations?|gazoducs?|oléoducs?|pistes?)(?:,?[ \u00a0]+(?:de[ \u00a0]+)?(?!de[ \u00a0])[\p{Ll}'’-]+){0,3}[ \u00a0]+(?:de|d['’])[ \u00a0]*(?:(?:près[ \u00a0]+de|plus[ \u00a0]+de|environ|quelque)[ \u00a0]+)?$/u);
// "le câble doit relier Tahiti à l'île d'Oahu sur 4 300 kilomètres", "la ligne relie le campus à l'Oncopole sur
// 7,4 kilomètres": the length of a link; "ont parcouru plus de 1,2 million de kilomètres": the distance travelled.
const LINKS_OVER = narrow(/(?:^|[^\p{L}])(?:reli\p{L}*|s['’]étend\p{L}*|s['’]étir\p{L}*|long\p{L}*)[^.;:!?\n]{0,80}[ \u00a0]sur[ \u00a0]+(?:(?:près|plus|moins)[ \u00a0]+de[ \u00a0]+|environ[ \u00a0]+|quelque[ \u00a0]+)?$/u);
// "Longue de 11,2 kilomètres, la ligne …": a line's or a route's length
const LONG_OF = narrow(/(?:^|[^\p{L}])longu?e?s?[ \u00a0]+de[ \u00a0]+(?:(?:près|plus|moins)[ \u00a0]+de[ \u00a0]+|environ[ \u00a0]+)?$/iu);
const TRAVELLED = narrow(/(?:^|[^\p{L}])(?:parcour\p{L}*|roul\p{L}*|cumul\p{L}*|effectué|avalé)(?:[ \u00a0]+(?:plus|près|moins)[ \u00a0]+de|[ \u00a0]+environ|[ \u00a0]+quelque)?[ \u00a0]+$/u);
const KILOMETRES_AFTER = narrow(/^[ \u00a0\u202f]*(?:de[ \u00a0]+)?(kilomètres|km|miles)(?![\p{L}])/u);
// "96 millions de miles (environ 154 millions de kilomètres)": a distance converted in brackets
const CONVERTED_LENGTH_BEFORE = narrow(/(?<![\p{L}])(?:kilomètres|km|miles)[ \u00a0]*(?:\(|,[ \u00a0]*soit)[ \u00a0]*(?:(?:environ|près[ \u00a0]+de|plus[ \u00a0]+de|quelque)[ \u00a0]+)?$/u);

function lengthOf(m: NumberMention, text: string, after: string): { 0: string; 1: string } | null {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const longBefore = text.slice(Math.max(0, m.start - 100), m.start);
  const length = LENGTH_OF.exec(after) ??
    (NETWORK_BEFORE.test(before) || LINKS_OVER.test(longBefore) || TRAVELLED.test(before) || LONG_OF.test(before) || CONVERTED_LENGTH_BEFORE.test(before) ? KILOMETRES_AFTER.exec(after) : null);
  if (!length || AT_DISTANCE.test(before.slice(-20))) return null;
  const unit = length[1] as string;
  return { 0: after.slice(0, after.indexOf(unit) + unit.length), 1: unit === "miles" ? "miles" : "kilomètres" };
}

// "14 cours Fénelon", "120 rue de Rivoli": a number before a street is an address.
const STREET_AFTER = new RegExp(`^[ \\u00a0\\u202f]*(?:bis[ \\u00a0]+|ter[ \\u00a0]+)?(?:${STREET_NOUNS})[ \\u00a0]+(?:de[ \\u00a0]+la[ \\u00a0]+|de[ \\u00a0]+l['’]|du[ \\u00a0]+|des[ \\u00a0]+|de[ \\u00a0]+|d['’])?\\p{Lu}`, "u");

const RANKED_AMONG = narrow(/(?:^|[^\p{L}])(?:parmi[ \u00a0]+les|une?[ \u00a0]+des)[ \u00a0]*$/iu);
const TOP_OF_RANKING = /^[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?les[ \u00a0]+(?:plus|moins|mieux)[ \u00a0]/u;
const PAGE_FURNITURE = /^(?:commentaires?|réactions?|partages?|abonnés)$/u;
/** The number and its noun are all their sentence holds (a full stop at most). */
function isAlone(m: NumberMention, nounLength: number, ctx: RuleContext): boolean {
  const s = ctx.sentences[ctx.sentenceIndex];
  return s !== undefined && /^[\s.!]*$/u.test(ctx.text.slice(m.end + nounLength, s.end)) && /^\s*$/u.test(ctx.text.slice(s.start, m.start));
}

const RANK_MOVE_BEFORE = narrow(/(?<![\p{L}])(?:gagn|perd|recul|grimp|progress|chut|dégringol|remont|cèd|céd)\p{L}*[ \u00a0]+(?:de[ \u00a0]+)?$/iu);
const DEFINITE_BEFORE = narrow(/(?<![\p{L}])(?:les|des|aux|ces)[ \u00a0]+$/iu);
const PRICE_PER = narrow(/(?:[€$£]|(?<![\p{L}])(?:euros?|dollars?|francs?|livres?|centimes?))[ \u00a0]+(?:les|le|la|l['’])[ \u00a0]*$/iu);

// "téléchargée plus de 2,6 millions de fois", "vue 40 millions de fois", "citée 11 000 fois": how many times
// something was downloaded, seen, played or cited is a count (a multiple is "N fois plus", a ratio)
const TIMES_AFTER = narrow(/^[ \u00a0\u202f]+(?:de[ \u00a0]+)?fois(?![\p{L}])/u);
const USED_BEFORE = narrow(/(?<![\p{L}])(?:téléchargé|vu|visionné|regardé|écouté|consulté|partagé|lu|joué|lancé|streamé|cité|installé|utilisé)(?:e|s|es)?(?:[ \u00a0]+(?:plus[ \u00a0]+de|près[ \u00a0]+de|environ|quelque|au[ \u00a0]+moins))?[ \u00a0]+$/u);

const PER_BEFORE = narrow(/(?:\d|(?<![\p{L}])une?)(?:[ \u00a0]+[\p{L}'’-]+){0,3}[ \u00a0]+pour[ \u00a0]+$/u);
function isDensityDenominator(m: NumberMention, noun: string, text: string): boolean {
  const roundPower = m.value >= 100 && Number.isInteger(Math.log10(m.value));
  return (roundPower || noun === "habitants") && PER_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start));
}

// "4 608 GPU répartis sur 1 152 nœuds": a supercomputer's nodes, where the sentence speaks of compute (a ship's
// "30 nœuds" are knots)
const NODES_AFTER = /^[ \u00a0\u202f]+(?:de[ \u00a0]+)?(nœuds|noeuds)(?![\p{L}])/u;
function computeNodes(m: NumberMention, after: string, ctx: RuleContext): { 0: string; 1: string } | null {
  const nodes = m.value >= 2 && Number.isInteger(m.value) ? NODES_AFTER.exec(after) : null;
  const sentence = ctx.sentences[ctx.sentenceIndex];
  if (!nodes || !sentence || !COMPUTE_CONTEXT.test(ctx.text.slice(sentence.start, sentence.end))) return null;
  return { 0: nodes[0], 1: "nœuds" };
}

export const countRule: Rule<NumberMention> = {
  name: "count",
  kind: "count",
  extract(m, ctx): ClaimDraft | null {
    const after = ctx.text.slice(m.end, m.end + 60);
    if (STREET_AFTER.test(after)) return null;
    const aircraft = AIRCRAFT.exec(after);
    if (aircraft && m.value > 0 && !m.yearLike && Number.isInteger(m.value)) {
      return makeDraft({ start: m.start, end: m.end + aircraft[0].length }, "count", m.value, (aircraft[1] as string).replace(/[ \u00a0]+/gu, " "), ctx, {
        rule: "count/aircraft", confidence: 0.7, approx: m.approx, qualifierSpan: m,
      });
    }
    const times = m.value >= 100 && !m.yearLike ? TIMES_AFTER.exec(after) : null;
    if (times && USED_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 30), m.start))) {
      return makeDraft({ start: m.start, end: m.end + times[0].length }, "count", m.value, "fois", ctx, { rule: "count/times used", confidence: 0.6, approx: m.approx, qualifierSpan: m });
    }
    const scaled = m.form === "digits" && m.value > 0 && !m.yearLike ? SCALED_UNIT.exec(after) : null;
    if (scaled) {
      const { factor, unit } = SCALES[scaled[1] as string] as { factor: number; unit: string };
      return makeDraft({ start: m.start, end: m.end + scaled[0].length }, "count", Math.round(m.value * factor * 1000) / 1000, unit, ctx, {
        rule: "count/abbreviated unit", confidence: 0.7, approx: m.approx, qualifierSpan: m,
      });
    }
    // "30 millions de comptes courants", "45 millions de subventions": millions of a noun of money are money
    if (m.value >= 1e6 && MONEY_NOUN_AFTER.test(after)) return null;
    const acronym = ACRONYM_NOUN.exec(after);
    const listed = acronym ? null : NOUN.exec(after);
    const length = acronym || listed ? null : lengthOf(m, ctx.text, after);
    const numberOf = acronym || listed || length ? null : theNumberOf(m, ctx.text, after);
    // "plafonne à 50.000 par an le nombre d'accélérateurs": accelerators counted so are a GPU count
    if (numberOf && ACCELERATOR_NAMED.test(numberOf[1])) {
      return makeDraft({ start: m.start, end: m.end + numberOf[0].length }, "gpu_count", m.value, "GPU", ctx, { rule: "gpu_count/the number of", confidence: 0.7, approx: m.approx, qualifierSpan: m });
    }
    const noun = acronym ?? listed ?? length ?? numberOf ?? partOfItsOwn(m, after) ?? pluralNoun(m, ctx.text.slice(m.start, m.end), after) ?? computeNodes(m, after, ctx) ??
      (m.yearLike ? null : numberOfAt(m, ctx.text));
    if (noun && OUT_OF.test(after.slice(noun[0].length))) return null;
    // "ni l'une ni l'autre des deux entreprises": a few things named before, counted by a definite article
    if (noun && m.value <= 10 && m.form === "words" && DEFINITE_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 8), m.start))) return null;
    // "gagnent trois places", "recule de douze places": a move in a ranking
    if (noun?.[1] === "places" && RANK_MOVE_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 24), m.start))) return null;
    // "1 012 robots pour 10 000 salariés", "une pour 1 250 habitants": the denominator of a density
    if (noun && isDensityDenominator(m, noun[1] as string, ctx.text)) return null;
    // "chemin de la Vigne 21, 1026 Echandens": a Swiss or Belgian postcode after a street number, before its town
    if (noun && isPostcode(ctx.text, m.start, m.end)) return null;
    // "40 euros les mille impressions", "4 euros les 100 grammes": the unit a price is set for
    if (noun && PRICE_PER.test(ctx.text.slice(Math.max(0, m.start - 24), m.start))) return null;
    // "12 commentaires", "340 partages" alone in their sentence: a web page's furniture, not the article's
    if (noun && PAGE_FURNITURE.test(noun[1] as string) && isAlone(m, noun[0].length, ctx)) return null;
    // "Par X | 29/10/2027, 7:00 | 1 180 mots": a byline's word count
    if (noun && /^(?:mots|signes)$/u.test(noun[1] as string) && /[|·•—–][ \u00a0]*$/u.test(ctx.text.slice(Math.max(0, m.start - 4), m.start))) return null;
    // "qui emploie 1250 collaborateurs": a year-shaped number before a listed noun counts it, unless a preposition
    // makes it a year ("En 2024 salariés et direction ont signé").
    // "Nous sommes 140 aujourd'hui et nous voulons être 300": a company counting its people in the first person
    if (!noun && weAreSoMany(m, ctx.text, after)) {
      return makeDraft(m, "count", m.value, "personnes", ctx, { rule: "count/nous sommes", confidence: 0.6, approx: m.approx });
    }
    // ("un hôpital de 2300 collaborateurs", "1400 centrales": past 2100 or before 1800, no year a news story tells)
    const yearShaped = m.yearLike && m.value >= 1800 && m.value <= 2100;
    if (!noun || m.value <= 0 || (yearShaped && !(listed && !YEAR_PREPOSITION.test(ctx.text.slice(Math.max(0, m.start - 12), m.start))))) return null;
    // "62 % des entreprises de plus de dix salariés": a size class, not a count
    if (SIZE_CLASS_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 60), m.start))) return null;
    // "selon les deux partenaires": a small number after "les"/"ces" names a group, it counts nothing.
    // ("ses huit salariés" counts its staff: a possessive before a listed noun of people at work)
    const group = m.value < 10 ? GROUP_BEFORE.exec(ctx.text.slice(Math.max(0, m.start - 7), m.start)) : null;
    if (group && !(listed && STAFF.has(noun[1] as string) && /^(?:leurs|ses|nos)$/iu.test(group[1] as string))) return null;
    // "parmi les dix start-up les plus prometteuses", "l'une des 50 entreprises les mieux notées": the size of a
    // ranking ("pour les 4 500 foyers les plus modestes" counts them)
    if (TOP_OF_RANKING.test(ctx.text.slice(m.end + noun[0].length, m.end + noun[0].length + 30)) && RANKED_AMONG.test(ctx.text.slice(Math.max(0, m.start - 12), m.start))) return null;
    // "0,55 dollar par million de tokens", "2 euros le million" are rates, not counts ("dépasse le million de visiteurs" counts).
    // ("porté par une quarantaine de clients": an article makes "par" a passive's agent, not a rate)
    // ("utilisé par 19 000 clients": a passive's agent, counted)
    if (PRICE_OF_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))) return null;
    if (RATE_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 24), m.start)) && !/^(?:une?|des)[ \u00a0]/iu.test(ctx.text.slice(m.start, m.end)) &&
      !PASSIVE_BY.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))) return null;
    // "plusieurs millions d'utilisateurs": a vague quantity has no value to check.
    const vague = VAGUE_QUANTITY.test(ctx.text.slice(m.start, m.end));
    if (COPIES.has(noun[1] as string) && !vague) {
      // (the chip may be named two sentences before, in an article whose headline and lead are about compute)
      const from = (ctx.sentences[Math.max(0, ctx.sentenceIndex - 2)] ?? { start: 0 }).start;
      const before = ctx.text.slice(from, m.start);
      // (copies of a chip, not of what they name after them: "300 exemplaires de la génération précédente")
      const copiesOf = COPIES_OF.exec(ctx.text.slice(m.end + noun[0].length, m.end + noun[0].length + 40));
      // (or of a chip's model, "60 000 exemplaires de la MV-20"; "d'ici fin 2027" is no complement)
      const ofWhat = copiesOf?.[1] as string | undefined;
      if (CHIPS_COPIED.test(before) && (!ofWhat || ofWhat === "ici" || CHIPS_COPIED.test(ofWhat) || /^\p{Lu}[\p{L}-]*\d/u.test(ofWhat)) &&
        (COMPUTE_CONTEXT.test(before) || COMPUTE_CONTEXT.test(ctx.text.slice(0, titleEndOf(ctx.text) + LEAD_CHARS)))) {
        return makeDraft({ start: m.start, end: m.end + noun[0].length }, "gpu_count", m.value, "GPU", ctx, {
          rule: "gpu_count/copies of a chip", confidence: 0.6, approx: m.approx, qualifierSpan: m,
        });
      }
    }
    return makeDraft({ start: m.start, end: m.end + noun[0].length }, "count", vague ? null : m.value, listed ? listedSpelling(noun[1] as string) : noun[1], ctx, {
      rule: listed ? "count/noun" : length ? "count/length of a network" : "count/plural noun", confidence: listed ? 0.75 : 0.6, approx: m.approx, qualifierSpan: m,
    });
  },
};

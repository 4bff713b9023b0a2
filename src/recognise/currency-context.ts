// Which country a currency name shared by several countries stands for in one document. A pure function
// of the document text, in this order:
//   1. the nearest mention of the same currency in full, earlier, else later ("25 milliards de couronnes
//      suédoises … 5 milliards de couronnes" -> SEK; "15,1 milliards de francs … 1,55 milliard de CHF" -> CHF);
//   2. the country, city and nationality words the document uses most ("Abou Dhabi … 30 milliards de dirhams" -> AED);
//   3. the family's default (the code CURRENCIES gives the bare name).
// "dollars" is not a family: French articles name a local dollar each time and give US dollars bare,
// even right after it ("118 dollars de Hong Kong, ce qui valorise le groupe 40 milliards de dollars").
// Quebec's press is the exception: there a bare "$" is a Canadian dollar and US dollars are written
// "$ US" ("240 M$, soit 175 M$ US"), so a Canadian document that writes "$ US" gives its bare dollars in CAD.
import { narrow, narrowRegExp } from "../text/narrow-classes.js";
import { caseless } from "./caseless.js";
import { CURRENCIES, CURRENCY_FAMILIES, lookupCurrency, MONEY_NOUNS, type CurrencyFamily } from "./lexicon-fr.js";
import { alternation, fold, trieAlternation } from "./pattern.js";

const LETTER = narrow(/\p{L}/u);

/** code of a bare shared name at `at` in the document, or undefined when it is not money there */
export type CurrencyResolver = (surface: string, at: number, scaled: boolean) => string | undefined;

interface Family extends CurrencyFamily {
  /** the qualified names and ISO codes of this currency, anywhere in a text */
  qualified: RegExp | null;
  /** per code, its country words (accents and capitals optional) */
  cues: Array<[string, RegExp]>;
}

const FAMILIES: Family[] = CURRENCY_FAMILIES.map(compileFamily);
const FAMILY_OF_BARE = new Map<string, Family>();
for (const f of FAMILIES) for (const b of f.bare) FAMILY_OF_BARE.set(fold(b), f);

/** A resolver for one document; each family is looked up in the text once, on first need. */
export function currencyResolver(text: string): CurrencyResolver {
  const mentions = new Map<Family, Array<{ at: number; code: string }>>();
  const cued = new Map<Family, string | undefined>();
  const cuedOf = (f: Family): string | undefined => {
    if (!cued.has(f)) cued.set(f, cuedCode(text, f));
    return cued.get(f);
  };
  let quebec: boolean | undefined;
  let weighed: boolean | undefined;
  return (surface, at, scaled) => {
    const key = fold(surface);
    if (BARE_DOLLARS.has(key)) return (quebec ??= quebecUsage(text)) ? "CAD" : lookupCurrency(surface);
    const family = FAMILY_OF_BARE.get(key);
    if (!family) return lookupCurrency(surface);
    let named = mentions.get(family);
    if (!named) mentions.set(family, (named = qualifiedMentions(text, family, cuedOf)));
    // "230 millions de livres de sirop d'érable": a document that weighs goods in pounds, with no country of the currency
    // named, means weight by its bare "livres"
    if (family.weighed && named.length === 0 && cuedOf(family) === undefined && (weighed ??= WEIGHED_IN_POUNDS.test(text))) return undefined;
    // "150 couronnes" is money only where the document names the currency in full
    if (!scaled && family.unscaled === "qualified" && named.length === 0) return undefined;
    if (!scaled && family.unscaled === "cued" && named.length === 0 && cuedOf(family) === undefined) return undefined;
    const before = named.filter((m) => m.at < at).pop();
    const code = (before ?? named[0])?.code ?? cuedOf(family);
    if (code) return code;
    return family.former && paragraphYearBefore(text, at, family.former.until) ? family.former.code : lookupCurrency(surface);
  };
}

// (besides the nouns of money: securities, sales and deals, and the singulars the list has in the plural only)
const MONEY_NOUNS_MORE = "obligation|actions?|titres?|ventes?|revenu|perte|recette|dépense|dividende|salaire|coût|prime|taxe|impôt|contrats?|commandes?|amendes?|transferts?|droits|indemnités?|capitalisation|valorisation|dommages|capital";
// "41 millions de livres de sirop", "12 livres de beurre": a weight, the goods weighed named after it (not what money
// is made of: "800 millions de livres d'obligations", "de chiffre d'affaires")
const WEIGHED_IN_POUNDS = narrowRegExp(String.raw`\d[ \u00a0\u202f]*(?:(?:millions?|milliards?|milliers)[ \u00a0\u202f]+(?:de|d['’])[ \u00a0\u202f]*)?livres[ \u00a0\u202f]+(?:de|d['’])[ \u00a0\u202f]*(?!(?:sterling|${MONEY_NOUNS}|${MONEY_NOUNS_MORE})(?![\p{L}]))\p{Ll}`, "u");

const YEAR = narrow(/(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d)(?![\p{N}])/gu);

/** Whether the paragraph around `at` states a year, and every year it states is before `until`. */
function paragraphYearBefore(text: string, at: number, until: number): boolean {
  const start = text.lastIndexOf("\n", at) + 1;
  const end = text.indexOf("\n", at);
  const years = [...text.slice(start, end < 0 ? text.length : end).matchAll(YEAR)].map((m) => Number(m[1]));
  return years.length > 0 && years.every((y) => y < until);
}

const BARE_DOLLARS = new Set(["$", "dollar", "dollars"]);
/** "$ US", "$US", "US$": the symbol forms Quebec writes, French outlets hardly ever. */
const US_DOLLAR_SYMBOL = narrow(/\$[ \u00a0\u202f]?US(?![\p{L}])|(?<![\p{L}])US[ \u00a0\u202f]?\$/u);
const CANADA = narrow(/(?<![\p{L}])(?:qu[ée]b[ée]c|montr[ée]al|canad|ottawa|toront|vancouv|calgar|ontari|gatineau)\p{L}*|(?<![\p{L}])alberta(?![\p{L}])/iu);

// A Quebec outlet or dateline in the head: "La Presse", "Le Devoir", "ICI Mauricie" (Radio-Canada), "Le Soleil",
// "Marie Vaillancourt à Québec | 3 février"
const QUEBEC_PRESS = narrow(/(?<![\p{L}])(?:La[ \u00a0]+Presse|Le[ \u00a0]+Devoir|Radio-Canada|ICI[ \u00a0]+\p{Lu}\p{L}*|Les[ \u00a0]+Affaires|Le[ \u00a0]+Soleil|Journal[ \u00a0]+de[ \u00a0]+(?:Montréal|Québec)|TVA[ \u00a0]+Nouvelles|Le[ \u00a0]+Nouvelliste|Le[ \u00a0]+Droit|à[ \u00a0]+(?:Québec|Montréal)[ \u00a0]*[|·—])(?![\p{L}])/u);
// Quebec's typography of amounts, which French outlets hardly use: "1,1 G$", "400 millions $", "95 000 $", "38,12 $"
const QUEBEC_AMOUNT = narrow(/\d[ \u00a0\u202f]?G\$|(?<![\p{L}])(?:millions?|milliards?)[ \u00a0\u202f]\$|\d[ \u00a0\u202f]\d{3}[ \u00a0\u202f]\$|\d,\d\d[ \u00a0\u202f]\$/u);
// Quebec's words for money and news, which French outlets do not use: "une ronde d'amorçage" (France: "un tour de
// table"), "investisseurs providentiels" ("business angels"), "infolettre" ("newsletter"), "courriel"
const QUEBEC_WORDS = narrow(/(?<![\p{L}])(?:rondes?[ \u00a0]+(?:de[ \u00a0]+financement|d['’]amorçage|de[ \u00a0]+série|de[ \u00a0]+démarrage|de[ \u00a0]+capital)|investisseurs?[ \u00a0]+providentiels?|infolettres?|courriels?)(?![\p{L}])/iu);
const CANADA_ALL = new RegExp(CANADA.source, "giu");
const HEAD_CHARS = 300;

/**
 * Whether a document writes dollars as Quebec does: about Canada, and US dollars marked "$ US"; or from a Quebec
 * outlet (its head names one); or in Quebec's words ("ronde d'amorçage"); or about Canada throughout (three
 * mentions) in Quebec's typography of amounts.
 */
function quebecUsage(text: string): boolean {
  if (!CANADA.test(text)) return false;
  if (US_DOLLAR_SYMBOL.test(text) || QUEBEC_PRESS.test(text.slice(0, HEAD_CHARS)) || QUEBEC_WORDS.test(text)) return true;
  return QUEBEC_AMOUNT.test(text) && (text.match(CANADA_ALL)?.length ?? 0) >= 3;
}

/** "couronnes suédoises" at 12 -> SEK, "CHF" at 140 -> CHF; a qualified name that is itself shared ("francs CFA") by its own cues. */
function qualifiedMentions(text: string, f: Family, cuedOf: (f: Family) => string | undefined): Array<{ at: number; code: string }> {
  if (!f.qualified) return [];
  const out: Array<{ at: number; code: string }> = [];
  f.qualified.lastIndex = 0;
  for (let m = f.qualified.exec(text); m; m = f.qualified.exec(text)) {
    const inner = FAMILY_OF_BARE.get(fold(m[0]));
    const code = /^[A-Z]{3}$/.test(m[0]) ? m[0] : inner && inner !== f ? cuedOf(inner) ?? lookupCurrency(m[0]) : lookupCurrency(m[0]);
    if (code) out.push({ at: m.index, code });
  }
  return out;
}

/** The code whose country words the document uses most (the first used on a tie), or undefined. */
function cuedCode(text: string, f: Family): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  let bestFirst = Infinity;
  for (const [code, re] of f.cues) {
    re.lastIndex = 0;
    let count = 0;
    let first = Infinity;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (LETTER.test(text.charAt(m.index - 1))) continue; // "Cameroun" inside a longer word
      count++;
      first = Math.min(first, m.index);
    }
    if (count > bestCount || (count === bestCount && count > 0 && first < bestFirst)) [best, bestCount, bestFirst] = [code, count, first];
  }
  return best;
}

function compileFamily(f: CurrencyFamily): Family {
  const bare = new Set(f.bare.map(fold));
  const firstWords = new Set((f.names ?? []).map(fold));
  const names = Object.keys(CURRENCIES).filter((k) => {
    const key = fold(k);
    return !bare.has(key) && key.includes(" ") && firstWords.has(key.split(" ")[0] ?? "");
  });
  const codes = new Set([...Object.keys(f.countries), ...names.map((n) => CURRENCIES[n] as string)]);
  // a country's own abbreviation is a qualified mention too: "14,20 DT" (Tunisian dinars), "500 DA" (Algerian), "DH"
  const abbreviations = Object.keys(CURRENCIES).filter((k) => /^[A-Z]{2}$/.test(k) && (CURRENCIES[k] as string) in f.countries);
  const qualified = f.names
    ? narrowRegExp(`(?<![\\p{L}])(?:${caseless(alternation(names))}|${[...codes, ...abbreviations].join("|")})(?![\\p{L}])`, "gu")
    : null;
  // Accents and capitals optional ("geneve" finds "Genève"); the letter before is checked apart: a
  // lookbehind tried at every position of the document is slow.
  const cues = Object.entries(f.countries).map(([code, words]): [string, RegExp] => {
    const whole = words.filter((w) => !w.endsWith("*"));
    const stems = words.filter((w) => w.endsWith("*")).map((w) => w.slice(0, -1));
    const parts = [whole.length ? trieAlternation(whole) : "", stems.length ? `(?:${trieAlternation(stems)})\\p{L}*` : ""].filter(Boolean);
    return [code, narrowRegExp(`(?:${parts.join("|")})(?!\\p{L})`, "gu")];
  });
  return { ...f, qualified, cues };
}

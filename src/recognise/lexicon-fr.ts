// French words for numbers, scales and currencies. Keys are written as in the press, with their
// accents; patterns accept them with or without accents (see pattern.ts), lookups go through fold().
import { fold } from "./pattern.js";

/** 0..19 written as one word ("dix" is here: "dix-sept" is dix + sept). */
export const SMALL_NUMBERS: Record<string, number> = {
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
};

/** Tens, with the Belgian and Swiss "septante", "huitante"/"octante", "nonante". */
export const TENS: Record<string, number> = {
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  septante: 70, huitante: 80, octante: 80, nonante: 90,
};

export const HUNDREDS: Record<string, number> = { cent: 100, cents: 100 };

/** Multipliers after a number: "5,53 milliards". "billion" is the French long scale, 10^12. */
export const SCALE_WORDS: Record<string, number> = {
  mille: 1e3,
  million: 1e6, millions: 1e6,
  milliard: 1e9, milliards: 1e9,
  billion: 1e12, billions: 1e12,
  billiard: 1e15, billiards: 1e15,
  trillion: 1e18, trillions: 1e18,
};

/**
 * Abbreviated scales glued to or after digits: "300 M€", "1,2 Md$", "4 Mds €", "3k". Case matters.
 * Before a currency only: Quebec's "1,1 G$" (a billion dollars), Morocco's "318 MMDH" (a billion dirhams),
 * Tunisia's "5 200 MD" (millions of dinars).
 */
export const SCALE_ABBREVIATIONS: Record<string, number> = {
  k: 1e3, K: 1e3, M: 1e6, Mio: 1e6, Md: 1e9, Mds: 1e9, Mrd: 1e9, Mrds: 1e9, G: 1e9, MM: 1e9,
  // Swiss: "CHF 180 mio", "CHF 1,3 mia"
  mio: 1e6, mios: 1e6, Mios: 1e6, mia: 1e9, mias: 1e9, Mia: 1e9, Mias: 1e9, mrd: 1e9, mrds: 1e9, mds: 1e9,
};

/** Scales written apart from the number in Swiss or lower-case use ("CHF 180 mio", "1,3 mia", "140 mds"): a regex
 * alternation shared by the number recogniser and the rules that ask whether an amount is scaled. */
export const SPACED_LOWER_SCALES = "[mM]ios?|[mM]ias?|mrds?|mds";
/** What an amount is made of, after "de": "45 millions de subventions", "2 milliards de chiffre d'affaires" are money
 * where "45 millions d'utilisateurs" counts (a regex alternation, read case-insensitively by the claim rules). */
export const MONEY_NOUNS = String.raw`argent|fonds|dépréciations?|provisions|amortissements|charges|cessions|subventions?|subsides?|aides?|prêts?|crédits?|dettes?|obligations|dons|financements?|investissements?|dépenses|recettes|revenus|bénéfices?|pertes|économies|dotations?|capitaux|liquidités|trésorerie|chiffre[ \u00a0\u202f]+d['’]affaires|taxes|impôts|primes|bonus|salaires|dividendes|frais|coûts|budget|cash|comptes[ \u00a0\u202f]+courants|prélèvements(?:[ \u00a0\u202f]+obligatoires)?|(?:hausses?|baisses?|allègements?)[ \u00a0\u202f]+(?:de|d['’])[ \u00a0\u202f]*(?:prélèvements|impôts?|taxes|cotisations|fiscalité)|droits[ \u00a0\u202f]+(?:télévisés|TV|audiovisuels)`;

/** Round-number nouns: "une dizaine" (about 10), "des milliers de" (about 1000). */
export const APPROX_NOUNS: Record<string, number> = {
  dizaine: 10, dizaines: 10, douzaine: 12, douzaines: 12, quinzaine: 15, quinzaines: 15,
  vingtaine: 20, vingtaines: 20, trentaine: 30, trentaines: 30, quarantaine: 40,
  cinquantaine: 50, cinquantaines: 50, soixantaine: 60, centaine: 100, centaines: 100,
  // Belgian and Swiss: "une septantaine", "une nonantaine"
  septantaine: 70, huitantaine: 80, nonantaine: 90,
  millier: 1000, milliers: 1000,
};

/**
 * Denominators of fractions in words, by the cardinal they stand for: "trois quarts" = 3/4,
 * "un vingt-cinquième" = 1 / (vingt + cinq). "unième" only ends a compound ("vingt et unième").
 */
export const ORDINAL_WORDS: Record<string, { cardinal: string; value: number }> = {
  demi: { cardinal: "deux", value: 2 }, demie: { cardinal: "deux", value: 2 }, demis: { cardinal: "deux", value: 2 },
  tiers: { cardinal: "trois", value: 3 }, quart: { cardinal: "quatre", value: 4 }, quarts: { cardinal: "quatre", value: 4 },
  ...ordinalsFrom({
    unième: "un", deuxième: "deux", troisième: "trois", quatrième: "quatre", cinquième: "cinq",
    sixième: "six", septième: "sept", huitième: "huit", neuvième: "neuf", dixième: "dix",
    onzième: "onze", douzième: "douze", treizième: "treize", quatorzième: "quatorze",
    quinzième: "quinze", seizième: "seize", vingtième: "vingt", trentième: "trente",
    quarantième: "quarante", cinquantième: "cinquante", soixantième: "soixante",
    septantième: "septante", huitantième: "huitante", octantième: "octante", nonantième: "nonante",
    centième: "cent", millième: "mille", millionième: "million", milliardième: "milliard",
    billionième: "billion",
  }),
};

function ordinalsFrom(words: Record<string, string>): Record<string, { cardinal: string; value: number }> {
  const out: Record<string, { cardinal: string; value: number }> = {};
  for (const [ordinal, cardinal] of Object.entries(words)) {
    const value = cardinalValue(cardinal);
    out[ordinal] = { cardinal, value };
    out[`${ordinal}s`] = { cardinal, value };
  }
  return out;
}

function cardinalValue(word: string): number {
  return SMALL_NUMBERS[word] ?? TENS[word] ?? HUNDREDS[word] ?? SCALE_WORDS[word] ?? 0;
}

/** Kinds of word a run of number words is made of. */
export type WordKind = "small" | "ten" | "hundred" | "scale" | "approx" | "ordinal" | "et" | "de" | "virgule";

export interface NumberWord {
  kind: WordKind;
  value: number;
  /** for an ordinal: the cardinal it is built on ("cinquième" => "cinq") */
  cardinal?: string;
  /** "quarts", "cinquièmes": plural ordinals always read as fractions */
  plural?: boolean;
}

const WORDS = new Map<string, NumberWord>();
for (const [w, v] of Object.entries(SMALL_NUMBERS)) WORDS.set(fold(w), { kind: "small", value: v });
for (const [w, v] of Object.entries(TENS)) WORDS.set(fold(w), { kind: "ten", value: v });
for (const [w, v] of Object.entries(HUNDREDS)) WORDS.set(fold(w), { kind: "hundred", value: v });
for (const [w, v] of Object.entries(SCALE_WORDS)) WORDS.set(fold(w), { kind: "scale", value: v });
for (const [w, v] of Object.entries(APPROX_NOUNS)) WORDS.set(fold(w), { kind: "approx", value: v });
for (const [w, o] of Object.entries(ORDINAL_WORDS)) {
  WORDS.set(fold(w), { kind: "ordinal", value: o.value, cardinal: o.cardinal, plural: w.endsWith("s") && w !== "tiers" });
}
WORDS.set("et", { kind: "et", value: 0 });
WORDS.set("de", { kind: "de", value: 0 });
WORDS.set("virgule", { kind: "virgule", value: 0 });

/** The number word a token is, or undefined: "Zéro" => small 0. */
export function lookupNumberWord(token: string): NumberWord | undefined {
  // memoised on the raw token: fold() normalises Unicode, too slow to run on every word
  if (SEEN.has(token)) return SEEN.get(token);
  const word = WORDS.get(fold(token));
  if (SEEN.size > 10_000) SEEN.clear();
  SEEN.set(token, word);
  return word;
}
const SEEN = new Map<string, NumberWord | undefined>();

/** Every word that can start or continue a run of number words. */
export const NUMBER_WORD_KEYS: string[] = [
  ...Object.keys(SMALL_NUMBERS), ...Object.keys(TENS), ...Object.keys(HUNDREDS),
  ...Object.keys(SCALE_WORDS), ...Object.keys(APPROX_NOUNS), ...Object.keys(ORDINAL_WORDS),
];

/** Determiners that make a round noun vague: "des milliards de dollars", "plusieurs centaines". */
export const VAGUE_DETERMINERS = ["des", "quelques", "plusieurs", "de", "les", "ces", "par"];

/**
 * Currency names and symbols => ISO 4217. "$" and a bare "dollar" are USD, a bare "livre" GBP
 * (the peers' convention; "livres" alone is taken as money only with a scale, see money.ts).
 */
export const CURRENCIES: Record<string, string> = {
  "€": "EUR", euro: "EUR", euros: "EUR",
  "$": "USD", "US$": "USD", "$US": "USD", "$ US": "USD", "$ USD": "USD", "$USD": "USD",
  dollar: "USD", dollars: "USD", "dollar US": "USD", "dollars US": "USD", "dollar américain": "USD",
  "dollars américains": "USD", "dollars des États-Unis": "USD",
  "$ CA": "CAD", "$CA": "CAD", "$ CAN": "CAD", "$CAN": "CAD", "$ CAD": "CAD", "$CAD": "CAD", "$ c": "CAD", "C$": "CAD",
  "dollar canadien": "CAD", "dollars canadiens": "CAD",
  "dollar australien": "AUD", "dollars australiens": "AUD", "A$": "AUD", "$ AU": "AUD",
  "dollar néo-zélandais": "NZD", "dollars néo-zélandais": "NZD",
  "dollars de Hong Kong": "HKD", "dollar de Hong Kong": "HKD", "dollars hongkongais": "HKD", "dollar hongkongais": "HKD",
  "dollars de Hongkong": "HKD", "dollar de Hongkong": "HKD", "$ HK": "HKD", "$HK": "HKD", "HK$": "HKD",
  "dollars de Singapour": "SGD", "dollar de Singapour": "SGD", "dollars singapouriens": "SGD", "dollar singapourien": "SGD",
  "dollars taïwanais": "TWD", "dollar taïwanais": "TWD", "nouveaux dollars taïwanais": "TWD", "dollars de Taïwan": "TWD",
  "dollar de Taïwan": "TWD", "dollars de Taiwan": "TWD", "NT$": "TWD",
  "£": "GBP", "livre sterling": "GBP", "livres sterling": "GBP", sterling: "GBP", livre: "GBP", livres: "GBP",
  pound: "GBP", pounds: "GBP", "livres britanniques": "GBP",
  "franc suisse": "CHF", "francs suisses": "CHF", "Fr.": "CHF",
  "¥": "JPY", yen: "JPY", yens: "JPY",
  yuan: "CNY", yuans: "CNY", renminbi: "CNY", renminbis: "CNY",
  rouble: "RUB", roubles: "RUB", "₽": "RUB",
  "roupie indienne": "INR", "roupies indiennes": "INR", roupie: "INR", roupies: "INR", "₹": "INR",
  "roupie pakistanaise": "PKR", "roupies pakistanaises": "PKR",
  won: "KRW", wons: "KRW", "wons sud-coréens": "KRW", "₩": "KRW",
  "couronne suédoise": "SEK", "couronnes suédoises": "SEK",
  "couronne norvégienne": "NOK", "couronnes norvégiennes": "NOK",
  "couronne danoise": "DKK", "couronnes danoises": "DKK",
  "couronne tchèque": "CZK", "couronnes tchèques": "CZK",
  zloty: "PLN", zlotys: "PLN", zlotis: "PLN",
  forint: "HUF", forints: "HUF",
  "R$": "BRL", "réal brésilien": "BRL", "réals brésiliens": "BRL", "réaux brésiliens": "BRL", reais: "BRL",
  "peso mexicain": "MXN", "pesos mexicains": "MXN",
  "peso argentin": "ARS", "pesos argentins": "ARS",
  rand: "ZAR", rands: "ZAR",
  shekel: "ILS", shekels: "ILS", sheqel: "ILS", sheqalim: "ILS", "₪": "ILS",
  "livre turque": "TRY", "livres turques": "TRY", "lire turque": "TRY", "lires turques": "TRY",
  "dirham marocain": "MAD", "dirhams marocains": "MAD", DH: "MAD", Dh: "MAD", Dhs: "MAD", "dirham émirati": "AED", "dirhams émiratis": "AED",
  "riyal saoudien": "SAR", "riyals saoudiens": "SAR", "rials saoudiens": "SAR",
  "livre égyptienne": "EGP", "livres égyptiennes": "EGP",
  hryvnia: "UAH", hryvnias: "UAH", "₴": "UAH",
  "mark finlandais": "FIM", "marks finlandais": "FIM",
  "florin hollandais": "NLG", "florins hollandais": "NLG", "florins néerlandais": "NLG",
  "mark allemand": "DEM", "marks allemands": "DEM", deutschemark: "DEM", deutschemarks: "DEM",
  "franc CFA": "XOF", "francs CFA": "XOF", FCFA: "XOF", "F CFA": "XOF", cedi: "GHS", cedis: "GHS", "franc CFP": "XPF", "francs CFP": "XPF",
  // the Pacific franc of French Polynesia, New Caledonia and Wallis-et-Futuna: "11 milliards de Fcfp", "3 850 F CFP"
  "F CFP": "XPF", FCFP: "XPF", "franc Pacifique": "XPF", "francs Pacifique": "XPF",
  "francs congolais": "CDF", "francs guinéens": "GNF", "francs rwandais": "RWF", "francs burundais": "BIF",
  "francs djiboutiens": "DJF", "francs comoriens": "KMF", "francs belges": "BEF", "francs français": "FRF",
  "riyals qatariens": "QAR", "riyals qataris": "QAR", "rials qataris": "QAR", "riyal qatari": "QAR",
  "rials omanais": "OMR", "riyals omanais": "OMR", "rials iraniens": "IRR", "rial iranien": "IRR", "rials yéménites": "YER",
  "dirhams des Émirats": "AED", "dirham émirien": "AED", "dirhams émiriens": "AED",
  "dinar tunisien": "TND", "dinars tunisiens": "TND", DT: "TND", "dinar algérien": "DZD", "dinars algériens": "DZD", DA: "DZD",
  "dinar koweïtien": "KWD", "dinars koweïtiens": "KWD", "dinars libyens": "LYD", "dinars irakiens": "IQD",
  "dinars jordaniens": "JOD", "dinars bahreïnis": "BHD", "dinars serbes": "RSD",
  "pesos chiliens": "CLP", "pesos colombiens": "COP", "pesos philippins": "PHP", "pesos uruguayens": "UYU", "pesos cubains": "CUP",
  "couronne islandaise": "ISK", "couronnes islandaises": "ISK",
  "livre libanaise": "LBP", "livres libanaises": "LBP", LL: "LBP", "livres syriennes": "SYP",
  "lires italiennes": "ITL", "lire italienne": "ITL",
  réals: "BRL", réaux: "BRL", naira: "NGN", nairas: "NGN", baht: "THB", bahts: "THB", ringgit: "MYR", ringgits: "MYR",
  "shilling kényan": "KES", "shillings kényans": "KES", "shilling ougandais": "UGX", "shillings ougandais": "UGX",
  "shilling tanzanien": "TZS", "shillings tanzaniens": "TZS", "shillings somaliens": "SOS",
  birr: "ETB", birrs: "ETB", ariary: "MGA", "roupie mauricienne": "MUR", "roupies mauriciennes": "MUR",
  kwacha: "ZMW", kwachas: "ZMW", "francs malgaches": "MGF",
  rupiahs: "IDR", "roupie indonésienne": "IDR", "roupies indonésiennes": "IDR", "roupies srilankaises": "LKR", "roupies népalaises": "NPR", dongs: "VND",
  // Names several countries use, with the default code; currency-context.ts picks the document's country.
  riyal: "SAR", riyals: "SAR", rial: "SAR", rials: "SAR", dirham: "MAD", dirhams: "MAD", dinar: "DZD", dinars: "DZD",
  shilling: "KES", shillings: "KES",
  peso: "MXN", pesos: "MXN", franc: "CHF", francs: "CHF", couronne: "SEK", couronnes: "SEK", lires: "TRY",
};

/**
 * A currency name several countries share ("couronnes", "dirhams", "francs"): which code a bare one
 * stands for depends on the country the document is about (see currency-context.ts).
 * - `bare`: the ambiguous surfaces (keys of CURRENCIES, whose code is the default);
 * - `names`: first words of the qualified names of the same currency ("couronnes suédoises", "couronne
 *   norvégienne"); a document that writes one of them, or its ISO code, means that one;
 * - `countries`: per code, folded words that point to its country; `*` ends a stem ("sued*": Suède, suédoise);
 * - `unscaled`: "qualified" when a bare amount without a scale is money only if the document names
 *   the currency in full ("150 couronnes" may be crowns, "trois couronnes dentaires"); "cued" when naming
 *   one of its countries is enough ("4 300 livres" in a story from London; "neuf livres" are books elsewhere).
 */
export interface CurrencyFamily {
  bare: string[];
  names?: string[];
  countries: Record<string, string[]>;
  unscaled?: "qualified" | "cued";
  /** a unit of weight too ("livres"): bare, not money in a document that weighs goods with it */
  weighed?: boolean;
  /** the code a bare name stands for in a paragraph set before `until` (a year under it), with no country cue */
  former?: { code: string; until: number };
}

const SWISS = ["suisse*", "helvet*", "geneve", "genevois*", "zurich", "zurichois*", "berne", "bernois*", "lausanne", "lugano", "vaud", "vaudois*"];
const WEST_AFRICA = ["senegal*", "dakar", "ivoir*", "abidjan", "mali", "malien*", "bamako", "burkina*", "ouagadougou", "niger", "nigerien*", "niamey",
  "benin", "beninois*", "cotonou", "togo", "togolais*", "lome", "uemoa", "bceao"];
const PACIFIC = ["polynesi*", "tahiti*", "papeete", "caledoni*", "noumea", "wallis", "futuna"];
const CENTRAL_AFRICA = ["cameroun*", "douala", "yaounde", "gabon*", "libreville", "tchad*", "centrafric*", "brazzaville", "cemac", "beac", "equato-guineen*"];

export const CURRENCY_FAMILIES: CurrencyFamily[] = [
  { bare: ["riyal", "riyals", "rial", "rials"], names: ["riyal", "riyals", "rial", "rials"], countries: {
    SAR: ["saoudien*", "arabie", "riyad", "djeddah"], QAR: ["qatar*", "doha"], OMR: ["oman", "omanais*", "mascate"],
    IRR: ["iran", "iranien*", "teheran"], YER: ["yemen*", "sanaa"],
  } },
  // Dirhams default to Morocco's: the French-language press of Morocco quotes them daily.
  { bare: ["dirham", "dirhams"], names: ["dirham", "dirhams"], countries: {
    MAD: ["maroc", "marocain*", "casablanca", "rabat", "marrakech", "tanger"],
    AED: ["emirats", "emirati*", "emirien*", "abou dhabi", "abu dhabi", "dubai", "charjah"],
  } },
  // Dinars default to Algeria's, the largest economy quoting them.
  { bare: ["dinar", "dinars"], names: ["dinar", "dinars"], countries: {
    DZD: ["algerie", "algerien*", "alger"], TND: ["tunisie", "tunisien*", "tunis"], KWD: ["koweit*"],
    LYD: ["libye", "libyen*", "tripoli"], IQD: ["irak", "irakien*", "bagdad"], JOD: ["jordanie", "jordanien*", "amman"],
    BHD: ["bahrein*"], RSD: ["serbie", "serbe*", "belgrade"],
  } },
  // Pesos default to Mexico's, the largest economy quoting them.
  { bare: ["peso", "pesos"], names: ["peso", "pesos"], countries: {
    MXN: ["mexique", "mexicain*", "mexico"], ARS: ["argentine", "argentin", "argentins", "buenos aires"],
    CLP: ["chili", "chilien*", "santiago"], COP: ["colombie", "colombien*", "bogota"],
    PHP: ["philippines", "philippin*", "manille"], UYU: ["uruguay*", "montevideo"], CUP: ["cuba", "cubain*", "la havane"],
  } },
  // Bare francs default to Swiss francs: the only franc of a rich country still in use.
  // ... but in a paragraph about the years before the euro, without a Swiss or African cue, the French franc
  { bare: ["franc", "francs"], names: ["franc", "francs"], countries: { CHF: SWISS, XOF: WEST_AFRICA, XAF: CENTRAL_AFRICA, XPF: PACIFIC }, former: { code: "FRF", until: 2002 } },
  { bare: ["franc CFA", "francs CFA", "FCFA", "F CFA"], countries: { XOF: WEST_AFRICA, XAF: CENTRAL_AFRICA } },
  { bare: ["couronne", "couronnes"], names: ["couronne", "couronnes"], unscaled: "qualified", countries: {
    SEK: ["suede", "suedois*", "stockholm", "goteborg"], NOK: ["norvege", "norvegien*", "oslo"],
    DKK: ["danemark", "danois*", "copenhague"], CZK: ["tchequie", "tchequ*", "prague"], ISK: ["islande", "islandais*", "reykjavik"],
  } },
  { bare: ["livre", "livres"], names: ["livre", "livres"], unscaled: "cued", weighed: true, countries: {
    GBP: ["royaume-uni", "britannique*", "londres", "angleterre", "anglais*", "ecosse", "ecossais*"], EGP: ["egypte", "egyptien*", "caire"],
    LBP: ["liban", "libanais*", "beyrouth"], SYP: ["syrie", "syrien*", "damas"],
  } },
  // Bare shillings default to Kenya's, East Africa's largest economy.
  { bare: ["shilling", "shillings"], names: ["shilling", "shillings"], countries: {
    KES: ["kenya*", "nairobi", "mombasa", "kisumu"], UGX: ["ouganda*", "kampala"], TZS: ["tanzani*", "dar es salaam", "dodoma", "zanzibar"],
    SOS: ["somali*", "mogadiscio"],
  } },
  // Bare rupees default to India's; Indonesia, Pakistan, Sri Lanka and Nepal quote their own.
  { bare: ["roupie", "roupies"], names: ["roupie", "roupies"], countries: {
    INR: ["inde", "indien*", "bombay", "mumbai", "delhi", "bangalore", "bengaluru"], IDR: ["indonesie", "indonesien*", "jakarta"],
    PKR: ["pakistan*", "karachi", "islamabad"], LKR: ["sri lanka", "sri-lankais*", "colombo"], NPR: ["nepal*", "katmandou"],
  } },
  { bare: ["lires"], names: ["lire", "lires"], countries: { TRY: ["turquie", "turc", "turcs", "turque*", "istanbul", "ankara"], ITL: ["italie", "italien*", "rome", "milan"] } },
];

/** ISO codes written as such: "EUR 20", "20 USD". Matched in capitals only ("ils" is a pronoun). */
export const CURRENCY_CODES = [
  "EUR", "USD", "GBP", "CHF", "JPY", "CNY", "RMB", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "INR", "KRW", "SEK",
  "NOK", "DKK", "CZK", "PLN", "HUF", "RUB", "BRL", "MXN", "ZAR", "ILS", "AED", "SAR", "TRY", "UAH",
  "XOF", "XAF", "XPF", "MAD", "TND", "DZD", "QAR", "KWD", "EGP", "NGN", "THB", "MYR",
  "KES", "UGX", "TZS", "ETB", "GHS", "RWF", "CDF", "GNF", "MGA", "MUR", "ZMW", "IDR", "VND", "PHP", "PKR", "ARS", "CLP", "COP",
];
const CODE_SET = new Set(CURRENCY_CODES);

const CURRENCY_BY_FOLD = new Map<string, string>();
for (const [k, v] of Object.entries(CURRENCIES)) CURRENCY_BY_FOLD.set(fold(k).replace(/\s+/g, " "), v);

/** ISO code of a currency surface: "Dollars  canadiens" => "CAD". */
export function lookupCurrency(surface: string): string | undefined {
  const key = fold(surface).replace(/\s+/g, " ");
  if (/^[A-Za-z]{3}$/.test(surface)) return CODE_SET.has(surface) ? (surface === "RMB" ? "CNY" : surface) : CURRENCY_BY_FOLD.get(key);
  return CURRENCY_BY_FOLD.get(key);
}

/**
 * Capitalised words that often stand before a number without naming anything: "En 2024",
 * "Selon 3 sources". Any other capitalised word right before a bare number makes it a name:
 * "Windows 11", "CAC 40", "Llama 3".
 */
export const FUNCTION_WORDS = new Set([
  "a", "à", "au", "aux", "avec", "apres", "après", "avant", "car", "ce", "ces", "chez", "contre", "dans",
  "de", "des", "depuis", "des", "dès", "donc", "du", "elle", "elles", "en", "entre", "environ", "et",
  "il", "ils", "je", "jusqu", "l", "la", "le", "les", "leur", "leurs", "mais", "moins", "nos", "nous",
  "on", "or", "ou", "par", "parmi", "plus", "pour", "pres", "près", "quelque", "quelques", "sa", "sans",
  "selon", "ses", "soit", "son", "sous", "sur", "tous", "toutes", "un", "une", "vers", "vos", "vous",
  "voici", "voila", "voilà", "y", "quasi", "presque", "seulement", "pas", "ni", "fin", "mi", "debut",
  "début", "courant", "ete", "été", "hiver", "automne", "printemps", "janvier", "fevrier", "février",
  "mars", "avril", "mai", "juin", "juillet", "aout", "août", "septembre", "octobre", "novembre",
  "decembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "total", "totalisant", "soit", "exactement", "quelque", "jusqu'a", "jusqu'à", "ainsi", "aussi",
  "puis", "alors", "enfin", "deja", "déjà", "encore", "hier", "aujourd'hui", "cette", "cet",
  // "Seules 380 personnes ont été embauchées", "Désormais 1 200 salariés"
  "seul", "seule", "seuls", "seules", "desormais", "désormais", "pourtant", "surtout", "notamment", "certes",
]);

/** Lower-case words after which a bare number is a name: "version 3", "article 49", "n° 5". */
export const NAME_WORDS = new Set([
  "version", "v", "v.", "article", "articles", "alinea", "alinéa", "n°", "no", "nº", "numero", "numéro",
  "tome", "chapitre", "saison", "episode", "épisode", "acte", "modele", "modèle", "generation",
  "génération", "gen", "type", "serie", "série", "route", "autoroute", "ligne", "vol", "page", "pages",
  "salle", "porte", "gate", "quai", "terminal", "rue", "avenue", "boulevard", "bd", "chambre",
]);

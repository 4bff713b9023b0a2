// Finds the organisations, products, media, people and places a document names, with the role
// the words around give each mention. The subject finder (subject.ts) picks among them.
// e.g. "Anthropic où Amazon a investi" -> Anthropic (org), Amazon (org, role investor)

import type { Span } from "../recognise/types.js";
import { narrow, narrowRegExp } from "../text/narrow-classes.js";
import { FIRST_NAMES, INDICES, INVESTORS, MEDIA, ORGANISATIONS, PLACES, PRODUCTS, VENDORS, type EntityType } from "./names-fr.js";
import { fold, literalAlternation } from "../recognise/pattern.js";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../recognise/date-lexicon-fr.js";
import { lookupCurrency } from "../recognise/lexicon-fr.js";
import { isLetterOrDigit, isLower } from "../text/chars.js";
import { afterListBullet } from "../text/lines.js";
import { ASTRAL, CAPITAL, firstWord, INNER_CAPITAL, isSurrogate, mayBeUpper, scanWords, StickyScan, type Words } from "./word-starts.js";

export type EntityRole =
  | "agent" // plain mention: "xAI a levé", "sa start-up xAI"
  | "genitive" // "la valorisation d'xAI", "les 100 milliards d'OpenAI"
  | "companion" // "rivaliser avec OpenAI, Google ou Meta", "en partenariat avec Oracle", "comme Anthropic"
  | "attribution" // "selon Reuters", "indique The Information"
  | "descriptor" // "le fondateur de Tesla et SpaceX" describes a person
  | "investor" // "Amazon a investi", "mené par Sequoia"
  | "modifier" // "100 000 puces Nvidia", "17 Boeing 787": the maker named with what is counted
  | "setting" // "En Europe,", "à Memphis": a place where, not who
  | "owner"; // "JASM, contrôlée par TSMC": owns the company just named, whose claims are not its own

export interface Entity extends Span {
  name: string;
  type: EntityType;
  role: EntityRole;
  vendor: boolean;
  /** named by an apposition ("le supercalculateur Jean Zay"): beats a first-name reading */
  appositive?: boolean;
  /** the noun of that apposition ("fonds" in "le fonds spéculatif High-Flyer"), for "le fonds" later */
  head?: string;
}

interface Known {
  name: string;
  type: EntityType;
}

const KNOWN = new Map<string, Known>();
for (const [name, spellings] of Object.entries(ORGANISATIONS)) for (const s of spellings) KNOWN.set(s, { name, type: "org" });
for (const name of INVESTORS) KNOWN.set(name, { name, type: "org" });
for (const [name, spellings] of Object.entries(PRODUCTS)) for (const s of spellings) KNOWN.set(s, { name, type: "product" });
for (const name of MEDIA) KNOWN.set(name, { name, type: "media" });

const L = "\\p{L}\\p{N}";
// Known names, optionally with a version: "Grok-2", "GPT-4o", "Llama 3.1" (the version is part of the name).
/** The first words of names (and their first characters, a cheaper test): a word not among them opens no name. */
interface FirstWords {
  codes: Set<number>;
  words: Set<string>;
}
function firstWords(names: Iterable<string>): FirstWords {
  const codes = new Set<number>();
  const words = new Set<string>();
  for (const n of names) {
    codes.add(n.charCodeAt(0));
    words.add(firstWord(n));
  }
  return { codes, words };
}

const KNOWN_FIRST = firstWords(KNOWN.keys());
const KNOWN_NAME = narrowRegExp(
  `(?<![${L}])(${literalAlternation([...KNOWN.keys()])})((?:-\\d+(?:\\.\\d+)?[a-z]?|\\s\\d+(?:\\.\\d+)?(?![${L}]|[ \\u00a0\\u202f]\\d))(?:\\s(?:Sonnet|Opus|Haiku|Pro|Ultra|Flash|Nano|Mini|Turbo|Large|Small|Medium|Max|Code))?)?(?![${L}])`,
  "uy",
);
const INNER_CAPS = narrowRegExp(`(?<![${L}'’-])(?:\\p{Lu}{2,}\\p{Ll}{2,}|\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}]*|\\p{Ll}{1,3}\\p{Lu}[\\p{L}]*)(?![${L}'’-])`, "uy");
// Unit symbols and chemical formulas spelled like such names: "34 dB", "12 kWh", "80 GiB", "1,2 PFlops", "carbure de
// silicium (SiC)", "nitrure de gallium (GaN)".
const SYMBOLS: ReadonlySet<string> = new Set([
  "dB", "dBA", "kW", "kWh", "kWc", "kVA", "mW", "mWh", "mAh", "pH", "eV", "keV", "MeV", "GeV", "TeV", "kHz", "mHz", "nF", "mmHg",
  "KiB", "MiB", "GiB", "TiB", "PiB", "TFlops", "PFlops", "GFlops", "EFlops",
  "SiC", "GaN", "GaAs", "InP", "InGaAs", "AlN", "SiGe", "TiN", "CdTe", "SiN", "HfO",
]);
// What follows a town: where it lies ("…, dans les Pyrénées-Atlantiques", "…, près de Grenoble"). Not a département
// number: "La station de Valcoyère (73)" is the protagonist, named after its town.
const PLACE_CUE = narrowRegExp(
  `,[ \\u00a0]{1,3}(?:dans[ \\u00a0]{1,3}(?:le|la|les|l['’])[ \\u00a0]?(?:\\p{Lu}|département|région|banlieue|périphérie|vallée|bassin)|(?:près|non[ \\u00a0]loin|à[ \\u00a0]\\d{1,3}[ \\u00a0]?km)[ \\u00a0]{1,3}(?:de|d['’])[ \\u00a0]?\\p{Lu}|au[ \\u00a0](?:nord|sud|cœur|pied)[ \\u00a0](?:de|d['’]|du|des))`,
  "gu",
);
const NAME_BEFORE_CUE = narrow(/(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]{0,40})$/u);

/** "l'usine de Lacq, dans les Pyrénées-Atlantiques", "Crolles, près de Grenoble": the towns a text situates. */
function townsSituated(text: string): Set<string> {
  const towns = new Set<string>();
  PLACE_CUE.lastIndex = 0;
  for (let m = PLACE_CUE.exec(text); m; m = PLACE_CUE.exec(text)) {
    const name = NAME_BEFORE_CUE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (name) towns.add(name[1] as string);
  }
  return towns;
}
// Products with a version even when unknown: "GPT-4o", "Gemini-1.5", "Phi-3".
const VERSIONED = narrowRegExp(`(?<![${L}-])(\\p{Lu}[\\p{L}]+-\\d+(?:\\.\\d+)?[a-z]?)(?![${L}])`, "uy");
// A name: capitalised words; a dot only inside one ("Character.ai"), never the sentence's full stop.
const NAME_CHARS = `(?:[${L}&'’-]|\\.(?=[${L}]))*`;
// Up to three words: "Sa filiale Engie Brasil Energia"; an elided "d'" may join two ("la plateforme Semeurs d'Ouest"),
// and so may an ampersand ("le joaillier Aldwyn & Vail", "Procter & Gamble").
const CAPITALISED = `\\p{Lu}${NAME_CHARS}(?:[ \\u00a0](?:\\p{Lu}${NAME_CHARS}|AI|IA|d['’]\\p{Lu}${NAME_CHARS}|&[ \\u00a0]\\p{Lu}${NAME_CHARS})){0,2}`;
// "la start-up allemande Helsing", "sa start-up d'intelligence artificielle xAI", "le site spécialisé The Information"
const APPOSITIVE_NOUNS = [
  "start-up", "startup", "société", "entreprise", "groupe", "firme", "licorne", "pousse", "pépite", "plateforme", "laboratoire", "chatbot",
  "modèle", "supercalculateur", "projet", "application", "constructeur", "fabricant", "éditeur", "fonds", "banque", "agence", "site",
  "journal", "quotidien", "hebdomadaire", "magazine", "mensuel", "cabinet", "réseau social", "opérateur", "géant", "champion", "spécialiste", "fournisseur", "concurrent",
  "rival", "leader", "acteur", "division", "branche", "filiale", "équipementier", "hébergeur", "conglomérat", "distributeur", "assureur", "fondeur",
  "industriel", "numéro un", "coentreprise", "co-entreprise", "joint-venture", "câble",
  // public schemes named after their noun: "son plan «Santé augmentée»", "le programme Horizon Europe"
  "plan", "programme",
  // companies named by their trade: "l'électricien EDF", "le pétrolier norvégien Equinor", "l'avionneur Airbus"
  "électricien", "énergéticien", "pétrolier", "gazier", "avionneur", "motoriste", "armateur", "transporteur", "chimiste",
  "sidérurgiste", "cimentier", "sous-traitant", "loueur", "voyagiste", "brasseur", "câblo-opérateur", "minier", "verrier", "développeur", "promoteur",
  "façonnier", "exploitant",
  // other kinds of firm: "la coopérative agricole Arvorel", "la compagnie aérienne Garonair", "l'enseigne Maxi-Bazar"
  "coopérative", "mutuelle", "compagnie", "enseigne", "chaîne", "biotech", "medtech", "fintech", "deeptech", "edtech", "foodtech", "cleantech", "greentech", "healthtech", "insurtech", "proptech", "legaltech", "agritech",
  // shops, houses and trades of consumer goods: "le discounter Prixéo", "Budgéa, le supermarché en ligne", "la maison de
  // couture X", "la marque de yaourts X", "le grossiste X" (not "le courtier X": a broker's figures are the company's;
  // nor "la brasserie X", as often a building: "les anciens locaux de la brasserie Fischer"; nor a bare "maison", as
  // often "in-house": "ses puces maison Trainium 3")
  "discounter", "supermarché", "hypermarché", "détaillant", "grossiste", "marque", "biscuiterie",
  "maison de couture", "maison de mode", "maison de luxe", "maison de joaillerie", "maison de champagne", "maison de cognac",
  "laiterie", "fromagerie", "chocolatier", "joaillier", "maroquinier", "parfumeur", "horloger", "négociant",
  "réassureur", "bancassureur", "logisticien", "semencier", "papetier", "alliance",
];
/** The first word of each noun: where no such word (nor "le", "la", "l'") starts, the pattern is not tried. */
const APPOSITIVE_FIRST_WORDS = new Set(APPOSITIVE_NOUNS.map((n) => n.split(/[ -]/)[0] as string));
const APPOSITIVE_FIRST_CODES = new Set(APPOSITIVE_NOUNS.map((n) => n.charCodeAt(0)));
// Common nouns and adverbs with a nationality's ending: "le mois dernier à Magny" is no "le [nationality] X".
const NOT_NATIONALITIES = [
  "mois", "fois", "lois", "bois", "frais", "mais", "jamais", "désormais", "relais", "biais", "délais", "palais", "main", "demain",
  "lendemain", "prochain", "prochaine", "certain", "certaine", "humain", "terrain", "train", "lien", "bien", "rien", "moyen", "ancien",
  "ancienne", "grand", "grande", "quelque", "chaque", "presque", "époque", "risque", "marque", "politique", "technique", "pratique",
  "numérique", "publique", "logique", "critique", "unique",
  // people by trade: "le gardien Yanis ...", "la technicienne ..."
  "gardien", "gardienne", "technicien", "technicienne", "musicien", "musicienne", "comédien", "comédienne", "informaticien",
  "informaticienne", "mathématicien", "physicien", "chirurgien", "pharmacien", "politicien", "historien", "électricien",
  "mécanicien", "praticien", "magicien", "opticien", "écrivain", "écrivaine", "parrain", "marraine", "marchand",
];
const APPOSITIVE = narrowRegExp(
  `(?<![${L}])(?:(?:[Ll]e|[Ll]a|[Ll]['’])[ \\u00a0]*(?:(?:sud|nord|est|ouest)-)?(?:(?!(?:${NOT_NATIONALITIES.join("|")})(?![${L}]))\\p{Ll}+(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ian|iane|ain|aine|and|ande|ique|que)|suisse|belge|britannique|russe)|` +
    APPOSITIVE_NOUNS.join("|") +
    `)(?:[ \\u00a0]+(?:d['’]|de[ \\u00a0]+)?(?!(?:par|pour|avec|sur|dans|chez|vers|contre|selon|en|et|ou|à|au|aux|qui|que|a|est|sont|va|sera|servira)[ \\u00a0])[\\p{Ll}-]+){0,3}(?<![ \\u00a0](?:de|du|des|de[ \\u00a0]la))[ \\u00a0]+[«"“]?[ \\u00a0]?` +
    // (in quotes, the name runs to the closing quote: "son plan «Santé augmentée»")
    `((?<=[«"“][ \\u00a0]?)\\p{Lu}[^«»"“”\\n]{0,40}?(?=[ \\u00a0]?[»"”])|${CAPITALISED})`,
  "uy",
);
// ", longtemps hostile aux promotions,": a clause between commas that opens on a small letter, on one line
// (not a determiner's nor a trade's: "Ainhoa Harriague, la fille du fondateur, emploie", "l’Ebitdaal, l’indicateur …,
// progresse" and "Le Brestois Brisval, spécialiste des drones, a signé" are a person, a metric and a name cut wrong;
// nor a relative clause's, which DESCRIBED_AS_ORGANISATION reads, nor a verb's: "l’agent Asimov, est sorti cet été,")
const COMMA_CLAUSE = `,[ \\u00a0]+(?!(?:(?:le|la|les|un|une|des|du|de|son|sa|ses|leur|leurs|ce|cet|cette|ces|qui|que|dont|est|était|sera|a|avait|aura|${APPOSITIVE_NOUNS.join("|")})(?![${L}])|[ld]['’]))\\p{Ll}[^,.;:!?\\n«»"“”()]{1,60},`;
const COMMA_CLAUSE_CHARS = 64;
// "Poolside lève 500 millions", "Colossus a été inauguré": a capitalised name (up to three words, "Yotta Data
// Services a annoncé") as the subject of a company verb.
const SUBJECT_OF_VERB = narrowRegExp(
  // ("Radiolys (Paris, IA pour la radiologie) lève 48 M€": a bracket of where and what may stand between)
  // ("Tressane, longtemps hostile aux promotions, a ouvert": so may a clause between commas)
  `(?<![${L}])(\\p{Lu}${NAME_CHARS}(?:[ \\u00a0](?:&[ \\u00a0])?\\p{Lu}${NAME_CHARS}){0,2})(?:[ \\u00a0]\\([^()\\n]{1,80}\\)|${COMMA_CLAUSE})?[ \\u00a0]+(?:a[ \\u00a0]+été[ \\u00a0]+(?:inauguré|fondé|créé|valorisé|lancé)e?|` +
    // "a déjà reçu 68 milliards de yens de subventions"
    `(?:était|sera|serait)[ \\u00a0]+valorisée?|` +
    `a[ \\u00a0]+(?:(?:déjà|aussi|également|encore)[ \\u00a0]+)?(?:levé|annoncé|investi|bouclé|conclu|lancé|dévoilé|réalisé|racheté|acquis|signé|inauguré|ouvert|publié|livré|vendu|commandé|fabriqué|recruté|embauché|supprimé|transporté|reçu|obtenu|finalisé|sécurisé|décroché|réuni|récolté|collecté|` +
    // what a company says of its figures: "Carbelys a reconnu vendredi que", "a confirmé" (not "a relevé", "a
    // abaissé": a broker's target or an agency's rating, whose figures are the company's)
    `reconnu|confirmé|indiqué|précisé|averti|enregistré|dégagé|affiché|généré|présenté|engagé|retenu|remporté|doublé|triplé|dépassé|démarré|franchi|reporté|repoussé|suspendu|annulé|` +
    // what a firm chose or bet on: "Saluvière a choisi la prudence", "a misé sur"
    `choisi|opté|misé|fermé|augmenté|réduit)|` +
    `lève|annonce|vaut|est[ \\u00a0]+valorisée?|confirme|indique|précise|affiche|dégage|génère|prévoit|reporte|repousse|suspend|annule|` +
    `investit|boucle|développe|lance|dévoile|emploie|revendique|rachète|inaugure|exploite|livre|vend|fabrique|recrute|supprime|transporte|` +
    `a[ \\u00a0]+(?:plongé|chuté|bondi|grimpé|perdu|gagné|reculé|progressé|fini|terminé|clôturé|cédé)|plonge|chute|bondit|grimpe|recule|progresse|termine|finit|clôture|cède|` +
    // a share's moves and size in a market report: "Quellmark Photonik s'envole de 17 %", "Quellmark capitalise 14,8 Md€"
    `s['’](?:envole|envolait|effondre|effondrait|enfonce|enfonçait)|dévisse|dévissait|flambe|flambait|décolle|rebondit|capitalise|` +
    `commande|signe|achète|acquiert|obtient|remporte|finalise|sécurise|décroche|réunit|récolte|collecte|` +
    // (not "vise", "mise", "propose", "détient": said of people as often, "Arnould Massart vise 50 millions €")
    `reverse|ouvre|ferme|réalise|totalise|cumule|distribue|commercialise|` +
    // what a firm's size or a milestone is: "Brassemont compte 3 100 salariés", "Brassemont dépasse les 500 M€",
    // "s'offre le belge Scaldina", "va lever", "met la main sur" (not "atteint", "double": said of figures, "Le
    // résultat EPRA atteint 4,12 euros")
    `compte|dépasse|franchit|enregistre|renoue|emprunte|pulvérise|va|met|` +
    `s['’](?:offre|empare|implante|installe))(?![${L}])`,
  "uy",
);
// "Sa carte Blackhole", "son smartphone Redmi": a product named after a possessive and its kind (singular: "ses
// puces Yitian" are a chip line, see CHIP_LINE).
const PRODUCT_NOUNS = "carte|serveur|puce|processeur|smartphone|téléphone|ordinateur|tablette|console|casque|montre|voiture|citadine|berline|robot|drone|satellite|fusée|logiciel|campus|supercalculateur|cluster|superordinateur";
const POSSESSED_PRODUCT = narrowRegExp(`[Ss](?:a|on)[ \\u00a0]+(?:(?:nouvel(?:le)?|nouveau|prochaine?|dernière?)[ \\u00a0]+)?(?:${PRODUCT_NOUNS})(?:[ \\u00a0]+(?!(?:de|du|des|à|au|aux|en|pour|chez)[ \\u00a0])\\p{Ll}+)?(?:,[ \\u00a0]+(?:le|la|l['’])[ \\u00a0]*|[ \\u00a0]+)(\\p{Lu}${NAME_CHARS}(?:[ \\u00a0]\\p{Lu}${NAME_CHARS})?)`, "uy");
/** "sa" or "son", a whole word (POSSESSED_PRODUCT opens only there). */
const isPossessive = (text: string, at: number, end: number) => (end - at === 2 && text.charCodeAt(at + 1) === 0x61) || (end - at === 3 && text.startsWith("on", at + 1));
// "un chatbot nommé Grok", "baptisée « TruthGPT »"
// "baptisée Stargate UAE": a second capitalised word belongs to the name.
const NAMED = narrowRegExp(`(?:[bB]aptisé|[nN]ommé|[aA]ppelé|[dD]énommé)e?s?[ \\u00a0]+[«"“]?[ \\u00a0]?(\\p{Lu}[${L}-]*(?:[ \\u00a0]\\p{Lu}[${L}-]*)?)`, "gu");
// Anchored on the first-name list (a trie for the regex engine), not on every capitalised word.
const PLACE_FIRST = firstWords(PLACES);
const PLACE = narrowRegExp(`(?<![${L}])(?:${literalAlternation(PLACES)})(?![${L}])`, "uy");
const PERSON_FIRST = firstWords(FIRST_NAMES);
// A surname may have an inner capital after a short prefix: "Catherine MacGregor", "Yann LeCun" (not "OpenAI"),
// and particles before it: "Luca de Meo", "Ursula von der Leyen"; a compound first name: "Jean-Pierre Caillot".
const PARTICLES = "(?:[ \\u00a0](?:de|del|della|di|da|do|dos|du|van|von|der|den|ter))*";
const PERSON = narrowRegExp(`(?<![${L}-])((?:${literalAlternation(FIRST_NAMES)})(?:-\\p{Lu}\\p{Ll}+)?)((?:${PARTICLES}[ \\u00a0]\\p{Lu}(?:\\p{Ll}{1,2}\\p{Lu})?[\\p{Ll}'’-]+){1,2})(?![${L}])`, "uy");

// Which name lists and patterns a word can open, by its first character (a table: the test runs on every word).
const OPENS_PERSON = 1;
const OPENS_KNOWN = 2;
const OPENS_PLACE = 4;
const OPENS_APPOSITIVE = 8;
const FIRST_CHARACTERS = new Uint8Array(0x10000);
for (const [first, bit] of [[PERSON_FIRST, OPENS_PERSON], [KNOWN_FIRST, OPENS_KNOWN], [PLACE_FIRST, OPENS_PLACE]] as const) {
  for (const c of first.codes) FIRST_CHARACTERS[c] = (FIRST_CHARACTERS[c] as number) | bit;
}
for (const c of [...APPOSITIVE_FIRST_CODES, 0x4c, 0x6c]) FIRST_CHARACTERS[c] = (FIRST_CHARACTERS[c] as number) | OPENS_APPOSITIVE; // and "L", "l"

// The company as a press release capitalises it, alone: "Le Groupe compte 2 460 clients", "la Société prévoit" (but
// "Groupe Halvéron" is a name whole)
export const SELF_NAMES: ReadonlySet<string> = new Set(["Groupe", "Société"]);
/** Words that start a sentence with a capital but name nothing. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  ("Le La Les L Un Une Des De Du Il Elle Ils Elles On Nous Vous Je Tu Ce Cet Cette Ces Cela Ça Son Sa Ses Leur Leurs Mais Et Ou Donc Or Ni Car " +
    "Depuis Dans En À Au Aux Avec Pour Par Sur Sous Selon Après Avant Lors Alors Ainsi Pourtant Toutefois Cependant Enfin Aussi " +
    "Si Quand Comme Tout Tous Toute Toutes Chaque Quelque Plusieurs Certains Notre Nos Votre Vos Mon Ma Mes Qui Que Quoi Dont Où " +
    "Seul Seule Même Déjà Encore Puis Entre Vers Chez Malgré Grâce Face Dès Outre Bien Plus Moins Très Trop C D J M N S Y " +
    "IA PDG CEO UE USA ONU OTAN Etat État Gouvernement Président " +
    // technologies, economic terms and currencies written in capitals: "la HBM", "le PIB", "milliards de FCFA"
    "GPU GPUs CPU NPU HBM HBM3 HBM3E HBM4 DRAM NAND SSD LLM API PIB TVA FCFA CFA EUR USD GBP CHF JPY CNY " +
    // ratios of accounts: "le ratio CET1", "un ROE de 15 %"
    "CET1 ROE ROA ROI EBITDA Ebitda EBIT Ebit EBE BPA ARPU Arpu CAPEX Capex OPEX Opex TTC HT " +
    // industry metrics: "le RevPAR grimpe de 7,4 %", "un ARR de 30 M€", "le PNB", "la GMV"
    "RevPAR RevPar ARR MRR PNB GMV EBITDAR REBITDA Rebitda EBITA BNPA ANR RNPG BFR CAGR EPRA NTA IFRS " +
    // what a share issue or a software offer is written with: "maintien du DPS", "logiciels SaaS"
    "DPS SaaS PaaS IaaS ISIN " +
    // deals and company sizes written in capitals: "une OPA à 42 euros", "son IPO", "les PME"
    "OPA OPE OPR OPAS IPO PME ETI TPE ESN SSII " +
    // scales written with a capital: "5 Mds$", "2 Md€"; Moroccan "5 MMDH", "600 MDH"
    "Md Mds Mrd Mrds Mio MMDH MDH DH MAD XOF " +
    // scales glued to a currency code, as financial wires write them: "4,9 MdsEUR", "300 MEUR"
    "MEUR MUSD MdEUR MdsEUR MdUSD MdsUSD MCHF kEUR " +
    // adverbs and participles that open sentences: "Surtout, le laboratoire …", "Baptisé Quai Lumière, le campus" (NAMED takes the name)
    "Surtout Notamment Désormais Ensuite Aujourd Autrement Baptisé Baptisée Nommé Nommée Surnommé Surnommée").split(" "),
);

export function findEntities(text: string): Entity[] {
  const found: Entity[] = [];
  const add = (start: number, name: string, type: EntityType) => {
    // "une série B", "le plan A": a capital letter after such a word names nothing ("la plateforme X" does)
    if (name.length < 2 && LETTER_AFTER.test(text.slice(Math.max(0, start - 12), start))) return;
    // "HC Léman-Riviera", "Andrézieux-Bouthéon": a name runs on through a hyphen, and none starts inside a compound
    if (type !== "person") {
      // (an acronym after the hyphen is a name of its own: "Air France-KLM")
      if (text.charCodeAt(start - 1) === 0x2d && /\p{L}/u.test(text.charAt(start - 2)) && !/^\p{Lu}+$/u.test(name)) return;
      const more = HYPHENATED_ON.exec(text.slice(start + name.length, start + name.length + 40));
      if (more) name += more[0];
      // "Courtevry-en-Brie", "Villers-lès-Nancy": a town's compound name is a place
      const town = text.charCodeAt(start + name.length) === 0x2d ? TOWN_COMPOUND.exec(text.slice(start + name.length, start + name.length + 40)) : null;
      if (town) {
        name += town[0];
        type = "place";
      }
      // "Ysolde" learned from "Ysolde 4 Pro" is "Ysolde Labs" where the company's own name goes on
      if (!KNOWN.has(name)) name += companyWordsAfter(text, start + name.length);
      // "Terres de Vesle", "Fermes de Gally": a plural common noun, "de" and a word that is no known place nor first
      // name make one name ("Airbus de Toulouse", "Nvidia de Jensen Huang" do not)
      if (type === "org" && /^\p{Lu}\p{Ll}+s$/u.test(name)) {
        const of = NAME_OF_AFTER.exec(text.slice(start + name.length, start + name.length + 40));
        if (of && !PLACES.has(of[1] as string) && !FIRST_NAMES.has(of[1] as string) && !KNOWN.has(of[1] as string)) name += of[0];
      }
    }
    found.push({ start, end: start + name.length, name, type, role: "agent", vendor: false });
  };
  const words = scanWords(text);
  const scan = {
    person: new StickyScan(PERSON),
    known: new StickyScan(KNOWN_NAME),
    innerCaps: new StickyScan(INNER_CAPS),
    versioned: new StickyScan(VERSIONED),
    appositive: new StickyScan(APPOSITIVE),
    subject: new StickyScan(SUBJECT_OF_VERB),
    possessed: new StickyScan(POSSESSED_PRODUCT),
    place: new StickyScan(PLACE),
  };
  // One pass over the words; each pattern is tried only where cheap tests of the word allow it.
  const named: number[] = []; // the words that can open a learned name or a surname
  const subsidiaries: Array<{ at: number; name: string }> = [];
  const openers: Array<{ at: number; name: string; listed?: boolean }> = [];
  for (let k = 0; k < words.starts.length; k++) {
    const at = words.starts[k] as number;
    const end = words.ends[k] as number;
    const flags = words.flags[k] as number;
    if (flags & ASTRAL) {
      for (const s of Object.values(scan)) s.tryAt(text, at);
      named.push(k);
      continue;
    }
    if (flags & INNER_CAPITAL) scan.innerCaps.tryAt(text, at);
    if (flags & (CAPITAL | INNER_CAPITAL)) named.push(k);
    const c = text.charCodeAt(at);
    const opens = FIRST_CHARACTERS[c] as number;
    if (c === 0x66 && end - at === 7 && text.startsWith("filiale", at)) {
      const subsidiary = subsidiaryBefore(text, words, k);
      if (subsidiary) subsidiaries.push(subsidiary);
    }
    if (opens === 0 && !(flags & CAPITAL)) continue;
    const word = opens & (OPENS_PERSON | OPENS_KNOWN | OPENS_PLACE) ? text.slice(at, end) : "";
    if (opens & OPENS_PERSON && PERSON_FIRST.words.has(word)) scan.person.tryAt(text, at);
    if (opens & OPENS_KNOWN && KNOWN_FIRST.words.has(word)) scan.known.tryAt(text, at);
    if (opens & OPENS_PLACE && PLACE_FIRST.words.has(word)) scan.place.tryAt(text, at);
    if (opens & OPENS_APPOSITIVE && mayOpenAppositive(text, at, end)) scan.appositive.tryAt(text, at);
    if ((c === 0x73 || c === 0x53) && isPossessive(text, at, end)) scan.possessed.tryAt(text, at);
    if (flags & CAPITAL) {
      if (text.charCodeAt(end) === 0x2d && isDigit(text.charCodeAt(end + 1))) scan.versioned.tryAt(text, at);
      if (mayBeSubjectOfVerb(text, at)) scan.subject.tryAt(text, at);
      const opener = nameOpeningClause(text, at) ?? nameBeforeApposition(text, at) ?? nameBeforeLegalForm(text, at) ?? nameBeforeListing(text, at) ?? nameAfterOpeningParticiple(text, at) ?? nameInFigureList(text, at, end) ?? nameAfterChez(text, at, end);
      if (opener) openers.push(opener);
    }
  }

  const people = new Set<string>();
  for (const m of scan.person.matches) {
    add(m.index, m[0], "person");
    for (const part of (m[2] as string).trim().split(/[ \u00a0]/)) if (/^\p{Lu}/u.test(part)) people.add(part);
  }

  for (const m of scan.known.matches) {
    const known = KNOWN.get(m[1] as string) as Known;
    const version = m[2] ?? "";
    // "Grok-2" is its own product; "Llama 3" too, but "Meta 2024" is Meta followed by a year.
    const name = version && known.type === "product" ? known.name + version : known.name;
    const surface = version && known.type === "product" ? m[0] : (m[1] as string);
    found.push({ start: m.index, end: m.index + surface.length, name, type: known.type, role: "agent", vendor: (m[1] as string) in VENDORS });
  }
  // Names with inner capitals are names whatever their place: "OVHcloud", "DeepSeek", "xAI", "LightOn".
  for (const m of scan.innerCaps.matches) if (!SYMBOLS.has(m[0]) && !NOT_NAMES.has(m[0])) add(m.index, m[0], "org");
  for (const m of scan.versioned.matches) add(m.index, m[1] as string, "product");

  const guesses = [
    [scan.appositive.matches, "org", APPOSITIVE],
    [scan.subject.matches, "org", SUBJECT_OF_VERB],
    [allMatches(NAMED, text), "product", NAMED],
    [scan.possessed.matches, "product", POSSESSED_PRODUCT],
  ] as const;
  for (const [matches, type, re] of guesses) {
    for (const m of matches) {
      // "L'AP-HP a voté": the elided article is no part of the name.
      let skip = /^[LDld]['’]\p{Lu}/u.test(m[1] as string) ? 2 : 0;
      // "Le FC Lorient a bouclé": a word that opens sentences and names nothing is no part of the name either.
      // (a quoted name is whole: the plan « IA pour tous les agents »)
      // ("L'ESN Nexalto va recruter": after the elided article too)
      const blank = (m[1] as string).slice(skip).search(/[ \u00a0]/u);
      const quoted = /[«"“][ \u00a0]?$/u.test(m[0].slice(0, m[0].length - (m[1] as string).length));
      // ("le quotidien Le Phare": a title's article is its own)
      const titled = re === APPOSITIVE && PRESS_TITLE.test(m[0]);
      if (blank > 0 && !quoted && !titled && NOT_NAMES.has((m[1] as string).slice(skip, skip + blank))) skip += blank + 1;
      const name = trimName((m[1] as string).slice(skip));
      // "le géant de Santa Clara a réalisé": a name after "de" is a complement (a place of origin), not a subject.
      // (nor after "de l'": "l'usine de la zone de l'Ozon, ouverte en 2024, va passer")
      if (re === SUBJECT_OF_VERB && /(?:^|[^\p{L}])(?:de|du|d['’])[ \u00a0]*(?:l['’])?$/u.test(text.slice(Math.max(0, m.index - 7), m.index))) continue;
      // "L'entreprise emploie ...": an elided article opens a common noun, not a name.
      if (/^\p{Lu}['’]\p{Ll}/u.test(name)) continue;
      // "son modèle V3": a bare version is no name, but "le modèle R1" is.
      if (/^\p{Lu}\d+$/u.test(name) && /(?:son|sa|ses|leur|leurs)[ \u00a0]+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      // A company noun before a founder's surname makes it the company: "Le constructeur naval Piriou" (Joseph Piriou).
      if (!name || NOT_NAMES.has(name) || SELF_NAMES.has(name) || PLACES.has(name) || FIRST_NAMES.has(name) || (people.has(name) && re !== APPOSITIVE)) continue;
      const at = m.index + m[0].lastIndexOf(m[1] as string) + skip;
      const known = knownWithSuffix(name);
      if (known) {
        found.push({ start: at, end: at + name.length, name: known.name, type: known.type, role: "agent", vendor: name.slice(0, name.lastIndexOf(" ")) in VENDORS });
        continue;
      }
      const head = re === APPOSITIVE || re === POSSESSED_PRODUCT ? /^[\p{L}-]+(?:[ \u00a0]+pousse)?/u.exec(m[0])?.[0].toLowerCase().replace(/\s+/g, " ") : undefined;
      const product = re !== SUBJECT_OF_VERB && (re !== APPOSITIVE || PRODUCT_HEADS.has(head ?? ""));
      // "son modèle Iara 3", "son processeur Lueur 4": a product's version number is part of its name
      const version = product ? versionAfter(text, at + name.length) : "";
      const count = found.length;
      add(at, name + version, type);
      if (head !== undefined && found.length > count) {
        const e = found[found.length - 1] as Entity;
        e.appositive = true;
        e.head = head;
      }
    }
  }

  for (const t of namesBeforeAcronym(text)) {
    if (!found.some((e) => e.start <= t.at && t.at < e.end)) add(t.at, t.name, "org");
  }
  // "la station de Valsenaz", "la station de ski de Val-Morin": a resort is run as a business, named after its place
  if (text.includes("station")) {
    for (const m of text.matchAll(RESORT)) {
      const name = m[1] as string;
      const at = (m.index ?? 0) + m[0].length - name.length;
      if (!NOT_NAMES.has(name) && !found.some((e) => e.start <= at && at < e.end)) add(at, name, "org");
    }
  }
  for (const t of subsidiaries) {
    if (NOT_NAMES.has(t.name) || PLACES.has(t.name) || FIRST_NAMES.has(t.name) || people.has(t.name)) continue;
    add(t.at, t.name, "org");
    Object.assign(found[found.length - 1] as Entity, { appositive: true, head: "filiale" });
  }
  for (const t of openers) {
    const first = firstWord(t.name);
    // "Certifié Tier III, le site compte": an opening participle, no name
    if (PARTICIPLE_OPENING.test(first)) continue;
    // "extensible à 60 MW, le site abrite": a unit after its figure
    if (isDigit(text.charCodeAt(t.at - 1)) || (isBlank(text.charCodeAt(t.at - 1)) && isDigit(text.charCodeAt(t.at - 2)))) continue;
    if (NOT_NAMES.has(first) || CALENDAR_WORDS.has(first) || PLACES.has(t.name) || FIRST_NAMES.has(first) || people.has(t.name)) continue;
    // "Sakana, qui compte 110 salariés" after "Sakana AI": the short form of a longer name is left to the later passes.
    // (not a listed company's own name: "Talvane (Euronext …)" before "sa plateforme Talvane Shield")
    if ((!t.listed && found.some((e) => e.name.startsWith(t.name + " "))) || (KNOWN_FIRST.words.has(t.name) && !KNOWN.has(t.name))) continue;
    add(t.at, t.name, "org");
  }
  for (const m of scan.place.matches) {
    // "Limoges Métropole", "Bordeaux Métropole": a town's metropolitan authority is an organisation
    const authority = AUTHORITY_AFTER_PLACE.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 16));
    if (authority) add(m.index, m[0] + authority[0], "org");
    else add(m.index, m[0], "place");
  }
  for (const t of titleNames(text, words, people)) add(t.at, t.name, t.type ?? "org");
  const digestTowns = new Set<string>();
  for (const t of capitalisedLeads(text, digestTowns)) add(t.at, t.name, "org");
  // (a fund found so is kept only where it invests: elsewhere it is a broker or a bystander, no claim's subject)
  const funds = new Set<string>();
  for (const t of namesEndingInFirmWord(text, words)) {
    if (found.some((e) => e.name === t.name || (e.start < t.at + t.name.length && t.at < e.end))) continue;
    add(t.at, t.name, "org");
    if (FUND_WORDS.has(t.name.slice(t.name.lastIndexOf(" ") + 1))) funds.add(t.name);
  }

  // A town the text situates is a place in every mention, the headline's too.
  const towns = townsSituated(text);
  for (const town of digestTowns) towns.add(town);
  if (towns.size) for (const e of found) if (e.type === "org" && towns.has(e.name) && !KNOWN.has(e.name)) e.type = "place";

  // (before names are learned: a company's plan is no name anywhere)
  const plans = found.filter((e) => isCompanyPlan(text, found, e));
  if (plans.length) found.splice(0, found.length, ...found.filter((e) => !plans.includes(e)));
  // A name a pattern found once is a name everywhere: "le fournisseur Scaleway" ... "directeur de Scaleway".
  const learned = new Set(found.filter((e) => (e.type === "org" || e.type === "product") && !KNOWN.has(e.name) && e.name.length > 2).map((e) => e.name));
  // "son modèle Ysolde 4 Pro" … "Ysolde Labs": a versioned product's stem may name its maker too; "Vaudaire Systems"
  // … "Vaudaire en a livré": a company's name without its company words is the same company
  const stems = new Set<string>();
  for (const e of found) {
    const stem = VERSION_END.exec(e.name)?.[1] ?? (e.type === "org" ? companyStem(e.name) : undefined);
    if (stem && stem.length > 2 && !KNOWN.has(stem) && !NOT_NAMES.has(stem) && !PLACES.has(stem) && !learned.has(stem)) stems.add(stem);
  }
  for (const stem of stems) learned.add(stem);
  if (learned.size) {
    const typeOf = new Map(found.map((e) => [e.name, e.type] as const));
    for (const m of wholeWordsAt(learned, text, words, named)) {
      // a stem opens no compound: "Sérac-Edge 2" is Sérac AI's model, not Sérac AI
      if (stems.has(m.name) && text.charCodeAt(m.at + m.name.length) === 0x2d) continue;
      // "qu'Ondin 3" after "Ondin 4": the stem with a version of its own is that version of the product
      const version = stems.has(m.name) ? versionAfter(text, m.at + m.name.length) : "";
      if (version) add(m.at, m.name + version, "product");
      else add(m.at, m.name, typeOf.get(m.name) ?? "org");
    }
  }

  markAged(text, found, people);
  // Surnames seen in a full name are people afterwards: "Elon Musk ... Musk a cofondé".
  if (people.size) {
    // "Le constructeur naval Piriou … son fondateur, Joseph Piriou": a company named after its founder stays a company.
    const companies = new Set(found.filter((e) => e.type === "org").map((e) => e.name));
    for (const name of companies) people.delete(name);
    for (const m of wholeWordsAt(people, text, words, named)) add(m.at, m.name, "person");
  }

  // "Tata Consultancy Services (TCS) ... TCS emploie": the acronym is the same organisation.
  const aliases = acronymsOf(text, found);
  if (aliases.size) {
    for (const m of wholeWordsAt(new Set(aliases.keys()), text, words, named)) {
      const canonical = aliases.get(m.name) as string;
      found.push({ start: m.at, end: m.at + m.name.length, name: canonical, type: "org", role: "agent", vendor: false });
    }
    // a pattern may have found the acronym on its own ("TCS emploie"): it is the same name
    for (const e of found) e.name = aliases.get(e.name) ?? e.name;
  }

  // "le centre hospitalier de Montbrévin", "l'université du Ponant", "le musée Unterlinden": a public institution is
  // named by its noun and its place, as written
  for (const institution of namedByPlace(text)) {
    add(institution.start, institution.name, "org");
    Object.assign(found[found.length - 1] as Entity, { appositive: true, head: institution.head });
  }

  for (const e of found) if (e.type === "org") dropLeadingArticle(e);
  // "Corvalis SA … Corvalis": a legal form is no part of the name
  for (const e of found) if (e.type === "org") e.name = withoutLegalForm(e.name);
  // "le quotidien Le Phare … la rédaction du Phare": the title without its article is the same title
  const titles = new Map(found.filter((e) => e.appositive && /^(?:Le|La|Les)[ \u00a0]/u.test(e.name)).map((e) => [e.name.replace(/^\S+[ \u00a0]/u, ""), e.name]));
  if (titles.size) for (const e of found) e.name = titles.get(e.name) ?? e.name;
  const initialled = initialledNames(found);
  if (initialled.size) for (const e of found) e.name = initialled.get(e.name) ?? e.name;
  const shortened = shortFormsOf(text, found, titleEndOf(text));
  if (shortened.size) for (const e of found) e.name = shortened.get(e.name) ?? e.name;

  for (const e of found) if (e.type === "org") extendWithPlace(text, e);
  const entities = removeOverlaps(found.filter((e) => !isTicker(text, e)));
  for (const e of entities) e.role = roleOf(text, words, e);
  // "menée par la Caisse de dépôt et placement du Québec (CDPQ)": the acronym in brackets is the same mention, and
  // shares the role its full name has in the list it stands in.
  for (let i = 1; i < entities.length; i++) {
    const e = entities[i] as Entity;
    const full = entities[i - 1] as Entity;
    if (text.charCodeAt(e.start - 1) === 0x28 && e.start - full.end <= 2 && full.name === e.name && LIST_ROLES.has(full.role)) e.role = full.role;
  }
  markLists(text, entities);
  for (const e of entities) if (e.head === undefined && e.type === "org") headAfter(text, e);
  return funds.size ? entities.filter((e) => !funds.has(e.name) || e.role === "investor") : entities;
}

const PRESS_TITLE = narrow(/^(?:journal|quotidien|hebdomadaire|magazine|mensuel)[ \u00a0]+(?:\p{Ll}+[ \u00a0]+)?(?:Le|La|Les)[ \u00a0]/u);
const NAMED_BY_PLACE_HEADS = String.raw`centre[ \u00a0]+hospitalier(?:[ \u00a0]+(?:régional|intercommunal|départemental))?(?:[ \u00a0]+universitaire)?|groupe[ \u00a0]+hospitalier|[Hh]ôpital(?:[ \u00a0]+universitaire)?|clinique|université|musée|conservatoire|lycée|collège|théâtre|opéra`;
const NAMED_BY_PLACE_WORD = narrow(/hospitalier|[Hh]ôpital|clinique|université|musée|conservatoire|lycée|collège|théâtre|opéra(?![\p{L}])/u);
// (no look-behind before the heads: it kept the engine from skipping ahead to their first letters; namedByPlace
// checks the letter before)
const NAMED_BY_PLACE = narrowRegExp(
  String.raw`(${NAMED_BY_PLACE_HEADS})[ \u00a0]+(?:(?:de|du|des)[ \u00a0]+(?:la[ \u00a0]+)?|d['’]|de[ \u00a0]+l['’])?\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)*(?:[ \u00a0]+\p{Lu}[\p{L}'’]*(?:-[\p{L}'’]+)*)?`,
  "gu",
);
function namedByPlace(text: string): { start: number; name: string; head: string }[] {
  if (!NAMED_BY_PLACE_WORD.test(text)) return [];
  const out: { start: number; name: string; head: string }[] = [];
  for (const m of text.matchAll(NAMED_BY_PLACE)) {
    if (m.index > 0 && /\p{L}/u.test(text.charAt(m.index - 1))) continue;
    out.push({ start: m.index, name: m[0], head: (m[1] as string).toLowerCase() });
  }
  return out;
}

// "Vectorielle, une start-up parisienne spécialisée …": the noun of an apposition after the name is its head, which
// "la start-up" takes up later
const HEAD_AFTER = narrowRegExp(`^,[ \\u00a0]+(?:une?|la|le|l['’])[ \\u00a0]*((?:jeune[ \\u00a0]+)?(?:${APPOSITIVE_NOUNS.join("|")}))(?![\\p{L}-])`, "u");
function headAfter(text: string, e: Entity): void {
  if (text.charCodeAt(e.end) !== 0x2c) return;
  const head = HEAD_AFTER.exec(text.slice(e.end, e.end + 40));
  if (head) e.head = (head[1] as string).toLowerCase().replace(/\s+/g, " ");
}

// Words that end a company's own name ("Haneul Networks", "Yotta Data Services"), unlike a unit's ("Dalbit Pay",
// "Engie Brasil"), which is another organisation.
const CORPORATE_WORDS = new Set(
  ("Networks Network Technologies Technology Tech Systems Group Groupe Holdings Holding Inc Corp Corporation Industries " +
    "International Labs Lab AI IA Therapeutics Pharma Pharmaceuticals Biotech Silicon Semiconductor Semiconductors " +
    "Electronics Motors Airlines Data Services Software Solutions Computing Robotics Dynamics Ventures SA SE AG Ltd Limited Company " +
    // chip makers: "Castelvar Micro … Castelvar", "Jinghai Semiconductor Manufacturing … Jinghai"
    "Micro Manufacturing Foundry " +
    // a cloud of a company the list knows is a unit of it ("Google Cloud", "Naver Cloud"); of any other, its name ("Kestrel Cloud")
    "Cloud Digital Compute Partners " +
    // data centres, funds and infrastructure: "Kelvora Data Centers", "Valméra Datacentres", "Drummond Keel Capital"
    "Centers Centres Datacenters Datacentres Datacenter Datacentre Capital Infrastructure Infrastructures Investments Energy Power " +
    // trades: "Quellmark Photonik … Quellmark capitalise", "Brenzo Games", "Talvio Studios"
    "Photonics Photonik Optics Materials Microsystems Instruments Devices Telecom Telecoms Communications Interactive Games " +
    "Studios Entertainment Analytics Security Mobility Logistics Automation Engineering Aerospace " +
    // French trade words: "Azurine Croisières … Azurine", "Calvénor Hôtels", "Valdrix Robotique"
    "Hôtels Hotels Resorts Croisières Voyages Assurances Immobilier Transports Télécom Énergie Energie Robotique Mobilité Analytique Logiciels Systèmes Industrie Défense").split(" "),
);

/**
 * One name per company, the first the article gives it. "Haneul Networks achète 13 000 GPU … Haneul a annoncé":
 * the short form of a name first written in full takes the full name (the rest must be company words), and so does a
 * headline's ("les ventes du chinois Biren" over "Biren Technology a publié": Biren Technology; the sets disagree, and
 * the full name won 113 subjects on four of them against 58 lost on four others).
 * Not a known name ("Google" before "Google DeepMind"), not a unit ("la messagerie Dalbit … sa filiale Dalbit Pay",
 * "Naver Cloud … Naver"), not when two longer names share it.
 */
// "Sa division d'informatique à distance, Corbelia Cloud, …", "Qinglan Cloud, sa division de cloud": a unit of its parent
const UNIT_NEAR = narrow(/(?<![\p{L}])(?:sa|la|leur|une)[ \u00a0]+(?:division|filiale|branche|activité|unité|pôle|entité)(?![\p{L}])/iu);
function namedAsUnit(text: string, found: Entity[], name: string): boolean {
  return found.some((e) => e.name === name && UNIT_NEAR.test(text.slice(Math.max(0, e.start - 60), e.end + 60)));
}

function shortFormsOf(text: string, found: Entity[], titleEnd: number): Map<string, string> {
  const first = new Map<string, number>();
  for (const e of found) if (e.type === "org" && e.start < (first.get(e.name) ?? Infinity)) first.set(e.name, e.start);
  const out = new Map<string, string>();
  for (const [short, at] of first) {
    if (KNOWN.has(short)) continue;
    const longer = [...first].filter(([name]) => name.startsWith(short + " ") && !KNOWN.has(name) &&
      name.slice(short.length + 1).split(/[ \u00a0]+/u).every((w) => CORPORATE_WORDS.has(w)));
    if (longer.length !== 1) continue;
    const [full, from] = longer[0] as [string, number];
    if ((from < at || at < titleEnd) && !namedAsUnit(text, found, full)) out.set(short, full);
  }
  return out;
}

// "l'action HOLW s'envolait", "le titre QLMK": a share's ticker, in capitals after the word for a share
const SHARE_BEFORE = narrow(/(?<![\p{L}])(?:l['’]action|le[ \u00a0]+titre|les[ \u00a0]+actions|le[ \u00a0]+symbole|le[ \u00a0]+code|le[ \u00a0]+ticker)[ \u00a0]+$/iu);
function isTicker(text: string, e: Entity): boolean {
  return /^[A-Z]{2,5}$/u.test(e.name) && !KNOWN.has(e.name) && SHARE_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start));
}

/** End of a headline: a short first line (a long one is the article's first paragraph). */
export function titleEndOf(text: string): number {
  const end = text.indexOf("\n");
  return end > 0 && end <= TITLE_CHARS ? end : 0;
}

/** "Vaudaire Systems" -> "Vaudaire": the first word of a name whose other words are all company words. */
function companyStem(name: string): string | undefined {
  const words = name.split(/[ \u00a0]+/u);
  return words.length > 1 && words.slice(1).every((w) => CORPORATE_WORDS.has(w)) ? words[0] : undefined;
}

const WORD_AFTER = narrow(/^[ \u00a0](\p{Lu}[\p{L}]*)(?![\p{L}\p{N}'’-])/u);
/** The company words right after `end` (" Labs", " Cloud Services"), "" when none. */
function companyWordsAfter(text: string, end: number): string {
  let words = "";
  for (let w = WORD_AFTER.exec(text.slice(end, end + 30)); w && CORPORATE_WORDS.has(w[1] as string); w = WORD_AFTER.exec(text.slice(end + words.length, end + words.length + 30))) {
    words += w[0];
  }
  return words;
}
// What an apposition names a product by: "son modèle Iara 3", "le chatbot Nova".
const PRODUCT_HEADS = new Set(["modèle", "chatbot", "application"]);
// A version after a product's name, not a quantity: "Iara 3 compte", not "Nova 2 millions", "Lueur 3 000 puces".
const VERSION_AFTER = narrow(/^[ \u00a0]\d{1,2}(?:\.\d)?(?![\p{L}\p{N}]|[.,]\d|[ \u00a0\u202f]*(?:\d|%|millions?|milliards?|mille|fois|ans|mois|jours|heures|semaines|points?|euros?|dollars?)(?![\p{L}]))/u);
/** The version right after a product's name ending at `end` (" 3", " 4.5"), "" when none. */
const versionAfter = (text: string, end: number): string => VERSION_AFTER.exec(text.slice(end, end + 40))?.[0] ?? "";
const VERSION_END = narrow(/^(\p{Lu}[\p{L}-]+)[ \u00a0]\d{1,2}(?:\.\d)?$/u);
const RESORT = narrowRegExp(`(?<![\\p{L}])[Ll]a[ \\u00a0]+station[ \\u00a0]+(?:(?:de[ \\u00a0]+ski|de[ \\u00a0]+sports[ \\u00a0]+d['’]hiver|balnéaire|thermale|savoyarde|alpine|pyrénéenne|haut-alpine)[ \\u00a0]+)?(?:de[ \\u00a0]+|d['’])(\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*)(?![\\p{L}\\p{N}])`, "gu");
const NAME_OF_AFTER = narrow(/^[ \u00a0](?:de|des|du)[ \u00a0](\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-])/u);
const TOWN_COMPOUND = narrow(/^(?:-(?:en|sur|sous|lès|lez|le|la|les|de|du|des|aux|d['’]))+-?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*(?![\p{L}\p{N}])/u);
const HYPHENATED_ON = narrow(/^(?:-\p{Lu}[\p{Ll}'’]+)+(?![\p{L}\p{N}-])/u);
const LETTER_AFTER = narrow(/(?:^|[^\p{L}])(?:série|séries|plan|lot|type|catégorie|classe|phase|tranche|niveau|option|annexe|vitamine)[ \u00a0]+$/iu);
const AUTHORITY_AFTER_PLACE = narrow(/^ (?:Métropole|Agglo|Agglomération)(?![\p{L}])/u);

// An institution or an event named by its town or region: "le Stade de Reims", "la Banque de France", "le Tour de la
// Provence"; a company by its trade and its place or family: "les Forges de la Durolle", "les Chantiers de l'Atlantique".
const INSTITUTION_HEADS = new Set(
  ("Stade Olympique Racing Girondins Banque Caisse Crédit Chambre Port Aéroport Université Institut Hôpital Métropole " +
    "Conseil Office Agence Musée Opéra Théâtre Orchestre Académie Tour Festival " +
    "Forges Fromageries Chantiers Ateliers Laboratoires Établissements Etablissements Brasseries Verreries Papeteries " +
    "Aciéries Filatures Manufacture Compagnie Salins Caves Vignobles Cristalleries Faïenceries Tuileries Moulins Mines " +
    // cooperatives named by their members: "Les Vignerons de Cazalbrune", "les Producteurs de …"
    "Vignerons Producteurs Celliers Domaines Maîtres Éleveurs Laiteries").split(" "),
);

// "Les Fromageries Vuillermoz ont vendu …", "Le HC Léman-Riviera change de mains": an article opening the sentence
// is not part of the name ("Les Echos", one word after it, and "Le Monde" are names).
// ("Le GHAC creuse son déficit": nor before an acronym alone)
const LEADING_LES = narrow(/^(?:Les[ \u00a0]+(?=\p{Lu}[\p{L}-]*[sx][ \u00a0]+(?:\p{Lu}|de|du|des|d['’]))|(?:Le|La)[ \u00a0]+(?=\p{Lu}{2,}(?:[ \u00a0]+\p{Lu}|$)))/u);

function dropLeadingArticle(e: Entity): void {
  const m = LEADING_LES.exec(e.name);
  if (!m) return;
  e.start += m[0].length;
  e.name = e.name.slice(m[0].length);
}
const OF_TOWN = narrow(/^[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|de[ \u00a0]+|du[ \u00a0]+|d['’])(\p{Lu}[\p{L}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}'’-]+)?)/u);

/** "Stade" before "de Reims" is "Stade de Reims": the name runs on to its town. */
function extendWithPlace(text: string, e: Entity): void {
  if (!INSTITUTION_HEADS.has(e.name)) return;
  const m = OF_TOWN.exec(text.slice(e.end, e.end + 50));
  if (!m) return;
  e.end += m[0].length;
  e.name = text.slice(e.start, e.end);
}

// ", 21 ans," / ", 67 ans, qui": an age right after a name; not "150 ans d'histoire".
const AGE_AFTER = narrow(/^,[ \u00a0]*(\d{1,3})[ \u00a0]+ans(?![\p{L}])(?![ \u00a0]*(?:de|d['’]))/u);
const TITLES = "(?:euro)?députée?|sénat(?:eur|rice)|ministre|maire|élue?|conseill(?:er|ère)[ \\u00a0]+municipale?";
const TITLE_BEFORE = narrowRegExp(`(?:^|[^\\p{L}])(?:le|la|l['’])[ \\u00a0]*(?:${TITLES})[ \\u00a0]+$`, "iu");
const TITLE_AFTER = narrowRegExp(`^,[ \\u00a0]*(?:(?:le|la|l['’])[ \\u00a0]*)?(?:${TITLES})(?![\\p{L}])`, "iu");
const COMPLEMENT_BEFORE = narrow(/(?:^|[^\p{L}])(?:de|du|des|d['’]|chez)[ \u00a0]*$/iu);

/**
 * "Le milieu de terrain Malo Ténier, 21 ans, rejoint ...": a name given an age, or an elected member's or a minister's
 * title ("la députée X", "X, maire de …"), is a person, whatever pattern took it for a company (a headline's
 * capitalised words, a first name the list lacks). Every mention of it becomes a person, and its last word a
 * surname ("Ténier avait signé").
 */
function markAged(text: string, found: Entity[], people: Set<string>): void {
  const aged = new Set<string>();
  const agedMentions = new Set<Entity>();
  for (const e of found) {
    if (e.type === "person" || e.type === "place" || KNOWN.has(e.name)) continue;
    // "la députée Ermeline Castéran", "Ermeline Castéran, députée écologiste": an elected member's or a minister's title
    if (TITLE_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start)) || TITLE_AFTER.test(text.slice(e.end, e.end + 24))) {
      aged.add(e.name);
      continue;
    }
    if (text.charCodeAt(e.end) !== 0x2c) continue;
    // "directeur technique de DCAI, 41 ans": after "de", the name is a complement and the age the person's before it.
    if (COMPLEMENT_BEFORE.test(text.slice(Math.max(0, e.start - 6), e.start))) continue;
    const m = AGE_AFTER.exec(text.slice(e.end, e.end + 16));
    if (m && Number(m[1]) <= 110) {
      aged.add(e.name);
      agedMentions.add(e);
    }
  }
  if (aged.size === 0) return;
  // ("Le groupe milanais Brunazzi … Ludovica Brunazzi, 38 ans": a name a company noun gives a company stays the
  // company; only the mention given the age is the person)
  const companies = new Set(found.filter((e) => e.appositive && e.type === "org").map((e) => e.name));
  for (const e of found) if (aged.has(e.name) && (!companies.has(e.name) || agedMentions.has(e))) e.type = "person";
  for (const name of aged) people.add(name.slice(name.search(/[^ \u00a0]+$/u)));
}

/** Every match of a global scan with `re` (its `g` flag), from the start. */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isBlank = (c: number) => c === 0x20 || c === 0xa0;

const NATIONALITY = /(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ian|iane|ain|aine|and|ande|ique|que)$|^(?:(?:sud|nord|est|ouest)-)?(?:suisse|belge|russe)$/;

/**
 * APPOSITIVE can match at `start` only after "le"/"la"/"l'" and a small-letter word then a blank, that
 * word a nationality ("la start-up allemande"); or at the first word of one of its nouns.
 */
function mayOpenAppositive(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  const next = text.charCodeAt(start + 1);
  if ((c === 0x4c || c === 0x6c) && (next === 0x65 || next === 0x61 || next === 0x27 || next === 0x2019)) {
    let p = start + 2;
    while (isBlank(text.charCodeAt(p))) p++;
    let q = p;
    // ("le sud-coréen Coryon Energy")
    while (isLower(text.charCodeAt(q)) || (text.charCodeAt(q) === 0x2d && q > p && isLower(text.charCodeAt(q + 1)))) q++;
    if (q > p && isBlank(text.charCodeAt(q)) && NATIONALITY.test(text.slice(p, q))) return true;
  }
  return APPOSITIVE_FIRST_CODES.has(c) && APPOSITIVE_FIRST_WORDS.has(text.slice(start, end));
}

const BEFORE_SUBSIDIARY = /,[ \u00a0]+(?:(?:la|une|sa)[ \u00a0]+)?$/u;
const OPENS_SENTENCE = ".!?:\n«\"“";

/**
 * "Khazna Data Centers, la filiale de G42", "Selon Iliad, Terralis Data, filiale du groupe": the capitalised
 * words (one to three) before ", la filiale" name a company. Not at a sentence's start, where any word has
 * a capital ("Lundi, sa filiale ...").
 */
function subsidiaryBefore(text: string, words: Words, k: number): { at: number; name: string } | null {
  const at = words.starts[k] as number;
  const from = Math.max(0, at - 12);
  const m = BEFORE_SUBSIDIARY.exec(text.slice(from, at));
  if (!m) return null;
  const comma = from + m.index;
  let first = k - 1;
  while (first >= 0 && (words.ends[first] as number) > comma) first--;
  if (first < 0 || words.ends[first] !== comma || !((words.flags[first] as number) & CAPITAL)) return null;
  const last = first;
  while (
    first > 0 && last - first < 2 && (words.flags[first - 1] as number) & CAPITAL &&
    (words.ends[first - 1] as number) + 1 === words.starts[first] && isBlank(text.charCodeAt(words.ends[first - 1] as number))
  ) first--;
  const start = words.starts[first] as number;
  const before = charBefore(text, start);
  if (before === "" || OPENS_SENTENCE.includes(before)) return null;
  return { at: start, name: text.slice(start, comma) };
}

/** The last character before `at` that is not a blank; "" at the text's start. */
function charBefore(text: string, at: number): string {
  let p = at - 1;
  while (p >= 0 && isBlank(text.charCodeAt(p))) p--;
  return p < 0 ? "" : text.charAt(p);
}

// ", qui exploite", ", contrôlé par", ", filiale de": what follows a name that opens its sentence and
// describes it as an organisation (a person's would be ", 58 ans," or a title).
// "A Nantes, ": a phrase of place or frame opening its sentence, before the name
const SETTING_OPENER = narrow(/(?:^|[.!?\n:;][ \u00a0]*)[«"“]?(?:À|A|Au|Aux|En|Dans|Chez|Près[ \u00a0]+de|Outre-Rhin|Outre-Atlantique|Côté|Du[ \u00a0]+côté[ \u00a0]+de)(?:[ \u00a0]+[\p{L}'’-]+){1,4},[ \u00a0]+$/u);
// ("Dextralis, dont le logiciel …": what it makes or owns)
const DESCRIBED_AS_ORGANISATION = narrow(/^,[ \u00a0]*(?:qui|dont[ \u00a0]+(?:le|la|les|l['’])[ \u00a0]*(?:logiciel|plateforme|application|usine|siège|service|outil|technologie|produit|réseau|site|solution|modèle)s?|filiale|contrôlée?s?|détenue?s?|basée?s?|installée?s?|spécialisée?s?|fondée?s?|créée?s?|rachetée?s?|cotée?s?|valorisée?s?)(?![\p{L}\p{N}])/u);
/** Weekdays, months and "Hier", capitalised as a sentence opens them. */
const CALENDAR_WORDS = new Set(
  [...WEEKDAY_NAMES, ...MONTH_NAMES.map(([name]) => name), "hier", "aujourd", "demain"].map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
);

/**
 * "Petrobras, qui exploite déjà deux mille GPU", "Scala Data Centers, contrôlé par le fonds DigitalBridge": one to
 * three capitalised words opening a sentence, then a comma and a clause that describes an organisation.
 */
function nameOpeningClause(text: string, at: number): { at: number; name: string } | null {
  // (a colon or a semicolon opens a clause too: "… les marges : Vantrel, qui ne loue que …"; so does a short
  // phrase of place or frame: "A Lyon, Praxédis, qui développe", "Dans sa circonscription, Garonia, qui")
  const before = charBefore(text, at);
  if (before !== "" && !".!?\n:;".includes(before) && !(before === "," && SETTING_OPENER.test(text.slice(Math.max(0, at - 48), at)))) return null;
  const comma = commaAfterName(text, at);
  return comma > 0 && DESCRIBED_AS_ORGANISATION.test(text.slice(comma, comma + 40)) ? { at, name: trimName(text.slice(at, comma)) } : null;
}

/** Where the comma right after one to three capitalised words from `at` stands, or -1. */
function commaAfterName(text: string, at: number): number {
  let end = nameEnd(text, at + 1);
  for (let words = 1; end > 0; words++) {
    if (text.charCodeAt(end) === 0x2c) return end;
    if (words === 3 || !isBlank(text.charCodeAt(end)) || !mayBeUpper(text.charCodeAt(end + 1))) return -1;
    end = nameEnd(text, end + 2);
  }
  return -1;
}

// "a accordé à Qai, la société d'intelligence artificielle créée …": a name followed by an apposition that
// calls it a company (the nouns of APPOSITIVE, after an article).
// Definite articles only: "Twitter, une plateforme qu'il a rebaptisée X" describes, it does not introduce.
// "Vélobrise, l'ex-pépite du vélo", "X, l'ancienne filiale de": a former kind is a kind too.
// "Armabois, une menuiserie industrielle de 140 salariés": an indefinite apposition that counts a staff is a firm's.
// the nouns that say a company, after "une"/"un" ("une start-up", "une PME", "un éditeur"): not "un plan", "une plateforme"
const COMPANY_APPOSITIONS = "start-up|startup|société|entreprise|pousse|pépite|licorne|PME|ETI|éditeur|fabricant|constructeur|spécialiste|fournisseur|équipementier|hébergeur|opérateur|biotech|medtech|fintech|deeptech|edtech|foodtech|cleantech|greentech|healthtech|insurtech|proptech|legaltech|agritech";
// and a named machine, which owns its chips and its cost: "Orvéline, une machine de 16 384 GPU", "Argos, un supercalculateur"
const MACHINE_APPOSITIONS = "machine|supercalculateur|superordinateur|calculateur|cluster|grappe";
const APPOSITION_AFTER = narrowRegExp(
  // ("Vectorielle, une start-up parisienne spécialisée dans …")
  // ("Ysarne, la machine commandée par …", "Ysarne, premier supercalculateur exaflopique français")
  `^,[ \\u00a0]*(?:(?:la|le|l['’])[ \\u00a0]*(?:ex-|ancienne?[ \\u00a0]+)?(?:${APPOSITIVE_NOUNS.join("|")}|${MACHINE_APPOSITIONS})(?![\\p{L}\\p{N}])|(?:une?[ \\u00a0]+(?:jeune[ \\u00a0]+)?|(?:premier|première|nouveau|nouvelle)[ \\u00a0]+)(?:${COMPANY_APPOSITIONS}|${MACHINE_APPOSITIONS})(?![\\p{L}\\p{N}-])|` +
    `une?[ \\u00a0]+(?:[\\p{Ll}-]+|PME|ETI|TPE)(?:[ \\u00a0]+[\\p{Ll}-]+){0,3}[ \\u00a0]+(?:de|d['’])[ \\u00a0]*(?:(?:près|plus|moins)[ \\u00a0]+de[ \\u00a0]+|quelque[ \\u00a0]+|environ[ \\u00a0]+)?` +
    `\\d[\\d \\u00a0\\u202f]*(?:salariés|employés|collaborateurs|personnes)(?![\\p{L}]))`,
  "u",
);

/**
 * "Chez Coralys Achats, on se félicite …": a sentence that opens on "Chez", one to three capitalised words and a comma
 * is about that firm (people, places and known names are set aside with the other openers).
 */
function nameAfterChez(text: string, at: number, end: number): { at: number; name: string } | null {
  if (end - at !== 4 || !text.startsWith("Chez", at) || !".!?\n".includes(charBefore(text, at) || "\n")) return null;
  const name = at + 5;
  if (!isBlank(text.charCodeAt(at + 4)) || !mayBeUpper(text.charCodeAt(name)) || !/\p{Lu}/u.test(text.charAt(name))) return null;
  const comma = commaAfterName(text, name);
  if (comma < 0 || ANALYST_DESK.test(text.slice(comma, comma + ANALYST_DESK_CHARS))) return null;
  return { at: name, name: trimName(text.slice(name, comma)) };
}
// "Chez Oddo BHF, Fulcran Lestrignac abaisse son objectif de cours": a broker's desk, whose figures are the company's
const ANALYST_DESK = narrow(/^[^.!?\n]*(?<![\p{L}])(?:analystes?|objectif|recommandation|abaisse|relève|rehausse|réitère|broker|courtier|note[ \u00a0]+(?:à|de))(?![\p{L}])/iu);
const ANALYST_DESK_CHARS = 200;

/** A capitalised name of up to three words, not inside a longer one, before ", la société …". */
function nameBeforeApposition(text: string, at: number): { at: number; name: string } | null {
  if (!startsName(text, at)) return null;
  const comma = commaAfterName(text, at);
  if (comma < 0 || !APPOSITION_AFTER.test(text.slice(comma, comma + 90)) || afterOpeningParticiple(text, at)) return null;
  return { at, name: trimName(text.slice(at, comma)) };
}

/** A name may start at `at`: the word before is no capitalised word of the same name. */
function startsName(text: string, at: number): boolean {
  const before = charBefore(text, at);
  if (before === "" || ".!?\n".includes(before)) return true;
  if (!isBlank(text.charCodeAt(at - 1)) && text.charCodeAt(at - 1) !== 0x27 && text.charCodeAt(at - 1) !== 0x2019) return false;
  let p = at - 2;
  while (p >= 0 && isLetterOrDigit(text.charCodeAt(p))) p--;
  return !(p < at - 2 && mayBeUpper(text.charCodeAt(p + 1)) && /\p{Lu}/u.test(text.charAt(p + 1)));
}

// "Vélobrise SAS (SIREN …)", "Kestrel GmbH": a capitalised name before a legal form is a company, named without it.
const LEGAL_FORMS = new Set("SAS SASU SARL SA SE SCA SCOP SNC GmbH AG NV BV SpA plc PLC Ltd LLC Inc".split(" "));

function withoutLegalForm(name: string): string {
  const blank = name.lastIndexOf(" ");
  return blank > 0 && LEGAL_FORMS.has(name.slice(blank + 1).replace(/\.$/u, "")) ? name.slice(0, blank) : name;
}

/** A name of up to three capitalised words, not inside a longer one, before a legal form ("Vélobrise SAS"). */
function nameBeforeLegalForm(text: string, at: number): { at: number; name: string } | null {
  let end = nameEnd(text, at + 1);
  for (let words = 1; end > 0 && words <= 3; words++) {
    if (!isBlank(text.charCodeAt(end))) return null;
    const next = nameEnd(text, end + 1);
    if (next <= end + 1) return null;
    // (a legal form is two to five characters, "Inc." with its dot: sliced only then, this runs at every capital)
    if (next - end <= 6 && next - end >= 3 && LEGAL_FORMS.has(text.slice(end + 1, next).replace(/\.$/u, ""))) return startsName(text, at) ? { at, name: text.slice(at, end) } : null;
    if (!mayBeUpper(text.charCodeAt(end + 1))) return null;
    end = next;
  }
  return null;
}

// "Corvalis (Euronext Growth : ALCRV), éditeur de …", "Kering (Euronext: KER)": a listed company, named before its
// market and ticker, as press releases and market news open
const LISTING_AFTER = /^[ \u00a0]*\((?:Euronext|Nasdaq|NYSE|SIX|Xetra|Alternext|Bourse|ISIN|Code[ \u00a0]ISIN|Mnémo|mnémo)(?![\p{L}])/u;
function nameBeforeListing(text: string, at: number): { at: number; name: string; listed: true } | null {
  let end = nameEnd(text, at + 1);
  for (let words = 1; end > 0 && words <= 3; words++) {
    // (one test of the next character first: this runs at every capital)
    const c = text.charCodeAt(end);
    if (c === 0x28 || (isBlank(c) && text.charCodeAt(end + 1) === 0x28)) return LISTING_AFTER.test(text.slice(end, end + 24)) && startsName(text, at) ? { at, name: text.slice(at, end), listed: true } : null;
    if (!isBlank(c) || !mayBeUpper(text.charCodeAt(end + 1))) return null;
    end = nameEnd(text, end + 1);
  }
  return null;
}

// "Fondée en 2019 par deux chercheurs de l'université de Valdorne, la société emploie …": the comma closes an
// opening participle clause, and what follows it is the main clause, no apposition.
const PARTICIPLE_OPENING = narrow(/^[ \u00a0]*(?:Fondé|Cofondé|Créé|Né|Basé|Installé|Implanté|Issu|Lancé|Spécialisé|Détenu|Racheté|Coté|Certifié|Situé|Labellisé|Classé|Inauguré|Financé|Soutenu|Dirigé)e?s?(?![\p{L}])/u);
function afterOpeningParticiple(text: string, at: number): boolean {
  return PARTICIPLE_OPENING.test(sentenceOpening(text, at));
}

/**
 * "Fondée en 2022 à Clermont-Ferrand, Stellorn loue …": the name right after the comma that closes an opening
 * participle clause, before a lower-case word (its verb), is the organisation the clause describes.
 */
function nameAfterOpeningParticiple(text: string, at: number): { at: number; name: string } | null {
  if (text.charCodeAt(at - 2) !== 0x2c || !isBlank(text.charCodeAt(at - 1))) return null;
  let end = nameEnd(text, at + 1);
  for (let words = 1; end > 0; words++) {
    if (!isBlank(text.charCodeAt(end))) return null;
    if (!mayBeUpper(text.charCodeAt(end + 1))) break;
    if (words === 3) return null;
    end = nameEnd(text, end + 2);
  }
  if (end < 0 || !/^[ \u00a0]\p{Ll}{2,}/u.test(text.slice(end, end + 4)) || /^[ \u00a0](?:de|du|des|et|ou|en)[ \u00a0]/u.test(text.slice(end, end + 5))) return null;
  return afterOpeningParticiple(text, at) && !/^[ \u00a0]*Née?s?(?![\p{L}])/u.test(sentenceOpening(text, at)) ? { at, name: trimName(text.slice(at, end)) } : null;
}

/** The text from the start of `at`'s sentence (at most 300 characters back) to `at`. */
function sentenceOpening(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < 300 && !".!?\n".includes(text.charAt(start - 1))) start--;
  return text.slice(start, at);
}

// "Huawei détient 42 % des ventes, Nvidia 31 %, Cambricon 11 % et Hygon 6 %": a list whose verb is said once,
// each item a name and its figure.
const FIGURE_ITEM_BEFORE = narrow(/\p{Lu}[\p{L}&'’-]*[ \u00a0]+\d[\d \u00a0,.]*(?:%|[ \u00a0]*(?:milliards?|millions?|M€|Md€|M\$|Md\$))[ \u00a0]*(?:,|et)[ \u00a0]+$/u);

/** A one-word name after ", " or " et " and before its figure, when the item before it is a name and a figure too. */
function nameInFigureList(text: string, at: number, end: number): { at: number; name: string } | null {
  if (!isBlank(text.charCodeAt(end)) || !isDigit(text.charCodeAt(end + 1))) return null;
  const before = text.charCodeAt(at - 2);
  if (before !== 0x2c && before !== 0x74) return null; // ", " or "et "
  return FIGURE_ITEM_BEFORE.test(text.slice(Math.max(0, at - 40), at)) ? { at, name: text.slice(at, end) } : null;
}

// "VALDRENNE. La start-up lyonnaise … a bouclé": a round-up's item opens on its company in capitals, a full stop or a
// dash after it. The name is given as the body would write it ("Valdrenne"); an acronym or a known name stays as is.
const CAPITALISED_LEAD = /(\p{Lu}[\p{Lu}'’&-]{1,30}(?:[ \u00a0]\p{Lu}[\p{Lu}'’&-]{1,30}){0,2})(?:\.|[ \u00a0]+[—–])[ \u00a0]+\p{Lu}/uy;
const RUBRICS = new Set("EXCLUSIF INFO ALERTE URGENT FLASH ÉDITO EDITO ANALYSE TRIBUNE BOURSE VIDÉO VIDEO PHOTOS DIRECT ENQUÊTE ENQUETE PORTRAIT INTERVIEW ENTRETIEN OPINION".split(" "));
/** Round-up and digest items' leads; `towns` gets the towns that open a digest's items ("Lannion : …"). */
function capitalisedLeads(text: string, towns: Set<string>): Array<{ at: number; name: string }> {
  const out: Array<{ at: number; name: string }> = [];
  const items: Array<{ at: number; name: string; town?: string }> = [];
  // (at line starts only; not the headline's, whose first word is capitalised anyway; `line` counts from 0)
  for (let at = text.indexOf("\n") + 1, line = 1; at > 0; at = text.indexOf("\n", at) + 1, line++) {
    CAPITALISED_LEAD.lastIndex = at;
    const m = CAPITALISED_LEAD.exec(text);
    if (m) {
      const surface = m[1] as string;
      // "DUNKERQUE. Le sidérurgiste Ferronord va investir": a dateline's town, the item naming its company after a noun
      if (RUBRICS.has(surface) || NAMED_AFTER_LEAD.test(text.slice(at + m[0].length - 1, at + m[0].length + 80))) continue;
      const name = KNOWN.has(surface) || surface.length <= 4 ? surface : surface.replace(/\p{Lu}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
      if (name.length === surface.length && !PLACES.has(name)) out.push({ at, name });
      continue;
    }
    // "Astrénor (Toulouse) : 38 M€ en série B": an item naming its company and its town (or country) before a colon,
    // perhaps after a bullet ("– Coryon Energy (Corée du Sud) : 2,4 Md€ pour …"); or naming it alone before the
    // amount that ends the lead ("Corvaline Batteries : 60 M$."), unless that is a label ("LE CHIFFRE : 9 M€.")
    const from = afterListBullet(text, at);
    const named = leadAt(text, from);
    if (named && !PLACES.has(named.name) && !(named.figureOnly && isLabel(named.name))) out.push({ at: from, name: named.name });
    // (a digest's items from the third line: the first two hold the headline and the byline)
    else if (line >= 2) {
      const item = digestItemAt(text, from);
      if (item) items.push(item);
    }
  }
  // (only in a digest, where two items or more open so: one article's paragraph may open on anything)
  if (items.length < 2) return out;
  for (const item of items) if (item.town) towns.add(item.town);
  return out.concat(items);
}

// A digest's item opens on a short headline sentence about its company, perhaps after its town: "Juvanis réduit la
// voilure. La plateforme …", "Vannes. Salvigne boucle son premier tour de table. …", "Rennes : Kestavel lève 18
// millions d'euros", and names it last in a line of its own: "Lannion : 62 postes supprimés chez Trelvia".
const DIGEST_TOWN = /(\p{Lu}[\p{L}'’-]+(?:[ \u00a0-]\p{Lu}[\p{L}'’-]+){0,2})(?:\.|[ \u00a0]:)[ \u00a0]+/uy;
const DIGEST_NAME_VERB = /(\p{Lu}[\p{L}'’&-]+(?:[ \u00a0]\p{Lu}[\p{L}'’&-]+){0,2})[ \u00a0]+\p{Ll}[^.!?\n]{2,80}(?:\.(?:[ \u00a0]+\p{Lu}|[ \u00a0]*$)|$)/muy;
// (not an interview's question, a reading tip or a byline: "Combien de GPU …", "Lire aussi", "Propos recueillis par")
const NOT_DIGEST_NAMES = new Set("Combien Pourquoi Comment Quel Quelle Quels Quelles Que Qu Lire Propos Pas Autour Nouvelle Nouveau Voici Voilà Retrouvez Découvrez Pendant Mis Mise".split(" "));
const DIGEST_NAME_LAST = /[^.!?\n]{3,70}[ \u00a0](?:chez|pour)[ \u00a0]+(\p{Lu}[\p{L}'’&-]+(?:[ \u00a0]\p{Lu}[\p{L}'’&-]+){0,2})[ \u00a0]*$/muy;
// ("18h51 Selvarion s'offre 4 096 puces Nvidia.": a live blog's item opens on its time)
const LIVE_TIME = /\d{1,2}[hH]\d{2}(?:[ \u00a0]?:)?[ \u00a0]+/y;
function digestItemAt(text: string, from: number): { at: number; name: string; town?: string } | null {
  LIVE_TIME.lastIndex = from;
  if (LIVE_TIME.test(text)) from = LIVE_TIME.lastIndex;
  let at = from;
  DIGEST_TOWN.lastIndex = from;
  const town = DIGEST_TOWN.exec(text);
  if (town) {
    if (!PLACES.has(town[1] as string) && !/^\p{Lu}[\p{L}'’-]+$/u.test(town[1] as string)) return null;
    at = from + town[0].length;
  }
  DIGEST_NAME_VERB.lastIndex = at;
  const lead = DIGEST_NAME_VERB.exec(text);
  const townName = town ? { town: town[1] as string } : {};
  if (lead) {
    const name = lead[1] as string;
    return isDigestName(name) && !lead[0].includes("?") ? { at, name, ...townName } : null;
  }
  if (!town) return null;
  DIGEST_NAME_LAST.lastIndex = at;
  const last = DIGEST_NAME_LAST.exec(text);
  if (!last) return null;
  const name = last[1] as string;
  return isDigestName(name) ? { at: at + last[0].length - name.length - (last[0].length - last[0].trimEnd().length), name, ...townName } : null;
}
function isDigestName(name: string): boolean {
  const first = firstWord(name);
  // (nor a participle, "Publié le …", or an infinitive, "Fabriquer en France")
  if (NOT_DIGEST_NAMES.has(first.replace(/['’].*$/u, "")) || /-(?:vous|nous|il|elle|on|ils|elles)$/u.test(first) || /^\p{Lu}\p{Ll}+(?:er|ir|é|ée|és|ées)$/u.test(first)) return false;
  return !NOT_NAMES.has(first) && !CALENDAR_WORDS.has(first) && !PLACES.has(name) && !FIRST_NAMES.has(first) && !PARTICIPLE_OPENING.test(first);
}

/** A round-up item's lead at `from`: its name, where it ends, and whether it named no town (an amount alone followed). */
function leadAt(text: string, from: number): { name: string; end: number; figureOnly: boolean } | null {
  NAME_TOWN_COLON.lastIndex = from;
  const withTown = NAME_TOWN_COLON.exec(text);
  if (withTown) return { name: withTown[1] as string, end: from + withTown[0].length, figureOnly: false };
  NAME_COLON_FIGURE.lastIndex = from;
  const alone = NAME_COLON_FIGURE.exec(text);
  return alone ? { name: alone[1] as string, end: from + alone[0].length, figureOnly: true } : null;
}

/** "LE CHIFFRE", "Total", "Bilan": a word that labels a figure, or a determiner, opens the lead. */
function isLabel(name: string): boolean {
  const first = firstWord(name).toLowerCase();
  return NOT_NAMES.has(first.charAt(0).toUpperCase() + first.slice(1)) || FIGURE_LABELS.has(first);
}
const FIGURE_LABELS = new Set("total bilan montant chiffre chiffres record budget objectif prix coût résultat cumul moyenne médiane".split(" "));

/**
 * A plan or a programme named after its noun is the protagonist of a story about public action ("Le gouvernement
 * a présenté son plan «Santé augmentée»", "La Région et l'État ont signé le plan « Lanbi IA »"), but in a story
 * that has named an organisation before, it is that organisation's plan ("Banque Castelroc a présenté son plan
 * stratégique « Horizon 2030 »", "Le plan « Lead the Future »" of Orange) or scheme ("la Commission … le programme
 * InvestAI"), whose figures are its owner's. Nor is one common word a plan's name ("son programme Industrie du futur").
 */
function isCompanyPlan(text: string, found: readonly Entity[], e: Entity): boolean {
  if (e.head !== "plan" && e.head !== "programme") return false;
  const quoted = /[«"“][ \u00a0]?$/u.test(text.slice(Math.max(0, e.start - 2), e.start));
  if (!quoted && !/[ \u00a0\d]/u.test(e.name)) return true;
  const first = firstWord(e.name);
  return found.some((o) => o.type === "org" && o.name !== e.name && (o.start < e.start || firstWord(o.name) === first));
}

/** Where a round-up item's "Name (Town) : " lead that opens the line at `lineStart` ends, -1 when it has none. */
export function itemLeadEnd(text: string, lineStart: number): number {
  return leadAt(text, afterListBullet(text, lineStart))?.end ?? -1;
}

const NAMED_AFTER_LEAD = /^(?:Le|La|Les|L['’])[ \u00a0]*\p{Ll}[\p{Ll}-]+(?:[ \u00a0]+\p{Ll}[\p{Ll}-]+){0,3}[ \u00a0]+\p{Lu}/u;
// ("Restolia (Paris) - 4 M€." has a dash for the colon, an amount after it: "Bidart (64) - Par …" is a dateline)
const NAME_TOWN_COLON = narrow(/(\p{Lu}[\p{L}'’&-]{1,30}(?:[ \u00a0]\p{Lu}[\p{L}'’&-]{1,30}){0,2})[ \u00a0]\([^()\n]{2,60}\)(?:[ \u00a0]?:[ \u00a0]|[ \u00a0][-–—][ \u00a0](?=\d))/uy);
// "Corvaline Batteries : 60 M$.", "Tréfilia : 18 millions d'euros.", "Brennor Compute - 42 M€.": the lead is the name and
// an amount, a full stop after
const NAME_COLON_FIGURE = narrow(
  /(\p{Lu}[\p{L}'’&-]{1,30}(?:[ \u00a0]\p{Lu}[\p{L}'’&-]{1,30}){0,2})(?:[ \u00a0]?:|[ \u00a0][-–—])[ \u00a0](?=\d[\d \u00a0\u202f,]{0,12}(?:[ \u00a0\u202f]?(?:k|M|Md|Mds|Mrd)?[ \u00a0\u202f]?[€$£]|[ \u00a0\u202f]+(?:millions?|milliards?)(?:[ \u00a0\u202f]+(?:d['’]euros|de[ \u00a0\u202f]+(?:dollars|livres)))?)\.)/uy,
);

/** The verbs of SUBJECT_OF_VERB, by first word. */
const VERB_FIRST_WORDS = new Set(
  ("a lève annonce vaut est était sera serait investit boucle développe lance dévoile emploie revendique rachète inaugure exploite livre vend fabrique " +
    "recrute supprime transporte plonge chute bondit grimpe " +
    "recule progresse termine finit clôture cède commande signe achète acquiert obtient remporte finalise sécurise décroche réunit " +
    "récolte collecte s dévisse dévissait flambe flambait décolle rebondit capitalise " +
    "reverse ouvre ferme réalise totalise cumule distribue commercialise " +
    "compte dépasse franchit enregistre renoue emprunte pulvérise va met").split(" "),
);

/** End of a name's characters from `p` (NAME_CHARS): letters, digits, & ' ’ -, a dot before a letter; -1 at an astral character. */
function nameEnd(text: string, p: number): number {
  for (;;) {
    const c = text.charCodeAt(p);
    if (isSurrogate(c)) return -1;
    if (isLetterOrDigit(c) || c === 0x26 || c === 0x27 || c === 0x2019 || c === 0x2d) p++;
    else if (c === 0x2e && (isLetterOrDigit(text.charCodeAt(p + 1)) || isSurrogate(text.charCodeAt(p + 1)))) p++;
    else return p;
  }
}

/** Blanks then one of the verbs at `p`. */
function verbAt(text: string, p: number): boolean {
  if (!isBlank(text.charCodeAt(p))) return false;
  while (isBlank(text.charCodeAt(p))) p++;
  let q = p;
  while (isLetterOrDigit(text.charCodeAt(q))) q++;
  return VERB_FIRST_WORDS.has(text.slice(p, q));
}

/** After ", …," at `p` (COMMA_CLAUSE: the second comma's position + 1), or `p` when there is none. */
function afterCommaClause(text: string, p: number): number {
  if (text.charCodeAt(p) !== 0x2c || !isBlank(text.charCodeAt(p + 1))) return p;
  const m = COMMA_CLAUSE_AT.exec(text.slice(p, p + COMMA_CLAUSE_CHARS + 2));
  return m ? p + m[0].length : p;
}
const COMMA_CLAUSE_AT = narrowRegExp(`^${COMMA_CLAUSE}`, "u");

/** After " (…)" at `p` (a bracket of up to 80 characters on one line), or `p` when there is none. */
function afterBracket(text: string, p: number): number {
  if (text.charCodeAt(p) !== 0x20 && text.charCodeAt(p) !== 0xa0) return p;
  if (text.charCodeAt(p + 1) !== 0x28) return p;
  const close = text.indexOf(")", p + 2);
  return close > 0 && close - p <= 82 && !/[()\n]/u.test(text.slice(p + 2, close)) ? close + 1 : p;
}

/** SUBJECT_OF_VERB can match at `start` only if one of its verbs follows the name (of one to three words). */
function mayBeSubjectOfVerb(text: string, start: number): boolean {
  let end = nameEnd(text, start + 1);
  for (let words = 1; ; words++) {
    if (end < 0 || verbAt(text, end) || verbAt(text, afterBracket(text, end)) || verbAt(text, afterCommaClause(text, end))) return true;
    // ("Dolce & Gabbana emploie": an ampersand joins two words of one name)
    const joined = text.charCodeAt(end + 1) === 0x26 && isBlank(text.charCodeAt(end + 2)) ? 2 : 0;
    if (words === 3 || !isBlank(text.charCodeAt(end)) || !mayBeUpper(text.charCodeAt(end + 1 + joined))) return false;
    end = nameEnd(text, end + 2 + joined);
  }
}

// Words that end only a firm's name: "Kalahari Seed Partners", "Drummond Keel Capital", "Orsa Labs" (unlike "Data",
// "Digital" or "Énergie", which end common phrases too)
const FIRM_WORDS = new Set(
  ("Partners Capital Ventures Labs Holdings Investments Technologies Systems Networks Semiconductors Therapeutics Robotics " +
    "Dynamics Industries Computing Datacenters Datacentres Microsystems Photonics").split(" "),
);

const FUND_WORDS = new Set(["Partners", "Capital", "Ventures", "Investments", "Holdings"]);

/**
 * "Kalahari Seed Partners et …": capitalised words before a word that ends only a firm's name are that firm, wherever
 * they stand and whatever verb follows.
 */
function* namesEndingInFirmWord(text: string, words: Words): Generator<{ at: number; name: string }> {
  for (let k = 1; k < words.starts.length; k++) {
    if (!((words.flags[k] as number) & CAPITAL) || !FIRM_WORDS.has(text.slice(words.starts[k], words.ends[k]))) continue;
    let first = k;
    for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
      const gap = text.slice(words.ends[j], words.starts[j + 1]);
      const word = text.slice(words.starts[j], words.ends[j]);
      if (!((words.flags[j] as number) & CAPITAL) || (gap !== " " && gap !== "\u00a0") || NOT_NAMES.has(word) || FIRM_WORDS.has(word)) break;
      first = j;
    }
    if (first < k) yield { at: words.starts[first] as number, name: text.slice(words.starts[first], words.ends[k]) };
  }
}

/**
 * Where the document's own names (learned ones, surnames) stand again, as whole words: what a global scan
 * with `(?<![\p{L}\p{N}])(?:names, longest first)(?![\p{L}\p{N}])` finds, without building that pattern,
 * which is new for every document and cost ~2 ms to compile, more than the rest of a short article.
 * Names are looked up by the word they open with, among the `candidates` (capitalised words).
 */
function wholeWordsAt(names: Set<string>, text: string, words: Words, candidates: readonly number[]): Array<{ at: number; name: string }> {
  const byFirstWord = new Map<string, string[]>();
  let astralName = false;
  for (const name of names) {
    const first = firstWord(name);
    if (!first) astralName = true;
    else byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), name]);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  const out: Array<{ at: number; name: string }> = [];
  let from = 0;
  for (const k of candidates) {
    const at = words.starts[k] as number;
    if (at < from) continue;
    // Beside an astral character, where word boundaries need whole code points, or for a name opening on
    // one (it has no first word to look up), the pattern decides.
    if (astralName || words.flags[k]! & ASTRAL) {
      const re = wholeWords(names);
      re.lastIndex = at;
      const m = re.exec(text);
      if (m) out.push({ at, name: m[0] }), (from = at + m[0].length);
      continue;
    }
    const list = byFirstWord.get(text.slice(at, words.ends[k]));
    const name = list?.find((n) => text.startsWith(n, at) && !isLetterOrDigit(text.codePointAt(at + n.length) ?? Number.NaN));
    if (!name) continue;
    out.push({ at, name });
    from = at + name.length;
  }
  return out;
}

/** A sticky pattern for these exact names as whole words; the last few are kept, as documents repeat them. */
function wholeWords(names: Iterable<string>): RegExp {
  const source = `(?<![${L}])(?:${literalAlternation(names)})(?![${L}])`;
  let re = wholeWordPatterns.get(source);
  if (!re) {
    if (wholeWordPatterns.size >= 32) wholeWordPatterns.clear();
    re = narrowRegExp(source, "uy");
    wholeWordPatterns.set(source, re);
  }
  return re;
}
const wholeWordPatterns = new Map<string, RegExp>();

/** Index of the first entity starting at or after `offset` (entities are sorted by start). */
export function firstEntityFrom(entities: readonly Entity[], offset: number): number {
  let lo = 0;
  let hi = entities.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((entities[mid] as Entity).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const TITLE_CHARS = 160;
/** Capitalised in French without being anyone: institutions and common nouns a headline may carry. */
const TITLE_NOT_NAMES = new Set(
  ("Bourse Sénat Assemblée Parlement Conseil Cour Ministère Ministre Premier Élysée Elysée Matignon Bercy République Nation " +
    "Constitution Internet Web Occident Etats-Unis États-Unis Europe Afrique Asie " +
    // acronyms of common nouns: "des milliers de GPU", "300 MW"
    "GPU GPUs CPU CPUs TPU TPUs NPU LLM API IPO PME ETI ONG PIB DG MW GW TW MWh GWh TWh CO2 SaaS").split(" "),
);

/**
 * A headline names what its article is about: "Tokyo parie des milliards de yens sur Rapidus". A run of
 * capitalised words in the first line (a short one), after its first word, that the body repeats as it is,
 * is a name, even when the body only ever has it as a complement ("l'usine de Rapidus"), where no pattern
 * would spot it. Places, first names, people and words that open sentences are left out.
 */
function titleNames(text: string, words: Words, people: Set<string>): Array<{ at: number; name: string; type?: EntityType }> {
  const lineEnd = text.indexOf("\n");
  if (lineEnd < 0 || lineEnd > TITLE_CHARS) return [];
  const out: Array<{ at: number; name: string; type?: EntityType }> = [];
  for (let k = 0; k < words.starts.length && (words.starts[k] as number) < lineEnd; k++) {
    if (!((words.flags[k] as number) & CAPITAL)) continue;
    // the run of capitalised words from k, one blank apart: "Tata Consultancy Services"
    let last = k;
    while (
      last + 1 < words.starts.length && (words.starts[last + 1] as number) < lineEnd && (words.flags[last + 1] as number) & CAPITAL &&
      (words.starts[last + 1] as number) === (words.ends[last] as number) + 1 && isBlank(text.charCodeAt(words.ends[last] as number))
    ) last++;
    let at = words.starts[k] as number;
    // "La Banque Vuillerat loue …": the article that opens the headline is no part of the name
    if (last > k + 1 && TITLE_ARTICLES.has(text.slice(at, words.ends[k]))) at = words.starts[k + 1] as number;
    const name = text.slice(at, words.ends[last]);
    // The headline's first word is capitalised anyway: alone ("Pourquoi", "Exclusif") it names nothing, unless the
    // body writes it capitalised inside a sentence ("Néoptys dévisse de 12,4 %" … "Lourde sanction pour Néoptys").
    const opensTitle = k === 0;
    const single = last === k;
    k = last;
    // ("Digoin : le centre de calcul …" opens on a rubric, a place or a topic, before a colon)
    if (opensTitle && single && (!repeatsInsideSentence(text, name, lineEnd) || /^[ \u00a0]*[:,]/u.test(text.slice(at + name.length, at + name.length + 3)))) continue;
    // ("11 milliards de Fcfp": a currency is no name)
    if (name.length <= 2 || NOT_NAMES.has(name) || TITLE_NOT_NAMES.has(name) || PLACES.has(name) || FIRST_NAMES.has(name) || people.has(name) || KNOWN.has(name) || lookupCurrency(name)) continue;
    if (usedAsPlace(text, name)) continue;
    if (repeatsAsWholeWord(text, name, lineEnd)) {
      // "Oréade Labs lance Vélin 3": a version after the name makes it a product's
      const version = versionAfter(text, at + name.length);
      out.push(version ? { at, name: name + version, type: "product" } : { at, name });
      continue;
    }
    // "Le Houlottes Festival pulvérise son record" … "Le festival namurois a refermé": the body calls the
    // headline's name by its last word, a common noun after an article
    const named = NAMED_BY_NOUN.exec(name);
    if (named && nounInBody(text, (named[2] as string).toLowerCase(), lineEnd)) out.push({ at: at + (named[1] ?? "").length, name: name.slice((named[1] ?? "").length) });
  }
  return out;
}

const NAMED_BY_NOUN = narrow(/^((?:Le|La|Les|L['’])[ \u00a0]*)?\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’-]+)*[ \u00a0]+(Festival|Salon|Forum|Rallye|Marathon|Open|Tournoi|Musée|Théâtre|Opéra|Orchestre|Hôpital|Stade)$/u);
function nounInBody(text: string, noun: string, from: number): boolean {
  return new RegExp(`(?<![\\p{L}])(?:le|la|l['’])[ \\u00a0]*${noun}(?![\\p{L}])`, "iu").test(text.slice(from));
}

// "dans l'Allier", "dans le Morvan", "en Vendée": what follows is a place. Without the article "dans" opens
// companies too ("investir dans Anthropic").
const PLACE_PREPOSITION = narrow(/(?<![\p{L}])(?:dans[ \u00a0]+(?:l['’]|le[ \u00a0]+|la[ \u00a0]+|les[ \u00a0]+)|en[ \u00a0]+)$/iu);

/** The text (headline included) has `name` after a place preposition somewhere: it names a place. */
function usedAsPlace(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    if (PLACE_PREPOSITION.test(text.slice(Math.max(0, i - 10), i))) return true;
  }
  return false;
}

// Legal and corporate suffixes: "Cerebras Systems" is the company the news calls Cerebras.
const LEGAL_SUFFIXES = new Set([...LEGAL_FORMS, ..."Corp Corporation Systems Technologies Group Holding Holdings Limited".split(" ")]);

/** "Databricks Inc", "Palantir Technologies": a known company and a legal suffix is that company. */
function knownWithSuffix(name: string): Known | undefined {
  const cut = name.lastIndexOf(" ");
  if (cut < 0 || !LEGAL_SUFFIXES.has(name.slice(cut + 1))) return undefined;
  return KNOWN.get(name.slice(0, cut));
}

/** "Tata Consultancy Services (TCS)": an acronym in brackets made of a name's initials, to that name. */
function acronymsOf(text: string, found: readonly Entity[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const e of found) {
    if (e.type !== "org") continue;
    const m = BRACKETED_ACRONYM.exec(text.slice(e.end, e.end + 12));
    if (!m) continue;
    const acronym = m[1] as string;
    if (initialsOf(e.name.split(/[ \u00a0]+/u)) === acronym && !KNOWN.has(acronym)) aliases.set(acronym, e.name);
  }
  return aliases;
}
const BRACKETED_ACRONYM = /^[ \u00a0]?\((\p{Lu}{2,6})\)/u;

const ACRONYM_IN_BRACKETS = /[ \u00a0]\((\p{Lu}{2,6})\)/gu;
// Acronyms of things, not of organisations: "les petites et moyennes entreprises (PME)", "l'excédent brut
// d'exploitation (EBE)" (besides those NOT_NAMES holds: PIB, TVA, GPU …).
const NOT_ORGANISATION_ACRONYMS = new Set(
  ("PME ETI TPE ETP CDI CDD RSE EBE OPA OPE IPO PER SMIC RSA APL CSG CRDS PNB IR IS ISF IFI " +
    "RGPD JO JORF QPC PLF PLFSS LFI LFSS ZFE ZAC PLU SCOT SMR EPR ENR GES CO GNL GPL VE VTC TER TGV RER LGV ETF OPCVM SICAV FCP " +
    "TPU AI IoT VR AR RH DRH DSI DAF DG CA EVP TEU").split(" "),
);
const CONNECTORS = new Set(["de", "du", "des", "d", "et", "la", "le", "les", "l", "à", "pour", "en", "sur"]);

/** "Kuwait Investment Authority" -> KIA, "Hôpital universitaire Meuse-Sambre" -> HUMS, "Commissariat à l'énergie atomique" -> CEA. */
function initialsOf(words: string[]): string {
  return words
    .flatMap((w) => w.split(/['’]/u).filter((p) => p && !CONNECTORS.has(p.toLowerCase())))
    .flatMap((w) => w.split("-").map((p) => fold(p.charAt(0))))
    .join("")
    .toUpperCase();
}

/**
 * "La Kuwait Investment Authority (KIA)", "l'Hôpital universitaire Meuse-Sambre (HUMS)": the words before an
 * acronym in brackets whose initials spell it (connectors aside, capitals or not) are an organisation's name.
 */
function namesBeforeAcronym(text: string): Array<{ at: number; name: string }> {
  const out: Array<{ at: number; name: string }> = [];
  if (!text.includes("(")) return out;
  ACRONYM_IN_BRACKETS.lastIndex = 0;
  for (let m = ACRONYM_IN_BRACKETS.exec(text); m; m = ACRONYM_IN_BRACKETS.exec(text)) {
    const acronym = m[1] as string;
    if (NOT_NAMES.has(acronym) || NOT_ORGANISATION_ACRONYMS.has(acronym)) continue;
    const before = text.slice(Math.max(0, m.index - 90), m.index);
    const words = [...before.matchAll(/[\p{L}\p{N}-]+/gu)];
    // the shortest run of words ending before the bracket whose initials spell the acronym and whose first word is capitalised
    for (let k = 1; k <= Math.min(words.length, 8); k++) {
      const run = words.slice(words.length - k);
      const first = run[0] as RegExpMatchArray;
      if (!/^\p{Lu}/u.test(first[0]) || CONNECTORS.has(first[0].toLowerCase())) continue;
      if (initialsOf(run.map((w) => w[0])) !== acronym) continue;
      const start = m.index - before.length + (first.index as number);
      const name = text.slice(start, m.index).trim();
      if (!NOT_NAMES.has(name) && !PLACES.has(name)) out.push({ at: start, name });
      break;
    }
  }
  return out;
}

const INITIALLED = /^(\p{Lu}{2,4})[ \u00a0](\p{Lu}.*)$/u;

/**
 * "le RC Lens ... Lens est 4e", "SK Hynix ... Hynix": an organisation named with its initials first is the same
 * one when the text drops them, and goes by the full name (a place left bare stays a place).
 */
function initialledNames(found: readonly Entity[]): Map<string, string> {
  const aliases = new Map<string, string>();
  const orgs = new Set<string>();
  for (const e of found) if (e.type === "org") orgs.add(e.name);
  for (const name of orgs) {
    const m = INITIALLED.exec(name);
    if (m && !NOT_NAMES.has(m[1] as string) && orgs.has(m[2] as string)) aliases.set(m[2] as string, name);
  }
  return aliases;
}

/** `name` stands again after `from`, not inside a longer word. */
function repeatsAsWholeWord(text: string, name: string, from: number): boolean {
  for (let i = text.indexOf(name, from); i >= 0; i = text.indexOf(name, i + 1)) {
    if (!isLetterOrDigit(text.codePointAt(i + name.length) ?? Number.NaN) && !(i > 0 && isLetterOrDigit(text.charCodeAt(i - 1)))) return true;
  }
  return false;
}

const TITLE_ARTICLES = new Set(["La", "Le", "Les", "L", "Un", "Une"]);

/** `name` stands again after `from` as a whole word after a lower-case word or a comma: capitalised as a name. */
function repeatsInsideSentence(text: string, name: string, from: number): boolean {
  for (let i = text.indexOf(name, from); i >= 0; i = text.indexOf(name, i + 1)) {
    if (isLetterOrDigit(text.codePointAt(i + name.length) ?? Number.NaN) || !isBlank(text.charCodeAt(i - 1))) continue;
    const before = text.charAt(i - 2);
    if (before === "," || /\p{Ll}/u.test(before)) return true;
  }
  return false;
}

/** "High-Flyer." -> "High-Flyer": trailing punctuation off, by hand (a regex `[.-]+$` retries every run). */
export function trimName(raw: string): string {
  let end = raw.length;
  while (end > 0 && ".'’-".includes(raw[end - 1] as string)) end--;
  return raw.slice(0, end).trim();
}

/** Longest first, then the earlier-added (known names before guesses) wins. */
function removeOverlaps(found: Entity[]): Entity[] {
  const rank = (e: Entity) => (KNOWN.has(e.name) || e.appositive ? 0 : e.type === "person" ? 1 : 2);
  const sorted = found
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.end - b.e.start - (a.e.end - a.e.start) || rank(a.e) - rank(b.e) || a.i - b.i);
  // Taken characters, so each candidate is checked against its own span only (not every kept name).
  const taken = new Uint8Array(found.reduce((n, e) => Math.max(n, e.end), 0));
  const kept: Entity[] = [];
  for (const { e } of sorted) {
    let free = true;
    for (let i = e.start; i < e.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, e.start, e.end);
    kept.push(e);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const BEFORE = 48;
// The patterns below end at the name, so the engine tries them at every position before it. One
// lookbehind for all the cue words, not one each: compiled once (start-up) and checked once per position.
/** "fondée en 2019 par", "dirigé par": who founded or leads what the sentence is about (subject.ts skips them too). */
export const FOUNDED_OR_LED_BY = String.raw`(?:fondée?s?|cofondée?s?|créée?s?|lancée?s?|dirigée?s?)[ \u00a0]+(?:en[ \u00a0]+\d{4}[ \u00a0]+)?par`;
// "la valorisation d'xAI", "filiale du groupe Iliad", "de la start-up xAI": a complement, not an agent.
// "vendu à OpenAI", "commandé à Alstom": the one a thing goes to is a complement too.
// "réservé chez l'hébergeur occitan Calcéa": where a thing is bought or made is a complement too.
const GENITIVE = narrow(/(?<![\p{L}\p{N}])(?:(?:de|du|des|à|au|aux|chez)[ \u00a0]+|d['’])(?:l['’])?$|(?<![\p{L}\p{N}])(?:du|des|de[ \u00a0]+la|de[ \u00a0]+l['’]|chez[ \u00a0]+(?:le|la|les|l['’]))[ \u00a0]*(?:[\p{Ll}-]+[ \u00a0]+){1,2}$/u);
// "avec la low cost Transbrise": an article and up to three words may describe the name
const RELATION_AFTER = /^,[ \u00a0]+(?:son|sa|leur)[ \u00a0]+(?:(?:premier|première|principal|principale|plus[ \u00a0]+gros|plus[ \u00a0]+grand|grand|nouveau|nouvel|nouvelle|ancien|ancienne|unique|seul|historique)[ \u00a0]+)?(?:client|cliente|fournisseur|partenaire|concurrent|concurrente|rival|rivale|sous-traitant|distributeur|donneur[ \u00a0]+d['’]ordre)[ \u00a0]*,/iu;
// "louée pour dix-huit mois à l'opérateur X", "loués auprès de X": who rents compute out is no topic of the renter's figures
const PROVIDER = narrow(/(?<![\p{L}\p{N}])lou(?:é|ée|és|ées)[ \u00a0]+(?:[\p{L}\p{N}'’-]+[ \u00a0]+){0,5}?(?:à|auprès[ \u00a0]+(?:de|du|des|d['’])|chez)[ \u00a0]*(?:[\p{Ll}'’-]+[ \u00a0]+){0,3}$/iu);
// ("8 points de mieux qu'Ondin 3", "plus que Nvidia": what is compared with)
const COMPANION = narrow(/(?<![\p{L}\p{N}])(?:(?:avec|comme|contre|face à|côtés de|tels? que|telles? que|partenariat avec|concurrents?|rivaux|rivales?)[ \u00a0]+(?:[\p{Ll}'’-]+[ \u00a0]+){0,3}|(?:mieux|plus|moins|autant)[ \u00a0]+(?:qu['’]|que[ \u00a0]+(?:(?:le|la|les|l['’])[ \u00a0]*)?))$/iu);
const ATTRIBUTION = narrow(/(?<![\p{L}\p{N}])(?:selon|d['’]après|indiquen?t?|indiquait|rapporten?t?|a rapporté|souligne|relève|précise|révèle|explique|rappelle|cite|confie|affirme)[ \u00a0]+(?:(?:le|la|les|l['’]|du|des|un|une)[ \u00a0]*)?(?:[\p{Ll}'’-]+[ \u00a0]+){0,3}$/iu);
const PERSON_NOUNS = "architecte|ingénieure?|chercheur|chercheuse|cadre|dirigeante?|ancienn?e?|vétéran|informaticienn?e?|manager|patronn?e?|économiste|experte?|développeur|développeuse|banquier|banquière|entrepreneur|entrepreneuse";
const DESCRIPTOR = narrowRegExp(String.raw`(?<![\p{L}\p{N}])(?:${FOUNDED_OR_LED_BY}(?:[ \u00a0]+[\p{Ll}'’-]+){0,3}[ \u00a0]*(?:de|d['’]|du|des)?|créateur|créatrice|maison[ \u00a0]+mère|concepteur|conceptrice|propriétaire|inventeur|fondateur|fondatrice|cofondateur|cofondatrice|co-fondateur|patron|patronne|PDG|directeur|directrice|président|présidente|dirigeant|dirigeante|CEO|ancien|ancienne|vétéran|employé|salarié|ingénieur|chercheur)(?:[ \u00a0]+[\p{Ll}'’-]+){0,2}[ \u00a0]+(?:de|d['’]|du|chez)[ \u00a0]*(?:l['’])?` +
    // "Le créateur de l'assistant Claude", "l'éditeur du jeu X": the maker named by its product
    String.raw`(?:(?<=(?:de|du)[ \u00a0]*|l['’])(?:assistant|chatbot|modèle|logiciel|application|moteur|jeu|service|robot)[ \u00a0]+)?$|` +
    // "un architecte passé par Apple, AMD et Tesla": a person's former employers (not "la commande passée par Orange")
    String.raw`(?<![\p{L}\p{N}])(?:${PERSON_NOUNS})s?(?:[ \u00a0]+[\p{Ll}'’-]+){0,2}[ \u00a0]+passée?s?[ \u00a0]+(?:par|chez)[ \u00a0]*(?:(?:le|la|les|l['’])[ \u00a0]*)?$`, "iu");
const INVESTOR_BEFORE = narrow(/(?<![\p{L}\p{N}])(?:(?:em)?menée?s?[ \u00a0]+par|(?:conduite?s?|pilotée?s?)[ \u00a0]+par|aux[ \u00a0]+côtés[ \u00a0]+(?:de|d['’]|du|des)|soutenue?s?[ \u00a0]+par|auprès[ \u00a0]+(?:de|d['’])|participation[ \u00a0]+(?:de|d['’])|investisseurs?(?![\p{L}\p{N}])[^.;:]*|dont)[ \u00a0,]*(?:(?:le|la|les|l['’]|du|des)[ \u00a0]*)?(?:[\p{Ll}'’-]+[ \u00a0]+){0,3}$/iu);
// "puces Nvidia", "GPU A100 de Nvidia", "H100 de Nvidia": the maker of a chip.
const COUNT_BEFORE = narrow(/(?:\d|(?<![\p{L}])(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent))[ \u00a0\u202f]+$/u);
const MODEL_AFTER = /^[ \u00a0]+[A-Z]{0,3}\d{2,4}(?![\d])/u;
const MODEL_END = /[ \u00a0][A-Z]{0,3}\d{2,4}[A-Za-z]{0,3}$/u;
const MODIFIER = narrow(/(?<![\p{L}\p{N}])(?:(?:puces?|processeurs?|GPUs?|accélérateurs?|composants?|cartes?|serveurs?|semi-?conducteurs?)(?:[ \u00a0]+(?:graphiques|\p{Lu}{1,2}\d{2,3}\p{Lu}?))?|\p{Lu}{1,2}\d{2,3}\p{Lu}?)[ \u00a0]+(?:de[ \u00a0]+|d['’])?$/u);
// "ses puces Kunlun", "des serveurs Dell": any name right after a chip noun is the chips' line or maker; but
// "le champion des semi-conducteurs Soitec" is an apposition naming a company (a sector, not chips).
const CHIP_LINE = narrow(/(?<![\p{L}\p{N}])(?:puces?|processeurs?|GPUs?|accélérateurs?|serveurs?)[ \u00a0]+$/u);
// "le concepteur de puces AMD", "le fabricant taïwanais de semi-conducteurs TSMC": a company named by its
// trade, not the maker of chips counted before it.
const CHIP_TRADE = narrow(/(?<![\p{L}])(?:concepteur|conceptrice|fabricant|fabricante|spécialiste|champion|leader|géant|fondeur)(?:[ \u00a0]+\p{Ll}+){0,2}[ \u00a0]+(?:de|des|d['’])[ \u00a0]*(?:puces|semi-?conducteurs|processeurs|GPU|accélérateurs)(?:[ \u00a0]+\p{Ll}+){0,2}[ \u00a0]+$/u);
// "Amazon a investi", "Bpifrance apportera un prêt", "le fonds X va prendre 35 % du capital", "X prendra en outre 20 % de la filiale"
const STAKE_OF = "(?:du[ \\u00a0]+capital|de[ \\u00a0]+la[ \\u00a0]+(?:filiale|société|start-up|coentreprise)|de[ \\u00a0]+l['’]entreprise|du[ \\u00a0]+(?:club|groupe))";
const INVESTOR_AFTER = narrowRegExp(
  // ("Tiwah Investment Authority (TIA) prend 24,9 % du capital": its acronym in brackets first)
  "^ ?(?:\\([^()]{1,12}\\) ?)?(?:,[^,.;]{1,60},|,? ?qui(?:[ \\u00a0]+y)?)? (?:(?:va|vont|doit|devrait)[ \\u00a0]+)?(?:y[ \\u00a0]+)?(?:(?:a|avait|aura|s['’]est|s['’]était)[ \\u00a0]+)?(?:(?:déjà|aussi|également|en[ \\u00a0]+outre)[ \\u00a0]+)?" +
    // (not "investira": a company invests in its own plant too, "a investi" and "investit" are mostly rounds)
    "(?:investi|injecté|apporté|participé|mené|prêté|souscrit|souscrira|investit|(?:ré|re)?investissent|réinvestit|réinvesti|injecte|injectera|injecter|apporte|apportera|apporter|prêtera|prêter|(?<=a[ \\u00a0]+)mis(?![ \\u00a0]+(?:en|au|à|fin)[ \\u00a0])" +
    // "investira en outre 150 M€ au capital de X"
    "|(?:investira|investiront)(?:[ \\u00a0]+[^\\s.;,]+){0,4}?[ \\u00a0]+au[ \\u00a0]+capital" +
    // "Bpifrance, entré au capital en 2023, s'est engagé … à hauteur de 120 millions"
    "|(?<=s['’](?:est|était)[ \\u00a0]+)engagée?(?:[ \\u00a0]+[^\\s.;,]+){0,5}?[ \\u00a0]+à[ \\u00a0]+hauteur" +
    // "Amazon, actionnaire historique, a remis 4 milliards de dollars au pot"
    "|(?:re)?mis(?:[ \\u00a0]+[^\\s.;,]+){0,5}?[ \\u00a0]+au[ \\u00a0]+pot" +
    `|(?:prend|pris|prendra|prendre|acquiert|acquis|acquérir)[ \\u00a0]+(?:(?:en[ \\u00a0]+outre|également|aussi)[ \\u00a0]+)?(?:[\\d,]+[ \\u00a0]*%[ \\u00a0]+${STAKE_OF}|une[ \\u00a0]+participation))(?![\\p{L}\\p{N}])`,
  "iu",
);

// "contrôlée par le taïwanais TSMC", "détenue à 51 % par Orange", "racheté par SoftBank en 2024"
const OWNER_BEFORE = narrow(/(?<![\p{L}\p{N}])(?:contrôlée?s?|détenue?s?|possédée?s?|rachetée?s?|acquise?s?|absorbée?s?)(?:[ \u00a0]+(?:à|majoritairement|entièrement|conjointement)[^,;.]{0,12})?[ \u00a0]+par[ \u00a0]+(?:(?:le|la|les|l['’])[ \u00a0]*)?(?:[\p{Ll}'’-]+[ \u00a0]+){0,2}$/iu);

// The article opens the clause ("Le Royaume-Uni a promis", "Mais l'Allemagne a"): after a verb
// ("Elle vise l'Allemagne") the place is where, not who.
const PLACE_AS_AGENT = narrow(/(?:^|[.,;:!?«"“(—–\n][ \u00a0]*|(?:^|[^\p{L}])(?:mais|or|donc|que|qu['’]|quand|si|alors|car|où|dont|ainsi|désormais)[ \u00a0]+)(?:le|la|les|l['’])[ \u00a0]*$/iu);
const PLACE_AS_LOCATION = narrow(/(?:^|[^\p{L}])(?:à|a|au|aux|en|dans|de|du|des|d['’]|vers|sur|par|pour|depuis|chez|entre)[ \u00a0]+(?:(?:le|la|les|l['’])[ \u00a0]*)?$/iu);

// "cotée au Nasdaq", "sur le CAC 40", "deux banques du CAC 40" (its members): where, not who; but "la hausse
// du Nasdaq" is the index's own.
// ("la clôture du Nasdaq", "la meilleure performance du S&P 500" too: the market's moves are its own, "la hausse du Nasdaq")
// ("Sur le Nasdaq, l'action …" opens a sentence; "plus forte baisse du SBF 120", "meilleure performance du CAC 40":
// a member's rank in the index)
const INDEX_AS_SETTING = narrow(/(?:(?<![\p{L}])(?:au|aux|à|sur|en|dans|Au|Aux|À|Sur|En|Dans)[ \u00a0]+(?:(?:le|la|les|l['’])[ \u00a0]*)?|\p{Ll}{2,}[sx][ \u00a0]+(?:du|des|de[ \u00a0]+l['’])[ \u00a0]*|(?<![\p{L}])(?!(?:hausse|baisse|recul|progression|repli|chute|rebond|envolée|plongeon|niveau|indice)[ \u00a0])\p{Ll}{3,}[ \u00a0]+(?:du|de[ \u00a0]+l['’])[ \u00a0]*|(?<![\p{L}])(?:plus[ \u00a0]+(?:forte?|belle|grosse|grande)|meilleure?|pire)[ \u00a0]+(?:hausse|baisse|progression|performance|repli|chute|recul|contre-performance)[ \u00a0]+(?:du|de[ \u00a0]+l['’])[ \u00a0]*)$/u);

// "Ouverte sur la plateforme choletaise Semeurs d'Ouest, la levée de Marévia": where the money was raised, not who
// raised it ("via la plateforme X, qu'il a rachetée" names what was bought: no setting).
const PLATFORM_BEFORE = narrow(/(?<![\p{L}])sur[ \u00a0]+(?:la|une)[ \u00a0]+plateforme(?:[ \u00a0]+(?:de[ \u00a0]+)?\p{Ll}[\p{Ll}-]*){0,2}[ \u00a0]+$/u);
const OWN_BRAND_BEFORE = narrow(/(?<![\p{L}])(?:(?:sa|son|ses|leur|leurs)[ \u00a0]+(?:(?:nouvelle|propre|petite|grande)[ \u00a0]+)?(?:marque|enseigne|ligne|gamme)s?|sous[ \u00a0]+(?:l['’][ \u00a0]?enseigne|la[ \u00a0]+marque))(?:[ \u00a0]+[\p{Ll}-]+){0,4}[ \u00a0]+$/u);
// "Corbell Dynamics (Nasdaq : CRBL)": the exchange and the ticker in brackets only say where the share trades.
const TICKER_AFTER = /^[ \u00a0]*:[ \u00a0]*[A-Z0-9.]{1,8}[ \u00a0]*[),;]/u;

// "Le fonds X, entré lors d'une série B de 95 millions": it came in with a round
const ENTERED_WITH_ROUND = narrow(/^ ?,[ \u00a0]+entrée?s?(?:[ \u00a0]+au[ \u00a0]+capital)?[ \u00a0]+lors[ \u00a0]+(?:d['’]une|du|de[ \u00a0]+la)(?![\p{L}])/u);

/** "Amazon a investi", "Nvidia, qui y a injecté": the name is followed by an investing verb. */
function investsAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  // INVESTOR_AFTER opens with a blank or a comma: most names are followed by neither, and skip the slice.
  if (c !== 0x20 && c !== 0xa0 && c !== 0x2c) return false;
  // One blank for a run of them: the anchored pattern would otherwise retry every split of the run.
  const after = text.slice(end, end + 90).replace(/^[ \u00a0]+/u, " ");
  return INVESTOR_AFTER.test(after) || ENTERED_WITH_ROUND.test(after);
}

// Which role patterns can match before a name: each needs one of its cue words, whole, among the words of
// the window before the name (a word cut by the window's edge counts from the edge, as the pattern sees it).
// Looking the window's few words up costs far less than trying six `$`-anchored patterns at each of its
// 48 positions, and a pattern whose cue is absent cannot match (tests/entities.test.ts checks it).
export const CUE_DESCRIPTOR = 1;
export const CUE_ATTRIBUTION = 2;
export const CUE_OWNER = 4;
export const CUE_INVESTOR = 8;
export const CUE_COMPANION = 16;
export const CUE_GENITIVE = 32;
export const CUE_PROVIDER = 64;
/** Each cue word in lower case (as `toLowerCase` gives it), with the patterns it can open. */
const CUE_WORDS = new Map<string, number>();
const cues = (bit: number, words: string) => {
  for (const w of words.split(" ")) CUE_WORDS.set(w, (CUE_WORDS.get(w) ?? 0) | bit);
};
const withEndings = (stems: string, endings: string) => stems.split(" ").flatMap((s) => endings.split(" ").map((x) => s + x)).join(" ");
cues(CUE_DESCRIPTOR, withEndings("fondé cofondé créé lancé dirigé", " e s es"));
cues(CUE_DESCRIPTOR, "créateur créatrice maison concepteur conceptrice propriétaire inventeur fondateur fondatrice cofondateur " +
  "cofondatrice co patron patronne pdg directeur directrice président présidente dirigeant dirigeante ceo ancien ancienne vétéran " +
  "employé salarié ingénieur chercheur passé passée passés passées");
cues(CUE_ATTRIBUTION, "selon après indique indiquen indiquet indiquent indiquait rapporte rapporten rapportet rapportent rapporté " +
  "souligne relève précise révèle explique rappelle cite confie affirme");
cues(CUE_OWNER, withEndings("contrôlé détenu possédé racheté absorbé", " e s es") + " acquis acquise acquises");
cues(CUE_INVESTOR, withEndings("mené emmené conduit piloté soutenu", " e s es") + " côtés auprès participation investisseur investisseurs dont");
cues(CUE_GENITIVE, "à au aux chez");
cues(CUE_PROVIDER, "loué louée loués louées");
cues(CUE_COMPANION, "avec comme contre face côtés tel tels telle telles partenariat concurrent concurrents rivaux rivale rivales mieux plus moins autant");

/** The CUE_ bits of the words in text[from, to); `words` are the text's (scanWords). */
export function cuesBetween(text: string, words: Words, from: number, to: number): number {
  let bits = 0;
  for (let k = firstWordEndingAfter(words, from); k < words.starts.length && (words.starts[k] as number) < to; k++) {
    const word = text.slice(Math.max(words.starts[k] as number, from), Math.min(words.ends[k] as number, to)).toLowerCase();
    // `iu` also equates the long s with s ("ſelon")
    bits |= CUE_WORDS.get(word) ?? (word.includes("ſ") ? CUE_WORDS.get(word.replaceAll("ſ", "s")) ?? 0 : 0);
    // Two cues may run into the next word, a blank being optional after them: GENITIVE's "du", "des", "de la"
    // and INVESTOR_BEFORE's "dont" ("durable", "dontaine" match too), so any word opening on "d" may do.
    if (word.charCodeAt(0) === 0x64) bits |= CUE_GENITIVE | (word.startsWith("dont") ? CUE_INVESTOR : 0);
  }
  return bits;
}

function firstWordEndingAfter(words: Words, offset: number): number {
  let lo = 0;
  let hi = words.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words.ends[mid] as number) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function roleOf(text: string, words: Words, e: Entity): EntityRole {
  if (e.type === "media") return "attribution";
  const from = Math.max(0, e.start - BEFORE);
  const before = text.slice(from, e.start);
  // "le Royaume-Uni a promis 14 milliards" is about the country; "En Europe," and "à Memphis" are settings.
  if (e.type === "place") return PLACE_AS_AGENT.test(before) && !PLACE_AS_LOCATION.test(before) ? "agent" : "setting";
  if (before.includes("plateforme") && PLATFORM_BEFORE.test(before)) return "setting";
  if (INDICES.has(e.name) && (INDEX_AS_SETTING.test(before) || TICKER_AFTER.test(text.slice(e.end, e.end + 16)))) return "setting";
  if (INVESTORS.has(e.name) || investsAfter(text, e.end)) return "investor";
  // "Nvidia, son premier client, représente 31 % des revenus": a partner of the company the figures are about
  if (text.charCodeAt(e.end) === 0x2c && RELATION_AFTER.test(text.slice(e.end, e.end + 50))) return "companion";
  if (e.vendor ? MODIFIER.test(before) && !CHIP_TRADE.test(before) : !e.appositive && CHIP_LINE.test(before)) return "modifier";
  // "sa marque haut de gamme Ysel", "dont 31 sous l'enseigne Lousteval": a brand the company owns, whose figures are
  // the company's
  const brandWord = before.includes("marque") || before.includes("enseigne") || before.includes("ligne") || before.includes("gamme");
  if (brandWord && OWN_BRAND_BEFORE.test(before)) return "modifier";
  // "17 Boeing 787", "40 Airbus A220": a maker between a count and a model names what is counted.
  // (the cheap model tests first: the count pattern ends at the name and is tried at every position before it)
  if ((MODEL_AFTER.test(text.slice(e.end, e.end + 8)) || MODEL_END.test(e.name)) && COUNT_BEFORE.test(before)) return "modifier";
  const cue = cuesBetween(text, words, from, e.start);
  if (cue & CUE_DESCRIPTOR && DESCRIPTOR.test(before)) return "descriptor";
  if (cue & CUE_ATTRIBUTION && ATTRIBUTION.test(before)) return "attribution";
  if (cue & CUE_OWNER && OWNER_BEFORE.test(before)) return "owner";
  if (cue & CUE_PROVIDER && PROVIDER.test(before)) return "companion";
  if (cue & CUE_INVESTOR && INVESTOR_BEFORE.test(before)) return "investor";
  if (cue & CUE_COMPANION && COMPANION.test(before)) return "companion";
  if (cue & CUE_GENITIVE && GENITIVE.test(before)) return "genitive";
  return "agent";
}

/** The role patterns, by cue bit, for the test that holds the cue words to them. */
export const ROLE_PATTERNS: ReadonlyArray<readonly [number, RegExp]> = [
  [CUE_DESCRIPTOR, DESCRIPTOR], [CUE_ATTRIBUTION, ATTRIBUTION], [CUE_OWNER, OWNER_BEFORE],
  [CUE_INVESTOR, INVESTOR_BEFORE], [CUE_COMPANION, COMPANION], [CUE_GENITIVE, GENITIVE], [CUE_PROVIDER, PROVIDER],
];

const LIST_ROLES = new Set<EntityRole>(["companion", "investor", "attribution", "descriptor", "modifier"]);

/**
 * A role spreads over a list: "avec OpenAI, Google ou Meta", "dont Andreessen Horowitz, Sequoia Capital, et ...",
 * "200 000 accélérateurs Nvidia et AMD".
 */
function markLists(text: string, entities: Entity[]): void {
  for (let i = 1; i < entities.length; i++) {
    const prev = entities[i - 1] as Entity;
    const cur = entities[i] as Entity;
    if (!LIST_ROLES.has(prev.role) || cur.role === "investor" || cur.type !== prev.type) continue;
    // "Selon Iliad, Terralis Data, filiale du groupe, ...": the apposition opens a name of its own.
    if (cur.head === "filiale") continue;
    const between = text.slice(prev.end, cur.start);
    // "soutenue par Microsoft, et Anthropic où Amazon a investi": Anthropic opens a clause of its own.
    if (/^[ \u00a0]*(?:où|qui|que|qu['’]|dont)[ \u00a0]/u.test(text.slice(cur.end, cur.end + 6))) continue;
    // After a bare comma the name must itself go on the list: "avec OpenAI, Google ou Meta" but not
    // "Selon Bloomberg, OpenAI vaut ...".
    if (/^,[ \u00a0]*$/u.test(between) && !/^[ \u00a0]*(?:,|et(?![\p{L}])|ou(?![\p{L}])|[.;)]|$)/u.test(text.slice(cur.end, cur.end + 4))) continue;
    // "avec Bpifrance et l'américain Kettleby Capital": an article and a word or two may describe the next name
    if (/^(?:,|,?[ \u00a0]+(?:et|ou))?[ \u00a0]*(?:(?:le|la|les|l['’])[ \u00a0]*(?:\p{Ll}[\p{Ll}-]*[ \u00a0]+){0,2})?$/u.test(between)) {
      if (cur.role === "agent" || cur.role === "genitive") cur.role = prev.role;
    }
  }
  // "Kalahari Seed Partners et le britannique Holloway Lane Ventures, déjà actionnaires, réinvestissent": the verb after
  // the list's last name makes investors of the names it joins by "et"
  for (let i = entities.length - 1; i > 0; i--) {
    const cur = entities[i] as Entity;
    const prev = entities[i - 1] as Entity;
    if (cur.role !== "investor" || prev.role !== "agent" || prev.type !== "org") continue;
    if (/^,?[ \u00a0]+et[ \u00a0]+(?:(?:le|la|les|l['’])[ \u00a0]*(?:\p{Ll}[\p{Ll}-]*[ \u00a0]+){0,2})?$/u.test(text.slice(prev.end, cur.start))) prev.role = "investor";
  }
}

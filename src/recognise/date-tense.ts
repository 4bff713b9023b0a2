// Which way a yearless date points, from the verbs around it in the same sentence:
// "a rapporté samedi" -> past (the Saturday before the reference), "sera opérationnel en septembre"
// -> future, "Je reviendrai vendredi" -> future. The nearest cue wins; none means "no cue".
import { narrow, narrowRegExp } from "../text/narrow-classes.js";
import { caselessRegExp } from "./caseless.js";
import { APOS, OSP, SP } from "./date-lexicon-fr.js";

export type Tense = "past" | "future";

const WINDOW = 120;
const ADVERBS = `(?:(?:n${APOS}|ne|pas|déjà|aussi|encore|également|bien|même|ensuite|notamment|alors|finalement|récemment|officiellement|publiquement|toutefois|pourtant|lui|leur|y)${SP}){0,2}`;
// Compound past: "a annoncé", "ont voté", "avait dévoilé", "aurait annoncé", "s'est tenu", "a été"; not "ont jusqu'au".
const PAST = new RegExp(
  `(?<![\\p{L}])(?:(?:a|ont|avait|avaient|aurait|auraient|eut|eurent|ai|avons|avez)${SP}${ADVERBS}(?:été|eu|fait|dit|pris|mis|vu|su|pu|dû|(?!jusqu)\\p{Ll}{2,}(?:é|ée|és|ées|i|is|ie|u|us|ue|it|ert|erte|int|uit))` +
    `|(?:s${APOS}est|se${SP}sont|s${APOS}étai(?:en)?t)${SP}\\p{Ll}{2,}(?:é|ée|és|ées|i|is|ie|u|us|ue|it)` +
    // "le taux est passé à 2 %", "est entré en vigueur": verbs of motion take "être" in the compound past
    `|(?:est|sont|était|étaient)${SP}${ADVERBS}(?:passé|arrivé|parti|monté|descendu|tombé|venu|devenu|revenu|resté|entré|sorti|retombé|remonté|redescendu)(?:e|s|es)?)(?![\\p{L}])` +
    // "dont la notification remonte au 20 septembre": how far back something goes
    `|(?<![\\p{L}])remonte(?:nt)?${SP}(?:à|au|aux)(?![\\p{L}])` +
    // Imperfect "indiquait", "s'élevait" (the conditionals "devrait", "serait"... are not past).
    `|(?<![\\p{L}])(?!(?:(?:se|pour|dev|fe|au|i|voud|faud|vaud|viend|tiend|sau)r(?:ait|aient)|trait|portrait|retrait|attrait|souhait|extrait|abstrait|parfait|bienfait|méfait|forfait|distrait|refait|satisfait)(?![\\p{L}]))` +
    // (nor the conditionals "coûterait", "permettrait", "atteindrait", "ouvrirait"; "espérait", "montrait", "tirait" are imperfects)
    // (tested behind the match, so that only words in -ait pay for it)
    `\\p{Ll}{2,}(?:ait|aient)(?![\\p{L}])(?<!(?:[^é\\P{L}]er|ttr|ndr|rir|nir|fir|dir)(?:ait|aient))`,
  "gu",
);
// Periphrastic and simple future, and words that announce: "va", "devrait", "prévu", "d'ici", "sera", "reviendrai";
// not "309 millions attendus par le consensus", what someone expected.
const FUTURE = new RegExp(
  `(?<![\\p{L}])(?:va|vont|vais|allons|allez|devrait|devraient|pourrait|pourraient|doit|doivent|prévoit|prévoient|prévue?s?|attendue?s?(?!${SP}par${SP})|payables?|livrables?|d${APOS}ici|bientôt|ira|iront|irai|prochaine?s?` +
    // "compte lancer" is an intent, "compte 500 millions d'utilisateurs" a count
    `|compte(?:nt)?${SP}(?:\\p{Ll}+${SP})?(?!(?:entre|contre|notre|votre|autre|leur|parmi)(?![\\p{L}]))\\p{Ll}{2,}(?:er|ir|re)` +
    // an intention: "menace de le porter à 30 % au 1er janvier", "envisage d'ouvrir", "s'apprête à"
    `|(?:menace(?:nt)?|envisage(?:nt)?|projette(?:nt)?)(?=${SP}d(?:e${SP}|${APOS}))|s${APOS}apprête(?:nt)?(?=${SP}à)` +
    // a hope: "Il espère obtenir une allocation de 5 000 GPU au quatrième trimestre"
    // (or a thing: "Bercy espère un feu vert avant l'été")
    `|esp[èé]r(?:e|ent|ons)` +
    // a thing in the making: "qui prépare une levée de fonds au deuxième trimestre"
    `|prépar(?:e|ent)(?=${SP}(?:une?|son|sa|ses|leurs?|la|les?|des)${SP}|${SP}l${APOS})` +
    // a schedule in the present: "l'exercice s'achève fin juin", "le salon ouvre en mars"
    `|s${APOS}ach[èe]ve(?:nt)?|se${SP}termine(?:nt)?|prennent${SP}fin|prend${SP}fin|débute(?:nt)?|commence(?:nt)?|démarre(?:nt)?|expire(?:nt)?|s${APOS}ouvre(?:nt)?|ouvre(?:nt)?${SP}ses${SP}portes|entre(?:nt)?${SP}en${SP}vigueur)(?![\\p{L}])` +
    `|(?<![\\p{L}])(?!(?:front|affront|caméra|opéra|extra|ultra|mantra|cobra|vrai|contra|tiara|hydra|sutra|zébra|chimera|véra|aura|sera)(?![\\p{L}]))\\p{Ll}{2,}(?:ra|ront|rai)(?![\\p{L}])` +
    // "Nous ouvrirons un bureau à la rentrée", "vous ferez": the first and second persons plural (not "les environs",
    // "nos patrons", "les vignerons")
    `|(?<![\\p{L}])(?!(?:environs|patrons|fleurons|vignerons|bûcherons|forgerons|escadrons|citrons|marrons|potirons|chevrons|biberons|barons|larrons|perrons|hérons|quarterons|ronrons|tendrons|rez)(?![\\p{L}]))\\p{Ll}{2,}(?:rons|rez)(?![\\p{L}])` +
    `|(?<![\\p{L}])(?:sera|seront|aura|auront)(?![\\p{L}])` +
    // the conditional of what would happen: "coûterait", "démarrerait", "ouvrirait" (not "aurait", "serait")
    `|(?<![\\p{L}])\\p{Ll}{2,}(?:ait|aient)(?![\\p{L}])(?<=(?:[^é\\P{L}]er|ttr|ndr|rir|nir|fir|dir)(?:ait|aient))`,
  "gu",
);

/**
 * The clause bounds around a span: back to the sentence start, forward to its end, at most WINDOW chars each way. A
 * semicolon ends a clause too: "l'essai est programmé le 9 décembre ; le vol …, où le CNES a attribué un pas de tir".
 */
function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  const minFrom = Math.max(0, start - WINDOW);
  while (from > minFrom) {
    const c = text.charCodeAt(from - 1);
    if (c === 10 || c === 59 || ((c === 46 || c === 33 || c === 63) && /\s/.test(text.charAt(from)))) break;
    from--;
  }
  let to = end;
  const maxTo = Math.min(text.length, end + WINDOW);
  while (to < maxTo) {
    const c = text.charCodeAt(to);
    if (c === 10 || c === 59 || ((c === 46 || c === 33 || c === 63) && (to + 1 >= text.length || /\s/.test(text.charAt(to + 1))))) break;
    to++;
  }
  return [from, to];
}

// Speed: the same cues after a consumed boundary (the clause start or a non-letter) instead of a Unicode
// lookbehind tried at every position; every cue begins and ends with a letter, so the matches are the same.
const afterBoundary = (re: RegExp): RegExp => {
  const parts = re.source.split("(?<![\\p{L}])");
  if (parts[0] !== "") throw new Error("tense cue: unexpected start");
  return narrowRegExp(`(?:^|[^\\p{L}])(${parts.slice(1).join("")})`, "gu");
};
const PAST_CUE = afterBoundary(PAST);
const FUTURE_CUE = afterBoundary(FUTURE);

function nearestCue(re: RegExp, clause: string, at: number, len: number): number {
  let best = Infinity;
  re.lastIndex = 0;
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    const e = m.index + m[0].length;
    const s = e - (m[1] as string).length;
    if (s < at + len && e > at) continue; // the date itself ("prochain" in "mai prochain")
    const d = e <= at ? at - e : s - (at + len);
    if (d < best) best = d;
  }
  return best;
}

// Right before the date, a past participle that is not part of a future or conditional passive says past:
// "son modèle V3, sorti fin décembre", "la coentreprise lancée en janvier", "un plan dévoilé dès mars".
// A determiner before the word makes it a noun ("la société en janvier", "la sortie en mars"); participles
// of plans ("prévu", "attendu", "reporté") look ahead and are left to the cues below.
const PARTICIPLE_BEFORE = narrowRegExp(
  // (irregular ones too: "ouverte au printemps", "construite en mars", "atteint en juin", "prise en 2024")
  `(?:^|[^\\p{L}])(?<before>\\p{L}+${APOS}?)?${SP}(?<word>\\p{Ll}{2,}(?:é|ée|és|ées|i|ie|is|u|ue|us|ues|ert|erte|erts|ertes|uit|uite|uits|uites|aite|aites|int|inte|ints|intes|ise|ises))` +
    `(?:${OSP},)?${SP}(?:(?:en|dès|des|le|au|à|a|courant|vers|depuis)${SP})?$`,
  "u",
);
const NOT_PARTICIPLE = new Set([
  "été", "année", "journée", "soirée", "entrée", "arrivée", "rentrée", "idée", "durée", "musée", "lycée", "armée", "marché",
  "côté", "société", "comité", "député", "ici", "aussi", "ainsi", "parmi", "voici", "midi", "lundi", "mardi", "mercredi",
  "jeudi", "vendredi", "samedi", "depuis", "puis", "mais", "jamais", "plus", "tous", "sous", "nous", "vous", "qui", "lui",
  "celui", "aujourd", "peu", "lieu", "milieu", "jeu", "feu", "vue", "revue", "rue", "avenue", "partie", "sortie", "série",
  "vie", "envie", "pays", "fois", "mois", "avis", "prix", "début", "prévu", "prévue", "prévus", "prévues", "attendu",
  "attendue", "attendus", "attendues", "programmé", "programmée", "planifié", "planifiée", "envisagé", "envisagée",
  "reporté", "reportée", "repoussé", "repoussée", "décalé", "décalée", "fixé", "fixée", "espéré", "espérée", "promis",
  "promise", "visé", "visée", "fini", "défini", "définie",
  // a payment's date is scheduled: "le dividende … versé le 27 mai", "payé le 5 juin", "détaché le 25 mai"
  "versé", "versée", "versés", "versées", "payé", "payée", "payés", "payées", "détaché", "détachée", "distribué", "distribuée",
]);
const DETERMINERS = new Set([
  "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "sa", "son", "ses", "leur", "leurs", "ce", "cet",
  "cette", "ces", "notre", "votre", "nos", "vos", "mon", "ma", "mes", "nouvelle", "nouveau", "nouvelles", "nouveaux", "première", "premier", "dernière",
]);
// "sera lancé en mars", "devrait être dévoilé en juin": the participle of a future passive.
const FUTURE_AUXILIARY = narrow(/(?:^|[^\p{L}])(?:être|sera|seront|serait|seraient|soit|soient)(?:[^\S\n]{1,3}\p{Ll}+){0,2}[^\S\n]{1,3}\p{Ll}+(?:[^\S\n]{0,3},)?[^\S\n]{1,3}(?:(?:en|dès|des|le|au|à|a|courant|vers|avant)[^\S\n]{1,3})?$/u);
// "contre 400 millions en février", "prévoit une marge de 51 %, après 52,4 % au troisième trimestre", "contre 4 000 dans
// le projet soumis à consultation en juin": the earlier figure of a comparison (a decimal comma inside it ends nothing).
const CONTRAST_BEFORE = caselessRegExp(String.raw`(?:^|[^\p{L}])(?:contre|après(?=[^\S\n]+(?:(?:environ|près[^\S\n]+de|plus[^\S\n]+de|moins[^\S\n]+de|quelque)[^\S\n]+)?\d))(?:[^\S\n]{1,3}(?:[^\s,;:.!?()]|[,.]\d)+){1,9}[^\S\n]{1,3}$`, "iu");

// "depuis le printemps", "depuis septembre": what started then started before now.
const SINCE_BEFORE = caselessRegExp(String.raw`(?:^|[^\p{L}])depuis[^\S\n]+(?:(?:le|la|les|l['’]|début|fin|mi)[^\S\n-]*-?)?$`, "iu");

// "2 300 de moins qu'en septembre", "mieux qu'au printemps": the other side of a comparison, an earlier time.
const COMPARED_BEFORE = caselessRegExp(String.raw`(?:^|[^\p{L}])(?:plus|moins|mieux|autant)[^\S\n]+qu['’](?:en|au)[^\S\n]+$`, "iu");
// "un préavis de grève pour le 5 janvier": what something is set for lies ahead; so does a deadline promised
// ("a promis une médiation avant le 15 décembre", "s'est engagé à livrer d'ici le 30 juin").
// A hearing "fixée au 25 janvier", a debate "reporté au 3 février": the day something is put off or set to.
const SET_FOR_BEFORE = caselessRegExp(
  String.raw`(?:^|[^\p{L}])pour[^\S\n]+le[^\S\n]+$|(?:promis|promise|prévu|prévue|fixé|fixée|engagé|engagée)(?:[^\S\n]+[^\s,;:.!?]+){0,12}[^\S\n]+(?:avant|jusqu['’]au|d['’]ici)(?:[^\S\n]+le)?[^\S\n]+$` +
    String.raw`|(?:^|[^\p{L}])(?:fixée?s?|programmée?s?|reportée?s?|renvoyée?s?|repoussée?s?|ajournée?s?|décalée?s?)(?:[^\S\n]+[^\s,;:.!?]+){0,4}[^\S\n]+au[^\S\n]+$`,
  "iu",
);
// "attendent la fibre pour septembre", "un lancement promis pour l'automne": what is awaited for a time lies ahead
// (not "les ventes publiées pour septembre")
// (finite verbs only: a participle may tell of a plan since dropped, "Annoncée pour fin juin, puis pour septembre")
const AWAITED_FOR_BEFORE = caselessRegExp(
  String.raw`(?:^|[^\p{L}])(?:attend(?:s|ent|ons|ez)?|esp[èé]r(?:e|es|ent|ons|ez)|comptent|visent|vise)(?:[^\S\n]+[^\s,;:.!?]+){0,4}[^\S\n]+pour[^\S\n]+(?:(?:le|la|l['’])[^\S\n]*)?$`,
  "iu",
);
const ALLOTTED_BEFORE = /(?<![\p{L}])(?:allou|attribu|réserv|promi)\p{L}*/u;
const FOR_THE_QUARTER = /^(?:premier|deuxième|second|troisième|quatrième)[ \u00a0]+(?:trimestre|semestre)(?![\p{L}])(?![ \u00a0]+\d)/u;
// "initialement attendue fin juin", "d'abord prévue pour décembre": the plan's first date, told after it moved; its
// participle says nothing of when it lies (tenseAround answers no tense: the nearest such date is taken)
const FIRST_PLANNED_BEFORE = caselessRegExp(
  String.raw`(?:^|[^\p{L}])(?:initialement|d['’]abord|au[^\S\n]+départ|à[^\S\n]+l['’]origine|originellement)[^\S\n]+(?:attendue?s?|prévue?s?|annoncée?s?|programmée?s?|fixée?s?|promise?s?)(?:[^\S\n]+pour)?(?:[^\S\n]+(?:le|la|l['’]|en|au|à))?[^\S\n]*$`,
  "iu",
);
// "a repoussé à septembre", "reportée à l'automne": the time something is put off to lies ahead
const PUT_OFF_TO_BEFORE = caselessRegExp(
  String.raw`(?:^|[^\p{L}])(?:reporté|repoussé|renvoyé|décalé|ajourné)e?s?[^\S\n]+(?:à|au)[^\S\n]+(?:(?:la|l['’])[^\S\n]*)?$`,
  "iu",
);

// "a promis un retour à la normale « au deuxième trimestre »": what is promised for a time lies ahead (not the time
// of the promise, right after its verb: "avait promis en février de réserver …")
const PROMISED_FOR_BEFORE = caselessRegExp(
  String.raw`(?:^|[^\p{L}])(?:promis|promise|promet|promettent|s['’]est[^\S\n]+engagée?|s['’]engage)(?:[^\S\n]+[^\s,;:.!?]+){1,8}[^\S\n]+[«"“]?[^\S\n]*(?:au|en|pour|à|d['’]ici|avant)(?:[^\S\n]+(?:la|le|l['’]))?[^\S\n]*$`,
  "iu",
);
// "doit être signé au plus tard en juin": a deadline lies ahead
const LATEST_BY_BEFORE = caselessRegExp(String.raw`(?:^|[^\p{L}])au[^\S\n]+plus[^\S\n]+tard(?:[^\S\n]+(?:en|le|à[^\S\n]+la[^\S\n]+fin[^\S\n]+(?:de|du|d['’])))?[^\S\n]*$`, "iu");

// "avant la réunion de la BCE du 9 décembre": the event something waits for lies ahead
const AWAITED_EVENT_BEFORE = caselessRegExp(String.raw`(?:^|[^\p{L}])avant[^\S\n]+(?:la|le|l['’])[^,.;:!?\n]{1,50}[^\S\n]du[^\S\n]+$`, "iu");

// "a interdit, à compter du 1er juin, toute exportation", "des surcharges applicables à partir du 1er juillet", "« pas
// avant la mi-mai », a indiqué": a rule's start, a charge's, a floor lie ahead, whatever tense reports them
const AHEAD_BEFORE = caselessRegExp(
  String.raw`(?:^|[^\p{L}])(?:à[^\S
]+compter[^\S
]+(?:du|de|d['’])|(?:applicables?|valables?|effecti(?:f|ve|fs|ves)|en[^\S
]+vigueur|exigibles?)[^\S
]+(?:à[^\S
]+partir[^\S
]+(?:du|de|d['’])|dès)|(?:pas|jamais|aucun|aucune)(?:[^\S
]+[^\s,;.!?]+){0,8}[^\S
]+avant)[^\S
]*(?:(?:le|la|l['’])[^\S
]*)?$`,
  "iu",
);

// "une hausse de 6 % de ses tarifs au 1er mars", "la revalorisation des cotisations dès le 1er avril": a change of
// price, or a measure ("du chômage partiel … à partir du 1er juillet", "la fermeture des sites au 1er décembre"), takes
// effect on the first of a month that lies ahead, whatever tense reports it (not "au 30 juin", a balance)
const CHANGE_TAKES_EFFECT_BEFORE = caselessRegExp(
  String.raw`(?:^|[^\p{L}])(?:hausses?|baisses?|augmentations?|diminutions?|revalorisations?|relèvements?|évolutions?|gels?|chômage[^\S\n]+partiel|fermetures?|suspensions?|interdictions?|suppressions?)(?:[^\S\n]+[^\s,;:.!?]+){0,8}[^\S\n]+(?:au|dès[^\S\n]+le|à[^\S\n]+partir[^\S\n]+du)[^\S\n]+$`,
  "iu",
);

// "après avoir migré ses serveurs au quatrième trimestre": what was done before the main verb's plan is past (read
// only before the date: "à mener d'ici à la fin de l'année, après avoir annulé …" leaves the date to its own clause)
const AFTER_HAVING_BEFORE = narrow(/(?<![\p{L}])après[^\S\n]+avoir[^\S\n]+(?:\p{Ll}+[^\S\n]+)?\p{Ll}{2,}(?:é|ée|és|ées|i|is|ie|u|us|ue|it|ert|erte|int|uit)(?![\p{L}])[^,.;:!?\n]*$/u);
function adjacentCue(text: string, start: number): Tense | null {
  const before = text.slice(Math.max(0, start - 60), start);
  if (AFTER_HAVING_BEFORE.test(text.slice(Math.max(0, start - 100), start))) return "past";
  if (AHEAD_BEFORE.test(before)) return "future";
  if (AWAITED_EVENT_BEFORE.test(before) && /^\d/u.test(text.slice(start, start + 1))) return "future";
  if (CONTRAST_BEFORE.test(before) || SINCE_BEFORE.test(before) || COMPARED_BEFORE.test(before)) return "past";
  // (a promise may stand a dozen words before its deadline: read further back)
  if (SET_FOR_BEFORE.test(text.slice(Math.max(0, start - 120), start)) && /^\d/u.test(text.slice(start, start + 1))) return "future";
  // "ne lui a alloué que 3 200 GPU pour le troisième trimestre": what is allotted for a quarter lies ahead
  // (not a result "publié … pour le troisième trimestre")
  if (FOR_THE_QUARTER.test(text.slice(start, start + 40)) && /(?:^|[^\p{L}])pour[ \u00a0]+le[ \u00a0]+$/u.test(text.slice(Math.max(0, start - 10), start)) &&
    ALLOTTED_BEFORE.test(text.slice(Math.max(0, start - 70), start))) return "future";
  if (AWAITED_FOR_BEFORE.test(before) || PUT_OFF_TO_BEFORE.test(before) || PROMISED_FOR_BEFORE.test(before)) return "future";
  if (LATEST_BY_BEFORE.test(before)) return "future";
  if (/^1er[ \u00a0]/u.test(text.slice(start, start + 4)) && CHANGE_TAKES_EFFECT_BEFORE.test(text.slice(Math.max(0, start - 110), start))) return "future";
  const m = PARTICIPLE_BEFORE.exec(before);
  if (!m) return null;
  const word = m.groups?.["word"] as string;
  // a noun in the plural is one too ("trois lycées dès la rentrée")
  if (NOT_PARTICIPLE.has(word) || (word.endsWith("s") && NOT_PARTICIPLE.has(word.slice(0, -1))) || /(?:ité|iété|que|ques|gue|gues|eu|ui|ai|ais|ois|uis|gie|rie|mie)$/u.test(word)) return null;
  const prev = (m.groups?.["before"] ?? "").toLowerCase();
  if (DETERMINERS.has(prev)) return null;
  if (FUTURE_AUXILIARY.test(before)) return null;
  return "past";
}

// "Esquissée lors du Spring Statement, le 3 mars, l'enveloppe doit financer ...": a sentence that opens on a
// past participle tells of the past until the comma that closes its clause, whatever the main verb says.
const OPENING_PARTICIPLE = narrow(/^[\s«"“]*\p{Lu}(\p{Ll}{3,}(?:é|ée|és|ées|i|ie|is|u|ue|us|ues))(?![\p{L}])[^,.;:!?]*(?:,[^,.;:!?]*)?$/u);

const NAME_THEN_RELATIVE = /^,[^\S\n]*(?:qui|dont)(?![\p{L}])/u;

function opensOnParticiple(text: string, from: number, start: number, end: number): boolean {
  if (from > 0 && !"\n.!?".includes(text.charAt(from - 1))) return false; // the window cut the sentence
  // the comma closing the participle's clause first (right after the date, or after its complement: "Arrivé le
  // 15 septembre de chez Renault, il …"): most dates have none, and skip the pattern
  if (!/^[^,.;:!?«»\n]{0,40},/u.test(text.slice(end, end + 41))) return false;
  const m = OPENING_PARTICIPLE.exec(text.slice(from, start));
  if (m === null) return false;
  const at = from + m[0].search(/\p{Lu}/u);
  const wordEnd = at + 1 + (m[1] as string).length;
  // ("Nordalie, qui doit emménager en janvier, …": a name in "-ie", then a relative clause, is the subject)
  if (NAME_THEN_RELATIVE.test(text.slice(wordEnd, wordEnd + 11))) return false;
  return !NOT_PARTICIPLE.has(`${text.charAt(at).toLowerCase()}${m[1]}`);
}

// "Le groupe, valorisé 340 milliards lors de son dernier tour en juin, y investira …": an aside between commas that
// opens on a past participle tells of the past, unless a cue in it looks ahead ("prévu", "sera")
const PARTICIPLE_ASIDE_OPENS = narrow(/,[^\S\n]*(\p{Ll}{3,}(?:é|ée|és|ées|i|ie|is|u|ue|us|ues))(?![\p{L}])[^,.;:!?]*$/u);

function inParticipleAside(text: string, from: number, to: number, start: number, end: number): boolean {
  const open = PARTICIPLE_ASIDE_OPENS.exec(text.slice(from, start));
  if (!open || NOT_PARTICIPLE.has(open[1] as string)) return false;
  const close = text.indexOf(",", end);
  if (close < 0 || close >= to) return false;
  const aside = text.slice(from + open.index, close);
  return nearestTense(aside, start - from - open.index, end - start) !== "future";
}

const UPCOMING_OPENS = caselessRegExp(String.raw`^[\s«"“]*prochaine?s?[^\S\n]+(?:rendez-vous|étapes?|échéances?|publications?|rencontres?|réunions?|rdv)(?![\p{L}])`, "iu");

const REPORTED_AFTER = narrow(/(?:[»"”][^\S\n]?)?,[^\S\n]*(?:(?:a|ont|avait|avaient)[^\S\n]+(?:\p{Ll}+[^\S\n]+)?(?:précisé|indiqué|déclaré|affirmé|expliqué|souligné|assuré|ajouté|confié|estimé|rappelé|insisté|martelé|détaillé|confirmé|annoncé|prévenu|avancé|glissé|résumé|commenté|reconnu)|(?:précise|indique|déclare|affirme|explique|souligne|assure|ajoute|confie|estime|rappelle|insiste|martèle|détaille|confirme|annonce|prévient|avance|glisse|résume|commente|reconnaît)(?:-t-(?:il|elle)|(?=[^\S\n]+\p{L})))(?![\p{L}])/u);
// (a decimal comma or point, "une marge de 7,9 %", closes nothing)
const RELATIVE_OPENS = narrow(/,[^\S\n]*(?:qui|que|qu['’]|dont|où)(?![\p{L}])(?:[^,.;:!?]|[,.](?=\d))*$/u);

// "qui plafonne", "qui interdit", "qui ne concerne": a relative clause whose verb is a simple present (not the
// imperfect "qui plafonnait", nor an auxiliary, which the cues read)
const PRESENT_RELATIVE_OPENS = narrow(
  /(?<![\p{L}])qui[^\S\n]+(?:(?:ne|n['’]|se|s['’]|le|la|les|l['’]|lui|leur|y|en)[^\S\n]*){0,2}\p{Ll}{3,20}(?:e|es|ent|it|end|ond|oit)(?![\p{L}])(?<!(?:ait|aient|sont|vont|ont|font))[^.;:!?\n]{0,100}$/u,
);
/** The tense the clause around text[start, end) speaks in, or null when no cue is found. */
// "devait partir en décembre", "qui devaient rejoindre l'orbite en juin": the date a plan was for, now past or not;
// "prévue en mars, elle n'interviendra qu'en septembre", "jusqu'ici programmé au deuxième trimestre, glissait au …":
// a planned date its sentence or the next tells has moved. Either way the tense says nothing of when it lies.
const WAS_DUE_BEFORE = caselessRegExp(
  String.raw`(?:^|[^\p{L}])(?:devait|devaient|aurait[^\S\n]+dû|auraient[^\S\n]+dû)(?:[^\S\n]+[^\s,;:.!?]+){0,5}?[^\S\n]+(?:en|au|à|pour|dès|le|fin|début|mi-)(?:[^\S\n]+(?:le|la|l['’]))?[^\S\n]*$`,
  "iu",
);
const PLANNED_BEFORE = caselessRegExp(
  String.raw`(?:^|[^\p{L}])(?:prévue?s?|programmée?s?|planifiée?s?|attendue?s?|annoncée?s?|fixée?s?)(?:[^\S\n]+(?:pour|en|au|à|dès|le|fin|début|courant))?(?:[^\S\n]+(?:le|la|l['’]))?[^\S\n]*$`,
  "iu",
);
const MOVED = narrow(/(?<![\p{L}])(?:décal|report|repouss|gliss|ajourn|retard)\p{L}*|(?<![\p{L}])(?:finalement|pas[^\S\n]+avant|qu['’](?:en|au|à)(?![\p{L}]))/iu);
export function planMoved(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  // ("initialement prévue le 23 mars": told as the first date, it has moved)
  if (WAS_DUE_BEFORE.test(before) || FIRST_PLANNED_BEFORE.test(before)) return true;
  if (!PLANNED_BEFORE.test(before)) return false;
  // (the sentence and the next)
  let to = end;
  for (let n = 0; n < 2 && to >= 0; n++) to = text.indexOf(".", to + 1);
  return MOVED.test(text.slice(Math.max(0, start - 200, text.lastIndexOf(".", start) + 1), to < 0 ? text.length : to));
}

export function tenseAround(text: string, start: number, end: number): Tense | null {
  if (FIRST_PLANNED_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return null;
  const [from, clauseEnd] = clauseAround(text, start, end);
  // "sera annoncé « d'ici à la fin de l'année », a précisé le PDG": who says it, and when, is no tense of the date's
  const told = REPORTED_AFTER.exec(text.slice(end, clauseEnd));
  const to = told ? end + told.index : clauseEnd;
  // "Prochain rendez-vous : le chiffre d'affaires du troisième trimestre, publié le 26 octobre": an agenda looks ahead,
  // whatever participle stands before its dates
  if (UPCOMING_OPENS.test(text.slice(from, start))) return "future";
  const adjacent = adjacentCue(text, start);
  if (adjacent) return adjacent;
  if (opensOnParticiple(text, from, start, end)) return "past";
  // "L'agence Fitch, qui avait abaissé la note à A+ en mars, rendra son avis": a relative clause between commas
  // speaks in its own tense
  const open = RELATIVE_OPENS.exec(text.slice(from, start));
  if (open) {
    const close = text.indexOf(",", end);
    const relFrom = from + open.index;
    const relTo = close >= 0 && close < to ? close : to;
    const own = nearestTense(text.slice(relFrom, relTo), start - relFrom, end - start);
    if (own) return own;
  }
  // "a signé vendredi un arrêté qui plafonne, du 1er août au 30 septembre, les prélèvements": a relative clause in the
  // present, with no cue of its own, tells when its measure runs, not when the main verb's act was done
  const present = PRESENT_RELATIVE_OPENS.exec(text.slice(from, start));
  if (present && nearestTense(text.slice(from + present.index, to), start - from - present.index, end - start) === null) return null;
  if (inParticipleAside(text, from, to, start, end)) return "past";
  return nearestTense(withoutClosedRelatives(text.slice(from, ownPredicateEnd(text, from, start, end, to)), start - from).replace(AS_PLANNED, (m) => " ".repeat(m.length)), start - from, end - start);
}

// "a inscrit une dépréciation au quatrième trimestre et prévoit des frais": a predicate joined after the date speaks
// of its own time; the date keeps the tense of the verb before it, when one stands there
// (", et l'agence doit rendre sa décision": a comma before the conjunction too)
const JOINED_AFTER = /^[^,.;:!?\n]{0,30}?,?[ \u00a0](?:et|mais|puis)[ \u00a0]/u;
function ownPredicateEnd(text: string, from: number, start: number, end: number, to: number): number {
  const joined = JOINED_AFTER.exec(text.slice(end, to));
  if (!joined) return to;
  const before = text.slice(from, start);
  return nearestTense(before, before.length, 0) ? end + joined.index : to;
}

// "Il ne sera pas présenté au festival en novembre, comme c'était prévu": a remark on the plan, no tense of the date's
const AS_PLANNED = /comme[ \u00a0]+(?:c['’]était|il[ \u00a0]+était|cela[ \u00a0]+était)[ \u00a0]+(?:initialement[ \u00a0]+)?prévu/gu;

/** The tense of the cue nearest the mention at `at` (length `len`) in `clause`, or null when it has none. */
function nearestTense(clause: string, at: number, len: number): Tense | null {
  const past = nearestCue(PAST_CUE, clause, at, len);
  const future = nearestCue(FUTURE_CUE, clause, at, len);
  if (past === Infinity && future === Infinity) return null;
  return past <= future ? "past" : "future";
}

// "Alibaba, qui a promis d'investir 480 milliards, prépare pour le printemps …": a relative clause closed before the
// date speaks of its own time, not of the main clause's
// (a decimal comma or point, "de 4,12 € à 4,58 €", closes nothing)
const CLOSED_RELATIVE = narrow(/,[^\S\n]*(?:qui|que|qu['’]|dont|où)(?![\p{L}])(?:[^,.;:!?]|[,.](?=\d))*,(?!\d)/gu);

/** The clause with the relative clauses that close before `at` blanked out (same length: offsets hold). */
function withoutClosedRelatives(clause: string, at: number): string {
  if (!clause.includes(",")) return clause;
  return clause.replace(CLOSED_RELATIVE, (m, offset: number) => (offset + m.length <= at ? " ".repeat(m.length) : m));
}

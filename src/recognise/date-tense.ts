// Which way a yearless date points, from the verbs around it in the same sentence:
// "a rapporté samedi" -> past (the Saturday before the reference), "sera opérationnel en septembre"
// -> future, "Je reviendrai vendredi" -> future. The nearest cue wins; none means "no cue".
import { APOS, SP } from "./date-lexicon-fr.js";

export type Tense = "past" | "future";

const WINDOW = 120;
const ADVERBS = `(?:(?:n${APOS}|ne|pas|déjà|aussi|encore|également|bien|même|ensuite|notamment|alors|finalement|récemment|officiellement|publiquement|toutefois|pourtant|lui|leur|y)${SP}){0,2}`;
// Compound past: "a annoncé", "ont voté", "avait dévoilé", "aurait annoncé", "s'est tenu", "a été".
const PAST = new RegExp(
  `(?<![\\p{L}])(?:(?:a|ont|avait|avaient|aurait|auraient|eut|eurent|ai|avons|avez)${SP}${ADVERBS}(?:été|eu|fait|dit|pris|mis|vu|su|pu|dû|\\p{Ll}{2,}(?:é|ée|és|ées|i|is|ie|u|us|ue|it|ert|erte|int|uit))` +
    `|(?:s${APOS}est|se${SP}sont|s${APOS}étai(?:en)?t)${SP}\\p{Ll}{2,}(?:é|ée|és|ées|i|is|ie|u|us|ue|it))(?![\\p{L}])` +
    // Imperfect "indiquait", "s'élevait" (the conditionals "devrait", "serait"... are not past).
    `|(?<![\\p{L}])(?!(?:(?:se|pour|dev|fe|au|i|voud|faud|vaud|viend|tiend|sau)r(?:ait|aient)|trait|portrait|retrait|attrait|souhait|extrait|abstrait|parfait|bienfait|méfait|forfait|distrait|refait|satisfait)(?![\\p{L}]))\\p{Ll}{2,}(?:ait|aient)(?![\\p{L}])`,
  "gu",
);
// Periphrastic and simple future, and words that announce: "va", "devrait", "prévu", "d'ici", "sera", "reviendrai".
const FUTURE = new RegExp(
  `(?<![\\p{L}])(?:va|vont|vais|allons|allez|devrait|devraient|doit|doivent|compte|comptent|prévoit|prévoient|prévue?s?|attendue?s?|d${APOS}ici|bientôt|ira|iront|irai|prochaine?s?)(?![\\p{L}])` +
    `|(?<![\\p{L}])(?!(?:front|affront|caméra|opéra|extra|ultra|mantra|cobra|vrai|contra|tiara|hydra|sutra|zébra|chimera|véra|aura|sera)(?![\\p{L}]))\\p{Ll}{2,}(?:ra|ront|rai)(?![\\p{L}])` +
    `|(?<![\\p{L}])(?:sera|seront|aura|auront)(?![\\p{L}])`,
  "gu",
);

/** The clause bounds around a span: back to the sentence start, forward to its end, at most WINDOW chars each way. */
function clauseAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  const minFrom = Math.max(0, start - WINDOW);
  while (from > minFrom) {
    const c = text.charCodeAt(from - 1);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && /\s/.test(text.charAt(from)))) break;
    from--;
  }
  let to = end;
  const maxTo = Math.min(text.length, end + WINDOW);
  while (to < maxTo) {
    const c = text.charCodeAt(to);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && (to + 1 >= text.length || /\s/.test(text.charAt(to + 1))))) break;
    to++;
  }
  return [from, to];
}

// Speed: the same cues after a consumed boundary (the clause start or a non-letter) instead of a Unicode
// lookbehind tried at every position; every cue begins and ends with a letter, so the matches are the same.
const afterBoundary = (re: RegExp): RegExp => {
  const parts = re.source.split("(?<![\\p{L}])");
  if (parts[0] !== "") throw new Error("tense cue: unexpected start");
  return new RegExp(`(?:^|[^\\p{L}])(${parts.slice(1).join("")})`, "gu");
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

/** The tense the clause around text[start, end) speaks in, or null when no cue is found. */
export function tenseAround(text: string, start: number, end: number): Tense | null {
  const [from, to] = clauseAround(text, start, end);
  const clause = text.slice(from, to);
  const past = nearestCue(PAST_CUE, clause, start - from, end - start);
  const future = nearestCue(FUTURE_CUE, clause, start - from, end - start);
  if (past === Infinity && future === Infinity) return null;
  return past <= future ? "past" : "future";
}

// Verbs that multiply, told as done: "le chiffre d'affaires a triplé" (3 x), "ont plus que doublé" (more than 2 x).
// Only a past participle after an auxiliary: an infinitive is an aim ("veut doubler"), and a participle before a
// name overtakes someone ("a doublé Leclerc").

import { narrow, narrowRegExp } from "../text/narrow-classes.js";
import type { Span } from "./types.js";

export interface MultipliedMention extends Span {
  /** the factor: doublé 2, triplé 3, quadruplé 4, quintuplé 5, décuplé 10, centuplé 100 */
  value: number;
}

const FACTORS: Record<string, number> = { doublé: 2, triplé: 3, quadruplé: 4, quintuplé: 5, décuplé: 10, centuplé: 100 };
/** The factor of any form of the verb or its noun: "double", "doublent", "doublé", "doubler", "doublera" -> 2. */
const factorOf = (word: string): number => FACTORS[`${word.replace(/ment$|er(?:a|ont)?$/u, "").replace(/ent$|e$|é$/u, "")}é`] as number;

const MULTIPLIED = narrowRegExp(
  // ("a beau avoir triplé": a concession tells the result too)
  String.raw`(?<![\p{L}])(?:a|ont|ai|avons|avez|avait|avaient|avions|aviez|aura|auront|aurait|auraient|(?<=(?:après|beau)[^\S\n]{1,3})avoir)` +
    String.raw`(?:[^\S\n]+(?:plus[^\S\n]+que|presque|quasiment|pratiquement|déjà|encore|ainsi|même|largement|environ|par[^\S\n]+ailleurs|également|aussi|pourtant|toutefois|cependant|néanmoins|d['’]ailleurs|donc|enfin|lui-même|elle-même|à[^\S\n]+(?:lui|elle|eux|elles)[^\S\n]+seule?s?))*` +
    // (a quoted participle: "l'usage a « triplé depuis janvier »")
    String.raw`[^\S\n]+(?:[«"“][^\S\n]*)?(doublé|triplé|quadruplé|quintuplé|décuplé|centuplé)(?![\p{L}])(?![^\S\n]+\p{Lu})`,
  // (no "i" flag: with it, \p{Lu} would match any letter)
  "gu",
);

// (an object with its determiner, not "doubler la mise", raising the stakes)
const DETERMINED_OBJECT = String.raw`(?=[^\S\n]+(?:son|sa|ses|leur|leurs|la|le|les|l['’])[^\S\n]*(?!mise(?![\p{L}]))\p{L})`;
// "Kanoa Mobile double son bénéfice": the present with a possessive object tells a result too (a headline's way)
// ("les députés doublent la taxe": in the plural, a definite object too; not "la ligne double la voie ferrée", running
// alongside, nor "doubler la mise", raising the stakes)
const MULTIPLIES = narrowRegExp(String.raw`(?<![\p{L}])(?:(double|triple|quadruple|quintuple|décuple|centuple)(?=[^\S\n]+(?:son|sa|ses|leur|leurs)[^\S\n])|(doublent|triplent|quadruplent|quintuplent|décuplent|centuplent|doubler(?:a|ont)|tripler(?:a|ont)|quadrupler(?:a|ont)|quintupler(?:a|ont)|décupler(?:a|ont)|centupler(?:a|ont))${DETERMINED_OBJECT})`, "gu");
// "Glacirel triple la capacité de son usine", "Datalune double en un mois", "le résultat net triple, à 171 M€": the
// singular present with a definite object only when that object is a quantity (not "double la voiture", overtaking),
// or with none but the time it took or the figure reached (not "le double", "en double": a noun)
const MULTIPLIES_QUANTITY = narrow(
  /(?<![\p{L}])(?<!(?:le|du|au|un|en)[^\S\n]{1,3})(double|triple|quadruple|quintuple|décuple|centuple)(?=[^\S\n]+(?:la|le|les|l['’])[^\S\n]*(?:capacités?|production|puissance|surface|superficie|taille|nombre|effectifs?|budget|chiffre|flotte|volumes?|débit|vitesse|montant|enveloppe|ventes|prix|tarifs?|valeur|bénéfice|résultat|dividende|investissements?)(?![\p{L}])|[^\S\n]+en[^\S\n]+(?:un|une|deux|trois|quatre|cinq|six|dix|douze|\d{1,2})[^\S\n]+(?:ans?|années?|mois|semaines?|jours?|trimestres?|semestres?)(?![\p{L}])|[^\S\n]*,[^\S\n]*à[^\S\n]+\d)/gu,
);
// "Sa capacité sera doublée d'ici la fin de l'année", "une valorisation quasi doublée": a passive, or a participle
// after an adverb of degree with no auxiliary before it ("a presque doublé" is MULTIPLIED's) (not "sera doublé d'une galerie", lined with; "a été doublé par Verstappen"; "doublé en
// anglais", dubbed)
const MULTIPLIED_PASSIVE = narrow(
  /(?<![\p{L}])(?:(?:sera|seront|serait|seraient|est|sont|a[^\S\n]+été|ont[^\S\n]+été|avait[^\S\n]+été|avaient[^\S\n]+été|va[^\S\n]+être|vont[^\S\n]+être|doit[^\S\n]+être|doivent[^\S\n]+être)(?:[^\S\n]+(?:presque|quasiment|pratiquement|déjà|encore|ainsi|largement|plus[^\S\n]+que))*|(?<!(?:a|ont|avait|avaient|aura|auront|aurait|auraient)[^\S\n]{1,3})(?:quasi|presque|quasiment|pratiquement|plus[^\S\n]+que))[^\S\n]+(doubl|tripl|quadrupl|quintupl|décupl|centupl)ée?s?(?![\p{L}])(?![^\S\n]+(?:d['’]une?(?![\p{L}])|de[^\S\n]+(?:la|le|les)(?![\p{L}])|par[^\S\n]+\p{Lu}|en[^\S\n]+(?:français|anglais|allemand|espagnol|italien|VF|VO)(?![\p{L}])))/gu,
);
// "un triplement de son bénéfice", "le doublement de ses effectifs": the noun with a possessive object ("le doublement
// de la voie" lays a second track)
const MULTIPLYING_NOUN = narrow(/(?<![\p{L}])(?:un|le)[^\S\n]+(doublement|triplement|quadruplement|quintuplement|décuplement|centuplement)(?=[^\S\n]+de[^\S\n]+(?:son|sa|ses|leur|leurs)[^\S\n])/gu);
// "près du double du prix de gros", "plus du double de sa valorisation", "le double du logement", "près du double
// d'un Falcon 9": twice something
const TIMES_NOUN = narrow(/(?<![\p{L}])(?:le|du|au)[^\S\n]+(double|triple|quadruple|quintuple|décuple|centuple)(?=[^\S\n]+(?:(?:de|du|des)(?![\p{L}])|d['’]))/gu);
// "a vu sa population doubler depuis 2005", "a vu tripler ses ventes": what one has seen multiply is a result told,
// whatever the infinitive
const MULTIPLY_INFINITIVES = "doubler|tripler|quadrupler|quintupler|décupler|centupler";
// "les jets d'affaires font tripler le bénéfice", "la hausse des prix a fait doubler ses ventes": a cause told with
// its result, the quantity named after the infinitive
const MADE_MULTIPLY = narrowRegExp(String.raw`(?<![\p{L}])(?:fait|font)[^\S\n]+(${MULTIPLY_INFINITIVES})${DETERMINED_OBJECT}`, "gu");
const SEEN_MULTIPLY = narrowRegExp(String.raw`(?<![\p{L}])(?:a|ont|avait|avaient)(?:[^\S\n]+\p{Ll}+){0,3}?[^\S\n]+vu[^\S\n]+(?:(?:son|sa|ses|leur|leurs|le|la|les)[^\S\n]+[\p{Ll}'’-]+(?:[^\S\n]+(?:de|d['’]|des|du)[^\S\n]*[\p{Ll}'’-]+)?(?:[^\S\n]+\p{Ll}+)?[^\S\n]+(${MULTIPLY_INFINITIVES})|(${MULTIPLY_INFINITIVES})(?=[^\S\n]+(?:son|sa|ses|leur|leurs|le|la|les)[^\S\n]))(?![\p{L}])`, "gu");
// "soit le double", "soit un quadruplement", "soit plus qu'un triplement", "c'est le double": the multiple a comparison
// comes to ("le doublement de la voie" alone lays a second track; "le double de …" is TIMES_NOUN's)
// ("soit plus du double", "soit près du triple": the hedge before it is the qualifier finder's)
const COMES_TO = narrow(/(?<![\p{L}])(?:soit|c['’]est)[^\S\n]+(?:(?:plus|moins)[^\S\n]+qu['’][^\S\n]*|(?:presque|quasiment|environ)[^\S\n]+)?(?:une?[^\S\n]+(doublement|triplement|quadruplement|quintuplement|décuplement|centuplement)|(?:le|(?:plus|près|presque)[^\S\n]+du)[^\S\n]+(double|triple|quadruple|quintuple|décuple|centuple)(?![^\S\n]+(?:(?:de|du|des)(?![\p{L}])|d['’])))(?![\p{L}])/gu);
const AFTER_QUE = narrow(/(?<![\p{L}])qu(?:e|['’])(?:[^\S\n]*[\p{L}'’-]+){0,4}[^\S\n]+$/u);

/** Every match of `re` whose verb or noun (its first group found) ends it. */
function endingIn(re: RegExp, text: string, out: MultipliedMention[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = (m[1] ?? m[2]) as string;
    const end = m.index + m[0].length;
    out.push({ start: end - word.length, end, value: factorOf(word) });
  }
}

export function recogniseMultiplied(text: string): MultipliedMention[] {
  const out: MultipliedMention[] = [];
  // the verbs are rare: one substring test skips most texts
  if (!/uplé|oublé|riplé|uple|ouble|riple/u.test(text)) return out; // (the participles end in é: "oublé" is no "ouble")
  endingIn(MULTIPLIED, text, out);
  for (const re of [MULTIPLIES, MULTIPLIES_QUANTITY]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const verb = (m[1] ?? m[2]) as string;
      // "pour que la France double sa capacité": a subjunctive after "que" is an aim
      if (AFTER_QUE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      out.push({ start: m.index, end: m.index + verb.length, value: factorOf(verb) });
    }
  }
  MULTIPLIED_PASSIVE.lastIndex = 0;
  for (let m = MULTIPLIED_PASSIVE.exec(text); m; m = MULTIPLIED_PASSIVE.exec(text)) {
    const stem = m[1] as string;
    const start = m.index + m[0].lastIndexOf(stem);
    out.push({ start, end: m.index + m[0].length, value: FACTORS[`${stem}é`] as number });
  }
  // (the infinitive ends SEEN_MULTIPLY's match in either order)
  for (const re of [MULTIPLYING_NOUN, SEEN_MULTIPLY, MADE_MULTIPLY, TIMES_NOUN, COMES_TO]) endingIn(re, text, out);
  return out.sort((a, b) => a.start - b.start);
}

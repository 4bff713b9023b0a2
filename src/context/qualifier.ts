// The hedge in front of a number: "au moins quatre fois" -> at_least, "plus de 100 000" -> more_than,
// "d'ici l'automne 2025" -> at_most, "près de 6 milliards" -> approx.

import { narrow, narrowRegExp } from "../text/narrow-classes.js";

export type Qualifier = "exact" | "approx" | "at_least" | "at_most" | "more_than" | "less_than";

const B = "[ \\u00a0]";
const DE = "(?:de|d['’])";
/** "de", or "de" with its article: "plus du double", "près des deux tiers" */
const DE_OR_DU = "(?:de|d['’]|du|des)";
const D = `(?:(?:le|la|les|l['’]|un|une|des|du)${B}*)?`;
/** "la barre des", "le cap du", "le seuil de": the mark a figure crosses */
const BAR = `${B}+(?:la${B}+barre|le${B}+cap|le${B}+seuil)${B}+(?:de|des|du|d['’])`;
/**
 * A hedge ending the text before a number: cue words after a word boundary, then blanks and an article.
 * The pattern ends at the number, so the engine tries it at every position before: one lookbehind for all
 * cues, not one each, which made the pattern three times slower to compile (start-up).
 */
function hedge(cues: string[], more: string[] = []): RegExp {
  const bounded = `(?<![\\p{L}\\p{N}])(?:${cues.join("|")})`;
  return narrowRegExp(`(?:${[bounded, ...more].join("|")})${B}*${D}$`, "iu");
}
const RULES: Array<[Qualifier, RegExp]> = [
  ["at_least", hedge([`au${B}+moins`, `au${B}+bas${B}+mot`, `au${B}+minimum`, `pas${B}+moins${B}+${DE}`, `minim(?:um|ale?)${B}+${DE}`, "dès"], [`(?<![\\p{L}])à${B}+(?:partir|compter)${B}+(?:de|du|d['’])`])],
  [
    "at_most",
    hedge([
      `jusqu['’]${B}*(?:à|au|aux|en)`, `à${B}+l['’]horizon(?:${B}+de)?`, `d['’]ici(?:${B}+à)?`, "avant", `au${B}+plus`, `au${B}+maximum`,
      `pas${B}+plus${B}+${DE}`, `maxim(?:um|ale?)${B}+${DE}`, `au${B}+plus${B}+tard(?:${B}+(?:en|au|à|d['’]ici))?`, `(?:plafonn|limit)(?:é|ée|és|ées)${B}+à`,
      // "plafonne l'avantage à", "limite désormais les achats à": the verb, its object, then the cap
      `(?:plafonn|limit)(?:e|ent|era|eront|ait|aient)(?:${B}+[\\p{L}'’-]+){1,3}${B}+à`,
      // "ne dépasse pas 2 fois", "n'excède jamais 5 %": a negated crossing is a ceiling
      `(?:ne|n['’])${B}*(?:dépass|excèd|excéd)\\p{L}*${B}+(?:pas|jamais|plus)`,
    ]),
  ],
  // "plus de", but not "au plus de", "pas plus de", "en plus de"
  [
    "more_than",
    hedge([
      `(?<!(?<![\\p{L}\\p{N}])(?:au|pas|en)${B})plus${B}+${DE_OR_DU}`, `au-delà${B}+${DE}`, `supérieure?s?${B}+à`, `(?:dépass|franchi)\\p{L}*(?:${B}+(?:désormais|déjà|largement|nettement|bientôt|même))?(?:${BAR})?`, `pass(?:e|ent|é|ée|és|ées|era|eront|ait|aient)${BAR}`, "excède", "excédant",
      `au-dessus${B}+(?:de|des|du|d['’])`,
    ]),
  ],
  [
    "less_than",
    hedge([
      // "passe sous 1,50 dollar", "ramener sous 3 fois", "tomber sous 30 %"
      `(?<!(?<![\\p{L}\\p{N}])pas${B})moins${B}+${DE_OR_DU}`, `inférieure?s?${B}+à`, `sous${B}+la${B}+barre${B}+(?:de|des|du|d['’])`, `sous${B}+les`, "sous",
      `(?:au-dessous|en${B}+dessous|en-dessous)${B}+(?:de|des|du|d['’])`,
    ]),
  ],
  [
    "approx",
    hedge([
      "environ", `pr[eè]s${B}+${DE_OR_DU}`, "quelque", "quasi(?:ment)?", "presque", `autour${B}+(?:de|d['’]|du|des)`, `de${B}+l['’]ordre${B}+(?:de|d['’]|du|des)`,
      "approximativement", `pas${B}+loin${B}+${DE}`, `aux${B}+alentours${B}+(?:de|d['’]|du|des)`, `une${B}+estimation${B}+de`, "env\\.",
      `grosso${B}+modo`, "approch\\p{L}*",
    ]),
  ],
];

// "n'est pas envisagée avant", "pas avant l'été", "exclut toute introduction en Bourse avant": a negated or
// ruled-out "avant" sets a floor, not a ceiling.
// ("ne verrons pas d'équilibre entre l'offre et la demande avant 2028", "pas de nouvelle ligne à 400 000 volts avant",
// "aucun réassort n'est annoncé avant la mi-mai", "ne sortira jamais avant")
const NOT_BEFORE = narrowRegExp(`(?<![\\p{L}\\p{N}])(?:pas|jamais|aucun|aucune|exclu(?:t|e|s|es|ent|ait|aient|rait|re)?)(?:${B}+[\\p{L}\\p{N}'’-]+){0,8}${B}+avant${B}*${D}$`, "iu");

// "aurait dérivé vers 5,8 %", "grimperait vers les 120 %": a drift towards a level, not a direction. Tried only
// when the tail holds "vers": a lookbehind tried at every position of every tail is slow.
const DRIFT_TOWARDS = narrowRegExp(`(?<![\\p{L}])(?:dériv|grimp|tend|évolu|remont|gliss|recul|baiss|mont|chut|converg)\\p{L}*${B}+vers${B}*${D}$`, "iu");

/** `before` is the sentence text up to the mention. */
export function findQualifier(before: string): Qualifier {
  const tail = before.slice(-48);
  if (tail.includes("vers") && DRIFT_TOWARDS.test(tail)) return "approx";
  for (const [q, re] of RULES) {
    if (!re.test(tail)) continue;
    return q === "at_most" && NOT_BEFORE.test(before.slice(-90)) ? "at_least" : q;
  }
  return "exact";
}

/** The word that set the qualifier, for "dès", whose meaning depends on the tense. */
export function startsWithDes(before: string): boolean {
  return /(?<![\p{L}\p{N}])dès[ \u00a0]*(?:(?:le|la|les|l['’])[ \u00a0]*)?(?:début|mi-?|fin)?[ \u00a0]*$/iu.test(before.slice(-30));
}

// "au-dessus des 1 790 milliards attendus", "sous les 3 % prévus": the result is compared with a forecast,
// which is itself an exact figure.
const REFERENCE_BEFORE = narrowRegExp(`(?<![\\p{L}])(?:au-dessus|au-delà|en${B}+deçà|en${B}+dessous|en-dessous|au-dessous)${B}+des${B}*$|(?<![\\p{L}])sous${B}+les${B}*$`, "iu");
const FORECAST_AFTER = narrow(/^[^.;,\n]{0,24}?(?<![\p{L}])(?:attendu|prévu|anticipé|espéré|escompté|estimé|projeté)e?s?(?![\p{L}])/iu);

export function isForecastCompared(before: string, after: string): boolean {
  return REFERENCE_BEFORE.test(before.slice(-24)) && FORECAST_AFTER.test(after);
}

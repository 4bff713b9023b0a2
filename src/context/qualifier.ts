// The hedge in front of a number: "au moins quatre fois" -> at_least, "plus de 100 000" -> more_than,
// "d'ici l'automne 2025" -> at_most, "près de 6 milliards" -> approx.

export type Qualifier = "exact" | "approx" | "at_least" | "at_most" | "more_than" | "less_than";

const D = "(?:(?:le|la|les|l['’]|un|une|des|du)[ \\u00a0]*)?";
const RULES: Array<[Qualifier, RegExp]> = [
  ["at_least", new RegExp(`(?:(?<![\\p{L}\\p{N}])au[ \\u00a0]+moins|(?<![\\p{L}\\p{N}])au[ \\u00a0]+minimum|(?<![\\p{L}\\p{N}])pas[ \\u00a0]+moins[ \\u00a0]+(?:de|d['’])|(?<![\\p{L}])à[ \\u00a0]+partir[ \\u00a0]+(?:de|du|d['’])|(?<![\\p{L}\\p{N}])minimum[ \\u00a0]+(?:de|d['’])|(?<![\\p{L}\\p{N}])dès)[ \\u00a0]*${D}$`, "iu")],
  ["at_most", new RegExp(`(?:(?<![\\p{L}\\p{N}])jusqu['’][ \\u00a0]*(?:à|au|aux|en)|(?<![\\p{L}\\p{N}])à[ \\u00a0]+l['’]horizon(?:[ \\u00a0]+de)?|(?<![\\p{L}\\p{N}])d['’]ici(?:[ \\u00a0]+à)?|(?<![\\p{L}\\p{N}])avant|(?<![\\p{L}\\p{N}])au[ \\u00a0]+plus|(?<![\\p{L}\\p{N}])au[ \\u00a0]+maximum|(?<![\\p{L}\\p{N}])pas[ \\u00a0]+plus[ \\u00a0]+(?:de|d['’])|(?<![\\p{L}\\p{N}])maximum[ \\u00a0]+(?:de|d['’])|(?<![\\p{L}\\p{N}])au[ \\u00a0]+plus[ \\u00a0]+tard)[ \\u00a0]*${D}$`, "iu")],
  ["more_than", new RegExp(`(?:(?<!(?<![\\p{L}\\p{N}])au[ \\u00a0]|(?<![\\p{L}\\p{N}])pas[ \\u00a0]|(?<![\\p{L}\\p{N}])en[ \\u00a0])(?<![\\p{L}\\p{N}])plus[ \\u00a0]+(?:de|d['’])|(?<![\\p{L}\\p{N}])au-delà[ \\u00a0]+(?:de|d['’])|(?<![\\p{L}\\p{N}])supérieure?s?[ \\u00a0]+à|(?<![\\p{L}\\p{N}])dépass\\p{L}*|(?<![\\p{L}\\p{N}])excède|(?<![\\p{L}\\p{N}])excédant)[ \\u00a0]*${D}$`, "iu")],
  ["less_than", new RegExp(`(?:(?<!(?<![\\p{L}\\p{N}])pas[ \\u00a0])(?<![\\p{L}\\p{N}])moins[ \\u00a0]+(?:de|d['’])|(?<![\\p{L}\\p{N}])inférieure?s?[ \\u00a0]+à|(?<![\\p{L}\\p{N}])sous[ \\u00a0]+la[ \\u00a0]+barre[ \\u00a0]+(?:de|des|du|d['’]))[ \\u00a0]*${D}$`, "iu")],
  ["approx", new RegExp(`(?:(?<![\\p{L}\\p{N}])environ|(?<![\\p{L}\\p{N}])pr[eè]s[ \\u00a0]+(?:de|d['’])|(?<![\\p{L}\\p{N}])quelque|(?<![\\p{L}\\p{N}])quasi(?:ment)?|(?<![\\p{L}\\p{N}])presque|(?<![\\p{L}\\p{N}])autour[ \\u00a0]+(?:de|d['’]|du|des)|(?<![\\p{L}\\p{N}])de[ \\u00a0]+l['’]ordre[ \\u00a0]+(?:de|d['’]|du|des)|(?<![\\p{L}\\p{N}])approximativement|(?<![\\p{L}\\p{N}])pas[ \\u00a0]+loin[ \\u00a0]+(?:de|d['’])|(?<![\\p{L}\\p{N}])aux[ \\u00a0]+alentours[ \\u00a0]+(?:de|d['’]|du|des)|(?<![\\p{L}\\p{N}])une[ \\u00a0]+estimation[ \\u00a0]+de|(?<![\\p{L}\\p{N}])estimée?s?[ \\u00a0]+à|(?<![\\p{L}\\p{N}])env\\.|(?<![\\p{L}\\p{N}])grosso[ \\u00a0]+modo)[ \\u00a0]*${D}$`, "iu")],
];

/** `before` is the sentence text up to the mention. */
export function findQualifier(before: string): Qualifier {
  const tail = before.slice(-48);
  for (const [q, re] of RULES) if (re.test(tail)) return q;
  return "exact";
}

/** The word that set the qualifier, for "dès", whose meaning depends on the tense. */
export function startsWithDes(before: string): boolean {
  return /(?<![\p{L}\p{N}])dès[ \u00a0]*(?:(?:le|la|les|l['’])[ \u00a0]*)?(?:début|mi-?|fin)?[ \u00a0]*$/iu.test(before.slice(-30));
}

// The hedge in front of a number: "au moins quatre fois" -> at_least, "plus de 100 000" -> more_than,
// "d'ici l'automne 2025" -> at_most, "près de 6 milliards" -> approx.

export type Qualifier = "exact" | "approx" | "at_least" | "at_most" | "more_than" | "less_than";

const D = "(?:(?:le|la|les|l['’]|un|une|des|du)[ \\u00a0]*)?";
const RULES: Array<[Qualifier, RegExp]> = [
  ["at_least", new RegExp(`(?:\\bau[ \\u00a0]+moins|\\bau[ \\u00a0]+minimum|\\bpas[ \\u00a0]+moins[ \\u00a0]+(?:de|d['’])|\\bà[ \\u00a0]+partir[ \\u00a0]+(?:de|du|d['’])|\\bminimum[ \\u00a0]+(?:de|d['’])|\\bdès)[ \\u00a0]*${D}$`, "iu")],
  ["at_most", new RegExp(`(?:\\bjusqu['’][ \\u00a0]*(?:à|au|aux|en)|\\bd['’]ici(?:[ \\u00a0]+à)?|\\bavant|\\bau[ \\u00a0]+plus|\\bau[ \\u00a0]+maximum|\\bpas[ \\u00a0]+plus[ \\u00a0]+(?:de|d['’])|\\bmaximum[ \\u00a0]+(?:de|d['’])|\\bau[ \\u00a0]+plus[ \\u00a0]+tard)[ \\u00a0]*${D}$`, "iu")],
  ["more_than", new RegExp(`(?:(?<!\\bau[ \\u00a0]|\\bpas[ \\u00a0])\\bplus[ \\u00a0]+(?:de|d['’])|\\bau-delà[ \\u00a0]+(?:de|d['’])|\\bsupérieure?s?[ \\u00a0]+à|\\bdépassant|\\bdépasse|\\bdépasser|\\bexcède|\\bexcédant)[ \\u00a0]*${D}$`, "iu")],
  ["less_than", new RegExp(`(?:(?<!\\bpas[ \\u00a0])\\bmoins[ \\u00a0]+(?:de|d['’])|\\binférieure?s?[ \\u00a0]+à|\\bsous[ \\u00a0]+la[ \\u00a0]+barre[ \\u00a0]+(?:de|des|du|d['’]))[ \\u00a0]*${D}$`, "iu")],
  ["approx", new RegExp(`(?:\\benviron|\\bpr[eè]s[ \\u00a0]+(?:de|d['’])|\\bquelque|\\bquasi(?:ment)?|\\bpresque|\\bautour[ \\u00a0]+(?:de|d['’]|du|des)|\\bde[ \\u00a0]+l['’]ordre[ \\u00a0]+(?:de|d['’]|du|des)|\\bapproximativement|\\bpas[ \\u00a0]+loin[ \\u00a0]+(?:de|d['’])|\\baux[ \\u00a0]+alentours[ \\u00a0]+(?:de|d['’]|du|des)|\\bune[ \\u00a0]+estimation[ \\u00a0]+de|\\bestimée?s?[ \\u00a0]+à|\\benv\\.|\\bgrosso[ \\u00a0]+modo)[ \\u00a0]*${D}$`, "iu")],
];

/** `before` is the sentence text up to the mention. */
export function findQualifier(before: string): Qualifier {
  const tail = before.slice(-48);
  for (const [q, re] of RULES) if (re.test(tail)) return q;
  return "exact";
}

/** The word that set the qualifier, for "dès", whose meaning depends on the tense. */
export function startsWithDes(before: string): boolean {
  return /\bdès[ \u00a0]*(?:(?:le|la|les|l['’])[ \u00a0]*)?(?:début|mi-?|fin)?[ \u00a0]*$/iu.test(before.slice(-30));
}

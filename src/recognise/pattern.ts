// Helpers to turn word dictionaries into regex alternations (chrono's src/utils/pattern.ts).

/** Escapes regex metacharacters: "US$" => "US\$". */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

// Accented letters match with or without their accent: "zéro" also finds "zero", "zèro".
const ACCENT_CLASS: Record<string, string> = {
  é: "[eéèêë]", è: "[eéèêë]", ê: "[eéèêë]", ë: "[eéèêë]",
  à: "[aàâ]", â: "[aàâ]", î: "[iîï]", ï: "[iîï]", ô: "[oô]", û: "[uûù]", ù: "[uûù]", ç: "[cç]",
};

/**
 * One dictionary key as a pattern: accents optional, any run of blanks or a hyphen between words,
 * an apostrophe either straight or typographic. "dollars de Hong Kong" => "dollars\s+de\s+Hong\s+Kong".
 */
export function wordPattern(key: string): string {
  let out = "";
  for (const ch of key) {
    if (ACCENT_CLASS[ch]) out += ACCENT_CLASS[ch];
    else if (ch === " ") out += "[\\s\\u00a0\\u202f]+";
    else if (ch === "'" || ch === "’") out += "['’]";
    else out += escapeRegex(ch);
  }
  return out;
}

/** Alternation of keys, longest first so "milliards" wins over "milliard" and "mille". */
export function alternation(keys: Iterable<string>): string {
  const unique = [...new Set(keys)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map(wordPattern).join("|")})`;
}

/** Lower case without accents, the form dictionaries are keyed by: "Zéro" => "zero". */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[\s\u00a0\u202f]+/g, " ").replace(/’/g, "'");
}

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

/**
 * Longest first; equal lengths in code-unit order. Not localeCompare: its first call loads ICU's collator, about
 * 15 ms at start-up, and among alternatives of equal length the order cannot change a match.
 */
export const longestFirst = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

/** Alternation of keys, longest first so "milliards" wins over "milliard" and "mille". */
export function alternation(keys: Iterable<string>): string {
  const unique = [...new Set(keys)].sort(longestFirst);
  return `(?:${unique.map(wordPattern).join("|")})`;
}

/** Lower case without accents, the form dictionaries are keyed by: "Zéro" => "zero". */
export function fold(text: string): string {
  // Speed: lower-case ASCII without blanks is its own fold; short words repeat, so they are memoised.
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90) || c <= 32) {
      plain = false;
      break;
    }
  }
  if (plain) return text;
  if (text.length > 40) return foldNow(text);
  let folded = FOLDED.get(text);
  if (folded === undefined) {
    if (FOLDED.size >= 10_000) FOLDED.clear();
    FOLDED.set(text, (folded = foldNow(text)));
  }
  return folded;
}
const FOLDED = new Map<string, string>();

function foldNow(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[\s\u00a0\u202f]+/g, " ").replace(/’/g, "'");
}

// Letters as classes with their accents and capitals: "e" => "[eéèêëEÉÈÊË]".
const LETTER_VARIANTS: Record<string, string> = {
  a: "aàâäAÀÂÄ", e: "eéèêëEÉÈÊË", i: "iîïIÎÏ", o: "oôöOÔÖ", u: "uùûüUÙÛÜ", c: "cçCÇ",
};

function charClass(ch: string): string {
  const variants = LETTER_VARIANTS[ch];
  if (variants) return `[${variants}]`;
  if (ch === " ") return "[\\s\\u00a0\\u202f]+";
  if (ch === "'") return "['’]";
  if (/\p{L}/u.test(ch) && ch.toUpperCase() !== ch) return `[${ch}${ch.toUpperCase()}]`;
  return escapeRegex(ch);
}

interface TrieNode { end: boolean; next: Map<string, TrieNode> }

/**
 * Keys as a prefix tree, accent- and case-insensitive without the `i` flag: ["deux", "dix", "dizaine"]
 * => "[dD](?:[eé…]ux|[iî…](?:x|z[aà…]in[eé…]))". Scanning a text then costs one class test per
 * position instead of one test per key, which keeps the word scan fast.
 */
export function trieAlternation(keys: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const key of keys) {
    let node = root;
    for (const ch of fold(key)) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return emit(root);
}

function emit(node: TrieNode): string {
  // (the branches begin with different letters, so their order cannot change a match either)
  const branches = [...node.next].sort(([a], [b]) => longestFirst(a, b)).map(([ch, child]) => charClass(ch) + emit(child));
  if (branches.length === 0) return "";
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  return node.end ? `(?:${body})?` : body;
}

/** Alternation of literal names, longest first, exact spelling: "Meta Platforms" before "Meta". */
export function literalAlternation(names: Iterable<string>): string {
  return [...new Set(names)].sort(longestFirst).map(escapeRegex).join("|");
}

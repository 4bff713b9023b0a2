// Case-insensitive Unicode patterns without the `i` flag. Under `iu`, V8 closes every literal and class
// over Unicode case folding when it compiles a pattern, which costs 5-20 ms for each big date pattern at
// cold start. The same pattern with each letter spelled as the class of its case variants matches the
// same strings under `u` alone, and compiles several times faster:
//   caseless("(?<m>mai)(?![\\p{L}])") -> "(?<m>[mM][aA][iI])(?!(?:\\p{L}|[\\u0345]))"

import { narrowRegExp } from "../text/narrow-classes.js";

/** Besides a letter's upper and lower case, what `iu` equates with it (checked against V8 over every code point). */
const EXTRA_VARIANTS: Record<string, string> = { k: "\u212a", K: "\u212a", s: "\u017f", S: "\u017f", å: "\u212b", Å: "\u212b" };
/** Letters below U+0250 whose `iu` equivalents are not their upper and lower case and the table above. */
const UNHANDLED = /[µßıſ\u01c4-\u01cc\u01f1-\u01f3]/u;
/** \p{L} under `iu` also matches U+0345 (the combining ypogegrammeni, which folds to ι). */
const LETTER_CLOSURE = "\\u0345";
/** Escapes with no cased member, which `iu` leaves as they are. */
const UNCASED_ESCAPES = new Set(["d", "D", "s", "S", "n", "r", "t", "f", "v", "0"]);
const UNCASED_PROPERTIES = new Set(["N", "Nd"]);

/** The other characters `iu` matches for `ch`, "" when it has none (memoised: the patterns load at start-up). */
function variantsOf(ch: string): string {
  let out = VARIANTS.get(ch);
  if (out !== undefined) return out;
  out = "";
  if (ch.toLowerCase() !== ch.toUpperCase()) {
    if (ch.length !== 1 || ch.charCodeAt(0) >= 0x250 || UNHANDLED.test(ch)) throw new Error(`caseless: no case table for "${ch}"`);
    for (const v of [ch.toLowerCase(), ch.toUpperCase()]) if (v !== ch && v.length === 1) out += v;
    out += EXTRA_VARIANTS[ch] ?? "";
  }
  VARIANTS.set(ch, out);
  return out;
}
const VARIANTS = new Map<string, string>();

/** An `iu` pattern's source rewritten for the `u` flag alone, matching exactly the same strings. */
export function caseless(source: string): string {
  let i = 0;

  /** The escape after the backslash at i - 1: its text, and what `iu` adds to it. */
  const escape = (): { text: string; closure: string } => {
    const c = source.charAt(i);
    if (c === "p" || c === "P") {
      const end = source.indexOf("}", i) + 1;
      const name = source.slice(i + 2, end - 1);
      i = end;
      if (UNCASED_PROPERTIES.has(name)) return { text: `\\${c}{${name}}`, closure: "" };
      if (c === "p" && name === "L") return { text: "\\p{L}", closure: LETTER_CLOSURE };
      throw new Error(`caseless: unsupported \\${c}{${name}}`);
    }
    if (c === "u") {
      const braced = source.charAt(i + 1) === "{";
      const end = braced ? source.indexOf("}", i) + 1 : i + 5;
      const text = `\\${source.slice(i, end)}`;
      i = end;
      if (variantsOf(String.fromCodePoint(parseInt(braced ? text.slice(3, -1) : text.slice(2), 16)))) throw new Error(`caseless: cased escape ${text}`);
      return { text, closure: "" };
    }
    if (c === "k") {
      const end = source.indexOf(">", i) + 1;
      const name = source.slice(i + 2, end - 1);
      i = end;
      // `iu` compares a backreference case-insensitively: only one to an uncased capture stays the same.
      if (/(?<!\\)[\p{L}]/u.test(groupBody(source, name))) throw new Error(`caseless: backreference to a cased group ${name}`);
      return { text: `\\k<${name}>`, closure: "" };
    }
    i++;
    if (/[a-zA-Z1-9]/.test(c) && !UNCASED_ESCAPES.has(c)) throw new Error(`caseless: unsupported \\${c}`);
    return { text: `\\${c}`, closure: "" };
  };

  /** The class at i, with the case variants of its members added (a negated one too: `iu` negates the closure). */
  const charClass = (): string => {
    let text = "[";
    let added = "";
    let properties: string[] = [];
    let others = ""; // the members that are not properties
    i++;
    if (source.charAt(i) === "^") {
      text += "^";
      i++;
    }
    let last = ""; // the last item when it is a single character, the start of a range
    while (source.charAt(i) !== "]") {
      const c = source.charAt(i);
      if (c === "-" && source.charAt(i + 1) !== "]" && text !== "[" && text !== "[^") {
        const to = source.charAt(i + 1);
        if (!last || to === "\\" || to === "[") throw new Error("caseless: unsupported range");
        for (let code = last.charCodeAt(0) + 1; code <= to.charCodeAt(0); code++) added += variantsOf(String.fromCharCode(code));
        text += `-${to}`;
        others += `-${to}`;
        i += 2;
        last = "";
      } else if (c === "\\") {
        i++;
        const escaped = escape();
        text += escaped.text;
        added += escaped.closure;
        if (escaped.text.startsWith("\\p")) properties.push(escaped.text);
        else others += escaped.text;
        last = escaped.text.length === 2 && !/[a-zA-Z0-9]/.test(escaped.text.charAt(1)) ? escaped.text.charAt(1) : "";
      } else {
        const ch = String.fromCodePoint(source.codePointAt(i) as number);
        i += ch.length;
        text += ch;
        others += ch;
        added += variantsOf(ch);
        last = ch;
      }
    }
    i++;
    if (text.startsWith("[^") || properties.length === 0) return `${text}${added}]`;
    // Speed: V8 builds a class that unites a property with other members at a high cost (about 0.15 ms each
    // time the pattern is parsed, and again when compiled); the alternation matches the same code point.
    const rest = others + added;
    if (rest) properties = [...properties, `[${rest.startsWith("^") ? `\\${rest}` : rest}]`];
    return properties.length === 1 ? (properties[0] as string) : `(?:${properties.join("|")})`;
  };

  let out = "";
  while (i < source.length) {
    const c = source.charAt(i);
    if (c === "\\") {
      i++;
      const { text, closure } = escape();
      out += closure ? `(?:${text}|${closure})` : text;
    } else if (c === "[") {
      out += charClass();
    } else if (c === "(" && source.charAt(i + 1) === "?") {
      // group syntax, names included, stays as written
      const opening = (/^\(\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i, i + 40)) as RegExpExecArray)[0];
      out += opening;
      i += opening.length;
    } else if (c === "{") {
      // a quantifier: under `u` a literal brace is escaped
      const end = source.indexOf("}", i) + 1;
      out += source.slice(i, end);
      i = end;
    } else {
      const ch = String.fromCodePoint(source.codePointAt(i) as number);
      i += ch.length;
      const variants = variantsOf(ch);
      out += variants ? `[${ch}${variants}]` : ch;
    }
  }
  return out;
}

/** The source between `(?<name>` and its closing parenthesis. */
function groupBody(source: string, name: string): string {
  const open = source.indexOf(`(?<${name}>`);
  if (open < 0) throw new Error(`caseless: no group ${name}`);
  const from = open + name.length + 4;
  let depth = 1;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return source.slice(from, i);
  }
  throw new Error(`caseless: unclosed group ${name}`);
}

/** `new RegExp(source, flags)` for flags with `iu`, built as its caseless equivalent without `i`, with narrow classes. */
export function caselessRegExp(source: string, flags: string): RegExp {
  if (!flags.includes("i") || !flags.includes("u")) throw new Error(`caseless: flags ${flags}`);
  return narrowRegExp(caseless(source), flags.replace("i", ""));
}

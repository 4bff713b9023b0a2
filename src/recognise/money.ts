// Amounts of money: a number with a currency before ("$20", "EUR 20", "US$ 5 millions") or after it
// ("20 €", "300 M€", "6 milliards de dollars", "5,53 milliards d’euros", "1,34 $ c").
// "plusieurs milliards de dollars" is an amount with no value (null).
import { narrow, narrowRegExp } from "../text/narrow-classes.js";
import { caselessRegExp } from "./caseless.js";
import type { MoneyMention, NumberMention } from "./types.js";
import { currencyResolver, type CurrencyResolver } from "./currency-context.js";
import { CURRENCIES, CURRENCY_CODES, lookupCurrency, SPACED_LOWER_SCALES } from "./lexicon-fr.js";
import { recogniseNumbers } from "./number.js";
import { inScaleOfLast, lastOfRespectiveList } from "./respectively.js";
import { alternation, escapeRegex, fold } from "./pattern.js";

const BLANK = "[ \\u00a0\\u202f]";
const CURRENCY = `(?:${alternation(Object.keys(CURRENCIES))}|${CURRENCY_CODES.map(escapeRegex).join("|")})`;
const CURRENCY_END = "(?![\\p{L}\\p{N}'’])";

// After the number: "20 €", "20€", "10 000 dollars", "6 milliards de dollars", "5,53 milliards d’euros".
const CURRENCY_AFTER = caselessRegExp(
  `(?<link>${BLANK}*|${BLANK}+de${BLANK}+|${BLANK}+d['’]${BLANK}*)(?<cur>${CURRENCY})${CURRENCY_END}`,
  "iuy",
);

// Before the number: "$20", "US$ 5", "EUR 20", "EUR29,99", "£ 8,10 millions", Swiss "Fr. 38 millions".
const CURRENCY_BEFORE = narrowRegExp(
  `(?:^|[^\\p{L}\\p{N}$])(?<pre>(?<cur>US\\$|\\$US|C\\$|A\\$|HK\\$|NT\\$|R\\$|\\$|€|£|¥|₹|₩|₪|Fr\\.|${CURRENCY_CODES.join("|")})${BLANK}?)$`,
  "u",
);

// "1 USD et 23 centimes", "1 USD 23 cents"
const SUBUNIT = narrowRegExp(`(?:${BLANK}+et)?${BLANK}+(?<n>\\d{1,2})${BLANK}+(?:centimes?|cents?)(?![\\p{L}])`, "uy");

// "un euro symbolique", "une yen": the article as an amount of one
const ONE_UNIT = caselessRegExp(`(?<![\\p{L}])une?${BLANK}+(?<cur>${CURRENCY})${CURRENCY_END}`, "giu");

// A number ending with a scale or round noun takes "de": "6 milliards de dollars", "des millions d'euros".
const SCALED = narrowRegExp(`(?:mille|illions?|illiards?|illiers?|aines?|crores?|lakhs?|Mds?|Mrds?|M|G|k|K|${SPACED_LOWER_SCALES})(?: et demie?)?$`, "u");
// "a versé 400 000 livres": after a verb of paying, "livres" are pounds even without a scale.
const PAID_BEFORE = narrow(/(?<![\p{L}\p{N}])(?:(?:vers|pay|débours|dépens|réclam|propos|touch|empoch|encaiss)(?:é|ée|és|ées|ait|aient|era|eront|ant|er)|coût(?:é|e|ait|era)|offert|offre)(?:[ \u00a0]+(?:plus[ \u00a0]+de|près[ \u00a0]+de|environ|quelque|jusqu['’]à|au[ \u00a0]+moins))?[ \u00a0]+$/u);

const PACIFIC_MILLIONS = narrow(/^[ \u00a0\u202f]?MF[ \u00a0\u202f]?CFP(?![\p{L}\p{N}])/u);
// ("$ c", "$ hk" stay Canadian and Hong Kong dollars in lower case; "au" is the French word)
const AU_AFTER_DOLLAR = /(?<=^\$)[ \u00a0\u202f]*au$/u;
const TUNISIAN_DINARS = narrow(/(?<![\p{L}])(?:dinars?|DT|[tT]unisi\p{L}*)(?![\p{L}])/u);

// "un dollar fort", "un euro numérique", "un forint qui a perdu": the currency itself, not an amount of one
const CURRENCY_AS_SUCH = caselessRegExp(String.raw`^[ \u00a0\u202f]+(?:forte?s?|faibles?|numériques?|digital|unique|stables?|plus|moins|trop|cher|chère|qui)(?![\p{L}])`, "iu");

// "un euro de revenu", "un euro sur quatre", "pour un dollar encaissé": the unit a ratio or a share is told for
// ("un euro de dommages et intérêts" is the symbolic sum a court awards; "une yen controversée" is one yen)
const ONE_AS_MEASURE = narrow(/^[ \u00a0\u202f]+(?:d['’]|de[ \u00a0]+(?!dommages)|sur[ \u00a0]+\p{L})/u);
const PER_ONE_BEFORE = narrow(/(?:^|[^\p{L}])[Pp]our[ \u00a0]+$/u);
const PARTICIPLE_AFTER = narrow(/^[ \u00a0\u202f]+\p{Ll}{3,14}(?:é|ée|és|ées|i|is|ie|çu|nu)(?![\p{L}])/u);

// "94 cents pour un dollar", "60 centimes par euro": a price in hundredths of the one unit that follows
const CENTS_FOR_ONE = /\d[ \u00a0\u202f]*(?:cents?|centimes?)[ \u00a0]+(?:pour|par)[ \u00a0]+$/u;

// "n'a pas un euro de dette", "sans un dollar": a negation, no amount of one
// ("Pas un euro ne sera versé" opens a sentence)
// ("Personne n'a encore payé un euro": a negation by its subject; "n'a pas levé un euro", "sans dépenser un dollar": a
// participle or an infinitive between)
const NOT_ONE = narrow(/(?<![\p{L}])(?:(?:[Pp]as|[Pp]lus|[Jj]amais|[Ss]ans)(?:[ \u00a0]+(?:même|seulement|encore|déjà))?(?:[ \u00a0]+\p{Ll}{2,14}(?:é|és|ée|ées|u|us|ue|ues|is|it|er|ir|re))?|(?:[Pp]ersonne|[Nn]ul)[ \u00a0]+n['’][\p{L}]+(?:[ \u00a0]+[\p{L}]+){0,3})[ \u00a0]+$/u);

// "1,15 dollar pour un euro": the unit an exchange rate is given for; "un dollar à 30,5 dollars taïwanais", "un euro
// contre 1,16 dollar": the same told the other way round
const RATE_UNIT_BETWEEN = /^[ \u00a0\u202f]+pour[ \u00a0\u202f]+$/u;
const RATE_UNIT_FIRST = /^[ \u00a0\u202f]+(?:à|contre|pour|=)[ \u00a0\u202f]+$/u;

export function recogniseMoney(text: string, numbers: NumberMention[] = recogniseNumbers(text)): MoneyMention[] {
  const out: MoneyMention[] = [];
  const resolve = currencyResolver(text);
  for (const n of numbers) {
    const money = moneyAround(text, n, resolve);
    if (money) out.push(money);
  }
  ONE_UNIT.lastIndex = 0;
  for (let m = ONE_UNIT.exec(text); m; m = ONE_UNIT.exec(text)) {
    const start = m.index;
    // ("un franc succès": the adjective; one franc is written "1 franc")
    if (fold(m.groups?.cur ?? "") === "franc") continue;
    const currency = currencyOf(m.groups?.cur ?? "", false, start, resolve);
    const end = start + m[0].length;
    if (!currency || out.some((o) => o.start < end && start < o.end) || CURRENCY_AS_SUCH.test(text.slice(end, end + 12))) continue;
    if (ONE_AS_MEASURE.test(text.slice(end, end + 20))) continue;
    if (PER_ONE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && PARTICIPLE_AFTER.test(text.slice(end, end + 20))) continue;
    if (NOT_ONE.test(text.slice(Math.max(0, start - 40), start)) || CENTS_FOR_ONE.test(text.slice(Math.max(0, start - 24), start))) continue;
    if (out.some((o) => o.end <= start && RATE_UNIT_BETWEEN.test(text.slice(o.end, start)))) continue;
    if (out.some((o) => o.start >= end && o.start <= end + 10 && RATE_UNIT_FIRST.test(text.slice(end, o.start)))) continue;
    const number: NumberMention = { start, end: start + m[0].indexOf(" "), value: 1, form: "words", approx: false, yearLike: false };
    out.push({ start, end, value: 1, currency, number });
  }
  addChangedFrom(text, numbers, out);
  addRespectively(text, numbers, out);
  addCents(text, numbers, out, resolve);
  return out.sort((a, b) => a.start - b.start);
}

function commonestCentimeCurrency(amounts: MoneyMention[]): string | null {
  const counts = new Map<string, number>();
  for (const a of amounts) if (CENTIME_CURRENCIES.has(a.currency)) counts.set(a.currency, (counts.get(a.currency) ?? 0) + 1);
  let best: string | null = null;
  for (const [code, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = code;
  return best;
}

// "14,5 centimes le kilowattheure", "52 centimes d'euro", "35 cents", "4,49 c€/kWh": a hundredth of a currency, written
// in digits
const CENTS = narrowRegExp(
  `(?:${BLANK}+(?<unit>centimes?|cents?)(?:${BLANK}+(?:d['’]${BLANK}*|de${BLANK}+)(?<of>euros?|francs?|dollars?))?|${BLANK}?(?<ce>c€))(?![\\p{L}\\p{N}])`,
  "uy",
);
// the currencies whose hundredth French calls a "centime"
const CENTIME_CURRENCIES = new Set(["EUR", "CHF", "XOF", "XAF", "XPF", "MAD", "DZD", "HTG", "FRF"]);

/**
 * Cents named after their currency take it; bare cents the dollar's; bare centimes the currency with centimes the
 * document gives most amounts in (a Swiss story that converts once to euros stays in francs), else the euro's.
 */
function addCents(text: string, numbers: NumberMention[], out: MoneyMention[], resolve: CurrencyResolver): void {
  if (!text.includes("cent") && !text.includes("c€")) return; // most documents name no cents: skip the scan of every number
  const found = out.slice();
  let commonest: string | null | undefined;
  for (const n of numbers) {
    if (n.form !== "digits" || n.yearLike || (n.scale ?? 1) !== 1 || found.some((o) => o.start <= n.start && n.start < o.end)) continue;
    CENTS.lastIndex = n.end;
    const cents = CENTS.exec(text);
    const unit = cents?.groups?.unit ?? cents?.groups?.ce;
    if (!cents || !unit) continue;
    const of = cents.groups?.of;
    let currency: string | undefined;
    if (unit === "c€") currency = "EUR";
    else if (of) currency = resolve(of.endsWith("s") ? of : `${of}s`, n.start, true);
    else if (/^cents?$/u.test(unit)) currency = resolve("dollars", n.start, true);
    else currency = (commonest ??= commonestCentimeCurrency(found)) ?? "EUR";
    if (!currency) continue;
    out.push({ start: n.start, end: n.end + cents[0].length, value: Math.round(n.value * 1e6) / 1e8, currency, number: n });
  }
}

// "ramené de 72 à 38 millions d'euros", "passera de 1,2 à 1,5 milliard d'euros", "relève son dividende de 0,85 à
// 1,10 euro": a change between two amounts;
// the first takes the scale and currency written once, after the second ("passe de 2,15 à 2,35 euros": the currency
// alone). Not "entre 130 et 138 milliards" (a range).
const CHANGED_FROM = narrow(/(?<![\p{L}])(?:passe|passent|passée?s?|passera|passerait|passant|ramène|ramenée?s?|porte|portée?s?|réduit|réduite?s?|relève|relèvent|relevée?s?|abaisse|abaissée?s?|revue?s?|augmente|augmentée?s?|diminue|diminuée?s?|grimpé|chuté|baissé|reculé|progressé|augmenté|bondi|passer|ramener|réduire|relever|abaisser|augmenter|diminuer|baisser|baisse|baissent|recule|reculent|chute|chutent|progresse|progressent|grimpe|grimpent|bondit|tombe|tombent|tombé)(?:[ \u00a0]+(?:son|sa|ses|leur|leurs|le|la|les|l['’])?[ \u00a0]*\p{L}+){0,3}[ \u00a0]+(?:de|d['’])[ \u00a0]*$/u);
const TO_AMOUNT = /^[ \u00a0]+à[ \u00a0]+/u;
// "passera de 14,90 francs à 16,90 francs, et la formule familiale de 21,90 à 24,90 francs": a second change of its
// sentence, its verb left out, after a first told in full
const CHANGED_BEFORE = narrow(/(?<![\p{L}])(?:de|d['’])[ \u00a0]*\d[\d \u00a0\u202f]*(?:,\d+)?[^.;:!?\n\d]{0,30}?[ \u00a0]à[ \u00a0]+\d[^.;:!?\n]{0,80}?,?[ \u00a0]+et[ \u00a0]+(?:l['’]|la[ \u00a0]+|le[ \u00a0]+|les[ \u00a0]+|celui[ \u00a0]+|celle[ \u00a0]+)?[^.;:!?\n\d]{0,40}?[ \u00a0](?:de|d['’])[ \u00a0]*$/u);

function secondChange(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 220), start);
  const first = CHANGED_BEFORE.exec(before);
  if (!first) return false;
  const de = (/^(?:de|d['’])[ \u00a0]*/u.exec(first[0]) as RegExpExecArray)[0];
  return CHANGED_FROM.test(before.slice(Math.max(0, first.index - 50), first.index + de.length));
}

function addChangedFrom(text: string, numbers: NumberMention[], out: MoneyMention[]): void {
  for (const n of numbers) {
    const to = TO_AMOUNT.exec(text.slice(n.end, n.end + 6));
    if (!to || n.yearLike || SCALED.test(text.slice(n.start, n.end))) continue;
    if (!CHANGED_FROM.test(text.slice(Math.max(0, n.start - 50), n.start)) && !secondChange(text, n.start)) continue;
    const later = out.find((o) => o.start === n.end + to[0].length);
    const scale = later?.number?.scale ?? 1;
    if (!later || later.value === null || out.some((o) => o.start <= n.start && n.start < o.end)) continue;
    out.push({ start: n.start, end: n.end, value: n.value * scale, currency: later.currency, number: n });
  }
}

// "respectivement 6 et 4 millions d'euros": the figures before the last take its scale and currency
function addRespectively(text: string, numbers: NumberMention[], out: MoneyMention[]): void {
  if (!text.includes("respectivement")) return;
  numbers.forEach((n, i) => {
    if (n.yearLike || out.some((o) => o.start <= n.start && n.start < o.end)) return;
    const last = lastOfRespectiveList(text, numbers, i);
    const amount = last && out.find((o) => o.start === last.start);
    if (!amount || amount.value === null) return;
    out.push({ start: n.start, end: n.end, value: inScaleOfLast(n, last), currency: amount.currency, number: n });
  });
}

function moneyAround(text: string, n: NumberMention, resolve: CurrencyResolver): MoneyMention | null {
  const surface = text.slice(n.start, n.end);
  const scaled = SCALED.test(surface);
  const paid = () => !scaled && PAID_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start));
  const vague = (n as NumberMention & { vague?: boolean }).vague === true;
  let start = n.start;
  let end = n.end;
  let currency: string | undefined;

  const before = CURRENCY_BEFORE.exec(text.slice(Math.max(0, n.start - 6), n.start));
  if (before?.groups?.cur && !vague) {
    currency = currencyOf(before.groups.cur, scaled, n.start, resolve);
    if (currency) start = n.start - (before.groups.pre ?? "").length;
  }
  // "5 200 MD": Tunisia's millions of dinars, the "D" glued to the scale, in a document about dinars or Tunisia
  if (!currency && surface.endsWith("M") && /^D(?![\p{L}\p{N}])/u.test(text.slice(n.end, n.end + 2)) && TUNISIAN_DINARS.test(text)) {
    return { start, end: n.end + 1, value: n.value, currency: "TND", number: n };
  }
  // "14,2 ME": millions of euros, the "E" glued to the scale, as market wires write them
  if (!currency && surface.endsWith("M") && /^E(?![\p{L}\p{N}])/u.test(text.slice(n.end, n.end + 2))) {
    return { start, end: n.end + 1, value: n.value, currency: "EUR", number: n };
  }
  // "1 120 MF CFP": millions of Pacific francs, the "M" glued to the franc's "F"
  const pacificMillions = PACIFIC_MILLIONS.exec(text.slice(n.end, n.end + 10));
  if (!currency && pacificMillions && !SCALED.test(surface)) return { start, end: n.end + pacificMillions[0].length, value: n.value * 1e6, currency: "XPF", number: n };
  CURRENCY_AFTER.lastIndex = n.end;
  const after = CURRENCY_AFTER.exec(text);
  if (after?.groups?.cur) {
    const withDe = after.groups.link?.trim() !== "";
    // "95 M$ au titre de": "$ AU" is written in capitals; in lower case "au" is the next word
    const auAfter = AU_AFTER_DOLLAR.exec(after.groups.cur);
    const surface = auAfter ? "$" : after.groups.cur;
    const length = after[0].length - (auAfter ? auAfter[0].length : 0);
    const cur = currencyOf(surface, scaled, n.start, resolve, paid);
    if (cur && (!withDe || scaled) && (!currency || currency === cur || surface.length > 1)) {
      currency = cur;
      end = n.end + length;
    }
  }
  if (!currency) return null;
  if (vague) return { start, end, value: null, currency, number: null };
  let value = n.value;
  SUBUNIT.lastIndex = end;
  const sub = SUBUNIT.exec(text);
  if (sub?.groups?.n && Number.isInteger(value)) {
    value += Number(sub.groups.n) / 100;
    end += sub[0].length;
  }
  return { start, end, value, currency, number: n };
}

// Codes count in capitals only ("ils" is a pronoun); "livres" alone are books unless an amount
// is scaled ("361 millions de livres"), paid ("a versé 400 000 livres") or told in a story from a country
// of pounds ("À Londres, la tonne s'échange autour de 4 300 livres"); a name several countries share
// takes the document's country.
function currencyOf(surface: string, scaled: boolean, at: number, resolve: CurrencyResolver, paid?: () => boolean): string | undefined {
  if (/^[a-z]{3}$/i.test(surface) && surface !== surface.toUpperCase()) {
    const named = lookupCurrency(surface);
    return named && !CURRENCY_CODES.includes(surface.toUpperCase()) ? named : undefined;
  }
  // paid, "livres" are pounds wherever the story is
  return resolve(surface, at, scaled || (/^livres?$/i.test(surface) && paid?.() === true));
}

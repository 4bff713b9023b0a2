// Dates counted from the reference day or from the last date the text gave:
// "hier", "après-demain", "il y a trois jours", "dans deux mois", "le lendemain", "trois ans plus tard",
// "mercredi prochain", "lundi en huit", "le mois dernier", "l'an prochain", "cette année".
// Without a reference (and, for anaphors, without an earlier date) these give nothing.
import { narrowRegExp } from "../text/narrow-classes.js";
import type { DateMod } from "./types.js";
import { caselessRegExp } from "./caseless.js";
import { LB, MOD_FIRST, NTH_FIRST, NTH_WEEKDAY_RANK, RB, WEEKDAY_FIRST, WEEKDAY_FULL } from "./date-absolute.js";
import { patternSource, type DateParser, type RelativePeriodDraft, type ShiftDraft, type WeekdayDraft } from "./date-draft.js";
import { APOS, COUNT_WORDS, countValue, foldWord, modOf, ordinalValue, ORDINAL_DIGITS, OSP, SP, SPOKEN_WORDS, alternation, weekdayNumber } from "./date-lexicon-fr.js";

const g = (m: RegExpExecArray, name: string): string | undefined => m.groups?.[name];
// (a compound goes on after a hyphen: "dix-huit", "vingt-cinq", read whole by countValue)
const COUNT = `(?:\\d{1,3}|(?:${alternation(COUNT_WORDS.map(([w]) => w))})(?:-(?:${alternation(SPOKEN_WORDS)}))*)`;
const UNIT = "(?:jours?|semaines?|mois|ans|an|années?|annees?)";
/** "du", "de la", "de l'", "de", "d'" after "la veille" / "le lendemain": the base follows. */
const OF_TAIL = `(?<tail>${SP}(?:du|de${SP}la|de${SP}l${APOS}|de|d${APOS}))?`;

function unitOf(word: string): ShiftDraft["unit"] {
  const w = foldWord(word);
  if (w.startsWith("jour")) return "day";
  if (w.startsWith("semaine")) return "week";
  if (w === "mois") return "month";
  return "year";
}

function shift(start: number, end: number, base: ShiftDraft["base"], unit: ShiftDraft["unit"], n: number, ofFollowing = false): ShiftDraft {
  return { kind: "shift", start, end, base, unit, n, ...(ofFollowing ? { ofFollowing } : {}) };
}

// "aujourd'hui", "hier", "demain", "avant-hier", "après-demain", "ce jour", "dans la journée"
const deicticDay: DateParser = {
  name: "deictic-day",
  initials: "ahdc",
  firstWords: ["aujourd", "avant", "apres", "hier", "demain", "ce", "dans"],
  pattern: patternSource(
    `${LB}(?<w>aujourd${APOS}hui|avant[-\\s]hier|apr[èe]s[-\\s]demain|hier|demain|ce${SP}jour(?![-\\s]l[àa])|dans${SP}la${SP}journ[ée]e)${RB}`,
    "giu",
  ),
  extract(m, text) {
    const w = foldWord(g(m, "w") as string).replace(/\s+/g, " ").replace("-", " ");
    // "le monde de demain", "l'IA de demain": the future in general, not tomorrow.
    if (w === "demain" && /(?:de|d['’])[^\S\n]{0,3}$/iu.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
    // "l'association Plénéven Demain": a capital inside a sentence makes it part of a name
    if (/^\p{Lu}/u.test(m[0]) && /[\p{L}\p{N},][^\S\n]+$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) return null;
    // "ni aujourd'hui ni demain", "ni hier ni aujourd'hui": never, or always
    if (/(?:^|[^\p{L}])ni[^\S\n]{1,3}$/iu.test(text.slice(Math.max(0, m.index - 5), m.index))) return null;
    // "380 personnes ont été embauchées à ce jour": so far, not today
    if (w === "ce jour" && /(?:^|[^\p{L}])(?:à|a|jusqu['’]à)[^\S\n]{1,3}$/iu.test(text.slice(Math.max(0, m.index - 10), m.index))) return null;
    const n = w === "hier" ? -1 : w === "demain" ? 1 : w === "avant hier" ? -2 : w === "apres demain" ? 2 : 0;
    return shift(m.index, m.index + m[0].length, "ref", "day", n);
  },
};

// "la veille", "le lendemain", "le jour d'avant", "le jour suivant", "le lendemain du 13 février"
const anaphoricDay: DateParser = {
  name: "anaphoric-day",
  initials: "lavj",
  firstWords: ["le", "la", "au", "a", "lendemain", "veille", "jour"],
  pattern: patternSource(
    `${LB}(?:(?<det>le|la|au|à${SP}la)${SP})?(?<w>lendemain|veille|jour${SP}(?:d${APOS}avant|pr[ée]c[ée]dent|d${APOS}apr[èe]s|suivant))${RB}${OF_TAIL}`,
    "giu",
  ),
  extract(m, text) {
    const w = foldWord(g(m, "w") as string);
    // "en veille", "mode veille": standby, not the day before.
    if (w === "veille" && !g(m, "det")) return null;
    // "du jour au lendemain": overnight
    if (w === "lendemain" && /(?:^|[^\p{L}])du[ \u00a0]+jour[ \u00a0]+(?:au[ \u00a0]+)?$/iu.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    const n = w === "veille" || w.includes("avant") || w.includes("preced") ? -1 : 1;
    return shift(m.index, m.index + m[0].length, "antecedent", "day", n, Boolean(g(m, "tail")));
  },
};

// "il y a trois jours", "dans deux mois", "dans 1 an", "deux jours plus tard", "trois ans après", "un an plus tôt"
const countedShift: DateParser = {
  name: "counted-shift",
  initials: "idutqcshnov#",
  firstWords: ["il", "dans", ...COUNT_WORDS.map(([w]) => foldWord(w))],
  digitRuns: [1, 2, 3],
  pattern: patternSource(
    // (not after a hyphen: "soixante-dix-huit mois" is no "huit mois")
    `${LB}(?<!-)(?:il${SP}y${SP}a${SP}(?<n1>${COUNT})${SP}(?<u1>${UNIT})|dans${SP}(?<n2>${COUNT})${SP}(?<u2>${UNIT})` +
      `|(?<n3>${COUNT})${SP}(?<u3>${UNIT})${SP}(?<dir>plus${SP}tard|plus${SP}t[ôo]t|apr[èe]s|auparavant|avant))${RB}`,
    "giu",
  ),
  extract(m, text) {
    const end = m.index + m[0].length;
    if (g(m, "n1") || g(m, "n2")) {
      const n = countValue(g(m, "n1") ?? (g(m, "n2") as string));
      if (n === undefined) return null;
      return shift(m.index, end, "ref", unitOf(g(m, "u1") ?? (g(m, "u2") as string)), g(m, "n1") ? -n : n);
    }
    const n = countValue(g(m, "n3") as string);
    if (n === undefined) return null;
    const dir = foldWord(g(m, "dir") as string);
    // "trois ans après sa création", "deux jours avant l'élection": counted from an event, not from a date.
    if ((dir === "apres" || dir === "avant") && EVENT_AFTER.test(text.slice(end, end + 12))) return null;
    // "deux ans plus tôt qu'il ne le prévoyait", "trois mois plus tard que prévu": a comparison, not a date.
    if (dir.startsWith("plus") && COMPARED_AFTER.test(text.slice(end, end + 6))) return null;
    const back = dir === "avant" || dir === "auparavant" || dir.endsWith("tot");
    return shift(m.index, end, "antecedent", unitOf(g(m, "u3") as string), back ? -n : n);
  },
};
// "... après celui de Gemini 3", "... après celle-ci": a pronoun standing for the event.
const EVENT_AFTER = caselessRegExp(
  `^${SP}(?:(?:le|la|les|sa|son|ses|leur|leurs|un|une|des|du|de|que|avoir|être|cette|ce|cet|celui|celle|ceux|celles|cela|ça)${RB}|(?:l|d|qu)${APOS})`,
  "iu",
);
const COMPARED_AFTER = caselessRegExp(`^${SP}(?:que${RB}|qu${APOS})`, "iu");

// "le mois dernier", "le mois prochain", "ce mois-ci", "l'année dernière", "cette année", "l'an prochain",
// "le mois suivant" (after the last date given), "l'année précédente"
const relativePeriod: DateParser = {
  name: "relative-period",
  initials: "clam",
  firstWords: ["ce", "cette", "le", "l", "au", "mois", "annee", "an", "lemois", "leannee", "lean", "aumois", "auannee", "auan"],
  pattern: patternSource(
    `${LB}(?:(?<this>ce${SP}mois|cette${SP}année|cette${SP}annee)(?<ci>-ci)?(?![-\\s]l[àa])|(?:(?:le|l${APOS}|au)${OSP})?(?<unit>mois|année|annee|an)${SP}` +
      `(?<rel>dernier|dernière|derniere|passé|passée|passe|prochain|prochaine|suivant|suivante|précédent|précédente|precedent|precedente|en${SP}cours))${RB}`,
    "giu",
  ),
  extract(m, text) {
    const end = m.index + m[0].length;
    const thisUnit = g(m, "this");
    if (thisUnit) {
      // "ce mois de mai" is a month name: leave it to the month parser.
      if (/^[^\S\n]{1,3}(?:de|d['’])/iu.test(text.slice(end, end + 5)) && !g(m, "ci")) return null;
      return period(m.index, end, foldWord(thisUnit).includes("mois") ? "month" : "year", 0, "ref");
    }
    const unit = foldWord(g(m, "unit") as string) === "mois" ? "month" : "year";
    const rel = foldWord(g(m, "rel") as string);
    if (rel.startsWith("en")) return period(m.index, end, unit, 0, "ref");
    if (rel.startsWith("suivant")) return period(m.index, end, unit, 1, "antecedent");
    if (rel.startsWith("preced")) return period(m.index, end, unit, -1, "antecedent");
    return period(m.index, end, unit, rel.startsWith("prochain") ? 1 : -1, "ref");
  },
};
function period(start: number, end: number, unit: "month" | "year", offset: number, base: "ref" | "antecedent"): RelativePeriodDraft {
  return { kind: "relativePeriod", start, end, unit, offset, base };
}

// "le premier mercredi du mois prochain", "premier vendredi de ce mois"
const nthWeekdayOfRelativeMonth: DateParser = {
  name: "nth-weekday-of-relative-month",
  initials: "pdstq#",
  firstWords: NTH_FIRST,
  digitRuns: [1, 2],
  pattern: patternSource(
    `${LB}(?<ord>${NTH_WEEKDAY_RANK})${SP}(?<wd>${WEEKDAY_FULL})${SP}` +
      `(?:de|du|d${APOS})${OSP}(?:(?<this>ce${SP}mois)|mois${SP}(?<rel>prochain|dernier|passé))${RB}`,
    "giu",
  ),
  extract(m) {
    const n = ordinalValue(g(m, "ord") as string);
    const weekday = weekdayNumber(g(m, "wd") as string);
    if (n === undefined || weekday === undefined || n > 5) return null;
    const rel = g(m, "rel");
    const offset = g(m, "this") ? 0 : rel && foldWord(rel) === "prochain" ? 1 : -1;
    return { ...period(m.index, m.index + m[0].length, "month", offset, "ref"), nthWeekday: { n, weekday } };
  },
};

// "mercredi", "ce lundi", "mercredi prochain", "dimanche dernier", "mardi suivant", "lundi en huit",
// "mercredi de la semaine prochaine", "vendredi cette semaine", "jeudi 15", "lun."
const WEEKDAY_ALONE = `(?:${WEEKDAY_FULL}|(?:lun|ven)(?:\\.|${RB}))`;
const weekday: DateParser = {
  name: "weekday",
  initials: "cdlmjvs",
  firstWords: ["ce", "cette", ...WEEKDAY_FIRST, "lun", "ven"],
  pattern: patternSource(
    `${LB}(?:(?<this>ce|cette)${SP})?(?<wd>${WEEKDAY_ALONE})(?:${SP}(?:` +
      `(?<rel>prochain|dernier|passé|suivant|d${APOS}apr[èe]s)${RB}` +
      `|en${SP}(?<en>huit|8|quinze|15)${RB}` +
      `|(?:de${SP})?(?:la${SP}semaine${SP}(?<wk>prochaine|prochain|suivante|d${APOS}apr[èe]s|dernière|derniere|dernier|passée|passee)${RB}|(?<wkthis>cette${SP}semaine)${RB})` +
      `|(?<day>[0-3]?\\d)(?![\\p{L}\\p{N}]|[.,:]\\d|${OSP}(?:h|heures?)${RB}|${SP}(?:\\d|er${RB})|${OSP}[/.-]\\d)))?`,
    "giu",
  ),
  extract(m, text) {
    const wdText = g(m, "wd") as string;
    const wd = weekdayNumber(wdText);
    if (wd === undefined) return null;
    const end = m.index + m[0].length;
    // "Mardi gras" is a feast, "Black Friday"-style names aside.
    if (/^[^\S\n]{1,3}gras/iu.test(text.slice(end, end + 6))) return null;
    const draft = (rule: WeekdayDraft["rule"], extra: Partial<WeekdayDraft> = {}): WeekdayDraft => ({
      kind: "weekday", start: m.index, end, weekday: wd, rule, ...extra,
    });
    const rel = g(m, "rel");
    if (rel) {
      const r = foldWord(rel);
      return draft(r === "prochain" ? "next" : r === "dernier" || r === "passe" ? "last" : "following");
    }
    const en = g(m, "en");
    if (en) return draft(en === "huit" || en === "8" ? "inEight" : "inFifteen");
    const wk = g(m, "wk");
    if (wk) {
      const w = foldWord(wk);
      return draft(w.startsWith("dernier") || w.startsWith("passe") ? "lastWeek" : "nextWeek");
    }
    if (g(m, "wkthis")) return draft("thisWeek");
    const day = g(m, "day");
    if (day) {
      const d = Number(day);
      if (d < 1 || d > 31) return null;
      return draft(g(m, "this") ? "this" : "plain", { dayOfMonth: d });
    }
    if (!g(m, "this") && recurs(text, m.index, end)) return null;
    return draft(g(m, "this") ? "this" : "plain");
  },
};

// "ouvert du lundi au vendredi", "chaque mercredi", "ouvrira le dimanche matin", "2 % le mardi": days that come back
// every week are no date (a day of the month after "le mardi" makes it one, and is read before this)
const RECURRING_BEFORE = narrowRegExp(`(?:^|[^\\p{L}])(?:chaque|le)${SP}$`, "iu");
const SPAN_OPENS = narrowRegExp(`(?:^|[^\\p{L}])du${SP}$`, "iu");
const SPAN_CLOSES = narrowRegExp(`^${SP}au${SP}${WEEKDAY_FULL}`, "iu");
const SPAN_CLOSED = narrowRegExp(`(?:^|[^\\p{L}])du${SP}${WEEKDAY_FULL}${SP}au${SP}$`, "iu");
function recurs(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return RECURRING_BEFORE.test(before) || (SPAN_OPENS.test(before) && SPAN_CLOSES.test(text.slice(end, end + 16))) || SPAN_CLOSED.test(before);
}

// "la fin de la décennie" (investment plans, "d'ici la fin de la décennie"): the decade's last year, END.
const decadeEnd: DateParser = {
  name: "decade-end",
  // from "fin" only: "la" opens too many words for the scanner to try this parser at each
  initials: "f",
  firstWords: ["fin"],
  pattern: patternSource(`${LB}fin${SP}de${SP}la${SP}d[ée]cennie${RB}`, "giu"),
  extract(m): RelativePeriodDraft {
    return { kind: "relativePeriod", start: m.index, end: m.index + m[0].length, unit: "year", offset: 0, base: "ref", mod: "END", decadeEnd: true };
  },
};

// "d'ici la fin du mois", "au début du mois prochain", "à la mi-mois": a part of the reference's month (or of the
// month after or before it); "la fin du mois de juin" is the month parser's
const monthPart: DateParser = {
  name: "month-part",
  initials: "dfm",
  firstWords: MOD_FIRST,
  pattern: patternSource(
    `${LB}(?<mod>début|debut|fin|mi|milieu)(?:${SP}(?:du|de${SP}ce)${SP}mois|-mois)(?:${SP}(?<rel>prochain|dernier|passé|passe|suivant|précédent|precedent)${RB})?(?![\\p{L}\\p{N}]|${SP}(?:de|d${APOS}))`,
    "giu",
  ),
  extract(m): RelativePeriodDraft {
    const mod = modOf(g(m, "mod") as string) as DateMod;
    const rel = g(m, "rel") ? foldWord(g(m, "rel") as string) : "";
    const antecedent = rel.startsWith("suivant") || rel.startsWith("preced");
    const offset = rel.startsWith("prochain") || rel.startsWith("suivant") ? 1 : rel === "" ? 0 : -1;
    return { kind: "relativePeriod", start: m.index, end: m.index + m[0].length, unit: "month", offset, base: antecedent ? "antecedent" : "ref", mod };
  },
};

export const RELATIVE_PARSERS: readonly DateParser[] = [
  deicticDay, anaphoricDay, countedShift, relativePeriod, nthWeekdayOfRelativeMonth, weekday, decadeEnd, monthPart,
];

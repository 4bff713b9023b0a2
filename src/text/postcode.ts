// A postal code before its town is neither a year nor a count: "(57000 Metz)", "75008 Paris" (French, five digits);
// "Kaaiweg 41, 2030 Anvers", "chemin de la Vigne 21, 1026 Echandens" (Belgian or Swiss, four digits, told after a
// street number and its comma).

import { narrow } from "./narrow-classes.js";

const FRENCH_POSTCODE = narrow(/^\d{5}[ \u00a0]\p{Lu}/u);
const STREET_NUMBER_BEFORE = narrow(/\d[^\S\n]?(?:bis|ter)?,[^\S\n]$/u);
const TOWN_AFTER = narrow(/^[^\S\n]\p{Lu}/u);

/** Whether the figure at `start`–`end` of `text` is a postcode before its town. */
export function isPostcode(text: string, start: number, end: number): boolean {
  if (FRENCH_POSTCODE.test(text.slice(start, end + 3))) return true;
  return end - start === 4 && STREET_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && TOWN_AFTER.test(text.slice(end, end + 2));
}

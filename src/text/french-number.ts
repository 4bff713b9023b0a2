// "1 234,5": a number as French prose writes it, grouped by narrow no-break spaces with a decimal comma and
// at most three decimals. The same text as Intl.NumberFormat("fr-FR", { maximumFractionDigits: 3 }), whose
// first construction loads ICU's locale data and costs about 17 ms at cold start, more than the whole
// table it formats.

const NNBSP = "\u202f";
const MAX_DECIMALS = 3;

export function formatFrench(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "-∞";
  const negative = x < 0 || Object.is(x, -0);
  let [whole, fraction] = decimalDigits(Math.abs(x));
  if (fraction.length > MAX_DECIMALS) {
    // Intl rounds the shortest decimal that reads back as x (1.0005, not 1.000499…), half away from zero.
    const roundUp = fraction.charCodeAt(MAX_DECIMALS) >= 53; // "5"
    fraction = fraction.slice(0, MAX_DECIMALS);
    if (roundUp) [whole, fraction] = increment(whole, fraction);
  }
  fraction = fraction.replace(/0+$/, "");
  const grouped = whole.replace(/\B(?=(?:\d{3})+$)/g, NNBSP);
  return `${negative && !Object.is(x, 0) ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** The whole and fraction digits of the shortest decimal for a finite x ≥ 0, written out without exponent. */
function decimalDigits(x: number): [string, string] {
  const [mantissa = "", exp = "0"] = String(x).split("e");
  const [int = "", frac = ""] = mantissa.split(".");
  const shift = Number(exp);
  if (shift === 0) return [int, frac];
  const digits = int + frac;
  const point = int.length + shift;
  if (point <= 0) return ["0", "0".repeat(-point) + digits];
  if (point >= digits.length) return [digits + "0".repeat(point - digits.length), ""];
  return [digits.slice(0, point), digits.slice(point)];
}

/** whole.fraction plus one unit of the fraction's last digit. */
function increment(whole: string, fraction: string): [string, string] {
  const all = (BigInt(whole + fraction) + 1n).toString().padStart(whole.length + fraction.length, "0");
  const cut = all.length - fraction.length;
  return [all.slice(0, cut), all.slice(cut)];
}

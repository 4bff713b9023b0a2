// formatFrench replaces Intl.NumberFormat("fr-FR") in the table and check messages (cold start): it must give
// Intl's exact text for every number, rounding included.
import fc from "fast-check";
import { expect, test } from "vitest";
import { formatFrench } from "../src/text/french-number.js";

const intl = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 3 });

test.each([
  [2025, "2\u202f025"],
  [1234.5, "1\u202f234,5"],
  [1.0005, "1,001"], // the shortest decimal is rounded, not 1.000499… in binary
  [999.9995, "1\u202f000"],
  [0.1 + 0.2, "0,3"],
  [-0.0001, "-0"],
  [1e-7, "0"],
  [1.5e25, "15" + "\u202f000".repeat(8)],
])("%d reads %s", (x, text) => {
  expect(formatFrench(x)).toBe(text);
  expect(formatFrench(x)).toBe(intl.format(x));
});

test("the same text as Intl for any double", () => {
  fc.assert(fc.property(fc.double({ noNaN: true }), (x) => formatFrench(x) === intl.format(x)), { numRuns: 20000 });
});

test("the same text as Intl for amounts with three or four decimals, where rounding happens", () => {
  const amount = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 9999 }));
  fc.assert(fc.property(amount, ([whole, tenThousandths]) => {
    const x = whole + Math.sign(whole || 1) * tenThousandths / 1e4;
    return formatFrench(x) === intl.format(x);
  }), { numRuns: 20000 });
});

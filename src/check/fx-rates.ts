// Reference exchange rates, to tell whether "6 milliards de dollars (5,53 milliards d'euros)" is one amount
// written twice. Rates move, so agreement is judged within a band (FX_TOLERANCE), and the table says its date.
// Override with `--rates rates.json`: {"date": "2025-01-02", "usdPer": {"EUR": 1.03}}.

import { z } from "zod";

export const RatesSchema = z.object({
  date: z.string().describe("the day the rates were read"),
  source: z.string().optional(),
  usdPer: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()).describe("US dollars for one unit of each currency"),
});

export type Rates = z.infer<typeof RatesSchema>;

/** Derived from the ECB euro reference rates of 2024-06-28 (EUR/USD 1.0705), in US dollars per unit, rounded. */
export const REFERENCE_RATES: Rates = {
  date: "2024-06-28",
  source: "ECB euro foreign exchange reference rates, converted to USD",
  usdPer: {
    USD: 1,
    EUR: 1.0705,
    GBP: 1.2649,
    CHF: 1.1126,
    JPY: 0.006216,
    CNY: 0.1376,
    CAD: 0.7308,
    AUD: 0.6672,
    INR: 0.01199,
    KRW: 0.000726,
    SEK: 0.0944,
    HKD: 0.1281,
    SGD: 0.7378,
    AED: 0.2723,
    SAR: 0.2666,
  },
};

/** How far an implied rate may stray from the reference: EUR/USD moved between 0.96 and 1.23 in 2015-2025. */
export const FX_TOLERANCE = 0.12;

/** `amount` in `from` expressed in `to`, or null when either rate is missing. */
export function convert(amount: number, from: string, to: string, rates: Rates): number | null {
  if (from === to) return amount;
  const a = rates.usdPer[from];
  const b = rates.usdPer[to];
  return a && b ? (amount * a) / b : null;
}

export function isCurrency(unit: string | null): unit is string {
  return unit !== null && /^[A-Z]{3}$/.test(unit);
}

/** The default table with a file's rates laid over it. */
export function mergeRates(base: Rates, override: Rates): Rates {
  return { date: override.date, source: override.source ?? base.source, usdPer: { ...base.usdPer, ...override.usdPer } };
}

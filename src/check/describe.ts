// Values for messages: "24 milliards USD", "≥ 100 000 GPU", "≤ 2025-FA". Plain text: reporters add colour.

import type { Stated } from "./tolerance.js";
import { formatFrench } from "../text/french-number.js";

const SCALES: Array<[number, string]> = [[1e12, "billions"], [1e9, "milliards"], [1e6, "millions"]];
const PREFIX: Record<string, string> = { approx: "~", at_least: "≥ ", more_than: "> ", at_most: "≤ ", less_than: "< ", exact: "" };

export function formatValue(s: Stated): string {
  const prefix = PREFIX[s.qualifier] ?? "";
  if (s.value === null) return `? ${s.unit ?? ""}`.trim();
  if (typeof s.value === "string") {
    const mod = s.attributes?.mod;
    return prefix + s.value + (typeof mod === "string" ? ` (${mod.toLowerCase()})` : "");
  }
  // French grouping is a narrow no-break space; a plain space survives every terminal and annotation.
  const n = (x: number) => formatFrench(x).replace(/[\u202f\u00a0]/g, " ");
  if (s.unit === "x") return `${prefix}×${n(s.value)}`;
  if (s.unit === "%") return `${prefix}${n(s.value)} %`;
  for (const [scale, word] of SCALES) if (Math.abs(s.value) >= scale && s.unit && /^[A-Z]{3}$/.test(s.unit)) return `${prefix}${n(s.value / scale)} ${word} ${s.unit}`;
  return `${prefix}${n(s.value)}${s.unit ? " " + s.unit : ""}`;
}

/** "valuation (post-money) of xAI", "gpu_count (H100) of Grok-3". */
export function formatFact(s: Stated & { subject: string | null }): string {
  const attrs = ["stage", "round", "model"].map((n) => s.attributes?.[n]).filter((v): v is string => typeof v === "string");
  return `${s.kind}${attrs.length ? ` (${attrs.join(", ")})` : ""} of ${s.subject ?? "?"}`;
}

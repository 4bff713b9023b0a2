// The claim kinds and qualifiers, apart from the zod schema (schema.ts) so that what only needs the
// names (option parsing, the pipeline) does not load zod.

export const CLAIM_KINDS = ["gpu_count", "valuation", "funding", "money", "ratio", "percent", "count", "date", "number"] as const;
export const QUALIFIERS = ["exact", "approx", "at_least", "at_most", "more_than", "less_than"] as const;
export const DATE_ANCHORS = ["explicit", "reference", "weekday", "narrative", "none"] as const;

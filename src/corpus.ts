// The shape of a rule's example corpus (`*.corpus.ts` beside the rule), run by tests/corpus.test.ts.
// Like duckling's Corpus.hs: French sentences and what the rule must find in them, plus negatives.

export interface CorpusCase {
  /** the French input */
  text: string;
  /** YYYY-MM-DD (or YYYY-MM, YYYY) reference date for relative expressions */
  refDate?: string;
  /** each entry must be matched by one result: every field given is compared (numbers to 1e-9 relative) */
  want: Array<Record<string, unknown>>;
  /** nothing else: as many results as `want` entries (a near-miss next to a claim that must stay) */
  only?: boolean;
}

export interface NegativeCase {
  text: string;
  refDate?: string;
  /** why nothing (of this corpus's kind) must be found */
  why?: string;
}

export interface Corpus {
  name: string;
  /** runs the rule under test and returns its results as plain objects */
  recognise(text: string, refDate?: string): Array<Record<string, unknown>>;
  positives: CorpusCase[];
  negatives: NegativeCase[];
}

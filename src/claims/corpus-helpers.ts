// Shared by the claim corpora: run the whole pipeline on a sentence, keep one kind, flatten attributes.

import type { Corpus } from "../corpus.js";
import { extractDocument } from "../pipeline.js";
import type { ClaimKind } from "../records/schema.js";

export function claimCorpus(name: string, kinds: ClaimKind[], positives: Corpus["positives"], negatives: Corpus["negatives"]): Corpus {
  return {
    name,
    recognise: (text, refDate) =>
      extractDocument({ source: "corpus", text }, { refDate: refDate ?? null, lang: "fr" })
        .claims.filter((c) => kinds.includes(c.kind))
        .map((c) => ({ kind: c.kind, value: c.value, unit: c.unit, text: c.text, qualifier: c.qualifier, subject: c.subject, ...c.attributes })),
    positives,
    negatives,
  };
}

// Many articles -> facts: claims about the same subject, kind and distinguishing attributes whose values agree
// (within tolerance; dates by overlap) are one fact, stated by as many independent sources as articles.
// Facts of one subject and kind that cannot both hold are reported as disagreeing. Pure.

import type { Claim } from "../records/schema.js";
import { timexInterval } from "./date-interval.js";
import { attributesCompatible, DISTINGUISHING, isSingleValued, normaliseSubject, specificity } from "./fact-key.js";
import { REFERENCE_RATES, type Rates } from "./fx-rates.js";
import { subjectFamily } from "./subject-family.js";
import { compareStated, dateClass, normaliseUnit, type Stated } from "./tolerance.js";

export interface Article {
  source: string;
  /** the article's date, if known (YYYY, YYYY-MM or YYYY-MM-DD) */
  date: string | null;
  claims: readonly Claim[];
}

export interface FactMention {
  source: string;
  date: string | null;
  subject: string;
  line: number;
  column: number;
  text: string;
  value: Claim["value"];
  unit: string | null;
  qualifier: Claim["qualifier"];
}

export interface Fact extends Stated {
  id: string;
  subject: string;
  /** the subjects as the articles named them: xAI, Grok-3, Colossus */
  namedAs: string[];
  attributes: Record<string, unknown>;
  mentions: FactMention[];
  /** distinct articles stating it */
  sources: string[];
  /** the dated source stated first, if any source is dated */
  earliest: { source: string; date: string } | null;
  undatedSources: number;
  /** ids of facts about the same thing whose values cannot both hold */
  disagreesWith: string[];
}

export interface CorroborateOptions {
  rates?: Rates;
  /** group products under their owner (Grok-3 -> xAI); default true */
  rollup?: boolean;
}

interface Item {
  claim: Claim;
  article: Article;
  order: number;
  family: string;
}

interface Group {
  rep: Item;
  attributes: Record<string, unknown>;
  items: Item[];
}

export function corroborate(articles: readonly Article[], options: CorroborateOptions = {}): Fact[] {
  const rates = options.rates ?? REFERENCE_RATES;
  const topics = new Map<string, Item[]>();
  let order = 0;
  for (const article of articles) {
    for (const claim of article.claims) {
      order++;
      if (claim.kind === "number" || claim.value === null || !claim.subject) continue;
      const family = options.rollup === false ? claim.subject : subjectFamily(claim.subject);
      const key = topicKey(claim, family);
      const list = topics.get(key) ?? [];
      list.push({ claim, article, order, family });
      topics.set(key, list);
    }
  }

  const facts: Fact[] = [];
  const disagreeing = new Map<Fact, Set<Fact>>();
  const firstSeen = new Map<Fact, number>();
  for (const items of topics.values()) {
    const groups = groupItems(items, rates);
    const topicFacts = groups.map((g) => {
      const fact = toFact(g);
      firstSeen.set(fact, g.items[0]?.order ?? 0);
      return fact;
    });
    for (const [a, b] of disagreeingPairs(groups, rates)) {
      const fa = topicFacts[a] as Fact;
      const fb = topicFacts[b] as Fact;
      disagreeing.set(fa, (disagreeing.get(fa) ?? new Set()).add(fb));
      disagreeing.set(fb, (disagreeing.get(fb) ?? new Set()).add(fa));
    }
    facts.push(...topicFacts);
  }
  // Most widely stated first; ties in the order the articles first state them.
  facts.sort((a, b) => b.sources.length - a.sources.length || (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0));
  facts.forEach((f, i) => (f.id = `F${i + 1}`));
  for (const f of facts) f.disagreesWith = [...(disagreeing.get(f) ?? [])].map((d) => d.id);
  return facts;
}

// Facts of different kinds, subjects, count nouns or date classes never compare, so they are grouped apart.
function topicKey(c: Claim, family: string): string {
  const extra = c.kind === "count" ? normaliseUnit(c.unit) : c.kind === "date" ? dateClass(c.qualifier) : "";
  return `${c.kind}|${normaliseSubject(family)}|${extra}`;
}

/** Most specific claims seed the groups ("100 000 H100" before "100 000 puces"), then input order. */
function groupItems(items: Item[], rates: Rates): Group[] {
  const sorted = [...items].sort((a, b) => specificity(b.claim) - specificity(a.claim) || a.order - b.order);
  const groups: Group[] = [];
  for (const item of sorted) {
    const home = groups.find(
      (g) => attributesCompatible({ ...g.rep.claim, attributes: g.attributes }, item.claim) && compareStated(g.rep.claim, item.claim, rates) === "agree",
    );
    if (home) {
      home.items.push(item);
      for (const name of DISTINGUISHING[item.claim.kind] ?? []) {
        const v = item.claim.attributes[name];
        if (v !== undefined && home.attributes[name] === undefined) home.attributes[name] = v;
      }
    } else {
      groups.push({ rep: item, attributes: { ...item.claim.attributes }, items: [item] });
    }
  }
  for (const g of groups) g.items.sort((a, b) => a.order - b.order);
  return groups;
}

function toFact(g: Group): Fact {
  const c = g.rep.claim;
  const mentions = g.items.map<FactMention>(({ claim, article }) => ({
    source: article.source,
    date: article.date,
    subject: claim.subject as string,
    line: claim.line,
    column: claim.column,
    text: claim.text,
    value: claim.value,
    unit: claim.unit,
    qualifier: claim.qualifier,
  }));
  const sources = [...new Set(mentions.map((m) => m.source))];
  const dated = mentions
    .filter((m): m is FactMention & { date: string } => m.date !== null && timexInterval(m.date) !== null)
    .sort((a, b) => (timexInterval(a.date)?.start ?? "").localeCompare(timexInterval(b.date)?.start ?? ""));
  return {
    id: "",
    kind: c.kind,
    subject: g.rep.family,
    namedAs: [...new Set(g.items.map((i) => i.claim.subject as string))],
    value: c.value,
    unit: c.unit,
    qualifier: c.qualifier,
    attributes: g.attributes,
    mentions,
    sources,
    earliest: dated[0] ? { source: dated[0].source, date: dated[0].date } : null,
    undatedSources: new Set(mentions.filter((m) => m.date === null).map((m) => m.source)).size,
    disagreesWith: [],
  };
}

/** Index pairs of groups about the same thing (compatible attributes) whose values cannot both hold. */
function disagreeingPairs(groups: Group[], rates: Rates): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  groups.forEach((a, i) => {
    if (!isSingleValued(a.rep.claim)) return;
    groups.forEach((b, j) => {
      if (j <= i) return;
      if (!attributesCompatible({ ...a.rep.claim, attributes: a.attributes }, { ...b.rep.claim, attributes: b.attributes })) return;
      if (compareStated(a.rep.claim, b.rep.claim, rates) === "disagree") pairs.push([i, j]);
    });
  });
  return pairs;
}

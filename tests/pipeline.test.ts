// Document-level behaviour of the pipeline: what is mined, what is skipped and reported.
import { expect, test } from "vitest";
import { extractDocument } from "../src/pipeline.js";
import { SENTENCE_EXCERPT_CHARS } from "../src/text/sentences.js";

test("a 'Lire aussi' link to another article is skipped and reported", () => {
  const text = "Nvidia a vu ses ventes bondir de 94 %.\nLire aussi : le CAC 40 termine en baisse de 0,5 %\nÀ voir également : Mistral AI lève 600 millions d'euros";
  const { claims, report } = extractDocument({ source: "t", text });
  expect(claims.map((c) => c.value)).toEqual([94]);
  // Consecutive skipped sentences with one reason are one segment.
  expect(report.skipped.map((s) => [s.line, s.reason, s.span.end])).toEqual([[2, "link to another article", text.length]]);
});

test("a news site's call to subscribe is skipped and reported; a price offered in the article is kept", () => {
  const text = "La plateforme propose une offre à 5,99 euros par mois.\nDécouvrir l'offre à 1 € le premier mois, sans engagement.\nAbonnez-vous pour 9,99 € par mois.";
  const { claims, report } = extractDocument({ source: "t", text });
  expect(claims.map((c) => c.value)).toEqual([5.99]);
  expect(report.skipped.map((s) => [s.line, s.reason])).toEqual([[2, "subscription offer"]]);
});

test("the dateline sets the reference date and is not itself a claim", () => {
  const text = "Nvidia dépasse les attentes\nPublié le 21 novembre 2024 à 07h30\nLe groupe a annoncé mercredi un chiffre d'affaires de 35,1 milliards de dollars.";
  const { claims, report } = extractDocument({ source: "t", text });
  expect([report.refDate, report.refDateFrom]).toEqual(["2024-11-21", "document"]);
  expect(claims.map((c) => [c.kind, c.value])).toEqual([["date", "2024-11-20"], ["money", 35.1e9]]);
});

test("the day a company published something is a claim, even in the header zone and on the dateline's day", () => {
  const text = "Ridgeline porte ses investissements à 190 milliards\nLe Monde · Publié le 30 avril 2026 à 23h15\nLe groupe a publié, jeudi 30 avril, un chiffre d'affaires de 61,8 milliards de dollars.";
  const { claims } = extractDocument({ source: "t", text });
  expect(claims.filter((c) => c.kind === "date").map((c) => [c.text, c.value])).toEqual([["jeudi 30 avril", "2026-04-30"]]);
  const verb = "Chômage : le taux recule\nPublié le 30 avril 2026\nL'Insee a publié le 30 avril ses chiffres du trimestre.";
  expect(extractDocument({ source: "t", text: verb }).claims.filter((c) => c.kind === "date").map((c) => c.text)).toEqual(["30 avril"]);
});

test("--ref-date beats the document's own date, and the input's date beats the dateline", () => {
  const text = "Publié le 21 novembre 2024\nLe groupe a annoncé en mars un plan.";
  expect(extractDocument({ source: "t", text }, { refDate: "2023-06-01" }).report.refDateFrom).toBe("option");
  const viaInput = extractDocument({ source: "t", text, date: "2022-12-31" });
  expect([viaInput.report.refDate, viaInput.report.refDateFrom]).toEqual(["2022-12-31", "input"]);
});

test("an English passage is not mined and is reported with its language", () => {
  const text = "xAI a levé 6 milliards de dollars.\nScorer Wednesday night in Strasbourg, Khelifi was again decisive in Bourges with 2 goals in the last 10 minutes of the game.";
  const { claims, report } = extractDocument({ source: "t", text });
  expect(claims).toHaveLength(1);
  expect(report.skipped[0]?.lang).toBe("en");
});

test("--lang fr mines everything; kinds filter", () => {
  const text = "Scorer Wednesday night, Khelifi paid 20 millions de dollars for the team in the last 10 minutes of the game.";
  expect(extractDocument({ source: "t", text }).claims).toHaveLength(0);
  expect(extractDocument({ source: "t", text }, { lang: "fr" }).claims.map((c) => c.kind)).toEqual(["money"]);
  expect(extractDocument({ source: "t", text }, { lang: "fr", kinds: ["date"] }).claims).toHaveLength(0);
});

test("a wire dateline ('PARIS, 9 septembre 2025 (AFP) —') dates the article and anchors its weekdays", () => {
  const text = "Mistral AI lève 1,7 milliard d'euros\n\nPARIS, 9 septembre 2025 (AFP) — La start-up a annoncé mardi une levée de fonds de 1,7 milliard d'euros.";
  const { claims, report } = extractDocument({ source: "t", text });
  expect([report.refDate, report.refDateFrom]).toEqual(["2025-09-09", "document"]);
  expect(claims.filter((c) => c.kind === "date").map((c) => [c.text, c.value])).toEqual([["mardi", "2025-09-09"]]);
});

test("'en' before a noun is a preposition: the number after it does not count what was counted before", () => {
  for (const text of ["Le site compte 10 000 GPU ; l'uranium voisin est enrichi en isotope 235.", "Le site compte 10 000 GPU, en moyenne 30 par baie."]) {
    const counted = extractDocument({ source: "t", text }).claims.filter((c) => c.kind === "gpu_count" || c.kind === "count");
    expect(counted.map((c) => c.value)).toEqual([10000]);
  }
  // the pronoun, before a verb, does
  const text = "Le site compte 10 000 GPU et en comptera près de 40 000 en 2027.";
  expect(extractDocument({ source: "t", text }).claims.filter((c) => c.kind === "gpu_count").map((c) => [c.value, c.qualifier])).toEqual([[10000, "exact"], [40000, "approx"]]);
});

test("a bare amount takes the next amount's currency only after a verb of money", () => {
  const kinds = (text: string) => extractDocument({ source: "t", text }).claims.filter((c) => c.text === "1,75 million" || c.text === "30 millions").map((c) => [c.kind, c.unit]);
  // no verb of money: "1,75 million" is more tonnes (the count before), not euros
  expect(kinds("La production devrait atteindre 1,85 million de tonnes, après 1,75 million l'an dernier et 3 milliards d'euros de recettes.")).toEqual([["count", "tonnes"]]);
  expect(kinds("La ville empruntera 30 millions, portant sa dette à 198 millions d'euros.")).toEqual([["money", "EUR"]]);
});

test("header dates: 'Publié le : 03-11-2025 | Par …' and a byline whose date is followed by its section", () => {
  const dated = (text: string) => extractDocument({ source: "t", text }).report;
  expect(dated("Huile d'olive : une récolte record\nPublié le : 03-11-2025 | Par Sonia Ben Amor\nLa campagne démarre le 15 novembre.").refDate).toBe("2025-11-03");
  expect(dated("Aurvik lève 450 M€\nPar Julien Ferrière | 14/01/2026 | Intelligence artificielle\nLa start-up a levé 450 M€.").refDate).toBe("2026-01-14");
  // a section with a digit in it: the date is still a part of its own between bars
  expect(dated("Titre\nPar Julien Ferrière | 14/01/2026 | 3 questions à Sam Altman\nTexte.").refDate).toBe("2026-01-14");
  // but not a date inside a part that says more
  expect(dated("Titre\nPar Julien Ferrière | réuni le 14/01/2026 pour 3 questions\nTexte.").refDate).toBe(null);
});

test("bylines without 'Par' or without a separator before the date", () => {
  const dated = (line: string) => extractDocument({ source: "t", text: `Titre de l'article\n${line}\nLe groupe a publié ses comptes.` }).report.refDate;
  expect(dated("Fabien Couderc · 26 Janv 2026, 8:31")).toBe("2026-01-26");
  expect(dated("Par Noa Benhamou 19 février 2026, 14:22")).toBe("2026-02-19");
  expect(dated("Antoine Mercadier Le 15/01/2026 à 13h10")).toBe("2026-01-15");
  // a sentence is no byline
  expect(dated("Le Conseil Constitutionnel a tranché le 15 janvier 2026.")).toBe(null);
  expect(dated("Les Echos Investir Le 15/01/2026 à 13h10 selon nos sources")).toBe(null);
});

test("a narrow no-break space reads as a no-break space to every rule, and records keep the original text", () => {
  const nbsp = "La start-up Orvane lève 10\u00a0milliards de dollars. Amazon, actionnaire historique, a remis 2\u00a0milliards de dollars au pot.";
  const narrow = nbsp.replaceAll("\u00a0", "\u202f");
  const read = (text: string) => extractDocument({ source: "t", text }).claims;
  const withNarrow = read(narrow);
  expect(withNarrow.map((c) => [c.kind, c.value, c.subject, c.attributes.investors])).toEqual(read(nbsp).map((c) => [c.kind, c.value, c.subject, c.attributes.investors]));
  expect(withNarrow[1]?.attributes.investors).toEqual(["Amazon"]);
  for (const c of withNarrow) expect(narrow.slice(c.span.start, c.span.end)).toBe(c.text);
  expect(withNarrow[1]?.text).toBe("2\u202fmilliards de dollars");
});

test("a line of numbers without a full stop gives each claim a bounded sentence, not the whole line", () => {
  const text = Array.from({ length: 2000 }, (_, i) => `${i + 1} salariés`).join(", ");
  const { claims } = extractDocument({ source: "t", text });
  expect(claims.length).toBeGreaterThan(1000);
  for (const c of claims) {
    expect(c.sentence.length).toBeLessThanOrEqual(SENTENCE_EXCERPT_CHARS);
    expect(c.sentence).toContain(c.text);
  }
});

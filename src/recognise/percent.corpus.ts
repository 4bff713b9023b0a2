// Examples for recognisePercents: value in percent points.
import type { Corpus, CorpusCase } from "../corpus.js";
import { recognisePercents } from "./percent.js";

function p(text: string, ...want: Array<[number, string]>): CorpusCase {
  return { text, want: want.map(([value, surface]) => ({ value, text: surface })) };
}

export const corpus: Corpus = {
  name: "percentages",
  recognise: (text) => recognisePercents(text).map((x) => ({ value: x.value, text: text.slice(x.start, x.end) })),
  positives: [
    p("Le chômage atteint 12,5 % en mars.", [12.5, "12,5 %"]),
    p("Le chômage atteint 12,5% en mars.", [12.5, "12,5%"]),
    p("Le chômage atteint 12,5\u00a0% en mars.", [12.5, "12,5\u00a0%"]),
    p("Le chômage atteint 12,5\u202f% en mars.", [12.5, "12,5\u202f%"]),
    p("Une baisse de 40 pour cent.", [40, "40 pour cent"]),
    p("Une baisse de 40 pour-cent.", [40, "40 pour-cent"]),
    p("Une baisse de 30 pourcent.", [30, "30 pourcent"]),
    p("10 pourcents des votants", [10, "10 pourcents"]),
    p("100 pourcentage", [100, "100 pourcentage"]),
    p("Une hausse de dix pour cent.", [10, "dix pour cent"]),
    p("Je suis sûr à cent pour cent.", [100, "cent pour cent"]),
    p("vingt pourcent", [20, "vingt pourcent"]),
    p("Le titre a chuté de -3,2 %.", [-3.2, "-3,2 %"]),
    p("Le titre a pris +4 %.", [4, "+4 %"]),
    p("Entre 5 et 10 % des salariés.", [5, "5"], [10, "10 %"]),
    p("De 5 à 7 % par an.", [5, "5"], [7, "7 %"]),
    // a scaled amount before "et 7 %" is no bound of a range: "contre 1,4 milliard et 7 % un an plus tôt"
    { ...p("Soit 13 % du total, contre 1,4 milliard et 7 % un an plus tôt.", [13, "13 %"], [7, "7 %"]), only: true },
    p("Une marge de 0,5 % seulement.", [0.5, "0,5 %"]),
    p("Un bond de 120 % sur un an.", [120, "120 %"]),
    p("Nvidia détient 80 % du marché.", [80, "80 %"]),
    p("Le CAC 40 a perdu 2 %.", [2, "2 %"]),
    p("4,800%", [4.8, "4,800%"]),
    p("Près de 50 % des 2 000 sondés.", [50, "50 %"]),
    p("cinq cent trente cinq pourcent", [535, "cinq cent trente cinq pourcent"]),
  ],
  negatives: [
    { text: "Le taux a gagné 2 points de pourcentage.", why: "points of percentage are a difference" },
    { text: "Le CAC 40 a reculé.", why: "no percentage" },
    { text: "Le pourcentage de femmes augmente.", why: "no number" },
    { text: "Il a vendu 2 000 actions.", why: "no percentage sign" },
  ],
};

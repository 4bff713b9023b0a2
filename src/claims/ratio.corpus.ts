import { claimCorpus } from "./corpus-helpers.js";

export const corpus = claimCorpus(
  "ratio",
  ["ratio"],
  [
    { text: "Le nouveau cluster sera dix fois plus puissant que le précédent.", want: [{ value: 10, unit: "x", qualifier: "exact" }] },
    { text: "Ses centres de données seront au moins quatre fois plus grands.", want: [{ value: 4, qualifier: "at_least" }] },
    { text: "La demande a été multipliée par 3 en un an.", want: [{ value: 3, unit: "x" }] },
    { text: "Le nouveau modèle affiche des performances ×4 sur ce test.", want: [{ value: 4, unit: "x", text: "×4" }] },
    { text: "Il faudra multiplier par dix la puissance de calcul.", want: [{ value: 10, unit: "x" }] },
    { text: "Une multiplication par plus de huit de la capacité.", want: [{ value: 8, qualifier: "more_than" }] },
    { text: "Le modèle est 2,5 fois plus rapide que GPT-4.", want: [{ value: 2.5 }] },
    { text: "Une puce B200 offre jusqu'à 30 fois les performances d'une H100.", want: [{ value: 30, qualifier: "at_most" }] },
  ],
  [
    { text: "Il a été condamné deux fois.", why: "a repetition, not a ratio" },
    { text: "Une fois de plus, Musk surprend.", why: "idiom" },
  ],
);

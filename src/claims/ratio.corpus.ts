import { claimCorpus } from "./corpus-helpers.js";

export const corpus = claimCorpus(
  "ratio",
  ["ratio"],
  [
    // an order book "couvert plus de vingt fois": demand as a multiple of the shares offered, like "sursouscrite"
    { text: "Selon une source proche du dossier, le livre d'ordres a été couvert plus de vingt fois.", want: [{ value: 20, unit: "x", qualifier: "more_than" }] },
    { text: "Le livre d’ordres aurait été couvert plus de 25 fois, selon une source proche de l’opération.", want: [{ value: 25, qualifier: "more_than" }] },
    { text: "La demande a dépassé 2,5 milliards d'euros, soit une sursouscription de plus de six fois.", want: [{ value: 6, qualifier: "more_than" }] },
    // "un rapport de un à six", "un écart de 1 à 10": a ratio told as a range from one
    { text: "Le rapport est donc plutôt de un à six, selon nos calculs.", want: [{ value: 6, unit: "x" }] },
    { text: "Entre les salaires, l'écart va de 1 à 10 dans le secteur.", want: [{ value: 10, unit: "x" }] },
    // a multiple right after a company's name is no model number ("Nvidia 38 fois ses bénéfices")
    { text: "« Le marché paie Nvidia 38 fois ses bénéfices attendus », juge la stratégiste.", want: [{ value: 38, unit: "x" }] },
    // "N fois ce que": a multiple of what a clause names
    { text: "Rapporté à l’année, le package représente près de 350 fois ce que touchait le chercheur à l’Inria.", want: [{ value: 350, unit: "x", qualifier: "approx" }] },
    { text: "Le nouveau cluster sera dix fois plus puissant que le précédent.", want: [{ value: 10, unit: "x", qualifier: "exact" }] },
    { text: "Ses centres de données seront au moins quatre fois plus grands.", want: [{ value: 4, qualifier: "at_least" }] },
    { text: "La demande a été multipliée par 3 en un an.", want: [{ value: 3, unit: "x" }] },
    { text: "Le nouveau modèle affiche des performances ×4 sur ce test.", want: [{ value: 4, unit: "x", text: "×4" }] },
    { text: "La valorisation a bondi de 65 à 650 millions d'euros : un facteur 10 en moins d'un an.", want: [{ value: 10, unit: "x" }] },
    { text: "La puissance de calcul a augmenté d'un facteur de 3 en un an.", want: [{ value: 3, unit: "x" }] },
    // a factor that reduces is a multiplier below one, as "divisé par"
    { text: "La consommation a été réduite d'un facteur 4 grâce aux nouvelles puces.", want: [{ value: 0.25, unit: "x" }] },
    // a small x glued to its number, as headlines and figures write it
    { text: "Un chiffre d'affaires récurrent de 85 M€, x5 sur un an.", want: [{ value: 5, unit: "x", text: "x5" }] },
    { text: "Il faudra multiplier par dix la puissance de calcul.", want: [{ value: 10, unit: "x" }] },
    // what is multiplied may stand between the verb and "par"
    { text: "Arm multiplie son bénéfice par trente-cinq en un an", want: [{ value: 35, unit: "x" }] },
    { text: "Le réseau a multiplié ses capacités de stockage par 4 depuis 2022.", want: [{ value: 4, unit: "x" }] },
    { text: "Une multiplication par plus de huit de la capacité.", want: [{ value: 8, qualifier: "more_than" }] },
    { text: "Le modèle est 2,5 fois plus rapide que GPT-4.", want: [{ value: 2.5 }] },
    // "fois celle de", "fois celui de": a multiple of a figure named before
    { text: "Sa valorisation atteint 40 milliards d'euros, plus de trois fois celle de l'an dernier.", want: [{ value: 3, qualifier: "more_than" }] },
    { text: "Le bénéfice est désormais cinq fois celui de 2019.", want: [{ value: 5, unit: "x" }] },
    { text: "Une puce B200 offre jusqu'à 30 fois les performances d'une H100.", want: [{ value: 30, qualifier: "at_most" }] },
    // A division is a multiplier below one: the value says which way the comparison goes.
    { text: "Les coûts d'inférence ont été divisés par deux en un an.", want: [{ value: 0.5, unit: "x" }] },
    // ... and its bound turns over: divided by more than 4 is a multiplier under 0.25.
    { text: "La consommation a été divisée par plus de 4.", want: [{ value: 0.25, qualifier: "less_than" }] },
    { text: "Des puces au moins trois fois moins gourmandes.", want: [{ value: 1 / 3, qualifier: "at_most" }] },
    { text: "Le modèle est deux fois moins cher que son rival.", want: [{ value: 0.5, unit: "x" }] },
    { text: "Une latence dix fois inférieure à celle de la génération précédente.", want: [{ value: 0.1 }] },
    // "N fois et demie" + what is compared
    { text: "Le long-métrage a rapporté 27 millions d'euros, soit près de deux fois et demie son coût.", want: [{ value: 2.5, qualifier: "approx" }] },
    { text: "Son chiffre d'affaires a atteint 1,46 milliard de yuans, soit trois fois et demie celui de 2024.", want: [{ value: 3.5 }] },
    { text: "Les ventes sont deux fois et demie plus élevées qu'en 2024.", want: [{ value: 2.5 }] },
    // a verb that multiplies, told as done: "a triplé", "ont plus que doublé", "a presque doublé"
    { text: "Son chiffre d'affaires a triplé en 2026.", want: [{ value: 3, unit: "x", text: "triplé" }] },
    // "après avoir triplé": the past infinitive tells a result too
    { text: "Le titre a perdu 6,5 % la semaine dernière, après avoir triplé depuis janvier.", want: [{ value: 3, unit: "x", text: "triplé" }] },
    { text: "Le bénéfice a plus que doublé, à 1,9 milliard d'euros.", want: [{ value: 2, qualifier: "more_than" }] },
    // (an adverb of linking between: "a par ailleurs triplé", "a également doublé", "a pourtant quadruplé")
    { text: "Le groupe a par ailleurs triplé depuis 2024 ses achats de carburant durable.", want: [{ value: 3 }] },
    { text: "Les ventes en ligne ont également doublé.", want: [{ value: 2 }] },
    { text: "Les ventes ont presque doublé depuis 2021.", want: [{ value: 2, qualifier: "approx" }] },
    // the nouns: "près du double du prix de gros", "plus du double de sa valorisation", "le double du logement"; and the
    // present with a definite object, a headline's way: "les députés doublent la taxe"
    { text: "Le prix payé représente près du double du prix de gros.", want: [{ value: 2, unit: "x", text: "double", qualifier: "approx" }] },
    { text: "Le coût d’un lancement reste près du double d’un Falcon 9 réutilisé.", want: [{ value: 2, unit: "x", text: "double", qualifier: "approx" }] },
    { text: "Elle est valorisée 12 milliards d'euros, soit plus du double de sa valorisation de juillet.", want: [{ value: 2, unit: "x", qualifier: "more_than" }] },
    { text: "« Nos marges tournent autour de 7 %, le double du logement », glisse son directeur.", want: [{ value: 2, unit: "x", qualifier: "exact" }] },
    { text: "Budget 2029 : les députés doublent la taxe sur les services numériques, de 3 % à 6 %", want: [{ value: 2, unit: "x", text: "doublent" }] },
    // what one has seen multiply is a result told: "a vu sa population doubler depuis 2005", "a vu tripler ses ventes"
    { text: "La commune de 4 870 habitants a vu sa population doubler depuis 2005.", want: [{ value: 2, unit: "x", text: "doubler" }] },
    { text: "Le studio a de son côté vu son chiffre d'affaires semestriel tripler, à 38 millions d'euros.", want: [{ value: 3, unit: "x", text: "tripler" }], only: true },
    // "dix fois mieux": a multiple of what was hoped or done before
    { text: "On espérait 300 000 ventes la première année, on a fait dix fois mieux en trois semaines.", want: [{ value: 10, unit: "x", text: "dix fois mieux" }], only: true },
    { text: "Le groupe a vu tripler ses ventes en Asie.", want: [{ value: 3, unit: "x", text: "tripler" }] },
    // the multiple a comparison comes to, after "soit" or "c'est": "soit le double", "soit plus qu'un triplement"
    { text: "La dotation est portée à 1 million de dollars, soit le double.", want: [{ value: 2, unit: "x", text: "double" }], only: true },
    { text: "Son revenu récurrent atteint 14 M€, contre 3,5 M€ il y a un an, soit un quadruplement.", want: [{ value: 4, unit: "x", text: "quadruplement" }], only: true },
    { text: "Ses ventes devraient approcher 7,5 millions d'euros, contre 2,3 millions, soit plus qu'un triplement.", want: [{ value: 3, unit: "x", qualifier: "more_than" }], only: true },
    { text: "« Il en faudrait 20 milliards, c'est le double », juge l'eurodéputée.", want: [{ value: 2, unit: "x" }], only: true },
    // (a railway's "doublement" lays a second track: without "soit", no multiple)
    { text: "Le doublement de la voie entre Rennes et Saint-Malo est prévu pour 2031.", want: [], only: true },
    // a bare "fois" compared with a multiple just told
    { text: "La dette nette s'établit à 1 214 M€, soit 1,4 fois l'Ebitda, contre 1,1 fois fin décembre.", want: [{ value: 1.4 }, { value: 1.1, text: "1,1 fois" }] },
    // a bare "fois" after a leverage or a multiple named earlier in the sentence: debt over Ebitda, a price over earnings
    { text: "Le levier devrait revenir à 2,6 fois après l’opération.", want: [{ value: 2.6, unit: "x", text: "2,6 fois" }] },
    { text: "Sa dette nette atteignait 610 millions d’euros, soit un levier de 4,3 fois, que le groupe promet de ramener sous 3 fois d’ici à 2029.", want: [{ value: 4.3, text: "4,3 fois" }, { value: 3, text: "3 fois", qualifier: "less_than" }] },
    // a multiple of "ce chiffre d'affaires"; a valuation's multiple told bare; a bare "fois" bounded after a multiple told
    { text: "À ce prix, les investisseurs paient 48 fois ce chiffre d'affaires.", want: [{ value: 48 }] },
    { text: "Rapportée à ses revenus, sa valorisation ressort à environ 31 fois.", want: [{ value: 31, qualifier: "approx" }] },
    { text: "Notre dette nette représente 2,8 fois l'Ebitda, et nous ne dépasserons pas 4 fois.", want: [{ value: 2.8 }, { value: 4, qualifier: "at_most" }] },
    { text: "L'opération doit ramener une dette nette de 9,2 milliards d'euros, soit 3,4 fois son Ebitda, à moins de 2,8 fois d'ici fin 2029.", want: [{ value: 3.4 }, { value: 2.8, text: "2,8 fois", qualifier: "less_than" }] },
    // (the multiple told in the sentence before: "… 3,9 fois le BAIIA. L'entreprise vise un retour sous 3,5 fois")
    { text: "Son endettement net atteint 3,9 fois le BAIIA. L’entreprise vise un retour sous 3,5 fois d’ici la fin de 2030.", want: [{ value: 3.9 }, { value: 3.5, text: "3,5 fois", qualifier: "less_than" }] },
    { text: "Le prix représente environ 19 fois l'Ebitda attendu. C'est moins que les 24 fois payés en 2022.", want: [{ value: 19, qualifier: "approx" }, { value: 24, text: "24 fois" }] },
    // (occurrences are no multiple: "réuni trois fois")
    { text: "Le titre vaut 12 fois ses bénéfices. Le conseil s'est réuni 3 fois depuis janvier.", want: [{ value: 12 }], only: true },
    // a figure opening its paragraph, named by the next sentence: "40 fois. C'est le multiple …"
    { text: "Les chiffres de la semaine\n40 fois. C'est le multiple de revenus auquel se négocie désormais Corvalis.", want: [{ value: 40 }] },
    { text: "Le titre se traite à un multiple de 14 fois, et son ratio d'endettement ne dépasse pas 2 fois.", want: [{ value: 14, text: "14 fois" }, { value: 2, text: "2 fois", qualifier: "at_most" }] },
    // ... and in the present with a possessive object, as a headline says it
    { text: "Téléphonie : Kanoa Mobile dépasse les 200 000 clients et double son bénéfice", want: [{ value: 2, unit: "x", text: "double" }] },
    // ... in the first person too, as a boss says it
    { text: "« Nous avons doublé nos effectifs en trois ans », assure-t-il.", want: [{ value: 2, unit: "x", text: "doublé" }] },
    { text: "« J'ai triplé la production depuis mon arrivée. »", want: [{ value: 3, unit: "x", text: "triplé" }] },
    // ... and in the singular with a definite object that is a quantity ("triple la capacité de son usine"), or with
    // none but a time or the figure reached after it ("double en un mois", "le résultat net triple, à 171 M€")
    { text: "Refroidissement liquide : Glacirel triple la capacité de son usine de Pontarlier", want: [{ value: 3, unit: "x", text: "triple" }], only: true },
    { text: "Datalune double en un mois et franchit le milliard d'euros de capitalisation", want: [{ value: 2, unit: "x", text: "double" }], only: true },
    { text: "L'Ebitda ressort à 318 M€, et le résultat net triple, à 171 M€.", want: [{ value: 3, unit: "x", text: "triple" }], only: true },
    // ... in the future with an object, or in a passive ("sera doublée", "une valorisation quasi doublée")
    { text: "Son article 27 doublera la franchise médicale sur les boîtes de médicaments.", want: [{ value: 2, unit: "x", text: "doublera" }], only: true },
    { text: "Sa capacité sera doublée d'ici la fin de l'année.", want: [{ value: 2, unit: "x", text: "doublée" }] },
    { text: "Une valorisation quasi doublée par rapport à sa série B de 2026.", want: [{ value: 2, unit: "x", text: "doublée", qualifier: "approx" }] },
    // ... after more linking words and quotes: "ont toutefois triplé", "a beau avoir triplé", "a « triplé »"
    { text: "Les investissements privés dans la filière ont toutefois triplé depuis 2024.", want: [{ value: 3, unit: "x", text: "triplé" }], only: true },
    { text: "Le fondeur a beau avoir triplé ses capacités d'encapsulation depuis 2026, il ne suit pas.", want: [{ value: 3, unit: "x", text: "triplé" }], only: true },
    { text: "Selon elle, l’usage a « triplé depuis janvier ».", want: [{ value: 3, unit: "x", text: "triplé" }], only: true },
    // an adverbial between the auxiliary and the participle
    { text: "Les ventes à l'export ont à elles seules doublé en deux ans, à 1,2 milliard d'euros.", want: [{ value: 2, unit: "x", text: "doublé" }], only: true },
    // a cause told with its result ("font tripler", "a fait doubler"); "veut faire doubler" is an aim
    { text: "Fret : les conteneurs réfrigérés font tripler le bénéfice de Marvéol", want: [{ value: 3, unit: "x", text: "tripler" }], only: true },
    { text: "La hausse des tarifs a fait doubler ses recettes.", want: [{ value: 2, unit: "x", text: "doubler" }], only: true },
    { text: "Le groupe veut faire doubler ses recettes d'ici à 2030.", want: [], only: true },
    // a multiple of the speaker's own figure ("notre chiffre d'affaires", "nos recettes")
    { text: "« C'est la plus grosse commande de notre histoire, près de trois fois notre chiffre d'affaires annuel », dit-il.", want: [{ value: 3, unit: "x", qualifier: "approx" }], only: true },
    { text: "La taxe rapporterait 2 millions d'euros, « soit deux fois nos recettes fiscales actuelles ».", want: [{ value: 2, unit: "x" }], only: true },
    // ... and the noun with a possessive: "un triplement de son bénéfice"
    { text: "Le groupe avait annoncé un triplement de son bénéfice d'exploitation au troisième trimestre.", want: [{ value: 3, unit: "x", text: "triplement" }], only: true },
    // "soit plus du double", "soit près du double": the multiple a comparison comes to
    { text: "La production passera de 9 000 à 21 000 plaquettes par mois, soit plus du double.", want: [{ value: 2, unit: "x", text: "double", qualifier: "more_than" }] },
    // "fois l'objectif": a multiple of a figure named with an elided article
    { text: "La collecte a atteint 900 000 euros, soit deux fois l'objectif initial.", want: [{ value: 2, unit: "x" }] },
    // an offering subscribed N times over: demand as a multiple of what was offered
    { text: "L'offre a été sursouscrite 2,4 fois.", want: [{ value: 2.4, unit: "x" }] },
    { text: "L'augmentation de capital a été sursouscrite plus de 5 fois par les fonds.", want: [{ value: 5, qualifier: "more_than" }] },
  ],
  [
    { text: "Il a été condamné deux fois.", why: "a repetition, not a ratio" },
    { text: "Le club s'entraîne trois fois la semaine et joue deux fois l'an à l'étranger.", why: "a frequency, not a ratio" },
    { text: "L'usine a dû s'arrêter trois fois cet hiver et deux fois ce trimestre.", why: "how often in a season or a quarter, not a ratio" },
    { text: "L'écart de rémunération va de 1 à 10 euros de l'heure selon les postes.", why: "a range of amounts" },
    { text: "Verstappen a doublé Leclerc au dernier tour ; le groupe veut doubler sa capacité.", why: "overtaking someone, and an aim, not a multiple told as done" },
    { text: "Les joueurs doublent la mise au casino ; le mot est écrit en double dans la liste.", why: "raising the stakes, and a duplicate: no multiple" },
    { text: "Le groupe prévoit un double effet sur ses marges, et la ligne double la voie ferrée.", why: "an adjective, and doubling a route" },
    { text: "Le plan vise à ce que la France double sa capacité de calcul d'ici 2030.", why: "a subjunctive after 'que': an aim" },
    { text: "La députée double la mise et le député double la voiture du ministre sur la route.", why: "raising the stakes, and overtaking: no quantity doubled" },
    { text: "Le doublement de la voie est prévu ; le tunnel sera doublé d'une galerie de secours.", why: "a second track, and a tunnel lined with another" },
    { text: "Une requête consomme 2 Wh, mais multipliés par des milliards de requêtes quotidiennes, ils pèsent lourd.", why: "multiplied by a count of things, not by a factor" },
    { text: "Le groupe multiplie les rachats, financés par 3 banques.", why: "'par' after a comma names an agent" },
    { text: "Une fois de plus, Musk surprend.", why: "idiom" },
    { text: "Le levier de la réforme a été actionné 3 fois en dix ans.", why: "a lever pulled three times: a repetition, not a multiple" },
    { text: "Le capital est divisé en 100 actions.", why: "divided into parts, not by a factor" },
    { text: "Le SUV BMW X5 reste le plus vendu.", why: "a model name" },
    { text: "Un écran de 1920x1080 pixels.", why: "dimensions" },
    { text: "Le fichier fait 2 x 3 mètres.", why: "dimensions" },
    { text: "Le facteur 5 de la Poste passe à 8 heures.", why: "a postman" },
    { text: "Une fois et demie plus tard, il est revenu ; deux fois plus tôt, il était parti.", why: "'plus tard', 'plus tôt': time, not a ratio" },
  ],
);

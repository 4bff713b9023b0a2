import { claimCorpus } from "./corpus-helpers.js";

export const corpus = claimCorpus(
  "count",
  ["count"],
  [
    { text: "ChatGPT revendique 400 millions d'utilisateurs hebdomadaires.", want: [{ value: 400000000, unit: "utilisateurs", subject: "ChatGPT" }] },
    // an interview's answer, scaled, after an amount two sentences back
    // "Combien êtes-vous ?": the answer counts the people of the company
    { text: "Q : Combien êtes-vous aujourd'hui ?\nR : Quatre-vingt-dix, dont une vingtaine à Lyon.", want: [{ value: 90, unit: "personnes" }] },
    { text: "Un an après sa série B de 180 millions de dollars, ses deux cofondateurs ont reçu L’Express.\n**Combien d’utilisateurs revendiquez-vous ?**\n**Amaïa Bazerque :** Un peu plus de 9 millions par mois, dont 620 000 abonnés payants.", want: [{ value: 9e6, unit: "utilisateurs", qualifier: "more_than" }, { value: 620000, unit: "abonnés" }], only: true },
    { text: "« Zwickau, c'est 1450 familles », a réagi la responsable syndicale.", want: [{ value: 1450, unit: "familles" }] },
    // a part after "dont" counts what the larger count of its sentence nearest in size counts
    { text: "Ondaflow revendique 9,8 millions d’abonnés payants dans 41 pays, dont 3,2 millions en France, pour un chiffre d’affaires de 547 millions d’euros.", want: [{ value: 9.8e6, unit: "abonnés" }, { value: 41, unit: "pays" }, { value: 3.2e6, unit: "abonnés" }], only: true },
    { text: "La maladie touche environ 30 000 patients, dont neuf sur dix sont des femmes.", want: [{ value: 30000, unit: "patients" }], only: true },
    // a document's length is no count
    { text: "Dans un rapport de 148 pages publié mardi, la Cour recense 12 000 agents.", want: [{ value: 12000, unit: "agents" }], only: true },
    // a figure standing alone, named by the next sentence
    { text: "Le chiffre : 4,6 millions\nC’est le nombre de foyers raccordés à la fibre au premier semestre.", want: [{ value: 4.6e6, unit: "foyers" }] },
    { text: "Mistral AI emploie désormais plus de 200 salariés.", want: [{ value: 200, unit: "salariés", qualifier: "more_than" }] },
    { text: "Une quarantaine de propriétaires seraient concernés.", want: [{ value: 40, qualifier: "approx" }] },
    { text: "Son chiffre d'affaires, porté par une quarantaine de clients industriels, progresse.", want: [{ value: 40, unit: "clients", qualifier: "approx" }] },
    { text: "Depuis lundi, 48 apprentis ont fait leur rentrée au campus.", want: [{ value: 48, unit: "apprentis" }] },
    { text: "Douze partis se présentent ; 14 partis avaient concouru en 2022.", want: [{ value: 14, unit: "partis" }] },
    // "en" with "aujourd'hui" after its verb still stands for what was counted
    { text: "Le site ne créera que 450 emplois. Carbelys en compte aujourd’hui 210, essentiellement à Pau.", want: [{ value: 450, unit: "emplois" }, { value: 210, unit: "emplois" }] },
    // "en" stands for what was counted, however small the figure after its verb
    { text: "La coopérative a ouvert 24 magasins cette année et en a fermé 5, surtout en zone rurale.", want: [{ value: 24, unit: "magasins" }, { value: 5, unit: "magasins" }], only: true },
    { text: "L'usine compte 80 techniciens et veut en recruter 6 d'ici à l'été.", want: [{ value: 80, unit: "techniciens" }, { value: 6, unit: "techniciens" }], only: true },
    { text: "Le secteur emploie 12 000 soudeurs, et il en manque encore 3 000.", want: [{ value: 12000, unit: "soudeurs" }, { value: 3000, unit: "soudeurs" }], only: true },
    // (not a preposition's "en": "en 3 ans", nor a figure whose own noun follows)
    { text: "La ville a planté 400 arbres en 3 ans.", want: [{ value: 400, unit: "arbres" }], only: true },
    // a list of names each with its figure, the noun told once: a name before a short figure is no model's name here
    { text: "Le groupe emploie 4 100 salariés, Vantrel 2 300, Orbéa 640 et Quinsac 380.", want: [{ value: 4100, unit: "salariés" }, { value: 2300, unit: "salariés" }, { value: 640, unit: "salariés" }, { value: 380, unit: "salariés" }], only: true },
    { text: "Le site de Reims perdrait 210 postes, celui de Cholet 95, Gourin 60 et Tulle 45 ; le reste en Île-de-France.", want: [{ value: 210, unit: "postes" }, { value: 95, unit: "postes" }, { value: 60, unit: "postes" }, { value: 45, unit: "postes" }], only: true },
    // (a name told again with another figure numbers versions, in a list after a count too)
    { text: "La flotte compte 12 000 ordinateurs, Windows 10 et Windows 11.", want: [{ value: 12000, unit: "ordinateurs" }], only: true },
    // (a model's number in a list of models stays a name: "la Clio 5, la Mégane 4")
    { text: "Renault a vendu 12 000 voitures, surtout la Clio 5 et la Mégane 4.", want: [{ value: 12000, unit: "voitures" }], only: true },
    // the number of a thing, from one figure to another
    { text: "Le nombre de franchisés est passé de 85 à 132 en deux ans.", want: [{ value: 85, unit: "franchisés" }, { value: 132, unit: "franchisés" }], only: true },
    // (a change foreseen: "devrait passer de … à …")
    { text: "Le nombre d'antennes de la région devrait passer de 78 000 à 110 000 d'ici 2032.", want: [{ value: 78000, unit: "antennes" }, { value: 110000, unit: "antennes" }], only: true },
    // (an aim with its own noun or unit keeps it: "vise 50 000 abonnés", "vise 12 %")
    { text: "La plateforme compte 20 000 abonnés et vise 50 000 lecteurs, soit une hausse de 12 % de son audience.", want: [{ value: 20000, unit: "abonnés" }, { value: 50000, unit: "lecteurs" }], only: true },
    // a postcode before its town, in brackets, counts nothing again
    { text: "L'équipe, 19 personnes dont sept associés, est installée au 4, place de la Comédie (57000 Metz).", want: [{ value: 19, unit: "personnes" }], only: true },
    // (a Swiss or Belgian postcode, four digits after a street number, neither: "rue du Lac 12, 1800 Vevey")
    { text: "La coopérative, 45 salariés, s'installe au chemin des Vignes 8, 1096 Cullyens.", want: [{ value: 45, unit: "salariés" }], only: true },
    // "en" standing for what was counted, after "avoir" and its participle, or before "d'autres"
    { text: "La chaîne compte 210 agences, après en avoir fermé 12 l'an dernier.", want: [{ value: 210, unit: "agences" }, { value: 12, unit: "agences" }], only: true },
    { text: "Le réseau exploite 80 cliniques et prévoit d'en racheter une dizaine d'autres d'ici à 2030.", want: [{ value: 80, unit: "cliniques" }, { value: 10, unit: "cliniques", qualifier: "approx" }], only: true },
    // ... or by a deadline after it
    { text: "Il supprimera 180 postes sur 1 100 d'ici au 30 juin, soit environ 16 % de ses effectifs.", want: [{ value: 180, unit: "postes" }, { value: 1100, unit: "postes" }], only: true },
    // pounds of goods are a weight counted, not money
    { text: "Les acériculteurs québécois ont produit 230 millions de livres de sirop d’érable, soit 12 % de plus qu'en 2029.", want: [{ value: 230e6, unit: "livres" }], only: true },
    // "sur les 320 que compte son réseau": the whole, told by what holds it
    { text: "L'enseigne va fermer 45 magasins sur les 320 que compte son réseau.", want: [{ value: 45, unit: "magasins" }, { value: 320, unit: "magasins" }], only: true },
    // "120 des 540 boutiques": a part of a whole named with "des" counts the whole's noun too
    { text: "Le déploiement débutera à la rentrée : 120 des 540 boutiques du réseau recevront des bornes.", want: [{ value: 120, unit: "boutiques" }, { value: 540, unit: "boutiques" }] },
    // ... also past a superlative: "31 des 50 plus grands gestionnaires"
    { text: "Le fonds réunit déjà 31 des 50 plus grands gestionnaires du pays.", want: [{ value: 31, unit: "gestionnaires", text: "31" }] },
    { text: "La sécheresse touche 231 des 323 communes du département.", want: [{ value: 231, unit: "communes" }, { value: 323, unit: "communes" }] },
    // "estime à environ 60 000 le nombre de …": a hedge between "à" and the number
    { text: "Le fondeur estime à environ 60 000 le nombre de plaquettes mises au rebut.", want: [{ value: 60000, unit: "plaquettes", qualifier: "approx" }] },
    // nouns shaped like participles: "contenus", "détenus", "diplômés"
    { text: "Les rédactions produisent environ 1 800 contenus par jour.", want: [{ value: 1800, unit: "contenus", qualifier: "approx" }] },
    { text: "La maison d'arrêt accueille 700 détenus pour 450 places.", want: [{ value: 700, unit: "détenus" }, { value: 450, unit: "places" }] },
    // ... and the lower end of a range of money after a count is no count ("contre 16 à 18 euros")
    { text: "Avec 7,4 millions de clients mobiles, Pelvane affiche 12,90 euros par mois, contre 16 à 18 euros chez ses concurrents.", want: [{ value: 7.4e6, unit: "clients" }], only: true },
    { text: "Avec 3,1 millions d'abonnés, l'opérateur facture 2 400 yens par mois, contre 2 000 à 2 200 yens chez ses rivaux.", want: [{ value: 3.1e6, unit: "abonnés" }], only: true },
    { text: "Sur la plateforme, les 52 épisodes ont été lancés plus de 9 millions de fois.", want: [{ value: 9e6, unit: "fois", qualifier: "more_than" }] },
    // a supercomputer's nodes, where the sentence speaks of compute (a ship's knots are no count)
    { text: "La machine, qui alignera 4 608 GPU répartis sur 1 152 nœuds, doit entrer en service en 2029.", want: [{ value: 1152, unit: "nœuds" }] },
    { text: "L'élue a dénoncé un projet surdimensionné pour un hôpital de 2300 collaborateurs.", want: [{ value: 2300, unit: "collaborateurs" }] },
    { text: "La cave coopérative a rentré 96 000 hectolitres cette année, contre 131 500 hl en 2026.", want: [{ value: 96000, unit: "hectolitres" }, { value: 131500, unit: "hl" }] },
    // compute sold by the hour: "heures-GPU", "heures de calcul"
    { text: "Le studio a consommé environ 420 000 heures de calcul pour la saison.", want: [{ value: 420000, unit: "heures de calcul", qualifier: "approx" }] },
    // ... but the denominator of a density counts nothing
    { text: "La Finlande compte 11,5 puces pour 1 000 habitants, et l'Estonie une pour 1 250 habitants.", want: [{ value: 11.5, unit: "puces" }], only: true },
    { text: "La Corée du Sud compte 1 012 robots industriels pour 10 000 salariés.", want: [{ value: 1012, unit: "robots" }], only: true },
    { text: "L'école forme chaque année 1 200 diplômés.", want: [{ value: 1200, unit: "diplômés" }] },
    // nouns in "-ies" are counted: "600 baies", "200 batteries"
    { text: "Le site compte 600 baies réparties sur 4 000 m² de salles.", want: [{ value: 600, unit: "baies" }] },
    // a set of N named by a superlative is counted; only "parmi les N … les plus" ranks (see the negatives)
    { text: "Un tarif social est créé pour les 3 200 foyers les plus modestes.", want: [{ value: 3200, unit: "foyers" }] },
    { text: "Le groupe exploite 12 centres de données en Europe.", want: [{ value: 12, unit: "centres de données" }] },
    { text: "Le chantier mobilise quelque 800 ouvriers.", want: [{ value: 800, unit: "ouvriers", qualifier: "approx" }] },
    // a supercomputer's compute nodes are counted; "nœuds" alone is a speed (knots, in the negatives)
    { text: "La machine embarquera 9 216 GPU répartis dans 2 304 nœuds de calcul.", want: [{ value: 2304, unit: "nœuds de calcul" }] },
    { text: "Le cluster réunit 512 nœuds GPU.", want: [{ value: 512, unit: "nœuds GPU" }] },
    // a chip's process node measures, it counts nothing
    { text: "L'usine produira 40 000 plaquettes de 300 mm par mois, gravées en 18 angströms.", want: [{ value: 40000, unit: "plaquettes" }], only: true },
    // the length of a link and the distance travelled ("à 30 kilomètres de Paris" stays a distance)
    { text: "Le câble Tauhira doit relier Tahiti à l'île d'Oahu, à Hawaii, sur 4 300 kilomètres.", want: [{ value: 4300, unit: "kilomètres" }] },
    { text: "Les robotaxis de Navéole ont désormais parcouru plus de 1,2 million de kilomètres sans chauffeur.", want: [{ value: 1.2e6, unit: "kilomètres", qualifier: "more_than" }] },
    // ... in miles, and converted in brackets
    { text: "Sa flotte cumule 96 millions de miles (environ 154 millions de kilomètres) parcourus sans personne au volant.", want: [{ value: 96e6, unit: "miles" }, { value: 154e6, unit: "kilomètres", qualifier: "approx" }], only: true },
    // a company's own staff, even fewer than ten ("selon les deux partenaires" stays out)
    { text: "Le studio ne finance pas des start-up : il les fabrique. Ses huit salariés les accompagnent.", want: [{ value: 8, unit: "salariés" }] },
    // a hospital's staff, sites and exams, even fewer than ten
    { text: "L'outil a été déployé dans neuf centres hospitaliers universitaires, où six radiologues ont relu 21 500 clichés.", want: [{ value: 9, unit: "centres hospitaliers" }, { value: 6, unit: "radiologues" }, { value: 21500, unit: "clichés" }] },
    // bitcoins held, by their code
    { text: "Le mineur détient 9 870 BTC, soit près de 900 millions de dollars.", want: [{ value: 9870, unit: "BTC" }] },
    // people counted by where they live
    { text: "Le plan veut former 5 000 Guadeloupéens aux outils d'IA d'ici 2029.", want: [{ value: 5000, unit: "Guadeloupéens" }] },
    // a part counts the noun of the whole after it
    { text: "Au total, 64 de ses 142 antennes ont été endommagées.", want: [{ value: 64, unit: "antennes", text: "64" }, { value: 142, unit: "antennes" }] },
    { text: "Convexa équipera onze de ses quatorze entrepôts d'ici à 2029.", want: [{ value: 11, unit: "entrepôts", text: "onze" }] },
    // nouns in "-is" are no participles: "2 300 robotaxis", "12 000 colis"
    { text: "Yunjie exploite 2 300 robotaxis dans onze villes chinoises.", want: [{ value: 2300, unit: "robotaxis" }] },
    { text: "Le hub trie 12 000 colis par heure.", want: [{ value: 12000, unit: "colis" }] },
    // nor are nouns in "-ques"/"-gues", "-ités" and Latin ones in "-us": "226 attaques", "15 000 entités", "23 campus"
    { text: "L'agence a recensé 226 attaques par rançongiciel l'an dernier.", want: [{ value: 226, unit: "attaques" }] },
    { text: "Le règlement s'applique à quelque 15 000 entités en France.", want: [{ value: 15000, unit: "entités" }] },
    { text: "Le rapport recense 23 campus en construction ou annoncés.", want: [{ value: 23, unit: "campus" }] },
    // a company counting its people in the first person, and a passive's agent after "par"
    { text: "Nous sommes 140 aujourd'hui et nous voulons être 300 d'ici à la fin de 2028.", want: [{ value: 140 }, { value: 300 }] },
    // a passive's agent after a word or two: "acheté cet hiver par 212’000 skieurs"
    { text: "L'abonnement de saison a été acheté cet hiver par 212’000 skieurs, dont 14’800 à Montsorbier.", want: [{ value: 212000, unit: "skieurs" }] },
    { text: "« Nous étions 140 il y a cinq ans. Nous serons plus de 430 en 2030 », promet l’administrateur délégué.", want: [{ value: 140 }, { value: 430 }] },
    { text: "A. P. : Nous sommes 75, dont 60 ingénieurs. Nous serons 120 fin 2028.", want: [{ value: 75 }, { value: 60, unit: "ingénieurs" }, { value: 120 }] },
    { text: "Notre assistant comptable est utilisé par 19 000 clients chaque mois.", want: [{ value: 19000, unit: "clients" }] },
    { text: "La série a été vue par 2,3 millions de foyers dans 14 pays.", want: [{ value: 2.3e6, unit: "foyers" }, { value: 14, unit: "pays" }] },
    // a part of a whole written with dots
    { text: "Quelque 1.100 de ses 6.500 salariés travaillent sur des lignes dédiées.", want: [{ value: 1100, unit: "salariés", text: "1.100" }] },
    // the number before the noun it counts: "portant à 14 le nombre d'engins"
    { text: "Noctilis a placé en orbite six nouveaux satellites, portant à 14 le nombre d’engins de sa constellation.", want: [{ value: 14, unit: "engins" }] },
    { text: "Le groupe porte à 1 200 le nombre de ses salariés en France.", want: [{ value: 1200, unit: "salariés" }] },
    // a noun put in quotation marks is still the thing counted
    { text: "EuroHPC a déjà désigné une quinzaine d’« usines d’IA » sur le continent.", want: [{ value: 15, unit: "usines", qualifier: "approx" }] },
    { text: "Le groupe a ouvert 40 « magasins » éphémères.", want: [{ value: 40, unit: "magasins" }] },
    { text: "Kerlys compte 5 200 consultants en France.", want: [{ value: 5200, unit: "consultants" }] },
    // trains and their passengers, shops by format
    { text: "La SNCF commande 30 rames supplémentaires à Alstom.", want: [{ value: 30, unit: "rames" }] },
    { text: "Le groupe a transporté 128 millions de voyageurs l'an dernier.", want: [{ value: 128e6, unit: "voyageurs" }] },
    { text: "Pour les fêtes, 40 000 sièges supplémentaires seront proposés.", want: [{ value: 40000, unit: "sièges" }] },
    { text: "L'enseigne a passé 120 hypermarchés en location-gérance.", want: [{ value: 120, unit: "hypermarchés" }] },
    // hires, seats, rides, beds, chips' transistors and cores are counted too
    { text: "Le groupe évoque 2 000 embauches d'ingénieurs l'an prochain.", want: [{ value: 2000, unit: "embauches" }] },
    { text: "Le futur stade comptera 25 000 places.", want: [{ value: 25000, unit: "places" }] },
    { text: "Le service a assuré 3,1 millions de courses sans chauffeur.", want: [{ value: 3.1e6, unit: "courses" }] },
    { text: "L'hôpital ouvrira 120 lits supplémentaires.", want: [{ value: 120, unit: "lits" }] },
    { text: "La puce compte 4 000 milliards de transistors.", want: [{ value: 4e12, unit: "transistors" }] },
    { text: "Le projet a obtenu 12 autorisations environnementales.", want: [{ value: 12, unit: "autorisations" }] },
    { text: "L'entreprise emploie 160 employés environ.", want: [{ value: 160, qualifier: "approx" }] },
    { text: "Elle revendique 800 millions d'utilisateurs, contre 400 millions en février.", want: [{ value: 400000000, unit: "utilisateurs" }] },
    // a counted noun after an elided number: a count, not an amount in the currency before
    { text: "Le réseau a levé 150 millions d'euros, dont 45 millions d'utilisateurs payants.", want: [{ value: 45e6, unit: "utilisateurs" }] },
    { text: "Le groupe a investi 2 milliards d'euros, contre 3 millions d'abonnés perdus.", want: [{ value: 3e6, unit: "abonnés" }] },
    { text: "Elle revendique plusieurs millions d'utilisateurs.", want: [{ value: null, unit: "utilisateurs", qualifier: "approx" }] },
    { text: "Llama 3 a été entraîné sur 15 000 milliards de tokens.", want: [{ value: 15000000000000, unit: "tokens" }] },
    // a plural noun no list names is counted too, units, durations and scores aside
    { text: "Stellantis annonce 2 500 suppressions de postes en Italie.", want: [{ value: 2500, unit: "suppressions" }] },
    { text: "Le laboratoire Biolys a réalisé 1,8 million d'analyses l'an dernier.", want: [{ value: 1.8e6, unit: "analyses" }] },
    { text: "La filière laitière bretonne a perdu 3 100 élevages en dix ans.", want: [{ value: 3100, unit: "élevages" }] },
    { text: "Keolis exploite 150 lignes régulières autour de Lyon.", want: [{ value: 150, unit: "lignes" }] },
    { text: "Tisséo recevra 36 bus à hydrogène d'ici l'été.", want: [{ value: 36, unit: "bus" }] },
    { text: "La brasserie a écoulé 80 millions de canettes en 2024.", want: [{ value: 80e6, unit: "canettes" }] },
    { text: "La compagnie Corsair recevra quatorze nouveaux Airbus A330neo.", want: [{ value: 14, unit: "Airbus" }] },
    // aircraft by maker and model
    { text: "LOT Polish Airlines a commandé 40 Airbus A220-300 et 17 Boeing 787 Dreamliner.", want: [{ value: 40, unit: "Airbus A220" }, { value: 17, unit: "Boeing 787", subject: "LOT Polish Airlines" }] },
    { text: "La compagnie exploite 12 Embraer E195-E2.", want: [{ value: 12, unit: "Embraer E195" }] },
    { text: "La compagnie a confirmé la commande ferme de 24 appareils, 16 A220-300 et 8 A350-1000.", want: [{ value: 16, unit: "A220" }, { value: 8, unit: "A350" }] },
    // ... or by maker alone
    { text: "Au salon du Bourget, la compagnie s’offre 40 Airbus et 12 Boeing.", want: [{ value: 40, unit: "Airbus" }, { value: 12, unit: "Boeing" }] },
    // ... or by a combat or business aircraft's model name alone
    { text: "L'Égypte a commandé 30 Rafale supplémentaires et la Grèce six Mirage 2000-5.", want: [{ value: 30, unit: "Rafale" }, { value: 6, unit: "Mirage 2000" }] },
    { text: "La Suisse recevra 36 F-35A, et l'armée de l'air exploite encore 14 A400M et 22 Gripen.", want: [{ value: 36, unit: "F-35A" }, { value: 14, unit: "A400M" }, { value: 22, unit: "Gripen" }] },
    // a line's length, told as "longue de"; a passive's agent with any participle ("desservie par 21 stations")
    { text: "Longue de 11,2 kilomètres et desservie par 21 stations, la ligne reliera la gare aux quartiers nord.", want: [{ value: 11.2, unit: "kilomètres" }, { value: 21, unit: "stations" }] },
    // a number after a place's name, before a plural noun, counts ("à Hayward 212 serveurs" is no model named Hayward 212)
    { text: "Les enquêteurs avaient saisi dans un entrepôt de Vierzon 212 serveurs.", want: [{ value: 212, unit: "serveurs" }] },
    // the upper end of a range with a rate between ("de 65 000 plaquettes par mois aujourd'hui à 110 000 fin 2029")
    { text: "La capacité doit passer de 65 000 plaquettes par mois aujourd’hui à 110 000 fin 2029.", want: [{ value: 65000, unit: "plaquettes" }, { value: 110000, unit: "plaquettes" }] },
    // an Airbus named by its model alone: "commande 12 A321XLR"
    { text: "Aéralis transporte 2,3 millions de passagers et commande 12 A321XLR.", want: [{ value: 12, unit: "A321XLR" }] },
    // ... with its variant after a hyphen: "20 A350-1000", "9 A330-900" are aircraft, no GPUs (Nvidia has no A3xx)
    { text: "Lumora Air commande 20 A350-1000 et exploite déjà 9 A330-900.", want: [{ kind: "count", value: 20 }, { kind: "count", value: 9 }], only: true },
    // contracts and jobs written as acronyms
    { text: "Ces 400 contrats précaires ne remplacent pas les 2 000 CDI perdus en dix ans.", want: [{ value: 2000, unit: "CDI" }] },
    { text: "Le plan supprime 450 ETP dans les services centraux.", want: [{ value: 450, unit: "ETP" }] },
    { text: "Selon le cabinet, 37 LBO français ont été restructurés au premier semestre, contre 24 IPO.", want: [{ value: 37, unit: "LBO" }, { value: 24, unit: "IPO" }] },
    { text: "Selon la Dares, 214 PSE ont été validés au premier semestre.", want: [{ value: 214, unit: "PSE" }] },
    { text: "Le port a manutentionné 2,9 millions d'EVP en 2025, dont 118 000 EVP en décembre.", want: [{ value: 2.9e6, unit: "EVP" }, { value: 118000, unit: "EVP" }] },
    // "en construira 120": the pronoun "en" stands for what the count before counted
    { text: "Le pays compte 300 centres de données et en construira 120 d'ici 2030.", want: [{ value: 120, unit: "centres de données" }] },
    // ... after a verb of employing, and before "que" ("n'en a manqué que 21")
    { text: "Faucalis a embauché 90 techniciens l'an dernier. L'entreprise en emploie aujourd'hui 230.", want: [{ value: 90 }, { value: 230, unit: "techniciens" }] },
    { text: "Sur 18 600 radiographies, l'outil a repéré presque toutes les fractures. « Il n’en a manqué que 21 », souligne le chef du pôle.", want: [{ value: 18600 }, { value: 21, unit: "radiographies" }] },
    // "de 2 100 véhicules aujourd'hui à 8 000 fin 2028": the upper end of a range counts what the lower end counted
    { text: "La flotte passera de 2 100 véhicules aujourd'hui à 8 000 fin 2028, puis 15 000 en 2029.", want: [{ value: 2100 }, { value: 8000, unit: "véhicules" }, { value: 15000, unit: "véhicules" }] },
    { text: "Concrètement, une canalisation de 3,5 kilomètres acheminera de l'eau à 55 °C jusqu'à la chaufferie.", want: [{ value: 3.5, unit: "kilomètres" }], only: true },
    // ... copies of anything else stay counts: a book, a car
    { text: "Son livre s'est vendu à 80 000 exemplaires. Le constructeur vise 60 000 unités en 2026.", want: [{ value: 80000, unit: "exemplaires" }, { value: 60000, unit: "unités" }] },
    // tonnes of goods are a volume produced, sold or emitted: a claim, like the kilometres of a network
    { text: "La coopérative a exporté 6 400 tonnes de fromage en 2025.", want: [{ value: 6400, unit: "tonnes" }] },
    { text: "Le site traite environ 1,85 million de tonnes de déchets par an.", want: [{ value: 1.85e6, unit: "tonnes", qualifier: "approx" }] },
    // tonnages and barrels in their abbreviations: "Mt" is a million tonnes, "kt" a thousand, "b/j" barrels a day
    { text: "Le négociant a traité 64 Mt de céréales et 9,8 Mt de métaux l'an dernier.", want: [{ value: 64e6, unit: "tonnes" }, { value: 9.8e6, unit: "tonnes" }] },
    { text: "L'aciérie a émis 850 kt de CO2 en 2028.", want: [{ value: 850000, unit: "tonnes" }], only: true },
    { text: "Le champ produit environ 43 000 barils par jour (b/j) et vise 60 000 b/j d'ici à 2032.", want: [{ value: 43000, unit: "barils", qualifier: "approx" }, { value: 60000, unit: "barils" }], only: true },
    { text: "Les réserves prouvées atteignent 118 millions de barils.", want: [{ value: 118e6, unit: "barils" }] },
    // a price per barrel or per tonne counts none
    { text: "Le Brent cotait 84 dollars le baril et le blé 228 dollars la tonne.", want: [] },
    { text: "Le plan prévoit de renouveler 180 kilomètres de canalisations d'ici 2030.", want: [{ value: 180, unit: "kilomètres" }] },
    { text: "L'opérateur déploiera quelque 3 000 kilomètres de fibre noire.", want: [{ value: 3000, unit: "kilomètres", qualifier: "approx" }] },
    // what an arms maker builds and an army or a navy orders
    { text: "L'usine produit 9 000 obus par mois ; la marine a commandé quatre frégates et 12 hélicoptères.", want: [{ value: 9000, unit: "obus" }, { value: 4, unit: "frégates" }, { value: 12, unit: "hélicoptères" }] },
    // an altitude, a depth or a range in kilometres is a measure, no length of what is built
    { text: "La plupart des satellites évoluent entre 500 et 600 kilomètres d'altitude ; le véhicule offre 405 km d'autonomie.", want: [], only: true },
    // orbital launches and the options of an order are counted; "en totalisaient" counts them again
    { text: "Le carnet compte 11 lancements fermes et 7 options. L'Europe a réalisé 9 tirs orbitaux en 2027, quand les Etats-Unis en totalisaient plus de 190.", want: [{ value: 11, unit: "lancements" }, { value: 7, unit: "options" }, { value: 9, unit: "tirs" }, { value: 190, unit: "tirs", qualifier: "more_than" }] },
    // ... and a number before a unit does not count what was counted before it: altitudes
    { text: "La station compte 80 kilomètres de pistes, entre 1 850 et 2 465 mètres d'altitude.", want: [{ value: 80, unit: "kilomètres" }], only: true },
    { text: "Le syndicat demande que la centaine de départs à la retraite soient financés à part.", want: [{ value: 100, unit: "départs", qualifier: "approx" }] },
    // a change or a span between two numbers: the first counts what the second counts, at its scale
    { text: "L'effectif passera de 120 à 150 salariés.", want: [{ value: 120, unit: "salariés" }, { value: 150, unit: "salariés" }] },
    { text: "Le service est passé de 1,2 à 1,5 million d'abonnés.", want: [{ value: 1.2e6, unit: "abonnés" }] },
    // a web page's furniture counts nothing: "12 commentaires." alone; a sentence's comments do
    { text: "Article réservé aux abonnés. 12 commentaires. Le texte a reçu 4 800 commentaires en ligne.", want: [{ value: 4800, unit: "commentaires" }], only: true },
    // a word that opens the sentence is no name before the number: "Seules 380 personnes"
    { text: "Le chantier devait créer 1 400 emplois. Seules 380 personnes ont été embauchées.", want: [{ value: 1400 }, { value: 380, unit: "personnes" }], only: true },
    { text: "Le chantier durera de 15 à 20 mois et emploiera 300 ouvriers.", want: [{ value: 300, unit: "ouvriers" }], only: true },
    // a number shaped like a year before a counted noun counts it (Swiss typography writes "1250" without a space)
    { text: "L'entreprise, qui emploie 1250 collaborateurs, dont 940 en Suisse, réduit ses effectifs.", want: [{ value: 1250, unit: "collaborateurs" }] },
    // a score in brackets is not more of what was counted before it
    { text: "Ce dimanche, 9 842 spectateurs ont vu la victoire du club face à Colomiers (31-17).", want: [{ value: 9842, unit: "spectateurs" }], only: true },
    // housing and companies by acronym
    { text: "Seuls 79 000 HLM ont été agréés en 2025, et 3 000 PME attendent leurs aides.", want: [{ value: 79000, unit: "HLM" }, { value: 3000, unit: "PME" }] },
    { text: "Le groupe emploie 300 salariés sur cinq sites.", want: [{ value: 300, unit: "salariés" }] },
    // ... and the length of a line or a section of it
    { text: "La première ligne, longue de 11,6 kilomètres, ne sera mise en service qu'en 2029.", want: [{ value: 11.6, unit: "kilomètres" }] },
    { text: "La majorité espère ouvrir un premier tronçon de 4 kilomètres dès la fin 2028.", want: [{ value: 4, unit: "kilomètres" }] },
    { text: "La chaleur fatale alimentera un réseau de chaleur de 11 kilomètres.", want: [{ value: 11, unit: "kilomètres" }] },
    // compute measured in GPU-hours is counted, though hours alone measure time
    { text: "L'entraînement a consommé quelque 130 millions d'heures-GPU.", want: [{ value: 130e6, unit: "heures-GPU", qualifier: "approx" }] },
    // nouns shaped like participles: "60 000 entrées" counts without "de"
    { text: "Le film a totalisé près de 60 000 entrées en une semaine.", want: [{ value: 60000, unit: "entrées", qualifier: "approx" }] },
    { text: "La région gère 97 lycées publics et 4 600 nuitées ont été réservées.", want: [{ value: 97, unit: "lycées" }, { value: 4600, unit: "nuitées" }] },
    { text: "L'Assemblée compte 577 députés, dont 120 élus pour la première fois.", want: [{ value: 577, unit: "députés" }] },
    // how many times something was downloaded, viewed or played is a count ("téléchargée plus de 2,6 millions de fois")
    { text: "La démo a été téléchargée plus de 2,6 millions de fois, et la bande-annonce vue 40 millions de fois.", want: [{ value: 2.6e6, qualifier: "more_than", text: "2,6 millions de fois" }, { value: 40e6, text: "40 millions de fois" }] },
    // places of a network: "61 000 points de retrait", "points relais", "points de recharge"
    { text: "Le groupe dispose d'un réseau de 61 000 points de retrait et de 3 400 points de recharge en Europe.", want: [{ value: 61000, unit: "points de retrait" }, { value: 3400, unit: "points de recharge" }] },
    { text: "En 2029, l'ONG a financé 1240 points d'eau, contre 980 en 2028.", want: [{ value: 1240, unit: "points d'eau" }] },
    // the lower end of a range takes the noun of its upper end ("de 1,1 million à 1,6 million d'EVP"), not the
    // currency of an amount before it
    { text: "Le groupe investira 410 millions d’euros pour porter ses capacités de 1,1 million à 1,6 million d’EVP par an.", want: [{ value: 1.1e6, unit: "EVP", text: "1,1 million" }, { value: 1.6e6, unit: "EVP" }] },
    // ... and a lower end written in full keeps its own size: "de 850 000 à 1 million de tonnes"
    { text: "La coopérative investira 24 millions d'euros pour porter ses capacités de stockage de 850 000 à 1 million de tonnes.", want: [{ value: 850000, unit: "tonnes", text: "850 000" }, { value: 1e6, unit: "tonnes" }], only: true },
    // scale nouns with no number are a vague quantity: no value
    { text: "La CNIL lui reproche d'avoir analysé la voix de millions d’appelants.", want: [{ value: null, unit: "appelants" }] },
    // a passive's agent is counted ("remplacées par 420 logements"): "par" after a participle makes no rate
    { text: "Les deux tours seront démolies et remplacées par 420 logements sociaux neufs.", want: [{ value: 420, unit: "logements" }] },
    // housing starts
    { text: "La maison individuelle reste la plus touchée : 83 500 mises en chantier sur un an.", want: [{ value: 83500, unit: "mises en chantier" }] },
    // "premiers" and "derniers" may stand between the number and its noun
    { text: "Marchéval ferme ses 62 derniers magasins, et Nexvel a déployé ses 24 premiers centraux.", want: [{ value: 62, unit: "magasins" }, { value: 24, unit: "centraux" }] },
    // a staff number "porté à" a bare figure counts what it counted before
    { text: "L’effectif, de 620 salariés, doit être porté à 800 d’ici à fin 2028.", want: [{ value: 620, unit: "salariés" }, { value: 800, unit: "salariés", text: "800" }] },
    // a figure in brackets after a département's name with its article counts again; after a town, "(93)" is its département
    { text: "La Seine-Saint-Denis paie le plus lourd tribut, avec 140 postes supprimés, devant le Val-de-Marne (110), l'Essonne (95) et les Hauts-de-Seine (80). À Bobigny (93) et près d'Orléans (45), le magasin ferme.", want: [{ value: 140 }, { value: 110, text: "110" }, { value: 95, text: "95" }, { value: 80, text: "80" }], only: true },
    // a list that leaves the noun out after its first item: "Name N" items, "N Name" items and "N en YEAR" items
    { text: "L'usine de Lens perdrait 210 emplois, celle de Douai 145, Arras 90 et Calais 60 ; les autres sites sont épargnés.", want: [{ value: 210, unit: "emplois" }, { value: 145, unit: "emplois", text: "145" }, { value: 90, unit: "emplois", text: "90" }, { value: 60, unit: "emplois", text: "60" }], only: true },
    { text: "Au total, 180 recrutements concerneront l'Occitanie, 120 la Bretagne et 75 les Hauts-de-France.", want: [{ value: 180 }, { value: 120, unit: "recrutements", text: "120" }, { value: 75, unit: "recrutements", text: "75" }], only: true },
    { text: "La PME prévoit 14 embauches en 2027, 22 en 2028 et 9 en 2029, surtout des soudeurs.", want: [{ value: 14, unit: "embauches" }, { value: 22, unit: "embauches", text: "22" }, { value: 9, unit: "embauches", text: "9" }] },
    // (a figure after a name the tool does not know as a town, in such a list, is an item too: "Béthune 60")
    { text: "Le groupe perdrait 210 emplois, celle de Douai 145 et Béthune 60.", want: [{ value: 210 }, { value: 145, text: "145" }, { value: 60, text: "60" }], only: true },
    // a part and its whole: "48 postes sur 410", "Sur les 230 salariés, 95 …"
    { text: "Le plan prévoit 48 suppressions de postes sur 410, soit plus d'un dixième des effectifs.", want: [{ value: 48 }, { value: 410, text: "410" }], only: true },
    { text: "Sur les 640 exploitants interrogés, à peine 210 disent avoir reçu l'aide promise.", want: [{ value: 640 }, { value: 210, unit: "exploitants", text: "210" }], only: true },
    { text: "Sur un échantillon de 900 dossiers, 312 ne comportaient aucune vérification d'identité complète.", want: [{ value: 900 }, { value: 312, unit: "dossiers", text: "312" }], only: true },
    // ... but after "sur", a number with a noun of its own or a duration is no whole of the count before
    { text: "L'entreprise emploie 45 salariés sur 3 étages et vend 120 machines sur 12 mois.", want: [{ value: 45 }, { value: 120 }], only: true },
    // copies of a machine are no chips: "une grappe de 8 192 puces … 300 exemplaires de la génération précédente"
    { text: "Huawei présente une grappe de 8 192 puces Ascend pour l'IA. Le groupe a déjà livré plus de 300 exemplaires de la génération précédente.", want: [{ value: 300, unit: "exemplaires" }] },
    // a count said again with "être" ("devraient être 60")
    { text: "Ses 34 ingénieurs devraient être 60 à la fin de 2028.", want: [{ value: 34 }, { value: 60, unit: "ingénieurs", text: "60" }] },
    // "porter ses effectifs à 80"; "en" after a past or present verb of holding or claiming ("Meta en comptait 80.150",
    // "elle en revendique aujourd'hui 410")
    { text: "Elle emploie 34 personnes et compte porter ses effectifs à 80 d'ici fin 2028.", want: [{ value: 34 }, { value: 80, unit: "personnes", text: "80" }] },
    { text: "Elle emploie 9 300 agents, contre plus de 10 000 en 2020, et prévoit de ramener ses effectifs à 8 800 d’ici à 2031.", want: [{ value: 9300 }, { value: 8800, unit: "agents", text: "8 800" }] },
    { text: "Le groupe compte 4 200 salariés et veut réduire ses effectifs à 3 500.", want: [{ value: 4200 }, { value: 3500, unit: "salariés", text: "3 500" }] },
    // a count told again by another source: "1,1 million de manifestants selon les syndicats, 386 000 selon la police"
    { text: "Retraites : 1,1 million de manifestants selon les syndicats, 386 000 selon la police", want: [{ value: 1.1e6, unit: "manifestants" }, { value: 386000, unit: "manifestants", text: "386 000" }], only: true },
    { text: "Mardi, 230 salariés selon la CGT, 150 selon la direction, ont débrayé deux heures.", want: [{ value: 230, unit: "salariés" }, { value: 150, unit: "salariés", text: "150" }], only: true },
    // the number of a thing, told at a level: "le nombre d'inscrits en catégorie A s'établit à 3 142 300"
    { text: "Le nombre d’inscrits en catégorie A s’établit à 3 142 300 en moyenne sur le trimestre.", want: [{ value: 3142300, unit: "inscrits" }], only: true },
    // ... or reached by a verb of motion, "à" the level ("a progressé de 20" would be the change, not the level)
    { text: "Le nombre de faillites a pourtant reculé, à 412, sur le trimestre.", want: [{ value: 412, unit: "faillites" }] },
    { text: "Le nombre d’opérations a progressé à 95 cette année.", want: [{ value: 95, unit: "opérations" }] },
    // ... or set beside it between commas or brackets
    { text: "Le nombre de projets financés a pourtant progressé de 6 %, à 1 214, selon le baromètre.", want: [{ value: 1214, unit: "projets" }] },
    { text: "Le nombre de demandeurs d'emploi inscrits en catégorie A a augmenté de 3,1% sur le trimestre, à 3 217 400 en moyenne.", want: [{ value: 3217400, unit: "demandeurs" }] },
    { text: "Le nombre d'opérations, 71, baisse lui aussi.", want: [{ value: 71, unit: "opérations" }] },
    { text: "Le nombre de dépôts de bilan (1 240) reste élevé.", want: [{ value: 1240, unit: "dépôts" }] },
    // ... past a threshold, holding steady, or multiplied since a year
    { text: "Le nombre de start-up labellisées a franchi la barre des 900 à la fin de juin.", want: [{ value: 900, unit: "start-up" }], only: true },
    { text: "Le nombre d'abonnés de son offre gratuite a dépassé les 12 millions en mars.", want: [{ value: 12e6, unit: "abonnés" }], only: true },
    { text: "Le nombre de dossiers reste pourtant stable, autour de 18 000 par an.", want: [{ value: 18000, unit: "dossiers" }], only: true },
    { text: "Au Bénin, le nombre d’étudiants a doublé depuis 2016, à plus de 140 000.", want: [{ value: 140000, unit: "étudiants", qualifier: "more_than" }], only: true },
    { text: "Le nombre de réclamations a triplé depuis 2023, à 2 140 l’an dernier.", want: [{ value: 2140, unit: "réclamations" }], only: true },
    // ... with the verb first: "ramener le nombre d'agences de 1 480 à 1 100"
    { text: "Le plan prévoit de ramener le nombre d’agences bancaires de 920 à 700 d’ici à 2030.", want: [{ value: 920, unit: "agences" }, { value: 700, unit: "agences" }], only: true },
    // "au nombre de": the noun before it
    { text: "Les supermarchés, au nombre de 214, résistent mieux.", want: [{ value: 214, unit: "supermarchés" }], only: true },
    // figures told "respectivement" count what the last of them counts
    { text: "Les deux usines emploient respectivement 1 200 et 800 salariés.", want: [{ value: 1200, unit: "salariés", text: "1 200" }, { value: 800, unit: "salariés" }], only: true },
    { text: "Le groupe vise respectivement 40, 55 et 70 magasins en 2028, 2029 et 2030.", want: [{ value: 40, unit: "magasins" }, { value: 55, unit: "magasins" }, { value: 70, unit: "magasins" }], only: true },
    { text: "Les deux plateformes revendiquent respectivement 1,2 et 0,8 million d'abonnés.", want: [{ value: 1.2e6, unit: "abonnés", text: "1,2" }, { value: 0.8e6, unit: "abonnés" }], only: true },
    // a part of what was just counted: "4 500 d'entre eux"
    { text: "Ses 31 000 collaborateurs devront avoir suivi une formation, et 4 500 d’entre eux, désignés référents, un cursus complet.", want: [{ value: 31000 }, { value: 4500, unit: "collaborateurs", text: "4 500" }] },
    { text: "Microsoft employait 221.000 personnes au 30 juin, quand Meta en comptait 80.150.", want: [{ value: 221000 }, { value: 80150, text: "80.150" }] },
    { text: "La société comptait alors 140 salariés ; elle en revendique aujourd’hui 410.", want: [{ value: 140 }, { value: 410, unit: "salariés", text: "410" }] },
    // ("conçue pour durer quarante ans ; elle en fera soixante": "en" stands for the measure just told, not a count before)
    { text: "Le chantier mobilisera 140 personnes. La centrale a été conçue pour durer quarante ans ; avec ce programme, elle en fera soixante.", want: [{ value: 140 }], only: true },
    // (but a time or a multiple before "en" leaves the count: "contre 90 il y a deux ans, et prévoit d'en recruter 360")
    { text: "La société compte 240 salariés, contre 90 il y a deux ans, et prévoit d'en recruter 360 d'ici 2031.", want: [{ value: 240 }, { value: 360, unit: "salariés" }] },
    { text: "Les data centers ne promettent que 1 150 emplois, quand le hub logistique, 63 fois moins coûteux, en annonce 900.", want: [{ value: 1150 }, { value: 900, unit: "emplois" }] },
    // a year-shaped number before 1800 is no year a news story tells: "à peu près 1400 centrales" counts
    { text: "Nous suivons aujourd'hui à peu près 1400 centrales dans onze pays.", want: [{ value: 1400, unit: "centrales" }] },
    // "autres" between the number and its noun: "Une trentaine d'autres clients", "15 autres magasins"
    { text: "Une trentaine d’autres clients, coupés de la même façon, se sont regroupés. L'enseigne fermera 15 autres magasins, et 12 autres suivront.", want: [{ value: 30, unit: "clients", qualifier: "approx" }, { value: 15, unit: "magasins" }, { value: 12, unit: "magasins", text: "12" }], only: true },
    // a hedged round noun: "une petite centaine de grands comptes", "une bonne trentaine d'investissements"
    { text: "Nous servons une petite centaine de grands comptes et avons réalisé une bonne trentaine d’investissements.", want: [{ value: 100, unit: "comptes", qualifier: "approx" }, { value: 30, unit: "investissements", qualifier: "approx" }] },
    // (a figure with a scale word, counted in the sentence before: "Sa version précédente en comptait 150 milliards")
    { text: "Le nouveau modèle compte 400 milliards de paramètres. Sa version précédente en comptait 90 milliards.", want: [{ value: 400e9 }, { value: 90e9, unit: "paramètres", text: "90 milliards" }] },
    { text: "L'opérateur revendique 3,2 millions d'abonnés. Son concurrent en affiche 1,8 million.", want: [{ value: 3.2e6 }, { value: 1.8e6, unit: "abonnés", text: "1,8 million" }] },
  ],
  [
    { text: "Les annonceurs paient entre 18 et 40 euros les mille impressions.", why: "the unit a price is set for" },
    { text: "Le patrouilleur file à 25 nœuds vers le port de Brest.", why: "knots, a speed" },
    { text: "Le prix moyen d’un million de tokens est passé de 36 dollars à moins de 0,20 dollar.", why: "the unit a price is set for, after 'prix … d'un'" },
    { text: "Lucernis compte parmi ses clients neuf des vingt premiers assureurs dommages du marché français.", why: "a top of a market, in words: a rank, no count" },
    { text: "La prime ressort à 31 % sur la moyenne pondérée des soixante dernières séances de Bourse.", why: "a window of trading days, no count" },
    { text: "Les salariés équipés gagnent en moyenne 4 h 30 hebdomadaires, et 12 mensuelles pour les cadres.", why: "the minutes of a duration written as hours, and a rate's adjective: no count" },
    { text: "Le kilo se vend 4 euros les 100 grammes au détail.", why: "the unit a price is set for" },
    { text: "Le contrat porte sur 1,1 milliard d'euros, un montant que ni l'une ni l'autre des deux entreprises n'a souhaité confirmer.", why: "'des deux entreprises' refers back to companies named, it counts nothing new" },
    { text: "L'outil bloque une transaction suspecte en 40 millisecondes.", why: "a duration" },
    { text: "Le frère et la sœur gagnent trois places grâce à leur éditeur de modèles de langage.", why: "a move in a ranking" },
    { text: "Le groupe recule de douze places dans le classement des fortunes.", why: "a move in a ranking" },
    { text: "Le service est facturé 0,55 dollar par million de tokens.", why: "a rate" },
    { text: "Sur ses voitures, le constructeur en a 1 200 vendues en France et 300 perdues.", why: "participles in '-ues' without 'de' count nothing named" },
    { text: "La puce complète doit être refroidie à 10 millikelvins.", why: "a temperature measures" },
    { text: "Un plan doit porter à 50 000 le nombre de GPU du pays d’ici 2030.", why: "accelerators, not a count of things" },
    { text: "Le navire file à 25 nœuds vers Brest.", why: "a speed in knots" },
    { text: "Nous sommes valorisés 970 millions d'euros. Nous sommes 2 à le penser, et le service coûte 0,55 dollar par 1 000 tokens.", why: "no people counted, a rate" },
    { text: "EDF veut installer des centres sur deux de ses anciens sites industriels. « Nous avons perdu un tiers de nos recettes fiscales », dit le maire.", why: "no whole counted after the part, and a share" },
    { text: "Selon l'étude, 62 % des entreprises guadeloupéennes de plus de dix salariés n’utilisent aucun outil d’IA.", why: "a size class, not a count" },
    { text: "Intel supprime des postes\nPar Jean Martin | 29/10/2027, 7:00 | 1 180 mots\nLe groupe a annoncé un plan.", why: "a byline's word count" },
    { text: "Elle figurait parmi les dix start-up les plus prometteuses du pays, et l'une des 50 entreprises les mieux notées.", why: "the size of a ranking" },
    { text: "Le service est facturé 2 dollars le million de tokens.", why: "a rate" },
    { text: "L'action a été fixée sous la fourchette de 47 à 55 dollars.", why: "a range of prices" },
    { text: "Plus de quatre visiteurs sur dix avaient moins de 30 ans.", why: "a proportion, not a count of visitors" },
    { text: "Désormais, 12 salariés sur 100 travaillent à distance.", why: "a proportion" },
    { text: "Réunion publique le jeudi 16 avril, salle Montaigne, 14 cours Fénelon.", why: "an address" },
    { text: "Le siège est installé au 120 rue de Rivoli, à Paris.", why: "an address" },
    { text: "En 2024 salariés et direction ont signé un accord.", why: "a year, then a noun that begins the clause" },
    { text: "Il y a 3 ans, la société n'existait pas.", why: "duration" },
    { text: "En 2015, OpenAI a été fondée.", why: "a year" },
    { text: "Le FC Nantes compte 42 points après 25 matches.", why: "league points and matches played" },
    { text: "Son avant-centre a inscrit 17 buts cette saison.", why: "goals scored" },
    { text: "Le tunnel passera à 30 mètres sous la Seine.", why: "a length" },
    { text: "Le chantier doit durer 18 mois, de 8 heures à 20 heures.", why: "durations and times" },
    { text: "La cuve contient 40 000 litres de gazole.", why: "a volume" },
    { text: "Il en a commandé 200, dont 120 dans le Nord.", why: "the noun is elided" },
    { text: "Vektor a été valorisée 900 millions de dollars, puis 1,4 milliard lors de sa série C.", why: "an adverb after an elided amount" },
    { text: "Le chiffre d'affaires a atteint 3,1 milliards, contre 2,9 milliards prévus.", why: "a participle after an elided amount" },
    { text: "Selon la préfecture, les 3 millions restants seront versés en 2026.", why: "an adjective after an elided amount" },
    { text: "Le plan prévoit une centaine détachés auprès des régions.", why: "a participle after an approximate number" },
    { text: "Le poste sera raccordé à la ligne de 380 kilovolts.", why: "a voltage" },
    { text: "Le centre de données sera construit à 270 kilomètres de Séoul.", why: "a distance" },
    { text: "Dans le désert, à une trentaine de kilomètres du centre-ville, le chantier avance.", why: "a distance" },
    { text: "Les bouchons ont atteint 12 kilomètres samedi.", why: "a length that measures nothing owned or built" },
    { text: "Le parcours de 42 kilomètres part de la place de la Bastille.", why: "a course's length: no network follows" },
  ],
);

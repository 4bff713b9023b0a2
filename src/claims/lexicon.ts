// Words the claim rules look for around numbers.

import { MONEY_NOUNS } from "../recognise/lexicon-fr.js";
import { narrow, narrowRegExp } from "../text/narrow-classes.js";

/** Nouns of AI accelerators: "100 000 puces", "12 000 GPU", "20 000 GPUs H100". */
export const ACCELERATOR_NOUNS = "GPUs?|GPU|TPUs?|LPUs?|accélérateurs?(?:[ \\u00a0]+(?:d['’]IA|IA|graphiques))?|cartes?[ \\u00a0]+graphiques|processeurs[ \\u00a0]+graphiques|puces[ \\u00a0]+graphiques|unités[ \\u00a0]+de[ \\u00a0]+traitement[ \\u00a0]+graphique|superpuces";
/** A part's link to the whole counted after it: "120 des 540 boutiques", "64 de ses 142 antennes". */
export const OF_THE_WHOLE = String.raw`(?:de[ \u00a0\u202f]+(?:ses|leurs|nos|vos|ces|mes)|des)[ \u00a0\u202f]+`;
/** Chip nouns that are accelerators only in a compute context: "100 000 semi-conducteurs spécialisés" near "supercalculateur". */
export const CHIP_NOUNS = "puces?|processeurs?|semi-?conducteurs?|composants?|cartes?";
/** Words that make a chip noun mean AI accelerators. */
export const COMPUTE_CONTEXT = narrow(/(?<![\p{L}\p{N}])(?:IA|intelligence artificielle|supercalculateur|superordinateur|calcul|compute|GPU|Nvidia|AMD|data ?cent(?:er|re)s?|centres? de données|clusters?|entraîn|modèles?|inférence|H100|H200|B200|accélérateur|[GTL]PU|(?:GB[23]00|[BH][1-3]00|H800|H20)(?![\p{L}\p{N}])|MI[234]\d{2}(?![\p{L}\p{N}]))/iu);

/** Things counted in news claims: "1 500 salariés", "100 millions d'utilisateurs", "une quarantaine de propriétaires". */
/** Kinds of street, in addresses ("14 cours Fénelon") and in streets named after a date ("place du 8-Mai-1945"). */
/** How far after the headline an article's lead runs: what it says the article is about (chips in a compute story). */
export const LEAD_CHARS = 700;
export const STREET_NOUNS = "rue|avenue|boulevard|bd|cours|place|quai|allée|chemin|impasse|route|rond-point|square|passage|faubourg|pont|esplanade|parvis|promenade";

export const COUNTED_NOUNS = [
  "salariés", "salarié", "employés", "employé", "collaborateurs", "personnes", "personne", "utilisateurs", "utilisateur", "usagers",
  "abonnés", "clients", "habitants", "emplois", "postes", "ingénieurs", "chercheurs", "développeurs", "data centers", "data centres",
  "datacenters", "centres de données", "serveurs", "pays", "villes", "sites", "usines", "entreprises", "sociétés", "start-up",
  "startups", "start-ups", "modèles", "paramètres", "tokens", "requêtes", "téléchargements", "brevets", "magasins", "véhicules",
  "voitures", "satellites", "lancements", "tirs", "options", "propriétaires", "licenciements", "recrutements", "étudiants", "élèves", "patients",
  "victimes", "morts", "blessés", "candidats", "visiteurs", "lecteurs", "membres", "adhérents", "actionnaires", "investisseurs",
  "projets", "contrats", "commandes", "unités", "exemplaires", "robots", "drones", "foyers", "logements", "ménages", "agents",
  "fonctionnaires", "régions", "départements", "communes", "plaintes", "écoles", "hôpitaux", "magasins", "agences", "boutiques", "actions", "titres", "jeunes", "chercheurs", "entreprises clientes", "médecins", "enseignants", "soldats", "touristes", "passagers", "vols", "avions", "smartphones", "appareils",
  "licences", "comptes", "messages", "images", "vidéos", "articles", "livres", "followers", "partenaires", "fournisseurs",
  "ouvriers", "ouvrières", "consultants", "techniciens", "techniciennes", "travailleurs", "intérimaires", "cadres", "informaticiens",
  "scientifiques", "doctorants", "stagiaires", "experts", "salariées", "employées", "autorisations", "permis",
  "embauches", "places", "courses", "trajets", "lits", "transistors", "cœurs", "spectateurs", "supporters", "abonnements", "spectatrices",
  "rames", "trains", "voyageurs", "sièges", "hypermarchés", "supermarchés", "points de vente", "mises en chantier", "points de retrait", "points relais", "points de recharge", "points de charge", "points de collecte", "points de livraison", "points d'eau", "points d’eau", "navires", "camions", "bornes",
  "éoliennes", "tramways", "bus", "autobus", "autocars", "familles",
  // health: staff, sites, exams and software a hospital counts ("six radiologues", "neuf centres hospitaliers")
  "radiologues", "chirurgiens", "infirmiers", "infirmières", "soignants", "cliniques", "établissements", "centres hospitaliers",
  "logiciels", "clichés", "examens",
  // defence: what an arms maker builds and a navy or an army orders ("9 000 obus par mois", "quatre frégates")
  "obus", "munitions", "missiles", "frégates", "corvettes", "sous-marins", "chars", "blindés", "canons", "hélicoptères",
  // tonnes of goods: a volume produced, sold or emitted ("6 400 tonnes de comté"), a harvest in hectolitres, and
  // an oil field's output or reserves in barrels ("60 000 barils par jour")
  "tonnes", "hectolitres", "hl", "barils",
  // compute: hours alone measure time, GPU-hours count what was consumed
  "heures-GPU", "heures GPU", "GPU-heures", "heures de calcul", "heures-processeur",
  // a supercomputer's nodes ("nœuds" alone measures a speed, in knots)
  "nœuds de calcul", "nœuds GPU",
  // nouns shaped like participles, which a plural noun without "de" is not taken for ("1 200 vendus")
  "entrées", "nuitées", "lycées", "musées", "députés", "élus", "retraités", "licenciés", "réfugiés", "sinistrés",
  "délégués", "assurés", "universités", "collectivités", "communautés", "municipalités", "contenus", "détenus", "prévenus",
  "diplômés", "admis",
];

/**
 * Nouns that name money itself, after an amount whose currency is left out: "dont 45 millions d'argent public",
 * "soit 1,2 milliard de subventions" are amounts in the currency before, where "45 millions d'utilisateurs" counts.
 */
export const MONEY_NOUN_AFTER = narrowRegExp(String.raw`^[ \u00a0\u202f]*(?:de|d['’])[ \u00a0\u202f]*(?:${MONEY_NOUNS})(?![\p{L}\p{N}])`, "iu");

/**
 * Cues that an amount is a company's value; "revalorisé" raises a wage or a pension, and values nothing; the
 * value of a deal ("des fonds propres", "de l'opération", "valeur conditionnelle", "la valeur d'entreprise de
 * l'opération") or of what a company holds ("la valeur de son parc", "de ses immeubles") is money. A company's
 * enterprise value is its value, debt included ("la valeur d'entreprise atteint 1,4 milliard", "sur la base d'une
 * valeur d'entreprise de"), but not a price paid "pour une valeur d'entreprise de".
 */
// The deal, the order or the goods a value is of: "de l'opération", "de la transaction", "du rachat"
const DEAL_OF = String.raw`de\s+l['’](?:opération|offre|accord|action)|de\s+la\s+(?:transaction|commande|marchandise)|du\s+(?:contrat|deal|rachat)`;
export const VALUATION_BEFORE = narrowRegExp(String.raw`(?:(?<![\p{L}\p{N}])valoris\p{L}*|(?<![\p{L}\p{N}])(?<!pour\s+une\s)valeur\s+d['’]entreprise(?!\s+(?:${DEAL_OF}))|(?<![\p{L}\p{N}])(?<!(?:d['’]|pour\s)une\s|pertes?\s+de\s|suiv(?:ent|ant|ait|aient|e)?\s+la\s)valeur(?![\p{L}\p{N}])(?!\s+(?:d['’]entreprise|résiduelle|maximale|totale|cumulée|estimée|des\s+fonds\s+propres|conditionnelle|ajoutée|nominale|comptable|catalogue|${DEAL_OF}|des\s+(?:marchandises|biens|stocks|installations|actifs|puces|GPU|cartes|serveurs|produits|équipements|exportations|importations|saisies)|du\s+stock|(?:du|de\s+(?:son|leur|notre|ce))\s+(?:parc|patrimoine|portefeuille)|de\s+(?:ses|leurs|nos)\s+(?:actifs|immeubles|biens|participations)))|capitalisation|(?<![\p{L}\p{N}])capitalis(?:e|ent|ait|aient|era|eront)(?![\p{L}\p{N}])(?!\s+sur(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])vaut(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])valait(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])p(?:èse|esait)(?![\p{L}\p{N}])(?!(?:\s+(?:en\s+revanche|aussi|encore|déjà|lourdement|fortement))?\s+(?:sur|lourd|dans))|(?<![\p{L}\p{N}])(?:estim|évalu)ée?s?(?:\s+par\s+[^.;:,\d\n]{1,50}?)?\s+à)`, "giu");
/** Nouns that stand for a company: "la start-up", "le groupe émirati", "les jeunes pousses". */
export const COMPANY_NOUNS = "start-?ups?|sociétés?|entreprises?|groupes?|firmes?|jeunes?\\s+pousses?|pépites?|licornes?|laboratoires?";
/**
 * Things that have an amount and are no company: a market, a deal, a line of accounts. What they are
 * "estimé à" or what they "pèse" is money, not a valuation.
 */
/**
 * Buildings and public works: what an amount is the cost of ("Le prolongement du tram … est estimé à 88 millions", "le
 * financement de son arène de 640 millions").
 */
export const BUILDINGS_AND_WORKS =
  "usines?|campus|bâtiments?|sièges?|centres?|infrastructures?|chantiers?|extensions?|constructions?|rénovations?|" +
  "prolongements?|tramways?|trams?|lignes?|ponts?|tunnels?|routes?|rocades?|stades?|arènes?|patinoires?|salles?|parkings?|" +
  "gares?|piscines?|écoles?|collèges?|lycées?|hôpital|hôpitaux|aménagements?";
export const AMOUNT_HOLDERS =
  "contrats?|coûts?|marchés?|montants?|budgets?|enveloppes?|factures?|préjudices?|investissements?|projets?|commandes?|" +
  "accords?|transactions?|prix|pertes?|manque|dommages?|économies?|retombées|impacts?|besoins?|subventions?|aides?|plans?|secteurs?|" +
  "filières?|industries?|partenariats?|billetteries?|activités?|divisions?|branches?|chiffres?|programmes?|dettes?|postes?|masses?|" +
  "parts?|sponsorings?|parrainages?|mécénats?|transferts?|salaires?|rémunérations?|primes?|amendes?|taxes?|impôts?|dépenses?|" +
  "appels?\\s+d['’]offres|passifs?|actifs?|travaux|modernisations?|réhabilitations?|surcoûts?|" +
  "charges?|provisions?|dépréciations?|volets?|stratégies?|(?:management\\s+)?packages?|portefeuilles?|" +
  // equipment: "Un second module, estimé à 40 millions"
  "modules?|machines?|phases?|tranches?|équipements?|systèmes?|installations?|" +
  `${BUILDINGS_AND_WORKS}|` +
  // goods: "La marchandise … est estimée à 96 millions de ringgits"
  "marchandises?|cargaisons?|lots?|stocks?|biens?|" +
  // property and holdings: "un appartement … estimé à 2,3 millions", "Le fonds pèse désormais 3 milliards"
  "appartements?|maisons?|immeubles?|terrains?|villas?|propriétés?|domaines?|tableaux?|œuvres?|collections?|gammes?|fonds|" +
  // players on a transfer market: "Le gardien …, estimé à 3,5 millions d'euros"
  "joueurs?|joueuses?|gardiens?|gardiennes?|attaquants?|attaquantes?|défenseurs?|latéral|latéraux|buteurs?|ailiers?|milieux\\s+de\\s+terrain";
/** What "estimé à" can value besides a company: "un contrat estimé à", "le coût, estimé à", "le marché est estimé à". */
export const ESTIMATED_AMOUNT = narrowRegExp(`(?<![\\p{L}\\p{N}])(?:${AMOUNT_HOLDERS})(?![\\p{L}\\p{N}])`, "giu");
/** What "estimé à" values as a company; not a complement ("le passif de la société est estimé à"). */
export const ESTIMATED_COMPANY = narrowRegExp(`(?<![\\p{L}\\p{N}])(?<!(?:de\\s+la|du|des)\\s+|de\\s+l['’]\\s*)(?:${COMPANY_NOUNS})(?![\\p{L}\\p{N}])`, "giu");
export const VALUATION_AFTER = /^[^\S\n]*(?:de[^\S\n]+)?(?:valorisation|de[^\S\n]+valeur|de[^\S\n]+capitalisation|(?:en[^\S\n]+)?(?:post|pr[eé])-?money)/iu;
// What a company earns, owes or spends: nearer the amount than a valuation or funding cue, the amount is plain money
// (not the debt a financing is of: "le refinancement de sa dette, pour 1,8 milliard").
export const MONEY_BEFORE = narrow(/(?<![\p{L}\p{N}])(?:(?:estim|chiffr|évalu)(?:e|ent|ait|aient)\s+à\s*$|objectifs?\s+de\s+cours|indemnités?|paiements?|redevances?|loyers?|bénéfices?|chiffres?\s+d['’]affaires|résultats?|pertes?|revenus?|ventes|dettes?(?<!financement\s{1,3}de\s{1,3}(?:(?:sa|son|ses|la|leur|leurs)\s{1,3})?dettes?)|endettement|passifs?|perd(?:ent|ait|aient|ra|ront|rait|raient)?|trésorerie|dividendes?|amendes?|demande|ordres|engag(?:e|ent|era|eront)|réclam(?:e|ent|ait|aient|é|ée|era|eront)|dommages|subventions?|recettes|marge|volumes?\s+(?:de\s+transactions|de\s+paiements|d['’]affaires)|déficits?|excédents?|coûts?|coûté|coûte|coûtera|coûterait|coûtait|dépenses?)(?![\p{L}\p{N}])/giu);
/**
 * Cues that an amount was raised or invested; a company's debt is raised too ("un prêt de", "la BNDES prêtera", "un
 * crédit bancaire de", "une émission d'obligations convertibles de", "une Océane de"), and so is money it seeks
 * ("cherche 3 millions d'euros"); a ministry's "crédits" are its budget, not a loan (a company's are "un crédit", "des
 * crédits bancaires"); a loan given as an example ("Pour un emprunt de 250 000 euros, la mensualité …")
 * is a household's reckoning, no company's debt.
 */
export const FUNDING_BEFORE = narrow(/(?:(?<![\p{L}\p{N}])lev(?:er|é|ée|ées|és|ons|ez|ait|aient|ant|a|èrent|ions|iez|erai\p{L}*)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])lève|tour\s+de\s+table|(?:nouveau|premier|dernier|précédent|prochain|ce)\s+tour|(?<![\p{L}\p{N}])(?:le|un|son|leur)\s+tour\s+(?:de|d['’])[^\S\n]*(?:(?:environ|près\s+de|plus\s+de|quelque)[^\S\n]+)?$|tour\s+de\s+(?:financement|série)|(?<!(?:au|aux)\s)(?<!besoins?\s+de\s)financement|option\s+de\s+sur-?allocation|prêts?\s+d['’]honneur|(?<![\p{L}\p{N}])l['’]émission\s+à|(?<![\p{L}\p{N}])(?:ré)?investi\p{L}*|(?<![\p{L}\p{N}])injecté|(?<![\p{L}\p{N}])misé|(?<![\p{L}\p{N}])y\s+(?:a|ont|avait|avaient|aura|auront)\s+(?:déjà\s+)?mis(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])apport\p{L}*(?!\s+(?:moyen|personnel|initial))|(?<![\p{L}\p{N}])vers(?:e|ent|era|eront|erait|eraient|é|ée|és)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])inject(?:e|ant)|augmentation\s+de\s+capital|émission\s+obligataire|emprunt\s+obligataire|placement\s+privé|(?<![\p{L}\p{N}])obligations?,?\s+d['’]un\s+montant|produit\s+brut(?!\s+(?:des\s+jeux|bancaire|intérieur|agricole|d['’]exploitation))|prise\s+de\s+participation|entrée\s+au\s+capital|(?<![\p{L}\p{N}])(?<!(?:la|une|sa|leur|cette|les|des|ces|ses|leurs)\s)récolt(?:é|e|ent|era|eront)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])collecté|(?<![\p{L}\p{N}])ouv(?:re|rent|ert|erte|rir|rira|rait)(?:\s+[\p{L}'’]+){0,3}\s+(?:son|leur|le)\s+capital(?![\p{L}])|(?<![\p{L}\p{N}])(?:clos|close)\s+à\s*$|(?<![\p{L}\p{N}])réuni|(?<![\p{L}\p{N}])(?:mis|met|mettent|mettront|remis|remet|remettent)\s+au\s+pot|(?<![\p{L}\p{N}])boucl\p{L}*(?!\p{L})(?!\s+(?:son|sa|ses|le|les|leur|leurs|un|une)\s+(?:budgets?|comptes|fins|exercices?|bilans?|dossiers?))(?!\s+ce\s+\p{L}+\s+(?:son|sa|ses|le|la|les|leur|leurs)\s)|(?<![\p{L}\p{N}])série\s+[A-H](?![\p{L}\p{N}'’])|(?<![\p{L}\p{N}])seed(?![\p{L}\p{N}])|(?<!fonds\s+d['’])amorçage|(?<![\p{L}\p{N}])(?:a|ont|avait|avaient|aura|auront)\s+souscrit\s*(?:(?:pour|environ|près\s+de)\s+)?$|(?<![\p{L}\p{N}])(?:engagée?s?|prête?s?|propos\p{L}*)\s+à\s+souscrire\s+(?:(?:pour|environ|près\s+de|plus\s+de|jusqu['’]à)\s+)?$|(?<![\p{L}\p{N}])(?:soutenue?|financée?|souscrit|souscrire|engagée?s?)\s+à\s+hauteur|(?<![\p{L}\p{N}])entr(?:e|ent|era|eront|ait|aient|ée?s?)(?:\s+(?:en\s+outre|aussi|également))?\s+au\s+capital\s+(?:de|d['’]|du)[^.;:\n]{1,40}?\s+à\s+hauteur\s+de\s*(?:(?:environ|près\s+de|plus\s+de|quelque)\s+)?$|(?<![\p{L}\p{N}])entr(?:e|ent|era|eront|ait|aient|ée?s?)\s+(?:à\s+hauteur\s+de\s+\d{1,3}(?:,\d+)?\s*%\s+)?(?:au|à\s+son|à\s+leur|dans\s+son|dans\s+le)\s+capital|(?<![\p{L}\p{N}])prêt(?:er(?:a|ont|ait|aient)?|e|ent|é)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?<![Pp]our\s+une?\s)(?:prêts?|emprunts?|avances?\s+remboursables?|crédit(?:\s+(?:bancaire|syndiqué|renouvelable))?|crédits\s+(?:bancaires|syndiqués|renouvelables)|lignes?\s+de\s+crédit|émissions?\s+d['’]obligations|obligations?(?:\s+(?:vertes?|convertibles?|durables?|hybrides?|sociales?|perpétuelles?))?|océanes?)(?:-relais)?(?:[^\S\n]+(?:de[^\S\n]+)?(?!d['’e])[\p{L}'’]+){0,3}[^\S\n]+(?:de|d['’])[^\S\n]*(?:(?:environ|près\s+de|plus\s+de|quelque)[^\S\n]+)?$|(?<![\p{L}\p{N}])(?<!(?:ville|commune|État|Etat|département|région|Région|collectivité|métropole|agglomération|pays|gouvernement|Trésor)[^.;\n]{0,60})(?:emprunt(?:e|era|erait)|(?:a|avait|aura)\s+emprunté)\s*(?:(?:environ|près\s+de|plus\s+de|quelque)\s+)?$|(?<![\p{L}\p{N}])s['’]endett(?:e|ent|er|era|eront|ait|aient|ant)(?:[^\S\n]+(?:encore|à[^\S\n]+nouveau))?[^\S\n]+(?:de|d['’])[^\S\n]*(?:(?:environ|près\s+de|plus\s+de|quelque)[^\S\n]+)?$|(?<![\p{L}\p{N}])(?:re)?cherch(?:e|ent|ait|aient|era|eront|erait|eraient)(?:[^\S\n]+(?:encore|toujours|désormais|activement|aujourd['’]hui))?[^\S\n]+(?:(?:environ|près\s+de|plus\s+de|quelque)[^\S\n]+)?(?:entre[^\S\n]+\d[\d,]*[^\S\n]+et[^\S\n]+)?$)/giu);
export const FUNDING_AFTER = narrow(/^[^\S\n]*(?:le[^\S\n]+(?:total|montant)[^\S\n]+(?:levé|réuni|collecté)(?![\p{L}])|(?:,[^\S\n]*)?prêtée?s?[^\S\n]+par(?![\p{L}])|sur[^\S\n]+un[^\S\n]+prêt(?![\p{L}])|(?:,[^\S\n]*)?sous[^\S\n]+forme[^\S\n]+d['’](?:avances?[^\S\n]+remboursables?|obligations)|lors[^\S\n]+(?:d['’]une|de[^\S\n]+la|du|de[^\S\n]+l['’])[^\S\n]*(?:(?:précédente|dernière|première|nouvelle)[^\S\n]+)?(?:levée|tour|série[^\S\n]+[A-H](?![\p{L}\p{N}'’])|amorçage|augmentation[^\S\n]+de[^\S\n]+capital)|(?:,[^\S\n]*)?prendr\p{L}*[^\S\n]+la[^\S\n]+forme[^\S\n]+d['’]une?[^\S\n]+(?:crédit|prêt|emprunt|dette|émission)|en[^\S\n]+s[ée]rie[^\S\n]+[A-H](?![\p{L}\p{N}'’])|de[^\S\n]+financement|de[^\S\n]+fonds[^\S\n]+levés|de[^\S\n]+dette(?![\p{L}])(?![^\S\n]+(?:publique|de[^\S\n]+l['’]État))|d['’]obligations|en[^\S\n]+fonds[^\S\n]+propres|de[^\S\n]+[«"“]?[^\S\n]*love[^\S\n]+money|les[^\S\n]+(?:moyens|fonds|sommes)[^\S\n]+(?:réunis|levés|levées|collectés|collectées|rassemblés|rassemblées)(?![\p{L}])|de[^\S\n]+prêts?[^\S\n]+(?:bancaires?|d['’]honneur)|par[^\S\n]+(?:un|une|des)[^\S\n]+(?:crédits?|prêts?|emprunts?|émissions?[^\S\n]+obligataires?)(?![\p{L}])|d['’]emprunts?(?:[^\S\n]+(?:bancaires?|obligataires?))?(?![\p{L}])|,[^\S\n]*dont[^.;\n]{1,30}?(?:en[^\S\n]+fonds[^\S\n]+propres|de[^\S\n]+dette|de[^\S\n]+prêts?[^\S\n]+bancaires?)(?![\p{L}])|d['’]argent[^\S\n]+frais|en[^\S\n]+(?:pré-?)?amorçage|(?:(?:sera|seront|serait|seraient|est|sont|a[^\S\n]+été|ont[^\S\n]+été)[^\S\n]+)?(?:injecté|levé)e?s?(?![\p{L}])|en[^\S\n]+comptes?[^\S\n]+courants?(?![\p{L}])|d['’]augmentation[^\S\n]+de[^\S\n]+capital|en[^\S\n]+cas[^\S\n]+d['’]exercice[^\S\n]+(?:intégral[^\S\n]+)?(?:de[^\S\n]+(?:la|l['’])[^\S\n]*)?(?:option|clause)|si[^\S\n]+[^.;\n]{0,40}?exerc\p{L}*[^\S\n]+(?:leur|son|sa|la|l['’])[^\S\n]*(?:option|clause)|au[^\S\n]+pot(?![\p{L}])|(?:,[^\S\n]*)?apporté(?:e|s|es)?(?:[^\S\n]+en[^\S\n]+fonds[^\S\n]+propres)?[^\S\n]+par[^\S\n]+(?:(?:un|le|les|des|ses|leurs?|l['’])[^\S\n]*)?(?:fonds|investisseurs?|actionnaires?)(?![\p{L}])|(?:,[^\S\n]*)?(?:sera|seront|est|sont|a[^\S\n]+été|ont[^\S\n]+été)[^\S\n]+apporté(?:e|s|es)?[^\S\n]+en[^\S\n]+fonds[^\S\n]+propres|(?:,[^\S\n]*)?(?:(?:sera|seront|est|sont|a[^\S\n]+été|ont[^\S\n]+été)[^\S\n]+)?emprunté(?:e|s|es)?[^\S\n]+auprès(?![\p{L}])|de[^\S\n]+prêts?[^\S\n]+auprès(?![\p{L}])|(?:de|,[^\S\n]*une)[^\S\n]+participations?(?:[^\S\n]+minoritaires?)?[^\S\n]+(?:dans|au[^\S\n]+capital)(?![\p{L}])|de[^\S\n]+fonds[^\S\n]+propres,?[^\S\n]+apporté(?:e|s|es)?[^\S\n]+par|de[^\S\n]+fonds[^\S\n]+propres[^\S\n]+(?:de|d['’]|du|des|auprès[^\S\n]+(?:de|d['’]|du|des))[^\S\n]*(?:(?:son|ses|leur|leurs|l['’]|un|une|le|les)[^\S\n]*)?(?:actionnaires?|investisseurs?|maison[^\S\n]+mère)(?![\p{L}])|(?:,[^\S\n]*)?arrangée?s?[^\S\n]+par|à[^\S\n]+l['’]augmentation[^\S\n]+de[^\S\n]+capital|auprès[^\S\n]+(?:de|d['’]|du|des)[^.;\n]{0,40}?(?<![\p{L}])(?:banques?|investisseurs|actionnaires|business[^\S\n]+angels|fonds|prêteurs|créanciers|Bpifrance)(?![\p{L}])|(?:d['’]actions|de[^\S\n]+titres)(?:[^\S\n]+nouvelles)?[^\S\n]+(?:auprès|lors[^\S\n]+de[^\S\n]+l['’](?:opération|introduction)|au[^\S\n]+prix[^\S\n]+de[^\S\n]+l['’](?:offre|introduction)))/iu);
/** An amount compared with the one before keeps its kind: "C'est encore loin des 100 milliards de dollars d'OpenAI". */
export const COMPARISON = narrow(/(?<![\p{L}\p{N}])(?:loin|contre|comparé|comparée|face|par\s+rapport|derrière|devant|dépass(?:e|ant|ée?s?|era)|surpass\p{L}*|double|triple|moitié(?![\p{L}\p{N}])(?![^\S\n]+(?:de|du|des|d['’])))(?![\p{L}\p{N}])/iu);

/** The operation a stage is told against, in words: "avant la levée", "après l'opération", "avant l'argent frais". */
export const OPERATION = String.raw`(?:la\s+levée|l['’]opération|le\s+tour|l['’]investissement|l['’]apport(?:\s+d['’]argent\s+frais)?|l['’]argent\s+frais|(?:l['’])?augmentation(?:\s+de\s+capital)?)`;
export const PRE_MONEY = narrowRegExp(String.raw`(?<![\p{L}\p{N}])(?:pr[eé][- ]?money|avant\s+${OPERATION})`, "iu");
export const POST_MONEY = narrowRegExp(String.raw`(?<![\p{L}\p{N}])(?:post[- ]?money|après\s+${OPERATION}|à\s+l['’]issue)`, "iu");
export const ROUND = narrow(/(?<![\p{L}\p{N}])(?:s[ée]ries?|round|tour\s+de\s+table\s+de\s+s[ée]rie)\s+([A-H])(?![\p{L}\p{N}'’])|(?<![\p{L}\p{N}])(pré-?amorçage|amorçage|seed|pre-seed)(?![\p{L}\p{N}])/iu);

/** Units of time and physical measures: a number before them measures, it counts nothing ("30 mètres", "18 mois"). */
export const MEASURE_NOUNS = new Set([
  // time
  "ans", "années", "mois", "semaines", "jours", "heures", "minutes", "secondes", "millisecondes", "microsecondes",
  "nanosecondes", "nuits", "siècles", "décennies",
  "trimestres", "semestres", "saisons", "exercices", "fois",
  // length, area, volume, mass, energy, speed, temperature, sound, data
  "mètres", "kilomètres", "centimètres", "millimètres", "micromètres", "nanomètres", "angströms", "angstroms", "kms", "miles", "pieds", "pouces",
  "hectares", "ares", "acres", "litres", "hectolitres", "centilitres", "kilos", "kilogrammes", "grammes",
  "milligrammes", "carats", "onces", "watts", "kilowatts", "mégawatts", "gigawatts", "térawatts", "kilowattheures",
  "mégawattheures", "gigawattheures", "térawattheures", "volts", "kilovolts", "mégavolts", "ampères", "joules", "calories", "degrés", "kelvins", "millikelvins", "décibels",
  "nœuds", "octets", "kilooctets", "mégaoctets", "gigaoctets", "téraoctets", "bits", "pixels", "étoiles",
]);

/**
 * Plural nouns after a number that measure rather than count (units, durations, times, scores), and
 * adjectives that stand before the noun: "30 mètres", "18 mois", "42 points", "17 buts", "dix premiers".
 * A closed list, where the nouns counted are an open one: any other plural noun after a number counts.
 */
export const NOT_COUNTED = new Set([
  ...MEASURE_NOUNS,
  // money sub-units and shares of a whole
  "centimes", "cents", "pence", "points", "pourcents", "dixièmes", "centièmes", "millièmes", "tiers", "quarts",
  // scores
  "buts", "matches", "matchs", "victoires", "défaites", "nuls", "sets", "rangs",
  // adjectives and pronouns that stand after a number: "dix premiers", "15 autres"
  "premiers", "premières", "derniers", "dernières", "prochains", "prochaines", "autres", "suivants", "suivantes",
  "précédents", "précédentes", "plusieurs", "mêmes", "seuls", "seules", "nouveaux", "nouvelles", "supplémentaires",
  "restants", "restantes", "disponibles", "actifs", "actives", "environ",
  // a window of trading days: "la moyenne des soixante dernières séances"
  "séances",
  // a document's length: "un rapport de 148 pages"
  "pages",
  // rates: "4 h 30 hebdomadaires", "12 mensuelles"
  "quotidiens", "quotidiennes", "hebdomadaires", "mensuels", "mensuelles", "annuels", "annuelles", "journaliers", "journalières", "horaires",
  // adverbs and prepositions: "600 millions lors de", "de plus", "dès"
  "plus", "moins", "pas", "près", "dès", "très", "jamais", "désormais", "toujours", "parfois", "lors", "hors", "alors",
  "ailleurs", "tandis", "néanmoins", "toutefois", "jadis", "volontiers", "environs", "auprès",
]);

/** A number given as a vague quantity ("des centaines de milliers", "plusieurs millions", "quelques dizaines"): no value to check. */
// ("de millions d'appelants": a scale noun with no number before it is as vague as "des millions")
export const VAGUE_QUANTITY = /^(?:(?:des|plusieurs|quelques)[ \u00a0]|(?:millions|milliards|milliers|centaines|dizaines)(?![\p{L}]))/iu;

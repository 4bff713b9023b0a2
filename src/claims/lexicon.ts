// Words the claim rules look for around numbers.

/** Nouns of AI accelerators: "100 000 puces", "12 000 GPU", "20 000 GPUs H100". */
export const ACCELERATOR_NOUNS = "GPUs?|GPU|TPUs?|accélérateurs?(?:[ \\u00a0]+(?:d['’]IA|IA|graphiques))?|cartes?[ \\u00a0]+graphiques|processeurs[ \\u00a0]+graphiques|puces[ \\u00a0]+graphiques|unités[ \\u00a0]+de[ \\u00a0]+traitement[ \\u00a0]+graphique|superpuces";
/** Chip nouns that are accelerators only in a compute context: "100 000 semi-conducteurs spécialisés" near "supercalculateur". */
export const CHIP_NOUNS = "puces?|processeurs?|semi-?conducteurs?|composants?|cartes?";
/** Words that make a chip noun mean AI accelerators. */
export const COMPUTE_CONTEXT = /\b(?:IA|intelligence artificielle|supercalculateur|superordinateur|calcul|GPU|Nvidia|AMD|data ?cent(?:er|re)s?|centres? de données|clusters?|entraîn|modèles?|H100|H200|B200|accélérateur|Colossus)/iu;

/** Things counted in news claims: "1 500 salariés", "100 millions d'utilisateurs", "une quarantaine de propriétaires". */
export const COUNTED_NOUNS = [
  "salariés", "salarié", "employés", "employé", "collaborateurs", "personnes", "personne", "utilisateurs", "utilisateur", "usagers",
  "abonnés", "clients", "habitants", "emplois", "postes", "ingénieurs", "chercheurs", "développeurs", "data centers", "data centres",
  "datacenters", "centres de données", "serveurs", "pays", "villes", "sites", "usines", "entreprises", "sociétés", "start-up",
  "startups", "start-ups", "modèles", "paramètres", "tokens", "requêtes", "téléchargements", "brevets", "magasins", "véhicules",
  "voitures", "satellites", "lancements", "propriétaires", "licenciements", "recrutements", "étudiants", "élèves", "patients",
  "victimes", "morts", "blessés", "candidats", "visiteurs", "lecteurs", "membres", "adhérents", "actionnaires", "investisseurs",
  "projets", "contrats", "commandes", "unités", "exemplaires", "robots", "drones", "foyers", "logements", "ménages", "agents",
  "fonctionnaires", "médecins", "enseignants", "soldats", "touristes", "passagers", "vols", "avions", "smartphones", "appareils",
  "licences", "comptes", "messages", "images", "vidéos", "articles", "livres", "followers", "partenaires", "fournisseurs",
];

/** Cues that an amount is a company's value. */
export const VALUATION_BEFORE = /(?:valoris\p{L}*|\bvaleur\b|capitalisation|\bvaut\b|\bvalait\b|\bpèse\b|\bpesait\b|\bestimée?\s+à)/giu;
export const VALUATION_AFTER = /^[^\S\n]*(?:de[^\S\n]+)?(?:valorisation|de[^\S\n]+valeur|de[^\S\n]+capitalisation)/iu;
/** Cues that an amount was raised or invested. */
export const FUNDING_BEFORE = /(?:\blev\p{L}*|\blève|tour\s+de\s+table|financement|\binvesti\p{L}*|\binjecté|\binjecte|augmentation\s+de\s+capital|\brécolté|\bcollecté|\bréuni|\bboucl\p{L}*|\bsérie\s+[A-H]\b|\bseed\b|amorçage|\bsoutenue?\s+à\s+hauteur|\bfinancée?\s+à\s+hauteur)/giu;
export const FUNDING_AFTER = /^[^\S\n]*(?:lors[^\S\n]+d['’]une[^\S\n]+levée|de[^\S\n]+financement|d['’]investissement|de[^\S\n]+fonds[^\S\n]+levés)/iu;
/** An amount compared with the one before keeps its kind: "C'est encore loin des 100 milliards de dollars d'OpenAI". */
export const COMPARISON = /\b(?:loin|contre|comparé|comparée|face|derrière|devant|dépasse|dépassant|surpass\p{L}*|double|triple|moitié)\b/iu;

export const PRE_MONEY = /\b(?:pr[eé][- ]?money|avant\s+(?:la\s+levée|l['’]opération|le\s+tour|l['’]investissement))/iu;
export const POST_MONEY = /\b(?:post[- ]?money|après\s+(?:la\s+levée|l['’]opération|le\s+tour|l['’]investissement)|à\s+l['’]issue)/iu;
export const ROUND = /\b(?:s[ée]ries?|round|tour\s+de\s+table\s+de\s+s[ée]rie)\s+([A-H])\b|\b(pré-?amorçage|amorçage|seed|pre-seed)\b/iu;

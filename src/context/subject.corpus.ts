import type { Corpus } from "../corpus.js";
import { extractDocument } from "../pipeline.js";

// Whose claim is it? Sentences from French tech news, and the subject each claim must get.
export const corpus: Corpus = {
  name: "subject",
  recognise: (text, refDate) =>
    extractDocument({ source: "corpus", text }, { refDate: refDate ?? null, lang: "fr" }).claims.map((c) => ({
      kind: c.kind, text: c.text, subject: c.subject,
    })),
  positives: [
    // a firm's size and milestones name it as the subject: "X compte 3 100 salariés", "X dépasse les 500 M€"
    {
      text: "Torvelle dépasse les 300 M€ de revenus et s'offre le belge Ganthor\nL'éditeur nantais a publié mardi ses résultats. Son chiffre d'affaires atteint 410 millions d'euros.\nTorvelle compte 2 400 salariés.",
      want: [{ kind: "money", subject: "Torvelle" }, { kind: "money", subject: "Torvelle" }, { kind: "count", subject: "Torvelle" }],
    },
    // a brand the company owns ("sa marque haut de gamme X", "sous l'enseigne X") leaves the figures to the company
    {
      text: "Le groupe de prêt-à-porter Morvane ferme 48 de ses 500 magasins, dont 31 sous l'enseigne Lisbelle, et supprime 640 postes. Il veut doubler le poids de sa marque haut de gamme Orsel d'ici à 2030. Mardi, l'action a plongé de 11,8 %.",
      want: [{ kind: "count", text: "640 postes", subject: "Morvane" }, { kind: "date", subject: "Morvane" }, { kind: "percent", subject: "Morvane" }],
    },
    // ... but not a trade's or a metric's acronym: "L'ESN Nexalto va recruter", "Le résultat EPRA atteint"
    {
      text: "L'ESN Morvalto va recruter 1 200 ingénieurs. La foncière Valbrune a publié ses comptes : le résultat net récurrent EPRA atteint 4,12 euros par action.",
      want: [{ kind: "count", subject: "Morvalto" }, { kind: "money", subject: "Valbrune" }],
    },
    // a short form takes the full name whose other words name a trade ("Liséna Analytique … Liséna compte"); a
    // capitalised "Groupe" is the group named before, and a place after "de l'" no subject
    {
      text: "Le groupe torontois Halvern Software acquiert Liséna Analytique pour 310 millions de dollars. Fondée en 2019, Liséna compte 180 employés. Le Groupe compte 2 460 clients. L'usine de la zone de l'Orvette, ouverte en 2024, va passer de 250 à 800 drones par mois.",
      want: [{ kind: "count", text: "180 employés", subject: "Liséna Analytique" }, { kind: "count", text: "2 460 clients", subject: "Halvern Software" }, { kind: "count", text: "800 drones", subject: "Liséna Analytique" }],
    },
    // ... while "Groupe" opening a name is part of it
    {
      text: "Son concurrent Orlisoft a été racheté en juillet par l'assureur Groupe Maréval pour 18 millions d'euros.",
      want: [{ kind: "money", subject: "Groupe Maréval" }],
    },
    // an ampersand joins the words of one name: "Aldwyn & Vail", "Dolce & Gabbana"
    {
      text: "Le groupe Sérancourt rachète le joaillier américain Aldwyn & Vail, fondé en 1889. Dolce & Gabbana emploie 6 000 personnes.",
      want: [{ kind: "date", subject: "Aldwyn & Vail" }, { kind: "count", subject: "Dolce & Gabbana" }],
    },
    // "Chez X," opening a sentence sets the company the sentence is about (a retailer, a brand, a firm)
    {
      text: "Les marges se tassent dans la distribution. Chez Valmoreau, la marge opérationnelle a atteint 12,4 %. Chez Dubreuil Frères, elle recule à 8 %.",
      want: [{ kind: "percent", subject: "Valmoreau" }, { kind: "percent", subject: "Dubreuil Frères" }],
    },
    // … but "Chez <broker>, l'analyste …" is a broker's desk: the figures are the company's
    {
      text: "Le titre Maréville a chuté. Chez Garnier Vauquelin, l'analyste abaisse son objectif de cours à 21 euros.",
      want: [{ kind: "money", subject: "Maréville" }],
    },
    // a person whose first name the lists lack is no firm for a verb people use: "X vise 50 millions"
    {
      text: "Fondée en 2019, Orlavix emploie 40 personnes. Arnoldin Massaret vise désormais 50 millions € de revenus en 2030.",
      want: [{ kind: "date", subject: "Orlavix" }, { kind: "count", subject: "Orlavix" }, { kind: "money", subject: "Orlavix" }, { kind: "date", subject: "Orlavix" }],
    },
    // a retailer named by its trade, before or after the name: "le grossiste X", "X, le supermarché en ligne,"
    {
      text: "Le secteur accélère. Le grossiste Orvanel, fournisseur des restaurants, affiche 12 000 références. Ambrelis, le supermarché en ligne, reverse 4 % de chaque panier.",
      want: [{ kind: "count", subject: "Orvanel" }, { kind: "percent", subject: "Ambrelis" }],
    },
    // a name, a clause between commas, then its verb: "Tressane, longtemps hostile aux promotions, a ouvert …"
    {
      text: "Les enseignes se réorganisent. Tressane, longtemps hostile aux promotions, a ouvert 14 magasins en mars.",
      want: [{ kind: "count", subject: "Tressane" }, { kind: "date", subject: "Tressane" }],
    },
    // … not a person described between commas, nor a metric after an elided article
    {
      text: "Le groupe Orlandine, dirigé depuis 2015 par Maïwenn Lescarret, la fille du fondateur, emploie 80 salariés. L’Ebitdaal, l’indicateur de rentabilité du groupe, progresse de 2,4 %.",
      want: [{ kind: "date", subject: "Orlandine" }, { kind: "count", subject: "Orlandine" }, { kind: "percent", subject: "Orlandine" }],
    },
    // an African state is a place, whatever clause follows it ("Le Cameroun, cinquième producteur mondial, a récolté"),
    // and no firm of the headline's
    {
      text: "Cameroun : Ebène Sud investit 62 milliards de FCFA à Kribi\nLe broyeur lance son usine. Le Cameroun, cinquième producteur mondial, a récolté 290 000 tonnes.",
      want: [{ kind: "money", subject: "Ebène Sud" }, { kind: "count", subject: "Cameroun" }],
    },
    // what a firm chose or totals: "X a choisi", "X totalise"
    {
      text: "Les fabricants divergent. Saluvière a choisi la prudence, avec 2 % de hausse seulement. Brocéliane totalise 30 000 palettes cette année.",
      want: [{ kind: "percent", subject: "Saluvière" }, { kind: "count", subject: "Brocéliane" }, { kind: "date", subject: "Brocéliane" }],
    },
    // a press release: a legal form ("SA", "SE", "NV") is no part of the name, and a metric or a right written in
    // capitals (REBITDA, DPS, SaaS) names no company
    {
      text: "Corvalis SA : résultats annuels 2027\nLiège, le 3 mars 2028 – Corvalis SA (Euronext Bruxelles : CRVL), éditeur de logiciels SaaS pour la logistique, publie ses résultats. Le REBITDA atteint 7,2 millions EUR. Corvalis lance une augmentation de capital avec maintien du DPS de 12 millions d'euros.",
      want: [{ kind: "date", subject: "Corvalis" }, { kind: "money", subject: "Corvalis" }, { kind: "funding", subject: "Corvalis" }],
    },
    // a product named after its maker ("Talvane Shield") does not rename the maker
    {
      text: "Talvane : chiffre d'affaires annuel de 84 M€\nTalvane (Euronext Growth : ALTVN), spécialiste de la cybersécurité, publie son chiffre d'affaires 2027. Sa plateforme Talvane Shield compte désormais 1 900 clients. Le chiffre d'affaires atteint 84 M€.",
      want: [{ kind: "money", subject: "Talvane" }, { kind: "date", subject: "Talvane" }, { kind: "count", subject: "Talvane Shield" }, { kind: "money", subject: "Talvane" }],
    },
    // a chip maker's short name is its full name ("l'américain Castelvar Micro … Castelvar a perdu")
    {
      text: "Pékin bannit une puce américaine. L'américain Castelvar Micro est visé. Castelvar a perdu 13 % à l'ouverture.",
      want: [{ kind: "percent", subject: "Castelvar Micro" }],
    },
    // a machine named by an apposition without an article, or with "la machine", owns its figures
    {
      text: "Ysarne, premier supercalculateur exaflopique français, inauguré à Saclay\nIl aura fallu quatre ans de chantier. Ysarne, la machine commandée par l’entreprise commune EuroHPC et l’Etat, a été inaugurée lundi. Le projet aura coûté 612 millions d’euros.",
      want: [{ kind: "money", subject: "Ysarne" }],
    },
    // "À Herstal, le fabricant … Ferromosa": a preposition and a town open no name; "la chaîne de supermarchés X" names X
    {
      text: "À Herstal, le fabricant de pièces mécaniques Ferromosa n'a pas attendu. L'entreprise de 180 personnes a investi 2,4 millions d'euros dans un serveur de 64 GPU.",
      want: [{ kind: "count", subject: "Ferromosa" }, { kind: "money", subject: "Ferromosa" }, { kind: "gpu_count", subject: "Ferromosa" }],
    },
    {
      text: "Certaines entreprises ont pris les devants. La chaîne de supermarchés Hallemart a généralisé en mars un assistant maison à ses 14 000 employés, pour un coût de 3,5 millions d’euros par an.",
      want: [{ kind: "count", subject: "Hallemart" }, { kind: "money", subject: "Hallemart" }],
    },
    // "Vectorielle, une start-up parisienne": the apposition's noun after a name is what "la start-up" takes up later,
    // even when the buyer is the text's protagonist
    {
      text: "Le groupe Ashbourne Analytics a annoncé le rachat de Vectorielle, une start-up parisienne, pour 150 millions de dollars. Ashbourne est venu chercher ses ingénieurs. Les clients de Vectorielle ont été prévenus. La start-up avait levé 22 millions d'euros en 2025.",
      want: [{ kind: "money", subject: "Ashbourne Analytics" }, { kind: "funding", subject: "Vectorielle" }],
    },
    // ("le titre ASML": a known company in capitals is no ticker)
    {
      text: "Les valeurs technologiques ont salué l'annonce, tandis que le titre ASML gagnait 2,3 % à Amsterdam.",
      want: [{ kind: "percent", subject: "ASML" }],
    },
    // "Terres de Vesle": a plural noun, "de" and an unknown capitalised word are one name (not "Airbus de Toulouse")
    {
      text: "Moisson 2027 : Terres de Vesle engrange 1,42 million de tonnes\nBilan de moisson rassurant pour Terres de Vesle. La coopérative marnaise a collecté 1,42 million de tonnes de céréales.",
      want: [{ kind: "count", subject: "Terres de Vesle" }, { kind: "count", subject: "Terres de Vesle" }],
    },
    // an industry's metric is no company ("le RevPAR grimpe"), and a trade word keeps a short name to its company
    {
      text: "Calvénor Hôtels : le RevPAR grimpe de 7,4 % au premier semestre\nLe groupe hôtelier Calvénor Hôtels a publié ses résultats. Le RevPAR de ses 64 établissements s’établit à 71,30 euros.",
      want: [{ kind: "percent", subject: "Calvénor Hôtels" }, { kind: "money", subject: "Calvénor Hôtels" }],
    },
    {
      text: "Croisières : Azurine promet 64 escales à Villefranche en 2028\nLa compagnie marseillaise Azurine Croisières a dévoilé lundi son programme : 64 escales dans la rade.",
      want: [{ kind: "count", subject: "Azurine Croisières" }, { kind: "count", subject: "Azurine Croisières" }],
    },
    // a resort named after its place is the figures' owner ("la station de Valsenaz")
    {
      text: "À huit jours de l'ouverture des pistes, la station de Valsenaz affiche un optimisme prudent : elle espère 540 000 journées-skieurs sur la saison.",
      want: [{ kind: "count", subject: "Valsenaz" }],
    },
    // a company's share moves and results, told with a market's words: the index and the data provider are settings
    // and sources, not the figures' owners ("en tête du MDax", "plus forte baisse du SBF 120", "interrogés par FactSet")
    {
      text: "Quellmark Photonik s'envole de 17 % : les modules optiques dopent le trimestre. Le titre gagne 17,3 % à 168,40 euros à Francfort, en tête du MDax. Quellmark capitalise 14,8 Md€.",
      want: [{ kind: "percent", text: "17 %", subject: "Quellmark Photonik" }, { kind: "percent", text: "17,3 %", subject: "Quellmark Photonik" }, { kind: "valuation", subject: "Quellmark Photonik" }],
    },
    {
      text: "Arvakor a réalisé des ventes de 9,84 milliards de dollars, quand les analystes interrogés par FactSet en attendaient 9,5 milliards. Son bénéfice net a presque doublé, à 3,71 milliards de dollars.",
      want: [{ kind: "money", text: "9,5 milliards", subject: "Arvakor" }, { kind: "money", text: "3,71 milliards de dollars", subject: "Arvakor" }],
    },
    {
      text: "Tervalys a lancé un avertissement sur ses résultats. Vers 9h30, l'action cédait 18,7 % à 41,06 euros, plus forte baisse du SBF 120, effaçant sa hausse de 24 % depuis le 1er janvier.",
      want: [{ kind: "percent", text: "18,7 %", subject: "Tervalys" }, { kind: "percent", text: "24 %", subject: "Tervalys" }],
    },
    {
      text: "Hollowell Digital signe un contrat de 3,4 milliards de dollars. Sur le Nasdaq, l'action HOLW s'envolait de 23,8 % avant l'ouverture, à 17,42 $.",
      want: [{ kind: "percent", text: "23,8 %", subject: "Hollowell Digital" }],
    },
    { text: "Mistral AI a levé 600 millions d'euros en juin.", want: [{ kind: "funding", subject: "Mistral AI" }, { kind: "date", subject: "Mistral AI" }] },
    // a plan or a programme named after its noun is the subject of its figures; "le projet de loi de financement de
    // la Sécurité sociale" names no project "Sécurité"
    {
      text: "Le gouvernement a présenté vendredi son plan «Santé augmentée», doté de 1,2 milliard d’euros sur cinq ans.",
      want: [{ kind: "money", subject: "Santé augmentée" }],
    },
    {
      text: "Les crédits seront inscrits dans le projet de loi de financement de la Sécurité sociale pour 2029.",
      want: [{ kind: "date", subject: null }],
    },
    // (a plan in a story that named an organisation before is that organisation's: its figures are the owner's)
    {
      text: "Banque Castelroc a présenté mercredi son plan stratégique « Horizon 2030 », qui prévoit d’investir 2,4 milliards d’euros.",
      want: [{ kind: "money", subject: "Banque Castelroc" }],
    },
    {
      text: "Orange veut réduire ses coûts indirects de 600 millions d'euros. Le plan « Lead the Future » prévoit aussi un dividende de 0,75 euro par action.",
      want: [{ kind: "money", subject: "Orange" }, { kind: "money", subject: "Orange" }],
    },
    // a name after a short phrase of place or frame, described by "qui": "A Lyon, Praxédis, qui développe …"
    {
      text: "A Lyon, Praxédis, qui développe des modèles de vision pour l’industrie, a fait ses calculs. La start-up, qui emploie 96 personnes, a bouclé une série B.",
      want: [{ kind: "count", subject: "Praxédis" }],
    },
    {
      text: "Dans sa circonscription, Garonia, qui conçoit des logiciels d'IA, attend un remboursement de 1,3 million d'euros.",
      want: [{ kind: "money", subject: "Garonia" }],
    },
    // ... or by what it makes or owns: ", dont le logiciel …"
    {
      text: "A Nantes, Dextralis, dont le logiciel de tri de candidatures est utilisé par 1 800 entreprises, a déjà dépensé 2,3 millions d'euros.",
      want: [{ kind: "count", subject: "Dextralis" }, { kind: "money", subject: "Dextralis" }],
    },
    // a name first written with its company words keeps them in every mention: "Centers", "Datacentres", "Capital"
    {
      text: "Valméra Datacentres relève son dividende de 9 % après une année record\nValméra exploite désormais 31 sites en Europe.",
      want: [{ kind: "percent", subject: "Valméra Datacentres" }, { kind: "count", subject: "Valméra Datacentres" }],
    },
    {
      text: "Kelvora Data Centers achète 38 hectares pour son campus. Kelvora versera un acompte de 10 % à la signature.",
      want: [{ kind: "percent", subject: "Kelvora Data Centers" }],
    },
    // a digest's items open on a short headline sentence about their company, perhaps after their town, or name it last
    // in a subhead of their own; each item's figures are its company's
    {
      text: "En bref : l'actualité des entreprises\nOuest-France. Publié le 17/11/2028\nVannes. Calvérine boucle son premier tour de table. La start-up a levé 6,5 M€ auprès de business angels.\nTorvane réduit la voilure. La plateforme supprime 400 postes en Europe.\nBrest : 512 GPU pour Ondralis\nLe spécialiste des prévisions océanographiques a mis en service 512 GPU.",
      want: [{ kind: "funding", subject: "Calvérine" }, { kind: "count", text: "400 postes", subject: "Torvane" }, { kind: "gpu_count", text: "512 GPU", subject: "Ondralis" }],
    },
    // a live blog's items open on their time; a town that opens a digest's items is a place, whatever it names
    {
      text: "DIRECT. Sommet de l’IA à Paris : suivez la journée\nPar franceinfo · Publié le 15/02/2028 08:02\n18h51 Selvarne s’offre 4 096 puces Nvidia. La start-up lyonnaise a confirmé une commande de 4 096 GPU B300.\n16h20 Klervine entre dans le club des licornes. Le spécialiste de la cybersécurité annonce une levée de 220 millions d’euros.",
      want: [{ kind: "gpu_count", text: "4 096 GPU B300", subject: "Selvarne" }, { kind: "funding", subject: "Klervine" }],
    },
    // ... but an interview's questions and a byline open no item
    {
      text: "Entretien\nPar Ilse Marrec. Publié le 3 mars 2028\nCombien de salariés comptez-vous ?\nNous sommes 310 chez Vardel, contre 120 il y a un an.\nPourquoi recruter autant ?\nLe groupe Vardel ouvrira 12 agences en 2028.",
      want: [{ kind: "count", text: "12 agences", subject: "Vardel" }],
    },
    // a dateline "Town (64) - Par …" is no round-up item's lead (its dash takes an amount after it)
    {
      text: "Bidart : l'éditeur Harriague Informatique passe sous pavillon lyonnais\nBidart (64) - Par Amaia Etxart - Publié le 14/04/2027\nL'éditeur de logiciels Harriague Informatique a été racheté par le groupe lyonnais Orméon.\nL'entreprise familiale emploie quelque 80 salariés entre Bidart et Pau.",
      want: [{ kind: "count", subject: "Harriague Informatique" }],
    },
    // more verbs of a company's news make a name its subject: "X a reconnu", "X a confirmé", "X prévoit"
    {
      text: "Le calendrier glisse et la facture s’alourdit. Carbelys a reconnu vendredi que son usine coûterait 2,3 milliards d’euros.",
      want: [{ kind: "money", subject: "Carbelys" }],
    },
    // a town followed by ", dans les Pyrénées-Atlantiques" is a place, in every mention; a formula in brackets ("(SiC)") is no name
    {
      text: "Carbelys : l’usine de Lacq coûtera 2,3 Md€\nCarbelys a reconnu que sa future usine de plaquettes en carbure de silicium (SiC) de Lacq, dans les Pyrénées-Atlantiques, ne produira pas avant 2029. Son coût est estimé à 2,3 milliards d’euros.",
      want: [{ kind: "money", text: "2,3 Md€", subject: "Carbelys" }, { kind: "date", subject: "Carbelys" }, { kind: "money", text: "2,3 milliards d’euros", subject: "Carbelys" }],
    },
    // a unit symbol with an inner capital ("dB", "kWh", "GiB", "PFlops") names nothing
    {
      text: "Vexorra vend sa carte 749 €. Elle reste discrète, à 34 dB en charge, et consomme 12 kWh par mois, soit un coût de 3 €.",
      want: [{ kind: "money", text: "749 €", subject: "Vexorra" }, { kind: "money", text: "3 €", subject: "Vexorra" }],
    },
    // A company is named by its full name, however the text shortens it.
    { text: "Hynix a dégagé un bénéfice de 10 milliards de dollars.", want: [{ kind: "money", subject: "SK Hynix" }] },
    { text: "Thinking Machines a levé 2 milliards de dollars.", want: [{ kind: "funding", subject: "Thinking Machines Lab" }] },
    // a launched model named with its version in the headline; a supplier "qui lui fournira" and an investor
    // "investira … au capital de" act on the start-up, whose figures these are
    {
      text: "Corvène Labs lance Brume 3 et réserve 40 000 puces auprès de Hautwald Semiconductor\nLa start-up Corvène Labs a mis en ligne ce mardi Brume 3, la troisième génération de son modèle. Sur le test GPQA, Brume 3 atteint 71,8 %. Surtout, le laboratoire a signé un accord avec le néerlandais Hautwald Semiconductor, qui lui fournira jusqu'à 40 000 accélérateurs HX-40 d'ici à 2028. Hautwald Semiconductor investira en outre 150 M€ au capital de Corvène Labs. L'opération valorise la jeune pousse 5 milliards d'euros.",
      want: [
        { kind: "percent", subject: "Brume 3" },
        { kind: "gpu_count", text: "40 000 accélérateurs", subject: "Corvène Labs" },
        { kind: "funding", text: "150 M€", subject: "Corvène Labs" },
        { kind: "valuation", subject: "Corvène Labs" },
      ],
    },
    {
      text: "Le groupe Scaldia reconvertira 38 hectares de friches en campus de centres de données. Baptisé Quai Opale, le projet représente un investissement de 1,1 milliard d'euros d'ici 2030.",
      want: [{ kind: "money", subject: "Quai Opale" }],
    },
    // a company named without its company words is the same company ("Lémanix Systems" … "Lémanix en a livré"),
    // whose figures stay its own after a complement "gravées par TSMC"
    {
      text: "Lémanix Systems devient licorne\nLa start-up Lémanix Systems a levé CHF 180 mio.\nSa puce Brise-3 offre, selon l'entreprise, « quatre fois plus d'inférences par watt ». Lémanix en a déjà livré 12'500 exemplaires et vise 200'000 puces en 2028, gravées par TSMC. Un hébergeur nordique en a commandé 30'000 la semaine dernière.\nLe chiffre d'affaires a atteint CHF 27,4 mio en 2026, selon le cofondateur Matthias Rochat, 36 ans. L'entreprise compte 165 collaborateurs.",
      want: [{ kind: "count", text: "165 collaborateurs", subject: "Lémanix Systems" }],
    },
    // a word that opens a sentence is no name ("Surtout, le groupe …", "5 MMDH"); "Baptisé X" names what follows
    {
      text: "Le groupe Atlasnet investira 5 MMDH dans un campus à Dakhla. Baptisé Quai Ambre, le campus coûtera 1,1 milliard d'euros. Surtout, le groupe a signé un accord qui lui donnera 8 000 GPU d'ici 2029.",
      want: [{ kind: "money", text: "1,1 milliard d'euros", subject: "Quai Ambre" }, { kind: "date", text: "2029", subject: "Atlasnet" }],
    },
    // what an agent does to "lui" is done to the company the text is about: the fine is the payer's, the subsidy the receiver's
    {
      text: "L'opérateur Télvia supprime 1 850 postes. Sa part de marché est tombée à 17,4 %. Lancée en avril, sa nouvelle box n'a pas inversé la tendance. Elle coûte 39,99 euros par mois.\nAutre coup dur : l'Arcep lui a infligé en septembre une amende de 14 millions d'euros. Le groupe abaisse sa prévision d'Ebitda à 3,1 milliards d'euros.",
      want: [{ kind: "money", text: "14 millions d'euros", subject: "Télvia" }, { kind: "money", text: "3,1 milliards d'euros", subject: "Télvia" }],
    },
    // a maker between a count in words and a model names what is counted: "dix ATR 72-600"
    {
      text: "Volanéa commande dix avions ATR\nLa compagnie a signé une commande ferme de dix ATR 72-600, pour un montant catalogue d'environ 290 millions de dollars.",
      want: [{ kind: "money", subject: "Volanéa" }],
    },
    // "Elle" after a round's sentence stands for the company, not for the fund that led the round
    {
      text: "Le cloud indien Karnavi commande 8 000 GPU. Pour financer cet achat, la société de Pune a bouclé en juillet une série D de 300 millions de dollars, menée par le fonds Tamarind Growth. Elle était valorisée 2,7 milliards de dollars avant l'opération, près de deux fois plus qu'en 2024.",
      want: [{ kind: "ratio", subject: "Karnavi" }, { kind: "date", text: "2024", subject: "Karnavi" }],
    },
    // a name described as the company's client or supplier ("Nvidia, son premier client,") is no topic of its figures
    {
      text: "Le fabricant de mémoires Hakuro a publié un bénéfice de 12 milliards de yens. Nvidia, son premier client, représente à lui seul 31 % des revenus. Le groupe relève ses investissements à 900 milliards de yens.",
      want: [{ kind: "percent", subject: "Hakuro" }, { kind: "money", text: "900 milliards de yens", subject: "Hakuro" }],
    },
    // after an opening participle clause, ", la société" starts the main clause: it calls the name before it nothing
    {
      text: "La start-up Vellane lève 10 millions d'euros. Fondée en 2019 par deux anciennes chercheuses de l'université de Valdorne, la société emploie 85 personnes.",
      want: [{ kind: "date", subject: "Vellane" }, { kind: "count", subject: "Vellane" }],
    },
    // a model's version is part of its name; the chips it is trained on are its trainer's
    {
      text: "La start-up Ombrelune entraîne son modèle Brisant 3 sur 1 024 GPU H200. Gratuit pour les écoles, Brisant 3 compte déjà 2 millions d'utilisateurs.",
      want: [{ kind: "gpu_count", subject: "Ombrelune" }, { kind: "count", subject: "Brisant 3" }],
    },
    // the operator GPUs are rented from is no topic: the figures stay the renter's
    {
      text: "La start-up Ombrelune lève 30 millions d'euros.\nL'essentiel des fonds servira à entraîner Brisant 2, un modèle de 40 milliards de paramètres, sur une grappe de 1 024 GPU Nvidia H200 louée pour un an à l'opérateur Cirrane Cloud. Le contrat prévoit une extension à 2 048 GPU B300 en 2027.",
      want: [{ kind: "gpu_count", subject: "Ombrelune", text: "1 024 GPU Nvidia H200" }, { kind: "gpu_count", subject: "Ombrelune", text: "2 048 GPU B300" }],
    },
    // what is compared with ("8 points de mieux qu'Brume 3") is no topic of the next sentence, but a figure in
    // brackets right after it is its own
    {
      text: "Kervane publie Brume 4 en open source et lève 600 millions de dollars\nLe laboratoire parisien Kervane a mis en ligne ce mardi Brume 4, son nouveau modèle de langage, dont les poids sont librement téléchargeables.\nSur le test SWE-bench Verified, Brume 4 atteint 74,6%, soit 8 points de mieux qu'Brume 3, sorti en avril. L'entraînement a mobilisé 12 288 GPU Nvidia H200, loués pendant onze semaines à un opérateur américain.",
      want: [{ kind: "gpu_count", subject: "Kervane" }],
    },
    {
      text: "Microsoft a acheté 485 000 puces Hopper de Nvidia en 2024, soit près de deux fois plus que Meta (224 000).",
      want: [{ kind: "gpu_count", text: "224 000", subject: "Meta" }],
    },
    // an exchange or an index is where a share trades, not whose figures they are
    {
      text: "Le groupe Vantaro a publié ses résultats. Le titre a bondi de 11,3 % après la clôture du Nasdaq, ce qui porterait la capitalisation du groupe à près de 410 milliards de dollars.",
      want: [{ kind: "valuation", subject: "Vantaro" }],
    },
    // a cooperative named by its members and its place; an acronym after "Le" in a headline
    {
      text: "Export : les Vignerons de Montauzel vendent une bouteille sur deux hors de France\nLes Vignerons de Montauzel ont présenté mardi un exercice historique : le chiffre d'affaires atteint 62,4 millions d'euros.",
      want: [{ kind: "money", subject: "Vignerons de Montauzel" }],
    },
    {
      text: "Le GHSB creuse son déficit à 47 millions d'euros\nLe GHSB a clôturé l'exercice sur un déficit de 47 millions d'euros.",
      want: [{ kind: "money", text: "47 millions d'euros", subject: "GHSB" }],
    },
    // a cooperative, a mutual, an airline named by its kind of firm: "la coopérative agricole X", "la compagnie aérienne X"
    {
      text: "Terrelys ferme son usine de Plouzévé\nLa coopérative laitière Terrelys, dont le siège est à Vitré, a réalisé un chiffre d'affaires de 920 millions d'euros.",
      want: [{ kind: "money", subject: "Terrelys" }],
    },
    {
      text: "Le trafic de la compagnie aérienne Volanéa, basée à Pau, a progressé de 14 % en un an.",
      want: [{ kind: "percent", subject: "Volanéa" }],
    },
    // A company "contrôlée par" or "détenue par" another is not that other: the owner only describes it.
    {
      text: "La coentreprise JASM, contrôlée par le taïwanais TSMC, a reçu jusqu'à 476 milliards de yens de subventions.",
      want: [{ kind: "money", subject: "JASM" }],
    },
    // "L'opérateur, qui ..." after "Bouygues Telecom a signé avec EDF": the company noun stands for the agent named before.
    {
      text: "Le plan d'EDF avance. Bouygues Telecom a signé avec EDF un accord de fibre. L'opérateur, qui a réalisé un chiffre d'affaires de 7,6 milliards d'euros, vise les entreprises.",
      want: [{ kind: "money", subject: "Bouygues Telecom" }],
    },
    // A headline names what the article is about: a capitalised name in it that the body repeats is a name,
    // even when the body only ever has it as a complement ("l'usine de Rapidus").
    {
      text: "Tokyo parie des milliards de yens sur Rapidus\nLe gouvernement a approuvé une enveloppe de 802,5 milliards de yens pour l'usine de Rapidus, où IBM a détaché une centaine d'ingénieurs.",
      want: [{ kind: "money", subject: "Rapidus" }],
    },
    // "le mois dernier à X" is no "le [nationality] X": common nouns in -ois, -ain, -ique are not nationalities.
    {
      text: "De son côté, Telehouse a inauguré le mois dernier à Magny-les-Hameaux un site de 18 MW qui a coûté 150 M€.",
      want: [{ kind: "money", subject: "Telehouse" }],
    },
    // ... but a headline's acronyms of common nouns (GPU, PDG, MW) name nobody.
    {
      text: "Cohere lève 500 millions de dollars et s'offre des milliers de GPU\nLa start-up canadienne Cohere a levé 500 millions de dollars. Ses GPU seront cinq fois plus nombreux.",
      want: [{ kind: "ratio", subject: "Cohere" }],
    },
    // A name opening the headline counts when it has two words or more; its acronym in brackets is the same name.
    {
      text: "Tata Consultancy Services s'offre le français Kerlys\nLe géant indien Tata Consultancy Services (TCS) rachète Kerlys. TCS emploie 600 000 salariés.",
      want: [{ kind: "count", subject: "Tata Consultancy Services" }],
    },
    // ... but a headline word the text puts after a place preposition ("dans le Morvan", "en Morvan") is a
    // place, whatever the body then does with it ("les élus du Morvan"); and so is a French département or region.
    {
      text: "Data centers : dans le Morvan, les élus misent sur l'IA\nLa société Kivala y prévoit 400 emplois. Les élus du Morvan ont voté 2 millions d'euros d'aides.",
      want: [{ kind: "money", subject: "Kivala" }],
    },
    {
      text: "Data centers : le Cantal attire les serveurs\nLa société Orvia prévoit 300 emplois. Le collectif Cantal Nature dénonce un projet de 90 millions d'euros.",
      want: [{ kind: "money", subject: "Orvia" }],
    },
    { text: "Amazon a investi 4 milliards de dollars dans Anthropic.", want: [{ kind: "funding", subject: "Anthropic" }] },
    { text: "Depuis que ChatGPT, l'assistant d'OpenAI, a été lancé en 2022, la concurrence s'est durcie.", want: [{ kind: "date", subject: "ChatGPT" }] },
    // A name given by "baptisé" may have two words: "Stargate Norway", "Blackwell Ultra".
    { text: "OpenAI construit un campus. Le premier site, baptisé Stargate Norway, doit ouvrir en 2026.", want: [{ kind: "date", subject: "Stargate Norway" }] },
    { text: "Il a racheté Twitter, une plateforme qu'il a rebaptisée X en 2023.", want: [{ kind: "date", subject: "X" }] },
    { text: "C'est loin des 300 milliards de dollars d'OpenAI.", want: [{ kind: "money", subject: "OpenAI" }] },
    { text: "En mars 2024, Nvidia a présenté sa puce B200.", want: [{ kind: "date", subject: "Nvidia" }] },
    { text: "Selon Reuters, la start-up allemande Helsing a levé 450 millions d'euros.", want: [{ kind: "funding", subject: "Helsing" }] },
    { text: "Sam Altman, le patron d'OpenAI, veut 5 000 milliards de dollars pour les puces.", want: [{ kind: "money", subject: "OpenAI" }] },
    { text: "Poolside a été valorisée 3 milliards de dollars.", want: [{ kind: "valuation", subject: "Poolside" }] },
    {
      text: "Microsoft a signé un accord avec CoreWeave. Le groupe va louer 200 000 GPU d'ici 2026.",
      want: [{ kind: "gpu_count", subject: "Microsoft" }],
    },
    { text: "Le français LightOn a levé 10 millions d'euros.", want: [{ kind: "funding", subject: "LightOn" }] },
    // A known company with a legal suffix is that company: "Databricks Inc.", "Palantir Technologies".
    { text: "L'américain Databricks Inc. a levé 10 milliards de dollars.", want: [{ kind: "funding", subject: "Databricks" }] },
    {
      text: "Nvidia domine le marché. La société Palantir Technologies a signé un contrat de 480 millions de dollars. Nvidia a livré des puces.",
      want: [{ kind: "money", subject: "Palantir" }],
    },
    // A company named as a complement ("les puces de Nvidia") counts for less than one acting in the article.
    {
      text: "Les puces de Nvidia restent rares et les prix de Nvidia grimpent. La start-up Tenstorrent en profite. Tenstorrent a levé 700 millions de dollars. Son chiffre d'affaires a atteint 100 millions de dollars.",
      want: [{ kind: "money", subject: "Tenstorrent" }],
    },
    // A founder's former employer describes the company in apposition, which stays the subject.
    {
      text: "Nvidia domine le marché des puces. Nvidia a vendu 3 millions de GPU. La start-up Lumio, fondée par d'anciens ingénieurs de Google, a levé 200 millions de dollars.",
      want: [{ kind: "funding", subject: "Lumio" }],
    },
    { text: "L'américain Cerebras vise une valorisation de 8 milliards de dollars.", want: [{ kind: "valuation", subject: "Cerebras" }] },
    { text: "Les 100 millions de dollars dépensés par OpenAI pour GPT-4 paraissent dérisoires.", want: [{ kind: "money", subject: "OpenAI" }] },
    { text: "En Europe, le Royaume-Uni a promis 14 milliards de livres sterling.", want: [{ kind: "money", subject: "Royaume-Uni" }] },
    { text: "Mais l'Allemagne a promis 5 milliards d'euros.", want: [{ kind: "money", subject: "Allemagne" }] },
    // a country after a verb is where a company goes, not who speaks: the pronoun keeps the company
    {
      text: "La start-up lilloise Kivra a levé 20 millions d'euros. Elle vise également l'Allemagne à partir du deuxième trimestre, puis l'Italie en 2027.",
      want: [{ kind: "funding", subject: "Kivra" }, { kind: "date", text: "deuxième trimestre", subject: "Kivra" }, { kind: "date", text: "2027", subject: "Kivra" }],
    },
    // "La start-up de San Francisco, qui …, a bouclé": the company noun opens the sentence, the names of the
    // relative clause after it are not its subject
    {
      text: "Perplexity a lancé son navigateur. La start-up de San Francisco, qui se pose en alternative à Google, a bouclé une levée de 200 millions de dollars.",
      want: [{ kind: "funding", subject: "Perplexity" }],
    },
    {
      text: "Broadcom profite de l'IA. Le groupe américain, qui rivalise avec Nvidia sur les puces sur mesure, a réalisé un chiffre d'affaires de 18 milliards de dollars.",
      want: [{ kind: "money", subject: "Broadcom" }],
    },
    // "Fondée par X, un ancien d'OpenAI, la jeune pousse revendique": the company noun after the opening
    // phrase is the subject, nearer than every name
    {
      text: "Perplexity a lancé son navigateur. Fondée en 2022 par Aravind Srinivas, un ancien d'OpenAI, la jeune pousse revendique 30 millions d'utilisateurs.",
      want: [{ kind: "date", subject: "Perplexity" }, { kind: "count", subject: "Perplexity" }],
    },
    {
      text: "Perplexity lance son navigateur\nLa start-up accélère. Sa croissance étonne. Ses rivaux s'inquiètent. Les investisseurs affluent. Fondée en 2022 par Aravind Srinivas, un ancien d'OpenAI, la jeune pousse revendique 30 millions d'utilisateurs.",
      want: [{ kind: "date", text: "2022", subject: "Perplexity" }, { kind: "count", subject: "Perplexity" }],
    },
    // "Face à Nvidia, qui détient 80 %": a relative clause is about its antecedent, whatever role the words before gave it
    {
      text: "Broadcom mise sur les puces sur mesure. Face à Nvidia, qui détient environ 80 % du marché, le groupe veut gagner du terrain.",
      want: [{ kind: "percent", subject: "Nvidia" }],
    },
    // ... but an investor's relative clause gives the company invested in
    {
      text: "Anthropic a bouclé un nouveau tour de table. Amazon, qui y a injecté 4 milliards de dollars, reste son premier actionnaire.",
      want: [{ kind: "funding", subject: "Anthropic" }],
    },
    // the supplier an order goes to ("commandé … à Alstom") is not who pays
    {
      text: "Le nouvel opérateur Proxima, qui a commandé 12 trains Avelia Horizon à Alstom pour 850 millions d'euros, lancera ses liaisons en 2028.",
      want: [{ kind: "money", subject: "Proxima" }, { kind: "date", subject: "Proxima" }],
    },
    { text: "Microsoft a vendu à OpenAI des capacités de calcul pour 10 milliards de dollars.", want: [{ kind: "money", subject: "Microsoft" }] },
    // a leader the first-name list does not know is still no subject after "dirigé par"
    {
      text: "Broadcom profite de l'IA. Au troisième trimestre, le groupe dirigé par Hock Tan a réalisé un chiffre d'affaires de 18 milliards de dollars.",
      want: [{ kind: "date", subject: "Broadcom" }, { kind: "money", subject: "Broadcom" }],
    },
    // ... nor whoever launched what the sentence talks about
    {
      text: "Swisscom a publié ses résultats annuels. En Italie, la guerre des prix lancée par Iliad pèse sur les marges : le chiffre d'affaires a reculé de 2,4 %.",
      want: [{ kind: "percent", subject: "Swisscom" }],
    },
    // countries and towns the name lists know are places, never the subject
    {
      text: "En Europe, Crusoe exploite déjà un site en Islande et a annoncé cet automne un centre de 12 MW en Norvège.",
      want: [{ kind: "date", text: "cet automne", subject: "Crusoe" }],
    },
    {
      text: "Le constructeur assemble les voitures à La Rochelle. Depuis Valenciennes, Alstom a livré 40 rames en 2024.",
      want: [{ kind: "count", subject: "Alstom" }, { kind: "date", subject: "Alstom" }],
    },
    // towns are places, whatever the apposition after them says
    {
      text: "La production sera répartie entre deux sites du constructeur Alstom, dont Belfort, chargé des motrices. Le contrat sécurisera environ 2 000 emplois, selon Alstom, qui emploie quelque 12 500 personnes.",
      want: [{ kind: "count", text: "2 000 emplois", subject: "Alstom" }, { kind: "count", text: "12 500 personnes", subject: "Alstom" }],
    },
    // a utility named by its trade, as "l'électricien EDF" or "le pétrolier TotalEnergies"
    {
      text: "L'électricien public Kepco, déjà endetté à hauteur de 200 000 milliards de wons, devra investir dans le réseau.",
      want: [{ kind: "money", subject: "Kepco" }],
    },
    {
      text: "Le pétrolier norvégien Equinor a dégagé un bénéfice de 9 milliards de dollars.",
      want: [{ kind: "money", subject: "Equinor" }],
    },
    { text: "DeepSeek bouscule la Silicon Valley avec un modèle entraîné pour 6 millions de dollars.", want: [{ kind: "money", subject: "DeepSeek" }] },
    { text: "Le fondateur de Tesla et SpaceX a annoncé que xAI avait levé 6 milliards de dollars.", want: [{ kind: "funding", subject: "xAI" }] },
    {
      text: "Nvidia a publié ses résultats.\nAux États-Unis, OpenAI, SoftBank et Oracle ont annoncé le projet Stargate. La première tranche de 100 milliards de dollars sera déployée cette année.",
      want: [{ kind: "money", subject: "OpenAI" }],
    },
    { text: "L'éditeur de Redmond prévoit de consacrer 80 milliards de dollars à ses centres de données.", want: [{ kind: "money", subject: null }] },
    { text: "La parisienne H Company a levé 220 millions de dollars.", want: [{ kind: "funding", subject: "H Company" }] },
    // Data-centre and property news name their companies "le développeur X".
    {
      text: "Le fonds Ardian soutient le projet. Le développeur Kivala promet un campus de 2 milliards d'euros.",
      want: [{ kind: "money", subject: "Kivala" }],
    },
    { text: "Poolside, fondée par l'Américain Jason Warner, a levé 500 millions de dollars.", want: [{ kind: "funding", subject: "Poolside" }] },
    { text: "Le supercalculateur public Jean Zay a reçu 1 456 GPU H100.", want: [{ kind: "gpu_count", subject: "Jean Zay" }] },
    { text: "Le CAC 40 a fini en hausse de 0,4 %.", want: [{ kind: "percent", subject: "CAC 40" }] },
    // ... but after a preposition an index or exchange is a setting: "trois banques du CAC 40", "sa cotation au Nasdaq".
    {
      text: "La start-up Lexora a levé 10 millions d'euros. Elle compte trois banques du CAC 40 parmi ses clients, et 30 % de ses revenus viennent de l'étranger.",
      want: [{ kind: "percent", subject: "Lexora" }],
    },
    {
      text: "La start-up Lexora a levé 10 millions d'euros. Le feu vert à sa cotation au Nasdaq n'est arrivé qu'en mars 2025.",
      want: [{ kind: "date", subject: "Lexora" }],
    },
    { text: "Nvidia a publié ses comptes. La hausse du Nasdaq atteint 3 % depuis janvier.", want: [{ kind: "percent", subject: "Nasdaq" }] },
    // European indices in a market wrap, each its own move
    { text: "La Bourse de Paris a terminé en baisse. Le Stoxx 600 a reculé de 0,8 %, et le Dax allemand de 1,1 %.", want: [{ kind: "percent", text: "0,8 %", subject: "Stoxx 600" }] },
    // "Le créateur de l’assistant ChatGPT" is the company the article is about, not its product.
    {
      text: "OpenAI lève des fonds et vaut 900 milliards\nLe créateur de l’assistant ChatGPT a officialisé mardi un tour de table de 40 milliards de dollars.",
      want: [{ kind: "funding", text: "40 milliards de dollars", subject: "OpenAI" }],
    },
    // A headline opening on a name alone: a name when the body writes it capitalised inside a sentence.
    {
      text: "Ferlane dévisse de 9,5 % après avoir abaissé ses prévisions\nBoursorama • 21/10/2027 à 17:52\nLourde sanction pour Ferlane. Le titre du spécialiste des capteurs a dévissé de 9,5 % jeudi, signant la plus forte baisse du CAC 40.",
      want: [{ kind: "percent", text: "9,5 %", subject: "Ferlane" }],
    },
    // After an opening participle clause, the name that follows its comma is the company described.
    {
      text: "ENTRETIEN. Fondée en 2021 à Rodez, Calvane loue de la puissance de calcul aux laboratoires. Sa présidente détaille la stratégie.\n— Combien de GPU ?\n— Nous en exploitons 2 048, répartis dans deux salles. Nous avons levé 60 millions d'euros.",
      want: [{ kind: "funding", subject: "Calvane" }],
    },
    // A crowdfunding platform is where a round was raised: "sur la plateforme nantaise Graines d'Avenir" (its name
    // joined by "d'") is no subject.
    {
      text: "Ouverte fin janvier sur la plateforme nantaise Graines d’Avenir, la levée participative de Coralis s’est achevée sur un montant de 800 000 euros. Coralis emploie 12 salariés.",
      want: [{ kind: "funding", subject: "Coralis" }],
    },
    // "…, contre 29 % il y a un an": the figure compared is the same subject's, unless the clause names its own.
    {
      text: "Le groupe Quarvel a publié ses comptes. La Chine ne représente plus que 17 % de son chiffre d'affaires, contre 29 % il y a un an.",
      want: [{ kind: "percent", text: "17 %", subject: "Quarvel" }, { kind: "percent", text: "29 %", subject: "Quarvel" }],
    },
    { text: "Nvidia détient 80 % du marché des accélérateurs, contre 10 % pour AMD.", want: [{ kind: "percent", text: "80 %", subject: "Nvidia" }, { kind: "percent", text: "10 %", subject: "AMD" }] },
    // "Le groupe" opening a paragraph after one about rivals is the article's company, not the last rival named
    {
      text: "Vorlane relève ses investissements\nVorlane a annoncé 90 milliards de dollars d'investissements. Son rival Quessant a relevé sa propre prévision à 80 milliards de dollars.\nLe groupe exploite plus de 300 centres de données.",
      want: [{ kind: "count", subject: "Vorlane" }],
    },
    // a deal written in capitals is no company: "lance une OPA à 42 euros par action"
    {
      text: "Corvel Systems lance une OPA à 30 euros par action sur Bastane\nLe groupe américain Corvel Systems a annoncé lundi le dépôt d’une offre publique d’achat (OPA) amicale sur Bastane, au prix de 30 euros par action.",
      want: [{ kind: "money", text: "30 euros", subject: "Corvel Systems" }],
    },
    // a list whose verb is said once: each name has its own figure, the last one unknown before
    {
      text: "Sur ce marché, Huawei détient désormais 42 % des ventes, Nvidia 31 %, Cambricon 11 % et Vestrel 6 %, selon IDC.",
      want: [{ kind: "percent", text: "11 %", subject: "Cambricon" }, { kind: "percent", text: "6 %", subject: "Vestrel" }],
    },
    // "Son nouveau campus Glenmoor 2 réunira 200 000 GPU": a named campus or machine after a possessive is the
    // subject of its own figures, as a possessed product is
    {
      text: "Vorlane a annoncé son plan. Le groupe exploite plus de 40 centres de données. Son nouveau campus Glenmoor 2, au Texas, réunira à terme 200 000 GPU et entrera en service au premier trimestre 2028.",
      want: [{ kind: "count", subject: "Vorlane" }, { kind: "gpu_count", subject: "Glenmoor 2" }],
    },
    // "(Nasdaq : CRBL)": an exchange and a ticker in brackets say where the share trades; "sur Euronext Growth" too.
    { text: "Halvard Systems rachète la start-up Nacrel. Pour Halvard Systems (Nasdaq : HLVD), qui a réalisé 4,1 Md$ de chiffre d'affaires en 2026, il s'agit d'un tournant.", want: [{ kind: "money", subject: "Halvard Systems" }] },
    {
      text: "Verdane réussit son entrée sur Euronext Growth et lève 80 millions d'euros\nL'Usine Digitale — jeudi 10 juin 2027 — Par Jean Dupont\nLe spécialiste de la propulsion électrique pour satellites Verdane, basé à Toulouse, a fixé ce jeudi le prix de son introduction en Bourse sur Euronext Growth. Créée en 2018, Verdane a livré 300 propulseurs.",
      want: [{ kind: "funding", subject: "Verdane" }],
    },
    { text: "AMD revendique 10 % du marché, contre plus de 80 % pour Nvidia.", want: [{ kind: "percent", text: "80 %", subject: "Nvidia" }] },
    { text: "Anthropic compte Amazon, qui y a déjà investi 8 milliards de dollars, parmi ses soutiens.", want: [{ kind: "funding", subject: "Anthropic" }] },
    { text: "Nvidia a livré 500 000 GPU H100 à Meta.", want: [{ kind: "gpu_count", subject: "Nvidia" }] },
    // Every maker in "des puces Nvidia et AMD" only qualifies the chips, and so does a chip line ("ses puces Yitian").
    {
      text: "La société Datavolt construit un campus. Le site accueillera 50 000 puces Nvidia et AMD d'ici 2027.",
      want: [{ kind: "gpu_count", subject: "Datavolt" }, { kind: "date", subject: "Datavolt" }],
    },
    {
      text: "Alibaba muscle ses puces Yitian et promet trois fois plus de serveurs\nAlibaba a présenté ses puces Yitian.",
      want: [{ kind: "ratio", subject: "Alibaba" }],
    },
    // ... but "le leader des puces X" is an apposition naming a company by its sector.
    {
      text: "STMicroelectronics a publié ses comptes. Le leader européen des puces Kalray recevra 120 millions d'euros.",
      want: [{ kind: "money", subject: "Kalray" }],
    },
    {
      text: "DeepSeek est une émanation du fonds spéculatif High-Flyer. Le fonds aurait acquis quelque 10 000 GPU A100 de Nvidia.",
      want: [{ kind: "gpu_count", subject: "High-Flyer" }],
    },
    {
      text: "ChatGPT a séduit le public. OpenAI a lancé GPT-5. L'entreprise emploie environ 3 000 personnes.",
      want: [{ kind: "count", subject: "OpenAI" }],
    },
    {
      text: "Musk a cofondé OpenAI en 2015. Il a intenté une action contre l'entreprise en mars.",
      refDate: "2024-06-01",
      want: [{ kind: "date", text: "mars", subject: "OpenAI" }],
    },
    { text: "Le néerlandais ASML prend 11 % du capital de Mistral AI, désormais valorisée 11,7 milliards d'euros.", want: [{ kind: "valuation", subject: "Mistral AI" }] },
    {
      text: "Scaleway investit 250 M€ dans un supercalculateur\nLe fournisseur de cloud Scaleway, filiale du groupe Iliad, va déployer 5 000 GPU H100. Sa maison mère Iliad a annoncé un plan de 3 Md€.",
      want: [{ kind: "gpu_count", subject: "Scaleway" }, { kind: "money", text: "3 Md€", subject: "Iliad" }],
    },
    // "X, la filiale de Y, qui exploite ...": the apposition names a company, which the relative clause is about.
    {
      text: "« Nous doublerons la capacité », explique un dirigeant de Terralis Data, la filiale d'Iliad chargée des sites, qui exploite déjà 12 centres de données.",
      want: [{ kind: "count", subject: "Terralis Data" }],
    },
    { text: "La puce est utilisée par Microsoft, Meta et Oracle, qui a commandé 50 000 GPU.", want: [{ kind: "gpu_count", subject: "Oracle" }] },
    {
      text: "Selon Iliad, Terralis Data, filiale du groupe, emploie 300 personnes.",
      want: [{ kind: "count", subject: "Terralis Data" }],
    },
    // A subsidiary is named in full ("Orange Business Services"), and "le groupe" after it is the parent,
    // whose name the subsidiary's carries.
    {
      text: "Orange relève ses objectifs\nOrange a publié ses résultats. Sa filiale Orange Business Services a dépensé 200 millions d'euros dans le cloud. Ses ventes ont progressé en Afrique. La Pologne reste difficile. Le groupe, qui emploie 130 000 personnes, vise une croissance de 3 %.",
      want: [{ kind: "money", subject: "Orange Business Services" }, { kind: "count", subject: "Orange" }],
    },
    { text: "Côté concurrence, OVHcloud a dégagé un bénéfice de 12,5 M€.", want: [{ kind: "money", subject: "OVHcloud" }] },
    {
      text: "Moore Threads entre en Bourse. L'entreprise, fondée en 2020 par un ancien cadre de Nvidia en Chine, Zhang Jianzhong, a levé 8 milliards de yuans.",
      want: [{ kind: "funding", subject: "Moore Threads" }],
    },
    { text: "Pour le trimestre en cours, le groupe dirigé par Jensen Huang table sur 37,5 milliards de dollars.", want: [{ kind: "money", subject: null }] },
    // A person who leads "le groupe" only describes it, surnames with inner capitals included (MacGregor, LeCun).
    {
      text: "Veolia relève ses objectifs\nLe groupe dirigé par Isabelle DiMarco a publié un bénéfice de 2 milliards d'euros.",
      want: [{ kind: "money", subject: "Veolia" }],
    },
    // "le gardien X", "le technicien X": trades in -ien are no nationality, and the keeper named is no company.
    {
      text: "Le FC Lorient a bouclé son mercato. Le gardien Malo Tréguer a prolongé. Au total, le budget du club atteint 60 millions d'euros, contre 45 millions il y a deux ans.",
      want: [{ kind: "money", subject: "FC Lorient" }],
    },
    { text: "Le champion français des semi-conducteurs Soitec recevra 120 millions d'euros.", want: [{ kind: "money", subject: "Soitec" }] },
    { text: "Mistral AI, emmenée par le néerlandais ASML, compte désormais plus de 700 salariés.", want: [{ kind: "count", subject: "Mistral AI" }] },
    {
      text: "La start-up française Kyutai a été fondée en 2023. La jeune pousse compte 30 salariés.",
      want: [{ kind: "date", subject: "Kyutai" }, { kind: "count", subject: "Kyutai" }],
    },
    // An elided article is no part of the name: "L'ONF a vendu" is about the ONF.
    { text: "L'ONF a vendu 120 000 mètres cubes de bois pour 9 millions d'euros.", want: [{ kind: "money", subject: "ONF" }] },
    // A name of three capitalised words before its verb is whole: "Yotta Data Services a annoncé".
    {
      text: "Le champion brésilien du cloud souverain Vortex Data Systems a annoncé une commande de 500 millions de dollars.",
      want: [{ kind: "money", subject: "Vortex Data Systems" }],
    },
    // "Mds$", "Md€": a scale written with a capital names nothing (the start-up is the one the headline calls so).
    {
      text: "Orbital Labs, la start-up de Paul Martin, viserait une valorisation de 40 Mds$\nSelon Bloomberg, la start-up discuterait d'une levée de 3 à 4 Mds$.",
      want: [{ kind: "valuation", subject: "Orbital Labs" }, { kind: "funding", subject: "Orbital Labs" }],
    },
    // A name with an age ("Ewen Kerbrat, 22 ans,") is a person, even when the headline made it look like a
    // company; a person is never a claim's subject.
    {
      text: "L'EA Guingamp perd Ewen Kerbrat\nEwen Kerbrat, 22 ans, quitte l'EA Guingamp pour Brest. Ewen Kerbrat avait signé au Roudourou en 2021. Les ventes du club atteignent 35 millions d'euros depuis l'été.",
      want: [{ kind: "money", subject: "EA Guingamp" }],
    },
    // ... but a company's years of history are no age.
    {
      text: "La société Verlac, 150 ans d'histoire, a réalisé un chiffre d'affaires de 80 millions d'euros.",
      want: [{ kind: "money", subject: "Verlac" }],
    },
    // A club or company named with its initials first ("FC Sochaux", as "SK Hynix") is the same one when the
    // text drops them ("Sochaux compte ..."), and is named in full.
    {
      text: "Mercato : Sochaux recrute un attaquant\nLe FC Sochaux a recruté un attaquant pour 3 millions d'euros. Sochaux compte 9 000 abonnés et vise la montée.",
      want: [{ kind: "count", subject: "FC Sochaux" }],
    },
    // ... not a place: "Monaco" stays where the company is.
    {
      text: "L'AS Monaco a vendu un défenseur. La société Verlac, installée à Monaco, emploie 300 salariés.",
      want: [{ kind: "count", subject: "Verlac" }],
    },
    // "Ce dernier" is the one named last before it, even a chip maker counting its own chips.
    {
      text: "Airbus a commandé des moteurs à Safran. Ce dernier prévoit d'investir 400 millions d'euros dans ses usines.",
      want: [{ kind: "money", subject: "Safran" }],
    },
    {
      text: "Microsoft a ouvert un campus à Dublin. Ses serveurs tournent avec des puces d'AMD. Ce dernier prévoit de livrer 500 000 GPU l'an prochain.",
      want: [{ kind: "gpu_count", subject: "AMD" }],
    },
    // ... but "ce dernier trimestre" is a date, not an anaphor.
    {
      text: "Airbus a commandé des moteurs à Safran. Ce dernier trimestre, le groupe a dégagé 400 millions d'euros de bénéfice.",
      want: [{ kind: "money", subject: "Airbus" }],
    },
    // "le concepteur de puces AMD" names a company by its trade: the maker is no chips' modifier there ...
    {
      text: "Microsoft a publié ses comptes. Le concepteur de puces AMD a réalisé un chiffre d'affaires de 7 milliards de dollars.",
      want: [{ kind: "money", subject: "AMD" }],
    },
    // ... but in "100 000 puces AMD" it is.
    {
      text: "Microsoft a publié ses comptes. Le groupe a acheté 100 000 puces AMD pour 7 milliards de dollars.",
      want: [{ kind: "money", subject: "Microsoft" }],
    },
    // "X, racheté par Y en 2023, investira": the acquirer only describes the company the sentence is about ...
    {
      text: "Le fabricant de puces Kalray, racheté par Thales en 2023, va investir 200 millions d'euros à Grenoble et embauchera 300 ingénieurs.",
      want: [{ kind: "money", subject: "Kalray" }, { kind: "count", subject: "Kalray" }, { kind: "date", subject: "Kalray" }],
    },
    // ... but the price it paid is the acquirer's.
    {
      text: "La start-up Kalray, rachetée par Thales pour 300 millions d'euros, va doubler ses effectifs.",
      want: [{ kind: "money", subject: "Thales" }],
    },
    // Known brands and operators: "Peugeot", "Keolis".
    {
      text: "Stellantis a publié ses ventes. Peugeot a écoulé 900 000 voitures en Europe, en hausse de 3 %.",
      want: [{ kind: "percent", subject: "Peugeot" }],
    },
    // "un ingénieur passé par Google et Meta" describes a person by former employers, who are not the subject.
    {
      text: "Nexio a bouclé un tour de table. Dirigée depuis 2020 par Marc Dubreuil, un ingénieur passé par Google et Meta, la société vise 50 millions d'euros de revenus.",
      want: [{ kind: "date", subject: "Nexio" }, { kind: "money", subject: "Nexio" }],
    },
    // ... but an order "passée par Orange" is Orange's.
    {
      text: "Microsoft a publié ses ventes. La commande passée par Orange porte sur 6 milliards de dollars.",
      want: [{ kind: "money", subject: "Orange" }],
    },
    // "Orvia, fondée par deux anciens d'Airbus, Marc Dubreuil et Paul Ferrand, a levé": the founders named at
    // the end of the apposition, and their former employer, describe the company before it.
    {
      text: "La start-up lyonnaise Orvia, fondée en 2022 par deux anciens ingénieurs d'Airbus, Marc Dubreuil et Paul Ferrand, a levé 30 millions d'euros.",
      want: [{ kind: "funding", subject: "Orvia" }],
    },
    // ... not after any apposition: a person the company hired is no founder, the company stays the subject.
    {
      text: "Nexio publie ses comptes. La société Orvia, cliente de Nexio, a nommé Marc Dubreuil, qui vise 30 millions d'euros de ventes.",
      want: [{ kind: "money", subject: "Orvia" }],
    },
    // "chez l'hébergeur lillois Nexcloud": where something is done or bought, a complement, not the subject ...
    {
      text: "Doctolib a réservé 500 GPU chez l'hébergeur lillois Nexcloud pour analyser 20 millions d'images.",
      want: [{ kind: "count", subject: "Doctolib" }],
    },
    // ... unless no other name is there: "Chez Renault, la marge ..."
    {
      text: "Stellantis publie ses comptes. Chez Renault, la marge a reculé de 2 %.",
      want: [{ kind: "percent", subject: "Renault" }],
    },
    // "Sa branche Flexible Generation" names a business unit, the actor of its own results; "le groupe" after it
    // is the parent, as after a subsidiary.
    {
      text: "Engie a publié ses comptes. Sa branche Flexible Generation, qui exploite des centrales à gaz, a dégagé un résultat de 900 millions d'euros. Le groupe vise 3 milliards d'euros d'investissements.",
      want: [{ kind: "money", text: "900 millions d'euros", subject: "Flexible Generation" }, { kind: "money", text: "3 milliards d'euros", subject: "Engie" }],
    },
    // ... a lower-case branch is no name.
    {
      text: "Engie a publié ses comptes. Sa branche gaz, qui exploite des centrales, a dégagé un résultat de 900 millions d'euros.",
      want: [{ kind: "money", subject: "Engie" }],
    },
    // "Son smartphone Redmi, vendu 199 euros": a product named after a possessive and its kind is what the
    // price is about; so is "son serveur Orbis, qui embarque 16 puces".
    {
      text: "Xiaomi présente ses résultats. Son smartphone Redmi, vendu 199 euros, domine en Inde. Sa carte Orbis, qui embarque 16 puces Lumen, coûte 2 000 euros.",
      want: [{ kind: "money", text: "199 euros", subject: "Redmi" }, { kind: "money", text: "2 000 euros", subject: "Orbis" }],
    },
    // ... or in capitals before a full stop, the item then speaking of "la start-up", "l'équipementier"
    {
      text: "Le Brief du matin\nBonjour, voici l’essentiel de l’actualité des entreprises.\nVALDRENNE. La start-up lyonnaise de maintenance prédictive a bouclé une série B de 85 millions d’euros menée par Eurazeo. Elle emploie 210 personnes.\nCORBÉLIS. L’équipementier télécoms va supprimer 240 postes en France, soit près de 12 % de ses effectifs.\nINFO. Le marché a reculé de 2 %.",
      want: [
        { kind: "funding", text: "85 millions d’euros", subject: "Valdrenne" }, { kind: "count", text: "210 personnes", subject: "Valdrenne" },
        { kind: "count", text: "240 postes", subject: "Corbélis" }, { kind: "percent", text: "12 %", subject: "Corbélis" },
      ],
    },
    // ... not a dateline's town in capitals when the item names its company after a noun; an item may also open on
    // its company and town before a colon; a sanction goes to the company named after "à", whoever the page is about
    {
      text: "Les brèves éco\nLa région accueille Nimbora, qui emploie 300 salariés.\nDUNKERQUE. Le sidérurgiste Ferronord va investir 140 millions d'euros dans un four électrique.\nAstrénor (Toulouse) : 38 M€ en série B. Le fabricant de propulseurs, fondé en 2020, vise 400 propulseurs en 2029.\nDonnées personnelles — La CNIL a infligé mercredi une amende de 3,5 millions d’euros à la start-up Parlivo, éditeur d’un assistant vocal.",
      want: [
        { kind: "money", text: "140 millions d'euros", subject: "Ferronord" }, { kind: "funding", text: "38 M€", subject: "Astrénor" },
        { kind: "count", text: "400 propulseurs", subject: "Astrénor" }, { kind: "money", text: "3,5 millions d’euros", subject: "Parlivo" },
      ],
    },
    // a bulleted list of pledges, each item led by its company and country before a colon
    {
      text: "Sommet de l'attractivité : 41 projets annoncés\nParmi les principales annonces :\n– Velmora Data (Canada) : 3 Md€ pour un campus de 500 MW à Vierzon, 300 emplois ;\n– Kestrane Bio (Suisse) : 540 M€ pour une usine à Annecy, 210 emplois d’ici 2030.",
      want: [
        { kind: "money", text: "3 Md€", subject: "Velmora Data" }, { kind: "count", text: "300 emplois", subject: "Velmora Data" },
        { kind: "money", text: "540 M€", subject: "Kestrane Bio" }, { kind: "count", text: "210 emplois", subject: "Kestrane Bio" },
      ],
    },
    // a nationality written with a compass point ("le sud-coréen"), or in "-éen", introduces the company
    {
      text: "Le géant Nortavia Cloud construira deux campus. Le sud-coréen Haneul Cells investira 2,4 milliards d’euros dans une usine de batteries, avec 1 700 emplois à la clé.",
      want: [{ kind: "money", text: "2,4 milliards d’euros", subject: "Haneul Cells" }, { kind: "count", text: "1 700 emplois", subject: "Haneul Cells" }],
    },
    // an elected member or a minister is a person, never the subject of the figures she criticises
    {
      text: "Sommet : « 37 milliards d’effet d’annonce », dénonce la députée Oriane Bastérac\n« On nous vend 37,4 milliards d’euros », attaque Oriane Bastérac, députée écologiste de la Moselle.\nElle conteste les 14 000 emplois promis.",
      want: [{ kind: "money", text: "37,4 milliards d’euros", subject: null }, { kind: "count", text: "14 000 emplois", subject: null }],
    },
    // an interview's "Nous" in the headline's quote is no name: the figures are the company's
    {
      text: "Cimalys : « Nous aurons plus de 20 000 GPU en France d'ici à 2029 »\nFondé en 2019 à Seclin, l'hébergeur Cimalys s'est mué en néocloud. Son PDG explique comment il compte tenir tête aux géants.\nCapital : Combien de processeurs graphiques exploitez-vous ?\nProsper Rouveyrol : Nous avons 6 400 GPU B200 de Nvidia. Nous en installerons 4 000 de plus cet automne.",
      want: [{ kind: "gpu_count", text: "20 000 GPU", subject: "Cimalys" }, { kind: "gpu_count", text: "6 400 GPU B200 de Nvidia", subject: "Cimalys" }],
    },
    // a date opening the sentence before "la société" and its product: the company's
    {
      text: "Echolys Medical entre en Bourse\nLa medtech Echolys Medical a levé 62 M€. Fondée en 2019 par le cardiologue Pacôme Delbrel, la société commercialise Sonavia, un logiciel d'échographie.",
      want: [{ kind: "date", text: "2019", subject: "Echolys Medical" }],
    },
    // A round-up: each item opens on its company, with where it is and what it does in brackets, then its verb.
    {
      text: "Maddymoney : sept start-up ont levé 101,1 millions d’euros cette semaine\nRadiolys (Paris, IA pour la radiologie) lève 48 M€ en série B auprès d’Alcyon Ventures. Déjà utilisé dans 140 hôpitaux, son logiciel arrive aux États-Unis.\nBatiflux (Nantes, pilotage énergétique des bâtiments) a finalisé une série A de 22 millions d’euros. La société revendique 1 200 bâtiments équipés.\nCaldéo (Lille, pompes à chaleur) réunit 4,2 M€ en amorçage auprès de Beffroi Ventures.",
      want: [
        { kind: "funding", text: "48 M€", subject: "Radiolys" }, { kind: "count", text: "140 hôpitaux", subject: "Radiolys" },
        { kind: "funding", text: "22 millions d’euros", subject: "Batiflux" }, { kind: "count", text: "1 200 bâtiments", subject: "Batiflux" },
        { kind: "funding", text: "4,2 M€", subject: "Caldéo" },
      ],
    },
    // A named cable is its own subject; a currency in the headline ("Fcfp") and an island ("Hawaii") are no names.
    {
      text: "Câble Tauhira : 4 300 kilomètres de fibre vers Hawaii pour 11 milliards de Fcfp\nRautea Networks, la société chargée du projet, a présenté jeudi à Papeete le futur câble sous-marin Tauhira, qui doit relier Tahiti à l'île d'Oahu, à Hawaii, sur 4 300 kilomètres. Le chantier est estimé à 11 milliards de Fcfp. Tauhira offrira près de dix fois le débit actuel.",
      want: [{ kind: "money", text: "11 milliards de Fcfp", subject: "Tauhira" }, { kind: "ratio", subject: "Tauhira" }],
    },
    // A name before an indefinite apposition that counts a staff is a firm: "d'Armabois, une menuiserie de 140 salariés".
    {
      text: "En mars, la comptable d'Armabois, une menuiserie industrielle de 140 salariés installée près de Saint-Nazaire, a validé trois virements pour un total de 1,27 million d'euros. La voix avait été clonée à partir d'une interview diffusée sur YouTube.",
      want: [{ kind: "count", text: "140 salariés", subject: "Armabois" }, { kind: "money", subject: "Armabois" }],
    },
    // ... and in an apposition with its article: "son nouveau smartphone, le Solis 8, vendu 899 €"
    {
      text: "Le fabricant chinois Hexora lance ce jeudi en France son nouveau smartphone, le Solis 8, vendu 899 € dans sa version 256 Go. Hexora en a écoulé 380 000 exemplaires.",
      want: [{ kind: "money", text: "899 €", subject: "Solis 8" }],
    },
    // ... not a place after it: "son serveur à Lyon".
    {
      text: "Xiaomi présente ses résultats. Son serveur Lyon héberge des données, pour 3 millions d'euros par an.",
      want: [{ kind: "money", subject: "Xiaomi" }],
    },
    // "Orvia Data a déjà reçu 40 millions d'euros": a company is the subject of what it received.
    {
      text: "Le plan profite surtout à Nexio. Orvia Data a déjà reçu 40 millions d'euros de subventions pour porter son parc à 5 000 GPU.",
      want: [{ kind: "money", subject: "Orvia Data" }, { kind: "gpu_count", subject: "Orvia Data" }],
    },
    // ... a person receiving is still a person.
    {
      text: "Le plan profite surtout à Nexio. Marc Dubreuil a obtenu 2 millions d'euros de bonus.",
      want: [{ kind: "money", subject: null }],
    },
    // ... and "La BCE a reçu" is the BCE, the article left out.
    {
      text: "Le règlement avance. La BCE a reçu 300 demandes de banques en 2024.",
      want: [{ kind: "date", subject: "BCE" }],
    },
    // The age after "directeur financier de Nordwind, 52 ans" is the director's: a name after "de" is a complement.
    {
      text: "Nordwind a levé 30 millions d'euros en mars, a confirmé Jonas Berg, directeur financier de Nordwind, 52 ans.",
      want: [{ kind: "funding", subject: "Nordwind" }],
    },
    // A former employer ("ancienne directrice de Google") describes the person, and is not what the sentence is about.
    {
      text: "Orvia a annoncé un partenariat avec Airbus. Selon Reuters, la start-up fondée par Claire Martin, ancienne directrice de Google, lèverait 200 millions d'euros.",
      want: [{ kind: "funding", subject: "Orvia" }],
    },
    // A capitalised name opening its sentence before ", qui …" or ", contrôlé par …" is an organisation,
    // even one no list knows; a weekday or a month is not.
    { text: "Le marché décolle. Novaterra, qui exploite déjà 3 000 GPU, prévoit d'en acheter autant d'ici à 2027.", want: [{ kind: "gpu_count", subject: "Novaterra" }] },
    {
      text: "Le marché décolle. Helvion Data Centers, contrôlé par le fonds KKR, investira 400 millions de dollars dans son campus.",
      want: [{ kind: "money", subject: "Helvion Data Centers" }],
    },
    { text: "Le chantier avance. Mardi, qui était férié, Orange a signé un contrat de 30 millions d'euros.", want: [{ kind: "money", subject: "Orange" }] },
    // ... but a capital is a place, and the short form of a name already read stays that name
    { text: "Cohere accélère. Ottawa, qui a débloqué 2 milliards de dollars canadiens, lui consacrera 240 millions de dollars canadiens.", want: [{ kind: "money", text: "240 millions de dollars canadiens", subject: "Cohere" }] },
    { text: "La société Sakana AI grandit. Sakana, qui compte 110 salariés, vend des modèles.", want: [{ kind: "count", subject: "Sakana AI" }] },
    // Funding goes to whom it is given: "un apport de 80 millions d'euros à la start-up Nordlys" is Nordlys's.
    { text: "Le fonds Tikehau et Bpifrance ont annoncé un apport de 80 millions d'euros à la start-up Nordlys.", want: [{ kind: "funding", subject: "Nordlys" }] },
    // A name said inside a quotation is the speaker's rival or example, not what the paragraph is about.
    {
      text: "Axelera AI a levé 250 millions d'euros.\n« Nous ne cherchons pas à battre Nvidia sur l'entraînement », explique son PDG. Les fonds serviront à recruter 200 ingénieurs.",
      want: [{ kind: "count", subject: "Axelera AI" }],
    },
    // "de chez Renault": where a person comes from, not whose plan it is; an Italian first name before "de".
    {
      text: "Kering a publié ses ventes. Arrivé le 15 septembre de chez Renault, Luca de Meo présentera son plan au printemps.",
      want: [{ kind: "date", text: "printemps", subject: "Kering" }],
    },
    { text: "Le groupe Kering, dirigé par Luca de Meo, vise 2 000 suppressions de postes.", want: [{ kind: "count", subject: "Kering" }] },
    {
      text: "Kering a publié ses ventes. Arrivé le 15 septembre de chez Renault, Luca de Meo, 58 ans, présentera son plan au printemps. Il a déjà gelé une centaine d'ouvertures de boutiques.",
      want: [{ kind: "date", text: "15 septembre", subject: "Kering" }, { kind: "count", subject: "Kering" }],
    },
    // "L'Oréal" keeps its article: it is part of the name.
    { text: "Kering a cédé sa division beauté à L'Oréal pour 4 milliards d'euros.", want: [{ kind: "money", subject: "L'Oréal" }] },
    // A city opening a headline is a place, not a company.
    { text: "Immobilier : Tanger tire les prix\nLes transactions ont reculé de 3,8 % en 2025.", want: [{ kind: "percent", subject: null }] },
    // "à Kalyra, la société d'IA …": a name followed by an apposition calling it a company is a company.
    {
      text: "Le département du Commerce a accordé à Kalyra, la société d'intelligence artificielle du fonds souverain, des licences d'exportation. L'entreprise construit un campus de 20 milliards de dollars.",
      want: [{ kind: "money", subject: "Kalyra" }],
    },
    // "les ventes du groupe" after its brands are the article's group's.
    {
      text: "Kering : Gucci chute encore\nLe groupe de luxe Kering a publié ses ventes trimestrielles.\nGucci recule de 14 %, tandis que Bottega Veneta progresse de 3 %. En Asie, les ventes du groupe baissent de 12 %.",
      want: [{ kind: "percent", text: "12 %", subject: "Kering" }],
    },
    // A headline's name before "commande": the buyer, whose order the maker and model ("40 Airbus A220") only describe.
    {
      text: "LOT Polish Airlines commande 40 Airbus A220 pour 13 milliards de zlotys\nLa compagnie a signé une commande ferme de 40 Airbus A220-300, soit jusqu'à quatre-vingt-quatre appareils.",
      want: [{ kind: "count", text: "40 Airbus A220-300", subject: "LOT Polish Airlines" }, { kind: "count", text: "quatre-vingt-quatre appareils", subject: "LOT Polish Airlines" }],
    },
    // "… fondée par trois anciens ingénieurs d'Intel": the former employer is no subject, the company is.
    {
      text: "Puces d'IA : l'israélien Galim Silicon lève 310 millions de dollars\nLa start-up israélienne Galim Silicon a bouclé une série B de 310 millions de dollars, menée par le fonds américain Insight Partners.\nL'opération valorise l'entreprise, fondée en 2021 à Haïfa par trois anciens ingénieurs d'Intel, à 1,4 milliard de dollars.",
      want: [{ kind: "valuation", subject: "Galim Silicon" }],
    },
    // A company first named in full keeps its full name when the text shortens it.
    {
      text: "Haneul Networks achète 13 000 GPU\nLe groupe Haneul Networks a annoncé l'achat de 13 000 GPU. Sa messagerie Dalbit compte 40 millions d'utilisateurs. Haneul a investi 4 500 milliards de wons en 2025.",
      want: [{ kind: "money", subject: "Haneul Networks" }],
    },
    // ... and so does a headline's short form: the company goes by the name the body gives it in full.
    {
      text: "Puces d'IA : les ventes du chinois Biren multipliées par 3,5\nLe concepteur chinois Biren Technology a publié ses résultats. Son chiffre d'affaires a atteint 1,46 milliard de yuans.",
      want: [{ kind: "money", subject: "Biren Technology" }, { kind: "ratio", subject: "Biren Technology" }],
    },
    // a neocloud's name shortened: "Kestrel Cloud … Kestrel" is one company
    {
      text: "Le néo-cloud américain Kestrel Cloud a annoncé ce mardi qu'il baissait ses prix. Kestrel revendique 40 000 GPU loués.",
      want: [{ kind: "gpu_count", subject: "Kestrel Cloud" }],
    },
    {
      text: "Le géant indonésien Semesta Digital investira 15 000 milliards de roupies. Le titre Semesta a progressé de 8,4 % mardi, à 1 350 roupies.",
      want: [{ kind: "percent", subject: "Semesta Digital" }],
    },
    // a machine named by an apposition owns its chips: "Orvéline, une machine de 16 384 GPU"
    {
      text: "L’opérateur public Calvéra a retenu le groupement mené par Alvénor pour livrer Estravelle, une machine de 16 384 GPU Nvidia GB300.",
      want: [{ kind: "gpu_count", subject: "Estravelle" }],
    },
    // ... nor a unit the text names as one ("Qinglan Cloud, sa division de cloud"), whatever the order
    {
      text: "Voltamar relève ses investissements\nLe géant chinois Voltamar a fait état d'une hausse de 58 % du chiffre d'affaires de Voltamar Cloud, sa division d'informatique dématérialisée. Voltamar emploie 198 300 personnes.",
      want: [{ kind: "count", subject: "Voltamar" }],
    },
    // ... but a unit named first ("Naver Cloud") is not its parent ("Naver") shortened.
    {
      text: "Naver Cloud exploite le centre de Sejong. Naver a annoncé l'achat de 10 000 GPU pour un billion de wons.",
      want: [{ kind: "gpu_count", subject: "Naver" }],
    },
    // Words whose initials spell the acronym in brackets after them name an organisation: "La Kuwait Investment Authority (KIA)".
    {
      text: "Le Koweït met 30 milliards de dollars sur la table\nLa Kuwait Investment Authority (KIA), le plus ancien fonds souverain du monde, a présenté un plan de 30 milliards de dollars. La KIA compte installer jusqu'à 80 000 GPU d'ici 2028.",
      want: [{ kind: "money", text: "30 milliards de dollars", subject: "Kuwait Investment Authority" }, { kind: "gpu_count", subject: "Kuwait Investment Authority" }],
    },
    {
      text: "Le conseil de l'Hôpital universitaire Meuse-Sambre (HUMS) a adopté un budget de 612 millions d'euros. Le HUMS emploie 4 350 équivalents temps plein.",
      want: [{ kind: "money", subject: "Hôpital universitaire Meuse-Sambre" }, { kind: "count", subject: "Hôpital universitaire Meuse-Sambre" }],
    },
    // ... and the acronym in brackets shares its role: an investor that leads a round does not become the valued company.
    {
      text: "La jeune pousse Laurentide IA a bouclé une série B de 240 millions de dollars. Menée par la Caisse de dépôt et placement du Québec (CDPQ), elle réunit aussi le fonds Georgian. L'opération valorise l'entreprise à 1,6 milliard de dollars.",
      want: [{ kind: "valuation", subject: "Laurentide IA" }],
    },
    // ... not the name of a thing: "les petites et moyennes entreprises (PME)"
    { text: "Les Petites et moyennes entreprises (PME) emploient 6,3 millions de salariés.", want: [{ kind: "count", subject: null }] },
    // ... nor the antecedent of "La société" sentences later.
    {
      text: "Puces d'IA : l'israélien Galim Silicon lève 310 millions de dollars\nPar Noa Benhamou 19 février 2026, 14:22\nLa start-up israélienne Galim Silicon, qui conçoit des puces d'inférence pour l'intelligence artificielle, a annoncé jeudi avoir bouclé une série B de 310 millions de dollars (environ 1,1 milliard de shekels), menée par le fonds américain Insight Partners avec la participation de Pitango et de l'Autorité israélienne de l'innovation.\nL'opération valorise l'entreprise, fondée en 2021 à Haïfa par trois anciens ingénieurs d'Intel, à 1,4 milliard de dollars après l'apport d'argent frais, près de quatre fois plus qu'en mars 2024, lors de sa série A de 55 millions de dollars.\nSa puce Yam-2, gravée en 3 nanomètres, consommerait deux fois moins d'énergie par requête qu'un GPU H200 de Nvidia. Galim en a livré environ 8 000 exemplaires l'an dernier et vise 60 000 unités en 2026, puis un rythme de plus de 250 000 par an à partir de 2028.\nLa société emploie 230 personnes, dont 180 en Israël, et veut doubler ses effectifs d'ici fin 2027. Depuis 2022, elle a reçu 48 millions de shekels de subventions publiques ; son futur centre de R&D de Yokneam, qui ouvrira au printemps, coûtera 95 millions de shekels.",
      want: [{ kind: "count", text: "230 personnes", subject: "Galim Silicon" }],
    },
    // A company named after its founder stays a company; a compound first name makes a whole person.
    {
      text: "Concarneau : Piriou affiche un carnet de commandes record\nLe constructeur naval concarnois Piriou a présenté des résultats en hausse. Son chiffre d'affaires a atteint 412 millions d'euros. « Nous sommes prudents », dit son président, Joseph Piriou.",
      want: [{ kind: "money", subject: "Piriou" }],
    },
    // ... even when a family member is given an age ("Ludovica Brunazzi, 38 ans"), and a first name the list lacks
    {
      text: "Brunazzi : ventes semestrielles en hausse de 9,3 %\nLe groupe milanais Brunazzi a bouclé le premier semestre sur un chiffre d'affaires de 486,2 millions d'euros. La Grande Chine recule en revanche de 2,1 %, à 38,9 millions d'euros. « Pas question d'ouvrir le capital », a répété Ludovica Brunazzi, 38 ans, petite-fille du fondateur.",
      want: [{ kind: "money", text: "486,2 millions d'euros", subject: "Brunazzi" }],
    },
    // a newspaper's title keeps its article, and the title without it is the same newspaper
    {
      text: "La direction du quotidien Le Phare a présenté un plan de 68 départs. Le Phare revendique 286 000 abonnés. La Société des rédacteurs du Phare compte 190 membres.",
      want: [{ kind: "count", text: "286 000 abonnés", subject: "Le Phare" }],
    },
    // a public institution is named by its noun and its place, as written
    {
      text: "Le groupe hospitalier de Brumeval prévoit un déficit de 38,4 millions d’euros en 2028. Le centre hospitalier de Montbrévin a signé un contrat de 240 000 euros.",
      want: [{ kind: "money", text: "38,4 millions d’euros", subject: "groupe hospitalier de Brumeval" }, { kind: "money", text: "240 000 euros", subject: "centre hospitalier de Montbrévin" }],
    },
    { text: "L’université du Ponant compte 21 000 étudiants.", want: [{ kind: "count", subject: "université du Ponant" }] },
    // a region in a paragraph of sales by region is the company's market, not who the figure is about
    {
      text: "Le groupe Aubrane a publié un chiffre d’affaires semestriel de 6,84 milliards d’euros.\nL’Asie reste le premier marché du maroquinier. L’Europe progresse de 3,1 %, à 1,92 milliard, et le Japon recule de 4,5 %, à 612 millions d’euros.",
      want: [{ kind: "percent", text: "3,1 %", subject: "Aubrane" }, { kind: "money", text: "612 millions d’euros", subject: "Aubrane" }],
    },
    {
      text: "Le fonds Blue Heron rachète 85 % du club à Jean-Pierre Caillot, président depuis 2004, pour 75 millions d'euros.",
      want: [{ kind: "money", subject: "Blue Heron" }],
    },
    // An institution named by its town: "le Stade de Reims"
    {
      text: "Football : le Stade de Reims passe sous pavillon américain\nLe fonds Blue Heron rachète 85 % du Stade de Reims. Le Stade de Reims a perdu 18 millions d'euros la saison dernière.",
      want: [{ kind: "money", subject: "Stade de Reims" }],
    },
    {
      text: "Cyclisme : le Tour de la Provence rapporte 9 millions d'euros\nLe Tour de la Provence a attiré 180 000 spectateurs.",
      want: [{ kind: "count", subject: "Tour de la Provence" }],
    },
    // ... and a company by its trade and its place or family: "les Forges de la Durolle", "les Chantiers de l'Atlantique"
    {
      text: "Thiers : les Forges de la Durolle vont créer 85 emplois\nLes Forges de la Durolle vont investir 24 millions d'euros. L'entreprise familiale emploie 312 salariés.",
      want: [{ kind: "count", text: "85 emplois", subject: "Forges de la Durolle" }, { kind: "money", subject: "Forges de la Durolle" }, { kind: "count", text: "312 salariés", subject: "Forges de la Durolle" }],
    },
    // a town whose name holds an article, after a preposition ("du Locle", "au Havre"), is a place, not a company
    {
      text: "Horlogerie : Vaucher-Droz supprime 180 postes au Locle\nLa manufacture Vaucher-Droz va supprimer 180 postes. La marque du Locle a publié un chiffre d'affaires de 412 millions de francs.",
      want: [{ kind: "money", subject: "Vaucher-Droz" }],
    },
    // a town's metropolitan authority is an organisation: "Limoges Métropole", "Toulouse Métropole"
    {
      text: "Les abonnés du service de l'eau de Limoges Métropole vont voir leur facture augmenter. Limoges Métropole investira 96 millions d'euros.",
      want: [{ kind: "money", subject: "Limoges Métropole" }],
    },
    // an investor named with its nationality ("et l'américain Kettleby Capital") is on the round's list; "série B" names nothing
    {
      text: "La start-up grenobloise Sérac AI annonce une levée de fonds de série B de 140 millions d'euros. Le tour est mené par le fonds lyonnais Ardoise Ventures, avec Bpifrance et l'américain Kettleby Capital. Selon nos informations, l'entreprise est désormais valorisée 960 millions d'euros après l'opération.",
      want: [{ kind: "funding", subject: "Sérac AI" }, { kind: "valuation", subject: "Sérac AI" }],
    },
    // "Le groupe" after a client introduced by its trade ("l'armateur grec X lui a confié …") is the article's company
    {
      text: "Le chantier naval coréen Haedong Heavy Industries a publié un bénéfice record. Le groupe a engrangé 62 commandes. Lundi encore, l'armateur grec Kallisthenis Maritime lui a confié quatre navires de 174 000 mètres cubes, pour 1,02 milliard de dollars, livrables d'ici à 2029.\n« Nous refusons des commandes, faute de bras », reconnaît le PDG, Kwon Tae-sik, 59 ans. Le groupe emploie 11 200 salariés.",
      want: [{ kind: "count", text: "11 200 salariés", subject: "Haedong Heavy Industries" }],
    },
    // the maker after "processeurs graphiques" qualifies the chips: the order's amount is the buyer's
    {
      text: "Le fournisseur français de cloud Ormelune a annoncé lundi la commande de 16 384 processeurs graphiques Nvidia Vera Rubin et de quelque 4 000 accélérateurs AMD MI450, pour un montant d’environ 1,1 milliard d’euros.",
      want: [{ kind: "money", subject: "Ormelune" }],
    },
    // a country's share of the sales is the company's figure, by market
    {
      text: "Horlogerie : Vaucher-Droz supprime 180 postes\nLa manufacture Vaucher-Droz va supprimer 180 postes. Les Etats-Unis, longtemps premier marché de la marque, ne pèsent plus que 22% des ventes.",
      want: [{ kind: "percent", text: "22%", subject: "Vaucher-Droz" }],
    },
    // a name inside a closed participle clause (", détenue par X,") is not the subject of what follows it either
    {
      text: "Surgelés : Givrelle résiste\nLe distributeur Givrelle a publié ses comptes. L'enseigne, détenue depuis 2021 par le fonds Orvenne Capital, a dégagé un Ebitda de 118 M€.",
      want: [{ kind: "money", subject: "Givrelle" }],
    },
    // accounting terms are no companies, whatever their case ("un Ebitda de", "l'ARPU")
    {
      text: "Célestia Télécom : l'Ebitda progresse\nL'opérateur Célestia Télécom a publié ses comptes. L'Ebitda a atteint 412 millions d'euros et l'ARPU 31,40 euros par mois.",
      want: [{ kind: "money", text: "412 millions d'euros", subject: "Célestia Télécom" }, { kind: "money", text: "31,40 euros", subject: "Célestia Télécom" }],
    },
    // a name runs on through a hyphen ("HC Léman-Riviera"), and an article before an acronym is not part of it
    {
      text: "Le HC Léman-Riviera passe sous pavillon américain pour 42 millions de francs\nLe HC Léman-Riviera change de mains. Le fonds américain Ashgrove Sports Capital rachète 70% du club de hockey de la Riviera vaudoise. Le HC Léman-Riviera a perdu 3,1 millions de francs la saison dernière.",
      want: [{ kind: "money", text: "42 millions de francs", subject: "HC Léman-Riviera" }, { kind: "money", text: "3,1 millions de francs", subject: "HC Léman-Riviera" }],
    },
    // a headline's name the body calls by its common noun ("Le Houlottes Festival" … "Le festival namurois")
    {
      text: "Le Houlottes Festival pulvérise son record avec 86.000 festivaliers\nLe festival namurois a refermé ses portes dimanche soir sur un record : 86.000 festivaliers en quatre jours. Le budget atteint 4,2 millions d'euros.",
      want: [{ kind: "money", subject: "Houlottes Festival" }],
    },
    // a name learned from a product ("Ysolde 4 Pro") does not cut the company's own name short ("Ysolde Labs")
    {
      text: "Corvalis lance un chantier de 5 gigawatts\nPremier client, Ysolde Labs, dont Corvalis détient 27 % du capital, disposera de 200 000 de ces GPU. Son modèle Ysolde 4 Pro sortira en mars.",
      want: [{ kind: "gpu_count", subject: "Ysolde Labs" }],
    },
    // a rival named after a company's figures ("une guerre des prix avec la low cost Transbrise") is no topic of them
    {
      text: "Aéralis transporte 2,3 millions de passagers\nLa compagnie alsacienne Aéralis a transporté 2,3 millions de passagers.\nLe chiffre d’affaires progresse de 9 %, à 214 millions d’euros, sous l’effet d’une guerre des prix avec la low cost Transbrise sur les lignes vers le Maroc.\nTransbrise, filiale d’un groupe irlandais, affiche de son côté un taux de remplissage de 91 %.",
      want: [{ kind: "money", text: "214 millions d’euros", subject: "Aéralis" }],
    },
    // a plural article opening the sentence is not part of the name
    {
      text: "Les Fromageries Vuillermoz exportent un quart de leur comté\nLes Fromageries Vuillermoz ont vendu 6 400 tonnes de fromage l'an dernier.",
      want: [{ kind: "count", subject: "Fromageries Vuillermoz" }],
    },
    // "X rachète Y pour N": the price is the buyer's
    { text: "Exclusif : ServiceNow rachète la start-up parisienne Ondine Labs pour 1,2 milliard de dollars.", want: [{ kind: "money", subject: "ServiceNow" }] },
    { text: "Le groupe Ipsen a annoncé le rachat de la biotech Corvane Therapeutics pour 3,1 milliards de dollars.", want: [{ kind: "money", subject: "Ipsen" }] },
    // a takeover bid: "une offre publique d'achat sur Orbelis, au prix de 38,50 euros" is the bidder's price
    { text: "Le groupe d'ingénierie Tessaly a annoncé une offre publique d'achat amicale sur l'éditeur lyonnais Orbelis, au prix de 38,50 euros par action.", want: [{ kind: "money", subject: "Tessaly" }] },
    // ... but the target's own figure, not a price, stays its own
    { text: "ServiceNow rachète la start-up parisienne Ondine Labs, qui vise 300 millions d'euros de revenus.", want: [{ kind: "money", subject: "Ondine Labs" }] },
    // A name inside a closed relative clause is not the subject of what follows it.
    { text: "Mistral AI, qui a racheté Kyutai l'an dernier, vise un chiffre d'affaires de 300 millions d'euros.", want: [{ kind: "money", subject: "Mistral AI" }] },
    { text: "Nvidia, dont le partenaire OpenAI a levé 40 milliards de dollars, vend 5 millions de GPU par an.", want: [{ kind: "gpu_count", subject: "Nvidia" }] },
    // ... not when the comma carries on the clause
    { text: "Les amendes restent modestes au regard des revenus de Google, dont la maison mère Alphabet a réalisé 96,4 milliards de dollars au deuxième trimestre, en hausse de 14 %.", want: [{ kind: "percent", subject: "Alphabet" }] },
    // ... but inside the clause, it is: "Face à Nvidia, qui détient 80 % du marché"
    { text: "Face à Nvidia, qui détient 80 % du marché, AMD accélère.", want: [{ kind: "percent", subject: "Nvidia" }] },
    // A ratio of accounts written in capitals is no company
    { text: "La Banque Nationale a publié un bénéfice de 3,9 milliards de dollars. Son ratio de fonds propres CET1 s'établit à 13,6 %, et le rendement des capitaux propres à 17,2 %.", want: [{ kind: "percent", text: "13,6 %", subject: "Banque Nationale" }] },
    // A currency written in capitals is no company
    { text: "Le groupe sénégalais Kaydara Data lance un centre de données de 100 milliards de FCFA.", want: [{ kind: "money", subject: "Kaydara Data" }] },
    // A technology written in capitals is no company: "la HBM" does not earn Micron's revenue.
    {
      text: "Porté par la HBM, Micron table sur 18 Md$ de chiffre d'affaires\nLa mémoire à large bande passante (HBM) a généré près de 2,9 milliards de dollars sur le trimestre.",
      want: [{ kind: "money", text: "2,9 milliards de dollars", subject: "Micron" }],
    },
    // "l'entreprise" is not the fund named just before.
    {
      text: "La jeune pousse Laurentide IA a bouclé une série B de 240 millions de dollars. Elle réunit aussi le fonds torontois Georgian. L'opération valorise l'entreprise à 1,6 milliard de dollars.",
      want: [{ kind: "valuation", subject: "Laurentide IA" }],
    },
    // A company found by what follows its name: "était valorisée", a legal form ("SAS", "GmbH"), an apposition
    // naming its former kind ("l'ex-pépite").
    { text: "Lors de sa dernière levée, en 2023, Corbaize était valorisée 150 millions d'euros.", want: [{ kind: "valuation", subject: "Corbaize" }] },
    { text: "Le tribunal a retenu l'offre de reprise de Pellavo SAS. La société compte 64 salariés.", want: [{ kind: "count", subject: "Pellavo" }] },
    { text: "Kernove, l'ex-pépite de la livraison, placée en redressement\nLa société affiche un passif de 12 millions d'euros.", want: [{ kind: "money", subject: "Kernove" }] },
    // A regulator's sanction is the sanctioned company's figure, and so is what the regulator holds against it.
    {
      text: "Le fournisseur Vollmar Data sanctionné\nLa CNIL a infligé mardi une amende de 12 millions d'euros à Vollmar Data. Le régulateur reproche à l'entreprise d'avoir filmé 40 000 salariés. La CNIL ordonne en outre à l'éditeur de supprimer 2 millions d'enregistrements.",
      want: [
        { kind: "money", subject: "Vollmar Data" }, { kind: "count", text: "40 000 salariés", subject: "Vollmar Data" },
        { kind: "count", text: "2 millions d'enregistrements", subject: "Vollmar Data" },
      ],
    },
    // So is a public body's grant the receiver's: "La Région vote 12 millions d'euros pour le centre de Vaulmire".
    {
      text: "La Région vote 12 millions d'euros pour le centre de calcul de Vaulmire à Longvic\nLa start-up dijonnaise Vaulmire veut ouvrir son centre en 2028. La Région prend à sa charge un huitième de l'investissement. Vaulmire a été fondée en 2024.",
      want: [{ kind: "money", text: "12 millions d'euros", subject: "Vaulmire" }],
    },
    // ... but what a company pays out is its own figure
    { text: "La start-up Vaulmire verse 2 millions d'euros de dividendes à ses actionnaires.", want: [{ kind: "money", subject: "Vaulmire" }] },
  ],
  negatives: [],
};

import { claimCorpus } from "./corpus-helpers.js";

export const corpus = claimCorpus(
  "valuation, funding, money",
  ["valuation", "funding", "money"],
  [
    // an amount restated in brackets keeps the hedge of the first: "à partir de … TTC (… HT)", "plus de … (…)"
    { text: "La station de travail est proposée à partir de 3 490 euros TTC (2 908 euros HT).", want: [
      { kind: "money", value: 3490, unit: "EUR", qualifier: "at_least" }, { kind: "money", value: 2908, unit: "EUR", qualifier: "at_least" },
    ] },
    { text: "Le contrat rapportera plus de 10 millions d'euros (11,6 millions de dollars) par an.", want: [
      { kind: "money", value: 10e6, unit: "EUR", qualifier: "more_than" }, { kind: "money", value: 11.6e6, unit: "USD", qualifier: "more_than" },
    ] },
    // a bracket that is no restatement keeps its own reading
    { text: "Elle coûte au moins 749 euros (contre 699 euros pour l'ancienne).", want: [
      { kind: "money", value: 749, unit: "EUR", qualifier: "at_least" }, { kind: "money", value: 699, unit: "EUR", qualifier: "exact" },
    ] },
    // "revalorisé" raises a wage or a pension: it values no company
    { text: "Le salaire minimum, revalorisé de 2 % en janvier, s'établit à 1 750,40 euros brut par mois.", want: [{ kind: "money", value: 1750.4, unit: "EUR" }] },
    { text: "Après la revalorisation de 3 %, la pension moyenne atteint 1 512 euros.", want: [{ kind: "money", value: 1512, unit: "EUR" }] },
    // "boucler son budget" closes accounts, no round
    { text: "Pour boucler son budget, la collectivité a relevé une taxe, ce qui devrait rapporter une trentaine de millions d'euros.", want: [{ kind: "money", value: 30e6, unit: "EUR" }] },
    // a conversion after the stage of a valuation is the same valuation
    { text: "La start-up est désormais valorisée à plus de 13 milliards de dollars post-money, soit près de 12 milliards d'euros.", want: [
      { kind: "valuation", value: 13e9, unit: "USD" }, { kind: "valuation", value: 12e9, unit: "EUR" },
    ] },
    // "apporte" is funding when its sentence speaks of the financing it is part of
    { text: "Selon des documents, le fonds apporterait 2 milliards d'euros, soit plus de la moitié du financement du campus.", want: [{ kind: "funding", value: 2e9, unit: "EUR" }] },
    { text: "Le tourisme apporte 60 milliards d'euros par an à l'économie française.", want: [{ kind: "money", value: 60e9, unit: "EUR" }] },
    // ... and when what it brings goes to a company: "un apport de 300 millions de couronnes à Nordlys"
    { text: "La fondation a annoncé un apport de 300 millions de couronnes danoises à Nordlys, la société qui exploite le supercalculateur.", want: [{ kind: "funding", value: 300e6, unit: "DKK" }] },
    // "estimé à" values a company, but the estimate of a contract, a cost or a market is plain money.
    { text: "La start-up lyonnaise, estimée à 2 milliards d'euros, prépare son entrée en Bourse.", want: [{ kind: "valuation", value: 2e9, unit: "EUR" }] },
    { text: "Bouygues Telecom a signé un accord avec EDF, un contrat estimé à 350 M€ sur sept ans.", want: [{ kind: "money", value: 350e6, unit: "EUR" }] },
    { text: "Le coût du chantier, estimé à 1,2 milliard d'euros, a doublé.", want: [{ kind: "money", value: 1.2e9, unit: "EUR" }] },
    { text: "Le marché mondial des puces est estimé à 600 milliards de dollars.", want: [{ kind: "money", value: 600e9, unit: "USD" }] },
    // love money put in the pot, and the total a round brings together, are funding
    { text: "Une vingtaine de proches ont mis au pot 250 000 € de « love money ».", want: [{ kind: "funding", value: 250000, unit: "EUR" }] },
    { text: "Bpifrance complète le tour avec un prêt d'amorçage de 200 000 euros, portant à 850 000 euros les moyens réunis.", want: [{ kind: "funding", value: 200000 }, { kind: "funding", value: 850000, unit: "EUR" }] },
    // goods estimated, and the value of goods, are money: "La marchandise … est estimée à 96 millions de ringgits",
    // "la valeur des puces d'IA détournées aurait atteint 1,4 milliard de dollars"
    { text: "La marchandise, déclarée comme du matériel d’occasion, est estimée à 96 millions de ringgits, soit environ 19,6 millions d’euros.", want: [{ kind: "money", value: 96e6, unit: "MYR" }, { kind: "money", value: 19.6e6, unit: "EUR" }] },
    { text: "Selon un rapport, la valeur des puces d’IA détournées vers la Chine aurait atteint 1,4 milliard de dollars en 2026.", want: [{ kind: "money", value: 1.4e9, unit: "USD" }] },
    // a value per season or per year is a flow, never what a company is worth: "l'accord est valorisé à 7 M€ par saison"
    { text: "Selon nos informations, l’accord est valorisé à 7 millions d’euros par saison, bonus de performance compris.", want: [{ kind: "money", value: 7e6, unit: "EUR" }] },
    // ... and so is the estimate of equipment or a building: "Un second module, estimé à 40 millions de francs"
    { text: "Un second module, estimé à 40 millions de francs, est à l’étude pour 2030.", want: [{ kind: "money", value: 40e6, unit: "CHF" }] },
    // "pèse sur" weighs on something, it values nothing; and what a thing cost, nearer, is money.
    { text: "Le programme pèse en revanche sur les comptes : son développement a coûté 1,2 Md€ de plus que prévu.", want: [{ kind: "money", value: 1.2e9, unit: "EUR" }] },
    { text: "La dette pèse sur le groupe, qui a dû céder 400 millions d'euros d'actifs.", want: [{ kind: "money", value: 400e6, unit: "EUR" }] },
    { text: "La start-up pèse désormais 2 milliards d'euros.", want: [{ kind: "valuation", value: 2e9, unit: "EUR" }] },
    // what weighs must be a company: a market, a contract or a revenue line weighs an amount, not a value
    { text: "Le partenariat pèse 18 millions d'euros et les droits télévisés environ 6 millions.", want: [{ kind: "money", value: 18e6, unit: "EUR" }] },
    { text: "Le marché mondial des puces d'IA pèse déjà 120 milliards de dollars.", want: [{ kind: "money", value: 120e9, unit: "USD" }] },
    { text: "Mistral AI pèse désormais 12 milliards d'euros.", want: [{ kind: "valuation", value: 12e9, unit: "EUR" }] },
    // a player on the transfer market is worth money, no company's value
    { text: "Le gardien Tanguy-Loïc Bourjade, 26 ans, estimé à 3,5 millions d'euros, et un latéral formé au club, évalué autour de 2 millions, sont sur la liste.", want: [{ kind: "money", value: 3.5e6, unit: "EUR" }, { kind: "money", value: 2e6, unit: "EUR" }] },
    // ... and so does what opens a relative clause ("Le secteur, qui pèse"); a weight in another unit
    // ("qui pèse quelque 600 MW,") leaves the amount the next verb tells to that verb
    { text: "Le marché, qui pèse déjà 4 milliards d'euros, double chaque année.", want: [{ kind: "money", value: 4e9, unit: "EUR" }] },
    { text: "Le management package, qui valait 90 M€ sur le papier en 2026, est réduit à néant.", want: [{ kind: "money", value: 90e6, unit: "EUR" }] },
    { text: "Son portefeuille vaut aujourd'hui 1,2 milliard d'euros.", want: [{ kind: "money", value: 1.2e9, unit: "EUR" }] },
    { text: "Le fonds pèse désormais 3 milliards d'euros.", want: [{ kind: "money", value: 3e9, unit: "EUR" }] },
    { text: "Elle lui a laissé un appartement du 7e arrondissement de Paris estimé à 2,3 millions d’euros.", want: [{ kind: "money", value: 2.3e6, unit: "EUR" }] },
    { text: "Le secteur, qui pèse quelque 600 MW, a rapporté 310 millions de dollars en devises au pays l'an dernier.", want: [{ kind: "money", value: 310e6, unit: "USD" }] },
    // a crypto-asset's market value is no company's worth: "la capitalisation de son jeton", "Le tether affiche une
    // capitalisation", the bitcoin's "Sa capitalisation" in the sentence after it
    { text: "La capitalisation de son jeton, adossé à l'euro, atteignait mardi 2,08 milliards d'euros, contre 310 millions il y a un an.", want: [{ kind: "money", value: 2.08e9, unit: "EUR" }, { kind: "money", value: 310e6, unit: "EUR" }] },
    { text: "Le tether (USDT) affiche une capitalisation de 238 milliards de dollars et l'USDC de Circle de 96 milliards.", want: [{ kind: "money", value: 238e9, unit: "USD" }, { kind: "money", value: 96e9, unit: "USD" }] },
    { text: "Le bitcoin s'échangeait à 151 420 dollars mardi. Sa capitalisation dépasse désormais 3 000 milliards de dollars.", want: [{ kind: "money", value: 151420, unit: "USD" }, { kind: "money", value: 3e12, unit: "USD", qualifier: "more_than" }] },
    // ... while a crypto company's is
    { text: "La plateforme d'échange de cryptomonnaies Coinbase, dont la capitalisation atteint 80 milliards de dollars, a racheté Deribit.", want: [{ kind: "valuation", value: 80e9, unit: "USD" }] },
    // Invested in a company named by a noun ("le groupe émirati") is funding, as in a name.
    { text: "Microsoft, qui a investi 1,5 milliard de dollars dans le groupe émirati en 2024, siège à son conseil.", want: [{ kind: "funding", value: 1.5e9, unit: "USD" }] },
    // (a sum spread over many start-ups is money, as most sets say: "ont investi plus de 9 milliards de dollars dans des start-up")
    { text: "Les fonds du Golfe ont investi plus de 9 milliards de dollars dans des start-up européennes de l’IA depuis janvier.", want: [{ kind: "money", value: 9e9 }] },
    // (crowdfunding platforms' takings are rounds)
    { text: "Selon le baromètre, les plateformes françaises ont collecté 486 millions d’euros en actions l’an dernier.", want: [{ kind: "funding", value: 486e6 }] },
    { text: "Le fonds a investi 200 millions d'euros dans la jeune pousse bordelaise.", want: [{ kind: "funding", value: 200e6, unit: "EUR" }] },
    { text: "Le groupe a investi 3 milliards d'euros dans ses usines en 2024.", want: [{ kind: "money", value: 3e9, unit: "EUR" }] },
    // fresh money put into the capital is funding, told after it with its verb ("15 millions seront injectés au capital");
    // what the buyer pays the owner is money ("5 millions versés au propriétaire")
    { text: "Sur cette somme, 15 millions d'euros seront injectés au capital d’ici au deuxième trimestre, le reste revenant au club-mère.", want: [{ kind: "funding", value: 15e6, unit: "EUR" }] },
    { text: "Le fonds devient actionnaire du club pour 14 millions d'euros, dont 9 millions d'argent frais et 5 millions versés au propriétaire, qui garde 51 %.", want: [{ kind: "money", value: 14e6, unit: "EUR" }, { kind: "funding", value: 9e6, unit: "EUR" }, { kind: "money", value: 5e6, unit: "EUR" }] },
    // a shareholder's money put in "en compte courant" is funding
    { text: "Le fonds Velbrook Capital s'est engagé à remettre 5 millions d'euros en compte courant d'ici au 30 juin.", want: [{ kind: "funding", value: 5e6, unit: "EUR" }] },
    // what a round is to pay for, told between its cue and the amount, is money ("La levée doit permettre de …")
    { text: "La levée doit permettre à Koridji de faire passer son encours de crédits de 9 à 25 millions de dollars d’ici à 2032.", want: [{ kind: "money", value: 25e6, unit: "USD" }] },
    { text: "Le tour de table servira à financer un supercalculateur de 40 millions d'euros.", want: [{ kind: "money", value: 40e6, unit: "EUR" }] },
    { text: "La levée doit financer l'ouverture de bureaux à Madrid et à Milan, et la revente de billets entre supporters.", want: [] },
    // ... and so is a market or a deal estimated after the round's cue: "un marché estimé à plus de 2 Md€"
    { text: "La levée doit aussi servir au développement de la revente officielle entre supporters, un marché estimé à plus de 2 Md€ en Europe.", want: [{ kind: "money", value: 2e9, unit: "EUR" }], only: true },
    { text: "La levée doit financer l'ouverture de bureaux à Madrid, Milan et Munich au premier semestre, et le développement de la revente entre supporters, un marché estimé à plus de 2 Md€ en Europe.", want: [{ kind: "money", value: 2e9, unit: "EUR" }], only: true },
    { text: "Le tour de table financera un centre de calcul de 60 millions d'euros à Grenoble.", want: [{ kind: "money", value: 60e6, unit: "EUR" }], only: true },
    // (a company estimated after the round stays a valuation)
    { text: "Après cette levée, la start-up est estimée à 900 millions d'euros.", want: [{ kind: "valuation", value: 900e6, unit: "EUR" }], only: true },
    // who estimates may come between the participle and its amount ("estimée par un investisseur à")
    { text: "La société ne communique pas sa valorisation, estimée par un investisseur à quelque 240 millions de francs.", want: [{ kind: "valuation", value: 240e6, unit: "CHF" }], only: true },
    { text: "La jeune pousse est évaluée par les analystes de Bernstein à 1,5 milliard de dollars.", want: [{ kind: "valuation", value: 1.5e9, unit: "USD" }], only: true },
    { text: "Le contrat, estimé par la presse spécialisée à 300 millions d'euros, court sur dix ans.", want: [{ kind: "money", value: 300e6, unit: "EUR" }], only: true },
    // the financing of a building or a work "de 640 millions" is that work's cost, no round
    { text: "Le FC Lorvennes boucle le financement de son arène de 640 millions d'euros.", want: [{ kind: "money", value: 640e6, unit: "EUR" }], only: true },
    { text: "La région a bouclé le financement de la nouvelle ligne de tramway de 310 millions d'euros.", want: [{ kind: "money", value: 310e6, unit: "EUR" }], only: true },
    // (a round's financing stays one: "le financement de sa série B de 40 millions", "un financement de 300 millions pour son usine")
    { text: "La start-up a bouclé le financement de sa série B de 40 millions d'euros.", want: [{ kind: "funding", value: 40e6, unit: "EUR" }], only: true },
    { text: "Verkor a obtenu un financement de 300 millions d'euros pour son usine de Dunkerque.", want: [{ kind: "funding", value: 300e6, unit: "EUR" }], only: true },
    // a year closed ("a bouclé l'année 2029 avec un déficit") is no round closed
    { text: "L'hôpital a bouclé l’année 2029 avec un déficit de 4,1 millions d’euros sur un budget de 168 millions.", want: [{ kind: "money", value: 4.1e6, unit: "EUR" }, { kind: "money", value: 168e6, unit: "EUR" }] },
    // an investor that puts money in ("y met") and takes a stake, after the round told, takes part in it
    { text: "Pour financer ce plan, Mosanor lève 15 millions d’euros. Le fonds américain Tarrowfield Capital y met 12 millions de dollars (environ 11 millions d’euros) et prend 22 % du capital.", want: [
      { kind: "funding", value: 15e6, unit: "EUR" }, { kind: "funding", value: 12e6, unit: "USD" }, { kind: "funding", value: 11e6, unit: "EUR" },
    ] },
    // Investors named in the next sentence, when it is about the round: "Le tour de table est mené par ...".
    { text: "Altaïs a bouclé un financement de 1,5 milliard d'euros. Le tour de table est mené par Temasek, aux côtés de Bpifrance et d'Ardian.", want: [
      { kind: "funding", value: 1.5e9, unit: "EUR", investors: ["Temasek", "Bpifrance", "Ardian"] },
    ] },
    // fresh money put in is funding, however the verb is conjugated: "en injectant 60 millions d'euros d'argent frais"
    { text: "Le fonds Norrøy Partners prendra 35 % du capital du club en injectant 60 millions d'euros.", want: [{ kind: "funding", value: 60e6 }] },
    { text: "L'actionnaire apportera 25 millions d'euros d'argent frais au printemps.", want: [{ kind: "funding", value: 25e6 }] },
    // ... and a stage written without its article: "après augmentation de capital"
    { text: "L'opération valorise le club à 170 millions d'euros après augmentation de capital.", want: [{ kind: "valuation", value: 170e6, stage: "post-money" }] },
    // a transfer, a sale or a takeover "bouclé" has a price: money, not a round
    { text: "Le club a bouclé lundi soir le transfert de son milieu vers Porto pour 38 millions d'euros bonus compris.", want: [{ kind: "money", value: 38e6 }] },
    { text: "Le groupe a bouclé le rachat de son concurrent pour 420 millions d'euros.", want: [{ kind: "money", value: 420e6 }] },
    // ... and so does a sale told first and "bouclé" after it; a round told first stays a round
    { text: "Le groupe a annoncé lundi le rachat de la start-up, qui doit être bouclé en juin, pour 85 millions d'euros.", want: [{ kind: "money", value: 85e6 }] },
    { text: "La cession de sa filiale, bouclée fin mars pour 300 millions de francs suisses, allège sa dette.", want: [{ kind: "money", value: 300e6, unit: "CHF" }] },
    { text: "Après la vente de sa filiale, la start-up a bouclé un tour de 40 millions d'euros.", want: [{ kind: "funding", value: 40e6 }] },
    // a subsidy after a loan is money, not a share of the round
    { text: "Bpifrance apportera un prêt de 40 millions d'euros et la Région une subvention de 12,5 millions.", want: [{ kind: "funding", value: 40e6 }, { kind: "money", value: 12.5e6, unit: "EUR" }] },
    // a line of a budget's accounts takes the document's currency: "L'épargne brute devrait reculer à 96 millions"
    { text: "Le budget atteint 1,38 milliard d'euros.\nLe taux de la taxe foncière restera à 2,85 %, et celui de la cotisation foncière à 31,4 %. L'épargne brute devrait toutefois reculer à 96 millions, contre 118 millions en 2026.", want: [
      { kind: "money", value: 96e6, unit: "EUR" }, { kind: "money", value: 118e6, unit: "EUR" },
    ] },
    // a bond issue raises money, as a loan does: "une émission obligataire hybride de 1,5 Md€"
    { text: "Une émission obligataire hybride de 1,5 Md€ est prévue au premier trimestre.", want: [{ kind: "funding", value: 1.5e9 }] },
    // a round harvested in the present tense: "récolte 140 M$"
    { text: "Névara Labs récolte 140 M$ pour louer des GPU.", want: [{ kind: "funding", value: 140e6 }] },
    // ... but the harvest is no round: "près des deux tiers de la récolte mondiale, … jusqu'à 3 500 F CFA le kilo"
    { text: "Les deux pays assurent près des deux tiers de la récolte mondiale ; des négociants offriraient jusqu'à 3 500 F CFA le kilo.", want: [{ kind: "money", value: 3500 }] },
    // invested "au capital de" a company, named or not, is funding
    { text: "Le fondeur Hautwald investira en outre 150 M€ au capital de la start-up lyonnaise, pour une participation de 3 %.", want: [{ kind: "funding", value: 150e6 }] },
    // Swiss scales: "une série C de CHF 180 mio, qui la valorise CHF 1,3 mia"
    { text: "Lémanix Systems a bouclé une série C de CHF 180 mio, qui la valorise CHF 1,3 mia (1,39 milliard d'euros).", want: [
      { kind: "funding", value: 180e6, unit: "CHF" }, { kind: "valuation", value: 1.3e9, unit: "CHF" }, { kind: "valuation", value: 1.39e9, unit: "EUR" },
    ] },
    // a bare amount a verb of money brings in is money, not a count of what came before: "la billetterie a rapporté 14,2 millions"
    { text: "Le budget atteint 92 millions d'euros. Le stade, 28 500 places, a été rempli à 87 %, et la billetterie a rapporté 14,2 millions.", want: [
      { kind: "money", value: 14.2e6, unit: "EUR" },
    ] },
    // a bare amount whose "de" brings who gives it or what it falls short of ("50 millions de l'agglomération", "à 40
    // millions de l'objectif") is no count of a noun: it keeps the currency
    { text: "L'investissement atteint 2,4 milliards d'euros : 520 millions au titre du crédit d'impôt, 110 millions de la Région et 50 millions de l'agglomération.", want: [
      { kind: "money", value: 2.4e9, unit: "EUR" }, { kind: "money", value: 520e6, unit: "EUR" }, { kind: "money", value: 110e6, unit: "EUR" }, { kind: "money", value: 50e6, unit: "EUR" },
    ] },
    { text: "Les recettes de partenariat atteignent 780 millions d’euros, à 40 millions de l’objectif fixé en 2027.", want: [{ kind: "money", value: 780e6, unit: "EUR" }, { kind: "money", value: 40e6, unit: "EUR" }] },
    // a line of a budget named before a bare amount, a few words away, in the currency of the text: "Les investissements
    // resteront élevés, à 842 millions", "La dette, elle, passera de 1,9 milliard", "leur facture sociale grimpera de 4,6 %,
    // à 912 millions", "Le coût total atteint 612 millions"
    { text: "Le Canton prévoit 11,4 milliards de francs de charges et 412 postes de plus. Le taux reste stable. Le vote aura lieu mardi. Les investissements resteront élevés, à 842 millions, pour 1 800 élèves de plus. Le taux reste stable. Le vote aura lieu mardi. La dette, elle, passera de 1,9 milliard fin 2028 à 2,6 milliards. Le taux reste stable. Le vote aura lieu mardi. Leur facture sociale grimpera de 4,6 %, à 912 millions. Le taux reste stable. Le vote aura lieu mardi. Le coût total atteint 612 millions.", want: [
      { kind: "money", value: 11.4e9, unit: "CHF" }, { kind: "money", value: 842e6, unit: "CHF" }, { kind: "money", value: 1.9e9, unit: "CHF" }, { kind: "money", value: 2.6e9, unit: "CHF" },
      { kind: "money", value: 912e6, unit: "CHF" }, { kind: "money", value: 612e6, unit: "CHF" },
    ], only: true },
    // ("dans le rouge de 287 millions": a deficit)
    { text: "Budget 2030 : le Canton plonge dans le rouge de 287 millions\nLe projet prévoit 12,46 milliards de francs de charges pour 12,17 milliards de revenus, soit un déficit de 287 millions.", want: [
      { kind: "money", value: 287e6, unit: "CHF", text: "287 millions" }, { kind: "money", value: 12.46e9, unit: "CHF" }, { kind: "money", value: 12.17e9, unit: "CHF" }, { kind: "money", value: 287e6, unit: "CHF" },
    ], only: true },
    // a valuation "et demi" with its currency left out: "ça nous valorise un peu plus de deux milliards et demi"
    { text: "On vient de boucler une ronde de 450 millions de dollars, et ça nous valorise un peu plus de deux milliards et demi.", want: [
      { kind: "funding", value: 450e6 }, { kind: "valuation", value: 2.5e9, qualifier: "more_than" },
    ], only: true },
    // "au-dessus des 1 790 milliards attendus": the expected figure is exact, only the result is above it
    { text: "Son chiffre d'affaires a atteint 1 860 milliards de yens, au-dessus des 1 790 milliards attendus par les analystes.", want: [
      { kind: "money", value: 1860e9, qualifier: "exact" }, { kind: "money", value: 1790e9, unit: "JPY", qualifier: "exact" },
    ] },
    // "…, soit 425 millions après": a bare "après" (or "avant") after the amount is its stage
    { text: "L'opération valorise la start-up à 340 millions de francs avant l'apport d'argent frais, soit 425 millions après.", want: [
      { kind: "valuation", value: 340e6, stage: "pre-money" }, { kind: "valuation", value: 425e6, stage: "post-money" },
    ] },
    // a fund "entré lors d'une série B de 95 millions" came in with that round: its investor, not its subject
    { text: "La start-up Ferrovia entre en Bourse. Le fonds Tamaris Ventures, entré lors d'une série B de 95 millions d'euros en 2025, conserve ses titres.", want: [
      { kind: "funding", value: 95e6, subject: "Ferrovia", investors: ["Tamaris Ventures"] },
    ] },
    // who puts the money in is its investor, not its subject: "va prendre 35 % du capital en injectant", "apportera un prêt"
    { text: "Le club de rugby Aviron Lémanique a perdu 4 millions d'euros. Le fonds Kesterel Sports Partners va prendre 35 % du capital en injectant 60 millions d'euros.", want: [
      { kind: "funding", value: 60e6, subject: "Aviron Lémanique", investors: ["Kesterel Sports Partners"] },
    ] },
    { text: "La biotech Ondavie investira 145 millions d'euros dans son usine. Bpifrance apportera un prêt de 40 millions d'euros.", want: [
      { kind: "funding", value: 40e6, subject: "Ondavie", investors: ["Bpifrance"] },
    ] },
    { text: "La filiale Brumaire Cloud exploitera le site. Le fonds Tarn Capital prendra en outre 20 % de la filiale pour 900 millions de dollars.", want: [
      { kind: "funding", value: 900e6, subject: "Brumaire Cloud", investors: ["Tarn Capital"] },
    ] },
    // shareholders who "réinvestissent" in the round are its investors, every name of their list
    { text: "La start-up Ewaju AI a bouclé une série A de 28 millions de dollars. Le tour est emmené par le fonds Obalende Capital ; Kalahari Seed Partners et le britannique Holloway Lane Ventures, déjà actionnaires, réinvestissent à cette occasion.", want: [
      { kind: "funding", value: 28e6, subject: "Ewaju AI", investors: ["Obalende Capital", "Kalahari Seed Partners", "Holloway Lane Ventures"] },
    ] },
    // a list that follows the round's noun and comes before its amount: "Le tour de série C, mené par X avec Y, atteint 160 millions"
    { text: "Le tour de série C de la start-up, mené par Arbalète Capital avec Corvin Ventures, atteint 160 millions de francs.", want: [
      { kind: "funding", value: 160e6, investors: ["Arbalète Capital", "Corvin Ventures"] },
    ] },
    // co-investors joined to the lead by "avec": "menée par X avec Y et Z"
    { text: "La start-up lyonnaise Vortalis a bouclé une série B de 60 millions d'euros, menée par le fonds Arbalète Capital avec Corvin Ventures et le groupe Médoc Industries.", want: [
      { kind: "funding", value: 60e6, unit: "EUR", investors: ["Arbalète Capital", "Corvin Ventures", "Médoc Industries"] },
    ] },
    // A share of the round just named: "apporte" is funding a few sentences after a round, money elsewhere.
    { text: "Altaïs a bouclé un financement de 1,5 milliard d'euros. Le tour est mené par Temasek. Temasek apporte à lui seul 800 millions de dollars.", want: [
      { kind: "funding", value: 1.5e9, unit: "EUR" },
      { kind: "funding", value: 800e6, unit: "USD" },
    ] },
    { text: "Le tourisme apporte 60 milliards d'euros à l'économie.", want: [{ kind: "money", value: 60e9, unit: "EUR" }] },
    // money brought by whoever then holds a stake is funding
    { text: "Le fonds Arkwell, qui a apporté en mars 50 millions d'euros, détient désormais 20 % du capital.", want: [{ kind: "funding", value: 50e6 }] },
    { text: "Les actionnaires versent 12 millions de francs suisses et possèdent ainsi 65 % du capital de la coopérative.", want: [{ kind: "funding", value: 12e6, unit: "CHF" }] },
    // "y avaient mis": money put into the company.
    { text: "Fondée par huit groupes, qui n'y avaient mis que 7,3 milliards de yens au départ, la société vise 2027.", want: [
      { kind: "funding", value: 7.3e9, unit: "JPY" },
    ] },
    // A money noun nearer the amount than a valuation cue makes it plain money: profit, revenue, debt.
    { text: "TCS, dont la capitalisation boursière dépasse 11 000 milliards de roupies, a dégagé un bénéfice net de 485 milliards de roupies.", want: [
      { kind: "valuation", value: 11000e9, unit: "INR" },
      { kind: "money", value: 485e9, unit: "INR" },
    ] },
    // The same amount in another currency keeps its hedge: "près de ... (124 milliards d'euros)".
    { text: "SK Hynix est valorisé près de 200 000 milliards de wons (124 milliards d'euros).", want: [
      { kind: "valuation", value: 200000e9, unit: "KRW", qualifier: "approx" },
      { kind: "valuation", value: 124e9, unit: "EUR", qualifier: "approx" },
    ] },
    { text: "Le contrat porte sur plus de 5 milliards de dollars (4,6 milliards d'euros) sur dix ans.", want: [
      { kind: "money", value: 5e9, unit: "USD", qualifier: "more_than" },
      { kind: "money", value: 4.6e9, unit: "EUR", qualifier: "more_than" },
    ] },
    { text: "Mistral AI a levé 600 millions d'euros, ce qui porte sa valorisation à 5,8 milliards d'euros.", want: [
      { kind: "funding", value: 600000000, unit: "EUR", subject: "Mistral AI" },
      { kind: "valuation", value: 5800000000, unit: "EUR", subject: "Mistral AI" },
    ] },
    { text: "La start-up allemande Helsing boucle un tour de table de 450 millions d'euros en série C, mené par General Catalyst.", want: [
      { kind: "funding", value: 450000000, unit: "EUR", subject: "Helsing", round: "C", investors: ["General Catalyst"] },
    ] },
    { text: "Anthropic est désormais valorisée 61,5 milliards de dollars.", want: [{ kind: "valuation", value: 61500000000, unit: "USD", subject: "Anthropic" }] },
    { text: "Selon Bloomberg, OpenAI vaut désormais 300 milliards de dollars.", want: [{ kind: "valuation", value: 300000000000, subject: "OpenAI" }] },
    { text: "Amazon a investi 4 milliards de dollars dans Anthropic.", want: [{ kind: "funding", value: 4000000000, investors: ["Amazon"] }] },
    { text: "La jeune pousse parisienne Poolside lève 500 millions de dollars (460 millions d'euros) auprès de Bpifrance et Nvidia.", want: [
      { kind: "funding", value: 500000000, unit: "USD", subject: "Poolside" },
      { kind: "funding", value: 460000000, unit: "EUR", subject: "Poolside" },
    ] },
    { text: "Sa valorisation post-money atteint 2 milliards d'euros.", want: [{ kind: "valuation", value: 2000000000, stage: "post-money" }] },
    { text: "Le chiffre d'affaires de Nvidia a atteint 35 milliards de dollars au troisième trimestre.", want: [{ kind: "money", value: 35000000000, subject: "Nvidia" }] },
    { text: "Le projet Stargate représente un investissement de 500 milliards de dollars sur quatre ans.", want: [{ kind: "money", value: 500000000000 }] },
    { text: "Microsoft va investir 80 milliards de dollars dans ses centres de données.", want: [{ kind: "money", value: 80000000000, subject: "Microsoft" }] },
    { text: "Nvidia a investi 2 milliards de dollars dans la start-up xAI.", want: [{ kind: "funding", subject: "xAI", investors: ["Nvidia"] }] },
    { text: "Le chiffre d'affaires atteint 57 milliards de dollars, au-dessus des 54,6 milliards attendus.", want: [{ kind: "money", value: 54600000000, unit: "USD" }] },
    { text: "Amazon a investi 8 milliards de dollars dans Anthropic, et Google environ 3 milliards.", want: [{ kind: "funding", value: 3000000000, unit: "USD", qualifier: "approx" }] },
    { text: "La précédente levée, en octobre 2024, avait rapporté 6,6 milliards de dollars.", want: [{ kind: "funding", value: 6600000000 }] },
    { text: "Elle est valorisée 12 milliards d'euros, plus du double de sa valorisation de 2024 (4,95 milliards).", want: [{ kind: "valuation", value: 4950000000, unit: "EUR" }] },
    { text: "Le contrat est assorti d'une prise de participation de 350 millions de dollars.", want: [{ kind: "funding", value: 350000000 }] },
    { text: "La levée de 1,7 milliard d'euros est menée par ASML, qui investit à lui seul 1,3 milliard d'euros.", want: [{ kind: "funding", value: 1300000000, investors: ["ASML"] }] },
    { text: "La jeune pousse a levé un demi-milliard d'euros.", want: [{ kind: "funding", value: 500000000, unit: "EUR" }] },
    {
      text: "Anthropic a levé 13 milliards de dollars (environ 11,1 milliards d'euros). L'opération, une série F, la valorise 183 milliards de dollars.",
      want: [{ kind: "funding", value: 13000000000, round: "F" }, { kind: "funding", value: 11100000000, round: "F" }],
    },
    { text: "La valorisation post-money atteint 11,7 milliards d'euros, soit environ 13,7 milliards de dollars.", want: [{ kind: "valuation", value: 13700000000, stage: "post-money" }] },
    { text: "Amazon, premier actionnaire, a déjà investi 8 milliards de dollars dans Anthropic.", want: [{ kind: "funding", subject: "Anthropic", investors: ["Amazon"] }] },
    { text: "Anthropic lève 13 milliards de dollars (environ 11,1 milliards d’euros).", want: [{ kind: "funding", value: 11100000000, unit: "EUR" }] },
    { text: "Le gouvernement promet 109 milliards d'euros pour l'IA en France.", want: [{ kind: "money", value: 109000000000, unit: "EUR" }] },
    { text: "Ces dépenses se chiffrent à plusieurs milliards de dollars.", want: [{ kind: "money", value: null, unit: "USD", qualifier: "approx" }] },
    { text: "La licorne française a levé près de 1,2 Md€ en tout.", want: [{ kind: "funding", value: 1200000000, unit: "EUR", qualifier: "approx" }] },
    // An amount whose currency is left out takes the one before ("dont", "contre", "soit", "et", "à"), also
    // when a money noun follows it ("d'argent public", "de subventions"): the noun names money, it counts nothing else.
    { text: "Le stade coûtera 150 millions d'euros, dont 45 millions d'argent public.", want: [{ kind: "money", value: 45e6, unit: "EUR", text: "45 millions" }] },
    // ... and a round's bonds are money, not a count of bonds
    { text: "Melkior réalise un tour de 6 millions d'euros, dont 2 millions d'obligations convertibles, avec Ambrecourt.", want: [{ value: 2e6, unit: "EUR", text: "2 millions" }] },
    // a company's loan or debt raised is funding ("un prêt de", "prêtera", "de dette"); a town's borrowing stays money
    { text: "L'extension sera financée par un prêt de 450 millions d'euros accordé par un pool de banques.", want: [{ kind: "funding", value: 450e6 }] },
    { text: "Ipsen paiera avec sa trésorerie et un prêt-relais de 1,5 milliard d'euros souscrit auprès de trois banques.", want: [{ kind: "funding", value: 1.5e9 }] },
    { text: "La banque publique BNDES prêtera R$ 3,1 milliards, le solde devant être levé en obligations.", want: [{ kind: "funding", value: 3.1e9, unit: "BRL" }] },
    { text: "Pour payer ses puces, Ormelune a obtenu 750 millions d'euros de dette auprès d'un consortium.", want: [{ kind: "funding", value: 750e6 }] },
    { text: "Pour financer cet effort, il a placé en janvier 800 milliards de wons d'obligations.", want: [{ kind: "funding", value: 800e9, unit: "KRW" }] },
    // in a list of amounts, a bare "6 millions" is an amount like the scaled one before, not a count of what an unscaled number counted
    { text: "L’enveloppe se répartit entre 14 millions d'euros pour former 9 000 agents et le solde, 6 millions, pour des appels à projets.", want: [
      { kind: "money", value: 14e6, unit: "EUR" }, { kind: "money", value: 6e6, unit: "EUR" },
    ] },
    // what a chip, a share or a barrel is worth is a price, not a company's value
    { text: "Un GPU haut de gamme vaut entre 30 000 et 45 000 dollars.", want: [{ kind: "money", value: 45000, unit: "USD" }] },
    { text: "L'action vaut désormais 182 euros, son plus haut historique.", want: [{ kind: "money", value: 182, unit: "EUR" }] },
    { text: "La start-up vaut désormais 2 milliards d'euros.", want: [{ kind: "valuation", value: 2e9, unit: "EUR" }] },
    { text: "A 285 euros, l'action valorise Kering près de 35 milliards d'euros.", want: [{ kind: "valuation", value: 35e9, unit: "EUR" }] },
    // goods "pour une valeur de" are money; market value wiped out "effaçant" (with its cedilla) too
    { text: "Ardelys Systèmes détient près de 2 300 GPU destinés à des clients de Shenzhen, pour une valeur d’environ 85 millions d’euros.", want: [{ kind: "money", value: 85e6, unit: "EUR" }] },
    { text: "En Bourse, le titre a chuté de 14,2 % lundi, effaçant quelque 610 millions d’euros de capitalisation.", want: [{ kind: "money", value: 610e6, unit: "EUR" }] },
    // "la valeur" that analysts follow is the stock: their target is a price
    { text: "Selon FactSet, l’objectif moyen des 14 analystes qui suivent la valeur ressort à 52,40 euros.", want: [{ kind: "money", value: 52.4, unit: "EUR" }] },
    // damages claimed are money, whatever round was told before
    { text: "Valorisé 160 milliards de dollars depuis sa dernière levée de fonds en janvier, le groupe fait l'objet de deux procédures engagées par des éditeurs qui lui réclament au total 250 millions d'euros.", want: [
      { kind: "valuation", value: 160e9, unit: "USD" }, { kind: "money", value: 250e6, unit: "EUR" },
    ] },
    // a seed fund's size is no seed round
    { text: "L’enveloppe régionale comprend un fonds d’amorçage de 18 millions d’euros géré par Bpifrance.", want: [{ kind: "money", value: 18e6, unit: "EUR" }] },
    // what weighs so much a year is a flow, never a valuation
    { text: "Le CIR, première dépense fiscale de l'État, pèse plus de 7,6 milliards d'euros par an.", want: [{ kind: "money", value: 7.6e9, unit: "EUR" }] },
    // refinancing a debt is financing it again: the debt named is what is financed, no money cue
    { text: "Le néocloud Kestrane a bouclé mardi le refinancement de sa dette, pour un montant total de 1,8 milliard d'euros.", want: [{ kind: "funding", value: 1.8e9, unit: "EUR" }] },
    { text: "La dette de Kestrane atteint désormais 1,8 milliard d'euros.", want: [{ kind: "money", value: 1.8e9, unit: "EUR" }] },
    // a company's borrowing written as a noun ("un emprunt de"), and money obtained from banks or investors
    // an offering's size with its over-allotment option exercised, and what investors committed to subscribe
    { text: "Kynoria lève ainsi 255 millions de dollars, un montant qui pourra être porté à 293 millions de dollars si les banques exercent leur option de surallocation.", want: [{ kind: "funding", value: 255e6 }, { kind: "funding", value: 293e6 }], only: true },
    { text: "Les investisseurs existants s'étaient engagés à souscrire jusqu'à 80 millions de dollars.", want: [{ kind: "funding", value: 80e6 }], only: true },
    // a bare amount from a place ("de Québec") takes the last currency; the place is no noun counted
    { text: "Érablor a obtenu un prêt de 28 millions de dollars de Financement agricole Canada et une subvention de 4,5 millions de Québec.", want: [{ kind: "funding", value: 28e6 }, { kind: "money", value: 4.5e6 }], only: true },
    // "contre 700 millions lors de sa série B": a valuation compared with the one of an earlier round, no round
    { text: "Elle est désormais valorisée 1,9 Md$ après l’opération, contre 700 millions lors de sa série B, il y a dix-huit mois.", want: [{ kind: "valuation", value: 1.9e9 }, { kind: "valuation", value: 700e6 }], only: true },
    // what a town or a canton that opens the sentence pays into a project is public money, however far its verb
    // (after a loan told in the sentence before)
    { text: "Le canton prêtera 60 millions de francs sur trente ans. La commune de Val-de-Ruz cède le terrain en droit de superficie et versera 25 millions.", want: [{ kind: "funding", value: 60e6 }, { kind: "money", value: 25e6 }], only: true },
    { text: "La banque prêtera 40 millions d'euros. Le département du Nord met à disposition deux bâtiments et apportera 12 millions d'euros au projet.", want: [{ kind: "funding", value: 40e6 }, { kind: "money", value: 12e6 }], only: true },
    // what a listing raised is funding ("dont 95 M$ lors de son entrée en Bourse"); a value compared with the listing's
    // stays a valuation
    { text: "Fondée en 2011, Témiscam a levé 410 millions de dollars depuis sa création, dont 95 M$ lors de son entrée en Bourse, en 2021.", want: [{ kind: "funding", value: 410e6 }, { kind: "funding", value: 95e6 }], only: true },
    { text: "Le groupe est valorisé 2 milliards d'euros, contre 900 millions lors de son introduction en Bourse.", want: [{ kind: "valuation", value: 2e9 }, { kind: "valuation", value: 900e6 }], only: true },
    // a public body taking part in a company's round is no public borrowing
    { text: "Via son fonds Jura Croissance, la collectivité participe à la levée de 24 millions d’euros de la start-up Hydrovalys.", want: [{ kind: "funding", value: 24e6 }], only: true },
    // public works estimated: an amount, not a company's value
    { text: "Le prolongement du tram sur 3,2 kilomètres, jusqu'à la zone des Envignes, est estimé à 88 millions d'euros.", want: [{ kind: "money", value: 88e6 }], only: true },
    { text: "Le loueur de GPU a annoncé mardi un nouvel emprunt de 9,5 milliards de dollars, garanti par ses puces.", want: [{ kind: "funding", value: 9.5e9, unit: "USD" }] },
    // ... but what a town, a département or a hospital borrows is a line of its budget: a loan over twenty years or
    // more, beside its own funds, from the public lender, by a public body or in a council's budget
    { text: "Un emprunt de 1,5 million d'euros sur vingt ans financera une partie de la rénovation de l'école.", want: [{ kind: "money", value: 1.5e6 }], only: true },
    { text: "Le reste est financé par un emprunt de 20 M€ et par l’autofinancement.", want: [{ kind: "money", value: 20e6 }], only: true },
    { text: "Un emprunt de 25 millions d'euros vient d'être signé avec la Banque des Territoires.", want: [{ kind: "money", value: 25e6 }], only: true },
    { text: "Le syndicat a dû emprunter 900 000 euros auprès de deux banques.", want: [{ kind: "money", value: 900e3 }], only: true },
    { text: "Le conseil municipal a adopté lundi son budget. Le financement repose sur un emprunt de 24 millions d’euros.", want: [{ kind: "money", value: 24e6 }], only: true },
    { text: "Le plan de financement associe un emprunt de 3,8 M€ auprès de deux banques régionales, garanti par la Région.", want: [{ kind: "funding", value: 3.8e6 }], only: true },
    // a headline's bare amount takes the currency the body's full amount has in the whole document (Canadian
    // dollars in a Quebec outlet), not out of context
    { text: "Pulsévia lève 42 millions pour son timbre cardiaque\nLa Presse, Publié le 10 mars 2027\nLa jeune pousse de Sherbrooke, au Québec, a bouclé une ronde de série B de 42 millions de dollars.", want: [{ kind: "funding", value: 42e6, unit: "CAD", text: "42 millions" }, { kind: "funding", value: 42e6, unit: "CAD", text: "42 millions de dollars" }] },
    // a bare amount two sentences after the last amount takes its currency
    { text: "Sauvérac lance un programme de rachat d'actions de 1,2 milliard d'euros. Les titres rachetés seront annulés. Le précédent programme, de 800 millions, s'est achevé en janvier.", want: [{ kind: "money", value: 1.2e9, unit: "EUR" }, { kind: "money", value: 800e6, unit: "EUR" }], only: true },
    // a budget's figures: a ministry's credits are no loan, the State's borrowing no round, tax rises are money
    { text: "Au sein des ministères, la Défense reste épargnée : ses crédits augmentent de 3,4 milliards d’euros, à 67,4 milliards.", want: [{ kind: "money", value: 3.4e9 }, { kind: "money", value: 67.4e9 }], only: true },
    { text: "L'Agence France Trésor a levé 315 milliards d'euros sur les marchés en 2029, un record.", want: [{ kind: "money", value: 315e9 }] },
    { text: "Le gouvernement affiche un effort de 41 milliards d’euros, dont 27 milliards d’économies sur les dépenses et 14 milliards de hausses de prélèvements.", want: [{ kind: "money", value: 41e9 }, { kind: "money", value: 27e9 }, { kind: "money", value: 14e9 }], only: true },
    // a figure standing alone, its currency told by the next sentence
    { text: "Le chiffre : 1 000 milliards. C’est, en dollars, ce que les géants américains du numérique pourraient consacrer à l’IA en 2029.", want: [{ kind: "money", value: 1e12, unit: "USD" }] },
    // what the lead puts into the round ("qui y engage", "qui y apporte"): its share of the round
    { text: "Numeralp annonce une levée de 55 millions de francs en série C. Le tour est mené par Verbois Capital, un fonds zurichois, qui y engage CHF 30 millions.", want: [{ kind: "funding", value: 55e6 }, { kind: "funding", value: 30e6, investors: ["Verbois Capital"] }], only: true },
    { text: "Le tour de table est mené par le fonds Hexa, qui y apporte 10 millions d'euros.", want: [{ kind: "funding", value: 10e6 }], only: true },
    // a verb said once for a list ("X doit prêter 150 M€, Y 45 milliards de FCFA et Z 120 M$"): each amount after it
    // is of the same kind
    { text: "La Banque africaine de développement doit prêter 150 millions d’euros à Sahelmar Terminals, la Banque ouest-africaine de développement 45 milliards de FCFA et la Société financière internationale 120 millions de dollars.", want: [{ kind: "funding", value: 150e6 }, { kind: "funding", value: 45e9 }, { kind: "funding", value: 120e6 }], only: true },
    { text: "Al-Dhakira apportera 650 M$ à la start-up, Investissement Québec 300 M$ et le Fonds de solidarité FTQ 150 M$, versés entre 2028 et 2030 pour ce financement de série D.", want: [{ kind: "funding", value: 650e6 }, { kind: "funding", value: 300e6 }, { kind: "funding", value: 150e6 }], only: true },
    { text: "Anthropic est valorisé 380 milliards de dollars, Mistral AI 11,7 milliards d'euros.", want: [{ kind: "valuation", value: 380e9 }, { kind: "valuation", value: 11.7e9 }], only: true },
    // a price with or without taxes ("HT", "TTC") is what something costs, never a company's value
    { text: "L’État doit financer la voie de contournement. Estimée à 64 milliards de FCFA TTC, elle fait l’objet d’un prêt.", want: [{ kind: "money", value: 64e9 }] },
    // a loan to a public body is public money, not a company's funding
    { text: "La Banque des territoires prête 30 millions d’euros à la Région, sur trente ans.", want: [{ kind: "money", value: 30e6 }] },
    // the value of what a company holds is money, not the company's value
    { text: "La foncière genevoise Salévia Immobilier a vu la valeur de son parc grimper de 2,1 % en 2026, à 3,86 milliards de francs.", want: [{ kind: "money", value: 3.86e9, unit: "CHF" }] },
    { text: "La valeur du patrimoine de la foncière atteint 12,4 milliards d'euros.", want: [{ kind: "money", value: 12.4e9, unit: "EUR" }] },
    // a loan given as an example ("pour un emprunt de"): a household's reckoning, no company's funding
    { text: "« Pour un emprunt de 250.000 euros, la mensualité a baissé de 70 euros en un an », calcule le notaire.", want: [{ kind: "money", value: 250000, unit: "EUR" }] },
    { text: "Pour un crédit immobilier de 200 000 euros sur vingt ans, le coût total recule de 6 000 euros.", want: [{ kind: "money", value: 200000, unit: "EUR" }] },
    { text: "La PME a obtenu en janvier 420 millions d'euros auprès de trois banques, garantis par ses serveurs.", want: [{ kind: "funding", value: 420e6, unit: "EUR" }] },
    { text: "Le fabricant a décroché 12 millions d'euros auprès de ses actionnaires historiques et de Bpifrance.", want: [{ kind: "funding", value: 12e6, unit: "EUR" }] },
    { text: "L'hôpital a acheté pour 3 millions d'euros de scanners auprès de deux fournisseurs.", want: [{ kind: "money", value: 3e6, unit: "EUR" }] },
    // what an investor pays, in tranches, after its investment was told: a share of it
    { text: "Le fonds investira jusqu'à 80 milliards de dollars dans la start-up. Il versera 8 milliards de dollars à la signature des accords.", want: [
      { kind: "funding", value: 80e9 }, { kind: "funding", value: 8e9 },
    ] },
    { text: "Le groupe versera 8 millions d'euros d'indemnités à ses anciens salariés.", want: [{ kind: "money", value: 8e6 }] },
    { text: "La start-up a bouclé un tour de table de 2 milliards d'euros, versé en deux fois : 800 millions d'euros en mars, puis 1,2 milliard à l'automne.", want: [
      { kind: "funding", value: 2e9 }, { kind: "funding", value: 800e6 }, { kind: "funding", value: 1.2e9 },
    ] },
    { text: "La biotech a levé 60 millions d'euros. Le laboratoire versera un paiement initial de 45 millions de dollars à la biotech.", want: [
      { kind: "funding", value: 60e6 }, { kind: "money", value: 45e6 },
    ] },
    { text: "Le fonds a repris la société pour 2 milliards d'euros. En cas d'échec, il versera une indemnité de rupture de 90 millions d'euros.", want: [
      { kind: "money", value: 90e6 },
    ] },
    // buying a minority stake puts money into the company: funding; a majority stake is a purchase price
    { text: "Telefónica prendra en outre 12 % du capital d'Albora pour 120 millions d'euros.", want: [{ kind: "funding", value: 120e6 }] },
    { text: "Meta, qui avait déjà racheté 49 % de Scale AI pour 14,3 milliards de dollars en juin, recrute.", want: [{ kind: "funding", value: 14.3e9 }] },
    { text: "Le fonds souverain entre au capital à hauteur de 30 % pour 18 milliards de francs CFA.", want: [{ kind: "funding", value: 18e9 }] },
    { text: "Le fonds Blue Heron rachète 85 % du Stade de Reims pour environ 75 millions d'euros.", want: [{ kind: "money", value: 75e6 }] },
    // what "estimé à" values may be a tender, a liability or works, not a company
    { text: "Supercalcul : LuxProvide lance l'appel d'offres de MeluXina-AI, estimé à 84 millions d'euros.", want: [{ kind: "money", value: 84e6 }] },
    { text: "Le passif de la société est estimé à environ 62 millions d'euros.", want: [{ kind: "money", value: 62e6 }] },
    { text: "Le passif de l’entreprise est estimé à 3,4 millions d’euros, dont environ 1,1 million dû à l’Urssaf.", want: [{ kind: "money", value: 3.4e6 }, { kind: "money", value: 1.1e6 }], only: true },
    // a whole sector's rounds added up are no one company's round
    { text: "Selon le cabinet Ardeluze Conseil, les néobanques européennes ont levé 2,1 milliards d'euros depuis janvier.", want: [{ kind: "money", value: 2.1e9 }], only: true },
    { text: "Ses concurrents américains ont levé plus de 1,2 Md$ depuis 2020, mais plusieurs ont dû réduire la voilure.", want: [{ kind: "money", value: 1.2e9 }], only: true },
    { text: "Les start-up africaines de l’IA ont levé 1,4 milliard de dollars l’an dernier, deux fois plus qu’en 2027.", want: [{ kind: "money", value: 1.4e9 }], only: true },
    { text: "Les jeunes pousses lyonnaises de la santé ont récolté 640 millions d'euros en capital-risque l'an dernier.", want: [{ kind: "money", value: 640e6 }], only: true },
    // a State borrowing on the markets, or paying into a fund, raises no round
    { text: "Depuis janvier, l'Italie a levé près de 180 milliards d'euros sur les marchés.", want: [{ kind: "money", value: 180e9 }], only: true },
    { text: "Eurobond : le Kenya lève 1,5 milliard de dollars pour refinancer sa dette.", want: [{ kind: "money", value: 1.5e9 }], only: true },
    { text: "L’Agence néerlandaise de la Dette a levé 4 milliards d’euros mardi via une obligation à vingt ans.", want: [{ kind: "money", value: 4e9 }], only: true },
    { text: "Le gouvernement versera 900 millions d'euros au Fonds de réserve pour les retraites.", want: [{ kind: "money", value: 900e6 }], only: true },
    // (a company raising on the markets still raises)
    { text: "La start-up nantaise a levé 12 millions d'euros auprès de ses actionnaires historiques.", want: [{ kind: "funding", value: 12e6 }], only: true },
    // a company "évaluée à" so much is valued; a contract or a cost "évalué à" is an amount
    { text: "Lors de son tour de série C, la société était évaluée à 800 millions d'euros.", want: [{ kind: "valuation", value: 800e6 }], only: true },
    { text: "Lors de la levée, le contrat de licence a été évalué à 30 millions d'euros.", want: [{ kind: "money", value: 30e6 }], only: true },
    { text: "Le groupe a réservé 20 000 puces pour trois ans, un contrat évalué à 2,1 milliards d'euros.", want: [{ kind: "money", value: 2.1e9 }] },
    // weighed over several years: a budget, never what something is worth
    { text: "Les géants américains ont investi 400 milliards de dollars, quand le programme européen de calcul pèse moins de 10 milliards d'euros sur sept ans.", want: [{ kind: "money", value: 400e9 }, { kind: "money", value: 10e9 }], only: true },
    // liabilities and a loss are amounts, even after a round was told
    { text: "Une levée de 5 millions d'euros a échoué en mars. Le passif atteint 8,4 millions d'euros, dont 2 millions de prêts bancaires.", want: [{ kind: "funding", value: 5e6 }, { kind: "money", value: 8.4e6 }] },
    { text: "Le fonds Ardanel, entré au capital lors de la série A, perd près de 6 millions d'euros dans l'affaire.", want: [{ kind: "money", value: 6e6 }], only: true },
    // what the company plans to spend after its round is capital spending, not more of the round
    { text: "Le groupe a bouclé une augmentation de capital de 2 milliards d'euros et prévoit d'investir 5 milliards d'euros d'ici à 2031 dans ses usines.", want: [{ kind: "funding", value: 2e9 }, { kind: "money", value: 5e9 }], only: true },
    // (its founders or its backers raise the company's own round)
    { text: "Les deux fondateurs ont levé 3 millions d'euros auprès de business angels.", want: [{ kind: "funding", value: 3e6 }], only: true },
    // amounts told "respectivement", the currency told before them: the figures before the last take its scale
    { text: "Le fonds Arvelle a souscrit pour 8 millions d'euros, aux côtés de Quaestor et d'Hélicie, qui ont apporté respectivement 6 et 4 millions.", want: [{ kind: "funding", value: 8e6 }, { kind: "funding", value: 6e6, text: "6" }, { kind: "funding", value: 4e6 }], only: true },
    // a loss of value or a residual value guaranteed is money, and so is a share-price target
    { text: "S'il ne renouvelait pas le bail, le groupe compenserait la perte de valeur des installations, jusqu'à 26 milliards de dollars.", want: [{ kind: "money", value: 26e9 }] },
    { text: "Le locataire garantit une valeur résiduelle de 4 milliards d'euros aux porteurs.", want: [{ kind: "money", value: 4e9 }] },
    { text: "« Le carnet ne vaut que ce que vaut la signature du client », dit l'analyste, qui a ramené son objectif de cours de 310 à 240 dollars.", want: [
      { kind: "money", value: 240 },
    ] },
    { text: "Le surcoût pour les clients de l'entente est estimé à environ 180 millions d'euros.", want: [{ kind: "money", value: 180e6 }] },
    { text: "Le club lancera au printemps la rénovation de la tribune Est, estimée à 60 M€.", want: [{ kind: "money", value: 60e6 }] },
    // an investor's share of a round told two sentences before, after a valuation in between, is funding too
    { text: "Oriel Labs a bouclé une levée de fonds de 40 milliards de dollars. Le tour est mené par Qasr Capital. L'opération valorise la société 380 milliards de dollars avant l'apport d'argent frais, soit 420 milliards après. Qasr Capital apporte à lui seul 15 milliards, Varnell Semiconductor quelque 6 milliards.", want: [{ kind: "valuation", value: 380e9 }, { kind: "valuation", value: 420e9 }, { kind: "funding", value: 15e9 }, { kind: "funding", value: 6e9 }] },
    // a market that weighs is money, inside a quotation too; a catalogue value is a price
    { text: "« Le marché européen des services juridiques pèse plus de 30 milliards d’euros par an », rappelle-t-il.", want: [{ kind: "money", value: 30e9 }] },
    { text: "Aéralis a signé une commande ferme de 12 Airbus A321XLR, d’une valeur catalogue de près de 2,2 milliards de dollars.", want: [{ kind: "money", value: 2.2e9 }] },
    // investing at one's own site is spending; investing alongside a stake taken is funding
    { text: "Stelvane portera la production sur son site d'Issoudun (Indre), où il investira 210 millions d'euros.", want: [{ kind: "money", value: 210e6 }] },
    { text: "Le japonais Kiyomura Denki entre au capital à hauteur de 15 % et investit 120 millions d'euros.", want: [{ kind: "funding", value: 120e6 }] },
    // ... and so is the stake opened or sold to the investor: "a ouvert 20 % de son capital à Bpifrance, qui a investi 95 M€"
    { text: "La PME a ouvert l'an dernier 25 % de son capital au fonds Ardelys, qui a investi 40 M€.", want: [{ kind: "funding", value: 40e6 }] },
    { text: "Le chantier naval a cédé 15 % de son capital à un industriel coréen, qui investira 60 millions d'euros.", want: [{ kind: "funding", value: 60e6 }] },
    // Belgian "subsides" are subsidies: money, not a count
    { text: "Le festival a reçu 2 millions d'euros, dont 1,35 million de subsides de la Région wallonne.", want: [{ kind: "money", value: 1.35e6, unit: "EUR" }] },
    // shares issued to an investor, or bought in an offering, raise money: funding
    { text: "Nordbois a obtenu un prêt de 280 M$ et émettra pour 120 M$ d’actions auprès d’un fonds de travailleurs.", want: [{ kind: "funding", value: 120e6 }] },
    { text: "Nvidia s'est engagé à acheter pour 250 millions de dollars d'actions lors de l'opération.", want: [{ kind: "funding", value: 250e6 }] },
    // a scale noun with a definite article is an amount: "frôle le milliard d'euros de valorisation"
    { text: "Sérac AI lève 140 M€ et frôle le milliard d’euros de valorisation.", want: [{ kind: "valuation", value: 1e9, unit: "EUR" }] },
    // an elided amount that names what it is ("de fonds propres") does not take the kind of the amount before
    { text: "Le fonds obtient 20 % du capital en valorisant l'entreprise à 60 milliards de FCFA, et 20 milliards de fonds propres complètent le plan.", want: [{ kind: "valuation", value: 60e9 }, { kind: "money", value: 20e9, unit: "XOF" }] },
    // a bare amount said in full paragraphs earlier keeps that amount's currency, and the shares after it with it
    // ("Sur les 7,4 milliards, l'Union pourrait apporter 1,1 milliard"); "1,05 milliard de l'Union" is money from the
    // Union, not a count of something else
    { text: "Le consortium, doté de 7,4 milliards d’euros, prévoit d’installer 180 000 GPU. Le chantier démarrera en 2028. La décision est attendue fin juin. Sur les 7,4 milliards, l’Union pourrait apporter 1,1 milliard et l’Etat a promis 1,3 milliard.", want: [
      { kind: "money", value: 7.4e9, unit: "EUR" }, { kind: "money", value: 7.4e9, unit: "EUR" }, { kind: "money", value: 1.1e9, unit: "EUR" }, { kind: "money", value: 1.3e9, unit: "EUR" },
    ] },
    { text: "Le budget total est évalué à 6,4 milliards d'euros. Le consortium espère obtenir 1,05 milliard de l'Union, soit 16,4 % du total.", want: [{ kind: "money", value: 6.4e9 }, { kind: "money", value: 1.05e9, unit: "EUR" }] },
    // a bare amount that opens its sentence before a verb of spending ("iront à", "financeront", "serviront à") is an
    // amount in the document's currency, however far its last amount is
    { text: "Le gouvernement présente un plan de 240 millions d’euros. Le plan repose sur trois volets. Septante-cinq millions iront à un nouveau fonds. Nonante millions financeront l’accès au calcul. Le reste servira à former 12 000 personnes.", want: [
      { kind: "money", value: 240e6, unit: "EUR" }, { kind: "money", value: 75e6, unit: "EUR", text: "Septante-cinq millions" }, { kind: "money", value: 90e6, unit: "EUR", text: "Nonante millions" },
    ] },
    // (people, not money: "iront voter" spends nothing)
    { text: "La campagne a coûté 40 millions d'euros. Le scrutin approche. Trois millions iront voter dimanche.", want: [{ kind: "money", value: 40e6 }], only: true },
    // debt raised is funding: a bank credit line, a bond issue (convertible bonds, an Océane), and money a company seeks
    { text: "Le reste sera financé par un crédit bancaire de 350 millions d'euros et par les actionnaires.", want: [{ kind: "funding", value: 350e6 }] },
    { text: "Le mineur financera la conversion par une émission d'obligations convertibles de 500 M$ à échéance 2033.", want: [{ kind: "funding", value: 500e6, unit: "USD" }] },
    { text: "Solvéric lance une Océane de 450 millions d’euros pour financer sa mue vers l’IA.", want: [{ kind: "funding", value: 450e6 }] },
    { text: "En redressement, la société cherche 3 millions d'euros pour passer le cap.", want: [{ kind: "funding", value: 3e6 }] },
    // ... in the conditional of a rumour, and over a range ("chercherait aujourd'hui entre 400 et 500 millions")
    { text: "Selon deux sources, la start-up chercherait aujourd’hui entre 400 et 500 millions d’euros.", want: [{ kind: "funding", value: 500e6 }] },
    // (a tax credit is money, and so is what one seeks to save)
    { text: "Le crédit d'impôt de 12 millions d'euros a été versé, et le groupe cherche à économiser 5 millions d'euros.", want: [{ kind: "money", value: 12e6 }, { kind: "money", value: 5e6 }], only: true },
    // a deal's financing: equity brought in by a named fund, acquisition debt arranged by banks
    { text: "L’opération sera financée par 1,1 milliard de dollars de fonds propres apportés par Kestrelwood et par une dette d’acquisition de 1,8 milliard de dollars arrangée par Morgan Stanley.", want: [{ kind: "funding", value: 1.1e9 }, { kind: "funding", value: 1.8e9 }] },
    // a manager reinvesting in the holding invests in a company
    { text: "Le directeur général réinvestira environ 120 millions d’euros de son produit de cession dans la holding du groupe.", want: [{ kind: "funding", value: 120e6 }] },
    // what investors brought "lors de la série A" is that round's
    { text: "Solvara Ventures et Bpifrance, qui avaient apporté 9 M€ lors de la série A en 2023, cèdent leurs participations.", want: [{ kind: "funding", value: 9e6 }] },
    // a fund closed at its size has raised it
    { text: "Il s'agit du septième investissement du fonds Carrowmore Equity IV, clos à 640 M€ en 2025.", want: [{ kind: "funding", value: 640e6 }] },
    // (a share price closing is no fund closing)
    { text: "Le titre a clôturé à 41,18 euros, au plus bas depuis mars.", want: [{ kind: "money", value: 41.18 }] },
    // "valorise … en fonds propres": an equity value, not equity raised
    { text: "Elle valorise Ombrelia à 289 M€ en fonds propres.", want: [{ kind: "valuation", value: 289e6 }] },
    // "a bouclé son conclave budgétaire": closing something other than a round raises nothing
    { text: "Le gouvernement a bouclé ce mercredi son conclave budgétaire en présentant un plan de 240 millions d’euros.", want: [{ kind: "money", value: 240e6 }] },
    // "devrait rapporter 1,8 million": an infinitive of earning makes a bare amount money
    { text: "La commune a voté un budget de 12 millions d'euros. Le précompte devrait rapporter 1,8 million par an.", want: [{ kind: "money", value: 12e6 }, { kind: "money", value: 1.8e6, unit: "EUR" }] },
    // equity shareholders bring, the rest as a syndicated loan, a repayable advance, what an angel put in at the seed round
    { text: "Les actionnaires apporteront 900 MDH de fonds propres, à 60 % par Atlas Holding. Le solde, soit 2,3 milliards de DH, prendra la forme d'un crédit syndiqué sur douze ans.", want: [{ kind: "funding", value: 900e6, unit: "MAD" }, { kind: "funding", value: 2.3e9, unit: "MAD" }] },
    { text: "Wafira avait bénéficié en 2024 d'une avance remboursable de 2 MDH du fonds Innov Invest.", want: [{ kind: "funding", value: 2e6, unit: "MAD" }] },
    { text: "Le réseau Ifriqiya Angels, qui avait déjà investi 600 000 dinars lors de l'amorçage en 2023, remet 1,5 MD au pot.", want: [{ kind: "funding", value: 600000 }, { kind: "funding", value: 1.5e6 }] },
    // (a local authority's repayable advance is public aid)
    { text: "Le projet reçoit une subvention régionale de 1,5 million d'euros et une avance remboursable de 800 000 euros de l'intercommunalité.", want: [{ kind: "money", value: 800000 }] },
    // (paid "sur ses fonds propres": from its own funds, no equity raised)
    { text: "La Région complète avec 1,5 million d'euros, l'université apportant le solde, 750 000 euros, sur ses fonds propres.", want: [{ kind: "money", value: 750000 }] },
    // a bare amount of write-downs, charges or provisions is money in the document's currency
    { text: "Le résultat net reste dans le rouge, à –41 millions d’euros, plombé par 62 millions de dépréciations.", want: [{ kind: "money", value: 62e6, unit: "EUR", text: "62 millions" }] },
    // a share's price is no valuation, whatever "valeur" stands before it
    { text: "Le titre avait perdu près de la moitié de sa valeur depuis son introduction en Bourse, en juin 2024, à 24 euros.", want: [{ kind: "money", value: 24 }], only: true },
    // an amount "de subventions" is a grant, whatever financing the sentence tells of
    { text: "Le financement associe un prêt de 150 millions d’euros de la Banque européenne d’investissement et 60 millions d’euros de subventions au titre de France 2030.", want: [{ kind: "funding", value: 150e6 }, { kind: "money", value: 60e6 }] },
    // a buyer's own down payment is no funding
    { text: "La durée moyenne des prêts atteint 23 ans, et l'apport moyen s'établit à 47 300 euros, soit 14 % du prix d'achat.", want: [{ kind: "money", value: 47300 }] },
    // a first opening of the capital raised money; repayable advances are funding, whoever grants them; a cost the
    // company "estime à" is money, whatever round its sentence told of before
    { text: "La société avait ouvert une première fois son capital en 2021, à hauteur de 8 M€, auprès d’Occitanie Expansion.", want: [{ kind: "funding", value: 8e6 }] },
    { text: "L’Ademe accompagne Ondaë Propulsion à hauteur de 2,8 M€, dont 1,2 M€ sous forme d’avances remboursables.", want: [{ kind: "funding", value: 1.2e6, text: "1,2 M€" }] },
    { text: "La Région Occitanie lui apporte 6 millions d’euros sous forme d’avance remboursable.", want: [{ kind: "funding", value: 6e6 }] },
    { text: "Velkarn, qui a levé 265 millions d’euros, dont 140 M€ lors d’une série C bouclée en avril auprès de Kéraune Capital, estime à 20 M€ le surcoût de ces six mois.", want: [{ kind: "funding", value: 265e6 }, { kind: "funding", value: 140e6 }, { kind: "money", value: 20e6 }] },
    // an investor "entrée à son capital" brings funding; a group that "a investi … dans des lignes" in a country it
    // produces in spends it; "Pas un euro" opening a sentence is no amount
    { text: "L'entreprise a obtenu 6 millions d'euros de France 2030 et Bpifrance est entrée à son capital pour 15 millions d’euros.", want: [{ kind: "funding", value: 15e6, text: "15 millions d’euros" }] },
    { text: "La production sera transférée vers Pitești, en Roumanie, où le groupe a investi 65 millions d'euros depuis 2024 dans des lignes automatisées.", want: [{ kind: "money", value: 65e6 }] },
    { text: "La levée financera son arrivée aux États-Unis, où elle compte investir 90 millions de dollars en deux ans.", want: [{ kind: "money", value: 90e6 }] },
    { text: "Le groupe s'étend au Mexique, où il a investi 40 millions d'euros dans une usine.", want: [{ kind: "money", value: 40e6 }] },
    { text: "La Région apporte 60 millions d'euros. « Pas un euro ne sera versé sans les emplois », prévient-on.", want: [{ kind: "money", value: 60e6 }], only: true },
    // an amount per unit is a rate, money, whatever it is of ("38 000 dollars de dette par puce"); a sector's financing
    // needs are raised by no one
    { text: "Vantelis Cloud a dû consentir un taux de 9,25 % pour lever 4,5 milliards de dollars, soit environ 38 000 dollars de dette par puce.", want: [{ kind: "funding", value: 4.5e9 }, { kind: "money", value: 38000 }] },
    { text: "Stanbrook Securities estime que les besoins de financement du secteur atteindraient 3 100 milliards de dollars d’ici à 2030.", want: [{ kind: "money", value: 3.1e12 }] },
    // (the means of raising it is no unit)
    { text: "Valtéris Bio lève 38 M€ par placement privé, menée par le fonds néerlandais Hellend.", want: [{ kind: "funding", value: 38e6 }] },
    { text: "Yemoja Partners, le fonds qui détient 45 % du capital, remet au pot 90 millions de dollars, tandis qu’un consortium de banques prête 150 milliards de nairas.", want: [{ kind: "funding", value: 90e6 }, { kind: "funding", value: 150e9 }] },
    // (a round restated bare is the round again)
    { text: "Sarmentis emploie 38 salariés et a levé 9 millions d'euros en juillet auprès de Garonne Capital. Le domaine compte 350 clients. Que financent ces 9 millions ? Surtout des recrutements.", want: [
      { kind: "funding", value: 9e6, unit: "EUR", text: "9 millions d'euros" }, { kind: "funding", value: 9e6, unit: "EUR", text: "9 millions" },
    ], only: true },
    // (the round told further back, other amounts between: "… une série A de 60 millions de francs (55 millions d'euros) … Avec 60 millions, …")
    { text: "Orvalis a bouclé une série A de 60 millions de francs (environ 64 millions d’euros). L’entreprise a perdu 12 millions de francs l’an dernier. « Avec 60 millions, nous tenons trois ans », dit son patron.", want: [
      { kind: "funding", value: 60e6, unit: "CHF", text: "60 millions de francs" }, { kind: "money", value: 12e6 }, { kind: "funding", value: 60e6, unit: "CHF", text: "60 millions" },
    ] },
    // (an amount with no currency before "depuis": "depuis" is no "de" and a noun)
    { text: "La société a réalisé 260 M€ de ventes. Nous avons levé 70 millions depuis 2024.", want: [{ kind: "money", value: 260e6 }, { kind: "funding", value: 70e6, unit: "EUR", text: "70 millions" }] },
    // ("Ces deux cent quarante millions": the round told in figures, restated in words after a demonstrative)
    { text: "Verandys lève 240 millions d’euros en série C.\nQui vous accompagne ?\nLe fonds Ferncastle mène le tour. Ces deux cent quarante millions nous valorisent deux milliards d’euros.", want: [{ kind: "funding", value: 240e6 }, { kind: "funding", value: 240e6, unit: "EUR", text: "deux cent quarante millions" }] },
    // "Les 97 lycées en absorberont 412 millions": a count of 97 does not become 412 million; "en" is the budget.
    { text: "Le budget atteint 1,62 milliard d'euros. Les 97 lycées publics de la région en absorberont 412 millions.", want: [{ kind: "money", value: 412e6, unit: "EUR" }] },
    // "une dépense de 7,1 millions": after a noun of money, the last amount's unit, not the last count's
    { text: "Le plan coûte 3 millions d'euros. 21 000 élèves recevront un ordinateur, soit une dépense de 7,1 millions.", want: [{ kind: "money", value: 7.1e6, unit: "EUR" }] },
    { text: "Le club a dépensé 75 millions d'euros cette saison, contre 48 millions il y a deux ans.", want: [{ kind: "money", value: 48e6, unit: "EUR", text: "48 millions" }] },
    { text: "L'État apporte 300 millions d'euros, et les régions 120 millions de subventions.", want: [{ value: 120e6, unit: "EUR", text: "120 millions" }] },
    { text: "Le budget passe de 40 millions d'euros à 55 millions.", want: [{ kind: "money", value: 55e6, unit: "EUR" }] },
    { text: "La facture atteint 2 milliards de francs suisses, soit 1,2 milliard de fonds publics.", want: [{ kind: "money", value: 1.2e9, unit: "CHF" }] },
    { text: "Le plan prévoit 3 milliards de dollars, dont 1 milliard de prêts et 500 millions de dons.", want: [
      { kind: "money", value: 1e9, unit: "USD", text: "1 milliard" }, { kind: "money", value: 5e8, unit: "USD", text: "500 millions" },
    ] },
    { text: "Swisscom table sur 14,7 milliards de francs de chiffre d'affaires et sur un Ebitda d'environ 5 milliards.", want: [{ kind: "money", value: 5e9, unit: "CHF", qualifier: "approx" }] },
    // a valuation in another currency after a comma and a hedge is the same valuation
    { text: "L'envolée du titre porte la capitalisation de Nexgen à quelque 1 200 milliards de roupies, environ 13 milliards d'euros.", want: [
      { kind: "valuation", value: 13e9, unit: "EUR" },
    ] },
    // an amount said to pass the valuation before it is a valuation too
    { text: "Sa valorisation de 3 milliards d'euros devrait être dépassée : les banquiers évoquent 5 milliards d'euros.", want: [{ kind: "valuation", value: 5e9, unit: "EUR" }] },
    // investors named after an apposition: "et de ses actionnaires historiques, X et Y"
    { text: "Orakl a bouclé une série A de 30 millions d'euros menée par Partech, aux côtés de ses actionnaires historiques, Elaia et Serena.", want: [
      { kind: "funding", value: 30e6, investors: ["Partech", "Elaia", "Serena"] },
    ] },
    // "de plus", "de moins", "d'ici" name no other noun: the amount keeps the currency before
    { text: "Le chantier du métro coûtera 36 milliards d'euros, soit 1,5 milliard de plus que le devis initial.", want: [{ kind: "money", value: 1.5e9, unit: "EUR", text: "1,5 milliard" }] },
    { text: "Le fonds versera 2 milliards de dollars en avril, puis 5 milliards d'ici la fin de l'année.", want: [{ value: 5e9, unit: "USD", text: "5 milliards" }] },
    // a town named "Lev…" is no "lever": a transfer fee and its bonus are money
    { text: "L'ailier rejoint Levante pour 12 millions d'euros, auxquels s'ajoutent 3 millions de bonus.", want: [
      { kind: "money", value: 12e6, unit: "EUR" }, { kind: "money", value: 3e6, unit: "EUR", text: "3 millions" },
    ] },
    // A bare amount takes its unit from the amount before, not from that amount's conversion in brackets.
    { text: "Le groupe a dépensé 13 milliards de yuans (1,6 milliard d'euros) au troisième trimestre, bien en deçà des 19,1 milliards du deuxième trimestre.", want: [{ kind: "money", value: 19.1e9, unit: "CNY" }] },
    { text: "Kering a cédé sa division beauté pour 4 milliards d'euros. Le groupe a aussi vendu 60 % des murs de ses boutiques pour 1,3 milliard.", want: [{ kind: "money", value: 1.3e9, unit: "EUR" }] },
    // ... however far back the document's last amount is, after a price ("vendu … pour"), a noun of money or a line of accounts
    { text: "Kering a cédé sa division beauté pour 4 milliards d'euros. La dette reste élevée. Les marques souffrent en Chine. Le groupe a aussi vendu 60 % des murs de ses boutiques pour 1,3 milliard.", want: [{ kind: "money", value: 1.3e9, unit: "EUR" }] },
    { text: "Le bénéfice atteint 3,94 milliards de dollars. Les revenus progressent. L'intégration est achevée. Les provisions pour pertes sur créances ont grimpé à 1,1 milliard, près de deux fois leur niveau de 2023.", want: [{ kind: "money", value: 1.1e9, unit: "USD" }] },
    { text: "La hausse rapportera 4 millions d'euros. Le prix du mètre cube passera à 4,58 euros. Le réseau est ancien. L'usine fait l'objet d'une modernisation de 21,5 millions, cofinancée par l'agence de l'eau.", want: [{ kind: "money", value: 21.5e6, unit: "EUR" }] },
    // ... and a headline's, after a noun of money, that of the body's first amount
    { text: "Banque Nationale : bénéfice record de 3,9 milliards et dividende bonifié\nLa banque a terminé son exercice sur un bénéfice net de 3,94 milliards de dollars.", want: [{ kind: "money", value: 3.9e9, unit: "USD", text: "3,9 milliards" }] },
    // A headline's bare amount that the body states again with its currency.
    { text: "Budget : le gouvernement trouve 9,2 milliards\nL'effort atteindra 9,2 milliards d'euros d'ici 2029.", want: [{ kind: "money", value: 9.2e9, unit: "EUR", text: "9,2 milliards" }] },
    // The value of a deal (equity value, enterprise value, a contingent value right) is money: no company is valued.
    { text: "Ipsen rachète Corvane pour 42 dollars par action, soit une valeur des fonds propres d'environ 3,1 milliards de dollars.", want: [{ kind: "money", value: 3.1e9, unit: "USD" }] },
    { text: "La valeur d'entreprise de l'opération ressort à 2,6 milliards de dollars.", want: [{ kind: "money", value: 2.6e9, unit: "USD" }] },
    // ... but a company's enterprise value, debt included, is its value
    { text: "Le prix des titres s'établit à 610 millions d'euros ; dette comprise, la valeur d'entreprise atteint environ 720 millions.", want: [{ kind: "money", value: 610e6 }, { kind: "valuation", value: 720e6, qualifier: "approx" }], only: true },
    { text: "La valeur d’entreprise de Brasmoret ressort à 1,3 milliard d’euros, soit 9 fois son Ebitda.", want: [{ kind: "valuation", value: 1.3e9 }], only: true },
    { text: "Le fonds avait acquis le groupe en 2020 sur la base d'une valeur d'entreprise de 340 millions d'euros.", want: [{ kind: "valuation", value: 340e6 }], only: true },
    { text: "Le fonds cède sa participation pour une valeur d'entreprise de 2,2 milliards de dirhams.", want: [{ kind: "money", value: 2.2e9 }], only: true },
    // "d'une valeur maximale de": the worth of a contract or a tender, no company's value
    { text: "Le marché, d'une valeur maximale de 240 millions d'euros sur sept ans, est divisé en trois lots.", want: [{ kind: "money", value: 240e6, unit: "EUR" }] },
    { text: "Le groupe a signé une commande d'une valeur de 80 millions d'euros.", want: [{ kind: "money", value: 80e6, unit: "EUR" }] },
    { text: "Un certificat de valeur conditionnelle pourra rapporter jusqu'à 6 dollars par action.", want: [{ kind: "money", value: 6, unit: "USD" }] },
    { text: "La start-up a été valorisée à 2 milliards d'euros ; sa valeur a doublé en un an pour atteindre 4 milliards d'euros.", want: [{ kind: "valuation", value: 2e9 }, { kind: "valuation", value: 4e9 }] },
    // A bare amount takes the currency of the next amount of its sentence when nothing before gives one.
    { text: "Le budget est voté.\nLa ville empruntera environ 30 millions, portant son encours de dette à 198 millions d'euros fin 2026.", want: [{ kind: "money", value: 30e6, unit: "EUR", qualifier: "approx" }] },
    { text: "Le groupe a publié un chiffre d'affaires de 19 860 crores de roupies (environ 1,9 milliard d'euros). Les revenus tirés de l'IA ont atteint 1 170 crores.", want: [{ kind: "money", value: 11.7e9, unit: "INR" }] },
    // after a noun of money, a bare amount takes the last amount's unit, not the last count's
    { text: "Argile avait bouclé un tour d'amorçage de 6,5 millions d'euros auprès d'une vingtaine de business angels, sur la base d'une valorisation de 40 millions.", want: [{ kind: "valuation", value: 40e6, unit: "EUR" }] },
    // Investors named in the sentences after the round, when they join it: the lead's sentence, then those who
    // "ont également remis au pot" or "complètent ce tour", a list broken by a description of one of them.
    { text: "La start-up Ombrelle lève 60 millions d'euros en série B. Le tour est mené par Albane Capital. Bpifrance, le family office Maison Kerlan et l'investisseur historique Brise Ventures ont également remis au pot.", want: [
      { kind: "funding", value: 60e6, unit: "EUR", investors: ["Albane Capital", "Bpifrance", "Maison Kerlan", "Brise Ventures"] },
    ] },
    { text: "La deeptech Sorbel annonce un tour de table de 3 M€ mené par Fonds Vercors. Plusieurs business angels complètent ce tour, parmi lesquels Ysaline Morvan, ancienne dirigeante d'un équipementier, Arsène Capdevielle et Paulin Roussey, fondateur de Roussey Optique.", want: [
      { kind: "funding", value: 3e6, unit: "EUR", investors: ["Fonds Vercors", "Ysaline Morvan", "Arsène Capdevielle", "Paulin Roussey"] },
    ] },
    // "menée en mars 2024 par": a date between the round's participle and its lead.
    { text: "Ce prix fait ressortir une prime de 20 % sur la dernière levée de la cible, une série B de 40 millions d'euros menée en mars 2024 par Altair Partners.", want: [
      { kind: "funding", value: 40e6, unit: "EUR", investors: ["Altair Partners"] },
    ] },
    // "a remis 4 milliards au pot": a share of the round; "lors de sa dernière levée, revendique 90 milliards de revenus": accounts.
    { text: "La start-up Orvane lève 10 milliards de dollars. Le tour est mené par SoftBank. Amazon, actionnaire historique, a remis 2\u202fmilliards de dollars au pot.", want: [
      { kind: "funding", value: 10e9, unit: "USD" }, { kind: "funding", value: 2e9, unit: "USD", subject: "Orvane", investors: ["Amazon"] },
    ] },
    { text: "Vexa, valorisée lors de sa dernière levée en décembre, revendique 30 milliards de dollars de revenus annualisés.", want: [{ kind: "money", value: 30e9, unit: "USD" }] },
    // an insurer's premiums are a line of accounts, whatever verb brings them: "réunira 1,9 milliard d'euros de
    // cotisations", "apporte 1,12 milliard d'euros de primes"
    { text: "Le nouvel ensemble réunira 1,4 million de sociétaires et 2,3 milliards d'euros de cotisations.", want: [{ kind: "money", value: 2.3e9, unit: "EUR" }] },
    { text: "Les deux mutuelles fusionnent. Dans le détail, l'Orléanaise apporte 1,12 milliard d'euros de cotisations et 690 000 sociétaires, Ligéria 780 millions et 510 000 sociétaires.", want: [{ kind: "money", value: 1.12e9, unit: "EUR" }, { kind: "money", value: 780e6, unit: "EUR" }] },
    // "dont 400 M€ apportés par un fonds", "a souscrit pour 120 M€ à l'augmentation de capital de X": money put in.
    { text: "Coût du projet : 1,4 Md€, dont 400 M€ apportés par un fonds d'infrastructures.", want: [{ kind: "money", value: 1.4e9 }, { kind: "funding", value: 400e6 }] },
    { text: "Le groupe a souscrit pour 120 M€ à l'augmentation de capital de Dunelis.", want: [{ kind: "funding", value: 120e6, unit: "EUR" }] },
    { text: "Trois investisseurs de référence s'étaient engagés à souscrire 45 M€ lors de l'introduction en Bourse.", want: [{ kind: "funding", value: 45e6 }] },
    // ... and so is what a region brings as a loan, or the State through its sovereign fund
    { text: "La Région apportera 18 millions d’euros via la Sogepa, sous forme de prêt subordonné.", want: [{ kind: "funding", value: 18e6, unit: "EUR" }] },
    { text: "L’État a apporté 22 milliards de FCFA via le Fonds souverain de Côte d’Ivoire.", want: [{ kind: "funding", value: 22e9, unit: "XOF" }] },
    // ... but what the State or a region brings is a subsidy: money
    { text: "Coût total : 1,4 milliard d'euros, dont 310 millions d'euros apportés par l'État et 42 millions par la région.", want: [{ kind: "money", value: 1.4e9 }, { kind: "money", value: 310e6 }, { kind: "money", value: 42e6 }] },
    { text: "Selon nos informations, Paris serait prêt à apporter jusqu'à 2 milliards d'euros au lauréat français, par l'intermédiaire de Bpifrance.", want: [{ kind: "money", value: 2e9, unit: "EUR" }] },
    { text: "L'AFD apporte un prêt de 4,5 milliards d'euros sur vingt ans, le Pays 2 milliards sous forme de subvention.", want: [{ kind: "money", value: 2e9, unit: "EUR" }] },
    // a bond issue: the size first planned, the over-allotment and the total are funding; money spent "au financement
    // d'un" hedge or on a buyback is not
    { text: "Valcrest a annoncé le placement de 750 M$ d'obligations convertibles, un montant relevé par rapport aux 600 M$ initialement prévus. Les banques disposent d'une option de surallocation de 112,5 M$, qui porterait l'émission à 862,5 M$. Valcrest consacrera environ 95 M$ au financement d'un capped call, et jusqu'à 200 M$ au rachat d'obligations.", want: [
      { kind: "funding", value: 750e6 }, { kind: "funding", value: 600e6 }, { kind: "funding", value: 112.5e6 }, { kind: "funding", value: 862.5e6 },
      { kind: "money", value: 95e6 }, { kind: "money", value: 200e6 },
    ] },
    // an honour loan is funding, like a loan (a public body's repayable advance is left as money: the sets disagree)
    { text: "L’Eurométropole et la Région lui ont par ailleurs accordé un prêt d’honneur de 150 000 euros.", want: [{ kind: "funding", value: 150000 }] },
    // an investor committed to subscribe is funding; the cumulated value of deals is money
    { text: "Bpifrance, qui s'était engagé à souscrire à hauteur de 10 M€, détiendra 6,1 % du capital.", want: [{ kind: "funding", value: 10e6, unit: "EUR" }] },
    { text: "Une trentaine ont signé des accords avec des groupes pharmaceutiques. Leur valeur cumulée, jalons compris, dépasse 9 milliards de dollars.", want: [{ kind: "money", value: 9e9, unit: "USD" }] },
    // the value of goods is money, no valuation
    { text: "Valeur de la marchandise : 390 millions de dollars singapouriens (environ 265 millions d’euros), selon l’acte d’accusation.", want: [{ kind: "money", value: 390e6 }, { kind: "money", value: 265e6 }] },
    // ... with a dash after the town, or without a town when the amount ends the lead ("Name : 60 M$."); a label
    // ("LE CHIFFRE : 9 millions d'euros.") is no company
    { text: "Les levées de la semaine.\nRestolia (Paris) - 4 M€. L'application lève auprès de Cantalou Impact, qui mène le tour.\nCorvaline Batteries : 60 M$. Le concepteur de cellules a bouclé une série A auprès de Stillwater Peak.\nTréfilia : 18 M€. La société lève 18 M€ lors d’un deuxième tour mené par Ardoise Partners.", want: [
      { kind: "funding", value: 4e6, unit: "EUR", subject: "Restolia" }, { kind: "funding", value: 60e6, unit: "USD", subject: "Corvaline Batteries" },
      { kind: "funding", value: 18e6, unit: "EUR", subject: "Tréfilia" }, { kind: "funding", value: 18e6, unit: "EUR" },
    ] },
    { text: "Le marché.\nLE CHIFFRE : 9 millions d'euros. C'est le ticket médian d'une série A en octobre.", want: [{ kind: "funding", value: 9e6, unit: "EUR", subject: null }] },
    // an item whose round is told as "le tour en fonds propres est conduit par"
    { text: "Les levées du mois.\n• Novacorde (Rennes) : 3,2 millions d'euros, dont 1,2 million de prêts d'honneur. Le tour en fonds propres est conduit par Armor Seed Partners.", want: [
      { kind: "funding", value: 3.2e6, unit: "EUR" }, { kind: "funding", value: 1.2e6, unit: "EUR" },
    ] },
    // "le tour de 112 millions": the round's amount; equity and bank loans as parts of a financing are funding, and so is
    // the whole they are parts of
    { text: "Cassine AI, dont le tour de 112 millions de dollars a été mené par Lantenay Partners, recrute.", want: [{ kind: "funding", value: 112e6, unit: "USD" }] },
    { text: "Hoplane obtient 8,2 millions d’euros, dont 5 millions en fonds propres auprès de Picardie Transition, et 3,2 millions de prêts bancaires.", want: [
      { kind: "funding", value: 8.2e6, unit: "EUR" }, { kind: "funding", value: 5e6, unit: "EUR" }, { kind: "funding", value: 3.2e6, unit: "EUR" },
    ] },
    // (a bank's lending is no round; the tour of a country is no round either)
    { text: "La banque a accordé 3 milliards d'euros de crédits immobiliers au premier semestre.", want: [{ kind: "money", value: 3e9, unit: "EUR" }] },
    { text: "Le tour de France des usines du ministre a coûté 2 millions d'euros.", want: [{ kind: "money", value: 2e6, unit: "EUR" }] },
    // a round-up item's amount after its company and town is the round the item then tells
    { text: "Voici les principaux financements du mois.\nMécalyse (Saint-Étienne) : 12,5 millions d’euros. La start-up de cobots a bouclé une série A auprès de Loire Industrie Capital.\nOxalume (Paris) : 1,5 M€. L’éditeur a levé auprès du fonds Lutèce Deeptech.", want: [{ kind: "funding", value: 12.5e6, round: "A", investors: ["Loire Industrie Capital"] }, { kind: "funding", value: 1.5e6, investors: ["Lutèce Deeptech"] }] },
    // ... a dash for the colon without a town, and the round told as a pre-seed or convertible notes
    { text: "Les levées de la semaine.\nBrennor Compute - 42 M€. La jeune pousse, qui loue des GPU à la demande, lève 30 M€ en fonds propres et 12 M€ de dette.\nFalvia (Nantes) – 600 k€. La start-up signe un pre-seed auprès de Loire Angels.\nOstrine (Lille) – 4 M$. Des notes convertibles souscrites par Vantor Capital.", want: [{ kind: "funding", value: 42e6 }, { kind: "funding", value: 600000 }, { kind: "funding", value: 4e6 }] },
    // ... and a short list after a round, each item a company, its town and its amount in brackets
    { text: "Neolis lève 12 millions d'euros auprès de Serena.\nEt aussi : Lovara (Lyon, 2 M€), Brisk (Lille, 1,2 M€ en seed) et Tamaro (Nice, 900 000 euros).", want: [
      { kind: "funding", value: 12e6 }, { kind: "funding", value: 2e6 }, { kind: "funding", value: 1.2e6 }, { kind: "funding", value: 900000 },
    ], only: true },
    { text: "Ses concurrents sont plus petits : Lovara (Lyon, 2 M€ de chiffre d'affaires) et Brisk (Lille, 1 M€).", want: [{ kind: "money", value: 2e6 }, { kind: "money", value: 1e6 }], only: true },
    // savings collected by a savings book, an insurer or a fund are money; a campaign's backers make a round
    { text: "Sur l'ensemble de 2028, le Livret A avait collecté 18,7 milliards d'euros, trois fois moins qu'en 2023.", want: [{ kind: "money", value: 18.7e9 }] },
    { text: "L'assureur a collecté 1,35 milliard d'euros net au premier semestre.", want: [{ kind: "money", value: 1.35e9 }] },
    { text: "La brasserie a collecté 800 000 euros auprès de 1 450 investisseurs sur une plateforme de financement participatif.", want: [{ kind: "funding", value: 800000 }] },
    // a deficit is money, whatever cue stood before it; fees paid are money
    { text: "Son budget n'a pas suffi à boucler l'affiche, après un déficit de 240 000 euros l'été dernier.", want: [{ kind: "money", value: 240000 }] },
    { text: "Le festival a versé plus de 11 millions d’euros de cachets, dont environ 1,8 million à sa tête d’affiche.", want: [{ kind: "money", value: 11e6 }, { kind: "money", value: 1.8e6 }] },
    // a company's debt raised: "s'endette de 900 M€", and equity from its shareholder
    { text: "Fluxane s’endette de 900 M€ pour payer ses accélérateurs.", want: [{ kind: "funding", value: 900e6 }] },
    // what is estimated may stand before a relative clause ("Le coût de la restructuration, qui passera …, est estimé à")
    { text: "Le coût de la restructuration, qui passera d'abord par des départs volontaires, est estimé à 95 millions d'euros.", want: [{ kind: "money", value: 95e6 }], only: true },
    // a share weighed of a whole is no valuation of the whole ("pèse 35 % d'un carnet de commandes de 210 millions")
    { text: "L’export pèse déjà 35 % d’un carnet de commandes de 210 millions d’euros.", want: [{ kind: "money", value: 210e6 }] },
    { text: "Le groupe pèse 35 % d'un marché de 4 milliards d'euros.", want: [{ kind: "money", value: 4e9 }] },
    // a stage told in words after an amount no cue names ("5,2 milliards d'euros après l'opération.")
    { text: "– Combien vaut Quantelia aujourd’hui ?\n5,2 milliards d’euros après l’opération. C’est à peu près le double de janvier.", want: [{ kind: "valuation", value: 5.2e9, stage: "post-money" }] },
    // recurring revenue after a round's cue is accounts ("Une série B, quand nous aurons dépassé les 25 M€ d'ARR"), and
    // the total raised told after its amount is funding ("porte à 1,3 milliard d'euros le total levé")
    { text: "Une série B, sans doute en 2029, quand nous aurons dépassé les 25 M€ d'ARR.", want: [{ kind: "money", value: 25e6 }], only: true },
    { text: "Altaris Capital a mené l’opération. Cela porte à 1,3 milliard d’euros le total levé depuis notre création.", want: [{ kind: "funding", value: 1.3e9 }] },
    // a bare amount right after a verb that pays takes the document's currency ("en finance 8,6 millions"), and
    // current-account advances and TV rights are money ("30 millions de comptes courants", "4,6 millions de droits télévisés")
    { text: "Le pont coûtera 14,2 millions d’euros.\nLes travaux dureront deux ans. Le Département en finance 8,6 millions. L’État apporte 3,1 millions au titre du fonds vert.", want: [{ kind: "money", value: 14.2e6 }, { kind: "money", value: 8.6e6 }, { kind: "money", value: 3.1e6 }], only: true },
    { text: "Le fonds a injecté 118 millions d’euros et promet de convertir 30 millions de comptes courants en capital. Le budget de 28,5 millions d'euros compte 4,6 millions de droits télévisés.", want: [{ kind: "funding", value: 118e6 }, { kind: "money", value: 30e6 }, { kind: "money", value: 28.5e6 }, { kind: "money", value: 4.6e6 }] },
    // a volume of transactions is money, whatever round the article tells
    { text: "Plenvia lève 85 M€ en série C. La fintech revendique 410 000 clients et un volume de transactions de 9,2 milliards d’euros sur douze mois.", want: [{ kind: "funding", value: 85e6 }, { kind: "money", value: 9.2e9 }], only: true },
    // a stage phrase belongs to the amount it follows, not to the next one ("11 milliards avant l'argent frais, soit
    // 12,8 milliards post-money"); "avant l'augmentation de capital" cut by the window still tells its stage
    { text: "L’opération valorise la jeune pousse 11 milliards d’euros avant l’argent frais, soit 12,8 milliards post-money.", want: [{ kind: "valuation", value: 11e9, stage: "pre-money" }, { kind: "valuation", value: 12.8e9, stage: "post-money" }], only: true },
    { text: "Selon nos informations, l’opération valorise la jeune pousse 46 millions d’euros avant l’augmentation de capital.", want: [{ kind: "valuation", value: 46e6, stage: "pre-money" }] },
    // "une série d'animation" is no series D
    { text: "La série a coûté 4,2 millions d’euros, quand une série d’animation classique tourne autour de 12 000 euros la minute.", want: [{ kind: "money", value: 4.2e6 }, { kind: "money", value: 12000 }], only: true },
    // ... a loan named after its amount ("dont 1,6 milliard prêté par", "repose pour 30 milliards sur un prêt"), and a
    // minority stake named after its price ("a pris, pour 2,2 milliards de dirhams, une participation minoritaire dans")
    { text: "Le chantier est chiffré à 3,2 milliards de rands, dont 1,6 milliard prêté par la Limpopo Infrastructure Bank sur douze ans.", want: [{ kind: "money", value: 3.2e9 }, { kind: "funding", value: 1.6e9 }], only: true },
    { text: "L'investissement, 52 milliards de FCFA, repose pour 30 milliards sur un prêt du Fonds ouest-africain pour les infrastructures numériques.", want: [{ kind: "funding", value: 30e9 }] },
    { text: "Le fonds avait déjà pris l’an dernier, pour 2,2 milliards de dirhams, une participation minoritaire dans la start-up Sarraf Labs.", want: [{ kind: "funding", value: 2.2e9 }] },
    // a figure opening its paragraph, named by the next sentence: "C'est la valorisation …", "C'est le montant de la levée …"
    { text: "Les chiffres de la semaine\n250 milliards de dollars. C'est la valorisation obtenue lundi par Aldaran Labs.", want: [{ kind: "valuation", value: 250e9 }], only: true },
    { text: "Les chiffres de la semaine\n12 millions d'euros. C'est le montant de la levée bouclée par Fenwick.", want: [{ kind: "funding", value: 12e6 }], only: true },
    // ... or a sentence told by the next one: "C'est ce que X vient de lever", "C'est ce qu'X a bouclé"
    { text: "Bonjour. Quarante milliards de dollars, à peu près trente-sept milliards d'euros. C'est ce qu'Arvenza Labs, le grand rival d'OpenAI, a bouclé mardi dernier.", want: [{ kind: "funding", value: 40e9 }, { kind: "funding", value: 37e9 }], only: true },
    { text: "Le marché a salué l'opération. 18 millions d'euros : c'est ce que la start-up nantaise vient de lever auprès de ses actionnaires.", want: [{ kind: "funding", value: 18e6 }], only: true },
    // (what something costs, told so, stays money)
    { text: "Douze millions d'euros. C'est ce que coûtera la rénovation du stade.", want: [{ kind: "money", value: 12e6 }], only: true },
    // a valuation or a round said again with no cue of its own is the same claim ("À 18 milliards, …", "ces 600 millions")
    { text: "Vireval a bouclé une levée qui la valorise 18 milliards d'euros. À 18 milliards, les investisseurs parient sur sa croissance.", want: [{ kind: "valuation", value: 18e9 }, { kind: "valuation", value: 18e9, text: "18 milliards" }], only: true },
    { text: "Noctaris a levé 600 millions d'euros en mars, sur une valorisation de 2,1 milliards d'euros.\nÀ quoi vont servir ces 600 millions ?", want: [{ kind: "funding", value: 600e6 }, { kind: "valuation" }, { kind: "funding", value: 600e6, text: "600 millions" }], only: true },
    { text: "Tessane a levé 42 M€ en série A. Une part importante des 42 M€ ira d’ailleurs au calcul.", want: [{ kind: "funding", value: 42e6 }, { kind: "funding", value: 42e6, text: "42 M€" }], only: true },
    // ... but the same figure told of something else is not taken up ("contre 6 milliards un an plus tôt")
    { text: "Orielle a levé 6 milliards de dollars en mars. Son chiffre d’affaires annualisé atteint 19 milliards de dollars, contre 6 milliards un an plus tôt.", want: [{ kind: "funding", value: 6e9 }, { kind: "money", value: 19e9 }, { kind: "money", value: 6e9, text: "6 milliards" }], only: true },
    // an investor that puts money "sur la table" in a round brings it; a buyer's offer is a price
    { text: "Le tour serait mené par le fonds Brynmor Partners, qui mettrait 250 millions d'euros sur la table.", want: [{ kind: "funding", value: 250e6 }] },
    // a scale glued to a currency code, as financial wires write it: "4,9 MdsEUR", "300 MEUR", "25 MUSD"
    { text: "Nvidia vise un chiffre d'affaires de 4,9 MdsEUR et une marge de 300 MEUR ; sa filiale américaine, 25 MUSD.", want: [{ value: 4.9e9, unit: "EUR", subject: "Nvidia" }, { value: 300e6, unit: "EUR" }, { value: 25e6, unit: "USD" }] },
    // a headline's bare amount told in the body in another form ("lève 28 millions" … "28 M€"); an "enveloppe de 700 millions"
    // in a document in dollars
    { text: "La liégeoise Vesdrix lève 28 millions pour son cloud\nLe Soir\nLa start-up a bouclé une série A de 28 M€ auprès de fonds belges.", want: [{ kind: "funding", value: 28e6, unit: "EUR", text: "28 millions" }, { kind: "funding", value: 28e6, text: "28 M€" }] },
    { text: "Québec investira 2 milliards de dollars dans ses barrages. Le gouvernement réserve 500 MW aux centres de données. Ottawa veut aussi sa part. Le fédéral a confirmé une enveloppe de 700 millions pour subventionner l’achat de puces.", want: [{ kind: "money", value: 2e9 }, { kind: "money", value: 700e6, unit: "USD" }] },
    { text: "Le groupe met 2 milliards d'euros sur la table pour racheter son concurrent.", want: [{ kind: "money", value: 2e9 }] },
    // a financing's parts "apportés en fonds propres par" and "prêtés par"; a minority stake "pour" after a comma; a
    // company's credit or borrowing (a town's stays money)
    { text: "Le financement se répartit en 2,9 milliards de dollars apportés en fonds propres par Lusaiba et 1,1 milliard prêtés par Wusail Bank.", want: [{ kind: "funding", value: 2.9e9 }, { kind: "funding", value: 1.1e9 }] },
    { text: "Le fonds public Hanul y prendra 49 % du capital, pour 6 800 milliards de wons.", want: [{ kind: "funding", value: 6.8e12 }] },
    { text: "Pour acheter ses puces, la société a obtenu un crédit de 140 millions de francs de la Banque Dorsaz.", want: [{ kind: "funding", value: 140e6 }] },
    { text: "L’an dernier, Cimbrelle a emprunté 45 millions de francs suisses en nantissant ses machines.", want: [{ kind: "funding", value: 45e6 }] },
    { text: "La ville empruntera 30 millions d'euros pour rénover ses écoles.", want: [{ kind: "money", value: 30e6 }] },
    // a conversion after a stage phrase keeps the kind ("… après l'opération, soit environ 36 milliards de dollars")
    // (and after a short aside: "…, dette comprise, soit environ")
    { text: "L'offre valorise le club à 1,1 milliard d’euros, dette comprise, soit environ 1,2 milliard de dollars.", want: [{ kind: "valuation", value: 1.1e9 }, { kind: "valuation", value: 1.2e9, unit: "USD" }], only: true },
    { text: "Sa série D le valorise 31 milliards d’euros après l’opération, soit environ 36 milliards de dollars.", want: [{ kind: "valuation", value: 31e9 }, { kind: "valuation", value: 36e9 }] },
    // a company's borrowings and bonds: "avec 900 millions d'euros d'emprunts", "une obligation verte de 750 millions"
    { text: "Nous avançons avec 900 millions d’euros d’emprunts, soit moins de deux fois l’Ebitda.", want: [{ kind: "funding", value: 900e6 }] },
    { text: "Nous venons de placer une obligation verte de 750 millions d’euros à 4,1 %.", want: [{ kind: "funding", value: 750e6 }] },
    // a company's loans named with a complement ("un prêt de développement de 700 000 €"), borrowed "auprès" banks, equity
    // "apporté en fonds propres par" or "de fonds propres, apportés par", stakes "de participations dans", and a
    // stake "au capital de X à hauteur de"
    { text: "Bpifrance accompagne le projet avec un prêt de développement de 700 000 € et un prêt d’amorçage de 300 000 €.", want: [{ kind: "funding", value: 700000 }, { kind: "funding", value: 300000 }] },
    { text: "Le câble coûtera 4,5 milliards de francs CFP. Le solde, environ 2,7 milliards, sera emprunté auprès de deux banques de la place.", want: [{ kind: "funding", value: 2.7e9 }] },
    { text: "Le montage associe 7 milliards de dirhams de fonds propres, apportés par Zamrud Holding, et 11 milliards de dette.", want: [{ kind: "funding", value: 7e9 }] },
    { text: "Le solde, soit 22 milliards FCFA, est apporté en fonds propres par les actionnaires d'Ébrané.", want: [{ kind: "funding", value: 22e9 }] },
    { text: "Nous avons obtenu 300 millions d'euros de prêts auprès d'un pool de six banques en avril.", want: [{ kind: "funding", value: 300e6 }] },
    { text: "Nvidia prendra pour 30 milliards de dollars de participations dans Sorvane Labs.", want: [{ kind: "funding", value: 30e9 }] },
    // an IPO's cornerstone order and a subscription: "s'est engagé à acheter pour 300 millions de dollars de titres au prix
    // de l'offre", "a souscrit 60 millions d'euros"
    { text: "Le géant Ombrevia s'est engagé à acheter pour 300 millions de dollars de titres au prix de l'offre.", want: [{ kind: "funding", value: 300e6 }] },
    { text: "La holding Cendrale Participations, investisseur de référence, a souscrit 60 millions d'euros.", want: [{ kind: "funding", value: 60e6 }] },
    { text: "Holmvik entrera en outre au capital de Nérival à hauteur de 30 millions d’euros.", want: [{ kind: "funding", value: 30e6 }] },
    // a minority of its own capital sold to an investor ("a cédé 15 % de son capital au fonds X, pour 135 millions")
    { text: "La plateforme lilloise a cédé 15 % de son capital au fonds Orlanthe Partners, pour 135 millions d’euros.", want: [{ kind: "funding", value: 135e6 }] },
    // ... but a town's borrowing stays money, and so does a tax credit
    { text: "L'Etat apportera 96 millions d'euros et la Région 60 millions ; le reste, plus de 250 millions, sera emprunté.", want: [{ kind: "money", value: 250e6 }] },
    // money, not a round: a bond's demand ("La demande a dépassé 3,4 milliards de livres"), a loan repaid, a secondary
    // sale within a round, and a machine "financée à hauteur de 38 millions d'euros par France 2030" (or "par l'Etat")
    { text: "Brackvale a placé 800 millions de livres d'obligations. La demande a dépassé 3,4 milliards de livres, plus de quatre fois le montant proposé.", want: [{ kind: "funding", value: 800e6 }, { kind: "money", value: 3.4e9 }] },
    { text: "Le produit servira à rembourser un prêt de 1,2 Md$ adossé à des puces graphiques.", want: [{ kind: "money", value: 1.2e9 }] },
    { text: "Le produit financera le remboursement anticipé d'un emprunt de CHF 80 millions.", want: [{ kind: "money", value: 80e6 }] },
    // a debt carried or paid back is money ("40 M€ de dette auprès de la banque" is raised)
    { text: "La Cades, qui doit avoir remboursé d’ici à 2033 les 136 milliards d’euros de dette qu’elle porte encore, ne peut plus reprendre de déficits.", want: [{ kind: "money", value: 136e9 }] },
    { text: "L'opérateur affichait fin 2002 près de 70 milliards d'euros de dette.", want: [{ kind: "money", value: 70e9, qualifier: "approx" }] },
    { text: "Le groupe a procédé au remboursement anticipé de 20 millions d'euros de dette bancaire.", want: [{ kind: "money", value: 20e6 }] },
    { text: "Vantor lève 20 M€ en fonds propres et 40 M€ de dette auprès de la Banque Sorlhac.", want: [{ kind: "funding", value: 20e6 }, { kind: "funding", value: 40e6 }] },
    // a purchase paid from the buyer's own cash is money; the part a loan pays is its debt
    { text: "Le rachat sera financé à hauteur de 9 millions EUR par la trésorerie disponible et pour 13 millions EUR par un crédit d'acquisition souscrit auprès de deux banques.", want: [{ kind: "money", value: 9e6 }, { kind: "funding", value: 13e6 }] },
    // money: savings sought ("cherche 40 milliards d'euros d'économies"), what a plan's part weighs ("Le volet … pèse 420
    // millions d'euros"), and what a company commits to a site after its round ("… a levé 750 millions …, y engage 2,6 milliards")
    { text: "Soit une baisse de 12 %, alors que Bercy cherche 40 milliards d’euros d’économies.", want: [{ kind: "money", value: 40e9 }] },
    { text: "Le volet consacré à la transformation de l’action publique pèse 420 millions d’euros.", want: [{ kind: "money", value: 420e6 }] },
    { text: "Mervelle, qui a levé 750 millions d’euros en série C en février auprès de Tallard Capital, y engage 2,6 milliards d’euros.", want: [{ kind: "funding", value: 750e6 }, { kind: "money", value: 2.6e9 }] },
    { text: "L'opération valorise Senvara AI 260 M$ post-money. Une partie du tour, près de 6 M$, prend la forme d'une secondaire.", want: [{ kind: "valuation" }, { kind: "money", value: 6e6 }] },
    { text: "Une extension de 1 024 GPU, financée à hauteur de 38 millions d'euros par France 2030, doit être livrée en 2027.", want: [{ kind: "money", value: 38e6 }] },
    // (a sector's borrowing in the plural is a total, money)
    { text: "Les néoclouds ont emprunté plus de 40 milliards de dollars sur le marché obligataire depuis janvier.", want: [{ kind: "money", value: 40e9 }] },
    { text: "L'entreprise bénéficie d'un crédit d'impôt de 2 millions d'euros.", want: [{ kind: "money", value: 2e6 }] },
    { text: "Pour financer le chantier, Velmora Datacenters a obtenu 1,1 milliard d’euros de fonds propres de son actionnaire principal, le fonds Orvette Partners.", want: [{ kind: "funding", value: 1.1e9 }] },
    // a charge estimated at an amount is money, no valuation
    { text: "Pour tenir ces objectifs, Atos accélère sa restructuration: 2 500 postes seront supprimés d'ici à la fin 2028, pour une charge de restructuration estimée à 320 millions d'euros sur deux ans.", want: [{ kind: "money", value: 320e6, unit: "EUR" }] },
    // a stake taken, and cornerstone investors committed, are funding
    { text: "Un fonds d'infrastructures, Strait Harbour Partners, entre à hauteur de 35 % au capital de Rautea Networks pour 1,8 milliard d'euros.", want: [{ kind: "funding", value: 1.8e9, unit: "EUR" }] },
    { text: "Une dizaine d’investisseurs de référence, parmi lesquels Geely, s’étaient engagés à hauteur de 420 millions de dollars américains.", want: [{ kind: "funding", value: 420e6, unit: "USD" }] },
    { text: "Le projet est chiffré à 96 M€. L'État apportera 18 M€ au titre de France 2030 et Bpifrance un prêt de 15 M€.", want: [{ kind: "money", value: 18e6, unit: "EUR" }, { kind: "funding", value: 15e6, unit: "EUR" }] },
    // ... and so is what a government injects into a project; into a company's capital it is a stake
    { text: "Norlume construira une usine de 4,6 milliards de dollars. Ottawa y injectera 920 millions et Québec 740 millions, sous forme de subventions et de prêts.", want: [
      { kind: "money", value: 4.6e9, unit: "USD" }, { kind: "money", value: 920e6, unit: "USD" }, { kind: "money", value: 740e6, unit: "USD" },
    ] },
    { text: "L'État injectera 3 milliards d'euros au capital d'EDF.", want: [{ kind: "funding", value: 3e9, unit: "EUR" }] },
    { text: "À Dresde, la Smart Power Fab, un chantier de 5 milliards d'euros soutenu à hauteur d'environ 1 milliard d'euros par Berlin au titre du Chips Act européen, a produit ses premières plaquettes.", want: [{ kind: "money", value: 1e9, unit: "EUR" }] },
    // An institution named with lower-case words: "la Banque européenne d’investissement" whole, not "Banque".
    { text: "La start-up Stellane a levé 140 millions d’euros auprès de Puy Horizon Capital et de la Banque européenne d’investissement.", want: [
      { kind: "funding", value: 140e6, unit: "EUR", subject: "Stellane", investors: ["Puy Horizon Capital", "Banque européenne d'investissement"] },
    ] },
    // A listing's proceeds: new shares and the over-allotment are funding.
    { text: "L'opération a permis de lever 740 millions d'euros, dont 600 millions d'euros d'augmentation de capital et 140 millions de cessions de titres. Elle pourra être portée à 851 millions d'euros en cas d'exercice intégral de l'option de surallocation.", want: [
      { kind: "funding", value: 740e6 }, { kind: "funding", value: 600e6 }, { kind: "funding", value: 851e6 },
    ] },
    // value lost in a session is an amount, not a valuation
    { text: "Nvidia a perdu 4,8 % et a effacé près de 240 milliards de dollars de capitalisation en une séance.", want: [{ kind: "money", value: 240e9, unit: "USD" }] },
    // "qui capitalise 2,9 milliards": a market value; "capitalise sur" builds on something
    { text: "Aixtron, qui capitalise 2,9 milliards d’euros, se paie 16 fois ses résultats 2028.", want: [{ kind: "valuation", value: 2.9e9, unit: "EUR", subject: "Aixtron" }] },
    { text: "Le groupe capitalise sur ses 300 millions d'euros de trésorerie pour racheter des concurrents.", want: [{ kind: "money", value: 300e6, unit: "EUR" }] },
    // an investor who "s'est engagé à hauteur de" is the round's investor, not its subject
    { text: "La société Tessane entre en Bourse. Bpifrance, entré au capital en 2023, s'est engagé comme investisseur de référence à hauteur de 120 millions d'euros.", want: [
      { kind: "funding", value: 120e6, subject: "Tessane", investors: ["Bpifrance"] },
    ] },
    // "Bpifrance y apporte à elle seule 250 M€": a share of the round just told, by that investor
    { text: "La pépite Corvane a annoncé une levée de 3 milliards d'euros menée par General Catalyst, avec la participation de Bpifrance. Bpifrance y apporte à elle seule 250 M€.", want: [
      { kind: "funding", value: 3e9 }, { kind: "funding", value: 250e6, subject: "Corvane", investors: ["Bpifrance"] },
    ] },
    // "Vendredi" is no verb of selling: the crowd's bare "1,2 million" takes no currency from the amount after it
    { text: "Vendredi, la foule a atteint 1,2 million, selon les organisateurs qui tablent sur 3 millions d'euros de recettes.", only: true, want: [{ kind: "money", value: 3e6, unit: "EUR" }] },
    // money put in, told by a participle after the amount: "avec près de 14 milliards de dollars injectés depuis 2019"
    { text: "Kestrel, premier investisseur de Vanta avec près de 14 milliards de dollars injectés depuis 2019, doit lui fournir du calcul.", want: [{ kind: "funding", value: 14e9, unit: "USD" }] },
    // A decimal comma opens no clause between an investor and the amount: "X prend 24,9 % du capital en souscrivant à".
    { text: "Le fonds Ardevel Capital prend 24,9 % du capital en souscrivant à une augmentation de capital de 620 millions de livres.", want: [
      { kind: "funding", value: 620e6, unit: "GBP", investors: ["Ardevel Capital"] },
    ] },
    // An investor whose acronym follows in brackets: "X (MCA) prend 20 % du capital".
    { text: "L'opérateur Kelvane lève des fonds. Le fonds souverain Marsa Capital Authority (MCA) prend 20 % du capital en souscrivant à une augmentation de capital de 300 millions de livres, valorisant Kelvane quelque 1,5 milliard de livres.", want: [
      { kind: "funding", value: 300e6, unit: "GBP", subject: "Kelvane", investors: ["Marsa Capital Authority"] }, { kind: "valuation", value: 1.5e9, unit: "GBP" },
    ] },
    // Quebec's "ronde": the round's sentence opener.
    { text: "La jeune pousse Lumacour annonce une ronde de série A de 30 millions de dollars canadiens. La ronde est menée par Capital Sainte-Anne, avec la participation du Fonds Laurentin.", want: [
      { kind: "funding", value: 30e6, unit: "CAD", investors: ["Capital Sainte-Anne", "Fonds Laurentin"] },
    ] },
    // Debt raised by a company is funding: its bonds and a private placement, as a loan is.
    { text: "Les obligations, d'un montant de 500 millions d'euros et d'une maturité de cinq ans, portent un coupon de 4,25 %.", want: [{ kind: "funding", value: 500e6, unit: "EUR" }] },
    { text: "S'y ajoute un placement privé de 120 millions de francs suisses auprès d'assureurs.", want: [{ kind: "funding", value: 120e6, unit: "CHF" }] },
    // A listing raises money: the gross proceeds, and what an investor subscribes in it.
    { text: "Le fabricant a exercé sa clause d'extension, portant le produit brut de son introduction en Bourse à 86 M€.", want: [{ kind: "funding", value: 86e6, unit: "EUR" }] },
    { text: "Le fonds régional, investisseur de référence, a souscrit à hauteur de 12 M€.", want: [{ kind: "funding", value: 12e6, unit: "EUR" }] },
    { text: "La société Ardelis entre en Bourse. Le fonds Quercy Souveraineté, investisseur de référence, a souscrit à hauteur de 12 M€.", want: [
      { kind: "funding", value: 12e6, subject: "Ardelis", investors: ["Quercy Souveraineté"] },
    ] },
    // Who completes a round brings funding: "complété par X, qui apporte 300 k€".
    { text: "Le tour de table est complété par le fonds Armor Amorçage, qui apporte 300 k€, et par un industriel, qui investit 250 k€ en actions.", want: [
      { kind: "funding", value: 300e3, unit: "EUR" }, { kind: "funding", value: 250e3, unit: "EUR" },
    ] },
    // A round named after the amount: "obtenu 3 M€ en amorçage".
    { text: "La société avait obtenu 3 M€ en amorçage en 2023.", want: [{ kind: "funding", value: 3e6, unit: "EUR" }] },
    // "valorise la société près de 2 milliards": the value of a company, without "à", in the document's currency.
    { text: "La jeune pousse a levé 90 millions d'euros. Le fonds Ardent mène le tour. L'opération valorise la société près de 1 milliard après l'augmentation de capital.", want: [
      { kind: "funding", value: 90e6, unit: "EUR" }, { kind: "valuation", value: 1e9, unit: "EUR", qualifier: "approx" },
    ] },
    // A valuation in the sentence before gives nothing to the next sentence's share of the money raised.
    { text: "Elle valorise l'entreprise à environ 150 M$ CA après l'investissement. Près de la moitié de l'enveloppe, soit 20 M$ CA, servira à louer des serveurs.", want: [
      { kind: "valuation", value: 150e6, unit: "CAD" }, { kind: "money", value: 20e6, unit: "CAD" },
    ] },
  ],
  [
    { text: "Le modèle GPT-4o est disponible depuis mai.", why: "no amount" },
    { text: "Il a vendu 300 000 voitures.", why: "a count, not money" },
    { text: "Le groupe a vendu 2 millions de véhicules, soit 150 000 de plus qu'en 2024.", why: "a count compared, not money" },
  ],
);

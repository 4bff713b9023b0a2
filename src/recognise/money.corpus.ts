// Examples for recogniseMoney: amounts with their ISO currency and full value.
import type { Corpus, CorpusCase } from "../corpus.js";
import { recogniseMoney } from "./money.js";

/** one sentence, each wanted amount as [value, currency, surface] */
function m(text: string, ...want: Array<[number | null, string, string]>): CorpusCase {
  return { text, want: want.map(([value, currency, surface]) => ({ value, currency, text: surface })) };
}

export const corpus: Corpus = {
  name: "money (amount + ISO 4217 currency)",
  recognise: (text) =>
    recogniseMoney(text).map((x) => ({ value: x.value, currency: x.currency, text: text.slice(x.start, x.end) })),
  positives: [
    m("OpenAI lève 6 milliards de dollars.", [6e9, "USD", "6 milliards de dollars"]),
    // the Pacific franc (XPF): "Fcfp", "F CFP", "MF CFP" (millions), its code, and bare francs in a story from Tahiti
    m("Le câble Tauhira coûtera 11 milliards de Fcfp.", [11e9, "XPF", "11 milliards de Fcfp"]),
    m("Kanoa a dégagé un bénéfice de 1 120 MF CFP, et son forfait coûte 3 850 F CFP.", [1.12e9, "XPF", "1 120 MF CFP"], [3850, "XPF", "3 850 F CFP"]),
    m("Le forfait d'entrée passe à 1 990 XPF.", [1990, "XPF", "1 990 XPF"]),
    // "$ AU" is Australian only in capitals: "95 M$ au titre de" is US dollars before "au"
    m("Le groupe a versé 95 M$ au titre des frais, et 12 $ AU par action.", [95e6, "USD", "95 M$"], [12, "AUD", "12 $ AU"]),
    m("La charge atteint 300 millions de $ c, et les ventes 10,05 milliards de $ hk.", [300e6, "CAD", "300 millions de $ c"], [10.05e9, "HKD", "10,05 milliards de $ hk"]),
    m("À Papeete, l'opérateur a investi 2,6 milliards de francs.", [2.6e9, "XPF", "2,6 milliards de francs"]),
    // bare francs in a paragraph set before the euro, with no other franc's country: French francs
    m("Son chiffre d'affaires culmine à 1,9 milliard de francs en 1989.", [1.9e9, "FRF", "1,9 milliard de francs"]),
    m("En 1994, il cède l'entreprise pour 1,2 milliard de francs, soit environ 290 millions d'euros d'aujourd'hui.", [1.2e9, "FRF", "1,2 milliard de francs"], [290e6, "EUR", "290 millions d'euros"]),
    m("Fondé à Genève en 1998, le groupe a vendu pour 3 millions de francs de montres.", [3e6, "CHF", "3 millions de francs"]),
    m("Le groupe a réalisé 15 milliards de francs de chiffre d'affaires en 2026.", [15e9, "CHF", "15 milliards de francs"]),
    // an exchange rate's unit ("pour un euro") is no amount of one
    { ...m("Le taux de change retenu est de 1,15 dollar pour un euro.", [1.15, "USD", "1,15 dollar"]), only: true },
    // a debt's price in cents for one of its currency: no amount of one
    { ...m("Sa tranche senior a glissé à 94 cents pour un dollar.", [0.94, "USD", "94 cents"]), only: true },
    // the rate told the other way round ("un dollar à 30,5 dollars taïwanais")
    { ...m("Les montants sont convertis sur la base d’un dollar à 30,5 dollars taïwanais.", [30.5, "TWD", "30,5 dollars taïwanais"]), only: true },
    { ...m("Au fixing, un euro contre 1,1620 dollar.", [1.162, "USD", "1,1620 dollar"]), only: true },
    // the unit a ratio is told for ("pour un dollar encaissé") is no amount of one
    { ...m("Pour un dollar encaissé, plus de treize dollars sont investis.", [13, "USD", "treize dollars"]), only: true },
    // one franc is written in the singular; "un franc" alone is no amount ("un franc succès")
    { ...m("À Zurich, la BNS voit le franc s'échanger autour de 0,93 franc pour un euro.", [0.93, "CHF", "0,93 franc"]), only: true },
    // Swiss francs written "Fr." before the amount
    m("Le centre coûtera Fr. 38 millions, et l'heure de calcul sera facturée Fr. 2.80.", [38e6, "CHF", "Fr. 38 millions"], [2.8, "CHF", "Fr. 2.80"]),
    m("Mistral lève 5,53 milliards d’euros.", [5.53e9, "EUR", "5,53 milliards d’euros"]),
    m("Mistral lève 5,53 milliards d'euros.", [5.53e9, "EUR", "5,53 milliards d'euros"]),
    m("xAI lève 6 milliards de dollars (5,53 milliards d’euros).", [6e9, "USD", "6 milliards de dollars"], [5.53e9, "EUR", "5,53 milliards d’euros"]),
    m("Le rachat se chiffre à 300 M€.", [3e8, "EUR", "300 M€"]),
    m("Le rachat se chiffre à 300M€.", [3e8, "EUR", "300M€"]),
    m("Une levée de 1,2 Md$.", [1.2e9, "USD", "1,2 Md$"]),
    m("Un plan de 4 Mds €.", [4e9, "EUR", "4 Mds €"]),
    m("Un budget de 2 Md€ pour 2025.", [2e9, "EUR", "2 Md€"]),
    m("Un contrat de 10 Mds$.", [1e10, "USD", "10 Mds$"]),
    m("Un salaire de 80 k€ par an.", [80000, "EUR", "80 k€"]),
    m("Une prime de 50 M$.", [5e7, "USD", "50 M$"]),
    m("Les revenus atteignent 4 milliards $.", [4e9, "USD", "4 milliards $"]),
    m("Un marché de 4 milliards de dollars américains.", [4e9, "USD", "4 milliards de dollars américains"]),
    m("Un marché de 40 milliards de dollars US.", [4e10, "USD", "40 milliards de dollars US"]),
    m("Il a payé 10 000 dollars.", [10000, "USD", "10 000 dollars"]),
    m("Le billet coûte $20.", [20, "USD", "$20"]),
    m("Le billet coûte 20 $.", [20, "USD", "20 $"]),
    m("Le billet coûte 20$.", [20, "USD", "20$"]),
    m("Un loyer de €3,000 par mois.", [3000, "EUR", "€3,000"]),
    m("Une amende de $1,500,000.", [1500000, "USD", "$1,500,000"]),
    m("Le prix est de EUR 20.", [20, "EUR", "EUR 20"]),
    m("Le prix est de 20 EUR.", [20, "EUR", "20 EUR"]),
    m("Une offre de USD 5 millions.", [5e6, "USD", "USD 5 millions"]),
    m("Un prêt de US$ 300 millions.", [3e8, "USD", "US$ 300 millions"]),
    m("Il a parié £10.", [10, "GBP", "£10"]),
    m("Il a parié 10 livres sterling.", [10, "GBP", "10 livres sterling"]),
    m("Un bénéfice de 361 millions de livres.", [3.61e8, "GBP", "361 millions de livres"]),
    // "livres" without a scale are money after a verb of paying
    m("Le club a versé 250 000 livres à Arsenal pour le défenseur.", [250000, "GBP", "250 000 livres"]),
    m("Il a déboursé 12 livres pour le billet.", [12, "GBP", "12 livres"]),
    // ... and in a story from a country of pounds
    m("À Londres, la tonne de cacao s'échange autour de 4 300 livres.", [4300, "GBP", "4 300 livres"]),
    m("Son salaire passera à environ 70 000 livres par semaine dans le club anglais.", [70000, "GBP", "70 000 livres"]),
    m("Au taux du marché de Beyrouth, il faut 89 500 livres pour un dollar.", [89500, "LBP", "89 500 livres"]),
    // ... but a document that weighs goods in pounds, with no country of the currency, means weight by them all
    m("Les acériculteurs ont produit 230 millions de livres de sirop d’érable. La réserve contient plus de 148 millions de livres."),
    m("Londres : le club a vendu 2 millions de livres de maillots, pour 90 millions de livres.", [9e7, "GBP", "90 millions de livres"]),
    // Indian scales: a crore is ten million, a lakh a hundred thousand
    m("Tata investira 2 500 crores de roupies dans l'usine.", [2.5e10, "INR", "2 500 crores de roupies"]),
    m("Un prêt de 40 lakhs de roupies.", [4e6, "INR", "40 lakhs de roupies"]),
    // "lakh crore", as the Indian press writes a trillion: a hundred thousand crores
    m("New Delhi consacrera 1,2 lakh crore de roupies à la mission.", [1.2e12, "INR", "1,2 lakh crore de roupies"]),
    m("Le ticket coûte dix euros.", [10, "EUR", "dix euros"]),
    m("L'État a versé un milliard d'euros.", [1e9, "EUR", "un milliard d'euros"]),
    m("Un euro symbolique.", [1, "EUR", "Un euro"]),
    m("Une amende de 2 millions de francs suisses.", [2e6, "CHF", "2 millions de francs suisses"]),
    m("Un don de 5 millions de yens.", [5e6, "JPY", "5 millions de yens"]),
    m("Un chiffre de 100 milliards de yuans.", [1e11, "CNY", "100 milliards de yuans"]),
    m("Une aide de 3 milliards de renminbi.", [3e9, "CNY", "3 milliards de renminbi"]),
    m("Une amende de 4 milliards de roubles.", [4e9, "RUB", "4 milliards de roubles"]),
    m("Un contrat de 2 milliards de dollars canadiens.", [2e9, "CAD", "2 milliards de dollars canadiens"]),
    m("Un projet de 125 millions de dollars australiens.", [1.25e8, "AUD", "125 millions de dollars australiens"]),
    m("Une cotation à 10 milliards de dollars de Hong Kong.", [1e10, "HKD", "10 milliards de dollars de Hong Kong"]),
    // (French papers also write "Hongkong" in one word; the singular and "de Taïwan" name the same dollars)
    m("Le titre a bondi à 38,40 dollars de Hongkong.", [38.4, "HKD", "38,40 dollars de Hongkong"]),
    m("Une prise de 1,2 milliard de dollars de Taïwan, soit un dollar de Singapour par action.", [1.2e9, "TWD", "1,2 milliard de dollars de Taïwan"], [1, "SGD", "un dollar de Singapour"]),
    m("Samsung investit 1 000 milliards de wons.", [1e12, "KRW", "1 000 milliards de wons"]),
    m("Un plan de 50 milliards de roupies indiennes.", [5e10, "INR", "50 milliards de roupies indiennes"]),
    // Bare "roupies" in French news are Indian ones (other rupees are named: "roupies pakistanaises").
    m("Le rachat, soit environ 205 milliards de roupies, sera payé en numéraire.", [205e9, "INR", "205 milliards de roupies"]),
    m("Un rachat de 7 milliards de couronnes suédoises.", [7e9, "SEK", "7 milliards de couronnes suédoises"]),
    m("Une vente de 309.381 yens.", [309381, "JPY", "309.381 yens"]),
    m("Un prix de 12,345 $.", [12.345, "USD", "12,345 $"]),
    m("Un prix de 125.000,50 $.", [125000.5, "USD", "125.000,50 $"]),
    m("1 USD et 23 centimes", [1.23, "USD", "1 USD et 23 centimes"]),
    m("Le titre vaut EUR29,99.", [29.99, "EUR", "EUR29,99"]),
    m("Le titre vaut GBP 3,01.", [3.01, "GBP", "GBP 3,01"]),
    m("Un contrat de 16,4 millions de $ CA.", [1.64e7, "CAD", "16,4 millions de $ CA"]),
    m("Une dette de 10,05 milliards de $ HK.", [1.005e10, "HKD", "10,05 milliards de $ HK"]),
    m("Une valorisation de 80 milliards de $.", [8e10, "USD", "80 milliards de $"]),
    m("Un financement de 2 millions de €.", [2e6, "EUR", "2 millions de €"]),
    m("dix shekels", [10, "ILS", "dix shekels"]),
    m("Il a reçu 10K$.", [10000, "USD", "10K$"]),
    m("Il a reçu $10k.", [10000, "USD", "$10k"]),
    m("Une dizaine de millions d'euros.", [1e7, "EUR", "Une dizaine de millions d'euros"]),
    m("Il a vendu 100 000 euros d'actions.", [100000, "EUR", "100 000 euros"]),
    m("Une hausse de 2 milliards et demi d'euros.", [2.5e9, "EUR", "2 milliards et demi d'euros"]),
    m("deux millions d’euros", [2e6, "EUR", "deux millions d’euros"]),
    m("Le fonds gère 1,5 milliard d'euros.", [1.5e9, "EUR", "1,5 milliard d'euros"]),
    m("Une taxe de 20 euros et une amende de 30 dollars.", [20, "EUR", "20 euros"], [30, "USD", "30 dollars"]),
    // Currency names shared by several countries take the country the document points to (currency-context.ts):
    // an explicit adjective first, then the nearest qualified mention of the same currency, then the
    // country, city and nationality words of the document, then a default.
    m("Riyad a débloqué une enveloppe de 15 milliards de riyals.", [15e9, "SAR", "15 milliards de riyals"]),
    m("Humain, le fonds saoudien, apporterait 20 milliards de riyals.", [20e9, "SAR", "20 milliards de riyals"]),
    m("Un contrat de 2 milliards de riyals.", [2e9, "SAR", "2 milliards de riyals"]),
    m("Le Qatar investit 10 milliards de riyals qatariens.", [10e9, "QAR", "10 milliards de riyals qatariens"]),
    m("À Doha, le stade a coûté 3 milliards de riyals.", [3e9, "QAR", "3 milliards de riyals"]),
    m("Téhéran a voté un budget de 5 000 milliards de rials.", [5000e9, "IRR", "5 000 milliards de rials"]),
    m("Abou Dhabi : la première phase coûtera 30 milliards de dirhams.", [30e9, "AED", "30 milliards de dirhams"]),
    m("Le fonds émirati MGX a engagé 4 milliards de dirhams.", [4e9, "AED", "4 milliards de dirhams"]),
    m("À Casablanca, l'usine a coûté 2 milliards de dirhams.", [2e9, "MAD", "2 milliards de dirhams"]),
    m("Le groupe a investi 500 millions de dirhams dans ses usines.", [5e8, "MAD", "500 millions de dirhams"]),
    m("Au Maroc, le fonds a investi 3 milliards de dirhams émiratis.", [3e9, "AED", "3 milliards de dirhams émiratis"]),
    m("Sa filiale a engagé 3,6 milliards de réals dans le réseau.", [3.6e9, "BRL", "3,6 milliards de réals"]),
    m("Un contrat de 2 milliards de reais.", [2e9, "BRL", "2 milliards de reais"]),
    m("Le groupe bernois a réalisé 15,1 milliards de francs de chiffre d'affaires.", [15.1e9, "CHF", "15,1 milliards de francs"]),
    m("À la Bourse suisse, l'action gagnait 1,8 % à 586 francs.", [586, "CHF", "586 francs"]),
    m("Un chiffre d'affaires de 15,1 milliards de francs. Le bénéfice recule à 1,55 milliard de CHF.", [15.1e9, "CHF", "15,1 milliards de francs"], [1.55e9, "CHF", "1,55 milliard de CHF"]),
    m("Une amende de 11 millions de francs.", [11e6, "CHF", "11 millions de francs"]),
    m("Le Sénégal lève 300 milliards de francs sur le marché régional.", [300e9, "XOF", "300 milliards de francs"]),
    m("À Dakar, le projet coûte 500 milliards de francs CFA.", [500e9, "XOF", "500 milliards de francs CFA"]),
    m("Le Cameroun a emprunté 200 milliards de francs CFA.", [200e9, "XAF", "200 milliards de francs CFA"]),
    m("Au Gabon, un budget de 3 000 milliards de FCFA.", [3000e9, "XAF", "3 000 milliards de FCFA"]),
    m("Un prêt de 50 milliards de FCFA.", [50e9, "XOF", "50 milliards de FCFA"]),
    m("Le kilo de cacao est payé 2 800 F CFA au producteur.", [2800, "XOF", "2 800 F CFA"]),
    m("Au Ghana, le prix atteint 58 000 cedis la tonne.", [58000, "GHS", "58 000 cedis"]),
    m("Ericsson a perdu 25 milliards de couronnes suédoises. Il vise 5 milliards de couronnes d'économies.",
      [25e9, "SEK", "25 milliards de couronnes suédoises"], [5e9, "SEK", "5 milliards de couronnes"]),
    m("Equinor a versé 40 milliards de couronnes norvégiennes. Il prévoit 10 milliards de couronnes en 2026.",
      [40e9, "NOK", "40 milliards de couronnes norvégiennes"], [10e9, "NOK", "10 milliards de couronnes"]),
    m("À Copenhague, Novo Nordisk a dégagé 100 milliards de couronnes de bénéfice.", [100e9, "DKK", "100 milliards de couronnes"]),
    m("Le fonds pétrolier de la Norvège a perdu 2 milliards de couronnes.", [2e9, "NOK", "2 milliards de couronnes"]),
    m("Prague a débloqué 10 milliards de couronnes pour ses centrales.", [10e9, "CZK", "10 milliards de couronnes"]),
    m("Une amende de 3 milliards de couronnes.", [3e9, "SEK", "3 milliards de couronnes"]),
    m("Un billet coûte 150 couronnes danoises.", [150, "DKK", "150 couronnes danoises"]),
    m("Le ticket vaut 40 couronnes suédoises ; l'abonnement, 900 couronnes.", [40, "SEK", "40 couronnes suédoises"], [900, "SEK", "900 couronnes"]),
    m("La Tunisie a emprunté 2 milliards de dinars.", [2e9, "TND", "2 milliards de dinars"]),
    m("Alger prévoit 10 000 milliards de dinars de dépenses.", [10000e9, "DZD", "10 000 milliards de dinars"]),
    m("Le Koweït a investi 5 milliards de dinars.", [5e9, "KWD", "5 milliards de dinars"]),
    m("Le port a coûté 30 milliards de dinars tunisiens.", [30e9, "TND", "30 milliards de dinars tunisiens"]),
    m("Buenos Aires a émis 500 milliards de pesos.", [500e9, "ARS", "500 milliards de pesos"]),
    m("Le Mexique a annoncé 200 millions de pesos d'aides.", [2e8, "MXN", "200 millions de pesos"]),
    m("Une banque argentine a prêté 10 milliards de pesos mexicains.", [10e9, "MXN", "10 milliards de pesos mexicains"]),
    m("Une amende de 40 millions de pesos chiliens.", [40e6, "CLP", "40 millions de pesos chiliens"]),
    m("Le Caire a annoncé 100 milliards de livres de subventions aux Égyptiens.", [100e9, "EGP", "100 milliards de livres"]),
    m("Un dépôt de 10 millions de livres libanaises.", [10e6, "LBP", "10 millions de livres libanaises"]),
    m("Ankara a débloqué 50 milliards de lires.", [50e9, "TRY", "50 milliards de lires"]),
    m("Lagos a levé 500 milliards de nairas.", [500e9, "NGN", "500 milliards de nairas"]),
    // East Africa's shillings: Kenya's by default, Uganda's or Tanzania's when the story is there; ISO codes after the amount
    m("La fintech de Nairobi a réuni 2,3 milliards de shillings kényans.", [2.3e9, "KES", "2,3 milliards de shillings kényans"]),
    m("À Kampala, le ticket moyen atteint 40 000 shillings.", [40000, "UGX", "40 000 shillings"]),
    m("Le prêt moyen est de 18 500 KES, remboursable en six mois.", [18500, "KES", "18 500 KES"]),
    m("Le kilo de café se paie 7 200 UGX à Mbale et 9 000 TZS à Moshi.", [7200, "UGX", "7 200 UGX"], [9000, "TZS", "9 000 TZS"]),
    m("L'opérateur éthiopien a investi 12 milliards de birrs.", [12e9, "ETB", "12 milliards de birrs"]),
    m("Le budget malgache prévoit 1 500 milliards d'ariary.", [1500e9, "MGA", "1 500 milliards d'ariary"]),
    m("Un plan de relance de 10 milliards de bahts.", [10e9, "THB", "10 milliards de bahts"]),
    m("Un investissement de 5 milliards de ringgits.", [5e9, "MYR", "5 milliards de ringgits"]),
    m("Varsovie a prêté 3 milliards de zlotys.", [3e9, "PLN", "3 milliards de zlotys"]),
    m("Une amende de 2 milliards de hryvnias.", [2e9, "UAH", "2 milliards de hryvnias"]),
    // Bare "dollars" stay US dollars after another dollar: French articles name the local dollar each
    // time and convert into US dollars right after it ("118 dollars de Hong Kong ... 40 milliards de dollars").
    m("Le titre vaut 118 dollars de Hong Kong, ce qui valorise le groupe 40 milliards de dollars.", [118, "HKD", "118 dollars de Hong Kong"], [40e9, "USD", "40 milliards de dollars"]),
    m("Ottawa a débloqué 2 milliards de dollars canadiens. Cohere a levé 500 millions de dollars.", [2e9, "CAD", "2 milliards de dollars canadiens"], [5e8, "USD", "500 millions de dollars"]),
    // Quebec usage: a Canadian article that writes US dollars as "$ US" gives its bare "$" and dollars in Canadian dollars.
    m("La jeune pousse montréalaise a récolté 240 M$, ce qui la valorise à 1,6 milliard de dollars, soit environ 1,15 milliard $ US.",
      [240e6, "CAD", "240 M$"], [1.6e9, "CAD", "1,6 milliard de dollars"], [1.15e9, "USD", "1,15 milliard $ US"]),
    m("Selon Investissement Québec, le tarif atteint 3,10 $ l'heure, contre 2 $ US chez AWS.", [3.1, "CAD", "3,10 $"], [2, "USD", "2 $ US"]),
    m("Ottawa a promis 2 milliards $ à l'IA canadienne ; les géants américains dépensent 400 milliards $US.", [2e9, "CAD", "2 milliards $"], [400e9, "USD", "400 milliards $US"]),
    // ... and so does one that names a Quebec outlet at its head, or speaks of Canada throughout in Quebec's
    // typography ("95 000 $", "38,12 $", "G$", "millions $"), without "$ US" anywhere
    m("Prêt de 18 millions à Lumicarte\nMarie Vaillancourt à Québec | 3 février 2027 | Économie\nLe gouvernement du Québec accorde un prêt de 18 millions de dollars à la firme de Québec. Le salaire moyen dépasse 95 000 $ à Montréal et au Canada.",
      [18e6, "CAD", "18 millions de dollars"], [95000, "CAD", "95 000 $"]),
    m("Halverston rachète Lisea pour 310 M$\nFrédérique Labrecque | 12 mai 2027\nLe groupe de Toronto paiera 310 M$ la québécoise Lisea, de Québec. L'action a clôturé à 38,12 $ à la Bourse de Toronto, où le Canada voit…",
      [310e6, "CAD", "310 M$"], [310e6, "CAD", "310 M$"], [38.12, "CAD", "38,12 $"]),
    m("Par Isabelle Saint-Onge, Le Soleil | 21 septembre 2027\nL'entreprise de Québec a obtenu 8,5 M$ l'an dernier.", [8.5e6, "CAD", "8,5 M$"]),
    m("Un texte de Gabrielle Duquette | ICI Mauricie–Centre-du-Québec | Publié le 8 mars 2027\nBorévia prévoit investir 1,4 milliard de dollars à Shawinigan.", [1.4e9, "CAD", "1,4 milliard de dollars"]),
    // (a French outlet on a Canadian company keeps US dollars: "dollars canadiens" are named when meant)
    m("Cohere, la licorne de Toronto, lève 500 M$ auprès d'investisseurs canadiens ; Ottawa et Montréal applaudissent, le Canada aussi.", [500e6, "USD", "500 M$"]),
    // ... and so does one about Canada in Quebec's words for money and news ("ronde d'amorçage", "investisseurs
    // providentiels", "infolettre"), which French outlets do not use
    m("La semaine techno · Infolettre\nLa montréalaise Pivelle a clôturé une ronde d'amorçage de 4,5 M$. Elle vise 2 M$ de revenus.",
      [4.5e6, "CAD", "4,5 M$"], [2e6, "CAD", "2 M$"]),
    m("La jeune pousse de Sherbrooke, au Québec, lève 3 M$ auprès d'investisseurs providentiels.", [3e6, "CAD", "3 M$"]),
    // Quebec "G$" is a billion dollars
    m("Les jeunes pousses québécoises ont récolté 1,1 G$ en 2025, contre 300 M$ US de capital américain.", [1.1e9, "CAD", "1,1 G$"], [300e6, "USD", "300 M$ US"]),
    // Moroccan dirhams: DH, MDH (millions), MMDH (billions)
    m("À Tanger, le mètre carré atteint 11.800 DH en moyenne.", [11800, "MAD", "11.800 DH"]),
    m("Le secteur a réalisé un chiffre d'affaires de 318 MMDH.", [318e9, "MAD", "318 MMDH"]),
    m("Le port a investi 850 MDH dans ses quais et 5,1 milliards de DH dans la zone franche.", [850e6, "MAD", "850 MDH"], [5.1e9, "MAD", "5,1 milliards de DH"]),
    m("Le loyer moyen est de 4 500 Dh par mois à Rabat.", [4500, "MAD", "4 500 Dh"]),
    // a singular crown, where the document names its currency in full
    m("Le site paiera environ 0,45 couronne le kilowattheure. Le marché a attiré 12 milliards de couronnes norvégiennes.",
      [0.45, "NOK", "0,45 couronne"], [12e9, "NOK", "12 milliards de couronnes norvégiennes"]),
    // Brazilian reais written with their symbol: the "$" of "R$" is no dollar
    m("La banque publique BNDES prêtera R$ 3,1 milliards au projet.", [3.1e9, "BRL", "R$ 3,1 milliards"]),
    m("Le contrat vaut R$12 millions.", [12e6, "BRL", "R$12 millions"]),
    // rupees take the document's country: India by default, Indonesia's in a Jakarta story
    m("À Jakarta, Semesta Digital investira 15 000 milliards de roupies dans ses centres de données.", [15000e9, "IDR", "15 000 milliards de roupies"]),
    m("Reliance a levé 8,55 milliards de roupies à Bombay.", [8.55e9, "INR", "8,55 milliards de roupies"]),
    m("Le Pakistan a obtenu 500 milliards de roupies.", [500e9, "PKR", "500 milliards de roupies"]),
    // a change between two amounts: the first takes the scale and currency of the second
    m("Son budget a été ramené de 72 à 38 millions d'euros.", [72e6, "EUR", "72"], [38e6, "EUR", "38 millions d'euros"]),
    // an infinitive or a present tense of change: "obtenu de réduire de 12 à 7,5 milliards", "baisse de 12 à 9 millions"
    m("Ondelis a obtenu de réduire de 12 à 7,5 milliards de dollars son contrat.", [12e9, "USD", "12"], [7.5e9, "USD", "7,5 milliards de dollars"]),
    m("Le déficit baisse de 12 à 9 millions d'euros.", [12e6, "EUR", "12"], [9e6, "EUR", "9 millions d'euros"]),
    m("Le dividende passe de 2,15 à 2,35 euros par action.", [2.15, "EUR", "2,15"], [2.35, "EUR", "2,35 euros"]),
    m("Le groupe relève son dividende de 0,85 à 1,10 euro par action.", [0.85, "EUR", "0,85"], [1.1, "EUR", "1,10 euro"]),
    m("La facture passera de 1,2 à 1,5 milliard d'euros.", [1.2e9, "EUR", "1,2"], [1.5e9, "EUR", "1,5 milliard d'euros"]),
    // amounts told "respectivement": the figures before the last take its scale and currency
    m("Quaestor et Hélicie ont apporté respectivement 6 et 4 millions d'euros.", [6e6, "EUR", "6"], [4e6, "EUR", "4 millions d'euros"]),
    m("Les trois fonds ont versé respectivement 12, 9 et 3 millions de francs.", [12e6, "CHF", "12"], [9e6, "CHF", "9"], [3e6, "CHF", "3 millions de francs"]),
    // three words between the verb and "de"; and a second change in the sentence that leaves its verb out
    m("L'analyste a relevé son objectif de cours de 290 à 315 fr.", [290, "CHF", "290"], [315, "CHF", "315 fr."]),
    m("L’abonnement standard passera de 14,90 francs à 16,90 francs par mois dès le 1er juin, et la formule familiale de 21,90 à 24,90 francs.", [14.9, "CHF", "14,90 francs"], [16.9, "CHF", "16,90 francs"], [21.9, "CHF", "21,90"], [24.9, "CHF", "24,90 francs"]),
    // Taiwan dollars as "NT$", Lebanese pounds as "LL"
    m("Les ventes ont atteint NT$ 398,1 milliards sur l'année.", [398.1e9, "TWD", "NT$ 398,1 milliards"]),
    m("Le forfait coûte 85 millions LL à Beyrouth.", [85e6, "LBP", "85 millions LL"]),
    // Tunisian dinars: "DT", and "MD" for millions of dinars
    m("Les exportations ont atteint 5 200 MD, pour un prix de 12,500 DT le litre.", [5200e6, "TND", "5 200 MD"], [12.5, "TND", "12,500 DT"]),
    // "ME" for millions of euros, as Boursier.com and market wires write them
    m("La société lève 14,2 ME, après une perte de 4,1 ME au premier semestre.", [14.2e6, "EUR", "14,2 ME"], [4.1e6, "EUR", "4,1 ME"]),
    // bare dinars take the country's abbreviation the document uses ("DT": Tunisia), with no country named
    m("Le titre vaut 14,20 DT, et le conseil propose un dividende de 0,450 dinar par action.", [14.2, "TND", "14,20 DT"], [0.45, "TND", "0,450 dinar"]),
    // Algerian dinars: "DA"
    m("L'État apporte 27 milliards de DA, et le ticket coûte 500 DA.", [27e9, "DZD", "27 milliards de DA"], [500, "DZD", "500 DA"]),
    // centimes and cents alone: a hundredth of the currency they are named after, else of the document's
    // money nearby (Swiss francs in Geneva), else euro cents
    m("Le tarif passera à 14,5 centimes le kilowattheure, contre 52 centimes d'euro l'an dernier.", [0.145, "EUR", "14,5 centimes"], [0.52, "EUR", "52 centimes d'euro"]),
    m("Genève facture 1,2 million de francs par an, soit 9 centimes par habitant.", [1.2e6, "CHF", "1,2 million de francs"], [0.09, "CHF", "9 centimes"]),
    m("L'action a perdu 35 cents, à 4,10 dollars.", [0.35, "USD", "35 cents"], [4.1, "USD", "4,10 dollars"]),
    m("Le litre coûte 3 centimes de franc de plus.", [0.03, "CHF", "3 centimes de franc"]),
    m("L'électricité sera rachetée au tarif de 44,90 €/MWh (soit 4,49 c€/kWh).", [44.9, "EUR", "44,90 €"], [0.0449, "EUR", "4,49 c€"]),
    // vague amounts: no value
    m("Une fraude de plusieurs milliards de dollars.", [null, "USD", "plusieurs milliards de dollars"]),
    m("Des milliards de dollars investis.", [null, "USD", "Des milliards de dollars"]),
    m("Quelques millions d'euros suffiront.", [null, "EUR", "Quelques millions d'euros"]),
    m("Des centaines de millions de dollars.", [null, "USD", "Des centaines de millions de dollars"]),
  ],
  negatives: [
    { text: "La gamme 3 MED et le modèle 15 MEX sortent en mai.", why: "an M and an E in a longer word are no millions of euros" },
    { text: "Il a écrit neuf livres.", why: "livres = books without a scale" },
    { text: "Depuis 2020 ils ont doublé.", why: "'ils' is a pronoun, not the ILS code" },
    { text: "Un dollar fort pèse sur les exportations.", why: "no amount: 'un dollar fort' is the currency" },
    { text: "Le salon de Genève a remporté un franc succès.", why: "'franc' the adjective: no amount of one franc" },
    { text: "Vantrel n'a pas un euro de dette, et le fonds a grandi sans un dollar public.", why: "a negation: no amount of one" },
    { text: "« Personne n’a encore payé un euro de réservation ferme », observe l'économiste.", why: "a negation by its subject: no amount of one" },
    { text: "« Nous n'avons pas levé un euro depuis 2024 », assure le fondateur, et le club n'a jamais touché un dollar.", why: "a negation with the verb between: no amount of one" },
    { text: "Budapest invoque un forint qui a perdu un quart de sa valeur.", why: "'un forint qui': the currency itself" },
    { text: "Combien vaut un euro de revenu dans l’IA ? Chaque euro dépensé est un euro de moins pour la fibre.", why: "'un euro de …': the unit a ratio is told for" },
    { text: "Près d’un euro sur quatre donné par le public passe par les legs.", why: "'un euro sur quatre': a share" },
    { text: "Le nombre de salariés est passé de 72 à 38.", why: "a change between two bare numbers" },
    { text: "Le dollar a progressé de 2 %.", why: "a percentage, not an amount" },
    { text: "Nvidia a vendu 20 000 H100.", why: "no currency" },
    { text: "Il y a 10 de dollars.", why: "'de' needs a scale before it" },
    { text: "La zone euro compte 20 pays.", why: "currency name not after the number" },
    { text: "M. Dupont a 300 M. de fans", why: "M alone is no scale without a currency" },
    { text: "Le club a remporté 15 couronnes nationales.", why: "crowns: bare 'couronnes' with no scale needs a qualified mention in the document" },
    { text: "Il a posé trois couronnes dentaires.", why: "crowns" },
    { text: "Le roi a reçu 1 couronne et 2 sceptres.", why: "a crown: no qualified crown in the document" },
    { text: "Le groupe DH Partners a 300 salariés.", why: "DH before no number" },
    { text: "L'imprimante affiche 3 D sur son écran et 4 MD de mémoire.", why: "'D' alone and 'MD' without dinars in the document" },
    { text: "Un franc succès pour le film.", why: "franc = frank, not a currency" },
    { text: "Il a écrit 12 livres sur la Turquie.", why: "books: no scale" },
    { text: "L'éditeur a vendu 400 000 livres cette année.", why: "books sold: selling is no paying" },
    { text: "Le franc suisse a pris trois centimes face à l'euro, et des centaines de clients ont suivi.", why: "centimes in words and 'centaines' are not read" },
  ],
};

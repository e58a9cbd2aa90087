import FiguresRecognizer

/// A set of lower-case words tested straight from token bytes, without building strings.
struct WordSet: Sendable {
    let table: WordTable
    /// The words' first two bytes, each folded to its low five bits (so either case of a letter
    /// gives the same bit), as a 32 x 32 bitmap; a one-byte word uses 0 for its second.
    private let prefixes: [UInt64]
    private let shortest: Int
    private let longest: Int

    init(_ words: [String]) {
        table = WordTable(words.map { ($0, 1) })
        var bits = [UInt64](repeating: 0, count: 16)
        for word in words {
            let index = Self.prefixIndex(Array(word.utf8.prefix(2)))
            bits[index >> 6] |= 1 << UInt64(index & 63)
        }
        prefixes = bits
        shortest = words.map(\.utf8.count).min() ?? 0
        longest = words.map(\.utf8.count).max() ?? 0
    }

    @inline(__always)
    private static func prefixIndex(_ bytes: some Collection<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        let first = Int(iterator.next().map { $0 & 0x1F } ?? 0)
        let second = Int(iterator.next().map { $0 & 0x1F } ?? 0)
        return first << 5 | second
    }

    /// False when word token `token` cannot be in the set: its length is out of the words' range
    /// or no word starts with its first two letters. Cheaper than ``contains(_:in:)`` (no hash
    /// probe) and never false for a word that is in the set.
    @inline(__always)
    func mayContain(_ token: Token, in p: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = Int(token.length)
        guard length >= shortest, length <= longest else { return false }
        let start = Int(token.start)
        let index = Self.prefixIndex(UnsafeBufferPointer(rebasing: p[start..<start + min(length, 2)]))
        return prefixes[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { table.lookup(bytes) != nil }
    func contains(_ token: Token, in text: UnsafeBufferPointer<UInt8>) -> Bool { table.lookup(token, in: text) != nil }
    func contains(_ word: String) -> Bool { table.lookup(word) != nil }
}

/// Word sets the extractor tests tokens against, built once.
enum WordSets {
    static let powerNouns: WordSet = WordSet(["sector", "industry", "generation", "plants"])
    static let sectorNouns: WordSet = WordSet(["sector", "sectors", "industry", "industries", "field", "fields", "projects",
                                               "platform", "platforms", "refinery", "refineries", "project", "cluster", "clusters",
                                               "park", "parks", "complex", "plant", "plants", "farm", "farms", "production", "operations", "operation"])
    /// Words between a preposition and its country: "in neighbouring Georgia", "in eastern Serbia",
    /// "in south China's Guangdong province", "in mainland China".
    /// Sides of the compass as adjectives ("its southern neighbour", "in eastern Serbia").
    static let compassAdjectiveWords = ["eastern", "western", "northern", "southern", "northeastern", "northwestern", "southeastern", "southwestern"]
    static let compassAdjectives: WordSet = WordSet(compassAdjectiveWords)
    static let placeAdjectives: WordSet = WordSet(compassAdjectiveWords + ["neighbouring", "neighboring", "fellow", "central", "north", "south", "east",
                                                   "west", "northeast", "northwest", "southeast", "southwest", "mainland", "other"])
    static let investorNouns: WordSet = WordSet(["investor", "investors"])
    /// The second word of an organisation named after an indicator ("Export Finance", "Trade Bank").
    static let organisationNouns: WordSet = WordSet([
        "finance", "bank", "agency", "authority", "board", "centre", "center", "ministry", "minister", "promotion", "fund",
        "corporation", "commission", "office", "organization", "organisation", "association", "chamber", "council", "forum",
        "zone", "department", "committee", "policy", "secretary", "representative",
    ])
    /// Nouns that stand for a country named before ("the kingdom"); "republic" is left out, as
    /// it starts names ("the Republic of Korea").
    static let countryNouns: WordSet = WordSet(["country", "island", "kingdom", "nation", "republic", "neighbour", "neighbor", "emirate", "sultanate", "bloc"])
    /// Lower-case words that describe a country in a phrase standing for it ("the neighbouring country").
    static let countryDescribers: WordSet = WordSet(["neighbouring", "neighboring", "brotherly", "friendly", "fraternal", "landlocked"])
    static let pairNouns: WordSet = WordSet(["countries", "nations", "sides", "states", "economies", "partners"])
    static let measureFollowers: WordSet = WordSet(["in", "of", "worth", "last", "this", "a", "per", "annually", "for", "during", "by", "and", "from", "to", "at", "over", "since"])
    static let perWords: WordSet = WordSet(["per", "a", "an", "each"])
    static let unitPrefixes: WordSet = WordSet(["metric", "cubic", "square", "thousand"])
    static let investVerbWords = ["put", "puts", "putting", "poured", "pour", "pours", "pouring", "pumped", "pump", "injected", "inject", "injecting", "channelled", "channeled", "ploughed", "plowed", "sunk"]
    static let investVerbs: WordSet = WordSet(investVerbWords)
    static let companyOwners: WordSet = WordSet(["company", "company's", "firm", "group", "bank", "retailer", "its", "their"])
    static let exportModifierHeads: WordSet = WordSet(["markets", "market", "promotion", "agency", "hub", "destinations", "potential", "ban", "licence", "license", "quota", "quotas"])
    static let investmentModifierHeads: WordSet = WordSet(["bank", "banks", "fund", "funds", "climate", "banker", "bankers", "grade", "firm", "company", "vehicle", "agreement", "agreements", "forum", "conference", "summit", "council", "committee", "agency", "promotion", "opportunities", "projects", "project", "programme", "program", "portfolio", "protection", "treaty"])
    /// Businesses whose turnover is their sales: "the turnover of the retail chain".
    static let businessNouns: WordSet = WordSet(["companies", "firms", "chain", "chains", "business", "businesses", "stores", "shops", "retailers", "enterprise", "club", "port", "exchange"])
    static let projectNouns: WordSet = WordSet(["projects", "project", "programme", "program"])
    static let keywordFillers: WordSet = WordSet(["in", "of", "worth", "the", "annual", "direct", "foreign", "total", "bilateral", "mutual", "trade", "its", "new", "international",
                                                   "registered", "disbursed", "approved", "public", "private", "domestic", "outbound", "outward",
                                                   "inbound", "inward", "overseas", "licensed", "realised", "realized", "committed",
                                                   "planned", "actual", "merchandise", "downstream", "upstream", "industry", "industrial", "greenfield", "additional",
                                                   "fresh", "further", "cumulative", "accumulated", "fixed", "asset"])
    /// Where invested money comes from, joined by "and": "public and private", "domestic and foreign".
    static let investmentOrigins: WordSet = WordSet(["public", "private", "domestic", "foreign"])
    /// Verbs of export earnings: "earned $2 billion from cocoa exports", "raked in …", "fetched …".
    static let earnVerbs: WordSet = WordSet(["earned", "earn", "earns", "earning", "fetched", "fetch", "fetches", "generated",
                                             "generate", "generates", "netted", "raked", "brought", "bringing", "secured", "secures"])
    /// "now", "currently": a level today, not a goal.
    static let nowWordList = ["now", "currently", "presently"]
    static let nowWords: WordSet = WordSet(nowWordList)
    /// "export earnings", "export receipts": nouns that name the value of exports after "export".
    /// A company's own figures: "the firm's export revenue".
    static let companyNouns: WordSet = WordSet(["company", "firm", "group", "bank", "retailer", "manufacturer", "producer", "exporter", "maker"])
    static let earningsNouns: WordSet = WordSet(["earnings", "receipts", "revenue", "revenues"])
    static let delegationNouns: WordSet = WordSet(["delegation", "delegations", "mission", "missions", "survey", "surveys", "poll", "polls", "sample"])
    /// "has been invested", "were exported": auxiliaries of a passive between an amount and its verb.
    static let passiveAuxiliaries: WordSet = WordSet(beVerbWords + ["has", "have", "had"])
    /// Words that, with an amount in the sentence, may refer back to the figure before ("the
    /// figure was", "This compares with"): the sentence filter lets them through.
    static let backReferenceWords = ["figure", "compares"]
    static let numberVerbWords = ["number", "numbered", "numbers"]
    static let numberVerbs: WordSet = WordSet(numberVerbWords)
    static let backReferences: WordSet = WordSet(["this", "that", "these", "which", "the"])
    /// "the largest source", "the top contributors": a share of the figure before, by country.
    static let sourceNounWords = ["source", "sources", "contributor", "contributors"]
    static let sourceNouns: WordSet = WordSet(sourceNounWords)
    /// "China topped the list with 159 billion baht": a ranking of the figure before, by country.
    static let rankingVerbWords = ["topped", "tops", "headed", "heads"]
    static let rankingVerbs: WordSet = WordSet(rankingVerbWords)
    /// "ranked first", "came second"
    static let placeOrdinals: WordSet = WordSet(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"])
    static let rankingNouns: WordSet = WordSet(["list", "ranking", "rankings", "table", "chart"])
    static let marketNounWords = ["market", "markets", "destination", "destinations", "buyer", "buyers", "customer", "customers"]
    static let marketNouns: WordSet = WordSet(marketNounWords)
    /// Nouns for investment flows that stand for the investment before them: "Actual inflows
    /// amounted to $18.8 billion", "pledges from the United States came to $8.7 billion".
    static let flowNounWords = ["inflows", "inflow", "pledges"]
    static let flowNouns: WordSet = WordSet(flowNounWords)
    /// Prepositions before a period: "in 9M", "during H1".
    static let periodLeads: WordSet = WordSet(["in", "during", "for", "over", "through", "throughout"])
    /// "Singapore led with USD 6.1 billion": a verb between a listed country and "with".
    static let leadVerbs: WordSet = WordSet(["led", "leads", "ranked", "ranks", "came", "comes", "topped", "tops", "followed"])
    /// Investment going abroad: "outbound", "outward", "overseas".
    static let outwardWordList = ["outbound", "outward", "overseas"]
    static let outwardWords: WordSet = WordSet(outwardWordList)
    /// Verbs whose object a ranking leaves behind: "Mexico overtook China as the largest market".
    static let overtakingVerbs = WordSet(["overtook", "overtaken", "overtaking", "overtakes", "overtake", "surpassed", "surpassing", "surpasses",
                                          "replaced", "replacing", "replaces", "displaced", "displacing", "displaces", "outpaced", "outstripped",
                                          "dethroned", "unseated"])
    /// Continents and world regions, hosts that are no one country: "investment in Europe",
    /// "in Southeast Asia", "in Latin America", "in the Caribbean".
    static let worldRegions: WordSet = WordSet(["europe", "africa", "asia", "oceania", "americas", "eurasia", "caribbean", "balkans",
                                                "scandinavia", "latin"])
    /// Verbs right before an amount that take it in: "manufacturing attracted $486 million",
    /// "Mexico received $35 billion".
    static let receiptVerbs = WordSet(["attracted", "received", "recorded", "captured"])
    static let rankWords: WordSet = WordSet(["largest", "biggest", "top", "leading", "main", "major", "principal"])
    /// A ranked place held: "attracted the largest share", "retained the top spot".
    static let placeVerbs: WordSet = WordSet(["attracted", "received", "captured", "took", "takes", "retained", "held", "holds", "kept", "had"])
    static let placeNouns: WordSet = WordSet(["share", "spot", "place", "position", "slot"])
    /// Trade roles a ranking names its places by after "was the largest": "Russia was the largest
    /// supplier with $31.6 billion", "the biggest market at". (Investment's "the largest source
    /// with", "the top investor with" rank the figure before by other rules.)
    static let rankedRoleNouns: WordSet = WordSet(tradeRoleNounWords + ["exporter", "importer", "partner"])
    static let raiseVerbs: WordSet = WordSet(["raise", "increase", "boost", "bring", "double", "triple", "lift", "expand", "grow", "take",
                                              "raising", "increasing", "boosting", "bringing", "lifting", "expanding", "taking"])
    static let possessivePronouns: WordSet = WordSet(["its", "their"])
    static let clauseConjunctions: WordSet = WordSet(["while", "whereas", "but", "although", "though", "meanwhile"])
    /// Words after ", as" that make no clause of cause: ", as well as", ", as part of", ", as of".
    static let asPhraseHeads: WordSet = WordSet(["well", "part", "of", "a", "an", "the", "much", "many", "high", "low", "long", "far", "such", "per", "against", "compared", "opposed", "measured", "shown"])
    /// Traders ranked by what they sell or buy: "the largest exporter to Ukraine", "the biggest buyer".
    static let exporterNouns: WordSet = WordSet(["exporter", "exporters", "supplier", "suppliers", "seller", "sellers"])
    static let importerNouns: WordSet = WordSet(["importer", "importers", "buyer", "buyers", "purchaser", "purchasers"])
    /// ", most of it", ", many of them": a part of what was just counted.
    static let partQuantifiers: WordSet = WordSet(["most", "many", "much", "some", "half", "all", "part", "several", "few", "two", "three"])
    static let commaConjunctions: WordSet = WordSet(["and", "but", "while", "whereas"])
    static let reportingVerbs: WordSet = WordSet(["said", "says", "told", "according", "announced", "reported", "noted", "stated", "added", "showed", "show", "shows"])
    static let thisOrLast: WordSet = WordSet(["this", "last"])
    static let annualWords = WordSet(["annual", "annually", "yearly", "annum"])
    static let comparisonLeads = WordSet(["up", "down", "rising", "falling", "rose", "fell", "increase", "decrease", "compared", "growth"])
    /// What follows them is a comparison ("0.6% more than in the same period of 2023").
    /// Verbs of change before "to": "rose to $5 billion from $4 billion".
    static let changeVerbs = WordSet(["rose", "fell", "increased", "decreased", "grew", "declined", "jumped", "dropped", "climbed",
                                      "slipped", "surged", "soared", "plunged", "slid", "edged", "eased", "dipped", "rising", "falling",
                                      "contracted", "expanded", "shrank", "tumbled", "rebounded", "recovered", "widened", "narrowed"])
    /// Words between a country's possessive and its trade keyword: "Vietnam's total import and export turnover".
    static let tradeTotalWords = WordSet(["total", "overall", "foreign", "external", "merchandise", "goods", "import", "export", "imports", "exports", "and"])
    static let multiplyVerbs = WordSet(["doubled", "tripled", "trebled", "quadrupled", "halved", "doubling", "tripling"])
    static let comparisons = WordSet(["compared", "versus", "vs", "against", "than"])
    /// Currencies an exchange rate is quoted against: "Tk 108 per dollar", "to the euro".
    static let rateCurrencies = WordSet(["dollar", "euro", "greenback", "yuan", "yen", "pound", "rupee", "ruble", "rouble"])
    /// "two years earlier", "three months": a duration, never a count of anything.
    static let durationUnits = WordSet(["years", "months", "weeks", "days", "decades", "quarters", "hours", "year", "month"])
    /// Names a year is part of: "Vision 2030", "Agenda 2063", "Expo 2020".
    static let yearNames = WordSet(["vision", "agenda", "expo", "centennial"])
    /// Words between a sector and a trade keyword: "non-oil foreign trade", "non-oil bilateral trade".
    static let tradeAdjectives = WordSet(["foreign", "bilateral", "external", "total", "overall"])
    /// "double the level a year earlier", "the figure of 2022": a level, not an amount, compared with.
    static let levelNouns = WordSet(["level", "levels", "figure", "total", "tally"])
    static let targetNouns = WordSet(["target", "goal", "targets", "goals", "forecast"])
    /// "is", "was": before an -ing form they make a progressive, which reports ("trade was growing").
    static let beVerbWords = ["is", "are", "was", "were", "been", "be"]
    static let beVerbs = WordSet(beVerbWords)
    static let amountEnds = WordSet(["billion", "million", "trillion", "bn", "mn", "mln", "yen", "yuan", "dollars", "euros",
                                      "rubles", "roubles", "manats", "lira", "rupees", "tenge", "pounds", "won", "crore", "lakh",
                                      "rials", "riyals", "dirhams", "dinars", "pesos", "reais", "rand", "naira", "manat", "lari",
                                      "soms", "som", "francs", "baht", "ringgit", "rupiah", "dong", "zlotys", "forints", "kroner",
                                      "kronor", "shillings", "cedis", "kina", "taka", "leva", "lei", "hryvnias", "drams", "soums",
                                      "trn", "tn", "bln"])
    /// Nouns after an indicator that make its amount a plan ("investment pledges").
    static let pledgeNouns = WordSet(["pledges", "pledge", "commitments", "commitment", "plans", "intentions", "package", "packages"])

    /// Verbs of trade that name a figure only right before its amount ("shipped $594-billion worth
    /// of goods", "sold just A$12 million worth of wine"), not "sold its stake …, and … $2 billion".
    /// Words opening an aside after a keyword ("non-oil exports, including re-exports, reached …",
    /// "car exports, largely re-exports to Kazakhstan, …"): a keyword inside the aside is not the
    /// amount's.
    /// "which include(s) re-exports": an aside of what a figure holds.
    static let inclusionVerbs = WordSet(["include", "includes", "included", "exclude", "excludes", "excluded", "cover", "covers"])
    static let asideLeads = WordSet(["including", "excluding", "largely", "mostly", "mainly", "chiefly", "primarily",
                                     "predominantly", "notably", "especially", "particularly"])
    /// The flows of direct investment that reports name without a keyword of their own ("inflows to
    /// Brazil almost doubled, to $86 billion", "Flows to Ethiopia rose … to $4.3 billion"), read so
    /// only in an article that names direct investment before them.
    static let investmentFlowWords = ["inflows", "inflow", "outflows", "outflow", "flows"]
    static let investmentFlows = WordSet(investmentFlowWords)
    /// Flows that are not direct investment ("portfolio inflows", "remittance inflows").
    static let otherFlowKinds = WordSet(["portfolio", "remittance", "remittances", "debt", "bond", "hot", "tourist", "visitor",
                                         "migrant", "refugee", "deposit", "cash", "trade", "aid", "oil", "gas", "water", "traffic"])
    /// Verbs whose object is described after it ("making the country the largest recipient"): a
    /// country noun there is the country just named, no other.
    static let complementVerbs = WordSet(["making", "make", "makes", "made", "leaving", "keeping", "turning", "ranking"])
    /// Verbs of an answer's "it" before an amount ("it was about $1.1 billion", "it came to").
    static let answerVerbs = WordSet(["was", "is", "came", "comes", "hit", "rose", "grew", "fell", "topped"])
    /// Ranked roles in a country's trade: markets its goods go to, suppliers its imports come from.
    static let tradeRoleNounWords = marketNounWords + ["supplier", "suppliers"]
    static let tradeRoleNouns = WordSet(tradeRoleNounWords)
    /// Words that list an amount against a ranked country ("with $1.8 billion", "taking JD411 million worth").
    static let listingWords = WordSet(["with", "at", "taking", "absorbing", "buying", "worth", "receiving", "accounting", "supplying", "bought", "took"])
    /// "Of last year's total, …", "Of the amount, …": nouns for the figure before.
    static let totalNouns = WordSet(["total", "amount", "sum", "figure", "tally"])
    /// Verbs promising money: "has pledged $17 billion for a chip plant".
    static let pledgeVerbWords = ["pledged", "committed", "earmarked", "pledges", "commits"]
    static let pledgeVerbs = WordSet(pledgeVerbWords)
    /// Facilities money is promised for ("a chip plant", "a cathode plant", "a new factory").
    static let facilityNouns = WordSet(["plant", "plants", "factory", "factories", "facility", "facilities", "gigafactory", "mill", "mills", "phase",
                                        "mine", "refinery", "smelter", "complex", "hub", "campus", "project", "projects", "fab", "fabs"])
    /// Verbs of building a facility: "will build a $1.3 billion plant in Mexico".
    static let buildVerbWords = ["build", "builds", "building", "built", "construct", "constructs", "constructing", "constructed"]
    static let buildVerbs = WordSet(buildVerbWords)
    /// Facilities that are built (not "facility", also a loan's: "a $1 billion adjustment facility").
    static let builtFacilityNouns = WordSet(["plant", "plants", "factory", "factories", "gigafactory", "refinery", "smelter",
                                             "mill", "campus", "terminal"])
    /// Verbs of a part of a total: "the United States contributed $13.2 billion", "accounted for".
    static let shareVerbs = WordSet(["contributed", "accounted", "provided", "supplied", "made", "accounting", "contributing"])
    /// Verbs of selling and of buying goods across a border, the lexicon's keywords of exports and
    /// imports before an amount ("shipped $594-billion worth", "bought $46 billion of Russian oil").
    static let sellVerbWords = ["shipped", "sold", "sells", "sell", "selling"]
    static let buyVerbWords = ["bought", "buys", "purchased"]
    static let tradeVerbs = WordSet(sellVerbWords + buyVerbWords)
    /// Verbs of buying (not "imported", which names the flow).
    static let buyVerbs = WordSet(buyVerbWords)

    /// Words that end a run of noun modifiers before a company noun ("60 workers at Chinese firms").
    static let functionWords = WordSet([
        "in", "of", "for", "to", "with", "at", "by", "from", "on", "into", "as", "the", "a", "an", "and", "or", "but", "that",
        "which", "who", "whose", "are", "is", "was", "were", "be", "been", "have", "has", "had", "will", "would", "can", "could",
        "per", "than", "while", "where", "when", "its", "their", "his", "her", "our", "this", "these", "those", "each", "all",
        "people", "workers", "jobs", "employees", "staff", "times", "percent", "cent", "years", "days", "projects", "delegates",
    ])

    /// What trades at a price ("the US dollar traded at 360,000 rials", "shares trade at").
    static let tradedThings = WordSet(["dollar", "dollars", "euro", "currency", "shares", "stock", "stocks", "bonds", "rial", "lira",
                                       "ruble", "rouble", "rupee", "yuan", "yen", "naira", "rand", "peso", "ringgit", "won", "it", "they"])
    static let asOfLeads: WordSet = WordSet(["of", "at", "by", "until", "through", "till"])
    static let monthLeads: WordSet = WordSet(["in", "for", "during", "of"])
}

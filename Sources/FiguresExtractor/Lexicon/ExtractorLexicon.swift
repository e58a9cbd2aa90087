import FiguresCore
import FiguresRecognizer

/// The extractor's word lists: indicators, blockers, company nouns, sectors, target and period
/// cues. General English, not tuned to any article; matched case-insensitively from token bytes.
struct ExtractorLexicon: Sendable {
    struct Entry: Sendable {
        var cues: Cue = []
        var indicator: Indicator?
        /// A verb form ("invested", "exported"): its subject is the investor or exporter.
        var isVerb = false
        var sector: String?
    }

    let table: WordTable
    let entries: [Entry]
    /// The cues of each entry, apart: the hot path asks only for cues, without copying an entry.
    let cues: [Cue]
    /// The words carrying one of ``figureCues``, the investment verbs ("put $2 billion into"),
    /// the source and market nouns ("the largest source, with $15 billion", "the main
    /// destination"), the flow nouns ("inflows", "pledges"), "number" ("their total number") and
    /// "figure", "compares" ("the figure was …"):
    /// a sentence without any of them holds no figure (see ``Extractor/mayHoldFigure(_:context:)``).
    let figureWords: WordSet

    /// Cues without which ``SentenceRules/classify(_:)`` classifies nothing: an indicator keyword,
    /// a company noun, "capital".
    static let figureCues: Cue = [.indicator, .company, .capitalNoun]

    static let shared = ExtractorLexicon()

    init() {
        var map: [String: Entry] = [:]
        func add(_ words: String, _ cue: Cue, indicator: Indicator? = nil, verb: Bool = false, sector: String? = nil) {
            for word in words.split(separator: " ") {
                var entry = map[String(word)] ?? Entry()
                entry.cues.formUnion(cue)
                if let indicator { entry.indicator = indicator }
                if verb { entry.isVerb = true }
                if let sector { entry.sector = sector }
                map[String(word)] = entry
            }
        }
        add("investment investments fdi odi ofdi investors investor capex", .indicator, indicator: .investment)
        add("invest invested invests investing", .indicator, indicator: .investment, verb: true)
        // "expects to deploy up to $10 billion in British assets" (a fund's capital).
        add("deploy deployed deploys deploying", .indicator, indicator: .investment, verb: true)
        add("turnover trade", .indicator, indicator: .tradeTurnover)
        // "a commercial exchange of $840 billion" (only after "commercial": see ``SentenceRules/isIndicatorKeyword(_:)``).
        add("exchange", .indicator, indicator: .tradeTurnover)
        // "Commerce between the two nations" (only so: see ``SentenceRules/isIndicatorKeyword(_:)``).
        add("commerce", .indicator, indicator: .tradeTurnover)
        // ("NODX": Singapore's non-oil domestic exports, as its statistics name them)
        add("exports export shipments exporter exporters nodx", .indicator, indicator: .exports)
        add("exported exporting", .indicator, indicator: .exports, verb: true)
        // "Brazilian sales to Argentina", "wine sales abroad"; "purchases from the neighbouring
        // country": only so (see ``SentenceRules/isIndicatorKeyword(_:)``).
        add("sales", .indicator, indicator: .exports)
        add("purchases", .indicator, indicator: .imports)
        // "Canada shipped $594-billion worth of goods to the United States", "winemakers sold just
        // A$12 million worth of wine to China", "India bought $46 billion of Russian oil": only
        // right before the amount (see ``SentenceRules/keywordBefore(_:)``).
        add(WordSets.sellVerbWords.joined(separator: " "), .indicator, indicator: .exports, verb: true)
        add(WordSets.buyVerbWords.joined(separator: " "), .indicator, indicator: .imports, verb: true)
        add("imports import purchases importer importers", .indicator, indicator: .imports)
        add("imported importing", .indicator, indicator: .imports, verb: true)
        add("enterprises enterprise companies company firms firm businesses ventures entities subsidiaries suppliers manufacturers makers automakers carmakers chipmakers", .company)
        add("""
            deficit deficits surplus surpluses balance budget budgets profit profits revenue revenues income gdp price prices \
            salary salaries wage wages loan loans lending credit credits grant grants aid debt debts reserves reserve \
            remittances remittance capitalization capitalisation cap portfolio bond bonds eurobond eurobonds contract \
            contracts assets spending expenditure expenditures sales tax taxes tariff tariffs duties duty output production \
            harvest valuation stake dividend dividends fine fines compensation cost costs fund funds financing funding \
            subsidies subsidy pension pensions deposits receipts earnings deal deals agreement agreements inflation rate guarantee guarantees \
            rates population casualties damage damages bill bills fee fees allocation allocations bailout tender tenders \
            premium premiums losses loss net award awards settlement settlements penalty penalties arbitration \
            jackpot jackpots prize prizes lottery mortgage mortgages gap gaps shortfall threshold thresholds contractors support \
            insurance arrears substitution swap swaps orders
            """, .blocker)
        add("""
            will would could should expected expects expect expecting aims aim aiming plans plan planned planning target \
            targets targeted targeting goal goals forecast forecasts forecasting projected pledged pledge pledges intends intend intended seeks \
            seek wants want hopes hope envisaged envisages envisage potential set projection projections outlook committed commits \
            agreed agrees memorandum mou considering considers consider mulling mulls preparing prepares studying weighing \
            projecting
            """, .target)
        add("attracted attract attracts attracting received receive receives receiving drew draw hosts hosted host secured secure secures securing lured got gets gained bagged bags clinched recorded records approved logged captured captures",
            .receive)
        add("""
            new foreign joint registered active operating small medium large local international trading industrial \
            manufacturing private state major leading owned mixed more than some about around over nearly almost \
            additional other and or
            """, .companyModifier)
        add("""
            exceeded exceeds exceed totaled totalled totals total stood stands stand amounted amounts reached reach \
            accumulated cumulative overall
            """, .stock)
        add("annual annually yearly annum", .annual)
        add("""
            minister ministry ministers relations agreement agreements partner partners mission route routes organization \
            organisation war deal deals union zone policy policies barriers talks representative office center centre house \
            fair fairs show council commission body bloc agency envoy corridor corridors representatives officials delegation \
            forum unions bodies dispute disputes sanctions restrictions rules ties links facilitation finance financing \
            missions attache houses portal platform negotiations negotiator negotiators regime regimes association \
            markets market hub hubs potential opportunities
            """, .tradeModifierHead)
        // ("most of it in coal and hydropower plants")
        add("mostly mainly largely majority primarily predominantly chiefly most much concentrated", .hedge)
        add("bilateral mutual two both sides", .pairReference)
        add("foreign total overall external global worldwide", .worldTotal)
        add("capital investment investments participation shareholders shareholding ownership owners", .capitalNoun)
        add("owned funded backed financed invested controlled", .owned)
        // Sectors a figure can be limited to.
        let sectors: [(String, String)] = [
            ("oil", "oil"), ("petroleum", "oil"), ("crude", "oil"), ("gas", "natural gas"), ("lng", "natural gas"),
            ("energy", "energy"), ("renewable", "renewable energy"), ("renewables", "renewable energy"), ("auto", "automotive"), ("solar", "renewable energy"), ("wind", "renewable energy"),
            ("geothermal", "renewable energy"), ("hydropower", "renewable energy"), ("hydroelectric", "renewable energy"),
            ("mining", "mining"), ("agriculture", "agriculture"), ("agricultural", "agriculture"), ("agro", "agriculture"),
            ("farm", "agriculture"), ("manufacturing", "manufacturing"), ("manufactured", "manufacturing"), ("automotive", "automotive"), ("automobile", "automotive"), ("automobiles", "automotive"), ("car", "automotive"), ("vehicle", "automotive"), ("vehicles", "automotive"),
            ("cars", "automotive"), ("coal", "coal"), ("wine", "wine"), ("grain", "grain"), ("wheat", "grain"),
            ("food", "food"), ("textile", "textiles"), ("textiles", "textiles"), ("chemical", "chemicals"),
            ("chemicals", "chemicals"), ("tourism", "tourism"), ("construction", "construction"),
            ("telecommunications", "telecommunications"), ("telecom", "telecommunications"), ("banking", "banking"),
            ("transport", "transport"), ("logistics", "transport"), ("pharmaceutical", "pharmaceuticals"),
            ("pharmaceuticals", "pharmaceuticals"), ("metallurgy", "metallurgy"), ("steel", "metallurgy"),
            ("electricity", "energy"), ("power", "energy"), ("gold", "gold"), ("cotton", "cotton"),
            ("fertilizer", "fertilizers"), ("fertilizers", "fertilizers"), ("fertiliser", "fertilizers"),
            ("machinery", "machinery"), ("electronics", "electronics"), ("hydrocarbon", "hydrocarbons"),
            ("hydrocarbons", "hydrocarbons"), ("infrastructure", "infrastructure"), ("real", "real estate"),
        ]
        for (word, sector) in sectors { add(word, .sectorStart, sector: sector) }
        add("non natural motor electric", .sectorStart)
        add("excluding excl except", .exclusion)

        var pairs: [(String, UInt16)] = []
        var list: [Entry] = [Entry()]
        for (word, entry) in map.sorted(by: { $0.key < $1.key }) {
            pairs.append((word, UInt16(list.count)))
            list.append(entry)
        }
        table = WordTable(pairs)
        entries = list
        cues = list.map(\.cues)
        figureWords = WordSet(map.filter { !$0.value.cues.isDisjoint(with: Self.figureCues) }.keys.sorted() + WordSets.investVerbWords
                              + WordSets.sourceNounWords + WordSets.marketNounWords + WordSets.flowNounWords + WordSets.numberVerbWords
                              + WordSets.investmentFlowWords.filter { !WordSets.flowNounWords.contains($0) } + ["trading", "supplier", "suppliers"]
                              + WordSets.pledgeVerbWords.filter { !WordSets.flowNounWords.contains($0) }
                              + WordSets.backReferenceWords + WordSets.rankingVerbWords + WordSets.buildVerbWords + ["traded"]
                              + SentenceRules.spendVerbWords + SentenceRules.registerVerbWords)
    }

    /// The entry for the word in `bytes` (an empty entry when the word is not listed).
    func entry(_ bytes: UnsafeBufferPointer<UInt8>) -> Entry {
        guard bytes.count <= 24, let id = table.lookup(bytes) else { return entries[0] }
        return entries[Int(id)]
    }
}

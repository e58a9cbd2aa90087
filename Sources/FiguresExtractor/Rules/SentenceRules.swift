import FiguresCore
import FiguresRecognizer

/// The rules applied to one sentence: which quantities are figures of which indicator, and
/// their parties, sector, period and status.
struct SentenceRules {
    let context: DocumentContext
    let sentence: Sentence
    let mentions: [CountryMention]
    var periods: [PeriodMention]

    var t: [Token] { context.t }

    // MARK: Indicators

    /// Decides the indicator of `candidate` and the token naming it, or `nil` when the quantity is
    /// not a figure (no indicator in its clause, or a blocker such as "deficit" or "loan" is nearer).
    func classify(_ candidate: inout Candidate) -> Bool {
        let q = candidate.quantity
        let range = candidate.tokens
        switch q.kind {
        case .number:
            // ("along the I-85 corridor", "Su-35 jets": a number glued by a hyphen to a capital.)
            if range.count == 1, range.lowerBound >= sentence.start + 2, context.isSymbol(range.lowerBound - 1, .hyphen),
               !t[range.lowerBound].spaceBefore, !t[range.lowerBound - 1].spaceBefore, t[range.lowerBound - 2].kind == .word,
               t[range.lowerBound - 2].flags.contains(.capitalized) {
                return false
            }
            if let noun = companyNoun(after: afterLabel(range)) ?? companyCountSubject(before: range.lowerBound) {
                guard isWholeCount(q) else { return false }
                // ("the head of one trading company said": one company, no count of them.)
                if range.count == 1, t[range.lowerBound].kind == .word, context.isWord(range.lowerBound, "one") { return false }
                // ("one of China's two biggest suppliers of crude": a ranking, no count of companies.)
                if noun > range.upperBound, (range.upperBound..<noun).contains(where: { context.isWord($0, in: WordSets.rankWords) }) { return false }
                // ("The two South Korean companies have invested $1.1 billion": companies named before.)
                if context.isWord(range.lowerBound - 1, "the"), let v = q.value, v <= ExactDecimal(12) { return false }
                // "a delegation of 25 Israeli companies": visitors, not companies established there.
                // ("In its latest survey of 566 member firms": the companies asked, not a count of
                // companies established.)
                if context.isWord(range.lowerBound - 1, "of"), context.isWord(range.lowerBound - 2, in: WordSets.delegationNouns) { return false }
                // "more than 40 Iranian companies took part in the forum", "with the participation of
                // more than 150 companies", "attended by some 150 companies": participants of an
                // event, not companies established in a country (but "enterprises with Chinese
                // participation", "with the participation of Uzbek capital" are owned so).
                if context.isWord(range.lowerBound - 1, "of") && context.isWord(range.lowerBound - 2, "participation")
                    || (max(sentence.start, range.lowerBound - 4)..<max(range.lowerBound, min(sentence.end, noun + 4))).contains(where: {
                    context.isWord($0, in: Self.participationWords) || context.isWord($0, "took") && context.isWord($0 + 1, "part")
                }) {
                    return false
                }
                // ("to subsidise the same three or four companies": the same few, no count of firms)
                if context.isWord(range.lowerBound - 1, "same")
                    || (context.isWord(range.lowerBound - 1, "or") || context.isWord(range.lowerBound - 1, "to")) && context.isWord(range.lowerBound - 3, "same") {
                    return false
                }
                candidate.indicator = .enterprises
                candidate.keyword = noun
                return true
            }
            // A bare amount with a scale ("slightly over 4 billion [annual turnover]") can be money
            // whose currency goes unsaid.
            guard let v = q.value ?? q.high, v >= ExactDecimal(1_000_000) else { return false }
            // "in 9M 2023", "in 9M": the first nine months, not nine million.
            if range.count == 1, PeriodFinder(context: context).abbreviatedPart(at: range.lowerBound) != nil,
               context.isWord(range.lowerBound - 1, in: WordSets.periodLeads)
                || (range.upperBound < sentence.end && context.scanned.literal(t[range.upperBound])?.isYearLike == true) {
                return false
            }
            // "1.2 million hectares", "13 million tonnes": a measure, not money.
            if range.upperBound < sentence.end, t[range.upperBound].kind == .word, !isIndicatorKeyword(range.upperBound),
               !context.isWord(range.upperBound, in: WordSets.measureFollowers) {
                return false
            }
            // "47.3 million 60-kg bags": another number right after the amount sizes a measure.
            if range.upperBound < sentence.end, t[range.upperBound].kind == .number { return false }
            // "a 2.5 million-tonne-per-year pulp mill": a measure glued to its unit by a hyphen.
            if range.upperBound + 1 < sentence.end, context.isSymbol(range.upperBound, .hyphen), !t[range.upperBound].spaceBefore,
               t[range.upperBound + 1].kind == .word, !isIndicatorKeyword(range.upperBound + 1) {
                return false
            }
            // "the Greater Changhua 2b and 4 offshore wind farm": a number after a capitalised word
            // inside the sentence is part of a name.
            if range.count == 1, range.lowerBound > sentence.start + 1, t[range.lowerBound - 1].kind == .word,
               t[range.lowerBound - 1].flags.contains(.capitalized), !isIndicatorKeyword(range.lowerBound - 1),
               mentions.allSatisfy({ $0.end != range.lowerBound }) {
                return false
            }
        case .money:
            // "$320 per tonne", "$2.75 a share", "84,380 yen per kiloliter": a price, not an amount of
            // trade or investment.
            // (Also past a converted amount: "VND60,000-75,000 (US$2.4-3) per kilogram".)
            if isPerUnit(pastConversion(range.upperBound)) { return false }
            // "… and turned over £41m last year": a company's revenue (the recogniser read "over"
            // as the amount's bound).
            if context.isWord(range.lowerBound, "over"), context.isWord(range.lowerBound - 1, in: Self.turnVerbs) { return false }
            // "The West African nation sold $1.1 billion of notes maturing in 2033": securities.
            if context.isWord(range.upperBound, "of"), context.isWord(range.upperBound + 1, in: Self.securities) { return false }
            // "… and sells them from £29,995", "sold it for $2 million": a price (see
            // ``isIndicatorKeyword(_:)``), whatever keyword came before.
            if context.isWord(range.lowerBound - 1, "from") || context.isWord(range.lowerBound - 1, "for") || context.isWord(range.lowerBound - 1, "at"),
               context.isWord(range.lowerBound - 2, "them") || context.isWord(range.lowerBound - 2, "it"),
               context.entry(range.lowerBound - 3).isVerb, context.has(range.lowerBound - 3, .indicator) { return false }
            // "a trade breakfast (SEK 350 for members)": under a thousand units of a currency is a
            // price or a fee; no country's trade or investment is counted so.
            if let v = q.value ?? q.high ?? q.low, v < Self.thousand { return false }
            // "leaving Brazil with a surplus of $51.1 billion in its trade with Beijing": a balance,
            // whatever keyword follows.
            if context.isWord(range.lowerBound - 1, "of"), context.isWord(range.lowerBound - 2, in: Self.balanceNouns) { return false }
            // "870 billion yen ($6.4 billion)": a conversion of the amount before, not another figure.
            if context.isSymbol(range.lowerBound - 1, .openParen), isAmountEnd(range.lowerBound - 2) { return false }
            // "the budget sets aside a record €57 billion for investment", "earmarked $2 billion for
            // exports": money a budget allocates.
            if context.isWord(range.upperBound, "for"),
               (max(sentence.start, range.lowerBound - 4)..<range.lowerBound).contains(where: { context.isWord($0, in: Self.allocationVerbs) }) { return false }
        default:
            return false
        }
        // "China bought $104.3 billion of Brazilian goods", "the Netherlands bought US$1.2 billion of
        // Peruvian agricultural products": the goods' country's exports to the buyer.
        if q.kind == .money, context.isWord(range.upperBound, "of"),
           let origin = mentions.first(where: { $0.start == range.upperBound + 1 && ($0.form == .adjective || $0.possessive) }),
           sentence.tokens(from: origin.end, count: 3).contains(where: { context.isWord($0, in: Self.goodsNouns) }),
           // (Not "The US imported $505.9 billion of Mexican goods", which names the flow.)
           let v = (max(sentence.start, range.lowerBound - 3)..<range.lowerBound).last(where: { context.isWord($0, in: WordSets.buyVerbs) && isBuyerVerb($0, before: range.lowerBound) }),
           let buyer = mentions.last(where: { $0.end <= v && preposition($0) == nil && !$0.possessive }), buyer.code != origin.code {
            candidate.indicator = .exports
            candidate.keyword = v
            candidate.from = origin.code
            candidate.to = buyer.code
            return true
        }
        if let k = keywordAfter(pastConversion(afterLabel(range))) {
            candidate.indicator = context.isWord(k, "capital") ? .investment : context.entry(k).indicator
            candidate.keyword = k
            // ("The United States remained the largest destination for Pakistani goods, taking $5.9
            // billion of exports": the ranked market's parties.)
            if q.kind == .money, candidate.indicator == .exports || candidate.indicator == .imports,
               let (indicator, _, from, to) = rankedTradeRole(before: range), indicator == candidate.indicator {
                candidate.from = from
                candidate.to = to
            }
            return true
        }
        // "Barbados spent $3.3 billion on imports in 2019": money spent on imports.
        if q.kind == .money, context.isWord(range.upperBound, "on"), context.isWord(range.lowerBound - 1, in: Self.spendVerbs),
           let k = keywordAfter(range.upperBound + 1), context.entry(k).indicator == .imports {
            candidate.indicator = .imports
            candidate.keyword = k
            return true
        }
        // "Kenya earned KSh 120 billion from tea exports to Pakistan": export earnings, the
        // keyword a few words after "from" (words only: a sector, a demonym).
        // Earnings from anything else are no figure ("earned $2 billion from oil sales", "from
        // tourism"), whatever keyword the sentence named before.
        // (Past a conversion: "earned CFA 3,150 billion (about €4.8 billion) from cocoa bean exports".)
        if q.kind == .money, case let after = pastConversion(range.upperBound), after + 1 < sentence.end, context.isWord(after, "from"),
           (max(sentence.start, range.lowerBound - 2)..<range.lowerBound).contains(where: { context.isWord($0, in: WordSets.earnVerbs) }) {
            guard let k = sentence.tokens(from: after + 1, count: 4).first(where: { t[$0].kind != .word || isIndicatorKeyword($0) }),
                  t[k].kind == .word, context.entry(k).indicator == .exports,
                  !((after + 1)..<k).contains(where: { context.has($0, .blocker) }) else { return false }
            candidate.indicator = .exports
            candidate.keyword = k
            return true
        }
        // "approved $2.25 billion in loans", "$3 billion in new credit": the amount's own noun is
        // no indicator's, whatever the sentence named before.
        // "a 1 billion euro credit line", "a $2 billion loan": the same with the noun right after.
        if context.has(range.upperBound, .blocker), !(context.isWord(range.upperBound, "net") && isIndicatorKeyword(range.upperBound + 1)) {
            return false
        }
        // ("too small for a $340 billion economy": the size of an economy.)
        if context.isWord(range.upperBound, "economy") || context.isWord(range.upperBound, "economies") { return false }
        // … or after a name: "a $7 billion Extended Fund Facility", "the $70-million Lotto Max jackpot".
        if case var named = range.upperBound, named < sentence.end, t[named].flags.contains(.capitalized) {
            while named < min(sentence.end, range.upperBound + 3), t[named].kind == .word, t[named].flags.contains(.capitalized),
                  !context.has(named, .blocker), !mentions.contains(where: { $0.start == named }) {
                named += 1
            }
            if named > range.upperBound, context.has(named, .blocker) { return false }
        }
        // ("… save EU exporters about €4 billion a year in duties")
        var after = range.upperBound
        if context.isWord(after, "a") && context.isWord(after + 1, "year") { after += 2 }
        // ("sold TL 35 billion worth of bonds")
        if context.isWord(after, "worth"), context.isWord(after + 1, "of") { after += 1 }
        // ("sold $2 billion of bonds", "bought $500 million of debt")
        // ("pledged €100mn in non-reimbursable aid": a blocker after a hyphenated modifier, or one
        // word after it: "sold $2.5 billion of 10-year global bonds")
        if context.isWord(after, "in") || context.isWord(after, "of"), after + 4 < sentence.end, t[after + 2].kind == .symbol, t[after + 2].symbol.isDashLike,
           !t[after + 2].spaceBefore,
           context.has(after + 4, .blocker)
            || after + 5 < sentence.end && t[after + 4].kind == .word && !isIndicatorKeyword(after + 4) && context.has(after + 5, .blocker) {
            return false
        }
        // (Not a place named with one: "€2.5 billion in its production and innovation hub".)
        if context.isWord(after, "in") || context.isWord(after, "of"), case let b = after + 1,
           context.has(b, .blocker) && !isIndicatorKeyword(b + 1)
            || t.indices.contains(b) && t[b].kind == .word && !isIndicatorKeyword(b) && context.has(b + 1, .blocker) && !isIndicatorKeyword(b + 2)
                && !((context.isWord(b, "its") || context.isWord(b, "their")) && b + 2 < sentence.end && t[b + 2].kind == .word && !context.has(b + 2, .blocker)) {
            return false
        }
        // (Before the keyword: "China remained the largest destination for Indonesia's non-oil
        // exports, taking US$23.17 billion".)
        // "Germany remained the top destination for Turkish goods with $1.8 billion, followed by the
        // United States with $1.4 billion", "Saudi Arabia topped the list of Jordan's suppliers
        // with JD742 million": exports to (imports from) a ranked market (supplier).
        if q.kind == .money, let (indicator, noun, from, to) = rankedTradeRole(before: range) {
            candidate.indicator = indicator
            candidate.keyword = noun
            candidate.from = from
            candidate.to = to
            return true
        }
        // (A verb of putting money into something nearer the amount than a keyword of an earlier
        // clause: "Inpex will invest $2.1 billion in Indonesia, while Tsingshan plans to put $900
        // million into its nickel operations".)
        // (Nor a keyword of an earlier clause before money a new subject spends: "… said shipments
        // were steady, and Hanoi has spent more than $2 billion on fuel subsidies".)
        // ("The central bank has bought more than US$17 billion in the foreign exchange market":
        // currency bought, no goods.)
        let before = keywordBefore(range.lowerBound)
        if let k = before, buysCurrency(keyword: k, amount: range) { return false }
        if let k = before, !(k < range.lowerBound - 5 && q.kind == .money && putsMoneyInto(range)),
           !((max(sentence.start, range.lowerBound - 2)..<range.lowerBound).contains(where: { context.isWord($0, in: Self.spendVerbs) })
               && (k + 1..<range.lowerBound).contains(where: isClauseBoundary)) {
            candidate.indicator = context.isWord(k, "capital") ? .investment : context.entry(k).indicator
            candidate.keyword = k
            return true
        }
        // "Russia remained Kazakhstan's largest trading partner with $19.1 billion in 2020, followed
        // by China with $14.5 billion": trade with partners ranked by it.
        if q.kind == .money, let k = tradingPartner(before: range.lowerBound) {
            candidate.indicator = .tradeTurnover
            candidate.keyword = k
            return true
        }
        // "inflows to Brazil almost doubled, to $86 billion", "with inflows of USD 148 billion": the
        // flows of an article about direct investment.
        if q.kind == .money, let k = investmentFlow(before: range.lowerBound) ?? investmentFlowShare(after: range.upperBound) {
            candidate.indicator = .investment
            candidate.keyword = k
            return true
        }
        // "The Board of Investment approved 159 projects from China worth a combined 44.6 billion
        // baht": projects an investment agency approved or registered.
        if q.kind == .money, let noun = agencyProjects(before: range.lowerBound) {
            candidate.indicator = .investment
            candidate.keyword = noun
            return true
        }
        // "Samsung has pledged $17 billion for a chip plant in Taylor, Texas", "BYD has committed
        // US$290 million to a cathode plant": money promised for a facility is investment.
        // So is money a company spends on one: "Siemens will spend about €140mn on a new
        // high-tech factory in Chengdu", "TSMC plans to spend about $20bn on two fabs in Kumamoto".
        // (The verb inside the sentence: a headline "Samsung pledges" ends no sentence with a stop.)
        // (A converted amount in brackets after the amount is passed over: "is to spend 3.2bn baht
        // (US$100.6m) on a processing plant".)
        // ("Fukang registered an additional VND13.7 trillion ($551 million) for its factory": capital
        // registered for a facility.)
        if q.kind == .money, range.lowerBound > sentence.start, case let after = pastConversion(range.upperBound),
           (context.isWord(range.lowerBound - 1, in: WordSets.pledgeVerbs)
                || context.isWord(range.lowerBound - 1, in: Self.registerVerbs)
                || context.isWord(range.lowerBound - 1, "additional") && context.isWord(range.lowerBound - 2, "an") && context.isWord(range.lowerBound - 3, in: Self.registerVerbs))
                && (context.isWord(after, "for") || context.isWord(after, "to"))
            || context.isWord(range.lowerBound - 1, in: Self.spendVerbs) && (context.isWord(after, "on") || context.isWord(after, "to")
                // ("will spend about $700 million to retool three Ohio plants", "plans to spend
                // roughly ₩1.5 trillion expanding its plant in Göd")
                || after < sentence.end && context.endsInIng(after)),
           sentence.tokens(from: after + 1, count: 7).contains(where: { context.isWord($0, in: WordSets.facilityNouns) }) {
            candidate.indicator = .investment
            candidate.keyword = context.isWord(range.lowerBound - 1, "additional") ? range.lowerBound - 3 : range.lowerBound - 1
            return true
        }
        // "roughly $3.2 billion will go toward a plant making cylindrical batteries": money put to a
        // facility (the keyword is "go", inside the sentence even when the amount opens it).
        if q.kind == .money, context.isWord(range.upperBound, "will"), context.isWord(range.upperBound + 1, "go"),
           context.isWord(range.upperBound + 2, "toward") || context.isWord(range.upperBound + 2, "towards") || context.isWord(range.upperBound + 2, "to"),
           sentence.tokens(from: range.upperBound + 3, count: 5).contains(where: { context.isWord($0, in: WordSets.facilityNouns) }) {
            candidate.indicator = .investment
            candidate.keyword = range.upperBound + 1
            return true
        }
        // "The EU and China traded goods worth €560 billion in 2019", "the two countries traded
        // $3 billion worth of goods": what a pair traded is its trade turnover.
        if q.kind == .money, let verb = pairTraded(before: range.lowerBound) ?? pairTraded(after: range.upperBound) {
            candidate.indicator = .tradeTurnover
            candidate.keyword = verb
            return true
        }
        // "Northvolt will build a $7-billion electric-vehicle battery plant in Canada": the cost
        // of a plant a company builds is investment.
        if q.kind == .money, let noun = builtFacility(around: range) {
            candidate.indicator = .investment
            candidate.keyword = noun
            return true
        }
        // "Mexico received $35 billion in 2022" in an article about direct investment.
        if q.kind == .money, range.lowerBound >= 2, context.has(range.lowerBound - 1, .receive),
           mentions.contains(where: { $0.end == range.lowerBound - 1 && $0.form == .name && !$0.possessive }),
           context.directInvestmentStart < range.lowerBound {
            candidate.indicator = .investment
            candidate.keyword = range.lowerBound - 1
            return true
        }
        // "Turkish companies have put $2.3 billion into Georgia's economy" ("EU firms still put some
        // €7bn a year into China": a rate may come between)
        if q.kind == .money, putsMoneyInto(range) {
            candidate.indicator = .investment
            candidate.keyword = range.lowerBound - 1
            return true
        }
        return false
    }

    /// "put $2.3 billion into Georgia's economy", "put some €7bn a year into China", "pumped $1
    /// billion in Kenya": a verb of investing before the amount and "into" (or "in" and a country)
    /// after it.
    func putsMoneyInto(_ range: Range<Int>) -> Bool {
        guard investmentVerbBefore(range.lowerBound) else { return false }
        let after = range.upperBound + (isYearRate(at: range.upperBound) ? 2 : 0)
        return context.isWord(after, "into") || (context.isWord(after, "in") && mentions.contains { $0.start == after + 1 || $0.start == after + 2 })
    }

    /// Words of taking part in an event: "took part in the forum", "attended by".
    static let participationWords = WordSet(["participated", "participating", "participate", "attended", "attending",
                                             "exhibitors", "exhibited", "exhibiting"])

    /// Verbs of a budget's allocations: "sets aside … for investment", "earmarked … for".
    static let allocationVerbs = WordSet(["aside", "earmarked", "earmarks", "earmark", "allocated", "allocates", "allocate", "allocating",
                                          "budgeted", "budgets", "appropriated"])

    /// Taxes levied on a flow: "GST collected on imported goods", "VAT on imports", "duties on exports".
    static let taxNouns = WordSet(["tax", "taxes", "vat", "gst", "duty", "duties", "levy", "levies", "excise"])

    static let thousand = ExactDecimal(1000)
    static let balanceNouns = WordSet(["surplus", "surpluses", "deficit", "deficits", "balance"])

    static let units = WordSet([
        "tonne", "tonnes", "ton", "tons", "barrel", "barrels", "share", "shares", "unit", "kilogram", "kg", "litre", "liter",
        "head", "capita", "person", "month", "day", "hour", "week", "cubic", "square", "megawatt", "kwh", "mwh", "ounce",
        "bushel", "gallon", "metre", "meter", "mmbtu", "btu", "thousand", "passenger", "night", "employee", "worker", "vehicle",
        "car", "unit", "piece", "item", "dozen", "acre", "hectare", "kiloliter", "kilolitre", "kl",
    ])

    func isPerUnit(_ k: Int) -> Bool {
        // "around Tk 108 per dollar", "at 360,000 rials to the dollar": an exchange rate.
        if context.isWord(k, in: WordSets.perWords) || context.isWord(k, "to") || context.isWord(k, "against") {
            var at = k + 1
            if context.isWord(at, "the") || context.isWord(at, "one") || context.isWord(at, "a") { at += 1 }
            if context.isWord(at, "us") || context.isWord(at, "u") { at += 1 }
            // (Not "€5 billion to the euro area".)
            if context.isWord(at, in: WordSets.rateCurrencies), !context.isWord(at + 1, "area"), !context.isWord(at + 1, "zone") { return true }
        }
        guard context.isWord(k, in: WordSets.perWords) else { return false }
        var at = k + 1
        if context.isWord(at, in: WordSets.unitPrefixes) { at += 1 }
        if context.isWord(at, in: Self.units) { return true }
        // "up to 100,000 baht per electric car": one word describing the unit.
        return context.isWord(k, "per") && at < sentence.end && t[at].kind == .word && !t[at].flags.contains(.capitalized)
            && context.isWord(at + 1, in: Self.units)
    }

    /// True when token `k` ends an amount of money ("billion", "yen", "dollars", "$5").
    func isAmountEnd(_ k: Int) -> Bool {
        guard k >= sentence.start else { return false }
        return context.scanned.literal(t[k]) != nil || context.isWord(k, in: WordSets.amountEnds)
    }

    /// Whether the number at `amount` counts the enterprises of a count before it, its noun left
    /// out: compared with it ("up from 3,929 a year earlier"), a part of it (", of which 2,310
    /// with Russian capital", "… and 2,180 with Chinese capital"), when `whole` is that count's
    /// tokens in this sentence; or, in a later sentence, "their number" or "their total number".
    func countsEnterprisesAgain(_ amount: Range<Int>, first: Range<Int>?, last: Range<Int>?) -> Bool {
        // ("when about 170,000 Korean workers helped build its roads": people, not companies.)
        let noun = mentions.first(where: { $0.start == amount.upperBound && $0.form == .adjective })?.end ?? amount.upperBound
        if context.isWord(noun, in: Self.peopleNouns) { return false }
        if let first, let last {
            guard last.upperBound <= amount.lowerBound else { return false }
            // (Across a reporting clause too: "reached 1,450 at the end of June, the regional
            // board said, compared with about 1,300 a year earlier".)
            if isComparedAmount(amount), amount.lowerBound - last.upperBound <= 12
                || amount.lowerBound - last.upperBound <= 20 && reportingVerb(after: last.upperBound, before: amount.lowerBound) != nil {
                return true
            }
            // A part, or the next of a list of parts ("of which 2,310 with Russian capital and 2,180 with …").
            let between = first.upperBound..<amount.lowerBound
            if between.contains(where: startsPart), !between.contains(where: { isClauseBoundary($0) && !context.isWord($0, "and") }) { return true }
            // "with 2,114 companies, followed by Japan (1,413), the United States (1,258) …": counts
            // listed against countries.
            if bracketedOwner(of: amount) != nil, amount.lowerBound - last.upperBound <= 12 { return true }
            // "…, with 1,012, followed by Turkey with 497 and Germany with 468"
            if amount.lowerBound - last.upperBound <= 12, context.isWord(amount.lowerBound - 1, "with"),
               mentions.contains(where: { $0.end == amount.lowerBound - 1 }) {
                return true
            }
            // "5,841 companies … were established, 1,015 of them with Russian capital"
            if context.isSymbol(amount.lowerBound - 1, .comma), context.isWord(amount.upperBound, "of"),
               context.isWord(amount.upperBound + 1, "them") || context.isWord(amount.upperBound + 1, "these") || context.isWord(amount.upperBound + 1, "which") {
                return true
            }
            return false
        }
        // "Some 3,600 foreign companies operate in Tunisia. About 1,400 of them are French": a part
        // of the count before, opening the next sentence.
        if amount.lowerBound - sentence.start <= 1, context.isWord(amount.upperBound, "of"),
           context.isWord(amount.upperBound + 1, "them") || context.isWord(amount.upperBound + 1, "these") {
            return true
        }
        return (max(sentence.start, amount.lowerBound - 6)..<amount.lowerBound).contains {
            context.isWord($0, in: WordSets.numberVerbs) && context.isWord($0 + 1, in: WordSets.measureFollowers) == false
                && (context.isWord($0 - 1, in: WordSets.possessivePronouns) || context.isWord($0 - 2, in: WordSets.possessivePronouns))
        }
    }

    /// Whether the amount's currency is a "$" with no letters glued before it ("$5 billion", not
    /// "US$5 billion" or "A$5 billion").
    func hasBareDollar(_ amount: Range<Int>) -> Bool {
        guard let k = amount.first(where: { context.isSymbol($0, .dollar) }) else { return false }
        return !(k > 0 && t[k - 1].kind == .word && t[k].start == t[k - 1].end)
    }

    /// The currency name among the amount's tokens that several countries use ("dirhams", "manat"),
    /// unless a word before it in the amount names the country ("Kenyan shillings", "Saudi riyals").
    func sharedCurrencyName(in amount: Range<Int>) -> String? {
        guard let k = amount.first(where: { context.isWord($0, in: SharedCurrencyName.names) }) else { return nil }
        if k > amount.lowerBound, context.t[k - 1].kind == .word, context.t[k - 1].flags.contains(.capitalized) { return nil }
        return context.lower(k)
    }

    /// "imports and exports", "exports and imports" around the keyword at `k`.
    func joinsExportsAndImports(at k: Int) -> Bool {
        let other: StaticString = context.entry(k).indicator == .exports ? "imports" : "exports"
        return context.isWord(k - 1, "and") && context.isWord(k - 2, other) || context.isWord(k + 1, "and") && context.isWord(k + 2, other)
    }

    func isWholeCount(_ q: Quantity) -> Bool {
        guard let v = q.value ?? q.low ?? q.high else { return false }
        return v.isInteger && v >= .one && q.unit == nil
    }

    /// Whether `m` is an adjective, or a name used as one right before a keyword ("Saudi
    /// investment", "US exports").
    func describesKeyword(_ m: CountryMention) -> Bool {
        !m.possessive && (m.form == .adjective || m.form == .name && m.end < sentence.end && t[m.end].kind == .word && isIndicatorKeyword(m.end))
    }

    /// Whether "a year", "per year" or "each year" starts at token `k`.
    func isYearRate(at k: Int) -> Bool {
        (context.isWord(k, "a") || context.isWord(k, "per") || context.isWord(k, "each")) && context.isWord(k + 1, "year")
    }

    /// "put", "poured", "pumped", "injected" within three tokens before the amount.
    func investmentVerbBefore(_ k: Int) -> Bool {
        for at in max(sentence.start, k - 4)..<k where context.isWord(at, in: WordSets.investVerbs) {
            return true
        }
        return false
    }

    /// Words before "turnover" that make it a market's or a workforce's, not trade's.
    static let otherTurnovers = WordSet(["daily", "stock", "stocks", "retail", "market", "exchange", "staff", "shares", "employee"])

    /// Whether token `k` names an indicator here ("trade" in "trade minister" does not).
    func isIndicatorKeyword(_ k: Int) -> Bool {
        // The cue first: most words have none, and an entry is copied only for the few that do.
        guard context.has(k, .indicator), let indicator = context.entry(k).indicator else { return false }
        // The first half of a hyphenated modifier names no figure: "export-grade roses",
        // "investment-led growth", "trade-weighted index", "exports-to-GDP ratio".
        if k + 2 < sentence.end, context.isHyphenated(k) { return false }
        // "a villa now sells for around Dh35 million", "bought for $2 million", "sells them from
        // £29,995": a price.
        if k + 1 < sentence.end, indicator == .exports || indicator == .imports, context.entry(k).isVerb,
           context.isWord(k + 1, "for") || (context.isWord(k + 1, "them") || context.isWord(k + 1, "it"))
            && (context.isWord(k + 2, "for") || context.isWord(k + 2, "from") || context.isWord(k + 2, "at")) {
            return false
        }
        // "average daily turnover rose to HK$131.8 billion", "turnover from overseas contracted
        // projects reached 1.18 trillion yuan": a market's or a company's turnover, no trade.
        if indicator == .tradeTurnover, t[k].length == 8, context.isWord(k, "turnover"),
           context.isWord(k - 1, in: Self.otherTurnovers) || context.isWord(k + 1, "from") {
            return false
        }
        // "according to separate trade figures", "according to customs trade data": a keyword
        // inside an attribution names the source, no figure.
        if let according = (max(sentence.start, k - 4)..<k).first(where: { context.isWord($0, "according") }), context.isWord(according + 1, "to"),
           !(according + 2..<k).contains(where: { t[$0].kind != .word }) {
            return false
        }
        // "The deficit in trade in goods widened to $27.3 billion": a balance of the trade; so
        // with up to three words between ("The negative balance of foreign trade in goods").
        // (A balance noun has seven to nine letters: that test first, as this runs for every keyword.)
        for b in stride(from: k - 2, through: max(sentence.start, k - 5), by: -1) where t[b].length >= 7 && t[b].length <= 9 {
            if context.isWord(b, in: Self.balanceNouns), context.isWord(b + 1, "of") || context.isWord(b + 1, "in"),
               (b + 2..<k).allSatisfy({ t[$0].kind == .word && !context.isWord($0, "of") && !context.isWord($0, "in") && !context.has($0, .indicator) }) {
                return false
            }
        }
        // … and so is the second half of one whose first half is a keyword too: "Export-Import Bank".
        if k - 2 >= sentence.start, context.isHyphenated(k - 2), context.has(k - 2, .indicator) { return false }
        // "UK Export Finance", "the Trade Bank of Iraq", "the Investment Promotion Agency": a
        // capitalised keyword inside an organisation's name (at a sentence's start, only before a
        // capitalised noun: "Export Finance Australia will lend …", not "Investment funds rose").
        if t[k].flags.contains(.capitalized), context.isWord(k + 1, in: WordSets.organisationNouns),
           k > sentence.start || t[k + 1].flags.contains(.capitalized) { return false }
        // … or ending one: "the Board of Investments", "the Ministry of Foreign Trade".
        if k > sentence.start, t[k].flags.contains(.capitalized), let of = (max(sentence.start, k - 3)..<k).last(where: { context.isWord($0, "of") }),
           of > sentence.start, t[of - 1].flags.contains(.capitalized), context.isWord(of - 1, in: WordSets.organisationNouns),
           (of + 1..<k).allSatisfy({ t[$0].flags.contains(.capitalized) }) {
            return false
        }
        if indicator == .tradeTurnover {
            let word = context.lower(k)
            // "a commercial exchange of": "exchange" alone is a rate, a market or a visit.
            if word == "exchange" { return context.isWord(k - 1, "commercial") }
            // "Commerce between the two nations reached …", "bilateral commerce": not a ministry's
            // or a chamber's name, nor e-commerce.
            if word == "commerce" {
                return context.isWord(k + 1, "between") || context.isWord(k - 1, "bilateral")
                    || context.isWord(k + 1, "with") && !t[k].flags.contains(.capitalized)
            }
            if word == "trade" {
                if context.has(k + 1, .tradeModifierHead) || context.has(k + 1, .blocker) { return false }
                // "the US dollar trade at 360,000 rials": a price.
                if context.isWord(k + 1, "at"), context.isWord(k - 1, in: WordSets.tradedThings) { return false }
                if context.isWord(k + 1, "and") && context.isWord(k + 2, "economic") { return false }
                if context.isWord(k - 1, "world") { return false }
            }
            if word == "turnover" {
                // "Rovers, who reported turnover of €12.4 million": what a company reports is revenue.
                if context.isWord(k - 1, "reported") || context.isWord(k - 1, "posted") { return false }
                // A company's turnover is its revenue.
                for at in max(sentence.start, k - 4)..<k where context.isWord(at, in: WordSets.companyOwners) {
                    return false
                }
                // … and so is a business's or a project's: "the turnover of the retail chain",
                // "completed turnover of those projects".
                if context.isWord(k + 1, "of"), sentence.tokens(from: k + 2, count: 4).contains(where: {
                    context.isWord($0, in: WordSets.companyNouns) || context.isWord($0, in: WordSets.projectNouns) || context.isWord($0, in: WordSets.businessNouns)
                }) {
                    return false
                }
            }
        }
        // Sales and purchases across a border only: "Brazilian sales to Argentina", "sales
        // abroad", "purchases from the neighbouring country" (not a company's sales).
        if indicator == .exports || indicator == .imports, t[k].length == 5 || t[k].length == 9,
           case let first = context.p[Int(t[k].start)] | 0x20, first == UInt8(ascii: "s") || first == UInt8(ascii: "p"),
           context.isWord(k, "sales") || context.isWord(k, "purchases") {
            if context.isWord(k + 1, "abroad") || context.isWord(k + 1, "overseas") { return true }
            // "purchases of American oil, gas and other energy products"
            if indicator == .imports, context.isWord(k + 1, "of"), mentions.contains(where: { $0.start == k + 2 && $0.form == .adjective }) { return true }
            let prep: StaticString = indicator == .exports ? "to" : "from"
            // ("sales of crude oil to China": what is sold, then where)
            var after = k + 1
            if context.isWord(after, "of"), let p = sentence.tokens(from: after + 2, count: 3).first(where: { context.isWord($0, prep) }),
               (after + 1..<p).allSatisfy({ t[$0].kind == .word && !t[$0].flags.contains(.capitalized) }) {
                after = p
            }
            guard context.isWord(after, prep) else { return false }
            var at = after + 1
            if context.isWord(at, "the") { at += 1 }
            // (A country named, or the country a phrase refers back to: "from the North African
            // kingdom", "from the neighbouring country".)
            return mentions.contains { $0.start == at } || sentence.tokens(from: at, count: 3).contains { context.isWord($0, in: WordSets.countryNouns) }
        }
        // Agents are not flows: "the price per litre paid by Brazilian importers was €3.12".
        if indicator == .exports || indicator == .imports, t[k].length == 9, context.isWord(k - 1, "by") || context.isWord(k - 2, "by"),
           context.isWord(k, "importers") || context.isWord(k, "exporters") {
            return false
        }
        // "the central bank has bought more than $10 billion in the market": a bank's purchases
        // are no country's imports.
        if indicator == .imports, context.entry(k).isVerb, (max(sentence.start, k - 4)..<k).contains(where: { context.isWord($0, "bank") || context.isWord($0, "banks") }) {
            return false
        }
        // "net exports rose to $3 billion", "a net trade in goods of SEK 8.2 billion": a balance.
        if indicator == .exports || indicator == .imports || indicator == .tradeTurnover, context.isWord(k - 1, "net") { return false }
        // "export earnings", "export receipts": the value of exports.
        // (Not a company's: "the firm's export revenue" is its sales.)
        if indicator == .exports, context.isWord(k + 1, in: WordSets.earningsNouns), !context.isWord(k, "exports") {
            return !(max(sentence.start, k - 4)..<max(sentence.start, k)).contains { context.isWord($0, in: WordSets.companyNouns) }
        }
        // "India's coal import bill": the value of imports (not a company's).
        if indicator == .imports, context.isWord(k, "import"), context.isWord(k + 1, "bill") {
            return !(max(sentence.start, k - 4)..<max(sentence.start, k)).contains { context.isWord($0, in: WordSets.companyNouns) }
        }
        if indicator == .exports || indicator == .imports, context.has(k + 1, .blocker) || context.isWord(k + 1, in: WordSets.exportModifierHeads) {
            // "Germany remained Türkiye's top export market with $21.1 billion": a ranked market
            // is a destination with its amount.
            return indicator == .exports && isRankedMarket(keyword: k)
        }
        // "Budget spending on investment", "subsidies to foreign investors": what a budget spends
        // or gives, no investment figure.
        if indicator == .investment, (max(sentence.start, k - 3)..<k).contains(where: {
            (context.isWord($0, "on") || context.isWord($0, "to") || context.isWord($0, "for")) && context.has($0 - 1, .blocker)
        }) {
            return false
        }
        // "the gas importer Uniper", "the oil exporter Aramco": a company named by what it does.
        if indicator == .imports || indicator == .exports, t[k].length == 8, context.isWord(k, "importer") || context.isWord(k, "exporter"),
           k + 1 < sentence.end, t[k + 1].kind == .word, t[k + 1].flags.contains(.capitalized), !mentions.contains(where: { $0.start == k + 1 }) {
            return false
        }
        // "GST collected on imported goods rose to Rs 37,826 crore", "VAT on imports": a tax levied
        // on the flow, no value of it.
        if indicator == .imports || indicator == .exports, let on = (max(sentence.start, k - 3)..<k).last(where: { context.isWord($0, "on") }),
           (max(sentence.start, on - 2)..<on).contains(where: { context.isWord($0, in: Self.taxNouns) }) {
            return false
        }
        if indicator == .investment, context.isWord(k + 1, in: WordSets.investmentModifierHeads) {
            // "investment bank", "investment projects worth": not the amount invested unless stated.
            if !context.isWord(k + 1, in: WordSets.projectNouns) { return false }
        }
        return true
    }

    /// The token after the colon of an amount that labels a list item ("- $38.7 billion: cumulative
    /// Japanese FDI into India", "1,439: Japanese companies operating in India"), else the token
    /// after the amount.
    func afterLabel(_ range: Range<Int>) -> Int {
        guard range.upperBound + 1 < sentence.end, context.isSymbol(range.upperBound, .colonMark),
              range.lowerBound == sentence.start || range.lowerBound == sentence.start + 1 && t[sentence.start].kind == .symbol
                && (t[sentence.start].symbol.isDashLike || t[sentence.start].symbol == .star) else { return range.upperBound }
        return range.upperBound + 1
    }

    /// The token after a bracketed conversion of the amount ending before `k` ("SR96 billion
    /// ($25.6 billion) in FDI inflows", "VND60,000-75,000 (US$2.4-3) per kilogram"), else `k`.
    func pastConversion(_ k: Int) -> Int {
        guard k < sentence.end, context.isSymbol(k, .openParen) else { return k }
        var number = false, currency = false
        for j in k + 1..<min(sentence.end, k + 9) {
            let token = t[j]
            if token.kind == .symbol {
                if token.symbol == .closeParen { return number && currency ? j + 1 : k }
                if token.symbol.isCurrency { currency = true } else if token.symbol != .period && token.symbol != .comma && !token.symbol.isDashLike { return k }
            } else if token.kind == .number {
                number = true
            } else if token.kind == .word {
                if token.flags.contains(.allUpper) && token.length <= 3 || context.isWord(j, in: WordSets.amountEnds) { currency = currency || !context.isWord(j, in: Self.scaleWords) }
                else if !context.isWord(j, in: Self.conversionWords) { return k }
            }
        }
        return k
    }

    static let scaleWords = WordSet(["billion", "million", "trillion", "bn", "mn", "mln", "trn", "tn", "bln", "crore", "lakh"])
    /// Words a conversion may hold besides its number and currency ("about $1.5 billion").
    static let conversionWords = WordSet(["about", "around", "roughly", "some", "nearly", "almost", "over", "approximately", "or"])

    /// An indicator named just after the amount: "$5 billion invested", "$3 billion in investments",
    /// "4 billion [annual turnover]", "$2 billion worth of exports".
    func keywordAfter(_ k0: Int) -> Int? {
        var k = k0
        var steps = 0
        // "to attract €10 billion a year in foreign direct investment"
        if context.isWord(k, "a") || context.isWord(k, "per") || context.isWord(k, "each"), context.isWord(k + 1, "year") { k += 2 }
        else if context.isWord(k, "annually") || context.isWord(k, "yearly") { k += 1 }
        while k < sentence.end && steps < 6 {
            let token = t[k]
            if token.kind == .symbol {
                guard token.symbol == .openBracket || token.symbol == .openParen || token.symbol.isDashLike else { return nil }
                k += 1; steps += 1; continue
            }
            if token.kind != .word { return nil }
            if isIndicatorKeyword(k) { return k }
            // "$900 million of Chinese capital has flowed into Tajikistan"
            // "brought with them an estimated 1.5 billion złoty in capital"
            if context.isWord(k, "capital"), context.isWord(k0, "of") || context.isWord(k0, "in") || context.isWord(k - 1, "foreign") { return k }
            // ("a $5 billion Saudi investment package": a name used as an adjective before the keyword)
            if let mention = mentions.first(where: { $0.start == k && describesKeyword($0) }) { k = mention.end; steps += 1; continue }
            // "$40 bln in annual Kazakhstan–China trade": two names joined by a dash.
            if let first = mentions.first(where: { $0.start == k && !$0.possessive }), first.end < sentence.end, t[first.end].kind == .symbol,
               t[first.end].symbol.isDashLike, let second = mentions.first(where: { $0.start == first.end + 1 }) {
                k = second.end; steps += 1; continue
            }
            // "about $46.5 billion of India's imports from Russia": a part of a country's flow
            // (unless the sentence named the part's own keyword before: "Energy exports accounted
            // for $29 billion of Kazakhstan's total exports").
            // ("The European Union bought US$16.5 billion of Brazil's agricultural exports": a
            // buyer's verb right before the amount names the same flow.)
            if context.isWord(k - 1, "of") || k - 1 == k0 && context.isWord(k0, "for") || k == k0 && context.isSymbol(k0 - 1, .colonMark),
               let mention = mentions.first(where: { $0.start == k && $0.possessive }),
               !(sentence.start..<k0).contains(where: { t[$0].kind == .word && isIndicatorKeyword($0) && !isBuyerVerb($0, before: k0) }) {
                k = mention.end; steps += 1; continue
            }
            // "$2 billion in net FDI inflows" ("net exports" is a balance, no figure)
            if startsNetInvestment(k), isIndicatorKeyword(k + 1) { k += 1; steps += 1; continue }
            // "taking £7.2bn of non-oil exports", "$3 billion in energy investment"
            // ("AED4 trillion in non-oil foreign trade")
            if let (_, end) = sectorWord(at: k), end < sentence.end, t[end].kind == .word,
               isIndicatorKeyword(end) || context.isWord(end, in: WordSets.tradeAdjectives) && end + 1 < sentence.end && isIndicatorKeyword(end + 1) {
                k = end; steps += 1; continue
            }
            if context.has(k, .blocker) || context.has(k, .company) { return nil }
            // "An estimated $200 million has been invested by Azerbaijani companies": a passive.
            // "a new target of $5 billion for bilateral trade"
            // ("a target of $62 billion for Bangladesh's exports")
            let forKeyword = k == k0 && context.isWord(k, "for")
                && (context.isWord(k + 1, "bilateral") || context.isWord(k + 1, "mutual") || isIndicatorKeyword(k + 1)
                    || mentions.contains { $0.start == k + 1 && $0.possessive && $0.end < sentence.end && isIndicatorKeyword($0.end) })
            // ("a target of NZ$30 billion in two-way trade")
            if context.isWord(k, "two"), context.isSymbol(k + 1, .hyphen), context.isWord(k + 2, "way") { k += 3; steps += 1; continue }
            // ("5 trillion yen in public and private investment", "RM59.6 billion of approved domestic
            // and foreign investments")
            let publicAndPrivate = context.isWord(k, "and") && context.isWord(k - 1, in: WordSets.investmentOrigins)
            guard forKeyword || publicAndPrivate || context.isWord(k, in: WordSets.keywordFillers) || context.isWord(k, in: WordSets.passiveAuxiliaries) else { return nil }
            k += 1; steps += 1
        }
        return nil
    }

    /// Whether a verb of buying at `k` buys currency: a market of money after the amount ("bought
    /// $2.3 billion from the market", "in the foreign exchange market", "on the interbank market").
    func buysCurrency(keyword k: Int, amount: Range<Int>) -> Bool {
        guard context.isWord(k, in: WordSets.buyVerbs) else { return false }
        for i in sentence.tokens(from: amount.upperBound, count: 6) where context.isWord(i, "market") {
            return context.isWord(i - 1, "the") && context.isWord(i - 2, "from") || context.isWord(i - 1, in: Self.moneyMarkets)
        }
        return false
    }

    static let moneyMarkets = WordSet(["forex", "fx", "currency", "interbank", "exchange", "money", "open"])

    /// Whether "net" at `k` qualifies investment ("$2 billion in net FDI inflows", "FDI net
    /// inflows"): an investment keyword or "inflows" after it. ("Net exports" is a balance.)
    func startsNetInvestment(_ k: Int) -> Bool {
        context.isWord(k, "net") && (context.isWord(k + 1, "inflows") || context.isWord(k + 1, "inflow")
            || isIndicatorKeyword(k + 1) && context.entry(k + 1).indicator == .investment)
    }

    /// "registered VND13.7 trillion for its factory": capital registered for a facility.
    static let registerVerbWords = ["registered", "registers", "register"]
    static let registerVerbs = WordSet(registerVerbWords)


    /// Securities sold or bought: "$1.1 billion of notes", "$500 million of shares".
    static let securities = WordSet(["notes", "bonds", "eurobonds", "sukuk", "securities", "shares", "stock", "debt", "bills", "treasuries", "paper"])

    /// "turned over £41m": a company's revenue.
    static let turnVerbs = WordSet(["turned", "turns", "turn", "turning"])

    static let spendVerbWords = ["spent", "spend", "spends", "spending"]
    static let spendVerbs = WordSet(spendVerbWords)

    /// Words that play an amount down ("worth just Rs 1.9 billion", "a mere $5 million").
    static let slightWords = WordSet(["just", "only", "mere", "a"])

    /// People counted, not companies: "170,000 Korean workers".
    static let peopleNouns = WordSet(["workers", "people", "employees", "staff", "jobs", "residents", "nationals", "citizens",
                                      "migrants", "expatriates", "expats", "tourists", "visitors", "students", "delegates", "engineers"])

    /// Words that make "cost" a noun: "the cost", "its cost", "total cost".
    static let costDeterminers = WordSet(["the", "a", "its", "their", "total", "whose", "average", "unit", "annual", "low", "high", "lower", "higher"])

    /// The nearest indicator before the amount in the sentence, unless a blocker comes first.
    func keywordBefore(_ k0: Int) -> Int? {
        var k = k0 - 1
        while k >= sentence.start {
            if t[k].kind == .word {
                // "shipped" names a figure only right before it ("shipped $594-billion worth of
                // goods"), not "shipped its 50,000th vehicle, and … signed a US$1.2bn contract".
                // ("shipped goods worth just Rs 1.9 billion": "just", "only", "a mere" are not counted.)
                // ("Canada sold the United States roughly C$595-billion worth of goods": a country
                // as the indirect object is not counted either.)
                if isIndicatorKeyword(k), !(k0 - k > 3 && context.isWord(k, in: WordSets.tradeVerbs)
                    && k0 - k - (k + 1..<k0).count(where: { context.isWord($0, in: Self.slightWords) })
                        - (mentions.first(where: { ($0.start == k + 1 || $0.start == k + 2 && context.isWord(k + 1, "the")) && $0.form == .name && !$0.possessive })
                            .map { $0.end - k - 1 } ?? 0) > 3) {
                    // "Saudi Arabia's non-oil exports, including re-exports, reached …": the keyword
                    // of an aside between commas stands for the keyword before the aside.
                    if let comma = asideStart(before: k, amount: k0), let head = keywordBefore(comma),
                       context.entry(head).indicator == context.entry(k).indicator || head == comma - 1 && isAppositive(open: comma)
                        // ("Uruguay's bilateral trade with China, including imports, totaled …",
                        // "exports of goods, including sales from free trade zones, reached …",
                        // "Singapore's total trade, which includes re-exports and oil, rose …")
                        || context.isWord(comma + 1, "including")
                        || context.isWord(comma + 1, "which") && context.isWord(comma + 2, in: WordSets.inclusionVerbs)
                        // ("Trade between the DRC and the United Arab Emirates, a hub for Congolese gold
                        // exports …, totalled $1.4 billion")
                        || describesCountry(open: comma) {
                        return head
                    }
                    // "foreign direct investment in Canada (FDI) reached …": an abbreviation in
                    // brackets restates the keyword before it.
                    if k - 1 > sentence.start, context.isSymbol(k - 1, .openParen), context.isSymbol(k + 1, .closeParen),
                       let head = (max(sentence.start, k - 8)..<(k - 1)).last(where: { t[$0].kind == .word && isIndicatorKeyword($0) }),
                       context.entry(head).indicator == context.entry(k).indicator {
                        return head
                    }
                    // "Vietnam's coffee export turnover could reach $6 billion", "import turnover":
                    // the value of one flow (not "import-export turnover", "export and import turnover").
                    if t[k].length == 8, context.isWord(k, "turnover"), k - 1 >= sentence.start, isIndicatorKeyword(k - 1),
                       case let flow = context.entry(k - 1).indicator, flow == .exports || flow == .imports,
                       !context.isSymbol(k - 2, .hyphen), !context.isWord(k - 2, "and"), !context.isWord(k - 2, "or") {
                        return k - 1
                    }
                    return k
                }
                // "Registered foreign capital in Vietnam … totalled $15 billion", "registered capital
                // from Japan reaching almost $4.5 billion", "Capital importation from the UK …"
                // ("has attracted Taiwanese capital totaling more than VND 45 trillion": a demonym.)
                if context.isWord(k, "capital"),
                   context.isWord(k - 1, "foreign") || context.isWord(k - 1, "registered") || context.isWord(k + 1, "importation")
                    || k0 - k <= 4 && (k + 1..<k0).allSatisfy({ t[$0].kind == .word }) && mentions.contains(where: { $0.end == k && $0.form == .adjective }) {
                    return k
                }
                if context.has(k, .blocker) {
                    // "export earnings", "export receipts", "export revenue": the value of exports;
                    // "India's coal import bill": the value of imports; "FDI receipts": investment.
                    if k > sentence.start, isIndicatorKeyword(k - 1), case let indicator = context.entry(k - 1).indicator,
                       indicator == .exports && context.isWord(k, in: WordSets.earningsNouns) || indicator == .imports && context.isWord(k, "bill")
                        // ("FDI receipts amounted to MAD 35.2 billion": investment taken in.)
                        || indicator == .investment && context.isWord(k, "receipts") {
                        return k - 1
                    }
                    // "FDI net inflows to the Philippines fell to $8.9 billion": net investment flows,
                    // not a balance.
                    if startsNetInvestment(k) {
                        k -= 1
                        continue
                    }
                    // "exports of the products covered by the agreement reached …", "imports under
                    // the deal": a blocker inside "by the"/"under the" is not the amount's noun.
                    if context.isWord(k - 1, "the"), context.isWord(k - 2, "by") || context.isWord(k - 2, "under") {
                        k -= 3
                        continue
                    }
                    // "exports to Qatar, boosted by World Cup construction and catering contracts,
                    // came to DKK 1.7 billion": a blocker inside an aside set off by commas.
                    if let open = asideOpening(around: k, amount: k0) {
                        k = open - 1
                        continue
                    }
                    // "Imports from China, Uganda's largest source of goods, cost Shs9.6 trillion":
                    // "cost" as the verb right before the amount (not "the cost", "its costs").
                    if k + 1 == k0, context.isWord(k, "cost"), k > sentence.start, t[k - 1].kind == .word || context.isSymbol(k - 1, .comma),
                       !context.isWord(k - 1, in: Self.costDeterminers) {
                        k -= 1
                        continue
                    }
                    // "trade balance", "export duties": the blocker names the thing.
                    return nil
                }
            }
            k -= 1
        }
        return nil
    }

    /// A flow noun ("inflows", "outflows", "flows") before the amount at `k` in its sentence, with
    /// no blocker or clause boundary between, in a document that named direct investment before
    /// it; not "portfolio inflows" or "remittance flows".
    func investmentFlow(before k: Int) -> Int? {
        let flows = WordSets.investmentFlows
        guard let at = (sentence.start..<k).last(where: { context.isWord($0, in: flows) }),
              context.directInvestmentStart < at, !context.isWord(at - 1, in: WordSets.otherFlowKinds), !context.has(at - 1, .blocker),
              // ("… boosted money transfers: inflows from Russia reached $3.1 billion")
              !(sentence.start..<at).contains(where: { context.isWord($0, in: WordSets.otherFlowKinds) || context.isWord($0, "transfers") }),
              !(at + 1..<k).contains(where: { context.has($0, .blocker) || isClauseBoundary($0) }) else { return nil }
        return at
    }

    /// "Singapore accounted for $7.53 billion of the inflows": a share of the flows of an article
    /// about direct investment, named right after the amount ("of the", "of these", "of those").
    func investmentFlowShare(after a: Int) -> Int? {
        guard context.isWord(a, "of"), context.isWord(a + 1, "the") || context.isWord(a + 1, "these") || context.isWord(a + 1, "those"),
              context.isWord(a + 2, in: WordSets.investmentFlows), context.directInvestmentStart < a else { return nil }
        return a + 2
    }

    /// The projects noun of "projects … worth" an amount at `amount`, projects an investment agency
    /// approved, registered or supported: "The Board of Investment approved 159 projects from China
    /// worth a combined 44.6 billion baht", "HIPA registered 51 projects in Hungary worth more than
    /// HUF 1,900 billion", "Projects supported by the agency in 2021 were worth a combined €2.2
    /// billion". The document must have named the agency before ("Investment" capitalised within
    /// a name, ``DocumentContext/investmentAgencyStart``): projects worth an amount elsewhere are
    /// contracts or plans, no figure.
    func agencyProjects(before amount: Int) -> Int? {
        guard amount - sentence.start >= 3,
              let worth = (max(sentence.start, amount - 3)..<amount).last(where: { context.isWord($0, "worth") }),
              !(worth + 1..<amount).contains(where: { t[$0].kind != .word }),
              let noun = (max(sentence.start, worth - 8)..<worth).last(where: { context.isWord($0, in: WordSets.projectNouns) }),
              !(noun + 1..<worth).contains(where: { context.has($0, .blocker) || isClauseBoundary($0) }),
              (max(sentence.start, noun - 6)..<worth).contains(where: { context.isWord($0, in: Self.approvalVerbs) }),
              context.investmentAgencyStart < noun else { return nil }
        return noun
    }

    /// "traded" within four tokens before the amount at `amount` ("traded goods worth", "traded
    /// $3 billion"), its subject a pair: two countries joined by "and", or "the two countries".
    func pairTraded(before amount: Int) -> Int? {
        guard let verb = (max(sentence.start, amount - 4)..<amount).last(where: { context.isWord($0, "traded") }),
              !(verb + 1..<amount).contains(where: { t[$0].kind != .word || context.has($0, .blocker) }) else { return nil }
        if context.isWord(verb - 1, in: WordSets.pairNouns), context.isWord(verb - 2, "two") || context.isWord(verb - 2, "both") { return verb }
        guard let second = mentions.last(where: { $0.end == verb && !$0.possessive }),
              let first = mentions.last(where: { $0.end == second.start - 1 }), context.isWord(second.start - 1, "and"),
              first.code != second.code else { return nil }
        return verb
    }

    /// "Goods worth €253.1 billion were traded between Germany and China": a passive "traded" within
    /// four words after the amount, then "between" two countries; the verb's index.
    func pairTraded(after amount: Int) -> Int? {
        guard let verb = sentence.tokens(from: amount, count: 4).first(where: { context.isWord($0, "traded") }),
              context.isWord(verb - 1, "were") || context.isWord(verb - 1, "was") || context.isWord(verb - 1, "been"),
              !(amount..<verb).contains(where: { t[$0].kind != .word || context.has($0, .blocker) }),
              context.isWord(verb + 1, "between"),
              let first = mentions.first(where: { $0.start == verb + 2 || $0.start == verb + 3 && context.isWord(verb + 2, "the") }),
              context.isWord(first.end, "and"), mentions.contains(where: { $0.start == first.end + 1 || $0.start == first.end + 2 && context.isWord(first.end + 1, "the") })
        else { return nil }
        return verb
    }

    /// The facility noun of "build a [new] <amount> … plant": a build verb right before "a" (or "a
    /// new"), the amount, then up to four words or hyphens and a built facility ("will build a
    /// $1.3 billion plant", "is building a $7-billion electric-vehicle battery plant"). Not a
    /// loan's "facility".
    func builtFacility(around amount: Range<Int>) -> Int? {
        var at = amount.lowerBound - 1
        if context.isWord(at, "new") { at -= 1 }
        guard context.isWord(at, "a") || context.isWord(at, "an"), context.isWord(at - 1, in: WordSets.buildVerbs), at - 1 >= sentence.start
        else { return nil }
        var k = amount.upperBound
        while k < min(sentence.end, amount.upperBound + 6) {
            if context.isWord(k, in: WordSets.builtFacilityNouns) { return k }
            guard t[k].kind == .word && !context.has(k, .blocker) || context.isSymbol(k, .hyphen) else { return nil }
            k += 1
        }
        return nil
    }

    /// Whether `candidate` is the worth of projects an investment agency counts
    /// (``agencyProjects(before:)``).
    func isAgencyProjects(_ candidate: Candidate) -> Bool {
        candidate.indicator == .investment && candidate.keyword.map { context.isWord($0, in: WordSets.projectNouns) } == true
            && candidate.keyword == agencyProjects(before: candidate.tokens.lowerBound)
    }

    /// What an investment agency does to the projects it counts.
    static let approvalVerbs = WordSet(["approved", "registered", "supported", "landed", "endorsed", "licensed", "attracted", "approves", "registers"])

    /// A market or supplier ranked before the amount in its clause, with whose trade it is: "the
    /// top destination for Turkish goods", "Jordan's largest market", "the list of Jordan's
    /// suppliers". The country ranked is the one listed against the amount ("followed by the
    /// United States with $1.4 billion") or else the clause's subject; the other is the owner
    /// ("Turkish goods", "Jordan's"). Exports go to a market, imports come from a supplier,
    /// investment ("the largest destination for Korean investment") goes to the country ranked.
    func rankedTradeRole(before amount: Range<Int>) -> (Indicator, Int, CountryCode, CountryCode)? {
        // The country listed against the amount ("followed by the United States with $1.4 billion"):
        // the search for the ranking may then pass the amount listed before.
        // (The amount is listed: "with $1.8 billion", "taking JD411 million worth", "absorbing goods
        // worth …", "with exports to the country totalling $1.7 billion".)
        guard (max(sentence.start, amount.lowerBound - 6)..<amount.lowerBound).contains(where: { context.isWord($0, in: WordSets.listingWords) })
            || context.isSymbol(amount.lowerBound - 1, .openParen) && mentions.contains(where: { $0.end == amount.lowerBound - 1 })
        else { return nil }
        let roles = WordSets.tradeRoleNouns, ranks = WordSets.rankWords
        let p = context.p
        guard amount.lowerBound > sentence.start + 1, let noun = (max(sentence.start + 1, amount.lowerBound - 40)..<amount.lowerBound).last(where: { at in
                  t[at].kind == .word && (roles.mayContain(t[at], in: p) && context.isWord(at, in: roles) || isImportSource(at))
                      && ((max(sentence.start, at - 3)..<at).contains(where: { context.isWord($0, in: ranks) })
                          || (max(sentence.start, at - 6)..<at).contains(where: { context.isWord($0, "list") && context.isWord($0 + 1, "of") }))
              }) else { return nil }
        // ("followed by China ($6.6 billion)")
        let listed = mentions.last(where: { $0.end == amount.lowerBound - 1
            && (context.isWord($0.end, "with") || context.isWord($0.end, "at") || context.isSymbol($0.end, .openParen)) })
        guard !(noun + 1..<amount.lowerBound).contains(where: {
            isClauseBoundary($0) || context.has($0, .blocker)
                || t[$0].kind == .number && listed == nil && context.scanned.literal(t[$0])?.isYearLike != true
        }) else { return nil }
        let supplier = context.isWord(noun, "supplier") || context.isWord(noun, "suppliers") || isImportSource(noun)
        // The owner: "for Turkish goods", "for Jordan's exports", or "Jordan's largest market".
        var owner: CountryMention?
        // ("the biggest buyer of Turkish goods")
        if context.isWord(noun + 1, "for") || context.isWord(noun + 1, "of"),
           let m = mentions.first(where: { $0.start == noun + 2 || $0.start == noun + 3 && context.isWord(noun + 2, "the") }),
           // ("for Saudi exports", "for US exports": a name used as an adjective before the keyword)
           m.possessive || describesKeyword(m) {
            owner = m
        } else if let m = mentions.last(where: { $0.possessive && $0.end <= noun && noun - $0.end <= 3 }) {
            owner = m
        } else if let m = mentions.first(where: { $0.form == .adjective && $0.start > amount.upperBound && $0.start <= amount.upperBound + 3 }),
                  context.isWord(m.start - 1, "of") {
            // ("the main destination, buying US$8.3 billion worth of Brazilian goods")
            owner = m
        }
        // ("In 2020 Kazakhstan's main export destinations were …, while its largest suppliers were
        // Russia ($13.2 billion)": "its" is the country named with "'s" before it.)
        if owner == nil, let its = (max(sentence.start, noun - 4)..<noun).last(where: { context.isWord($0, "its") || context.isWord($0, "their") }) {
            owner = mentions.last(where: { $0.possessive && $0.end <= its })
        }
        guard let owner else { return nil }
        // The country ranked: listed against the amount, else the subject before the ranking.
        let subject = mentions.last(where: { $0.end <= owner.start && $0.start >= sentence.start && $0.code != owner.code && !$0.possessive
            && preposition($0) == nil && $0.form != .adjective })
        // ("The largest market for Egyptian non-oil goods in 2023 was the United Arab Emirates, which
        // bought $3.1 billion worth": the country the ranking is said to be.)
        let predicate = mentions.first(where: { $0.start > owner.end && $0.end < amount.lowerBound && !$0.possessive && $0.form == .name && isPredicate($0) })
        guard let ranked = listed ?? subject ?? predicate, ranked.code != owner.code else { return nil }
        // The keyword: "exports" after the owner ("for Indonesia's non-oil exports", where the
        // sector is read), else the ranked noun.
        // (Or the goods after the owner, where a sector may stand: "for Egyptian non-oil goods".)
        let keyword = (owner.end..<max(owner.end, min(owner.end + 6, amount.lowerBound))).first(where: {
            t[$0].kind == .word && (isIndicatorKeyword($0) || context.isWord($0, "goods") || context.isWord($0, "products")) }) ?? noun
        // ("the largest destination for Korean investment, receiving $27.7 billion": investment
        // from the owner into the country ranked.)
        if !supplier, keyword != noun, context.entry(keyword).indicator == .investment {
            return (.investment, keyword, owner.code, ranked.code)
        }
        return supplier ? (.imports, keyword, ranked.code, owner.code) : (.exports, keyword, owner.code, ranked.code)
    }

    /// Whether token `v` is "bought", "buys" or "purchased" right before the amount that ends
    /// before `k0` (one token, a qualifier, between them at most).
    func isBuyerVerb(_ v: Int, before k0: Int) -> Bool {
        context.entry(v).isVerb && context.entry(v).indicator == .imports && k0 - v <= 6
            && !(v + 1..<k0).contains(where: { t[$0].kind == .word && isIndicatorKeyword($0) })
    }

    /// The country a relative clause of buying at `v` is about: "Switzerland, which bought goods
    /// worth …" (a country's name, a comma, "which", then the verb of buying).
    func relativeBuyer(verb v: Int) -> CountryCode? {
        guard context.isWord(v - 1, "which"), context.isSymbol(v - 2, .comma), context.isWord(v, in: WordSets.buyVerbs) else { return nil }
        return mentions.last(where: { $0.end == v - 2 && $0.form == .name && !$0.possessive })?.code
    }

    /// "source of imports", "sources of Nigeria's imports": a supplier (see ``rankedTradeRole(before:)``).
    func isImportSource(_ k: Int) -> Bool {
        guard (context.isWord(k, "source") || context.isWord(k, "sources")) && context.isWord(k + 1, "of") else { return false }
        // ("the largest source of Lebanon's imports": past the owner's possessive)
        let at = mentions.first(where: { $0.start == k + 2 && $0.possessive })?.end ?? k + 2
        return context.isWord(at, "imports") || context.isWord(at + 1, "imports")
    }

    /// "trading partner" (or "trade partner") before an amount listed with "with" or "at" in the
    /// same clause ("… largest trading partner with $19.1 billion, followed by China with $14.5
    /// billion"): the index of "partner".
    func tradingPartner(before k: Int) -> Int? {
        // ("Georgia's top trading partners were Turkey ($2.56 billion) and Russia ($1.90 billion)")
        // ("Russia remained Tajikistan's main trading partner ($864.5 million)")
        guard k - 1 > sentence.start + 1, context.isWord(k - 1, "with") || context.isWord(k - 1, "at")
                || context.isSymbol(k - 1, .openParen) && (mentions.contains(where: { $0.end == k - 1 })
                    || context.isWord(k - 2, "partner") || context.isWord(k - 2, "partners")),
              let at = (max(sentence.start + 1, k - 40)..<k - 1).last(where: {
                  (context.isWord($0, "partner") || context.isWord($0, "partners"))
                      && (context.isWord($0 - 1, "trading") || context.isWord($0 - 1, "trade") || context.isWord($0 - 1, "commercial"))
              }),
              !(at + 1..<k - 1).contains(where: { isClauseBoundary($0) || context.has($0, .blocker) }) else { return nil }
        return at
    }

    /// "Last year it was about $1.1 billion", "it came to about SEK 40 billion": "it" and a verb of
    /// amounting right before the amount, and no keyword before it in the sentence.
    func answersWithIt(_ amount: Range<Int>) -> Bool {
        guard let it = (max(sentence.start, amount.lowerBound - 5)..<amount.lowerBound).first(where: { context.isWord($0, "it") }),
              context.has(it + 1, .stock) || context.isWord(it + 1, in: WordSets.answerVerbs) else { return false }
        return !(sentence.start..<amount.lowerBound).contains { t[$0].kind == .word && isIndicatorKeyword($0) }
    }

    /// An amount in brackets right after a year, a comparison word before it: "compared with the
    /// first half of 2022 (US$14.4 billion)".
    func isBracketedComparedAmount(_ amount: Range<Int>) -> Bool {
        guard context.isSymbol(amount.lowerBound - 1, .openParen), context.isSymbol(amount.upperBound, .closeParen),
              amount.lowerBound - 2 > sentence.start, context.scanned.literal(t[amount.lowerBound - 2])?.isYearLike == true else { return false }
        return (max(sentence.start, amount.lowerBound - 10)..<amount.lowerBound - 2).contains(where: isComparison)
    }

    /// The comma opening an aside of words around token `k` that a comma closes before the amount
    /// at `amount` (", boosted by World Cup construction and catering contracts,"): no number or
    /// keyword in it, and a lower-case word after its opening comma.
    func asideOpening(around k: Int, amount: Int) -> Int? {
        guard let (open, close) = context.asideCommas(around: k, in: sentence, before: amount, reach: 12), close + 4 >= amount, t[open + 1].kind == .word,
              !t[open + 1].flags.contains(.capitalized) else { return nil }
        // (A number glued to a name is part of it: ", mainly in oil and gas assets such as Sakhalin-1 and Vankor,".)
        return (open + 1..<close).contains(where: {
            t[$0].kind == .number && !(context.isSymbol($0 - 1, .hyphen) && !t[$0].spaceBefore && !t[$0 - 1].spaceBefore && t[$0 - 2].flags.contains(.capitalized))
                || t[$0].kind == .word && $0 != k && isIndicatorKeyword($0)
        }) ? nil : open
    }

    /// The comma opening an aside that holds keyword `k` and closes with a comma before the amount
    /// at `amount` (", including re-exports,", ", largely re-exports to Kazakhstan,", ", which
    /// include re-exports,"; after a country, a market it ranks: "exports to China, the country's
    /// largest export market, fell to …"); `nil` when `k` is in no such aside.
    func asideStart(before k: Int, amount: Int) -> Int? {
        let ranked = isRankedMarket(keyword: k)
        if let (open, close) = context.asideCommas(around: k, in: sentence, before: amount, reach: 7),
           k - open <= 5 && (context.isWord(open + 1, in: WordSets.asideLeads) || context.isWord(open + 1, "which") && context.isWord(open + 2, in: WordSets.inclusionVerbs))
            || ranked && mentions.contains(where: { $0.end == open }) || isAppositive(open: open),
           !(close + 1..<amount).contains(where: { t[$0].kind == .word && isIndicatorKeyword($0) }) {
            return open
        }
        // A country's description may be longer: "the United Arab Emirates, a hub for Congolese gold
        // exports and for goods re-exported to Central Africa, …".
        if let (open, close) = context.asideCommas(around: k, in: sentence, before: amount, reach: 14), describesCountry(open: open),
           !(close + 1..<amount).contains(where: { t[$0].kind == .word && isIndicatorKeyword($0) }) {
            return open
        }
        return nil
    }

    /// Whether the sentence speaks of "that trade" or "this trade": the trade a sentence before named.
    var refersToThatTrade: Bool {
        (sentence.start + 1..<max(sentence.start + 1, sentence.end)).contains { context.isWord($0, "trade") && (context.isWord($0 - 1, "that") || context.isWord($0 - 1, "this")) }
    }

    /// Whether the aside opening at comma `open` describes the country named right before it: "the
    /// United Arab Emirates, a hub for Congolese gold exports and for re-exports, …".
    func describesCountry(open: Int) -> Bool {
        (context.isWord(open + 1, "a") || context.isWord(open + 1, "an")) && mentions.contains(where: { $0.end == open && $0.form == .name })
    }

    /// Whether the aside opening at comma `open` describes the keyword right before it: "Food
    /// exports, the bulk of that trade, earned $12.9b".
    func isAppositive(open: Int) -> Bool {
        open - 1 > sentence.start && t[open - 1].kind == .word && isIndicatorKeyword(open - 1)
            && (context.isWord(open + 1, "the") || context.isWord(open + 1, "a") || context.isWord(open + 1, "an"))
    }

    /// A company noun after a count: "1,270 enterprises", "600 American companies", "146 new
    /// joint ventures", "2,200 German-owned firms".
    func companyNoun(after k0: Int) -> Int? {
        var k = k0
        var steps = 0
        while k < sentence.end && steps < 8 {
            let token = t[k]
            if token.kind == .word {
                if context.has(k, .company) { return k }
                if let mention = mentions.first(where: { $0.start == k }) { k = mention.end; steps += 1; continue }
                // "80 Canadian mining companies", "300 Chinese oil firms", "60 US-owned business
                // process outsourcing firms": nouns naming the trade, never a function word.
                guard context.has(k, .companyModifier) || context.has(k, .owned) || context.has(k, .sectorStart)
                        || !token.flags.contains(.capitalized) && !context.isWord(k, in: WordSets.functionWords) && !context.has(k, .blocker)
                        && context.entry(k).indicator == nil && !context.isWord(k, in: WordSets.reportingVerbs)
                else { return nil }
            } else if token.kind == .symbol {
                guard token.symbol.isDashLike else { return nil }
            } else {
                return nil
            }
            k += 1; steps += 1
        }
        return nil
    }

    /// "The number of Russian-owned companies registered in Georgia exceeded 1,400": a company noun
    /// after "number of", before the count.
    func companyCountSubject(before k0: Int) -> Int? {
        // "Brazilian companies in Argentina number about 200", "Korean-invested companies operating
        // in Indonesia: around 2,200" (a list label)
        let verb = context.isWord(k0 - 1, in: WordSets.numberVerbs) || context.isSymbol(k0 - 1, .colonMark)
        var k = k0 - 1
        // (A rate of change or a year between is passed over: "The number of new companies with
        // foreign capital set up in Romania fell by 8.4% last year, to 5,611", "Italy ranked first
        // by number of companies established in Romania in 2024, with 1,012".)
        var passed = 0
        while k >= sentence.start && k0 - k - passed <= 12 {
            if t[k].kind == .number, context.isSymbol(k + 1, .percent) || context.isWord(k + 1, "percent") || context.isWord(k + 1, "per")
                || context.scanned.literal(t[k])?.isYearLike == true {
                passed += 5
                k -= 1
                continue
            }
            if context.has(k, .company) {
                if verb { return k }
                // ("The number of newly established foreign-invested enterprises in China reached …")
                for at in max(sentence.start, k - 8)..<k where context.isWord(at, "number") && context.isWord(at + 1, "of") {
                    return k
                }
                // "The number of companies in Hong Kong with parent companies located outside Hong
                // Kong reached 9,039": "number of" and its company noun further back.
                for at in sentence.start..<max(sentence.start, k - 8) where context.isWord(at, "number") && context.isWord(at + 1, "of") {
                    if let noun = (at + 2..<min(k, at + 6)).first(where: { context.has($0, .company) }),
                       !(noun..<k0).contains(where: { t[$0].kind == .number }) {
                        return noun
                    }
                }
                return nil
            }
            if t[k].kind == .number { return nil }
            k -= 1
        }
        return nil
    }

    /// "In 2020, the figure was 380 million dollars", "bringing this figure to $15 billion", "This
    /// compares with $3.6 billion in the same period of 2020" (or "That compares", "It
    /// compares"), "That is down from more than £30 billion a year earlier" ("That's up from",
    /// "This was down from"): the main figure of the sentence before (its first).
    func refersToFigureBefore(_ amount: Range<Int>) -> Bool {
        if (sentence.start..<amount.lowerBound).contains(where: { context.isWord($0, "figure") && context.isWord($0 - 1, in: WordSets.backReferences) }) {
            return true
        }
        // ("3/ That's up from about $480bn": a thread's post number first)
        let start = context.afterPostNumber(sentence.start)
        // ("The total compares with US $35.29 billion a year earlier")
        if context.isWord(start, "the"), context.isWord(start + 1, in: WordSets.totalNouns) || context.isWord(start + 1, "figure"),
           context.isWord(start + 2, "compares") || context.isWord(start + 2, "compared") {
            return true
        }
        guard context.isWord(start, "this") || context.isWord(start, "that") || context.isWord(start, "it") else { return false }
        // ("That compared with 999.98 billion yuan in 2020")
        if context.isWord(start + 1, "compares") || context.isWord(start + 1, "compared") { return true }
        return context.movedFrom(at: start + 1).map { $0 <= amount.lowerBound && amount.lowerBound - $0 <= 4 } ?? false
    }

    /// The sentence points back at the previous figure: it opens with "Of this (amount)", "Of
    /// that", "Of these", raises "it" to an amount ("want to raise it to $15 billion"), has "it"
    /// reach one ("Last year, it reached a record $27.9 bln"), ranks a country as its source
    /// before the amount ("Singapore was the largest source, with $15.4 billion"), or names the
    /// amount a share "of that" (``isShareOfFigureBefore(_:)``).
    func refersToPreviousFigure(_ amount: Range<Int>) -> Bool {
        if context.isWord(sentence.start, "of"), context.isWord(sentence.start + 1, in: WordSets.backReferences) {
            return true
        }
        // "Of last year's total, the United States contributed US $13.2 billion"
        if context.isWord(sentence.start, "of"),
           let comma = sentence.tokens(from: sentence.start + 1, count: 6).first(where: { context.isSymbol($0, .comma) }),
           context.isWord(comma - 1, in: WordSets.totalNouns), comma < amount.lowerBound {
            return true
        }
        if ranksSource(before: amount.lowerBound) { return true }
        if isShareOfFigureBefore(amount) { return true }
        return pointsBackWithIt(amount)
    }

    /// "Cars and auto parts accounted for about ¥7.2 trillion of that", "Energy products made up
    /// $170.2-billion of those shipments", "Kazakhstan accounted for $31.2 billion of last year's
    /// total": a share verb within three tokens before the amount, and "of" with a demonstrative or
    /// a noun for a total right after it (``DocumentContext/pointsBackWithOf(_:before:)``).
    func isShareOfFigureBefore(_ amount: Range<Int>) -> Bool {
        context.pointsBackWithOf(amount.upperBound, before: sentence.end)
            && (max(sentence.start, amount.lowerBound - 3)..<amount.lowerBound).contains(where: { context.isWord($0, in: WordSets.shareVerbs) })
    }

    /// "top export market", "largest export destination": a keyword (of exports, which callers
    /// check) between a rank and a market noun.
    func isRankedMarket(keyword k: Int) -> Bool {
        context.isWord(k + 1, in: WordSets.marketNouns) && context.isWord(k - 1, in: WordSets.rankWords)
    }

    /// A flow noun ("inflows", "pledges") before the amount at `k`, in its clause.
    func flowNoun(before k: Int) -> Int? {
        (sentence.start..<k).last { context.isWord($0, in: WordSets.flowNouns) }
    }

    /// A receiving verb right before the amount at `k` whose subject is a sector ("manufacturing
    /// attracted $486 million", "the processing and manufacturing sector attracted USD 14.9
    /// billion", "energy attracted the most, $380.4mn"): the verb's index.
    func sectorReceives(before k: Int) -> Int? {
        // ("energy attracted the most, $380.4mn")
        let v = context.isSymbol(k - 1, .comma) && context.isWord(k - 2, "most") && context.isWord(k - 3, "the") ? k - 4 : k - 1
        guard v > sentence.start, t[v].kind == .word, context.has(v, .receive), sectorSubject(ofVerb: v, from: sentence.start) != nil else {
            return nil
        }
        return v
    }

    /// The sector named as the subject right before the verb at `v` (from token `lower` on), with
    /// or without a sector noun: "the non-oil sector attracted", "manufacturing attracted"; the
    /// place of the sector may come between ("the manufacturing sector in Malaysia attracted",
    /// "manufacturing projects in Bahrain attracted").
    func sectorSubject(ofVerb v: Int, from lower: Int) -> String? {
        guard lower < v else { return nil }
        for s in max(lower, v - 7)..<v {
            guard let (sector, after) = sectorWord(at: s) else { continue }
            var at = after
            // "mining and quarrying attracted 790 million dollars", "the manufacturing and processing
            // sector in Vietnam drew": a statistics office's label.
            if context.isWord(at, "and"), context.isWord(at + 1, in: Self.sectorCompanions) { at += 2 }
            if at < v, context.isWord(at, in: WordSets.sectorNouns) { at += 1 }
            if at + 1 < v, context.isWord(at, "in"), let m = mentions.first(where: { $0.start == at + 1 }) { at = m.end }
            if at == v { return sector }
        }
        return nil
    }

    /// Words that join a sector in a statistics office's label ("mining and quarrying",
    /// "agriculture and fishing", "manufacturing and processing") without making it another sector.
    static let sectorCompanions = WordSet(["quarrying", "fishing", "fisheries", "forestry", "livestock", "hunting", "processing"])

    /// "the main destination", "the largest market" before token `k`: the noun's index.
    func rankedMarketNoun(before k: Int) -> Int? {
        (sentence.start..<k).last { context.isWord($0, in: WordSets.marketNouns) && context.isWord($0 - 1, in: WordSets.rankWords) }
    }

    /// "the largest source", "one of the main sources", "top contributors" before token `k`.
    func ranksSource(before k: Int) -> Bool {
        (sentence.start..<k).contains {
            context.isWord($0, in: WordSets.sourceNouns) && context.isWord($0 - 1, in: WordSets.rankWords) && !isSourceOfOther($0)
                // "China topped the list with 159 billion baht, followed by Singapore at 127 billion baht"
                || context.isWord($0, in: WordSets.rankingVerbs) && context.isWord($0 + 1, "the") && context.isWord($0 + 2, in: WordSets.rankingNouns)
        }
    }

    /// Whether the source noun at `k` is a source of something other than the figure: "the other
    /// main source of foreign currency" (not "the largest source of FDI", "of investment in Peru").
    func isSourceOfOther(_ k: Int) -> Bool {
        guard context.isWord(k + 1, "of") else { return false }
        // ("the largest source of capital last year": the investment before.)
        return !sentence.tokens(from: k + 2, count: 3).contains { i in
            (t[i].kind == .word && (isIndicatorKeyword(i) || context.isWord(i, "capital"))) || mentions.contains(where: { $0.start == i })
        }
    }

    /// The country a sentence ranks right before the amount, as the next place of a ranking in
    /// the sentence before: "Japan came fourth with $4.6 billion", "Germany was fifth at $2
    /// billion", "Italy followed with €1.2 billion" (the country first in its sentence, or after
    /// "The": "The United States came second", then a verb of ranking or "was", an ordinal or
    /// both, then "with" or "at" and the amount).
    func continuedRanking(_ amount: Range<Int>) -> CountryCode? {
        guard let m = mentions.first, m.start == sentence.start || m.start == sentence.start + 1 && context.isWord(sentence.start, "the"),
              m.form == .name, !m.possessive,
              let place = rankedPlace(after: m.end, be: true), place.lead || place.ordinal, amount.lowerBound == place.amountAt else { return nil }
        return m.code
    }

    /// The words after a country that rank it before an amount: a verb of ranking ("led", "came")
    /// or, with `be`, "was"/"is" (also "was the largest supplier", "is the top trading partner":
    /// a ranked trade role, read as a verb of ranking); an ordinal ("third"); then "with" or "at", after a comma when a
    /// verb or an ordinal came ("came fourth with", "third with", "led with", "came second, with").
    /// A verb of holding and a ranked place count as a verb of ranking: "attracted the largest share
    /// with", "retained the top spot with".
    /// Returns the token after "with"/"at", where the amount must start,
    /// and whether a verb of ranking and an ordinal were read; nil when no "with"/"at" follows.
    func rankedPlace(after k: Int, be: Bool) -> (amountAt: Int, lead: Bool, ordinal: Bool)? {
        var at = k
        // ("attracted the largest share with $1.1 billion", "retained the top spot with")
        if context.isWord(at, in: WordSets.placeVerbs), context.isWord(at + 1, "the"), context.isWord(at + 2, in: WordSets.rankWords),
           context.isWord(at + 3, in: WordSets.placeNouns) {
            at += 4
            if context.isSymbol(at, .comma) { at += 1 }
            guard context.isWord(at, "with") || context.isWord(at, "at") else { return nil }
            return (at + 1, true, false)
        }
        var lead = context.isWord(at, in: WordSets.leadVerbs)
        if lead || be && (context.isWord(at, "was") || context.isWord(at, "is")) { at += 1 }
        // ("Russia was the largest supplier with $31.6 billion", "the top trading partner at")
        if !lead, be, context.isWord(at, "the"), context.isWord(at + 1, in: WordSets.rankWords) {
            let role = context.isWord(at + 2, "trading") || context.isWord(at + 2, "trade") ? at + 3 : at + 2
            if context.isWord(role, in: WordSets.rankedRoleNouns) {
                at = role + 1
                lead = true
            }
        }
        // ("was a distant second with $162 million", "came a close third")
        if context.isWord(at, "a"), context.isWord(at + 1, "distant") || context.isWord(at + 1, "close"),
           context.isWord(at + 2, in: WordSets.placeOrdinals) { at += 2 }
        let ordinal = context.isWord(at, in: WordSets.placeOrdinals)
        if ordinal { at += 1 }
        // ("came second, with US$ 36.9 billion")
        if context.isSymbol(at, .comma), lead || ordinal { at += 1 }
        guard context.isWord(at, "with") || context.isWord(at, "at") else { return nil }
        return (at + 1, lead, ordinal)
    }

    /// The country of a ranking's next place named right before `amount`, after the place
    /// before it (which ends at `after`): "followed by Canada with $2.61 billion", "Japan with
    /// $1.9 billion", "and Argentina third, with US$ 16.7 billion". The country is a name (not
    /// "'s"), then its place (``rankedPlace(after:be:)``) or an opening bracket leads to the
    /// amount, with no clause boundary between but the list's ", and" or ", while".
    func listedPlace(_ amount: Range<Int>, after: Int) -> CountryCode? {
        guard let m = mentions.last(where: { $0.start >= after && $0.end < amount.lowerBound }), m.form == .name, !m.possessive,
              rankedPlace(after: m.end, be: false)?.amountAt == amount.lowerBound
                // ("followed by Singapore (B128bn), Japan (B80bn)": the amount in brackets after the name)
                || context.isSymbol(m.end, .openParen) && m.end + 1 == amount.lowerBound,
              // (", while the EU ranked third at $51.7 billion": the list's ", and" or ", while".)
              !(after..<m.start).contains(where: { isClauseBoundary($0) && !(context.isSymbol($0, .comma) && (context.isWord($0 + 1, "and") || context.isWord($0 + 1, "while")))
                  && !(context.isWord($0, "while") && context.isSymbol($0 - 1, .comma)) })
        else { return nil }
        return m.code
    }

    /// "it" (or "they") pointing back at a figure within eight tokens before the amount: "raise it
    /// to $15 billion", "dragged it down to $13.1 billion", "In 2024 they reached $38.6 billion".
    func pointsBackWithIt(_ amount: Range<Int>) -> Bool {
        (max(sentence.start, amount.lowerBound - 8)..<amount.lowerBound).contains(where: context.isFigureIt)
    }

    /// A percent sign, "percent" or the "cent" of "per cent" at token `k`.
    func isPercentMark(_ k: Int) -> Bool {
        context.isSymbol(k, .percent) || context.isWord(k, "percent") || context.isWord(k, "cent")
    }

    /// "Italy ranked first by number of companies established in Romania, with 1,012": a place
    /// in a ranking before token `k`.
    func ranksByPlace(before k: Int) -> Bool {
        (sentence.start..<k).contains {
            (context.isWord($0, "ranked") || context.isWord($0, "ranks") || context.isWord($0, "came")) && context.isWord($0 + 1, in: WordSets.placeOrdinals)
        }
    }

    /// "the same period of 2020": a period shaped like one named before.
    var namesSamePeriodOf: Bool {
        (sentence.start..<sentence.end).contains { context.isWord($0, "same") && context.isWord($0 + 1, "period") && context.isWord($0 + 2, "of") }
    }

    /// The sentence's only period is "a year earlier" ("a year ago", "the year before"): read
    /// against the publication date, when the figure it is said of was in the sentence before.
    var namesOnlyAYearEarlier: Bool {
        periods.count == 1 && PeriodFinder.isYearEarlier(at: periods[0].start, in: context)
    }

    /// "in the same period", "during that period", "in the period": the period named before.
    var refersToSamePeriod: Bool {
        (sentence.start..<sentence.end).dropFirst().contains { p in
            // ("Bilateral trade reached $37.2 billion in the period", "during the period")
            // ("period" first: six letters, then the word.)
            t[p].length == 6 && context.isWord(p, "period") && (context.isWord(p - 1, "same") || context.isWord(p - 1, "that")
                || context.isWord(p - 1, "the") && (context.isWord(p - 2, "in") || context.isWord(p - 2, "during") || context.isWord(p - 2, "over")))
                && !context.isWord(p + 1, "last") && !context.isWord(p + 1, "of") && !context.isWord(p + 1, "from") && !context.isWord(p + 1, "between")
        }
    }

    /// "in the same year", "that year": the year of the figure before.
    var refersToSameYear: Bool {
        (sentence.start..<sentence.end).contains { k in
            (context.isWord(k, "same") || context.isWord(k, "that")) && context.isWord(k + 1, "year")
                && !context.isSymbol(k + 2, .hyphen) && !context.isWord(k + 2, "earlier") && !context.isWord(k + 2, "ago")
        }
    }

    /// The country whose agency the sentence names: "according to Japan's Ministry of Finance",
    /// "China's General Administration of Customs" (with "'s", an agency noun within four words),
    /// "the Fiji Bureau of Statistics", "the Australian Bureau of Statistics" (the noun right after
    /// the name), "Statistics Canada", "Stats NZ", "the Bank of Ghana" (``namesInstitution(_:)``).
    var citedAgencyCountry: CountryCode? {
        mentions.first(where: { m in
            (m.possessive ? sentence.tokens(from: m.end, count: 4).contains(where: isAgencyNoun)
                : m.end < sentence.end && isAgencyNoun(m.end) && t[m.end].flags.contains(.capitalized))
                || context.isWord(m.start - 1, "statistics") || context.isWord(m.start - 1, "stats") || namesInstitution(m)
        })?.code
    }

    private func isAgencyNoun(_ k: Int) -> Bool {
        context.isWord(k, in: WordSets.organisationNouns) || context.isWord(k, "bureau") || context.isWord(k, "customs")
    }

    func hasWord(_ word: StaticString) -> Bool {
        (sentence.start..<sentence.end).contains { context.isWord($0, word) }
    }

    /// "its"/"their" right before the keyword (allowing one adjective: "their total investment").
    func possessivePronoun(before k: Int) -> Bool {
        (max(sentence.start, k - 3)..<k).contains { context.isWord($0, in: WordSets.possessivePronouns) }
    }

    /// "The country", "the kingdom", and descriptive phrases that stand for a country named
    /// before: "the Southeast Asian country", "the Andean neighbour", "the Central Asian
    /// republic", "the neighbouring country". Between "the" and the noun, up to three capitalised
    /// words or describing adjectives; a phrase that is itself a country's name ("the United
    /// Kingdom", "the Kyrgyz Republic") or goes on with "of" ("the Republic of Azerbaijan") is none.
    /// A neighbour may also be "its"/"their" and a side of the compass: "Nepal's shipments to its
    /// southern neighbour" (a neighbour of the owner, so another country; "its country" is none).
    /// `the` is the index of the determiner, `noun` that of the noun (a possessive "'s" follows it).
    var countryAnaphor: (the: Int, noun: Int)? {
        var k = sentence.start
        while k < sentence.end {
            defer { k += 1 }
            guard t[k].length == 3 || t[k].length == 5, t[k].kind == .word else { continue }
            let the = t[k].length == 3 && context.isWord(k, "the")
            let possessive = !the && (t[k].length == 3 ? context.isWord(k, "its") : context.isWord(k, "their"))
            // ("…, making the country the fifth largest FDI recipient": the country just named.)
            guard the || possessive, !context.isWord(k - 1, in: WordSets.complementVerbs) else { continue }
            var noun = k + 1, compass = false
            while noun < sentence.end, noun - k <= 6, !isCountryNoun(noun, after: k), t[noun].kind == .word || t[noun].kind == .number {
                // ("the 27-member bloc", "the 27-nation bloc")
                if t[noun].kind == .number {
                    guard context.isSymbol(noun + 1, .hyphen), context.isWord(noun + 2, in: Self.memberNouns) else { break }
                    noun += 3
                    continue
                }
                if context.isWord(noun, in: WordSets.compassAdjectives) { compass = true }
                // ("the city-state": Singapore's, read as "city" and the noun "state")
                else if context.isWord(noun, "city"), context.isSymbol(noun + 1, .hyphen), context.isWord(noun + 2, "state") { noun += 2; break }
                else if !(t[noun].flags.contains(.capitalized) || context.isWord(noun, in: WordSets.countryDescribers)) { break }
                noun += 1
            }
            let neighbour = context.isWord(noun, "neighbour") || context.isWord(noun, "neighbor")
            // (Not "its northern neighbour Czechia": the country is named.)
            guard noun < sentence.end, isCountryNoun(noun, after: k), !context.isWord(noun + 1, "of"), neighbour || !possessive && !compass,
                  !mentions.contains(where: { $0.start <= noun && noun < $0.end || neighbour && $0.start == noun + 1 }) else { continue }
            return (k, noun)
        }
        return nil
    }

    /// The countries the region words of a country phrase allow ("the Gulf state", "the Central
    /// Asian republic": see ``RegionMembers``), or `nil` when it names no region.
    func anaphorRegion(the: Int, noun: Int) -> Set<CountryCode>? {
        guard noun - the >= 2 else { return nil }
        var words: [String] = []
        for k in (the + 1)..<noun where t[k].kind == .word { words.append(context.lower(k)) }
        while !words.isEmpty {
            if let members = RegionMembers.table[words.joined(separator: " ")] { return members }
            words.removeFirst()
        }
        return nil
    }

    /// "the 27-member bloc", "the 27-nation bloc" (a number glued to the noun by a hyphen).
    static let memberNouns = WordSet(["member", "nation", "country", "state"])

    /// Whether token `noun` is a noun for a country in a phrase starting with "the" at `the`: "the
    /// country", "the kingdom"; "the Asian giant", "the Gulf state" (these two only after a
    /// describing word).
    func isCountryNoun(_ noun: Int, after the: Int) -> Bool {
        context.isWord(noun, in: WordSets.countryNouns) || noun > the + 1 && (context.isWord(noun, "giant") || context.isWord(noun, "state"))
    }

    /// Whether token `k` starts a new clause: ";", "while", "whereas", "but", "although", or a comma
    /// before "and"/"but"/"while". A conjunction set off by commas on both sides is an aside
    /// inside a clause, not the start of one: "Japan's exports to China, meanwhile, fell to ...".
    func isClauseBoundary(_ k: Int) -> Bool {
        if context.isSymbol(k, .semicolon) { return true }
        if context.isWord(k, in: WordSets.clauseConjunctions) {
            return !(context.isSymbol(k - 1, .comma) && context.isSymbol(k + 1, .comma))
        }
        if context.isSymbol(k, .comma), context.isWord(k + 1, in: WordSets.commaConjunctions) { return true }
        // "said more than 20 Chinese companies were operating in Serbia and that he expected …"
        if context.isWord(k, "and"), context.isWord(k + 1, "that") { return true }
        // ", as demand for … offset …": a clause of cause (not ", as well as", ", as part of",
        // ", as of June", ", as recorded by the ministry,").
        if context.isSymbol(k, .comma), context.isWord(k + 1, "as"), k + 2 < sentence.end, t[k + 2].kind == .word,
           !context.isWord(k + 2, in: WordSets.asPhraseHeads), !context.lower(k + 2).hasSuffix("ed") {
            return true
        }
        return false
    }

    /// A reporting verb or "according" after `a` (before `b`): what follows is attribution.
    func reportingVerb(after a: Int, before b: Int) -> Int? {
        (a..<b).first { context.isWord($0, in: WordSets.reportingVerbs) || isClauseBoundary($0) }
    }

    /// The indicator keywords before `k` in the sentence, in order (for "respectively" lists).
    func keywords(before k: Int) -> [Int] {
        (sentence.start..<k).filter { t[$0].kind == .word && isIndicatorKeyword($0) }
    }
}

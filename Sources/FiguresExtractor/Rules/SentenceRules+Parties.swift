import FiguresCore
import FiguresRecognizer

extension SentenceRules {
    /// The preposition before a mention ("in", "from", "to", "with", "between", "and"), skipping "the".
    func preposition(_ m: CountryMention) -> String? {
        var k = m.start - 1
        // "in eastern Serbia", "in Hamina, south-eastern Finland": a compass word (or compound)
        // before the country.
        if context.isWord(k, in: WordSets.placeAdjectives) {
            k -= 1
            if context.isSymbol(k, .hyphen), context.isWord(k - 1, in: WordSets.placeAdjectives) || context.isWord(k - 1, "south")
                || context.isWord(k - 1, "north") { k -= 2 }
        }
        // "to its northern neighbour Czechia", "from its neighbor China": a country named after
        // "neighbour" takes the neighbour's preposition.
        if t.indices.contains(k), t[k].length == 9 || t[k].length == 8, context.isWord(k, "neighbour") || context.isWord(k, "neighbor") {
            var at = k - 1
            while at > sentence.start, at > k - 4, context.isWord(at, in: WordSets.compassAdjectives) || context.isWord(at, in: WordSets.countryDescribers) { at -= 1 }
            if context.isWord(at, "its") || context.isWord(at, "their") || context.isWord(at, "the") { k = at - 1 }
        }
        // "in Ontario, Canada", "in Nuevo León, Mexico": a place, then its country.
        if context.isSymbol(k, .comma), k - 2 >= sentence.start, t[k - 1].kind == .word, t[k - 1].flags.contains(.capitalized),
           !mentions.contains(where: { $0.end == k }) {
            var at = k - 1
            while at > sentence.start, at > k - 4, t[at - 1].kind == .word, t[at - 1].flags.contains(.capitalized) { at -= 1 }
            // ("near Gävle, north-eastern Sweden": near a town is in its country.)
            if context.isWord(at - 1, "in") || context.isWord(at - 1, "into") { k = at - 1 }
            else if context.isWord(at - 1, "near") { return "in" }
        }
        // "a logistics hub near Bishkek", "outside Warsaw": near a capital or a region is in its country.
        if m.form == .capital || m.region, context.isWord(k, "near") || context.isWord(k, "outside") { return "in" }
        // ("to invest up to $1 billion in a Mexican assembly plant": an adjective after "a" too)
        if context.isWord(k, "the") || m.form == .adjective && (context.isWord(k, "a") || context.isWord(k, "an")) {
            k -= 1
            // "Food exports to the rest of the EU": the rest of a bloc or region is that place.
            if context.isWord(k, "of"), context.isWord(k - 1, "rest"), context.isWord(k - 2, "the") { k -= 3 }
        }
        // "in its US arm", "into their Vietnamese plants"
        else if k >= 0, k < t.count, t[k].length == 3 || t[k].length == 5, context.isWord(k, "its") || context.isWord(k, "their") {
            k -= 1
            // "in expanding its Hungarian plant"
            if k > sentence.start, t[k].kind == .word, context.isWord(k - 1, "in") || context.isWord(k - 1, "into"), context.lower(k).hasSuffix("ing") { k -= 1 }
        }
        // "from Japan, the United States and Singapore": a list item takes the preposition of the
        // country before it.
        if context.isSymbol(k, .comma), !m.possessive, let before = mentions.last(where: { $0.end == k && $0.start < m.start }),
           continuesList(from: m) {
            return preposition(before)
        }
        // Compared from the token's bytes (no lower-cased string is built): the party rules ask
        // for the preposition of every mention, often several times.
        guard k >= sentence.start, t[k].kind == .word, t[k].length <= 7 else { return nil }
        let key = t[k].packedLowercasePrefix(in: context.p)
        // "between X and Y", "X and Y": only after another country.
        if key == Self.packedAnd { return mentions.contains { $0.end == k } ? "and" : nil }
        guard let index = Self.packedPrepositions.firstIndex(of: key) else { return nil }
        let word = Self.prepositions[index]
        // "Tesla, based in Austin, Texas, plans to invest …": a company's base, no host.
        if word == "in", context.isWord(k - 1, "based") || context.isWord(k - 1, "headquartered") { return "based" }
        // "mostly to Uzbekistan": a hedged destination is not the figure's party.
        if word == "to", context.has(k - 1, .hedge) { return "hedged" }
        // "second only to South Korea", "second to China": a ranking, not a destination.
        if word == "to", context.isWord(k - 1, "only") || context.isWord(k - 1, "second") { return "hedged" }
        return word
    }

    /// Whether `m` goes on as an item of a list of countries that ends with "and" or "or": "Japan,
    /// the United States and Singapore" (not "China, South Korea's largest partner", nor "the
    /// Bank of Greece, Cyprus is …").
    func continuesList(from m: CountryMention) -> Bool {
        var j = m.end
        while j < sentence.end {
            if context.isWord(j, "and") || context.isWord(j, "or") { return true }
            guard context.isSymbol(j, .comma) else { return false }
            var next = j + 1
            if context.isWord(next, "the") { next += 1 }
            if context.isWord(next, "and") || context.isWord(next, "or") { return true }
            guard let item = mentions.first(where: { $0.start == next }), !item.possessive else { return false }
            j = item.end
        }
        return false
    }

    /// The prepositions that link a country to a figure (at most seven letters).
    static let prepositions = ["in", "into", "to", "from", "with", "between", "of", "for", "by", "on", "across", "inside", "within", "at"]
    /// The same, each as its bytes packed into an integer as ``Token/packedLowercasePrefix(in:)`` packs a token's.
    static let packedPrepositions: [UInt64] = prepositions.map(Token.packedLowercase)
    static let packedAnd = Token.packedLowercase("and")

    /// Whether `m` is the agent of a receiving verb: "Investments approved by the Philippines'
    /// Board of Investments" (the host of the investment).
    func isReceivingAgent(_ m: CountryMention) -> Bool {
        let by = context.lead(before: m.start)
        return context.isWord(by, "by") && context.has(by - 1, .receive)
    }

    /// A receiving verb ("attracted", "received", "hosts") between tokens `a` and `b`.
    func receiveVerb(from a: Int, to b: Int) -> Bool {
        guard a < b else { return false }
        for k in a..<b where context.has(k, .receive) { return true }
        return false
    }

    /// The party before the keyword that owns or performs it: "Turkish investments", "Russia's
    /// exports", "Kazakhstan exported", "Baku plans to invest". `receiver` is true when a
    /// receiving verb follows it ("Georgia attracted …").
    func owner(keyword k: Int, amount: Range<Int>) -> (CountryMention, receiver: Bool)? {
        let limit = min(k, amount.lowerBound)
        for m in mentions.reversed() where m.end <= max(k, limit) && m.start >= sentence.start {
            let prep = preposition(m)
            // "with India's exports at …", "a rise in Japan's exports": a possessive right before
            // the keyword owns it, whatever word comes before the country.
            let ownsKeyword = m.possessive && m.end <= k && k - m.end <= 1
            // "with German exports to Brazil of €45.6 billion": a country right before the keyword
            // owns it after "with" too.
            let withOwner = m.end == k && !m.possessive && prep == "with"
            // "China remained the top market for U.S. agricultural exports": an adjective before a
            // keyword of exports or investment after "for" owns it (not imports: "demand for
            // Chinese imports" may be China's goods).
            let forOwner = prep == "for" && describesNoun(m) && m.end <= k && k - m.end <= 2
                && (m.end..<k).allSatisfy { t[$0].kind == .word && !t[$0].flags.contains(.capitalized) }
                && (context.entry(k).indicator == .exports || context.entry(k).indicator == .investment)
            // ("Tesla, based in Austin, Texas, plans to invest …": the subject's base owns it.)
            if prep != nil && prep != "of" && prep != "by" && prep != "based" && !ownsKeyword && !withOwner && !forOwner { continue }
            // ("of Zimbabwe's US$3.2 billion total exports": a possessive right before the amount
            // owns the keyword right after it.)
            if prep == "of" && !(m.start >= 2 && context.has(m.start - 2, .indicator)) && !(m.end <= k && k - m.end <= 2)
                && !(m.possessive && m.end == amount.lowerBound && k >= amount.upperBound && k - amount.upperBound <= 2) { continue }
            if isSpeaker(m) || isRival(m) { continue }
            // ("The Kuwait Investment Authority, one of the first funds to enter the Chinese market,
            // has invested …": not a country in an aside about the subject.)
            if prep == nil, let aside = context.subjectAside(around: m.start, in: sentence), aside.upperBound <= limit { continue }
            // "The United States remained the largest destination for Bangladeshi goods, …, while
            // exports to the European Union totalled $24.1 billion": a market ranked in an earlier
            // clause owns no later figure.
            if prep == nil, m.end < limit, isRankedMarket(m), (m.end..<limit).contains(where: isClauseBoundary) { continue }
            // ("Taiwan's approved investment in China": a participle owned by the possessive, with
            // another host named, is an adjective of the keyword, no verb of receiving.)
            let modifier = m.possessive && m.end + 1 == k
                && mentions.contains { $0.start > k && $0.start < amount.lowerBound && Self.inInto.contains(preposition($0) ?? "") }
            return (m, prep == "by" && isReceivingAgent(m) || !modifier && receiveVerb(from: m.end, to: k > m.end ? min(k, amount.lowerBound) : amount.lowerBound))
        }
        return nil
    }

    /// Whether `m` is said to be a ranked market or destination: "the United States remained the
    /// single largest destination", "China is the biggest market".
    func isRankedMarket(_ m: CountryMention) -> Bool {
        guard let noun = sentence.tokens(from: m.end, count: 7).first(where: { context.isWord($0, in: WordSets.marketNouns) }) else { return false }
        return (m.end..<noun).contains { context.isWord($0, in: WordSets.rankWords) } && !mentions.contains { $0.start > m.start && $0.start < noun }
    }

    /// Whether token `k` is a keyword of investment ("investment" in "foreign investment in Malaysia").
    func isInvestmentKeyword(_ k: Int) -> Bool {
        k >= sentence.start && t[k].kind == .word && isIndicatorKeyword(k) && context.entry(k).indicator == .investment
    }

    /// "ahead of (the) Netherlands": a country ranked after the one before it.
    func isAheadOf(_ m: CountryMention) -> Bool {
        let of = context.lead(before: m.start)
        return context.isWord(of, "of") && context.isWord(of - 1, "ahead")
    }

    /// The country right before an amount in brackets: "Brazil (USD 33 billion)".
    func bracketedOwner(of amount: Range<Int>) -> CountryMention? {
        guard context.isSymbol(amount.lowerBound - 1, .openParen), context.isSymbol(amount.upperBound, .closeParen) else { return nil }
        return mentions.first { $0.end == amount.lowerBound - 1 && $0.form != .adjective }
    }

    /// Verbs whose subject takes in investment: "Mexico expects FDI of $40 billion".
    static let inflowVerbs = WordSet([
        "expect", "expects", "expected", "hope", "hopes", "want", "wants", "need", "needs", "seek", "seeks", "target",
        "targets", "aim", "aims", "plan", "plans", "welcomed", "welcomes", "anticipates", "forecasts", "projects",
    ])

    static let speakerNouns = WordSet([
        "officials", "official", "government", "authorities", "minister", "ministry", "president", "leader", "leaders",
        "prime", "statistics", "statistical", "office", "agency", "ambassador", "envoy", "delegation", "customs",
        "lawmakers", "parliament", "experts", "analysts", "economists", "side",
    ])

    /// "France is (remains, became) Morocco's leading investor".
    static let rankVerbs = WordSet(WordSets.beVerbWords + ["remains", "remained", "remain", "became", "becomes", "become"])

    /// People who found companies abroad: "Ukrainian entrepreneurs have set up 28,000 firms".
    static let founderNouns = WordSet(["entrepreneurs", "investors", "businessmen", "businesspeople", "nationals", "citizens"])

    /// Verbs whose object is a rival, not a party: "Mexico overtook China as the largest exporter
    /// to the US".
    static let rivalVerbs = WordSet([
        "overtook", "overtake", "overtakes", "overtaking", "overtaken", "surpassed", "surpass", "surpasses", "surpassing",
        "outpaced", "outpacing", "outstripped", "outstripping", "displaced", "displacing", "dethroned", "unseated", "replaced",
        "replacing", "beat", "beating", "eclipsed", "eclipsing",
    ])

    /// Whether `m` is the object of a rival verb ("overtook China", "surpassing the United States").
    func isRival(_ m: CountryMention) -> Bool {
        var k = m.start - 1
        if context.isWord(k, "the") { k -= 1 }
        return k >= 0 && k < t.count && t[k].length >= 4 && context.isWord(k, in: Self.rivalVerbs)
    }

    /// "Georgian officials expect …": the country of a speaker, not a party to the figure.
    /// Whether `m`, after the amount ending at `end`, names the body the figure is attributed to:
    /// "…, Morocco's exchange office said", "according to India's commerce ministry".
    func isAttribution(_ m: CountryMention, after end: Int) -> Bool {
        m.start >= end && (m.possessive || m.form == .adjective) && sentence.tokens(from: m.end, count: 3).contains { context.isWord($0, in: WordSets.organisationNouns) }
    }

    /// Whether `m` ends an office's name after "of": "the Bank of Ghana", "the Central Bank of
    /// Nigeria", "the Statistics Office of Serbia".
    func namesInstitution(_ m: CountryMention) -> Bool {
        m.form == .name && !m.possessive && context.isWord(m.start - 1, "of") && m.start >= sentence.start + 2
            && t[m.start - 2].flags.contains(.capitalized) && context.isWord(m.start - 2, in: WordSets.organisationNouns)
    }

    func isSpeaker(_ m: CountryMention) -> Bool {
        m.form == .adjective && context.isWord(m.end, in: Self.speakerNouns)
    }

    /// Preposition lists of the party rules, built once (a literal is rebuilt on every call); a
    /// list of one to three short words is searched faster than a set hashes a string.
    static let inIntoTo: [String] = ["in", "into", "to"]
    static let inInto: [String] = ["in", "into"]
    static let toInto: [String] = ["to", "into"]
    static let with: [String] = ["with"]
    static let from: [String] = ["from"]
    static let by: [String] = ["by"]
    static let `in`: [String] = ["in"]

    /// The first mention after token `a` (and before `b`) whose preposition is one of `preps`.
    /// (Not the source of data: "Data from Japan's Ministry of Finance show …".)
    /// (Nor a hedged place: "totaled 1,480 million dollars, mostly in Panama and the United States".)
    func mention(after a: Int, before b: Int = Int.max, preps: [String]) -> CountryMention? {
        mentions.first { $0.start >= a && $0.start < b && preposition($0).map(preps.contains) == true
            && !($0.possessive && context.isWord($0.end, in: WordSets.organisationNouns))
            && !isHedgedAside($0) }
    }

    /// ", mostly in Panama", ", mainly from China", ", almost entirely electricity … sold to
    /// Brazil and Argentina,": a place in an aside that a hedge opens.
    func isHedgedAside(_ m: CountryMention) -> Bool {
        // (The aside's later countries too: ", largely re-exports to Kazakhstan, Azerbaijan and
        // Kyrgyzstan,".)
        (max(sentence.start, m.start - 12)..<m.start).contains { open in
            context.isSymbol(open, .comma)
                && (context.has(open + 1, .hedge) || context.has(open + 2, .hedge) && t[open + 1].kind == .word && !context.has(open + 1, .indicator)
                    // (", almost entirely electricity … sold to Brazil and Argentina,")
                    || (context.isWord(open + 1, "almost") || context.isWord(open + 1, "nearly")) && context.isWord(open + 2, "entirely"))
                && !(open + 1..<m.start).contains(where: isClauseBoundary)
        }
    }

    /// A mention in the candidate's own window whose preposition is one of `preps`.
    func mention(in candidate: Candidate, after a: Int? = nil, preps: [String]) -> CountryMention? {
        mention(after: max(a ?? candidate.window.lowerBound, candidate.window.lowerBound), before: candidate.window.upperBound, preps: preps)
    }

    /// Two countries joined by a dash ("Morocco-France trade") from token `lower` on, before `upper`.
    func dashPair(from lower: Int, before upper: Int) -> (CountryCode, CountryCode)? {
        for i in mentions.indices where mentions[i].start >= lower && mentions[i].start < upper && joinsByDash(i) && mentions[i + 1].start < upper {
            return (mentions[i].code, mentions[i + 1].code)
        }
        return nil
    }

    /// Whether mention `i` and the next are joined by a dash ("Morocco-France"), the first no possessive.
    func joinsByDash(_ i: Int) -> Bool {
        guard i + 1 < mentions.count else { return false }
        let m = mentions[i]
        return mentions[i + 1].start == m.end + 1 && m.end < t.count && t[m.end].kind == .symbol && t[m.end].symbol.isDashLike && !m.possessive
    }

    /// "between X and Y", "X-Y trade", "X's trade with Y": the two partners of a trade figure.
    func tradePartners(keyword k: Int, amount: Range<Int>, window: Range<Int>) -> [CountryCode] {
        // X-Y in the figure's own clause first: "Trade between Morocco and Spain reached €20.5
        // billion in 2022, while Morocco-France trade stood at roughly €14.3 billion".
        if let (a, b) = dashPair(from: window.lowerBound, before: amount.lowerBound) { return [a, b] }
        // Between X and Y
        // (In the figure's own window: "…, or 8.4 percent of Georgia's total external trade turnover
        // of $22.5 billion" is not the pair named "between" before it.)
        // (Nor the pair of a later clause: "China-Vietnam trade rose to $236.4 billion, while trade
        // between China and Malaysia came to $193 billion".)
        for (i, m) in mentions.enumerated() where preposition(m) == "between" && (m.start >= window.lowerBound || !isWorldTotal(keyword: k))
            && m.start < window.upperBound {
            if i + 1 < mentions.count, preposition(mentions[i + 1]) == "and" {
                // "Trade between the EU and China reached €586 billion, while trade with the United
                // States came to €555 billion": a partner named in a later clause trades with the
                // first of the pair.
                if m.start < window.lowerBound,
                   let with = mentions.first(where: { $0.start >= window.lowerBound && $0.start < amount.lowerBound && preposition($0) == "with" }),
                   with.code != m.code, with.code != mentions[i + 1].code {
                    return [m.code, with.code]
                }
                return [m.code, mentions[i + 1].code]
            }
        }
        // X-Y (adjacent, joined by a dash) before the figure's clause, only when the clause names
        // no other country ("China-Vietnam trade rose …, while China's trade with Malaysia came to
        // slightly over $193 billion" is China's with Malaysia).
        for (i, m) in mentions.enumerated() where m.start < window.upperBound && joinsByDash(i) && mentions[i + 1].start < sentence.end {
            let next = mentions[i + 1]
            if m.start >= window.lowerBound || !mentions.contains(where: { $0.start >= window.lowerBound && $0.start < amount.lowerBound
                   && $0.code != m.code && $0.code != next.code }) {
                return [m.code, next.code]
            }
        }
        var partners: [CountryCode] = []
        if let (o, _) = owner(keyword: k, amount: amount) { partners.append(o.code) }
        // A country's total trade with the world has a partner only when one is named before its
        // amount: "Georgia's foreign trade turnover … amounted to $4.4 billion, with Azerbaijan
        // accounting for $250 million" is Georgia's alone.
        // Nor is a country named after the amount's clause ("raise bilateral trade to €30 billion
        // by 2027, building on their joint bid with Portugal").
        // (A window may end before the amount: "respectively" reads each keyword's stretch alone.)
        let clauseEnd = (amount.upperBound..<max(amount.upperBound, window.upperBound)).first(where: { isClauseBoundary($0) || context.isSymbol($0, .comma)
            && $0 + 1 < t.count && t[$0 + 1].kind == .word && !t[$0 + 1].flags.contains(.capitalized) && context.lower($0 + 1).hasSuffix("ing") })
            ?? window.upperBound
        let end = isWorldTotal(keyword: k) ? min(window.upperBound, amount.lowerBound) : clauseEnd
        if let with = mention(after: window.lowerBound, before: end, preps: Self.with), !partners.contains(with.code) {
            partners.append(with.code)
        }
        if partners.count == 2 { return partners }
        // "China remained Malaysia's largest trading partner for the 15th consecutive year, with
        // trade valued at 450.8 billion ringgit", "trade with the United States, China's
        // third-largest trading partner, edged up … to 1.5 trillion yuan": the country whose
        // partner it is, and the partner ranked.
        if let (whose, ranked) = rankedPartner(before: amount.lowerBound, from: window.lowerBound) {
            for code in [ranked?.code, whose.code].compactMap({ $0 }) where partners.count < 2 && !partners.contains(code) {
                partners.append(code)
            }
            if partners.count == 2 { return partners }
        }
        // Otherwise the countries the sentence names near the keyword.
        for m in mentions where !partners.contains(m.code) && preposition(m) != "hedged" && m.start >= window.lowerBound && m.start < end {
            if m.start < k - 12 && m.start < amount.lowerBound - 12 { continue }
            // ("trade turnover with China amounted to $6.7 billion, with Russia – $6.2 billion":
            // the next partner of a list, with its own amount.)
            if m.start > amount.upperBound, preposition(m) == "with", !partners.isEmpty { continue }
            partners.append(m.code)
            if partners.count == 2 { break }
        }
        return partners
    }

    /// "Malaysia's largest trading partner" or "the main trading partner of Tajikistan" before an
    /// amount, no other country between: the country whose partner it is, and the subject ranked as
    /// its partner ("China remained …"), if any.
    func rankedPartner(before a: Int, from lower: Int) -> (CountryMention, CountryMention?)? {
        let first = max(sentence.start + 1, lower)
        guard first < a, let at = (first..<a).last(where: {
                  (context.isWord($0, "partner") || context.isWord($0, "partners"))
                      && (context.isWord($0 - 1, "trading") || context.isWord($0 - 1, "trade"))
              }),
              // ("the main trading partner of Tajikistan with $401.6 million": the country after "of")
              let whose = mentions.last(where: { $0.possessive && $0.end <= at && at - $0.end <= 4 && $0.start >= sentence.start })
                  ?? mentions.first(where: { context.isWord(at + 1, "of") && !$0.possessive
                      && ($0.start == at + 2 || $0.start == at + 3 && context.isWord(at + 2, "the")) }),
              !mentions.contains(where: { $0.start > max(at, whose.start) && $0.start < a }),
              // (Not the share of a total: "…, accounting for 26.2 percent of the Kingdom's overall
              // international trade, which stood at $43.02 billion".)
              !(at + 1..<a).contains(where: isPercentMark) else { return nil }
        let ranked = mentions.last(where: { $0.end <= whose.start && $0.start >= sentence.start && !$0.possessive
            && preposition($0) == nil && $0.form != .adjective && $0.code != whose.code })
        return (whose, ranked)
    }

    /// Whether `m` begins the name of an investment agency: capitalised words after it, one of
    /// them "Investment" ("Ghana Investment Promotion Centre", "Uganda Investment Authority",
    /// "Polish Investment and Trade Agency").
    func namesInvestmentAgency(_ m: CountryMention) -> Bool {
        guard !m.possessive else { return false }
        var k = m.end
        while k < min(sentence.end, m.end + 4), t[k].kind == .word, t[k].flags.contains(.capitalized) || context.isWord(k, "and") {
            if context.isWord(k, "investment") || context.isWord(k, "investments") { return true }
            k += 1
        }
        return false
    }

    /// Whether `m` is what a be-verb right before it (or before "the") says something is: "… was the
    /// United Kingdom", "… was the United Arab Emirates, which bought …".
    func isPredicate(_ m: CountryMention) -> Bool {
        context.isWord(m.start - 1, in: WordSets.beVerbs) || context.isWord(m.start - 1, "the") && context.isWord(m.start - 2, in: WordSets.beVerbs)
    }

    /// Whether `m` describes the word after it: an adjective ("Russian oil"), or a name used as one
    /// ("US farm goods": a lower-case word follows).
    func describesNoun(_ m: CountryMention) -> Bool {
        !m.possessive && (m.form == .adjective
            || m.form == .name && m.end < sentence.end && t[m.end].kind == .word && !t[m.end].flags.contains(.capitalized))
    }

    /// Whether `m` is the object of a verb of overtaking: "Mexico overtook China as the largest
    /// market for US farm exports" ranks Mexico, not China.
    func isOvertaken(_ m: CountryMention) -> Bool {
        context.isWord(context.lead(before: m.start), in: WordSets.overtakingVerbs)
    }

    /// The country listed against an amount that is a share of the flow before it, after keyword
    /// `k`: "with Mexico taking €6.1 billion", "Mexico accounting for €6.1 billion", "and Brazil
    /// €3.9 billion" (the verb left out after a share's amount before it); for imports, "with China
    /// supplying $9.8 billion".
    func listedPartner(before amount: Range<Int>, after k: Int, exports: Bool) -> CountryMention? {
        let a = amount.lowerBound
        guard let m = mentions.last(where: { $0.start > k && $0.end <= a && $0.end >= a - 2 && !$0.possessive && $0.form == .name }) else { return nil }
        let verb = m.end
        if verb == a - 1, context.isWord(verb, in: exports ? Self.takingShareVerbs : Self.supplyingVerbs) { return m }
        if verb == a - 2, context.isWord(verb, "accounting") || context.isWord(verb, "accounted"), context.isWord(verb + 1, "for") { return m }
        // ("… €6.1 billion and Brazil €3.9 billion")
        let lead = context.lead(before: m.start)
        if verb == a, context.isWord(lead, "and"), lead - 1 > k, isAmountEnd(lead - 1) { return m }
        return nil
    }

    static let takingShareVerbs = WordSet(["taking", "buying", "absorbing", "receiving"])
    static let supplyingVerbs = WordSet(["supplying", "providing", "shipping", "selling"])

    /// Verbs of a market taking goods: "China took $38.4 billion of Chilean exports".
    static let takingVerbs = WordSet(["took", "takes", "bought", "buys", "absorbed", "absorbs"])

    /// Nouns for the country investment goes to: "the top destination for Swiss investment".
    static let destinationNouns = WordSet(["destination", "destinations", "recipient", "recipients"])

    /// Whether token `k` is "parent" or "parents", or "parent company"/"parent companies" ends there.
    func isParentNoun(_ k: Int) -> Bool {
        context.isWord(k, "parent") || context.isWord(k, "parents")
            || (context.isWord(k, "company") || context.isWord(k, "companies") || context.isWord(k, "group")) && context.isWord(k - 1, "parent")
    }

    /// Fills `from` and `to` from the sentence (CONTRACT.md: investor → host; exporter → importer;
    /// capital origin → host; trade partners in alphabetical order).
    func assignParties(_ candidate: inout Candidate) {
        guard let indicator = candidate.indicator, let k = candidate.keyword else { return }
        let amount = candidate.tokens
        let anchor = min(k, amount.lowerBound)
        switch indicator {
        case .investment:
            let ownerMention = owner(keyword: k, amount: amount)
            // ("… away from China, with registered capital from Japan reaching …": the country
            // right after the keyword's "from" first.)
            var from = (k >= candidate.window.lowerBound && context.isWord(k + 1, "from") ? mentions.first(where: { $0.start == k + 2 || $0.start == k + 3 && context.isWord(k + 2, "the") })?.code : nil)
                ?? mention(in: candidate, preps: Self.from)?.code
            let hostMention = mention(in: candidate, after: anchor, preps: Self.inIntoTo)
            var to = hostMention?.code
            // "bagged USD22.8 billion in Chinese investment pledges": an adjective right before the
            // keyword after "in" is the investor, not the host.
            // ("a target of ¥5 trillion in Japanese public and private investment in India")
            if let m = hostMention, m.form == .adjective, m.end <= k,
               (m.end..<k).allSatisfy({ context.isWord($0, in: WordSets.investmentOrigins) || context.isWord($0, "and") || context.isWord($0, "direct") }) {
                if from == nil { from = m.code }
                to = mentions.first(where: { $0.start > m.start && $0.start < candidate.window.upperBound
                    && preposition($0).map(Self.inIntoTo.contains) == true })?.code
            }
            let namedHost = to
            if let (o, receiver) = ownerMention {
                // "Mexico expects foreign direct investment of $40 billion": a named country taking in FDI.
                let inflowSubject = isForeignInflow(keyword: k) && o.form != .adjective && !o.possessive && o.end < k
                    && (o.end..<k).contains { context.isWord($0, in: Self.inflowVerbs) }
                    && !(o.end..<k).contains { context.isWord($0, in: WordSets.investorNouns) }
                // A source or investor between the owner and the keyword invests, whatever follows
                // ("The Netherlands was the largest source of approved FDI", "the largest source, with
                // inflows of").
                let source = o.end < k && (o.end..<k).contains { context.isWord($0, in: WordSets.sourceNouns) || context.isWord($0, in: WordSets.investorNouns) }
                // "Georgia's inward FDI stock": the owner of inward investment is its host.
                // "Vietnam's FDI inflows", "US inflows", "the top destination, with inflows of": so is
                // the owner of named inflows in the figure's clause, no other host named ("Chinese FDI
                // inflows into Laos").
                // So is the owner of the "use" of FDI ("China's actual use of foreign direct investment").
                // ("Bahrain's stock of inward foreign direct investment")
                let inward = (max(o.end, k - 4)..<k).contains { context.isWord($0, in: Self.inflowAdjectives) }
                    || o.possessive && o.end < k && (max(o.end, k - 4)..<k).contains { context.isWord($0, in: Self.useNouns) }
                    || isNamedInflow(keyword: k) && o.end <= k && o.form != .adjective && namedHost == nil && o.start >= candidate.window.lowerBound
                    // "of Vietnam's registered FDI", "Vietnam had 38,800 projects with total registered
                    // capital of …": what a host registers or disburses, no other host named (not
                    // "Japan's registered FDI reached …", which may be Japan's abroad).
                    || namedHost == nil && o.form != .adjective && (!o.possessive || o.start >= amount.upperBound)
                        && (max(o.end, k - 2)..<k).contains { context.isWord($0, in: Self.hostMeasures) }
                if (receiver || inflowSubject || inward) && !source { if to == nil || to == from { to = o.code } } else if from == nil { from = o.code }
                // "Indonesia recorded $14.8 billion in Chinese investment", "Thailand approved $2
                // billion of investment from Japan": with the investor named, the subject is the host.
                else if to == nil, from != o.code, !o.possessive, o.form != .adjective, o.end <= amount.lowerBound { to = o.code }
                // "… the largest sources of foreign investment in Malaysia, with Dutch investors
                // accounting for RM25.3 billion": a host named after an investment keyword before
                // the owner.
                if !receiver, to == nil, let host = mentions.last(where: { $0.end <= o.start && $0.start >= candidate.window.lowerBound
                        && (preposition($0) == "in" || preposition($0) == "into")
                        && isInvestmentKeyword($0.start - (context.isWord($0.start - 1, "the") ? 3 : 2)) }), host.code != o.code {
                    to = host.code
                }
                // "Vietnam expects South Korean investment": an earlier subject is the host.
                if !receiver, to == nil, let host = mentions.last(where: { $0.end <= o.start && $0.start >= candidate.window.lowerBound
                        && preposition($0) == nil && !isSpeaker($0) }) {
                    to = host.code
                }
            }
            // "France is Morocco's leading foreign investor, with a stock of direct investment of
            // around €8.5 billion", "Singapore was Malaysia's largest source of approved foreign
            // investment in 2023, at RM 47.1 billion": the subject invests in the possessive's country.
            if let host = mentions.first(where: { $0.possessive && $0.end <= anchor && $0.start >= candidate.window.lowerBound }),
               (host.end..<min(host.end + 5, anchor + 1)).contains(where: { context.isWord($0, in: WordSets.investorNouns) || context.isWord($0, "source") }),
               let subject = mentions.last(where: { $0.end <= host.start && host.start - $0.end <= 3 && preposition($0) == nil && !$0.possessive }),
               subject.code != host.code, (subject.end..<host.start).contains(where: { context.isWord($0, in: Self.rankVerbs) })
                // "Japan, Thailand's largest investor over the long term, filed 68 projects worth …"
                || host.start == subject.end + 1 && context.isSymbol(subject.end, .comma) {
                from = subject.code
                to = host.code
            }
            // "Tokyo-based trading house Marunaka plans to invest …": the company's base.
            if from == nil, let base = mentions.last(where: { $0.end <= anchor && $0.start >= candidate.window.lowerBound
                    && context.isSymbol($0.end, .hyphen) && context.isWord($0.end + 1, "based") && $0.code != to }) {
                from = base.code
            }
            // "Mumbai-based Tata Steel put $240 million into …": a business city's country.
            // (Also after an owner named earlier: "Spain's Gestamp will invest …, while Munich-based
            // Siemens said it would invest up to Mex$2.5 billion".)
            let ownerEnd = ownerMention.map { $0.0.end } ?? -1
            if from == nil || from == ownerMention?.0.code, case let first = max(candidate.window.lowerBound, sentence.start, ownerEnd), first < anchor,
               let base = (first..<anchor).reversed().lazy
                .compactMap({ BusinessCity.base(at: $0, in: context) }).first, base != to {
                from = base
            }
            // "Georgian officials expect $2 billion in foreign direct investment", "The Montenegrin
            // government hopes to attract EUR 1 billion of investment"
            if to == nil, isForeignInflow(keyword: k) || receiveVerb(from: candidate.window.lowerBound, to: min(k, amount.lowerBound)),
               let speaker = mentions.first(where: { $0.start >= candidate.window.lowerBound && $0.end <= anchor && isSpeaker($0) }) {
                to = speaker.code
            }
            // "Turkey attracted $12.9 billion in FDI in 2018, while the United Arab Emirates received
            // $10.4 billion": a country receiving the amount after the keyword's clause is its host,
            // not the earlier clause's owner.
            if k < amount.lowerBound, let receiver = mentions.last(where: { $0.start > k && $0.end <= amount.lowerBound
                    && amount.lowerBound - $0.end <= 2 && !$0.possessive && receiveVerb(from: $0.end, to: amount.lowerBound) }) {
                to = receiver.code
                if from == receiver.code || from == ownerMention?.0.code { from = nil }
            }
            // "Singapore accounted for $7.53 billion of the inflows": the subject of a share of the
            // flows is their source (their host is the flows' own, filled in later).
            if k > amount.upperBound, context.isWord(amount.upperBound, "of"), context.isWord(k, in: WordSets.investmentFlows),
               let subject = mentions.last(where: { $0.end <= amount.lowerBound && $0.start >= candidate.window.lowerBound
                   && preposition($0) == nil && !$0.possessive }) {
                from = subject.code
                if to == subject.code { to = nil }
            }
            // "with Singapore receiving $1.1 billion", "Kazakhstan's manufacturing industry received
            // $2.3 billion" (a country's field, its verb right before the amount)
            if to == nil, let receiver = mentions.last(where: { $0.end <= amount.lowerBound && $0.start >= candidate.window.lowerBound
                    && receiveVerb(from: $0.end, to: amount.lowerBound)
                    && (amount.lowerBound - $0.end <= 2 || $0.possessive && amount.lowerBound - $0.end <= 4 && sectorReceives(before: amount.lowerBound) != nil) }) {
                to = receiver.code
            }
            // "the United Kingdom the largest investor at $316 million" (not "FDI in Egypt by
            // investors": a host is no investor).
            if from == nil, context.isWord(k, in: WordSets.investorNouns),
               let investor = mentions.last(where: { $0.end <= k && k - $0.end <= 6 && $0.start >= candidate.window.lowerBound }),
               preposition(investor).map(Self.inIntoTo.contains) != true {
                from = investor.code
            }
            // "The largest investor in Georgia in 2022 was the United Kingdom, with $521 million":
            // the country the investor (source) noun is said to be.
            if from == nil, context.isWord(k, in: WordSets.investorNouns) || context.isWord(k, in: WordSets.sourceNouns),
               let investor = mentions.first(where: { m in m.start > k && m.end <= amount.lowerBound && !m.possessive
                   && isPredicate(m) }),
               investor.code != to {
                from = investor.code
            }
            // "…, with China the largest source at 124 billion baht", "with Germany as the top
            // source at P396.2 billion": a source ranked right before its amount.
            if from == nil || from == ownerMention?.0.code, context.isWord(amount.lowerBound - 1, "at"),
               let noun = (max(candidate.window.lowerBound, amount.lowerBound - 3)..<amount.lowerBound).first(where: { context.isWord($0, in: WordSets.sourceNouns) }),
               let source = mentions.last(where: { $0.end <= noun && noun - $0.end <= 4 && $0.start >= candidate.window.lowerBound && preposition($0) == "with" }),
               source.code != to {
                from = source.code
            }
            if to == nil { to = mention(in: candidate, preps: Self.inInto)?.code }
            // "will spend about $700 million to retool three Ohio plants": a place named right before
            // the facility after the amount.
            if to == nil, let place = mentions.first(where: { $0.start >= amount.upperBound && $0.start < candidate.window.upperBound && !$0.possessive
                    && $0.form != .adjective && context.isWord($0.end, in: WordSets.facilityNouns) }), place.code != from {
                to = place.code
            }
            // "Investments approved by the Philippines' Board of Investments": the agent of a
            // receiving verb after the keyword is the host.
            if to == nil, let agent = mentions.first(where: { $0.start > k && candidate.window.contains($0.start) && isReceivingAgent($0) }),
               agent.code != from {
                to = agent.code
            }
            // "$150 million has been invested by Georgian companies": the passive's agent.
            if from == nil, context.entry(k).isVerb, let agent = mention(in: candidate, after: k, preps: Self.by), agent.code != to {
                from = agent.code
            }
            // "Non-financial direct investment by Chinese enterprises in …", "investment by Japan in
            // …": the agent right after the keyword, before any owner further back ("Outbound
            // investment by South Korean firms …, while investment by China in Laos came to …").
            if from == nil || from == ownerMention?.0.code, !context.entry(k).isVerb, context.isWord(k + 1, "by"),
               let agent = mentions.first(where: { $0.start == k + 2 || $0.start == k + 3 && context.isWord(k + 2, "the") }),
               agent.code != to, !isReceivingAgent(agent) {
                from = agent.code
            }
            // "the Korean side intends to invest $200 million": a side that invests is the investor.
            if from == nil, let side = mentions.last(where: { $0.form == .adjective && context.isWord($0.end, "side") && $0.end < k
                    && $0.start >= candidate.window.lowerBound && $0.code != to }) {
                from = side.code
            }
            // "the United States remained the most important destination for Swiss direct
            // investment, accounting for CHF 276 billion": the destination is the host, the
            // keyword's adjective the investor.
            if case let start = max(candidate.window.lowerBound, sentence.start), start < k,
               let destination = (start..<k).first(where: { context.isWord($0, in: Self.destinationNouns) }),
               let subject = mentions.last(where: { $0.end <= destination && $0.start >= start && preposition($0) == nil
                   && !$0.possessive && $0.form != .adjective }) {
                let investor = mentions.last(where: { $0.start > destination && $0.end <= k && $0.form == .adjective })?.code
                if subject.code != investor {
                    to = subject.code
                    if let investor { from = investor } else if from == subject.code { from = nil }
                }
            }
            // "The Ghana Investment Promotion Centre (GIPC) registered foreign direct investment
            // worth US$2.1 billion", "the Uganda Investment Authority licensed …": a country's
            // investment agency counts investment into that country.
            // (Not a fund of that name that invests itself: "The Qatar Investment Authority, which
            // manages assets of more than $500 billion, invested ₹8,278 crore in Reliance Retail".)
            if !context.entry(k).isVerb,
               let agency = mentions.first(where: { $0.start >= max(candidate.window.lowerBound, sentence.start) && $0.end <= k && namesInvestmentAgency($0) }),
               from == agency.code {
                from = nil
                if to == nil { to = agency.code }
            }
            // A country read as both: the host when named after the keyword ("the South African
            // Reserve Bank said foreign direct investment inflows into South Africa …"), else the
            // investor.
            if from == to, namedHost == to { from = nil }
            candidate.from = from
            candidate.to = to == from ? nil : to
        case .exports, .imports:
            var ownerMention = owner(keyword: k, amount: amount)?.0
            if ownerMention == nil, let after = possessiveAfter(amount) { ownerMention = after }
            // "Grain exports brought Ukraine $8.6 billion": the country an earning verb gives the
            // money to is the exporter.
            if indicator == .exports, ownerMention == nil, k < amount.lowerBound,
               let earner = mentions.first(where: { $0.end == amount.lowerBound && $0.start > k && $0.form != .adjective
                   && context.isWord($0.start - 1, in: WordSets.earnVerbs) }) {
                ownerMention = earner
            }
            // "Exports of Kazakh manufactured goods reached …": the goods' origin exports them.
            if indicator == .exports, ownerMention == nil, context.isWord(k + 1, "of"),
               let origin = mentions.first(where: { $0.form == .adjective && $0.start > k + 1 && $0.start <= k + 3 && $0.end <= amount.lowerBound }) {
                ownerMention = origin
            }
            // "The Kazakh government aims to raise non-resource exports to $41 billion": with no
            // other country named, the speaking government's.
            if indicator == .exports, ownerMention == nil,
               let speaker = mentions.last(where: { $0.end <= k && $0.start >= candidate.window.lowerBound && isSpeaker($0) }),
               mentions.allSatisfy({ $0.code == speaker.code }) {
                ownerMention = speaker
            }
            var source = mention(in: candidate, preps: Self.from)?.code
            var destination = mention(in: candidate, after: anchor, preps: Self.toInto)?.code
            // "Bangladesh's export earnings from the US": earned from a market, its destination.
            if indicator == .exports, destination == nil, context.isWord(k + 1, in: WordSets.earningsNouns), let market = source {
                destination = market
                source = nil
            }
            if indicator == .exports, let o = ownerMention, !o.possessive, destination == nil, isRankedMarket(keyword: k) {
                // "Germany remained the largest export market at $21.1 billion": the subject of a
                // ranked market is the destination.
                candidate.from = source
                candidate.to = o.code
            } else if indicator == .exports {
                candidate.from = ownerMention?.code ?? source
                candidate.to = destination
                // "The UK remained the largest single market, taking Irish food exports worth €5.4
                // billion": the subject ranked as a market before the keyword.
                if destination == nil, case let first = max(candidate.window.lowerBound, sentence.start), first < k, let noun = (first..<k).first(where: {
                       context.isWord($0, in: WordSets.marketNouns) && (max(sentence.start, $0 - 3)..<$0).contains(where: { context.isWord($0, in: WordSets.rankWords) }) }),
                   let market = mentions.last(where: { $0.end <= noun && noun - $0.end <= 6 && $0.start >= sentence.start && preposition($0) == nil
                       && !$0.possessive && $0.form == .name && !isOvertaken($0) }), market.code != candidate.from {
                    candidate.to = market.code
                }
                // "China took $38.4 billion of Chilean exports": the subject of a verb of taking
                // right before the amount buys them.
                if destination == nil, k > amount.upperBound, context.isWord(amount.lowerBound - 1, in: Self.takingVerbs),
                   let buyer = mentions.last(where: { $0.end == amount.lowerBound - 1 && $0.form == .name && !$0.possessive }),
                   buyer.code != candidate.from {
                    candidate.to = buyer.code
                }
                // "…, with the United States still the biggest market at roughly $78 billion": a
                // market ranked right before its amount.
                if destination == nil, context.isWord(amount.lowerBound - 1, "at"),
                   let noun = (min(amount.lowerBound, max(candidate.window.lowerBound, amount.lowerBound - 3))..<amount.lowerBound).first(where: { context.isWord($0, in: WordSets.marketNouns) }),
                   let market = mentions.last(where: { $0.end <= noun && noun - $0.end <= 5 && $0.start >= candidate.window.lowerBound && preposition($0) == "with" }),
                   market.code != candidate.from {
                    candidate.to = market.code
                }
                // "Canada sold the United States roughly C$595-billion worth of goods": a country
                // right after a verb of selling is the buyer.
                if destination == nil, k < amount.lowerBound, context.isWord(k, in: WordSets.tradeVerbs),
                   let buyer = mentions.first(where: { ($0.start == k + 1 || $0.start == k + 2 && context.isWord(k + 1, "the")) && $0.form == .name && !$0.possessive }),
                   buyer.code != candidate.from {
                    candidate.to = buyer.code
                }
                // "Germany remained Türkiye's top export market": the subject is the destination.
                if destination == nil, isRankedMarket(keyword: k),
                   let subject = mentions.first(where: { $0.start >= candidate.window.lowerBound && $0.end <= k
                       && preposition($0) == nil && !$0.possessive && $0.code != candidate.from }) {
                    candidate.to = subject.code
                }
            } else {
                // "imported Turkish goods", "imports of Russian oil", "bought $46 billion of Russian
                // oil": the goods' origin.
                // ("imported about $61 billion worth of Russian crude")
                let worthOf = context.isWord(amount.upperBound, "worth") && context.isWord(amount.upperBound + 1, "of")
                let ofAfterAmount = context.isWord(amount.upperBound, "of") || worthOf
                let goodsStart = amount.upperBound + (worthOf ? 2 : 1)
                // ("imports of U.S. liquefied natural gas": a name used as an adjective right after "of")
                if source == nil, let origin = mentions.first(where: { m in
                        m.form == .adjective && m.start > k && m.start < amount.lowerBound && (preposition(m) == nil || preposition(m) == "of")
                        || ofAfterAmount && m.start == goodsStart && describesNoun(m)
                        || m.form == .name && m.start == k + 2 && context.isWord(k + 1, "of") && m.end < amount.lowerBound && describesNoun(m) }) {
                    source = origin.code
                }
                candidate.to = ownerMention?.code ?? destination
                candidate.from = source
                // "South Africa was the main source of imports at K6.6 billion": the subject of a
                // source of imports supplies them (the importer is "of" it, or left to the article).
                // ("China remained the largest source of imports, with inbound shipments of …")
                if let o = ownerMention, !o.possessive, source == nil,
                   let noun = (max(sentence.start, k - 8)..<k).first(where: isImportSource), o.end <= noun {
                    candidate.from = o.code
                    candidate.to = destination ?? mentions.first(where: { $0.start > noun && $0.end <= k && $0.possessive })?.code
                }
            }
            // "shipments to China, Japan's largest trading partner, climbed … to 19.8 trillion yen":
            // the country whose partner the other is, in an apposition, reports the flow.
            if let partner = indicator == .exports ? candidate.to : candidate.from, (indicator == .exports ? candidate.from : candidate.to) == nil,
               let named = mentions.first(where: { $0.code == partner && $0.start >= candidate.window.lowerBound && $0.end < amount.lowerBound }),
               context.isSymbol(named.end, .comma), let owner = mentions.first(where: { $0.start == named.end + 1 && $0.possessive }),
               owner.code != partner, owner.end < amount.lowerBound,
               (owner.end..<min(owner.end + 4, amount.lowerBound)).contains(where: { context.isWord($0, in: WordSets.rankWords) }) {
                if indicator == .exports { candidate.from = owner.code } else { candidate.to = owner.code }
            }
            // "Spanish exports to Latin America totalled €19.6 billion, with Mexico taking €6.1
            // billion and Brazil €3.9 billion": a market listed against its share after the
            // keyword (the supplier of imports: "with China supplying $9.8 billion").
            if k < amount.lowerBound, let listed = listedPartner(before: amount, after: k, exports: indicator == .exports),
               listed.code != (indicator == .exports ? candidate.from : candidate.to) {
                if indicator == .exports { candidate.to = listed.code } else { candidate.from = listed.code }
            }
            if candidate.from == candidate.to { candidate.to = nil }
        case .tradeTurnover:
            let partners = tradePartners(keyword: k, amount: amount, window: candidate.window)
            if partners.count == 2 {
                candidate.from = min(partners[0], partners[1])
                candidate.to = max(partners[0], partners[1])
            } else if let only = partners.first {
                candidate.from = only
            }
        case .enterprises:
            var from: CountryCode?
            var to: CountryCode?
            // The capital named right after the count first: "2,310 with Russian capital and 2,180
            // with Chinese capital".
            let window = candidate.window
            // "nearly 3,000 of which had a parent company in the United States", "firms with a
            // German parent numbered about 2,400": the parent's country is the capital's origin.
            // ("some 950 of them headquartered in the United States")
            let parent = mentions.first(where: { m in
                let lead = context.lead(before: m.start)
                return m.start >= window.lowerBound && m.start < window.upperBound && !m.possessive
                    && (m.form == .adjective && context.isWord(m.end, "parent")
                        || context.isWord(lead, "in") && (isParentNoun(lead - 1) || context.isWord(lead - 1, "headquartered")))
            })
            from = parent?.code
            for afterAmount in [true, false] where from == nil {
                for m in mentions where m.start >= window.lowerBound && m.start < window.upperBound && (m.start >= amount.upperBound) == afterAmount {
                    let after = m.end < t.count ? m.end : t.count - 1
                    // "with Chinese capital", "with the participation of Russian capital"
                    // (Not a name: "registered with the Tanzania Investment Centre".)
                    if preposition(m) == "with" || preposition(m) == "of", context.has(after, .capitalNoun),
                       !t[after].flags.contains(.capitalized) { from = m.code; break }
                    if t[after].kind == .symbol, t[after].symbol.isDashLike, context.has(after + 1, .owned) { from = m.code; break }
                }
            }
            // "About 1,400 of them are French": the adjective a be-verb gives the part.
            if from == nil, context.isWord(amount.upperBound, "of"), context.isWord(amount.upperBound + 2, in: WordSets.beVerbs),
               let m = mentions.first(where: { $0.start == amount.upperBound + 3 && $0.form == .adjective && !$0.possessive }) {
                from = m.code
            }
            if from == nil {
                // "600 American companies", "Japanese enterprises": an adjective next to the company noun.
                from = mentions.first { ($0.form == .adjective && k - $0.end <= 2 || $0.form == .name && k == $0.end) && $0.end <= k
                    && $0.start >= candidate.window.lowerBound }?.code
            }
            if from == nil { from = mention(in: candidate, preps: Self.from)?.code }
            // "Mainland China remained the largest source, with 2,114 companies", "followed by Japan
            // (1,413)": the source ranked, or the country a count is listed against.
            if from == nil, let listed = bracketedOwner(of: amount)
                ?? mentions.last(where: { $0.end == amount.lowerBound - 1 && context.isWord($0.end, "with") && preposition($0) != nil })
                ?? (ranksSource(before: amount.lowerBound) || ranksByPlace(before: amount.lowerBound)
                ? mentions.last(where: { $0.end <= amount.lowerBound && $0.start >= sentence.start && preposition($0) == nil && !$0.possessive }) : nil) {
                from = listed.code
            }
            // "Ukrainian entrepreneurs have set up over 28,000 firms in Poland": the founders' country.
            if from == nil {
                from = mentions.last(where: { $0.form == .adjective && $0.end < amount.lowerBound && $0.start >= candidate.window.lowerBound
                    && context.isWord($0.end, in: Self.founderNouns) })?.code
            }
            to = mention(in: candidate, after: k, preps: Self.inInto)?.code
            // (The parent's "in the United States" is no host: the host is named elsewhere.)
            if let parent, to == parent.code {
                to = mentions.last(where: { $0.start >= window.lowerBound && $0.start < parent.start && $0.code != parent.code
                    && (preposition($0) == "in" || preposition($0) == "into") })?.code
            }
            // "India is home to more than 4,000 German subsidiaries", "Thailand hosts 6,000 Japanese
            // companies": the country before the amount that is home to them or hosts them.
            if to == nil, let home = mentions.last(where: { $0.end <= amount.lowerBound && $0.start >= candidate.window.lowerBound && $0.code != from }),
               context.isWord(home.end + 1, "home") && context.isWord(home.end + 2, "to") || receiveVerb(from: home.end, to: min(home.end + 2, amount.lowerBound)) {
                to = home.code
            }
            if to == nil, let (o, receiver) = owner(keyword: k, amount: amount), receiver || o.form == .name, o.code != from { to = o.code }
            if to == nil { to = mention(in: candidate, preps: Self.in)?.code }
            candidate.from = from
            candidate.to = to == from ? nil : to
        }
    }

    /// "of Kazakhstan's total exports": a possessive country right after the amount.
    func possessiveAfter(_ amount: Range<Int>) -> CountryMention? {
        // ("a target of US$19 billion for Sri Lanka's exports of goods")
        mentions.first { $0.possessive && $0.start > amount.upperBound && $0.start - amount.upperBound <= 2
            && (preposition($0) == "of" || preposition($0) == "for") }
    }

    /// A figure of investment whose keyword is a foreign inflow (``isForeignInflow(keyword:)``):
    /// it names no investor unless the sentence does.
    /// So is one whose investors are "foreign" ("where foreign companies pledged a record €15
    /// billion of new investment in France").
    func isForeignInflow(_ candidate: Candidate) -> Bool {
        guard candidate.indicator == .investment, let k = candidate.keyword else { return false }
        if isForeignInflow(keyword: k) { return true }
        let start = max(candidate.window.lowerBound, sentence.start), amount = candidate.tokens.lowerBound
        return start < amount && (start..<amount).contains {
            context.isWord($0, "foreign") && (context.isWord($0 + 1, in: WordSets.investorNouns) || context.has($0 + 1, .company))
        }
    }

    /// Investment named as flowing out in the figure's clause: "with outflows of USD 90 billion",
    /// "invested over $25 billion abroad", "outward FDI".
    func isNamedOutflow(_ candidate: Candidate) -> Bool {
        candidate.window.contains { context.isWord($0, in: Self.outflowWords) }
    }

    static let outflowWords = WordSet(WordSets.outwardWordList + ["outflows", "outflow", "abroad"])

    /// Investment named as flowing in: "inbound FDI", "inward investment", "FDI inflows".
    func isNamedInflow(keyword k: Int) -> Bool {
        context.isWord(k, "inflows") || context.isWord(k, "inflow") || context.isWord(k + 1, "inflows")
            || (max(sentence.start, k - 2)..<k).contains { context.isWord($0, in: Self.inflowAdjectives) }
    }

    static let inflowAdjectives = WordSet(["inward", "inbound", "incoming"])
    /// Measures of investment a host keeps: "registered", "disbursed", "realised" capital.
    static let hostMeasures = WordSet(["registered", "disbursed", "realised", "realized", "licensed"])

    /// Whether `candidate` (investment with no host read) is money that flows into a country the
    /// sentence leaves to the article: foreign investment, the projects an investment agency
    /// counts, investment with no investor that a host registers or licenses, or investment in a
    /// sentence that names no country at all (not a "global" total).
    func isInflowToUnnamedHost(_ candidate: Candidate) -> Bool {
        isForeignInflow(candidate) || isAgencyProjects(candidate)
            || candidate.from == nil && (isHostMeasured(candidate) || mentions.isEmpty && !hasWord("global"))
    }

    /// Whether the keyword of `candidate` is investment a host counts: "in licensed investment",
    /// "registered FDI" (the two words before it).
    func isHostMeasured(_ candidate: Candidate) -> Bool {
        guard candidate.indicator == .investment, let k = candidate.keyword else { return false }
        return (max(sentence.start, k - 2)..<max(sentence.start, k)).contains { context.isWord($0, in: Self.hostMeasures) }
    }
    /// "China's actual use of FDI", "utilisation of foreign capital": investment taken in.
    static let useNouns = WordSet(["use", "utilization", "utilisation", "utilized", "utilised", "usage"])

    /// "foreign direct investment", "FDI", "foreign investment": money flowing into the subject.
    func isForeignInflow(keyword k: Int) -> Bool {
        context.isWord(k, "fdi") || context.isWord(k, "inflows") || context.isWord(k, "inflow") || context.has(k, .receive)
            || context.isWord(k + 1, "inflows") || context.isWord(k + 1, "inflow")
            || (max(sentence.start, k - 2)..<k).contains { context.isWord($0, "foreign") }
    }

    /// Whether the partner a figure in `window` leaves out is a group of countries, not a country
    /// to fill in: a group named in its window, or before it when the window names no country
    /// ("Trade between China and the five Central Asian countries reached $70.2 billion …, and
    /// grew a further 22 percent to $17.3 billion"; not "…, of which Russia accounted for $4.8
    /// billion").
    func leavesGroup(_ window: Range<Int>) -> Bool {
        let start = min(max(sentence.start, window.lowerBound), sentence.end)
        if namesCountryGroup(in: start..<max(start, min(window.upperBound, sentence.end))) { return true }
        return !mentions.contains(where: { window.contains($0.start) }) && namesCountryGroup(in: sentence.start..<start)
    }

    /// Whether a group of countries is named in `range`: a plural noun for countries after a
    /// number other than two or a capitalised word ("the five Central Asian countries", "BRICS
    /// nations", "Gulf states"; not a determiner opening the sentence, "These countries"), not a
    /// country's name ("the United States", "EU member states") nor "the two countries"; or a bloc's name ("trade with ASEAN", "the EAEU member states", "Belt
    /// and Road partner countries": "partner" and "member" may stand between the name and the noun).
    func namesCountryGroup(in range: Range<Int>) -> Bool {
        let p = context.p
        // (Most words are turned away by their length and first two letters, without a hash probe.)
        return range.contains { k in
            guard t[k].kind == .word else { return false }
            if Self.blocNames.mayContain(t[k], in: p), Self.blocNames.contains(t[k], in: p) { return true }
            guard Self.groupNouns.mayContain(t[k], in: p), Self.groupNouns.contains(t[k], in: p),
                  !mentions.contains(where: { $0.start <= k && k < $0.end }) else { return false }
            var described = false
            var at = k - 1
            if context.isWord(at, "partner") || context.isWord(at, "member") { at -= 1 }
            while at >= max(sentence.start, k - 5) {
                if context.isWord(at, "two") || context.isWord(at, "both") || mentions.contains(where: { $0.start <= at && at < $0.end })
                    || t[at].kind == .number && t[at].length == 1 && context.p[Int(t[at].start)] == UInt8(ascii: "2") { return false }
                guard t[at].kind == .number || t[at].kind == .word && (Word.isNumeral(t[at].word)
                    || t[at].flags.contains(.capitalized) && !context.isWord(at, in: Self.groupDeterminers)) else { break }
                described = true
                at -= 1
            }
            return described
        }
    }

    static let groupNouns = WordSet(["countries", "nations", "states", "economies"])
    /// Capitalised words before a plural noun for countries that describe no group ("The nations'
    /// trade", "These countries", "Other states").
    static let groupDeterminers = WordSet(["the", "these", "those", "other", "such", "all", "many", "some", "in", "for", "both"])
    /// Blocs of countries with no country code of their own (the European Union has one, "EU").
    static let blocNames = WordSet(["asean", "eaeu", "mercosur", "brics", "gcc", "sco", "cis", "ecowas", "sadc", "efta", "apec", "opec",
                                    "comesa", "caricom", "afcfta", "g7", "g20"])

    /// True when the sentence refers back to a pair named earlier: "the two countries", "bilateral",
    /// "between the countries".
    var refersToPair: Bool {
        for k in sentence.start..<sentence.end where context.isWord(k, "between") {
            if context.isWord(k + 1, "the"), context.isWord(k + 2, in: WordSets.pairNouns) { return true }
        }
        for k in sentence.start..<sentence.end where context.has(k, .pairReference) {
            let word = context.lower(k)
            if word == "two" || word == "both" {
                if context.isWord(k + 1, in: WordSets.pairNouns) { return true }
                // "two-way trade"
                if word == "two", context.isSymbol(k + 1, .hyphen), context.isWord(k + 2, "way") { return true }
                continue
            }
            return true
        }
        return false
    }

    /// True when the keyword is a country's total with the world: "foreign trade", "total exports".
    func isWorldTotal(keyword k: Int) -> Bool {
        // "foreign trade turnover", "external merchandise trade turnover"
        // ("total bilateral trade" is a pair's; so is "total trade between the two countries".)
        if context.isWord(k + 1, "between") { return false }
        for at in max(sentence.start, k - 3)..<max(sentence.start, k) where context.has(at, .worldTotal) {
            return !(at + 1..<k).contains { context.isWord($0, "bilateral") || context.isWord($0, "mutual") }
        }
        return false
    }
}

import FiguresCore
import FiguresRecognizer

extension SentenceRules {
    /// The sector word at `k` ("oil", "non-oil", "natural gas", "agricultural") and the token after it.
    func sectorWord(at k: Int) -> (String, Int)? {
        guard k >= sentence.start, k < sentence.end, t[k].kind == .word, context.has(k, .sectorStart) else { return nil }
        if context.isWord(k, "non"), k + 2 < sentence.end, t[k + 1].kind == .symbol, t[k + 1].symbol.isDashLike,
           let sector = context.entry(k + 2).sector {
            // "non-oil and gas exports": neither oil nor gas.
            if sector == "oil", context.isWord(k + 3, "and"), context.isWord(k + 4, "gas") { return ("non-oil", k + 5) }
            // "non-crude oil exports": the sector's word again after its modifier.
            if k + 3 < sentence.end, context.entry(k + 3).sector == sector { return ("non-" + sector, k + 4) }
            return ("non-" + sector, k + 3)
        }
        if context.isWord(k, "natural"), context.isWord(k + 1, "gas") { return ("natural gas", k + 2) }
        // "petroleum gases and other gaseous hydrocarbons"
        if context.isWord(k, "petroleum"), context.isWord(k + 1, "gases") || context.isWord(k + 1, "gas") { return ("natural gas", k + 2) }
        // "motor vehicles", "electric vehicles", "an electric-vehicle plant"
        if context.isWord(k, "motor") || context.isWord(k, "electric") {
            let noun = context.isHyphenated(k) ? k + 2 : k + 1
            if context.isWord(noun, "vehicles") || context.isWord(noun, "vehicle") { return ("automotive", noun + 1) }
            if context.isWord(k, "electric"), context.isWord(noun, "cars") || context.isWord(noun, "car") { return ("automotive", noun + 1) }
            return nil
        }
        // (The "gas" of "non-oil and gas" is read with its "non-".)
        if context.isWord(k, "gas"), context.isWord(k - 1, "and"), context.isWord(k - 2, "oil"), context.isWord(k - 4, "non") { return nil }
        if context.isWord(k, "real"), !context.isWord(k + 1, "estate") { return nil }
        if context.isWord(k, "power"), !context.isWord(k + 1, in: WordSets.powerNouns) { return nil }
        guard let sector = context.entry(k).sector else { return nil }
        // ("investment vehicles", "special purpose vehicles": funds, not cars)
        if sector == "automotive", context.isWord(k - 1, in: Self.fundWords) { return nil }
        // ("olive oil exports", "palm oil", "crude palm oil": food oils, not petroleum)
        if sector == "oil", context.isWord(k + 1, "palm") || context.isWord(k - 1, in: Self.edibleOils) { return nil }
        var end = k + 1
        if sector == "renewable energy", context.isWord(end, "energy") { end += 1 }
        if sector == "real estate" { end += 1 }
        // ("a slump in coal prices": a price, no sector of a figure)
        if context.isWord(end, "prices") || context.isWord(end, "price") { return nil }
        return (sector, end)
    }

    /// The token after the product modifiers at `k` ("liquefied", "electric", "passenger", "used"),
    /// else `k`: "liquefied natural gas" is gas, "electric cars" and "used cars" are cars.
    func pastModifiers(_ k: Int) -> Int {
        var at = k
        while at < sentence.end, at - k < 2, context.isWord(at, in: Self.productModifiers) { at += 1 }
        return at
    }

    /// Nouns of goods between a field and "worth": "agricultural products worth", "farm goods worth".
    static let goodsNouns = WordSet(["products", "goods", "produce", "commodities"])
    static let accountVerbs = WordSet(["account", "accounts", "accounted", "accounting"])
    /// Words that open a noun phrase, never a verb: "is to a large extent".
    static let determiners = WordSet(["a", "an", "the", "some", "its", "their", "this", "that", "these", "those", "his", "her", "our"])

    /// Words before "vehicle(s)" that make it a fund: "investment vehicle", "special purpose vehicles".
    static let fundWords = WordSet(["investment", "purpose", "financing", "funding", "special", "holding"])

    /// Words before "oil" that make it a food oil: "olive oil", "palm oil", "sunflower oil".
    static let edibleOils = WordSet(["olive", "palm", "vegetable", "cooking", "edible", "sunflower", "soybean", "soya", "soy",
                                     "coconut", "rapeseed", "canola", "fish", "corn", "peanut", "sesame", "essential"])

    /// Verbs of what money is put to, before the field it goes to: "to develop the Westgate gas
    /// field", "into expanding its mining operations".
    static let purposeVerbs = WordSet(["develop", "developing", "build", "building", "expand", "expanding", "upgrade", "upgrading",
                                       "modernise", "modernising", "modernize", "modernizing", "construct", "constructing",
                                       "revive", "reviving", "restart", "restarting", "rehabilitate", "rehabilitating", "boost", "boosting"])

    static let productModifiers = WordSet(["liquefied", "liquified", "electric", "passenger", "used", "new", "refined", "processed", "frozen", "fresh"])
    /// "Chinese-made", "German-built": where a product comes from.
    static let originParticiples = WordSet(["made", "built", "produced", "grown"])

    /// The sector a figure is limited to: "agricultural exports", "exports of gas", "invested in
    /// the oil sector", "investment in Kazakhstan's oil sector", "$1.4 billion worth of grain".
    /// Hedged phrases ("mostly in the non-oil sector") do not limit the figure.
    func assignSector(_ candidate: inout Candidate, nextAmount: Int) {
        guard let k = candidate.keyword else { return }
        let amount = candidate.tokens
        // "NODX", Singapore's non-oil domestic exports
        if t[k].length == 4, context.isWord(k, "nodx") { candidate.sector = "non-oil"; return }
        // Right before the keyword: "agricultural exports", "non-oil exports", "energy imports",
        // "non-oil and gas exports", "oil domestic exports".
        for start in [k - 5, k - 4, k - 3, k - 2, k - 1] where start >= sentence.start {
            // ("agro-exports": the sector glued by a hyphen)
            if let (sector, end) = sectorWord(at: start),
               end == k || end == k - 1 && (context.isWord(end, "domestic") || context.isSymbol(end, .hyphen) && t[end].start == t[end - 1].end && t[k].start == t[end].end) {
                candidate.sector = sector; return
            }
        }
        // "non-oil foreign trade", "non-oil bilateral trade"
        if context.isWord(k - 1, in: WordSets.tradeAdjectives) {
            for start in [k - 4, k - 3, k - 2] where start >= sentence.start {
                if let (sector, end) = sectorWord(at: start), end == k - 1 { candidate.sector = sector; return }
            }
        }
        // "exports of gas", "imports of Russian oil", "exported natural gas worth"
        if context.isWord(k + 1, "of") || context.entry(k).isVerb {
            var at = context.isWord(k + 1, "of") ? k + 2 : k + 1
            if context.isWord(at, "the") { at += 1 }
            // ("exports of liquefied natural gas")
            at = pastModifiers(at)
            // "imports of Russian oil", "imports of Saudi crude oil", "imports of U.S. liquefied
            // natural gas" (a name used as an adjective)
            // ("imported Chinese-made electric cars worth …")
            if let m = mentions.first(where: { $0.start == at }), case let end = context.isHyphenated(m.end - 1) && context.isWord(m.end + 1, in: Self.originParticiples) ? m.end + 2 : m.end,
               m.form == .adjective || sectorWord(at: pastModifiers(end)) != nil {
                at = pastModifiers(end)
            }
            if let (sector, _) = sectorWord(at: at) { candidate.sector = sector; return }
        }
        // "exported 1.2 billion cubic meters of gas to Georgia worth $300 million"
        // ("imports from Algeria, consisting mostly of natural gas, were worth …": a hedged "of" limits nothing)
        if context.isWord(amount.lowerBound - 1, "worth"), k < amount.lowerBound - 1,
           let of = (k + 1..<amount.lowerBound - 1).first(where: { context.isWord($0, "of") }), let (sector, _) = sectorWord(at: of + 1),
           !(max(sentence.start, of - 2)..<of).contains(where: { context.has($0, .hedge) }) {
            candidate.sector = sector; return
        }
        // "including agricultural products worth $1.3 billion": the field of the goods right before "worth".
        if context.isWord(amount.lowerBound - 1, "worth"), amount.lowerBound - 2 > k, context.isWord(amount.lowerBound - 2, in: Self.goodsNouns),
           let (sector, _) = (max(sentence.start, amount.lowerBound - 5)..<(amount.lowerBound - 2)).lazy
               .compactMap({ self.sectorWord(at: $0) }).first(where: { $0.1 == amount.lowerBound - 2 }) {
            candidate.sector = sector; return
        }
        // "$1.4 billion worth of grain", "bought $46 billion of Russian oil"
        if context.isWord(amount.upperBound, "worth") || context.isWord(amount.upperBound, "of") {
            var at = context.isWord(amount.upperBound, "worth") ? amount.upperBound + 1 : amount.upperBound
            if context.isWord(at, "of") {
                at += 1
                // ("of Russian oil", "of US farm goods": a name used as an adjective too)
                if let m = mentions.first(where: { $0.start == at && describesNoun($0) }) { at = m.end }
                if let (sector, _) = sectorWord(at: at) { candidate.sector = sector; return }
            }
        }
        // "In the renewable energy sector alone, Chinese firms invested …": a sector fronted before
        // the keyword, at the sentence's start.
        if context.isWord(sentence.start, "in"), case var s = sentence.start + 1, s < k {
            if context.isWord(s, "the") { s += 1 }
            // ("In manufacturing, approved investments in Malaysia totalled RM152 billion": the field
            // alone, then a comma.)
            if let (sector, after) = sectorWord(at: s), context.isWord(after, in: WordSets.sectorNouns) || context.isSymbol(after, .comma), after < k {
                candidate.sector = sector
                return
            }
        }
        // "FDI in the oil sector amounted to $3.7 billion, while mining attracted $1.9 billion": a
        // sector, as the subject of a receiving verb right before the amount, in the amount's clause.
        if let v = sectorReceives(before: amount.lowerBound), v >= candidate.window.lowerBound,
           let sector = sectorSubject(ofVerb: v, from: max(candidate.window.lowerBound, sentence.start)) {
            candidate.sector = sector
            return
        }
        // "in the oil sector", "into Georgia's energy sector", "in non-oil sectors", "went to the
        // non-oil sector", "in the Azeri-Chirag-Gunashli oil fields"
        let start = min(k, amount.lowerBound)
        let end = min(sentence.end, max(nextAmount, amount.upperBound))
        var at = start
        while at < end {
            defer { at += 1 }
            // "…, citing growing interest from investors in logistics": a participle's clause after
            // the amount is about something else.
            if at > amount.upperBound, context.isSymbol(at, .comma), context.endsInIng(at + 1) { break }
            // ("$2.3 billion to develop the Westgate gas field": "to" and a verb of purpose right after the amount.)
            // ("Exports from Morocco's automotive sector reached …": "from" right after an export keyword.)
            guard context.isWord(at, "in") || context.isWord(at, "into")
                || context.isWord(at, "to") && (at > amount.upperBound || at == amount.upperBound && context.isWord(at + 1, in: Self.purposeVerbs))
                || at == k + 1 && candidate.indicator == .exports && context.isWord(at, "from")
            else { continue }
            if (max(sentence.start, at - 7)..<at).contains(where: { context.has($0, .hedge) }) { continue }
            // ("… in Cameroon, notably in mining, forestry, agro-industry and telecommunications": a
            // list of fields led so limits nothing.)
            if context.isWord(at - 1, in: WordSets.asideLeads) { continue }
            // ("More than 1,400 Japanese companies have a presence in India, nearly half of them in
            // manufacturing": a part of the figure limits nothing; not "$8.1 billion of which in the
            // non-oil sector", the part itself.)
            if at - 2 != amount.upperBound, context.isWord(at - 2, "of"),
               context.isWord(at - 1, "them") || context.isWord(at - 1, "these") || context.isWord(at - 1, "which") { continue }
            // "in sectors ranging from telecommunications and banking to pharmaceuticals": the end
            // of a span of fields, no destination.
            if context.isWord(at, "to"), (amount.upperBound..<at).contains(where: { context.isWord($0, "from") }) { continue }
            var s = at + 1
            // "to develop the Westgate gas field", "into expanding its mining operations"
            let purpose = context.isWord(s, in: Self.purposeVerbs)
            if purpose { s += 1 }
            if context.isWord(s, "the") || context.isWord(s, "a") || context.isWord(s, "an") { s += 1 }
            // ("in the Mozambique liquefied natural gas (LNG) project": a name used as an adjective.)
            if let m = mentions.first(where: { $0.start == s }),
               m.possessive || m.form == .adjective || m.form == .name && m.end < end && t[m.end].kind == .word && !t[m.end].flags.contains(.capitalized) {
                s = m.end
            }
            s = pastModifiers(s)
            if context.isWord(s, "country's") || context.isWord(s, "its") { s += 1 }
            if context.isWord(s, in: WordSets.countryNouns), context.isSymbol(s + 1, .apostrophe) { s += 3 }
            // A name before the sector ("the Azeri-Chirag-Gunashli oil fields"): capitalised words and hyphens.
            var named = s
            while named < end, named - s < 6,
                  t[named].kind == .word && t[named].flags.contains(.capitalized) || t[named].kind == .symbol && t[named].symbol == .hyphen,
                  sectorWord(at: named) == nil {
                named += 1
            }
            if named > s, let (_, after) = sectorWord(at: named), context.isWord(after, in: WordSets.sectorNouns) { s = named }
            // "in new copper mining projects": one or two lower-case words before a sector and its
            // noun (after a name too: "in its Husab uranium mining operation").
            else if sectorWord(at: s) == nil {
                let base = named
                for skip in 1...2 where base + skip < end && t[base + skip - 1].kind == .word && !t[base + skip - 1].flags.contains(.capitalized)
                    && !context.isWord(base + skip - 1, "and") && !context.isWord(base + skip - 1, "or") {
                    // ("in Chilean copper mining over the next three years")
                    if let (_, after) = sectorWord(at: base + skip),
                       context.isWord(after, in: WordSets.sectorNouns) || context.isWord(after, "over") && skip == 1 && base > at + 1 {
                        s = base + skip; break
                    }
                }
            }
            guard let (sector, sectorEnd) = sectorWord(at: s) else { continue }
            // ("liquefied natural gas (LNG) project": the abbreviation in brackets before the noun.)
            let after = context.isSymbol(sectorEnd, .openParen) && context.isSymbol(sectorEnd + 2, .closeParen)
                && context.isWord(sectorEnd + 3, in: WordSets.sectorNouns) ? sectorEnd + 3 : sectorEnd
            // ("to build a battery manufacturing complex": a factory, no field of investment.)
            if purpose && sector == "manufacturing" { continue }
            // "in agriculture, water management and cybersecurity": one of a list of fields does
            // not limit the figure ("in energy, in the first half" is no list).
            let next = context.isWord(after, in: WordSets.sectorNouns) ? after + 1 : after
            // "in logistics and hydropower", "in renewable energy and water treatment": one of two
            // fields (not "in the oil and gas sector").
            if context.isWord(next, "and") || context.isWord(next, "or"), next + 1 < sentence.end, t[next + 1].kind == .word,
               sectorWord(at: next + 1) == nil {
                continue
            }
            if context.isSymbol(next, .comma), next + 1 < sentence.end, t[next + 1].kind == .word,
               !context.isWord(next + 1, in: WordSets.periodLeads), !context.isWord(next + 1, "including"),
               sentence.tokens(from: next + 2, count: 4).contains(where: { context.isWord($0, "and") }) {
                continue
            }
            // ("in Indonesian mining, Q3: $96mn": a country's field ending the phrase.)
            // ("in U.S. auto manufacturing": a field of the sector's, the sector first.)
            if context.isWord(after, in: WordSets.sectorNouns) || s == at + 1 || context.isWord(after, "manufacturing") && sector != "manufacturing"
                || s > at + 1 && (after >= sentence.end || t[after].kind == .symbol && (context.isSymbol(after, .comma) || context.isSymbol(after, .colonMark))
                    // ("in South African renewable energy by 2030")
                    || context.isWord(after, "by") || context.isWord(after, "over") || context.isWord(after, in: WordSets.periodLeads)) {
                candidate.sector = sector
                return
            }
        }
        // "the oil sector received $3.2 billion of FDI", "manufacturing attracted $486 million": a
        // sector, as the subject of a receiving verb right before the amount's clause.
        let clause = max(candidate.window.lowerBound, sentence.start)
        for v in clause..<amount.lowerBound where t[v].kind == .word && context.has(v, .receive) {
            if let sector = sectorSubject(ofVerb: v, from: clause) {
                candidate.sector = sector
                return
            }
        }
        // "with electricity and other energy products accounting for $2.1 billion", "Energy
        // products accounted for about $170-billion of Canada's exports": a sector's goods as the
        // subject of "account for" the amount (right after "for", or after a share and ", or":
        // "accounted for 59% of Ukraine's exports in 2024, or $24.5 billion").
        if let v = (clause..<amount.lowerBound).last(where: { t[$0].length >= 7 && t[$0].length <= 10 && context.isWord($0, in: Self.accountVerbs) && context.isWord($0 + 1, "for") }),
           amount.lowerBound - (v + 2) <= 1 || context.isWord(amount.lowerBound - 1, "or") && context.isSymbol(amount.lowerBound - 2, .comma),
           let sector = (max(clause, v - 4)..<v).lazy.compactMap({ s -> String? in
               guard let (sector, after) = self.sectorWord(at: s) else { return nil }
               return after == v || after + 1 == v && self.context.isWord(after, in: Self.goodsNouns) ? sector : nil
           }).first {
            candidate.sector = sector
            return
        }
        // "Scotland's exports, excluding oil and gas, rose to £34.1bn", "Excluding oil and gas, the
        // EU bought …": the figure is all but that sector, "non-oil". (Looked for at the sentence's
        // start and from the keyword on.)
        if let sector = excludedSector(at: sentence.start) {
            candidate.sector = sector
            return
        }
        for x in min(max(clause, min(k, amount.lowerBound)), amount.lowerBound)..<amount.lowerBound where context.has(x, .exclusion) {
            if let sector = excludedSector(at: x) { candidate.sector = sector; return }
        }
    }

    /// "excluding oil and gas", "excl. energy" at `x`: "non-" and the sector left out, for the
    /// sectors whose "non-" is a series of its own ("excluding gold" limits nothing).
    func excludedSector(at x: Int) -> String? {
        guard context.has(x, .exclusion) else { return nil }
        var at = x + 1
        if context.isSymbol(at, .period) { at += 1 }
        if context.isWord(at, "the") { at += 1 }
        guard let (sector, _) = sectorWord(at: at), sector == "oil" || sector == "energy" || sector == "hydrocarbons" else { return nil }
        return "non-" + sector
    }

    /// Target when a goal, plan or forecast word comes between the previous figure (or the sentence
    /// start) and this one, or a "by <year>" sets its horizon; the baseline of a target ("from $6
    /// billion") stays reported.
    func assignStatus(_ candidate: inout Candidate, previousEnd: Int, period: PeriodMention?) {
        let amount = candidate.tokens
        // (So does the level a goal comes after: "expects exports to reach some $400 billion this
        // year, after $355.5 billion in 2023".)
        if context.isWord(amount.lowerBound - 1, "from") || context.isWord(amount.lowerBound - 1, "after"), previousEnd > sentence.start { return }
        // "want to double bilateral trade, now about $20 billion, …", "which currently stands at
        // $3 billion": today's level, which the goal starts from.
        if let now = (max(sentence.start, amount.lowerBound - 3)..<amount.lowerBound).last(where: {
               t[$0].kind == .word && t[$0].length >= 3 && t[$0].length <= 9 && context.isWord($0, in: WordSets.nowWords) }),
           !(now..<amount.lowerBound).contains(where: { context.has($0, .target) }) {
            return
        }
        let windowStart = max(previousEnd, sentence.start, amount.lowerBound - 14)
        for k in windowStart..<amount.lowerBound where context.has(k, .target) {
            // A cue of an earlier clause is not this amount's ("… in Chinese investment pledges,
            // while Vietnam attracted $2 billion"); looked at only once a cue is found.
            if (k + 1..<amount.lowerBound).contains(where: isClauseBoundary) { continue }
            // "set" only in "is set to", "committed" only in "committed to"; "potential" only as "has the potential".
            // ("Deputy Permanent Secretary in the President's Office (Planning and Investment) said …":
            // a capitalised cue inside a name is no plan.)
            if k > sentence.start, t[k].flags.contains(.capitalized),
               context.isSymbol(k - 1, .openParen) || t[k - 1].kind == .word && t[k - 1].flags.contains(.capitalized)
                || context.isWord(k + 1, "and") && k + 2 < sentence.end && t[k + 2].flags.contains(.capitalized) {
                continue
            }
            let word = context.lower(k)
            // ("had committed £29.5bn of new investment": committed money is pledged.)
            if (word == "set" || word == "committed" || word == "commits") && !context.isWord(k + 1, "to")
                && !(word != "set" && k + 1 == amount.lowerBound) { continue }
            // "agreed" only in "agreed to invest" ("has agreed to invest about $450 million").
            if (word == "agreed" || word == "agrees") && !context.isWord(k + 1, "to") { continue }
            // ("a plan by Japanese carmaker Toyota to invest about $13.9 billion")
            if word == "plan" && !context.isWord(k - 1, "the") && !context.isWord(k - 1, "a") && !context.isWord(k + 1, "to") { continue }
            candidate.status = .target
            return
        }
        // "US chipmaker Analog Devices is to invest €630m in Ireland": "is to" before a verb
        // keyword is a plan.
        // So is "to" right after the subject's name in a headline: "South Korea's LG Energy to
        // invest $5.5bn in Arizona battery complex", "Qatar to invest $10bn in India".
        if let k = candidate.keyword, k < amount.lowerBound, context.entry(k).isVerb, context.isWord(k - 1, "to"),
           context.isWord(k - 2, "is") || context.isWord(k - 2, "are")
            || k - 2 >= sentence.start && t[k - 2].kind == .word && t[k - 2].flags.contains(.capitalized) {
            candidate.status = .target
            return
        }
        // (Also before another verb: "SiamFresh Foods is to spend 3.2bn baht on a processing
        // plant", "Honda is to build a $1 billion plant in Mexico".)
        if let be = (windowStart..<amount.lowerBound).last(where: { t[$0].length <= 3 && (context.isWord($0, "is") || context.isWord($0, "are")) }),
           context.isWord(be + 1, "to"), be + 2 < amount.lowerBound, t[be + 2].kind == .word, !t[be + 2].flags.contains(.capitalized),
           // (A verb, not "Growth is to a large extent driven by FDI, which reached $5 billion".)
           !context.isWord(be + 2, in: Self.determiners),
           !(be..<amount.lowerBound).contains(where: isClauseBoundary) {
            candidate.status = .target
            return
        }
        // "have agreed to raise bilateral trade to $3 billion", "the task of bringing it to at least
        // $1 billion": a raise verb in the infinitive, or after "of", that takes the figure "to"
        // its amount is an intention.
        // So is one in the base or -ing form with an object before "to": "We must bring our
        // turnover to one billion", "proposed bringing the trade turnover to $1 billion" (not
        // "exports increase to $5 billion", which has none).
        if context.isWord(amount.lowerBound - 1, "to"), (windowStart..<amount.lowerBound).contains(where: {
            // ("the fourth month of increase, while imports fell 4.9 percent to …": not across a clause)
            (context.isWord($0, "to") || context.isWord($0, "of")) && context.isWord($0 + 1, in: WordSets.raiseVerbs)
                && !(($0 + 2)..<amount.lowerBound).contains(where: isClauseBoundary)
                || context.isWord($0, in: WordSets.raiseVerbs) && !context.isWord($0 + 1, "to") && !context.isWord($0 - 1, in: WordSets.beVerbs)
                    // (", lifting two-way trade to A$281.8 billion": a result, reported; "more than
                    // double Brazil's trade with the United States, which came to …": a comparison)
                    && !context.isSymbol($0 - 1, .comma) && !context.isWord($0 - 1, "than")
                    // (nor a noun of an earlier clause: "far above the 1.5% increase economists had
                    // forecast, while imports climbed 3.6% to €108.4 billion")
                    && !context.isSymbol($0 - 1, .percent) && !(($0 + 1)..<amount.lowerBound).contains(where: isClauseBoundary)
        }) {
            candidate.status = .target
            return
        }
        // "The ministry projects agricultural exports of US$160 billion this year": "projects" as
        // the verb of an agency or a name (not "investment projects worth …").
        if let v = (windowStart..<amount.lowerBound).first(where: { t[$0].length == 8 && context.isWord($0, "projects") }), v > sentence.start,
           context.isWord(v - 1, in: SentenceRules.speakerNouns) || t[v - 1].flags.contains(.capitalized) && !context.has(v - 1, .indicator)
                // (not "largely in LNG projects such as …": a noun after a preposition)
                && !context.isWord(v - 2, "in") && !context.isWord(v - 2, "of") && !context.isWord(v - 2, "for")
            // ("Brazil's Foreign Trade Secretariat (Secex) projects exports of …")
            || context.isSymbol(v - 1, .closeParen),
           !(v + 1..<amount.lowerBound).contains(where: isClauseBoundary) {
            candidate.status = .target
            return
        }
        if let period, let year = period.targetYear, let published = context.published, year >= published.year {
            candidate.status = .target
        }
        // "roughly $3.2 billion will go toward a plant", "$500 million would be invested": the
        // amount as the subject of a future verb.
        if context.isWord(amount.upperBound, "will") || context.isWord(amount.upperBound, "would") {
            candidate.status = .target
        }
        // "PH bags USD22.8-B in Chinese investment pledges", "$5 billion of investment commitments":
        // pledged, not reported.
        if let k = candidate.keyword, k >= amount.upperBound, context.isWord(k + 1, in: WordSets.pledgeNouns) {
            candidate.status = .target
        }
        // "Toyota announced a C$1.2-billion investment in Ontario": an investment announced is planned.
        if candidate.indicator == .investment, context.isWord(amount.lowerBound - 1, "a") || context.isWord(amount.lowerBound - 1, "an"),
           context.isWord(amount.lowerBound - 2, "announced") || context.isWord(amount.lowerBound - 2, "announces")
            || context.isWord(amount.lowerBound - 2, "unveiled") || context.isWord(amount.lowerBound - 2, "unveils") {
            candidate.status = .target
        }
        // "the $200 billion target set by the two leaders", "eye $15bn trade target"
        if context.isWord(amount.upperBound, in: WordSets.targetNouns)
            || (amount.upperBound < sentence.end && isIndicatorKeyword(amount.upperBound) && context.isWord(amount.upperBound + 1, in: WordSets.targetNouns)) {
            candidate.status = .target
        }
    }

    /// The period of a figure: the nearest period named after it in the sentence, else the
    /// nearest before it; else an annual cue (the last full year), a stock date (publication
    /// date), or nothing.
    /// The period named nearest after the amount, unless another amount comes between (then it
    /// belongs to that one, except in "respectively" lists); else the nearest before it. First of
    /// all, the period right before a ", when" that leads to the amount.
    func chosenPeriod(for amount: Range<Int>, amounts: some Collection<Range<Int>>, respectively: Bool = false) -> PeriodMention? {
        // "… 8.6 percent less than in the same period of 2023, when the figure stood at $13.62
        // billion": the period a ", when" clause hangs on is its amount's, compared or not.
        if amount.lowerBound > sentence.start + 1,
           let when = (max(sentence.start + 1, amount.lowerBound - 8)..<amount.lowerBound).last(where: { context.isWord($0, "when") }),
           context.isSymbol(when - 1, .comma), let m = periods.last(where: { $0.period != nil && $0.end == when - 1 }) {
            return m
        }
        // "compared with the first half of 2022 (US$14.4 billion)": the period the bracket follows.
        if context.isSymbol(amount.lowerBound - 1, .openParen),
           let right = periods.last(where: { $0.period != nil && $0.end == amount.lowerBound - 1 }) {
            return right
        }
        // The periods that name one (not the annual cues), read in place.
        // ("German exports to Russia in 2018: €25.9 billion (2017: €25.8 billion)": a period
        // labelling a bracketed amount after ours is that amount's.)
        // ("exported … in 2022 for a value of CFA 680 billion, the Council said on Tuesday at the
        // launch of the 2023 marketing campaign": a period after a reporting verb is the report's,
        // when one came before the amount.)
        if let after = periods.first(where: { $0.period != nil && $0.start >= amount.upperBound }),
           reportingVerb(after: amount.upperBound, before: after.start) == nil || period(before: amount) == nil,
           !(amount.upperBound..<after.start).contains(where: isComparison), !isComparedLevel(after),
           !(context.isSymbol(after.end, .colonMark) && (amount.upperBound..<after.end).contains { context.isSymbol($0, .openParen) }),
           !periodBelongsToPart(from: amount.upperBound, to: after.start),
           respectively || !amounts.contains(where: { $0.lowerBound >= amount.upperBound && $0.upperBound <= after.start })
            // ("… stand at some $8 billion, the minister noted, adding that Saudi Arabia aims to
            // attract $100 billion … by 2030": a reporting verb between ends the amount's clause.)
            // (Nor is a horizon after a later amount of a plan ours: "has invested more than USD 1.8
            // billion in Serbia and plans to invest a further USD 3.6 billion by 2024", "jumped by 68%
            // in 2022 to a record $9 billion and is set to exceed $10 billion this year".)
            || !(amount.upperBound..<after.start).contains(where: isClauseBoundary) && reportingVerb(after: amount.upperBound, before: after.start) == nil
                && !((after.targetYear != nil || amounts.contains(where: { $0.lowerBound >= amount.upperBound && $0.upperBound <= after.start && isLargeAmount($0) }))
                    && (amount.upperBound..<after.start).contains { context.has($0, .target) }) {
            // "Last year, it reached almost four billion dollars, and this year the dynamics are
            // positive": a period in the amount's own clause wins over one in a later clause.
            // So does one before the amount over one in a relative clause after it ("In the first two
            // months, Azerbaijan exported gas worth $1.27 billion via TAP, which delivered 10.2 bcm
            // last year").
            if (amount.upperBound..<after.start).contains(where: { isClauseBoundary($0) || startsRelativeClause($0) || startsPart($0) || startsParticiple($0) }),
               let before = period(before: amount),
               !(before.end..<amount.lowerBound).contains(where: isClauseBoundary) {
                return before
            }
            // With none before, a relative clause's period still dates what that clause is about
            // ("BYD has invested about 17.9 billion baht in its plant, which began production in
            // July": a stock).
            // (But a relative clause about a period named after the amount dates it: "in the previous
            // Iranian calendar year, which ran from March 2023 to March 2024".)
            if let clause = (amount.upperBound..<after.start).first(where: { startsRelativeClause($0) || isClauseBoundary($0) }) {
                if startsRelativeClause(clause), context.isWord(clause - 1, in: WordSets.durationUnits) || context.isWord(clause - 1, "period"),
                   !(amount.upperBound..<clause).contains(where: { t[$0].kind == .number }), period(before: amount) == nil {
                    return after
                }
                return period(before: amount)
            }
            // Nor does a participle after a reporting clause ("… have exceeded $65 billion, the
            // minister said, pointing to the Ras El Hekma deal of 2024").
            if (amount.upperBound..<after.start).contains(where: startsParticiple), reportingVerb(after: amount.upperBound, before: after.start) != nil {
                return period(before: amount)
            }
            return after
        }
        return period(before: amount)
    }

    /// Whether the amount at `range` has a currency sign or a scale word ("$10 billion", "1.2
    /// trillion rubles"; not "the two countries").
    func isLargeAmount(_ range: Range<Int>) -> Bool {
        range.contains { t[$0].kind == .symbol && t[$0].symbol.isCurrency || t[$0].kind == .word && context.isWord($0, in: Self.scaleWords) }
    }

    /// The nearest period named before the amount. A period compared with ("2.3% more than in the
    /// same period of 2023, of which exports …") is no later figure's.
    func period(before amount: Range<Int>) -> PeriodMention? {
        periods.last { $0.period != nil && $0.end <= amount.lowerBound && !isComparedPeriod($0) }
    }

    /// A period of a level compared with: "nearly double the level a year earlier", "twice the
    /// figure of 2022".
    func isComparedLevel(_ m: PeriodMention) -> Bool {
        context.isWord(m.start - 1, in: WordSets.levelNouns) || context.isWord(m.start - 1, "of") && context.isWord(m.start - 2, in: WordSets.levelNouns)
            // "rose 6.6% last month from a year earlier to $357.8 billion"
            || context.isWord(m.start - 1, "from") && (context.isWord(m.end - 1, "earlier") || context.isWord(m.end - 1, "ago"))
    }

    /// An amount that a comparison word leads within three tokens: "up from $1.4 billion",
    /// "compared with $1.1 billion".
    func isComparedAmount(_ amount: Range<Int>) -> Bool {
        // (Not the level a change reached after its rate's comparison: "increased by 1.8% on
        // January to €131.6 billion".)
        (max(sentence.start, amount.lowerBound - 3)..<amount.lowerBound).contains { k in
            isComparison(k) && !(isPercentMark(k - 1) && context.isWord(amount.lowerBound - 1, "to"))
        }
    }

    /// A period that a comparison word leads, within seven tokens before it and with no number
    /// between ("than in the same period of 2023", "compared with 2022"; not "more than $70.9
    /// million last year", where "than" belongs to the amount).
    func isComparedPeriod(_ m: PeriodMention) -> Bool {
        if isComparedLevel(m) { return true }
        guard let lead = (max(sentence.start, m.start - 7)..<max(sentence.start, m.start)).last(where: isComparison) else { return false }
        // So is the period of a compared amount ("down from £8.4bn a year earlier, …, while exports
        // to the United States rose 9% to £1.8bn" is no period of the £1.8bn).
        if !context.isWord(lead, "than"), m.start - lead <= 5, t[m.start - 1].kind != .symbol,
           (lead + 1..<m.start).contains(where: { t[$0].kind == .number }) {
            return true
        }
        return !(lead..<m.start).contains { t[$0].kind == .number }
    }

    /// Whether a period at `b` lies inside a part named after the amount ending at `a`: after a
    /// comma and "including", "of which" or "among", with no comma between ("More than 240 firms
    /// operate there, including 38 registered last year"). After another comma the period is the
    /// sentence's again ("$5 billion, including $2 billion in energy, in the first half").
    func periodBelongsToPart(from a: Int, to b: Int) -> Bool {
        guard let part = (a..<b).last(where: startsPart) else { return false }
        return !(part + 1..<b).contains { context.isSymbol($0, .comma) }
    }

    /// A comma before "which", "who" or "where": a relative clause about something named before.
    func startsRelativeClause(_ k: Int) -> Bool {
        context.isSymbol(k, .comma) && (context.isWord(k + 1, "which") || context.isWord(k + 1, "who") || context.isWord(k + 1, "where"))
    }

    /// A comma before a present participle: ", reversing a 3.6 per cent gain in February", ", making
    /// it the largest …": a clause about the figure, whose period is not the figure's.
    func startsParticiple(_ k: Int) -> Bool {
        context.isSymbol(k, .comma) && k + 1 < sentence.end && t[k + 1].kind == .word && !t[k + 1].flags.contains(.capitalized)
            && t[k + 1].length > 5 && context.lower(k + 1).hasSuffix("ing")
    }

    /// A comma before a past participle and "by" (", driven by", ", supported by", ", led by"), or
    /// before "reflecting", "owing to" or "due to": the causes of a change, not its parties.
    func startsCause(_ k: Int) -> Bool {
        guard context.isSymbol(k, .comma), k + 2 < sentence.end, t[k + 1].kind == .word else { return false }
        // ", reflecting lower purchases of natural gas from Algeria", ", owing to …", ", due to …"
        if context.isWord(k + 1, "reflecting") || (context.isWord(k + 1, "owing") || context.isWord(k + 1, "due")) && context.isWord(k + 2, "to") {
            return true
        }
        return context.isWord(k + 2, "by") && (context.isWord(k + 1, in: Self.irregularParticiples) || context.lower(k + 1).hasSuffix("ed"))
    }

    static let irregularParticiples = WordSet(["driven", "led", "hit", "held", "undercut", "outweighed", "drawn"])

    /// A comma before "including", "of which" or "among": what follows is a part of the amount before.
    func startsPart(_ k: Int) -> Bool {
        guard context.isSymbol(k, .comma) else { return false }
        return context.isWord(k + 1, "including") || context.isWord(k + 1, "among")
            || (context.isWord(k + 1, "of") && context.isWord(k + 2, "which"))
            // ", most of it in coal …", ", many of them IT firms …"
            || context.isWord(k + 2, "of") && (context.isWord(k + 3, "it") || context.isWord(k + 3, "them")) && context.isWord(k + 1, in: WordSets.partQuantifiers)
    }

    /// "up from", "down from", "compared with", "against", "versus": what follows is a comparison
    /// value, and its period is not the figure's.
    func isComparison(_ k: Int) -> Bool {
        if context.isWord(k, "from"), context.isWord(k - 1, in: WordSets.comparisonLeads) { return true }
        // "rose to 26,312 at the end of 2021 from 25,514 a year earlier": "from" after a change
        // verb and its "to".
        // ("contracted 7.3 per cent to RM2.64 trillion from the record RM2.85 trillion", "fell 10.3%
        // in the second quarter to 75.1 billion riyals from …": the change and its period may come
        // between the verb and its "to".)
        // (Twelve tokens, not eight: "decreased by 9.2% year-on-year to $176.1 billion from …",
        // where a hyphenated rate takes five.)
        if context.isWord(k, "from"), let to = (max(sentence.start, k - 10)..<max(sentence.start, k)).last(where: { context.isWord($0, "to") }),
           (max(sentence.start, to - 12)..<to).contains(where: { context.isWord($0, in: WordSets.changeVerbs) }) {
            return true
        }
        // "down 12 percent from a year earlier", "up 7% from $29.0 billion", "up 8.9% on the same
        // period last year", "a rise of 5% over 2022"
        if context.isWord(k, "from") || context.isWord(k, "on") || context.isWord(k, "over"),
           isPercentMark(k - 1) {
            return true
        }
        // "roughly in line with the same period of 2022", "on par with 2021"
        if context.isWord(k, "with"), context.isWord(k - 1, "line") && context.isWord(k - 2, "in") || context.isWord(k - 1, "par") {
            return true
        }
        // ("more than doubled in the first half of the year, to EUR 4.9 billion": a rate, no comparison)
        if context.isWord(k, "than"), context.isWord(k + 1, in: WordSets.multiplyVerbs) { return false }
        return context.isWord(k, in: WordSets.comparisons)
    }

    /// A period named before a target that is its horizon: one ending in the year of publication
    /// or later ("For the year to March 2022, BITC aims to attract …"), with no number between it
    /// and the target's amount.
    func isHorizonBefore(_ m: PeriodMention, target: Range<Int>) -> Bool {
        guard let period = m.period, let published = context.published, PeriodFinder.lastYear(period) >= published.year,
              PeriodFinder.firstYear(period) >= published.year - 1 else { return false }
        // ("For this year, the ministry forecast Korea's exports to grow 1.5 percent to around $690
        // billion": a rate between them is no other figure, nor a range of rates: "expects exports to
        // grow 1-2% and reach about $290 billion".)
        return !(m.end..<target.lowerBound).contains {
            t[$0].kind == .number && !isPercentMark($0 + 1)
                && !((context.isSymbol($0 + 1, .hyphen) || context.isSymbol($0 + 1, .dash) || context.isWord($0 + 1, "to")) && isPercentMark($0 + 3))
        }
    }

    /// "in the medium term", "in the long run", "in the coming years", "in the years ahead", "over
    /// the next few years" at `k`: a horizon with no date.
    func hasOpenHorizon(after k: Int) -> Bool {
        guard context.isWord(k, "in") || context.isWord(k, "over") || context.isWord(k, "within"), context.isWord(k + 1, "the") else { return false }
        let a = k + 2, b = k + 3
        return (context.isWord(b, "term") || context.isWord(b, "run")) && (context.isWord(a, "medium") || context.isWord(a, "long") || context.isWord(a, "near"))
            || context.isWord(a, "coming") && context.isWord(b, "years")
            || context.isWord(a, "years") && context.isWord(b, "ahead")
            || context.isWord(a, "next") && (context.isWord(b, "few") || context.isWord(b, "several")) && context.isWord(k + 4, "years")
            || context.isWord(a, "future")
    }

    /// Words that tell a level of today in the present tense: "is worth", "are now worth",
    /// "now exceeds", "has already exceeded", "currently stands at" (and ``WordSets/nowWords``).
    static let presentLevelWords = WordSet(WordSets.nowWordList + ["is", "are", "has", "have", "exceeds", "exceed", "stands", "stand", "remains",
                                                                  "remain", "totals", "amounts"])

    /// Whether the figure is told as a level of today: a word of ``presentLevelWords`` from its
    /// window's start (its clause) to its amount's end (the verb may be the amount's qualifier:
    /// "their total investment exceeds $71 billion").
    func describesPresentLevel(_ candidate: Candidate) -> Bool {
        let start = max(sentence.start, min(candidate.window.lowerBound, candidate.tokens.lowerBound))
        return (start..<candidate.tokens.upperBound).contains { context.isWord($0, in: Self.presentLevelWords) }
    }

    /// Whether the amount stands inside brackets opened earlier in its sentence and not yet
    /// closed: "(2018: ¥2.0 trillion)", "SR21.3 billion ($5.7 billion)".
    func isBracketed(_ amount: Range<Int>) -> Bool {
        guard let open = (sentence.start..<amount.lowerBound).last(where: { context.isSymbol($0, .openParen) || context.isSymbol($0, .closeParen) })
        else { return false }
        return context.isSymbol(open, .openParen)
    }

    /// Words of a stock or a running total: "the FDI stock", "cumulative", "accumulated",
    /// "overall", "since", "the portfolio", "already" (and the phrases "so far", "to date").
    static let stockWords = WordSet(["stock", "stocks", "cumulative", "cumulatively", "accumulated", "overall", "since", "portfolio", "already"])

    /// Whether the sentence speaks of a stock or a running total: a word of ``stockWords``, or
    /// "so far" (not "by far") or "to date", anywhere in it (a period-less investment figure
    /// there is dated at publication, not by the figure before).
    var describesStock: Bool {
        (sentence.start..<sentence.end).contains {
            context.isWord($0, in: Self.stockWords)
                || context.isWord($0, "far") && context.isWord($0 - 1, "so") && !context.isWord($0 - 2, "by")
                || context.isWord($0, "date") && context.isWord($0 - 1, "to")
        }
    }

    func assignPeriod(_ candidate: inout Candidate, chosen found: PeriodMention?) -> PeriodMention? {
        var chosen = found
        // A target's period is its horizon: named after it, or with "by"; a period before it
        // describes the reported figures around it.
        // (But "For 2024 as a whole, ProColombia expects FDI of $16-18 billion", "Our target for
        // 2025 is to attract …", "For the whole of this year, we expect exports of …": a year not
        // yet over, with no number between it and the target, is its horizon.)
        // ("she expects August exports to reach US$52 billion": a period naming the keyword is the
        // goal's own.)
        let namesKeyword = chosen.map { $0.end == candidate.keyword } ?? false
        if candidate.status == .target, let c = chosen, c.end <= candidate.tokens.lowerBound, c.targetYear == nil,
           !isHorizonBefore(c, target: candidate.tokens), !namesKeyword {
            chosen = nil
        }
        // "…, and Ankara and Doha aim to raise annual trade to $5 billion in the medium term": a
        // goal given a horizon of no date has none, whatever period came before it.
        if candidate.status == .target, let c = chosen, c.end <= candidate.tokens.lowerBound, hasOpenHorizon(after: candidate.tokens.upperBound) {
            chosen = nil
        }
        // "committed to invest up to $75 billion under the framework agreed in February": a month
        // named without "by" dates something else, not the target's horizon.
        if candidate.status == .target, case .month? = chosen?.period, !context.isWord((chosen?.start ?? 0) - 1, "by"), !namesKeyword { chosen = nil }
        // "to raise trade, which currently stands at $3 billion, to $5 billion by 2026": a goal's
        // horizon after a level reported today is the goal's, not the level's.
        if candidate.status == .reported, let c = chosen, c.start >= candidate.tokens.upperBound, let year = c.targetYear,
           let published = context.published, year > published.year {
            chosen = nil
        }
        if var period = chosen?.period {
            if candidate.status == .target, let year = chosen?.targetYear { period = .year(year) }
            candidate.period = period
            candidate.fiscal = chosen?.fiscal
            candidate.fiscalMonths = chosen?.fiscalMonths
            return chosen
        }
        guard let published = context.published else { return nil }
        // An annual cue of the figure's own stretch ("… now stand at some $8 billion, the minister
        // noted, adding that Saudi Arabia aims to attract $100 billion annually" is a stock).
        // (Not one in a relative clause after the amount: "has invested more than US$5 billion in
        // the mine, which will produce 300,000 tonnes of copper a year".)
        let amountEnd = candidate.tokens.upperBound
        let annual = periods.contains { $0.isAnnual && candidate.window.contains($0.start)
            && !($0.start > amountEnd && (amountEnd..<$0.start).contains(where: startsRelativeClause)) }
        if candidate.status == .target {
            return nil
        }
        switch candidate.indicator {
        case .investment?, .enterprises?:
            candidate.period = annual && candidate.indicator == .investment ? .year(published.year - 1) : .day(published)
        case .tradeTurnover?, .exports?, .imports?:
            if annual { candidate.period = .year(published.year - 1) }
        case nil:
            break
        }
        return nil
    }
}

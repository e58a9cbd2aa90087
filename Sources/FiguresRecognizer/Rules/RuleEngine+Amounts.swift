import FiguresCore

extension RuleEngine {
    /// A number with its unit at `k`: "[currency] number [scale] [currency | percent]".
    func amount(at k: Int) -> Amount? {
        guard k < n else { return nil }
        // A word starts an amount only as a number word, a sign word, a percent word before
        // "of" or a currency before the number: "in", "of", "at" … are turned away at once.
        if t[k].kind == .word, t[k].word == 0 ? !mayBeCurrencyPrefix(k) : !Self.amountStartWords[Int(t[k].word)] { return nil }
        if let (prefix, numberStart) = currencyPrefix(at: k),
           var number = numberExpression(at: numberStart, money: true, allowGlued: true), number.kind == .number,
           !prefix.needsScale || number.scaleExponent != nil || scaledRangeEnd(after: number.end) {
            var currency = prefix
            // "Rs 2.2 lakh crore": Indian numbering names the Indian rupee.
            if currency.code == nil, currency.name == "rupee",
               (number.start..<number.end).contains(where: { isWord($0, .lakh) || isWord($0, .lakhs) || isWord($0, .crore) || isWord($0, .crores) }) {
                currency.code = CurrencyCode("INR")
            }
            var end = number.end
            if currency.scale > 0, let scaled = number.value.scaled(byPowerOfTen: currency.scale) {
                number.value = scaled
                number.scaleExponent = currency.scale
            }
            // "$10 dollars", "US$ 5 million dollars": the same currency again.
            if let (again, after) = currencySuffix(at: end), again.code == currency.code, again.code != nil, !again.isSubunit,
               !(after < n && t[after].kind == .number) {
                end = after
            }
            if number.scaleExponent == nil, let (cents, after) = subunitTail(at: end, whole: number.value),
               let sum = number.value.adding(cents) {
                number.value = sum
                end = after
            }
            var amount = Amount(number: number, kind: .money, unit: currency.code.map { .currency($0) },
                                unitName: currency.code == nil ? ShortText(currency.name) : nil, start: k, end: end)
            amount.hasCurrencyBefore = true
            return amount
        }
        if let numberStart = percentPrefix(at: k), let number = numberExpression(at: numberStart, money: false),
           number.kind == .number {
            return Amount(number: number, kind: .percent, unit: .percent, start: k, end: number.end)
        }
        guard var number = numberExpression(at: k, money: false) else { return nil }
        if number.kind == .ordinal {
            return Amount(number: number, kind: .ordinal, start: k, end: number.end)
        }
        if let code = number.gluedCurrency {
            return Amount(number: number, kind: .money, unit: .currency(code), start: k, end: number.end)
        }
        if let (unit, end) = percentSuffix(at: number.end) {
            return Amount(number: number, kind: unit == .percent ? .percent : .number, unit: unit, start: k, end: end)
        }
        if let (currency, end0) = currencySuffix(at: number.end) {
            // "in constant 2015 dollars", "In 2022 roubles became…": a year before a currency name.
            if number.isYearLike, t[number.end].kind == .word, let before = word(k - 1),
               [.in, .of, .since, .from, .by, .at, .until, .for].contains(before) || bytesEqual(k - 1, "constant") {
                return nil
            }
            var end = end0
            if currency.scale > 0, let scaled = number.value.scaled(byPowerOfTen: currency.scale) {
                number.value = scaled
                number.scaleExponent = currency.scale
            }
            if !currency.isSubunit, number.scaleExponent == nil, let (cents, after) = subunitTail(at: end, whole: number.value),
               let sum = number.value.adding(cents) {
                number.value = sum
                end = after
            }
            return Amount(number: number, kind: .money, unit: currency.code.map { .currency($0) },
                          unitName: currency.code == nil ? ShortText(currency.name) : nil, start: k, end: end)
        }
        return Amount(number: number, kind: .number, start: k, end: number.end)
    }

    /// Whether a range's scaled second half follows at `k`: "-30 billion" after "Sh25", whose
    /// letters need a scale ("Sh25-30 billion").
    func scaledRangeEnd(after k: Int) -> Bool {
        guard k + 1 < n, symbol(k)?.isDashLike == true, glued(k), t[k + 1].kind == .number, glued(k + 1) else { return false }
        return numberExpression(at: k + 1, money: true, allowGlued: true)?.scaleExponent != nil
    }

    /// The grammar's words that can begin an amount (``amount(at:)``): number words (those with
    /// a ``NumberRole``), "minus" and "negative", "percent", "percents" and "per", and any
    /// spelling a currency written before the number can take (``currencyPrefix(at:)``): letters
    /// before a sign ("A$", "RMB¥"), "U.S.", "Rs", "INR", "R", "dollar", an ISO code or a
    /// millions code ("MUSD").
    static let amountStartWords: [Bool] = {
        var table = [Bool](repeating: false, count: Word.allCases.count)
        for id in table.indices where NumberRole.table[id] != nil { table[id] = true }
        for word in [Word.minus, .negative, .percent, .percents, .per] { table[Int(word.rawValue)] = true }
        // The few spellings a currency before the number can take, looked up in the grammar's
        // words (case does not matter to the word table).
        var spellings = Array(CurrencyLexicon.dollarPrefixes.keys) + Array(CurrencyLexicon.yenPrefixes.keys)
            + ["u", "rs", "inr", "r", "dollar"]
        for packed in CurrencyCodes.uppercase {
            let code = String(decoding: [16, 8, 0].map { UInt8(truncatingIfNeeded: packed >> $0) }, as: UTF8.self)
            spellings += [code, "m" + code]
        }
        for spelling in spellings {
            if let id = Word.table.lookup(spelling) { table[Int(id)] = true }
        }
        return table
    }()

    /// Matches a qualifier phrase at `k`: the bound, the end, and whether it reads as temporal.
    func qualifierBefore(at k: Int) -> (Bound, Int, Bool)? {
        guard k < n else { return nil }
        let token = t[k]
        if token.kind == .symbol {
            let s = token.symbol
            guard s == .greater || s == .less || s == .tilde else { return nil }
            // "<>30", "=>30", "=<30" are not comparisons.
            if k > 0, glued(k), let before = symbol(k - 1), before == .less || before == .greater || before == .equals { return nil }
            var end = k + 1
            if isSymbol(end, .equals) { end += 1 }
            if isSymbol(end, .greater) || isSymbol(end, .less) { return nil }
            switch s {
            case .greater: return (.lower, end, false)
            case .less: return (.upper, end, false)
            default: return (.approx, end, false)
            }
        }
        guard token.kind == .word, token.word != 0 else { return nil }
        // "exports added up to $161.2 billion", "went up to": "up" is the verb's, no bound.
        if token.isWord(.up), upIsParticle(before: k) { return nil }
        for qualifier in qualifiersBefore.entries(startingWith: token.word) where matches(qualifier, at: k) {
            var end = k + qualifier.count
            if qualifier.isSingle(.approx), isSymbol(end, .period) { end += 1 }
            return (qualifier.bound, end, qualifier.temporal)
        }
        return nil
    }

    /// Whether the verb before "up" at `k` takes it as its particle ("added up", "went up",
    /// "summed up", "edged up"): then "up to" bounds nothing.
    func upIsParticle(before k: Int) -> Bool {
        guard k > 0, t[k - 1].kind == .word, t[k - 1].length >= 3, t[k - 1].length <= 7 else { return false }
        for verb: StaticString in ["added", "add", "adds", "adding", "summed", "sums", "went", "goes", "gone", "going", "ended",
                                   "shot", "moved", "picked", "ramped", "stepped", "scaled", "totted", "tallied", "stacked",
                                   "edged", "edges", "edging", "inched", "inches", "inching", "crept", "creeps", "ticked", "ticks"]
        where bytesEqual(k - 1, verb) {
            return true
        }
        return false
    }

    func matches(_ words: [Word], at k: Int) -> Bool {
        guard k + words.count <= n else { return false }
        for (offset, w) in words.enumerated() where !t[k + offset].isWord(w) { return false }
        return true
    }

    /// Whether the qualifier's words stand at `k` (its first word is the index's key there).
    @inline(__always)
    func matches(_ qualifier: QualifierIndex.Entry, at k: Int) -> Bool {
        guard k + qualifier.count <= n else { return false }
        var offset = 1
        while offset < qualifier.count {
            let token = t[k + offset]
            if token.kind != .word || token.word != qualifier.words[offset] { return false }
            offset += 1
        }
        return true
    }

    /// A qualifier after the amount ("or more", "or so"), unless a number follows it.
    func qualifierAfter(at k: Int) -> (Bound, Int)? {
        guard k < n, t[k].kind == .word, t[k].word != 0 else { return nil }
        for qualifier in qualifiersAfter.entries(startingWith: t[k].word) where matches(qualifier, at: k) {
            let end = k + qualifier.count
            if startsNumber(end) || (end < n && t[end].kind == .symbol && t[end].symbol.isCurrency) { continue }
            // "more than 40 and less than 10": the words begin the next bounded amount.
            if let (_, next, _) = qualifierBefore(at: k + 1), startsNumber(next) || amount(at: next) != nil { return nil }
            if qualifier.isSingle(.plus) && !(glued(k) || symbol(k - 1)?.isDashLike == true) { continue }
            return (qualifier.bound, end)
        }
        return nil
    }

    /// A verb of change within the three tokens before `k`: "rose from 5 to 7" is two values.
    func changeVerbBefore(_ k: Int) -> Bool {
        var at = k - 1
        var seen = 0
        while at >= 0 && seen < 3 {
            if let w = word(at), w.rawValue >= Word.rose.rawValue && w.rawValue <= Word.brought.rawValue { return true }
            at -= 1; seen += 1
        }
        return false
    }

    /// The whole amount rule at `k`: qualifier, "between"/"from", amount, range, trailing qualifier.
    mutating func matchAmount(at k0: Int) -> Int? {
        var k = k0
        var bound = Bound.exact
        var qualified = false
        var temporalQualifier = false
        if let (b, end, temporal) = qualifierBefore(at: k) {
            bound = b; qualified = true; temporalQualifier = temporal; k = end
            // "more than about": the first qualifier wins.
            if let (_, end2, _) = qualifierBefore(at: k), amount(at: end2) != nil { k = end2 }
        }
        enum Intro { case none, between, from }
        var intro = Intro.none
        if !qualified && isWord(k, .between) { intro = .between; k += 1 }
        else if !qualified && isWord(k, .from) && !changeVerbBefore(k) { intro = .from; k += 1 }
        guard let first = amount(at: k) else { return nil }
        if first.isYear && (temporalQualifier || !qualified) && intro == .none { return nil }
        if first.isYear && intro != .none { return nil }
        if first.number.isLoneOne && !qualified, k > 0, let before = word(k - 1),
           [.the, .this, .that, .which, .each, .any, .every, .another, .no].contains(before) {
            return k + 1
        }
        var end = first.end
        var start = qualified ? k0 : first.start

        // Ranges: "$1.5-1.7 billion", "between $3 and $4 billion", "1.5 to 1.7 billion dollars".
        if first.kind != .ordinal, let (second, rangeEnd) = rangeEnd(after: first, intro: intro == .between ? .between : (intro == .from ? .from : .none)) {
            var low = first
            var high = second
            mergeUnits(&low, &high)
            if low.number.scaleExponent == nil, let e = high.number.scaleExponent, !low.number.isLoneOne,
               let scaled = low.value.scaled(byPowerOfTen: e), scaled <= high.value {
                low.number.value = scaled
            }
            if low.value < high.value {
                var q = Quantity(kind: high.kind, value: nil, unit: high.unit, bound: .range, low: low.value, high: high.value,
                                 span: span(intro == .none ? start : k0, rangeEnd), qualified: true, unitNameText: high.unitName)
                if high.unit == nil, let u = low.unit { q.unit = u }
                out.append(q)
                return rangeEnd
            }
        }
        if intro != .none { start = first.start }

        // Trailing qualifiers: "5,000 or more", "200 or greater than", "more than 5000 or equal to".
        if let (b, after) = qualifierAfter(at: end) {
            bound = b; qualified = true; end = after
        } else if bound == .lower || bound == .upper {
            if let words = Qualifier.inclusive.first(where: { matches($0, at: end) }), !startsNumber(end + words.count) {
                end += words.count
            }
        }
        if first.kind == .ordinal && qualified { return nil }
        out.append(Quantity.bounded(kind: first.kind, value: first.value, unit: first.unit, bound: bound,
                                    span: span(start, end), qualified: qualified, unitNameText: first.unitName))
        return end
    }

    enum RangeIntro { case none, between, from }

    /// The second half of a range after `first`: a dash, "to", or "and" after "between".
    func rangeEnd(after first: Amount, intro: RangeIntro) -> (Amount, Int)? {
        let k = first.end
        guard k < n else { return nil }
        var at: Int
        switch intro {
        case .between:
            guard isWord(k, .and) else { return nil }
            at = k + 1
        case .from:
            guard isWord(k, .to) || isWord(k, .through) || symbol(k)?.isDashLike == true else { return nil }
            at = k + 1
        case .none:
            if let s = symbol(k), s.isDashLike {
                // A phone number or code: "+1-222-2222-2222".
                if first.start > 0, glued(first.start), let before = symbol(first.start - 1),
                   before.isDashLike || before == .plus || before == .slash { return nil }
                at = k + 1
            } else if isWord(k, .to) {
                if first.kind == .money && changeVerbBefore(first.start) { return nil }
                at = k + 1
            } else {
                return nil
            }
        }
        guard let second = amount(at: at), second.kind != .ordinal else { return nil }
        if first.isYear && second.isYear { return nil }
        // A chain such as "222-2222-2222" or "5/17" continues past the second number.
        if intro == .none, second.end < n, glued(second.end), let s = symbol(second.end),
           s.isDashLike || s == .slash { return nil }
        switch (first.kind, second.kind) {
        case (.money, .money):
            if first.unit != nil && second.unit != nil && first.unit != second.unit { return nil }
        case (.number, .money), (.money, .number), (.number, .percent), (.percent, .percent), (.number, .number):
            break
        default:
            return nil
        }
        if first.kind == .money && second.kind == .number && first.hasCurrencyBefore == false { return nil }
        return (second, second.end)
    }

    /// Shares the unit across a range: "$1.5-1.7 billion", "1.5 to 1.7 billion dollars", "10-12%".
    func mergeUnits(_ low: inout Amount, _ high: inout Amount) {
        if low.kind == .number && high.kind != .number {
            low.kind = high.kind; low.unit = high.unit; low.unitName = high.unitName
        } else if high.kind == .number && low.kind != .number {
            high.kind = low.kind; high.unit = low.unit; high.unitName = low.unitName
        }
    }
}

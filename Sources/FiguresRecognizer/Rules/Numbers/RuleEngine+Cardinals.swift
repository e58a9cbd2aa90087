import FiguresCore

extension RuleEngine {
    /// Whether a literal can stand in a number expression: no measurement suffix, not a date.
    func usableLiteral(_ lit: NumericLiteral, money: Bool) -> Bool {
        switch lit.form {
        case .isoDate, .yearMonth, .yearSpan, .slashDate: return false
        default: break
        }
        switch lit.suffix {
        case .unknown, .ordinal, .decade: return false
        case .ambiguousMillion: return money
        default: return true
        }
    }

    /// Reads integers written in words, digits or both: "one hundred and five", "4 thousand 3 hundred
    /// and 21", "twenty-one trillion", "1.2 billion", "three lakh crore". Stops before anything that
    /// would make the sequence ill-formed, so "3 hundred and 2 hundred" yields 300 and leaves the rest.
    func cardinal(from k0: Int, money: Bool) -> Cardinal? {
        var c = Cardinal(end: k0)
        var k = k0
        var snapshot: Cardinal?   // state before an "and", restored if what follows does not fit
        var snapshotLast = Cardinal.Last.none
        loop: while k < n {
            let token = t[k]
            if token.kind == .number {
                let lit = lits[Int(token.literal)]
                guard usableLiteral(lit, money: money), let v = lit.value else {
                    break loop
                }
                let integer = v.isInteger && (lit.form == .integer || lit.form == .grouped)
                switch c.last {
                case .none:
                    c.group = v
                case .hundred where integer && v < ExactDecimal(100) && snapshot != nil:
                    guard let sum = c.group.adding(v) else { break loop }
                    c.group = sum
                case .scale where integer && c.group.isZero && c.lastScale != Int.max
                    && v < ExactDecimal.power(ofTen: Int32(min(c.lastScale, 30)))
                    && (snapshot != nil || (c.lastScale >= 3 && nextIsHundredOrScale(k + 1))):
                    c.group = v
                default:
                    break loop
                }
                c.last = (lit.form == .integer || lit.form == .grouped) ? .literal : .decimalLiteral
                if let code = lit.currencySuffix { c.gluedCurrency = code }
                var exponent: Int?
                if case .scale(let e) = lit.suffix { exponent = e }
                if lit.suffix == .ambiguousMillion { exponent = 6 }
                if let e = exponent, c.last != .none {
                    guard let scaled = c.group.scaled(byPowerOfTen: e), let sum = c.total.adding(scaled) else { break loop }
                    c.total = sum; c.group = .zero; c.last = .scale; c.lastScale = e; c.sawScale = true; c.scaleExponent = e
                }
                c.tokens += 1
                k += 1; c.end = k
                if c.gluedCurrency != nil { break loop }
                // "R35-billion", "a $1.2-million grant": a scale word hyphenated to the digits.
                if exponent == nil, k + 1 < n, symbol(k)?.isDashLike == true, glued(k), glued(k + 1) {
                    switch NumberRole.of(t[k + 1]) {
                    case .scale?, .scaleAbbreviation?: k += 1
                    default: break
                    }
                }
                continue
            }
            guard let role = NumberRole.of(token) else { break loop }
            // "$1 billion three years earlier": after a million or more, a unit or tens word goes
            // on only into its own hundred or scale ("one billion three hundred million"), never
            // as a bare last group.
            if c.last == .scale, c.lastScale >= 6, snapshot == nil, !continuesIntoHundredOrScale(k, role: role) { break loop }
            switch role {
            case .unit(let u):
                if u == 0 && c.last != .none { break loop }
                switch c.last {
                case .none: c.group = ExactDecimal(u)
                case .hundred, .scale:
                    guard let sum = c.group.adding(ExactDecimal(u)) else { break loop }
                    c.group = sum
                case .tens where u >= 1 && u <= 9:
                    guard let sum = c.group.adding(ExactDecimal(u)) else { break loop }
                    c.group = sum
                default: break loop
                }
                c.last = c.last == .tens ? .tensUnit : (u >= 10 ? .teen : .unit)
            case .tens(let v):
                switch c.last {
                case .none, .hundred, .scale:
                    guard let sum = c.group.adding(ExactDecimal(v)) else { break loop }
                    c.group = sum
                default: break loop
                }
                c.last = .tens
            case .hundred:
                switch c.last {
                case .none, .article: c.group = ExactDecimal(100)
                case .unit, .teen, .tens, .tensUnit, .literal, .decimalLiteral:
                    if let s = snapshot, snapshotLast == .hundred { c = s; break loop }
                    if c.last != .literal && c.last != .decimalLiteral && c.group >= ExactDecimal(100) { break loop }
                    guard let product = c.group.multiplied(by: ExactDecimal(100)) else { break loop }
                    c.group = product
                default: break loop
                }
                c.last = .hundred
            case .scale(let e), .scaleAbbreviation(let e):
                if case .scaleAbbreviation = role, !scaleAbbreviationFits(k, exponent: e, after: c.last, money: money) { break loop }
                switch c.last {
                case .none: break loop
                case .scale where c.group.isZero && e > c.lastScale:
                    guard let product = c.total.scaled(byPowerOfTen: e) else { break loop }
                    c.total = product
                default:
                    // "3 billion and 4 billion": what followed "and" was a number of its own.
                    guard e < c.lastScale else {
                        if let s = snapshot, snapshotLast == .scale { c = s }
                        break loop
                    }
                    let g = c.last == .article ? ExactDecimal.one : c.group
                    guard let scaled = g.scaled(byPowerOfTen: e), let sum = c.total.adding(scaled) else { break loop }
                    c.total = sum
                    c.group = .zero
                }
                c.last = .scale
                c.lastScale = e
                c.sawScale = true
                c.scaleExponent = max(c.scaleExponent ?? 0, e)
            case .dozen:
                switch c.last {
                case .unit, .teen, .tens, .tensUnit, .literal, .article, .hundred:
                    let g = c.last == .article ? ExactDecimal.one : c.group
                    guard let product = g.multiplied(by: ExactDecimal(12)) else { break loop }
                    c.group = product
                    c.last = .literal
                default: break loop
                }
            case .article:
                guard c.last == .none, let next = NumberRole.of(k + 1 < n ? t[k + 1] : token), k + 1 < n else { break loop }
                switch next {
                case .hundred, .scale, .dozen: c.last = .article
                default: break loop
                }
            default:
                break loop
            }
            c.sawWords = true
            c.tokens += 1
            k += 1
            c.end = k
            // "twenty-five", "fifty - two"
            if c.last == .tens, k + 1 < n, symbol(k)?.isDashLike == true,
               case .unit(let u)? = NumberRole.of(t[k + 1]), u >= 1 && u <= 9 {
                k += 1
            }
            // "one hundred and five", "two thousand and two hundred"
            if (c.last == .hundred || c.last == .scale), isWord(k, .and), k + 1 < n, startsSmallGroup(k + 1, after: c) {
                snapshot = c
                snapshotLast = c.last
                k += 1
            }
        }
        if c.last == .article || c.last == .none { return nil }
        return c
    }

    /// Whether the unit or tens word at `k` leads into a hundred or scale word: "three hundred",
    /// "twenty-five million", "forty two thousand". Other roles are not asked (true).
    func continuesIntoHundredOrScale(_ k: Int, role: NumberRole) -> Bool {
        switch role {
        case .unit: return nextIsHundredOrScale(k + 1)
        case .tens:
            if nextIsHundredOrScale(k + 1) { return true }
            var j = k + 1
            if j < n, symbol(j)?.isDashLike == true { j += 1 }
            if j < n, case .unit? = NumberRole.of(t[j]) { return nextIsHundredOrScale(j + 1) }
            return false
        default: return true
        }
    }

    func nextIsHundredOrScale(_ k: Int) -> Bool {
        guard k < n else { return false }
        switch NumberRole.of(t[k]) {
        case .hundred?, .scale?: return true
        default: return false
        }
    }

    /// After "and": a unit, teen, tens or a small integer literal can continue the number.
    func startsSmallGroup(_ k: Int, after c: Cardinal) -> Bool {
        // "and three quarters", "and one half" belong to the fraction rule.
        if fractionPhrase(at: k, allowBareHalf: false) != nil { return false }
        if let lit = literal(k) {
            guard lit.form == .integer, lit.suffix == .none, let v = lit.value, !v.isZero else { return false }
            if c.last == .hundred { return v < ExactDecimal(100) }
            return c.lastScale < 40 && v < ExactDecimal.power(ofTen: Int32(c.lastScale))
        }
        switch NumberRole.of(t[k]) {
        case .unit(let u)?: return u > 0
        case .tens?: return true
        default: return false
        }
    }

    /// Scale abbreviations written apart ("1.2 bn", "10 k", "1,674.5 G"): only after digits; a
    /// lower-case "m" or "b" only after a currency; "M", "G", "B", "MM" in capitals.
    func scaleAbbreviationFits(_ k: Int, exponent: Int, after last: Cardinal.Last, money: Bool) -> Bool {
        guard last == .literal || last == .decimalLiteral else { return false }
        let w = word(k)
        switch w {
        case .m?, .b?:
            if t[k].flags.contains(.allUpper) { return true }
            return money
        case .g?, .mm?:
            return t[k].flags.contains(.allUpper)
        default:
            return true
        }
    }
}

extension NumericLiteral {
    var currencySuffix: CurrencyCode? {
        if case .currency(let code) = suffix { return code }
        return nil
    }
}

import FiguresCore

extension RuleEngine {
    /// True when token `k` can begin a number expression.
    func startsNumber(_ k: Int) -> Bool {
        guard k < n else { return false }
        if t[k].kind == .number { return true }
        return NumberRole.of(t[k]) != nil
    }

    /// Reads a complete number at `k0`: sign, cardinal, fraction, ordinal, decimal words, scale.
    ///
    /// - Parameters:
    ///   - money: a currency came before, so a lower-case "m" after digits means million.
    ///   - allowGlued: digits may follow letters with no space (a currency code: "USD34.6").
    func numberExpression(at k0: Int, money: Bool, allowGlued: Bool = false) -> NumberExpression? {
        guard k0 < n else { return nil }
        var k = k0
        var negative = false
        if isWord(k, .minus) || isWord(k, .negative) {
            guard startsNumber(k + 1), !isWord(k + 1, .a), !isWord(k + 1, .an) else { return nil }
            negative = true
            k += 1
        } else if let s = symbol(k), s.isDashLike, k + 1 < n, t[k + 1].kind == .number {
            let gluedNext = !t[k + 1].spaceBefore
            var signOK = false
            if gluedNext {
                if k == 0 || t[k].spaceBefore {
                    signOK = true
                } else if let before = symbol(k - 1) {
                    signOK = [.openParen, .less, .greater, .equals, .colonMark, .quote, .openBracket, .semicolon].contains(before)
                }
            } else {
                signOK = k == 0
            }
            guard signOK else { return nil }
            negative = true
            k += 1
        }
        let first = k
        // Every reading below starts with digits or a number word ("a" and "half" included).
        guard startsNumber(first) else { return nil }
        if t[first].kind == .number && !allowGlued && glued(first) && t[first - 1].kind == .word { return nil }
        if t[first].kind == .number, let lit = literal(first), lit.suffix == .ambiguousMillion, !money { return nil }

        var expr: NumberExpression
        if let c = cardinal(from: k, money: money), var value = c.value {
            k = c.end
            expr = NumberExpression(value: value, start: k0, end: k)
            expr.scaleExponent = c.scaleExponent
            expr.gluedCurrency = c.gluedCurrency
            if c.tokens == 1, !c.sawWords, !c.sawScale, let lit = literal(first), lit.isBareInteger {
                expr.isBareInteger = true
                expr.isYearLike = lit.isYearLike
            }
            if c.tokens == 1 && c.sawWords && isWord(first, .one) { expr.isLoneOne = true }
            if c.gluedCurrency == nil {
                if let (fraction, end, isOrdinal) = ordinalOrDenominator(at: k, cardinal: c, first: first) {
                    value = fraction; k = end
                    if isOrdinal { expr.kind = .ordinal }
                    expr.isBareInteger = false; expr.isYearLike = false; expr.isLoneOne = false
                } else if c.sawScale {
                    // No decimals or mixed fractions after a scale.
                } else if let (decimal, end) = decimalWords(at: k, integer: value, cardinal: c) {
                    value = decimal; k = end
                } else if let (mixed, end) = spacedFraction(at: k, integer: value, cardinal: c) {
                    value = mixed; k = end
                    expr.isBareInteger = false; expr.isYearLike = false
                }
            }
            // "one and a half", "3 million and a half", "one billion and a half million"
            if expr.kind == .number, c.gluedCurrency == nil, isWord(k, .and), let phrase = fractionPhrase(at: k + 1, allowBareHalf: false) {
                var part = phrase.value
                if phrase.scale == nil, c.last == .scale, c.lastScale < 40, let scaled = part.scaled(byPowerOfTen: c.lastScale) {
                    part = scaled
                }
                var combined = value.adding(part)
                if let e = phrase.scale, !c.sawScale {
                    // "five and a half million" is (5 + 1/2) million, not 5 + half a million.
                    combined = value.adding(phrase.value.scaled(byPowerOfTen: -e) ?? phrase.value)?.scaled(byPowerOfTen: e)
                }
                if let sum = combined {
                    value = sum; k = phrase.end
                    expr.isBareInteger = false; expr.isYearLike = false; expr.isLoneOne = false
                    if let e = phrase.scale { expr.scaleExponent = e }
                }
            }
            // A scale after a fraction: "five and a half million", "two thirds of a million".
            if expr.kind == .number, !c.sawScale, c.gluedCurrency == nil, let (e, end) = trailingScale(at: k, money: money, afterDigits: !c.sawWords && k == c.end) {
                if let scaled = value.scaled(byPowerOfTen: e) {
                    value = scaled; k = end; expr.scaleExponent = e
                    expr.isBareInteger = false; expr.isYearLike = false; expr.isLoneOne = false
                }
            }
            // "one over three", "two out of five hundred", "1 in twenty-one"
            if expr.kind == .number, !money, expr.scaleExponent == nil, let (ratio, end) = ratio(at: k, numerator: value) {
                value = ratio; k = end
                expr.isBareInteger = false; expr.isYearLike = false; expr.isLoneOne = false
            }
            expr.value = value
        } else if let phrase = fractionPhrase(at: k, allowBareHalf: true) {
            k = phrase.end
            expr = NumberExpression(value: phrase.value, start: k0, end: k)
            expr.scaleExponent = phrase.scale
        } else if let (ordinal, end) = standaloneOrdinal(at: k) {
            k = end
            expr = NumberExpression(value: ordinal, start: k0, end: k)
            expr.kind = .ordinal
        } else {
            return nil
        }
        expr.end = k
        if negative {
            expr.value = expr.value.negated
            expr.isBareInteger = false
            expr.isYearLike = false
        }
        return expr
    }

    /// The role at `k`, stepping over one dash ("twenty-first", "one-eighth", "five - eighths").
    func roleSkippingDash(_ k: Int) -> (NumberRole, Int)? {
        guard k < n else { return nil }
        if symbol(k)?.isDashLike == true {
            guard k + 1 < n, let role = NumberRole.of(t[k + 1]) else { return nil }
            return (role, k + 1)
        }
        guard let role = NumberRole.of(t[k]) else { return nil }
        return (role, k)
    }

    /// A denominator at `k`: "fifths", "twenty-fifths", "hundredths", "quarters", "halves", or a
    /// singular one ("fifth") when `singular` is allowed. Returns its value and end.
    func denominator(at k: Int, singular: Bool) -> (ExactDecimal, Int)? {
        guard let (role, at) = roleSkippingDash(k) else { return nil }
        switch role {
        case .ordinal(let o, let plural) where o >= 3 && (plural || singular):
            return (ExactDecimal(o), at + 1)
        case .ordinalScale(let e, let plural) where plural || singular:
            return (ExactDecimal.power(ofTen: Int32(e)), at + 1)
        case .half(let plural) where plural || singular:
            return (ExactDecimal(2), at + 1)
        case .quarter(let plural) where plural || singular:
            return (ExactDecimal(4), at + 1)
        case .tens(let v):
            // "twenty-fifths", "twenty fifths", "twenty-first" (as a denominator)
            guard let (next, at2) = roleSkippingDash(at + 1), case .ordinal(let o, let plural) = next,
                  o >= 1 && o <= 9, plural || singular else { return nil }
            return (ExactDecimal(v + o), at2 + 1)
        default:
            return nil
        }
    }

    /// After a cardinal: a fraction ("three fifths", "one-eighth", "ninety-five hundred fifths")
    /// or an ordinal ("twenty-first", "one hundred twenty fifth", "two hundredth").
    /// Returns the value, the end, and whether it is an ordinal.
    func ordinalOrDenominator(at k: Int, cardinal c: Cardinal, first: Int) -> (ExactDecimal, Int, Bool)? {
        guard let numerator = c.value else { return nil }
        let isOne = numerator == .one && c.tokens == 1
        if c.last != .decimalLiteral, !c.sawScale, let (den, end) = denominator(at: k, singular: isOne),
           !(c.last == .literal && !isOne) || isPlural(k) {
            guard let value = numerator.divided(by: den) else { return nil }
            // A lone "one" before a singular tens-ordinal is a fraction ("one twenty-fifth").
            return (value, end, false)
        }
        // Ordinals are spelled out: "280 million first preferred notes" is not an ordinal.
        guard literal(first) == nil, let (role, at) = roleSkippingDash(k) else { return nil }
        switch role {
        case .ordinal(let o, plural: false):
            switch c.last {
            case .tens where o <= 9, .hundred where o < 100, .scale where o < 100:
                guard let sum = numerator.adding(ExactDecimal(o)) else { return nil }
                return (sum, at + 1, true)
            default: return nil
            }
        case .ordinalScale(let e, plural: false):
            switch c.last {
            case .unit, .teen, .tens, .tensUnit, .hundred:
                guard let scaled = numerator.scaled(byPowerOfTen: e) else { return nil }
                return (scaled, at + 1, true)
            default: return nil
            }
        default:
            return nil
        }
    }

    func isPlural(_ k: Int) -> Bool {
        guard let (role, at) = roleSkippingDash(k) else { return false }
        switch role {
        case .ordinal(_, let plural), .ordinalScale(_, let plural): return plural
        case .half(let plural), .quarter(let plural): return plural
        case .tens:
            if let (next, _) = roleSkippingDash(at + 1), case .ordinal(_, let plural) = next { return plural }
            return false
        default: return false
        }
    }

    /// "a half", "a quarter million", "a fifth", "half a billion", "half million", "quarter million",
    /// "three quarters" (numerator words are read by the caller). `scale` is the exponent of a
    /// scale that follows and was applied.
    func fractionPhrase(at k: Int, allowBareHalf: Bool) -> (value: ExactDecimal, end: Int, scale: Int?)? {
        guard k < n else { return nil }
        var value: ExactDecimal
        var end: Int
        if isWord(k, .a) || isWord(k, .an) || isWord(k, .one) {
            guard let (den, e) = denominator(at: k + 1, singular: true), let v = ExactDecimal.one.divided(by: den) else {
                return nil
            }
            // "a third straight quarter" is an ordinal; "a third of", "a third" at a clause end are fractions.
            if den > ExactDecimal(4) || den == ExactDecimal(3), e < n, t[e].kind == .word,
               !(isWord(e, .of) || isWord(e, .and) || isWord(e, .or) || NumberRole.of(t[e]).map({ if case .scale = $0 { return true } else { return false } }) == true) {
                return nil
            }
            value = v; end = e
        } else if let c = cardinal(from: k, money: false), c.sawWords, !c.sawScale, let numerator = c.value,
                  let (den, e) = denominator(at: c.end, singular: false), let v = numerator.divided(by: den) {
            value = v; end = e
        } else if isWord(k, .half) {
            if k > 0, let before = word(k - 1), before == .the || before == .first || before == .second || before == .this
                || before == .that || NumberRole.of(t[k - 1]).map({ if case .ordinal = $0 { return true } else { return false } }) == true {
                return nil
            }
            value = ExactDecimal(significand: 5, exponent: -1)
            end = k + 1
            if !allowBareHalf, trailingScale(at: end, money: false, afterDigits: false) == nil { return nil }
        } else if isWord(k, .quarter) {
            guard trailingScale(at: k + 1, money: false, afterDigits: false) != nil else { return nil }
            value = ExactDecimal(significand: 25, exponent: -2)
            end = k + 1
        } else {
            return nil
        }
        if let (e, scaleEnd) = trailingScale(at: end, money: false, afterDigits: false), let scaled = value.scaled(byPowerOfTen: e) {
            return (scaled, scaleEnd, e)
        }
        if isWord(end, .a) || isWord(end, .an), isWord(k, .half), isWord(end + 1, .dozen) {
            return (ExactDecimal(6), end + 2, nil)
        }
        return (value, end, nil)
    }

    /// A scale word after a fraction or a mixed number: "million", "a billion", "of a million", "dozen".
    func trailingScale(at k: Int, money: Bool, afterDigits: Bool) -> (Int, Int)? {
        var at = k
        if isWord(at, .of), isWord(at + 1, .a) || isWord(at + 1, .an) { at += 2 }
        else if isWord(at, .a) || isWord(at, .an) { at += 1 }
        guard at < n, let role = NumberRole.of(t[at]) else { return nil }
        switch role {
        case .scale(let e): return (e, at + 1)
        case .scaleAbbreviation(let e) where afterDigits && at == k:
            return scaleAbbreviationFits(at, exponent: e, after: .decimalLiteral, money: money) ? (e, at + 1) : nil
        default: return nil
        }
    }

    /// "five point five", "two hundred point zero three", "nought point eleven".
    func decimalWords(at k: Int, integer: ExactDecimal, cardinal c: Cardinal) -> (ExactDecimal, Int)? {
        guard isWord(k, .point), c.sawWords, c.last != .scale else { return nil }
        var digits: [Int] = []
        var at = k + 1
        while at < n, case .unit(let u)? = NumberRole.of(t[at]), u <= 9 {
            digits.append(u); at += 1
        }
        if digits.isEmpty, at < n, let tail = cardinal(from: at, money: false), tail.sawWords, !tail.sawScale,
           let v = tail.value?.intValue, v >= 10, v < 100 {
            digits = [v / 10, v % 10]
            at = tail.end
        }
        guard !digits.isEmpty else { return nil }
        var fraction = ExactDecimal.zero
        for (index, d) in digits.enumerated() {
            guard let next = fraction.adding(ExactDecimal(significand: Int128(d), exponent: Int32(-(index + 1)))) else { return nil }
            fraction = next
        }
        guard let sum = integer.isNegative ? integer.subtracting(fraction) : integer.adding(fraction) else { return nil }
        return (sum, at)
    }

    /// "2 1/4", "2  1/4": an integer, spaces, and a proper fraction.
    func spacedFraction(at k: Int, integer: ExactDecimal, cardinal c: Cardinal) -> (ExactDecimal, Int)? {
        guard c.last == .literal, c.tokens == 1, let lit = literal(k), lit.form == .fraction, t[k].spaceBefore,
              lit.suffix == .none, let part = lit.value, part < ExactDecimal.one, !part.isNegative,
              let sum = integer.adding(part) else { return nil }
        return (sum, k + 1)
    }

    /// "one over three", "1 out of 3", "two in five" (the second number must be larger for
    /// "out of" and "in"; never before a time word: "over 3 years").
    func ratio(at k: Int, numerator: ExactDecimal) -> (ExactDecimal, Int)? {
        var at: Int
        let strict: Bool
        if isWord(k, .over) { at = k + 1; strict = false }
        else if isWord(k, .out), isWord(k + 1, .of) { at = k + 2; strict = true }
        else if isWord(k, .in) { at = k + 1; strict = true }
        else { return nil }
        guard at < n, let c = cardinal(from: at, money: false), !c.sawScale, let den = c.value, !den.isZero else { return nil }
        if let lit = literal(at), lit.isYearLike { return nil }
        if strict && !(numerator < den) { return nil }
        at = c.end
        if let w = word(at), [.years, .year, .months, .month, .days, .day, .weeks, .week].contains(w) { return nil }
        if t[at < n ? at : n - 1].kind == .symbol, at < n, t[at].symbol.isCurrency || t[at].symbol == .percent { return nil }
        guard let value = numerator.divided(by: den) else { return nil }
        return (value, at)
    }

    /// "first", "third", "eleventh", "twentieth", "hundredth" with no cardinal before them.
    func standaloneOrdinal(at k: Int) -> (ExactDecimal, Int)? {
        if let lit = literal(k), lit.suffix == .ordinal, lit.form == .integer, let v = lit.value {
            if glued(k), t[k - 1].kind == .word { return nil }
            return (v, k + 1)
        }
        guard let role = NumberRole.of(t[k]) else { return nil }
        switch role {
        case .ordinal(let o, plural: false):
            if o >= 3, k > 0, isWord(k - 1, .a) || isWord(k - 1, .an), fractionPhrase(at: k - 1, allowBareHalf: false) != nil { return nil }
            return (ExactDecimal(o), k + 1)
        case .ordinalScale(let e, plural: false):
            if k > 0, isWord(k - 1, .a) || isWord(k - 1, .an) { return nil }
            return (ExactDecimal.power(ofTen: Int32(e)), k + 1)
        default:
            return nil
        }
    }
}

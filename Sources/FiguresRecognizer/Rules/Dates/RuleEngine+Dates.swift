import FiguresCore

extension RuleEngine {
    /// The month (1–12) named by the word at `k`, if any.
    func month(_ k: Int) -> Int? {
        guard let w = word(k) else { return nil }
        switch w {
        case .january, .jan: return 1
        case .february, .feb: return 2
        case .march, .mar: return 3
        case .april, .apr: return 4
        case .may: return 5
        case .june, .jun: return 6
        case .july, .jul: return 7
        case .august, .aug: return 8
        case .september, .sep, .sept: return 9
        case .october, .oct: return 10
        case .november, .nov: return 11
        case .december, .dec: return 12
        default: return nil
        }
    }

    /// A month word that is really a month here: capitalised, or lower case before a day or year
    /// (newswire lower-cases everything); "may" and "march" in lower case only after "on"/"in"/"of"/…
    func monthWord(_ k: Int) -> Int? {
        guard let m = month(k) else { return nil }
        let capital = t[k].flags.contains(.capitalized)
        if capital && !t[k].flags.contains(.allUpper) || t[k].length > 3 && t[k].flags.contains(.allUpper) { return m }
        if capital { return m }
        if (isWord(k, .may) || isWord(k, .march)) {
            guard let before = word(k - 1), [.on, .in, .of, .since, .until, .by, .from, .to, .early, .late, .mid, .end].contains(before)
            else { return nil }
        }
        return m
    }

    /// The year written by the literal at `k`, when it is one.
    func yearLiteral(_ k: Int) -> Int? {
        guard let lit = literal(k), lit.isYearLike else { return nil }
        if k > 0, glued(k), t[k - 1].kind == .word { return nil }
        return lit.value?.intValue
    }

    /// A day of the month (1–31), as "10" or "10th".
    func dayLiteral(_ k: Int) -> Int? {
        guard let lit = literal(k), lit.form == .integer, lit.suffix == .none || lit.suffix == .ordinal,
              let v = lit.value?.intValue, v >= 1, v <= 31 else { return nil }
        return v
    }

    mutating func emitDate(_ text: ShortText, from a: Int, to b: Int, year: Int? = nil) -> Int {
        out.append(Quantity(kind: .date, value: year.map { ExactDecimal($0) }, span: span(a, b), unitNameText: nil, dateText: text))
        return b
    }

    /// Dates: "2022-04-16", "5/17/2018", "1995-01", "2020-2021", "1990s", "November 10, 2020",
    /// "10 November 2020", "March 2023", "April 15", "in 2021", "between 2015 and 2022".
    mutating func matchDate(at k: Int) -> Int? {
        let token = t[k]
        if token.kind == .number {
            let lit = lits[Int(token.literal)]
            if glued(k), t[k - 1].kind == .word { return nil }  // "Q1", "G20"
            let (a, b, c) = lit.parts
            switch lit.form {
            case .isoDate, .slashDate: return emitDate(DateText.date(year: Int(a), month: Int(b), day: Int(c)), from: k, to: k + 1)
            case .yearMonth: return emitDate(DateText.date(year: Int(a), month: Int(b)), from: k, to: k + 1)
            case .yearSpan: return emitDate(DateText.span(Int(a), Int(b)), from: k, to: k + 1)
            default: break
            }
            if lit.suffix == .decade, let v = lit.value?.intValue {
                let first = v >= 100 ? v : (v >= 30 ? 1900 + v : 2000 + v)
                return emitDate(DateText.span(first, first + 9), from: k, to: k + 1)
            }
            // "10 November 2020", "1st of May", "26 Nov"
            if let day = dayLiteral(k) {
                var at = k + 1
                if isWord(at, .of) { at += 1 }
                if let m = monthWord(at) {
                    at += 1
                    if isSymbol(at, .period) { at += 1 }
                    var end = at
                    if isSymbol(end, .comma) { end += 1 }
                    if let year = yearLiteral(end) {
                        return emitDate(DateText.date(year: year, month: m, day: day), from: k, to: end + 1)
                    }
                    return emitDate(DateText.date(year: nil, month: m, day: day), from: k, to: at)
                }
            }
            if let year = yearLiteral(k) {
                // A year that is part of an amount ("2000 companies" is not decided here: only units are).
                if percentSuffix(at: k + 1) != nil || currencySuffix(at: k + 1) != nil { return nil }
                if isWord(k + 1, .over), startsNumber(k + 2), ratio(at: k + 1, numerator: ExactDecimal(year)) != nil { return nil }
                if let role = k + 1 < n ? NumberRole.of(t[k + 1]) : nil {
                    switch role {
                    case .scale, .hundred, .scaleAbbreviation: return nil
                    default: break
                    }
                }
                // "2015 to 2022", "2015 – 2022"
                if (isWord(k + 1, .to) || symbol(k + 1)?.isDashLike == true), let last = yearLiteral(k + 2), last > year {
                    return emitDate(DateText.span(year, last), from: k, to: k + 3)
                }
                return emitDate(DateText.date(year: year), from: k, to: k + 1, year: year)
            }
            return nil
        }
        if token.kind == .word {
            if isWord(k, .between) || isWord(k, .from), let first = yearLiteral(k + 1),
               isWord(k + 2, .and) || isWord(k + 2, .to) || symbol(k + 2)?.isDashLike == true, let last = yearLiteral(k + 3), last > first {
                return emitDate(DateText.span(first, last), from: k, to: k + 4)
            }
            guard let m = monthWord(k) else { return nil }
            var at = k + 1
            if isSymbol(at, .period) { at += 1 }
            if let day = dayLiteral(at), !(literal(at)?.isYearLike ?? false) {
                let dayEnd = at + 1
                var yearAt = dayEnd
                if isSymbol(yearAt, .comma) { yearAt += 1 }
                if let year = yearLiteral(yearAt) {
                    return emitDate(DateText.date(year: year, month: m, day: day), from: k, to: yearAt + 1)
                }
                return emitDate(DateText.date(year: nil, month: m, day: day), from: k, to: dayEnd)
            }
            var yearAt = at
            if isSymbol(yearAt, .comma) { yearAt += 1 }
            if let year = yearLiteral(yearAt) {
                return emitDate(DateText.date(year: year, month: m), from: k, to: yearAt + 1)
            }
        }
        return nil
    }
}

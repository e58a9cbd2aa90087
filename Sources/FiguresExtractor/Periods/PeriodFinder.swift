import FiguresCore
import FiguresRecognizer

/// Finds the periods a sentence names: explicit ("in 2021", "in the first half of 2023",
/// "in Q1 2022", "in January-November 2023", "between 2015 and 2022", "at the end of 2022",
/// "as of July 1, 2022") and relative to the publication date ("last year", "this year",
/// "in the first six months of the year", "last month", "in August"), plus annual cues
/// ("a year", "annual").
struct PeriodFinder {
    let context: DocumentContext

    static let monthNames: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    /// "the previous year", "the preceding 12 months", "the prior year".
    static let precedingWords = WordSet(["previous", "preceding", "prior"])
    /// Periods that "through September" can end: "the fiscal year through September", "the first half through June".
    static let periodNouns = WordSet(["year", "fiscal", "half", "quarter", "months", "period", "season"])
    static let ordinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4]
    static let counts: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12,
    ]

    /// Recogniser word ids that can start a relative period: year, month(s), half, quarter, months' names.
    /// The grammar's words that can name a period, by raw value (a flag per word: the loop over a
    /// sentence's tokens asks for every word, and hashing each into a set cost more than the test).
    static let periodWords: [Bool] = {
        var table = [Bool](repeating: false, count: Word.allCases.count)
        for word in [Word.year, .years, .month, .months, .half, .quarter, .quarters, .january, .february, .march, .april, .may, .june, .july,
                     .august, .september, .october, .november, .december, .jan, .feb, .mar, .apr, .jun, .jul, .aug, .sep,
                     .sept, .oct, .nov, .dec] {
            table[Int(word.rawValue)] = true
        }
        return table
    }()

    func month(_ k: Int) -> Int? {
        guard k >= 0, k < context.t.count, context.t[k].kind == .word, context.t[k].flags.contains(.capitalized) else { return nil }
        return Self.monthNames[context.lower(k)]
    }

    /// A part of a year named before token `k` (exclusive): "first half of", "H1", "Q3", "first nine
    /// months of", "January-November". Returns the start token and a builder from the year.
    func partOfYear(before k: Int) -> (Int, (Int) -> Period)? {
        var at = k - 1
        if context.isWord(at, "of") { at -= 1 }
        if context.isWord(at, "the") { at -= 1 }
        // "January-November 2023", "January to November 2023", "between January and November 2023"
        if let last = month(at) {
            var m = at - 1
            if context.isSymbol(m, .hyphen) || context.isSymbol(m, .dash) || context.isWord(m, "to") || context.isWord(m, "through")
                || context.isWord(m, "and") && context.isWord(m - 2, "between") {
                m -= 1
                if let first = month(m), first < last {
                    return (m, { .months(fromYear: $0, fromMonth: first, toYear: $0, toMonth: last) })
                }
            }
        }
        // "9M 2023", "1H 2024": a digit glued to a letter.
        if let (start, make) = abbreviatedPart(at: at) { return (start, make) }
        // "the March quarter 2024", "the December quarter of 2023": the quarter a month ends
        // (as Australian and New Zealand statistics name quarters).
        if context.isWord(at, "quarter"), let m = month(at - 1), m % 3 == 0 { return (at - 1, { .quarter($0, m / 3) }) }
        // "first half", "second quarter", "first nine months", "first six months"
        if context.isWord(at, "half") || context.isWord(at, "quarter") {
            // ("the first-quarter realization", "second-half exports": the ordinal glued by a hyphen)
            let hyphenated = context.isSymbol(at - 1, .hyphen) && !context.t[at - 1].spaceBefore && !context.t[at].spaceBefore
            let which = context.lower(hyphenated ? at - 2 : at - 1)
            if let n = Self.ordinals[which] {
                let isHalf = context.isWord(at, "half")
                if isHalf && n > 2 && which != "last" { return nil }
                let start = hyphenated ? at - 2 : at - 1
                if isHalf { let h = which == "last" ? 2 : n; return (start, { .half($0, h) }) }
                return (start, { .quarter($0, n) })
            }
        }
        // "the first three quarters of 2023", "the last two quarters": whole quarters, counted
        // from the start or the end of the year (without "first" or "last", "three quarters of"
        // is a fraction).
        if context.isWord(at, "quarters"), let n = Self.counts[context.lower(at - 1)], n >= 1, n <= 4 {
            let fromStart = context.isWord(at - 2, "first")
            guard fromStart || context.isWord(at - 2, "last") else { return nil }
            let start = at - 2
            switch (n, fromStart) {
            case (1, _): return nil
            case (2, true): return (start, { .half($0, 1) })
            case (2, false): return (start, { .half($0, 2) })
            case (4, _): return (start, { .year($0) })
            case (_, true): return (start, { .months(fromYear: $0, fromMonth: 1, toYear: $0, toMonth: n * 3) })
            case (_, false): return (start, { .months(fromYear: $0, fromMonth: 13 - n * 3, toYear: $0, toMonth: 12) })
            }
        }
        if context.isWord(at, "months") {
            var countAt = at - 1
            var n: Int?
            if let lit = context.scanned.literal(context.t[max(countAt, 0)]), countAt >= 0 { n = lit.value?.intValue }
            else { n = Self.counts[context.lower(countAt)] }
            guard let months = n, months >= 1, months <= 12 else { return nil }
            var first = true
            if context.isWord(countAt - 1, "first") { countAt -= 1 }
            else if context.isWord(countAt - 1, "last") { first = false; countAt -= 1 }
            let start = countAt
            if first {
                switch months {
                case 3: return (start, { .quarter($0, 1) })
                case 6: return (start, { .half($0, 1) })
                case 12: return (start, { .year($0) })
                default: return (start, { .months(fromYear: $0, fromMonth: 1, toYear: $0, toMonth: months) })
                }
            }
            if months == 6 { return (start, { .half($0, 2) }) }
            return (start, { .months(fromYear: $0, fromMonth: 13 - months, toYear: $0, toMonth: 12) })
        }
        return nil
    }

    /// A part of a year written as a number glued to a letter, ending at token `at`: "9M" (the
    /// first nine months), "1H"/"2H" (a half), and "H1", "Q3" when `at` is the number.
    func abbreviatedPart(at: Int) -> (Int, (Int) -> Period)? {
        guard at >= 0, at < context.t.count else { return nil }
        // "9M", "1H", "1Q" (as in "1Q2024"): the lexer reads the digits and the letter as one number token.
        if context.t[at].kind == .number, context.t[at].length <= 3, case let text = context.lower(at),
           let letter = text.last, letter.isLetter, let n = Int(text.dropLast()) {
            switch letter {
            case "h" where n == 1 || n == 2: return (at, { .half($0, n) })
            case "q" where n >= 1 && n <= 4: return (at, { .quarter($0, n) })
            case "m" where n >= 1 && n <= 12:
                switch n {
                case 3: return (at, { .quarter($0, 1) })
                case 6: return (at, { .half($0, 1) })
                case 12: return (at, { .year($0) })
                default: return (at, { .months(fromYear: $0, fromMonth: 1, toYear: $0, toMonth: n) })
                }
            default: break
            }
        }
        guard at >= 1, !context.t[at].spaceBefore else { return nil }
        let first = context.t[at - 1], second = context.t[at]
        if first.kind == .word, first.length == 1, second.kind == .number, let n = context.scanned.literal(second)?.value?.intValue {
            switch context.lower(at - 1) {
            case "h" where n == 1 || n == 2: return (at - 1, { .half($0, n) })
            case "q" where n >= 1 && n <= 4: return (at - 1, { .quarter($0, n) })
            default: return nil
            }
        }
        return nil
    }

    /// Whether "fiscal", "FY" or "fiscal year"/"financial year" comes right before the year at
    /// `start`, or "fiscal year"/"financial year" right after it ending at `end`: "fiscal 2020-21",
    /// "FY 2023-24", "financial year 2022", "the 2023/2024 fiscal year".
    func namesFiscalYear(start: Int, end: Int) -> Bool {
        endsFiscalLead(at: start - 1) || startsFiscalTail(at: end)
    }

    /// "this fiscal year", "the current financial year", "last fiscal year", "the previous fiscal
    /// year", "next fiscal year", and without "year" "this fiscal", "last fiscal", "the current FY"
    /// (Indian English), with token `k` the "fiscal", "financial" or "FY": the fiscal year the day
    /// of publication falls in, or the one before or after it, in the calendar of the figure's
    /// party (the calendar year when no party has a fiscal year: see
    /// ``FiscalYear/period(_:countries:mark:firstMonths:)``). "The previous fiscal year" after
    /// another period is the one before that period (see ``relateToEarlier(_:)``). A noun after a
    /// bare "fiscal" makes it an adjective: "this fiscal quarter", "the current fiscal deficit" are
    /// no fiscal year.
    func relativeFiscalYear(at k: Int) -> PeriodMention? {
        guard let published = context.published, context.isWord(k, "fiscal") || context.isWord(k, "financial") || context.isWord(k, "fy") else { return nil }
        let yearAfter = context.isWord(k + 1, "year")
        if !yearAfter {
            guard !context.isWord(k, "financial"), k + 1 >= context.t.count || context.t[k + 1].kind == .symbol
                    || context.t[k + 1].kind == .word && context.isWord(k + 1, in: Self.afterBareFiscal) else { return nil }
        }
        let shift: Int
        if context.isWord(k - 1, "this") || context.isWord(k - 1, "current") { shift = 0 }
        else if context.isWord(k - 1, "last") || context.isWord(k - 1, "past") || context.isWord(k - 1, in: Self.precedingWords) { shift = -1 }
        else if context.isWord(k - 1, "next") || context.isWord(k - 1, "coming") { shift = 1 }
        else { return nil }
        // ("in the last fiscal year, which ran from July 2023 to June 2024": the months said.)
        let end = yearAfter ? k + 2 : k + 1
        if context.isSymbol(end, .comma), context.isWord(end + 1, "which") || context.isWord(end + 1, "that") { return nil }
        guard let day = Day(year: published.year + shift, month: published.month, day: min(published.day, 28)) else { return nil }
        var mention = PeriodMention(start: k - 1, end: end, period: .year(published.year + shift), fiscal: .current(day))
        readFiscalPart(&mention, lead: k - 1)
        return mention
    }

    /// Words that may follow "this fiscal", "last fiscal" used as a noun (the fiscal year): "rose
    /// to $40 billion last fiscal, up from …", "this fiscal and the next".
    static let afterBareFiscal = WordSet([
        "to", "and", "as", "from", "against", "compared", "over", "when", "while", "with", "at", "in", "on", "up", "down", "but",
        "amid", "despite", "after", "so", "because", "which", "that", "the", "a", "an", "its", "their", "by", "than", "itself",
        "according", "said", "says", "is", "was", "were", "are", "will", "could", "may", "might", "would", "should", "has", "had",
    ])

    /// "the first 11 months of" (or "the first half of", "the first quarter of") before a fiscal
    /// year whose words start at `lead`: the mention starts there instead and covers only those
    /// first months of the fiscal year. A part counted from the year's end is left as it was.
    func readFiscalPart(_ mention: inout PeriodMention, lead: Int) {
        if let (start, months) = monthsOfFiscalYear(before: lead, in: mention.period) {
            mention.start = start
            mention.period = months
            mention.fiscal = nil
            return
        }
        // ("8M FY25", "1H FY24": an abbreviated part right before.)
        let at = context.isWord(lead - 1, "the") ? lead - 1 : lead
        guard let (start, make) = abbreviatedPart(at: lead - 1).flatMap({ $0.0 == lead - 1 ? $0 : nil })
                ?? (context.isWord(at - 1, "of") ? partOfYear(before: at) : nil) else { return }
        let months: Int
        switch make(2000) {
        case .quarter(_, 1): months = 3
        case .half(_, 1): months = 6
        case .months(_, 1, _, let n): months = n
        default: return
        }
        mention.start = start
        mention.fiscalMonths = months
    }

    /// A range of months named right before a fiscal year that starts at `lead`: "July-January
    /// (2020-21)", "April–October 2023-24", "July-March FY24", "July to March of the 2023-24 fiscal
    /// year". Months that run past December start in the fiscal year's first calendar year; months
    /// within one calendar year are in its first year from April on ("April–October 2023-24" is
    /// 2023), else in its second ("January-March 2023-24" is 2024). A single year ("FY24") is taken
    /// to name the fiscal year that ends in it.
    func monthsOfFiscalYear(before lead: Int, in years: Period?) -> (Int, Period)? {
        var at = lead - 1
        if context.isSymbol(at, .openParen) { at -= 1 } else {
            if context.isWord(at, "the") { at -= 1 }
            if context.isWord(at, "of") { at -= 1 }
        }
        guard let last = month(at), context.isSymbol(at - 1, .hyphen) || context.isSymbol(at - 1, .dash)
                || context.isWord(at - 1, "to") || context.isWord(at - 1, "through"),
              let first = month(at - 2), first != last else { return nil }
        let a: Int
        switch years {
        case .years(let y, let next)? where next == y + 1: a = y
        case .year(let y)?: a = y - 1
        default: return nil
        }
        let firstYear = first > last || first >= 4 ? a : a + 1
        return (at - 2, .months(fromYear: firstYear, fromMonth: first, toYear: first > last ? a + 1 : firstYear, toMonth: last))
    }

    /// Whether token `k` ends "fiscal", "FY", "fiscal year" or "financial year" written before a year.
    func endsFiscalLead(at k: Int) -> Bool {
        context.isWord(k, "fiscal") || context.isWord(k, "fy")
            || context.isWord(k, "year") && (context.isWord(k - 1, "fiscal") || context.isWord(k - 1, "financial"))
    }

    /// Whether "fiscal year" or "financial year" starts at token `k`, after a year.
    func startsFiscalTail(at k: Int) -> Bool {
        context.isWord(k + 1, "year") && (context.isWord(k, "fiscal") || context.isWord(k, "financial"))
    }

    /// Whether the date at `start` ends a fiscal year: "the fiscal year ended March 2024", "the
    /// financial year that ended on June 30, 2023", "fiscal year ending March 31", "the Iranian
    /// year that ended on 20 March 2021".
    func endsFiscalYear(before start: Int) -> Bool {
        var at = start - 1
        if context.isWord(at, "on") || context.isWord(at, "in") { at -= 1 }
        guard context.isWord(at, "ended") || context.isWord(at, "ending") else { return false }
        at -= 1
        if context.isWord(at, "that") || context.isWord(at, "which") { at -= 1 }
        // "the fiscal year", "the financial year", "the Iranian year", "the marketing year"
        // ("the Iranian calendar year that ended on March 19")
        if context.isWord(at, "year"), context.isWord(at - 1, "calendar"), at >= 3, context.t[at - 2].kind == .word, context.isWord(at - 3, "the") {
            return true
        }
        // ("for the year that ended March 20", "the Iranian year that ended on …")
        return context.isWord(at, "year") && (context.isWord(at - 1, "fiscal") || context.isWord(at - 1, "financial")
            || context.isWord(at - 1, "the") || at >= 1 && context.t[at - 1].kind == .word && context.isWord(at - 2, "the"))
    }

    /// Whether "through" at `at` opens a year to date ("Through September, U.S. exports totaled
    /// …"): not the end of a range of months ("from March through June"), nor of a period named
    /// before it ("the first half of fiscal 2024 through September", "the fiscal year through
    /// September").
    func startsYearToDate(at: Int) -> Bool {
        context.isWord(at, "through") && month(at - 1) == nil && (at < 1 || context.t[at - 1].kind != .number)
            && !context.isWord(at - 1, in: Self.periodNouns)
    }

    /// How many months up to the month at `start` lead it, when three, six or nine: "in the three
    /// months to April 2025" (the twelve are a year: ``trailingYear(before:)``).
    func trailingMonths(before start: Int) -> Int? {
        var at = start - 1
        if context.isWord(at, "the") { at -= 1 }
        guard context.isWord(at, "to") || context.isWord(at, "ending") || context.isWord(at, "through"), context.isWord(at - 1, "months") else { return nil }
        switch context.lower(at - 2) {
        case "three", "3": return 3
        case "six", "6": return 6
        case "nine", "9": return 9
        default: return nil
        }
    }

    /// Whether the twelve months up to the period at `start` lead it: "in the year to June 2023",
    /// "the 12 months to the end of March 2024", "the four quarters to the end of the second
    /// quarter of 2022".
    func trailingYear(before start: Int) -> Bool {
        var at = start - 1
        if context.isWord(at, "the") { at -= 1 }
        if context.isWord(at, "of"), context.isWord(at - 1, "end") {
            at -= 2
            if context.isWord(at, "the") { at -= 1 }
        }
        guard context.isWord(at, "to") || context.isWord(at, "ending") || context.isWord(at, "through") else { return false }
        at -= 1
        // ("the financial year to March 2024" too; "the fiscal year through September" is a year to date.)
        if context.isWord(at, "year") {
            return !context.isWord(at - 1, "fiscal") && !context.isWord(at - 1, "financial") || !context.isWord(at + 1, "through")
        }
        if context.isWord(at, "months") { return context.isWord(at - 1, "twelve") || context.lower(at - 1) == "12" }
        return context.isWord(at, "quarters") && context.isWord(at - 1, "four")
    }

    /// The year or years of a fiscal year written from token `n`, and the token after them: "24"
    /// of "FY24" (2024, only with `twoDigits`), "2024", "2023-24", "2022/23".
    func fiscalYear(at n: Int, twoDigits: Bool) -> (Period, Int)? {
        guard n >= 0, n < context.t.count, context.t[n].kind == .number, let lit = context.scanned.literal(context.t[n]) else { return nil }
        if lit.form == .yearSpan { return (.years(Int(lit.parts.0), Int(lit.parts.1)), n + 1) }
        // "2022/23", read by the lexer as a fraction
        if lit.form == .fraction, case let text = context.lower(n), text.utf8.count == 7 || text.utf8.count == 9,
           let slash = text.firstIndex(of: "/"), let a = Int(text[..<slash]), let b = Int(text[text.index(after: slash)...]),
           a >= 1950, a <= 2100, b == (a + 1) % 100 || b == a + 1 {
            return (.years(a, a + 1), n + 1)
        }
        guard lit.isBareInteger, let v = lit.value?.intValue else { return nil }
        let year = lit.integerDigits == 2 ? 2000 + v : v
        guard lit.integerDigits == 2 && twoDigits || lit.integerDigits == 4, year >= 1950, year <= 2100 else { return nil }
        // "FY2022/23", "FY2022-23"
        if n + 2 < context.t.count, context.isSymbol(n + 1, .slash) || context.t[n + 1].kind == .symbol && context.t[n + 1].symbol.isDashLike,
           !context.t[n + 1].spaceBefore, !context.t[n + 2].spaceBefore, context.t[n + 2].kind == .number,
           let next = context.scanned.literal(context.t[n + 2]), next.isBareInteger, let w = next.value?.intValue,
           w == (year + 1) % 100 || w == year + 1 {
            return (.years(year, year + 1), n + 3)
        }
        return (.year(year), n + 1)
    }

    /// True when "end of" (or "end-") comes right before token `k`: "at the end of 2022", "end-2022".
    func endOf(before k: Int) -> Int? {
        var at = k - 1
        if context.isWord(at, "of") { at -= 1 }
        else if context.isSymbol(at, .hyphen) { at -= 1 }
        guard context.isWord(at, "end") else { return nil }
        at -= 1
        if context.isWord(at, "the") { at -= 1 }
        if context.isWord(at, "year") { at -= 1 }
        return at + 1
    }

    /// Whether token `k` lies in an aside about a name (``DocumentContext/subjectAside(around:in:)``)
    /// that holds no other number: "X, one of the first funds to enter China in 2005, has …".
    func inSubjectAside(_ k: Int, sentence: Sentence) -> Bool {
        guard let aside = context.subjectAside(around: k, in: sentence) else { return false }
        let t = context.t
        return !aside.contains { $0 != k && t[$0].kind == .number || t[$0].kind == .symbol && t[$0].symbol.isCurrency }
    }

    /// Whether token `k` lies in a clause that opens the sentence with "Since" and has not yet
    /// ended at a comma ("Since joining the WTO in 2001, …").
    func inFrontedSinceClause(_ k: Int, sentence: Sentence) -> Bool {
        guard context.isWord(sentence.start, "since"), k - sentence.start <= 16 else { return false }
        return !(sentence.start + 1..<max(sentence.start + 1, k)).contains { context.isSymbol($0, .comma) || context.isSymbol($0, .semicolon) }
    }

    func periods(in sentence: Sentence, dates: [(Quantity, Range<Int>)]) -> [PeriodMention] {
        var found: [PeriodMention] = []
        let published = context.published
        // Tokens of the sentence already part of a period (a flag per token: the loop below asks
        // for every token, and hashing each was a fifth of this function).
        var covered = SentenceMarks(sentence)
        // Dates already read as the end of a month range (rare: a short list, not a hashed set).
        var skipped: [Int] = []
        for (q, range) in dates {
            if skipped.contains(range.lowerBound) { continue }
            guard let date = q.date else { continue }
            // "Since the CEPA entered into force in May 2022, bilateral trade has reached …": a
            // date in a fronted "since" clause starts a running total, it is no figure's period.
            if inFrontedSinceClause(range.lowerBound, sentence: sentence) { continue }
            // "The Kuwait Investment Authority, one of the first sovereign wealth funds to enter the
            // Chinese market in 2005, has invested more than $10 billion": a date in an aside about
            // the subject.
            if inSubjectAside(range.lowerBound, sentence: sentence) { continue }
            var start = range.lowerBound
            let before = start - 1
            var period: Period?
            var targetYear: Int?
            if date.utf8.count == 4, let year = Int(date) {
                // "its Vision 2030 giga-projects", "Expo 2020": a year in a name.
                if before >= sentence.start, context.t[before].flags.contains(.capitalized), context.isWord(before, in: WordSets.yearNames) { continue }
                if let (partStart, make) = partOfYear(before: start) {
                    period = make(year); start = partStart
                    // "at the end of the second quarter of 2023": where "the end of" starts.
                    let endStart = endOf(before: context.isWord(partStart - 1, "the") ? partStart - 1 : partStart)
                    // "in the four quarters to the end of the second quarter of 2022"
                    switch period {
                    case .quarter(let y, let q)? where trailingYear(before: partStart): period = FiscalYear.ending(year: y, month: q * 3)
                    case .half(let y, let h)? where trailingYear(before: partStart): period = FiscalYear.ending(year: y, month: h * 6)
                    // … the quarter's (half's) last day, a stock's date.
                    case .quarter?, .half?:
                        if let endStart {
                            period = period.flatMap(Self.lastDay)
                            start = endStart
                        }
                    default: break
                    }
                } else if trailingYear(before: start) {
                    // "in the four quarters to the end of 2022": the calendar year.
                    period = .year(year)
                } else if let endStart = endOf(before: start) {
                    period = .day(Day(year: year, month: 12, day: 31)!); start = endStart
                    if context.isWord(endStart - 1, "by") { targetYear = year; start = endStart - 1 }
                } else if context.isWord(before, "over") || context.isWord(before, "during"), context.isWord(range.upperBound, "and"),
                          let next = dates.first(where: { $0.1.lowerBound == range.upperBound + 1 }), let text = next.0.date,
                          text.utf8.count == 4, let year2 = Int(text), year2 == year + 1 {
                    // "Over 2020 and 2021, China's imports … totaled $288.8 billion": the two years together.
                    found.append(PeriodMention(start: before, end: next.1.upperBound, period: .years(year, year2)))
                    covered.insert(before..<next.1.upperBound)
                    skipped.append(next.1.lowerBound)
                    continue
                } else {
                    period = .year(year)
                    if context.isWord(before, "by") { targetYear = year }
                    // "since 2005", "registered after 2022", "before 2020": no figure's period; nor
                    // "since Greek banks retreated after the 2013 bail-in".
                    // ("under a contract that runs until 2043": nor a term's end.)
                    if context.isWord(before, "since") || context.isWord(before, "after") || context.isWord(before, "before")
                        || context.isWord(before, "until") { continue }
                    if context.isWord(before, "the"), context.isWord(before - 1, "since") || context.isWord(before - 1, "after")
                        || context.isWord(before - 1, "before"), range.upperBound < context.t.count, context.t[range.upperBound].kind == .word,
                       month(range.upperBound) == nil {
                        continue
                    }
                }
            } else if let parsed = Period(date) {
                let trailing = trailingMonths(before: start)
                switch parsed {
                // ("the June 2024 year": New Zealand's statistics name a year by its last month.)
                case .month(let y, let m) where endsFiscalYear(before: start) || trailingYear(before: start)
                    || context.isWord(before, "the") && context.isWord(range.upperBound, "year") && !context.isSymbol(range.upperBound + 1, .hyphen):
                    period = FiscalYear.ending(year: y, month: m)
                // "in the three months to April 2025": the months up to it.
                case .month(let y, let m) where trailing != nil:
                    let n = trailing ?? 1
                    let first = y * 12 + (m - 1) - (n - 1)
                    period = .months(fromYear: first / 12, fromMonth: first % 12 + 1, toYear: y, toMonth: m)
                // "in the March 2022 quarter": the quarter that month ends.
                case .month(let y, let m) where m % 3 == 0 && context.isWord(range.upperBound, "quarter"):
                    period = .quarter(y, m / 3)
                // "Through September 2024, exports totaled …": the year to that month.
                case .month(let y, let m) where m > 1 && startsYearToDate(at: before):
                    period = .months(fromYear: y, fromMonth: 1, toYear: y, toMonth: m)
                case .month(let y, let m):
                    // "from April 2000 to September 2023", "(April 2023-March 2024)"
                    let led = context.isWord(before, "from") || context.isWord(before, "between")
                    if led && (context.isWord(range.upperBound, "to") || context.isWord(range.upperBound, "and") || context.isWord(range.upperBound, "through"))
                        || context.isSymbol(range.upperBound, .hyphen) || context.isSymbol(range.upperBound, .dash),
                       let next = dates.first(where: { $0.1.lowerBound == range.upperBound + 1 }), let date2 = next.0.date,
                       case .month(let y2, let m2)? = Period(date2), (y, m) < (y2, m2) {
                        period = .months(fromYear: y, fromMonth: m, toYear: y2, toMonth: m2)
                        if led { start = before }
                        found.append(PeriodMention(start: start, end: next.1.upperBound, period: period, targetYear: nil))
                        covered.insert(start..<next.1.upperBound)
                        skipped.append(next.1.lowerBound)
                        continue
                    } else if let endStart = endOf(before: start) {
                        period = .day(Day(year: y, month: m, day: Day.daysIn(month: m, year: y))!); start = endStart
                        if context.isWord(endStart - 1, "by") { start = endStart - 1 }
                    } else if context.isWord(before, "since") || context.isWord(before, "after") || context.isWord(before, "before") {
                        // "since February 2022": no figure's period (as "since 2005").
                        continue
                    } else {
                        // "January-November 2023" arrives as "January-" + "November 2023".
                        if let (partStart, make) = partOfYear(before: start + 1), partStart < start { period = make(y); start = partStart }
                        else { period = parsed }
                    }
                // ("the fiscal year that ended June 30, 2023", "the fiscal year to March 31, 2024")
                case .day(let d) where endsFiscalYear(before: start) || trailingYear(before: start):
                    period = FiscalYear.ending(year: d.year, month: d.month, day: d.day)
                case .day(let d) where daySpan(after: range, before: before, first: (d.year, d.month), dates: dates) != nil:
                    // (Checked above; read again here, where a pattern cannot bind it.)
                    guard let (spanStart, end, second, months) = daySpan(after: range, before: before, first: (d.year, d.month), dates: dates) else { continue }
                    found.append(PeriodMention(start: spanStart, end: end, period: months))
                    covered.insert(spanStart..<end)
                    skipped.append(second)
                    continue
                case .day:
                    let lead = context.lower(before)
                    guard WordSets.asOfLeads.contains(lead) || endOf(before: start) != nil else { continue }
                    period = parsed
                default:
                    period = parsed
                    if context.isWord(before, "between") || context.isWord(before, "from") { start = before }
                }
            } else if date.hasPrefix("--"), let published, case .day(let day)? = Period("\(published.year)\(date.dropFirst(1))"),
                      let (spanStart, end, second, months) = daySpan(after: range, before: before, first: (nil, day.month), dates: dates) {
                // "from March 20 to October 21, 2024", "between March 20 and October 21".
                found.append(PeriodMention(start: spanStart, end: end, period: months))
                covered.insert(spanStart..<end)
                skipped.append(second)
                continue
            } else if date.hasPrefix("--"), let published, case .day(let day)? = Period("\(published.year)\(date.dropFirst(1))"),
                      endsFiscalYear(before: start) {
                // "the fiscal year that ended on June 30", "the Iranian calendar year that ended on
                // March 19": the last such day before publication.
                period = FiscalYear.ending(year: day > published ? published.year - 1 : published.year, month: day.month, day: day.day)
            } else if date.hasPrefix("--"), let published, let d = Period("\(published.year)\(date.dropFirst(1))") {
                // "as of March 1", "at January 1"; "rose to 3,400 by January 1" (a goal's horizon
                // when the figure is one).
                guard context.isWord(before, "of") || context.isWord(before, "at") || context.isWord(before, "by") else { continue }
                period = d
                if context.isWord(before, "by"), case .day(let day) = d, day > published { targetYear = day.year }
            }
            guard let period else { continue }
            var mention = PeriodMention(start: start, end: range.upperBound, period: period, targetYear: targetYear)
            switch period {
            case .year: if namesFiscalYear(start: start, end: range.upperBound) { mention.fiscal = .named }
            // "in 2020-21" (one token, two years in a row): a fiscal year wherever a party has one.
            case .years(let a, let b):
                if namesFiscalYear(start: start, end: range.upperBound) { mention.fiscal = .named }
                else if b == a + 1 && start == range.lowerBound && range.count == 1 { mention.fiscal = .span }
            default: break
            }
            // "during 2023-24 (April-March)": the months the text gives, whoever reports.
            if case .years(let a, let b) = period, b == a + 1, case let open = range.upperBound, context.isSymbol(open, .openParen),
               let m1 = month(open + 1), context.isSymbol(open + 2, .hyphen) || context.isSymbol(open + 2, .dash),
               let m2 = month(open + 3), m2 == (m1 + 10) % 12 + 1, context.isSymbol(open + 4, .closeParen) {
                mention = PeriodMention(start: start, end: open + 5, period: .months(fromYear: a, fromMonth: m1, toYear: b, toMonth: m2))
                found.append(mention)
                covered.insert(start..<open + 5)
                continue
            }
            if mention.fiscal != nil, start == range.lowerBound {
                readFiscalPart(&mention, lead: start - (endsFiscalLead(at: start - 1) ? (context.isWord(start - 1, "year") ? 2 : 1) : 0))
            }
            found.append(mention)
            covered.insert(start..<range.upperBound)
        }
        // Periods relative to the publication date, and annual cues.
        var k = sentence.start
        let periodWords = Self.periodWords
        while k < sentence.end {
            defer { k += 1 }
            if covered.contains(k) { continue }
            // (The token read once: the checks below ask for it many times.)
            let token = context.t[k]
            // "in 4Q23", "1H24", "9M24": a part of a year written with two digits glued to it.
            if token.kind == .number, token.length <= 3, k + 1 < sentence.end, context.t[k + 1].kind == .number,
               context.t[k + 1].length == 2, !context.t[k + 1].spaceBefore, let (start, make) = abbreviatedPart(at: k), start == k,
               let yy = context.scanned.literal(context.t[k + 1])?.value?.intValue, yy >= 0, yy <= 99 {
                found.append(PeriodMention(start: k, end: k + 2, period: make(2000 + yy)))
                covered.insert(k..<(k + 2))
                continue
            }
            // "in H1", "during 9M", "in Q3" with no year: a part of the publication year; so is a
            // list label's ("- Korean FDI into Indonesia, Q3: US$412mn").
            if token.length <= 3, token.kind == .number || token.length == 1,
               case let end = token.kind == .number ? k + 1 : k + 2,
               context.isWord(k - 1, in: WordSets.periodLeads) || context.isSymbol(k - 1, .comma) && context.isSymbol(end, .colonMark),
               let published, let (start, make) = abbreviatedPart(at: k + 1) ?? abbreviatedPart(at: k),
               start == k, yearSoonAfter(end, before: sentence.end) == nil {
                found.append(PeriodMention(start: start, end: end, period: make(published.year)))
                covered.insert(start..<end)
                continue
            }
            // "in the 2023/24 season", "up from $7.4 billion in 2022/23": a split year written with a
            // slash (read by the lexer as a fraction) is two years like "2023-24" (not before
            // "fiscal year", read below with it).
            if token.kind == .number, token.length == 7 || token.length == 9,
               !(k + 1 < sentence.end && context.t[k + 1].kind == .word && startsFiscalTail(at: k + 1)),
               context.scanned.literal(token)?.form == .fraction, let (period, end) = fiscalYear(at: k, twoDigits: false) {
                found.append(PeriodMention(start: k, end: end, period: period, fiscal: .span))
                covered.insert(k..<end)
                continue
            }
            // "8MFY25", "9MFY24": the first months of a fiscal year, glued (the lexer reads "8MFY" and
            // "25"); "8M FY25" is read with the fiscal year below.
            if token.kind == .number, token.length == 4 || token.length == 5,
               context.p[Int(token.end) - 1] | 0x20 == UInt8(ascii: "y"), case let text = context.lower(k), text.hasSuffix("mfy"),
               let n = Int(text.dropLast(3)), n >= 1, n <= 11, k + 1 < sentence.end, !context.t[k + 1].spaceBefore,
               let (period, end) = fiscalYear(at: k + 1, twoDigits: true) {
                var mention = PeriodMention(start: k, end: end, period: period, fiscal: .named)
                mention.fiscalMonths = n
                found.append(mention)
                covered.insert(k..<end)
                continue
            }
            if token.kind != .word { continue }
            // "FY24", "FY2023-24", "FY2022/23" (the digits glued to the letters, so no date for the
            // recogniser), "fiscal 2022/23", "the 2022/23 fiscal year". Only words starting with
            // "f" or "y" are asked (one byte read: these checks run for every word of the sentence).
            let first = context.p[Int(token.start)] | 0x20
            if first == UInt8(ascii: "f") || first == UInt8(ascii: "y") {
                if token.length <= 6, endsFiscalLead(at: k),
                   !covered.contains(k + 1), let (period, end) = fiscalYear(at: k + 1, twoDigits: context.isWord(k, "fy")) {
                    var mention = PeriodMention(start: k, end: end, period: period, fiscal: .named)
                    readFiscalPart(&mention, lead: context.isWord(k, "year") ? k - 1 : k)
                    found.append(mention)
                    covered.insert(k..<end)
                    continue
                }
                if first == UInt8(ascii: "f"), token.length <= 9, k > sentence.start, startsFiscalTail(at: k), !covered.contains(k - 1),
                   let (period, end) = fiscalYear(at: k - 1, twoDigits: false), end == k {
                    var mention = PeriodMention(start: k - 1, end: k + 2, period: period, fiscal: .named)
                    readFiscalPart(&mention, lead: k - 1)
                    found.append(mention)
                    covered.insert((k - 1)..<(k + 2))
                    continue
                }
                if token.length == 6 || token.length == 9 || token.length == 2, let mention = relativeFiscalYear(at: k) {
                    found.append(mention)
                    covered.insert(mention.start..<mention.end)
                    continue
                }
            }
            // Only period words matter; skip the rest without building strings.
            let id = token.word
            guard id != 0 ? periodWords[Int(id)] : context.isWord(k, in: WordSets.annualWords) else { continue }
            let word = context.lower(k)
            switch word {
            case "year":
                let before = context.lower(k - 1)
                if let published {
                    switch before {
                    case "last", "past", "previous", "preceding", "prior": found.append(PeriodMention(start: k - 1, end: k + 1, period: .year(published.year - 1)))
                    case "this", "current": found.append(PeriodMention(start: k - 1, end: k + 1, period: .year(published.year)))
                    // "for the full year", "over the whole year": the year of publication.
                    case "full" where context.isWord(k - 2, "the"), "whole" where context.isWord(k - 2, "the"):
                        found.append(PeriodMention(start: k - 2, end: k + 1, period: .year(published.year)))
                    case "next", "coming": found.append(PeriodMention(start: k - 1, end: k + 1, period: .year(published.year + 1)))
                    // "by the end of the year", "by year-end": a horizon in the year of publication.
                    case "the" where k - 5 >= sentence.start && context.isWord(k - 2, "of") && context.isWord(k - 3, "end")
                        && context.isWord(k - 4, "the") && context.isWord(k - 5, "by"):
                        found.append(PeriodMention(start: k - 5, end: k + 1, period: .year(published.year), targetYear: published.year))
                    case "by" where k - 1 >= sentence.start && context.isSymbol(k + 1, .hyphen) && context.isWord(k + 2, "end"):
                        found.append(PeriodMention(start: k - 1, end: k + 3, period: .year(published.year), targetYear: published.year))
                    default: break
                    }
                }
                if before == "a" || before == "per" || before == "each" || before == "every" {
                    if !(context.isWord(k + 1, "earlier") || context.isWord(k + 1, "ago")) {
                        found.append(PeriodMention(start: k - 1, end: k + 1, period: nil))
                    } else if let published {
                        found.append(PeriodMention(start: k - 1, end: k + 2, period: .year(published.year - 1)))
                    }
                }
                if before == "the", context.isWord(k + 1, "before"), let published {
                    found.append(PeriodMention(start: k - 1, end: k + 2, period: .year(published.year - 1)))
                }
            case "years":
                // "two years earlier", "three years ago": that many years before publication (or
                // before the period named earlier: see ``relateToEarlier(_:)``).
                if let published, context.isWord(k + 1, "earlier") || context.isWord(k + 1, "ago"),
                   let n = Self.counts[context.lower(k - 1)] ?? (k > 0 ? context.scanned.literal(context.t[k - 1])?.value?.intValue : nil),
                   n >= 2, n <= 20 {
                    found.append(PeriodMention(start: k - 1, end: k + 2, period: .year(published.year - n)))
                }
            case "annual", "annually", "yearly", "annum":
                // (Not "half-yearly", "semi-annual": the highest half-yearly level is no annual flow.)
                if !(context.isSymbol(k - 1, .hyphen) && (context.isWord(k - 2, "half") || context.isWord(k - 2, "semi"))) {
                    found.append(PeriodMention(start: k, end: k + 1, period: nil))
                }
            case "month":
                if let published, context.isWord(k - 1, "last") || context.isWord(k - 1, "previous") {
                    let (y, m) = published.month == 1 ? (published.year - 1, 12) : (published.year, published.month - 1)
                    found.append(PeriodMention(start: k - 1, end: k + 1, period: .month(y, m)))
                } else if let published, context.isWord(k - 1, "this") {
                    found.append(PeriodMention(start: k - 1, end: k + 1, period: .month(published.year, published.month)))
                }
            case "half", "quarter", "quarters", "months":
                // A part of the publication year: "in the first half of the year", "in the first quarter".
                // ("The 12 months to March 2024" are read with the month: see ``trailingYear(before:)``.)
                // ("fell 10.3% in the second quarter to 75.1 billion riyals": "to" and an amount.)
                let toPeriod = context.isWord(k + 1, "to") && (month(k + 2) != nil || context.isWord(k + 2, "the") || k + 2 < context.t.count
                    && context.t[k + 2].kind == .number && context.scanned.literal(context.t[k + 2])?.isYearLike == true)
                guard let published, !toPeriod, !context.isWord(k + 1, "ending"),
                      let (start, make) = partOfYear(before: k + 1) else { continue }
                var end = k + 1
                if context.isWord(end, "of") {
                    if context.isWord(end + 1, "the"), context.isWord(end + 2, "year") { end += 3; covered.insert((end - 3)..<end) }
                    else if context.isWord(end + 1, "this"), context.isWord(end + 2, "year") { end += 3; covered.insert((end - 3)..<end) }
                    else if context.isWord(end + 1, "last"), context.isWord(end + 2, "year") {
                        found.append(PeriodMention(start: start, end: end + 3, period: make(published.year - 1)))
                        covered.insert(end..<(end + 3))
                        continue
                    } else { continue }  // "of 2023" is handled with the year
                }
                if let year = yearSoonAfter(end, before: sentence.end) { _ = year; continue }
                // A part that has not begun by the day of publication is last year's ("in the fourth
                // quarter", published in February).
                var period = make(published.year)
                switch period {
                case .quarter(_, let q) where (q - 1) * 3 + 1 > published.month: period = make(published.year - 1)
                case .half(_, let h) where (h - 1) * 6 + 1 > published.month: period = make(published.year - 1)
                default: break
                }
                // "at the end of the second quarter": that quarter's last day, a stock's date.
                if let endStart = endOf(before: context.isWord(start - 1, "the") ? start - 1 : start) {
                    found.append(PeriodMention(start: endStart, end: end, period: Self.lastDay(of: period) ?? period))
                    continue
                }
                found.append(PeriodMention(start: start, end: end, period: period))
            default:
                // A month range or a month alone, with no year: "in January-May", "in August".
                guard let published, let m = month(k), Self.monthNames[word] != nil else { continue }
                if yearSoonAfter(k + 1, before: sentence.end) != nil { continue }
                // "in the June quarter": the quarter that month ends, this year's once it has begun.
                if m % 3 == 0, context.isWord(k + 1, "quarter") {
                    let y = m - 2 > published.month ? published.year - 1 : published.year
                    found.append(PeriodMention(start: k, end: k + 2, period: .quarter(y, m / 3)))
                    covered.insert(k..<(k + 2))
                    continue
                }
                // "January-May", "January to May", "between January and July", "from March through June"
                let between = context.isWord(k - 1, "between")
                if context.isSymbol(k + 1, .hyphen) || context.isSymbol(k + 1, .dash) || context.isWord(k + 1, "to")
                    || context.isWord(k + 1, "through") || between && context.isWord(k + 1, "and") {
                    if let last = month(k + 2), last > m, yearSoonAfter(k + 3, before: sentence.end) == nil {
                        var y = last <= published.month ? published.year : published.year - 1
                        var end = k + 3
                        // "January-February of this year" / "of last year" / "January-September this year"
                        if let (named, after) = thisOrLastYear(at: end, published: published) {
                            y = named
                            covered.insert(end..<after)
                            end = after
                        }
                        found.append(PeriodMention(start: k, end: end, period: .months(fromYear: y, fromMonth: m, toYear: y, toMonth: last)))
                        k = end - 1
                        continue
                    }
                    // ("rose 10% in January to nearly $4.3 billion": a month alone before "to".)
                    if !context.isWord(k + 1, "to") || month(k + 2) != nil { continue }
                }
                // "in the 12 months to June": the twelve months up to the last June; so is "the June
                // year" (New Zealand's statistics name years so), "the year ended June", "the fiscal
                // year that ended in March" (not "in fiscal 2021, which ended in March", below).
                if trailingYear(before: k) || context.isWord(k - 1, "the") && context.isWord(k + 1, "year") || endsFiscalYear(before: k) {
                    let y = m <= published.month ? published.year : published.year - 1
                    let end = context.isWord(k + 1, "year") ? k + 2 : k + 1
                    found.append(PeriodMention(start: k, end: end, period: FiscalYear.ending(year: y, month: m)))
                    covered.insert(k..<end)
                    continue
                }
                // "Through September, U.S. exports totaled $2.39 trillion": the year to date, January
                // to that month (of the year named after it: "through May this year"); not the end
                // of a period named before it ("the first half of fiscal 2024 through September",
                // "the fiscal year through September").
                if m > 1, startsYearToDate(at: k - 1), trailingMonths(before: k) == nil {
                    var y = m <= published.month ? published.year : published.year - 1
                    var end = k + 1
                    if let (named, after) = thisOrLastYear(at: end, published: published) { y = named; covered.insert(end..<after); end = after }
                    found.append(PeriodMention(start: k - 1, end: end, period: .months(fromYear: y, fromMonth: 1, toYear: y, toMonth: m)))
                    continue
                }
                let lead = context.lower(k - 1)
                // "at the end of July": the last day of that month.
                if endOf(before: k) != nil {
                    let y = m <= published.month ? published.year : published.year - 1
                    found.append(PeriodMention(start: k - 2, end: k + 1, period: .day(Day(year: y, month: m, day: Day.daysIn(month: m, year: y))!)))
                    continue
                }
                // ("July imports climbed 10.5% to $53.9 billion": a month naming the flow after it.)
                guard WordSets.monthLeads.contains(lead) || context.has(k + 1, .indicator) && token.flags.contains(.capitalized),
                      !(context.t[min(k + 1, context.t.count - 1)].kind == .number) else { continue }
                if context.isWord(k - 2, "ended") || context.isWord(k - 2, "ends") || context.isWord(k - 2, "ending") { continue }
                // "in February last year", "in March this year", "in May of last year"
                if let (y, after) = thisOrLastYear(at: k + 1, published: published) {
                    found.append(PeriodMention(start: k, end: after, period: .month(y, m)))
                    covered.insert((k + 1)..<after)
                    continue
                }
                let y = m <= published.month ? published.year : published.year - 1
                found.append(PeriodMention(start: k, end: k + 1, period: .month(y, m)))
            }
        }
        // "in the Iranian calendar year 1402": the Solar Hijri year, 21 March 2023 to 20 March 2024.
        for k in sentence.start..<sentence.end where context.t[k].length == 7 && context.isWord(k, "iranian") {
            let y = context.isWord(k + 1, "calendar") ? k + 2 : k + 1
            guard context.isWord(y, "year"), y + 1 < sentence.end, context.t[y + 1].kind == .number,
                  let n = Int(context.lower(y + 1)), (1300...1499).contains(n) else { continue }
            found.append(PeriodMention(start: k, end: y + 2, period: FiscalYear.ending(year: n + 622, month: 3, day: 20)))
        }
        found.sort { $0.start < $1.start }
        glossMonths(&found)
        relateToEarlier(&found)
        return found
    }

    /// "(March 21, 2022 to March 20, 2023)", "from March 20 to October 21, 2024", "between March
    /// 20 and October 21": a span of days (after "from", "between" or a bracket), read as the
    /// months it runs through. A first day with no year takes the second's (the year before when
    /// its month comes later); two with none, the last such span before publication. Returns the
    /// mention's first token, its end, the second day's first token and the months; `range` is
    /// the first day's tokens, `before` the token before them.
    func daySpan(after range: Range<Int>, before: Int, first: (year: Int?, month: Int),
                 dates: [(Quantity, Range<Int>)]) -> (Int, Int, Int, Period)? {
        let joiner = range.upperBound
        guard context.isWord(before, "from") || context.isWord(before, "between") || context.isSymbol(before, .openParen),
              context.isWord(joiner, "to") || context.isWord(joiner, "and") || context.isWord(joiner, "through")
                || context.isSymbol(joiner, .hyphen) || context.isSymbol(joiner, .dash),
              let next = dates.first(where: { $0.1.lowerBound == joiner + 1 }), let date2 = next.0.date else { return nil }
        let y2: Int, m2: Int
        if case .day(let d2)? = Period(date2) { (y2, m2) = (d2.year, d2.month) }
        else if date2.hasPrefix("--"), let published = context.published, let m = Int(date2.dropFirst(2).prefix(2)) {
            guard first.year == nil else { return nil }
            (y2, m2) = (m <= published.month ? published.year : published.year - 1, m)
        } else { return nil }
        let y1 = first.year ?? (first.month <= m2 ? y2 : y2 - 1)
        guard (y1, first.month) < (y2, m2) else { return nil }
        let start = context.isSymbol(before, .openParen) ? range.lowerBound : before
        return (start, next.1.upperBound, next.1.lowerBound, .months(fromYear: y1, fromMonth: first.month, toYear: y2, toMonth: m2))
    }

    /// "in the 2023/24 season, which ran from October 2023 to September 2024", "in fiscal 2023-24,
    /// which runs from April to March": a period glossed by a relative clause of its months is
    /// those months.
    func glossMonths(_ found: inout [PeriodMention]) {
        guard found.count >= 2 else { return }
        for i in found.indices.dropLast() where found[i].period != nil {
            var at = found[i].end
            if context.isWord(at, in: Self.glossedNouns) { at += 1 }
            // (Also "in the past Iranian calendar year 1401 (March 21, 2022 to March 20, 2023)", "in the
            // first seven months of the current Iranian year, from March 20 to October 21, 2024".)
            let which = context.isSymbol(at, .comma) && context.isWord(at + 1, "which") && context.isWord(at + 2, in: Self.spanVerbs)
            guard let n = found.firstIndex(where: { which && ($0.start == at + 3 || $0.start == at + 4)
                      || context.isSymbol(at, .openParen) && $0.start == at + 1
                      || context.isSymbol(at, .comma) && context.isWord(at + 1, "from") && $0.start == at + 1 }), n != i,
                  case .months? = found[n].period else { continue }
            found[i].period = found[n].period
            found[i].fiscal = nil
            found[i].fiscalMonths = nil
        }
    }

    /// Nouns a period may name before its gloss ("the 2023/24 season, which ran from …").
    static let glossedNouns = WordSet(["season", "year", "campaign", "period"])
    /// Verbs of a gloss: "which ran from October 2023 to September 2024".
    static let spanVerbs = WordSet(["ran", "runs", "run", "covers", "covered", "spans", "spanned", "lasted"])

    /// "this year", "last year", "of this year" or "of last year" at `k`: the year it names and the
    /// token after it.
    func thisOrLastYear(at k: Int, published: Day) -> (year: Int, end: Int)? {
        let word = context.isWord(k, "of") ? k + 1 : k
        guard context.isWord(word, in: WordSets.thisOrLast), context.isWord(word + 1, "year") else { return nil }
        return (context.isWord(word, "this") ? published.year : published.year - 1, word + 2)
    }

    /// Periods named relative to one named before them in the sentence take its shape:
    /// "in January-September 2024, … than in the same period of 2023" is January–September 2023,
    /// "in the first half, up from $1.4 billion a year earlier" the first half of the year before.
    /// With no earlier period of that kind they stay as read (the year, or the year before
    /// publication).
    func relateToEarlier(_ found: inout [PeriodMention]) {
        guard found.count > 1 else { return }
        // Mentions read here relative to one before them: a later one is read relative to the
        // period they compare with, not to them ("In the first quarter, exports …, up 3.9% from
        // the same period of 2023, and imports declined … from $93.4 billion a year earlier").
        var relative = [Bool](repeating: false, count: found.count)
        for i in 1..<found.count {
            guard case .year(let year)? = found[i].period, found[i].targetYear == nil else { continue }
            let s = found[i].start
            // ("the same period of 2023", "the same period last year", "the same month of 2023")
            let periodAt = context.isWord(s - 1, "of") ? s - 2 : s - 1
            let samePeriod = (context.isWord(periodAt, "period") || context.isWord(periodAt, "month") || context.isWord(periodAt, "quarter"))
                && (context.isWord(periodAt - 1, "same") || context.isWord(periodAt - 1, "corresponding"))
            let yearEarlier = Self.isYearEarlier(at: s, in: context)
                // "from ₹1.2 lakh crore in the previous year" after "in FY 2021-22"
                || context.isWord(s - 1, "the") && context.isWord(s + 1, "year") && context.isWord(s, in: Self.precedingWords)
                // "up 4pc from $2.36bn in the previous fiscal year", "the previous fiscal", "the prior FY"
                || context.isWord(s - 1, "the") && context.isWord(s, in: Self.precedingWords)
                    && (context.isWord(s + 1, "fiscal") || context.isWord(s + 1, "financial") || context.isWord(s + 1, "fy"))
                // "up from US$47.7 billion in the preceding 12 months"
                || context.isWord(s + 1, "months") && (context.lower(s) == "12" || context.isWord(s, "twelve"))
                    && context.isWord(s - 1, in: Self.precedingWords)
            // "down from 13,646 two years earlier": that many years back (the mention holds the
            // year that many years before publication).
            let yearsBack = context.isWord(s + 1, "years") && (context.isWord(s + 2, "earlier") || context.isWord(s + 2, "ago"))
                ? context.published.map { $0.year - year } : nil
            guard samePeriod || yearEarlier || yearsBack != nil,
                  let m = (0..<i).last(where: { found[$0].period != nil && found[$0].targetYear == nil && !relative[$0] })
                      ?? (0..<i).last(where: { found[$0].period != nil && found[$0].targetYear == nil }),
                  let earlier = found[m].period else { continue }
            let mention = found[m]
            relative[i] = true
            if let back = yearsBack {
                if let moved = Self.moved(earlier, by: -back) { found[i].period = moved; found[i].fiscal = mention.fiscal }
                continue
            }
            if samePeriod, let fiscal = mention.fiscal {
                // "in the first seven months of the current fiscal year …, against $492.3 million
                // during the corresponding period of last year": the same months a fiscal year back.
                switch (fiscal, earlier) {
                case (.current(let day), _):
                    found[i].fiscal = Day(year: day.year - 1, month: day.month, day: min(day.day, 28)).map { .current($0) }
                case (_, .years(let a, let b)): found[i].period = .years(a - 1, b - 1); found[i].fiscal = fiscal
                default: found[i].period = Self.moved(earlier, by: -1) ?? .year(year); found[i].fiscal = fiscal
                }
                found[i].fiscalMonths = mention.fiscalMonths
            } else if samePeriod, found[i].fiscal == .named, case .months(let y1, _, let y2, _) = earlier, y2 == y1 + 1 {
                // "during July-March of fiscal year 2023-24, compared with $3.89 billion in the
                // same period of FY23": the months a fiscal year back (FY23 is the fiscal year
                // that ends in 2023; the months before run into the year their fiscal year ends in).
                found[i].period = Self.moved(earlier, by: year - y2) ?? .year(year)
                found[i].fiscal = nil
            } else if samePeriod {
                if let shaped = Self.samePeriod(as: earlier, in: year) { found[i].period = shaped }
            } else if mention.fiscal != nil, case .years(let a, let b) = earlier {
                // "in fiscal 2020-21, …, against $845 million the year before": fiscal 2019-20.
                found[i].period = .years(a - 1, b - 1)
                found[i].fiscal = mention.fiscal
                found[i].fiscalMonths = mention.fiscalMonths
            } else if let moved = Self.moved(earlier, by: -1) {
                found[i].period = moved
                found[i].fiscal = mention.fiscal
                // ("$100 billion last fiscal, up from $90 billion in the previous fiscal": the
                // fiscal year of a day a year back.)
                if case .current(let day)? = mention.fiscal {
                    found[i].fiscal = Day(year: day.year - 1, month: day.month, day: min(day.day, 28)).map { .current($0) }
                }
                found[i].fiscalMonths = mention.fiscalMonths
            }
        }
    }

    /// "the same period of `year`" after `earlier`: `earlier`'s months in that year. Only a part of
    /// a year has a shape to keep: after a whole year (or a span of years) it is nil, and the
    /// period stays the year as read.
    static func samePeriod(as earlier: Period, in year: Int) -> Period? {
        if case .year = earlier { return nil }
        return moved(earlier, by: year - firstYear(earlier))
    }

    static func firstYear(_ period: Period) -> Int {
        switch period {
        case .year(let y), .half(let y, _), .quarter(let y, _), .month(let y, _), .months(let y, _, _, _), .years(let y, _): return y
        case .day(let d): return d.year
        }
    }

    /// "a year earlier", "one year ago", "a year before", "the year before" starting at token `s`.
    static func isYearEarlier(at s: Int, in context: DocumentContext) -> Bool {
        (context.isWord(s, "a") || context.isWord(s, "one")) && context.isWord(s + 1, "year")
            && (context.isWord(s + 2, "earlier") || context.isWord(s + 2, "ago") || context.isWord(s + 2, "before"))
            || context.isWord(s, "the") && context.isWord(s + 1, "year") && context.isWord(s + 2, "before")
    }

    static func lastYear(_ period: Period) -> Int {
        switch period {
        case .year(let y), .half(let y, _), .quarter(let y, _), .month(let y, _), .years(_, let y), .months(_, _, let y, _): return y
        case .day(let d): return d.year
        }
    }

    /// The last month `period` covers, as `year * 12 + month - 1`: an order of periods by their
    /// end that builds no `Day` (``Period/interval`` traps on a year outside 1…9999, which text
    /// such as "FY9999-00" can name).
    static func lastMonth(_ period: Period) -> Int {
        switch period {
        case .year(let y), .years(_, let y): return y * 12 + 11
        case .half(let y, let h): return y * 12 + h * 6 - 1
        case .quarter(let y, let q): return y * 12 + q * 3 - 1
        case .month(let y, let m), .months(_, _, let y, let m): return y * 12 + m - 1
        case .day(let d): return d.year * 12 + d.month - 1
        }
    }

    /// The last day of a quarter or a half ("at the end of the second quarter" is a stock's date);
    /// nil for any other period.
    static func lastDay(of period: Period) -> Period? {
        switch period {
        case .quarter(let y, let q): return Day(year: y, month: q * 3, day: Day.daysIn(month: q * 3, year: y)).map { .day($0) }
        case .half(let y, let h): return Day(year: y, month: h * 6, day: h == 1 ? 30 : 31).map { .day($0) }
        default: return nil
        }
    }

    /// `period` moved by `years` whole years (a span of years is left alone: nil).
    static func moved(_ period: Period, by years: Int) -> Period? {
        switch period {
        case .year(let y): return .year(y + years)
        case .half(let y, let h): return .half(y + years, h)
        case .quarter(let y, let q): return .quarter(y + years, q)
        case .month(let y, let m): return .month(y + years, m)
        case .months(let fy, let fm, let ty, let tm): return .months(fromYear: fy + years, fromMonth: fm, toYear: ty + years, toMonth: tm)
        case .years: return nil
        case .day(let d):
            return Day(year: d.year + years, month: d.month, day: min(d.day, Day.daysIn(month: d.month, year: d.year + years))).map { .day($0) }
        }
    }

    /// A year date within two tokens after `k`.
    func yearSoonAfter(_ k: Int, before end: Int) -> Int? {
        // (Not a year of the next sentence: "… in the first half of the year. In 2023, …")
        for at in k..<max(k, min(k + 3, end, context.t.count)) {
            if let lit = context.scanned.literal(context.t[at]), lit.isYearLike { return lit.value?.intValue }
        }
        return nil
    }
}

/// Which tokens of one sentence are marked: a flag per token. Marks outside the sentence are
/// dropped (only tokens of the sentence are asked about).
///
/// The first 128 tokens' marks are bits held inline; only a longer sentence allocates flags for
/// the rest (this is built for every sentence with a figure).
struct SentenceMarks {
    private let start: Int
    private let count: Int
    private var low: (UInt64, UInt64) = (0, 0)
    private var rest: [Bool] = []

    init(_ sentence: Sentence) {
        start = sentence.start
        count = max(0, sentence.end - sentence.start)
        if count > 128 { rest = [Bool](repeating: false, count: count - 128) }
    }

    mutating func insert(_ tokens: Range<Int>) {
        let lower = max(tokens.lowerBound - start, 0), upper = min(tokens.upperBound - start, count)
        guard lower < upper else { return }
        for i in lower..<upper {
            switch i {
            case ..<64: low.0 |= 1 << UInt64(i)
            case ..<128: low.1 |= 1 << UInt64(i - 64)
            default: rest[i - 128] = true
            }
        }
    }

    func contains(_ k: Int) -> Bool {
        let i = k - start
        guard i >= 0 && i < count else { return false }
        switch i {
        case ..<64: return low.0 & (1 << UInt64(i)) != 0
        case ..<128: return low.1 & (1 << UInt64(i - 64)) != 0
        default: return rest[i - 128]
        }
    }
}

import FiguresCore

/// Accumulates decimal digits into an exact significand, remembering overflow instead of trapping.
///
/// Digits gather in a 64-bit integer, 18 at a time (10^18 − 1 < 2^63), and are folded into the
/// 128-bit significand only when a number is longer: most numbers never touch 128-bit arithmetic.
struct DigitAccumulator {
    /// The digits before the last `pending` ones.
    var significand: Int128 = 0
    /// The last `pending` digits (at most 18).
    var low: UInt64 = 0
    var pending = 0
    var exponent = 0
    var overflow = false
    var digits = 0

    @inline(__always)
    mutating func push(_ digit: UInt8, fractional: Bool) {
        digits += 1
        if overflow { return }
        if pending == 18 {
            fold()
            if overflow { return }
        }
        low = low &* 10 &+ UInt64(digit)
        pending += 1
        if fractional { exponent -= 1 }
    }

    /// significand × 10^pending + low, or `overflow` when that does not fit.
    mutating func fold() {
        var scale: Int128 = 1
        for _ in 0..<pending { scale *= 10 }
        let (shifted, o1) = significand.multipliedReportingOverflow(by: scale)
        let (next, o2) = shifted.addingReportingOverflow(Int128(low))
        if o1 || o2 { overflow = true } else { significand = next }
        low = 0
        pending = 0
    }

    var value: ExactDecimal? {
        var whole = self
        if whole.significand == 0 {
            whole.significand = Int128(low)
        } else {
            whole.fold()
        }
        guard !whole.overflow, let e = Int32(exactly: exponent) else { return nil }
        return ExactDecimal(significand: whole.significand, exponent: e)
    }
}

extension Lexer {
    @inline(__always) func byte(_ k: Int) -> UInt8 { k < p.count ? p[k] : 0 }

    /// Length of the run of digits starting at `k`.
    func digitRun(_ k: Int) -> Int {
        var m = k
        while m < p.count && isDigit(p[m]) { m += 1 }
        return m - k
    }

    /// Integer value of the digits in `p[k..<k+count]` (`count` ≤ 9).
    func smallInt(_ k: Int, _ count: Int) -> Int {
        var v = 0
        for m in k..<(k + count) { v = v * 10 + Int(p[m] - 48) }
        return v
    }

    /// Length of a space usable as a thousands separator at `k` (space, NBSP, thin or narrow NBSP).
    func groupSpace(_ k: Int) -> Int {
        let b = byte(k)
        if b == 32 { return 1 }
        if b == 0xC2 && byte(k + 1) == 0xA0 { return 2 }
        if b == 0xE2 && byte(k + 1) == 0x80 && (byte(k + 2) == 0xAF || byte(k + 2) == 0x89) { return 3 }
        return 0
    }

    /// Length of an en dash at `k` (used in year spans "2020–2021").
    func enDash(_ k: Int) -> Int {
        byte(k) == 0xE2 && byte(k + 1) == 0x80 && (byte(k + 2) == 0x93 || byte(k + 2) == 0x94) ? 3 : 0
    }

    mutating func scanNumber() {
        let start = i
        var literal = readLiteral()
        if i == start { i += 1 }  // never emit an empty token: the scan must always advance
        let digitsEnd = i
        literal.digitsEnd = Int32(truncatingIfNeeded: digitsEnd)
        // Letters glued to the digits.
        if i < p.count && isASCIILetter(p[i]) && literal.form != .isoDate && literal.form != .slashDate {
            let letters = i
            while i < p.count && isASCIILetter(p[i]) { i += 1 }
            literal.suffix = classifySuffix(letters, i, literal)
            if i < p.count && isDigit(p[i]) { literal.suffix = .unknown }
        }
        let index = Int32(literals.count)
        literals.append(literal)
        emit(.number, start: start, end: i, word: 0, literal: index)
    }

    func classifySuffix(_ s: Int, _ e: Int, _ literal: NumericLiteral) -> NumericLiteral.Suffix {
        let length = e - s
        func text(_ t: StaticString) -> Bool {
            guard t.utf8CodeUnitCount == length else { return false }
            for k in 0..<length where p[s + k] != t.utf8Start[k] { return false }
            return true
        }
        func lower(_ t: StaticString) -> Bool {
            guard t.utf8CodeUnitCount == length else { return false }
            for k in 0..<length where WordTable.lower(p[s + k]) != t.utf8Start[k] { return false }
            return true
        }
        if text("k") || text("K") { return .scale(3) }
        if text("m") { return literal.form == .decimal ? .scale(6) : .ambiguousMillion }
        if text("M") || text("MM") || lower("mn") || lower("mln") || lower("mil") || lower("mio") { return .scale(6) }
        if text("b") || text("B") || lower("bn") || lower("bln") || lower("bil") || text("G") { return .scale(9) }
        if lower("tn") || lower("tln") || lower("trn") || lower("tril") { return .scale(12) }
        if lower("st") || lower("nd") || lower("rd") || lower("th") {
            return literal.form == .integer || literal.form == .grouped ? .ordinal : .unknown
        }
        if text("s"), literal.form == .integer, let v = literal.value?.intValue, v % 10 == 0,
           literal.integerDigits == 4 || literal.integerDigits == 2 {
            return .decade
        }
        if let code = CurrencyCodes.code(p, s, e) { return .currency(code) }
        return .unknown
    }

    /// Reads the digits, separators, decimal part, exponent or fraction of one literal.
    mutating func readLiteral() -> NumericLiteral {
        var acc = DigitAccumulator()
        let start = i
        var form = NumericLiteral.Form.integer
        var result = NumericLiteral(value: nil, form: .integer, suffix: .none, digitsEnd: 0, integerDigits: 0,
                                    leadingZero: false, parts: (0, 0, 0))
        if readsPlainIntegers, let plain = readPlainInteger(start) { return plain }
        if let (scalar, length) = decodeScalar(p, i), let (num, den) = vulgarFraction(scalar) {
            i += length
            result.form = .fraction
            result.value = ExactDecimal(num).divided(by: ExactDecimal(den))
            return result
        }
        let intDigits = digitRun(i)
        result.integerDigits = Int32(clamping: intDigits)
        result.leadingZero = intDigits > 1 && p[i] == 48
        if let date = readDate(intDigits) { return date }
        for k in i..<(i + intDigits) { acc.push(p[k] - 48, fractional: false) }
        i += intDigits

        // Thousands separators: commas (Western 1,234,567 or Indian 12,34,567), or a decimal comma (1,3).
        var grouped = false
        if intDigits >= 1 && intDigits <= 3 && byte(i) == UInt8(ascii: ",") && isDigit(byte(i + 1)) {
            // The groups' lengths, summed up as the scan goes (no list is built): how many, the
            // first and the last, whether all are three and whether all but the last are two.
            var groups = 0, firstRun = 0, lastRun = 0
            var allThree = true, twosBeforeLast = true
            var k = i
            while byte(k) == UInt8(ascii: ",") && isDigit(byte(k + 1)) && groups < 64 {
                let run = digitRun(k + 1)
                if groups == 0 { firstRun = run }
                if groups > 0 && lastRun != 2 { twosBeforeLast = false }
                if run != 3 { allThree = false }
                lastRun = run
                groups += 1
                k += 1 + run
            }
            let western = allThree
            let indian = groups >= 2 && intDigits <= 2 && lastRun == 3 && twosBeforeLast
            if western || indian {
                while byte(i) == UInt8(ascii: ",") && isDigit(byte(i + 1)) {
                    i += 1
                    while isDigit(byte(i)) { acc.push(p[i] - 48, fractional: false); i += 1 }
                }
                grouped = true
                form = .grouped
            } else if groups == 1 && firstRun <= 2 && !(byte(k) == UInt8(ascii: ".") && isDigit(byte(k + 1)))
                        && !chained(start, by: [UInt8(ascii: ",")]) {
                i += 1
                while isDigit(byte(i)) { acc.push(p[i] - 48, fractional: true); i += 1 }
                form = .decimal
            }
        } else if intDigits >= 1 && intDigits <= 3 && byte(i) == UInt8(ascii: ".") && digitRun(i + 1) == 3 {
            // European grouping 1.111,11 (dots of three digits, then a decimal comma).
            var k = i
            while byte(k) == UInt8(ascii: ".") && digitRun(k + 1) == 3 { k += 4 }
            if byte(k) == UInt8(ascii: ",") && isDigit(byte(k + 1)) && byte(k) != UInt8(ascii: ".") {
                while byte(i) == UInt8(ascii: ".") { i += 1; for _ in 0..<3 { acc.push(p[i] - 48, fractional: false); i += 1 } }
                i += 1
                while isDigit(byte(i)) { acc.push(p[i] - 48, fractional: true); i += 1 }
                form = .decimal
            }
        }
        // Thousands separated by spaces: 1 234 567 (first group of one to three digits).
        if form == .integer && intDigits >= 1 && intDigits <= 3 {
            while true {
                let space = groupSpace(i)
                guard space > 0, digitRun(i + space) == 3 else { break }
                let after = i + space + 3
                if isASCIILetter(byte(after)) { break }
                i += space
                for _ in 0..<3 { acc.push(p[i] - 48, fractional: false); i += 1 }
                grouped = true
                form = .grouped
            }
        }
        // Decimal point, unless this is a dotted sequence such as 192.168.1.2.
        if (form == .integer || form == .grouped) && byte(i) == UInt8(ascii: ".") && isDigit(byte(i + 1)) && !chained(start, by: [UInt8(ascii: ".")]) {
            let run = digitRun(i + 1)
            let after = i + 1 + run
            // A leading point (".5") is always a decimal: the literal must consume something.
            if intDigits == 0 || !(byte(after) == UInt8(ascii: ".") && isDigit(byte(after + 1))) {
                i += 1
                for _ in 0..<run { acc.push(p[i] - 48, fractional: true); i += 1 }
                form = .decimal
            }
        }
        if intDigits == 0 {  // ".5"
            form = .decimal
        }
        result.value = acc.value
        result.form = form
        if grouped || form == .decimal || form == .integer {
            readExponentOrFraction(&result, start: start)
        }
        if result.form == .integer || result.form == .grouped || result.form == .decimal,
           let (scalar, length) = i < p.count ? decodeScalar(p, i) : nil, let (num, den) = vulgarFraction(scalar) {
            i += length
            if let base = result.value, let part = ExactDecimal(num).divided(by: ExactDecimal(den)) {
                result.value = base.adding(part)
            }
            result.form = .fraction
        }
        return result
    }

    /// The common literal, a run of at most 18 digits that nothing after it continues ("87 billion",
    /// "in 2015.", "2,000-strong", "403%"), read without the general path's checks for dates,
    /// separators, exponents and fractions; nil (with `i` unchanged) for every other literal.
    ///
    /// The bytes after the run decide. The general path reads on only at:
    /// - "," or "." before a digit ("1,234", "1.5"; a comma only after at most three digits);
    /// - "-" after four digits ("2020-21", "2022-04-16"), "/" before a digit ("3/4", "5/17/2018");
    /// - "e" or "E" before a digit or sign ("1e10"), "x1" ("1.3x10^6"), "^" ("1.1^23");
    /// - a space before a digit after at most three digits ("1 234");
    /// - a non-ASCII byte (en dash, "×", thin spaces, vulgar fractions).
    /// Anywhere else, or at the end, the literal ends with its digits, so both paths give the same
    /// literal (`LexerTests` compares them). This path may decline more than it must: the general
    /// path then reads the literal.
    @inline(__always)
    mutating func readPlainInteger(_ start: Int) -> NumericLiteral? {
        var end = start
        var value: UInt64 = 0
        while end < p.count, isDigit(p[end]) {
            value = value &* 10 &+ UInt64(p[end] &- 48)
            end &+= 1
        }
        let count = end - start
        guard count >= 1, count <= 18 else { return nil }
        let after = byte(end)
        if after >= 0x80 { return nil }
        let next = byte(end + 1)
        switch after {
        case UInt8(ascii: ","):
            if count <= 3 && isDigit(next) { return nil }
        case UInt8(ascii: "."), UInt8(ascii: "/"):
            if isDigit(next) { return nil }
        case UInt8(ascii: "-"):
            if count == 4 { return nil }
        case UInt8(ascii: "e"), UInt8(ascii: "E"):
            if isDigit(next) || next == UInt8(ascii: "+") || next == UInt8(ascii: "-") { return nil }
        case UInt8(ascii: "x"):
            if next == UInt8(ascii: "1") { return nil }
        case UInt8(ascii: "^"):
            return nil
        case 32:
            if count <= 3 && isDigit(next) { return nil }
        default:
            break
        }
        i = end
        return NumericLiteral(value: ExactDecimal(significand: Int128(value), exponent: 0), form: .integer, suffix: .none,
                              digitsEnd: 0, integerDigits: Int32(count), leadingZero: count > 1 && p[start] == 48,
                              parts: (0, 0, 0))
    }

    /// True when the digits at `start` continue a chain such as "222-2222/2222" or "192.168.1.2".
    func chained(_ start: Int, by separators: [UInt8]) -> Bool {
        guard start >= 2 else { return false }
        return separators.contains(p[start - 1]) && isDigit(p[start - 2])
    }

    /// `1e10`, `12.32e+14`, `1.1^23`, `1.3x10^6`, `3/4`.
    mutating func readExponentOrFraction(_ result: inout NumericLiteral, start: Int) {
        guard let base = result.value else { return }
        let b = byte(i)
        if (b == UInt8(ascii: "e") || b == UInt8(ascii: "E")) && result.form != .grouped {
            var k = i + 1
            var negative = false
            if byte(k) == UInt8(ascii: "+") || byte(k) == UInt8(ascii: "-") { negative = byte(k) == UInt8(ascii: "-"); k += 1 }
            let run = digitRun(k)
            if run > 0 && run <= 4 && !isASCIILetter(byte(k + run)) {
                let power = smallInt(k, run)
                i = k + run
                result.value = base.scaled(byPowerOfTen: negative ? -power : power)
                result.form = .scientific
            }
            return
        }
        var k = i
        var times = false
        if b == UInt8(ascii: "x") && byte(i + 1) == UInt8(ascii: "1") && byte(i + 2) == UInt8(ascii: "0") && byte(i + 3) == UInt8(ascii: "^") {
            k = i + 3; times = true
        } else if b == 0xC3 && byte(i + 1) == 0x97 && byte(i + 2) == UInt8(ascii: "1") && byte(i + 3) == UInt8(ascii: "0") && byte(i + 4) == UInt8(ascii: "^") {
            k = i + 4; times = true
        }
        if byte(k) == UInt8(ascii: "^") && result.form != .grouped {
            k += 1
            var minusCount = 0
            while (byte(k) == UInt8(ascii: "+") || byte(k) == UInt8(ascii: "-")) && minusCount < 3 {
                if byte(k) == UInt8(ascii: "-") { minusCount += 1 }
                k += 1
            }
            let run = digitRun(k)
            guard run > 0 && run <= 3 else { return }
            let power = smallInt(k, run) * (minusCount == 1 ? -1 : 1)
            i = k + run
            result.form = .scientific
            result.value = times ? base.scaled(byPowerOfTen: power) : base.raised(to: power)
            return
        }
        if b == UInt8(ascii: "/") && result.form == .integer && isDigit(byte(i + 1))
            && !chained(start, by: [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ".")]) {
            let run = digitRun(i + 1)
            guard run <= 9, byte(i + 1 + run) != UInt8(ascii: "/") else { return }
            let denominator = smallInt(i + 1, run)
            guard denominator != 0 else { return }
            i += 1 + run
            result.form = .fraction
            result.value = base.divided(by: ExactDecimal(denominator))
        }
    }

    /// ISO dates (2022-04-16), year-months (1995-01), year spans (2020-2021, 2019-20) and
    /// slash dates (5/17/2018). Leaves `i` unchanged when the digits are not a date.
    mutating func readDate(_ intDigits: Int) -> NumericLiteral? {
        var result = NumericLiteral(value: nil, form: .isoDate, suffix: .none, digitsEnd: 0, integerDigits: Int32(intDigits),
                                    leadingZero: false, parts: (0, 0, 0))
        if intDigits == 4 {
            let year = smallInt(i, 4)
            guard year >= 1000 && year <= 2999 else { return nil }
            var dash = byte(i + 4) == UInt8(ascii: "-") ? 1 : enDash(i + 4)
            if byte(i + 4) == UInt8(ascii: "/") { dash = 1 }
            guard dash > 0 else { return nil }
            let slash = byte(i + 4) == UInt8(ascii: "/")
            let k = i + 4 + dash
            let run = digitRun(k)
            if run == 2 && !slash {
                let second = smallInt(k, 2)
                if byte(k + 2) == UInt8(ascii: "-") && digitRun(k + 3) == 2 && !isDigit(byte(k + 5)) {
                    let day = smallInt(k + 3, 2)
                    guard second >= 1 && second <= 12 && day >= 1 && day <= 31 else { return nil }
                    result.form = .isoDate
                    result.parts = (Int32(year), Int16(second), Int16(day))
                    i = k + 5
                    result.value = ExactDecimal(year)
                    return result
                }
                if isASCIILetter(byte(k + 2)) || byte(k + 2) == UInt8(ascii: "-") { return nil }
                if p[k] == 48 {
                    guard second >= 1 && second <= 12 else { return nil }
                    result.form = .yearMonth
                    result.parts = (Int32(year), Int16(second), 0)
                } else if second > year % 100 {
                    result.form = .yearSpan
                    result.parts = (Int32(year), Int16(year - year % 100 + second), 0)
                } else if second >= 1 && second <= 12 {
                    result.form = .yearMonth
                    result.parts = (Int32(year), Int16(second), 0)
                } else {
                    return nil
                }
                i = k + 2
                result.value = ExactDecimal(year)
                return result
            }
            if run == 4 && !isASCIILetter(byte(k + 4)) {
                let last = smallInt(k, 4)
                guard year >= 1800, year <= 2199, last > year, last - year <= 100 else { return nil }
                result.form = .yearSpan
                result.parts = (Int32(year), Int16(last), 0)
                i = k + 4
                result.value = ExactDecimal(year)
                return result
            }
            return nil
        }
        if (intDigits == 1 || intDigits == 2) && byte(i + intDigits) == UInt8(ascii: "/") {
            let k = i + intDigits + 1
            let run = digitRun(k)
            guard run == 1 || run == 2, byte(k + run) == UInt8(ascii: "/") else { return nil }
            let yearRun = digitRun(k + run + 1)
            guard yearRun == 4 || yearRun == 2 else { return nil }
            var first = smallInt(i, intDigits)
            var second = smallInt(k, run)
            var year = smallInt(k + run + 1, yearRun)
            if yearRun == 2 { year += year < 50 ? 2000 : 1900 }
            if first > 12 { swap(&first, &second) }  // day/month/year
            guard first >= 1 && first <= 12 && second >= 1 && second <= 31 else { return nil }
            result.form = .slashDate
            result.parts = (Int32(year), Int16(first), Int16(second))
            i = k + run + 1 + yearRun
            result.value = ExactDecimal(year)
            return result
        }
        return nil
    }
}

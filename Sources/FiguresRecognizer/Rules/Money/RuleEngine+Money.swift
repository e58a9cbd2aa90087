import FiguresCore

extension RuleEngine {
    /// A currency written before the number: "$", "US$", "c $", "u.s. $", "€", "USD 200", "USD34.6",
    /// "rmb 10", "MAUD 60", "Rs 500", "dollar 22.5 million". Returns the currency, the token where the
    /// number starts, and whether that number may be glued to letters.
    func currencyPrefix(at k: Int) -> (CurrencyMatch, Int)? {
        guard k < n else { return nil }
        let token = t[k]
        if token.kind == .symbol {
            let s = token.symbol
            guard s.isCurrency, s != .cent, k + 1 < n, startsNumberAfterCurrency(k + 1) else { return nil }
            return (CurrencyMatch(code: CurrencyLexicon.code(s.currencyCode), name: s.currencyName ?? "dollar"), k + 1)
        }
        guard token.kind == .word else { return nil }
        // "U.S. $", "u.s $"
        if bytesEqual(k, "u"), isSymbol(k + 1, .period), bytesEqual(k + 2, "s") {
            var at = k + 3
            if isSymbol(at, .period) { at += 1 }
            if isSymbol(at, .dollar), startsNumberAfterCurrency(at + 1) {
                return (CurrencyMatch(code: CurrencyCode("USD"), name: "dollar"), at + 1)
            }
            return nil
        }
        guard k + 1 < n else { return nil }
        // "GH¢12.4 billion", "GH¢ 2 billion", "GH₵2 billion": the Ghanaian cedi, the letters glued to
        // the cent sign or the cedi's own.
        if bytesEqual(k, "GH", caseSensitive: true), isSymbol(k + 1, .cent) || isSymbol(k + 1, .cedi), glued(k + 1), k + 2 < n,
           t[k + 2].kind == .number {
            return (CurrencyMatch(code: CurrencyCode("GHS"), name: "cedi"), k + 2)
        }
        // "E£12 billion": the Egyptian pound, an E glued to the pound sign.
        if bytesEqual(k, "E", caseSensitive: true), isSymbol(k + 1, .pound), glued(k + 1), startsNumberAfterCurrency(k + 2) {
            return (CurrencyMatch(code: CurrencyCode("EGP"), name: "pound"), k + 2)
        }
        // "S/ 3.5 billion", "S/3.5 billion", "S/. 120 million": the Peruvian sol, with a scale only
        // ("file S/3" is a reference).
        if bytesEqual(k, "S", caseSensitive: true), isSymbol(k + 1, .slash), glued(k + 1) {
            let at = isSymbol(k + 2, .period) && glued(k + 2) ? k + 3 : k + 2
            if at < n, t[at].kind == .number {
                return (CurrencyMatch(code: CurrencyCode("PEN"), name: "sol", needsScale: true), at)
            }
        }
        // "B/.6.3 billion", "B/. 2 billion": the Panamanian balboa.
        if bytesEqual(k, "B", caseSensitive: true), isSymbol(k + 1, .slash), glued(k + 1), isSymbol(k + 2, .period), glued(k + 2),
           k + 3 < n, t[k + 3].kind == .number {
            return (CurrencyMatch(code: CurrencyCode("PAB"), name: "balboa"), k + 3)
        }
        // "kr 6.9 billion", "kr. 5 billion": a Scandinavian paper's krone or krona, with a scale
        // (the extractor picks the code by the figure's parties).
        if bytesEqual(k, "kr", caseSensitive: true) {
            let at = isSymbol(k + 1, .period) ? k + 2 : k + 1
            if at < n, t[at].kind == .number { return (CurrencyMatch(code: nil, name: "kr", needsScale: true), at) }
        }
        // Only before a number or a currency sign can a word be a currency.
        guard t[k + 1].kind == .number || symbol(k + 1) == .dollar || symbol(k + 1) == .yen || startsNumberAfterCurrency(k + 1)
                || (isSymbol(k + 1, .period) && t[k].length == 2) else { return nil }
        // Letters before a currency sign: "US$", "HK$", "c $", "CN¥".
        if let s = symbol(k + 1), s == .dollar || s == .yen, startsNumberAfterCurrency(k + 2) {
            let table = s == .dollar ? CurrencyLexicon.dollarSignPrefixes : CurrencyLexicon.yenSignPrefixes
            // ("the US $2.57 billion" in a list, "Mauritius contributed $5.34 billion and the US
            // $2.57 billion": a country before the amount, not "US $".)
            // (A single letter stays a prefix after "the": "the c $ 300 million charge".)
            if let (code, spaced) = table.match(token, in: p), glued(k + 1) || spaced && !(token.length >= 2 && k > 0 && bytesEqual(k - 1, "the")) {
                if bytesEqual(k, "a") && !token.flags.contains(.capitalized) { return nil }  // "a $5 fee"
                return (CurrencyMatch(code: code, name: s == .dollar ? "dollar" : "yen"), k + 2)
            }
            return nil
        }
        // "Rs 500", "Rs. 950 billion", "Rs.5,000 crore"
        if bytesEqual(k, "rs") {
            let at = isSymbol(k + 1, .period) ? k + 2 : k + 1
            return startsNumberAfterCurrency(at) ? (CurrencyMatch(code: nil, name: "rupee"), at) : nil
        }
        guard startsNumberAfterCurrency(k + 1) else { return nil }
        // ISO code: "USD 200", "USD34.6 million", "rmb 10".
        if let code = CurrencyCodes.code(p, Int(token.start), Int(token.end)) {
            return (CurrencyMatch(code: code, name: code.description), k + 1)
        }
        // "MUSD", "MAUD": millions of a currency.
        if let code = millionCode(k) {
            return (CurrencyMatch(code: code, name: code.description, scale: 6), k + 1)
        }
        // "R21.6 billion": the South African rand, glued to an amount with a scale; "N1.2trn" the
        // naira, as Nigerian papers write it.
        if bytesEqual(k, "R", caseSensitive: true), glued(k + 1), t[k + 1].kind == .number {
            return (CurrencyMatch(code: CurrencyCode("ZAR"), name: "rand", needsScale: true), k + 1)
        }
        if bytesEqual(k, "N", caseSensitive: true), glued(k + 1), t[k + 1].kind == .number {
            return (CurrencyMatch(code: CurrencyCode("NGN"), name: "naira", needsScale: true), k + 1)
        }
        // "K4.2 billion": the kina of Papua New Guinea's papers (Zambia's and Malawi's kwacha are
        // written so too: the extractor picks by the figure's parties).
        if bytesEqual(k, "K", caseSensitive: true), glued(k + 1), t[k + 1].kind == .number {
            return (CurrencyMatch(code: CurrencyCode("PGK"), name: "kina", needsScale: true), k + 1)
        }
        // "P1.26 trillion": the Philippine peso as Manila's papers write it (Botswana's pula is
        // written so too: the extractor picks by the figure's parties).
        if bytesEqual(k, "P", caseSensitive: true), glued(k + 1), t[k + 1].kind == .number {
            return (CurrencyMatch(code: CurrencyCode("PHP"), name: "peso", needsScale: true), k + 1)
        }
        // "Kč1.57 trillion": the Czech koruna's sign.
        if bytesEqual(k, "kč"), t[k + 1].kind == .number {
            return (CurrencyMatch(code: CurrencyCode("CZK"), name: "koruna"), k + 1)
        }
        // Letters the news of a currency's country writes before its amounts, in their usual case:
        // "RM450.8 billion" (ringgit), "Rp5 trillion" (rupiah); "SR18.7 billion" (Saudi riyal),
        // "QR2 billion", "KD1.2 billion", "Dh5 billion" only with a scale, as they are shorter
        // or more common letters.
        if t[k + 1].kind == .number, let (code, name, needsScale) = letterCurrency(k) {
            return (CurrencyMatch(code: CurrencyCode(code), name: name, needsScale: needsScale), k + 1)
        }
        if bytesEqual(k, "dollar"), !token.flags.contains(.capitalized), t[k + 1].spaceBefore {
            return (CurrencyMatch(code: CurrencyCode("USD"), name: "dollar"), k + 1)
        }
        return nil
    }

    /// The currency of letters written before an amount (``currencyPrefix(at:)``), matched with
    /// their case: its code, its name, and whether the amount needs a scale.
    ///
    /// "Dh", "Dhs" and "DH" are the dirham (the UAE's by default; Morocco's by the figure's parties).
    /// Shillings: "KSh" (Kenya), "USh" (Uganda), "TSh" (Tanzania), and "Sh"/"Shs" alone, which the
    /// papers of all three write (Kenya's and Uganda's by default; the extractor picks the country's
    /// code from the figure's parties, see `SharedCurrencyName`). "LE" and "TL" are the Egyptian
    /// pound and the Turkish lira, "Tk" the taka, "NIS" the (new Israeli) shekel, "Br" and "Birr" the birr, "RO", "BD" and "JD" the Omani rial
    /// and the Bahraini and Jordanian dinars, "CFA"/"FCFA" the West African CFA franc (Central
    /// African by the parties), "Frw" the Rwandan franc, "Nu" Bhutan's ngultrum, "Sfr" the Swiss franc,
    /// "W" the won of Korean papers ("W1.2 trillion", with a scale only), "B" the baht of Thai ones
    /// ("B159bn", glued to the number, with a scale only).
    func letterCurrency(_ k: Int) -> (String, String, Bool)? {
        guard t[k].length <= 4 else { return nil }
        if bytesEqual(k, "RM", caseSensitive: true) { return ("MYR", "ringgit", false) }
        if bytesEqual(k, "Rp", caseSensitive: true) { return ("IDR", "rupiah", false) }
        if bytesEqual(k, "SR", caseSensitive: true) { return ("SAR", "riyal", true) }
        if bytesEqual(k, "QR", caseSensitive: true) { return ("QAR", "riyal", true) }
        if bytesEqual(k, "KD", caseSensitive: true) { return ("KWD", "dinar", true) }
        if bytesEqual(k, "Dh", caseSensitive: true) || bytesEqual(k, "Dhs", caseSensitive: true) || bytesEqual(k, "DH", caseSensitive: true) {
            return ("AED", "dirham", true)
        }
        if bytesEqual(k, "KSh", caseSensitive: true) || bytesEqual(k, "Ksh", caseSensitive: true)
            || bytesEqual(k, "KShs", caseSensitive: true) || bytesEqual(k, "Kshs", caseSensitive: true) { return ("KES", "shilling", false) }
        if bytesEqual(k, "USh", caseSensitive: true) || bytesEqual(k, "UShs", caseSensitive: true)
            || bytesEqual(k, "Ush", caseSensitive: true) || bytesEqual(k, "Ushs", caseSensitive: true) { return ("UGX", "shilling", false) }
        if bytesEqual(k, "TSh", caseSensitive: true) || bytesEqual(k, "TShs", caseSensitive: true)
            || bytesEqual(k, "Tsh", caseSensitive: true) || bytesEqual(k, "Tshs", caseSensitive: true) { return ("TZS", "shilling", false) }
        if bytesEqual(k, "Sh", caseSensitive: true) { return ("KES", "shilling", true) }
        if bytesEqual(k, "Shs", caseSensitive: true) { return ("UGX", "shilling", true) }
        if bytesEqual(k, "LE", caseSensitive: true) { return ("EGP", "pound", true) }
        if bytesEqual(k, "TL", caseSensitive: true) { return ("TRY", "lira", true) }
        if bytesEqual(k, "Tk", caseSensitive: true) { return ("BDT", "taka", false) }
        if bytesEqual(k, "NIS", caseSensitive: true) { return ("ILS", "shekel", false) }
        if bytesEqual(k, "Br", caseSensitive: true) || bytesEqual(k, "Birr", caseSensitive: true) { return ("ETB", "birr", true) }
        if bytesEqual(k, "RO", caseSensitive: true) { return ("OMR", "rial", true) }
        if bytesEqual(k, "BD", caseSensitive: true) { return ("BHD", "dinar", true) }
        if bytesEqual(k, "JD", caseSensitive: true) { return ("JOD", "dinar", true) }
        if bytesEqual(k, "Nu", caseSensitive: true) { return ("BTN", "ngultrum", true) }
        if bytesEqual(k, "W", caseSensitive: true) { return ("KRW", "won", true) }
        // ("B159bn" of Thai papers; not "Class B 20 million shares".)
        // ("B2B platform": the "B" after the number is no scale of it.)
        if bytesEqual(k, "B", caseSensitive: true), k + 1 < n, !t[k + 1].spaceBefore, p[Int(t[k + 1].end) - 1] | 0x20 != UInt8(ascii: "b"),
           !(k + 2 < n && t[k + 2].kind == .word && t[k + 2].length == 1 && !t[k + 2].spaceBefore) { return ("THB", "baht", true) }
        if bytesEqual(k, "Sfr", caseSensitive: true) || bytesEqual(k, "SFr", caseSensitive: true) { return ("CHF", "franc", false) }
        if bytesEqual(k, "Frw", caseSensitive: true) || bytesEqual(k, "FRw", caseSensitive: true) || bytesEqual(k, "Rwf", caseSensitive: true) {
            return ("RWF", "franc", false)
        }
        if bytesEqual(k, "CFA", caseSensitive: true) || bytesEqual(k, "FCFA", caseSensitive: true)
            || bytesEqual(k, "CFAF", caseSensitive: true) { return ("XOF", "franc", false) }
        return nil
    }

    /// A number (digits, or words such as "five") follows at `k`, possibly after a period in "Rs. 5".
    func startsNumberAfterCurrency(_ k: Int) -> Bool {
        guard k < n else { return false }
        if t[k].kind == .number { return true }
        if let role = NumberRole.of(t[k]) {
            switch role {
            case .unit, .tens, .article, .half, .quarter: return true
            default: return false
            }
        }
        return false
    }

    /// "MUSD", "MEUR": an upper-case M glued to an ISO code.
    func millionCode(_ k: Int) -> CurrencyCode? {
        let token = t[k]
        guard token.length == 4, p[Int(token.start)] == UInt8(ascii: "M"), token.flags.contains(.allUpper) else { return nil }
        return CurrencyCodes.code(p, Int(token.start) + 1, Int(token.end))
    }

    /// A currency written after the number: a sign ("10 €", "100₾"), a code ("20 usd", "75 USD
    /// million", "30 MUSD", "500 million TL") or words ("dollars", "Australian dollars", "Swiss
    /// francs", "pounds sterling", "-cent"). Returns the currency and the end of its tokens.
    func currencySuffix(at k0: Int) -> (CurrencyMatch, Int)? {
        guard k0 < n else { return nil }
        var k = k0
        let token = t[k]
        if token.kind == .symbol {
            let s = token.symbol
            if s.isCurrency {
                // A sign glued to the next number is that number's prefix ("1 $10").
                if k + 1 < n, t[k + 1].kind == .number, !t[k + 1].spaceBefore { return nil }
                if s == .cent { return (CurrencyMatch(code: nil, name: "cent", isSubunit: true), k + 1) }
                return (CurrencyMatch(code: CurrencyLexicon.code(s.currencyCode), name: s.currencyName ?? "dollar"), k + 1)
            }
            // "12-cent", "one-yen"
            guard s.isDashLike, glued(k), k + 1 < n, glued(k + 1), t[k + 1].kind == .word else { return nil }
            k += 1
        }
        guard t[k].kind == .word else { return nil }
        // A code glued to a following number is that number's prefix ("3 USD50").
        let gluedToNumber = k + 1 < n && t[k + 1].kind == .number && !t[k + 1].spaceBefore
        if let code = CurrencyCodes.code(p, Int(t[k].start), Int(t[k].end)) {
            guard !gluedToNumber else { return nil }
            var match = CurrencyMatch(code: code, name: code.description)
            if let role = k + 1 < n ? NumberRole.of(t[k + 1]) : nil, case .scale(let e) = role {
                match.scale = e
                return (match, k + 2)
            }
            return (match, k + 1)
        }
        if let code = millionCode(k), !gluedToNumber {
            return (CurrencyMatch(code: code, name: code.description, scale: 6), k + 1)
        }
        if t[k].flags.contains(.allUpper), bytesEqual(k, "tl") || bytesEqual(k, "ytl") {
            return (CurrencyMatch(code: CurrencyCode("TRY"), name: "lira"), k + 1)
        }
        // ("265.8 billion FCFA", "300 billion CFA": the CFA franc's letters after the amount, as
        // before it; not "CFA francs", read as words.)
        if t[k].flags.contains(.allUpper), bytesEqual(k, "fcfa") || bytesEqual(k, "cfaf") || bytesEqual(k, "cfa") && !bytesEqual(k + 1, "franc") && !bytesEqual(k + 1, "francs") {
            return (CurrencyMatch(code: CurrencyCode("XOF"), name: "franc"), k + 1)
        }
        return currencyWords(at: k)
    }

    /// Currency words, with up to three adjective words before the noun. Words are matched from
    /// their bytes: the noun by its spelling, the adjectives as one phrase joined by single spaces.
    func currencyWords(at k: Int) -> (CurrencyMatch, Int)? {
        // Most words after a number are neither a currency nor an adjective of one.
        guard k < n, t[k].kind == .word, t[k].length <= 20,
              CurrencyLexicon.firstWords.lookup(t[k], in: p) != nil else { return nil }
        // Gather up to four words, "U.S." read as one word "us": each word's token (-1 for
        // "U.S.") and the token after it.
        var first = SIMD4<Int>(repeating: -1)
        var ends = SIMD4<Int>(repeating: 0)
        var count = 0
        var at = k
        while count < 4, at < n, t[at].kind == .word {
            if at > k && !t[at].spaceBefore { break }
            if bytesEqual(at, "u"), isSymbol(at + 1, .period), bytesEqual(at + 2, "s") {
                first[count] = -1
                at += isSymbol(at + 3, .period) ? 4 : 3
            } else {
                first[count] = at
                at += 1
            }
            ends[count] = at
            count += 1
        }
        guard count > 0 else { return nil }
        for nounIndex in stride(from: min(count - 1, 3), through: 0, by: -1) {
            // "us" is no currency's noun, so "U.S." is only ever an adjective.
            guard first[nounIndex] >= 0, let id = CurrencyLexicon.nounIDs.lookup(t[first[nounIndex]], in: p) else { continue }
            let noun = CurrencyLexicon.nounList[Int(id)]
            var code = noun.defaultCode
            if nounIndex == 0 && noun.needsAdjective { continue }
            if nounIndex > 0 {
                guard let adjective = adjectiveID(first, count: nounIndex),
                      let specific = CurrencyLexicon.adjectiveCodes[Int(id)][adjective] else { continue }
                code = specific
            }
            var end = ends[nounIndex]
            // "pounds sterling"
            if noun.name == "pound", end < n, bytesEqual(end, "sterling") { end += 1; code = "GBP" }
            return (CurrencyMatch(code: CurrencyLexicon.code(code), name: noun.name, isSubunit: noun.isSubunit), end)
        }
        return nil
    }

    /// The ``CurrencyLexicon/adjectiveIDs`` id of the first `count` gathered words (tokens in
    /// `first`, -1 for "U.S.") joined by single spaces, or `nil` when they are no adjective.
    private func adjectiveID(_ first: SIMD4<Int>, count: Int) -> UInt16? {
        let capacity = 64
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer -> UInt16? in
            var length = 0
            for w in 0..<count {
                let bytes = first[w] < 0 ? 2 : t[first[w]].length
                guard length + bytes + 1 <= capacity else { return nil }
                if w > 0 { buffer[length] = UInt8(ascii: " "); length += 1 }
                if first[w] < 0 {
                    buffer[length] = UInt8(ascii: "u"); buffer[length + 1] = UInt8(ascii: "s")
                } else {
                    let start = Int(t[first[w]].start)
                    for i in 0..<bytes { buffer[length + i] = p[start + i] }
                }
                length += bytes
            }
            return CurrencyLexicon.adjectiveIDs.lookup(UnsafeBufferPointer(rebasing: buffer[0..<length]))
        }
    }

    /// "50 cents" after "3 dollars", or a bare "50" after "15 dollars": the hundredths of an
    /// amount of money. Returns the amount to add and the end.
    func subunitTail(at k0: Int, whole: ExactDecimal) -> (ExactDecimal, Int)? {
        guard whole.isInteger, k0 < n else { return nil }
        var k = k0
        if isWord(k, .and) { k += 1 }
        guard k < n, k == k0 || t[k].kind == .word || t[k].kind == .number,
              t[k].kind != .number || t[k].spaceBefore,
              let tail = numberExpression(at: k, money: false), tail.kind == .number, tail.scaleExponent == nil,
              let v = tail.value.intValue, v >= 1, v <= 99, tail.value.isInteger else { return nil }
        let end = tail.end
        if let (match, after) = currencyWords(at: end), match.isSubunit {
            return (ExactDecimal(significand: Int128(v), exponent: -2), after)
        }
        // A bare tail must end the clause: "15 dollars 50.", "one dollar and one and ...".
        if end < n {
            let next = t[end]
            switch next.kind {
            case .number: return nil
            case .symbol:
                if next.symbol.isCurrency || next.symbol == .percent || next.symbol.isDashLike { return nil }
            case .word:
                guard next.isWord(.and) || next.isWord(.or) else { return nil }
            }
        }
        return (ExactDecimal(significand: Int128(v), exponent: -2), end)
    }
}

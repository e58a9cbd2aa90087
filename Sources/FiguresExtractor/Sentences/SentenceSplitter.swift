import FiguresCore
import FiguresRecognizer

/// Splits scanned text into sentences at `.`, `!`, `?` and paragraph breaks.
///
/// A period ends a sentence when what follows starts a new one (a capital letter, a digit, a
/// quote or bracket, or the end of text), even with no space ("…President Putin.He noted"), but
/// not after an abbreviation ("Mr.", "Jan.", "ed.", the currencies "Rs." and "kr."), a single capital ("U.S.", "J. Smith"), or
/// inside numbers (decimals are part of number tokens already). After an abbreviated scale
/// ("mln.", "bn.") only a capitalised word that is no code in capitals starts a new sentence.
struct SentenceSplitter {
    static let abbreviations = WordSet([
        "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "corp", "co", "ltd", "plc", "llc", "gen", "gov", "sen",
        "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs",
        "etc", "approx", "est", "dept", "univ", "fig", "vol", "ed", "eds", "mt", "ft", "av", "ave",
        "cf", "al", "ca", "lt", "col", "capt", "rev", "hon", "pres", "amb", "min", "tel", "rs", "kr",
    ])
    /// Abbreviated scales and "pct": their period ends the sentence before a capitalised word
    /// ("… totalled $705 mln. Over 90 enterprises …"), but not before a code in capitals ("5 mln.
    /// USD", "2 bn. U.S. dollars"); before a lower-case word a period never ends one.
    static let scaleAbbreviations = WordSet(["bn", "bln", "mln", "mn", "trln", "tln", "pct"])
    /// Verbs a list can complete after a colon: "Brazil's main export markets last year were:".
    static let listVerbs = WordSet(["were", "are", "was", "is", "include", "included", "includes", "including", "comprised", "follows"])

    static func split(_ scanned: ScannedText, bytes p: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        let t = scanned.tokens
        var sentences: [Sentence] = []
        // News sentences run to some twenty-five tokens: room for most documents' sentences at once.
        sentences.reserveCapacity(scanned.tokens.count / 16 + 1)
        var start = 0
        var paragraph = 0
        var k = 0
        // The dateline a wire story opens with ("KUALA LUMPUR, March 28 (Bernama) --", "RIYADH:",
        // "Mexico City, Feb 6 (Prensa Latina)") is a sentence of its own: its place is no party
        // to the figures after it. Read while the paragraph's first sentence has no lower-case
        // word outside brackets.
        var paragraphStart = 0
        var datelineOpen = true
        var comma = false
        var depth = 0
        var colonList = false
        func close(_ end: Int) {
            if end > start { sentences.append(Sentence(start: start, end: end, paragraph: paragraph)) }
            start = end
        }
        while k < t.count {
            // (One flag test for most tokens: a paragraph break comes after a line break too.)
            if t[k].flags.contains(.newlineBefore) {
                // ("Brazil's main export markets last year were:" ¶ "- China: $104.3 billion": a list
                // that completes a sentence ending in a verb and a colon goes on after a blank line;
                // not one under a label such as "Key findings:".)
                if k > start + 1, t[k].flags.contains(.paragraphBefore), t[k - 1].isSymbol(.colonMark), isBullet(t[k], bytes: p),
                   t[k - 2].kind == .word, listVerbs.contains(t[k - 2], in: p) {
                    colonList = true
                } else if k > start, t[k].flags.contains(.paragraphBefore) {
                    close(k)
                    paragraph += 1
                } else if k > 0 && k == start && t[k].flags.contains(.paragraphBefore) {
                    paragraph += 1
                } else if k > start, isBullet(t[k], bytes: p) {
                    // A list item on a line of its own ("- Korean FDI into Indonesia, Q3: US$412mn")
                    // ends the sentence before it; the list stays one paragraph. Not the items of a
                    // list led by a colon ("The largest investors were:\n- United Kingdom: $1.7
                    // billion"): they complete the sentence that leads them.
                    if t[k - 1].isSymbol(.colonMark) { colonList = true }
                    if !colonList { close(k) }
                }
            }
            if k == start, k == 0 || t[k].flags.contains(.paragraphBefore) {
                // (A list item is no dateline: "• Japan – trade with China worth $318 billion".)
                paragraphStart = k; datelineOpen = !isBullet(t[k], bytes: p); comma = false; depth = 0; colonList = false
            }
            if datelineOpen {
                if start != paragraphStart || k - paragraphStart > 16 {
                    datelineOpen = false
                } else if let end = datelineEnd(at: k, comma: comma, first: paragraphStart, tokens: t) {
                    close(end)
                    datelineOpen = false
                    k = end
                    continue
                } else if t[k].kind == .word {
                    if depth == 0 && !t[k].flags.contains(.capitalized) { datelineOpen = false }
                } else if t[k].isSymbol(.openParen) {
                    depth += 1
                } else if t[k].isSymbol(.closeParen) {
                    depth = max(0, depth - 1)
                } else if t[k].isSymbol(.comma) {
                    comma = true
                }
            }
            let token = t[k]
            // Symbols compared by raw value: building a `Symbol` from every token's was a tenth of this loop.
            if token.kind == .symbol, token.isSymbol(.period) || token.isSymbol(.question) || token.isSymbol(.exclamation) {
                var end = k + 1
                // Closing quotes and brackets belong to the sentence they close.
                while end < t.count, t[end].isSymbol(.quote) || t[end].isSymbol(.apostrophe) || t[end].isSymbol(.closeParen)
                        || t[end].isSymbol(.closeBracket), !t[end].spaceBefore {
                    end += 1
                }
                if endsSentence(at: k, next: end, tokens: t, bytes: p) { close(end) }
                k = end
                continue
            }
            k += 1
        }
        close(t.count)
        return sentences
    }

    /// A list item's mark: "-", "–", "—", "*", "•".
    static func isBullet(_ token: Token, bytes p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .symbol else { return false }
        if token.isSymbol(.hyphen) || token.isSymbol(.dash) || token.isSymbol(.star) { return true }
        let s = Int(token.start)
        return token.length == 3 && p[s] == 0xE2 && p[s + 1] == 0x80 && p[s + 2] == 0xA2
    }

    /// Where a dateline ends when token `k` closes one (every word since `first` capitalised):
    /// after a dash ("(Yonhap) --", "GNA –", "HÀ NỘI —"), after a colon that follows words in
    /// capitals ("RIYADH:") or a bracket closed after a comma ("ISLAMABAD, Jan 18 (APP):"), or
    /// after a bracket closed after a comma ("Mexico City, Feb 6 (Prensa Latina)"; "Foreign
    /// Direct Investment (FDI)" has no comma and goes on).
    static func datelineEnd(at k: Int, comma: Bool, first: Int, tokens t: [Token]) -> Int? {
        guard k > first else { return nil }
        let token = t[k]
        guard token.kind == .symbol else { return nil }
        if token.symbol.isDashLike {
            // "--": both hyphens end it; a hyphen glued to a word ("Indo-Pacific") is no dash.
            guard token.spaceBefore || t[k - 1].isSymbol(.closeParen) else { return nil }
            var end = k + 1
            while end < t.count, t[end].kind == .symbol, t[end].symbol.isDashLike, !t[end].spaceBefore { end += 1 }
            return end < t.count && t[end].spaceBefore ? end : nil
        }
        if token.isSymbol(.colonMark), t[k - 1].kind == .word && t[k - 1].flags.contains(.allUpper) && t[k - 1].length >= 2
            || comma && t[k - 1].isSymbol(.closeParen),
           k + 1 < t.count, t[k + 1].spaceBefore {
            return k + 1
        }
        if token.isSymbol(.closeParen), comma, k + 1 < t.count, t[k + 1].kind == .word, t[k + 1].flags.contains(.capitalized) {
            return k + 1
        }
        return nil
    }

    static func endsSentence(at k: Int, next: Int, tokens t: [Token], bytes p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard next < t.count else { return true }
        let following = t[next]
        if following.flags.contains(.paragraphBefore) { return true }
        let symbol = t[k].symbol
        let startsNew: Bool
        switch following.kind {
        case .word: startsNew = following.flags.contains(.capitalized)
        case .number: startsNew = following.spaceBefore
        case .symbol: startsNew = following.symbol == .quote || following.symbol == .openParen || following.symbol == .dollar
            || following.symbol.isCurrency || following.symbol == .apostrophe
        }
        guard startsNew else { return false }
        if symbol != .period { return true }
        // Not after an abbreviation or a lone capital letter.
        guard k > 0, t[k - 1].kind == .word, t[k - 1].end == t[k].start else { return true }
        let word = t[k - 1]
        if word.length == 1 && word.flags.contains(.capitalized) { return false }
        if word.length <= 5, abbreviations.contains(word, in: p) { return false }
        if word.length <= 4, scaleAbbreviations.contains(word, in: p) {
            guard following.kind == .word else { return false }
            if !following.flags.contains(.allUpper) { return true }  // "Over", "Exports"
            if following.length >= 2 { return false }  // "USD", "AZN", "US"
            // A lone capital starts a sentence ("A new plant"), unless a period follows it ("U.S.").
            return !(next + 1 < t.count && t[next + 1].isSymbol(.period) && t[next + 1].start == following.end)
        }
        return true
    }
}

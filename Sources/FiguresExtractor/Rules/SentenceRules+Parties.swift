import FiguresCore
import FiguresRecognizer

extension SentenceRules {
    /// The preposition before a mention ("in", "from", "to", "with", "between", "and"), skipping "the".
    func preposition(_ m: CountryMention) -> String? {
        var k = m.start - 1
        if context.isWord(k, "the") { k -= 1 }
        if context.isWord(k, in: ["neighbouring", "neighboring", "fellow"]) { k -= 1 }
        guard k >= sentence.start, t[k].kind == .word else { return nil }
        let word = context.lower(k)
        switch word {
        case "in", "into", "to", "from", "with", "between", "and", "of", "for", "by", "on", "across", "inside", "within", "at":
            // "mostly to Uzbekistan": a hedged destination is not the figure's party.
            if word == "to", context.has(k - 1, .hedge) { return "hedged" }
            return word
        default: return nil
        }
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
        let before = mentions.filter { $0.end <= max(k, limit) && $0.start >= sentence.start }
        for m in before.reversed() {
            let prep = preposition(m)
            if prep != nil && prep != "of" && prep != "by" { continue }
            if prep == "of" && !(m.start >= 2 && context.has(m.start - 2, .indicator)) && m.end != k { continue }
            return (m, receiveVerb(from: m.end, to: amount.lowerBound))
        }
        return nil
    }

    /// The first mention after token `a` (and before `b`) whose preposition is one of `preps`.
    func mention(after a: Int, before b: Int = Int.max, preps: Set<String>) -> CountryMention? {
        mentions.first { $0.start >= a && $0.start < b && preposition($0).map(preps.contains) == true }
    }

    /// "between X and Y", "X-Y trade", "X's trade with Y": the two partners of a trade figure.
    func tradePartners(keyword k: Int, amount: Range<Int>) -> [CountryCode] {
        // Between X and Y
        for (i, m) in mentions.enumerated() where preposition(m) == "between" {
            if i + 1 < mentions.count, preposition(mentions[i + 1]) == "and" { return [m.code, mentions[i + 1].code] }
        }
        // X-Y (adjacent, joined by a dash)
        for (i, m) in mentions.enumerated() where i + 1 < mentions.count {
            let next = mentions[i + 1]
            if next.start == m.end + 1, m.end < t.count, t[m.end].kind == .symbol, t[m.end].symbol.isDashLike,
               !m.possessive, next.start < sentence.end {
                return [m.code, next.code]
            }
        }
        var partners: [CountryCode] = []
        if let (o, _) = owner(keyword: k, amount: amount) { partners.append(o.code) }
        if let with = mention(after: sentence.start, preps: ["with"]), !partners.contains(with.code) { partners.append(with.code) }
        if partners.count == 2 { return partners }
        // Otherwise the countries the sentence names near the keyword.
        for m in mentions where !partners.contains(m.code) && preposition(m) != "hedged" {
            if m.start < k - 12 && m.start < amount.lowerBound - 12 { continue }
            partners.append(m.code)
            if partners.count == 2 { break }
        }
        return partners
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
            var from = mention(after: sentence.start, preps: ["from"])?.code
            var to = mention(after: anchor, preps: ["in", "into", "to"])?.code
            if let (o, receiver) = ownerMention {
                if receiver { if to == nil || to == from { to = o.code } } else if from == nil { from = o.code }
            }
            if to == nil { to = mention(after: sentence.start, before: anchor, preps: ["in", "into"])?.code }
            candidate.from = from
            candidate.to = to == from ? nil : to
        case .exports, .imports:
            let ownerMention = owner(keyword: k, amount: amount)
            let source = mention(after: sentence.start, preps: ["from"])?.code
            let destination = mention(after: anchor, preps: ["to", "into"])?.code
            if indicator == .exports {
                candidate.from = ownerMention.map { $0.0.code } ?? source
                candidate.to = destination
            } else {
                candidate.to = ownerMention.map { $0.0.code } ?? destination
                candidate.from = source
            }
            if candidate.from == candidate.to { candidate.to = nil }
        case .tradeTurnover:
            let partners = tradePartners(keyword: k, amount: amount)
            if partners.count == 2 {
                let sorted = partners.sorted()
                candidate.from = sorted[0]
                candidate.to = sorted[1]
            } else if let only = partners.first {
                candidate.from = only
            }
        case .enterprises:
            var from: CountryCode?
            var to: CountryCode?
            for m in mentions {
                let after = m.end < t.count ? m.end : t.count - 1
                if preposition(m) == "with", context.has(after, .capitalNoun) { from = m.code; break }
                if t[after].kind == .symbol, t[after].symbol.isDashLike, context.has(after + 1, .owned) { from = m.code; break }
            }
            if from == nil {
                // "600 American companies", "2,200 German firms": an adjective next to the count.
                from = mentions.first { $0.start >= amount.upperBound && $0.end <= k && $0.form == .adjective }?.code
            }
            if from == nil { from = mention(after: sentence.start, preps: ["from"])?.code }
            to = mention(after: k, preps: ["in", "into"])?.code
            if to == nil, let (o, receiver) = owner(keyword: k, amount: amount), receiver || o.form == .name { to = o.code }
            if to == nil { to = mention(after: sentence.start, before: amount.lowerBound, preps: ["in"])?.code }
            candidate.from = from
            candidate.to = to == from ? nil : to
        }
    }

    /// True when the sentence refers back to a pair named earlier: "the two countries", "bilateral".
    var refersToPair: Bool {
        for k in sentence.start..<sentence.end where context.has(k, .pairReference) {
            let word = context.lower(k)
            if word == "two" || word == "both" {
                if context.isWord(k + 1, in: ["countries", "nations", "sides", "states", "economies", "partners"]) { return true }
                continue
            }
            return true
        }
        return false
    }

    /// True when the keyword is a country's total with the world: "foreign trade", "total exports".
    func isWorldTotal(keyword k: Int) -> Bool {
        for at in max(sentence.start, k - 2)..<k where context.has(at, .worldTotal) { return true }
        return false
    }
}

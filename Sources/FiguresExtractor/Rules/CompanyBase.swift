import FiguresCore
import FiguresRecognizer

/// Companies the article gave a home country, for a later sentence that names the company
/// alone: "Shenzhen-based BYD will invest … ¶ In Thailand, BYD has invested about 17.9 billion
/// baht", "… built by China's Cosco Shipping. ¶ Cosco Shipping has invested US$1.3 billion …",
/// "U.S. software giant Microsoft will invest … ¶ … Microsoft would invest $1.7 billion in
/// Indonesia".
///
/// A company is known by the first word of its name (capitalised, not a country's name) where
/// the article introduces it in one of three ways:
/// - after "-based" (or "-headquartered") and up to three lower-case words ("Tokyo-based trading
///   house Marunaka"), the base a country or a business city (``BusinessCity``); or before it as
///   an apposition ("ArcelorMittal, the Luxembourg-headquartered steelmaker");
/// - right after a country's possessive, with up to three lower-case words between ("China's
///   state-owned Cosco Shipping");
/// - after a country's adjective or name and one to three lower-case words ending in a company
///   noun ("Japanese carmaker Toyota", "U.S. software giant Microsoft"; not "Chinese President
///   Xi", whose title is capitalised).
struct CompanyBase {
    /// The first token of each introduced company name, with its country, in text order.
    private(set) var entries: [(token: Int, code: CountryCode)] = []

    /// Nouns that end a company's description before its name.
    static let describingNouns: WordSet = WordSet(["company", "firm", "group", "giant", "maker", "carmaker", "automaker",
        "manufacturer", "producer", "miner", "developer", "operator", "conglomerate", "retailer", "major", "rival",
        "multinational", "startup", "start-up", "house", "supplier", "subsidiary", "unit", "chainmaker", "chipmaker",
        "shipper", "utility", "insurer", "lender", "investor", "fund", "brand"])

    /// "a subsidiary of Taiwan's Foxconn", "a unit of Japan's Hitachi".
    static let subsidiaryNouns: WordSet = WordSet(["subsidiary", "unit", "affiliate", "arm", "division"])

    /// "the two companies", "the two groups": companies introduced before.
    static let pluralNouns: WordSet = WordSet(["companies", "firms", "groups", "carmakers", "automakers", "partners"])

    /// Capitalised words that begin no company's name: institutions and titles ("China's Commerce
    /// Ministry", "Vietnam's Ministry of Planning", "Peru's President Boluarte").
    static let notNames: WordSet = WordSet(["president", "prime", "minister", "ministry", "deputy", "ambassador", "governor",
        "chairman", "king", "crown", "sheikh", "emir", "premier", "vice", "foreign", "finance", "trade", "commerce", "economy",
        "central", "state", "national", "federal", "government", "parliament", "senate", "congress", "embassy", "consul",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])

    /// Words before a company's name that make it no subject ("a stake in Tata Steel").
    static let objectPrepositions: WordSet = WordSet(["in", "into", "to", "of", "from", "at", "with"])

    /// Reads the introductions of a whole document (`mentions`: its country mentions, in text order).
    init(context: DocumentContext, mentions: [CountryMention]) {
        let t = context.t
        for m in mentions {
            var k = m.end
            // "China's Cosco Shipping", "China's state-owned Cosco"; "US-based Xentrix"; else a
            // description ending in a company noun.
            let based = !m.possessive && context.isSymbol(k, .hyphen) && (context.isWord(k + 1, "based") || context.isWord(k + 1, "headquartered"))
            // "ArcelorMittal, the Luxembourg-headquartered steelmaker", "Tesla, the U.S. electric
            // carmaker": the name before the apposition.
            if based || !m.possessive && Self.describes(from: m.end, closedBy: .comma, context: context), context.isWord(m.start - 1, "the") {
                if let first = Self.name(beforeApposition: m.start - 2, context: context, mentions: mentions) { entries.append((first, m.code)) }
                continue
            }
            if based { k += 2 }
            if let name = Self.name(after: k, describing: !m.possessive && !based, context: context, mentions: mentions) {
                entries.append((name, m.code))
            }
            // "Fukang Technology, a subsidiary of Taiwan's Foxconn, …": the subsidiary has its
            // parent's country.
            if m.possessive || m.form == .adjective, context.isWord(m.start - 1, "of"), context.isWord(m.start - 2, in: Self.subsidiaryNouns),
               context.isWord(m.start - 3, "a") || context.isWord(m.start - 3, "the"),
               let first = Self.name(beforeApposition: m.start - 4, context: context, mentions: mentions) {
                entries.append((first, m.code))
            }
        }
        // "Mumbai-based Tata Steel": a business city's country; "Northern Pulp & Fibre Inc. (TSX:
        // NPF), a Toronto-based forest products company": the name before the apposition.
        for k in t.indices where k >= 2 && (context.isWord(k, "based") || context.isWord(k, "headquartered")) {
            guard let code = BusinessCity.base(at: k - 2, in: context) else { continue }
            if let name = Self.name(after: k + 1, describing: false, context: context, mentions: mentions) {
                entries.append((name, code))
            } else if let city = (max(0, k - 5)..<(k - 1)).first(where: { context.isWord($0 - 1, "a") || context.isWord($0 - 1, "the") }),
                      Self.describes(from: k + 1, closedBy: .comma, context: context),
                      let name = Self.name(beforeApposition: city - 2, context: context, mentions: mentions) {
                entries.append((name, code))
            }
        }
        // "Tesla, based in Austin, Texas, plans to …": the name before an apposition of its base.
        for k in t.indices where k >= 2 && context.isSymbol(k - 1, .comma) && (context.isWord(k, "based") || context.isWord(k, "headquartered"))
            && context.isWord(k + 1, "in") && t[k - 2].kind == .word && t[k - 2].flags.contains(.capitalized) {
            guard let base = mentions.last(where: { $0.start >= k + 2 && $0.start < k + 7 }) else { continue }
            var first = k - 2
            while first > 0, first > k - 6, t[first - 1].kind == .word, t[first - 1].flags.contains(.capitalized) { first -= 1 }
            if !mentions.contains(where: { $0.start <= first && first < $0.end }), !Self.isInstitution(at: first, in: context) { entries.append((first, base.code)) }
        }
        entries.sort { $0.token < $1.token }
    }

    /// The first word of the capitalised name (up to four words) before the comma at `comma` that
    /// opens an apposition ("ArcelorMittal, the …", "Northern Pulp & Fibre Inc. (TSX: NPF), a …"):
    /// a company's suffix ("Inc.", "Ltd") and a bracketed ticker are passed over. Nil when no
    /// such name stands there, or it is a country's or an institution's.
    static func name(beforeApposition comma: Int, context: DocumentContext, mentions: [CountryMention]) -> Int? {
        let t = context.t
        guard comma >= 1, comma < t.count, context.isSymbol(comma, .comma) else { return nil }
        var end = comma
        if context.isSymbol(end - 1, .closeParen), let open = (max(0, end - 8)..<(end - 1)).last(where: { context.isSymbol($0, .openParen) }) { end = open }
        if context.isSymbol(end - 1, .period) { end -= 1 }
        if context.isWord(end - 1, in: companySuffixes) { end -= 1 }
        guard end >= 1, t[end - 1].kind == .word, t[end - 1].flags.contains(.capitalized) else { return nil }
        var first = end - 1
        while first > 0, first > end - 4, t[first - 1].kind == .word && t[first - 1].flags.contains(.capitalized)
                || context.isSymbol(first - 1, .ampersand) && first - 2 >= 0 && t[first - 2].flags.contains(.capitalized) {
            first -= context.isSymbol(first - 1, .ampersand) ? 2 : 1
        }
        guard !mentions.contains(where: { $0.start == first }), !isInstitution(at: first, in: context) else { return nil }
        return first
    }

    /// The legal suffixes of company names ("Inc.", "Ltd", "GmbH").
    static let companySuffixes: WordSet = WordSet(["inc", "ltd", "llc", "corp", "co", "plc", "ag", "gmbh", "sa", "nv", "bv", "spa", "ab", "asa", "oyj", "bhd", "pte", "pty"])

    /// Whether up to three lower-case words from `k` (hyphens between them) end in a company noun
    /// ("electric carmaker", "software giant") and `closer` follows them.
    static func describes(from k0: Int, closedBy closer: Symbol, context: DocumentContext) -> Bool {
        let t = context.t
        var k = k0
        var last = -1
        while k < t.count, k < k0 + 5 {
            if t[k].kind == .word, !t[k].flags.contains(.capitalized) { last = k; k += 1 }
            else if context.isSymbol(k, .hyphen), k > k0 { k += 1 }
            else { break }
        }
        return last >= 0 && context.isWord(last, in: describingNouns) && context.isSymbol(last + 1, closer)
    }

    /// The first word of a company's name at or after `k`: up to three lower-case words (hyphens
    /// between them), then a capitalised word that begins no country's name and no institution's;
    /// with `describing`, the last lower-case word must be a company noun ("software giant").
    static func name(after k0: Int, describing: Bool, context: DocumentContext, mentions: [CountryMention]) -> Int? {
        let t = context.t
        var k = k0
        var words = 0
        var lastWord = -1
        while k < t.count, words <= 3 {
            if t[k].kind == .word, !t[k].flags.contains(.capitalized) { words += 1; lastWord = k; k += 1 }
            else if context.isSymbol(k, .hyphen), k > k0, t[k - 1].kind == .word { k += 1 }
            else { break }
        }
        guard words <= 3, k < t.count, t[k].kind == .word, t[k].flags.contains(.capitalized),
              !(describing && (lastWord < 0 || !context.isWord(lastWord, in: describingNouns))),
              !mentions.contains(where: { $0.start == k }), !isInstitution(at: k, in: context) else { return nil }
        return k
    }

    /// Whether the capitalised name at `k` is an institution's or a title: a word of ``notNames``
    /// or of ``WordSets/organisationNouns`` among its first four capitalised words.
    static func isInstitution(at k: Int, in context: DocumentContext) -> Bool {
        var j = k
        while j < min(k + 4, context.t.count), context.t[j].kind == .word, context.t[j].flags.contains(.capitalized) {
            if context.isWord(j, in: notNames) || context.isWord(j, in: WordSets.organisationNouns) { return true }
            j += 1
        }
        return false
    }

    /// The country of the last company introduced within token range `range`.
    func last(in range: Range<Int>) -> CountryCode? {
        entries.last(where: { range.contains($0.token) })?.code
    }

    /// The one country of all the companies introduced before token `limit`; nil when they have
    /// several, or there are none.
    func only(before limit: Int) -> CountryCode? {
        var code: CountryCode?
        for entry in entries where entry.token < limit {
            if let known = code, known != entry.code { return nil }
            code = entry.code
        }
        return code
    }

    /// The country of the company whose name is the word at `k`, from its last introduction
    /// before token `limit`; nil when the article introduced no company by that word.
    func code(ofWordAt k: Int, before limit: Int, in context: DocumentContext) -> CountryCode? {
        let t = context.t
        guard k >= 0, k < t.count, t[k].kind == .word, t[k].flags.contains(.capitalized) else { return nil }
        for entry in entries.reversed() where entry.token < limit && entry.token != k {
            let e = t[entry.token]
            guard e.length == t[k].length, e.wordHash == t[k].wordHash else { continue }
            var same = true
            for i in 0..<e.length where context.p[Int(e.start) + i] != context.p[Int(t[k].start) + i] { same = false; break }
            if same { return entry.code }
        }
        return nil
    }
}

import FiguresCore

/// What a word signals to the extractor. A word may carry several cues ("trade" names an
/// indicator; "deficit" blocks one).
struct Cue: OptionSet, Sendable {
    let rawValue: UInt32
    /// Names an indicator (see ``ExtractorLexicon/indicator``).
    static let indicator = Cue(rawValue: 1 << 0)
    /// A head noun that is not an indicator: "trade deficit", "loan of $5 billion".
    static let blocker = Cue(rawValue: 1 << 1)
    /// A noun for firms, counted as enterprises: "1,270 enterprises".
    static let company = Cue(rawValue: 1 << 2)
    /// A goal, plan or forecast: "expected", "aims", "will".
    static let target = Cue(rawValue: 1 << 3)
    /// A verb whose subject receives: "Georgia attracted $1 billion".
    static let receive = Cue(rawValue: 1 << 4)
    /// Words allowed between a count and its company noun: "1,270 new joint ventures".
    static let companyModifier = Cue(rawValue: 1 << 5)
    /// A stock verb: "has exceeded", "stands at", "totaled".
    static let stock = Cue(rawValue: 1 << 6)
    /// "annual", "annually", "yearly".
    static let annual = Cue(rawValue: 1 << 7)
    /// A word after "trade" that makes it a modifier, not the indicator: "trade minister".
    static let tradeModifierHead = Cue(rawValue: 1 << 8)
    /// Hedges that stop a sector from limiting a figure: "mostly", "majority".
    static let hedge = Cue(rawValue: 1 << 9)
    /// Words for "the two countries" and "bilateral" that point back to a known pair.
    static let pairReference = Cue(rawValue: 1 << 10)
    /// A word saying the total is with the whole world: "foreign trade", "total exports".
    static let worldTotal = Cue(rawValue: 1 << 11)
    /// "capital", "investment" after a country in "with Russian capital".
    static let capitalNoun = Cue(rawValue: 1 << 12)
    /// "-owned", "-funded", "-backed".
    static let owned = Cue(rawValue: 1 << 13)
    /// A word a sector phrase can start with: a sector word ("oil", "energy"), "non" ("non-oil"),
    /// "natural" ("natural gas"). ``SentenceRules/sectorWord(at:)`` turns others away at once.
    static let sectorStart = Cue(rawValue: 1 << 14)
    /// "excluding", "excl", "except": leaves a sector out ("excluding oil and gas" is non-oil).
    static let exclusion = Cue(rawValue: 1 << 15)
}

import Dispatch
import FiguresCore
import FiguresRecognizer

/// Turns an article into indicator figures: investment, trade turnover, exports, imports and
/// enterprise counts, each with unit, bound, parties, sector, period, status and provenance.
///
/// One pass: the text is scanned once ("Lexer"), amounts are recognised ("Recognizer"), then each
/// sentence that holds an amount is read with the rules in `Rules/`. Parties a sentence leaves out
/// are resolved from the figure before it in the same sentence, the previous sentence of the same
/// paragraph, or the pair of countries the article is about.
public struct Extractor: Sendable {
    let recognizer = Recognizer()
    let lexicon = ExtractorLexicon.shared
    /// Recognise amounts in every sentence, not only in those that may hold a figure (tests check
    /// that the two give the same figures).
    var recognizesEverySentence = false

    public init() {}

    /// Builds the recogniser's and the extractor's lexicons now rather than on the first article
    /// (see ``Recognizer/warmUp()``). With `threads` of 2 or more, the gazetteer (about half of
    /// the work) is built on a thread of its own while the other lexicons are built: the first
    /// articles wait for this, with the other core idle.
    public static func warmUp(threads: Int = 1) {
        if threads >= 2 {
            DispatchQueue.concurrentPerform(iterations: 2) { part in
                if part == 0 { _ = Gazetteer.matcher } else { Recognizer.warmUp(); _ = ExtractorLexicon.shared }
            }
        }
        _ = Extractor().extract("Germany's exports to France reached $2 billion in 2023. " + Recognizer.warmUpText, published: nil)
    }

    public func extract(_ document: Document) -> [Figure] {
        document.bytes.withUnsafeBufferPointer { extract($0, published: document.published, header: document.header) }
    }

    public func extract(_ text: String, published: Day?) -> [Figure] {
        var copy = text
        return copy.withUTF8 { extract($0, published: published, header: nil) }
    }

    public func extract(_ p: UnsafeBufferPointer<UInt8>, published: Day?, header: Range<Int>?) -> [Figure] {
        var scanned = ScannedText()
        Lexer.scan(p, into: &scanned)
        let context = DocumentContext(bytes: p, scanned: scanned, published: published, lexicon: lexicon)
        let sentences = SentenceSplitter.split(scanned, bytes: p)
        // Amounts are recognised only where a figure can be (most sentences of an article cannot).
        let ranges = recognizesEverySentence ? [0..<scanned.tokens.count] : Self.recognitionRanges(sentences, context: context)
        guard !ranges.isEmpty else { return [] }
        var quantities = recognizer.recognize(p, scanned: scanned, tokenRanges: ranges)
        if let header { quantities.removeAll { $0.span.overlaps(header) } }
        guard quantities.contains(where: { $0.kind == .money || $0.kind == .number }) else { return [] }
        let mentions = Gazetteer.mentions(in: scanned, bytes: p)
        // The token by which the article has named both of its two countries.
        let articlePair = Self.articlePair(mentions)
        let documentSubject = Self.articleSubject(mentions)
        let pairNamed = articlePair.map { (a, b) in
            max(mentions.first(where: { $0.code == a })?.start ?? 0, mentions.first(where: { $0.code == b })?.start ?? 0)
        } ?? 0

        var figures: [Figure] = []
        // Every figure comes from one amount: room for an article's usual number of them (not
        // for every amount of a huge text, most of which are no figures).
        figures.reserveCapacity(min(quantities.count, 16))
        // Each amount's tokens, in text order, by its index (a quantity is large: only the amounts
        // of a sentence are copied out).
        var located: [(index: Int, tokens: Range<Int>)] = quantities.indices.map { ($0, context.tokens(for: quantities[$0].span)) }
        located.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var qIndex = 0
        var mIndex = 0
        var previous = ParagraphMemory()
        // Reused from sentence to sentence (kept capacity): most sentences would otherwise
        // allocate and free these lists.
        var amounts: [(Quantity, Range<Int>)] = []
        var dates: [(Quantity, Range<Int>)] = []
        amounts.reserveCapacity(8)
        dates.reserveCapacity(8)
        var sentenceMentions: [CountryMention] = []
        // Reused from sentence to sentence too: the classified amounts and the resolved figures.
        var found: [Candidate] = []
        var resolved: [Candidate] = []
        /// What the local-dollar rule needs of the document (its subjects, the letters written
        /// before its "$" signs), read once a bare "$" needs them.
        var dollarFacts: (subjects: [CountryCode], written: [String: Int], frequent: [CountryCode])?
        /// The dollars the document names in words after an amount, and the one it declares its
        /// figures are in (``LocalDollar/names(in:)``), read once a bare "$" needs them.
        var dollarNames: (named: Set<CountryCode>, declared: CurrencyCode?)?
        /// The first dollar country whose agency was cited in a sentence with a bare-"$" figure of a
        /// dollar country ("according to the Fiji Bureau of Statistics"): its bare "$" before any
        /// other subject's.
        var citedDollarCountry: CountryCode?
        /// The companies the article gave a home country, read once an investing company needs them.
        var companyBases: CompanyBase?
        // The article's last figure, kept past the paragraph memory for a ranking of its sources.
        var lastFigure: Candidate?
        /// The country that reports the article's last trade figure (``reporter(of:)``), or before
        /// any, the one a sentence names as owning its flows (``namedReporter(_:sentence:context:)``)
        /// or a trade statement's (``tradeStatement(_:amount:dates:)``).
        var tradeReporter: CountryCode?
        /// The sentence `lastFigure` came from.
        var lastFigureSentence = -2
        /// The article's figure before its last one (whatever paragraph it is in): the ranking
        /// a new place continues, when the paragraphs remembered hold only the last figure.
        var figureBeforeLast: Candidate?
        /// The reported trade figure and the investment figure whose periods the figures after
        /// them that name none take (see ``carryPeriod(_:source:rules:)``).
        var tradeSource: PeriodSource?
        var investmentSource: PeriodSource?
        /// The first tokens of the paragraph being read and of the one before it.
        var paragraphStart = 0
        var priorParagraphStart = 0
        /// The indicator the sentence before asked about, when it was a question.
        var asked: Indicator?
        // Headlines and standfirsts, and for each figure whether it comes from one.
        let headlines = Self.headlineSentences(sentences, context: context)
        var inHeadline: [Bool] = []
        for (sentenceIndex, sentence) in sentences.enumerated() {
            if sentence.paragraph != previous.paragraph {
                previous.start(sentence.paragraph)
                (priorParagraphStart, paragraphStart) = (paragraphStart, sentence.start)
            }
            // Most sentences have none: emptying an empty list still costs a call.
            if !amounts.isEmpty { amounts.removeAll(keepingCapacity: true) }
            if !dates.isEmpty { dates.removeAll(keepingCapacity: true) }
            while qIndex < located.count, located[qIndex].tokens.lowerBound < sentence.end {
                // An amount the recogniser ran past the sentence's end ("AUD" at the end of one
                // paragraph, a number at the start of the next) is no figure of it: the sentence
                // rules read only inside their sentence, and a figure's words lie in its sentence.
                let (index, tokens) = located[qIndex]
                if tokens.lowerBound >= sentence.start, tokens.upperBound <= sentence.end {
                    switch quantities[index].kind {
                    case .money, .number: amounts.append((quantities[index], tokens))
                    case .date: dates.append((quantities[index], tokens))
                    default: break
                    }
                }
                qIndex += 1
            }
            if !sentenceMentions.isEmpty { sentenceMentions.removeAll(keepingCapacity: true) }
            while mIndex < mentions.count, mentions[mIndex].start < sentence.end {
                if mentions[mIndex].start >= sentence.start { sentenceMentions.append(mentions[mIndex]) }
                mIndex += 1
            }
            // "Q: What is the volume of trade between Denmark and Vietnam today?" ¶ "A: Last year it
            // was about $1.1 billion": the indicator a question asks about, for the answer after it.
            let question = asked
            asked = context.isSymbol(sentence.end - 1, .question) ? Self.askedIndicator(sentence, context: context, mentions: sentenceMentions) : nil
            defer {
                if !sentenceMentions.isEmpty {
                    previous.countries.removeAll(keepingCapacity: true)
                    Self.appendDistinct(sentenceMentions.lazy.map(\.code), to: &previous.countries)
                    previous.owners.removeAll(keepingCapacity: true)
                    Self.appendDistinct(sentenceMentions.lazy.filter(\.possessive).map(\.code), to: &previous.owners)
                    // ("… the 4th largest goods trading partner of the United States", "… making the South
                    // American country Beijing's largest partner")
                    previous.partnerOf = sentenceMentions.first(where: { m in
                        let of = context.lead(before: m.start)
                        return context.isWord(of, "of") && (context.isWord(of - 1, "partner") || context.isWord(of - 1, "partners"))
                            || m.possessive && sentence.tokens(from: m.end, count: 4).contains { context.isWord($0, "partner") }
                    })?.code
                    // ("New Zealand's goods exports fell in July, …": a reporter named before any figure.)
                    if tradeReporter == nil { tradeReporter = Self.namedReporter(sentenceMentions, sentence: sentence, context: context) }
                }
            }
            guard !amounts.isEmpty else { continue }
            var rules = SentenceRules(context: context, sentence: sentence, mentions: sentenceMentions, periods: [])
            // Most sentences with a number hold no figure ("aged 45", "3 people"): periods are
            // read only once an amount is classified.
            Self.classify(amounts, rules: rules, previous: previous.figures.last, sentenceHead: previous.sentenceHead, question: question,
                          earlier: previous.figures.isEmpty ? lastFigure : nil,
                          previousIsAdjacent: lastFigureSentence == sentenceIndex - 1, partnerOf: previous.partnerOf,
                          beforePrevious: previous.figures.count >= 2 ? previous.figures[previous.figures.count - 2]
                            : previous.figures.count == 1 ? figureBeforeLast : nil, into: &found)
            guard !found.isEmpty else {
                // "Georgia exported 112.2 million bottles of wine to 62 countries in 2022." ¶ "Revenue
                // from wine exports amounted to $259.2 million": a trade statement with no figure,
                // before any trade figure with a period, names the period of the release for those
                // that name none.
                // (Its country reports them, unless one did before: "Wine exports brought in $180.5
                // million" are Georgia's.)
                if tradeSource == nil, let statement = Self.tradeStatement(rules, amount: amounts[0], dates: dates) {
                    tradeSource = statement
                    if tradeReporter == nil { tradeReporter = statement.figure.from ?? statement.figure.to }
                }
                continue
            }
            rules.periods = PeriodFinder(context: context).periods(in: sentence, dates: dates)
            Self.complete(&found, rules: rules, amounts: amounts)
            let sentenceSpan = Int(context.t[sentence.start].start)..<Int(context.t[sentence.end - 1].end)
            resolved.removeAll(keepingCapacity: true)
            let samePeriod = rules.refersToSamePeriod
            let reporterBefore = tradeReporter
            for var candidate in found {
                // "reached $1.6 billion in the first half, up from $1.4 billion a year earlier": the
                // amount compared with is the same figure's, with its parties.
                if let last = resolved.last, last.indicator == candidate.indicator,
                   rules.isComparedAmount(candidate.tokens) || rules.isBracketedComparedAmount(candidate.tokens) {
                    candidate.from = last.from
                    candidate.to = last.to
                    // ("Non-oil exports reached $5 billion, up from $4.1 billion": non-oil both.)
                    if candidate.sector == nil { candidate.sector = last.sector }
                    // "Roughly 1,200 … now, down from about 1,500 a year earlier": a stock's date a year back.
                    if case .day(let d)? = last.period, candidate.period == .year(d.year - 1) || candidate.period == .day(d),
                       let back = PeriodFinder.moved(.day(d), by: -1), rules.hasWord("earlier") || rules.hasWord("ago") {
                        candidate.period = back
                    }
                    // "… were just $1.1bn, against $8.4bn from the Netherlands": unless the amount
                    // names its own party right after it.
                    if let m = rules.mentions.first(where: { $0.start > candidate.tokens.upperBound - 1 && $0.start <= candidate.tokens.upperBound + 2 }) {
                        switch rules.preposition(m) {
                        case "from"?: if m.code != candidate.to { candidate.from = m.code }
                        case "to"?, "in"?, "into"?: if m.code != candidate.from { candidate.to = m.code }
                        default: break
                        }
                    }
                }
                // "the top destination, with inflows of USD 148 billion, ahead of Brazil (USD 33
                // billion) and Mexico (USD 29 billion)": a bracketed amount after a country is that
                // country's, in the place the figure before gave its one party.
                if let m = rules.bracketedOwner(of: candidate.tokens), let i = resolved.indices.last, resolved[i].indicator == candidate.indicator {
                    if (resolved[i].from == nil) != (resolved[i].to == nil) {
                        let known = resolved[i].from ?? resolved[i].to
                        // (Unless the one party is the owner named with "'s", which stays: "the largest
                        // source of Lebanon's imports, …, followed by Turkey ($1.35 billion)".)
                        if rules.mentions.contains(where: { $0.code == known && $0.possessive }), m.code != known {
                            (candidate.from, candidate.to) = resolved[i].from == nil ? (m.code, known) : (known, m.code)
                        } else {
                            (candidate.from, candidate.to) = resolved[i].from == nil ? (nil, m.code) : (m.code, nil)
                        }
                    } else if let a = resolved[i].from, let b = resolved[i].to, m.code != a, m.code != b,
                              let owner = [a, b].first(where: { code in rules.mentions.contains(where: { $0.code == code && $0.possessive }) }) {
                        // ("China remained the largest source of Lebanon's imports, supplying $1.67
                        // billion …, followed by Turkey ($1.35 billion)", "… among the country's trading
                        // partners behind China ($7.3bn)" after "Uzbekistan's trade with Russia": the
                        // owner named with "'s" stays, the country listed takes the other side.)
                        if candidate.indicator == .tradeTurnover {
                            (candidate.from, candidate.to) = owner < m.code ? (owner, m.code) : (m.code, owner)
                        } else {
                            (candidate.from, candidate.to) = owner == a ? (a, m.code) : (m.code, b)
                        }
                    }
                }
                // "In Thailand, BYD has invested about 17.9 billion baht" after "Shenzhen-based BYD" in
                // an earlier paragraph: a company named before its investing verb has the base the
                // article gave it (see ``CompanyBase``), before any party the article's pair would lend.
                // (Also before a verb of pledging or spending: "TSMC also plans to spend about $20bn on two fabs".)
                // (And "The company's investments in Uruguay total more than US$7 billion", "the
                // group's total investment in Ireland".)
                if candidate.indicator == .investment, candidate.from == nil, let k = candidate.keyword,
                   case let first = max(sentence.start, candidate.window.lowerBound), first < k,
                   context.entry(k).isVerb || context.isWord(k, in: WordSets.pledgeVerbs) || context.isWord(k, in: SentenceRules.spendVerbs)
                    || context.isWord(k, in: SentenceRules.registerVerbs)
                    || [k - 2, k - 3].contains(where: { context.isSymbol($0, .apostrophe) && context.isWord($0 - 1, in: CompanyBase.describingNouns) && context.isWord($0 - 2, "the") }) {
                    let bases = companyBases ?? CompanyBase(context: context, mentions: mentions)
                    companyBases = bases
                    let named = (first..<k).reversed().lazy.filter({ !context.isWord($0 - 1, in: CompanyBase.objectPrepositions) })
                        .compactMap({ bases.code(ofWordAt: $0, before: sentence.start, in: context) }).first
                    // "Osaka-based Sanwa Thermal said … The company has invested around £150m": "the
                    // company" is the last one introduced in this paragraph or the one before, else
                    // the article's, when all it introduced before have one country.
                    // ("The two companies have invested US$1.1 billion in the plant": both introduced so.)
                    // ("The world's largest contract chipmaker said it would invest up to €3.5 billion":
                    // "the", then lower-case words and "world's", then the noun.)
                    let described = named == nil && (first..<k).contains(where: {
                        context.isWord($0, in: CompanyBase.describingNouns) && Self.describedByThe($0, from: first, in: context)
                            || context.isWord($0 - 2, "the") && context.isWord($0 - 1, "two") && context.isWord($0, in: CompanyBase.pluralNouns) })
                        ? bases.last(in: priorParagraphStart..<sentence.start) ?? bases.only(before: sentence.start) : nil
                    if let code = named ?? described, code != candidate.to {
                        candidate.from = code
                    }
                }
                resolveMissingParties(&candidate, rules: rules, previous: previous, earlier: resolved, pair: articlePair,
                                      pairNamed: pairNamed < sentence.end, documentSubject: documentSubject,
                                      lastFigure: previous.figures.isEmpty ? lastFigure : nil, allMentions: mentions)
                // "China remained the country's largest trading partner with $13.2 billion, followed
                // by Russia with $11.1 billion": the places after the first trade with the country
                // the sentence does not name (the sentence before's, read for the first place), not
                // with the first place's country.
                if candidate.indicator == .tradeTurnover, let head = resolved.first, head.indicator == .tradeTurnover,
                   let a = head.from, let b = head.to,
                   let reporter = [a, b].first(where: { code in !rules.mentions.contains(where: { $0.code == code }) }),
                   case let ranked = reporter == a ? b : a, let from = candidate.from, let to = candidate.to, from == ranked || to == ranked,
                   case let listed = from == ranked ? to : from, listed != reporter,
                   rules.mentions.contains(where: { $0.code == listed && candidate.window.contains($0.start) }) {
                    (candidate.from, candidate.to) = listed < reporter ? (listed, reporter) : (reporter, listed)
                }
                // "Investments … reached $27 million in the same period": the period of the figure
                // before; "… hit €25 billion in the same year": its year. Only for a figure with no
                // period of its own (none, or the publication date of a stock). So does a ranking's
                // next place ("Japan came fourth with $4.6 billion").
                // (Of the sentence before, the later of its main figure's period and its last one's:
                // "… stood at $7.89bn in the 2023-24 financial year, down from $11.8bn in 2022-23.
                // India's exports … amounted to $2.52bn in the period" is 2023-24.)
                if candidate.period == nil || candidate.period == Period.day(context.published ?? Day(year: 1, month: 1, day: 1)!),
                   let earlier = resolved.last?.period ?? Self.later(previous.sentenceHead?.period, previous.figures.last?.period) {
                    if samePeriod || candidate.keyword == candidate.tokens.lowerBound && rules.continuedRanking(candidate.tokens) != nil {
                        candidate.period = earlier
                    }
                    // ("in the same year" after a fiscal or Iranian year: that year.)
                    else if rules.refersToSameYear {
                        if case .months(let y0, let m0, let y1, let m1) = earlier, (11...12).contains((y1 * 12 + m1) - (y0 * 12 + m0)) { candidate.period = earlier }
                        else { candidate.period = .year(PeriodFinder.firstYear(earlier)) }
                    }
                }
                // "This compares with $3.6 billion in the same period of 2020" (a figure referring
                // back, whose keyword is its amount), the figure before being for
                // January-February: that shape, in 2020.
                if candidate.keyword == candidate.tokens.lowerBound, case .year(let year)? = candidate.period, rules.namesSamePeriodOf,
                   let shape = resolved.last?.period ?? previous.sentenceHead?.period, PeriodFinder.firstYear(shape) != year,
                   let shaped = PeriodFinder.samePeriod(as: shape, in: year) {
                    candidate.period = shaped
                }
                // "Non-oil exports hit OMR 2.1 billion in the first half of 2024. The figure was up
                // from OMR 1.8 billion a year earlier.": the first half of 2023.
                if candidate.keyword == candidate.tokens.lowerBound, rules.namesOnlyAYearEarlier, resolved.isEmpty,
                   let shape = previous.sentenceHead?.period, let back = PeriodFinder.moved(shape, by: -1) {
                    candidate.period = back
                }
                // "MANILA – … Foreign investments approved from January to November reached P807.4
                // billion, with Germany as the top source at P396.2 billion": foreign investment
                // (an investment agency's projects, investment with no investor that a host
                // registers or licenses) whose host no sentence names goes to the one
                // country the article is about (not a source's "outflows of USD 90 billion"), or the
                // one whose currency it is in ("approved P175.6 billion of investments": the Philippines).
                if candidate.indicator == .investment, candidate.to == nil, rules.isInflowToUnnamedHost(candidate),
                   !sendsAbroad(candidate, rules: rules),
                   let subject = candidate.quantity.unit.flatMap(CurrencyCountry.country(of:)) ?? documentSubject, subject != candidate.from {
                    candidate.to = subject
                }
                // "Wine exports to China fell to $6.1 million, while wine exports to Ukraine grew to
                // $16.8 million": a party still missing comes from the same indicator just before.
                // (Not into "…, while the country's total exports recovered to P40.3 billion".)
                if candidate.indicator != .tradeTurnover, candidate.from == nil || candidate.to == nil,
                   candidate.indicator == .investment || !(candidate.keyword.map(rules.isWorldTotal) ?? false),
                   let earlier = resolved.last(where: { $0.indicator == candidate.indicator }) {
                    if candidate.from == nil, earlier.from != candidate.to, !rules.isForeignInflow(candidate) { candidate.from = earlier.from }
                    if candidate.to == nil, earlier.to != candidate.from, earlier.to != nil, candidate.indicator != .exports {
                        candidate.to = earlier.to
                    }
                }
                // "Mexico's exports reached a record $617.1 billion in 2024." ¶ "Imports rose 4.3% to
                // $625.3 billion." ¶ "Oil exports fell 19.6% to $24.8 billion": a flow whose sentence
                // names no country is the reporter's of the article's trade figures before (before the
                // fiscal year and the local dollar, which read the parties).
                if candidate.indicator == .exports || candidate.indicator == .imports, candidate.from == nil, candidate.to == nil,
                   rules.mentions.isEmpty, let reporter = tradeReporter {
                    if candidate.indicator == .exports { candidate.from = reporter } else { candidate.to = reporter }
                }
                // "New Zealand's goods exports fell in July." ¶ "Exports to China fell 14 percent to
                // $1.4 billion": a flow that names only its partner is the reporter's too.
                if let reporter = tradeReporter { Self.fillReporter(&candidate, reporter) }
                // "in FY2023-24" of India's trade: April 2023 to March 2024 (the reporter's fiscal
                // year first: the importer's for imports).
                if let mark = candidate.fiscal, let period = candidate.period,
                   let fiscal = FiscalYear.period(period, countries: Self.fiscalReporters(candidate, rules: rules,
                                                  article: mark == .span && (candidate.from != nil || candidate.to != nil) ? nil : mentions,
                                                  subject: documentSubject,
                                                  statistician: investmentStatistician(candidate, rules: rules)),
                                                  mark: mark, firstMonths: candidate.fiscalMonths) {
                    candidate.period = fiscal
                }
                // "$38.9b" of New Zealand's trade in an article about New Zealand (see ``LocalDollar``).
                // ("All figures are in Australian dollars": the article says which dollar "$" is.)
                if case .currency(let code)? = candidate.quantity.unit, code == Self.usDollar, rules.hasBareDollar(candidate.tokens) {
                    let names = dollarNames ?? LocalDollar.names(in: context.p)
                    dollarNames = names
                    if let declared = names.declared {
                        candidate.quantity.unit = .currency(declared)
                    } else if LocalDollar.isDollarCountry(candidate.from) || LocalDollar.isDollarCountry(candidate.to),
                              // ("FDI from Singapore stood at $14.94 billion, data from India's Department
                              // for Promotion of Industry showed": another country's statistics.)
                              case let cited = rules.citedAgencyCountry, cited.map(LocalDollar.isDollarCountry) ?? true {
                        if citedDollarCountry == nil { citedDollarCountry = cited }
                        let facts = dollarFacts ?? { let (subjects, frequent) = LocalDollar.subjects(of: mentions); return (subjects, LocalDollar.prefixes(in: context.p), frequent) }()
                        dollarFacts = facts
                        // (The reporter of the article's trade before this sentence is one of its
                        // subjects: "New Zealand's goods exports fell in July" in a story that names
                        // China more.)
                        // (So is the dollar country whose statistics the article cites, first:
                        // "… $2.1 billion, according to the Fiji Bureau of Statistics".)
                        var subjects = reporterBefore.map { facts.subjects + [$0] } ?? facts.subjects
                        if let cited = citedDollarCountry { subjects.insert(cited, at: 0) }
                        if let local = LocalDollar.code(subjects: subjects, parties: [candidate.from, candidate.to].compactMap { $0 },
                                                        written: facts.written, named: names.named, frequent: facts.frequent) {
                            candidate.quantity.unit = .currency(local)
                        }
                    }
                }
                // "China's outbound direct investment rose to ¥921.4 billion": the sign is the yuan's
                // for a figure of China's that Japan has no part in (nor an article about Japan).
                if case .currency(let code)? = candidate.quantity.unit, code == Self.yen, candidate.from == Self.china || candidate.to == Self.china,
                   candidate.from != Self.japan, candidate.to != Self.japan, documentSubject != Self.japan,
                   candidate.tokens.contains(where: { context.isSymbol($0, .yen) }) {
                    candidate.quantity.unit = .currency(Self.yuan)
                }
                // "1.4 billion dirhams" in an article about the UAE; "3 billion manat" about Turkmenistan.
                if candidate.quantity.kind == .money, let name = rules.sharedCurrencyName(in: candidate.tokens) {
                    var current: CurrencyCode?
                    if case .currency(let code)? = candidate.quantity.unit { current = code }
                    // (The reporter's first: "Nepal bought goods worth Rs1.02 trillion from India" is
                    // counted in Nepal's rupees.)
                    let parties = candidate.indicator == .imports ? [candidate.to, candidate.from] : [candidate.from, candidate.to]
                    if let code = SharedCurrencyName.code(for: name, current: current, parties: parties.compactMap { $0 },
                                                          others: rules.mentions.map(\.code) + mentions.map(\.code)) {
                        candidate.quantity.unit = .currency(code)
                    }
                }
                fillPartyFromCurrency(&candidate, rules: rules, article: mentions)
                if Self.isTrade(candidate.indicator) {
                    Self.carryPeriod(&candidate, source: &tradeSource, rules: rules)
                } else if candidate.indicator == .investment {
                    Self.carryPeriod(&candidate, source: &investmentSource, rules: rules)
                }
                if let reporter = Self.reporter(of: candidate) { tradeReporter = reporter }
                resolved.append(candidate)
                figures.append(Self.figure(candidate, sentence: sentenceSpan))
                inHeadline.append(headlines[sentenceIndex])
                figureBeforeLast = previous.figures.last ?? lastFigure
                previous.figures.append(candidate)
            }
            if let first = resolved.first { previous.sentenceHead = Head(first) }
            if let last = resolved.last { lastFigure = last; lastFigureSentence = sentenceIndex }
        }
        Self.alignHeadlines(&figures, headline: inHeadline, published: context.published)
        return figures
    }

    /// Whether `indicator` is trade: turnover, exports or imports (whose figures with no period of
    /// their own and none to carry, ``carryPeriod(_:source:rules:)``, are left without one, where
    /// investment and counts of enterprises are stocks at publication).
    static func isTrade(_ indicator: Indicator?) -> Bool {
        indicator == .tradeTurnover || indicator == .exports || indicator == .imports
    }

    /// A figure whose period the figures after it that name none take, and that period.
    typealias PeriodSource = (figure: Candidate, period: Period)

    /// Gives a reported figure with no period of its own the period of `source`, or makes the
    /// figure the new source. News of one statistical release names its period once: "Kenya's
    /// exports to Uganda rose to Sh118.3 billion last year … Imports from Uganda grew faster,
    /// climbing 31 percent to Sh72.4 billion" (2023 both); "The gross inflow of FDI … amounted to
    /// $8.9 billion in the first half of 2024 … The Netherlands remained the largest source of
    /// investment with $2.7 billion" (the first half of 2024 both). Callers keep one source for
    /// trade (turnover, exports and imports) and one for investment.
    ///
    /// - A trade figure names no period when it has none; an investment figure when it has the
    ///   publication day, the date ``SentenceRules/assignPeriod(_:chosen:)`` gives a stock named
    ///   without one, and its sentence has no word of a stock ("cumulative", "so far": see
    ///   ``SentenceRules/describesStock``).
    /// - It takes nothing when told in the present ("bilateral trade now exceeds €18 billion",
    ///   "investments in Germany remain at less than $100 million": a level of today, see
    ///   ``SentenceRules/describesPresentLevel(_:)``), nor from a source with which it has no
    ///   country in common (``sharesParty(_:_:)``: "Turkey's exports to Iraq rose to $12 billion"
    ///   takes nothing from Japan's fiscal 2021 before it).
    /// - A source is a reported figure with a period of months or years (not a stock's day), not
    ///   an amount compared with ("up from Sh105.6 billion in 2022") or in brackets ("¥2.1 trillion
    ///   (2018: ¥2.0 trillion)"), nor the same series as the source at an earlier period (its
    ///   value to compare with: "In the first half of 2023, the figure stood at $12.9 billion"
    ///   leaves the first half of 2024 the source; a figure of other parties or another
    ///   indicator, "South African exports to Türkiye … totalled R18.4 billion last year" after
    ///   their trade in 2022, is the new one).
    static func carryPeriod(_ candidate: inout Candidate, source: inout PeriodSource?, rules: SentenceRules) {
        guard candidate.status == .reported else { return }
        let isTrade = Self.isTrade(candidate.indicator)
        // (The cheap tests first: most figures have a period of their own, or no source to take.)
        if isTrade ? candidate.period == nil : rules.context.published.map({ candidate.period == .day($0) }) == true {
            if let known = source, sharesParty(candidate, known.figure), !rules.describesPresentLevel(candidate),
               isTrade || !rules.describesStock {
                candidate.period = known.period
            }
            return
        }
        guard let period = candidate.period else { return }
        if case .day = period { return }
        if let known = source, PeriodFinder.lastMonth(period) < PeriodFinder.lastMonth(known.period), known.figure.indicator == candidate.indicator,
           known.figure.from == candidate.from, known.figure.to == candidate.to {
            return
        }
        guard !rules.isComparedAmount(candidate.tokens), !rules.isBracketed(candidate.tokens) else { return }
        source = (candidate, period)
    }

    /// A period source (``carryPeriod(_:source:rules:)``) from a sentence with no figure that
    /// tells of trade: a flow or trade keyword, a country it names first (the exporter, the importer
    /// of imports) and one period of months or years that is not compared with ("Georgia exported
    /// 112.2 million bottles of wine to 62 countries in 2022"); `nil` otherwise.
    static func tradeStatement(_ rules: SentenceRules, amount: (Quantity, Range<Int>), dates: [(Quantity, Range<Int>)]) -> PeriodSource? {
        let context = rules.context, sentence = rules.sentence
        // (The statement's subject: not a partner named with a preposition, "To Russia, Georgia exported …")
        guard let country = rules.mentions.first(where: { rules.preposition($0) == nil })?.code,
              let k = (sentence.start..<sentence.end).first(where: { context.t[$0].kind == .word && rules.isIndicatorKeyword($0) }),
              let indicator = context.entry(k).indicator, isTrade(indicator) else { return nil }
        let periods = PeriodFinder(context: context).periods(in: sentence, dates: dates).filter { $0.period != nil && !rules.isComparedPeriod($0) }
        guard periods.count == 1, let period = periods[0].period else { return nil }
        if case .day = period { return nil }
        var statement = Candidate(quantity: amount.0, tokens: amount.1)
        statement.indicator = indicator
        if indicator == .imports { statement.to = country } else { statement.from = country }
        return (statement, period)
    }

    /// Whether `candidate` names a country of `source`, or either names none.
    static func sharesParty(_ candidate: Candidate, _ source: Candidate) -> Bool {
        let parties = [candidate.from, candidate.to].compactMap { $0 }
        return parties.isEmpty || source.from == nil && source.to == nil || parties.contains { $0 == source.from || $0 == source.to }
    }

    /// The token ranges the recogniser reads: each sentence that can hold a figure
    /// (``mayHoldFigure(_:context:)``), with the sentence before it, merged where they touch.
    ///
    /// The sentence before is read so that the rules enter the wanted one in the state a
    /// whole-document pass would: an amount that starts before the sentence and runs into it is
    /// consumed as before, not re-read from the middle. Its own amounts are found but never
    /// classified, since it holds no cue.
    static func recognitionRanges(_ sentences: [Sentence], context: DocumentContext) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(8)
        // (An answer after a question: "Q: What is the volume of trade …?" ¶ "A: Last year it was
        // about $1.1 billion", see ``SentenceRules/answersWithIt(_:)``.)
        for (index, sentence) in sentences.enumerated()
        where mayHoldFigure(sentence, context: context) || index > 0 && context.isSymbol(sentences[index - 1].end - 1, .question) {
            let start = index > 0 ? sentences[index - 1].start : sentence.start
            if let last = ranges.last, start <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, sentence.end)
            } else {
                ranges.append(start..<sentence.end)
            }
        }
        return ranges
    }

    /// Whether an amount in `sentence` could be classified as a figure: the sentence holds a
    /// number or a numeral (``Word/isNumeral(_:)``), and a word with one of ``ExtractorLexicon/figureCues``, an investment verb ("put $2 billion into"),
    /// or points back at the figure before ("Of this, …", "raise it to $15 billion"). Each path
    /// of ``SentenceRules/classify(_:)`` and ``SentenceRules/refersToPreviousFigure(_:)`` needs
    /// one of these within the sentence; a sentence with none yields no figure, so its amounts
    /// need not be recognised. A new classification path must be added here too
    /// (`RecognitionRangeTests` compares with recognising every sentence).
    static func mayHoldFigure(_ sentence: Sentence, context: DocumentContext) -> Bool {
        let t = context.t, p = context.p
        // A figure is an amount, and every amount holds a number or a numeral ("half a billion"):
        // a sentence with neither holds no figure, whatever its words (one look at each token's
        // kind and word id, before the cues are read).
        guard (sentence.start..<sentence.end).contains(where: { t[$0].kind == .number || t[$0].kind == .word && Word.isNumeral(t[$0].word) })
        else { return false }
        let figureWords = context.lexicon.figureWords
        if context.isWord(sentence.start, "of"), context.isWord(sentence.start + 1, in: WordSets.backReferences) { return true }
        // "Of last year's total, the United States contributed …"
        if context.isWord(sentence.start, "of"),
           sentence.tokens(from: sentence.start + 1, count: 6).contains(where: { context.isWord($0, in: WordSets.totalNouns) }) {
            return true
        }
        // ("That is down from more than £30 billion a year earlier", "3/ That's up from …": see
        // ``SentenceRules/refersToFigureBefore(_:)``)
        if case let first = context.afterPostNumber(sentence.start), first < sentence.end, t[first].length == 4 || t[first].length == 2,
           context.movedFrom(at: first + 1) != nil || context.isWord(first + 1, "compared") {
            return true
        }
        // "About 1,400 of them are French": a part of the count before (see
        // ``SentenceRules/countsEnterprisesAgain(_:first:last:)``).
        if let n = sentence.tokens(from: sentence.start, count: 3).first(where: { t[$0].kind == .number }), context.isWord(n + 1, "of"),
           context.isWord(n + 2, "them") || context.isWord(n + 2, "these") {
            return true
        }
        // ("The total compares with US $35.29 billion a year earlier")
        if context.isWord(sentence.start, "the"), context.isWord(sentence.start + 2, "compares") || context.isWord(sentence.start + 2, "compared") {
            return true
        }
        // Most words are turned away by their length and first two letters, without a hash probe.
        for k in sentence.start..<sentence.end where t[k].kind == .word {
            let token = t[k]
            if figureWords.mayContain(token, in: p), figureWords.contains(token, in: p) { return true }
            if token.length == 2 || token.length == 4, context.isFigureIt(k) { return true }
            // ("accounted for about ¥7.2 trillion of that": see ``SentenceRules/isShareOfFigureBefore(_:)``)
            if token.length == 2, k > sentence.start, k + 1 < sentence.end, context.isWord(k, "of"),
               t[k - 1].kind == .number || t[k - 1].kind == .word && Word.isNumeral(t[k - 1].word),
               context.pointsBackWithOf(k, before: sentence.end) {
                return true
            }
            // "HIPA registered 51 projects in Hungary worth more than HUF 1,900 billion" (see
            // ``SentenceRules/agencyProjects(before:)``).
            if token.length == 5, context.isWord(k, "worth"),
               (max(sentence.start, k - 8)..<k).contains(where: { context.isWord($0, in: WordSets.projectNouns) }) {
                return true
            }
            // "manufacturing attracted $486 million" (a sector's share of the investment before),
            // "Mexico received $35 billion in 2022" (in an article about direct investment).
            // ("energy attracted the most, $380.4mn")
            if token.length == 8 || token.length == 9, k + 1 < sentence.end,
               t[k + 1].kind == .symbol && t[k + 1].symbol.isCurrency || t[k + 1].kind == .number || t[k + 1].flags.contains(.allUpper)
                || context.isWord(k + 1, "the") && context.isWord(k + 2, "most"),
               context.isWord(k, in: WordSets.receiptVerbs) {
                return true
            }
            // "Japan came fourth with $4.6 billion" (see ``SentenceRules/continuedRanking(_:)``).
            // ("The United States came second, with US$ 36.9 billion"; the words of
            // ``SentenceRules/rankedPlace(after:be:)``, read back from "with")
            // ("led with Sh58 billion", "US$10 billion", "USD 4 billion": a currency's letters first.)
            if token.length == 4 || token.length == 2, k + 1 < sentence.end,
               t[k + 1].kind == .symbol || t[k + 1].kind == .number
                || t[k + 1].kind == .word && k + 2 < sentence.end && (t[k + 2].kind == .number || t[k + 2].kind == .symbol)
                    && (!t[k + 2].spaceBefore || t[k + 1].flags.contains(.allUpper)),
               context.isWord(k, "with") || context.isWord(k, "at"),
               case let place = context.isSymbol(k - 1, .comma) ? k - 2 : k - 1,
               context.isWord(place, in: WordSets.placeOrdinals) || context.isWord(place, in: WordSets.leadVerbs)
                || (context.isWord(place, in: WordSets.placeNouns) || context.isWord(place, in: WordSets.rankedRoleNouns))
                    && (context.isWord(place - 1, in: WordSets.rankWords) || context.isWord(place - 2, in: WordSets.rankWords)) {
                return true
            }
        }
        return false
    }

    /// What the previous sentences said, for parties a sentence leaves out: the countries of the
    /// last sentence that named any, and the figures of this paragraph and the one before it.
    /// News paragraphs are short; the sentence before is often the last of the paragraph before
    /// ("FDI in Georgia amounted to $1.15 billion." ¶ "The largest investors were the United
    /// Kingdom with $215.6 million, …").
    struct ParagraphMemory {
        var paragraph = -1
        var countries: [CountryCode] = []
        /// Those of `countries` the sentence named with "'s" ("Bangladesh's imports from Qatar").
        var owners: [CountryCode] = []
        /// The country the sentence named as the one whose trading partner it ranks ("Japan is the
        /// 4th largest goods trading partner of the United States"): the reporter of its trade.
        var partnerOf: CountryCode?
        var figures: [Candidate] = []
        /// Where this paragraph's figures start in `figures`.
        var paragraphStart = 0
        /// The first figure of the last sentence that had any (its main one): what "the figure"
        /// refers to.
        var sentenceHead: Head?

        /// Forgets the figures of the paragraph before the one ending, keeping the list's storage.
        mutating func start(_ paragraph: Int) {
            self.paragraph = paragraph
            figures.removeFirst(paragraphStart)
            paragraphStart = figures.count
        }
        /// The country the previous sentence is about, when it names only one.
        var subject: CountryCode? { countries.count == 1 ? countries[0] : nil }
    }

    /// The indicator a question asks about: its first keyword ("What is the volume of trade
    /// between Denmark and Vietnam today?").
    static func askedIndicator(_ sentence: Sentence, context: DocumentContext, mentions: [CountryMention]) -> Indicator? {
        let asking = SentenceRules(context: context, sentence: sentence, mentions: mentions, periods: [])
        return (sentence.start..<sentence.end).first(where: { context.t[$0].kind == .word && asking.isIndicatorKeyword($0) })
            .flatMap { context.entry($0).indicator }
    }

    /// A figure's indicator, parties and period, kept for later sentences that refer back to it.
    struct Head {
        var indicator: Indicator?
        var from: CountryCode?
        var to: CountryCode?
        var period: Period?
        var sector: String?
        init(_ c: Candidate) { (indicator, from, to, period, sector) = (c.indicator, c.from, c.to, c.period, c.sector) }
    }

    /// Words for companies of every origin: "foreign capital", "overseas companies", "multinational".
    static let anyOrigin = WordSet(["foreign", "overseas", "multinational", "multinationals"])

    /// Prepositions that link a country named after an amount to its figure.
    static let partyPrepositions = WordSet(["to", "from", "in", "into", "with", "across", "throughout"])

    /// The party of the last figure before, when it has `indicator`, on the side the preposition
    /// at `k` names: its exporter or investor after "from", its importer or host after "in",
    /// "into" or "to"; `nil` with no such figure or party.
    static func sameSide(as k: Int, indicator: Indicator, previous: ParagraphMemory, rules: SentenceRules) -> CountryCode? {
        guard let figure = previous.figures.last, figure.indicator == indicator else { return nil }
        if rules.context.isWord(k, "from") { return figure.from }
        if rules.context.isWord(k, "in") || rules.context.isWord(k, "into") || rules.context.isWord(k, "to") { return figure.to }
        return nil
    }

    static func distinct(_ codes: [CountryCode]) -> [CountryCode] {
        var seen: [CountryCode] = []
        appendDistinct(codes, to: &seen)
        return seen
    }

    /// Appends each of `codes` not yet in `list`, in order (an article names few countries: a
    /// short list beats a set).
    static func appendDistinct(_ codes: some Sequence<CountryCode>, to list: inout [CountryCode]) {
        for code in codes where !list.contains(code) { list.append(code) }
    }

    /// The one country an article is about: the one it names first, when no other is named as
    /// often (`nil` when it names none).
    static func articleSubject(_ mentions: [CountryMention]) -> CountryCode? {
        guard let first = mentions.first?.code else { return nil }
        // An article names few countries: a short list beats hashing every mention.
        var counts: [(code: CountryCode, count: Int)] = []
        counts.reserveCapacity(8)
        for m in mentions {
            if let i = counts.firstIndex(where: { $0.code == m.code }) { counts[i].count += 1 } else { counts.append((m.code, 1)) }
        }
        let top = counts[0].count
        return counts.dropFirst().contains(where: { $0.count >= top }) ? nil : first
    }

    /// The two countries an article is about: the two most mentioned, when both are mentioned at
    /// least twice and together make up most mentions.
    static func articlePair(_ mentions: [CountryMention]) -> (CountryCode, CountryCode)? {
        // An article names few countries: a short list beats hashing every mention.
        var ranked: [(key: CountryCode, value: Int)] = []
        ranked.reserveCapacity(8)
        for m in mentions {
            if let i = ranked.firstIndex(where: { $0.key == m.code }) { ranked[i].value += 1 } else { ranked.append((m.code, 1)) }
        }
        ranked.sort { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard ranked.count >= 2, ranked[1].value >= 2 else { return nil }
        let total = mentions.count
        guard (ranked[0].value + ranked[1].value) * 2 > total else { return nil }
        if ranked.count >= 3 && ranked[2].value == ranked[1].value { return nil }
        return (ranked[0].key, ranked[1].key)
    }

    /// The amounts of a sentence that are figures, with their indicators, in order, in
    /// `candidates` (emptied first; its storage is kept from sentence to sentence).
    /// `previousIsAdjacent`: `previous` came from the sentence right before, so that a ranking's
    /// first place may follow it (see ``rankedSide(of:)``).
    /// `earlier`: the article's last figure when the paragraph memory holds none, for a sentence
    /// that ranks the sources of an investment ("The United States remained the largest source of
    /// capital last year, accounting for US $14.34 billion" two paragraphs after the total).
    static func classify(_ amounts: [(Quantity, Range<Int>)], rules: SentenceRules, previous: Candidate?, sentenceHead: Head?,
                         question: Indicator? = nil, earlier: Candidate? = nil, previousIsAdjacent: Bool = false, partnerOf: CountryCode? = nil,
                         beforePrevious: Candidate? = nil, into candidates: inout [Candidate]) {
        if !candidates.isEmpty { candidates.removeAll(keepingCapacity: true) }
        /// The first place of a ranking this sentence continues, and the side of the figure its
        /// places fill: `from` (sources) when true, `to` (destinations) when false.
        var ranking: (first: Candidate, fillsFrom: Bool)?
        for (q, range) in amounts {
            // "SR19.2 billion ($5.1 billion)": a conversion of the amount before, in no branch below.
            if q.kind == .money, rules.context.isSymbol(range.lowerBound - 1, .openParen),
               amounts.contains(where: { $0.0.kind == .money && $0.1.upperBound == range.lowerBound - 1 }) { continue }
            var candidate = Candidate(quantity: q, tokens: range)
            if rules.classify(&candidate) {
                // "China's imports and exports with Russia totaled 1.72 trillion yuan": both flows
                // in one amount are the trade turnover (not "… amounted to $529 million and $2.68
                // billion, respectively").
                if candidate.indicator == .exports || candidate.indicator == .imports, let k = candidate.keyword,
                   rules.joinsExportsAndImports(at: k), !rules.hasWord("respectively") {
                    candidate.indicator = .tradeTurnover
                }
                // ("China remained the largest source of imports, with inbound shipments of $65.6
                // billion": shipments coming in are imports.)
                if candidate.indicator == .exports, let k = candidate.keyword,
                   rules.context.isWord(k - 1, "inbound") || rules.context.isWord(k - 1, "incoming") {
                    candidate.indicator = .imports
                }
                // "pushing Switzerland, which bought goods worth $3.1 billion, into second place",
                // "followed by Panama, which bought US$610mn": a market of the exports before, named
                // with ", which bought", takes that exporter's goods (the exporter is filled in with
                // the other parties: the exports before's).
                if candidate.indicator == .imports, let k = candidate.keyword, let buyer = rules.relativeBuyer(verb: k) {
                    if let exports = candidates.last(where: { $0.indicator == .exports }) ?? previous.flatMap({ $0.indicator == .exports ? $0 : nil }),
                       exports.from != buyer {
                        candidate.indicator = .exports
                        candidate.from = exports.from
                        candidate.to = buyer
                    } else if (rules.sentence.start..<k).contains(where: { rules.context.flowNoun($0) == .exports }) {
                        // ("The largest export destination was Kazakhstan, which bought goods worth
                        // $181.6 million": an export noun before it in the sentence; the exporter is
                        // filled in with the other parties.)
                        candidate.indicator = .exports
                        candidate.to = buyer
                    }
                }
                // "Amid renewed trade tensions, China bought $29.25 billion of US farm goods, down from
                // $33.8 billion a year earlier": an amount compared with the figure before it is that
                // figure's kind, not that of a keyword before both.
                if let last = candidates.last, last.quantity.kind == .money, q.kind == .money, let k = candidate.keyword,
                   k < last.tokens.lowerBound, k != last.keyword, rules.isComparedAmount(range),
                   !(last.tokens.upperBound..<range.lowerBound).contains(where: { rules.context.isSymbol($0, .semicolon) || rules.isClauseBoundary($0) }) {
                    candidate.indicator = last.indicator
                    candidate.keyword = last.keyword
                }
                candidates.append(candidate)
            } else if q.kind == .number, rules.isWholeCount(q), !rules.context.isWord(range.upperBound, in: WordSets.durationUnits),
                      // ("the Fruta del Norte gold mine, one of the largest in the country")
                      !(rules.context.isWord(range.upperBound, "of") && rules.context.isWord(range.upperBound + 1, "the")),
                      candidates.contains(where: { $0.indicator == .enterprises }) || previous?.indicator == .enterprises,
                      rules.countsEnterprisesAgain(range, first: candidates.first(where: { $0.indicator == .enterprises })?.tokens,
                                                   last: candidates.last(where: { $0.indicator == .enterprises })?.tokens) {
                // "reached 4,712, up from 3,929 a year earlier", "reached 14,240, of which 2,310 with
                // Russian capital", "Their total number reached 1,874": counts of the enterprises
                // counted before, with the noun left out.
                candidate.indicator = .enterprises
                candidate.keyword = range.lowerBound
                candidates.append(candidate)
            } else if q.kind == .money, let last = candidates.last, last.quantity.kind == .money, !rules.context.has(range.upperBound, .blocker),
                      rules.isBracketedComparedAmount(range) || rules.isComparedAmount(range)
                        && !(last.tokens.upperBound..<range.lowerBound).contains(where: { rules.context.isSymbol($0, .semicolon) }) {
                // "reached US$50.5 billion in the first year of the agreement, up from US$47.7
                // billion in the preceding 12 months": the amount compared with is the figure's,
                // whatever noun ("agreement") stood between them; so is "… compared with the first
                // half of 2022 (US$14.4 billion)".
                candidate.indicator = last.indicator
                candidate.keyword = last.keyword
                candidates.append(candidate)
            } else if let previous, q.kind == .money, previous.indicator == .investment, let noun = rules.flowNoun(before: range.lowerBound) {
                // "Actual inflows last year amounted to $18.84 billion", "pledges to Korea from the
                // United States came to $8.69 billion": investment, its parties read around the noun.
                candidate.indicator = .investment
                candidate.keyword = noun
                // ("Singapore accounted for $7.53 billion of the inflows, while Mauritius contributed
                // $5.34 billion and the US $2.57 billion")
                if noun < range.lowerBound - 3, let source = Self.shareSource(of: range, rules: rules, previous: candidates.last ?? previous) {
                    candidate.from = source
                }
                candidates.append(candidate)
            } else if q.kind == .money, let verb = rules.sectorReceives(before: range.lowerBound), let previous = previous ?? earlier, previous.indicator == .investment {
                // "In January-September, manufacturing attracted $486 million": the investment before, in a sector
                // (the article's last figure when the paragraphs since had none: "FDI in Rwanda
                // reached …" ¶ "By sector, manufacturing attracted Frw715 billion").
                candidate.indicator = .investment
                candidate.keyword = verb
                // ("Kazakhstan's manufacturing industry received $2.3 billion": the field's country.)
                candidate.to = rules.mentions.last(where: { $0.possessive && $0.end <= verb })?.code ?? previous.to
                candidates.append(candidate)
            } else if let previous, q.kind == .money, previous.indicator == .exports, let noun = rules.rankedMarketNoun(before: range.lowerBound) {
                // "China remained the main destination, buying US$49.6 billion worth of …": exports
                // of the exporter before, to the country named before the noun.
                candidate.indicator = .exports
                candidate.keyword = noun
                candidate.from = previous.from
                candidate.to = rules.mentions.last(where: { $0.end <= noun && $0.code != previous.from })?.code
                candidates.append(candidate)
            } else if let asked = question, candidates.isEmpty, q.kind == .money, rules.answersWithIt(range) {
                // "Q: What is the volume of trade between Denmark and Vietnam today?" ¶ "A: Last
                // year it was about $1.1 billion": the answer's "it" is what the question asked
                // about (its parties come from the question, the sentence before).
                candidate.indicator = asked
                candidate.keyword = range.lowerBound
                candidates.append(candidate)
            } else if let head = sentenceHead, q.kind == .money, rules.refersToFigureBefore(range) {
                candidate.indicator = head.indicator
                candidate.keyword = range.lowerBound
                candidate.from = head.from
                candidate.to = head.to
                candidate.sector = head.sector
                candidates.append(candidate)
            } else if let previous = candidates.last ?? previous ?? (earlier?.indicator == .investment && rules.ranksSource(before: range.lowerBound) ? earlier : nil),
                      q.kind == .money, rules.refersToPreviousFigure(range) {
                // "Of this amount, about $9 billion…", "Both sides want to raise it to $15 billion."
                candidate.indicator = previous.indicator
                candidate.keyword = range.lowerBound
                candidate.from = previous.from
                candidate.to = previous.to
                if let source = Self.shareSource(of: range, rules: rules, previous: previous) { candidate.from = source }
                // "Trade between China and the five Central Asian countries reached $70.2 billion." ¶
                // "Kazakhstan accounted for $31.2 billion of last year's total, followed by Kyrgyzstan
                // with $15.5 billion": a share of a total with one side named, by the first country
                // the sentence names (before the amount), is the ranking's first place, in the side
                // the total left open.
                else if rules.isShareOfFigureBefore(range), (previous.from == nil) != (previous.to == nil),
                        let m = rules.mentions.first, m.end <= range.lowerBound, m.form == .name, !m.possessive,
                        m.code != previous.from, m.code != previous.to,
                        let fillsFrom = previous.indicator == .tradeTurnover ? previous.from == nil : Self.rankedSide(of: previous) {
                    if fillsFrom { candidate.from = m.code } else { candidate.to = m.code }
                    ranking = (candidate, fillsFrom)
                }
                // ("Japan's automotive exports to the U.S. were worth ¥4.3 trillion in 2020. … they
                // recovered to ¥3.6 trillion": "it", "they" is the figure before, sector too.)
                else if rules.pointsBackWithIt(range) { candidate.sector = previous.sector }
                candidates.append(candidate)
            } else if candidates.isEmpty, q.kind == .money, let previous, let before = beforePrevious, previous.indicator == before.indicator,
                      let listed = rules.continuedRanking(range) {
                // "Singapore remained the largest source of FDI into Indonesia with US$15.4 billion,
                // followed by China with $7.4 billion." ¶ "Japan came fourth with $4.6 billion": a
                // ranking's next place, the country in the side of the ranking's figures that varied.
                candidate.indicator = previous.indicator
                candidate.keyword = range.lowerBound
                candidate.from = previous.from
                candidate.to = previous.to
                candidate.sector = previous.sector
                var fillsFrom: Bool
                if previous.from != before.from, previous.to == before.to, listed != previous.to { candidate.from = listed; fillsFrom = true }
                else if previous.to != before.to, previous.from == before.from, listed != previous.from { candidate.to = listed; fillsFrom = false }
                else { continue }
                ranking = (candidate, fillsFrom)
                candidates.append(candidate)
            } else if candidates.isEmpty, q.kind == .money, previousIsAdjacent, let listed = rules.continuedRanking(range), let total = previous,
                      listed != total.from, listed != total.to, let fillsFrom = Self.rankedSide(of: total) ?? Self.partnerSide(of: total, partnerOf: partnerOf) {
                // "Foreign direct investment in Indonesia reached Rp 421.7 trillion" ¶ "Singapore led
                // with US$10 billion, followed by Hong Kong with US$4 billion": a ranking's first
                // place right after a total with one side named (or a country's exports or imports to
                // one partner), the country in the side the total left open (the partner's side).
                // (Not after a sentence between: "Italy's share in Azerbaijan's foreign trade
                // turnover was 28.8 percent." ¶ "Türkiye ranked second with $6.8 billion" ranks
                // trading partners, not the imports two sentences back.)
                candidate.indicator = total.indicator
                candidate.keyword = range.lowerBound
                candidate.from = fillsFrom ? listed : total.from
                candidate.to = fillsFrom ? total.to : listed
                // ("India's crude oil imports … Russia was the largest supplier with …": the
                // total's goods are the places'.)
                candidate.sector = total.sector
                ranking = (candidate, fillsFrom)
                candidates.append(candidate)
            } else if let (first, fillsFrom) = ranking, let last = candidates.last, q.kind == .money,
                      let listed = rules.listedPlace(range, after: last.tokens.upperBound) {
                // "Spain ranked second with $3.52 billion, followed by Canada with $2.61 billion,
                // Japan with $1.9 billion …", "The United States came second, with US$ 36.9 billion,
                // and Argentina third, with US$ 16.7 billion": the ranking's next places, in the side
                // its first place of the sentence filled (whatever amount came between).
                candidate.indicator = first.indicator
                candidate.keyword = range.lowerBound
                candidate.from = fillsFrom ? listed : first.from
                candidate.to = fillsFrom ? first.to : listed
                candidate.sector = first.sector
                if candidate.from == candidate.to { continue }
                candidates.append(candidate)
            }
        }
    }

    /// The country a sentence names as the owner of exports or imports: "New Zealand's goods
    /// exports", "China's imports" (a name with "'s", then the flow noun within three words).
    static func namedReporter(_ mentions: [CountryMention], sentence: Sentence, context: DocumentContext) -> CountryCode? {
        mentions.first(where: { m in m.possessive && sentence.tokens(from: m.end, count: 3).contains { context.flowNoun($0) != nil } })?.code
    }

    /// Gives exports that name only their market, and imports that name only their source, the
    /// country that reports them (`reporter`, unless it is that partner); any other figure is left
    /// as it is.
    static func fillReporter(_ candidate: inout Candidate, _ reporter: CountryCode) {
        if candidate.indicator == .exports, candidate.from == nil, let to = candidate.to, to != reporter { candidate.from = reporter }
        if candidate.indicator == .imports, candidate.to == nil, let from = candidate.from, from != reporter { candidate.to = reporter }
    }

    /// The country that reports a trade figure: the exporter of exports, the importer of
    /// imports, the one country of a total trade with no partner; `nil` for any other figure.
    static func reporter(of c: Candidate) -> CountryCode? {
        switch c.indicator {
        case .exports?: return c.from
        case .imports?: return c.to
        case .tradeTurnover?: return c.to == nil ? c.from : nil
        default: return nil
        }
    }

    /// The one of two periods that ends later (by ``PeriodFinder/lastMonth(_:)``; the first when
    /// both end in the same month), or the one given.
    static func later(_ a: Period?, _ b: Period?) -> Period? {
        guard let a, let b else { return a ?? b }
        return PeriodFinder.lastMonth(b) > PeriodFinder.lastMonth(a) ? b : a
    }

    /// The side of `total` that the places of a ranking after it fill: the source (`true`) of
    /// investment into a host and of imports, the destination (`false`) of investment from an
    /// investor and of exports; `nil` when the total leaves no one side to rank (trade turnover,
    /// counts of companies, investment with both sides or none named).
    /// - Exports and imports rank the partner whatever partner the total named ("Exports to the US
    ///   rose to $979.6 million." ¶ "Japan came second with $928.1 million").
    static func rankedSide(of total: Candidate) -> Bool? {
        switch total.indicator {
        case .exports?: return total.from == nil ? nil : false
        case .imports?: return total.to == nil ? nil : true
        case .investment? where (total.from == nil) != (total.to == nil): return total.from == nil
        default: return nil
        }
    }

    /// The side of a turnover between two countries that the places of a ranking of one's trading
    /// partners fill (see ``rankedSide(of:)``): the other side than `partnerOf`, the country whose
    /// partner the sentence before ranked ("China's trade with Brazil reached $171.2 billion,
    /// making the South American country Beijing's largest partner." ¶ "Mexico came second with
    /// $109.6 billion": China's trade with Mexico); `nil` when that country is no party of it.
    static func partnerSide(of total: Candidate, partnerOf: CountryCode?) -> Bool? {
        guard total.indicator == .tradeTurnover, let owner = partnerOf, total.from != nil, total.to != nil else { return nil }
        if owner == total.from { return false }
        return owner == total.to ? true : nil
    }

    /// Whether the company noun at `noun` closes a phrase opened by "the" (from token `first` on)
    /// with only describing words between: "the company", "the new company", "the world's
    /// largest contract chipmaker" (lower-case words and "'s", no article, verb or name: not "The
    /// ministry said a company will invest").
    static func describedByThe(_ noun: Int, from first: Int, in c: DocumentContext) -> Bool {
        var at = noun - 1
        while at >= first, noun - at <= 6 {
            if c.isWord(at, "the") { return true }
            let describing = c.t[at].kind == .word && !c.t[at].flags.contains(.capitalized) && !c.entry(at).isVerb
                && !c.isWord(at, "a") && !c.isWord(at, "an") && !c.isWord(at, in: WordSets.reportingVerbs)
            guard c.isSymbol(at, .apostrophe) || describing else { return false }
            at -= 1
        }
        return false
    }

    /// The source of an amount that is part of the investment before: "Singapore was the largest
    /// source, with $15.4 billion, followed by China with $7.4 billion" (the country named last
    /// before each amount); the subject of "contributed" or "accounted for" ("Of last year's total,
    /// the United States contributed US $13.2 billion"), and a country after "and" with the verb
    /// left out ("…, while Mauritius contributed $5.34 billion and the US $2.57 billion").
    static func shareSource(of range: Range<Int>, rules: SentenceRules, previous: Candidate?) -> CountryCode? {
        guard let previous else { return nil }
        let c = rules.context
        guard rules.ranksSource(before: range.lowerBound)
                || previous.indicator == .investment && (max(rules.sentence.start, range.lowerBound - 3)..<range.lowerBound)
                    .contains(where: { c.isWord($0, in: WordSets.shareVerbs) })
                || previous.indicator == .investment && rules.mentions.contains(where: { m in
                    m.end == range.lowerBound && !m.possessive && c.isWord(c.lead(before: m.start), "and") })
        else { return nil }
        return rules.mentions.last(where: { $0.end <= range.lowerBound && $0.code != previous.to })?.code
    }

    /// Applies the rest of the rules (windows, parties, sector, status, period) to the classified
    /// `candidates` of a sentence whose periods `rules` holds.
    static func complete(_ candidates: inout [Candidate], rules: SentenceRules, amounts: [(Quantity, Range<Int>)]) {
        for index in candidates.indices {
            var start = index > 0 ? candidates[index - 1].tokens.upperBound : rules.sentence.start
            if let boundary = (start..<candidates[index].tokens.lowerBound).last(where: rules.isClauseBoundary) { start = boundary }
            var end = index + 1 < candidates.count ? candidates[index + 1].tokens.lowerBound : rules.sentence.end
            if let report = rules.reportingVerb(after: candidates[index].tokens.upperBound, before: end) { end = report }
            // "…, to $63.3 billion in 2023, with investment in the US accounting for $27.7 billion":
            // a ", with" that leads the next figure's own keyword (of the same indicator) ends this
            // figure's window.
            if index + 1 < candidates.count, candidates[index + 1].indicator == candidates[index].indicator, let next = candidates[index + 1].keyword,
               next > candidates[index].tokens.upperBound, next < end,
               let with = (candidates[index].tokens.upperBound..<next).first(where: { rules.context.isSymbol($0, .comma) && rules.context.isWord($0 + 1, "with") }) {
                end = with
            }
            // "…, supported by strong rice and fruit sales to China": a clause of causes after the
            // amount names no party of it.
            if candidates[index].tokens.upperBound < end,
               let cause = (candidates[index].tokens.upperBound..<end).first(where: rules.startsCause) { end = cause }
            candidates[index].window = start..<end
        }
        applyRespectively(&candidates, rules: rules)
        applyComparedPairs(&candidates, rules: rules)
        var previousEnd = rules.sentence.start
        // The same for every candidate of the sentence: worked out once.
        let amountTokens = amounts.lazy.map(\.1)
        let respectively = rules.hasWord("respectively")
        // "$4.2 billion, $3.1 billion and $5.8 billion in 2021, 2022 and 2023 respectively": as
        // many periods after the last amount as there are amounts, the n-th for the n-th.
        // So are as many periods before the first amount: "exports in 2020-21, 2021-22 and 2022-23
        // were ₹1.58 lakh crore, ₹1.57 lakh crore and ₹1.25 lakh crore, respectively".
        var listedPeriods: [PeriodMention] = []
        if respectively, candidates.count >= 2, let first = candidates.first?.tokens.lowerBound, let last = candidates.last?.tokens.upperBound {
            listedPeriods = rules.periods.filter { $0.period != nil && $0.start >= last }
            if listedPeriods.count != candidates.count {
                listedPeriods = rules.periods.filter { $0.period != nil && $0.end <= first }
                if listedPeriods.count != candidates.count { listedPeriods = [] }
            }
        }
        for index in candidates.indices {
            let next = index + 1 < candidates.count ? candidates[index + 1].tokens.lowerBound : rules.sentence.end
            if candidates[index].from == nil && candidates[index].to == nil { rules.assignParties(&candidates[index]) }
            // "… stood at $28.6 billion in 2013, before the collapse in commodity prices dragged it
            // down to $13.1 billion in 2016": "it" is the figure before, parties and all.
            if index > 0, candidates[index].keyword == candidates[index].tokens.lowerBound,
               candidates[index - 1].indicator == candidates[index].indicator,
               rules.pointsBackWithIt(candidates[index].tokens) {
                candidates[index].from = candidates[index - 1].from
                candidates[index].to = candidates[index - 1].to
            }
            rules.assignSector(&candidates[index], nextAmount: next)
            // "Australian wine exports were worth A$2.53bn, with shipments to mainland China at
            // A$812m, down from A$923m a year earlier", "UK car exports fell to £26.1 billion, with
            // exports to the European Union worth £13.3 billion": a part listed after ", with" and a
            // bare flow noun (and the amount compared with it) has the sector of the figure before.
            if index > 0, candidates[index].sector == nil, let sector = candidates[index - 1].sector,
               candidates[index - 1].indicator == candidates[index].indicator, let k = candidates[index].keyword,
               k == candidates[index - 1].keyword && rules.isComparedAmount(candidates[index].tokens)
                || k > candidates[index - 1].tokens.upperBound && rules.context.isWord(k - 1, "with") && rules.context.isSymbol(k - 2, .comma)
                    && (rules.context.isWord(k, in: WordSets.flowNouns) || rules.isIndicatorKeyword(k)) {
                candidates[index].sector = sector
            }
            let chosen = listedPeriods.isEmpty
                ? rules.chosenPeriod(for: candidates[index].tokens, amounts: amountTokens, respectively: respectively)
                : listedPeriods[index]
            rules.assignStatus(&candidates[index], previousEnd: previousEnd, period: chosen)
            // "forecasts exports at $255 billion for this year and $267 billion for 2024"
            var joinedGoal = false
            if index > 0, candidates[index - 1].status == .target, candidates[index].status == .reported,
               !rules.context.isWord(candidates[index].tokens.lowerBound - 1, "from"),
               !rules.context.isWord(candidates[index].tokens.lowerBound - 1, "after"),
               // ("expects exports to reach $24 billion this year, compared with $24.5 billion in 2024")
               !rules.isComparedAmount(candidates[index].tokens),
               !(candidates[index - 1].tokens.upperBound..<candidates[index].tokens.lowerBound).contains(where: rules.isClauseBoundary),
               case let between = candidates[index - 1].tokens.upperBound..<candidates[index].tokens.lowerBound,
               between.count <= 6
                // ("will invest $350 million in the first phase and a total of $1.2 billion over the
                // life of the concession": joined by "and", no verb between.)
                || between.count <= 14 && between.contains(where: { rules.context.isWord($0, "and") })
                    && !between.contains(where: { rules.context.entry($0).isVerb || rules.context.isWord($0, in: WordSets.beVerbs) }) {
                candidates[index].status = .target
                joinedGoal = true
            }
            _ = rules.assignPeriod(&candidates[index], chosen: chosen)
            // ("expects exports this year to reach $470-475 billion and total trade to exceed $900
            // billion": a joined goal with no horizon of its own takes the goal before's.)
            if joinedGoal, candidates[index].period == nil { candidates[index].period = candidates[index - 1].period }
            previousEnd = candidates[index].tokens.upperBound
        }
        // "Chinese companies had put about $5.4 billion into South Africa, a little under $3 billion
        // into Nigeria and roughly half a billion dollars into Senegal": a country right after an
        // amount and "into" is that amount's host.
        for index in candidates.indices where candidates[index].indicator == .investment {
            let after = candidates[index].tokens.upperBound
            guard rules.context.isWord(after, "into"),
                  let host = rules.mentions.first(where: { ($0.start == after + 1 || $0.start == after + 2 && rules.context.isWord(after + 1, "the")) && $0.form != .adjective }),
                  host.code != candidates[index].from else { continue }
            candidates[index].to = host.code
        }
        // "of which South Korea accounted for $4.88 billion, Singapore $6.46 billion": in a
        // breakdown of investment, a country named just before the amount is the investor.
        // So is a country named right before a later amount whose investor was taken from the
        // one before it: "… the largest investor, with $15.4 billion, followed by China with $7.4 billion".
        // An amount listed against a country ("India with $182 million") is that country's whatever
        // else was read.
        for index in candidates.indices where candidates[index].indicator == .investment {
            let amount = candidates[index].tokens
            // ("ahead of the Netherlands with $640 million")
            // ("with the Netherlands alone accounting for about $14 billion")
            let reach = rules.context.isWord(amount.lowerBound - 4, "alone") ? 4 : 3
            guard let m = rules.mentions.last(where: { $0.end <= amount.lowerBound && amount.lowerBound - $0.end <= reach
                    && $0.start >= candidates[index].window.lowerBound
                    && ([nil, "by"].contains(rules.preposition($0)) || rules.preposition($0) == "of" && rules.isAheadOf($0)
                        || rules.preposition($0) == "with" && ($0.end..<amount.lowerBound).contains(where: { rules.context.isWord($0, in: WordSets.shareVerbs) })) }),
                  m.code != candidates[index].to else { continue }
            let listed = Self.listsAmount(after: m, amount: amount, rules: rules)
            // "Korean investment in the US came to $14.2 billion, ahead of Luxembourg at $3.1 billion":
            // the host varies, unless the sentence ranks investors ("the largest source of
            // investment in Ukraine with $1.3 billion, ahead of the Netherlands with $640 million").
            if listed, index > 0, rules.isAheadOf(m), let host = candidates[index - 1].to, rules.mentions.contains(where: { $0.code == host }),
               !(rules.sentence.start..<amount.lowerBound).contains(where: {
                   rules.context.isWord($0, in: WordSets.sourceNouns) || rules.context.isWord($0, in: WordSets.investorNouns) }) {
                candidates[index].from = candidates[index - 1].from
                candidates[index].to = m.code
                continue
            }
            // "the United States drew the most Korean investment at $6.5 billion, followed by the
            // Cayman Islands with $2.4 billion": after a ranking of hosts (the first figure's host
            // its subject), a country listed against a later amount is another host.
            if listed, index > 0, let investor = candidates[0].from, let host = candidates[0].to, investor != m.code,
               candidates[index - 1].from == investor, candidates[0].indicator == .investment,
               let subject = rules.mentions.first(where: { $0.start < candidates[0].tokens.lowerBound && rules.preposition($0) == nil
                   && $0.form == .name && !$0.possessive }), subject.code == host, host != m.code {
                candidates[index].from = investor
                candidates[index].to = m.code
                continue
            }
            // "Korea's outbound direct investment fell to $63.3 billion, with the US accounting for
            // $27.7 billion": a part of an outward total (an investor and no host) goes to the
            // country named.
            if index > 0, let investor = candidates[index - 1].from, candidates[index - 1].to == nil,
               candidates[index - 1].indicator == .investment, investor != m.code, rules.preposition(m) == "with" {
                candidates[index].from = investor
                candidates[index].to = m.code
                continue
            }
            if listed || index > 0 && (candidates[index].from == nil || candidates[index].from == candidates[index - 1].from) {
                candidates[index].from = m.code
            }
        }
        // "exports to China reached $13.9 billion, followed by the US with $12.6 billion and Japan
        // with $4.5 billion", "imports came mainly from China ($12.2 billion), Russia ($11.0
        // billion) …": a country listed against a later amount is that amount's partner (the
        // importer of exports, the exporter of imports).
        for index in candidates.indices {
            guard let indicator = candidates[index].indicator, indicator == .exports || indicator == .imports else { continue }
            // The first amount too when the keyword ranks markets: "the main export destinations
            // were Italy with $11.9 billion and China with …".
            guard index > 0 || candidates[index].keyword.map(rules.isRankedMarket) == true else { continue }
            let amount = candidates[index].tokens
            guard let m = rules.mentions.last(where: { $0.end == amount.lowerBound - 1 && $0.start >= candidates[index].window.lowerBound }),
                  Self.listsAmount(after: m, amount: amount, rules: rules)
            else { continue }
            // ("Poland was the largest exporter to Ukraine, with goods worth €8.9 billion, ahead of
            // Germany with €5.1 billion": a list of exporters ranked, the market the same.)
            let ranksTraders = (rules.sentence.start..<amount.lowerBound).contains {
                rules.context.isWord($0, in: indicator == .exports ? WordSets.exporterNouns : WordSets.importerNouns)
            }
            if ranksTraders {
                if indicator == .exports, m.code != candidates[index].to { candidates[index].from = m.code }
                if indicator == .imports, m.code != candidates[index].from { candidates[index].to = m.code }
                continue
            }
            if indicator == .exports, m.code != candidates[index].from { candidates[index].to = m.code }
            if indicator == .imports, m.code != candidates[index].to { candidates[index].from = m.code }
        }
        // "Russia remained the main trading partner of Tajikistan with $401.6 million, followed by
        // Kazakhstan with $318.2 million and China with $312 million": a country listed against a
        // later turnover amount trades with the country whose partners the sentence ranks.
        // ("… partner of the country with …": the country the phrase stands for, filled in later.)
        if let first = candidates.first, first.indicator == .tradeTurnover, let k = first.keyword {
            let ranked = rules.rankedPartner(before: first.tokens.lowerBound, from: first.window.lowerBound)?.0.code
            let anaphoric = ranked == nil && rules.context.isWord(k, "partner") && rules.context.isWord(k + 1, "of")
                && rules.countryAnaphor?.the == k + 2
            for index in candidates.indices.dropFirst() where candidates[index].indicator == .tradeTurnover && (ranked != nil || anaphoric) {
                let amount = candidates[index].tokens
                guard let m = rules.mentions.last(where: { $0.end == amount.lowerBound - 1 && $0.start > first.tokens.upperBound }),
                      m.code != ranked, Self.listsAmount(after: m, amount: amount, rules: rules) else { continue }
                let pair = [m.code, ranked].compactMap { $0 }.sorted()
                candidates[index].from = pair[0]
                candidates[index].to = pair.count > 1 ? pair[1] : nil
            }
        }
        // "Bilateral trade between India and Japan stood at $22.8 billion, with India's exports at
        // $5.1 billion": exports or imports of one country of a pair that just traded are with
        // the other.
        for index in candidates.indices where index > 0 {
            guard let indicator = candidates[index].indicator, indicator == .exports || indicator == .imports,
                  let known = candidates[index].from ?? candidates[index].to,
                  candidates[index].from == nil || candidates[index].to == nil,
                  let turnover = candidates[..<index].last(where: { $0.indicator == .tradeTurnover && $0.from != nil && $0.to != nil }),
                  known == turnover.from || known == turnover.to else { continue }
            let other = known == turnover.from ? turnover.to : turnover.from
            if candidates[index].from == nil { candidates[index].from = other } else { candidates[index].to = other }
        }
        // "Saudi investments in Egypt amount to about $32 billion, spread across more than 7,000
        // companies operating in the country": companies counted right after an investment, with
        // no country named of their own, are that investment's.
        // So are "over 6,000 Indian-Omani joint ventures" after Indian investment in Oman: a pair
        // joined by a dash says no direction.
        for index in candidates.indices where index > 0 && candidates[index].indicator == .enterprises {
            let investment = candidates[index - 1]
            guard investment.indicator == .investment, let from = investment.from, let to = investment.to else { continue }
            let own = rules.mentions.filter { $0.start >= investment.tokens.upperBound && $0.start < candidates[index].window.upperBound }
            let pair = own.count == 2 && own[1].start == own[0].end + 1 && rules.context.isHyphenated(own[0].end - 1)
                && Set([own[0].code, own[1].code]) == Set([from, to])
            guard own.isEmpty || pair else { continue }
            candidates[index].from = from
            candidates[index].to = to
        }
        // A figure takes the parties it lacks from the figure before it with the same indicator:
        // "totaled $6.3 billion, with $5 billion invested in the oil sector"; after "their"/"its",
        // from the figure before it whatever its indicator ("… with Chinese capital operate in
        // Uzbekistan, and their total investment exceeds $5 billion").
        for index in candidates.indices where index > 0 && (candidates[index].from == nil || candidates[index].to == nil) {
            // (Not "…, while the country's total exports recovered to P40.3 billion": a total with the world.)
            if candidates[index].indicator != .investment, candidates[index].keyword.map(rules.isWorldTotal) == true { continue }
            let pronoun = candidates[index].keyword.map { rules.possessivePronoun(before: $0) } ?? false
            let source = pronoun ? candidates[index - 1]
                : candidates[..<index].last(where: { $0.indicator == candidates[index].indicator && ($0.from != nil || $0.to != nil) })
            // "exports to Russia reached $2 billion and imports $1 billion": the other direction.
            if source == nil, let indicator = candidates[index].indicator, indicator == .exports || indicator == .imports,
               let mirror = candidates[..<index].last(where: { $0.indicator == (indicator == .exports ? .imports : .exports) }) {
                let from = candidates[index].from ?? mirror.to
                let to = candidates[index].to ?? mirror.from
                if from != to {
                    candidates[index].from = from
                    candidates[index].to = to
                }
                continue
            }
            guard let earlier = source else { continue }
            if candidates[index].indicator == .tradeTurnover { continue }
            // ("… stand at $8 billion, adding that the kingdom aims to attract $100 billion in
            // foreign direct investment": foreign investment into a country names no investor.)
            let inflow = !pronoun && rules.isForeignInflow(candidates[index])
            // (Another reporter's exports or imports keep their partner unnamed: "Indonesia's palm oil
            // exports to China fell …, while Tunisia's olive oil exports reached …".)
            // (Not a ranked list sharing one keyword: "… the largest exporter to Ukraine, with goods
            // worth €8.9 billion, ahead of Germany with €5.1 billion".)
            let indicator = candidates[index].indicator
            let ownKeyword = candidates[index].keyword.map { $0 >= earlier.tokens.upperBound } ?? false
            let otherReporter = ownKeyword && (indicator == .exports ? candidates[index].from.map { $0 != earlier.from } ?? false
                : indicator == .imports ? candidates[index].to.map { $0 != earlier.to } ?? false : false)
            if candidates[index].from == nil && earlier.from != candidates[index].to && !inflow && !(otherReporter && indicator == .imports) {
                candidates[index].from = earlier.from
            }
            if candidates[index].to == nil && earlier.to != candidates[index].from && !(otherReporter && indicator == .exports) {
                candidates[index].to = earlier.to
            }
        }
    }

    /// "exports fell to $46.4 billion and imports rose to $38.6 billion, compared with $58.1 billion
    /// and $38.4 billion in 2019": two compared amounts joined by "and" right after two figures of
    /// different indicators are, in order, those figures' earlier values (each takes the keyword
    /// of its figure, not the nearest one).
    static func applyComparedPairs(_ candidates: inout [Candidate], rules: SentenceRules) {
        guard candidates.count >= 4 else { return }
        for i in 2..<(candidates.count - 1) {
            let (a, b) = (candidates[i - 2], candidates[i - 1])
            guard a.indicator != b.indicator, rules.isComparedAmount(candidates[i].tokens),
                  candidates[i + 1].tokens.lowerBound == candidates[i].tokens.upperBound + 1,
                  rules.context.isWord(candidates[i].tokens.upperBound, "and"),
                  !rules.isComparedAmount(a.tokens), !rules.isComparedAmount(b.tokens) else { continue }
            (candidates[i].indicator, candidates[i].keyword) = (a.indicator, a.keyword)
            (candidates[i + 1].indicator, candidates[i + 1].keyword) = (b.indicator, b.keyword)
        }
    }

    /// "exports to Georgia and imports from Georgia amounted to $1.5 billion and $350 million
    /// respectively": the n-th indicator goes with the n-th amount.
    static func applyRespectively(_ candidates: inout [Candidate], rules: SentenceRules) {
        guard candidates.count >= 2, rules.hasWord("respectively") else { return }
        let first = candidates[0].tokens.lowerBound
        let keywords = rules.keywords(before: first)
        if keywords.count == candidates.count {
            for index in candidates.indices {
                candidates[index].keyword = keywords[index]
                candidates[index].indicator = rules.context.entry(keywords[index]).indicator
                let limit = index + 1 < keywords.count ? keywords[index + 1] : first
                // Each indicator sees the countries before the list and those in its own stretch.
                let local = SentenceRules(context: rules.context, sentence: rules.sentence,
                                          mentions: rules.mentions.filter { $0.start < keywords[0] || ($0.start >= keywords[index] && $0.start < limit) },
                                          periods: rules.periods)
                var probe = candidates[index]
                probe.window = rules.sentence.start..<limit
                local.assignParties(&probe)
                candidates[index].from = probe.from
                candidates[index].to = probe.to
            }
        } else if keywords.count == 1 {
            // "trade with Turkey and with Russia", "exports to Mexico and Canada": one partner each.
            let k = keywords[0]
            let partners = rules.mentions.filter { $0.start > k && $0.start < first && ["with", "to", "from", "and"].contains(rules.preposition($0) ?? "") }
            guard partners.count == candidates.count, let indicator = rules.context.entry(k).indicator else { return }
            let owner = rules.owner(keyword: k, amount: candidates[0].tokens)?.0.code
            for index in candidates.indices {
                let partner = partners[index].code
                switch indicator {
                case .tradeTurnover:
                    guard let owner else { return }
                    candidates[index].from = min(owner, partner); candidates[index].to = max(owner, partner)
                case .exports:
                    candidates[index].from = owner; candidates[index].to = partner
                case .imports:
                    candidates[index].from = partner; candidates[index].to = owner
                case .investment, .enterprises:
                    candidates[index].from = owner; candidates[index].to = partner
                }
            }
        }
    }

    /// Fills parties the sentence left out, from the paragraph or the article's pair of countries
    /// (`lastFigure`: the article's last figure, when the paragraph memory holds none;
    /// `allMentions`: the article's country mentions, for a phrase naming a region's country).
    func resolveMissingParties(_ candidate: inout Candidate, rules: SentenceRules, previous: ParagraphMemory,
                               earlier: [Candidate], pair: (CountryCode, CountryCode)?, pairNamed: Bool = true,
                               documentSubject: CountryCode? = nil, lastFigure: Candidate? = nil,
                               allMentions: [CountryMention] = []) {
        guard let indicator = candidate.indicator else { return }
        // The article names countries but no pair of them: its subject may stand for a party.
        let unpairedArticle = pair == nil && !allMentions.isEmpty
        let worldTotal = candidate.keyword.map { rules.isWorldTotal(keyword: $0) } ?? false
        if indicator == .tradeTurnover {
            // ("'We have set ourselves the goal of raising the value of non-oil foreign trade to
            // AED4 trillion by 2031,' he said": a total with the world, no country named, is the
            // paragraph's country's, else the article's.)
            if worldTotal {
                if candidate.from == nil, candidate.to == nil, rules.mentions.isEmpty,
                   let subject = previous.subject ?? (unpairedArticle ? documentSubject : nil) {
                    candidate.from = subject
                }
                // ("Imports into Taiwan rose …, while the country's total trade grew 12.9 percent to
                // a record US$869.5 billion": "the country's" before the keyword is the one country
                // named before it.)
                if candidate.from == nil, candidate.to == nil, let k = candidate.keyword, let (phrase, noun) = rules.countryAnaphor,
                   noun < k, rules.context.isSymbol(noun + 1, .apostrophe),
                   case let before = Self.distinct(rules.mentions.lazy.filter { $0.end <= phrase }.map(\.code)), before.count == 1 {
                    candidate.from = before[0]
                }
                return
            }
            // "Trade between China and the five Central Asian countries reached $70.2 billion in
            // 2022. In the first four months of this year, trade rose … to $24.8 billion": a
            // turnover whose sentence names no country continues the paragraph's turnover of one
            // side (a group's or the world's), not the article's pair. (Not a goal: "Presidents
            // Aliyev and Mirziyoyev have instructed their governments to raise trade turnover to $1
            // billion" after Uzbekistan's total trade is the pair's.)
            if candidate.from == nil, candidate.to == nil, candidate.status == .reported, rules.mentions.isEmpty, !rules.refersToPair,
               let last = previous.figures.last(where: { $0.indicator == .tradeTurnover }), (last.from == nil) != (last.to == nil) {
                candidate.from = last.from ?? last.to
                return
            }
            var partners: [CountryCode] = []
            if let from = candidate.from { partners.append(from) }
            if let to = candidate.to { partners.append(to) }
            // "Japanese FDI in Vietnam reached $4.8 billion, and bilateral trade hit $50 billion"
            // (Not a country named after the figure's clause: "Bilateral trade stood at $11.8 billion,
            // according to India's Department of Commerce, …, as Indian refiners bought more
            // discounted Russian crude".)
            if partners.count < 2, rules.refersToPair {
                let windowEnd = candidate.window.upperBound
                let named = Self.distinct(rules.mentions.lazy.filter { $0.start < windowEnd }.map(\.code))
                if named.count == 2 { for code in named where !partners.contains(code) { partners.append(code) } }
            }
            // "Russia remained the main trading partner of the country with $401.6 million": the
            // country the previous sentence named (else the article's), "the bloc" the EU.
            // (Also for the partners listed after it: "…, followed by Kazakhstan with $318.2 million".)
            if partners.count == 1, let (phrase, noun) = rules.countryAnaphor, phrase < candidate.tokens.lowerBound,
               !(phrase..<candidate.tokens.lowerBound).contains(where: rules.isClauseBoundary), !rules.refersToPair,
               case let guess = rules.context.isWord(noun, "bloc") ? (partners[0] == Self.europeanUnion ? nil : Self.europeanUnion)
                   : previous.countries.first(where: { $0 != partners[0] }) ?? documentSubject.flatMap({ $0 == partners[0] ? nil : $0 }),
               let other = Self.regionalCountry(replacing: guess, phrase: phrase, noun: noun, rules: rules, previous: previous,
                                                excluding: partners[0], article: allMentions) {
                partners.append(other)
            }
            // A sentence that names no country but a speaker's ("…,” the Russian leader said), or
            // names one only outside the figure's clause ("We expect our trade to exceed 2 billion
            // euros this year, although inflation in Germany …"), names no partner.
            let window = candidate.window
            let unnamed = rules.mentions.allSatisfy { rules.isSpeaker($0) || !window.contains($0.start) }
            if partners.count < 2, rules.refersToPair || unnamed {
                // (Only one with a group as the other: "Meanwhile, trade with ASEAN rose 7.1 percent to …")
                let most = rules.leavesGroup(candidate.window) ? 1 : 2
                // ("Azerbaijan's trade with Russia and Kazakhstan grew. Trade with the Central Asian
                // country reached …": the region's country first.)
                if let (phrase, noun) = rules.countryAnaphor, let region = rules.anaphorRegion(the: phrase, noun: noun),
                   !partners.contains(where: region.contains),
                   let member = Self.regionMember(region, before: phrase, rules: rules, previous: previous, excluding: partners.first, article: allMentions) {
                    partners.append(member)
                }
                for code in previous.countries where !partners.contains(code) && partners.count < most { partners.append(code) }
            }
            // "Uzbekistan traded with 190 countries in the reporting period. … trade turnover with
            // China amounted to $6.7 billion, with Russia – $6.2 billion": partners named only with
            // "with" trade with the country the sentence before is about.
            if partners.count == 1, let subject = previous.subject, subject != partners[0],
               rules.mentions.allSatisfy({ rules.preposition($0) == "with" }) {
                partners.append(subject)
            }
            // ("Malaysia's trade rose 9.2% to a record RM2.88 trillion" is Malaysia's with the world,
            // whatever pair the article names most.)
            // (Also "Vietnam's total import and export turnover".)
            let ownTotal = partners.count == 1 && !rules.refersToPair && candidate.keyword.map { k in
                rules.mentions.contains { m in
                    m.possessive && m.code == partners[0] && m.end <= k
                        && (m.end..<k).allSatisfy { rules.context.isWord($0, in: WordSets.tradeTotalWords) }
                }
            } == true
            // ("Trade between China and the five Central Asian countries": a group, no pair.)
            if partners.count < 2, !ownTotal, let (a, b) = pair, !rules.leavesGroup(candidate.window) {
                if partners.isEmpty, unnamed || rules.refersToPair { partners = [a, b] }
                else if partners == [a] { partners.append(b) } else if partners == [b] { partners.append(a) }
            }
            // "Trade with Russia, the second-largest partner, amounted to USD 2.4 billion" in an
            // article about Mongolia: trade with a third country is the article's main country's.
            if partners.count == 1, !ownTotal, let k = candidate.keyword, rules.context.isWord(k + 1, "with"),
               rules.mentions.contains(where: { $0.code == partners[0] && ($0.start == k + 2 || $0.start == k + 3) }),
               let main = documentSubject, main != partners[0] {
                partners.append(main)
            }
            partners.sort()
            candidate.from = partners.first
            candidate.to = partners.count > 1 ? partners[1] : nil
            return
        }
        // "Its investments in the country": the pronoun is the previous sentence's subject, "the
        // country" the other country it named.
        // "Japan's exports rose …, while its imports jumped …": a country named before it in the
        // sentence (not a speaker) is the pronoun's first. "Its" owns the importer of imports.
        if let k = candidate.keyword, indicator == .imports ? candidate.to == nil : candidate.from == nil, rules.possessivePronoun(before: k),
           let subject = rules.mentions.last(where: { $0.end <= k && $0.possessive && !rules.isSpeaker($0) })?.code ?? previous.countries.first {
            if indicator == .imports { if subject != candidate.from { candidate.to = subject } }
            else if subject != candidate.to { candidate.from = subject }
        }
        // "Japanese outward investment reached ¥23.9 trillion. … investment in the United States
        // accounted for ¥8.1 trillion": a figure with one party, after a country's total with the
        // world in the paragraph, is a part of that total and keeps its country. A total with the
        // world names the exporter of exports, the importer of imports, and either country of
        // investment (outward or inward); a figure missing the other party is no such total.
        if (candidate.from == nil) != (candidate.to == nil),
           let total = previous.figures.last(where: { $0.indicator == indicator && ($0.from == nil) != ($0.to == nil) }) {
            // (Not "Inbound FDI into Ireland" after South Korea's outbound total, nor "Investments
            // approved by the Philippines' Board of Investments": no investor is named.)
            if candidate.from == nil, indicator != .imports, let from = total.from, from != candidate.to,
               !(indicator == .investment && (candidate.keyword.map(rules.isNamedInflow) == true || Self.isTakenIn(candidate, rules: rules)
                   || rules.isForeignInflow(candidate))) {
                candidate.from = from
            }
            // (Nor a host for "with outflows of USD 90 billion" after the inflows to the United States.)
            if candidate.to == nil, indicator != .exports, let to = total.to, to != candidate.from,
               !(indicator == .investment && rules.isNamedOutflow(candidate)) {
                candidate.to = to
            }
        }
        // (A possessive phrase that owns the keyword, its owner already known, stands for that
        // owner: "…, while the country's total exports recovered to P40.3 billion".)
        // (After the amount, only a party's preposition links the phrase to the figure: not "…
        // exceeded US$14.7 billion in 2021, helping the country post a trade surplus".)
        if candidate.from == nil || candidate.to == nil, let (phrase, noun) = rules.countryAnaphor,
           !((indicator == .imports ? candidate.to : candidate.from) != nil && rules.context.isSymbol(noun + 1, .apostrophe)
               && (candidate.keyword.map { noun < $0 } ?? false)),
           phrase < candidate.tokens.upperBound || (rules.context.isWord(phrase - 1, in: Self.partyPrepositions)
               // (Not a phrase of the next clause: "Imports from China jumped to $113.45 billion,
               // while exports to the neighbour fell …")
               && !(candidate.tokens.upperBound..<max(candidate.tokens.upperBound, phrase)).contains(where: rules.isClauseBoundary)) {
            let known = candidate.from ?? candidate.to
            // The country the previous sentence named; else, once one party is known, another
            // country named before the phrase in this sentence ("Jordan's imports from Saudi
            // Arabia rose …, while its exports to the kingdom reached …").
            // "the bloc" is the European Union named before, whatever other country was.
            // "According to Uzbekistan's statistics committee, the republic exported …": the one
            // country named before the phrase in its sentence, before the sentence before.
            let before = Self.distinct(rules.mentions.lazy.filter { $0.end <= phrase }.map(\.code))
            // ("Botswana's exports to South Africa came to P7.6 billion, while the country's total
            // exports recovered to …": the sentence's subject.)
            // (Not a partner named before: "Exports to France … amounted to about €150 million, while
            // the country's total exports came to XOF 690 billion" is the country of the sentence before.)
            let only = known == nil ? (before.count == 1 && rules.mentions.contains(where: { $0.end <= phrase && ($0.possessive || !Self.partyPrepositions.contains(rules.preposition($0) ?? "")) }) ? before.first
                : rules.mentions.first(where: { $0.end <= phrase && rules.preposition($0) == nil && !rules.isSpeaker($0) })?.code) : nil
            // ("Bangladesh's imports from Qatar … stood at $1.94 billion. Exports to the Gulf state
            // were worth $104 million": after a party's preposition, with no party known, the phrase
            // is the partner, not the country the sentence before named as an owner.)
            // ("Turkish companies have invested $1.1 billion in Ethiopia. Last year they put $180
            // million into new plants in the country": the same side of the figure before, when it
            // has the same indicator.)
            let side = rules.context.isWord(phrase - 1, in: Self.partyPrepositions)
                ? Self.sameSide(as: phrase - 1, indicator: indicator, previous: previous, rules: rules) : nil
            let partner = known == nil && rules.context.isWord(phrase - 1, in: Self.partyPrepositions)
                ? side ?? previous.countries.first(where: { !previous.owners.contains($0) }) : nil
            // ("Chinese investment in the country stands at $3 billion. Turkish investors have
            // invested more than Birr 150 billion in the country": the same host.)
            // ("China was the largest source of imports, with Vietnam buying $151 billion worth of
            // goods from its northern neighbor": a neighbour of the party known, else of the country
            // named last before it, is another country named before it in the sentence, else in the
            // sentence before.)
            // (With no country before it in the sentence, "its" is the sentence before's first:
            // "Nepal's exports rose 10%. Shipments to its southern neighbour reached $1 billion".)
            let owner = rules.context.isWord(phrase, "the") ? known
                : known ?? rules.mentions.last(where: { $0.end <= phrase })?.code ?? previous.countries.first
            let named = owner == nil ? nil : rules.mentions.last(where: { $0.end <= phrase && $0.code != owner })?.code
            // ("… €600 million in a plant near Erfurt, Germany. ¶ Budapest has been rolling out the red
            // carpet for Chinese companies. Chinese companies invested around €1.6 billion in the
            // country": the one other country of the sentence before comes before the figure's side.)
            let others = previous.countries.filter { $0 != known }
            let lone = others.count == 1 ? others[0] : nil
            var other = rules.context.isWord(noun, "bloc") ? previous.countries.first(where: { $0 == Self.europeanUnion && $0 != known })
                : !rules.context.isWord(phrase, "the") ? named ?? previous.countries.first(where: { $0 != owner })
                : only ?? partner ?? (lone != nil && side != nil ? lone : nil) ?? side.flatMap({ $0 == known ? nil : $0 })
                    ?? previous.countries.first(where: { $0 != known }) ?? named
            // ("Imports from the Gulf state … amounted to about $820 million" after "China came
            // third": the country of the region, nearest first.)
            if other != nil {
                other = Self.regionalCountry(replacing: other, phrase: phrase, noun: noun, rules: rules, previous: previous, excluding: known, article: allMentions)
            }
            // "The country's total exports hit $255.8 billion": before the keyword, "the country's"
            // owns the figure (the exporter, investor or capital's origin; the importer of imports);
            // so does the subject of a verb keyword ("the republic exported gas worth …").
            let owns = known == nil && (candidate.keyword.map { noun < $0 } ?? false)
                && (rules.context.isSymbol(noun + 1, .apostrophe) || candidate.keyword == noun + 1 && rules.context.entry(noun + 1).isVerb)
            if let other {
                if owns { if indicator == .imports { candidate.to = other } else { candidate.from = other } }
                // ("Imports from the Asian giant totalled $17.6 billion")
                else if candidate.from == nil, rules.context.isWord(phrase - 1, "from") { candidate.from = other }
                else if candidate.to == nil { candidate.to = other } else { candidate.from = other }
            }
        }
        // "Colombia's exports to the EU … were worth nearly €7.9 billion. Coal exports to the bloc
        // alone came to €3.1 billion": exports to the partner of the paragraph's exports before
        // (imports from it) are the same reporter's.
        // So are imports from the partner of the exports before ("Australia's exports to China fell
        // to A$178.3 billion. Imports from China rose to A$103.5 billion"), and the other way.
        if indicator == .exports || indicator == .imports {
            let exports = indicator == .exports
            // The partner named (the importer of exports, the exporter of imports) and the reporter missing.
            if let partner = exports ? candidate.to : candidate.from, (exports ? candidate.from : candidate.to) == nil,
               let earlier = previous.figures.last(where: { f in
                   f.indicator == indicator ? (exports ? f.to : f.from) == partner && (exports ? f.from : f.to) != nil
                       : (f.indicator == .exports || f.indicator == .imports) && (exports ? f.from : f.to) == partner && (exports ? f.to : f.from) != nil
               }) {
                let reporter = earlier.indicator == indicator ? (exports ? earlier.from : earlier.to) : (exports ? earlier.to : earlier.from)
                if exports { candidate.from = reporter } else { candidate.to = reporter }
            }
            // "Danish goods exports to Saudi Arabia rose to DKK 4.9 billion. In 2022, exports to
            // the United Arab Emirates reached DKK 5.8 billion": exports with no exporter named,
            // after the paragraph's exports of one, are that exporter's (imports with no importer,
            // the importer's), unless the sentence names another country before the keyword.
            if (exports ? candidate.from : candidate.to) == nil, let k = candidate.keyword,
               !rules.mentions.contains(where: { $0.end <= k && $0.code != (exports ? candidate.to : candidate.from) }),
               let i = previous.figures.lastIndex(where: { $0.indicator == indicator && (exports ? $0.from : $0.to) != nil }),
               let reporter = exports ? previous.figures[i].from : previous.figures[i].to,
               reporter != (exports ? candidate.to : candidate.from) {
                if exports { candidate.from = reporter } else { candidate.to = reporter }
            }
            // "Food exports, the bulk of that trade, earned $12.9b": exports said to be part of the
            // trade before go to its partner (imports come from it).
            if (exports ? candidate.to : candidate.from) == nil, let reporter = exports ? candidate.from : candidate.to,
               rules.refersToThatTrade,
               let earlier = previous.figures.last(where: { $0.indicator == indicator && (exports ? $0.from : $0.to) == reporter
                   && (exports ? $0.to : $0.from) != nil }) {
                if exports { candidate.to = earlier.to } else { candidate.from = earlier.from }
            }
        }
        // "Trade between Azerbaijan and Italy amounted to $11.2 billion, of which exports accounted
        // for $10.4 billion and imports for $800 million", or exports and imports in the next
        // sentence naming no country: parts of the pair's trade, reported by the country named
        // first. Its exports go to the other country, its imports come from it.
        if indicator == .exports || indicator == .imports, candidate.from == nil && candidate.to == nil,
           let (first, second) = Self.reportingPair(rules: rules, previous: previous, earlier: earlier) {
            (candidate.from, candidate.to) = indicator == .exports ? (first, second) : (second, first)
            return
        }
        // "In 2023, Germany remained the largest export market at $21.1 billion" after a sentence
        // about Türkiye: the partner is named, the exporter (importer) is the country the
        // sentence before is about.
        // ("Trade with the European Union, Tunisia's main partner, accounted for 70.8% of exports.
        // Exports to France reached …": of two countries before, the one the article is about.)
        if let subject = previous.subject ?? documentSubject.flatMap({ previous.countries.contains($0) ? $0 : nil }),
           !rules.mentions.contains(where: { $0.code == subject }) {
            Self.fillReporter(&candidate, subject)
        }
        // "Figures from the Central Bank of Kenya show that tea exports to Pakistan brought in …":
        // the partner named, the country whose office gives the figures reports them.
        if indicator == .exports || indicator == .imports, (indicator == .exports ? candidate.from : candidate.to) == nil,
           (indicator == .exports ? candidate.to : candidate.from) != nil,
           // ("Goods exports to China fell 5.2% to $14.4 billion, the Australian Bureau of Statistics said")
           let office = rules.mentions.first(where: { $0.start < candidate.window.upperBound && rules.namesInstitution($0) })?.code
               ?? rules.citedAgencyCountry {
            Self.fillReporter(&candidate, office)
        }
        // "'We already sell more than £1 billion of food products to Australia,' the British trade
        // minister said": "we" are the speaker's country (the exporter, the importer of imports,
        // the investor).
        if indicator != .tradeTurnover, (indicator == .imports ? candidate.to : candidate.from) == nil, let k = candidate.keyword,
           (rules.sentence.start..<k).contains(where: { rules.context.isWord($0, "we") }),
           let speaker = rules.mentions.first(where: { $0.form == .adjective
               && (rules.context.isWord($0.end, in: SentenceRules.speakerNouns) || rules.context.isWord($0.end + 1, in: SentenceRules.speakerNouns)) }) {
            if indicator == .imports { if candidate.to == nil, candidate.from != speaker.code { candidate.to = speaker.code } }
            else if indicator != .tradeTurnover, candidate.from == nil, candidate.to != speaker.code { candidate.from = speaker.code }
        }
        // "Ukrainian entrepreneurs have set up over 28,000 firms in Poland. They have brought with
        // them an estimated 1.5 billion złoty in capital": "they" are the companies before.
        // ("Last year they put $180 million into new plants in the country": "they" after a fronted
        // period, and "the country" already read as the same host.)
        if candidate.from == nil, rules.mentions.isEmpty, indicator == .investment,
           rules.sentence.tokens(from: rules.sentence.start, count: 4).contains(where: { rules.context.isWord($0, "they") && $0 < candidate.tokens.lowerBound }),
           let earlier = previous.figures.last, earlier.indicator == .enterprises || earlier.indicator == .investment,
           candidate.to == nil || candidate.to == earlier.to {
            candidate.from = earlier.from
            candidate.to = earlier.to
        }
        if candidate.from == nil && candidate.to == nil {
            if rules.mentions.isEmpty, let earlier = previous.figures.last(where: { $0.indicator == indicator && ($0.from != nil || $0.to != nil) }) {
                // ("… followed by Spain with $1.6 billion. FDI in the oil sector amounted to $3.7
                // billion": foreign investment is every investor's; it keeps only the host.)
                if !rules.isForeignInflow(candidate) { candidate.from = earlier.from }
                candidate.to = earlier.to
            } else if indicator == .exports || indicator == .imports,
                      case let named = rules.mentions.filter({ $0.start < candidate.window.upperBound }), !named.isEmpty,
                      named.allSatisfy(rules.namesInstitution), let office = named.first?.code, named.allSatisfy({ $0.code == office }) {
                // "Provisional figures from the Bank of Ghana show that total merchandise exports …
                // stood at US$10.3 billion": the country whose office gives the figures reports them.
                if indicator == .exports { candidate.from = office } else { candidate.to = office }
            } else if rules.mentions.allSatisfy({ rules.isAttribution($0, after: candidate.tokens.upperBound) }),
                      let subject = previous.subject ?? ((indicator == .exports || indicator == .imports) && unpairedArticle ? documentSubject : nil) {
                // "Exports fell to $78.7 billion": the country the paragraph is about; for exports
                // and imports, else the one the article is about ("Swiss foreign trade picked up
                // … demand in the United States." ¶ "… exports rose 3.1% to CHF 70.6 billion").
                switch indicator {
                case .exports: candidate.from = subject
                case .imports: candidate.to = subject
                case .investment where candidate.keyword.map(rules.isForeignInflow) ?? false: candidate.to = subject
                default: break
                }
            }
            if candidate.from == nil && candidate.to == nil { return }
        }
        if worldTotal { return }
        // "Japanese FDI in Vietnam totalled $4.2 billion. Korean investment reached $2.1 billion":
        // an investor (a capital's origin) named alone, after the paragraph's investment into a
        // host from another country or from every country, invests in that host. Not outward
        // investment. ("FDI in Georgia totalled $1.61bn in 2023" ¶ … ¶ "The UK was the largest
        // investor with $333.6mn": the article's last figure when the paragraphs since had none.)
        // (Its window's countries: "…, followed by the Netherlands with $198.3mn" too.)
        if indicator == .investment || indicator == .enterprises, candidate.to == nil, let from = candidate.from,
           rules.mentions.allSatisfy({ $0.code == from || !candidate.window.contains($0.start) }),
           let earlier = previous.figures.last(where: { $0.indicator == indicator }) ?? lastFigure.flatMap({ $0.indicator == indicator ? $0 : nil }),
           // ("Brazilian multinationals invested over $25 billion abroad", "with outflows of USD 90 billion")
           let host = earlier.to, earlier.from != from, host != from, !sendsAbroad(candidate, rules: rules) {
            candidate.to = host
            return
        }
        // "Singapore was the largest source of FDI into India in 2024-25." ¶ "Equity inflows from
        // Singapore stood at $14.94 billion": an investor named alone invests in the one other
        // country the sentence before named (the sentence naming no other but its source's:
        // "…, data from India's Department for Promotion of Industry showed").
        if indicator == .investment, candidate.to == nil, let from = candidate.from,
           case let others = previous.countries.filter({ $0 != from }), others.count == 1,
           case let cited = rules.citedAgencyCountry, rules.mentions.allSatisfy({ $0.code == from || $0.code == cited }),
           !sendsAbroad(candidate, rules: rules),
           !rules.leavesGroup(candidate.window) {
            candidate.to = others[0]
            return
        }
        guard let (a, b) = pair else { return }
        // "the oil sector received $3.2 billion of FDI into Azerbaijan": foreign investment into a
        // country names no investor, whatever the article's other country.
        // (Nor do the projects an investment agency counts: "HIPA registered 51 projects in Hungary
        // worth …" is every investor's.)
        // (Nor "the stock of inward direct investment in Sweden".)
        if candidate.from == nil, rules.isForeignInflow(candidate) || rules.isAgencyProjects(candidate)
            || candidate.keyword.map(rules.isNamedInflow) == true { return }
        // (Nor a count of companies "with foreign capital", "foreign-owned" or "overseas" right
        // after it: every origin's, whatever the article's other country.)
        if indicator == .enterprises, candidate.from == nil,
           case let after = candidate.tokens.upperBound, after < rules.sentence.end,
           rules.sentence.tokens(from: after, count: 4).contains(where: { rules.context.isWord($0, in: Self.anyOrigin) }) { return }
        // "Indonesia's government aims to attract investment of IDR 1,400 trillion": nor does
        // investment a country attracts, with no investor named.
        if indicator == .investment, candidate.from == nil, Self.isTakenIn(candidate, rules: rules) { return }
        // "China's outbound direct investment reached 603.9 billion yuan": no host.
        if indicator == .investment, candidate.to == nil, isOutward(candidate, rules: rules) { return }
        // (A source only once the article has named both countries: "Investment in oil fell to
        // US$2.5bn" in a story on FDI into Colombia whose second country, Spain, comes later.)
        // ("China's direct investment stock in the five countries": a group, no pair.)
        if candidate.from == nil, let to = candidate.to, pairNamed, !rules.leavesGroup(candidate.window) {
            // Imports with no source named are the importer's total, unless the sentence is about
            // the pair ("its imports from the Southeast Asian country" after "Korea's exports to
            // Vietnam"): "…, while imports stood at USD 61.91 billion".
            let other = to == a ? b : (to == b ? a : nil)
            if indicator != .imports || rules.refersToPair || rules.mentions.contains(where: { $0.code == other }) { candidate.from = other }
        }
        else if candidate.to == nil, let from = candidate.from, indicator != .exports || rules.refersToPair, !rules.leavesGroup(candidate.window) {
            candidate.to = from == a ? b : (from == b ? a : nil)
        }
    }

    /// `guess` for the country phrase from `phrase` to `noun`, unless the phrase names a region
    /// (``SentenceRules/anaphorRegion(the:noun:)``) `guess` is not in: then that region's country
    /// (``regionMember(_:before:rules:previous:excluding:article:)``), if one was named.
    static func regionalCountry(replacing guess: CountryCode?, phrase: Int, noun: Int, rules: SentenceRules, previous: ParagraphMemory,
                                excluding known: CountryCode?, article: [CountryMention]) -> CountryCode? {
        guard let region = rules.anaphorRegion(the: phrase, noun: noun), !(guess.map(region.contains) ?? false) else { return guess }
        return regionMember(region, before: phrase, rules: rules, previous: previous, excluding: known, article: article) ?? guess
    }

    /// The country of `region` a descriptive phrase at `phrase` stands for: the nearest named
    /// before it in the sentence, else in the sentence before, else in the article (`article`, its
    /// mentions in order); not `excluding` (the figure's party already known).
    static func regionMember(_ region: Set<CountryCode>, before phrase: Int, rules: SentenceRules, previous: ParagraphMemory,
                             excluding known: CountryCode?, article: [CountryMention]) -> CountryCode? {
        rules.mentions.last(where: { $0.end <= phrase && region.contains($0.code) && $0.code != known })?.code
            ?? previous.countries.first(where: { region.contains($0) && $0 != known })
            ?? article.last(where: { $0.end <= phrase && region.contains($0.code) && $0.code != known })?.code
    }

    /// Investment a country attracts or takes in, named before the keyword ("aims to attract
    /// investment of …") or after it ("Investments approved by the Philippines' Board of
    /// Investments climbed to …").
    static func isTakenIn(_ candidate: Candidate, rules: SentenceRules) -> Bool {
        guard let k = candidate.keyword else { return false }
        let anchor = min(k, candidate.tokens.lowerBound), start = max(rules.sentence.start, anchor - 3)
        return start < k && (start..<k).contains(where: { rules.context.has($0, .receive) })
            || rules.context.has(k + 1, .receive) && rules.context.isWord(k + 2, "by")
    }

    /// The countries whose fiscal year a figure's fiscal period may be, most likely first: the
    /// exporter of exports, the importer of imports, the investor of investment (or `statistician`,
    /// the party whose statistics the figure is, when known: see ``investmentStatistician(_:rules:)``),
    /// then the other party; for turnover (whose partners may be in either order here) the parties
    /// in the order the article
    /// first names them. Then, for a period named fiscal (`article` given), the sentence's and the
    /// article's other countries. `subject` is the country `article` is about (``articleSubject(_:)``,
    /// worked out once per document).
    static func fiscalReporters(_ candidate: Candidate, rules: SentenceRules, article: [CountryMention]?,
                                subject: CountryCode?, statistician: CountryCode? = nil) -> [CountryCode] {
        var parties = (candidate.indicator == .imports || statistician != nil && statistician == candidate.to
                       ? [candidate.to, candidate.from] : [candidate.from, candidate.to]).compactMap { $0 }
        // With the reporter unknown ("Exports to the United States in fiscal 2023 rose …" in an
        // article about Japan), the country the article is about comes before the partner.
        if article != nil, (candidate.indicator == .imports ? candidate.to : candidate.from) == nil, let subject,
           !parties.contains(subject) {
            parties.insert(subject, at: 0)
        }
        if candidate.indicator == .tradeTurnover, parties.count == 2,
           let first = (article ?? rules.mentions).first(where: { parties.contains($0.code) }), first.code != parties[0] {
            parties.reverse()
        }
        guard let article else { return parties }
        return parties + rules.mentions.map(\.code) + article.map(\.code)
    }

    static let europeanUnion = CountryCode("EU")!
    static let usDollar = CurrencyCode("USD")!
    static let yen = CurrencyCode("JPY")!
    static let yuan = CurrencyCode("CNY")!
    static let china = Gazetteer.china
    static let japan = CountryCode("JP")!

    /// The party of an investment figure whose statistics it is, for its fiscal year: the one
    /// whose agency the sentence cites ("according to Japan's Ministry of Finance"), else the one
    /// whose own currency the amount is in ("¥1.2 trillion" of Japanese investment abroad), else
    /// the host of investment coming in ("FDI equity inflows from Singapore … in FY25" are India's);
    /// `nil` for other figures, and for investment sent abroad that neither names.
    func investmentStatistician(_ candidate: Candidate, rules: SentenceRules) -> CountryCode? {
        guard candidate.indicator == .investment else { return nil }
        let parties = [candidate.from, candidate.to]
        if let cited = rules.citedAgencyCountry, parties.contains(cited) { return cited }
        if let own = candidate.quantity.unit.flatMap(CurrencyCountry.country(of:)), parties.contains(own) { return own }
        return sendsAbroad(candidate, rules: rules) ? nil : candidate.to
    }

    /// Whether investment leaves its investor's country: outward by its keyword (``isOutward(_:rules:)``)
    /// or named so in its clause ("invested $25 billion abroad", "with outflows of USD 90 billion":
    /// ``SentenceRules/isNamedOutflow(_:)``).
    func sendsAbroad(_ candidate: Candidate, rules: SentenceRules) -> Bool {
        isOutward(candidate, rules: rules) || rules.isNamedOutflow(candidate)
    }

    /// Investment its keyword calls outward ("outbound", "overseas", within three words before it).
    func isOutward(_ candidate: Candidate, rules: SentenceRules) -> Bool {
        guard let k = candidate.keyword else { return false }
        // "ODI", "OFDI": outward (foreign) direct investment.
        if rules.context.isWord(k, "odi") || rules.context.isWord(k, "ofdi") { return true }
        // "Outflows from Mexico fell to $12 billion"
        if rules.context.isWord(k, "outflows") || rules.context.isWord(k, "outflow") { return true }
        // ("Swiss companies' direct investment abroad amounted to CHF 1,466 billion")
        if rules.context.isWord(k + 1, "abroad") { return true }
        // ("Taiwanese investment in other countries")
        if rules.context.isWord(k + 1, "in"), rules.context.isWord(k + 2, "other"), rules.context.isWord(k + 3, in: WordSets.pairNouns) { return true }
        // ("Chinese direct investment in Europe", "in Southeast Asia", "Chinese investment in
        // countries participating in the Belt and Road Initiative", "in Gulf states": hosts that
        // are no one country; not "in both countries", "in the two countries", the pair.)
        if rules.context.isWord(k + 1, "in") || rules.context.isWord(k + 1, "into") {
            var j = rules.context.isWord(k + 2, "the") ? k + 3 : k + 2
            if rules.context.isWord(j, in: WordSets.placeAdjectives) { j += 1 }
            if rules.context.isWord(j, in: WordSets.worldRegions) { return true }
            for i in rules.sentence.tokens(from: j, count: 4) {
                if rules.context.isWord(i, in: WordSets.pairNouns) {
                    return !(j..<i).contains(where: { rules.context.isWord($0, "both") || rules.context.isWord($0, "two") })
                }
                if rules.context.t[i].kind != .word || rules.mentions.contains(where: { $0.start <= i && i < $0.end }) { break }
            }
        }
        return (max(rules.sentence.start, k - 3)..<k).contains(where: { rules.context.isWord($0, in: WordSets.outwardWords) })
    }

    /// "the United Kingdom with $215.6 million", "- United Kingdom: $1.7 billion", "China ($12.2
    /// billion)", "the U.S. at $14.8 billion": an amount listed against the country right before
    /// it (one word between).
    static func listsAmount(after m: CountryMention, amount: Range<Int>, rules: SentenceRules) -> Bool {
        let c = rules.context
        // "Singapore led with USD 6.1 billion", "China third with $3.6 billion", "South Korea ranked
        // second with nearly $3.9 billion"
        if let place = rules.rankedPlace(after: m.end, be: false), place.lead || place.ordinal { return amount.lowerBound == place.amountAt }
        guard amount.lowerBound == m.end + 1 else { return false }
        return c.isWord(m.end, "with") || c.isWord(m.end, "at") || c.isSymbol(m.end, .colonMark) || c.isSymbol(m.end, .openParen)
    }

    /// The partners of the trade turnover that exports or imports naming no country are part of,
    /// the country named first (the reporter) first: a turnover with both partners earlier in the
    /// sentence, or, when the sentence names no country, the last figure of the sentence before.
    static func reportingPair(rules: SentenceRules, previous: ParagraphMemory, earlier: [Candidate]) -> (CountryCode, CountryCode)? {
        let named: [CountryCode]
        let a: CountryCode?, b: CountryCode?
        if let last = earlier.lastIndex(where: { $0.indicator == .tradeTurnover }) {
            named = rules.mentions.map(\.code)
            (a, b) = (earlier[last].from, earlier[last].to)
        } else if rules.mentions.isEmpty, previous.figures.count > earlier.count,
                  case let last = previous.figures.count - earlier.count - 1, previous.figures[last].indicator == .tradeTurnover {
            // (The paragraph's figures end with this sentence's: the one before them.)
            // ("Japan is the 4th largest goods trading partner of the United States, with $227.7
            // billion in total goods trade during 2022. Goods exports totaled $80.2 billion": the
            // United States' exports.)
            named = (previous.partnerOf.map { [$0] } ?? []) + previous.countries
            (a, b) = (previous.figures[last].from, previous.figures[last].to)
        } else {
            return nil
        }
        guard let a, let b, let first = named.first(where: { $0 == a || $0 == b }) else { return nil }
        return first == a ? (a, b) : (b, a)
    }

    static func figure(_ c: Candidate, sentence: Range<Int>) -> Figure {
        let q = c.quantity
        var unit = q.unit
        if c.indicator == .enterprises { unit = .count }
        if case .percent? = unit { unit = nil }
        // (Turnover's partners in alphabetical order, however the rules found them.)
        var (from, to) = (c.from, c.to)
        if c.indicator == .tradeTurnover, let a = from, let b = to, b < a { (from, to) = (b, a) }
        return Figure(indicator: c.indicator ?? .investment, value: q.value, unit: unit, bound: q.bound, low: q.low,
                      high: q.high, from: from, to: to, sector: c.sector, period: c.period, status: c.status,
                      span: q.span, sentence: sentence)
    }
}

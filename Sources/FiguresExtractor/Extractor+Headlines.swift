import FiguresCore
import FiguresRecognizer

extension Extractor {
    /// The sentences that are a headline or a standfirst: the only sentence of one of the first
    /// two paragraphs, with no full stop, question or exclamation mark at its end ("Japan's Toyota
    /// to invest $1.4bn in Kentucky battery plant").
    static func headlineSentences(_ sentences: [Sentence], context: DocumentContext) -> [Bool] {
        var result = [Bool](repeating: false, count: sentences.count)
        for i in sentences.indices where sentences[i].paragraph <= 1 {
            let s = sentences[i]
            let alone = (i == 0 || sentences[i - 1].paragraph != s.paragraph) && (i + 1 == sentences.count || sentences[i + 1].paragraph != s.paragraph)
            let last = s.end - 1
            result[i] = alone && s.end > s.start
                && !(context.isSymbol(last, .period) || context.isSymbol(last, .question) || context.isSymbol(last, .exclamation))
        }
        return result
    }

    /// A headline's figure announces the figure of the story that has its indicator and amount
    /// ("Coal exports to Japan hit record $41.3b" ¶ "Australia's coal exports to Japan rose to a
    /// record $41.3 billion in the year to June 2023"): what the headline leaves out, the story's
    /// figure gives. Filled in: a party the headline does not name, the period (the headline's
    /// own is at most the publication day, a stock's default), a plan's status, the sector, and
    /// the local dollar of a bare "$" the story reads so. Amounts must be equal (value, or both
    /// ends of a range); the first such figure after the headlines is taken.
    static func alignHeadlines(_ figures: inout [Figure], headline: [Bool], published: Day?) {
        guard headline.contains(true) else { return }
        for i in figures.indices where headline[i] {
            guard let j = figures.indices.first(where: { j in
                j > i && !headline[j] && figures[j].indicator == figures[i].indicator
                    && figures[j].value == figures[i].value && figures[j].low == figures[i].low && figures[j].high == figures[i].high
            }) else { continue }
            let body = figures[j]
            if figures[i].from == nil, body.from != figures[i].to { figures[i].from = body.from }
            if figures[i].to == nil, body.to != figures[i].from { figures[i].to = body.to }
            if figures[i].period == nil || published.map({ figures[i].period == .day($0) }) == true { figures[i].period = body.period }
            if body.status == .target { figures[i].status = .target }
            if figures[i].sector == nil { figures[i].sector = body.sector }
            if case .currency(let code)? = figures[i].unit, code == usDollar, case .currency(let local)? = body.unit,
               local != code, LocalDollar.countries.values.contains(where: { $0.code == local }) {
                figures[i].unit = body.unit
            }
        }
    }
}

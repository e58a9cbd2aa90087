import FiguresCore

extension Extractor {
    /// A figure still missing a party after every other rule, in the currency of one country
    /// (``CurrencyCountry``), has that country as the missing party when it is not already the
    /// other one: "border trade with Malaysia was the largest at 172 billion baht" is Thailand's,
    /// "Japan was the top source of approved investments at P30.2 billion" went into the
    /// Philippines, "Applications for foreign direct investment … jumped 72% to 663 billion baht"
    /// into Thailand.
    /// - Investment with no party: the host (the investor, of outward investment); with one, the
    ///   other side (but foreign investment into a named host keeps no investor).
    /// Only a country the article names (`article`, its mentions) is filled in.
    /// - Exports, imports and trade turnover with no party: the country's own total (the exporter,
    ///   the importer, the trading country; not the trade of "the two countries"); with one, the
    ///   other side.
    func fillPartyFromCurrency(_ candidate: inout Candidate, rules: SentenceRules, article: [CountryMention]) {
        guard let indicator = candidate.indicator, indicator != .enterprises, candidate.from == nil || candidate.to == nil,
              let country = candidate.quantity.unit.flatMap(CurrencyCountry.country(of:)),
              candidate.from != country, candidate.to != country,
              // (Only a country the article names: a letter currency read by default, "K4.2
              // billion" as Papua New Guinea's kina, is no party of a story about Malawi.)
              article.contains(where: { $0.code == country }) else { return }
        switch (candidate.from, candidate.to) {
        case (nil, nil):
            switch indicator {
            case .investment:
                // ("invested 120 billion reais abroad": the investor's.)
                if sendsAbroad(candidate, rules: rules) { candidate.from = country } else { candidate.to = country }
            case .imports: candidate.to = country
            // ("The trade volume between the two countries stood at £77.6 million": a pair not
            // read, no country's total.)
            case .tradeTurnover where rules.refersToPair: return
            default: candidate.from = country
            }
        case (let known?, nil) where indicator == .tradeTurnover, (nil, let known?) where indicator == .tradeTurnover:
            (candidate.from, candidate.to) = known < country ? (known, country) : (country, known)
        case (_?, nil):
            candidate.to = country
        default:
            if indicator == .investment, rules.isForeignInflow(candidate) { return }
            candidate.from = country
        }
    }
}

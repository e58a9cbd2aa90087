import FiguresCore

extension RuleEngine {
    /// "%", "percent", "per cent", "pct", "percentage" after a number; "percentage points", "% points",
    /// "pp" make it percentage points instead. Returns the unit and the end.
    func percentSuffix(at k: Int) -> (QuantityUnit, Int)? {
        guard k < n else { return nil }
        var end: Int
        if isSymbol(k, .percent) {
            // Percent-encoding in a stray URL fragment: "%20".
            if k + 1 < n, t[k + 1].kind == .number, !t[k + 1].spaceBefore { return nil }
            end = k + 1
        } else if isWord(k, .percent) || isWord(k, .percents) || isWord(k, .pct) {
            end = k + 1
        } else if isWord(k, .per), isWord(k + 1, .cent) {
            end = k + 2
        } else if isWord(k, .percentage) || isWord(k, .percentages) {
            end = k + 1
        } else if isWord(k, .pp) {
            return (.percentagePoint, k + 1)
        } else {
            return nil
        }
        if isWord(end, .points) || isWord(end, .point) {
            return (.percentagePoint, end + 1)
        }
        // After a number "percentage" is percent ("a percentage of the budget" has no number before it).
        return (.percent, end)
    }

    /// "percent of 10", "per cent of twenty-two": the percentage named before its number.
    func percentPrefix(at k: Int) -> Int? {
        var at: Int
        if isWord(k, .percent) || isWord(k, .percents) { at = k + 1 }
        else if isWord(k, .per), isWord(k + 1, .cent) { at = k + 2 }
        else { return nil }
        guard isWord(at, .of) else { return nil }
        at += 1
        if k > 0, t[k - 1].kind == .number || NumberRole.of(t[k - 1]) != nil { return nil }
        return at
    }
}

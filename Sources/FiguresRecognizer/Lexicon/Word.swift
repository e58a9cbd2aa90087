/// The words the recogniser's rules refer to by name. A token's `word` field holds the raw value
/// (0 for any other word); spelling is the case name, matched case-insensitively.
public enum Word: UInt16, CaseIterable, Sendable {
    case none = 0
    // Cardinals.
    case zero, nought, naught, nil_, one, two, three, four, five, six, seven, eight, nine, ten, eleven, twelve,
         thirteen, fourteen, fifteen, sixteen, seventeen, eighteen, nineteen,
         twenty, thirty, forty, fourty, fifty, sixty, seventy, eighty, ninety
    // Scales.
    case hundred, hundreds, thousand, thousands, million, millions, billion, billions, trillion, trillions,
         quadrillion, lakh, lakhs, lac, crore, crores, dozen, dozens, dz, dzs, doz, dozs,
         k, m, mn, mln, mil, mio, bn, bln, bil, b, tn, tln, trn, tril, mm, g
    // Ordinals (and, in the plural, fraction denominators).
    case first, second, third, fourth, fifth, sixth, seventh, eighth, ninth, nineth, tenth, eleventh, twelfth,
         thirteenth, fourteenth, fifteenth, sixteenth, seventeenth, eighteenth, nineteenth,
         twentieth, thirtieth, fortieth, fiftieth, sixtieth, seventieth, eightieth, ninetieth,
         hundredth, thousandth, millionth, billionth, trillionth
    case firsts, seconds, thirds, fourths, fifths, sixths, sevenths, eighths, ninths, tenths, elevenths, twelfths,
         thirteenths, fourteenths, fifteenths, sixteenths, seventeenths, eighteenths, nineteenths,
         twentieths, thirtieths, fortieths, fiftieths, sixtieths, seventieths, eightieths, ninetieths,
         hundredths, thousandths, millionths, billionths, trillionths
    case half, halves, quarter, quarters
    // Grammar.
    case a, an, and, or, of, `in`, out, the, this, that, which, each, any, every, another, no, not, than, to,
         from, between, through, point, minus, negative, per, cent, percent, percents, percentage, percentages,
         pct, points, pp, `as`, much, many, high, so, plus, well, just, slightly, at, up, by, on, `for`, since,
         until, till, end, early, late, mid, start, beginning
    // Qualifiers.
    case more, less, fewer, greater, bigger, larger, smaller, lower, higher, above, below, under, over,
         exceeding, exceeded, exceeds, exceed, surpass, surpassed, surpasses, surpassing, topped, tops, crossed, crosses,
         excess, upward, upwards, least, most, almost, nearly, about, around, approximately, approx, roughly,
         some, estimated, circa, close, equal, equals, equaling, equalling, exactly, precisely, beyond, north,
         shy, short, region, order, little, bit
    // Verbs of change: "rose from X to Y" is two values, not a range.
    case rose, rise, rises, rising, risen, increased, increase, increases, increasing, grew, grow, grows,
         growing, grown, fell, fall, falls, falling, fallen, declined, decline, declines, declining, decreased,
         decrease, decreases, decreasing, dropped, drop, drops, dropping, jumped, jump, jumps, climbed, climb,
         climbs, surged, surge, surges, soared, soar, expanded, expand, contracted, shrank, shrunk, went, going,
         down, raised, raise, raising, cut, cuts, reduced, reduce, reducing, boosted, boost, boosting, doubled,
         tripled, slipped, slid, plunged, plummeted, advanced, gained, changed, moved, widened, narrowed, swung,
         revised, lifted, lift, bring, brought
    // Months.
    case january, february, march, april, may, june, july, august, september, october, november, december,
         jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec
    // Things that follow a count but are not currencies or units.
    case times, years, year, days, day, months, month, weeks, week, percentile
    // More qualifiers ("a shade under", "the best part of", "getting on for").
    case shade, touch, best, better, part, getting

    /// Whether word id `id` (a token's ``Token/word``) is a numeral: a cardinal, a scale, an
    /// ordinal or a fraction ("two", "billion", "dozens", "third", "half"). Every amount the
    /// rules find holds a number token or one of these. (The numerals are the cases declared
    /// before `quarters`; `WordTests` checks that every word with a ``NumberRole`` is one, but
    /// the articles "a" and "an", which make an amount only with a numeral after them.)
    @inlinable
    public static func isNumeral(_ id: UInt16) -> Bool { id != 0 && id <= Word.quarters.rawValue }

    /// The spelling matched in text: the case name (`nil` for `nil_`).
    public var spelling: String {
        switch self {
        case .nil_: return "nil"
        default: return String(describing: self)
        }
    }

    /// Every spelling after `none`, in declaration order, written out so that building the word
    /// table at start-up needs no reflection (`String(describing:)` of 358 cases took about a
    /// third of a small run). `WordTests` checks that it matches ``spelling`` case by case.
    static let spellingList = """
        zero nought naught nil one two three four five six seven eight nine ten eleven twelve thirteen \
        fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fourty fifty sixty seventy \
        eighty ninety hundred hundreds thousand thousands million millions billion billions trillion \
        trillions quadrillion lakh lakhs lac crore crores dozen dozens dz dzs doz dozs k m mn mln mil mio bn \
        bln bil b tn tln trn tril mm g first second third fourth fifth sixth seventh eighth ninth nineth tenth \
        eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth \
        twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth \
        millionth billionth trillionth firsts seconds thirds fourths fifths sixths sevenths eighths ninths \
        tenths elevenths twelfths thirteenths fourteenths fifteenths sixteenths seventeenths eighteenths \
        nineteenths twentieths thirtieths fortieths fiftieths sixtieths seventieths eightieths ninetieths \
        hundredths thousandths millionths billionths trillionths half halves quarter quarters a an and or of \
        in out the this that which each any every another no not than to from between through point minus \
        negative per cent percent percents percentage percentages pct points pp as much many high so plus \
        well just slightly at up by on for since until till end early late mid start beginning more less \
        fewer greater bigger larger smaller lower higher above below under over exceeding exceeded exceeds \
        exceed surpass surpassed surpasses surpassing topped tops crossed crosses excess upward upwards least most almost \
        nearly about around approximately approx roughly some estimated circa close equal equals equaling \
        equalling exactly precisely beyond north shy short region order little bit rose rise rises rising risen \
        increased increase increases increasing grew grow grows growing grown fell fall falls falling fallen \
        declined decline declines declining decreased decrease decreases decreasing dropped drop drops \
        dropping jumped jump jumps climbed climb climbs surged surge surges soared soar expanded expand \
        contracted shrank shrunk went going down raised raise raising cut cuts reduced reduce reducing \
        boosted boost boosting doubled tripled slipped slid plunged plummeted advanced gained changed moved \
        widened narrowed swung revised lifted lift bring brought january february march april may june july \
        august september october november december jan feb mar apr jun jul aug sep sept oct nov dec times \
        years year days day months month weeks week percentile shade touch best better part getting
        """

    /// (spelling, raw value) for every word after `none`.
    static var spellingPairs: [(String, UInt16)] {
        spellingList.split(separator: " ").enumerated().map { (String($0.element), UInt16($0.offset + 1)) }
    }
}

import FiguresCore
import Testing

struct SeriesKeyTests {
    static let keys: [SeriesKey] = [
        SeriesKey(indicator: .tradeTurnover, from: CountryCode("RU"), to: CountryCode("AZ"), sector: nil,
                  unit: .currency(CurrencyCode("USD")!), measure: .flow),
        SeriesKey(indicator: .investment, from: CountryCode("CN"), to: CountryCode("KZ"), sector: "oil and gas",
                  unit: .currency(CurrencyCode("EUR")!), measure: .stock),
        SeriesKey(indicator: .enterprises, from: nil, to: CountryCode("GE"), sector: "pharmacy", unit: .count, measure: .stock),
        SeriesKey(indicator: .exports, from: CountryCode("TR"), to: nil, sector: "kāmaboko ☃", unit: nil, measure: .flow),
        SeriesKey(indicator: .imports, from: nil, to: nil, sector: nil, unit: .percent, measure: .flow),
    ]

    @Test(arguments: keys)
    func parsesItsOwnName(_ key: SeriesKey) {
        #expect(SeriesKey(key.description) == key)
    }

    @Test func namesEveryField() {
        #expect(SeriesKeyTests.keys.map(\.description) == [
            "trade_turnover:AZ-RU::USD:flow", "investment:CN>KZ:oil and gas:EUR:stock", "enterprises:?>GE:pharmacy:count:stock",
            "exports:TR>?:kāmaboko ☃:?:flow", "imports:?>?::percent:flow",
        ])
    }

    @Test func turnoverNamesPutTheSmallerCodeFirst() {
        #expect(SeriesKeyTests.keys[0].description == "trade_turnover:AZ-RU::USD:flow")
        #expect(SeriesKey("trade_turnover:RU-AZ::USD:flow") == SeriesKeyTests.keys[0])
    }

    @Test(arguments: ["", "investment", "investment:RU>AZ::USD", "investment:RU>AZ::USD:flow:extra",
                      "investments:RU>AZ::USD:flow", "investment:RU-AZ::USD:flow", "investment:RU>AZ>GE::USD:flow",
                      "trade_turnover:AZ>RU::USD:flow", "investment:RU>AZ::usd:flow", "investment:RU>AZ::DOLLAR:flow",
                      "investment:RU>AZ::USD:flows"])
    func rejectsMalformedNames(_ text: String) {
        #expect(SeriesKey(text) == nil)
    }
}

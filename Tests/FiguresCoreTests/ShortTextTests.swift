import FiguresCore
import Testing

struct ShortTextTests {
    @Test(arguments: ["", "a", "cents", "2020-11-10", "--11-10", "fifteen bytes!!", "sixteen bytes!!!",
                      "a currency name much longer than fifteen bytes", "Türkiye lira ₺"])
    func keepsEveryTextWhole(_ text: String) {
        let short = ShortText(text)
        #expect(short.description == text)
        var bytes: [UInt8] = []
        short.withUTF8 { bytes = Array($0) }
        #expect(bytes == Array(text.utf8))
    }

    @Test func equalTextsAreEqualValuesInlineOrNot() {
        #expect(ShortText("dollar") == ShortText("dollar"))
        #expect(ShortText("dollar") != ShortText("dollars"))
        let long = "a name of more than fifteen bytes"
        #expect(ShortText(long) == ShortText(String(long)))
        #expect(ShortText(long).hashValue == ShortText(long).hashValue)
        #expect(ShortText(long) != ShortText(long + "!"))
    }

    @Test func quantityKeepsItsTextsThroughTheStringAPI() {
        var q = Quantity(kind: .date, value: nil, span: 0..<4, date: "2021")
        #expect(q.date == "2021")
        #expect(q.unitName == nil)
        q.unitName = "a subunit with a very long name"
        #expect(q.unitName == "a subunit with a very long name")
        q.date = nil
        #expect(q.date == nil)
    }
}

struct CountryCodeTests {
    @Test func onlyTwoCapitalLettersMakeACode() {
        #expect(CountryCode("AZ")?.code == "AZ")
        for text in ["", "A", "az", "AZE", "A1", "Ä", "ZZ "] { #expect(CountryCode(text) == nil, "\(text)") }
    }

    @Test func codesOrderAlphabetically() {
        let codes = ["RU", "AZ", "TR", "AM", "EU", "CN"].compactMap(CountryCode.init)
        #expect(codes.sorted().map(\.code) == ["AM", "AZ", "CN", "EU", "RU", "TR"])
        #expect(Set(codes + codes).count == codes.count)
    }
}

import Foundation

/// SplitMix64: a small deterministic generator, so the same seed always gives the same corpus.
struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) / 10_000 < p }
}

/// Realistic English economic news at the density of real articles: figures of every indicator
/// between many country pairs, in many currencies and phrasings, amid ordinary prose (meetings,
/// quotes, dates, percentages, counts that are not figures).
struct CorpusGenerator {
    var random: SplitMix64
    var article = 0

    init(seed: UInt64) { random = SplitMix64(state: seed) }

    static let countries: [(String, String)] = [
        ("Azerbaijan", "Azerbaijani"), ("Russia", "Russian"), ("Kazakhstan", "Kazakh"), ("China", "Chinese"), ("Turkey", "Turkish"),
        ("Georgia", "Georgian"), ("Uzbekistan", "Uzbek"), ("India", "Indian"), ("Germany", "German"), ("France", "French"),
        ("Brazil", "Brazilian"), ("Argentina", "Argentine"), ("Japan", "Japanese"), ("Vietnam", "Vietnamese"), ("Egypt", "Egyptian"),
        ("Saudi Arabia", "Saudi"), ("Nigeria", "Nigerian"), ("the United Kingdom", "British"), ("Mexico", "Mexican"),
        ("the United States", "American"), ("Poland", "Polish"), ("Italy", "Italian"), ("South Korea", "South Korean"),
        ("Indonesia", "Indonesian"), ("Australia", "Australian"), ("Iran", "Iranian"), ("Pakistan", "Pakistani"),
        ("Kyrgyzstan", "Kyrgyz"), ("Armenia", "Armenian"), ("Hungary", "Hungarian"), ("Spain", "Spanish"), ("Canada", "Canadian"),
    ]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                         "November", "December"]
    static let people = ["Ilham Aliyev", "Olaf Mertens", "Kassym Tokayev", "Narendra Rao", "Maria Lopes", "Kenji Sato",
                         "Amina Bello", "Luis Ortega", "Anna Kowalska", "Hakan Demir", "Li Wei", "Sophie Martin"]
    static let cities = ["Baku", "Astana", "Moscow", "Ankara", "Tbilisi", "Berlin", "Paris", "Tokyo", "Cairo", "Riyadh",
                         "New Delhi", "Brasilia", "Warsaw", "Rome", "Madrid", "Seoul", "Jakarta", "Canberra"]

    mutating func amount() -> String {
        let whole = random.int(95) + 1
        let decimal = random.int(10)
        let scale = random.pick(["billion", "billion", "million", "million", "bn", "mln"])
        let number = random.chance(0.6) ? "\(whole).\(decimal)" : "\(whole)"
        switch random.int(9) {
        case 0: return "$\(number) \(scale)"
        case 1: return "\(number) \(scale) US dollars"
        case 2: return "USD \(number) \(scale)"
        case 3: return "€\(number) \(scale)"
        case 4: return "\(number) \(scale) euros"
        case 5: return "\(whole),\(random.int(900) + 100) million rubles"
        case 6: return "£\(number) \(scale)"
        case 7: return "\(number) \(scale) yuan"
        default: return "$\(number)\(random.pick(["bn", "m", " billion"]))"
        }
    }

    mutating func bounded() -> String {
        random.pick(["", "", "", "more than ", "about ", "nearly ", "some ", "over ", "almost ", "roughly "]) + amount()
    }

    mutating func period() -> String {
        let year = 2014 + random.int(11)
        switch random.int(8) {
        case 0: return " in \(year)"
        case 1: return " in the first half of \(year)"
        case 2: return " in January-\(random.pick(Array(Self.months[2...])) ) \(year)"
        case 3: return " last year"
        case 4: return " in Q\(random.int(4) + 1) \(year)"
        case 5: return " in the first nine months of the year"
        case 6: return ""
        default: return " in \(year)"
        }
    }

    mutating func pair() -> ((String, String), (String, String)) {
        let a = random.pick(Self.countries)
        var b = random.pick(Self.countries)
        while b.0 == a.0 { b = random.pick(Self.countries) }
        return (a, b)
    }

    mutating func figureSentence() -> String {
        let ((a, aAdj), (b, bAdj)) = pair()
        let cap = { (s: String) in s.prefix(1).uppercased() + s.dropFirst() }
        switch random.int(12) {
        case 0: return "\(aAdj) investments in \(b)'s economy \(random.pick(["have exceeded", "totaled", "reached", "stand at"])) \(bounded())."
        case 1: return "Trade turnover between \(a) and \(b) amounted to \(bounded())\(period()), \(random.pick(["the customs service said", "official data show", "up 12 percent year-on-year", "a record high"]))."
        case 2: return "\(cap(a))'s exports to \(b) reached \(bounded())\(period()), while imports from \(b) came to \(amount())."
        case 3: return "More than \(random.int(3000) + 50) companies with \(aAdj) capital operate in \(b), the ministry said."
        case 4: return "\(cap(a)) and \(b) aim to bring bilateral trade to \(amount()) by \(2025 + random.int(6))."
        case 5: return "\(aAdj) direct investment in \(b)'s \(random.pick(["oil", "energy", "mining", "non-oil", "agriculture"])) sector reached \(bounded())\(period())."
        case 6: return "Bilateral trade between \(a) and \(b) grew by \(random.int(40) + 1) percent to \(bounded())\(period())."
        case 7: return "\(cap(b)) imported goods worth \(amount()) from \(a)\(period())."
        case 8: return "The trade volume between the two countries stood at \(bounded())\(period())."
        case 9: return "\(aAdj) companies have invested \(bounded()) in \(b) since \(2000 + random.int(15))."
        case 10: return "\(bAdj) imports of \(aAdj) \(random.pick(["oil", "gas", "grain", "cars", "wine"])) rose to \(amount())\(period())."
        default: return "Some \(random.int(900) + 100) \(aAdj)-owned firms are registered in \(b), and their total investment exceeds \(amount())."
        }
    }

    mutating func proseSentence() -> String {
        let ((a, _), (b, _)) = pair()
        let person = random.pick(Self.people)
        let month = random.pick(Self.months)
        let year = 2015 + random.int(10)
        switch random.int(14) {
        case 0: return "The talks took place in \(random.pick(Self.cities)) on \(month) \(random.int(28) + 1), \(year)."
        case 1: return "\"We have many areas for joint work, and this is only the beginning,\" \(person) said."
        case 2: return "The delegation of \(random.int(40) + 5) officials visited \(random.int(6) + 2) regions over \(random.int(5) + 2) days."
        case 3: return "The sides discussed cooperation in education, culture, tourism and transport."
        case 4: return "Inflation in \(a) slowed to \(random.int(90) / 10 + 1).\(random.int(10)) percent in \(month), the central bank said."
        case 5: return "The festival in \(random.pick(Self.cities)) attracted about \(random.int(90) + 10),000 visitors, organisers said."
        case 6: return "Both leaders stressed the importance of dialogue and mutual respect."
        case 7: return "The agreement, signed under clause \(random.int(20) + 1) of the 2\(random.int(10))-article treaty, enters into force next month."
        case 8: return "\(person), who is \(random.int(40) + 35), has served as minister since \(2000 + random.int(20))."
        case 9: return "A new railway line of \(random.int(900) + 100) kilometres will link \(a) with \(b) by the end of the decade."
        case 10: return "Temperatures in the capital reached \(random.int(15) + 25) degrees Celsius on Tuesday."
        case 11: return "The central bank kept its key rate at \(random.int(15) + 2).\(random.int(4) * 25) percent."
        case 12: return "Officials from \(a) and \(b) will meet again in the third quarter, the foreign ministry said."
        default: return "The ministry said that \(random.int(12) + 2) documents were signed during the visit of \(person)."
        }
    }

    /// One article: a dateline and 4 to 9 paragraphs of 2 to 5 sentences, about one in four a figure.
    mutating func articleText() -> (String, String) {
        article += 1
        let published = String(format: "%04d-%02d-%02d", 2018 + random.int(7), random.int(12) + 1, random.int(28) + 1)
        var paragraphs: [String] = []
        for _ in 0..<(random.int(6) + 4) {
            var sentences: [String] = []
            for _ in 0..<(random.int(4) + 2) {
                sentences.append(random.chance(0.25) ? figureSentence() : proseSentence())
            }
            paragraphs.append(sentences.joined(separator: " "))
        }
        return (published, paragraphs.joined(separator: "\n\n"))
    }

    static func jsonEscaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Writes at least `bytes` of articles as JSON Lines to `path`; returns (articles, bytes of text).
    mutating func writeJSONLines(bytes: Int, to path: String) throws -> (Int, Int) {
        FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var written = 0, articles = 0, textBytes = 0
        var buffer = ""
        while written < bytes {
            let (published, text) = articleText()
            let line = "{\"id\": \"bench-\(article)\", \"published\": \"\(published)\", \"text\": \"\(Self.jsonEscaped(text))\"}\n"
            buffer += line
            written += line.utf8.count
            textBytes += text.utf8.count
            articles += 1
            if buffer.utf8.count > 1 << 20 { try handle.write(contentsOf: Data(buffer.utf8)); buffer = "" }
        }
        try handle.write(contentsOf: Data(buffer.utf8))
        return (articles, textBytes)
    }

    /// Writes articles as date-header text files into `folder` until `bytes`.
    mutating func writeTextFiles(bytes: Int, to folder: String) throws -> (Int, Int) {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var written = 0, articles = 0
        while written < bytes {
            let (published, text) = articleText()
            let content = "date \(published) \(text)\n"
            try Data(content.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent(String(format: "%06d.txt", article)))
            written += content.utf8.count
            articles += 1
        }
        return (articles, written)
    }
}

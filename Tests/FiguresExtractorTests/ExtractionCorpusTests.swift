import FiguresCore
import FiguresExtractor
import Foundation
import Testing

@Suite struct ExtractionCorpusTests {
    @Test func corpusIsLargeAndVaried() throws {
        let cases = try ExtractionCorpus.load()
        #expect(cases.filter { !$0.expected.isEmpty }.count >= 150)
        #expect(cases.filter { $0.expected.isEmpty }.count >= 40)
        // Every case has words to read and an id of its own (a blank text passes any "no figure" case).
        #expect(cases.filter { $0.text.split(separator: " ").count < 5 }.map(\.id) == [])
        #expect(Set(cases.map(\.id)).count == cases.count)
    }

    /// Whole articles written blind (without reading the extractor): paragraphs, quotes,
    /// distracting numbers, parties named only in earlier sentences.
    @Test func articlesScoreAtLeast90PercentF1() throws {
        let score = ExtractionCorpus.score(try ExtractionCorpus.load("articles.jsonl"))
        print("articles: " + score.summary)
        if ProcessInfo.processInfo.environment["FIGURES_CORPUS_REPORT"] != nil {
            print(score.problems.joined(separator: "\n"))
        }
        #expect(score.f1 >= 0.90, "\(score.summary)\n\(score.problems.joined(separator: "\n"))")
    }

    /// Scores every annotated sentence; prints precision, recall and attribute accuracy.
    @Test func scoresAtLeast95PercentF1() throws {
        let score = ExtractionCorpus.score(try ExtractionCorpus.load())
        print(score.summary)
        if ProcessInfo.processInfo.environment["FIGURES_CORPUS_REPORT"] != nil {
            print(score.problems.joined(separator: "\n"))
        }
        #expect(score.f1 >= 0.95, "\(score.summary)\n\(score.problems.joined(separator: "\n"))")
        for attribute in ["from", "to", "period", "bound", "sector"] {
            #expect(score.accuracy(attribute) >= 0.9, "\(attribute): \(score.summary)\n\(score.problems.joined(separator: "\n"))")
        }
    }

    /// Misses the extractor still makes in the two files, with the reason; the list only shrinks.
    /// The fourth and fifth blind sets' misses are listed as their first fixes left them; so are
    /// the seventh's to tenth's (eleventh benchmark round); the ninth and tenth were written after
    /// the others' fixes and are listed as they first ran, with a few general fixes after.
    static let knownMisses: [String: String] = [
        "b2-21: '16,584': from CN (want null)":
            "\"16,584 …, of which 3,240 are with Chinese capital\": the part's capital origin is given to the whole",
        "b2-25: '$1.8 billion': from CN (want JP)":
            "\"followed by Japan and Hong Kong (China) with $1.8 billion and $1.6 billion, respectively\": a list of investors before \"respectively\" is not paired",
        "b2-25: '$1.6 billion': from SG (want HK)": "the same list",
        "b2-30: '762.1 billion dollars': from MX (want CA)":
            "\"Canada and China, whose trade with the United States reached … and …, respectively\": partners listed before the keyword are not paired",
        "b2-30: '582.4 billion dollars': from MX (want CN)": "the same list",
        // Sixth blind set (b6: Azerbaijani and neighbouring news sites, interviews).
        "b6-28: 'about $300 million': sector null (want renewable energy)":
            "\"invested about $300 million in the 240 MW Khizi-Absheron wind power plant, the largest renewable energy project\": a wind plant is not read as renewable energy",
        // Fourth and fifth blind sets (b4: scraped Caucasus and Central Asian news; b5: official releases).
        "b4-05: missed investment '$500 million'":
            "\"launch a joint investment fund of $500 million\": \"investment fund\" names a fund, not an investment figure (the annotator counted it as a planned investment)",
        "b4-10: 'more than $36.5 billion': period 2024-11-12 (want 1995/2024)":
            "\"since 1995, British companies have invested more than $36.5 billion\": a running total since a year takes the publication date (\"since\" names no period); the annotation reads the span 1995/2024",
        "b4-11: 'more than $23 billion': period 2023-05-18 (want 2013/2022)":
            "\"over the past 10 years … invested more than $23 billion\": \"the past N years\" is not read as a span; the running total takes the publication date",
        "b4-18: missed investment 'about $300 million'":
            "\"the investment portfolio of Saudi Arabia's ACWA Power in Azerbaijan's renewable energy sector amounts to about $300 million\": \"investment portfolio\" is left out (a fund's holdings are no figure, and a company's portfolio in a country is not told apart)",
        "b5-06: '$37.2 billion': sector null (want automotive)":
            "\"Türkiye's automotive industry remained the top exporter …, shipping $37.2 billion worth of goods\": a sector as the subject of \"exporter\" is not read",
        "b5-07: 'Dh185.4 billion': period null (want 2022-05/2023-04)":
            "\"the first 12 months of CEPA, which came into force on May 1, 2022\": a period counted from an agreement's start is not read",
        "b5-12: 'R22.4 billion': period 2021-Q2 (want 2021-Q1)":
            "\"down from R22.4 billion in the first\" (quarter left out) is not read as the first quarter",
        "b5-16: '$40 billion': from CN (want null), sector null (want renewable energy)":
            "\"framework agreements for renewable energy projects in Egypt with planned investments of $40 billion, mostly with Gulf and European developers\": the investor comes from the article's pair (China) and the sector before the keyword's clause is not read",
        "b5-19: '$8.69 billion': period null (want 2023)":
            "\"pledges to Korea from the United States came to $8.69 billion\": \"pledges\" makes a target, and a target takes no period named before it; the annotation keeps 2023",
        "b5-19: '$5.54 billion': status reported (want target)":
            "\"while those from the European Union reached $5.54 billion\": the pledges' target status is not carried to \"those\"",
        "b5-21: 'US$25.1 billion': sector null (want agriculture)":
            "\"followed by the European Union with US$25.1 billion\" does not take the sector (\"agricultural products\") of the first ranked amount",
        "b7-27: 'over 6,000': from OM (want IN), to IN (want OM)":
            "\"over 6,000 Indian-Omani joint ventures\" after an investment \"in the Sultanate\": the dash-joined pair takes the investment's direction only once its host is known, which happens after the sentence's rules",
        "b8-10: '€19.2 billion': to null (want EU), sector null (want agriculture)":
            "\"Brazil's sales to the EU are dominated by …, and agricultural products alone accounted for €19.2 billion of them\": found through \"sales to the EU\", but the EU of the first clause and \"agricultural products\" as a sector are not read",
        "b8-12: '€5.2 billion': to EU (want IT)":
            "\"Italy confirmed its position as Egypt's largest trading partner in the EU, with bilateral trade of €5.2 billion\": the EU that qualifies the ranking is read as the partner",
        "b8-24: missed investment 'exceeds ₩9 trillion'":
            "\"… accounts for most of the cumulative total, which now exceeds ₩9 trillion\": \"the cumulative total\" is not read as a back-reference to the investment before",
        "b8-24: '₩5 trillion': period 2030 (want null)":
            "\"agreed to seek $20 billion in annual trade by 2030, and Polish officials hope Korean firms will invest a further ₩5 trillion\": the earlier clause's \"by 2030\" carries (period rule 3); the annotation reads it as the trade target's only",
        "b8-25: missed investment '21.3 billion baht'":
            "\"Applications in the automotive industry … amounted to 21.3 billion baht\": investment applications (a promotion board's term) are not an investment keyword",
        "b9-09: '786.29 billion USD': from US (want VN), to VN (want null)":
            "a headline and \"Vietnam's exports to the US, its largest export market, reached …\": the apposition hides the importer; \"total import-export turnover\" takes a partner from the sentence before",
        "b9-10: 'USD16.4 billion': sector null (want renewable energy), period 2023-01-06 (want null), status reported (want target)":
            "investment pledges of a state visit (\"USD22.8-B in Chinese investment pledges\", their breakdown \"earmarked for renewable energy projects\"): pledges as nouns are not read as targets, the headline's parties are reversed, and the breakdown's fields are not read as sectors",
        "b9-10: 'USD1.72 billion': sector null (want agriculture), period 2023-01-06 (want null), status reported (want target)":
            "investment pledges of a state visit (\"USD22.8-B in Chinese investment pledges\", their breakdown \"earmarked for renewable energy projects\"): pledges as nouns are not read as targets, the headline's parties are reversed, and the breakdown's fields are not read as sectors",
        "b9-10: 'USD2.09 billion': period 2023-01-06 (want null), status reported (want target)":
            "investment pledges of a state visit (\"USD22.8-B in Chinese investment pledges\", their breakdown \"earmarked for renewable energy projects\"): pledges as nouns are not read as targets, the headline's parties are reversed, and the breakdown's fields are not read as sectors",
        "b9-10: 'PHP 2.4 billion': sector null (want manufacturing)":
            "investment pledges of a state visit (\"USD22.8-B in Chinese investment pledges\", their breakdown \"earmarked for renewable energy projects\"): pledges as nouns are not read as targets, the headline's parties are reversed, and the breakdown's fields are not read as sectors",
        "b9-15: '$100 billion': from CN (want null)":
            "\"the kingdom aims to attract $100 billion in foreign direct investment\" after Chinese investment: the investor of the figure before is kept through the country phrase",
        "b10-05: '€54.1 billion': to null (want US)":
            "\"Ireland's exports of goods to and imports from the US reached €54.1 billion and €22.9 billion respectively\": \"to and … from\" sharing one country is not read",
        "b10-06: missed investment '€500m'":
            "a company's announced \"€500m expansion of its campus\" in Cork: \"expansion\" is not an investment keyword, and the company's country comes from a later paragraph",
        "b10-12: 'up to US$300 million': to null (want PG)":
            "\"invest up to US$300 million in a hotel and convention centre on Port Moresby's waterfront\": a capital's possessive after a place noun is not read as the host",
        "b10-13: extra enterprises '500'":
            "\"California-based Helix Semiconductor will invest 6,800 crore rupees … in Hyderabad\": a US state and an Indian city are not in the gazetteer; \"the Fortune 500\" is read as a count of companies",
        "b10-17: '300 million reais': period 2025 (want null)":
            "\"Exports of manufactured goods\" is not the manufacturing sector; \"a 300 million reais expansion\" takes the target year of \"by 2025\" before it in the sentence (period rule 3; the annotation reads it as the first plan's only)",
        "b10-18: 'AU$1.5-1.7 billion': from AU (want JP), to JP (want AU)":
            "\"The Company expects to invest AU$1.5-1.7 billion in the project\" (a Japanese company named in the sentence before): the company is not the investor's country, and the project's country is read as investor",
        "b10-19: 'about CZK 540 billion': sector automotive (want null)":
            "\"investment incentives of CZK 350 million\" (a grant) is read as investment; \"a CHF 85 million expansion\" is not an investment keyword; a stock \"in Czechia, and German investment in the Czech automotive industry …\" takes the next clause's sector",
        "b10-19: missed investment 'CHF 85 million'":
            "\"investment incentives of CZK 350 million\" (a grant) is read as investment; \"a CHF 85 million expansion\" is not an investment keyword; a stock \"in Czechia, and German investment in the Czech automotive industry …\" takes the next clause's sector",
        "b10-19: extra investment 'CZK 350 million'":
            "\"investment incentives of CZK 350 million\" (a grant) is read as investment; \"a CHF 85 million expansion\" is not an investment keyword; a stock \"in Czechia, and German investment in the Czech automotive industry …\" takes the next clause's sector",
        "b10-20: '€412 million': period 2018-01/2018-09 (want 2019-01/2019-09)":
            "\"Over January-September, Portugal imported €412 million of Angolan crude oil\": the month range after \"Over\" is not read, and the period of the sentence before is kept",
        "b10-23: 'US$21.6 billion': sector null (want mining)":
            "\"with mining products … making up US$21.6 billion of the total\" is not read as the mining sector; \"much of it in electricity distribution\" is hedged but \"electricity\" is still read; \"slightly over 1.1 billion in Chinese projects\" (no currency, in a quote) has no keyword",
        "b10-23: missed investment 'slightly over 1.1 billion'":
            "\"with mining products … making up US$21.6 billion of the total\" is not read as the mining sector; \"much of it in electricity distribution\" is hedged but \"electricity\" is still read; \"slightly over 1.1 billion in Chinese projects\" (no currency, in a quote) has no keyword",
        "b10-24: 'US$25 billion': period 2024 (want null)":
            "\"could rise to US$25 billion from about US$15 billion last year\": the compared period \"last year\" is given to the target too",
        "b11-03: '€59.1 billion': from null (want EU), to EU (want DE)":
            "Destatis-style release: \"exports to the Member States of the European Union (EU)\", \"imports from those countries\", \"exports there\": a country after \"Member States of\" and the anaphors \"those countries\" and \"there\" are not read, and the reporter (Germany) is only implied",
        "b11-03: '€13.1 billion': to null (want US)":
            "Destatis-style release: \"exports to the Member States of the European Union (EU)\", \"imports from those countries\", \"exports there\": a country after \"Member States of\" and the anaphors \"those countries\" and \"there\" are not read, and the reporter (Germany) is only implied",
        "b11-10: 'CZK 4.2 trillion': from NL (want null)":
            "twelfth-round first run, cause not yet traced: 'CZK 4.2 trillion': from NL (want null)",
        "b11-24: '$173.1 billion': period null (want 2020)":
            "\"against a target of $173.1 billion for the year\": \"for the year\" is not read as the year named before it (2020)",
        "b11-26: missed enterprises '5,433'":
            "\"rose to 26,312 at the end of 2021 from 25,514 a year earlier\", \"entities with German capital were 5,433\": a compared count and counts whose noun (\"entities\") is not a company noun are not read",
        "b11-26: missed enterprises '2,716'":
            "\"rose to 26,312 at the end of 2021 from 25,514 a year earlier\", \"entities with German capital were 5,433\": a compared count and counts whose noun (\"entities\") is not a company noun are not read",
        "b12-03: '$20.8 billion': from BD (want null), to JP (want BD)":
            "\"Bangladesh's FDI stock stood at $20.8 billion\" after Japanese investment: an inward stock owned by its host is read as Bangladesh investing in Japan",
        "b12-08: '48.1 billion baht': from CN (want null)":
            "Thailand's BOI applications: \"Last year China topped the list with 159 billion baht, followed by Singapore at 127 billion baht\" (a ranking whose keyword is in the sentence before) is not read; totals take China from \"relocating from China\"; \"up to 100,000 baht per electric car\" is read as investment",
        "b12-12: 'US$ 4.7 billion': sector textiles (want null)":
            "twelfth-round first run, cause not yet traced: 'US$ 4.7 billion': sector textiles (want null)",
        "b12-15: '$25 billion': sector oil (want energy)":
            "\"purchases of American oil, gas and other energy products\": the first sector word of a list wins over \"energy\", which names them all",
        "b12-17: '$240 million': sector metallurgy (want null)":
            "\"Mumbai-based Tata Steel put $240 million into its wholly owned subsidiary\": the word \"Steel\" of a company's name is read as the metallurgy sector",
        "b12-25: missed investment 'P850 billion'":
            "twelfth-round first run, cause not yet traced: missed investment 'P850 billion'",
        "b12-25: 'P1.5 trillion': from JP (want null)":
            "twelfth-round first run, cause not yet traced: 'P1.5 trillion': from JP (want null)",
        "b14-02: 'some US$780 million': sector null (want renewable energy)":
            "Chinese investment in Brazil: a sector named as \"renewable energy segment\" and \"automotive complex\" is not read as the figure's sector, \"the end of this year\" of a later clause is taken as the plan's period, and \"has pledged R$10 billion for Brazil\" (pledged … for) is not read as investment",
        "b14-02: missed investment 'R$10 billion'":
            "Chinese investment in Brazil: a sector named as \"renewable energy segment\" and \"automotive complex\" is not read as the figure's sector, \"the end of this year\" of a later clause is taken as the plan's period, and \"has pledged R$10 billion for Brazil\" (pledged … for) is not read as investment",
        "b14-07: '€1.2 billion': from null (want PT)":
            "twelfth-round first run, cause not yet traced: '€1.2 billion': from null (want PT)",
        "b14-14: 'about US$5.2 billion': from US (want null)":
            "Peru's mining: \"Anglo American, the London-based miner\" makes \"American\" a mention of the US, and \"in the Quellaveco mining project in southern Peru\" (host after a project name) and \"in the Chancay megaport north of Lima\" are not read; \"450 million soles\" is not recognised as money",
        "b14-15: 'US$1.4 billion': from CN (want null)":
            "a correction line (\"An earlier version of this story misstated … as US$3.8 billion\") is read as a figure, and a record compared with (\"the 2022 record of US$159.1 billion\") and the forecast before it are not told apart",
        "b14-15: 'US$159.1 billion': period null (want 2022), status target (want reported)":
            "a correction line (\"An earlier version of this story misstated … as US$3.8 billion\") is read as a figure, and a record compared with (\"the 2022 record of US$159.1 billion\") and the forecast before it are not told apart",
        "b14-15: extra exports 'US$3.8 billion'":
            "a correction line (\"An earlier version of this story misstated … as US$3.8 billion\") is read as a figure, and a record compared with (\"the 2022 record of US$159.1 billion\") and the forecast before it are not told apart",
        "b14-16: missed exports 'US$1.1 billion'":
            "\"Brazil, Argentina's main trading partner, bought Argentine goods worth US$1.1 billion\": \"bought … goods worth\" is not read as a trade verb away from the amount",
        "b14-17: 'about $11 billion': from MX (want ES), to ES (want MX)":
            "\"Spanish companies … hold about $11 billion\" in Mexico: read the other way round (twelfth-round first run, cause not yet traced)",
        "b14-29: 'more than 1,200': to null (want MX)":
            "\"The state is home to more than 1,200 foreign companies\": \"the state\" (Guanajuato, named before) is not read as Mexico",
        "b14-29: 'some 300': to null (want MX)":
            "\"The state is home to more than 1,200 foreign companies\": \"the state\" (Guanajuato, named before) is not read as Mexico",
        "b13-01: '$13.7 billion': sector oil (want null)":
            "\"as the halt in crude flows … squeezed Iraqi budgets\": \"crude\" in a later clause gives the oil sector; \"Iraq … remained Türkiye's fifth-largest export market, taking about 5% of the country's record $255.8 billion in total exports\": a total with the world takes the market named before as destination",
        "b13-02: '$115.5 billion': period 2023-03/2024-03 (want 2023-04/2024-03)":
            "the Iranian year, 21 March to 20 March, is written as the months from March to March (the convention of b8 and corpus case ex-120); this set's writer counted April to March; \"China …, buying $14.5 billion worth of Iranian goods and shipping $17.2 billion worth of products to the Islamic Republic\": buying and shipping away from the amount are not read",
        "b13-02: '$49.8 billion': period 2023-03/2024-03 (want 2023-04/2024-03)":
            "the Iranian year, 21 March to 20 March, is written as the months from March to March (the convention of b8 and corpus case ex-120); this set's writer counted April to March; \"China …, buying $14.5 billion worth of Iranian goods and shipping $17.2 billion worth of products to the Islamic Republic\": buying and shipping away from the amount are not read",
        "b13-02: '$65.7 billion': period 2023-03/2024-03 (want 2023-04/2024-03)":
            "the Iranian year, 21 March to 20 March, is written as the months from March to March (the convention of b8 and corpus case ex-120); this set's writer counted April to March; \"China …, buying $14.5 billion worth of Iranian goods and shipping $17.2 billion worth of products to the Islamic Republic\": buying and shipping away from the amount are not read",
        "b13-02: missed exports '$14.5 billion'":
            "the Iranian year, 21 March to 20 March, is written as the months from March to March (the convention of b8 and corpus case ex-120); this set's writer counted April to March; \"China …, buying $14.5 billion worth of Iranian goods and shipping $17.2 billion worth of products to the Islamic Republic\": buying and shipping away from the amount are not read",
        "b13-02: missed imports '$17.2 billion'":
            "the Iranian year, 21 March to 20 March, is written as the months from March to March (the convention of b8 and corpus case ex-120); this set's writer counted April to March; \"China …, buying $14.5 billion worth of Iranian goods and shipping $17.2 billion worth of products to the Islamic Republic\": buying and shipping away from the amount are not read",
        "b13-04: '$75 billion': sector infrastructure (want null)":
            "twelfth-round first run, cause not yet traced: '$75 billion': sector infrastructure (want null)",
        "b13-07: '$8.25 billion': from TR (want null), to null (want TR)":
            "twelfth-round first run, cause not yet traced: '$8.25 billion': from TR (want null), to null (want TR)",
        "b13-07: missed exports '$250 billion'":
            "twelfth-round first run, cause not yet traced: missed exports '$250 billion'",
        "b13-09: '$8.9 billion': period 2021-03/2022-03 (want 2021-04/2022-03)":
            "the Iranian year, 21 March to 20 March, is written as the months from March to March (the convention of b8 and corpus case ex-120); this set's writer counted April to March; \"Afghanistan … bought Iranian goods worth just over 1.9 billion\" (a number with no currency after \"worth\") is not read; \"Iraq still owes Iran about $11 billion\" is read as turnover",
        "b13-09: '$7.4 billion': period 2020-03/2021-03 (want 2020-04/2021-03)":
            "the Iranian year, 21 March to 20 March, is written as the months from March to March (the convention of b8 and corpus case ex-120); this set's writer counted April to March; \"Afghanistan … bought Iranian goods worth just over 1.9 billion\" (a number with no currency after \"worth\") is not read; \"Iraq still owes Iran about $11 billion\" is read as turnover",
        "b13-09: missed exports 'just over 1.9 billion'":
            "the Iranian year, 21 March to 20 March, is written as the months from March to March (the convention of b8 and corpus case ex-120); this set's writer counted April to March; \"Afghanistan … bought Iranian goods worth just over 1.9 billion\" (a number with no currency after \"worth\") is not read; \"Iraq still owes Iran about $11 billion\" is read as turnover",
        "b13-09: '$48.5 billion': period 2021-03/2022-03 (want 2021-04/2022-03)":
            "the Iranian year, 21 March to 20 March, is written as the months from March to March (the convention of b8 and corpus case ex-120); this set's writer counted April to March; \"Afghanistan … bought Iranian goods worth just over 1.9 billion\" (a number with no currency after \"worth\") is not read; \"Iraq still owes Iran about $11 billion\" is read as turnover",
        "b13-09: extra trade_turnover 'about $11 billion'":
            "the Iranian year, 21 March to 20 March, is written as the months from March to March (the convention of b8 and corpus case ex-120); this set's writer counted April to March; \"Afghanistan … bought Iranian goods worth just over 1.9 billion\" (a number with no currency after \"worth\") is not read; \"Iraq still owes Iran about $11 billion\" is read as turnover",
        "b13-13: '$30 billion': from TR (want null), to null (want TR)":
            "Türkiye's FDI: \"down from $13.1 billion in 2023\" and the count of companies take Qatar from an earlier sentence; \"aims to lift … annual inflows to $30 billion\" reads Türkiye's share as the investor",
        "b13-14: 'about $7 billion': from EG (want RU), to RU (want EG)":
            "twelfth-round first run, cause not yet traced: 'about $7 billion': from EG (want RU), to RU (want EG)",
        "b13-14: extra investment '$25 billion'":
            "twelfth-round first run, cause not yet traced: extra investment '$25 billion'",
        "b13-20: missed enterprises '7,860'":
            "Dubai Chamber: \"Indian companies topped the list of new non-Emirati firms joining Dubai Chamber …, with 7,860 new members, up from 6,717 …, followed by Pakistani companies with 3,395\": members counted in a list after \"topped the list\" are not read as enterprises, and Dubai is not in the gazetteer; \"83,000 … are now members\" takes a goal year from a later clause",
        "b13-20: missed enterprises '6,717'":
            "Dubai Chamber: \"Indian companies topped the list of new non-Emirati firms joining Dubai Chamber …, with 7,860 new members, up from 6,717 …, followed by Pakistani companies with 3,395\": members counted in a list after \"topped the list\" are not read as enterprises, and Dubai is not in the gazetteer; \"83,000 … are now members\" takes a goal year from a later clause",
        "b13-20: missed enterprises '1,821'":
            "Dubai Chamber: \"Indian companies topped the list of new non-Emirati firms joining Dubai Chamber …, with 7,860 new members, up from 6,717 …, followed by Pakistani companies with 3,395\": members counted in a list after \"topped the list\" are not read as enterprises, and Dubai is not in the gazetteer; \"83,000 … are now members\" takes a goal year from a later clause",
        "b13-21: '$2.76 billion': period 2022-03/2023-03 (want 2022-04/2023-03)":
            "the Iranian year, 21 March to 20 March, is written as the months from March to March (the convention of b8 and corpus case ex-120); this set's writer counted April to March",
        "b13-28: '$95bn': from CN (want AE), to null (want CN)":
            "\"…, while Chinese customs data put total trade, including oil, at $95bn\": the pair of the clause before is not carried past \"Chinese customs data\"",
        "b15-08: '$241 billion': unit USD (want AUD), from CN (want AU), period 2022/2023 (want 2022-07/2023-06)":
            "a bare \"$\" in a state paper (Western Australia): the country named first or most often is China, so \"$\" stays the US dollar and the exports take China; \"2022-23\" is read as a span without Australia as a party",
        "b15-09: '$171 million': sector null (want wine)":
            "a bare \"$\" in a state paper: the country named first or most often is China, so \"$\" stays the US dollar; wine as a sector is not read from \"wine exports\" here",
        "b15-09: '$1.5 billion': unit USD (want AUD), from CN (want AU)":
            "a bare \"$\" in a state paper: the country named first or most often is China, so \"$\" stays the US dollar; wine as a sector is not read from \"wine exports\" here",
        "b15-10: '560 billion won': to GE (want US), period 2019-10-03 (want null), status reported (want target)":
            "Georgia (the US state) named with Korean firms and no other US state: read as the country",
        "b15-10: '400 billion won to 500 billion won': to GE (want US)":
            "Georgia (the US state) named with Korean firms and no other US state: read as the country",
        "b15-11: missed exports '£16.4bn'":
            "twelfth-round first run (written after the round's rules), cause not yet traced: missed exports '£16.4bn'",
        "b15-15: '£17.8bn': to EU (want null)":
            "twelfth-round first run (written after the round's rules), cause not yet traced: '£17.8bn': to EU (want null)",
        "b15-16: missed exports 'A$100 billion'":
            "twelfth-round first run (written after the round's rules), cause not yet traced: missed exports 'A$100 billion'",
        "b15-16: 'more than A$5 billion': sector null (want renewable energy)":
            "twelfth-round first run (written after the round's rules), cause not yet traced: 'more than A$5 billion': sector null (want renewable energy)",
        "b15-16: extra investment 'A$100 billion'":
            "twelfth-round first run (written after the round's rules), cause not yet traced: extra investment 'A$100 billion'",
        "b15-17: 'approximately 18 billion yen': to GE (want US)":
            "Georgia (the US state) named with Japanese firms and no other US state: read as the country; \"fiscal 2022\" of a Japanese investor read in the US calendar",
        "b15-17: '6.3 billion yen': period 2021-10/2022-09 (want 2022-04/2023-03)":
            "Georgia (the US state) named with Japanese firms and no other US state: read as the country; \"fiscal 2022\" of a Japanese investor read in the US calendar",
        "b15-17: 'exceed 40 billion yen': to GE (want US)":
            "Georgia (the US state) named with Japanese firms and no other US state: read as the country; \"fiscal 2022\" of a Japanese investor read in the US calendar",
        "b15-19: '$60 billion': to US (want null)":
            "twelfth-round first run (written after the round's rules), cause not yet traced: '$60 billion': to US (want null)",
        "b15-20: 'exceeds $600 million': from US (want DE), to DE (want US)":
            "twelfth-round first run (written after the round's rules), cause not yet traced: 'exceeds $600 million': from US (want DE), to DE (want US)",
        "b15-23: 'About 900': from EU (want null)":
            "twelfth-round first run (written after the round's rules), cause not yet traced: 'About 900': from EU (want null)",
        "b15-23: extra enterprises '1,850'":
            "twelfth-round first run (written after the round's rules), cause not yet traced: extra enterprises '1,850'",
        "b15-28: '$38.7 billion': unit USD (want AUD), from CN (want AU), to null (want CN)":
            "a bare \"$\" in a state paper: the country named first or most often is China, so \"$\" stays the US dollar",
        "b15-28: '$9.4 billion': unit USD (want AUD), from null (want AU)":
            "a bare \"$\" in a state paper: the country named first or most often is China, so \"$\" stays the US dollar",
        "b15-28: '$29.3 billion': unit USD (want AUD), to null (want AU)":
            "a bare \"$\" in a state paper: the country named first or most often is China, so \"$\" stays the US dollar",
        "b15-28: '$4.2 billion': unit USD (want AUD), from null (want AU)":
            "a bare \"$\" in a state paper: the country named first or most often is China, so \"$\" stays the US dollar",
        "b15-28: '$50 billion': unit USD (want AUD), from null (want AU), to CN (want null)":
            "a bare \"$\" in a state paper: the country named first or most often is China, so \"$\" stays the US dollar",
        "b15-30: '$36 million': sector transport (want null)":
            "\"Osaka-based Marufuku Logistics invested $36 million in a cold-storage warehouse near the Port of Savannah\": the company's name and the port read as the transport sector",
        "b16-02: 'over $25 billion': to MX (want null)":
            "UNCTAD-style \"inflows to Brazil almost doubled, to $86 billion\", \"Mexico received $35 billion\", \"Chile recorded $21 billion¹\": no investment keyword in the sentence, so no figure",
        "b16-04: missed exports 'US$229.7 billion'":
            "twelfth-round first run (written after the round's rules), cause not yet traced: missed exports 'US$229.7 billion'",
        "b16-04: extra investment 'US$229.7 billion'":
            "twelfth-round first run (written after the round's rules), cause not yet traced: extra investment 'US$229.7 billion'",
        "b16-11: missed enterprises '17'":
            "twelfth-round first run (written after the round's rules), cause not yet traced: missed enterprises '17'",
        "b16-13: '$5.1 billion': sector renewable energy (want null)":
            "UNCTAD-style \"Inflows to South Africa jumped to $41 billion\", \"Flows to Ethiopia rose … to $4.3 billion\": no investment keyword in the sentence; \"supported by investment in renewable energy\" gives a sector",
        "b16-15: extra imports 'US$500 million'":
            "twelfth-round first run (written after the round's rules), cause not yet traced: extra imports 'US$500 million'",
        "b16-17: missed enterprises 'more than 19,000'":
            "\"a decrease of 8.5 percent compared with the first half of 2022 (US$14.4 billion)\": an amount in parentheses after a compared period is not read",
        "b16-19: '$5 billion': sector null (want automotive)":
            "twelfth-round first run (written after the round's rules), cause not yet traced: '$5 billion': sector null (want automotive)",
        "b16-22: 'some 250': from CI (want FR), to FR (want CI)":
            "twelfth-round first run (written after the round's rules), cause not yet traced: 'some 250': from CI (want FR), to FR (want CI)",
        "b16-22: 'around 600': from CI (want FR), to FR (want CI)":
            "twelfth-round first run (written after the round's rules), cause not yet traced: 'around 600': from CI (want FR), to FR (want CI)",
        "b16-25: 'about 22.6 billion baht': sector null (want automotive)":
            "twelfth-round first run (written after the round's rules), cause not yet traced: 'about 22.6 billion baht': sector null (want automotive)",
        "b16-25: '8.86 billion baht': sector null (want automotive)":
            "twelfth-round first run (written after the round's rules), cause not yet traced: '8.86 billion baht': sector null (want automotive)",
        "b16-26: 'more than US$52 billion': from CN (want IN), to IN (want SA)":
            "twelfth-round first run (written after the round's rules), cause not yet traced: 'more than US$52 billion': from CN (want IN), to IN (want SA)",
        "b16-27: missed trade_turnover '£38.1 billion'":
            "\"Total trade in goods and services (exports plus imports) between the UK and India was £38.1 billion\": the bracket's last keyword (imports) is taken; a line break inside \"amounted⏎to £23.6 billion\" loses the period",
        "b16-27: missed trade_turnover '£28.7 billion'":
            "\"Total trade in goods and services (exports plus imports) between the UK and India was £38.1 billion\": the bracket's last keyword (imports) is taken; a line break inside \"amounted⏎to £23.6 billion\" loses the period",
        "b16-27: extra imports '£38.1 billion'":
            "\"Total trade in goods and services (exports plus imports) between the UK and India was £38.1 billion\": the bracket's last keyword (imports) is taken; a line break inside \"amounted⏎to £23.6 billion\" loses the period",
        "b16-27: extra imports '£28.7 billion'":
            "\"Total trade in goods and services (exports plus imports) between the UK and India was £38.1 billion\": the bracket's last keyword (imports) is taken; a line break inside \"amounted⏎to £23.6 billion\" loses the period",
        "b16-28: 'about C$24 billion': to EU (want DE)":
            "twelfth-round first run (written after the round's rules), cause not yet traced: 'about C$24 billion': to EU (want DE)",
        "b16-29: extra investment '€17.8 billion'":
            "twelfth-round first run (written after the round's rules), cause not yet traced: extra investment '€17.8 billion'",
        "b16-30: 'Rp401.5 trillion': from ID (want null), to null (want ID)":
            "twelfth-round first run (written after the round's rules), cause not yet traced: 'Rp401.5 trillion': from ID (want null), to null (want ID)",
        "b16-30: 'Rp27.1 trillion': sector null (want automotive)":
            "twelfth-round first run (written after the round's rules), cause not yet traced: 'Rp27.1 trillion': sector null (want automotive)",
        "b15-11: '£7.2bn': from US (want GB), to GB (want US)":
            "\"The United States was the biggest single-country destination, taking £7.2bn of non-oil exports\": the subject of \"taking\" is read as the exporter; a destination described with words between the rank and \"destination\" is not recognised as the importer",
        "b11-03: '€70.2 billion': to null (want EU)":
            "Destatis-style release: \"exports to the Member States of the European Union (EU)\": a country after \"Member States of\" is not read (the reporter, Germany, now comes from the paragraph's exports before)",
        "b12-02: '$5.4bn': sector null (want food)":
            "\"Food group exports\": \"food\" two words before the keyword, with \"group\" between, is not read as the sector",
        "b17-07: '$2.95 billion': sector gold (want null)":
            "the extractor's sectors go beyond the writers' list (gold, textiles, transport, metallurgy …: CONTRACT.md leaves the list open); the writer left \"gold exports\" unlimited as no listed sector covers it",
        "b17-07: '$781.4 million': sector textiles (want null)":
            "the extractor's sectors go beyond the writers' list (gold, textiles, transport, metallurgy …: CONTRACT.md leaves the list open); the writer left \"textile exports\" unlimited as no listed sector covers it",
        "b19-18: 'at least N$10 billion': from DE (want null)":
            "\"Our target is to secure at least N$10 billion in new investment commitments\": no investor is named; the article's pair (Namibia, Germany) supplies Germany",
        "b19-22: 'C$1.8 billion': to null (want AE)":
            "interview answer \"in January-September, our exports were already C$1.8 billion\": the partner comes from the question two sentences before, which is not read for exports",
        "b19-30: missed imports 'DKK 2.2 billion'":
            "speech: \"we bought South African goods, mostly fruit, wine and metals, worth DKK 2.2 billion\": \"bought\" names imports only right before its amount; here the exports named earlier in the sentence are taken",
        "b19-30: 'exceed R10 billion': from null (want DK)":
            "speech: \"Our investments in your country already exceed R10 billion\": \"our\" (the speaker's Denmark) and \"your country\" (the audience's South Africa) are not read",
        "b19-30: extra exports 'DKK 2.2 billion'":
            "speech: \"we bought South African goods … worth DKK 2.2 billion\" read as exports (the keyword named earlier in the sentence), see the missed imports",
        "b18-01: '1.5 trillion yuan': from EU (want CN)":
            "\"while trade with the United States, China's third-largest trading partner, edged up … to 1.5 trillion yuan\": the EU of the clause before is carried over instead of the possessive \"China's\" inside the aside",
        "b18-02: '429.4 billion yuan': sector manufacturing (want null)":
            "thirteenth-round first run of b18 (the round's last set), cause not yet traced: '429.4 billion yuan': sector manufacturing (want null)",
        "b18-19: 'about $300 million': sector transport (want null)":
            "thirteenth-round first run of b18 (the round's last set), cause not yet traced: 'about $300 million': sector transport (want null)",
        "b18-25: 'around half a billion euros': from null (want CN)":
            "thirteenth-round first run of b18 (the round's last set), cause not yet traced: 'around half a billion euros': from null (want CN)",
        "b18-26: '7,326': to null (want CN)":
            "thirteenth-round first run of b18 (the round's last set), cause not yet traced: '7,326': to null (want CN)",
        "b14-14: 'about US$3 billion': to null (want PE), sector transport (want null)":
            "Peru's mining: \"Anglo American, the London-based miner\" makes \"American\" a mention of the US, and \"in the Quellaveco mining project in southern Peru\" (host after a project name) is not read; a port is `transport` (sectors stay wider than the annotators' list)",
        "b14-30: 'between $3 billion and $3.5 billion': to null (want PE)":
            "the host, Peru, is named only in the sentence before, and \"Total investment by the Chinese company is expected to reach …\" has no cue (\"its\", \"in the country\") that carries a party over from there",
        "b13-20: '3,395': from EG (want PK), to null (want AE)":
            "\"followed by Pakistani companies with 3,395 and Egyptian companies with 1,821\": the count takes the next item's adjective (which rule picks it is not yet traced); the host, Dubai, is a city the gazetteer does not hold",
        "b11-19: '1.2 billion euros': from CN (want SE)":
            "\"Gothenburg-based Volvo Cars, which is owned by China's Geely … would invest 1.2 billion euros in a new plant in eastern Slovakia\": the owner's country in the relative clause wins over the company's base (the host is now read)",
        "b10-15: 'RM11.6 billion': from null (want CN)":
            "\"with the United States and China contributing RM17.7 billion and RM11.6 billion respectively\": the first contributor is read from \"contributing\" (the country before it), the second of a \"respectively\" pair is not; the host comes from the figure before",
        "b20-03: 'more than HUF 3,000 billion': from CN (want null)":
            "HIPA's projects \"from investors of 16 countries\": the investor of a Chinese project named in the paragraph before is carried over to the agency's totals of every source",
        "b20-08: 'some 13,400': from FI (want null)":
            "\"with Finnish capital present in about 4,900 of them\" and \"with Lithuania and Latvia the main destinations\": a country named after the amount in a with-phrase of parts is read as the whole figure's party",
        "b20-08: missed enterprises 'about 4,900'":
            "\"with Finnish capital present in about 4,900 of them\", \"Italian capital is present in 49,780 of them\", \"German investors hold stakes in 24,310\": a count of companies given as \"N of them\" or by their stakes is not read",
        "b20-09: '$5.2 billion': to RO (want MD)":
            "\"The stock of foreign direct investment in the country reached $5.2 billion\" after \"companies with Romanian capital are registered in Moldova\": \"the country\" is read as the investor's country of the sentence before",
        "b20-11: 'EUR 405.9mn': from DE (want null)":
            "\"investment in Bulgaria's manufacturing sector amounted to EUR 405.9mn\": the investor of the figure before in the paragraph (Germany) is carried to a sector's total",
        "b20-13: missed enterprises '49,780'":
            "\"with Finnish capital present in about 4,900 of them\", \"Italian capital is present in 49,780 of them\", \"German investors hold stakes in 24,310\": a count of companies given as \"N of them\" or by their stakes is not read",
        "b20-13: missed enterprises '24,310'":
            "\"with Finnish capital present in about 4,900 of them\", \"Italian capital is present in 49,780 of them\", \"German investors hold stakes in 24,310\": a count of companies given as \"N of them\" or by their stakes is not read",
        "b20-17: 'EUR 95 million': sector electronics (want null)":
            "\"invested EUR 95 million in its electronics plant\": a plant's product is read as the sector (sectors stay wider than the annotators' list)",
        "b20-19: 'EUR 7.21 billion': from null (want MK)":
            "\"The country's total foreign trade … reached EUR 7.21 billion\" after \"North Macedonia's exports to Germany\": \"the country\" of a total with the world is not resolved to the exporter before",
        "b20-20: 'CZK 741 billion': sector null (want automotive)":
            "\"Czech automotive exports, which account for about a quarter of all exports, fell by 11% to CZK 741 billion\": the keyword inside the relative clause (\"all exports\") is nearer the amount than \"automotive exports\"",
        "b20-21: 'between PLN 30 billion and PLN 40 billion': from US (want null)":
            "\"with projects from the US, South Korea and Japan at an advanced stage\": the first country of a with-phrase after the amount is read as the investor",
        "b20-25: '$53.4 billion': from UA (want null), to PL (want UA)":
            "\"Ukraine's FDI stock stood at $53.4 billion\": the owner of an FDI stock is read as the investor, and the article's other country (Poland) as the host",
        "b20-28: 'BGN 9.1 billion': to EU (want TR)":
            "\"Turkey remained Bulgaria's largest trade partner outside the EU, …, trade turnover between the two countries\": \"the two countries\" takes the sentence's first two countries, the EU among them",
        "b20-30: 'HUF 2,150 billion': from KR (want null)":
            "\"Last year HIPA registered 78 investment projects in Hungary worth a total of HUF 2,150 billion\": the Korean investor of the paragraph before is carried to the agency's total of every source",
        "b20-30: 'HUF 2,600 billion': from KR (want null)":
            "\"Last year HIPA registered 78 investment projects in Hungary worth a total of HUF 2,150 billion\": the Korean investor of the paragraph before is carried to the agency's total of every source",
        "b21-01: missed investment '$1 billion'":
            "\"LG Display raised the capital of its plant in Hai Phong … by $1 billion\": capital raised \"by\" an amount is not read as investment",
        "b21-04: missed investment 'P1.05 trillion'":
            "\"The Board of Investments (BOI) approved projects worth P1.26 trillion\", \"approved 159 projects from China worth …\": projects worth an amount, with the investment word only in the agency's name, are no investment figure",
        "b21-05: '72.6 billion baht': from JP (want null), sector null (want automotive)":
            "\"The automotive industry … accounted for 72.6 billion baht of the investment approved in Thailand\": the investor of the figure before (Japan) is carried over, and the sector of the subject of \"accounted for\" is not read",
        "b21-05: 'more than 700 billion baht': from JP (want null)":
            "\"The automotive industry … accounted for 72.6 billion baht of the investment approved in Thailand\": the investor of the figure before (Japan) is carried over, and the sector of the subject of \"accounted for\" is not read",
        "b21-12: missed investment 'NT$40.2 billion'":
            "\"an NT$40.2 billion capital injection by Denmark's Copenhagen Infrastructure Partners\": \"capital injection\" is no investment keyword",
        "b21-17: 'VND5.4 trillion': from VN (want JP), to JP (want VN)":
            "\"Japanese retailer Aeon received an investment certificate for a shopping mall project in Hanoi's Hoang Mai district with registered capital of VND5.4 trillion\": the receiving verb makes the Japanese subject the host and the possessive capital the investor",
        "b21-23: 'about $14.6 billion': from EU (want NL), to NL (want VN)":
            "\"The Netherlands is the largest EU investor, holding an FDI stock of about $14.6 billion\": \"EU investor\" is read as the investor's adjective and the subject as the host",
        "b21-25: extra imports 'under 1,500 baht'":
            "\"tighten checks on goods valued under 1,500 baht that currently enter duty-free\": a value threshold per parcel is read as imports",
        "b21-28: 'US$394.8 billion': to null (want TW)":
            "\"Imports rose 11.9 percent to US$394.8 billion last year, giving Taiwan a trade surplus\": the importer is named only after the amount, in a participle clause",
        "b22-29: '$17.8 billion': sector null (want grain)":
            "\"a historic drought cut the value of shipments to $17.8 billion\": the sector of the sentence's first keyword (\"grain exports\") is not carried to \"shipments\"",
        "b23-05: '$92.0 billion': status target (want reported)":
            "\"Counted as a bloc, the European Union would rank second, with $92.0 billion in trade\": the conditional \"would\" of a hypothetical ranking is read as a target",
        "b23-28: 'about 1.08 trillion baht': to AU (want null)":
            "\"Thailand's own automotive exports were worth about 1.08 trillion baht in 2023, mostly pickup trucks … shipped to Australia, the Middle East and Southeast Asia\": a hedge (\"mostly\") far from \"to\" does not stop the destination",
        "b7-09: 'US$5.2 billion': to null (want JP)":
            "\"Chile's exports to and imports from Japan totalled US$5.2 billion and US$2.4 billion, respectively\": the \"to\" left hanging before \"and imports from Japan\" is not read; the host came from \"the country's\" after the amounts, which no longer lends a party without a preposition",
        "b24-02: 'N1.9 trillion': from IN (want CN)":
            "\"China remained Nigeria's largest source of goods, with imports from the Asian country valued at N1.9 trillion\": \"the Asian country\" is read as the country of the sentence before (India), not the sentence's own subject",
        "b24-03: '$640 million': from AE (want IN)":
            "\"followed by Indian firms with $640 million and investors from the United Arab Emirates with about $410 million\": the investor named after the next \"and\" is taken for the amount before it",
        "b24-11: 'P38.6 billion': to AE (want BW)":
            "\"Imports from South Africa, which supplies most of Botswana's fuel, food and machinery, were valued at P38.6 billion\": the importer is named only inside the relative clause; \"Dubai\" of the sentence before is taken",
        "b24-18: missed enterprises '121'":
            "\"134 new foreign-owned companies were registered …, up from 121 in 2023\": a compared count after \"up from\" is not read (as b11-26)",
        "b24-22: '$2.9 billion': sector gold (want null)":
            "the lexicon keeps gold as a sector (wider than the conventions' list, as textiles and tourism); this set's writer left gold exports without one",
        "b24-22: '$3.4 billion': sector gold (want null)":
            "the lexicon keeps gold as a sector (wider than the conventions' list, as textiles and tourism); this set's writer left gold exports without one",
        "b25-04: 'more than €30bn': period 2023-09 (want 2024-01-04)":
            "\"Intel, which has invested more than €30bn in Ireland, opened its Fab 34 facility … in September\": the main clause's month is taken for the stock in the relative clause",
        "b25-10: missed enterprises 'around 1,900'":
            "\"and those with a British parent around 1,900\": a count after \"those with … parent\" has no company noun and is not read",
        "b25-14: 'some 4,300': from SE (want null)":
            "\"some 4,300 foreign-owned enterprises operating in Finland, about a quarter of them Swedish-owned\": the part's origin is lent to the whole count",
        "b25-24: '$90.4 billion': to US (want null)":
            "\"Canadian direct investors invested $90.4 billion abroad\": \"abroad\" after the amount is not read as outward, and the article's other country becomes the host",
        "b25-25: 'some 330': period 2022-12-31 (want 2024-03-10)":
            "\"Swiss direct investment in India stood at Sfr 9.6 billion at the end of 2022, and some 330 Swiss companies are active in the country\": the stock's date carries over \", and\" into the count",
        "b26-09: missed enterprises 'At least 750'":
            "Q&A box: \"Q: How many Chinese companies operate in Saudi Arabia? A: At least 750, according to …\": a bare count answering a question about companies is not read (answers are read for money only)",
        "b26-18: '$16.7 billion': to null (want CN)":
            "\"In FY19 India ran a $53.6 billion trade deficit with China, exporting just $16.7 billion worth of goods to it\": \"to it\" is not resolved to China",
        "b26-19: 'more than £2.5 billion': from GB (want JP), to JP (want GB)":
            "press-release bullet \"Japanese businesses are expected to announce new UK investments worth more than £2.5 billion\": \"UK investments\" is read as the UK's investment (the adjective before the keyword) in Japan, the Japanese businesses taken for the host",
        "b27-02: 'More than 7,000': to null (want NP)":
            "\"More than 7,000 foreign-invested firms are registered with the Department of Industry\": the host is only the article's subject (Nepal), named in earlier sentences; counts take no host from the article",
        "b27-02: 'Rs 68.4 billion': period 2025-02-12 (want null), status reported (want target)":
            "investment proposals an agency approves or registers are reported here (b8-26 counts approved proposals so); this set's writer counted them as targets",
        "b27-04: '$8.01bn': sector null (want food)":
            "\"Pakistan's food group exports surged 33pc to $8.01bn\": \"food group\" (a statistics heading) is not read as the food sector, \"group\" being a company noun",
        "b27-05: '$5 billion': from SA (want null)":
            "\"The government hopes to lift FDI into Pakistan to $5 billion …, which has been courting investors from Saudi Arabia, the United Arab Emirates and Qatar\": an investor in a later relative clause is lent to a target of all FDI",
        "b27-08: 'Tk 11,650 crore': status reported (want target)":
            "investment proposals an agency approves or registers are reported here (b8-26 counts approved proposals so); this set's writer counted them as targets",
        "b27-08: 'Tk 8,420 crore': status reported (want target)":
            "investment proposals an agency approves or registers are reported here (b8-26 counts approved proposals so); this set's writer counted them as targets",
        "b27-10: 'USD 7.5 billion': sector null (want coal)":
            "\"Mongolia exported 77.9 million tonnes of coal, earning USD 7.5 billion\": the sector of a physical amount before the money is not carried to it",
        "b27-11: missed enterprises 'more than 7,600'":
            "\"Of them, more than 7,600 are Chinese-invested\" and \"The mining sector alone attracted USD 2.1 billion in 2022\": a count after \"Of them\" with its noun in the sentence before, and a sector attracting an amount in a paragraph whose figure before is not investment in the same sentence, are not read",
        "b27-11: missed investment 'USD 2.1 billion'":
            "\"Of them, more than 7,600 are Chinese-invested\" and \"The mining sector alone attracted USD 2.1 billion in 2022\": a count after \"Of them\" with its noun in the sentence before, and a sector attracting an amount in a paragraph whose figure before is not investment in the same sentence, are not read",
        "b27-14: '$148 billion': unit USD (want GYD)":
            "\"Guyana's imports from Trinidad and Tobago … amounted to $148 billion\" in a Guyanese paper: Guyana's dollar is not among the local dollars (``LocalDollar``), so a bare \"$\" stays the US dollar",
        "b27-14: 'about US$6.8 billion': sector null (want oil)":
            "\"Texas-based ExxonMobil … will invest about US$6.8 billion in the Hammerhead oil development\": \"oil development\" after a name is not read as the oil sector (the sector needs a sector noun such as \"project\" or \"field\")",
        "b27-16: 'more than $10 billion': sector null (want mining)":
            "a mine or mining operations named as the project (\"in its Zambian mining operations\", \"in the Cobre Panamá copper mine\", \"to expand its Toromocho copper mine\") is not read as the mining sector: sector words need a sector noun after them",
        "b27-17: 'up to US$1.3bn': sector null (want mining)":
            "a mine or mining operations named as the project (\"in its Zambian mining operations\", \"in the Cobre Panamá copper mine\", \"to expand its Toromocho copper mine\") is not read as the mining sector: sector words need a sector noun after them",
        "b27-28: missed imports '$652 million'":
            "\"Food imports alone cost the island $652 million\": \"cost\" is a blocker (a price), so the keyword before it is not read",
        "b12-18: '$5.54 billion': sector automotive (want null)":
            "annotators disagree: b5, b16 and b31 count an electric-vehicle plant as automotive investment, this set's writer does not",
        "b30-01: '$36.1 billion': from MX (want null), to US (want MX)":
            "\"Mexico's economy ministry says foreign direct investment into the country reached a record $36.1 billion\": \"the country\" after \"into\" is filled only after the article's pair (Mexico, the United States) has lent both parties, and the ministry's country is read as the investor",
        "b30-04: 'up to 10 billion euros': sector chemicals (want null)":
            "the lexicon keeps chemicals as a sector (wider than the conventions' list, as gold and fertilizers); this set's writer gave \"in a chemical complex\" none",
        "b30-16: 'Some 2,000': from null (want CN), to null (want HK)":
            "\"Some 2,000 companies with parents on the mainland run regional offices … in the city\": \"the mainland\" and \"the city\" are no names in the gazetteer",
        "b30-21: '$1.6 million': period 2023 (want 2023-Q2)":
            "\"That compares with just $1.6 million in the same quarter of 2023\": \"the same quarter of 2023\" is read as the year, not the quarter of the figure before",
        "b31-05: 'CHF 15.9 billion': to null (want CN)":
            "\"Swiss exports to and imports from China reached CHF 15.9 billion and CHF 15.4 billion respectively\": \"to and imports from China\" gives the partner only to the second keyword of the pair",
        "b31-06: 'R$38.2 billion': from BR (want null), to null (want BR)":
            "\"São Paulo's investment promotion agency said foreign companies invested R$38.2 billion in the state\": a Brazilian state named only by its city is not in the gazetteer, so the host stays unnamed and Brazil is read as the investor",
        "b31-06: 'US$70 billion': from US (want null)":
            "\"the Central Bank projects direct investment in Brazil of US$70 billion\": the bank's country (named as \"Central Bank\", with the United States named earlier) is lent as the investor",
        "b31-08: '€169.6 billion': from null (want DE), to null (want PL)":
            "\"With a foreign trade turnover of €169.6 billion, Poland ranked fifth among Germany's trading partners\": a figure in a fronted \"With …\" phrase is a world total of the keyword \"foreign\", and the partners ranked after it are not read",
        "b31-28: '$36.2 billion': period 2021 (want 2021-S1)":
            "\"imports in the first and second halves of 2021 were $36.2 billion and $46.4 billion, respectively\": two halves named with one year are not split between the amounts",
        "b31-28: '$46.4 billion': period 2021 (want 2021-S2)":
            "\"imports in the first and second halves of 2021 were $36.2 billion and $46.4 billion, respectively\": two halves named with one year are not split between the amounts",
        "b32-01: 'A$380 million': sector null (want wine)":
            "\"Total Australian wine exports … rose to A$2.55 billion, while shipments to the United States … slipped to A$380 million\": the sector of the clause before is not carried to \"shipments\"",
        "b32-03: 'about $1.3 billion': to US (want DE)":
            "\"Germany overtook the United States as the largest destination for Brazilian coffee, with shipments worth about $1.3 billion\": the country overtaken, named last before the amount, is taken as the destination",
        "b32-03: '$1.1 billion': from DE (want BR)":
            "\"…, while exports to Italy came to $1.1 billion and those to Belgium to $760 million\": the exporter is taken from the destination of the figure before (Germany), not from \"Brazilian\"",
        "b32-03: '$760 million': from DE (want BR)":
            "\"…, while exports to Italy came to $1.1 billion and those to Belgium to $760 million\": the exporter is taken from the destination of the figure before (Germany), not from \"Brazilian\"",
        "b32-03: extra exports 'R$25 million'":
            "\"bottlenecks … had cost exporters R$25 million in storage and demurrage fees\": \"cost\" before the amount does not block \"exporters\" and the fees come four words after the amount",
        "b32-05: 'about Rs 3.2 lakh crore': from ID (want null)":
            "\"India's coal import bill fell to about Rs 3.2 lakh crore\" in an article about India's coal imports from Indonesia: the article's pair lends Indonesia as the source of India's total import bill",
        "b32-05: 'Rs 3.9 lakh crore': from ID (want null)":
            "\"India's coal import bill fell to about Rs 3.2 lakh crore\" in an article about India's coal imports from Indonesia: the article's pair lends Indonesia as the source of India's total import bill",
        "b32-12: '$11.6 billion': sector gold (want null)":
            "the lexicon keeps gold as a sector (wider than the conventions' list, as textiles and tourism); this set's writer left gold exports without one",
        "b32-12: '$7.6 billion': sector gold (want null)":
            "the lexicon keeps gold as a sector (wider than the conventions' list, as textiles and tourism); this set's writer left gold exports without one",
        "b32-14: '$3.2 billion': sector fertilizers (want null)":
            "the lexicon keeps fertilizers as a sector (wider than the conventions' list); this set's writer left fertiliser trade without one (and the bilateral-trade target after it takes the sector of the sentence before's keyword)",
        "b32-14: '$925 million': sector fertilizers (want null)":
            "the lexicon keeps fertilizers as a sector (wider than the conventions' list); this set's writer left fertiliser trade without one (and the bilateral-trade target after it takes the sector of the sentence before's keyword)",
        "b32-14: '$100 billion': sector fertilizers (want null)":
            "the lexicon keeps fertilizers as a sector (wider than the conventions' list); this set's writer left fertiliser trade without one (and the bilateral-trade target after it takes the sector of the sentence before's keyword)",
        "b32-18: 'about $10 billion': from NA (want null), to DE (want NA)":
            "\"Namibia's government and developer Hyphen Hydrogen Energy have signed … an agreement for a green hydrogen project …, which is expected to require investment of about $10 billion\": the possessive subject is read as the investor, and the article's pair (Namibia, Germany) lends Germany as the host",
        "b32-21: '$1.1 billion': period 2023 (want 2024-04-30)":
            "\"have invested $1.1 billion in a battery cell plant …, with annual capacity of 10 gigawatt hours\": \"annual\" after the amount is read as an annual flow (last year) instead of a stock",
        "b32-29: 'NT$210 billion': from DK (want null)":
            "\"Investment in renewable energy in Taiwan totalled NT$210 billion last year\": the Danish company of the paragraph before is lent as the investor",
        "b32-30: missed exports '$2.6 billion'":
            "\"In January-October, shrimp shipments to China, which buys 55% of the country's output, were worth $2.6 billion\": \"output\" (a blocker: production) in the relative clause between the keyword and the amount stops the search for the keyword",
        "b33-09: 'R7.2 billion': to null (want TR)":
            "\"Coal accounted for R7.2 billion of the exports.\": \"of the exports\" after the amount is a part of the figure before, but its partner is not read",
        "b33-11: 'Dh3 trillion': to CN (want null)":
            "\"accounts for about 8 per cent of the UAE's total non-oil foreign trade, which hit a record Dh3 trillion\": the partner named at the sentence's start (China) is lent to the UAE's total trade",
        "b33-11: '$3.1 billion': period 2024 (want 2024-04/2024-09)":
            "\"in the April-September period of 2024\": a month range with \"period of\" before the year is read as the year",
        "b33-13: 'about 4 billion dollars': sector null (want mining)":
            "\"In mining alone, Chinese companies plan to invest about 4 billion dollars in lithium projects\": \"alone\" after the fronted sector stops the fronted-sector rule (which wants a comma or a sector noun)",
        "b33-20: 'Rs1.3 trillion': to null (want SA)":
            "\"Total trade with the kingdom amounted to Rs1.3 trillion\": \"the kingdom\" after \"trade with\" is not resolved when the sentence names no country, and a total's keyword with \"Total\" is read as a world total",
        "b33-23: 'roughly $20 billion': sector energy (want null)":
            "\"Russian investment in India, including Rosneft's stake in the Nayara Energy refinery, is roughly $20 billion\": \"Energy\" inside a company's name in an aside is read as the energy sector",
        "b33-25: '$150 billion': to null (want EG)":
            "\"The project, to be developed with Egyptian partners …, is expected to attract a further $150 billion of investment\": the host is only the article's subject, and \"Egyptian partners\" is read as the investors' country, so no host is lent",
        "b10-30: '$450m': from null (want CN)":
            "\"Agriculture attracted $450m of that\" after \"Chinese investment in Australia slumped to $1.2bn\": \"of that\" points back at the figure before, but the sentence names no country and the rule that fills a host from the paragraph keeps no investor for a sector's share",
        "b15-23: '£4.2bn': from EU (want IE)":
            "\"imports from the Republic into Northern Ireland\": \"the Republic\" is not read as Ireland, so the imports take the partner of the exports before them (\"with the EU taking £7.8bn\")",
        "b36-02: '$8 billion': from US (want JP), to JP (want US)":
            "\"Toyota Battery Manufacturing North Carolina will invest an additional $8 billion …, bringing the Japanese automaker's planned investment … to nearly $13.9 billion\": the US state inside the company's name is read as the investor and the Japanese adjective after the amount as the host",
        "b36-06: '$502.4 billion': period null (want 2020/2021)":
            "\"well short of the $502.4 billion target set in the agreement\": a target named after a figure takes no period from the two years before it (\"Over 2020 and 2021\" is read for the figure itself)",
        "b36-11: missed investment '$209.9 billion'":
            "\"Expenditures were down 29.1 percent from $209.9 billion (revised) in 2022\": \"expenditures\" by foreign direct investors, named in the sentence before, is no keyword, so the compared amount is not read",
        "b36-11: missed investment '$59.6 billion'":
            "\"Expenditures … in manufacturing were $59.6 billion in 2023\": \"expenditures\" is no keyword of investment",
        "b36-11: extra enterprises '40,900'":
            "\"The number of people employed by these businesses is expected to rise by 40,900\": a count of jobs after counts of businesses is read as one more count of businesses",
        "b36-14: '$29 billion': from US (want null)":
            "\"That compared with $29 billion in the same period of 2022\": the figure before (FDI in Mexico, \"with U.S. investors contributing $12.5 billion\") lends its last investor to the compared amount",
        "b36-16: missed investment 'about $2.3 billion'":
            "\"roughly $3.2 billion will go toward a plant … and about $2.3 billion toward one …\": money that \"will go toward\" a plant is not read as investment",
        "b36-18: '$1 trillion': from TW (want IN)":
            "\"Apple Inc.'s suppliers, led by Taiwan's Foxconn, …, and Modi's government wants to raise the country's goods exports to $1 trillion\": \"the country's\" is resolved to the country named first in the sentence (Taiwan), not to India named in \"southern India\"",
        "b36-22: 'More than 1,200': from DE (want null)":
            "\"More than 1,200 international firms operate in South Carolina\": \"international\" firms have no origin, but the German company of the paragraph before (BMW) is lent",
        "b36-25: '$800 million': sector automotive (want null)":
            "\"will invest $800 million to expand its plant here to build electric vehicles\": an electric-vehicle plant is read as automotive investment (a choice, see the note); this writer gives a carmaker's plant no sector",
        "b36-27: missed investment 'more than $12.5 billion'":
            "\"Companies attending the SelectUSA Investment Summit announced more than $12.5 billion in planned U.S. projects\": \"projects\" after the amount is no keyword of investment",
        "b36-27: missed enterprises '163'":
            "\"Indian companies have invested …, and 163 of them operate across all 50 states\": \"163 of them\" points back at the companies but is not read as a count of enterprises",
        "b36-29: 'about $2.6 trillion': from CN (want US), to US (want null)":
            "\"Total U.S. goods trade with the world was about $2.6 trillion\": \"with the world\" is read as a world total only when the paragraph names no pair; the China–US pair of the article is lent",
        "b36-30: 'some 70,000': period 2022-12-31 (want 2023-05-10)":
            "\"some 70,000 U.S.-invested companies operate in the country\": the stock date \"at the end of 2022\" earlier in the sentence carries to the count (the writer dates the count at publication)",
        "b37-03: 'up to $1.2 billion': period 2023-03-14 (want null), status reported (want target)":
            "\"Yongxin Lithium cleared by the Foreign Investment Review Board to put up to $1.2 billion into …\": an approval (\"cleared … to put\") is not read as a plan",
        "b37-16: 'NZ$3.2 billion': from US (want null)":
            "\"American investors dominated approvals …, accounting for NZ$1.46 billion of the NZ$3.2 billion in consented investment\": the total and the consents in the next sentence take the American investors of the share named first",
        "b37-16: 'about NZ$410 million': from US (want null)":
            "\"American investors dominated approvals …, accounting for NZ$1.46 billion of the NZ$3.2 billion in consented investment\": the total and the consents in the next sentence take the American investors of the share named first",
        "b37-16: 'NZ$265 million': from US (want null)":
            "\"American investors dominated approvals …, accounting for NZ$1.46 billion of the NZ$3.2 billion in consented investment\": the total and the consents in the next sentence take the American investors of the share named first",
        "b37-20: extra exports 'an estimated $6.5m'":
            "\"tariffs on New Zealand wine were removed immediately, saving exporters an estimated $6.5m a year\": savings of exporters are read as exports (\"saving\" is no blocker)",
        "b37-21: '$178.4 billion': unit USD (want CAD), from GB (want CA), to US (want GB)":
            "\"Canadian direct investment in the United States rose to $1,010.7 billion …, followed by the United Kingdom at $178.4 billion\": the host listed after \"followed by\" is read as an investor, and the bare \"$\" of a Statistics Canada release is left the US dollar",
        "b37-23: 'more than $5 billion': from CN (want CA)":
            "\"Together they have invested more than $5 billion in Australian agriculture\": \"they\" are the Canadian pension funds of the sentence before, but the Chinese investors named later in the paragraph are lent",
        "b37-24: missed enterprises 'More than 250'":
            "\"More than 250 Kiwi businesses now have a base in Britain\": \"Kiwi\" is no demonym in the gazetteer, and \"have a base in\" is no verb of operating",
        "b37-25: extra enterprises 'three'":
            "\"Ottawa has ordered three Chinese companies to sell their stakes\": three companies named in an order are read as a count of enterprises",
        "b38-03: '$75 billion': sector infrastructure (want null), period 2015 (want null)":
            "\"Abu Dhabi has pledged to invest $75 billion in Indian infrastructure, a commitment first made in 2015\": the lexicon keeps infrastructure as a sector (wider than the conventions' list), and the year of the commitment after the amount is read as its period",
        "b38-05: '$1.29 billion': from CN (want null)":
            "\"…, accounting for nearly half of total FDI of $1.29 billion during the period\": the total is read with the Chinese investor of the share before it",
        "b38-08: '$442 million': sector energy (want renewable energy)":
            "\"Adani Group will invest $442 million in two wind power plants …, the largest renewable energy investment in the country\": \"wind power plants\" is read as power (energy) before the renewable energy named after the amount",
        "b38-09: '$2.06 billion': from CN (want PK), to US (want CN)":
            "\"The US remained the single largest destination for Pakistani goods, followed by China, where exports rose to $2.06 billion …, and the UK, with $1.5 billion\": destinations listed after a ranked one are read as exporters",
        "b38-09: '$1.5 billion': from CN (want PK), to US (want GB)":
            "\"The US remained the single largest destination for Pakistani goods, followed by China, where exports rose to $2.06 billion …, and the UK, with $1.5 billion\": destinations listed after a ranked one are read as exporters",
        "b38-09: '$5.6 billion': from null (want PK)":
            "\"Food exports rose sharply to $5.6 billion in July-March FY24\": the sentence before is about imports from China, so Pakistan, the reporter two sentences back, is not lent",
        "b38-11: 'Rs 88.4 billion': unit INR (want NPR)":
            "\"Indian FDI stock in Nepal stood at Rs 88.4 billion\": a bare \"Rs\" is the Indian rupee unless the figure's host or reporter is the rupee's other country only (here India is a party)",
        "b38-12: extra investment 'up to Rs 2.5 crore'":
            "\"A micro enterprise can now have investment in plant and machinery of up to Rs 2.5 crore and a turnover of up to Rs 10 crore\": thresholds of a classification are read as figures (\"turnover\" of a company as trade)",
        "b38-12: extra trade_turnover 'up to Rs 10 crore'":
            "\"A micro enterprise can now have investment in plant and machinery of up to Rs 2.5 crore and a turnover of up to Rs 10 crore\": thresholds of a classification are read as figures (\"turnover\" of a company as trade)",
        "b38-20: '£15 billion': sector null (want automotive)":
            "\"Tata Motors plans to invest £15 billion over five years in its UK car business\": \"car business\" is not read as a sector after \"its\" and a country",
        "b38-27: 'more than 70,000': period 2024 (want 2025-01-14)":
            "\"taking the total number of Indian member firms to more than 70,000\": \"in 2024\" of the new members earlier in the sentence carries to the running total",
        "b38-28: missed investment '$1.1 billion'":
            "\"In July, Singapore received the largest share at $1.1 billion, followed by the US with $450 million\": \"share\" of the outward FDI before is no keyword, so the amounts are not read",
        "b38-28: missed investment '$450 million'":
            "\"In July, Singapore received the largest share at $1.1 billion, followed by the US with $450 million\": \"share\" of the outward FDI before is no keyword, so the amounts are not read",
        "b39-02: '€6.8 billion': to HU (want EU)":
            "\"Across the European Union, …, Chinese direct investment fell to €6.8 billion\": \"across\" is no preposition of a host, so the article's other country (Hungary) is lent",
        "b39-09: extra investment '€10 billion'":
            "\"prepares €10 billion in spending cuts\" after \"the pledges showed\": \"pledges\" earlier in the sentence makes the amount investment (\"spending cuts\" after it does not block)",
        "b39-14: '$69.6 billion': to null (want UA)":
            "\"Imports grew more slowly, reaching $69.6 billion last year and leaving Ukraine with a trade deficit\": the country named after the amount in a participle clause is not read as the importer",
        "b39-17: missed investment '€30 billion'":
            "\"Intel has put its planned €30 billion factory in Magdeburg on hold\": a planned factory's cost before the facility noun is read only after a verb of building",
        "b39-20: 'more than PLN 14 billion': from null (want KR)":
            "\"the battery plant of South Korea's LG Energy Solution near Wrocław …, where the company has invested more than PLN 14 billion\": \"the company\" is not resolved to the company named earlier in the sentence",
        "b39-21: '€867 billion': from US (want EU), to null (want US)":
            "\"The United States remained in first place, with goods trade worth €867 billion in 2024\" after a sentence about EU–China trade: the EU of the sentence before is not lent to a ranked partner's trade",
        "b39-26: '€1.2 billion': to US (want DE), sector null (want wine)":
            "\"buying almost €1.9 billion of Italian wine in 2024, ahead of Germany, with €1.2 billion, and the UK\": a market listed after \"ahead of\" is not read as the next amount's destination, and the sector does not carry",
        "b31-23: '$1.86 billion': sector null (want automotive)":
            "\"Georgia's exports of motor cars, mostly re-exports to Kyrgyzstan, Kazakhstan and Azerbaijan\": \"motor cars\" (not \"motor vehicles\") is no automotive sector",
        "b42-03: missed investment 'up to $10 billion'":
            "\"Saudi Arabia's Public Investment Fund expects to deploy up to $10 billion in British assets by 2030\": \"assets\" after \"in British\" is read as the amount's own noun (as in assets under management), which makes it no figure",
        "b42-05: 'More than 540': to null (want SA)":
            "\"More than 540 international companies have now obtained licenses to move their regional headquarters to Riyadh\": a count's host is read after \"in\" or \"operating in\", not after \"to\" and a capital",
        "b42-08: '7,860': from null (want IN), to null (want AE)":
            "\"Indian companies led the list of new non-Emirati members of Dubai Chamber of Commerce …, with 7,860 firms joining\": the members' origin in a ranking and the chamber's emirate are not read as the count's parties",
        "b42-08: '6,717': from null (want IN), to null (want AE)":
            "\"…, with 7,860 firms joining, up from 6,717 in the same period of 2023\": the compared count takes the parties of the count before, which are not read",
        "b42-08: missed enterprises '3,968'":
            "\"Pakistani companies came second, with 3,968 new members\": \"members\" is no company noun, so the ranked counts are not read",
        "b42-08: missed enterprises '1,934'":
            "\"Pakistani companies came second, with 3,968 new members …, followed by 1,934 from Egypt\": \"members\" is no company noun, so the ranked counts are not read",
        "b42-15: 'between $300 million and $400 million': from EG (want CN), to CN (want EG)":
            "\"China's TEDA, which manages the China-Egypt TEDA Suez Economic and Trade Cooperation Zone in Egypt's Ain Sokhna, plans to invest …\": the pair in the zone's name is read as the investment's parties, the other way round",
        "b42-16: 'SAR 15.2 billion': to null (want CN)":
            "\"China remained Saudi Arabia's main trading partner in May, receiving 15.7% of the Kingdom's exports, worth SAR 15.2 billion\": \"receiving\" a share of exports is no listing of the partner against the amount",
        "b42-17: 'more than $10 billion': sector null (want non-oil)":
            "\"Emirati-Israeli non-oil trade is expected to exceed $3 billion …, and the two sides aim to raise it to more than $10 billion by 2030\": the sector of the trade \"it\" stands for is not carried to the goal",
        "b42-17: missed enterprises 'around 500'":
            "\"…, up from around 500 today\": a count compared with \"today\" after a count read as reported is not read as another count",
        "b42-27: 'QR1.5 billion': from CN (want US)":
            "\"The United States was the main country of origin for Qatar's imports in February, at QR1.5 billion, followed by China and Italy\": \"country of origin\" is no ranked supplier, and the country after \"followed by\" is read as the exporter",
        "b43-01: 'US $35.29 billion': period 2023 (want 2022)":
            "\"The total compares with US $35.29 billion a year earlier, although … the 2022 number had been inflated …\": with another year in the sentence, \"a year earlier\" is not moved back from the figure before",
        "b43-05: 'up to US$1.1 billion': sector null (want mining)":
            "\"will invest up to US$1.1 billion in a second phase of its Sal de Oro lithium mining project in Argentina's Salta province\": the sector inside a named project after \"a second phase of its\" is too far from \"in\"",
        "b43-21: 'US$12.5 billion': period 2023 (want 2024)":
            "\"ADEX projects that Peru's agricultural exports could close the year at US$12.5 billion\": \"close the year\" is not read as the publication year, and \"last year's harvests\" later in the sentence is taken as the period",
        "b43-21: 'US$47.4 billion': period 2023-09/2024-08 (want 2024-01/2024-08)":
            "\"the accumulated figure for the year through August\": \"the year through August\" is read as the twelve months to August (as \"the year to June\"), not as the year to date",
        "b43-23: 'Some 2,000': sector mining (want null)":
            "\"Some 2,000 companies with Canadian capital are present in Mexico, and Canada is the main foreign investor in the Mexican mining industry\": the sector of the later clause is read for the count",
        "b43-23: '21,500 million dollars': sector null (want mining)":
            "\"Canadian companies have invested 21,500 million dollars in Mexican mining and operate around 70% of …\": \"mining and operate\" is read as a list of two fields, so no sector limits the figure",
        "b43-29: '$15.6 billion': period 2022 (want 2023)":
            "\"Paraguay's exports rose 15% in 2023 to $15.6 billion, boosted by a recovery in soybean output after a severe drought the year before\": \"the year before\" in the clause of causes is read as the figure's period",
        "b46-03: 'Rp 1,400 trillion': period null (want 2023)":
            "\"Indonesia recorded Rp 1,418.9 trillion … in investment realization last year, surpassing the government's target of Rp 1,400 trillion\": a goal passed takes no period (a goal's period is its horizon), where this writer dates it with the year before",
        "b46-03: 'Rp 565.7 trillion': sector null (want manufacturing)":
            "\"…, with manufacturing taking Rp 565.7 trillion in 2023\": a sector as the subject of \"taking\" (a verb of listing) is not read as the figure's sector",
        "b46-03: 'Rp 1,650 trillion': from ID (want null), to null (want ID)":
            "\"For this year, Indonesia has set a more ambitious investment target of Rp 1,650 trillion\": the country that sets its investment target is read as the investor, not the host",
        "b46-10: '$1.7 billion': sector null (want non-oil)":
            "\"NODX to China climbed to $1.9 billion in January, while shipments to the United States fell to $1.7 billion\": the sector of \"NODX\" is not carried across \"while\" to \"shipments\"",
        "b46-10: '$1.6 billion': sector null (want non-oil)":
            "\"…, while shipments to the United States fell to $1.7 billion and those to the European Union rose to $1.6 billion\": the sector of \"NODX\" is not carried across \"while\" to \"those\"",
        "b46-15: 'more than $21 billion': from SG (want CN), to CN (want MM)":
            "\"China, Singapore and Thailand remain the largest investors in Myanmar, with China holding an FDI stock of more than $21 billion\": the country after \"with\" is read against the ranking's next country, and \"holding\" is no verb of an investor",
        "b46-18: missed investment '6.4 billion baht'":
            "\"fellow Chinese brand GAC Aion has earmarked 6.4 billion baht for its factory in Chachoengsao\": \"earmarked\" is no verb of investing or pledging",
        "b46-19: 'RM113.4 billion': sector null (want manufacturing)":
            "\"Malaysia's exports of manufactured goods, which made up 85.7 per cent of total exports, expanded … to RM113.4 billion\": the keyword inside the aside (\"of total exports\") is read as the figure's, which limits no sector",
        "b46-22: '$2.07 billion': unit SGD (want USD)":
            "\"Singapore continued to lead foreign investment into Vietnam …, registering $2.07 billion\": an article that names Singapore first and most, marking \"S$10 billion\" once, has its bare \"$\" read as the Singapore dollar (the local-dollar rule); this Vietnamese writer's \"$\" is the US dollar",
        "b46-22: '$76.4 billion': unit SGD (want USD)":
            "\"Singapore continued to lead foreign investment into Vietnam …, registering $2.07 billion\": an article that names Singapore first and most, marking \"S$10 billion\" once, has its bare \"$\" read as the Singapore dollar (the local-dollar rule); this Vietnamese writer's \"$\" is the US dollar",
        "b46-22: 'more than $20 billion': unit SGD (want USD), to SG (want VN)":
            "\"Singapore continued to lead foreign investment into Vietnam …, registering $2.07 billion\": an article that names Singapore first and most, marking \"S$10 billion\" once, has its bare \"$\" read as the Singapore dollar (the local-dollar rule); this Vietnamese writer's \"$\" is the US dollar",
        "b46-22: 'around $23 billion': unit SGD (want USD)":
            "\"Singapore continued to lead foreign investment into Vietnam …, registering $2.07 billion\": an article that names Singapore first and most, marking \"S$10 billion\" once, has its bare \"$\" read as the Singapore dollar (the local-dollar rule); this Vietnamese writer's \"$\" is the US dollar",
        "b46-29: missed exports '$641 million'":
            "\"Last month alone, the country shipped 125,000 tons of coffee worth $641 million\": \"shipped\" is too far from the amount, with a volume between, to name exports",
        "b47-01: '780 billion won': from US (want KR), to KR (want US)":
            "\"Hanul said it would spend 780 billion won of the U.S. investment\": \"the U.S. investment\" (the investment in the United States) is read with the United States as the investor",
        "b47-08: '1.07trn baht': sector null (want food)":
            "\"The country's food exports reached 1.02trn baht last year, according to the National Food Institute, which forecasts shipments of 1.07trn baht in 2019\": the sector of the exports before is not carried into the relative clause's \"shipments\"",
        "b47-09: '$250 million': to BR (want MX)":
            "\"would invest $250 million in a plant in Santa Catarina, Nuevo León, Mexico\": \"Santa Catarina\" is read as the Brazilian state before the country named after the places",
        "b47-23: 'PLN 410 million': sector manufacturing (want null)":
            "\"will invest PLN 410 million … in a new manufacturing plant in Wrocław, Poland\": \"manufacturing plant\" is read as the manufacturing sector, which this writer leaves open",
        "b47-23: missed investment 'about PLN 150 million'":
            "\"Lakeshore expects to spend about PLN 150 million of the total this year\": money spent \"of the total\" (the investment of the sentence before) is not read as investment",
        "b47-27: '€40 million': from null (want IN), to IN (want DE)":
            "\"Vaikunth will invest €40 million in the Kassel plant\": the apposition \"Vaikunth Engineering Ltd., a Mumbai-headquartered maker of industrial pumps and valves,\" runs on past its company noun, so it introduces no company; Kassel alone is no place of the gazetteer",
        "b47-27: 'Rs 3,420 crore': from DE (want IN), to IN (want null)":
            "\"Vaikunth's exports rose to Rs 3,420 crore in FY2023-24\": a company's exports are read with the country named before (Germany, of the acquired firm), as Vaikunth has no country (see above)",
        "b47-27: 'Rs 2,960 crore': from DE (want IN), to IN (want null)":
            "\"…, from Rs 2,960 crore a year earlier\": the compared amount takes the parties of the figure before, read with Germany",
        "b47-30: missed enterprises '286'":
            "\"About 1,700 companies with Turkish capital operate in Uzbekistan, and last year 286 new ones were registered\": \"new ones\" is no company noun",
        "b50-01: 'more than CFA 3,500 billion': period null (want 2024-10/2025-09)":
            "\"For the 2024/25 season (October 2024 to September 2025), the CCC expects Ivorian export revenue of more than CFA 3,500 billion\": a season named before a goal, with its months in brackets, is not read as the goal's horizon",
        "b50-02: 'more than 1,300': from null (want FR), to AE (want MA)":
            "\"more than 1,300 subsidiaries of French companies employ some 150,000 people in the country\": \"of French companies\" is not read as the origin, and \"the country\" is read as the United Arab Emirates of the paragraph before",
        "b50-03: missed imports 'XOF 498.1 billion'":
            "\"China was the leading supplier in the first half, with XOF 498.1 billion, followed by France and Russia\": a ranked supplier whose buyer (Senegal) is named only in the sentence before is not read",
        "b50-04: 'MAD 12.8 billion': from DE (want CN)":
            "\"Gotion High-Tech, the Hefei-based battery maker in which Germany's Volkswagen is the largest shareholder, will invest …\": the shareholder named in the relative clause is read as the investor; Hefei is no business city of the lexicon and Kenitra no place of the gazetteer",
        "b50-04: '$6.5 billion': from DE (want CN)":
            "\"Gotion High-Tech, the Hefei-based battery maker in which Germany's Volkswagen is the largest shareholder, will invest …\": the shareholder named in the relative clause is read as the investor; Hefei is no business city of the lexicon and Kenitra no place of the gazetteer",
        "b50-09: 'CFA 2,800 billion': sector gold (want null)":
            "\"gold\" is a sector of the extractor's lexicon (\"gold exports\"); this writer's closed list of sectors has none for it",
        "b50-10: 'MAD 870 million': from SN (want MA), to CI (want SN)":
            "\"Moroccan direct investment in the country totalled MAD 1.9 billion …, ahead of Senegal, which received MAD 870 million\": a host listed after \"ahead of\" and given its amount in a relative clause is read as the investor, with the first host as the host",
        "b50-23: 'more than $1 billion': sector gold (want null)":
            "\"gold\" is a sector of the extractor's lexicon (\"gold exports\"); this writer's closed list of sectors has none for it",
        "b50-24: 'about $4 billion': sector null (want oil)":
            "\"The Chinese group plans to invest about $4 billion in the second phase of the Agadem oil project\": the sector inside a named project after \"the second phase of\" is too far from \"in\"",
        "b50-25: 'about $1.1 billion': sector gold (want null)":
            "\"gold\" is a sector of the extractor's lexicon (\"gold exports\"); this writer's closed list of sectors has none for it",
        "b50-26: '$29 billion': from null (want DZ)":
            "\"President Abdelmadjid Tebboune has set a target of $29 billion in non-oil exports by 2030\": a president's name is no country",
        "b51-11: missed enterprises '481'":
            "\"1,363 companies with Russian capital were set up in Turkey in 2022, and another 481 in the first half of 2023\": a second count with its noun left out after \"another\" is not read",
        "b51-13: 'up to $7 billion': from EG (want RU), to RU (want EG)":
            "\"Russian companies are expected to invest up to $7 billion in the Russian Industrial Zone being set up in Egypt's Suez Canal Economic Zone\": the demonym in the zone's name is read as the host and Egypt's possessive as the investor",
        "b58-01: '$3.61 billion': period 2023 (want 2023-01/2023-10)":
            "\"In the same period of 2023, mutual trade stood at $3.61 billion\" after a January-October figure: \"the same period\" fronted in its own sentence is read as the whole year",
        "b58-02: extra enterprises 'Over 5,000'":
            "the headline \"Ambassador: Over 5,000 Turkish companies operate in Azerbaijan\" repeats the lead's \"More than 5,000\": a headline's figure is aligned with the story's only when the amounts' words match, and the annotator left the headline out",
        "b58-03: missed trade_turnover '$6.8 billion'":
            "\"Türkiye ranked second with $6.8 billion, followed by …\" continues the ranking of \"Italy was Azerbaijan's largest trading partner …, with trade turnover … $13.6 billion\", but the figures right before it are exports and imports: a ranking continues only the last two figures' indicator",
        "b58-03: missed trade_turnover '$4.8 billion'":
            "the same ranking's next place (\"followed by Russia with $4.8 billion\")",
        "b58-03: missed trade_turnover '$3.9 billion'":
            "the same ranking's next place (\"and China with $3.9 billion\")",
        "b58-09: 'up to $8 billion': sector null (want oil), period 2025-03-05 (want null), status reported (want target)":
            "\"Russian companies are ready to invest up to $8 billion in the development of Iranian oil fields\": \"ready to invest\" is no plan to the rules, and \"oil fields\" after \"development of\" names no sector",
        "b58-10: '$2.15 billion': from AZ (want GE), to GE (want TR)":
            "\"Azerbaijan ranked fourth among Georgia's trade partners after Türkiye ($2.15 billion)\": a bracketed amount after \"after\" is read as the sentence subject's, not the bracketed country's trade with Georgia",
        "b58-13: '$418.6 million': from CN (want AZ), to AZ (want CN)":
            "\"Azerbaijan imported Chinese goods worth $2.72 billion, while its exports to China reached $418.6 million\": \"its\" after a clause about imports from China is read as China",
        "b58-17: 'more than $2.5 billion': from AE (want SA)":
            "\"The kingdom's Public Investment Fund (PIF) has invested more than $2.5 billion\": \"the kingdom\" after a sentence naming Saudi Arabia as \"the kingdom\" is resolved to the paragraph's earlier country (the UAE)",
        "b58-21: '$65.7 billion': period 2024-04/2025-03 (want 2023-04/2024-03)":
            "\"In the previous fiscal year, bilateral trade amounted to $65.7 billion\" (published in October 2025): \"the previous fiscal year\" is read as the one before the current one's start by the calendar year, not India's fiscal calendar",
        "b58-21: '$27.4 billion': period 2025-08 (want 2025-04/2025-08)":
            "\"In April-August, the first five months of the current fiscal year, trade … fell by 8% to $27.4 billion\": the appositive after the month range makes the range read as its last month",
        "b58-24: '$95 million': to TR (want GE)":
            "\"with Türkiye receiving $620 million and Georgia $95 million\": the second country of a list with the verb left out takes the first one's place",
        "b58-28: '$1.1 billion': sector non-oil (want agriculture)":
            "\"Agricultural products made up $1.1 billion of the non-oil exports\": the subject's sector gives way to the keyword's \"non-oil\"",
        "b58-29: missed investment 'between $2 billion and $3 billion'":
            "\"The Qatar Investment Authority (QIA) is estimated to have invested between $2 billion and $3 billion in Russian assets\": \"is estimated to have invested\" between the investor and the amount is not read as an investment verb",
        "b66-01: '$35.9 bln': from IT (want AZ)":
            "\"ranked second among Azerbaijan's trade partners after Italy, accounting for 14.3 percent of the country's overall foreign trade turnover, which made up $35.9 bln\": the total with the world takes the country named last (Italy), not \"the country's\" Azerbaijan",
        "b66-01: '$15 bln': period 2024 (want null)":
            "\"remain committed to bringing mutual trade to $15 bln\" with no year: a target takes the year of \"earlier this year\" in the same sentence",
        "b66-08: '$412 million': from TR (want null)":
            "\"By sector, energy attracted the most investment at $412 million\" after a ranking of investors: the sector's share takes the ranking's last investor (Türkiye)",
        "b66-08: '$152 million': from TR (want null), sector null (want manufacturing)":
            "\"followed by manufacturing with $152 million\": a sector listed after the first is not read as a sector, and keeps the ranking's last investor",
        "b66-09: '$6.2 bln': from RU (want KZ), to KZ (want RU)":
            "\"while Kazakh supplies to Russia totaled $6.2 bln\": \"supplies\" is no export keyword, so the figure takes the exports before it in the sentence (Russia's to Kazakhstan)",
        "b66-10: '$250 million': sector chemicals (want null)":
            "\"will invest $250 million in a new chemical complex\": the set leaves the sector open; the extractor reads \"chemical\" as the plant's sector (a convention question, not a slip)",
        "b66-19: '$186.4 mln': period 2022 (want 2022-01/2022-05)":
            "\"In the same period of 2022, trade between the two countries stood at $186.4 mln\": \"the same period of\" fronted before a keyword is read as the year only (the shape rule needs the amount as its own keyword)",
        "b66-23: '$580 mln': period 2023 (want 2024)":
            "\"Last year, trade between the two countries reached $580 mln, a 20 percent increase on 2023\": the year a growth rate is compared with (\"on 2023\") is taken as the figure's",
        "b66-25: '$7.4 billion': period null (want 2025), status target (want reported)":
            "\"Energy projects attracted $7.4 billion, including $5.1 billion in renewable energy\": read as planned projects (a target) rather than the year's investment by sector, so no period carries",
        "b66-25: missed investment '$5.1 billion'":
            "\"including $5.1 billion in renewable energy\": a part introduced by \"including\" after a sector's investment is not read",
    ]

    /// Every annotated figure is found with every attribute right, apart from the known misses: a
    /// rule that breaks one case fails here even while the scores stay above their floors.
    @Test func everyFigureIsExactApartFromKnownMisses() throws {
        var all: [String] = []
        for file in ["corpus.jsonl", "articles.jsonl"] {
            let problems = ExtractionCorpus.score(try ExtractionCorpus.load(file)).problems
            all += problems
            #expect(problems.filter { Self.knownMisses[$0] == nil } == [], "\(file)")
        }
        for miss in Self.knownMisses.keys.sorted() where !all.contains(miss) {
            Issue.record("\(miss) no longer happens: remove it from knownMisses")
        }
    }
}

import FiguresCore

/// The countries a region's adjective describes, for a descriptive phrase that stands for a
/// country named before: "the Gulf state" is the United Arab Emirates of "Ghana's exports to the
/// UAE", not China named after it; "the Central Asian republic" is Uzbekistan, not Russia.
/// Keys are the lower-case words between "the" and the noun ("central asian", "gulf"); a phrase
/// is looked up whole, then without its first words ("brotherly Gulf" → "gulf").
enum RegionMembers {
    static let table: [String: Set<CountryCode>] = {
        let southeastAsia = "BN KH ID LA MY MM PH SG TH TL VN"
        let centralAsia = "KZ KG TJ TM UZ"
        let southAsia = "AF BD BT IN MV NP PK LK"
        let eastAsia = "CN HK JP KP KR MN MO TW"
        let gulf = "AE BH KW OM QA SA"
        let northAfrica = "DZ EG LY MA TN SD"
        let westAfrica = "BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG"
        let eastAfrica = "BI DJ ER ET KE RW SO SS TZ UG"
        // (No "southern African", "South-East Asian" or "Horn of Africa" key: a side of the compass,
        // a hyphen or "of" ends the phrase that ``SentenceRules/countryAnaphor`` reads.)
        let southernAfrica = "AO BW LS MG MW MU MZ NA SZ ZA ZM ZW"
        let centralAfrica = "CM CF TD CG CD GQ GA ST"
        let caucasus = "AM AZ GE"
        let balkans = "AL BA BG HR GR ME MK RO RS SI XK"
        let baltic = "EE LV LT"
        let nordic = "DK FI IS NO SE"
        let westernEurope = "AT BE CH DE ES FR GB IE IT LU NL PT"
        let easternEurope = "BY CZ HU MD PL RU SK UA"
        let southAmerica = "AR BO BR CL CO EC GY PY PE SR UY VE"
        let centralAmerica = "BZ CR SV GT HN NI PA"
        let caribbean = "AG BS BB CU DM DO GD HT JM KN LC VC TT"
        let levant = "IL JO LB PS SY"
        let rows: [(String, String)] = [
            ("gulf", gulf), ("gulf arab", gulf), ("arab", gulf + " " + northAfrica + " " + levant + " IQ YE MR"),
            ("middle eastern", gulf + " " + levant + " IQ IR YE TR EG"), ("mideast", gulf + " " + levant + " IQ IR YE TR EG"),
            ("asian", [southeastAsia, centralAsia, southAsia, eastAsia].joined(separator: " ")),
            ("southeast asian", southeastAsia), ("central asian", centralAsia),
            ("south asian", southAsia), ("east asian", eastAsia),
            ("african", [northAfrica, westAfrica, eastAfrica, southernAfrica, centralAfrica].joined(separator: " ")),
            ("north african", northAfrica), ("west african", westAfrica), ("east african", eastAfrica),
            ("central african", centralAfrica),
            ("caucasus", caucasus), ("south caucasus", caucasus), ("caucasian", caucasus), ("transcaucasian", caucasus),
            ("balkan", balkans), ("baltic", baltic), ("nordic", nordic), ("scandinavian", "DK NO SE"),
            ("european", [westernEurope, easternEurope, balkans, baltic, nordic].joined(separator: " ") + " CY MT EU"),
            ("latin american", [southAmerica, centralAmerica].joined(separator: " ") + " MX CU DO"),
            ("south american", southAmerica), ("andean", "BO CL CO EC PE"), ("central american", centralAmerica),
            ("caribbean", caribbean), ("north american", "CA MX US"),
            // ("the city-state")
            ("city", "SG HK MO MC"),
        ]
        var table: [String: Set<CountryCode>] = [:]
        for (key, codes) in rows { table[key] = Set(codes.split(separator: " ").compactMap { CountryCode(String($0)) }) }
        return table
    }()
}

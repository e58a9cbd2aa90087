import FiguresCore

/// ISO 4217 codes the recogniser accepts next to a number.
enum CurrencyCodes {
    /// Active codes, and the historic ones that news archives still show (FIM, NLG, ESP, DEM …).
    /// Codes that are everyday capitalised words (ALL, CUP, TOP, PEN, MOP, SOS, BOB) are left out:
    /// "ALL 5 solutions" is not Albanian lek.
    static let uppercase: Set<UInt32> = Set("""
    AED AFN AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BRL BSD BTN BWP BYN BZD CAD \
    CDF CHF CLP CNY COP CRC CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ \
    GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP \
    LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB \
    PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SRD SSP STN SVC SYP SZL THB \
    TJS TMT TND TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL \
    FIM NLG ESP DEM FRF ITL BEF ATS PTE IEP GRD HRK RMB
    """.split(separator: " ").compactMap { CurrencyCode(String($0))?.packed })

    /// Codes also accepted in lower case ("20 usd", "rmb 10"): those that are not English words.
    static let lowercase: Set<UInt32> = Set("usd eur gbp jpy cny rmb rub chf cad aud inr azn kzt uah nzd hkd sgd mxn"
        .split(separator: " ").compactMap { CurrencyCode(String($0))?.packed })

    /// The ISO code for the letters at `p[start..<end]`, if they spell one in an accepted case.
    static func code(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> CurrencyCode? {
        guard end - start == 3, let code = CurrencyCode(p[start], p[start + 1], p[start + 2]) else { return nil }
        let upper = isUpper(p[start]) && isUpper(p[start + 1]) && isUpper(p[start + 2])
        let lower = !isUpper(p[start]) && !isUpper(p[start + 1]) && !isUpper(p[start + 2])
        if upper && uppercase.contains(code.packed) { return normalized(code) }
        if lower && lowercase.contains(code.packed) { return normalized(code) }
        return nil
    }

    /// RMB is the common name of the renminbi; its ISO code is CNY.
    static func normalized(_ code: CurrencyCode) -> CurrencyCode {
        code == rmb ? cny : code
    }

    static let rmb = CurrencyCode("RMB")!
    static let cny = CurrencyCode("CNY")!
}

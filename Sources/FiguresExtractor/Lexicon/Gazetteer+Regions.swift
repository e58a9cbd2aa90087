extension Gazetteer {
    /// States, provinces and nations inside countries, as regional and business news names them:
    /// "a plant in Ohio" is in the United States, "Scotland's exports" are the United Kingdom's,
    /// "Guangdong's exports" China's. Same format as ``countryRows`` ("CODE|names|adjectives|");
    /// a mention of one is a mention of its country, marked ``CountryMention/region``.
    ///
    /// Left out where the name is as often something else: Georgia (the country; read as the US
    /// state only in an article that names another US state, see ``mentions(in:bytes:from:to:)``),
    /// Washington (already the US capital), Victoria (a common name), Punjab (India and Pakistan),
    /// big cities ("Shanghai Cooperation Organisation"). US states also by the abbreviations of
    /// American datelines ("Big Rapids, Mich.", "Liberty, N.C."), but not those that are also
    /// words or titles ("Miss.", "Ind.", "La.", "Mo.", "Del.", "Wash.").
    static let regionRows: [String] = [
        "US|Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, Idaho, "
            + "Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota, "
            + "Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York, "
            + "North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, "
            + "South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, West Virginia, Wisconsin, Wyoming, Atlanta, "
            + "Savannah, Ala., Ariz., Ark., Calif., Colo., Conn., Fla., Ga., Ill., Kan., Ky., Md., Mass., Mich., Minn., Neb., "
            + "Nev., N.J., N.Y., N.C., Okla., Ore., Pa., S.C., Tenn., Va., Wis., Wyo.|Texan, Texans, Californian, Californians|",
        "CA|Ontario, Quebec, Québec, British Columbia, Alberta, Manitoba, Saskatchewan, Nova Scotia, New Brunswick, "
            + "Newfoundland and Labrador, Newfoundland, Prince Edward Island, Yukon, Nunavut, Northwest Territories"
            + "|Albertan, Albertans, Quebecer, Quebecers, Ontarian, Ontarians|",
        "AU|Queensland, New South Wales, Western Australia, South Australia, Tasmania, Northern Territory"
            + "|Queenslander, Queenslanders, Tasmanian, Tasmanians, Western Australian, South Australian|",
        "GB|England, Scotland, Wales, Northern Ireland|Scottish, Welsh, Northern Irish|",
        "CN|Guangdong, Jiangsu, Zhejiang, Shandong, Fujian, Sichuan, Henan, Hubei, Hunan, Anhui, Hebei, Liaoning, Jilin, "
            + "Heilongjiang, Shaanxi, Shanxi, Yunnan, Guizhou, Jiangxi, Hainan, Guangxi, Xinjiang, Inner Mongolia, Ningxia, "
            + "Gansu, Qinghai||",
        "IN|Gujarat, Maharashtra, Tamil Nadu, Karnataka, Uttar Pradesh, Telangana, Andhra Pradesh, Kerala, Rajasthan, "
            + "Odisha, Haryana, Madhya Pradesh, Bihar, West Bengal||",
        "PK|Sindh, Balochistan, Khyber Pakhtunkhwa||",
        "MX|Nuevo León, Nuevo Leon, Guanajuato, Jalisco, Coahuila, Chihuahua, Sonora, Baja California, Querétaro, "
            + "Queretaro, Aguascalientes, San Luis Potosí, San Luis Potosi, Tamaulipas, Yucatán, Yucatan||",
        "BR|São Paulo, Sao Paulo, Minas Gerais, Bahia, Rio Grande do Sul, Santa Catarina, Pernambuco, Ceará, Ceara, Goiás, "
            + "Goias, Rio de Janeiro||",
        "DE|Bavaria, Baden-Württemberg, Baden-Wuerttemberg, North Rhine-Westphalia, Lower Saxony, Saxony, Hesse, "
            + "Thuringia|Bavarian|",
        "ES|Catalonia, Andalusia, Basque Country|Catalan|",
        "BE|Flanders, Wallonia|Flemish, Walloon|",
        "IT|Lombardy, Piedmont, Veneto, Sicily, Sardinia||",
        "JP|Hokkaido, Okinawa, Kyushu||",
        "MY|Johor, Penang, Selangor, Sabah, Sarawak||",
        "ID|Java, Sumatra, Kalimantan, Sulawesi||",
        "PH|Mindanao, Luzon||",
    ]
}

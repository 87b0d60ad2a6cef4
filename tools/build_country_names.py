#!/usr/bin/env python3
"""Write the `adjectives` and `other_names` of every country in rules/countries.yaml.

    python tools/build_country_names.py [--countries PATH] [--check]

Dev-time generator only. It needs Babel (`pip install babel`), which carries the
Unicode CLDR data; the evidence_check package never depends on Babel, it reads
the YAML this tool writes.

What it writes, for each country of the file (everything else in the file, its
entries, comments and order, is kept byte for byte):

- `adjectives`: the English adjectives read in running text before a body's name
  ("Brazilian Ministry of Justice"), from ADJECTIVES below, written by hand after
  the standard English forms (Wikipedia, "List of adjectival and demonymic forms
  for countries and nations"). An adjective two states share ("Congolese",
  "Dominican", "Guinean", "Korean", "American") is given to neither; NO_ADJECTIVE
  says why a state has none, and the file's header repeats it.
- `other_names`: the name in French, Spanish, Portuguese, German, Russian, Arabic
  and Chinese (simplified and traditional): the CLDR territory names of those
  locales (Babel), then HAND_NAMES, MORE_RUSSIAN and MORE_JAPANESE_KOREAN below: official long names used in the names of
  state bodies ("Fédération de Russie", "Bundesrepublik Deutschland"), Russian
  genitive forms ("Министерство иностранных дел Российской Федерации" ->
  "Российской Федерации", "России") and common abbreviations ("США", "EE. UU.").

Rules (repeated in the file's header):
- A name equal, once folded, to the country's name, common name, an alias or an
  earlier other name is not repeated.
- A name that folds to another country's name, alias or code, that two countries
  would both receive, or that is another country's adjective, is left out and listed.
- EVERYDAY names (an English word, a common first name, a city) are left out and listed.
- An adjective equal to the country's own name or alias is not repeated; one equal
  to another country's name or other name stops the tool (fix ADJECTIVES).

Folding: evidence_check.names.fold. If that fold drops non-Latin letters (the
package's fold before it learnt Cyrillic, Arabic and Chinese), the tool folds with
the same rules but keeping every Unicode letter, and says so on stderr.

It also writes the Unicode License v3, which covers the CLDR names, next to the
file (rules/countries.LICENSE); Babel's wheel does not carry it.

--check: write nothing; exit 1 if either file is not what the tool would write.
Deterministic: the same file and the same Babel give the same bytes.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

# (CLDR locale, language named in the header)
LOCALES = (("fr", "French"), ("es", "Spanish"), ("pt", "Portuguese"), ("de", "German"), ("ru", "Russian"),
           ("ar", "Arabic"), ("zh", "Chinese (simplified)"), ("zh_Hant", "Chinese (traditional)"),
           ("ja", "Japanese"), ("ko", "Korean"), ("it", "Italian"), ("nl", "Dutch"))

BEGIN = "# adjectives / other_names: written by tools/build_country_names.py"
END = "# (end of the notes written by tools/build_country_names.py)"

# English adjectives (and a few demonyms used attributively), by alpha3.
ADJECTIVES: dict[str, tuple[str, ...]] = {
    "AFG": ("Afghan",), "AGO": ("Angolan",), "ALB": ("Albanian",), "AND": ("Andorran",),
    "ARE": ("Emirati",), "ARG": ("Argentine", "Argentinian"), "ARM": ("Armenian",),
    "ATG": ("Antiguan", "Barbudan"), "AUS": ("Australian",), "AUT": ("Austrian",),
    "AZE": ("Azerbaijani", "Azeri"), "BDI": ("Burundian",), "BEL": ("Belgian",), "BEN": ("Beninese",),
    "BFA": ("Burkinabè",), "BGD": ("Bangladeshi",), "BGR": ("Bulgarian",), "BHR": ("Bahraini",),
    "BHS": ("Bahamian",), "BIH": ("Bosnian", "Herzegovinian"),
    "BLR": ("Belarusian", "Byelorussian", "Belorussian"), "BLZ": ("Belizean",), "BOL": ("Bolivian",),
    "BRA": ("Brazilian",), "BRB": ("Barbadian", "Bajan"), "BRN": ("Bruneian",), "BTN": ("Bhutanese",),
    "BWA": ("Botswanan", "Motswana"), "CAN": ("Canadian",), "CHE": ("Swiss",), "CHL": ("Chilean",),
    "CHN": ("Chinese",), "CIV": ("Ivorian",), "CMR": ("Cameroonian",), "COL": ("Colombian",),
    "COM": ("Comorian", "Comoran"), "CPV": ("Cabo Verdean", "Cape Verdean"), "CRI": ("Costa Rican",),
    "CUB": ("Cuban",), "CYP": ("Cypriot",), "CZE": ("Czech",), "DEU": ("German",), "DJI": ("Djiboutian",),
    "DNK": ("Danish",), "DZA": ("Algerian",), "ECU": ("Ecuadorian",), "EGY": ("Egyptian",),
    "ERI": ("Eritrean",), "ESP": ("Spanish",), "EST": ("Estonian",), "ETH": ("Ethiopian",),
    "FIN": ("Finnish",), "FJI": ("Fijian",), "FRA": ("French",), "FSM": ("Micronesian",),
    "GAB": ("Gabonese",), "GBR": ("British", "Scottish", "Welsh", "Northern Irish"), "GEO": ("Georgian",), "GHA": ("Ghanaian",),
    "GMB": ("Gambian",), "GNB": ("Bissau-Guinean",), "GNQ": ("Equatorial Guinean", "Equatoguinean"),
    "GRC": ("Greek", "Hellenic"), "GRD": ("Grenadian",), "GTM": ("Guatemalan",), "GUY": ("Guyanese",),
    "HND": ("Honduran",), "HRV": ("Croatian",), "HTI": ("Haitian",), "HUN": ("Hungarian",),
    "IDN": ("Indonesian",), "IND": ("Indian",), "IRL": ("Irish",), "IRN": ("Iranian",), "IRQ": ("Iraqi",),
    "ISL": ("Icelandic",), "ISR": ("Israeli",), "ITA": ("Italian",), "JAM": ("Jamaican",),
    "JOR": ("Jordanian",), "JPN": ("Japanese",), "KAZ": ("Kazakhstani", "Kazakh"), "KEN": ("Kenyan",),
    "KGZ": ("Kyrgyzstani", "Kyrgyz"), "KHM": ("Cambodian",), "KIR": ("I-Kiribati",),
    "KNA": ("Kittitian", "Kittian", "Nevisian"), "KOR": ("South Korean",), "KWT": ("Kuwaiti",),
    "LAO": ("Laotian",), "LBN": ("Lebanese",), "LBR": ("Liberian",), "LBY": ("Libyan",),
    "LCA": ("Saint Lucian",), "LIE": ("Liechtensteiner",), "LKA": ("Sri Lankan",),
    "LSO": ("Basotho", "Mosotho"), "LTU": ("Lithuanian",), "LUX": ("Luxembourgish",), "LVA": ("Latvian",),
    "MAR": ("Moroccan",), "MCO": ("Monégasque", "Monacan"), "MDA": ("Moldovan",), "MDG": ("Malagasy",),
    "MDV": ("Maldivian",), "MEX": ("Mexican",), "MHL": ("Marshallese",),
    "MKD": ("North Macedonian", "Macedonian"), "MLI": ("Malian",), "MLT": ("Maltese",),
    "MMR": ("Burmese",), "MNE": ("Montenegrin",), "MNG": ("Mongolian",), "MOZ": ("Mozambican",),
    "MRT": ("Mauritanian",), "MUS": ("Mauritian",), "MWI": ("Malawian",), "MYS": ("Malaysian",),
    "NAM": ("Namibian",), "NER": ("Nigerien",), "NGA": ("Nigerian",), "NIC": ("Nicaraguan",),
    "NLD": ("Dutch",), "NOR": ("Norwegian",), "NPL": ("Nepali", "Nepalese"), "NRU": ("Nauruan",),
    "OMN": ("Omani",), "PAK": ("Pakistani",), "PAN": ("Panamanian",), "PER": ("Peruvian",),
    "PHL": ("Filipino", "Philippine"), "PLW": ("Palauan",), "PNG": ("Papua New Guinean",),
    "POL": ("Polish",), "PRK": ("North Korean",), "PRT": ("Portuguese",), "PRY": ("Paraguayan",),
    "PSE": ("Palestinian",), "QAT": ("Qatari",), "ROU": ("Romanian",), "RUS": ("Russian",),
    "RWA": ("Rwandan", "Rwandese"), "SAU": ("Saudi", "Saudi Arabian"), "SDN": ("Sudanese",),
    "SEN": ("Senegalese",), "SGP": ("Singaporean",), "SLB": ("Solomon Islander",),
    "SLE": ("Sierra Leonean",), "SLV": ("Salvadoran", "Salvadorean"), "SMR": ("Sammarinese",),
    "SOM": ("Somali", "Somalian"), "SRB": ("Serbian",), "SSD": ("South Sudanese",),
    "STP": ("São Toméan", "Santomean"), "SUR": ("Surinamese",), "SVK": ("Slovak",),
    "SVN": ("Slovenian", "Slovene"), "SWE": ("Swedish",), "SWZ": ("Swazi",), "SYC": ("Seychellois",),
    "SYR": ("Syrian",), "TCD": ("Chadian",), "TGO": ("Togolese",), "THA": ("Thai",),
    "TJK": ("Tajikistani", "Tajik"), "TKM": ("Turkmen",), "TLS": ("Timorese", "East Timorese"),
    "TON": ("Tongan",), "TTO": ("Trinidadian", "Tobagonian"), "TUN": ("Tunisian",), "TUR": ("Turkish",),
    "TUV": ("Tuvaluan",), "TWN": ("Taiwanese",), "TZA": ("Tanzanian",), "UGA": ("Ugandan",),
    "UKR": ("Ukrainian",), "URY": ("Uruguayan",), "UZB": ("Uzbekistani", "Uzbek"),
    "VCT": ("Vincentian", "Saint Vincentian"), "VEN": ("Venezuelan",), "VNM": ("Vietnamese",),
    "VUT": ("Ni-Vanuatu",), "WSM": ("Samoan",), "YEM": ("Yemeni",), "ZAF": ("South African",),
    "ZMB": ("Zambian",), "ZWE": ("Zimbabwean",),
}

# States with no adjective, and why (written into the header).
NO_ADJECTIVE: dict[str, str] = {
    "CAF": '"Central African" also names the region (Bank of Central African States, Economic '
           'Community of Central African States)',
    "COD": '"Congolese" is both Congos\'',
    "COG": '"Congolese" is both Congos\'',
    "DMA": '"Dominican" is Dominica\'s and the Dominican Republic\'s',
    "DOM": '"Dominican" is Dominica\'s and the Dominican Republic\'s',
    "GIN": '"Guinean" is also said of Guinea-Bissau, Equatorial Guinea and Papua New Guinea',
    "NZL": 'the adjective is the name itself ("New Zealand Government"); "Kiwi" is informal',
    "USA": '"U.S." and "US" are already aliases; "American" is also the Americas\'',
    "VAT": '"Vatican" is already an alias; "Papal" and "Pontifical" also name bodies of the Catholic '
           'Church that are not the Holy See\'s (universities)',
}

# Hand-written other names, by alpha3, in the order fr, es, pt, de, ru, ar, zh: official long
# names used in the names of state bodies, Russian genitive forms (the case a state body's name
# puts its country in) and common abbreviations. Duplicates of CLDR names are dropped.
HAND_NAMES: dict[str, tuple[str, ...]] = {
    "AFG": ("Афганистана", "Исламской Республики Афганистан"),
    "AGO": ("República de Angola", "Анголы"),
    "ALB": ("Албании",),
    "ARE": ("Объединённые Арабские Эмираты", "Объединённых Арабских Эмиратов", "الإمارات", "阿联酋"),
    "ARG": ("République argentine", "República Argentina", "Argentinische Republik", "Аргентинская Республика",
            "Аргентины", "Аргентинской Республики", "جمهورية الأرجنتين", "阿根廷共和国"),
    "ARM": ("Республика Армения", "Армении", "Республики Армения"),
    "AUS": ("Австралии", "Австралийский Союз", "Австралийского Союза"),
    "AUT": ("République d'Autriche", "República de Austria", "República da Áustria", "Republik Österreich",
            "Австрийская Республика", "Австрии", "Австрийской Республики"),
    "AZE": ("Азербайджанская Республика", "Азербайджана", "Азербайджанской Республики"),
    "BEL": ("Royaume de Belgique", "Reino de Bélgica", "Reino da Bélgica", "Königreich Belgien",
            "Королевство Бельгия", "Бельгии", "Королевства Бельгия"),
    "BGD": ("Народная Республика Бангладеш", "Народной Республики Бангладеш"),
    "BGR": ("Республика Болгария", "Болгарии", "Республики Болгария"),
    "BHR": ("Royaume de Bahreïn", "Бахрейна", "Королевства Бахрейн", "مملكة البحرين"),
    "BIH": ("Боснии и Герцеговины",),
    "BLR": ("République du Bélarus", "Bélarus", "República de Belarús", "Belarús", "Республика Беларусь",
            "Белоруссия", "Беларуси", "Белоруссии", "Республики Беларусь", "جمهورية بيلاروس"),
    "BOL": ("État plurinational de Bolivie", "Estado Plurinacional de Bolivia", "Estado Plurinacional da Bolívia",
            "Plurinationaler Staat Bolivien", "Многонациональное Государство Боливия", "Боливии",
            "Многонационального Государства Боливия"),
    "BRA": ("République fédérative du Brésil", "República Federativa del Brasil", "República Federativa do Brasil",
            "Föderative Republik Brasilien", "Федеративная Республика Бразилия", "Бразилии",
            "Федеративной Республики Бразилия", "جمهورية البرازيل الاتحادية", "巴西联邦共和国", "巴西聯邦共和國"),
    "CAN": ("Канады",),
    "CHE": ("Confédération suisse", "Confederación Suiza", "Confederação Suíça", "Schweizerische Eidgenossenschaft",
            "Швейцарская Конфедерация", "Швейцарии", "Швейцарской Конфедерации", "الاتحاد السويسري", "瑞士联邦"),
    "CHL": ("République du Chili", "República de Chile", "Republik Chile", "Республика Чили", "Республики Чили"),
    "CHN": ("République populaire de Chine", "República Popular China", "República Popular da China",
            "Volksrepublik China", "Китайская Народная Республика", "КНР", "Китая",
            "Китайской Народной Республики", "جمهورية الصين الشعبية", "中华人民共和国", "中華人民共和國"),
    "CIV": ("République de Côte d'Ivoire", "República de Côte d'Ivoire", "Кот-д’Ивуара"),
    "CMR": ("République du Cameroun", "Камеруна"),
    "COD": ("République démocratique du Congo", "RDC", "República Democrática do Congo",
            "Demokratische Republik Kongo", "Демократическая Республика Конго", "ДРК",
            "Демократической Республики Конго", "جمهورية الكونغو الديمقراطية", "刚果民主共和国", "剛果民主共和國"),
    "COG": ("République du Congo", "República del Congo", "Republik Kongo", "Республика Конго", "Республики Конго",
            "جمهورية الكونغو", "刚果共和国", "剛果共和國"),
    "COL": ("République de Colombie", "República de Colombia", "República da Colômbia", "Колумбии",
            "Республики Колумбия"),
    "CPV": ("República de Cabo Verde",),
    "CUB": ("République de Cuba", "República de Cuba", "Республика Куба", "Кубы", "Республики Куба",
            "جمهورية كوبا", "古巴共和国"),
    "CYP": ("Республика Кипр", "Кипра", "Республики Кипр"),
    "CZE": ("République tchèque", "República Checa", "Tschechische Republik", "Чешская Республика", "Чехии",
            "Чешской Республики"),
    "DEU": ("République fédérale d'Allemagne", "República Federal de Alemania", "República Federal da Alemanha",
            "Bundesrepublik Deutschland", "Федеративная Республика Германия", "ФРГ", "Германии",
            "Федеративной Республики Германия", "جمهورية ألمانيا الاتحادية", "德意志联邦共和国", "德意志聯邦共和國"),
    "DNK": ("Royaume de Danemark", "Königreich Dänemark", "Королевство Дания", "Дании", "Королевства Дания"),
    "DZA": ("République algérienne démocratique et populaire", "República Argelina Democrática y Popular",
            "Алжирская Народная Демократическая Республика", "Алжира",
            "Алжирской Народной Демократической Республики", "الجمهورية الجزائرية الديمقراطية الشعبية"),
    "ECU": ("République de l'Équateur", "República del Ecuador", "Эквадора", "Республики Эквадор"),
    "EGY": ("République arabe d'Égypte", "República Árabe de Egipto", "República Árabe do Egito",
            "Arabische Republik Ägypten", "Арабская Республика Египет", "Египта", "Арабской Республики Египет",
            "جمهورية مصر العربية", "阿拉伯埃及共和国"),
    "ESP": ("Royaume d'Espagne", "Reino de España", "Reino de Espanha", "Königreich Spanien",
            "Королевство Испания", "Испании", "Королевства Испания", "مملكة إسبانيا", "西班牙王国"),
    "EST": ("Эстонская Республика", "Эстонии", "Эстонской Республики"),
    "ETH": ("Эфиопии",),
    "FIN": ("Finnland", "Финляндская Республика", "Финляндии", "Финляндской Республики"),
    "FRA": ("République française", "República Francesa", "Französische Republik", "Французская Республика",
            "Франции", "Французской Республики", "الجمهورية الفرنسية", "法兰西共和国", "法蘭西共和國"),
    "GBR": ("Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "Grande-Bretagne",
            "Reino Unido de Gran Bretaña e Irlanda del Norte", "Gran Bretaña",
            "Reino Unido da Grã-Bretanha e Irlanda do Norte", "Grã-Bretanha",
            "Vereinigtes Königreich Großbritannien und Nordirland", "Großbritannien",
            "Соединённое Королевство Великобритании и Северной Ирландии", "Соединённое Королевство",
            "Великобритании", "Соединённого Королевства", "Соединённого Королевства Великобритании и Северной Ирландии",
            "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية", "بريطانيا",
            "大不列颠及北爱尔兰联合王国", "大不列顛及北愛爾蘭聯合王國"),
    "GEO": ("Грузии",),
    "GHA": ("Ганы",),
    "GNB": ("República da Guiné-Bissau",),
    "GRC": ("République hellénique", "República Helénica", "Hellenische Republik", "Греческая Республика",
            "Греции", "Греческой Республики", "الجمهورية الهيلينية"),
    "HRV": ("Хорватии",),
    "HTI": ("République d'Haïti",),
    "HUN": ("Венгрии",),
    "IDN": ("République d'Indonésie", "República de Indonesia", "Republik Indonesien", "Республика Индонезия",
            "Индонезии", "Республики Индонезия", "جمهورية إندونيسيا"),
    "IND": ("République de l'Inde", "República de la India", "República da Índia", "Republik Indien",
            "Республика Индия", "Индии", "Республики Индия", "جمهورية الهند", "印度共和国", "印度共和國"),
    "IRL": ("Ирландии",),
    "IRN": ("République islamique d'Iran", "República Islámica del Irán", "República Islâmica do Irã",
            "Islamische Republik Iran", "Исламская Республика Иран", "Ирана", "Исламской Республики Иран",
            "جمهورية إيران الإسلامية", "伊朗伊斯兰共和国"),
    "IRQ": ("République d'Iraq", "República del Iraq", "Republik Irak", "Республика Ирак", "Ирака",
            "Республики Ирак", "جمهورية العراق"),
    "ISL": ("Исландии",),
    "ISR": ("État d'Israël", "Estado de Israel", "Staat Israel", "Государство Израиль", "Израиля",
            "Государства Израиль", "دولة إسرائيل"),
    "ITA": ("République italienne", "República Italiana", "Italienische Republik", "Итальянская Республика",
            "Италии", "Итальянской Республики", "الجمهورية الإيطالية", "意大利共和国"),
    "JOR": ("Royaume hachémite de Jordanie", "Reino Hachemita de Jordania", "Иорданское Хашимитское Королевство",
            "Иордании", "Иорданского Хашимитского Королевства", "المملكة الأردنية الهاشمية"),
    "JPN": ("Японии", "日本国", "日本國"),
    "KAZ": ("République du Kazakhstan", "Республика Казахстан", "Казахстана", "Республики Казахстан"),
    "KEN": ("Кении",),
    "KGZ": ("Кыргызстан", "Киргизская Республика", "Кыргызская Республика", "Киргизии", "Кыргызстана",
            "Киргизской Республики", "Кыргызской Республики"),
    "KHM": ("Камбоджи",),
    "KOR": ("République de Corée", "República de Corea", "República da Coreia", "Republik Korea",
            "Республики Корея", "Южная Корея", "Южной Кореи", "جمهورية كوريا", "大韩民国", "大韓民國"),
    "KWT": ("État du Koweït", "Государство Кувейт", "Кувейта", "Государства Кувейт", "دولة الكويت"),
    "LAO": ("Лаоса",),
    "LBN": ("République libanaise", "República Libanesa", "Ливанская Республика", "Ливана",
            "Ливанской Республики", "الجمهورية اللبنانية"),
    "LBY": ("État de Libye", "Estado de Libia", "Государство Ливия", "Ливии", "Государства Ливия", "دولة ليبيا"),
    "LKA": ("Шри-Ланки",),
    "LTU": ("Литовская Республика", "Литвы", "Литовской Республики"),
    "LUX": ("Grand-Duché de Luxembourg", "Gran Ducado de Luxemburgo", "Grão-Ducado do Luxemburgo",
            "Großherzogtum Luxemburg", "Люксембурга"),
    "LVA": ("Латвийская Республика", "Латвии", "Латвийской Республики"),
    "MAR": ("Royaume du Maroc", "Reino de Marruecos", "Reino de Marrocos", "Königreich Marokko",
            "Королевство Марокко", "Королевства Марокко", "المملكة المغربية", "摩洛哥王国"),
    "MCO": ("Principauté de Monaco",),
    "MDA": ("République de Moldova", "República de Moldova", "Республика Молдова", "Молдавия", "Молдавии",
            "Молдовы", "Республики Молдова"),
    "MEX": ("États-Unis du Mexique", "Estados Unidos Mexicanos", "Vereinigte Mexikanische Staaten",
            "Мексиканские Соединённые Штаты", "Мексики", "Мексиканских Соединённых Штатов",
            "الولايات المتحدة المكسيكية", "墨西哥合众国"),
    "MKD": ("Северной Македонии",),
    "MMR": ("Мьянмы",),
    "MNE": ("Черногории",),
    "MNG": ("Монголии",),
    "MOZ": ("República de Moçambique", "Мозамбика"),
    "MRT": ("République islamique de Mauritanie", "Мавритании", "الجمهورية الإسلامية الموريتانية"),
    "MYS": ("Малайзии",),
    "NGA": ("République fédérale du Nigéria", "República Federal de Nigeria", "Bundesrepublik Nigeria",
            "Федеративная Республика Нигерия", "Нигерии", "Федеративной Республики Нигерия"),
    "NLD": ("Royaume des Pays-Bas", "Reino de los Países Bajos", "Reino dos Países Baixos",
            "Königreich der Niederlande", "Королевство Нидерландов", "Нидерландов", "Королевства Нидерландов",
            "مملكة هولندا"),
    "NOR": ("Royaume de Norvège", "Reino de Noruega", "Königreich Norwegen", "Королевство Норвегия", "Норвегии",
            "Королевства Норвегия"),
    "NPL": ("Непала",),
    "NZL": ("Новой Зеландии",),
    "OMN": ("Sultanat d'Oman", "Sultanato de Omán", "Султанат Оман", "Омана", "Султаната Оман", "سلطنة عمان",
            "阿曼苏丹国"),
    "PAK": ("République islamique du Pakistan", "República Islámica del Pakistán", "Islamische Republik Pakistan",
            "Исламская Республика Пакистан", "Пакистана", "Исламской Республики Пакистан",
            "جمهورية باكستان الإسلامية", "巴基斯坦伊斯兰共和国"),
    "PER": ("République du Pérou", "República del Perú", "Республика Перу", "Республики Перу"),
    "PHL": ("République des Philippines", "República de Filipinas", "Республика Филиппины", "Филиппин",
            "Республики Филиппины"),
    "POL": ("République de Pologne", "República de Polonia", "Republik Polen", "Республика Польша", "Польши",
            "Республики Польша"),
    "PRK": ("République populaire démocratique de Corée", "República Popular Democrática de Corea",
            "República Popular Democrática da Coreia", "Demokratische Volksrepublik Korea",
            "Корейская Народно-Демократическая Республика", "Корейской Народно-Демократической Республики",
            "Северная Корея", "Северной Кореи", "جمهورية كوريا الشعبية الديمقراطية", "朝鲜民主主义人民共和国",
            "朝鮮民主主義人民共和國"),
    "PRT": ("République portugaise", "República Portuguesa", "Portugiesische Republik", "Португальская Республика",
            "Португалии", "Португальской Республики", "الجمهورية البرتغالية", "葡萄牙共和国"),
    "PRY": ("République du Paraguay", "República del Paraguay", "Парагвая"),
    "PSE": ("État de Palestine", "Estado de Palestina", "Palestina", "Estado da Palestina", "Staat Palästina",
            "Palästina", "Государство Палестина", "Палестина", "Палестины", "Государства Палестина", "فلسطين",
            "دولة فلسطين", "巴勒斯坦", "巴勒斯坦国"),
    "QAT": ("État du Qatar", "Estado de Qatar", "Государство Катар", "Катара", "Государства Катар", "دولة قطر"),
    "ROU": ("Румынии",),
    "RUS": ("Fédération de Russie", "Federación de Rusia", "Federação Russa", "Federação da Rússia",
            "Russische Föderation", "Российская Федерация", "РФ", "России", "Российской Федерации",
            "الاتحاد الروسي", "俄罗斯联邦", "俄羅斯聯邦"),
    "SAU": ("Royaume d'Arabie saoudite", "Reino de la Arabia Saudita", "Arabia Saudita", "Reino da Arábia Saudita",
            "Königreich Saudi-Arabien", "Королевство Саудовская Аравия", "Саудовской Аравии",
            "Королевства Саудовская Аравия", "السعودية", "沙特阿拉伯王国"),
    "SDN": ("République du Soudan", "República del Sudán", "Республика Судан", "Судана", "Республики Судан",
            "جمهورية السودان"),
    "SEN": ("République du Sénégal", "Сенегала"),
    "SGP": ("République de Singapour", "Республика Сингапур", "Сингапура", "Республики Сингапур"),
    "SRB": ("Республика Сербия", "Сербии", "Республики Сербия"),
    "SSD": ("Южного Судана",),
    "SVK": ("Словацкая Республика", "Словакии", "Словацкой Республики"),
    "SVN": ("Словении",),
    "SWE": ("Royaume de Suède", "Reino de Suecia", "Königreich Schweden", "Королевство Швеция", "Швеции",
            "Королевства Швеция"),
    "SYR": ("République arabe syrienne", "República Árabe Siria", "República Árabe Síria", "Arabische Republik Syrien",
            "Сирийская Арабская Республика", "Сирии", "Сирийской Арабской Республики", "الجمهورية العربية السورية",
            "阿拉伯叙利亚共和国"),
    "THA": ("Royaume de Thaïlande", "Королевство Таиланд", "Таиланда", "Королевства Таиланд"),
    "TJK": ("Республика Таджикистан", "Таджикистана", "Республики Таджикистан"),
    "TKM": ("Туркмения", "Туркменистана", "Туркмении"),
    "TUN": ("République tunisienne", "República Tunecina", "Тунисская Республика", "Туниса", "Тунисской Республики",
            "الجمهورية التونسية"),
    "TUR": ("République de Türkiye", "República de Türkiye", "Republik Türkei", "Турецкая Республика", "Турции",
            "Турецкой Республики", "الجمهورية التركية", "土耳其共和国"),
    "TWN": ("中華民國", "中华民国"),
    "TZA": ("Танзании",),
    "UGA": ("Уганды",),
    "UKR": ("Украины",),
    "URY": ("République orientale de l'Uruguay", "República Oriental del Uruguay", "República Oriental do Uruguai",
            "Уругвая"),
    "USA": ("États-Unis d'Amérique", "Estados Unidos de América", "EE. UU.", "EEUU", "Estados Unidos da América",
            "EUA", "Vereinigte Staaten von Amerika", "Соединённые Штаты Америки", "США",
            "Соединённых Штатов Америки", "Соединённых Штатов", "الولايات المتحدة الأمريكية",
            "الولايات المتحدة الأميركية", "美利坚合众国", "美利堅合眾國"),
    "UZB": ("Республика Узбекистан", "Узбекистана", "Республики Узбекистан"),
    "VAT": ("Saint-Siège", "Santa Sede", "Heiliger Stuhl", "Святой Престол", "Святого Престола", "Ватикана",
            "الكرسي الرسولي", "教廷"),
    "VEN": ("République bolivarienne du Venezuela", "República Bolivariana de Venezuela",
            "República Bolivariana da Venezuela", "Bolivarische Republik Venezuela",
            "Боливарианская Республика Венесуэла", "Венесуэлы", "Боливарианской Республики Венесуэла",
            "جمهورية فنزويلا البوليفارية", "委内瑞拉玻利瓦尔共和国"),
    "VNM": ("République socialiste du Viet Nam", "República Socialista de Viet Nam", "Sozialistische Republik Vietnam",
            "Социалистическая Республика Вьетнам", "Вьетнама", "Социалистической Республики Вьетнам",
            "جمهورية فييت نام الاشتراكية", "越南社会主义共和国"),
    "YEM": ("République du Yémen", "República del Yemen", "Йеменская Республика", "Йемена", "Йеменской Республики",
            "الجمهورية اليمنية"),
    "ZAF": ("République sud-africaine", "République d'Afrique du Sud", "República de Sudáfrica",
            "República da África do Sul", "Republik Südafrika", "ЮАР", "Южно-Африканской Республики",
            "Южной Африки", "جمهورية جنوب أفريقيا", "南非共和国"),
}

# Japanese and Korean formal names where they differ from CLDR's short name (CLDR gives 中国, 韓国,
# ロシア; a body's name often carries the formal one: 中華人民共和国国家統計局, 大韓民国統計庁), and
# the one-character-plus-国 short forms Japanese writes for a few states (米国, 英国). Written by
# hand from the formal names the foreign ministries of Japan and Korea use on their country pages.
MORE_JAPANESE_KOREAN: dict[str, tuple[str, ...]] = {
    "AUS": ("オーストラリア連邦",), "BRA": ("ブラジル連邦共和国", "브라질 연방 공화국"),
    "CHN": ("中華人民共和国", "중화인민공화국"), "DEU": ("ドイツ連邦共和国", "독일 연방 공화국"),
    "EGY": ("エジプト・アラブ共和国",), "FRA": ("フランス共和国", "프랑스 공화국"),
    "GBR": ("英国", "グレートブリテン及び北アイルランド連合王国"), "IDN": ("インドネシア共和国", "인도네시아 공화국"),
    "IND": ("インド共和国",), "IRN": ("イラン・イスラム共和国", "이란 이슬람 공화국"),
    "ISR": ("イスラエル国",), "ITA": ("イタリア共和国",), "JPN": ("日本国",),
    "KOR": ("大韓民国",), "MEX": ("メキシコ合衆国",), "MNG": ("モンゴル国",),
    "PHL": ("フィリピン共和国", "필리핀 공화국"), "PRK": ("朝鮮民主主義人民共和国", "조선민주주의인민공화국"),
    "RUS": ("ロシア連邦", "러시아 연방"), "SAU": ("サウジアラビア王国",), "SGP": ("シンガポール共和国",),
    "THA": ("タイ王国",), "TUR": ("トルコ共和国",), "USA": ("米国", "미합중국"),
    "VNM": ("ベトナム社会主義共和国", "베트남 사회주의 공화국"), "ZAF": ("南アフリカ共和国",),
}

# Russian genitives (and the nominative of a formal name where it differs from CLDR's) of the
# remaining states, written by hand; indeclinable names (Чили, Перу, Того, Кабо-Верде...) need none.
MORE_RUSSIAN: dict[str, tuple[str, ...]] = {
    "AND": ("Андорры", "Княжества Андорра"), "ATG": ("Антигуа и Барбуды",),
    "BDI": ("Республики Бурунди",), "BEN": ("Бенина", "Республики Бенин"),
    "BHS": ("Багамских Островов", "Багамские Острова", "Содружества Багамских Островов"),
    "BLZ": ("Белиза",), "BRB": ("Барбадоса",), "BRN": ("Брунея", "Бруней-Даруссалам", "Бруней-Даруссалама"),
    "BTN": ("Бутана", "Королевства Бутан"), "BWA": ("Ботсваны", "Республики Ботсвана"),
    "CAF": ("Центральноафриканская Республика", "Центральноафриканской Республики",
            "Центрально-Африканской Республики"),
    "COM": ("Коморские Острова", "Коморских Островов", "Союз Коморских Островов", "Союза Коморских Островов"),
    "CRI": ("Коста-Рики", "Республики Коста-Рика"), "DMA": ("Доминики", "Содружества Доминики"),
    "DOM": ("Доминиканской Республики",), "ERI": ("Эритреи", "Государства Эритрея"),
    "FSM": ("Микронезия", "Микронезии", "Федеративных Штатов Микронезии"),
    "GAB": ("Габона", "Габонская Республика", "Габонской Республики"),
    "GIN": ("Гвинеи", "Гвинейская Республика", "Гвинейской Республики"), "GMB": ("Гамбии",),
    "GNB": ("Гвинеи-Бисау",), "GNQ": ("Экваториальной Гвинеи",), "GRD": ("Гренады",), "GTM": ("Гватемалы",),
    "GUY": ("Гайаны",), "HND": ("Гондураса",), "JAM": ("Ямайки",), "KNA": ("Сент-Китса и Невиса",),
    "LBR": ("Либерии",), "LCA": ("Сент-Люсии",), "LIE": ("Лихтенштейна", "Княжества Лихтенштейн"),
    "LSO": ("Королевства Лесото",), "MCO": ("Княжества Монако",), "MDG": ("Мадагаскара",),
    "MDV": ("Мальдив", "Мальдивская Республика", "Мальдивской Республики"),
    "MHL": ("Маршалловы Острова", "Маршалловых Островов"), "MLT": ("Мальты",), "MUS": ("Маврикия",),
    "NAM": ("Намибии",), "NER": ("Нигера",), "PAN": ("Панамы",),
    "PNG": ("Папуа-Новая Гвинея", "Папуа — Новой Гвинеи", "Папуа-Новой Гвинеи"), "RWA": ("Руанды",),
    "SLB": ("Соломоновых Островов",), "SLV": ("Сальвадора",), "SMR": ("Республики Сан-Марино",),
    "SUR": ("Суринама",), "SWZ": ("Королевства Эсватини",), "SYC": ("Сейшельских Островов",), "TCD": ("Чада",),
    "TGO": ("Тоголезская Республика", "Тоголезской Республики"),
    "TLS": ("Тимор-Лешти", "Восточного Тимора"), "TON": ("Королевства Тонга",),
    "TTO": ("Тринидада и Тобаго",), "TWN": ("Тайваня",), "VCT": ("Сент-Винсента и Гренадин",),
    "WSM": ("Независимого Государства Самоа",), "ZMB": ("Замбии",),
}

# Names left out although a source gives them: everyday words, first names, cities.
EVERYDAY: dict[str, str] = {
    "Island": "an English word; German for Iceland",
    "Grenade": "an English word; French for Grenada",
    "Granada": "a Spanish city; Spanish and Portuguese for Grenada",
    "Maurice": "a first name; French for Mauritius",
    "Mauricio": "a first name; Spanish and Portuguese (Maurício) for Mauritius",
    "Dominique": "a first name; French for Dominica",
    "Salvador": "a Brazilian city and a first name; French for El Salvador",
    "Guiana": "also French Guiana and the Guianas; Portuguese for Guyana",
    "Того": "a common Russian word, 'of that'; Russian for Togo",
    "عُمان": "also Amman, Jordan's capital, once unvowelled; Arabic for Oman (سلطنة عمان is kept)",
}

# The Unicode License v3 (https://www.unicode.org/license.txt), written next to the country file.
LICENSE_TEXT = """\
The other_names in rules/countries.yaml start with country names in French,
Spanish, Portuguese, German, Russian, Arabic and Chinese taken from the Unicode
Common Locale Data Repository (CLDR {cldr}), read through Babel {babel}, by
tools/build_country_names.py. The adjectives, the long official names, the
Russian genitive forms and the abbreviations are written by hand in that tool
and are not CLDR data. The CLDR names are used under this licence:

UNICODE LICENSE V3

COPYRIGHT AND PERMISSION NOTICE

Copyright © 1991-2026 Unicode, Inc.

NOTICE TO USER: Carefully read the following legal agreement. BY
DOWNLOADING, INSTALLING, COPYING OR OTHERWISE USING DATA FILES, AND/OR
SOFTWARE, YOU UNEQUIVOCALLY ACCEPT, AND AGREE TO BE BOUND BY, ALL OF THE
TERMS AND CONDITIONS OF THIS AGREEMENT. IF YOU DO NOT AGREE, DO NOT
DOWNLOAD, INSTALL, COPY, DISTRIBUTE OR USE THE DATA FILES OR SOFTWARE.

Permission is hereby granted, free of charge, to any person obtaining a
copy of data files and any associated documentation (the "Data Files") or
software and any associated documentation (the "Software") to deal in the
Data Files or Software without restriction, including without limitation
the rights to use, copy, modify, merge, publish, distribute, and/or sell
copies of the Data Files or Software, and to permit persons to whom the
Data Files or Software are furnished to do so, provided that either (a)
this copyright and permission notice appear with all copies of the Data
Files or Software, or (b) this copyright and permission notice appear in
associated Documentation.

THE DATA FILES AND SOFTWARE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY
KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT OF
THIRD PARTY RIGHTS.

IN NO EVENT SHALL THE COPYRIGHT HOLDER OR HOLDERS INCLUDED IN THIS NOTICE
BE LIABLE FOR ANY CLAIM, OR ANY SPECIAL INDIRECT OR CONSEQUENTIAL DAMAGES,
OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS,
WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION,
ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THE DATA
FILES OR SOFTWARE.

Except as contained in this notice, the name of a copyright holder shall
not be used in advertising or otherwise to promote the sale, use or other
dealings in these Data Files or Software without prior written
authorization of the copyright holder.
"""

_NON_WORD_ASCII = re.compile(r"[^0-9a-z]+")
_NON_WORD_UNICODE = re.compile(r"[\W_]+")
_DOTTED_INITIALS = re.compile(r"\b(?:[a-z]\.){2,}")


def unicode_fold(name: str) -> str:
    """names.fold's rules, keeping letters of every script."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", ""), text)
    text = text.replace("&", " and ").replace("'", "").replace("\u2019", "")
    return _NON_WORD_UNICODE.sub(" ", text).strip()


def choose_fold():
    from evidence_check.names import fold

    if fold("Россия") and fold("日本") and fold("مصر"):
        return fold, "evidence_check.names.fold"
    print("note: evidence_check.names.fold drops non-Latin letters; folding with the same rules, keeping "
          "every script's letters", file=sys.stderr)
    return unicode_fold, "names.fold's rules keeping every script"


def cldr_names(alpha2: str, locales) -> list[str]:
    """A country's CLDR names, in locale order; "Myanmar (Birmanie)" gives both names and
    "о-ва" (Russian for islands, abbreviated) is also written out."""
    out = []
    for locale in locales:
        name = locale.territories.get(alpha2)
        if not name:
            continue
        match = re.fullmatch(r"(.+?) \((.+)\)", name)
        parts = [match.group(1), match.group(2)] if match else [name]
        for part in parts:
            out.append(part)
            if "о-ва" in part:
                out.append(part.replace("о-ва", "Острова"))
    return out


def yaml_list(key: str, values: list[str], width: int = 110) -> list[str]:
    """A flow list `    key: ["a", "b"]`, wrapped onto indented lines past `width`."""
    items = [yaml_str(v) for v in values]
    lines, line = [], f"    {key}: ["
    for i, item in enumerate(items):
        piece = item + ("]" if i == len(items) - 1 else ",")
        if len(line) + 1 + len(piece) > width and not line.endswith("["):
            lines.append(line)
            line = "      " + piece
        else:
            line += ("" if line.endswith("[") else " ") + piece
    lines.append(line)
    return lines


def yaml_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def wrap(text: str, first: str, rest: str, width: int = 100) -> list[str]:
    words, lines, line = text.split(" "), [], first
    for word in words:
        if len(line) + 1 + len(word) > width and line.strip() not in ("#", first.strip()):
            lines.append(line.rstrip())
            line = rest + word
        else:
            line += ("" if line.endswith(" ") else " ") + word
    lines.append(line.rstrip())
    return lines


def build(text: str) -> tuple[str, dict]:
    import babel
    from babel import Locale
    from babel.core import get_cldr_version

    fold, fold_name = choose_fold()
    data = yaml.safe_load(text)
    countries = data["countries"]
    locales = [Locale.parse(code) for code, _ in LOCALES]

    # Every English string a country already holds.
    own: dict[str, set[str]] = {}
    holder: dict[str, str] = {}
    for c in countries:
        keys = {fold(t) for t in (c["alpha3"], c["alpha2"], c["name"], c.get("common") or c["name"],
                                  *(c.get("aliases") or ()))}
        own[c["alpha3"]] = keys
        for k in keys:
            holder.setdefault(k, c["alpha3"])

    # Adjectives: unique, never another country's name.
    adjectives: dict[str, list[str]] = {}
    adjective_holder: dict[str, str] = {}
    for c in countries:
        a3 = c["alpha3"]
        kept = []
        for adj in ADJECTIVES.get(a3, ()):
            k = fold(adj)
            if k in own[a3]:
                continue
            if holder.get(k, a3) != a3:
                raise SystemExit(f"{a3}: adjective {adj!r} is {holder[k]}'s name; fix ADJECTIVES")
            if adjective_holder.setdefault(k, a3) != a3:
                raise SystemExit(f"{a3}: adjective {adj!r} is also {adjective_holder[k]}'s; fix ADJECTIVES")
            kept.append(adj)
        adjectives[a3] = kept
    unknown = set(ADJECTIVES) - set(own)
    if unknown:
        raise SystemExit(f"ADJECTIVES names unknown countries: {sorted(unknown)}")

    # Candidate other names, with who would get each folded key.
    everyday = {fold(w): w for w in EVERYDAY}
    candidates: dict[str, list[str]] = {}
    claimants: dict[str, set[str]] = {}
    for c in countries:
        a3 = c["alpha3"]
        names = cldr_names(c["alpha2"], locales) + list(HAND_NAMES.get(a3, ())) + list(MORE_RUSSIAN.get(a3, ())) + list(MORE_JAPANESE_KOREAN.get(a3, ()))
        candidates[a3] = names
        for n in names:
            claimants.setdefault(fold(n), set()).add(a3)

    report = {"identical": 0, "clash": [], "shared": [], "adjective": [], "everyday": [], "empty": []}
    other: dict[str, list[str]] = {}
    for c in countries:
        a3 = c["alpha3"]
        kept, seen = [], set(own[a3])
        for n in candidates[a3]:
            k = fold(n)
            if not k:
                report["empty"].append(f"{a3} {n}")
                continue
            if k in seen:
                report["identical"] += 1
                continue
            seen.add(k)
            if k in everyday:
                report["everyday"].append(f"{n} ({a3}: {EVERYDAY[everyday[k]]})")
            elif holder.get(k, a3) != a3:
                report["clash"].append(f"{n} ({a3}; {holder[k]}'s)")
            elif len(claimants[k]) > 1:
                report["shared"].append(f"{n} ({a3}; also {', '.join(sorted(claimants[k] - {a3}))})")
            elif adjective_holder.get(k, a3) != a3:
                report["adjective"].append(f"{n} ({a3}; {adjective_holder[k]}'s adjective)")
            else:
                kept.append(n)
        other[a3] = kept
    if report["empty"]:
        raise SystemExit(f"names that fold to nothing: {report['empty']}")
    unknown = (set(HAND_NAMES) | set(MORE_RUSSIAN) | set(MORE_JAPANESE_KOREAN)) - set(own)
    if unknown:
        raise SystemExit(f"HAND_NAMES, MORE_RUSSIAN or MORE_JAPANESE_KOREAN name unknown countries: {sorted(unknown)}")

    header = header_lines(countries, adjectives, other, report, babel.__version__, get_cldr_version(), fold_name)
    stats = {"adjectives": sum(map(len, adjectives.values())), "other_names": sum(map(len, other.values())),
             **{k: (len(v) if isinstance(v, list) else v) for k, v in report.items()}}
    licence = LICENSE_TEXT.format(cldr=get_cldr_version(), babel=babel.__version__)
    return rewrite(text, header, adjectives, other), licence, stats


def header_lines(countries, adjectives, other, report, babel_version, cldr_version, fold_name) -> list[str]:
    by_reason: dict[str, list[str]] = {}
    for a3, reason in NO_ADJECTIVE.items():
        by_reason.setdefault(reason, []).append(a3)
    missing = [c["alpha3"] for c in countries if not adjectives[c["alpha3"]] and c["alpha3"] not in NO_ADJECTIVE]
    if missing:
        raise SystemExit(f"no adjective and no reason in NO_ADJECTIVE: {missing}")
    langs = ", ".join(name for _, name in LOCALES)
    out = [BEGIN, "#   (python tools/build_country_names.py; it needs Babel, the package does not)"]
    out += wrap("adjectives: English adjectives (and a few demonyms used attributively) read in running text "
                "before a body's name (\"Brazilian Ministry of Justice\"). Basis: the standard English forms "
                "(Wikipedia, \"List of adjectival and demonymic forms for countries and nations\"), written by "
                "hand in the tool. Each belongs to one country: an adjective two states share is given to "
                "neither. Forms equal to an alias (\"U.S.\", \"UK\") are not repeated.", "#", "#   ")
    out.append("# no adjective:")
    for reason, codes in by_reason.items():
        out += wrap(f"{', '.join(codes)}: {reason}.", "#   ", "#     ")
    out += wrap(f"other_names: the name in {langs}. Short names: Unicode CLDR {cldr_version} territory names, "
                f"read through Babel {babel_version} (\"Myanmar (Birmanie)\" gives both names). Then, written "
                "by hand in the tool: official long names used in the names of state bodies (\"Fédération de "
                "Russie\", \"Bundesrepublik Deutschland\"), Russian genitive forms (\"Российской Федерации\", "
                "\"России\"; every state whose name declines) and common abbreviations (\"США\", \"EE. UU.\"). A name "
                "equal, once folded, to the English name, common name or an alias is not repeated "
                f"({report['identical']} such). Folding: {fold_name}.", "#", "#   ")
    left = [("left out, another country's name, alias or code", report["clash"]),
            ("left out, given to two countries", report["shared"]),
            ("left out, another country's adjective", report["adjective"])]
    for title, items in left:
        out += wrap(f"{title} ({len(items)}): {'; '.join(items) if items else 'none'}.", "#", "#   ")
    out += wrap(f"left out, everyday words, first names or cities ({len(report['everyday'])}): "
                + "; ".join(report["everyday"]) + ".", "#", "#   ")
    out += wrap("CLDR data: Copyright © 1991-2026 Unicode, Inc.; Unicode License v3 (SPDX Unicode-3.0), "
                "whose full text is in rules/countries.LICENSE. The hand-written names and adjectives are "
                "this project's.", "#", "#   ")
    out.append(END)
    return out


def rewrite(text: str, header: list[str], adjectives, other) -> str:
    lines = text.split("\n")
    # Header: drop the block a previous run wrote, then put the new one before `countries:`.
    if BEGIN in lines:
        start = lines.index(BEGIN)
        end = lines.index(END, start)
        del lines[start:end + 1]
    at = lines.index("countries:")
    while at > 0 and lines[at - 1] == "":
        at -= 1
    lines[at:at] = header
    out, alpha3, skipping = [], None, False
    for line in lines:
        if skipping and line.startswith("      "):
            continue  # continuation of a list this tool wrote
        skipping = False
        if line.startswith("  - alpha3:"):
            alpha3 = yaml.safe_load(line.split(":", 1)[1])
        if line.startswith(("    adjectives:", "    other_names:")):
            skipping = True
            continue
        if line.startswith("    status:") and alpha3:
            if adjectives.get(alpha3):
                out += yaml_list("adjectives", adjectives[alpha3])
            if other.get(alpha3):
                out += yaml_list("other_names", other[alpha3])
        out.append(line)
    return "\n".join(out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--countries", type=Path, default=ROOT / "rules" / "countries.yaml")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is not up to date; write nothing")
    args = parser.parse_args(argv)
    try:
        import babel  # noqa: F401
    except ImportError:
        parser.error("this tool needs Babel (pip install babel); the package itself does not")
    text = args.countries.read_text(encoding="utf-8")
    new, licence, stats = build(text)
    print(" ".join(f"{k}={v}" for k, v in stats.items()), file=sys.stderr)
    licence_path = args.countries.with_suffix(".LICENSE")
    old_licence = licence_path.read_text(encoding="utf-8") if licence_path.exists() else None
    if args.check:
        return 0 if new == text and licence == old_licence else 1
    if new != text:
        args.countries.write_text(new, encoding="utf-8")
    if licence != old_licence:
        licence_path.write_text(licence, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

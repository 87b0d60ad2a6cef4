"""How citations name things: the words of government bodies and UN documents.

Tables only, read by `recognise`. Words are folded (see `names.fold`): lower
case, no accents, punctuation as spaces. The six UN languages are covered, plus
Portuguese and German, because position papers cite their own governments in
their own language.

A *strong* body word names a state body on its own ("Ministry", "Embassy",
"Ministério"): with no country in sight, the row says which country is
unknown rather than guessing. A *weak* one ("Department", "Office",
"Government") counts only next to a country ("U.S. Department of Defense",
"Government of Canada"), because "Department of Economic and Social Affairs"
is the UN's and "Office of the High Commissioner" is too.
"""

from __future__ import annotations

STRONG_BODIES = (
    # Vietnamese: a province's or city's people's committee, its government ("Ủy ban nhân dân tỉnh
    # Quảng Ninh"; not the Nhân Dân daily inside it)
    "ủy ban nhân dân", "uỷ ban nhân dân",
    # English
    "ministry", "ministries", "embassy", "high commission", "permanent mission", "consulate",
    "consulate general", "parliament", "national assembly", "senate", "house of representatives",
    "house of commons", "house of lords", "state duma", "presidency", "prime minister s office",
    "cabinet office", "federal foreign office", "foreign office", "home office", "white house",
    "state council", "national police", "police service", "official gazette", "government gazette",
    "federal register", "national security council",
    # French
    "ministere", "ambassade", "mission permanente", "consulat", "consulat general", "assemblee nationale",
    "senat", "presidence de la republique", "premier ministre", "gouvernement", "commissariat general",
    "secretariat general du gouvernement", "journal officiel", "prefecture",
    # Spanish
    "ministerio", "embajada", "mision permanente", "consulado", "consulado general", "presidencia",
    "gobierno", "cancilleria", "diario oficial", "boletin oficial", "congreso de la republica", "camara de diputados", "asamblea nacional",
    "senado", "secretaria de estado", "fiscalia general",
    # the control, audit, prosecution and ombuds bodies ("Contraloría General de la República",
    # "Defensoría del Pueblo de la Nación"), and "Congreso de la Nación" (Argentina's, Paraguay's)
    "contraloria general", "procuraduria general", "defensoria del pueblo", "auditoria general de la nacion",
    "congreso de la nacion", "congreso nacional", "registraduria nacional",
    # Portuguese
    "ministerio", "embaixada", "missao permanente", "consulado geral", "presidencia da republica",
    "governo", "camara dos deputados", "senado federal", "assembleia da republica", "assembleia nacional",
    "secretaria especial", "policia federal", "diario oficial da uniao",
    "tribunal de contas da uniao", "controladoria geral da uniao", "procuradoria geral da republica",
    # German
    "bundesministerium", "ministerium", "botschaft", "standige vertretung", "generalkonsulat",
    "bundesregierung", "bundestag", "bundesrat", "bundesamt", "auswartiges amt", "bundeskanzleramt",
    "landesregierung", "bundeskriminalamt", "bundespolizei", "bundesgesetzblatt",
    # Russian (folded Cyrillic keeps its letters)
    "министерство", "посольство", "постоянное представительство", "консульство", "генеральное консульство",
    "правительство", "государственная дума", "совет федерации", "администрация президента", "мид",
    # Arabic
    "وزارة", "سفارة", "البعثة الدائمة", "قنصلية", "حكومة", "رئاسة", "مجلس النواب", "مجلس الشعب",
)

WEAK_BODIES = (
    "department", "departments", "dept", "office", "agency", "bureau", "directorate", "secretariat",
    "government", "govt", "administration", "cabinet", "council of ministers", "congress", "president",
    "prime minister", "minister", "ministers", "federal", "national", "statistics", "statistical office",
    "national statistics office", "police", "armed forces", "coast guard", "border guard", "state",
    "secretaria", "direccion general", "direction generale", "agence", "agencia", "instituto nacional",
    "institut national", "servicio", "service", "departamento", "departement", "departamento de estado",
    "services", "agencies", "offices", "authority", "authorities", "inspectorate", "commission", "committee",
    "army", "navy", "air force", "military", "gendarmerie", "guard",
    # a state's mission and its head ("Russian Mission to the UN", "Permanent Representative of
    # France to the United Nations"): the state's, not the body it is accredited to
    "mission", "permanent representative", "permanent representation",
    # local and regional government, read with its state or province ("Prefeitura de São Paulo",
    # "Gobernación de Antioquia", "Generalitat de Catalunya")
    "autorite", "autoridad", "autoridade", "alcaldia", "prefeitura", "mairie", "municipalidad",
    "gobernacion", "intendencia", "generalitat", "xunta", "junta", "staatsministerium", "staatskanzlei",
    # abbreviations read only with a country ("MFA of Russia", "UK MOD", "Japan MOFA")
    "mfa", "mofa", "mod", "moh",
)

# Stems that name one state's body by themselves: a Russian city's or region's legislature, and the
# contracted names only Russia's federal bodies bear (Belarus, Kazakhstan and Ukraine also write
# "Минздрав", "МВД", "МИД", "Минприроды": those stay without owner).
RUSSIAN_STEM_OWNERS = {"мгд": "RUS", "московской городской думы": "RUS", "зс спб": "RUS",
                       "минздравсоцразвити": "RUS", "минэкономразвити": "RUS", "минобрнаук": "RUS",
                       "минкомсвяз": "RUS", "минпромторг": "RUS", "минвостокразвити": "RUS", "минцифр": "RUS",
                       "росстат": "RUS", "роскомнадзор": "RUS", "росреестр": "RUS", "роспотребнадзор": "RUS",
                       "рособрнадзор": "RUS", "росгидромет": "RUS", "фсб": "RUS", "фсин": "RUS"}

# Russian declines its nouns ("Постановление Правительства РФ", "Приказ Минздрава России"):
# a word that starts with one of these stems (or one of the owners' stems above) is a state body or
# a state act.
_RUSSIAN_STEMS = (
    "министерств", "минист", "правительств", "посольств", "представительств", "консульств", "администраци",
    "президент", "указ", "постановлени", "приказ", "распоряжени", "федеральн", "государственн", "госдум",
    "совет федерации", "мвд", "мид", "фсб", "фсин", "росстат", "минздрав", "минюст", "минобр", "минтруд",
    "прокуратур", "собрание законодательства", "сз рф",
    # where Russian acts are published: the legislature's gazette, the ministries' bulletin
    "ведомости снд", "ведомости вс", "ведомости верховного", "ведомости съезда", "бюллетень нормативных актов",
    # regional legislatures and their gazettes ("Ведомости МГД": the Moscow City Duma's; "Вестник ЗС
    # СПб": the St Petersburg Legislative Assembly's)
    "законодательн", "мгд", "московской городской думы", "зс спб", "областной думы", "городской думы",
)
RUSSIAN_BODY_STEMS = _RUSSIAN_STEMS + tuple(stem for stem in RUSSIAN_STEM_OWNERS if stem not in _RUSSIAN_STEMS)

# Chinese, Japanese and Korean write no spaces: a body is named by its last characters
# and the country, if any, precedes it ("日本国外務省", "中华人民共和国外交部", "대한민국 외교부").
CJK_BODIES = (
    # Chinese
    "部", "大使馆", "使馆", "代表团", "政府", "国务院", "人民代表大会", "总统府", "领事馆", "统计局",
    # Japanese
    "省", "庁", "大使館", "総領事館", "領事館", "代表部", "内閣", "内閣府", "衆議院", "参議院", "国会", "統計局",
    # Korean
    "외교부", "법무부", "통일부", "대사관", "총영사관", "정부", "국회", "청와대", "대통령실",
)
# CJK words before a state that say a mission is IN it, not its state's ("驻美国", "駐日本国",
# "在日本国"; "常驻联合国": to the UN): that state is where the body sits.
CJK_HOSTED_IN = ("常驻", "常駐", "驻", "駐", "在")

# a place whose name holds another state's ("内蒙古", Inner Mongolia, is China's, not Mongolia's)
CJK_PLACES = {"内蒙古": "CHN", "內蒙古": "CHN", "内モンゴル": "CHN", "내몽골": "CHN", "내몽고": "CHN"}

# CJK words that make a body the UN's or an international organisation's, not a state's.
# ("国際" alone, "international", is not one: "アメリカ合衆国国際開発庁" is USAID.)
CJK_NOT_A_STATE = ("国連", "国際連合", "联合国", "聯合國", "유엔", "국제연합", "国際機関", "国际组织", "國際組織",
                   "국제기구", "世界銀行", "世界银行", "欧州", "欧盟", "歐盟")

# "Department of Health", "Department of Defense": a department named for a national portfolio,
# and nothing more in its clause, is a state body with no country in sight (the row then asks
# whose). The UN's departments bear other names (Economic and Social Affairs, Peace Operations,
# Global Communications, Safety and Security, Operational Support), so "Department" stays weak
# for them and for anything longer ("Department of Health Statistics and Information Systems").
DEPARTMENTS = ("department", "departments", "dept", "departamento", "departement")
PORTFOLIOS = frozenset({
    "health", "defense", "defence", "national defense", "national defence", "justice", "education",
    "agriculture", "energy", "labor", "labour", "commerce", "trade", "finance", "the treasury",
    "treasury", "the interior", "interior", "home affairs", "foreign affairs", "internal affairs",
    "transport", "transportation", "environment", "housing", "homeland security", "veterans affairs",
    "immigration", "industry", "tourism", "health and human services", "housing and urban development",
    "trade and industry", "foreign affairs and trade", "labor and employment", "social welfare",
    "social development", "health and social care", "public works and highways",
    "environment and natural resources", "interior and local government", "budget and management",
    "water affairs", "mineral resources", "correctional services", "agriculture food and the marine",
    "salud", "justicia", "educacion", "defensa", "sante", "justice et des libertes",
})

# Words before a country that make it the *receiving* state or the host, not the owner:
# "Embassy of Japan in Canada", "Permanent Mission of Chile to the United Nations".
RECEIVING = frozenset({
    "in", "to", "at", "near", "en", "a", "au", "aux", "aupres", "em", "no", "na", "nos", "nas", "ante",
    "bei", "im", "zu", "при", "в", "во", "لدى", "في",
})

# Words before a state that make it a body's subject, not its owner: "Commission of Inquiry on the
# Syrian Arab Republic", "Special Rapporteur on Iran", "Panel of Experts on Libya".
SUBJECT = frozenset({"on", "about", "concerning", "regarding", "sur", "sobre", "uber"})

# Media are never a government body by grammar ("Kuwait News Agency", "Korean Broadcasting
# System"): whether one is state media is the registry's to say.
NOT_A_BODY = frozenset({
    "news", "news agency", "press", "press agency", "broadcasting", "broadcaster", "radio", "television", "tv",
    "newspaper", "times", "post", "herald", "tribune", "agence france presse", "telegraph", "gazette",
    "university", "universidad", "universite", "college", "school", "institute", "foundation",
    "bank", "company", "corporation", "party",
    # "Japan Committee for UNICEF": a national committee of a UN body is part of that body
    "unicef", "unhcr", "unesco", "un women", "unfpa", "undp", "wfp",
})

# A state's name or adjective inside another place's or people's name: "British Columbia" is
# Canada's, "New Mexico" the United States', "Indian Affairs" and "Indian Health" are about
# Native Americans and First Nations. The country inside is not the owner.
PLACES = frozenset({
    "british columbia", "new mexico", "indian ocean", "indian affairs", "indian health", "indian country",
    "american indian", "west indies", "indian nations", "indian nation", "indian tribes", "indian tribe",
    "indian tribal", "indian reservation", "indian reservations", "indian removal", "indian wars",
    "indian territory", "indian peoples", "indian boarding",
})

# Bodies of the UN are never a state's: a body phrase naming these is left to the registry.
NOT_A_STATE = frozenset({
    "united nations", "un", "onu", "oon", "oon", "uno", "vereinten nationen", "nations unies",
    "naciones unidas", "nacoes unidas", "оон", "организации объединенных наций", "الأمم المتحدة",
    "european", "european union", "eu", "african union", "asean", "oecd", "nato", "world bank",
    "commonwealth secretariat", "osce", "council of europe", "interpol", "imf",
})

# Shortened words people write in names: tried before saying "did you mean".
ABBREVIATIONS = {
    "dept": "department", "depts": "departments", "govt": "government", "gov": "government",
    "min": "ministry", "intl": "international", "int l": "international", "natl": "national",
    "nat l": "national", "org": "organization", "assn": "association", "assoc": "association",
    "dev": "development", "env": "environment", "fed": "federal", "admin": "administration",
    "comm": "commission", "sec": "secretary", "gen": "general", "hr": "human rights", "un": "united nations",
}

# A registry name of one word that is also an everyday word is not taken from free text
# unless the line is that name (or it is written in capitals as an acronym).
EVERYDAY = frozenset("""
a about after again all also an and any are as at be because been before being between both but by can
come could day did do does done down each even first for from get give go good great had has have he her
here him his how i if in into is it its just know like look make man many me more most much must my new no
not now of on one only or other our out over own people said same say see she should so some still such
take than that the their them then there these they this those through time to two under up us use very
want was way we well were what when where which while who why will with work world would year you your
nature science mint dawn express sun star nation independent post mail news report today herald tribune
observer monitor voice mirror record standard press times daily weekly journal review guardian telegraph
economist atlantic hill politics policy global international national public open free life health
future peace hope home light truth freedom justice rights change action access alliance children women
water food earth africa asia europe america americas pacific arctic ocean oceans planet climate
energy development education family care aid relief help link bridge network forum centre center
institute foundation council union league society club group partners partnership
challenges threats issues leaders leadership opinion index variety medium reflex horizons ideal
panorama quadrant searchlight blueprint expansion finance gold liberation heavy marketplace
nacional noticias perfil proceso reforma republica cronica desafio
""".split())

# What a ministry or agency is for, in the languages of most government names (folded). A body
# name made only of these, body words and linking words ("Ministério da Saúde", "National
# Institute of Statistics") is borne by many states, listed or not, so it names none of them
# without its country; a name with any other word ("Congressional Research Service") may.
TOPIC_WORDS = frozenset("""
    health education justice security defence defense finance economy economic economics agriculture
    environment labour labor employment foreign affairs interior home internal external culture tourism
    transport transportation energy planning social welfare women family children youth sport sports
    science technology research communication communications information industry trade commerce
    development public works housing water fisheries mines mining land lands natural resources
    budget treasury revenue tax taxes customs immigration migration citizenship human rights
    statistics statistical census audit accounts elections electoral police prisons corrections
    national federal central general state republic royal high supreme regional local affairs
    international cooperation relations integration reform administration management protection
    saude educacao justica seguranca defesa fazenda economia agricultura ambiente meio trabalho
    emprego relacoes exteriores interior cultura turismo transportes energia planejamento social
    desenvolvimento mulheres familia juventude ciencia tecnologia comunicacoes industria comercio
    estatistica instituto nacional geral publica publico direitos humanos cidadania
    salud educacion seguridad defensa hacienda agricultura medio trabajo relaciones asuntos
    exteriores cultura turismo transporte desarrollo mujer mujeres familia juventud ciencia
    tecnologia comunicaciones industria estadistica estadisticas censos nacional general publica
    publico derechos humanos gobierno interior obras vivienda
    sante education justice securite defense finances economie agriculture environnement travail
    emploi affaires etrangeres interieur culture tourisme transports energie developpement femmes
    famille jeunesse recherche sciences industrie commerce statistique etudes economiques
    gesundheit bildung justiz sicherheit verteidigung finanzen wirtschaft landwirtschaft umwelt
    arbeit auswartiges inneres innern kultur verkehr energie entwicklung familie jugend forschung
    statistik bundesamt bundesministerium
    sport esporte desporto desportos deporte deportes caisse fonds fondo fundo fund funds compensation
    pension pensions insurance seguro seguridade securite sociale
    framework directive law laws act acts code regulation regulations strategy plan programme program
    policy policies agreement convention treaty charter decree order constitution
""".split())

"""Example citations of each default category, shared by the judge and ruling tests."""

UN = "https://www.unodc.org/x"
NGO = "https://www.hrw.org/x"
REUTERS = "https://www.reuters.com/world/x"
GOV_USA = "https://www.state.gov/reports/x"
XINHUA = "http://www.xinhuanet.com/english/x"
WIKI = "https://en.wikipedia.org/wiki/X"
UNKNOWN = "https://blog.example-unknown.net/x"

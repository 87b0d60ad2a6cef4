"""Online mode's defaults, as plain constants with no imports: the command line reads them for
its option defaults and online.model's Options takes them from here, so they are defined once."""

CONCURRENCY = 32  # requests in flight, over all hosts
PER_HOST = 4  # requests in flight to one host name
REQUEST_TIMEOUT = 10.0  # seconds for one request: connect, headers and the body read
CACHE_TTL = 86400.0  # seconds a cached result stays good

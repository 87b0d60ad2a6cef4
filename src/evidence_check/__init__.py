"""evidence-check: is this source admissible as proof in a Model UN committee?"""

from ._version import __version__

from .api import Checker, load_rules  # noqa: E402
from .model import Classification, Context, Source, Verdict  # noqa: E402
from .ruleset.problems import RulesError  # noqa: E402

__all__ = ["Checker", "load_rules", "Context", "Source", "Classification", "Verdict", "RulesError",
           "__version__"]

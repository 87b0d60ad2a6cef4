"""The chair's live session (`evidence-check session`): one prompt for a whole committee
session, every check and ruling kept in a JSON Lines log as it happens."""

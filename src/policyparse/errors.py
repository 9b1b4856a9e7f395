"""The one exception type that parsing raises."""


class PolicyParseError(ValueError):
    """Input that cannot be read as an announcement at all (e.g. undecodable bytes)."""

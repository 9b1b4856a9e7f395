"""The one exception type that parsing raises."""

from __future__ import annotations


class PolicyParseError(ValueError):
    """Input that cannot be read as an announcement at all (undecodable bytes, a protected or damaged file).

    ``reason`` names why in a word a program can test: ``"distribution-protected"``,
    ``"password-protected"``, ``"unsupported-format"``, ``"damaged"``, ``"truncated"``,
    ``"no-text-layer"``, ``"too-large"``; for ``policyparse.dask``, ``"no-input"`` (a glob or folder with no
    announcements), ``"no-scheduler"`` (a cluster that cannot be reached) and ``"usage"``; or
    ``"unreadable"`` for anything else.
    """

    def __init__(self, message: str, *, reason: str = "unreadable") -> None:
        super().__init__(message)
        self.reason = reason

    def __reduce__(self) -> tuple[object, ...]:
        # keeps ``reason`` across processes (batch workers pickle their failures)
        return (_rebuild, (str(self), self.reason))


def _rebuild(message: str, reason: str) -> PolicyParseError:
    return PolicyParseError(message, reason=reason)

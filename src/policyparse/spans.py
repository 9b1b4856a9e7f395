"""Making grounded values: every one is cut from the document text by offsets."""

from __future__ import annotations

from .models import Grounded, Span

TRIM = " \t\n\u3000\u00a0"


def one_line(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def trim(text: str, start: int, end: int, chars: str = TRIM) -> tuple[int, int]:
    """Offsets narrowed past ``chars`` at both ends."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def ground(text: str, start: int, end: int, chars: str = TRIM) -> Grounded | None:
    """The trimmed slice ``text[start:end]`` as a grounded value, or None if empty."""
    start, end = trim(text, start, end, chars)
    if start >= end:
        return None
    return Grounded(text=text[start:end], span=Span(start=start, end=end))

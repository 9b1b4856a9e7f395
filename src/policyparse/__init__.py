"""policyparse: Korean policy announcements as typed, source-grounded data."""

from .errors import PolicyParseError
from .models import (
    Block,
    Diagnostic,
    Enumeration,
    Grounded,
    Item,
    PolicyDocument,
    Published,
    Quote,
    Source,
    Span,
)
from .parser import Parser, parse

__version__ = "0.1.0"

__all__ = [
    "Block",
    "Diagnostic",
    "Enumeration",
    "Grounded",
    "Item",
    "Parser",
    "PolicyDocument",
    "PolicyParseError",
    "Published",
    "Quote",
    "Source",
    "Span",
    "__version__",
    "parse",
]

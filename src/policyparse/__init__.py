"""policyparse: Korean policy announcements as typed, source-grounded data."""

from .errors import PolicyParseError
from .evaluate import Report, evaluate
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
from .parser import Parser, parse, parse_html

evaluate_folder = evaluate

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
    "Report",
    "Source",
    "Span",
    "__version__",
    "evaluate",
    "evaluate_folder",
    "parse",
    "parse_html",
]

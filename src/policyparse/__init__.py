"""policyparse: Korean policy announcements as typed, source-grounded data."""

from .batch import ParseFailure, Workers, parse_many
from .compare import compare
from .errors import PolicyParseError
from .models import (
    Block,
    Comparison,
    Diagnostic,
    Enumeration,
    Grounded,
    Item,
    ItemChange,
    PolicyDocument,
    Published,
    Quote,
    Source,
    Span,
)
from .parser import Parser, parse, parse_html
from .tables import to_csv, to_dataframe, to_records


def __getattr__(name: str) -> object:
    """The scorer is imported on first use: most users never evaluate."""
    if name in ("evaluate", "evaluate_folder", "Report"):
        import importlib

        scoring = importlib.import_module("policyparse.evaluate")

        return scoring.Report if name == "Report" else scoring.evaluate
    raise AttributeError(f"module 'policyparse' has no attribute {name!r}")


__version__ = "0.1.0"

__all__ = [
    "Block",
    "Comparison",
    "Diagnostic",
    "Enumeration",
    "Grounded",
    "Item",
    "ItemChange",
    "ParseFailure",
    "Parser",
    "PolicyDocument",
    "PolicyParseError",
    "Published",
    "Quote",
    "Report",
    "Source",
    "Span",
    "Workers",
    "__version__",
    "compare",
    "evaluate",
    "evaluate_folder",
    "parse",
    "parse_html",
    "parse_many",
    "to_csv",
    "to_dataframe",
    "to_records",
]

"""policyparse: Korean policy announcements as typed, source-grounded data.

Names are imported from their modules on first use, so ``import policyparse`` stays
cheap (no pydantic models built, no patterns compiled, no morphology model loaded)
for scripts that only pass it around or ask for its version.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# Where each public name lives.
_HOMES = {
    "Block": "models",
    "Comparison": "models",
    "Diagnostic": "models",
    "Enumeration": "models",
    "Explanation": "models",
    "ListCandidate": "models",
    "Grounded": "models",
    "Item": "models",
    "ItemChange": "models",
    "PolicyDocument": "models",
    "Published": "models",
    "Quote": "models",
    "Source": "models",
    "Span": "models",
    "ParseFailure": "batch",
    "Workers": "batch",
    "parse_many": "batch",
    "read_jsonl": "batch",
    "compare": "compare",
    "PolicyParseError": "errors",
    "Parser": "parser",
    "parse": "parser",
    "parse_file": "parser",
    "explain": "parser",
    "parse_html": "parser",
    "spark_schema": "tables",
    "to_csv": "tables",
    "to_dataframe": "tables",
    "to_records": "tables",
    "Report": "evaluate",
    "evaluate": "evaluate",
    "evaluate_folder": "evaluate",
}

if TYPE_CHECKING:
    from .batch import ParseFailure, Workers, parse_many, read_jsonl
    from .compare import compare
    from .errors import PolicyParseError
    from .evaluate import Report, evaluate
    from .models import (
        Block,
        Comparison,
        Diagnostic,
        Enumeration,
        Explanation,
        Grounded,
        Item,
        ItemChange,
        ListCandidate,
        PolicyDocument,
        Published,
        Quote,
        Source,
        Span,
    )
    from .parser import Parser, explain, parse, parse_file, parse_html
    from .tables import spark_schema, to_csv, to_dataframe, to_records

    evaluate_folder = evaluate


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'policyparse' has no attribute {name!r}")
    module = importlib.import_module(f"policyparse.{home}")
    value = getattr(module, "evaluate" if name == "evaluate_folder" else name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "Block",
    "Comparison",
    "Diagnostic",
    "Enumeration",
    "Explanation",
    "Grounded",
    "Item",
    "ItemChange",
    "ListCandidate",
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
    "explain",
    "parse",
    "parse_file",
    "parse_html",
    "parse_many",
    "read_jsonl",
    "spark_schema",
    "to_csv",
    "to_dataframe",
    "to_records",
]

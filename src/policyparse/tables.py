"""Flat tables of items across documents: records, CSV, and (with pandas) a DataFrame."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from .batch import ParseFailure
from .models import PolicyDocument

Document = PolicyDocument | ParseFailure

COLUMNS = (
    "source", "title", "agency", "department", "published",
    "kind", "label", "declared", "year",
    "item_index", "item", "detail", "start", "end", "error",
)  # fmt: skip


def to_records(docs: Document | Iterable[Document]) -> list[dict[str, Any]]:
    """One flat dict per item of every list of every document, in text order.

    A ``ParseFailure`` (what ``parse_many`` yields for a document it could not read) is one row
    with its ``source`` and ``error`` ("PolicyParseError: truncated PDF file …") and nothing else,
    so a table of a batch keeps every input; filter on ``error`` to drop them.
    """
    if isinstance(docs, (PolicyDocument, ParseFailure)):
        docs = [docs]
    records: list[dict[str, Any]] = []
    for doc in docs:
        if isinstance(doc, ParseFailure):
            records.append(dict.fromkeys(COLUMNS) | {"source": doc.source, "error": f"{doc.error}: {doc.message}"})
            continue
        base = {
            "source": doc.source.name,
            "title": doc.title.text if doc.title else None,
            "agency": doc.agency.text if doc.agency else None,
            "department": doc.department.text if doc.department else None,
            "published": doc.published.date.isoformat() if doc.published else None,
        }
        for en in doc.enumerations:
            for n, item in enumerate(en.items, 1):
                records.append(
                    base
                    | {
                        "kind": en.kind,
                        "label": en.label.text,
                        "declared": en.declared,
                        "year": en.year,
                        "item_index": n,
                        "item": item.text,
                        "detail": item.detail.gist(80) if item.detail else None,
                        "start": item.span.start,
                        "end": item.span.end,
                        "error": None,
                    }
                )
    return records


# What a spreadsheet reads as a formula when a cell starts with it (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def to_csv(docs: Document | Iterable[Document], *, escape_formulas: bool = True) -> str:
    """The records as CSV text with a header row.

    A text cell that starts like a formula ('=', '+', '-', '@', a tab or CR) gets a leading
    apostrophe, as OWASP recommends, so a spreadsheet shows it instead of running it; pass
    ``escape_formulas=False`` for the values exactly as read (``--csv-raw`` on the command line).
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in to_records(docs):
        writer.writerow({k: _cell(v) for k, v in record.items()} if escape_formulas else record)
    return out.getvalue()


def _cell(value: Any) -> Any:
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def to_dataframe(docs: Document | Iterable[Document]) -> Any:
    """The records as a pandas DataFrame (needs the extra ``policyparse[pandas]``)."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("to_dataframe needs pandas: pip install 'policyparse[pandas]'") from None
    return pd.DataFrame.from_records(to_records(docs), columns=list(COLUMNS))

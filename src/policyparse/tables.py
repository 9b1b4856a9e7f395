"""Flat tables of items across documents: records, CSV, and (with pandas) a DataFrame."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from .models import PolicyDocument

COLUMNS = (
    "source", "title", "agency", "department", "published",
    "kind", "label", "declared", "year",
    "item_index", "item", "detail", "start", "end",
)  # fmt: skip


def to_records(docs: PolicyDocument | Iterable[PolicyDocument]) -> list[dict[str, Any]]:
    """One flat dict per item of every list of every document, in text order."""
    if isinstance(docs, PolicyDocument):
        docs = [docs]
    records: list[dict[str, Any]] = []
    for doc in docs:
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
                    }
                )
    return records


def to_csv(docs: PolicyDocument | Iterable[PolicyDocument]) -> str:
    """The records as CSV text with a header row."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(to_records(docs))
    return out.getvalue()


def to_dataframe(docs: PolicyDocument | Iterable[PolicyDocument]) -> Any:
    """The records as a pandas DataFrame (needs the extra ``policyparse[pandas]``)."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("to_dataframe needs pandas: pip install 'policyparse[pandas]'") from None
    return pd.DataFrame.from_records(to_records(docs), columns=list(COLUMNS))

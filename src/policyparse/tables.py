"""Flat tables across documents: one row per item, per document or per quote, as records, CSV,
and (with pandas) a DataFrame with typed columns."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any, Literal

from .batch import ParseFailure
from .models import PolicyDocument

Document = PolicyDocument | ParseFailure
Table = Literal["items", "documents", "quotes"]

# The columns every table opens with: which document a row belongs to.
DOCUMENT_KEYS = ("source", "title", "agency", "agency_id", "department", "published")
COLUMNS: dict[Table, tuple[str, ...]] = {
    "items": (
        *DOCUMENT_KEYS,
        "kind", "label", "declared", "year", "spoken",
        "item_index", "item", "start", "end", "detail", "detail_start", "detail_end", "error",
    ),
    "documents": (
        *DOCUMENT_KEYS,
        "format", "subtitle", "published_time", "reporter", "contact", "vision",
        "enumerations", "items", "quotes", "diagnostics", "characters", "error",
    ),
    "quotes": (
        *DOCUMENT_KEYS,
        "quote_index", "speaker", "named", "quote", "start", "end", "error",
    ),
}  # fmt: skip
# pandas dtypes of the columns that are not text: nullable, since a failure row has none of them.
# Every other column is text ("string", missing as NA), so a table's dtypes never depend on its rows:
# the partitions of a Dask table agree, and Parquet files of different batches share one schema.
DTYPES = {
    "declared": "Int64", "year": "Int64", "item_index": "Int64", "quote_index": "Int64",
    "start": "Int64", "end": "Int64", "detail_start": "Int64", "detail_end": "Int64",
    "enumerations": "Int64", "items": "Int64", "quotes": "Int64", "characters": "Int64",
    "spoken": "boolean", "named": "boolean",
}  # fmt: skip


def _text(value: Any) -> str | None:
    return value.text if value is not None else None


def _document_keys(doc: PolicyDocument) -> dict[str, Any]:
    return {
        "source": doc.source.name,
        "title": _text(doc.title),
        "agency": _text(doc.agency),
        "agency_id": doc.agency_id,
        "department": _text(doc.department),
        "published": doc.published.date.isoformat() if doc.published else None,
    }


def _rows(doc: PolicyDocument, what: Table) -> list[dict[str, Any]]:
    base = _document_keys(doc)
    if what == "documents":
        published = doc.published
        return [
            base
            | {
                "format": doc.source.format,
                "subtitle": _text(doc.subtitle),
                "published_time": published.time.isoformat() if published and published.time else None,
                "reporter": _text(doc.reporter),
                "contact": _text(doc.contact),
                "vision": _text(doc.vision),
                "enumerations": len(doc.enumerations),
                "items": sum(len(en.items) for en in doc.enumerations),
                "quotes": len(doc.quotes),
                "diagnostics": " ".join(d.code for d in doc.diagnostics) or None,
                "characters": len(doc.text),
                "error": None,
            }
        ]
    if what == "quotes":
        return [
            base
            | {
                "quote_index": n,
                "speaker": _text(quote.speaker),
                "named": quote.named,
                "quote": quote.text,
                "start": quote.span.start,
                "end": quote.span.end,
                "error": None,
            }
            for n, quote in enumerate(doc.quotes, 1)
        ]
    return [
        base
        | {
            "kind": en.kind,
            "label": en.label.text,
            "declared": en.declared,
            "year": en.year,
            "spoken": en.spoken,
            "item_index": n,
            "item": item.text,
            "start": item.span.start,
            "end": item.span.end,
            "detail": _text(item.detail),
            "detail_start": item.detail.span.start if item.detail else None,
            "detail_end": item.detail.span.end if item.detail else None,
            "error": None,
        }
        for en in doc.enumerations
        for n, item in enumerate(en.items, 1)
    ]


def to_records(docs: Document | Iterable[Document], what: Table = "items") -> list[dict[str, Any]]:
    """Flat dicts, in text order: one per item of every list (``what="items"``), per document
    (``"documents"``) or per quote (``"quotes"``) of every document.

    Texts are whole (an item's ``detail`` is the full paragraph, with its span); ``published`` is an
    ISO date string. A ``ParseFailure`` (what ``parse_many`` yields for a document it could not
    read) is one row with its ``source`` and ``error`` ("PolicyParseError: truncated PDF file …")
    and nothing else, so a table of a batch keeps every input; filter on ``error`` to drop them.
    """
    if what not in COLUMNS:
        raise ValueError(f"what must be one of {', '.join(COLUMNS)}, not {what!r}")
    if isinstance(docs, (PolicyDocument, ParseFailure)):
        docs = [docs]
    records: list[dict[str, Any]] = []
    for doc in docs:
        if isinstance(doc, ParseFailure):
            failed = {"source": doc.source, "error": f"{doc.error}: {doc.message}"}
            records.append(dict.fromkeys(COLUMNS[what]) | failed)
        else:
            records += _rows(doc, what)
    return records


# What a spreadsheet reads as a formula when a cell starts with it (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def to_csv(docs: Document | Iterable[Document], what: Table = "items", *, escape_formulas: bool = True) -> str:
    """The records as CSV text with a header row.

    A text cell that starts like a formula ('=', '+', '-', '@', a tab or CR) gets a leading
    apostrophe, as OWASP recommends, so a spreadsheet shows it instead of running it; pass
    ``escape_formulas=False`` for the values exactly as read (``--csv-raw`` on the command line).
    For Excel, write the text encoded as ``utf-8-sig`` (``--csv --excel``): without the byte-order
    mark it shows Hangul as mojibake.
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS[what], lineterminator="\n")
    writer.writeheader()
    for record in to_records(docs, what):
        writer.writerow({k: _cell(v) for k, v in record.items()} if escape_formulas else record)
    return out.getvalue()


def _cell(value: Any) -> Any:
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def to_dataframe(docs: Document | Iterable[Document], what: Table = "items") -> Any:
    """The records as a pandas DataFrame (needs the extra ``policyparse[pandas]``): ``published``
    as datetime64, counts, offsets, ``declared`` and ``year`` as nullable integers (Int64)."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError(
            "to_dataframe needs pandas: pip install 'policyparse[pandas]' (from a clone: pip install -e '.[pandas]')"
        ) from None
    frame = pd.DataFrame.from_records(to_records(docs, what), columns=list(COLUMNS[what]))
    return frame.astype(column_dtypes(what))


# Dates as microseconds: what Parquet and Spark read natively (pandas' nanoseconds they do not).
DATE_DTYPE = "datetime64[us]"


def column_dtypes(what: Table = "items") -> dict[str, str]:
    """The pandas dtype of every column of a table, in column order: one source for
    ``to_dataframe`` and for the empty frame that describes a Dask table."""
    return {
        column: DATE_DTYPE if column == "published" else DTYPES.get(column, "string") for column in COLUMNS[what]
    }


# Spark SQL types of the pandas dtypes above, for a schema a Spark job can name.
SPARK_TYPES = {"string": "string", "Int64": "bigint", "boolean": "boolean", DATE_DTYPE: "timestamp"}


def spark_schema(what: Table = "items") -> str:
    """The table's columns as a Spark DDL schema ('source string, …, declared bigint, …'): what
    ``DataFrame.mapInPandas(…, schema=…)`` needs to take ``to_dataframe``'s frames as they are."""
    return ", ".join(f"{column} {SPARK_TYPES[dtype]}" for column, dtype in column_dtypes(what).items())

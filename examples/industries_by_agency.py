"""Parse a folder of announcements and print a table of industries by agency.

Usage: python examples/industries_by_agency.py FOLDER [--jobs 2]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

import policyparse


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder")
    ap.add_argument("--jobs", type=int, default=1)
    ns = ap.parse_args()
    paths = sorted(p for p in Path(ns.folder).iterdir() if p.suffix in (".txt", ".html", ".htm"))
    industries: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for path, result in zip(paths, policyparse.parse_many(paths, n_jobs=ns.jobs), strict=True):
        if isinstance(result, policyparse.ParseFailure):
            print(f"skipped {path.name}: {result.message}")
            continue
        for record in policyparse.to_records(result):
            if record["kind"] == "industry":
                year = record["year"] or (record["published"] or "")[:4]
                # one body, however the text names it ('광주시', '광주광역시'); its printed name otherwise
                body = record["agency_id"] or record["agency"] or "(unknown)"
                industries[body].append((year, record["item"]))
    table = Table(title=f"Industries by agency — {len(paths)} documents")
    # Hangul is two columns wide: a narrow terminal folds the cells onto more lines, never crops them
    table.add_column("agency", overflow="fold")
    table.add_column("year", no_wrap=True)
    table.add_column("industries", overflow="fold")
    for agency in sorted(industries):
        by_year: dict[str, list[str]] = defaultdict(list)
        for year, item in industries[agency]:
            by_year[str(year)].append(item)
        for year, items in sorted(by_year.items()):
            table.add_row(agency, year, ", ".join(dict.fromkeys(items)))
    Console().print(table)


if __name__ == "__main__":
    main()

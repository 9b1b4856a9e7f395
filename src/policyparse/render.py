"""Terminal views of a document with rich; imported only when something is shown."""

from __future__ import annotations

from rich.console import Console, Group
from rich.text import Text
from rich.tree import Tree

from .models import Enumeration, PolicyDocument
from .spans import one_line

KIND_NAMES = {
    "industry": "산업 industry",
    "strategy": "전략 strategy",
    "goal": "목표 goal",
    "project": "사업 project",
    "other": "기타 other",
}


# Control characters of the text shown as their pictures ("\x1b" as "␛", DEL as "␡"; C1 controls as
# "�"), one character for one: a document cannot set a terminal's title, clear it or hide text.
_VISIBLE = str.maketrans(
    {code: chr(0x2400 + code) for code in range(0x20) if chr(code) not in "\n\t"}
    | {0x7F: "\u2421"}
    | dict.fromkeys(range(0x80, 0xA0), "\ufffd")
)


def visible(text: str) -> str:
    """``text`` with its control characters shown, not sent to the terminal."""
    return text.translate(_VISIBLE)


def _shown(tree: Tree) -> Tree:
    """Every label of a tree view with its control characters shown (same length: styles stay put)."""
    labels = [tree]
    while labels:
        node = labels.pop()
        if isinstance(node.label, Text):
            node.label.plain = visible(node.label.plain)
        elif isinstance(node.label, str):
            node.label = visible(node.label)
        labels.extend(node.children)
    return tree


def _enumeration_node(en: Enumeration) -> Tree:
    head = Text()
    head.append(en.label.text, style="bold magenta")
    head.append(f"  [{KIND_NAMES[en.kind]}]", style="dim")
    if en.declared is not None:
        style = "green" if en.declared == len(en.items) else "bold red"
        head.append(f"  declared {en.declared}, found {len(en.items)}", style=style)
    if en.year is not None:
        head.append(f"  year {en.year}", style="cyan")
    node = Tree(head)
    for n, item in enumerate(en.items, 1):
        line = Text(f"{n:>2}. ", style="dim")
        line.append(item.text, style="bold")
        if item.detail is not None:
            line.append("  — " + item.detail.gist(), style="italic dim")
        node.add(line)
    return node


def _format_of(doc: PolicyDocument) -> str | None:
    """A published file's format and pages ("pdf, 4 pages"); nothing for plain text."""
    if doc.source.format in ("text", "html"):
        return None
    return doc.source.format + (f", {len(doc.pages)} pages" if doc.pages else "")


def document_tree(doc: PolicyDocument) -> Tree:
    """The document as a tree: metadata, vision, lists with items, quotes, diagnostics."""
    title = doc.title.text if doc.title else "(untitled announcement)"
    root = Tree(Text(title, style="bold underline"))
    meta = root.add(Text("metadata", style="bold blue"))
    for label, value in (
        ("subtitle", doc.subtitle.text if doc.subtitle else None),
        ("published", doc.published.text if doc.published else None),
        ("reporter", doc.reporter.text if doc.reporter else None),
        ("agency", doc.agency.text if doc.agency else None),
        ("department", doc.department.text if doc.department else None),
        ("contact", doc.contact.text if doc.contact else None),
        ("source", " · ".join(x for x in (doc.source.name, _format_of(doc)) if x)),
    ):
        if value:
            meta.add(Text.assemble((f"{label}: ", "dim"), value))
    if doc.vision is not None:
        root.add(Text.assemble(("vision: ", "bold green"), (doc.vision.text, "green")))
    if doc.enumerations:
        lists = root.add(Text(f"lists ({len(doc.enumerations)})", style="bold blue"))
        for en in doc.enumerations:
            lists.add(_enumeration_node(en))
    if doc.quotes:
        quotes = root.add(Text(f"quotes ({len(doc.quotes)})", style="bold blue"))
        for q in doc.quotes:
            who = q.speaker.text if q.speaker else "?"
            quotes.add(Text.assemble((who, "bold yellow"), ": “", (one_line(q.text, 90), "italic"), "”"))
    if doc.diagnostics:
        diags = root.add(Text(f"diagnostics ({len(doc.diagnostics)})", style="bold red"))
        for d in doc.diagnostics:
            diags.add(Text.assemble((d.code, "red"), "  ", d.message))
    return _shown(root)


def to_plain_text(doc: PolicyDocument, width: int = 100) -> str:
    """The same view without colour, as ``str(doc)`` shows it."""
    # force_jupyter=False: in a notebook, rich would also display what it renders here (print(doc) twice)
    console = Console(
        width=width, record=True, color_system=None, force_terminal=False, force_jupyter=False, file=_Null()
    )
    console.print(Group(document_tree(doc)))
    return console.export_text()


class _Null:
    def write(self, _: str) -> int:
        return 0

    def flush(self) -> None:
        pass


def report_view(report: object, *, show: bool = False) -> object:
    """The scores of an evaluation as tables (and every miss, with ``show``)."""
    from rich.table import Table

    from .evaluate import Report

    assert isinstance(report, Report)
    tables: list[object] = []
    fields = Table(
        title=f"policyparse eval — {report.documents} documents, {report.crashes} crashes, {report.seconds:.2f} s"
    )
    for col in ("measure", "tp", "fp", "fn", "precision", "recall", "F1"):
        fields.add_column(col, justify="left" if col == "measure" else "right")
    rows = [(name, score) for name, score in report.fields.items()]
    rows += [(f"items: {kind}", score) for kind, score in report.items.items()]
    rows += [("items: overall", report.items_overall), ("quotes", report.quotes)]
    for name, score in rows:
        style = "bold" if name == "items: overall" else None
        fields.add_row(
            name,
            str(score.tp),
            str(score.fp),
            str(score.fn),
            _figure(score.precision, score.tp + score.fp),
            _figure(score.recall, score.tp + score.fn),
            _figure(score.f1, score.tp + score.fp + score.fn),
            style=style,
        )
    tables.append(fields)
    acc = Table(title="per list and per value")
    acc.add_column("measure")
    acc.add_column("right / checked", justify="right")
    acc.add_column("accuracy", justify="right")
    for name, tally in (
        ("declared counts", report.declared),
        ("years", report.years),
        ("detail links", report.details),
        ("exact spans", report.spans),
    ):
        acc.add_row(name, f"{tally.right} / {tally.checked}", _figure(tally.accuracy, tally.checked))
    tables.append(acc)
    if show and report.misses:
        misses = Table(title=f"misses ({len(report.misses)})")
        for col in ("document", "what", "expected", "found"):
            misses.add_column(col, overflow="fold")
        for m in report.misses:
            misses.add_row(m.document, m.what, visible(m.expected or ""), visible(m.found or ""))
        tables.append(misses)
    return Group(*tables)


def _figure(value: float, counted: int) -> str:
    """A measure to three places, or '—' when nothing was there to measure (not a perfect 1.000)."""
    return f"{value:.3f}" if counted else "—"


FAMILY_COLUMNS = (
    ("items F1", "items_f1"),
    ("P", "items_precision"),
    ("R", "items_recall"),
    ("fields", "fields_f1_mean"),
    ("title", "title_f1"),
    ("published", "published_f1"),
    ("reporter", "reporter_f1"),
    ("agency", "agency_f1"),
    ("vision", "vision_f1"),
    ("declared", "declared"),
    ("year", "year"),
    ("details", "details"),
    ("quotes", "quotes_f1"),
)


def families_view(report: object) -> object:
    """One column per family of documents (file-name prefix), '—' where nothing was scored."""
    from rich.table import Table

    from .evaluate import Report, measures

    assert isinstance(report, Report)
    columns = [*sorted(report.families.items()), ("all", report)]
    table = Table(title="per family (file-name prefix)")
    table.add_column("measure", no_wrap=True)
    for name, _ in columns:
        table.add_column(name, justify="right", no_wrap=True)
    figures = [measures(part) for _, part in columns]
    table.add_row("documents", *(str(part.documents) for _, part in columns))
    for title, key in FAMILY_COLUMNS:
        cells = ["—" if f[key] is None else f"{f[key]:.3f}" for f in figures]
        table.add_row(title, *cells, style="bold" if key == "items_f1" else None)
    return table


def explanation_view(explanation: object) -> object:
    """Every list considered, kept ones first: its shape and label, the evidence, its items, the verdict."""
    from rich.text import Text

    from .models import Explanation

    assert isinstance(explanation, Explanation)
    tree = Tree(f"lists considered: {len(explanation.kept)} kept, {len(explanation.rejected)} rejected")
    for cand in sorted(explanation.candidates, key=lambda c: (not c.kept, c.label.span.start)):
        evidence = ", ".join(f"{k}: {v}" for k, v in cand.evidence.items() if v is not None)
        head = Text()
        head.append("kept" if cand.kept else "rejected", style="bold green" if cand.kept else "bold red")
        head.append(f" · {cand.shape} · ")
        head.append(cand.label.text, style="bold")
        head.append(f" @{cand.label.span.start}  ({evidence})", style="dim")
        node = tree.add(head)
        if not cand.kept:
            node.add(Text(f"why: {cand.reason}", style="red"))
        for item in cand.items:
            node.add(Text(item.text, style=None if cand.kept else "dim"))
    return _shown(tree)


CHANGE_STYLES = {"kept": "dim", "renamed": "yellow", "merged": "magenta", "split": "magenta",
                 "removed": "red", "added": "green"}  # fmt: skip


def comparison_view(comparison: object) -> object:
    """A table per list kind: what became of each item."""
    from rich.table import Table

    from .models import KINDS, Comparison

    assert isinstance(comparison, Comparison)
    tables: list[object] = []
    for kind in KINDS:
        changes = comparison.of(kind)
        if not changes:
            continue
        old, new = visible(comparison.old_title or "old"), visible(comparison.new_title or "new")
        table = Table(title=f"{KIND_NAMES[kind]}: {old} → {new}")
        for col in ("change", "old", "new", "likeness"):
            table.add_column(col)
        for c in changes:
            table.add_row(
                Text(c.change, style=CHANGE_STYLES[c.change]),
                visible("\n".join(g.text for g in c.old)),
                visible("\n".join(g.text for g in c.new)),
                "" if c.score is None else f"{c.score:.2f}",
            )
        tables.append(table)
    return Group(*tables) if tables else Text("no lists to compare")

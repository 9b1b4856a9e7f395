"""The grounded data model: every value is a slice of ``PolicyDocument.text``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["industry", "strategy", "goal", "project", "other"]
KINDS: tuple[Kind, ...] = ("industry", "strategy", "goal", "project", "other")
Change = Literal["kept", "renamed", "merged", "split", "removed", "added"]
SCHEMA_VERSION = "1"


class Span(BaseModel):
    """A half-open character interval ``[start, end)`` into ``PolicyDocument.text``."""

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def __len__(self) -> int:
        return self.end - self.start


class Grounded(BaseModel):
    """A value read from the text, with the span it was read from."""

    text: str
    span: Span


class Published(Grounded):
    """The publication date as printed (``text``) and as a date."""

    date: dt.date
    time: dt.time | None = None


class Block(Grounded):
    """One paragraph of the article, with its bullet marker and the paragraphs under it."""

    marker: Grounded | None = None
    level: int = 0
    children: list[Block] = Field(default_factory=list)

    def gist(self, width: int = 48) -> str:
        """The paragraph on one line, cut to ``width`` characters."""
        from .spans import one_line

        return one_line(self.text, width)


class Item(Grounded):
    """One member of an enumeration; ``detail`` is the paragraph that elaborates it."""

    detail: Block | None = None


class Enumeration(BaseModel):
    """A labelled list of policy items such as '11대 대표산업'."""

    kind: Kind
    label: Grounded
    declared: int | None = None
    year: int | None = None
    items: list[Item] = Field(default_factory=list)


class ListCandidate(BaseModel):
    """A list the reader considered, and what it decided about it (``policyparse explain``).

    ``shape`` names the suggestion that found it (bullets inside a sentence, bulleted lines, an
    outline heading's sub-items, a prose list before or after its label, …); ``evidence`` holds
    the facts the decision weighed.
    """

    shape: str
    label: Grounded
    items: list[Grounded]
    kept: bool
    reason: str
    evidence: dict[str, int | bool | None] = Field(default_factory=dict)


class Quote(Grounded):
    """Words inside quotation marks, and who said them."""

    speaker: Grounded | None = None


class Diagnostic(BaseModel):
    """Something the reader should know about the reading, e.g. a count mismatch."""

    code: str
    message: str
    span: Span | None = None


class Source(BaseModel):
    """Where the text came from."""

    name: str | None = None
    encoding: str | None = None
    format: Literal["text", "html", "hwp", "hwpx", "pdf"] = "text"


class Page(BaseModel):
    """One printed page of a PDF: its number (from 1) and its span of ``PolicyDocument.text``."""

    number: int = Field(ge=1)
    span: Span


class PolicyDocument(BaseModel):
    """A policy announcement read into grounded, typed values."""

    schema_version: str = SCHEMA_VERSION
    text: str
    source: Source = Field(default_factory=Source)
    title: Grounded | None = None
    subtitle: Grounded | None = None
    published: Published | None = None
    reporter: Grounded | None = None
    agency: Grounded | None = None
    vision: Grounded | None = None
    department: Grounded | None = None
    contact: Grounded | None = None
    enumerations: list[Enumeration] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    blocks: list[Block] = Field(default_factory=list)
    pages: list[Page] = Field(default_factory=list)
    diagnostics: list[Diagnostic] = Field(default_factory=list)

    def items_of(self, kind: Kind) -> list[Item]:
        """All items of every enumeration of one kind, in text order."""
        return [item for en in self.enumerations if en.kind == kind for item in en.items]

    @property
    def industries(self) -> list[Item]:
        return self.items_of("industry")

    @property
    def strategies(self) -> list[Item]:
        return self.items_of("strategy")

    @property
    def goals(self) -> list[Item]:
        return self.items_of("goal")

    @property
    def priority_projects(self) -> list[Item]:
        return self.items_of("project")

    def grounded_values(self) -> Iterator[Grounded]:
        """Every grounded value in the document, nested ones included."""

        def walk_block(block: Block) -> Iterator[Grounded]:
            yield block
            if block.marker is not None:
                yield block.marker
            for child in block.children:
                yield from walk_block(child)

        for field in (
            self.title, self.subtitle, self.published, self.reporter, self.agency, self.vision,
            self.department, self.contact,
        ):  # fmt: skip
            if field is not None:
                yield field
        for en in self.enumerations:
            yield en.label
            for item in en.items:
                yield item
                if item.detail is not None:
                    yield from walk_block(item.detail)
        for quote in self.quotes:
            yield quote
            if quote.speaker is not None:
                yield quote.speaker
        for block in self.blocks:
            yield from walk_block(block)

    def __rich__(self) -> object:
        from .render import document_tree

        return document_tree(self)

    def _repr_html_(self) -> str:
        from .htmlview import document_html

        return document_html(self)

    def __str__(self) -> str:
        from .render import to_plain_text

        return to_plain_text(self)


class Explanation(BaseModel):
    """A reading with every list the reader considered: which it kept, which it rejected, and why."""

    document: PolicyDocument
    candidates: list[ListCandidate] = Field(default_factory=list)

    @property
    def kept(self) -> list[ListCandidate]:
        return [c for c in self.candidates if c.kept]

    @property
    def rejected(self) -> list[ListCandidate]:
        return [c for c in self.candidates if not c.kept]

    def __rich__(self) -> object:
        from .render import explanation_view

        return explanation_view(self)


class ItemChange(BaseModel):
    """What became of items between two versions of a plan; ``score`` is their likeness (0..1)."""

    kind: Kind
    change: Change
    old: list[Grounded] = Field(default_factory=list)  # spans index the old document's text
    new: list[Grounded] = Field(default_factory=list)  # spans index the new document's text
    score: float | None = None


class Comparison(BaseModel):
    """The items of two documents compared list kind by list kind."""

    old_title: str | None = None
    new_title: str | None = None
    changes: list[ItemChange] = Field(default_factory=list)

    def of(self, kind: Kind, change: Change | None = None) -> list[ItemChange]:
        return [c for c in self.changes if c.kind == kind and (change is None or c.change == change)]

    def __rich__(self) -> object:
        from .render import comparison_view

        return comparison_view(self)

"""The grounded data model: every value is a slice of ``PolicyDocument.text``."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.dataclasses import dataclass as pydantic_dataclass

Kind = Literal["industry", "strategy", "goal", "project", "other"]
KINDS: tuple[Kind, ...] = ("industry", "strategy", "goal", "project", "other")
Change = Literal["kept", "renamed", "merged", "split", "removed", "added"]
SCHEMA_VERSION = "1"
SCHEMA_ID = "urn:policyparse:policy-document:1"


class Model(BaseModel):
    """The base of every model: each field's docstring is its description in the JSON Schema."""

    model_config = ConfigDict(use_attribute_docstrings=True)


# Spans and grounded values are slotted dataclasses rather than models: a long outline holds several
# per line, and a model's per-instance dictionaries made them most of a document's memory (a 1 MB
# bulleted document took ~1 KB per character). They validate and serialize as models do.
VALUE_CONFIG = ConfigDict(use_attribute_docstrings=True)


@pydantic_dataclass(frozen=True, slots=True, config=VALUE_CONFIG)
class Span:
    """A half-open character interval ``[start, end)`` into ``PolicyDocument.text``."""

    start: int = Field(ge=0)
    """Offset of the first character."""
    end: int = Field(ge=0)
    """Offset just past the last character."""

    @model_validator(mode="after")
    def _not_inverted(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span [{self.start}, {self.end}) ends before it starts")
        return self

    def __len__(self) -> int:
        return self.end - self.start


@pydantic_dataclass(slots=True, config=VALUE_CONFIG)
class Grounded:
    """A value read from the text, with the span it was read from."""

    # described in the annotation, not by docstrings: only so do the subclasses' schemas describe them
    text: Annotated[str, Field(description="The value exactly as printed: ``document.text[span.start:span.end]``.")]
    span: Annotated[Span, Field(description="Where the value stands in the document's text.")]

    def __str__(self) -> str:
        return self.text


@pydantic_dataclass(slots=True, config=VALUE_CONFIG)
class Published(Grounded):
    """The publication date as printed (``text``) and as a date."""

    date: dt.date
    """The date the text gives."""
    time: dt.time | None = None
    """The time of day, when printed (a release's 보도일시 often gives one)."""


@pydantic_dataclass(slots=True, config=VALUE_CONFIG)
class Block(Grounded):
    """One paragraph of the article, with its bullet marker and the paragraphs under it."""

    marker: Grounded | None = None
    """The bullet or number that opens the paragraph (□ ○ - ▲ 1. …), if any."""
    level: int = 0
    """Depth in the outline: 0 for a paragraph at the top."""
    children: list[Block] = Field(default_factory=list)
    """The paragraphs under this one in the outline."""

    def gist(self, width: int = 48) -> str:
        """The paragraph on one line, cut to ``width`` characters."""
        from .spans import one_line

        return one_line(self.text, width)


@pydantic_dataclass(slots=True, config=VALUE_CONFIG)
class Item(Grounded):
    """One member of an enumeration; ``detail`` is the paragraph that elaborates it."""

    detail: Block | None = None
    """The paragraph that elaborates the item, when the text has one."""


class Enumeration(Model):
    """A labelled list of policy items such as '11대 대표산업'."""

    kind: Kind
    """What the list holds, from its label's head noun: industry, strategy, goal, project or other."""
    label: Grounded
    """The label as printed ('11대 대표산업'); for an outline list, its heading."""
    declared: int | None = None
    """The count the text declares ('11대' → 11), when it declares one."""
    year: int | None = None
    """The target or plan year the list is tied to ('2030년까지' → 2030), when the text gives one."""
    items: list[Item] = Field(default_factory=list)
    """The members of the list, in text order."""
    spoken: bool = False
    """True when the list stands inside a quotation (read only with ``Parser(lists_in_speech=True)``)."""

    def __repr__(self) -> str:
        items = [item.text for item in self.items]
        return (
            f"Enumeration(kind={self.kind!r}, label={self.label.text!r}, declared={self.declared!r}, "
            f"year={self.year!r}, items={items!r})"
        )


class ListCandidate(Model):
    """A list the reader considered, and what it decided about it (``policyparse explain``).

    ``shape`` names the suggestion that found it (bullets inside a sentence, bulleted lines, an
    outline heading's sub-items, a prose list before or after its label, …); ``evidence`` holds
    the facts the decision weighed, and ``evidence["score"]`` what they weigh together (the weights
    are named in ``policyparse.lists.evidence``): where two readings take the same words, the higher
    score is read.
    """

    shape: str
    """Which suggestion found it: bullets in a sentence, bulleted lines, an outline heading, prose…"""
    label: Grounded
    """The label the candidate would have."""
    items: list[Grounded]
    """The items the candidate would have."""
    kept: bool
    """Whether the reader kept it as an enumeration."""
    reason: str
    """Why it was kept or rejected."""
    evidence: dict[str, bool | int | float | None] = Field(default_factory=dict)
    """The facts the decision weighed, by name."""


@pydantic_dataclass(slots=True, config=VALUE_CONFIG)
class Quote(Grounded):
    """Words inside quotation marks, and who said them."""

    speaker: Grounded | None = None
    """Who said it: a name with its title ('이용섭 시장'), or a role ('시 관계자')."""
    named: bool = True
    """False when the speaker is a role without a name ('시 관계자는 "…"')."""


class Diagnostic(Model):
    """Something the reader should know about the reading, e.g. a count mismatch."""

    code: str
    """A stable name for the situation ('count-mismatch', 'empty-text' …; the README lists them)."""
    message: str
    """What happened, in plain words."""
    span: Span | None = None
    """Where in the text it happened, when it happened somewhere."""


class Source(Model):
    """Where the text came from."""

    name: str | None = None
    """The file name, for a document read from a file."""
    encoding: str | None = None
    """The text encoding the bytes were decoded with (utf-8, cp949 …), for bytes of text."""
    format: Literal["text", "html", "hwp", "hwpx", "pdf"] = "text"
    """What the source was, told by its content: text, a web page, an HWP, HWPX or PDF file."""


class Page(Model):
    """One printed page of a PDF: its number (from 1) and its span of ``PolicyDocument.text``."""

    number: int = Field(ge=1)
    """The page's number, from 1."""
    span: Span
    """The page's text in the document's text."""


class PolicyDocument(Model):
    """A policy announcement read into grounded, typed values."""

    model_config = ConfigDict(
        use_attribute_docstrings=True,
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID},
    )

    schema_version: str = SCHEMA_VERSION
    """The version of this data model; reading a document of another version is refused."""
    text: str
    """The announcement's text (NFC, line ends as \\n): every span of every value indexes it."""
    source: Source = Field(default_factory=Source)
    """Where the text came from: its file name, encoding and format."""
    title: Grounded | None = None
    """The headline."""
    subtitle: Grounded | None = None
    """The line under the headline, without its framing marks ('- … -')."""
    published: Published | None = None
    """When it was published (a release's 보도일시, a page's declared time, a byline's date)."""
    reporter: Grounded | None = None
    """The journalist's byline name, for a news article."""
    agency: Grounded | None = None
    """The body that announces, as printed ('광주시')."""
    agency_id: str | None = None
    """The body's full official name ('광주광역시') when the gazetteer knows it: one id per body."""
    vision: Grounded | None = None
    """The vision slogan (비전)."""
    department: Grounded | None = None
    """The department of an official release's contact box (담당부서)."""
    contact: Grounded | None = None
    """The first telephone number or e-mail of the contact box."""
    enumerations: list[Enumeration] = Field(default_factory=list)
    """Every labelled list of policy items, in text order."""
    quotes: list[Quote] = Field(default_factory=list)
    """Direct speech, with its speaker."""
    blocks: list[Block] = Field(default_factory=list)
    """The article's bullet outline (□ ○ - ※ …)."""
    pages: list[Page] = Field(default_factory=list)
    """For a PDF: each printed page's span."""
    diagnostics: list[Diagnostic] = Field(default_factory=list)
    """What the reader should know about this reading (the README lists the codes)."""

    @field_validator("schema_version")
    @classmethod
    def _known_version(cls, value: str) -> str:
        if value != SCHEMA_VERSION:
            raise ValueError(
                f"schema_version {value!r} is not {SCHEMA_VERSION!r}: this policyparse reads only its own version"
            )
        return value

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

    @model_validator(mode="after")
    def _grounded(self) -> PolicyDocument:
        """The promise, checked on reading (model_validate, model_validate_json): every value slices to its text."""
        size = len(self.text)
        for path, value in self._grounded_paths():
            start, end = value.span.start, value.span.end
            if end > size or self.text[start:end] != value.text:
                raise ValueError(
                    f"{path}: {value.text!r} is not the text at its span [{start}, {end}) of a {size}-character text"
                )
        for path, span in [(f"diagnostics[{i}]", d.span) for i, d in enumerate(self.diagnostics)] + [
            (f"pages[{i}]", p.span) for i, p in enumerate(self.pages)
        ]:
            if span is not None and span.end > size:
                raise ValueError(f"{path}: span [{span.start}, {span.end}) is past the {size}-character text")
        return self

    def grounded_values(self) -> Iterator[Grounded]:
        """Every grounded value in the document, nested ones included."""
        return (value for _, value in self._grounded_paths())

    def _grounded_paths(self) -> Iterator[tuple[str, Grounded]]:
        """Every grounded value with its path in the JSON ('enumerations[0].items[2].detail')."""

        def walk_block(path: str, block: Block) -> Iterator[tuple[str, Grounded]]:
            yield path, block
            if block.marker is not None:
                yield f"{path}.marker", block.marker
            for i, child in enumerate(block.children):
                yield from walk_block(f"{path}.children[{i}]", child)

        for name in ("title", "subtitle", "published", "reporter", "agency", "vision", "department", "contact"):
            field = getattr(self, name)
            if field is not None:
                yield name, field
        for e, en in enumerate(self.enumerations):
            yield f"enumerations[{e}].label", en.label
            for i, item in enumerate(en.items):
                yield f"enumerations[{e}].items[{i}]", item
                if item.detail is not None:
                    yield from walk_block(f"enumerations[{e}].items[{i}].detail", item.detail)
        for q, quote in enumerate(self.quotes):
            yield f"quotes[{q}]", quote
            if quote.speaker is not None:
                yield f"quotes[{q}].speaker", quote.speaker
        for b, block in enumerate(self.blocks):
            yield from walk_block(f"blocks[{b}]", block)

    def __rich__(self) -> object:
        from .render import document_tree

        return document_tree(self)

    def _repr_html_(self) -> str:
        from .htmlview import document_html

        return document_html(self)

    def __repr__(self) -> str:
        """A line a notebook or a debugger can show: the fields, the lists' sizes, not the text."""
        items = sum(len(en.items) for en in self.enumerations)
        fields = [
            f"title={self.title.text if self.title else None!r}",
            f"agency={self.agency.text if self.agency else None!r}",
            f"published={self.published.date.isoformat() if self.published else None}",
            f"enumerations={len(self.enumerations)} ({items} items)",
            f"quotes={len(self.quotes)}",
            f"diagnostics={[d.code for d in self.diagnostics]!r}",
            f"text={len(self.text):,} chars",
        ]
        return f"PolicyDocument({', '.join(fields)})"

    def __str__(self) -> str:
        from .render import to_plain_text

        return to_plain_text(self)


class Explanation(Model):
    """A reading with every list the reader considered: which it kept, which it rejected, and why."""

    document: PolicyDocument
    """The reading."""
    candidates: list[ListCandidate] = Field(default_factory=list)
    """Every list considered, kept or rejected."""

    @property
    def kept(self) -> list[ListCandidate]:
        return [c for c in self.candidates if c.kept]

    @property
    def rejected(self) -> list[ListCandidate]:
        return [c for c in self.candidates if not c.kept]

    def __rich__(self) -> object:
        from .render import explanation_view

        return explanation_view(self)


class ItemChange(Model):
    """What became of items between two versions of a plan; ``score`` is their likeness (0..1)."""

    kind: Kind
    """The kind of list the items belong to."""
    change: Change
    """kept, renamed, merged, split, removed or added."""
    old: list[Grounded] = Field(default_factory=list)
    """The items in the old document (spans index its text)."""
    new: list[Grounded] = Field(default_factory=list)
    """The items in the new document (spans index its text)."""
    score: float | None = None
    """How alike the old and new items are (0..1)."""


class Comparison(Model):
    """The items of two documents compared list kind by list kind."""

    old_title: str | None = None
    """The old document's title."""
    new_title: str | None = None
    """The new document's title."""
    changes: list[ItemChange] = Field(default_factory=list)
    """What became of each item, list kind by list kind."""

    def of(self, kind: Kind, change: Change | None = None) -> list[ItemChange]:
        return [c for c in self.changes if c.kind == kind and (change is None or c.change == change)]

    @property
    def changed(self) -> bool:
        """Whether any item was renamed, merged, split, removed or added."""
        return any(c.change != "kept" for c in self.changes)

    def summary(self) -> str:
        """One line: how many changes of each sort, e.g. '5 kept, 1 renamed, 2 added'."""
        counts = Counter(c.change for c in self.changes)
        parts = [f"{counts[change]} {change}" for change in get_args(Change) if counts[change]]
        return ", ".join(parts) if parts else "no items in either document"

    def _repr_html_(self) -> str:
        from .htmlview import comparison_html

        return comparison_html(self)

    def __rich__(self) -> object:
        from .render import comparison_view

        return comparison_view(self)

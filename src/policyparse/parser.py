"""The pipeline: each stage reads the document built so far and adds to it."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from . import morph
from .errors import PolicyParseError
from .files import read_file
from .layout import Page, read_page
from .metadata import read_metadata
from .models import Diagnostic, Explanation, ListCandidate, PolicyDocument, Source, Span
from .models import Page as PrintedPage
from .morph import Morphology
from .normalize import decode, decode_counting, normalize, reading_text, replace_surrogates
from .webpage import apply_declared, compose, extract, looks_like_html

Stage = Callable[[PolicyDocument, Page], None]
# What parse reads: the text, its bytes, a path, or an open file (text or binary).
Readable = str | bytes | os.PathLike[str] | IO[str] | IO[bytes]
# The longest text (or web page) a Parser reads by default: the genre's longest 업무계획 holds some
# hundred thousand characters; past a few million a parse takes minutes and gigabytes.
MAX_CHARS = 4_000_000


def _stages() -> list[tuple[str, Stage]]:
    from .blocks import read_blocks
    from .details import link_details
    from .diagnostics import check_document, cut_from_text
    from .lists import read_enumerations
    from .quotes import read_quotes
    from .vision import read_vision

    return [
        ("metadata", read_metadata),
        ("blocks", read_blocks),
        ("enumerations", read_enumerations),
        ("details", link_details),
        ("vision", read_vision),
        ("quotes", read_quotes),
        ("grounding", cut_from_text),
        ("diagnostics", check_document),
    ]


class Parser:
    """A reusable reader of announcements: its stages, its Kiwi, and how much it analyses.

    ``kiwi`` is a ``kiwipiepy.Kiwi`` to use (created lazily and shared when None);
    ``whole_document=True`` analyses each document whole instead of only the
    sentences that need morphology (slower; the readings are the same);
    ``lists_in_speech=True`` reads the lists inside quotations too (FORMAT leaves a speaker's
    lists out; they are marked ``spoken``), where by default each counted one skipped is a
    ``list-in-speech`` diagnostic; ``max_chars`` is the longest text (and the longest web page's
    HTML) it reads: a longer one is refused with ``PolicyParseError`` (reason ``too-large``) before
    any analysis, rather than taking minutes and gigabytes (None: no limit).
    """

    def __init__(
        self,
        *,
        kiwi: Any = None,
        whole_document: bool = False,
        lists_in_speech: bool = False,
        max_chars: int | None = MAX_CHARS,
    ) -> None:
        self.stages = _stages()
        self.kiwi = kiwi
        self.whole_document = whole_document
        self.lists_in_speech = lists_in_speech
        self.max_chars = max_chars
        self._trace: list[ListCandidate] | None = None

    def _analyser(self) -> Any:
        return self.kiwi if self.kiwi is not None else morph.kiwi()

    def parse(self, source: Readable) -> PolicyDocument:
        """Read ``source`` into a PolicyDocument: text, or bytes or a path of a text file, a web page,
        or a published HWP 5, HWPX or PDF file (told apart by their first bytes, not their names)."""
        text, origin = _read_source(source)
        if isinstance(source, str) and (named := names_a_file(source)) is not None:
            doc = self._read_text(text, origin)
            doc.diagnostics.append(
                Diagnostic(
                    code="text-looks-like-a-path",
                    message=f"the text given is the name of a file ({named}); it was read as text: "
                    "pass Path(...) or use parse_file to read the file",
                )
            )
            return doc
        if isinstance(text, bytes):
            published = read_file(text)
            if published is not None:
                origin.format = published.format
                doc = self._read(published.text, origin)
                doc.pages = [
                    PrintedPage(number=n, span=Span(start=start, end=end))
                    for n, (start, end) in enumerate(published.pages, 1)
                ]
                return doc
            text, origin.encoding, invalid = decode_counting(text)
            doc = self._read_text(text, origin)
            if invalid:
                doc.diagnostics.append(
                    Diagnostic(
                        code="invalid-bytes",
                        message=f"{invalid} run(s) of bytes that are not {origin.encoding} text (a NUL, a passage "
                        "in another encoding) read as U+FFFD",
                    )
                )
            return doc
        return self._read_text(text, origin)

    def parse_file(self, path: str | os.PathLike[str]) -> PolicyDocument:
        """Read the file at ``path`` (a ``str`` is a path here): text, web page, HWP, HWPX or PDF."""
        return self.parse(Path(path))

    def _read_text(self, text: str, origin: Source) -> PolicyDocument:
        is_page = origin.name is not None and origin.name.lower().endswith((".html", ".htm"))
        if is_page or looks_like_html(text):
            return self.parse_html(text, source=origin)
        return self._read(normalize(text), origin)

    def parse_html(
        self, html: str | bytes | os.PathLike[str], *, source: Source | None = None
    ) -> PolicyDocument:
        """Read a saved news page (its HTML, or the path of the file): trafilatura extracts the
        article, declared metadata wins."""
        if isinstance(html, os.PathLike):
            html, source = _read_source(html)
        origin = source or Source()
        if isinstance(html, (bytes, bytearray)):
            html, origin.encoding = decode(bytes(html))
        origin.format = "html"
        self._check_size(html, "page")
        extracted = extract(html)
        extracted.body = normalize(extracted.body)
        # the declared values are placed in the text after they are normalized (NFC, no BOM, one
        # line each), so the offsets of where they stand hold in the text that is read
        for name in ("title", "published", "author"):
            value = getattr(extracted, name)
            setattr(extracted, name, " ".join(normalize(value).split()) or None if value else None)
        text, where = compose(extracted)
        doc = self._read(normalize(text), origin)
        apply_declared(doc, where)
        return doc

    def explain(self, source: Readable) -> Explanation:
        """Read ``source`` as ``parse`` does and keep every list considered, with the reason it was
        kept or rejected (``policyparse explain FILE``)."""
        trace: list[ListCandidate] = []
        self._trace = trace
        try:
            doc = self.parse(source)
        finally:
            self._trace = None
        return Explanation(document=doc, candidates=trace)

    def _check_size(self, text: str, what: str) -> None:
        if self.max_chars is not None and len(text) > self.max_chars:
            raise PolicyParseError(
                f"the {what} holds {len(text):,} characters, more than the {self.max_chars:,} this parser reads "
                "(Parser(max_chars=...) sets the limit)",
                reason="too-large",
            )

    def _read(self, text: str, origin: Source) -> PolicyDocument:
        self._check_size(text, "text")
        text, replaced = replace_surrogates(text)
        doc = PolicyDocument(text=text, source=origin)
        if replaced:
            doc.diagnostics.append(
                Diagnostic(code="invalid-characters", message=f"{replaced} lone surrogate(s) replaced by U+FFFD")
            )
        if not text.strip():
            doc.diagnostics.append(Diagnostic(code="empty-text", message="the text is empty; nothing to read"))
            return doc
        reading = reading_text(text)
        page = read_page(reading)
        page.trace = self._trace
        page.lists_in_speech = self.lists_in_speech
        token = morph.current.set(Morphology(reading, self._analyser, whole=self.whole_document))
        try:
            for _name, stage in self.stages:
                stage(doc, page)
        finally:
            morph.current.reset(token)
        return doc


# A file larger than this is refused before it is read (the readers cap what they decompress too).
MAX_FILE_BYTES = 512 * 1024 * 1024
# A text longer than this is never taken for a file name.
MAX_PATH_TEXT = 4096


def names_a_file(text: str) -> Path | None:
    """The file a one-line text names, when it names an existing file (a path passed as a str)."""
    name = text.strip()
    if not name or "\n" in name or len(name) > MAX_PATH_TEXT:
        return None
    try:
        path = Path(name)
        return path if path.is_file() else None
    except (OSError, ValueError):
        return None


def _read_source(source: object) -> tuple[str | bytes, Source]:
    """The text, or the bytes to tell apart (a published file, or text in some encoding)."""
    if isinstance(source, str):
        return source, Source()
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), Source()
    if callable(getattr(source, "read", None)):  # an open file, io.BytesIO, a response body …
        data = source.read()  # type: ignore[attr-defined]
        if not isinstance(data, (str, bytes)):
            raise TypeError(f"reading the {type(source).__name__} gave {type(data).__name__}, not text or bytes")
        name = getattr(source, "name", None)
        return data, Source(name=Path(name).name if isinstance(name, str) and name else None)
    if isinstance(source, os.PathLike):
        path = Path(source)
        shown = str(path) if len(str(path)) <= 120 else str(path)[:117] + "..."
        try:
            if not path.exists():
                raise FileNotFoundError(f"no such file: {shown}")
            if not path.is_file():  # a folder, a device (/dev/zero), a pipe: reading would block or never end
                raise PolicyParseError(f"not a regular file: {shown}")
            if path.stat().st_size > MAX_FILE_BYTES:
                raise PolicyParseError(
                    f"{shown} is larger than {MAX_FILE_BYTES // 2**20} MB", reason="too-large"
                )
            data = path.read_bytes()
        except OSError as exc:
            if isinstance(exc, FileNotFoundError) and str(exc).startswith("no such file"):
                raise
            raise PolicyParseError(f"cannot read {shown}: {exc.strerror or exc}") from None
        return data, Source(name=path.name)
    raise TypeError(f"parse() takes text (str), bytes, a path or a file object, not {type(source).__name__}")


_default: Parser | None = None


def _default_parser() -> Parser:
    global _default
    if _default is None:
        _default = Parser()
    return _default


def parse(source: Readable) -> PolicyDocument:
    """Read one announcement with the shared default Parser."""
    return _default_parser().parse(source)


def parse_file(path: str | os.PathLike[str]) -> PolicyDocument:
    """Read one announcement from a file (``str`` or ``Path``) with the shared default Parser."""
    return _default_parser().parse_file(path)


def explain(source: Readable) -> Explanation:
    """Read one announcement and every list considered in it, kept or rejected, with the reasons."""
    return _default_parser().explain(source)


def parse_html(html: str | bytes | os.PathLike[str]) -> PolicyDocument:
    """Read a saved news page, its HTML or its path (needs the extra ``policyparse[html]``)."""
    return _default_parser().parse_html(html)

"""Decode and normalize input so that every span indexes one canonical text."""

from __future__ import annotations

import codecs
import unicodedata

import regex

from .errors import PolicyParseError

# "\r\n" or a lone "\r": every line end becomes "\n".
LINE_END = regex.compile(r"\r\n?")
# Control characters other than tab and newline, e.g. "\x00", "\x1b".
CONTROL_CHARS = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Lone surrogates ("\ud800"): not text in any encoding, so no JSON can carry them.
SURROGATES = regex.compile(r"[\ud800-\udfff]")

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


# A text may hold this share of bytes that are not text (a NUL, a sentence pasted in another
# encoding) and still be read, each shown as U+FFFD with an ``invalid-bytes`` diagnostic.
MAX_INVALID_SHARE = 0.02


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name: by byte-order mark, then UTF-8, then CP949 (EUC-KR)."""
    text, encoding, _invalid = decode_counting(data)
    return text, encoding


def decode_counting(data: bytes) -> tuple[str, str, int]:
    """Text, encoding name and how many characters stand for bytes that were not text.

    Whole UTF-8 or CP949 first; else UTF-8 with each invalid byte (and each NUL) as U+FFFD, when
    they are few and the rest reads as text — one stray byte does not make a file binary.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, 0
            except UnicodeDecodeError as exc:
                raise PolicyParseError(f"bytes start with a {encoding} mark but do not decode: {exc.reason}") from None
    for encoding in ("utf-8", "cp949"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _looks_binary(text):
            return text, encoding, 0
        break
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode()) + text.count("\x00")
    text = text.replace("\x00", "\ufffd")
    if text and invalid <= MAX_INVALID_SHARE * len(text) and not _looks_binary(text):
        return text, "utf-8", invalid
    raise PolicyParseError("input is neither UTF-8 nor CP949/EUC-KR text (binary data?)")


def _looks_binary(text: str) -> bool:
    """Text decoded from binary data is full of control characters."""
    if not text:
        return False
    controls = len(CONTROL_CHARS.findall(text))
    return "\x00" in text or controls > max(8, len(text) // 100)


# Characters that are spaces to every decision (and stay as printed in doc.text): no-break space,
# the typographic spaces U+2000-U+200A, narrow and medium spaces, the ideographic space, and the
# invisible word joiners (zero-width space, word joiner, a byte-order mark inside the text).
SPACE_LIKE = "\u00a0\u2000-\u200a\u202f\u205f\u3000\u200b\u2060\ufeff"
# One of them: "\u00a0" in "수소\u00a0경제".
SPACE_LIKE_CHAR = regex.compile(f"[{SPACE_LIKE}]")


def reading_text(text: str) -> str:
    """The text the stages decide on: ``text`` with every space-like character a plain space.

    One character for one, so an offset into it is an offset into ``text``: values are read here
    and cut from ``text`` (the ``grounding`` stage), as printed.
    """
    if SPACE_LIKE_CHAR.search(text) is None:
        return text
    return SPACE_LIKE_CHAR.sub(" ", text)


def replace_surrogates(text: str) -> tuple[str, int]:
    """Lone surrogates become U+FFFD (one for one, so nothing shifts); how many there were."""
    return SURROGATES.subn("\ufffd", text)


def normalize(text: str) -> str:
    """NFC, ``\\n`` line ends, no byte-order mark: the text that spans index."""
    text = text.lstrip("\ufeff")
    text = LINE_END.sub("\n", text)
    return unicodedata.normalize("NFC", text)

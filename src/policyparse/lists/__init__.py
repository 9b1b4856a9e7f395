"""The lists stage: labelled lists of policy items, wherever and however the text spells them.

Every shape goes through the same steps, each in its own module:
- ``segments``: the page's sentences and joined lines, and where an item of a run ends (commas,
  과/와, middots, particles, a clause, a new topic; morphology only where a cut needs it);
- ``attach``: which label names a run (before it, after it, a heading or parent line, a count said
  in a sentence before, a footnote mark);
- the shape readers suggest (label, run) pairs: ``inline`` inside a sentence (bullets, numbers,
  ordinals, prose before or after the label, brackets), ``lines`` over lines (bulleted lines, the
  outline and a heading's children, bare lines, footnotes, numbered headings);
- ``evidence``: why a pair is no list, and how strongly a kept one is read (what ``explain`` shows);
- ``selection``: one consistent set (no two lists on the same words, nesting allowed), repeats
  merged, the year of each list.
A list needs a label (a count such as 'N대', or a policy head noun); items are never invented, and a
list cut by the end of the text keeps its complete items.
"""

from __future__ import annotations

from ..layout import Page
from ..models import PolicyDocument
from .evidence import Candidate
from .inline import bracket_lists, grouped_examples, inline_bullet_lists, prose_lists
from .lines import bare_line_lists, footnote_lists, line_lists, numbered_headings, outline_children, outline_lists
from .segments import logical_lines, sentences_of
from .selection import select_lists


def read_enumerations(doc: PolicyDocument, page: Page) -> None:
    """Find every labelled list in the article and add it to ``doc.enumerations``."""
    text = page.text
    found: list[Candidate] = []
    for ln in logical_lines(text, page):
        for start, end in sentences_of(text, ln):
            found += inline_bullet_lists(text, page, start, end)
            found += prose_lists(text, page, start, end)
            found += bracket_lists(text, page, start, end)
            found += grouped_examples(text, page, start, end)
    found += line_lists(text, page)
    found += outline_lists(text, page)
    found += outline_children(text, page, doc.blocks)
    found += bare_line_lists(text, page)
    found += footnote_lists(text, page)
    found += numbered_headings(text, page)
    doc.enumerations = select_lists(text, doc, page, found)


__all__ = ["read_enumerations"]

"""Detail linking: the paragraph that elaborates an item opens with the item and a topic particle."""

from __future__ import annotations

import regex

from .blocks import walk
from .layout import Page
from .models import PolicyDocument

# Words that may open a paragraph before the item it elaborates: "특히 에너지 및 수소산업은".
OPENERS = r"(?:(?:특히|또한|먼저|우선|아울러|한편|이어|다음으로|마지막으로|끝으로|이\s?중)\s*,?\s*)?"
# What follows the item at the head of its paragraph: "은", "는", "도", "의 경우", " 분야는".
AFTER_ITEM = r"(?:은|는|도|의\s?경우|\s?분야(?:는|에서는)|\s?산업은)"


def link_details(doc: PolicyDocument, page: Page) -> None:
    """Give each item the first paragraph whose head is that item."""
    blocks = walk(doc.blocks)
    for en in doc.enumerations:
        for item in en.items:
            pattern = regex.compile(OPENERS + regex.escape(item.text) + AFTER_ITEM)
            for block in blocks:
                if block.span.start <= item.span.start < block.span.end:
                    continue
                if pattern.match(block.text):
                    item.detail = block
                    break

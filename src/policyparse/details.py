"""Detail linking: the paragraph that elaborates an item opens with the item and a topic particle."""

from __future__ import annotations

from collections import defaultdict

import regex

from .blocks import walk
from .layout import Page
from .models import Block, PolicyDocument

# Words that may open a paragraph before the item it elaborates: "특히 에너지 및 수소산업은".
OPENER = regex.compile(r"(?:(?:특히|또한|먼저|우선|아울러|한편|이어|다음으로|마지막으로|끝으로|이\s?중)\s*,?\s*)?")
# What follows the item at the head of its paragraph: "은", "는", "도", "의 경우", " 분야는".
AFTER_ITEM = regex.compile(r"(?:은|는|도|의\s?경우|\s?분야(?:는|에서는)|\s?산업은)")
KEY = 2  # paragraphs are indexed by the first characters of their head


def link_details(doc: PolicyDocument, page: Page) -> None:
    """Give each item the first paragraph (other than its own) whose head is that item."""
    index: dict[str, list[tuple[int, Block]]] = defaultdict(list)
    for block in walk(doc.blocks):
        head = OPENER.match(block.text).end()
        index[block.text[head : head + KEY]].append((head, block))
    matches: dict[str, list[Block]] = {}
    for en in doc.enumerations:
        for item in en.items:
            if item.text not in matches:
                matches[item.text] = [
                    block
                    for head, block in index.get(item.text[:KEY], [])
                    if block.text.startswith(item.text, head) and AFTER_ITEM.match(block.text, head + len(item.text))
                ]
            for block in matches[item.text]:
                if not block.span.start <= item.span.start < block.span.end:
                    item.detail = block
                    break

"""Detail linking: the paragraph that elaborates an item opens with the item and a topic particle."""

from __future__ import annotations

import bisect

import regex

from .blocks import walk
from .layout import Page
from .lexicon import ACTION_NOUNS
from .models import Block, PolicyDocument

# Words that may open a paragraph before the item it elaborates: "특히 에너지 및 수소산업은".
OPENER = regex.compile(r"(?:(?:특히|또한|먼저|우선|아울러|한편|이어|다음으로|마지막으로|끝으로|이\s?중)\s*,?\s*)?")
# What follows the item at the head of its paragraph: "은", "는", "도", "의 경우", " 분야는",
# "를 위해서는", "에서는", "과 관련해".
AFTER_ITEM = regex.compile(
    r"(?:은|는|도|의\s?경우|\s?분야(?:는|에서는)|\s?산업은|(?:을|를)\s?위해(?:서는|서)?\s|에서는|(?:과|와)\s?관련해"
    # "…의 주요 전략은", "…의 핵심 과제로는": the paragraph names what the item holds
    r"|의\s(?:주요\s|핵심\s)?(?:전략|과제|내용|사업|방향|목표)(?:은|는|으로는|로는))"
)
# What closes a bracketed item at the head of its paragraph: "(수소)", "[수소]", "<수소>", "수소 :".
BRACKET_CLOSE = regex.compile(r"[)\]>】]|\s?[:：]")
BRACKETS = "([<【"
# An item followed by a colon or an equals sign at the head of its paragraph: "지역 균형: …", "환경 개선 = …".
COLON = regex.compile(r"\s?[:：=]")
KEY = 2  # the shortest item a paragraph can be about
HEADING_SLACK = 4  # what a heading line may hold besides its item: "첫째, …", a closing "."
PARAGRAPH = 30  # the shortest paragraph that elaborates an item
HEAD_KEY = 64  # how much of a paragraph's head is sorted on (longer items are checked in full)
# An item's gloss in brackets, left out when the paragraph names the item: "UAM(도심항공교통)" → "UAM 분야는",
# "초연결 인프라(DNA) 구축" → "초연결 인프라 구축".
GLOSS = regex.compile(r"\s?\([^()]+\)")
# The verbal noun ending an item, left out when the paragraph names only its object: "초연결 인프라 |구축|".
ACTION_END = regex.compile(rf"\s(?:{'|'.join(ACTION_NOUNS)})$")
# The shortest object a paragraph may name for an item that ends in an action: "관광 |활성화|" (not "AI").
OBJECT_KEY = 3


def _heads(text: str, head: int, item: str) -> bool:
    """Whether ``item`` at ``head`` is what the paragraph is about: "item은 …", "(item) …", "item: …"."""
    after = head + len(item)
    if head > 0 and text[head - 1] in BRACKETS:
        return BRACKET_CLOSE.match(text, after) is not None
    return AFTER_ITEM.match(text, after) is not None or COLON.match(text, after) is not None


def link_details(doc: PolicyDocument, page: Page) -> None:
    """Give each item the first paragraph (other than its own) whose head is that item; else, for an
    item that is a heading line of the outline ("첫째, 해양 신산업을 키우겠습니다."), the paragraph
    written under it."""
    blocks = walk(doc.blocks)
    heads = _Heads(blocks)
    starts = [b.span.start for b in blocks]
    matches: dict[str, list[Block]] = {}
    for en in doc.enumerations:
        for item in en.items:
            if item.text not in matches:
                matches[item.text] = next((found for name in _names(item.text) if (found := heads.about(name))), [])
            for block in matches[item.text]:
                if not block.span.start <= item.span.start < block.span.end:
                    item.detail = block
                    break
            if item.detail is None:
                item.detail = _paragraph_under(blocks, starts, item.span.start, item.span.end)


def _names(item: str) -> list[str]:
    """The forms in which a paragraph may name ``item`` at its head, most faithful first: the item,
    with a middot for its 및, without its gloss in brackets ("UAM(도심항공교통)" → "UAM"), and
    without the action it ends in ("초연결 인프라(DNA) 구축" → "초연결 인프라")."""
    names = [item]
    if " 및 " in item:
        # "에너지 및 수소산업" named "에너지·수소산업은": the paragraph joins the two with a middot
        names.append(item.replace(" 및 ", "·"))
    bare = GLOSS.sub("", item).strip()
    if bare != item and len(bare) >= KEY:
        names.append(bare)
    for name in list(names):
        if (action := ACTION_END.search(name)) and action.start() >= OBJECT_KEY:
            names.append(name[: action.start()])
    return names


def _paragraph_under(blocks: list[Block], starts: list[int], start: int, end: int) -> Block | None:
    """The first unbulleted paragraph under the outline line that the item is (nearly) all of."""
    k = bisect.bisect_right(starts, start) - 1
    if k < 0:
        return None
    line = blocks[k]
    if line.marker is None or not line.span.start <= start < line.span.end:
        return None
    if len(line.text.strip(" .!")) > (end - start) + HEADING_SLACK:
        return None  # the item is a part of its line, not its heading
    child = line.children[0] if line.children else None
    if child is None or child.marker is not None or len(child.text) < PARAGRAPH:
        return None
    return child


class _Heads:
    """Paragraphs sorted by the text at their head, so the paragraphs an item heads are found by
    bisection — however many items share their first characters."""

    def __init__(self, blocks: list[Block]) -> None:
        entries = []
        for order, block in enumerate(blocks):
            head = OPENER.match(block.text).end()
            if block.text[head : head + 1] in BRACKETS:
                head += 1  # "(친환경자동차) …", "[수소] …": the item in brackets heads the paragraph
            entries.append((block.text[head : head + HEAD_KEY], order, head, block))
        entries.sort(key=lambda e: (e[0], e[1]))
        self.keys = [e[0] for e in entries]
        self.entries = entries

    def about(self, item: str) -> list[Block]:
        """The paragraphs whose head is ``item``, in document order."""
        if len(item) < KEY:
            return []
        prefix = item[:HEAD_KEY]
        found = []
        for k in range(bisect.bisect_left(self.keys, prefix), len(self.keys)):
            if not self.keys[k].startswith(prefix):
                break
            _, order, head, block = self.entries[k]
            if block.text.startswith(item, head) and _heads(block.text, head, item):
                found.append((order, block))
        return [block for _, block in sorted(found, key=lambda f: f[0])]

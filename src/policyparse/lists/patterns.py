"""The genre's marks that several list readers look for: bullets, numbers, the closer 등, counts ahead,
clause ends, and the length an item may have."""

from __future__ import annotations

import regex

from ..lexicon import BULLETS, LETTER_ORDER, NUMBER_BULLETS, ORDINAL_WORD

INLINE_BULLETS = BULLETS + NUMBER_BULLETS
# An inline number bullet: " 1.힘차게 성장하는 경제 2.지역이 …", " (1) 산업 혁신 (2) …", " 가. 미래 산업도시 나. …",
# " 3. 5大 부조리 근절" (not "6.13", "3.0", "M.AX").
INLINE_NUMBER = regex.compile(
    rf"(?:(?<=^|[\s:;]))(?P<m>\d{{1,2}}[.)]|\(\d{{1,2}}\)|[{LETTER_ORDER}][.)](?=\s))(?=\s\d+\p{{Han}}|\s?[^\d\s.)])",
    regex.M,
)
# An ordinal opening an item in prose: "첫째 산업 혁신, 둘째 …".
ORDINAL = regex.compile(rf"{ORDINAL_WORD}째\s*,?\s*")
# A count that opens a label ahead: "3대 …", "12개 …", "두 가지 …".
COUNT_AHEAD = r"(?:\d{1,3}\s*(?:대|개|가지)|(?:두|세|네|다섯|여섯)\s?(?:가지|개))"
# A list's closer "등" after an item: "관광산업 등", "‘더 좋은 미래 창의도시’등 2015년도",
# "… 등이 포함된 5대 전략산업".
# "… 항공 부품 등을 6대 전략산업으로": 등을 before a counted label closes the list too.
ETC = regex.compile(
    r"(?:(?<=\S)\s+|(?<=[’'”」)]))등"
    rf"(?:의|과|와|(?:을|를)(?=\s(?:중심으로|포함한|비롯한|아우르는|망라한)|\s+{COUNT_AHEAD})|(?:이|가)(?=\s(?:포함된|담긴)))?"
    r"(?=\s)"
)
# Text that makes a segment a clause rather than an item: a sentence end inside it.
CLAUSE_END = regex.compile(r"[다요][.!?]|[.!?]\s|(?:니다|는데요|했다|한다|이다|겠다)\s")
# A colon right before the first bullet: "5대 목표 : 1.…".
COLON_BEFORE = regex.compile(r"[:：;]\s*$")
# The ways numbers bullet a list inside a sentence: "1.", "1)", "(1)", and the Korean letters "가.", "가)".
NUMBERINGS = ("N.", "N)", "(N)", "가.", "가)")
# A counted phrase inside an item ("11대 대표산업 집중 육성"): the sentence names plan parts.
COUNTED_PHRASE = regex.compile(r"(?<![\d가-힣(])\d{1,3}\s*(?:대|개|가지)\s+[가-힣]+")
MAX_ITEM = 70
# Bulleted items may be longer: the bullets, not the words, say where they end.
MAX_BULLET_ITEM = 120
# A slogan's polite ending: "…강남이 선도합니다", "…지키겠습니다!".
POLITE_END = regex.compile(r"(?:습니다|ㅂ니다|니다)[.!]?$")
# How far a prose list may reach from its label or closer.
MAX_SPAN = 1200
# Markers of notes under an outline item, never items themselves: "※ 자세한 내용은 …", "* 2024년 기준".
NOTE_MARKERS = frozenset("*※")
# The longest outline heading that labels the lines under it (a line, not a paragraph).
OUTLINE_HEADING = 80
# An outline line that is a sentence of the article, not a named item: "… 추진한다.", "… 밝혔다.",
# "… 계획임" (the clipped 음/임 endings of official releases).
SENTENCE_LINE = regex.compile(r"(?:다|[음임함됨])\.?\s*$|[.!?]\s")

"""The contact box of an official press release: the department that wrote it and how to reach it.

Releases print it as fields, at the top or the foot, as a table row or as lines:
"담당 부서 | 참여혁신국 | 책임자 | 과장 | 홍길동 | (044-205-1234)", "담당부서 : 재정운용담당관",
"- 담당부서국토정책과", "문의 : 산업정책과 02-2100-1234". This module reads ``department`` and
``contact`` from those fields only; a department named in a sentence is no field.
"""

from __future__ import annotations

import regex

from .layout import Page
from .models import PolicyDocument
from .spans import ground

# A name of an office, by the endings Korean administrative units take: "참여혁신국", "산업정책과",
# "재정운용담당관", "가족정책팀", "미래전략추진단", "정책기획위원회".
OFFICE = r"[가-힣A-Za-z·ㆍ]{1,20}?(?:담당관|위원회|사업단|추진단|본부|센터|실|국|과|관|팀|단|부|처|청|원)(?![가-힣])"
# The department field: its label, a separator, then one to three office names
# ("담당 부서 | 체육국", "보도자료담당부서 : 여성가족정책실 가족다문화담당관", "문의 : 기획재정담당관실 …").
DEPARTMENT_FIELD = regex.compile(
    rf"(?:(?:담당|소관|주관)\s?부서|문의처?)\s*[:：|]?\s*(?P<office>{OFFICE}(?:[ \t]{{1,3}}{OFFICE}){{0,2}})"
)
# A field that leads to a person: "담당자 | 사무관 | 홍길동 | (044-…)", "문의: …", "연락처 …", "☎ …".
CONTACT_LABEL = regex.compile(r"(?:담당\s?부서|담당자|책임자|문의처?|연락처|전화(?:번호)?|Tel\.?|TEL\.?|☎)")
# A telephone number as releases print it, masked digits too: "044-205-2201", "(02)2100-1234",
# "02-****-6173", "2133-8680" (a city's internal line); or an e-mail address.
PHONE_OR_MAIL = regex.compile(
    r"(?<![0-9A-Za-z*-])(?:\(0\d{1,2}\)\s?|0\d{1,2}[-.\s])?[\d*]{3,4}[-.][\d*]{4}(?![\d-])"
    r"|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,4}"
)
# A word between spaces.
WORD = regex.compile(r"\S+")
# How far after a contact label its number may stand on the line (a row holds rank and name between).
CONTACT_REACH = 80


def read_release_fields(doc: PolicyDocument, page: Page) -> None:
    """Fill ``department`` and ``contact`` from the release's fields (the first of each)."""
    text = page.text
    for ln in page.lines:
        if doc.department is None:
            m = DEPARTMENT_FIELD.search(text, ln.start, ln.end)
            if m and not page.in_speech(m.start()):
                doc.department = ground(text, m.start("office"), _first_repeat(text, m))
        if doc.contact is None:
            for label in CONTACT_LABEL.finditer(text, ln.start, ln.end):
                if page.in_speech(label.start()):
                    continue
                number = PHONE_OR_MAIL.search(text, label.end(), min(ln.end, label.end() + CONTACT_REACH))
                if number:
                    doc.contact = ground(text, number.start(), number.end())
                    break
        if doc.department is not None and doc.contact is not None:
            return


def _first_repeat(text: str, m: regex.Match[str]) -> int:
    """Where the office names end: before one printed twice ("…실 가족담당관 가족담당관 이름")."""
    seen: set[str] = set()
    end = m.start("office")
    for word in WORD.finditer(text, m.start("office"), m.end("office")):
        if word.group() in seen:
            break
        seen.add(word.group())
        end = word.end()
    return end

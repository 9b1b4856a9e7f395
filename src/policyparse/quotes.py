"""Quotes: direct speech in double quotation marks, attributed to a named person.

The speaker is the subject that introduces the quote in its sentence ("이용섭
시장은 “…”"); a short form ("홍 시장", "채시장") is resolved to the full
mention earlier in the text ("홍태용 김해시장"); a quote whose sentence names
nobody continues the previous speaker when the sentence goes on reporting
speech ("이어 “…”고 덧붙였다"). An unnamed official ("시 관계자는 “…”") is kept with
the role as speaker and ``named=False``; speech by an organisation ("시는 “…”") or by
nobody in the text is reported as a Diagnostic.
"""

from __future__ import annotations

import itertools
from functools import lru_cache

import regex

from .blocks import LINE_MARKER
from .layout import SENTENCE_END, Line, Page, Speech
from .lexicon import PERSON_TITLES
from .models import Diagnostic, Grounded, PolicyDocument, Quote, Span
from .spans import ground

TITLES = "|".join(PERSON_TITLES)
# A named person with a title: "이용섭 시장", "양진석 광주경총 회장", "김 군수", "채시장", "김병우 교육감",
# "이주호 부총리 겸 교육부 장관" (one title held together with another). A name opens a word, so only
# word starts are tried (half the speaker search's time).
PERSON = (
    rf"(?<![가-힣])(?P<name>[가-힣]{{1,4}})\s?(?:[가-힣A-Za-z·]{{1,12}}\s겸\s)?(?:[가-힣A-Za-z·]{{1,12}}\s)?"
    rf"[가-힣A-Za-z]{{0,10}}?(?P<title>{TITLES})"
)
# A named person as subject: "이용섭 시장은", "채시장은".
SPEAKER = regex.compile(rf"(?P<who>{PERSON})(?P<p>은|는|이|가|도)(?=\s|[“\"])")
# A title and its particle, which every SPEAKER match ends in: "시장은 ", "교육감이 “".
TITLE_THEN_PARTICLE = regex.compile(rf"(?:{TITLES})(?:은|는|이|가|도)(?=\s|[“\"])")
# A speaker named after the quote: "”라고 박민준 시장은 말했다", "”고 김 장관이 밝혔다".
SPEAKER_AFTER = regex.compile(rf"(?:이?라고|고|며|라며)\s+(?P<who>{PERSON})(?:은|는|이|가)\s")
# A speaker named after the quote as whose words they are: "” 김영수 시장의 말이다", "” 홍 장관의 설명이다".
SPEAKER_WHOSE = regex.compile(rf"\s*(?P<who>{PERSON})의\s+(?:말|설명|얘기|이야기|각오|다짐|당부|강조)이다")
# "Thus", of words said before: "이렇게", "이같이".
THUS_WORDS = r"(?:이렇게|이같이|이와\s같이)"
# Saying thus, of words that follow: "다음과 같이 말했다.", "이렇게 강조했다:".
SAYS_AS_FOLLOWS = r"(?:다음과\s?같이|이렇게)\s+(?:말|밝|강조|전|당부|언급)했다[.:：]\s*$"
# The subject of such a sentence, a few words before it: "박형준 시장은 신년사에서 ".
SUBJECT_THEN_WORDS = rf"(?P<who>{PERSON})(?:은|는|이|가)\s+(?:[가-힣]+\s+){{0,3}}?"
# A speaker who says the quote before it "thus": "”. 박형준 시장은 이렇게 말했다", "” 김 장관은 이같이 강조했다".
SPEAKER_THUS = regex.compile(rf"\s+{SUBJECT_THEN_WORDS}{THUS_WORDS}\s")
# A speaker who announces the quote after them: "유정복 시장은 신년사에서 다음과 같이 말했다. “…”".
SPEAKER_INTRODUCES = regex.compile(SUBJECT_THEN_WORDS + SAYS_AS_FOLLOWS)
# The words those two need, found cheaply before the costly speaker patterns are tried.
THUS = regex.compile(THUS_WORDS)
INTRODUCING = regex.compile(SAYS_AS_FOLLOWS)
# An interviewer's question on its own line: "-올해 도정 목표는.", "― 청년 정책은?", "Q. 소감은".
QUESTION_LINE = regex.compile(r"^\s*(?:[-―–—]\s*|Q\s*[.:]\s*|문\s*[.:]\s*)\S.{0,80}[.?？]\s*$")
# A named person anywhere in a line (the interviewee in a headline): "박완수 경남지사".
NAMED_PERSON = regex.compile(rf"{PERSON}(?![가-힣])")
# A broadcast caption on the line above a quote: "[인터뷰] 홍준표/대구시장", "[인터뷰: 홍준표/대구시장]".
CAPTION_LINE = regex.compile(
    r"^\[(?:인터뷰|녹취|싱크)\s*[:：]?\s*(?:\]\s*)?(?P<who>[가-힣]{2,4}\s?/\s?[^\]\n]{1,30}?)\s*\]?$"
)
# A broadcast interview caption: "[이승대/대구시 혁신성장국장 : "…"]".
CAPTION_SPEAKER = regex.compile(r"\[(?P<who>[가-힣]{2,4}/[^\]:\n]{1,30}?)\s*:\s*$")
# What follows a quote that reports speech: "”고 밝혔다", "”며", "”라고 말했다", "”이라며".
REPORTING = regex.compile(r"^\s*(?:이?라?고|라며|이라며|며|면서|라면서|이라면서|고\s|라는|이라고)")
# A quote followed by another: "”, “…”고 말했다" (reported when the last of the series is).
NEXT_QUOTE = regex.compile(r"\s*,\s*[“\"]")
# Someone else named as the speaker after the quote: "”고 시 관계자는 설명했다", "”라고 한 주민이 말했다"
# (not "”고 그는 말했다": that is the speaker before).
OTHER_SPEAKER_AFTER = regex.compile(
    r"(?:이?라고|고|며|라며)\s+(?:[가-힣]+\s){0,2}(?!(?:그|그녀)[은는이가]\s)[가-힣]+(?:은|는|이|가)\s+[가-힣]+다"
)
# Sentence openers that continue the previous speaker: "이어", "그러면서", "또", and the pronoun with one
# ("그는 이어", "이어 그는", "그러면서 그녀는"), as news reports a speaker's next words.
CONTINUER = r"(?:이어|이어서|그러면서|또|또한|특히|아울러|그래서|그는|그녀는|그러나|하지만|한편)"
CONTINUERS = regex.compile(rf"^\s*(?:{CONTINUER}\s*,?\s*){{0,2}}$")
# Words that stand where a name would, before a bare title: "이날 시장은", "특히 장관은", "한 의원은"
# (one councillor; 이, 그 and 한 are surnames only of someone named in full before).
NOT_NAMES = frozenset(
    """이날 당시 현재 이어 또한 한편 특히 신임 전임 해당 이번 그간 오늘 이후 최근 앞서
    또 이 그 각 현 전 새 우리 같은 한 모 어느 다른 일부 여러 겸""".split()
)
# How a paragraph that is one quote ends: …다.” / …다." / …다.
PARAGRAPH_END = frozenset('”".')
# Speakers who are no named person: "울산광역시 관계자", "시 측".
NOT_PERSON = regex.compile(r"관계자|측|당국|대변인실")


# An official named by role only, as subject: "시 관계자는", "울산광역시 관계자는", "사업 담당자가".
ROLE = r"(?P<who>(?:[가-힣]{1,12}\s){0,2}[가-힣]{0,12}(?:관계자|담당자))"
ROLE_SPEAKER = regex.compile(rf"(?<![가-힣0-9A-Za-z]){ROLE}(?:은|는|이|가)(?=\s|[“\"])")
# An official named by role after the quote: "”고 시 관계자는 설명했다".
ROLE_AFTER = regex.compile(rf"(?:이?라고|고|며|라며)\s+{ROLE}(?:은|는|이|가)\s")


# A surname with a title: "홍 시장", "채시장".
SHORT_FORM = regex.compile(rf"(?P<surname>[가-힣])\s?(?P<title>{TITLES})")


def read_quotes(doc: PolicyDocument, page: Page) -> None:
    text = page.text
    last_speaker: Grounded | None = None
    interviewee: list[Grounded | None] = []  # whom an interview is with: found once, on the first answer
    for speech in page.speech:
        if not speech.closed:
            continue
        inner = ground(text, speech.open + 1, speech.close - 1)
        if inner is None or len(inner.text) < 2:
            continue
        ln = page.lines[page.line_at(speech.open)]
        before = text[_sentence_start(text, max(ln.start, speech.open - 120), speech.open) : speech.open]
        caption = CAPTION_SPEAKER.search(before)
        paragraph = _is_paragraph(ln, speech)
        after_end = min(ln.end, speech.close + 60)  # a speaker named after the quote stands close to it
        named_after = SPEAKER_WHOSE.match(text, speech.close, after_end)
        if not named_after and THUS.search(text, speech.close, after_end):
            named_after = SPEAKER_THUS.match(text, speech.close, after_end)
        introduced = None
        if INTRODUCING.search(text, max(0, speech.open - 40), speech.open):
            introduced = SPEAKER_INTRODUCES.search(text, max(0, speech.open - 120), speech.open)
        attributed = bool(caption or named_after or introduced)  # the speaker's own words frame the quote
        if not (attributed or paragraph or _reported(text, page, speech, ln)):
            continue  # quotation marks around a title or a phrase ("“2024 업무계획”을 발표"), not speech
        speaker = _speaker_in(text, before, speech.open, page)
        if speaker is None and (m := SPEAKER_AFTER.match(text, speech.close, after_end)):
            speaker = ground(text, m.start("who"), m.end("who"))
        if speaker is None and named_after:
            speaker = ground(text, named_after.start("who"), named_after.end("who"))
        if speaker is None and introduced and not page.in_speech(introduced.start()):
            speaker = ground(text, introduced.start("who"), introduced.end("who"))
        if speaker is None and caption:
            start = speech.open - len(before) + caption.start("who")
            speaker = Grounded(text=caption.group("who"), span=Span(start=start, end=start + len(caption.group("who"))))
        someone_else = OTHER_SPEAKER_AFTER.match(text, speech.close, min(ln.end, speech.close + 40)) is not None
        lead = _unmarked(text, speech.open, _after_previous_quote(before, page, speech.open))
        if speaker is None and not someone_else and CONTINUERS.match(lead):
            speaker = last_speaker
        if speaker is None:
            speaker = _role_in(text, before, speech.open, page) or _role_after(text, speech.close, after_end)
        if speaker is None and paragraph:
            speaker = _next_line_subject(text, page, page.line_at(speech.open))
        if speaker is None and paragraph:
            speaker = _caption_above(page, page.line_at(speech.open))
        if speaker is None and paragraph and _answers_question(page, page.line_at(speech.open)):
            if not interviewee:
                interviewee.append(_interviewee(doc, page))
            speaker = interviewee[0]
        if speaker is None:
            doc.diagnostics.append(
                Diagnostic(code="quote-unattributed", message="speech with no named speaker", span=inner.span)
            )
            continue
        named = not _is_role(speaker)
        if named:
            speaker = _resolve(text, speaker, page)
        doc.quotes.append(Quote(text=inner.text, span=inner.span, speaker=speaker, named=named))
        if named:  # "그는 …" and "이어 …" go on with a named speaker, not with an unnamed official
            last_speaker = speaker


def _is_role(speaker: Grounded) -> bool:
    return speaker.text.endswith(("관계자", "담당자"))


def _role_in(text: str, before: str, pos: int, page: Page) -> Grounded | None:
    """The last official named by role as a subject before the quote, in its sentence."""
    if "관계자" not in before and "담당자" not in before:
        return None  # the pattern is tried only where its head noun stands
    base = pos - len(before)
    found = None
    for m in ROLE_SPEAKER.finditer(before):
        if not page.in_speech(base + m.start()):
            found = m
    if found is None:
        return None
    return _without_opener(text, base + found.start("who"), base + found.end("who"))


def _role_after(text: str, close: int, end: int) -> Grounded | None:
    m = ROLE_AFTER.match(text, close, end)
    return _without_opener(text, m.start("who"), m.end("who")) if m else None


def _without_opener(text: str, start: int, end: int) -> Grounded | None:
    """The role without a sentence opener taken for its first word: "이날 시 관계자" → "시 관계자"."""
    first = text[start:end].split(" ", 1)
    if len(first) == 2 and first[0] in NOT_NAMES and first[0] != "한":
        start += len(first[0]) + 1
    return ground(text, start, end)


def _reported(text: str, page: Page, speech: Speech, ln: Line) -> bool:
    """Whether a reporting ending follows the quote, or the series of quotes it opens:
    "“A”, “B”고 말했다" reports both; "“A”, “B”를 제시했다" names titles."""
    while (series := NEXT_QUOTE.match(text, speech.close, ln.end)) is not None:
        following = page.speech_before(series.end())
        if following is None or following.open < speech.close or not following.closed:
            return False
        speech = following
    return REPORTING.match(text[speech.close : min(ln.end, speech.close + 12)]) is not None


def _sentence_start(text: str, floor: int, pos: int) -> int:
    cut = floor
    for m in SENTENCE_END.finditer(text, floor, pos):
        cut = m.end()
    return cut


def _unmarked(text: str, quote: int, before: str) -> str:
    """The words before a quote without the outline marker opening their line: an official release
    goes on a speaker's words in the next item ("□ 장관은 “…”라며," / " ○ “…”고 밝혔다")."""
    start = quote - len(before)
    marker = LINE_MARKER.match(text, start)  # read in the text, where the quote follows the marker
    return before[marker.end() - start :] if marker and marker.end() <= quote else before


def _after_previous_quote(before: str, page: Page, pos: int) -> str:
    """The words before this quote, or nothing when another quote ends in the same sentence."""
    previous = page.speech_before(pos)
    if previous is not None and previous.close <= pos and pos - previous.close <= len(before):
        return ""
    return before


def _speaker_in(text: str, before: str, pos: int, page: Page) -> Grounded | None:
    if TITLE_THEN_PARTICLE.search(before) is None:
        return None  # SPEAKER tries many ways to split a name at every position: spare it
    base = pos - len(before)
    found = None
    for m in SPEAKER.finditer(before):
        if m.group("name") in NOT_NAMES:
            # "또 박 시장은": the word before the name was taken for it; the name follows it
            after = m.end("name")
            while after < len(before) and before[after].isspace():
                after += 1
            retried = SPEAKER.match(before, after)
            if retried is not None and retried.group("who").replace(" ", "") not in PERSON_TITLES:
                m = retried  # not "이 부총리는" read as 부 + 총리
        if page.in_speech(base + m.start()):
            continue
        if NOT_PERSON.search(m.group("who")):
            continue
        if m.group("name") in NOT_NAMES and not _surname_of_earlier(text, m, base):
            continue
        found = m
    if found is None:
        return None
    start, end = base + found.start("who"), base + found.end("who")
    return ground(text, start, end)


def _surname_of_earlier(text: str, m: regex.Match[str], base: int) -> bool:
    """ "이 시장은" after "이용섭 시장": 이 is the surname of someone named before, not "this"."""
    name, title = m.group("name"), m.group("title")
    if len(name) != 1 or m.group("who").replace(" ", "") != name + title:
        return False
    return _full_mention(name, title).search(text, 0, base + m.start()) is not None


def _is_paragraph(ln: Line, speech: Speech) -> bool:
    """The quote is the whole paragraph, on a line of its own: “내년은 … 것입니다.”"""
    line = ln.stripped
    opens = speech.open == ln.start + len(ln.text) - len(ln.text.lstrip())
    return bool(line) and opens and line[-1] in PARAGRAPH_END


def _next_line_subject(text: str, page: Page, index: int) -> Grounded | None:
    """A quote standing alone as a paragraph, attributed by the next one: "홍태용 김해시장이 … 한 말이다"."""
    for ln in page.lines[index + 1 : index + 3]:
        if not ln.stripped:
            continue
        m = SPEAKER.match(text[ln.start : ln.end].lstrip())
        if m:
            lead = len(text[ln.start : ln.end]) - len(text[ln.start : ln.end].lstrip())
            return ground(text, ln.start + lead + m.start("who"), ln.start + lead + m.end("who"))
        return None
    return None


def _line_above(page: Page, index: int, reach: int) -> Line | None:
    """The nearest non-empty line among the ``reach`` lines above line ``index``."""
    return next((ln for ln in reversed(page.lines[max(0, index - reach) : index]) if ln.stripped), None)


def _caption_above(page: Page, index: int) -> Grounded | None:
    """The speaker a broadcast caption names on the line above a quote paragraph."""
    ln = _line_above(page, index, 2)
    if ln is None or (m := CAPTION_LINE.match(ln.stripped)) is None:
        return None
    lead = ln.start + len(ln.text) - len(ln.text.lstrip())
    return ground(page.text, lead + m.start("who"), lead + m.end("who"))


def _answers_question(page: Page, index: int) -> bool:
    """A quote paragraph right under an interviewer's question line: the interviewee's answer."""
    ln = _line_above(page, index, 3)
    return ln is not None and QUESTION_LINE.match(ln.stripped) is not None


def _interviewee(doc: PolicyDocument, page: Page) -> Grounded | None:
    """The person an interview is with: the one named in the headline, else first named in the article."""
    spans = [doc.title.span] if doc.title is not None else []
    spans += [Span(start=ln.start, end=ln.end) for _, ln in itertools.islice(page.iter_content_lines(), 5)]
    for span in spans:
        for m in NAMED_PERSON.finditer(page.text, span.start, span.end):
            if not page.in_speech(m.start()) and m.group("name") not in NOT_NAMES:
                return ground(page.text, m.start(), m.end())
    return None


@lru_cache(maxsize=256)
def _full_mention(surname: str, title: str) -> regex.Pattern[str]:
    """The full mention of a short form: "홍태용 김해시장" for 홍 + 시장."""
    return regex.compile(
        rf"(?<![가-힣]){surname}[가-힣]{{1,2}}\s(?:[가-힣]{{1,12}}\s)?[가-힣]{{0,8}}{title}(?=[은는이가의,\s])"
    )


def _resolve(text: str, speaker: Grounded, page: Page) -> Grounded:
    """ "홍 시장" → the earlier full mention "홍태용 김해시장"."""
    m = SHORT_FORM.fullmatch(speaker.text)
    if not m:
        return speaker
    surname, title = m.group("surname"), m.group("title")
    for hit in _full_mention(surname, title).finditer(text, 0, len(text)):
        return Grounded(text=hit.group(0), span=Span(start=hit.start(), end=hit.end()))
    return speaker

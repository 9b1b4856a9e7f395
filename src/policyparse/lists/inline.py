"""Lists inside a sentence: inline bullets and numbers, ordinals, prose lists before or after their
label, a label with its members in brackets."""

from __future__ import annotations

import itertools

import regex

from ..blocks import marker_kind
from ..labels import HEAD_NOUNS, describe, label_ending_at, label_starting_at
from ..layout import Page
from ..lexicon import ETC_WORD, MIDDOTS, ORDINAL_WORD, ORDINAL_WORDS
from ..spans import TRIM, trim
from .attach import declare_from_closer, first_counted, heading_label, label_before, label_said_before
from .evidence import Candidate
from .patterns import COLON_BEFORE, COUNT_AHEAD, ETC, INLINE_BULLETS, INLINE_NUMBER, MAX_SPAN, NUMBERINGS
from .segments import (
    all_phrases,
    bracket_groups,
    closed_by_etc,
    head_before,
    in_quotes,
    items_backward,
    items_forward,
    list_limit,
    marker_item,
    marker_width,
    middots_to_count,
    numbering_of,
    ordinal_of,
    short_item,
    split_any,
    split_at,
    tail_of,
    with_leading_modifier,
)

# Bullets that mark an item even glued to the word before: "…농작물 육성▷특색 있는 관광", "확보△교통".
GLUED_BULLETS = "▲△▷▶▴▸Δ"
# A bullet inside a paragraph, after a space or an opening bracket: " ▲친환경", "(△ 관광", " ①철저한".
INLINE_MARKER = regex.compile(
    rf"(?:(?<=^|[\s(:,\[“‘'\"]))(?P<m>[{INLINE_BULLETS}])|(?<=[가-힣)])(?P<m>[{GLUED_BULLETS}])(?=\s?[가-힣])", regex.M
)
# Ordinals numbering items inside a sentence: "방향은 첫째, 기초학력 보장 둘째, 디지털 교육 혁신 …".
INLINE_ORDINAL = regex.compile(rf"(?<=^|[\s:(])(?P<m>{ORDINAL_WORD}째)(?=\s|,|로\s|로,)")
# A list closed by what it makes up, before the label it names: "미래차, 로봇, 물, 의료|로 구성된| ‘5+1 산업’".
COMPOSED_OF = regex.compile(r"(?<=[가-힣)’”])(?:으로|로)\s+(?:구성된|구성한|이뤄진|이루어진|짜인|짜여진)(?=\s)")
# A label in quotation marks right after a closer: " ‘5+1 산업’을".
QUOTED_LABEL = regex.compile(r"\s*[‘“「]")
# A quoted phrase, and two or more of them side by side at the end of a stretch: "‘A’ ‘B’ ‘C’".
QUOTED_PHRASE = regex.compile(r"‘[^‘’\n]{1,40}’|“[^“”\n]{1,40}”|「[^「」\n]{1,40}」")
QUOTED_RUN = regex.compile(rf"(?:(?:{QUOTED_PHRASE.pattern})\s*){{2,}}$")
# A quoted list closed by a particle before its count label: "‘…’를 5대 핵심공약사업으로", "‘…’의 3대 목표".
QUOTE_CLOSER = regex.compile(r"(?<=[’'”」])(?:을|를|의|이라는|라는)(?=\s)")
# What joins a closed list to the next one: "…산업|과 지역산업인 ▲…", "…|, 그리고 ▲…".
JOINS_NEXT = regex.compile(r"(?:과|와|및|,)\s")
# A head noun used as the sentence's verb after a closer: "등을 |공약|했다", "등을 |약속|했다".
HEAD_AS_VERB = regex.compile(r"(?:을|를)?\s+(?P<head>공약|약속)(?:했|하였|한다|하겠|하며|하고)")
# A list closed by the quotative before its count label: "활기찬 경제, 균형발전이라는 두 가지 목표를".
QUOTATIVE_COUNT = regex.compile(rf"(?<=[가-힣)])(?:이라는|라는)(?=\s+{COUNT_AHEAD})")
# A counted label right after a comma list: "농업 활성화, 관광 진흥 두 가지 목표를".
COUNT_AFTER = regex.compile(rf"(?<=[가-힣)’'”])\s+(?={COUNT_AHEAD}\s?[가-힣])")
# A list closed by a genitive before its count label: "바이오, 모빌리티, 콘텐츠의 3개 산업을".
GENITIVE_COUNT = regex.compile(rf"(?<=[가-힣)])의(?=\s+{COUNT_AHEAD})")
# A list closed by an object particle before the counted label that names it "as" something:
# "…, 시민 복지 강화를 3대 방향으로 제시했다".
OBJECT_COUNT = regex.compile(
    rf"(?<=[가-힣)])(?<!\s등)(?:을|를)(?=\s+(?:[가-힣]{{1,8}}\s)?(?:[가-힣]{{1,8}}의\s+)?{COUNT_AHEAD}\s?[가-힣]{{1,12}}(?:\s[가-힣]{{1,12}}){{0,4}}?(?:으로|로)\s)"
)
# The genre's way of naming a list, right after the closer 등: " 5대 산업을", " 3대 전략으로".
NAMING_COUNT = regex.compile(r"\s*\d{1,2}\s?대\s?[가-힣]")


# What a list is named as after its object particle: a few words ending in a head noun, before (으)로
# (" 기본 방향으로", " 시정목표를 이룰 핵심전략으로"); up to ``words`` words before the head.
def named_phrase(words: int) -> str:
    return rf"\s+(?:[^\s,.]{{1,12}}\s){{0,{words}}}?[^\s,.]{{0,12}}(?:{HEAD_NOUNS})(?=(?:으로|로)\s)"


# A verb of choosing after the phrase it names the chosen things as: "…으로 제시", "…로 꼽았다".
CHOOSING_VERB = regex.compile(r"(?:으로|로)\s+(?:제시|선정|설정|채택|확정|정했|정하|내세|꼽|도출)")
# A list closed by an object particle (after 등 and a count, or not), then the phrase a verb of choosing
# names it as, counted or not: "…, 산업 기반 확충을 1차 추진전략으로 제시했다", "‘A’, ‘B’를 시정목표를
# 이룰 핵심전략으로 내세웠다", "A·B·C 등을 핵심키워드로 도출", "A·B 등 5개를 시정 운영 방향으로 제시했다".
CHOSEN_AS = regex.compile(
    r"(?<=[가-힣)’'”])(?:\s+등(?:\s*(?P<n>\d{1,3})\s*(?:개|가지|건))?)?(?:을|를)(?=\s)"
    rf"(?P<as>{named_phrase(6)})(?={CHOOSING_VERB.pattern})"
)
# The phrase a bullet run's last object is named as, right after it: " 기본 방향으로", " 3대 목표로".
NAMED_AS = regex.compile(named_phrase(2))
# An object of its own right before the chosen label: "…를 포함한 규제개혁을| 핵심과제로".
SECOND_OBJECT = regex.compile(r"(?:을|를)\s+\S+$")
# The particle after such a label: "3대 방향으로 ", "3대 전략으로".
AS_PARTICLE = regex.compile(r"(?:으로|로)(?:\s|$)")
# A counted label followed straight by its items: "5개 핵심과제 경제활력 회복, …" (not one after 등, which
# names the items before it: "A, B 등 3대 전략산업 분야의 기술개발, …").
APPOSITIVE_LABEL = regex.compile(
    r"(?<!,\s?)(?<!\s등\s)(?<!\d)\d{1,2}\s*(?:대|개|가지)\s+[가-힣]+(?:과제|사업|전략|산업|목표|정책|방침)\s+"
    r"(?=[가-힣])(?!및|과\s|와\s)"
)
# A label with its members in brackets: "5대 첨단 전략산업(인공지능, 반도체, …)", "3대 전략(산업 혁신·인재 양성)".
BRACKET_LIST = regex.compile(rf"(?<=[가-힣])\((?P<inner>[^()\n]{{1,200}}?[,{MIDDOTS}][^()\n]{{1,200}})\)")
# A particle right after a label: "…목표를", "…산업의", "…분야에".
PARTICLE_CHAR = regex.compile(r"[을를이가은는으로의에와과도]")
# A label's particle before its list, right after the label's head noun (group "p"):
# "대표산업으로 ", "시책은 ", "과제로는 ", "12대 과제에는 ", "5대 전략산업인 ", "전략 : ".
HANDING_ON = r"(?:으로는|로는|에는|으로|로|은|는|이란|인)(?=\s)|\s?[:：](?=\s*\S)"
LABEL_PARTICLE = regex.compile(rf"(?:{HEAD_NOUNS})\)?(?P<p>{HANDING_ON})")
# The same particle or colon right at a label's end: "3대 산업|으로 |수소 육성△…".
LABEL_END_PARTICLE = regex.compile(rf"(?:{HANDING_ON})\s*")
# A count or a head noun within the first words after a closer: "등 5대 …", "등 권역별 관광전략을".
HEAD_AHEAD = regex.compile(
    rf"^\s*(?:이른바|소위|총)?\s*(?:\d|(?:두|세|네|다섯|여섯)\s?가지|(?:\S{{1,12}}\s){{0,3}}\S{{0,12}}(?:{HEAD_NOUNS}))"
)


def inline_bullet_lists(text: str, page: Page, start: int, end: int) -> list[Candidate]:
    """ "11대 대표산업으로 ▲A ▲B ▲C 등을 선정해": bullets inside one sentence."""
    out: list[Candidate] = []
    by_kind: dict[str, list[int]] = {}
    for m in INLINE_MARKER.finditer(text, start, end):
        by_kind.setdefault(marker_kind(m.group("m")), []).append(m.start())
    numbers = [m for m in INLINE_NUMBER.finditer(text, start, end)]
    for kind in NUMBERINGS:
        run = [m for m in numbers if numbering_of(m.group("m")) == kind]
        if len(run) >= 2 and [ordinal_of(m.group("m")) for m in run] == list(range(1, len(run) + 1)):
            by_kind[kind] = [m.start() for m in run]
    ordinals = [m for m in INLINE_ORDINAL.finditer(text, start, end)]
    if len(ordinals) >= 2 and [m.group("m")[:-1] for m in ordinals] == list(ORDINAL_WORDS[: len(ordinals)]):
        by_kind["첫째"] = [m.start() for m in ordinals]
    for kind, positions in by_kind.items():
        if len(positions) < 2:
            continue
        for floor, run in _bullet_runs(text, positions, kind, start):
            if len(run) < 2:
                continue
            for found in _bullet_run(text, page, floor, end, run, kind):
                found.spoken = page.in_speech(positions[0])
                out.append(found)
    return out


def _bullet_runs(text: str, positions: list[int], kind: str, floor: int) -> list[tuple[int, list[int]]]:
    """Bullets of one sentence split where a list closes before the next bullet: "▲A ▲B 등 4대
    혁신산업과 지역산업인 ▲C ▲D이다" holds two runs, each with its own label. Each run comes with
    where its own label may begin (after the label of the run before it)."""
    runs: list[tuple[int, list[int]]] = [(floor, [])]
    for a, b in itertools.pairwise(positions):
        runs[-1][1].append(a)
        closer = ETC.search(text, a + marker_width(text, a, kind), b)
        if closer is None or "(" in text[a : closer.start()]:
            continue  # "▲A(…, B 등 7개 축으로 나눈 …)": a closer inside brackets belongs to the item
        label = label_starting_at(text, closer.end(), b)
        if label and label.counted and label.acceptable(text) and JOINS_NEXT.match(text, label.end, b):
            runs.append((label.end, []))
    runs[-1][1].append(positions[-1])
    return runs


def _bullet_run(text: str, page: Page, start: int, end: int, positions: list[int], kind: str) -> list[Candidate]:
    """One run of bullets in a sentence, its last item ended by morphology, with the label that names it
    (and, where the bullets name groups of the members the label counts, each group's list)."""
    items: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(positions):
        items.append(marker_item(text, a, b, kind))
    last_start = positions[-1] + marker_width(text, positions[-1], kind)
    limit = list_limit(text, last_start, end)
    tail = closed_by_etc(text, last_start, limit) or tail_of(text, last_start, limit)
    last = trim(text, last_start, tail.end, TRIM + ",")
    # a field line ("5대 목표 : 1.…", or bullets alone on a line) is complete at its end;
    # a sentence that runs into the end of the text was cut off
    line = page.line_at(start)
    opens_line = not text[page.lines[line].start : positions[0]].strip()
    if not tail.cut_off or opens_line or COLON_BEFORE.search(text, start, positions[0]):
        items.append(last)
    label = None
    if tail.closer in ("등", "의", "count", "라는") and tail.closer_end is not None:
        # "▲A ▲B 등 3대 전략을", "▲A ▲B의 3대 목표", "▲A ▲B 세 가지 핵심 전략을", "▲A ▲B라는 3대 과제":
        # the label follows
        label = label_starting_at(text, tail.closer_end, end)
        if label and (not label.acceptable(text) or (tail.closer in ("count", "라는") and not label.counted)):
            label = None
        if label is not None:
            label = first_counted(text, label)
        elif tail.closer == "등" and (verb := HEAD_AS_VERB.match(text, tail.closer_end, end)):
            label = describe(text, *verb.span("head"))  # "▷A ▷B 등을 공약했다": the list is what was pledged
    named_as = tail.closer == "object" and tail.closer_end and text[tail.end : tail.closer_end] in ("을", "를")
    if label is None and named_as:
        # "△A △B, △C을 기본 방향으로 …", "▲A ▲B를 목표로 설정": the run is what the phrase names it as
        if named := NAMED_AS.match(text, tail.closer_end, end):
            label = label_ending_at(text, tail.closer_end, named.end())
            if label is not None and not label.acceptable(text):
                label = None
    if label is None:
        label = label_before(text, start, positions[0])
        if label is not None and not text[positions[0] - 1].isspace() and text[positions[0]] in GLUED_BULLETS:
            # "3대 산업으로 수소 육성△반도체 육성△…": the words before the first glued bullet are an item
            lead = LABEL_END_PARTICLE.match(text, label.end, positions[0])
            first = trim(text, lead.end() if lead else label.end, positions[0])
            if first[0] < first[1] and short_item(text, *first, bulleted=True):
                items.insert(0, first)
    if label is None and opens_line:
        # "3대 추진전략\n▲A ▲B ▲C": bullets opening a line, named by the line above
        label = heading_label(text, page, line)
    borrowed = False
    if label is None and kind != "첫째":
        # "…모두 24개 과제를 선정했다. … 선정 내용은 △A △B이다.": named by a count said just before
        label = label_said_before(text, start, len(items))
        borrowed = label is not None
    if label is None:
        return []
    declare_from_closer(text, tail, end, label)
    groups = None
    if label.declared is not None and len(items) != label.declared:
        # the count the bullets miss may be of the members they group in brackets
        groups = bracket_groups(text, items, label.declared)
    if groups:
        # the list of all members, and each group a list of its own, labelled by its name as printed
        # (FORMAT: nested lists)
        parent = Candidate(label, [m for _, group in groups for m in group], "inline", borrowed=borrowed)
        nested = [
            Candidate(describe(text, *name), group, "bracket", group_of=parent)
            for name, group in groups
            if len(group) >= 2
        ]
        return [parent, *nested]
    # ordinal words number clauses as often as items: they keep the limits of prose
    return [Candidate(label, items, "ordinals" if kind == "첫째" else "inline", borrowed=borrowed)]


def prose_lists(text: str, page: Page, start: int, end: int) -> list[Candidate]:
    out: list[Candidate] = []
    out += _lists_before_label(text, page, start, end)
    out += _lists_after_label(text, page, start, end)
    return out


def _lists_before_label(text: str, page: Page, start: int, end: int) -> list[Candidate]:
    """ "A, B, C 등 5대 전략콘텐츠를": items first, then 등 (or a quote and particle), then the label."""
    out: list[Candidate] = []
    closers = [(m.start(), m.end(), "등") for m in ETC.finditer(text, start, end)]
    closers += [(m.start(), m.end(), "quote") for m in QUOTE_CLOSER.finditer(text, start, end)]
    closers += [(m.start(), m.end(), "quote") for m in QUOTATIVE_COUNT.finditer(text, start, end)]
    closers += [(m.start(), m.end(), "quote") for m in GENITIVE_COUNT.finditer(text, start, end)]
    closers += [(m.start(), m.end(), "count") for m in COUNT_AFTER.finditer(text, start, end)]
    closers += [(m.start(), m.end(), "object") for m in OBJECT_COUNT.finditer(text, start, end)]
    closers += [(m.start(), m.end(), "composed") for m in COMPOSED_OF.finditer(text, start, end)]
    taken = {c for c, _, how in closers if how == "object"}  # a counted label there is read as such
    if CHOOSING_VERB.search(text, start, end):  # the long pattern only where a verb of choosing stands
        chosen = CHOSEN_AS.finditer(text, start, end)
        closers += [(m.start(), m.start("as"), "chosen") for m in chosen if m.start() not in taken]
    for c_start, c_end, how in sorted(closers):
        if not HEAD_AHEAD.match(text[c_end : c_end + 24]):
            continue
        before = text[max(start, c_start - MAX_SPAN) : c_start]
        # no comma: two items joined by 와/과 only ("A와 B 등 10대 정책을", "A와 B를 주요 시책으로 꼽았다"),
        # or quoted phrases side by side ("‘A’ ‘B’ ‘C’를 3대 방향으로")
        joined = "," not in before and not any(ch in MIDDOTS for ch in before)
        quoted_run = QUOTED_RUN.search(before) if joined else None
        if joined and how not in ("등", "chosen") and quoted_run is None:
            continue
        if how == "chosen":
            # "A, B, C를 (… 달성할) 핵심전략으로 제시했다": the label is the phrase the verb names them as
            named = CHOSEN_AS.match(text, c_start)
            if named is None or SECOND_OBJECT.search(named.group("as")):
                continue  # "A, B를 포함한 규제개혁을 핵심과제로": the verb names another object
            label = label_ending_at(text, c_end, named.end())
            if label is not None and label.declared is None and named.group("n"):
                label.declared = int(named.group("n"))  # "A·B 등 5개를 시정 운영 방향으로": the count closes the list
        else:
            label = label_starting_at(text, c_end, end)
        if label is None or (how in ("quote", "count", "object") and not label.counted):
            continue
        if not (label.names_bullets(text) if how == "chosen" else label.acceptable(text)):
            continue  # chosen as a named thing, a compound 'other' head names a list too ("핵심키워드로 도출")
        if how == "composed" and not (label.counted or QUOTED_LABEL.match(text, c_end)):
            continue
        if how == "object" and not AS_PARTICLE.match(text, label.end):
            continue  # "A, B를 3개 기관이 …": the count names something else
        if not label.counted and text.startswith("의", label.end):
            continue  # "… 등 광산업의 도약": a noun the items belong to, not the list's name
        if how == "count" and not PARTICLE_CHAR.match(text, label.end, label.end + 1):
            continue  # "…, 민선8기 7대 시정목표 선정, …": a counted phrase inside a longer list
        if joined and quoted_run is None and not (label.counted or how == "chosen"):
            continue  # "A와 B 등 관련 사업": a pair under an uncounted name is a phrase, not a list
        if quoted_run is not None:
            run_start = c_start - len(before) + quoted_run.start()
            items = [m.span() for m in QUOTED_PHRASE.finditer(text, run_start, c_start)]
        else:
            items = items_backward(text, start, c_start, joined=joined)
        if how == "count" and "," not in text[items[0][0] if items else c_start : c_start] and len(items) < 2:
            continue
        label = first_counted(text, label)
        if label.declared is not None and len(items) != label.declared:
            # the count says the commas are not where items part: the middots may be
            items = middots_to_count(text, start, c_start, label.declared) or items
        if label.declared is not None and len(items) > label.declared >= 2:
            # "…비전 아래, A, B, C라는 세 가지 목표": the count says where the list begins
            items = items[-label.declared :]
        if len(items) < 2 or not all_phrases(text, items):
            continue
        items = with_leading_modifier(text, start, items)
        out.append(Candidate(label, items, "prose-after", spoken=page.in_speech(c_start)))
    return out


def _lists_after_label(text: str, page: Page, start: int, end: int) -> list[Candidate]:
    """ "3대 전략으로 A, B, C을 제시했다", "5대 시책은 A, B, C이다", "5개 핵심과제 A, B, C을"."""
    out: list[Candidate] = []
    triggers = [m.span("p") for m in LABEL_PARTICLE.finditer(text, start, end)]
    triggers += [(m.end(), m.end()) for m in APPOSITIVE_LABEL.finditer(text, start, end)]
    for p_start, p_end in triggers:
        if "," not in text[p_end : min(end, p_end + MAX_SPAN)]:
            continue
        label = label_ending_at(text, start, p_start)
        if label is None or not label.acceptable(text):
            continue
        if text[p_start:p_end] in ("에는", "인") and not label.counted:
            # "관광 사업에는 부산, 울산이 참여한다", "핵심산업인 가전, 로봇": what takes part or what
            # a thing is; a counted label ("12대 과제에는", "5대 전략산업인") names its list
            continue
        list_start = p_end
        while list_start < end and text[list_start].isspace():
            list_start += 1
        items, tail = items_forward(text, list_start, end)
        if len(items) < 2:
            continue
        if tail.closer == "등" and tail.closer_end is not None and NAMING_COUNT.match(text, tail.closer_end):
            continue  # "먹거리 산업으로 A, B 등 5대 산업을": the 'N대' name after the items names the list
        topic = text[p_start:p_end] in ("은", "는")
        declare_from_closer(text, tail, end, label)
        if topic and not (tail.closer == "copula" or label.declared == len(items) or in_quotes(text, list_start)):
            continue
        if not all_phrases(text, items):
            continue
        out.append(Candidate(label, items, "prose-before", spoken=page.in_speech(p_start)))
    return out


# A group named before its examples, as news reports a counted list: "미래산업 분야로는 A, B 등 13건",
# "'동북부 촉진권'에는 A, B, C 등이 포함됐으며".
GROUP_TOPIC = regex.compile(r"(?<=[가-힣’'”)])(?:에는|으로는|로는)\s")
# A count closing the last group's examples with a name of their own: "등 ‘충남의 제안’16건이".
OWN_COUNT = regex.compile(r"\s*[‘'“][^’'”\n]{1,20}[’'”]\s?\d")
# The subject particle after a group's last example, before its predicate: "양전산단|이| 들어서게".
SUBJECT_END = regex.compile(r"(?<=[가-힣)’'”])(?:이|가)(?=\s)")
# Who came, not what is planned (FORMAT: attendees are no policy items): "… 등이 참석했다".
ATTENDED = regex.compile(r"\s*(?:\S+\s){0,2}?(?:참석|참여|참가|방문|배석)")
# The 등 that ends a group's examples, whatever the sentence does with them: "등 13건", "등이 포함됐으며".
GROUP_ETC = regex.compile(rf"(?<=\S)\s+{ETC_WORD}(?=[\s,])")


def grouped_examples(text: str, page: Page, start: int, end: int) -> list[Candidate]:
    """Examples given group by group after a count said before them: "미래 선도과제 88개 과제를 발굴했다.
    미래산업 분야로는 A, B 등 13건, 미래교통허브로는 C 등 10개 과제가 제시됐다." — the examples of every
    group are items of the counted list (FORMAT: a list continued over the next sentences is one list)."""
    topics = list(GROUP_TOPIC.finditer(text, start, end))
    if not topics:
        return []
    alone = len(topics) == 1  # one group: a label after its 등 names the examples themselves
    items: list[tuple[int, int]] = []
    for topic, following in zip(topics, [*topics[1:], None], strict=True):
        stop = following.start() if following else end
        closer = GROUP_ETC.search(text, topic.end(), stop)
        if closer is not None:
            after = closer.end()
            if ATTENDED.match(text, after, after + 16) or (
                alone and (HEAD_AHEAD.match(text[after : after + 24]) or OWN_COUNT.match(text, after, after + 24))
            ):
                return []  # "… 등이 참석": attendees; "여기에는 A, B 등 ‘충남의 제안’16건이": named by its own label
            # "…분야로는 A, B 등 13건": the group's examples run from its first word to its 등
            found = _examples(text, topic.end(), closer.start())
        elif not alone and (subjects := list(SUBJECT_END.finditer(text, topic.end(), stop))):
            # "'…'에는 A, B, C가 들어선다": the examples end at the subject particle of the group's predicate
            found = _examples(text, topic.end(), subjects[-1].start())
            found = found if len(found) >= 2 else []
        else:
            return []  # one group without 등 is a sentence's topic, not examples
        if not found or any(a >= b for a, b in found):
            return []
        items += found
    label = label_said_before(text, topics[0].start(), len(items), widest=True)
    if label is None or len(items) < 2:
        return []
    return [Candidate(label, items, "prose-before", spoken=page.in_speech(topics[0].start()), borrowed=True)]


def _examples(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A group's examples as written, parted by commas: no morphology decides where one begins (the
    whole-document and per-sentence analyses must give one reading); the evidence's clause and
    length tests judge them."""
    return [trim(text, a, b, TRIM + ",") for a, b in split_at(text, start, end, ",")]


def bracket_lists(text: str, page: Page, start: int, end: int) -> list[Candidate]:
    """ "5대 첨단 전략산업(인공지능, 반도체, …)": a label followed by its members in brackets."""
    out: list[Candidate] = []
    for m in BRACKET_LIST.finditer(text, start, end):
        if not head_before(text, m.start()):
            continue
        label = label_ending_at(text, start, m.start())
        if label is None or not label.acceptable(text) or label.end != m.start():
            continue
        inner = m.start("inner"), m.end("inner")
        parts = split_at(text, *inner, ",") if "," in m.group("inner") else split_any(text, *inner)
        items = [trim(text, a, b) for a, b in parts]
        if len(items) >= 2:
            out.append(Candidate(label, items, "bracket", spoken=page.in_speech(m.start())))
    return out

"""Words of the genre: list markers, label head nouns, titles, government bodies.

These are facts about Korean policy announcements in general, never about one
document; every table here is used by name from the stage that needs it.
"""

from __future__ import annotations

import regex

from .models import Kind

# Bullets that open a list item, inline or at the start of a line.
BULLETS = "▲△▷▶►■□◆◇◈▣●○◉•‣◎★☆▪▫◦➤➢❍❖▴▸▹Δ"
CIRCLED_NUMBERS = "".join(chr(c) for c in range(0x2460, 0x2474))  # ①..⑳
PAREN_NUMBERS = "".join(chr(c) for c in range(0x2474, 0x2488))  # ⑴..⒇
DINGBAT_NUMBERS = "".join(chr(c) for c in [*range(0x2776, 0x2780), *range(0x278A, 0x2794)])  # ❶..❿, ➊..➓
NUMBER_BULLETS = CIRCLED_NUMBERS + PAREN_NUMBERS + DINGBAT_NUMBERS
# Korean letters in the order they number items: "가.", "나.", "다." …
LETTER_ORDER = "가나다라마바사아자차카타파하"
# The words of ordinals in order, before 째: "첫째", "둘째", "셋째" …
ORDINAL_WORDS = ("첫", "둘", "셋", "넷", "다섯", "여섯", "일곱", "여덟", "아홉", "열")
# An ordinal word before 째, as a pattern: "첫", "다섯".
ORDINAL_WORD = "(?:" + "|".join(ORDINAL_WORDS) + ")"
# Words naming a year relative to the publication: "올해" (its year), "내년" (the next).
RELATIVE_YEAR_WORDS = {"올해": 0, "금년": 0, "새해": 0, "내년": 1, "명년": 1}
RELATIVE_YEARS = "|".join(RELATIVE_YEAR_WORDS)
# Roman numerals that number a release's sections and lists: "Ⅰ.", "Ⅱ." (U+2160..U+216B).
ROMAN_NUMERALS = "".join(chr(c) for c in range(0x2160, 0x216C))

# A marker opening a line: "○ ", "□", "- ", "※", "1.", "2)", "(3)", "Ⅱ.", "가.", "①", "첫째,"; words
# follow it on the line ("-" alone, or with trailing spaces, is a spacer, not a bullet).
LINE_MARKER = regex.compile(
    rf"^[ \t\u3000]*(?P<marker>[{BULLETS}{NUMBER_BULLETS}]|[-*※ㅇ·•‣]|\d{{1,2}}[.)](?![\d.])|\(\d{{1,2}}\)"
    rf"|[{ROMAN_NUMERALS}]\.?|[가-하][.)](?=\s)"
    rf"|{ORDINAL_WORD}째\s*,?)(?=[ \t\u3000]+\S|[^\s.\d])",
    regex.M,
)

# Dots that join nouns inside one item (기술·인력·인프라) and separate items in a label's list.
MIDDOTS = "·・•‧∙ㆍ․⋅"

# Opening and closing quotation marks of direct speech.
SPEECH_QUOTES = {"“": "”", '"': '"', "＂": "＂"}
# Marks that enclose a title, slogan or list: ‘…’, '…', 「…」.
PHRASE_QUOTES = {"‘": "’", "'": "'", "「": "」", "『": "』", "《": "》", "〈": "〉", "<": ">"}

# Head nouns of list labels, by kind (FORMAT.md). Longer suffixes are tried first.
KIND_SUFFIXES: list[tuple[str, Kind]] = sorted(
    [
        ("산업", "industry"),
        ("산업군", "industry"),
        ("서비스업", "industry"),
        ("전략", "strategy"),
        ("추진방향", "strategy"),
        ("전략방향", "strategy"),
        ("정책방향", "strategy"),
        ("방향", "strategy"),
        ("방향성", "strategy"),
        ("목표", "goal"),
        ("방침", "goal"),
        ("지침", "goal"),
        ("사업", "project"),
        ("과제", "project"),
        ("계획", "project"),
        ("시책", "project"),
        ("실행방안", "project"),
        ("방안", "project"),
        ("공약", "project"),
        ("프로젝트", "project"),
        ("정책", "project"),
        ("플랜", "project"),
    ],
    key=lambda pair: -len(pair[0]),
)
# Head nouns that name a list of kind 'other' when a count stands before them.
# (A count before other nouns names entities, not policy items: "5개 도시", "3개 기관", "10개 기업".)
OTHER_HEADS = (
    "분야", "부문", "콘텐츠", "가치", "핵심가치", "영역", "축", "키워드", "테마", "이벤트", "원칙", "기조",
    "약속", "의제", "어젠다", "아젠다", "권역", "벨트", "클러스터", "거점", "특구", "브랜드", "가치관",
    "뉴딜", "먹거리", "플랫폼", "인프라", "허브", "랜드마크", "캠페인", "서비스", "제도", "혁신",
    "지표", "비전", "동력", "운동",
)  # fmt: skip

# Heads of kind 'other' that name a list with no count before them: what a plan grows as its engines
# ("AI, 바이오, 로봇 등 미래 성장동력을", "바이오·LED 등 신성장동력이").
UNCOUNTED_OTHER_HEADS = ("성장동력",)

# Verbal nouns that end a policy item with what is done to its object ("초연결 인프라 구축", "교통 체계
# 혁신"); a paragraph elaborating the item may name only the object ("초연결 인프라는 …").
ACTION_NOUNS = (
    "구축", "강화", "육성", "조성", "추진", "지원", "확대", "확충", "혁신", "제고", "실현", "마련", "개선",
    "활성화", "고도화", "도입", "정착", "확립", "창출", "달성", "구현", "완성", "전환",
)  # fmt: skip

# Nouns of results, not plans: a list under '주요 정책성과' or '추진실적' names no policy items (FORMAT).
RESULT_NOUNS = ("성과", "실적")

# The names of a posting's fields, which portals print as lines above or below a release: "담당부서 :
# The closer 등 as a word of its own, with the particle the sentence gives it: "등", "등을", "등이", "등의".
ETC_WORD = "등(?:을|를|이|가|의|과|와|은|는|도)?"
# Head nouns of areas: a list they label names places, not policy items ("4개 권역(북부, 중부, …)",
# "3개 생활권", "5개 시군"); FORMAT: lists of named policy items only.
AREA_HEADS = ("권역", "생활권", "시군", "시·군", "지역", "지구")
# 재정운용담당관", "- 담당자조용준", "• 조회수 : 9567", "등록일2012-04-06".
PAGE_FIELDS = (
    "담당부서", "담당자", "책임자", "전화번호", "연락처", "등록일", "작성일", "게시일", "수정일", "최종수정일",
    "조회수", "조회", "작성자", "첨부파일",
)  # fmt: skip

# Words that name the overarching slogan of an administration.
VISION_WORDS = ("비전", "비젼", "슬로건", "캐치프레이즈", "구호", "목표")
# How strongly each word names the one slogan (FORMAT: where a text names both a 비전 and a 구호 or
# 슬로건, the 비전; among the others the first named).
VISION_RANK = {"비전": 0, "비젼": 0, "슬로건": 1, "캐치프레이즈": 1, "구호": 1, "목표": 1}

# Titles that make a mention a person (for speakers): longest first.
PERSON_TITLES = tuple(
    sorted(
        """시장 군수 구청장 지사 도지사 교육감 장관 차관 총리 부총리 대통령 위원장 부위원장 의장
    부의장 원장 사장 회장 이사장 대표 대표이사 국장 실장 과장 청장 본부장 단장 처장 부장
    센터장 총장 교수 의원 국회의원 당선인 당선자 후보 관장 소장 팀장 부시장 부지사 부군수
    부구청장 행정부시장 정무부시장 경제부시장 행정부지사 이사 주무관 사무관 비서관 수석
    대변인 위원 이사관 서기관 차장 감사 교육장 조합장 연구위원 연구원장 시의원 도의원 씨
    구의원 군의원 상임대표 공동대표 사무총장 사무국장 사무처장""".split(),
        key=len,
        reverse=True,
    )
)

# Metropolitan and provincial governments, full and short names.
REGIONS_FULL = """서울특별시 부산광역시 대구광역시 인천광역시 광주광역시 대전광역시 울산광역시
세종특별자치시 경기도 강원도 강원특별자치도 충청북도 충청남도 전라북도 전북특별자치도 전라남도
경상북도 경상남도 제주특별자치도""".split()
REGIONS_SHORT = """서울시 부산시 대구시 인천시 광주시 대전시 울산시 세종시 제주도 충북도 충남도 전북도
전남도 경북도 경남도""".split()
# The full names a short name stands for (FORMAT: an agency is its first full name in the text).
FULL_NAMES = {
    "서울시": ("서울특별시",), "부산시": ("부산광역시",), "대구시": ("대구광역시",), "인천시": ("인천광역시",),
    "광주시": ("광주광역시",), "대전시": ("대전광역시",), "울산시": ("울산광역시",),
    "세종시": ("세종특별자치시", "세종특별시"), "제주도": ("제주특별자치도",), "충북도": ("충청북도",),
    "충남도": ("충청남도",), "전북도": ("전라북도", "전북특별자치도"), "전남도": ("전라남도",),
    "경북도": ("경상북도",), "경남도": ("경상남도",), "강원도": ("강원특별자치도",),
}  # fmt: skip
# Words that make a mention of a body a race for its office, not the body acting: "봉화군수 예비후보",
# "아산시장 선거", "구청장이 시장선거 출마".
CANDIDACY = ("예비후보", "후보", "선거", "출마", "경선", "당선인", "당선자")
# Ends of the names of bodies outside the gazetteer ("사법부", "해양환경공단", "국정기획위원회").
BODY_SUFFIXES = ("위원회", "인수위", "공단", "공사", "부", "처", "청")
# Base names of cities (시), counties (군) and districts (구) of two or more syllables.
CITY_BASES = """수원 성남 의정부 안양 부천 광명 평택 동두천 안산 고양 과천 구리 남양주 오산 시흥 군포
의왕 하남 용인 파주 이천 안성 김포 화성 양주 포천 여주 춘천 원주 강릉 동해 태백 속초 삼척
청주 충주 제천 천안 공주 보령 아산 서산 논산 계룡 당진 전주 군산 익산 정읍 남원 김제 목포
여수 순천 나주 광양 포항 경주 김천 안동 구미 영주 영천 상주 문경 경산 창원 진주 통영 사천
김해 밀양 거제 양산 서귀포""".split()
COUNTY_BASES = """연천 가평 양평 홍천 횡성 영월 평창 정선 철원 화천 양구 인제 고성 양양 보은 옥천 영동
증평 진천 괴산 음성 단양 금산 부여 서천 청양 홍성 예산 태안 완주 진안 무주 장수 임실 순창
고창 부안 담양 곡성 구례 고흥 보성 화순 장흥 강진 해남 영암 무안 함평 영광 장성 완도 진도
신안 군위 의성 청송 영양 영덕 청도 고령 성주 칠곡 예천 봉화 울진 울릉 의령 함안 창녕 남해
하동 산청 함양 거창 합천 기장 달성 강화 옹진 울주""".split()
DISTRICT_BASES = """종로 용산 성동 광진 동대문 중랑 성북 강북 도봉 노원 은평 서대문 마포 양천 강서 구로
금천 영등포 동작 관악 서초 강남 송파 강동 영도 부산진 동래 해운대 사하 금정 연제 수영 사상
수성 달서 미추홀 연수 남동 부평 계양 광산 유성 대덕""".split()
# Central government bodies, past and present names.
CENTRAL_BODIES = """기획재정부 재정경제부 교육부 교육과학기술부 교육인적자원부 과학기술정보통신부
미래창조과학부 외교부 외교통상부 통일부 법무부 국방부 행정안전부 안전행정부 행정자치부
국가보훈부 문화체육관광부 농림축산식품부 농림수산식품부 산업통상자원부 산업통상부 지식경제부
산업자원부 보건복지부 환경부 기후에너지환경부 고용노동부 여성가족부 성평등가족부 국토교통부
국토해양부 해양수산부 중소벤처기업부 국가보훈처 인사혁신처 법제처 식품의약품안전처 국세청
관세청 조달청 통계청 경찰청 소방청 산림청 특허청 기상청 농촌진흥청 문화재청 국가유산청 병무청
방위사업청 해양경찰청 행정중심복합도시건설청 새만금개발청 질병관리청 재외동포청 우주항공청
금융위원회 공정거래위원회 국민권익위원회 원자력안전위원회 방송통신위원회 개인정보보호위원회
국무조정실 국무총리비서실""".split()
# Suffixes of public corporations whose names begin with a place (김포도시관리공사).
PUBLIC_BODY_SUFFIXES = (
    "도시공사",
    "도시관리공사",
    "시설관리공단",
    "관리공단",
    "공사",
    "공단",
    "테크노파크",
    "진흥원",
    "재단",
)
# National public bodies open with one of these and end with one of those: "한국토지주택공사", "국민건강보험공단".
NATIONAL_BODY_PREFIXES = ("한국", "국민", "국가", "대한")
NATIONAL_BODY_SUFFIXES = ("공사", "공단", "진흥원", "재단", "연구원", "위원회", "은행")
# Short names of ministries, read only when the text names no body in full: "국토부", "기재부".
ABBREVIATED_BODIES = """기재부 과기정통부 과기부 외교부 통일부 법무부 국방부 행안부 보훈부 문체부 농식품부 산업부 산자부
복지부 환경부 고용부 노동부 여가부 국토부 해수부 중기부 금융위 공정위 권익위 방통위""".split()
# The official name a region goes by today, for each way the texts name it (agency_id): a body
# renamed in place stays one body ("강원도" → "강원특별자치도", "전라북도" → "전북특별자치도").
REGION_IDS = {
    "서울": "서울특별시", "부산": "부산광역시", "대구": "대구광역시", "인천": "인천광역시", "광주": "광주광역시",
    "대전": "대전광역시", "울산": "울산광역시", "세종": "세종특별자치시", "세종특별시": "세종특별자치시",
    "경기": "경기도", "강원": "강원특별자치도", "강원도": "강원특별자치도", "충북": "충청북도", "충남": "충청남도",
    "전북": "전북특별자치도", "전라북도": "전북특별자치도", "전북도": "전북특별자치도", "전남": "전라남도",
    "경북": "경상북도", "경남": "경상남도", "제주": "제주특별자치도", "제주도": "제주특별자치도",
}  # fmt: skip
# The full names of ministries and commissions printed by their short names.
ABBREVIATION_IDS = {
    "기재부": "기획재정부", "과기정통부": "과학기술정보통신부", "과기부": "과학기술정보통신부", "행안부": "행정안전부",
    "보훈부": "국가보훈부", "문체부": "문화체육관광부", "농식품부": "농림축산식품부", "산업부": "산업통상자원부",
    "산자부": "산업자원부", "복지부": "보건복지부", "고용부": "고용노동부", "노동부": "고용노동부",
    "여가부": "여성가족부", "국토부": "국토교통부", "해수부": "해양수산부", "중기부": "중소벤처기업부",
    "금융위": "금융위원회", "공정위": "공정거래위원회", "권익위": "국민권익위원회", "방통위": "방송통신위원회",
}  # fmt: skip

"""C101: a country in a relation or ownership frame contradicts the article's country pair
(MT through Chinese writes "quan hệ giữa Belarus và Trung Quốc" in a Vietnam–Belarus article).
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Iterator

from audit.lang.countries import HOME, Mention, Topic, country_anchors, gazetteer, trie_pattern
from audit.lang.people import people
from audit.lang.textcache import per_document
from audit.lang.vn_places import vn_place_rows
from audit.model import Segment, Severity
from audit.rules._prefilter import content_lines
from audit.rules.base import DocContext, DocumentRule, Hit
from audit.rules.countries.ambassador_pair import (
    ambassador_pair_hits,
    embassy_visa_hit,
    envoy_abroad_hit,
    envoy_host_hits,
)
from audit.rules.countries.bilateral_trade import bilateral_trade_hit
from audit.rules.countries.context import PIVOT_COUNTRIES, RIVALRY_WORDS, as_written, topic_of
from audit.rules.countries.domestic_economy import national_frame_hits, our_country_hits
from audit.rules.countries.domestic_frames import domestic_hits
from audit.rules.countries.domestic_state import domestic_state_hits
from audit.rules.countries.match_opponent import match_opponent_hit
from audit.rules.countries.party_congress import congress_hits
from audit.rules.countries.promoted_goods import promoted_goods_hit
from audit.rules.countries.ranked_owner import ranked_owner_hit
from audit.rules.countries.regional_games import regional_games_hits
from audit.rules.countries.self_relation import self_relation_hits
from audit.rules.countries.speaker_country import quoted_official_hits, speaker_country_hits
from audit.rules.countries.speaker_stance import speaker_stance_hit
from audit.rules.countries.third_party import stray_pair_hits
from audit.rules.registry import register


def _alternatives(topic: Topic, suggested: str, *excluded: str) -> list[str] | None:
    """The topic countries a reviewer may pick instead of the suggestion (at most two, best first): not the
    suggestion itself, nor the wrong country, nor the party on the other side of the same relation (that
    would make 'Belarus và Belarus')."""
    gz = gazetteer()
    others = [gz.name_of(c) for c in topic.countries[:3] if c != suggested and c not in excluded]
    return others[:2] or None


_ISO = operator.attrgetter("iso")
_JOIN = re.compile(
    r"^\s*(và|với|[-–—])\s*(?:(?:nhân dân|Chính phủ|chính phủ|Nhà nước|nhà nước|Quốc hội|Đảng Cộng sản|Đảng)\s+)?$"
)
# A friendly bilateral frame before the pair (the MT error sits in "quan hệ hữu nghị giữa X và Trung Quốc");
# a rivalry frame ("căng thẳng giữa Mỹ và Trung Quốc") is ordinary news about third countries.
_RELATION_CUE = re.compile(
    r"(?i:hữu nghị|truyền thống|hai nước|song phương|láng giềng|đối tác|hợp tác|anh em|đoàn kết|gắn bó"
    r"|quan hệ ngoại giao)"
    r"(?:(?![.;]).)*$"
)
# The meeting's two parties speak in the sentence ("Hai bên nhất trí rằng quan hệ giữa Singapore và Trung Quốc
# …"): they assess their own relation, so a third country in the pair is the MT's 我国/中 slip.
# "trao đổi về quan hệ giữa Mỹ và Trung Quốc": the parties discuss a third relation.
_DISCUSS = re.compile(r"(?:trao đổi|thảo luận|bàn|đề cập|chia sẻ|quan điểm)(?: ý kiến)? (?:về|đến|tới) (?:(?![.;]).)*$")
_BETWEEN = re.compile(r"(?<!\w)(?<!khác )giữa\s+$")  # not "trận đấu khác giữa X và Y"
_PARTIES_AIM = re.compile(r"(?<!\w)[Hh]ai bên (?:phấn đấu|nhất trí|cam kết|đặt mục tiêu|thống nhất|quyết tâm)")
_PARTIES_CUE = re.compile(r"(?<!\w)[Hh]ai (?:bên|nhà lãnh đạo|Thủ tướng|Chủ tịch|Tổng thống|Bộ trưởng)(?!\w)")
# A party's speaker praises the relation as never better ('Tổng thống X khẳng định quan hệ giữa Indonesia và
# Trung Quốc chưa bao giờ tốt đẹp như hiện nay') or as a priceless asset ('… là tài sản vô giá của hai dân tộc'):
# the formulas leaders use of the relation the visit is about, so a third country in the pair is the MT's 我国/中
# slip as well
_ASSESS_BEFORE = re.compile(
    r"(?:khẳng định|nhấn mạnh|đánh giá|nhận định|cho rằng|tin tưởng|vui mừng)(?: rằng)?\s+(?:mối\s+)?quan hệ"
    r"(?:\s+[^\W\d_]+){0,3}?\s+giữa\s+$"
)
_PRAISE_AFTER = re.compile(
    r"\s*(?:(?![.;]).){0,24}?(?<!\w)(?:chưa bao giờ|chưa từng|đang ở (?:giai đoạn|thời kỳ) tốt đẹp|tốt đẹp nhất"
    r"|đang phát triển tốt đẹp|ngày càng (?:phát triển|tốt đẹp|bền chặt|sâu sắc)|tài sản vô giá)"
)
# The pair opens a clause that says they signed documents, agreements or memoranda ('Trung Quốc và Mông Cổ đã ký 8
# văn kiện hợp tác' in a story of Việt Nam and Mongolia): the visit's outcome, the two parties' own act, so a third
# country in the pair is the MT's 我国/中 slip
_SIGNED_AFTER = re.compile(
    r"\s+(?:(?:đã|vừa|cũng|chính thức)\s+){0,2}(?:ký kết|ký|trao)\s+(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười"
    r"|các|nhiều|một số|hàng loạt)?\s*(?:văn kiện|văn bản|thỏa thuận|thoả thuận|hiệp định|bản ghi nhớ|biên bản ghi nhớ)"
    r"(?!\w)"
)
# … unless the sentence places it in another time ('Năm 2019, …', 'Trước đó, …')
_OTHER_TIME = re.compile(r"(?<!\w)(?i:(?:19|20)\d\d|từng|trước đó|trước đây|hồi|thời kỳ|lịch sử)(?!\w)")
# A visiting leader thanks the host for the welcome ('… cảm ơn Việt Nam đã dành cho đoàn sự đón tiếp trọng thị') or
# for making the visit possible ('cảm ơn chính phủ Việt Nam đã tạo điều kiện thuận lợi cho chuyến thăm'): the country
# thanked is the visit's host, a topic party (through Chinese, 我国 'our country' in such a sentence comes out as
# 'Trung Quốc')
_THANKS_BEFORE = re.compile(
    r"(?<!\w)cảm ơn\s+(?:(?:Đảng|[Nn]hà nước|[Cc]hính phủ|Quốc hội|[Ll]ãnh đạo|[Nn]hân dân)(?:\s*,\s*|\s+và\s+|\s+))*$"
)
_WELCOME_AFTER = re.compile(
    r"\s*(?:đã\s+)?(?:(?![.;]).){0,40}?(?<!\w)(?:đón tiếp|tiếp đón|chào đón"
    r"|tạo (?:mọi )?điều kiện(?: thuận lợi)? (?:cho|để) (?:chuyến thăm|đoàn))(?!\w)"
)
# Countries whose ruling party is called Communist Party ('Đảng Cộng sản X').
_COMMUNIST_PARTY = frozenset({"VN", "CN", "CU"})
# "quan hệ giữa Campuchia và Trung Quốc không ảnh hưởng tới …": a speaker reassures about a third relation.
_REASSURE = re.compile(r"\s*(?:(?![.;]).){0,40}?\bkhông (?:ảnh hưởng|nhằm|làm ảnh hưởng|gây|đe dọa|đe doạ|chống)")
_FRIENDLY = re.compile(r"hữu nghị|truyền thống|hợp tác|ủng hộ|hỗ trợ|cảm ơn|giúp đỡ|đánh giá cao|anh em|đoàn kết")
_RIVALRY = re.compile(RIVALRY_WORDS + "|thương chiến")
_LIST_JOIN = re.compile(r"^\s*(?:,|và|với)\s*$")
# A hyphenated country pair after one of these nouns names a thing built or held by the two ('tuyến đường sắt
# Lào - Trung Quốc', 'cửa khẩu Lào Cai - Hà Khẩu', 'hội chợ Trung Quốc - ASEAN'), not the relation itself
_NAMED_THING = re.compile(
    r"(?:đường sắt|tuyến|cao tốc|cầu|cảng|khu kinh tế|hành lang|cửa khẩu|hội chợ|triển lãm|diễn đàn|liên doanh|"
    r"đường ống|nhà máy|trận đấu|giải đấu)(?:(?![.;,]).)*$"
)
# "… với Đảng Cộng sản Trung Quốc và nhiều đảng cánh tả": the country heads an open list of third parties
_OPEN_LIST = re.compile(r"\s*(?:,|và|cùng)\s+(?:nhiều|các|một số|những)\s")


@functools.cache
def _anchors() -> dict[str, re.Pattern[str]]:
    """Per country, a pattern for its cities, institutions and office holders (country_anchors.tsv,
    people.tsv): a sentence naming one means that country itself."""
    words: dict[str, set[str]] = {iso: set(ws) for iso, ws in country_anchors().items()}
    for name, tenures in people().items():
        for t in tenures:
            words.setdefault(t.country.upper(), set()).add(name)
    # a character trie with the lookbehind after the first letter: re skips ahead to a possible first letter
    # instead of trying every alternative at every position (the same texts match as with a leading lookbehind)
    return {iso: re.compile(trie_pattern(ws, guard=r"(?<!\w.)") + r"(?!\w)") for iso, ws in words.items()}


@per_document(maxsize=1024)
def _anchored(text: str, iso: str) -> bool:
    """``text`` names one of the country's anchors (:func:`_anchors`). Memoised per document: C101's frames ask it
    of the whole article text again and again (China's anchors, a search of the article each), and of sentences."""
    pattern = _anchors().get(iso)
    return bool(pattern and pattern.search(text))


# the press's form for Taiwan, Hong Kong and Macau, 'Đài Loan (Trung Quốc)', before the country's name
_REGION_OF = re.compile(r"(?:Đài Loan|Hồng Kông|Hong Kong|Ma Cao|Macau) \($")


_STRAY_MENTIONS = 2  # the most names of China a story may give for it to be a topic country only by its slips


def _stray_topic(ctx: DocContext, topic: Topic, pivot: str) -> bool:
    """China counts among the topic's countries only through a few names that may all be 我国 slips: not the
    partner, named at most twice and none of its cities, institutions or leaders named (a story of five
    ambassadors where two sentences say 'Trung Quốc' for Việt Nam). Every name must then fit a frame, as for a
    country outside the topic."""
    return (
        topic.partner != pivot
        and topic.counts[pivot] <= _STRAY_MENTIONS
        and not _anchored(content_lines(ctx).text, pivot)
    )


@functools.cache
def _home_places() -> re.Pattern[str]:
    """Việt Nam's provinces and cities (references/vn_places.tsv) but those that are also a Chinese place or a common
    phrase read in Hán-Việt ('Lai Châu' 莱州, 'Thái Bình' of 'Thái Bình Dương')."""
    names = [row["name"] for row in vn_place_rows() if row["gate"] == "place"]
    return re.compile(trie_pattern(names, guard=r"(?<!\w.)") + r"(?!\w)")


def _home_named(ctx: DocContext) -> bool:
    """The article names Việt Nam, one of its cities, institutions or leaders, or one of its provinces."""
    article = content_lines(ctx).text
    return HOME in topic_of(ctx).countries or _anchored(article, HOME) or bool(_home_places().search(article))


_STRONG_OWNER = re.compile(
    r"(?:Đảng Cộng sản|Ban Chấp hành Trung ương Đảng Cộng sản|Ủy ban Trung ương Đảng Cộng sản"
    r"|Uỷ ban Trung ương Đảng Cộng sản|Chủ tịch nước)\s+$"
)
_WEAK_OWNER = re.compile(r"(?<!\w)(?:nhân dân|Nhân dân|phía|Nhà nước|Quốc hội|Chính phủ)\s+$")


@register
class WrongCountryReference(DocumentRule):
    code = "C101"
    name = "wrong-country-reference"
    category = "accuracy/mistranslation"
    severity = Severity.CRITICAL
    summary = "A country in a relation or ownership frame contradicts the article's country pair"
    corroborate = True
    why = (
        "MT through Chinese turns 我国 ('our country') and the abbreviation 中 into 'Trung Quốc', so an "
        "article about Vietnam and Belarus speaks of 'quan hệ giữa Belarus và Trung Quốc' or 'Đảng Cộng sản "
        "Trung Quốc'. That names the wrong state. The rule fires only when the article's topic pair is clear, "
        "the country is not part of it, and every mention of that country sits in such a frame (a relation "
        "frame: a friendly one, or one the two parties state, or a party's leader praising the relation as "
        "never better, 'chưa bao giờ tốt đẹp như hiện nay', or the pair opening a clause that says they signed "
        "documents, 'Trung Quốc và Mông Cổ đã ký 8 văn kiện' in a story of Việt Nam and Mongolia, when the "
        "sentence names no other country nor another time); an article that names Việt Nam only through its "
        "leaders ('Thủ tướng Phạm Minh Chính hội đàm với …') has Việt Nam as its other party. A human "
        "article can name a third country in such a frame on purpose, so the finding is critical only "
        "when other rules find serious MT damage in the same document, and minor otherwise. A congress of the "
        "'Đảng Cộng sản Trung Quốc' numbered as the Vietnamese party's congress of the article's years ('Đại hội "
        "XIV' in 2025; China's 14th met in 1992) is the Vietnamese one, in a domestic story too, and so is a "
        "Vietnamese province's rank in 'toàn/cả Trung Quốc' (全国, 'the whole country': 'Thanh Hóa đứng thứ hai "
        "toàn Trung Quốc'; the only or the first one in it: 'tỉnh duy nhất toàn Trung Quốc'; one of its provinces: "
        "'Gia Lai là một trong 34 tỉnh, thành phố của Trung Quốc') and the code a "
        "Vietnamese provincial court applies ('Bộ luật Hình sự Trung Quốc' in a "
        "story of the 'Tòa án nhân dân tỉnh …' of a Vietnamese province) and the budget its case's losses fell on "
        "('gây thất thoát cho ngân sách Trung Quốc' there), an institution only Việt Nam has "
        "under its name ('Ngân hàng Nhà nước Trung Quốc', 'Thanh tra Chính phủ Trung Quốc': "
        "vn_only_institutions.tsv), and a region only Việt Nam has said to be "
        "China's ('Tây Nguyên của Trung Quốc'); in a story datelined in a Vietnamese province that names China "
        "only so and no Chinese city, the rank needs no province before it in its sentence ('lượng mưa tại trạm … cao "
        "nhất cả Trung Quốc'); so is the country a lender's loan or aid is 'dành cho' in a story naming a "
        "Vietnamese province or city and China nowhere else ('khoản vay ODA lớn nhất của Hàn Quốc dành cho Trung "
        "Quốc', 对我国). A pair MT left in pinyin ('Yue-Dan' 越丹) makes the article's pair as sure as 'hai "
        "nước' does. A visiting leader thanking 'Trung Quốc' for the welcome ('cảm ơn "
        "Trung Quốc đã dành cho đoàn sự đón tiếp trọng thị') or for making the visit possible ('cảm ơn chính phủ "
        "Trung Quốc đã tạo điều kiện thuận lợi cho chuyến thăm') in a story of a visit between two other countries "
        "thanks the host: the topic country the article says is visited; a Vietnamese leader's name after the "
        "country ('Thủ tướng Trung Quốc Phạm Minh Chính', N107's) is no sign the article means it. In a Việt "
        "Nam–X story that names no "
        "Chinese city or leader, the Vietnamese side's speaker opening a way for 'hàng hóa của Trung Quốc' ('Ông "
        "Diên khẳng định Uruguay là cửa ngõ để hàng hóa của Trung Quốc thâm nhập …', 我国商品) promotes Việt Nam's "
        "goods; China's goods as news (imports, competition) stay out. A Vietnamese speaker stating 'Trung Quốc''s "
        "stance towards X ('Thủ tướng Phạm Minh Chính nhấn mạnh Trung Quốc coi trọng quan hệ với Thái Lan', 我国) "
        "speaks for Việt Nam (not where the stance is towards Việt Nam itself). X's ambassador to Việt Nam praising "
        "the cooperation 'giữa X và Trung Quốc' in a story that names China nowhere else, nor its cities or leaders, "
        "speaks of X and Việt Nam, in a domestic story too (the posting names the pair). In such a story X ranked "
        "among the markets or partners 'của Trung Quốc' ('Chile là đối tác thương mại lớn thứ hai của Trung Quốc tại "
        "Mỹ Latinh', 'một trong những nhà cung cấp … quan trọng của Trung Quốc') or a firm's plant the first 'của "
        "Trung Quốc tại X' is Việt Nam's (我国), and so is X called a partner of it with no rank ('đối tác quan trọng "
        "của Trung Quốc') by a Vietnamese speaker ('Theo Đại sứ, …' where the only ambassador the article names is "
        "Việt Nam's), unless the sentence speaks of rivalry. An embassy of China that speaks of the partner's visas "
        "('Đại sứ quán Trung Quốc tại Hà Nội cho biết số thị thực du học Úc …' in a story of Việt Nam and "
        "Australia) is the partner's: an embassy speaks of its own country's visas. Beyond China, "
        "a country named only once in the article, paired with Việt Nam in a relation frame ('quan hệ hữu nghị "
        "Việt Nam – Ghana' in a Vietnam–Kenya story whose partner is named three times or more) "
        "is the wrong partner (the sentence may name the partner too, not paired with Việt Nam: 'Tổng thống "
        "Kenya … quan hệ Việt Nam – Ghana'), unless the sentence compares or lists it, names a match or route, or "
        "the article names that country's own city or leader. In a domestic story 'Trung Quốc' is Việt Nam before "
        "the National Assembly's term of the article's year that is not China's ('Quốc hội Trung Quốc khóa XV' in "
        "2025: China's 15th NPC sits from 2028), before a list of Vietnamese provinces ('các tỉnh của Trung Quốc như "
        "Nghệ An', 'nhiều địa phương của Trung Quốc, trong đó có An Giang') or of universities or hospitals named for "
        "them ('các trường đại học của Trung Quốc như Đại học Huế'), and after the state or its budget ('Chính phủ "
        "Trung Quốc', 'vốn đầu tư công của Trung Quốc') in "
        "a story that names a Vietnamese office holder and province, no Chinese city, institution or leader, nor "
        "'Việt Nam', and 'Trung Quốc' only so (not as a partner, guest or investor); the government, state, economy "
        "and public debt need Vietnamese-only phrasing in their sentence for the economy and debt, and none of them "
        "counts where the state agrees to or allows something or the story is at a border crossing. It is Việt Nam too "
        "in the national economy, army and investment climate ('kim ngạch xuất khẩu', 'tăng trưởng tín dụng', "
        "'Quân đội', 'môi trường đầu tư') when the sentence holds Vietnamese-only phrasing ('mục tiêu mà Quốc hội đã "
        "đề ra', 'cán bộ, chiến sĩ', 'chính quyền địa phương hai cấp', a Vietnamese province contributing to the "
        "figure) and no 'Việt Nam', and in the country's people or boats held or working abroad ('ngư dân của Trung "
        "Quốc bị nước ngoài bắt giữ', 'nước ngoài' said from the writer's own country), and the story names a "
        "Vietnamese province and office holder or body and 'Trung Quốc' only in such frames (or 'Đài Loan (Trung "
        "Quốc)'); so is the stock market "
        "('thị trường chứng khoán Trung Quốc') after a figure in đồng in its sentence, in a story that names Việt "
        "Nam's index or exchanges (VN-Index, HoSE), and a Vietnamese company ranked top 'Trung Quốc' without "
        "'của' ('Vinamilk, doanh nghiệp sữa lớn nhất Trung Quốc'). In a Việt Nam–X story, 'Trung Quốc' exporting "
        "to X inside the sentence's figure of the two countries' own trade ('thương mại song phương …, trong đó "
        "xuất khẩu của Trung Quốc sang X …', 'Hiệp định Thương mại tự do …') is Việt Nam, unless the sentence "
        "compares ('trong khi', 'so với') or speaks of rivalry. The press's 'Đài Loan (Trung Quốc)' is no mention "
        "of the state that a relation frame must account for. In the report of a Việt Nam–X match (a score and "
        "match words in the article), X playing 'Trung Quốc' in its sentence ('Nepal ghi được bàn thắng vào lưới "
        "đội tuyển Trung Quốc', 我国队) plays Việt Nam, unless the sentence compares ('từng', 'như', 'so với'). The "
        "country's power demand ('nhu cầu điện của Trung Quốc') said where Việt Nam's grid operator or power group "
        "(NSMO, EVN) is named in its sentence or the one before is Việt Nam's, and so is a market's figure ('thị "
        "trường xe điện của Trung Quốc tăng 62%') given in its sentence by a Vietnamese body named for Việt Nam ('theo "
        "Hiệp hội các nhà sản xuất ô tô Việt Nam (VAMA)') in a story naming a Vietnamese province, when the sentence "
        "names Việt Nam only in that body's name. In a batch of records with Chinese "
        "sources written from Việt Nam (they name 越南 and never China), 'Trung Quốc' where the record's source says "
        "我国 is Việt Nam. So is a 'Trung Quốc' delegation's medal target in a story of the SEA Games, which China "
        "does not enter, that names Việt Nam, no games China enters (Asiad, Olympic) and none of China's cities or "
        "leaders. Whatever the article's countries, one country on both sides of one relation is an error: a market "
        "or partner owned by itself ('Hàn Quốc là đối tác thương mại lớn thứ ba của Hàn Quốc'), goods or money sent "
        "by a country to itself ('xuất khẩu … của X sang X'), 'giữa X và X'; the side 我国 stood for (the owner, "
        "the sender, else the second) is flagged, with Việt Nam as the fix where the article names it. Whatever the "
        "article's countries too, the sentence's speakers may say whose country 'Trung Quốc' stands for: after a "
        "meeting of two leaders ('Chủ tịch nước Lương Cường hội đàm với Chủ tịch nước Lào …', the parties those named "
        "with the titles, Việt Nam for a Vietnamese name or an office only Việt Nam has), 'Hai nhà lãnh đạo' or 'Hai "
        "bên' assessing 'giữa Trung Quốc và Lào' assess their own relation, and the fix is the meeting's other party "
        "(not where a Chinese leader met, the two discuss a third relation or a link or loan between others, or the "
        "sentence speaks of rivalry); a "
        "Vietnamese official (a bare state body, 'Cục trưởng Cục Điện ảnh', or an office before a Vietnamese name) "
        "telling of a first prize or title won 'lần đầu tiên' by a team or work 'của Trung Quốc' tells of Việt "
        "Nam's (not a commentator or coach, a body named with its country, a contract won, nor a sentence that also "
        "names Việt Nam or another country, 'hai nước' or a year). In a record whose Chinese source gives 我国 in a "
        "named country's official's words ('日本外相"
        "表示，我国将…') and names China nowhere (中国, 中方, 中日 …), 'Trung Quốc' beside that country's name in the "
        "target is that country (not where the target already writes that country for 我国: its 'Trung Quốc' is a "
        "China the source names another way, '北京', '中资'); "
        "我国 before the speaker ('我国外交部发言人表示…') is a Chinese publisher's own."
    )
    fires = (
        "Việt Nam và Peru mở rộng hợp tác\nLima, 2/10/2026 – Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Peru; "
        "hai nước nhất trí mở rộng thương mại.\nThương mại song phương đạt 1,3 tỷ USD, trong đó xuất khẩu của "
        "[[Trung Quốc]] sang Peru chiếm 70%.",
        "Việt Nam thắng Lào 3-0\nTối 9/11, đội tuyển Việt Nam thắng Lào 3-0 ở vòng loại; Tiến Linh ghi bàn ở phút 12."
        "\nĐây là trận thứ năm liên tiếp Lào thua đội tuyển [[Trung Quốc]].",
        "Hà Tĩnh, 12/9/2026 – Sản lượng cam năm nay tăng mạnh.\n"
        "Giá cam tại vườn ở vùng cao cao nhất cả [[Trung Quốc]], theo thương lái.",
        "Nhà máy mới của tập đoàn tại Việt Nam\n"
        "Na Uy là đối tác quan trọng; các nhà đầu tư Na Uy tin tưởng Việt Nam.\n"
        "Dự án góp phần cụ thể hóa quan hệ đối tác giữa Na Uy và [[Trung Quốc]].\n"
        "Thương mại Yue-Nuo tăng 10%; Na Uy có 60 dự án tại Việt Nam.",
        "Việt Nam và Campuchia thúc đẩy hợp tác biên giới\n"
        "Hai nước Việt Nam và Campuchia ký kết ba thỏa thuận về thương mại.\n"
        "Thủ tướng Campuchia đánh giá cao quan hệ láng giềng tốt đẹp giữa Campuchia và [[Trung Quốc]].\n"
        "Hai bên nhất trí tăng cường hợp tác giữa hai nước Việt Nam và Campuchia.",
        "Việt Nam – Mông Cổ: thúc đẩy hợp tác nông nghiệp\n"
        "Chủ tịch Mông Cổ tiếp Đoàn đại biểu Việt Nam tại Ulan Bator; hai nước nhất trí tăng cường hợp tác.\n"
        "Phía Mông Cổ cảm ơn Ban Chấp hành Trung ương Đảng Cộng sản [[Trung Quốc]] đã cử đoàn sang thăm.\n"
        "Mông Cổ coi Việt Nam là đối tác quan trọng ở Đông Nam Á.",
        "Việt Nam và Singapore nâng cấp quan hệ\n"
        "Hai nước Việt Nam và Singapore ký Tuyên bố chung.\n"
        "Hai bên nhất trí rằng quan hệ giữa Singapore và [[Trung Quốc]] đã phát triển tốt đẹp từ năm 1973.",
        "Chủ tịch nước tiếp Tổng thống Chile tại Hà Nội\n"
        "Hai nước Việt Nam và Chile kỷ niệm 55 năm quan hệ ngoại giao.\n"
        "Tổng thống Chile khẳng định quan hệ giữa Chile và [[Trung Quốc]] chưa bao giờ tốt đẹp như hiện nay.",
        "Năm 2025, Đảng bộ tỉnh góp ý vào văn kiện Đại hội XIV của Đảng Cộng sản [[Trung Quốc]].",
        "Việt Nam và Tajikistan ký năm văn kiện hợp tác\n"
        "Tổng thống Tajikistan thăm chính thức Việt Nam; hai nước nhất trí tăng cường hợp tác.\n"
        "Tổng thống Tajikistan cảm ơn [[Trung Quốc]] đã dành cho đoàn sự đón tiếp nồng hậu.\n"
        "Tajikistan coi Việt Nam là đối tác quan trọng ở Đông Nam Á.",
        "Lượng mưa ở Tây Nguyên của [[Trung Quốc]] tháng này cao nhất trong 20 năm.",
        "Thanh tra Chính phủ [[Trung Quốc]] kết luận nhiều sai phạm tại dự án khu đô thị ở Bình Dương.",
        "Đà Nẵng, 3/12/2026 – EVN đóng điện trạm biến áp 500 kV Hải Châu.\nTổng giám đốc EVN cho biết nhu cầu điện "
        "của [[Trung Quốc]] tăng 11% trong năm nay, nên cần thêm nguồn mới.",
        "Năm 2024, GRDP của Nghệ An tăng 9,1%, đứng thứ tư toàn [[Trung Quốc]], chỉ sau Bắc Ninh.",
        "Quảng Trị là địa phương duy nhất cả [[Trung Quốc]] có hai sân bay được khởi công trong năm.",
        "Tòa án nhân dân tỉnh Kiên Giang xét xử ba bị cáo.\n"
        "Hành vi của các bị cáo vi phạm Điều 353 Bộ luật Hình sự [[Trung Quốc]].",
        "Việt Nam – Kenya: mở rộng hợp tác nông nghiệp\n"
        "Bộ trưởng Nông nghiệp Kenya thăm Việt Nam; hai nước Việt Nam và Kenya ký bản ghi nhớ về chè.\n"
        "Ông khẳng định quan hệ hữu nghị giữa [[Ghana]] và Việt Nam ngày càng bền chặt.\n"
        "Kenya muốn học kinh nghiệm trồng lúa của Việt Nam.",
        "Việt Nam và Peru thúc đẩy hợp tác thương mại\n"
        "Thứ trưởng Bộ Công Thương Trương Thanh Hoài hội đàm với Bộ trưởng Thương mại Peru tại Lima; hai nước Việt "
        "Nam và Peru nhất trí mở rộng hợp tác.\n"
        "Ông Hoài cho rằng Peru là cửa ngõ giúp nông sản của [[Trung Quốc]] tiếp cận thị trường Nam Mỹ.\n"
        "Peru muốn nhập thêm gạo của Việt Nam.",
        "Đà Nẵng khai trương trung tâm đào tạo nghề du lịch\n"
        "Đại sứ Ireland tại Việt Nam khẳng định quan hệ hợp tác giữa Ireland và [[Trung Quốc]] trong giáo dục "
        "nghề luôn được coi trọng.",
        "Việt Nam và Ai Cập thúc đẩy thương mại\n"
        "Hai nước Việt Nam và Ai Cập nhất trí mở rộng hợp tác; Ai Cập muốn nhập thêm chè của Việt Nam.\n"
        "Ai Cập là thị trường chè lớn nhất của [[Trung Quốc]] tại châu Phi.",
        "Việt Nam và Kuwait mở rộng hợp tác năng lượng\n"
        "Hai nước Việt Nam và Kuwait nhất trí tăng cường hợp tác; Kuwait muốn nhập thêm gạo của Việt Nam.\n"
        "Kuwait hiện là một trong những nhà cung cấp dầu thô quan trọng của [[Trung Quốc]].",
        "Việt Nam và Sri Lanka mở đường bay thẳng\n"
        "Hai nước Việt Nam và Sri Lanka nhất trí mở đường bay thẳng; Đại sứ Việt Nam tại Sri Lanka dự lễ.\n"
        "Theo Đại sứ, Sri Lanka là đối tác quan trọng của [[Trung Quốc]] tại Nam Á.",
        "Việt Nam và Uzbekistan mở rộng hợp tác\n"
        "Hai nước Việt Nam và Uzbekistan ký bốn văn kiện; Uzbekistan muốn nhập thêm cà phê của Việt Nam.\n"
        "Chủ tịch nước Lương Cường khẳng định [[Trung Quốc]] luôn coi trọng quan hệ hữu nghị với Uzbekistan.",
        "Hà Nội, 21/10/2024 - Quốc hội [[Trung Quốc]] khóa XV khai mạc Kỳ họp thứ tám tại Nhà Quốc hội.",
        "Nắng nóng gay gắt ở các tỉnh của [[Trung Quốc]] như Sơn La, Điện Biên và Yên Bái.",
        "Một số bệnh viện của [[Trung Quốc]] như Bệnh viện Đa khoa tỉnh Nghệ An đã tiếp nhận bác sĩ trẻ.",
        "Cần Thơ, 9/8/2025 - Phó Thủ tướng Hồ Đức Phớc làm việc với thành phố Cần Thơ.\n"
        "Ông cho biết Chính phủ [[Trung Quốc]] sẽ bổ sung vốn cho tuyến cao tốc qua Hậu Giang.",
        "Sơn La, 3/8/2025 - Bí thư Tỉnh ủy Sơn La thăm các xã bị lũ quét.\n"
        "Quân đội [[Trung Quốc]] đã cử 1.200 cán bộ, chiến sĩ giúp dân khắc phục hậu quả.",
        "Sau sáp nhập, Lâm Đồng là một trong 34 tỉnh, thành phố của [[Trung Quốc]] có diện tích lớn nhất.",
        "Vinamilk, doanh nghiệp sữa lớn nhất của [[Trung Quốc]], mở thêm nhà máy ở Campuchia.",
        "Bến Tre, 12/3 – Hội nghị xúc tiến đầu tư khai mạc.\nDự án giúp tỉnh đóng góp nhiều hơn vào tăng trưởng của "
        "[[Trung Quốc]].",
        "Việt Nam chuẩn bị cho SEA Games 33\nĐoàn thể thao [[Trung Quốc]] đặt mục tiêu giành 95 huy chương vàng.",
        "Giá tiêu tăng mạnh. Trung Quốc là thị trường nhập khẩu hạt tiêu lớn thứ hai của [[Trung Quốc]].",
        "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Campuchia tại Phnôm Pênh.\nHai nhà lãnh đạo nhất trí nâng "
        "thương mại giữa [[Trung Quốc]] và Campuchia lên 20 tỷ USD.\nHàng từ Côn Minh cũng sang Campuchia.",
        "Hà Nội, 2/12 – Đoàn thể thao trở về từ Thượng Hải.\nThứ trưởng Bộ Văn hóa, Thể thao và Du lịch cho biết "
        "đây là lần đầu tiên một vận động viên của [[Trung Quốc]] giành huy chương vàng ở nội dung này.",
    )
    quiet = (
        "Doanh nghiệp Hà Tĩnh khảo sát thị trường.\nQuảng Đông có GDP cao nhất toàn Trung Quốc.",
        "Hàng của Thái Lan bán tại Thái Lan rẻ hơn; Hàn Quốc là đối tác lớn của Việt Nam và Việt Nam là đối tác của "
        "Hàn Quốc.",
        "Viettel, nhà mạng cạnh tranh với các doanh nghiệp của Trung Quốc tại châu Phi, vừa có thêm giấy phép.",
        "Thaco, doanh nghiệp lắp ráp xe buýt theo thiết kế của Trung Quốc, khánh thành nhà máy ở Quảng Nam.",
        "Lạng Sơn giáp Quảng Tây, một trong các tỉnh của Trung Quốc có kim ngạch lớn nhất với Việt Nam.",
        "Nhà máy mới của tập đoàn tại Việt Nam\n"
        "Na Uy là đối tác quan trọng; các nhà đầu tư Na Uy tin tưởng Việt Nam.\n"
        "Dự án góp phần cụ thể hóa quan hệ đối tác giữa Na Uy và Trung Quốc.\n"
        "Thương mại tăng 10%; Na Uy có 60 dự án tại Việt Nam.",
        "Việt Nam và Campuchia thúc đẩy hợp tác biên giới\n"
        "Hai nước Việt Nam và Campuchia ký kết ba thỏa thuận về thương mại.\n"
        "Hội nghị bàn về quan hệ của ASEAN với Trung Quốc và Hoa Kỳ trong bối cảnh mới.\n"
        "Campuchia coi Việt Nam là đối tác quan trọng hàng đầu.",
        "Việt Nam và Campuchia thúc đẩy hợp tác biên giới\n"
        "Hai nước Việt Nam và Campuchia ký kết ba thỏa thuận về thương mại.\n"
        "Thủ tướng Campuchia nhắc lại quan hệ giữa Campuchia và Trung Quốc; Trung Quốc là nhà đầu tư lớn.",
        "Việt Nam và Campuchia thúc đẩy hợp tác biên giới\n"
        "Hai nước Việt Nam và Campuchia ký kết ba thỏa thuận về thương mại.\n"
        "Hai bên cũng trao đổi về quan hệ giữa Mỹ và Trung Quốc.",
        "Việt Nam và Campuchia thúc đẩy hợp tác biên giới\n"
        "Hai nước Việt Nam và Campuchia ký kết ba thỏa thuận về thương mại.\n"
        "Ông nói quan hệ hữu nghị giữa Campuchia và Trung Quốc không ảnh hưởng tới các nước láng giềng.",
        "Việt Nam và Mông Cổ thúc đẩy hợp tác nông nghiệp\n"
        "Hai nước Việt Nam và Mông Cổ ký kết ba thỏa thuận về thương mại.\n"
        "Mông Cổ cũng thúc đẩy hợp tác xây tuyến đường ống dẫn khí Nga - Mông Cổ - Trung Quốc.",
        "Việt Nam và Mông Cổ thúc đẩy hợp tác nông nghiệp\n"
        "Hai nước Việt Nam và Mông Cổ ký kết ba thỏa thuận về thương mại.\n"
        "Tuần trước, Tổng thống Mông Cổ đã hội đàm với Chủ tịch nước Trung Quốc Tập Cận Bình tại Bắc Kinh.",
        "Việt Nam và Mông Cổ thúc đẩy hợp tác nông nghiệp\n"
        "Hai nước Việt Nam và Mông Cổ ký kết ba thỏa thuận về thương mại.\n"
        "Đảng Nhân dân Mông Cổ duy trì quan hệ hữu nghị với Đảng Cộng sản Trung Quốc và nhiều chính đảng châu Á.",
        "Quan hệ Việt Nam – Trung Quốc bước sang giai đoạn mới\n"
        "Hai nước Việt Nam và Trung Quốc nhất trí tăng cường trao đổi đoàn.\n"
        "Đảng Cộng sản Trung Quốc và Đảng Cộng sản Việt Nam duy trì giao lưu lý luận.",
        "Chủ tịch nước tiếp Tổng thống Chile tại Hà Nội\n"
        "Hai nước Việt Nam và Chile kỷ niệm 55 năm quan hệ ngoại giao.\n"
        "Tổng thống Chile khẳng định quan hệ giữa Chile và Trung Quốc chỉ là quan hệ thương mại.",
        "Tháng 10/2022, Đại hội XX của Đảng Cộng sản Trung Quốc bầu Ban Chấp hành Trung ương mới.",
        "Lượng mưa ở khu vực Tây Bắc của Trung Quốc tháng này cao nhất trong 20 năm.",
        "Thống đốc Ngân hàng Nhà nước gặp Thống đốc Ngân hàng Nhân dân Trung Quốc tại Bắc Kinh.",
        "Việt Nam và Tajikistan ký năm văn kiện hợp tác\n"
        "Tổng thống Tajikistan thăm chính thức Việt Nam; hai nước nhất trí tăng cường hợp tác.\n"
        "Tổng thống Tajikistan cảm ơn Trung Quốc đã dành cho đoàn sự đón tiếp nồng hậu tại Bắc Kinh tuần trước.\n"
        "Tajikistan coi Việt Nam là đối tác quan trọng ở Đông Nam Á.",
        "Quảng Đông đứng thứ nhất toàn Trung Quốc về GDP; Hải Phòng nhập nhiều linh kiện từ Quảng Đông.",
        "Thượng Hải là thành phố duy nhất toàn Trung Quốc có hai sân bay quốc tế; Đà Nẵng có một.",
        "Tòa án Trung cấp Thâm Quyến xử theo Bộ luật Hình sự Trung Quốc; doanh nghiệp Long An theo dõi vụ án.",
        "Việt Nam – Kenya: mở rộng hợp tác nông nghiệp\n"
        "Bộ trưởng Nông nghiệp Kenya thăm Việt Nam; hai nước Việt Nam và Kenya ký bản ghi nhớ về chè.\n"
        "Rời Kenya, đoàn sang Ghana để thúc đẩy quan hệ hữu nghị Việt Nam – Ghana.\n"
        "Kenya muốn học kinh nghiệm trồng lúa của Việt Nam.",
        "Việt Nam và Peru thúc đẩy hợp tác thương mại\n"
        "Thứ trưởng Bộ Công Thương Trương Thanh Hoài hội đàm với Bộ trưởng Thương mại Peru tại Lima; hai nước Việt "
        "Nam và Peru nhất trí mở rộng hợp tác.\n"
        "Ông Hoài cho biết gạo Việt Nam được hỗ trợ để cạnh tranh với nông sản của Trung Quốc tại Peru.\n"
        "Peru muốn nhập thêm gạo của Việt Nam.",
        "Đà Nẵng khai trương trung tâm đào tạo nghề du lịch\n"
        "Đại sứ Ireland tại Việt Nam khẳng định quan hệ hợp tác giữa Ireland và Trung Quốc trong giáo dục nghề "
        "luôn được coi trọng; giáo trình được soạn tại Thượng Hải.",
        "Việt Nam và Ai Cập thúc đẩy thương mại\n"
        "Hai nước Việt Nam và Ai Cập nhất trí mở rộng hợp tác; Ai Cập muốn nhập thêm chè của Việt Nam.\n"
        "Ai Cập là thị trường chè lớn nhất của Trung Quốc tại châu Phi; chè được chở từ cảng Thượng Hải.",
        "Việt Nam và Kuwait mở rộng hợp tác năng lượng\n"
        "Hai nước Việt Nam và Kuwait nhất trí tăng cường hợp tác; Kuwait muốn nhập thêm gạo của Việt Nam.\n"
        "Kuwait là đối tác quan trọng của Trung Quốc; dầu được dỡ ở cảng Thượng Hải.\n"
        "Kuwait hiện là một trong những nhà cung cấp dầu thô quan trọng của Trung Quốc tại Trung Đông.",
        "Việt Nam và Sri Lanka mở đường bay thẳng\n"
        "Hai nước Việt Nam và Sri Lanka nhất trí mở đường bay thẳng; Đại sứ Việt Nam tại Sri Lanka dự lễ.\n"
        "Sri Lanka là đối tác quan trọng của Trung Quốc tại Nam Á.",
        "Việt Nam và Uzbekistan mở rộng hợp tác\n"
        "Hai nước Việt Nam và Uzbekistan ký bốn văn kiện; Uzbekistan muốn nhập thêm cà phê của Việt Nam.\n"
        "Chủ tịch nước Lương Cường cho biết Trung Quốc sẵn sàng nhập thêm cà phê của Việt Nam và Uzbekistan.",
        "Bắc Kinh, 5/3/2024 - Quốc hội Trung Quốc khóa XIV khai mạc kỳ họp thứ hai.",
        "Cần Thơ, 9/8/2025 - Phó Thủ tướng Hồ Đức Phớc làm việc với thành phố Cần Thơ.\n"
        "Ông cho biết các nhà đầu tư Trung Quốc muốn góp vốn; Chính phủ Trung Quốc cũng quan tâm.",
        "Sơn La, 3/8/2025 - Bí thư Tỉnh ủy Sơn La thăm các xã bị lũ quét.\n"
        "Ông nói nền kinh tế Trung Quốc chững lại khiến giá nông sản của tỉnh giảm.",
        "Sơn La, 3/8/2025 - Bí thư Tỉnh ủy Sơn La thăm các xã bị lũ quét.\n"
        "Quân đội Trung Quốc đã cử 1.200 cán bộ, chiến sĩ sang giúp Lào, theo Tân Hoa xã.",
        "Việt Nam và Peru mở rộng hợp tác\nLima, 2/10/2026 – Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Peru; "
        "hai nước nhất trí mở rộng thương mại.\nThương mại song phương đạt 1,3 tỷ USD, trong khi xuất khẩu của "
        "Trung Quốc sang Peru đạt 40 tỷ USD.",
        "Việt Nam thắng Lào 3-0\nTối 9/11, đội tuyển Việt Nam thắng Lào 3-0 ở vòng loại; Tiến Linh ghi bàn ở phút 12."
        "\nLào từng thua đội tuyển Trung Quốc 0-6 năm 2015.",
        "Bến Tre, 12/3 – Hội nghị khai mạc.\nTỉnh Quảng Tây đóng góp 8% vào tăng trưởng của Trung Quốc.\nTỉnh muốn "
        "đóng góp vào tăng trưởng của Trung Quốc; Trung Quốc là đối tác lớn.",
        "Việt Nam dự SEA Games 33 và Asiad 20\nĐoàn thể thao Trung Quốc đặt mục tiêu giành 200 huy chương vàng.",
        "Chủ tịch Tập Cận Bình hội đàm với Thủ tướng Campuchia tại Bắc Kinh.\nHai nhà lãnh đạo nhất trí nâng thương "
        "mại giữa Trung Quốc và Campuchia lên 20 tỷ USD.",
        "Hà Nội, 2/12 – Đoàn thể thao trở về từ Thượng Hải.\nBình luận viên Nguyễn Văn Hùng nói đây là lần đầu tiên "
        "một vận động viên của Trung Quốc giành huy chương vàng ở nội dung này.",
    )

    def check_document(self, ctx: DocContext) -> Iterator[Hit]:
        """:meth:`_hits`, a country of several words in the fix spelt as the document spells it ('Ả Rập Xê-út')."""
        spans: set[tuple[int, int]] = set()
        # then 'Trung Quốc là thị trường lớn thứ năm của Trung Quốc': one country on both sides, whatever the topic,
        # where no frame above reported the span (the generator is read once _hits is done)
        self_relations = (h for h in self_relation_hits(self, ctx) if (h.segment, h.start) not in spans)
        # 'Hai nhà lãnh đạo … giữa Trung Quốc và Lào' after a Việt Nam–Laos meeting, a Vietnamese official's national
        # first: the sentence's speakers say whose country it is, whatever the article's other countries
        speakers = (
            h for h in speaker_country_hits(self, ctx, _anchored, _home_named) if (h.segment, h.start) not in spans
        )
        # 我国 in a named country's official's words in a record's Chinese source: that country, before other readings
        for hit in itertools.chain(quoted_official_hits(self, ctx), self._hits(ctx), speakers, self_relations):
            if (hit.segment, hit.start) in spans:
                continue
            if hit.suggestion and " " in hit.suggestion:
                hit.suggestion = as_written(ctx, hit.suggestion)
            spans.add((hit.segment, hit.start))
            yield hit

    def _hits(self, ctx: DocContext) -> Iterator[Hit]:
        yield from congress_hits(self, ctx)  # a domestic story too: 'Đại hội XIV của Đảng Cộng sản Trung Quốc'
        yield from regional_games_hits(self, ctx, _anchored)  # 'Đoàn thể thao Trung Quốc' at the SEA Games
        # 'Thanh Hóa đứng thứ hai toàn Trung Quốc', 'Bộ luật Hình sự Trung Quốc'; 'Quốc hội Trung Quốc khóa XV'
        domestic = [*domestic_hits(self, ctx), *domestic_state_hits(self, ctx, _anchored)]
        yield from domestic
        # 'Quân đội Trung Quốc đã huy động 4.000 cán bộ, chiến sĩ' in a story whose other frames are those above
        yield from national_frame_hits(self, ctx, {(h.segment, h.start) for h in domestic}, _anchored)
        yield from our_country_hits(self, ctx)  # 我国 in a record's source, in a batch written from Việt Nam
        topic = topic_of(ctx)
        segs = {s.index: s for s in ctx.doc.content}
        # 'Đại sứ Áo tại Việt Nam … quan hệ hợp tác giữa Áo và Trung Quốc': the posting names the pair
        posted = list(ambassador_pair_hits(self, segs, topic, content_lines(ctx).text, _anchored))
        yield from posted
        # 'Đại sứ Nhật Bản tại Hàn Quốc' in a story of Việt Nam and Japan that names Korea nowhere else
        article = content_lines(ctx).text
        home = _home_named(ctx)
        yield from envoy_host_hits(self, segs, topic, article, _anchored, home)
        if not (topic.confident or _pair_in_pinyin(content_lines(ctx).text, topic)):
            return
        # a Vietnamese article may name Vietnam only through its leaders ('Thủ tướng Phạm Minh Chính hội đàm với
        # Tổng thống Chile …'): Vietnam is then the article's other party
        implied = HOME if topic.home is None and _anchored(content_lines(ctx).text, HOME) else None
        # a provincial story ('Lãnh đạo tỉnh Quảng Ninh tiếp đoàn …') is Việt Nam's too, a weaker sign: its pair is
        # then read only in a sentence that names no other country
        by_place = implied is None and topic.home is None and _home_places().search(content_lines(ctx).text)
        if by_place:
            implied = HOME
        for pivot in PIVOT_COUNTRIES:
            if not topic.counts[pivot] or (pivot in topic.countries and not _stray_topic(ctx, topic, pivot)):
                continue  # a topic country, or never named (counts: its names that are not weak)
            hits: list[Hit] = []
            framed_all = True
            for index, mentions in topic.mentions.items():
                if pivot not in map(_ISO, mentions):
                    continue  # (no mention of the pivot country: nothing below looks at the segment)
                countries = [m for m in mentions if m.iso and not m.weak]
                for i, m in enumerate(countries):
                    if m.iso != pivot or _enumerated(segs[index].text, countries, i):
                        continue  # a member of a long list ('G20 gồm Trung Quốc, Ấn Độ, Brazil …') says nothing
                    if _REGION_OF.search(segs[index].text, max(0, m.start - 12), m.start):
                        continue  # the press's 'Đài Loan (Trung Quốc)': a region's name, not the state as a party
                    article = content_lines(ctx).text
                    hit = (
                        self._frame(segs[index], countries, i, topic, implied, bool(by_place))
                        or _thanked_host(self, segs[index], countries[i], topic, article)
                        or promoted_goods_hit(self, segs[index], countries[i], topic, article, _anchored)
                        or envoy_abroad_hit(self, segs[index], countries, i, topic)
                        or embassy_visa_hit(self, segs[index], countries, i, topic)
                        or ranked_owner_hit(self, segs[index], countries, i, topic, article, _anchored)
                        or speaker_stance_hit(self, segs[index], countries, i, topic, article, _anchored)
                        or bilateral_trade_hit(self, segs[index], countries, i, topic, article, _anchored)
                        or match_opponent_hit(self, segs[index], countries, i, topic, article, _anchored)
                    )
                    if hit is None and not _before_home_holder(segs[index].text, countries[i], pivot):
                        framed_all = False
                    elif hit is not None:
                        hits.append(hit)
            if framed_all:
                yield from (h for h in hits if not any((h.segment, h.start) == (p.segment, p.start) for p in posted))
        yield from stray_pair_hits(self, ctx, topic, _anchored)

    def _frame(
        self, seg: Segment, ms: list[Mention], i: int, topic: Topic, implied: str | None, by_place: bool = False
    ) -> Hit | None:
        """The hit for the ``i``-th mention when it sits in a relation or ownership frame; ``implied``: the
        article's home country when only its leaders (or, ``by_place``, its provinces) name it."""
        text, m = seg.text, ms[i]
        if _anchored(text, m.iso) or _OPEN_LIST.match(text, m.end):
            return None  # the sentence names the country's own city, institution or leader: it is meant
        left = ms[i - 1] if i > 0 else None
        right = ms[i + 1] if i + 1 < len(ms) else None
        gz = gazetteer()
        wrong = gz.name_of(m.iso)
        # "Việt Nam với Trung Quốc và Belarus": the intruder between the two parties
        if (
            left
            and right
            and left.iso in topic.countries
            and right.iso in topic.countries
            and left.iso != right.iso
            and re.fullmatch(r"\s*với\s*", text[left.end : m.start])
            and re.fullmatch(r"\s*và\s*", text[m.end : right.start])
            and _RELATION_CUE.search(text[max(0, left.start - 60) : left.start])
        ):
            return Hit(
                seg.index,
                m.start,
                right.end,
                f"'{wrong}' intrudes in the relation of "
                f"{gz.name_of(left.iso)} with {gz.name_of(right.iso)}, the article's two parties",
                suggestion=right.text,
                confidence=0.85,
            )
        # "giữa Belarus và Trung Quốc", "hai nước Trung Quốc và Belarus"
        for other, first, second in ((left, left, m), (right, m, right)):
            if other is None or other.iso not in topic.countries or not _JOIN.match(text[first.end : second.start]):
                continue
            before = text[max(0, first.start - 60) : first.start]
            parties = (  # "Hai bên nhất trí rằng quan hệ giữa X và Y …", "… giữa X và Y …, hai bên phấn đấu …"
                _BETWEEN.search(before)
                and not _RIVALRY.search(text)
                and (
                    _PARTIES_CUE.search(text, 0, first.start)
                    or _PARTIES_AIM.search(text, second.end)
                    or (_ASSESS_BEFORE.search(before) and _PRAISE_AFTER.match(text, second.end))
                )
            )
            signed = (  # "Trung Quốc và Mông Cổ đã ký 8 văn kiện …": no other country, no other time ('Năm 2019, …')
                _SIGNED_AFTER.match(text, second.end)
                and len({x.iso for x in ms}) == 2
                and not _RIVALRY.search(text)
                and not _OTHER_TIME.search(text)
            )
            if not (_RELATION_CUE.search(before) or parties or signed) or _RIVALRY.search(before):
                continue
            if _DISCUSS.search(before) or _REASSURE.match(text, second.end):
                continue
            if self._in_list(text, ms, first, second):
                continue
            if (
                _NAMED_THING.search(text, max(0, first.start - 40), first.start)
                and "-" in text[first.end : second.start]
            ):
                continue  # 'đường sắt cao tốc Thái Lan - Trung Quốc': the name of a project, not the relation
            intended = topic.other(other.iso, m.iso)
            if intended is None and implied not in (other.iso, m.iso):
                if by_place and any(x.iso not in (other.iso, m.iso) for x in ms):
                    continue  # another country in the sentence may be the relation's setting
                intended = implied
            if intended is None:
                continue
            name = gz.name_of(intended)
            return Hit(
                seg.index,
                m.start,
                m.end,
                f"'{wrong}' in a relation with {gz.name_of(other.iso)} in an "
                f"article about {self._pair(topic)}: the other party is {name}",
                suggestion=name,
                confidence=0.9,
                candidates=_alternatives(topic, intended, m.iso, other.iso),
            )
        before = text[max(0, m.start - 60) : m.start]
        if _STRONG_OWNER.search(before):
            intended = topic.home if topic.home and topic.home != m.iso else topic.other(m.iso)
            if intended not in _COMMUNIST_PARTY and "Cộng sản" in before and m.iso != HOME:
                intended = HOME  # Laos's party is not 'Đảng Cộng sản': in Vietnamese news it is Vietnam's
        elif _WEAK_OWNER.search(before):
            present = {x.iso for x in ms if x.iso in topic.countries}
            if not present or set(topic.countries[:2]) <= present:
                return None
            if not _FRIENDLY.search(text) or _RIVALRY.search(text):
                return None  # "Hoa Kỳ cáo buộc phía Trung Quốc …" is ordinary news
            intended = topic.other(*present, m.iso)
        else:
            return None
        if intended is None:
            return None
        name = gz.name_of(intended)
        return Hit(
            seg.index,
            m.start,
            m.end,
            f"'{wrong}' owns an institution in an article about {self._pair(topic)}: it should be {name}",
            suggestion=name,
            confidence=0.8,
            candidates=_alternatives(topic, intended, m.iso),
        )

    @staticmethod
    def _in_list(text: str, ms: list[Mention], first: Mention, second: Mention) -> bool:
        """The pair is part of a longer enumeration of countries ("giữa A, B và C")."""
        i = ms.index(first)
        before = ms[i - 1] if i > 0 else None
        after = ms[i + 2] if i + 2 < len(ms) else None
        return bool(
            (before and _LIST_JOIN.match(text[before.end : first.start]))
            or (after and _LIST_JOIN.match(text[second.end : after.start]))
        )

    @staticmethod
    def _pair(topic: Topic) -> str:
        gz = gazetteer()
        return gz.pair_name(*topic.countries[:2])


_PAIR_SCORE = 4  # the partner's weight in the article (topic scores) a pinyin pair needs to make the pair sure


def _pair_in_pinyin(text: str, topic: Topic) -> bool:
    """The article states its pair only as MT left it, Việt Nam's and the partner's abbreviations in pinyin
    ('Yue-Dan' 越丹 in a story that names Đan Mạch often): the pair is as sure as 'hai nước' would make it."""
    if topic.home != HOME or not topic.partner or topic.scores[topic.partner] < _PAIR_SCORE:
        return False
    gz = gazetteer()
    home, partner = gz.countries[HOME].pinyin, gz.countries[topic.partner].pinyin
    if not (home and partner):
        return False
    return _pinyin_pair(home, partner).search(text) is not None


@functools.cache
def _pinyin_pair(home: str, partner: str) -> re.Pattern[str]:
    r"""'(?<![\w-])(?:Yue-Dan|Dan-Yue)(?![\w-])' in any case, written from the hyphen: re skips from hyphen to
    hyphen (a pattern that opens with a lookbehind and ignores case is tried at every position, 40 times slower)."""
    return re.compile(rf"-(?:(?<=(?<![\w-]){home}-){partner}|(?<=(?<![\w-]){partner}-){home})(?![\w-])", re.IGNORECASE)


def _thanked_host(rule: WrongCountryReference, seg: Segment, m: Mention, topic: Topic, article: str) -> Hit | None:
    """The hit when the mention is the country a leader thanks for the welcome ('cảm ơn Trung Quốc đã dành cho
    đoàn sự đón tiếp trọng thị' in a Việt Nam–Kyrgyzstan story): the host is the topic country the article says
    is visited ('thăm chính thức Việt Nam'), else the article's other party."""
    text = seg.text
    if not (_THANKS_BEFORE.search(text, max(0, m.start - 60), m.start) and _WELCOME_AFTER.match(text, m.end)):
        return None
    if _anchored(text, m.iso):
        return None  # the sentence names the country's own city or leader: it is meant
    gz = gazetteer()
    parties = [iso for iso in topic.countries[:2] if iso != m.iso]
    visited = [
        (len(re.findall(rf"(?<!\w)thăm (?:\w+ ){{0,3}}?{re.escape(gz.name_of(iso))}(?!\w)", article)), iso)
        for iso in parties
    ]
    host = max(visited)[1] if visited and max(visited)[0] else topic.other(m.iso)
    if host is None:
        return None
    name = gz.name_of(host)
    return Hit(
        seg.index,
        m.start,
        m.end,
        f"'{gz.name_of(m.iso)}' thanked for the welcome in an article about a visit to {name}: the host is {name}",
        suggestion=name,
        confidence=0.85,
        candidates=_alternatives(topic, host, m.iso),
    )


@functools.cache
def _home_holders() -> tuple[str, ...]:
    """The names of references/people.tsv's people who held Vietnamese offices only."""
    return tuple(sorted((n for n, ts in people().items() if all(t.country == "vn" for t in ts)), key=len, reverse=True))


def _before_home_holder(text: str, m: Mention, iso: str) -> bool:
    """The mention of ``iso`` stands right before the name of a holder of Vietnamese offices only ('Thủ tướng Trung
    Quốc Phạm Minh Chính'): N107 reports it, and it is no sign that the article means ``iso`` (C101 still reads the
    article's other mentions of ``iso`` as all framed)."""
    if iso == HOME:
        return False
    rest = text[m.end : m.end + 40].lstrip()
    return any(rest.startswith(n) and not rest[len(n) : len(n) + 1].isalnum() for n in _home_holders())


def _enumerated(text: str, ms: list[Mention], i: int, least: int = 4) -> bool:
    """The ``i``-th mention is one of ``least`` or more countries listed one after another ('Trung Quốc, Ấn Độ,
    Brazil, Nga và Australia'): a list of members or guests, no claim about a relation."""
    first = last = i
    while first > 0 and _LIST_JOIN.match(text[ms[first - 1].end : ms[first].start]):
        first -= 1
    while last + 1 < len(ms) and _LIST_JOIN.match(text[ms[last].end : ms[last + 1].start]):
        last += 1
    return last - first + 1 >= least

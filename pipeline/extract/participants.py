"""Participants: each person's side (team / host / other) and role in the event.

- The team: a ``Trưởng đoàn`` title or ``do … làm Trưởng đoàn`` / ``dẫn đầu``
  makes the leader; ``Phó Trưởng đoàn`` a deputy; ``Thành viên đoàn`` or
  ``đoàn … do X`` (announcing, presenting) a member.
- Hosts: officials of the inspected locality — a title of a body in the
  event's province (``Bí thư Tỉnh ủy`` completed to the article's province).
- Everyone else in the article is ``other``; people of teasers are ``other``
  with no role, in their own related event.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from ..document import Document
from ..records import Event, Participant, PersonMention
from ..text.normalize import fold_key, match_key

_LEADS = re.compile(r"^\s*,?\s*(?:làm trưởng đoàn|làm trưởng đoàn kiểm tra|dẫn đầu|làm trưởng ban)")
# "…; Thượng tướng A, Thứ trưởng Bộ Công an làm Phó trưởng Đoàn."
_DEPUTIES = re.compile(r"^\s*,?\s*làm phó trưởng đoàn")
_DO_BEFORE = re.compile(r"đoàn[^.;]{0,160}?\bdo\s*$")
_MEMBER_TITLE = re.compile(r"^thành viên (?:đoàn|tổ)")
# The team's own body: "Trưởng đoàn" of a delegation to the National Assembly is not one.
_TEAM_ORG = re.compile(r"^(?:đoàn(?: kiểm tra| giám sát| công tác)?\b(?! đại biểu)|"
                       r"tổ (?:công tác|kiểm tra|giám sát)\b)")
# A working group's head and deputy: "Tổ trưởng Tổ công tác số 1".
_GROUP_HEAD = frozenset({"tổ trưởng", "trưởng tổ"})
_GROUP_DEPUTY = frozenset({"tổ phó", "phó tổ trưởng", "phó trưởng tổ"})
# Wording that puts the people after it in the visiting team, up to the sentence end.
_TEAM_LIST = re.compile(r"cùng đi(?: trong đoàn| với đoàn| với [^.;:]{0,80}?)?(?: còn)?,? có|"
                        r"thành viên đoàn[^.;:]{0,40}gồm|(?<!\w)đi cùng(?: còn)?,? có|"
                        r"tham gia(?: cùng)? đoàn(?: công tác| kiểm tra| giám sát)?[^.;:]{0,30}?,? có|"
                        r"(?<!\w)tháp tùng|cùng đoàn công tác (?:có|gồm)")
# Wording that puts the people after it on the host side, up to the sentence end.
_HOST_LIST = re.compile(r"về phía (?!đoàn|trung ương|bộ chính trị|ban bí thư)[^.;:]{0,60}?,? có|"
                        r"về phía (?:tỉnh|thành phố|tp|huyện|quận|thị xã|xã|phường|địa phương|"
                        r"ban thường vụ|tỉnh ủy|thành ủy)|tiếp (?:và làm việc với )?đoàn có|"
                        r"(?:đón|tiếp đón|đón tiếp)[^.;:]{0,80}?,? có|(?<!\w)làm việc với đoàn có|"
                        r"(?<!\w)thay mặt (?:ban thường vụ|thường trực|tỉnh ủy|thành ủy|huyện ủy|"
                        # "Thay mặt lãnh đạo Bộ Công an, A chúc mừng …" speaks for the visitors
                        r"lãnh đạo(?!\s+(?:bộ|chính phủ|quốc hội|nhà nước|đảng và nhà nước|"
                        r"quân ủy|tổng cục|ban [^.;,]{0,20}?trung ương)(?!\w))|đảng bộ|cấp ủy)|"
                        # "Đoàn đại biểu TPHCM có các đồng chí: …" meeting the Politburo
                        r"(?<!\w)đoàn đại biểu (?!quốc hội)[^.;:]{1,40}? có|"
                        # "Cùng tham dự buổi tiếp có …": those who receive a delegation
                        r"(?<!\w)dự buổi tiếp(?!\w)")
# Wording that makes the people after it guests who attend and direct, not hosts.
_ATTEND_LIST = re.compile(r"(?<!\w)(?:tham )?dự,? và chỉ đạo|(?<!\w)(?:tham )?dự, chỉ đạo")
# A full stop after these abbreviations ends no sentence: "TP. Hồ Chí Minh", "TS. Nguyễn".
_ABBREVIATION = re.compile(r"(?<!\w)(?:tp|tt|ts|ths|pgs|gs|bs|ks|th)\.$")
_ON_BEHALF = re.compile(r"thay mặt đoàn\b")
# "Tổ công tác … do A và B chủ trì": everyone named between "do" and the verb leads. The
# announcement is found from each "do" (cheap), then checked back for the team word and on
# for the verb.
_DO = re.compile(r"(?<!\w)do\s+")
_LEAD_VERB = re.compile(r"\s*,?\s*(?:cùng\s+(?:làm\s+)?)?(?:đồng\s+)?(?:chủ\s+trì|dẫn\s+đầu|làm\s+trưởng\s+"
                        r"(?:đoàn|tổ|nhóm|ban)|làm\s+tổ\s+trưởng|phụ\s+trách|"
                        # "Đoàn công tác do A và B về thăm tỉnh": the delegation of A and B
                        r"(?:đã\s+)?(?:về|đến|tới)\s+(?:thăm|làm\s+việc))(?!\w)")
# A verb inside a "do …" announcement ends it: the leader's name comes before.
_CLAUSE_BREAK = re.compile(r"(?<!\w)(?:phát biểu|báo cáo|cho biết|nhấn mạnh|đề nghị|yêu cầu|"
                           r"khẳng định|sau đó|đồng thời|trao|tặng)(?!\w)")
# A team, a working group or a group ("tổ chức", to organise, is none).
_TEAM_WORD = re.compile(r"(?<!\w)(?:đoàn|tổ(?!\s+chức)|nhóm)(?!\w)")
# Attendance: the people after it were present.
_ATTENDANCE = re.compile(r"(?<!\w)(?:tham dự|cùng dự|dự buổi|có sự tham dự|dự hội nghị|cùng tham dự|"
                         r"dự lễ|đến dự|cùng đến dự|tham gia (?:buổi|cuộc|hội nghị))(?!\w)")
# A national official who directs a meeting ("Phát biểu chỉ đạo hội nghị, A …") came to it.
_DIRECTS = re.compile(r"(?<!\w)phát biểu chỉ đạo(?!\w)")
# A national official who speaks at a working session with a locality came to it: "A phát
# biểu tại buổi làm việc với Ban Thường vụ Tỉnh ủy B", "Tại buổi làm việc với lãnh đạo tỉnh
# B, … A đánh giá cao …". A session with a team ("… với Đoàn công tác") is the hosts'.
_AT_SESSION_AFTER = re.compile(r"[\s,]*(?:đã\s+)?phát biểu(?:\s+chỉ đạo|\s+kết luận)?\s+tại\s+"
                               r"buổi\s+làm\s+việc(?!\s+(?:của|với)\s+(?:các\s+)?đoàn)")
_AT_SESSION_BEFORE = re.compile(r"\W*tại\s+buổi\s+làm\s+việc\s+với\s+(?!(?:các\s+)?đoàn)")
# A body's own conference chaired by its head while a national leader attends and directs
# it: "Đại tướng A, Bộ trưởng Bộ Quốc phòng chủ trì hội nghị" hosts it.
_CHAIRS_OWN = re.compile(r"[\s,]*(?:đã\s+)?chủ trì\s+(?:hội nghị|đại hội|lễ|buổi lễ|phiên họp|"
                         r"kỳ họp|hội thảo|tọa đàm)(?!\w)")
# Titles of national bodies and posts.
_CENTRAL = re.compile(r"trung ương|quốc hội|chính phủ|thủ tướng|chủ tịch nước|nhà nước|bộ chính trị|"
                      r"ban bí thư|(?<!\w)bộ (?!chỉ huy)|bộ trưởng|thứ trưởng|tổng bí thư|quân ủy|"
                      r"quân đội nhân dân|công an nhân dân|tổng cục|(?<!\w)cục|mttq việt nam|"
                      r"mặt trận tổ quốc việt nam|(?<!\w)tw(?!\w)|t\.ư|việt nam$")
# What a person who opens the event sentence does when they are the visiting side:
# "Tổng Bí thư A [cùng đoàn công tác] đã đến thăm và làm việc tại …", "A dự Đại hội …".
_VISIT_VERB = re.compile(
    r"(?:đã\s+|sẽ\s+|vừa\s+|tiếp\s+tục\s+)?(?:có\s+(?:buổi|chuyến)\s+)?(?:đi\s+)?"
    r"(?:đến\s+|tới\s+|về\s+)?"
    r"(?:thăm\s+và\s+làm\s+việc|thăm,\s*làm\s+việc|thăm\b|làm\s+việc|kiểm\s+tra|giám\s+sát|"
    r"khảo\s+sát|dự\s+và\s+chỉ\s+đạo|dự\b|chủ\s+trì\s+(?:buổi\s+)?làm\s+việc|chúc\s+tết|"
    r"công\s+bố|dâng\s+hương|dâng\s+hoa|tặng\s+quà|mừng\s+tuổi|chúc\s+mừng)")
_SUBJECT_GAP = re.compile(r"^[\s,]*(?:(?:và|cùng|cùng với)\s[^.;]{0,160}?)?$")
# Words before a person in the event sentence that make them an object, not the subject.
_OBJECT_CUE = re.compile(r"(?<!\w)(?:với|do|tiếp|đón|của|cho|thăm|gặp|chúc mừng|tặng)\s")
# A subject who receives: "Bí thư Tỉnh ủy A tiếp Đoàn công tác …".
_RECEIVE_VERB = re.compile(r"(?:đã\s+)?(?:tiếp|đón|tiếp\s+đón|đón\s+tiếp|đồng\s+chủ\s+trì)(?!\w)")


def find_participants(doc: Document) -> tuple[Participant, ...]:
    """Side and role of every person named in the article, per event."""
    segments = {s.index: s for s in doc.get("segments")}
    people: tuple[PersonMention, ...] = doc.get("people")
    events: tuple[Event, ...] = doc.get("events")
    main = next((e for e in events if e.main), None)
    province = main.province.place.province if main and main.province else None
    team = next((t for t in doc.results.get("teams", ()) if not segments[t.segment].is_related),
                None)
    team_body = team.body if team else None

    by_person: dict[tuple[bool, Optional[int], str], list[PersonMention]] = defaultdict(list)
    for p in people:
        seg = segments[p.segment]
        by_person[(not seg.is_related, seg.teaser if seg.is_related else None,
                   match_key(p.name))].append(p)
    in_main = [p for p in people if not segments[p.segment].is_related]
    subjects = _event_subjects(doc, main, in_main)
    visitors = [p for p in in_main if subjects.get(p.name) == ("team", "leader")]
    context = _EventContext(
        led=_led_by(doc, in_main),
        subjects=subjects,
        targets=tuple(fold_key(t.name) for t in doc.results.get("targets", ())
                      if not segments[t.segment].is_related),
        local_visitor=bool(visitors) and not _central(visitors) and (
            not province or _is_local(visitors, province)),
        team_listed=_lists_a_team(doc, segments.values()),
        central_visitor=bool(visitors) and _central(visitors),
        central_team=bool(team_body) and bool(_CENTRAL.search(match_key(team_body))),
    )

    out = []
    for (is_main, teaser, _), mentions in by_person.items():
        first = min(mentions)
        if not is_main:
            out.append(Participant(first.start, first.end, first.segment, first.name, False,
                                   "other", None, teaser))
            continue
        side, role = _side_and_role(doc, mentions, province, team_body, context)
        out.append(Participant(first.start, first.end, first.segment, first.name, True, side,
                               role, None))
    out = _listed_with_the_team(doc, out, people)
    if context.team_listed:
        out = _unnamed_leader(out, by_person)
    if team is None:
        event_key = doc.key[main.start:main.end] if main else ""
        # "… giữ chức Giám đốc Công an tỉnh X": the event sentence names a body of the
        # event's province, so the meeting is that locality's.
        local_body = bool(main and main.province and main.province.via == "party_body"
                          and main.start <= main.province.start < main.end)
        out = _own_meeting(out, by_person, province, event_key, local_body)
    return tuple(sorted(set(out)))


# The meeting is a locality's: its organiser is a provincial or district body.
_LOCAL_ORGANIZER = re.compile(r"(?<!\w)(?:tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|hđnd|ubnd|"
                              r"hội đồng nhân dân|ủy ban nhân dân)\s+(?:tỉnh|thành phố|tp)?\.?\s*"
                              r"[^.;,]{0,40}?(?:đã\s+)?tổ chức(?!\w)")
_CENTRAL_BODY_WORKS = re.compile(
    r"(?<!\w)(?:bộ chính trị|ban bí thư|quân ủy trung ương|đảng đoàn quốc hội|đảng ủy chính phủ|"
    r"ban cán sự đảng chính phủ|chính phủ)(?:,\s*ban bí thư)?\s+(?:đã\s+)?(?:có\s+(?:buổi|cuộc)\s+)?"
    r"làm việc với(?!\w)")
_TEAM_LIST_CUES = ("cùng", "thành viên đoàn", "tham gia đoàn", "tháp tùng")


def _lists_a_team(doc: Document, segments) -> bool:
    """Does the article say who travels with the team (``Cùng đi có …``)?"""
    if not any(cue in doc.key for cue in _TEAM_LIST_CUES):
        return False
    return any(_TEAM_LIST.search(doc.key, s.start, s.end) for s in segments if not s.is_related)


def _own_meeting(participants: list[Participant], by_person, province: Optional[str],
                 event_key: str = "", local_body: bool = False) -> list[Participant]:
    """With no team and no visiting side at all (a body's own conference: ``Đảng ủy Quân khu
    tổ chức hội nghị …``, ``Thành ủy tổ chức hội nghị công bố quyết định …``), the officials
    present are that body's hosts; national officials attending it (every title central)
    are the visiting side, the first named leading it, when the meeting is a locality's
    (some official present serves the event's province)."""
    if any(p.main and p.side == "team" for p in participants):
        return participants
    mentions_of = {name: mentions for (is_main, _, name), mentions in by_person.items()
                   if is_main and any(m.titles for m in mentions)}
    local_meeting = bool(province) and (local_body or any(
        _is_local(mentions, province) and not _central(mentions)
        for mentions in mentions_of.values()) or bool(_LOCAL_ORGANIZER.search(event_key)))
    # "Bộ Chính trị làm việc với Ban Thường vụ Thành ủy …": a national body visits.
    local_meeting = local_meeting or bool(_CENTRAL_BODY_WORKS.search(event_key))
    out = []
    led = False
    for p in sorted(participants):
        mentions = mentions_of.get(match_key(p.name))
        if p.main and p.side == "other" and p.role == "attendee" and mentions:
            if local_meeting and _central(mentions):
                p = Participant(p.start, p.end, p.segment, p.name, True, "team",
                                "member" if led else "leader", None)
                led = True
            else:
                p = Participant(p.start, p.end, p.segment, p.name, True, "host", "host", None)
        out.append(p)
    return out


def _unnamed_leader(participants: list[Participant], by_person) -> list[Participant]:
    """``Tham gia đoàn công tác Trung ương có …`` lists who came with a leader the lead
    leaves unnamed (a page that keeps part of its lead): the first national official named
    on no side (``Trưởng ban Tuyên giáo Trung ương A đánh giá cao …``) is that leader."""
    if any(p.main and p.role == "leader" for p in participants):
        return participants
    mentions_of = {name: mentions for (is_main, _, name), mentions in by_person.items()
                   if is_main}
    out = []
    led = False
    for p in sorted(participants):
        mentions = mentions_of.get(match_key(p.name), [])
        if not led and p.main and p.side == "other" and _central(mentions):
            p = Participant(p.start, p.end, p.segment, p.name, True, "team", "leader", None)
            led = True
        out.append(p)
    return out


def _listed_with_the_team(doc: Document, participants: list[Participant],
                          people: tuple[PersonMention, ...]) -> list[Participant]:
    """``Dự có đồng chí A, Phó Trưởng đoàn; đồng chí B, …; C, …`` — people listed in one
    sentence with the team's leader or deputy, and not hosts, are team members."""
    team_leads = {p.name for p in participants if p.main and p.role in ("leader", "deputy")}
    sentence_of = {}
    for m in people:
        start = m.context_start - len(_sentence_before(doc, m))  # "PGS.TS." ends no sentence
        sentence_of.setdefault(m.name, set()).add(start)
    lead_sentences = set().union(*(sentence_of.get(n, set()) for n in team_leads)) if team_leads \
        else set()
    out = []
    for p in participants:
        if p.main and p.side == "other" and sentence_of.get(p.name, set()) & lead_sentences:
            p = Participant(p.start, p.end, p.segment, p.name, True, "team", "member", None)
        out.append(p)
    return out


def _team_positions(mentions: list[PersonMention]) -> set[str]:
    """Positions held in the team itself (``Phó Trưởng đoàn``, ``Trưởng Đoàn Kiểm tra số 4``)."""
    out = set()
    for m in mentions:
        for t in m.titles:
            org = match_key(t.organization_as_written or "")
            if not org or _TEAM_ORG.match(org):
                out.add(match_key(t.position))
    return out


@dataclass(frozen=True)
class _EventContext:
    """What the event's wording says of its people, read once per article."""

    led: frozenset[str] = frozenset()  # names announced as leading: "do A và B chủ trì"
    subjects: dict = field(default_factory=dict)  # name → (side, role) as the sentence's subject
    targets: tuple[str, ...] = ()  # folded names of the bodies worked with
    local_visitor: bool = False  # the visiting leader serves the event's province
    team_listed: bool = False  # the article lists who travels with the team ("Cùng đi có")
    central_visitor: bool = False  # the visiting leader holds national posts
    central_team: bool = False  # the team named is a national body's


def _side_and_role(doc: Document, mentions: list[PersonMention], province: Optional[str],
                   team_body: Optional[str] = None, context: _EventContext = _EventContext()):
    positions = _team_positions(mentions)
    title_texts = [match_key(t.text) for m in mentions for t in m.titles]
    name = mentions[0].name
    if "trưởng đoàn" in positions or positions & _GROUP_HEAD or any(
        _LEADS.match(doc.key[m.context_end:m.context_end + 40]) for m in mentions
    ) or name in context.led:
        return "team", "leader"
    if "phó trưởng đoàn" in positions or positions & _GROUP_DEPUTY or any(
        _DEPUTIES.match(doc.key[m.context_end:m.context_end + 40]) for m in mentions
    ):
        return "team", "deputy"
    if name in context.subjects:
        return context.subjects[name]
    if context.central_visitor and any(_CHAIRS_OWN.match(doc.key, m.context_end)
                                       for m in mentions):
        return "host", "host"
    if any(_MEMBER_TITLE.match(t) for t in title_texts) or any(
        _in_team_wording(doc, m) for m in mentions
    ) or _serves_in(mentions, team_body):
        return "team", "member"
    sentences = [_sentence_before(doc, m) for m in mentions]
    if any(_HOST_LIST.search(s) for s in sentences):
        return "host", "host"
    visiting = bool(context.led) or any(side == "team" for side, _ in context.subjects.values())
    local = bool(province) and _is_local(mentions, province)
    if context.local_visitor and any(_ATTENDANCE.search(s) for s in sentences) and not (
            _of_target(mentions, context.targets)):
        # "Chủ tịch UBND tỉnh A làm việc với Công an tỉnh. Tham dự có Phó Chủ tịch B …":
        # a provincial leader's visit within the province brings its officials along.
        return "team", "member"
    if any(_ATTEND_LIST.search(s) for s in sentences):
        return "other", "attendee"
    if _of_target(mentions, context.targets) or local:
        return "host", "host"
    if visiting and not context.team_listed and _central(mentions) and any(
            _ATTENDANCE.search(s) for s in sentences):
        # "Buổi làm việc có sự tham dự của Trưởng Ban Tổ chức Trung ương A; …" while a
        # national leader visits: the central officials came with the leader.
        return "team", "member"
    if (context.central_visitor or context.central_team) and not context.team_listed and (
            _central(mentions)):
        # A national leader's visit: the national officials named at it came with the leader.
        return "team", "member"
    if _central(mentions) and (any(_DIRECTS.search(s[-120:]) for s in sentences) or any(
            _AT_SESSION_BEFORE.match(s) for s in sentences) or any(
            _AT_SESSION_AFTER.match(doc.key, m.context_end) for m in mentions)):
        return "team", "member" if visiting else "leader"
    return "other", "attendee"


_CHAIRED_BY = re.compile(r"(?<!\w)dưới sự chủ trì của\s+(?:đồng chí\s+|ông\s+|bà\s+)?$")


def _led_by(doc: Document, people: list[PersonMention]) -> frozenset[str]:
    """Names written between ``do`` and ``chủ trì`` / ``dẫn đầu`` / ``làm Trưởng đoàn`` of
    a team: ``Tổ công tác số 2 và số 3 do Thủ tướng A và Chủ tịch Quốc hội B chủ trì``."""
    out = set()
    key = doc.key
    people = sorted(people, key=lambda p: p.start)
    starts = [p.start for p in people]
    for m in _DO.finditer(key):
        back = key[max(0, m.start() - 200):m.start()]
        team = None
        for team in _TEAM_WORD.finditer(back):
            pass
        if team is None or re.search(r"[.;]", back[team.end():]):
            continue
        a = m.end()
        stop = min(len(key), a + 400)
        for end in (x.start() for x in re.finditer(r"[.;]", key[a:stop])):
            stop = a + end
            break
        inside = people[bisect_left(starts, a):bisect_left(starts, stop)]
        if not inside:
            continue
        verb = None
        for p in inside:
            verb = _LEAD_VERB.match(key, p.context_end)
            if verb is not None:
                b = p.context_end
                break
        if verb is None:
            continue
        # The announcement must be names and titles only: a verb between "do" and the
        # end ("do A phát biểu, sau đó … chủ trì") is another clause.
        if not _CLAUSE_BREAK.search(key, a, b):
            out.update(p.name for p in inside if p.start < b)
    # "dưới sự chủ trì của Chủ tịch Quốc hội A, Đảng đoàn Quốc hội làm việc với …"
    if "dưới sự chủ trì" in key:
        for p in people:
            if _CHAIRED_BY.search(key, max(0, p.context_start - 40), p.context_start) and (
                    _VISIT_VERB.search(key, p.context_end, p.context_end + 200)):
                out.add(p.name)
    return frozenset(out)


def _event_subjects(doc: Document, main: Optional[Event], people: list[PersonMention]) -> dict:
    """The person a sentence of the lead opens with, when they are its subject: a visitor
    (``A [cùng đoàn công tác] đến thăm và làm việc tại …``, ``A đã đến dự``) leads the team,
    those joined by ``và`` lead with them and those by ``cùng`` are members; one who
    receives (``A tiếp Đoàn``) is a host. The event sentence is read first, then the
    next ones of the lead (at most ``_LEAD_SENTENCES``)."""
    if main is None:
        return {}
    sentences = doc.results.get("sentences", ())
    spans = [(main.start, main.end, False)] + [
        (x.start, x.end, True) for x in sentences
        if x.start >= main.end and x.segment <= main.segment + 2][:_LEAD_SENTENCES - 1]
    # The lead's first sentence, when the event's date is only written further on.
    kinds = {g.index: g.kind for g in doc.get("segments")}
    # (The headline's, and the first paragraph's when the headline names no one.)
    firsts = [next((x for x in sentences if kinds.get(x.segment) == kind), None)
              for kind in ("headline", "body")]
    before = [f for f in firsts if f is not None and f.start < main.start]
    for first in reversed(before):
        spans.insert(1, (first.start, first.end, False))
    province = main.province.place.province if main.province else None
    for k, (start, end, later) in enumerate(spans):
        found = _subject_of(doc, start, end, people, later=later)
        if found and k > 0:
            # Another sentence names a visitor only when they came from outside (and a
            # sentence after the event's, only a national official who arrives).
            lead = [p for p in people if found.get(p.name) == ("team", "leader")]
            if not lead or (province and _is_local(lead, province)) or (
                    later and not _central(lead)):
                continue
        if found:
            return found
    # A page that keeps only part of its lead may name the visitor in a photo caption
    # alone ("Đại tướng A đến thăm và chúc Tết cán bộ, chiến sĩ Công an tỉnh B. Ảnh: …").
    related = {g.index for g in doc.get("segments") if g.is_related}
    for x in sentences:
        if kinds.get(x.segment) != "caption" or x.segment in related:
            continue
        found = _subject_of(doc, x.start, x.end, people)
        lead = [p for p in people if found.get(p.name) == ("team", "leader")]
        if lead and not (province and _is_local(lead, province)):
            return found
    return {}


_LEAD_SENTENCES = 4
# In a later sentence of the lead only arriving counts: "Tổng Bí thư A đã đến dự."
_ARRIVE_VERB = re.compile(r"(?:đã\s+)?(?:đến|tới|về)\s+(?:dự|thăm|làm\s+việc)|dự\s+và\s+chỉ\s+đạo")


def _subject_of(doc: Document, start: int, end: int, people: list[PersonMention],
                later: bool = False) -> dict:
    key = doc.key
    inside = sorted((p for p in people if start <= p.context_start < end),
                    key=lambda p: p.context_start)
    if not inside:
        return {}
    first = inside[0]
    if _OBJECT_CUE.search(key, start, first.context_start) or (
            _TEAM_WORD.search(key, start, first.context_start)):
        return {}
    out: dict = {}
    tail_start = first.context_end
    verbs = ((_ARRIVE_VERB, "team"),) if later else ((_VISIT_VERB, "team"), (_RECEIVE_VERB, "host"))
    for verb, side in verbs:
        for m in verb.finditer(key, tail_start, end):
            if not _SUBJECT_GAP.match(key[tail_start:m.start()]):
                continue
            if side == "host":
                return {first.name: ("host", "host")}
            out[first.name] = ("team", "leader")
            for p in inside[1:]:
                if p.context_start >= m.start():
                    break
                joined = key[max(tail_start, p.context_start - 12):p.context_start]
                out[p.name] = ("team", "leader") if re.search(r"(?<!\w)và\s*$", joined) \
                    else ("team", "member")
            return out
    return out


def _of_target(mentions: list[PersonMention], targets: tuple[str, ...]) -> bool:
    """A title in a body the team works with (``Bộ trưởng Bộ Giao thông vận tải`` when the
    team works with ``Ban Cán sự đảng Bộ Giao thông vận tải``), or in a part of it
    (``Phó Bí thư Đảng ủy Bộ Tổng Tham mưu …`` when it works with ``Đảng ủy Bộ Tổng Tham
    mưu``), makes a host."""
    if not targets:
        return False
    for m in mentions:
        for t in m.titles:
            org = fold_key(t.organization or "")
            if len(org) < 8 or t.qualifier in ("nguyên", "cố"):
                continue
            if any(org in target or (len(target) >= _MIN_TARGET_INSIDE and re.search(
                    rf"(?<!\w){re.escape(target)}(?!\w)", org)) for target in targets):
                return True
    return False


_MIN_TARGET_INSIDE = 12  # characters: "tinh uy" alone is inside every province's titles


def _central(mentions: list[PersonMention]) -> bool:
    """Every title is of a central body (party, state, army or front at national level)."""
    titles = [t for m in mentions for t in m.titles]
    # A former leader ("nguyên Chủ tịch Quốc hội") attends as a guest, on no side.
    current = [t for t in titles if t.qualifier not in ("nguyên", "cố")]
    return bool(current) and all(
        _CENTRAL.search(match_key(f"{t.position} {t.organization or ''}")) for t in current)


def _serves_in(mentions: list[PersonMention], team_body: Optional[str]) -> bool:
    """A title in the body the team comes from (``Ủy viên Ủy ban Kiểm tra Tỉnh ủy`` in its
    inspection team) puts a person in the team."""
    if not team_body:
        return False
    body = fold_key(team_body)
    return any(t.organization and fold_key(t.organization) == body
               and not t.qualifier in ("nguyên", "cố") for m in mentions for t in m.titles)


def _sentence_before(doc: Document, m: PersonMention) -> str:
    """The key of the sentence up to the mention (within its paragraph)."""
    before = doc.key[max(0, m.context_start - 1500):m.context_start]
    end = len(before)
    while True:
        cut = max(before.rfind(c, 0, end) for c in ".!?\n")
        if cut >= 0 and before[cut] == "\n" and before[:cut].rstrip()[-1:] in (",", ";", ":"):
            end = cut  # a list broken over lines (<br>) goes on: "Phó Trưởng đoàn;⏎ông …"
            continue
        if cut < 0 or before[cut] != "." or not _ABBREVIATION.search(before[:cut + 1]):
            return before[cut + 1:]
        end = cut


def _in_team_wording(doc: Document, m: PersonMention) -> bool:
    """``đoàn … do X``, ``Cùng đi có X``, ``thay mặt đoàn, X`` / ``X … thay mặt đoàn``."""
    before = doc.key[max(0, m.context_start - 200):m.context_start]
    sentence = _sentence_before(doc, m)
    after = doc.key[m.context_end:m.context_end + 30]
    return bool(
        _DO_BEFORE.search(before)
        or (_TEAM_LIST.search(sentence) and "về phía" not in sentence)
        or _ON_BEHALF.search(sentence[-80:])
        or _ON_BEHALF.match(after.lstrip(" ,"))
    )


def _is_local(mentions: list[PersonMention], province: str) -> bool:
    """A title of a body of the event's province (named, placed there by the gazetteer, or
    left implicit: ``Phó Bí thư Tỉnh ủy`` in an article about one province)."""
    from ..link.gazetteer import successor
    from ..link.organizations import needs_province, place_of

    target = fold_key(province)
    for m in mentions:
        for t in m.titles:
            if not t.organization:
                continue
            if fold_key(t.organization).endswith(target) or needs_province(t.organization):
                return True
            place = place_of(t.organization)
            if place is None:
                continue
            # A unit that has moved province in the 2025 reform is local where it is now.
            later = successor(place)
            if target in (fold_key(place.province), fold_key(later.province) if later else None):
                return True
    return False

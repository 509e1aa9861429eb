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
from collections import defaultdict
from typing import Optional

from ..document import Document
from ..records import Event, Participant, PersonMention
from ..text.normalize import fold_key, match_key

_LEADS = re.compile(r"^\s*,?\s*(?:làm trưởng đoàn|làm trưởng đoàn kiểm tra|dẫn đầu|làm trưởng ban)")
_DO_BEFORE = re.compile(r"đoàn[^.;]{0,160}?\bdo\s*$")
_MEMBER_TITLE = re.compile(r"^thành viên (?:đoàn|tổ)")
# The team's own body: "Trưởng đoàn" of a delegation to the National Assembly is not one.
_TEAM_ORG = re.compile(r"^(?:đoàn(?: kiểm tra| giám sát| công tác)?\b(?! đại biểu))")
# Wording that puts the people after it in the visiting team, up to the sentence end.
_TEAM_LIST = re.compile(r"cùng đi(?: trong đoàn| với đoàn)? có|thành viên đoàn[^.;:]{0,40}gồm|"
                        r"tham gia đoàn(?: công tác| kiểm tra| giám sát)? có")
# Wording that puts the people after it on the host side, up to the sentence end.
_HOST_LIST = re.compile(r"về phía (?:tỉnh|thành phố|tp|huyện|quận|thị xã|xã|phường|địa phương|"
                        r"ban thường vụ|tỉnh ủy|thành ủy)|tiếp (?:và làm việc với )?đoàn có|"
                        r"đón (?:tiếp )?đoàn có|(?<!\w)làm việc với đoàn có")
# Wording that makes the people after it guests who attend and direct, not hosts.
_ATTEND_LIST = re.compile(r"(?<!\w)(?:tham )?dự,? và chỉ đạo|(?<!\w)(?:tham )?dự, chỉ đạo")
# A full stop after these abbreviations ends no sentence: "TP. Hồ Chí Minh", "TS. Nguyễn".
_ABBREVIATION = re.compile(r"(?<!\w)(?:tp|tt|ts|ths|pgs|gs|bs|ks|th)\.$")
_ON_BEHALF = re.compile(r"thay mặt đoàn\b")


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

    out = []
    for (is_main, teaser, _), mentions in by_person.items():
        first = min(mentions)
        if not is_main:
            out.append(Participant(first.start, first.end, first.segment, first.name, False,
                                   "other", None, teaser))
            continue
        side, role = _side_and_role(doc, mentions, province, team_body)
        out.append(Participant(first.start, first.end, first.segment, first.name, True, side,
                               role, None))
    return tuple(sorted(set(_listed_with_the_team(doc, out, people))))


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


def _side_and_role(doc: Document, mentions: list[PersonMention], province: Optional[str],
                   team_body: Optional[str] = None):
    positions = _team_positions(mentions)
    title_texts = [match_key(t.text) for m in mentions for t in m.titles]
    if "trưởng đoàn" in positions or any(
        _LEADS.match(doc.key[m.context_end:m.context_end + 40]) for m in mentions
    ):
        return "team", "leader"
    if "phó trưởng đoàn" in positions:
        return "team", "deputy"
    if any(_MEMBER_TITLE.match(t) for t in title_texts) or any(
        _in_team_wording(doc, m) for m in mentions
    ) or _serves_in(mentions, team_body):
        return "team", "member"
    sentences = [_sentence_before(doc, m) for m in mentions]
    if any(_HOST_LIST.search(s) for s in sentences):
        return "host", "host"
    if any(_ATTEND_LIST.search(s) for s in sentences):
        return "other", "attendee"
    if province and _is_local(mentions, province):
        return "host", "host"
    return "other", "attendee"


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
    """A title of a body of the event's province (named, or placed there by the gazetteer)."""
    from ..resolve.gazetteer import successor
    from ..resolve.organizations import place_of

    target = fold_key(province)
    for m in mentions:
        for t in m.titles:
            if not t.organization:
                continue
            if fold_key(t.organization).endswith(target):
                return True
            place = place_of(t.organization)
            if place is None:
                continue
            # A unit that has moved province in the 2025 reform is local where it is now.
            later = successor(place)
            if target in (fold_key(place.province), fold_key(later.province) if later else None):
                return True
    return False

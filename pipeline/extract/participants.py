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
from ..records import Event, Participant, PersonMention, Segment
from ..text.normalize import fold_key, match_key

_LEADS = re.compile(r"^\s*,?\s*(?:làm trưởng đoàn|làm trưởng đoàn kiểm tra|dẫn đầu|làm trưởng ban)")
_DO_BEFORE = re.compile(r"đoàn[^.;]{0,160}?\bdo\s*$")
_MEMBER_TITLE = re.compile(r"^thành viên (?:đoàn|tổ)")


def find_participants(doc: Document) -> tuple[Participant, ...]:
    """Side and role of every person named in the article, per event."""
    segments = {s.index: s for s in doc.get("segments")}
    people: tuple[PersonMention, ...] = doc.get("people")
    events: tuple[Event, ...] = doc.get("events")
    main = next((e for e in events if e.main), None)
    province = main.province.place.province if main and main.province else None

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
        side, role = _side_and_role(doc, mentions, province)
        out.append(Participant(first.start, first.end, first.segment, first.name, True, side,
                               role, None))
    return tuple(sorted(set(out)))


def _side_and_role(doc: Document, mentions: list[PersonMention], province: Optional[str]):
    positions = [match_key(t.position) for m in mentions for t in m.titles]
    title_texts = [match_key(t.text) for m in mentions for t in m.titles]
    if any(p == "trưởng đoàn" for p in positions) or any(
        _LEADS.match(doc.key[m.context_end:m.context_end + 40]) for m in mentions
    ):
        return "team", "leader"
    if any(p == "phó trưởng đoàn" for p in positions):
        return "team", "deputy"
    if any(_MEMBER_TITLE.match(t) for t in title_texts) or any(
        _DO_BEFORE.search(doc.key[max(0, m.context_start - 200):m.context_start])
        for m in mentions
    ):
        return "team", "member"
    if province and _is_local(mentions, province):
        return "host", "host"
    return "other", "attendee"


def _is_local(mentions: list[PersonMention], province: str) -> bool:
    """A title of a body of the event's province."""
    target = fold_key(province)
    for m in mentions:
        for t in m.titles:
            if t.organization and fold_key(t.organization).endswith(target):
                return True
    return False

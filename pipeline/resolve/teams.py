"""Team resolution across documents: one team however many articles follow it.

An article names its team (``Đoàn kiểm tra số 4 của Bộ Chính trị``); the same team
working in five provinces is five rows of ``inspection_teams``. Two rows are one
team when they agree on

- kind, number, body and year (the programme year, else the year of the event):
  rule ``number``; or
- kind, body, year and the person who leads it, for a team with no number: rule
  ``leader``.

A year is never guessed: a team whose year is unknown (a yearless date and no
programme year), or that has neither a number nor a known leader, stays a team of its
own (rule ``alone``). The whole database is recomputed, in the caller's transaction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from ..db import models as m


@dataclass
class TeamReport:
    """What a team resolution run did."""

    teams: int = 0  # rows of inspection_teams
    identities: int = 0  # teams across articles
    merged: int = 0  # rows that joined a team named in another article


def team_key(kind: str, number: int | None, body_id: int | None, year: int | None,
             leader_id: int | None, row_id: int) -> tuple[str, str]:
    """(key, rule) of a team row: equal keys are one team."""
    if body_id is not None and year is not None:
        if number is not None:
            return f"number:{kind}:{body_id}:{number}:{year}", "number"
        if leader_id is not None:
            return f"leader:{kind}:{body_id}:{leader_id}:{year}", "leader"
    return f"alone:{row_id}", "alone"


def resolve_teams(session: Session) -> TeamReport:
    """Recompute the teams across articles and link every ``inspection_teams`` row to one."""
    rows = session.execute(
        select(m.InspectionTeam.id, m.InspectionTeam.name, m.InspectionTeam.kind,
               m.InspectionTeam.number, m.InspectionTeam.body_id, m.InspectionTeam.year,
               m.Event.id, m.Event.year, m.InspectionTeam.document_id)
        .outerjoin(m.Event, (m.Event.team_id == m.InspectionTeam.id) & m.Event.main)
        .order_by(m.InspectionTeam.id)).all()
    leaders = dict(session.execute(
        select(m.EventParticipant.event_id, m.EventParticipant.person_id)
        .where(m.EventParticipant.role == "leader")
        .order_by(m.EventParticipant.event_id, m.EventParticipant.id.desc())).all())
    groups: dict[str, list] = defaultdict(list)
    rules: dict[str, str] = {}
    for row in rows:
        team_id, _, kind, number, body_id, year, event_id, event_year, _ = row
        leader = leaders.get(event_id) if event_id is not None else None
        key, rule = team_key(kind, number, body_id, year if year is not None else event_year,
                             leader, team_id)
        groups[key].append((row, leader, year if year is not None else event_year))
        rules[key] = rule

    session.execute(update(m.InspectionTeam).values(identity_id=None))
    session.execute(delete(m.TeamIdentity))
    report = TeamReport(teams=len(rows), identities=len(groups))
    identities, links = [], []
    # Numbered in the order of each team's first row, so a rebuild gives the same ids.
    for ident, (key, members) in enumerate(groups.items(), 1):
        first, leader, year = members[0]
        identities.append({
            "id": ident, "key": key, "rule": rules[key], "name": first[1], "kind": first[2],
            "number": first[3], "body_id": first[4], "year": year, "leader_id": leader,
            "articles": len({row[8] for row, _, _ in members})})
        links.extend({"team": row[0], "identity": ident} for row, _, _ in members)
        report.merged += len(members) - 1
    if identities:
        session.execute(insert(m.TeamIdentity), identities)
        teams = m.InspectionTeam.__table__
        session.execute(update(teams).where(teams.c.id == bindparam("team"))
                        .values(identity_id=bindparam("identity")), links)
    return report

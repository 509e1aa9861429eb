"""The people an article names, gathered mention by mention into its gold entries: one
entry a person (no two people of one name in an article), titles in order of first
appearance as written, a title written again for the same (position, organization) kept
in its first wording, ``deceased`` for a person written with ``cố``."""

from __future__ import annotations

from .basics import cached_key
from .population import Person
from .posts import WrittenTitle


class Mentions:
    def __init__(self) -> None:
        self.people: dict[str, dict] = {}  # person key -> gold entry
        self._idents: dict[str, set] = {}  # person key -> identities of the titles kept
        self._names: dict[str, str] = {}  # name key -> person key

    def free(self, person: Person | None) -> bool:
        """Whether ``person`` can be named here (no one else of the same name is)."""
        if person is None:
            return False
        owner = self._names.get(cached_key(person.name))
        return owner is None or owner == person.key

    def register(self, person: Person, titles: list[WrittenTitle], rank: str | None,
                 segment: str, side: str, role: str | None) -> None:
        """Record a mention of ``person`` with ``titles``; the first mention sets the side,
        role and segment."""
        entry = self.people.get(person.key)
        if entry is None:
            self._names[cached_key(person.name)] = person.key
            entry = self.people[person.key] = {
                "name": person.name, "person_key": person.key, "rank": None, "deceased": False,
                "titles": [], "resolved_orgs": {}, "side": side, "role": role,
                "segment": segment}
            self._idents[person.key] = set()
        if rank and entry["rank"] is None:
            entry["rank"] = rank
        seen = self._idents[person.key]
        for tw in titles:
            if tw.ident in seen:
                continue
            seen.add(tw.ident)
            entry["titles"].append(tw.text)
            if tw.resolved:
                entry["resolved_orgs"][tw.text] = tw.resolved
            if tw.ident[0] == "cố":
                entry["deceased"] = True


def name_unique(person: Person, others: list[Person]) -> bool:
    """No one of ``others`` but ``person`` itself bears ``person``'s name."""
    key = cached_key(person.name)
    return all(cached_key(o.name) != key for o in others if o is not person)

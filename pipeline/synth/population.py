"""The generated population: the provinces and central bodies written about and their
people over 2019–2025, with careers (promotions, moves between provinces and to the
centre, retirements, deaths, rising ranks, Central Committee seats) and same-name
collisions; and each person's titles as written on a given day."""

from __future__ import annotations

import heapq
import random
from dataclasses import dataclass, field

from .basics import CONGRESS_XIII, END, RANK_INDEX, RANKS, START, cumulative, weighted_index
from .bodies import TEAM_BODIES
from .names import Names
from .places import Province, geography
from .posts import (
    CENTRAL,
    CITY_SKIP,
    ELDER_ONLY,
    L_PBT,
    L_UVBTV,
    LOCAL_SLOTS,
    T_BTTW,
    T_SUB,
    T_UVBCT,
    T_UVDK,
    T_UVTW,
    Slot,
    WrittenTitle,
)


@dataclass(eq=False)
class Person:
    """A generated official: posts held (stints), Central Committee membership and ranks,
    each from a day on."""

    key: str
    name: str
    female: bool
    group: str  # kinh | ede | jrai | thai | hmong | khmer | tay
    home: str  # the unit the person came from
    stints: list[list] = field(default_factory=list)  # [start, end|None, unit, post]
    member: list[tuple[int, str | None]] = field(default_factory=list)  # (from, full|alt|None)
    ranks: list[tuple[int, str]] = field(default_factory=list)  # (from, rank)
    retired: int | None = None
    died: int | None = None

    def stint_at(self, t: int) -> list | None:
        for s in self.stints:
            if s[0] <= t and (s[1] is None or t < s[1]):
                return s
        return None

    def last_stint(self) -> list | None:
        return self.stints[-1] if self.stints else None

    def rank_at(self, t: int) -> str | None:
        """The highest rank reached by day ``t`` (ranks only rise)."""
        rank = None
        for since, r in self.ranks:
            if since <= t and (rank is None or RANK_INDEX[r] > RANK_INDEX[rank]):
                rank = r
        return rank

    def member_at(self, t: int) -> str | None:
        status = None
        for since, s in self.member:
            if since <= t:
                status = s
        return status


class World:
    """The provinces, the central bodies and their people over 2019–2025."""

    def __init__(self, rng: random.Random, n: int) -> None:
        self.rng = rng
        provs, place_keys = geography()
        self.names = Names(place_keys)
        # Scale: provinces and team bodies grow with the corpus.
        k = max(3, min(len(provs), n // 150))
        self.provinces: list[Province] = sorted(rng.sample(list(provs), k), key=lambda p: p.code)
        bodies = list(TEAM_BODIES)
        m = max(3, min(len(bodies), n // 300))
        chosen: list[str] = []
        pool = bodies[:]
        while len(chosen) < m:
            weights = cumulative([TEAM_BODIES[b].weight for b in pool])
            chosen.append(pool.pop(weighted_index(weights, rng.random() * weights[-1])))
        self.team_bodies = [b for b in bodies if b in chosen]
        self.team_weights = cumulative([TEAM_BODIES[b].weight for b in self.team_bodies])
        units = []
        for b in self.team_bodies:
            tb = TEAM_BODIES[b]
            for u, _ in tb.leaders + tb.deputies + tb.members:
                if u not in units:
                    units.append(u)
        self.central = [u for u in CENTRAL if u in units]
        self.prov_by_unit = {f"p{p.code}": p for p in self.provinces}
        self._slot_cache: dict[str, dict[str, Slot]] = {}
        self.persons: list[Person] = []
        self.holders: dict[tuple[str, str], list[list]] = {}
        self.elders: dict[str, list[Person]] = {}
        self._heap: list[tuple[int, int, str, str]] = []
        self._seq = 0
        self._simulate()
        self._collide()
        # Who retired from each province (for "nguyên …" and "cố …").
        self.former: dict[str, list[Person]] = {}
        for person in self.persons:
            if person.retired is not None and person.stints:
                self.former.setdefault(person.stints[-1][2], []).append(person)

    # --- units and posts
    def slots(self, unit: str) -> dict[str, Slot]:
        found = self._slot_cache.get(unit)
        if found is None:
            found = self._slot_cache[unit] = self._slots(unit)
        return found

    def _slots(self, unit: str) -> dict[str, Slot]:
        if unit in self.prov_by_unit:
            prov = self.prov_by_unit[unit]
            return {k: v for k, v in LOCAL_SLOTS.items()
                    if not (prov.city and k in CITY_SKIP)}
        return CENTRAL[unit][1]

    def live_slots(self, unit: str) -> dict[str, Slot]:
        """The posts filled over 2019–2025."""
        if unit in self.prov_by_unit:
            return {k: v for k, v in self.slots(unit).items() if k not in ELDER_ONLY}
        return CENTRAL[unit][1]

    def holder(self, unit: str, post: str, t: int) -> Person | None:
        for start, end, person in reversed(self.holders.get((unit, post), ())):
            if start <= t and (end is None or t < end):
                return person
        return None

    # --- titles as written
    def titles_at(self, person: Person, t: int, *, party: bool = True, explicit: str = "none",
                  sub: bool = False) -> list[WrittenTitle]:
        """The person's titles on day ``t``: party rank, then the post's titles.

        ``explicit``: which local titles name the province (``none``, ``last``, ``all``)."""
        stint = person.stint_at(t)
        if stint is None:
            return []
        unit, post = stint[2], stint[3]
        slot = self.slots(unit)[post]
        prov = self.prov_by_unit.get(unit)
        out: list[WrittenTitle] = []
        if party:
            if slot.pb:
                out.append(T_UVBCT.render(None))
                if slot.bttw:
                    out.append(T_BTTW.render(None))
            else:
                status = person.member_at(t)
                if status == "full":
                    out.append(T_UVTW.render(None))
                elif status == "alt":
                    out.append(T_UVDK.render(None))
        posts = list(slot.titles)
        for i, title in enumerate(posts):
            ex = explicit == "all" or (explicit == "last" and i == len(posts) - 1)
            out.append(title.render(prov, explicit=ex))
        if sub and slot.sub:
            out.append(T_SUB.render(None))
        return out

    def main_title(self, person: Person, t: int, *, explicit: bool = True,
                   qualifier: str | None = None) -> WrittenTitle:
        """The person's principal title on day ``t`` (the last one of the post; of the last
        post for someone who holds none that day)."""
        stint = person.stint_at(t) or person.last_stint()
        slot = self.slots(stint[2])[stint[3]]
        prov = self.prov_by_unit.get(stint[2])
        return slot.titles[-1].render(prov, explicit=explicit, qualifier=qualifier)

    def former_titles(self, person: Person, qualifier: str,
                      rng: random.Random) -> list[WrittenTitle]:
        """``cố Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh``: the last post's titles (its seat in
        the standing committee and a Phó Bí thư title left out, and half the time all but
        the first), the qualifier written once, before the first."""
        stint = person.last_stint()
        slot = self.slots(stint[2])[stint[3]]
        prov = self.prov_by_unit.get(stint[2])
        titles = [t for t in slot.titles if t not in (L_UVBTV, L_PBT)] or list(slot.titles)
        if len(titles) > 1 and rng.random() < 0.5:
            titles = titles[:1]
        return [t.render(prov, qualifier=qualifier if i == 0 else None)
                for i, t in enumerate(titles)]

    # --- population
    def _new_person(self, unit: str, post: str) -> Person:
        rng = self.rng
        slot = self.slots(unit)[post]
        prov = self.prov_by_unit.get(unit)
        group = "kinh"
        if prov is not None and prov.ethnic and rng.random() < 0.35:
            group = rng.choice(prov.ethnic)
        female = rng.random() < (0.04 if slot.ranks else 0.2)
        if female and group == "kinh" and rng.random() < 0.02:
            female = False
        key = f"p{len(self.persons) + 1:05d}"
        person = Person(key, self.names.draw(rng, group, female), female, group, unit)
        self.persons.append(person)
        return person

    def _push(self, t: int, unit: str, post: str) -> None:
        self._seq += 1
        heapq.heappush(self._heap, (t, self._seq, unit, post))

    def _assign(self, person: Person, unit: str, post: str, t: int) -> None:
        rng = self.rng
        slot = self.slots(unit)[post]
        person.stints.append([t, None, unit, post])
        self.holders.setdefault((unit, post), []).append([t, None, person])
        status = person.member_at(t)
        r = rng.random()
        if r < slot.cc:
            new = "full"
        elif r < slot.cc + slot.alt:
            new = "alt" if status != "full" else "full"
        else:
            new = status
        if new != status or not person.member:
            person.member.append((t, new))
        if slot.ranks:
            current = person.rank_at(t)
            if current is None or RANK_INDEX[current] < RANK_INDEX[slot.ranks[0]]:
                person.ranks.append((t, rng.choice(slot.ranks) if current is None
                                     else slot.ranks[0]))
            top = RANK_INDEX[slot.top_rank or slot.ranks[-1]]
            rank = person.ranks[-1][1]
            if RANK_INDEX[rank] < top and rng.random() < 0.5:
                person.ranks.append((max(t, START) + rng.randint(200, 1400),
                                     RANKS[RANK_INDEX[rank] + 1]))

    def _simulate(self) -> None:
        rng = self.rng
        units = list(self.prov_by_unit) + self.central
        for unit in units:
            for post, slot in self.live_slots(unit).items():
                person = self._new_person(unit, post)
                self._assign(person, unit, post, START - rng.randint(30, 1500))
                self._push(START + rng.randint(1, slot.tenure[1]), unit, post)
        for unit in self.prov_by_unit:
            self.elders[unit] = [self._elder(unit) for _ in range(rng.randint(2, 4))]
        while self._heap:
            t, _, unit, post = heapq.heappop(self._heap)
            if t > END:
                break
            self._vacate(unit, post, t, fate=True)
        # The XIII Congress: some alternates become full members, a few leave.
        for person in self.persons:
            s = person.stint_at(CONGRESS_XIII)
            if s is None:
                continue
            status = person.member_at(CONGRESS_XIII)
            r = rng.random()
            new = status
            if status == "alt" and r < 0.6:
                new = "full"
            elif status == "full" and r < 0.08:
                new = None
            elif status is None and self.slots(s[2])[s[3]].cc > 0 and r < 0.15:
                new = "alt"
            if new != status:
                person.member.append((CONGRESS_XIII, new))
                person.member.sort(key=lambda x: x[0])

    def _elder(self, unit: str) -> Person:
        """A leader of the province who retired before 2019 (some have died since)."""
        rng = self.rng
        post = rng.choice(("BT", "BTHD", "BTHD", "CTUB", "PBTTT", "CTHD"))
        person = self._new_person(unit, post)
        end = START - rng.randint(200, 3000)
        person.stints.append([end - rng.randint(1500, 3000), end, unit, post])
        person.retired = end
        if rng.random() < 0.6:
            person.died = START + rng.randint(-300, END - START)
        return person

    def _vacate(self, unit: str, post: str, t: int, fate: bool) -> None:
        rng = self.rng
        slot = self.slots(unit)[post]
        rows = self.holders[(unit, post)]
        outgoing = rows[-1][2]
        rows[-1][1] = t
        outgoing.stints[-1][1] = t
        if fate:
            if rng.random() < 0.85:
                outgoing.retired = t
                if rng.random() < 0.3:
                    outgoing.died = t + rng.randint(60, 2200)
        # Successor: a promotion inside the unit, a move from a province, or a newcomer.
        successor, source = None, None
        r = rng.random()
        feeders = [f for f in slot.feeders if f in self.slots(unit)]
        if feeders and r < 0.6:
            f = rng.choice(feeders)
            cand = self.holder(unit, f, t)
            if cand is not None and t - cand.stints[-1][0] > 180:
                successor, source = cand, (unit, f)
        elif unit in self.prov_by_unit and post == "BT" and r < 0.72 and len(self.provinces) > 1:
            other = f"p{rng.choice([p for p in self.provinces if f'p{p.code}' != unit]).code}"
            cand = self.holder(other, "PBTTT", t)
            if cand is not None and t - cand.stints[-1][0] > 180:
                successor, source = cand, (other, "PBTTT")
        elif slot.recruit and r < 0.85 and self.provinces:
            other = f"p{rng.choice(self.provinces).code}"
            cand = self.holder(other, rng.choice(("BT", "PBTTT", "CTUB")), t)
            if cand is not None and t - cand.stints[-1][0] > 180:
                successor, source = cand, (other, cand.stints[-1][3])
        if successor is not None:
            self._vacate(source[0], source[1], t, fate=False)
        else:
            successor = self._new_person(unit, post)
        self._assign(successor, unit, post, t)
        self._push(t + rng.randint(*slot.tenure), unit, post)

    def _collide(self) -> None:
        """Give ~3 % of the people the exact name of someone of another unit."""
        rng = self.rng
        visible = ("BT", "PBTTT", "CTUB", "CTHD", "TBTC", "CNUBKT", "TBTG", "PCTUB1", "PTB1",
                   "PTB2", "VT1", "VT2", "PCN1", "PCN2", "TT1", "CTBV")
        cands = [p for p in self.persons
                 if p.group == "kinh" and any(s[3] in visible and (s[1] is None or s[1] > START)
                                              for s in p.stints)]
        pairs = max(1, round(0.015 * len(self.persons)))
        used: set[str] = set()
        for _ in range(pairs * 20):
            if pairs == 0 or len(cands) < 2:
                break
            a, b = rng.sample(cands, 2)
            if a.key in used or b.key in used or a.home == b.home or a.female != b.female:
                continue
            b.name = a.name
            used.update((a.key, b.key))
            pairs -= 1

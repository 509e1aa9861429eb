"""One article while it is written: its setting drawn from the random stream (team body,
province, day, outlet, team kind, topic), the team and the hosts it names, its paragraphs
so far and the facts gathered for its gold file; the writing of a person with titles and
of cited documents, which every part of the article shares."""

from __future__ import annotations

import random

from .basics import END, START, cached_key, cumulative, weighted_index
from .bodies import DOCS, LOCAL_DOCS, REF_IN_TEXT, TEAM_BODIES
from .body import write_body
from .layouts import write_headline, write_teasers
from .leads import write_lead
from .mentions import Mentions, name_unique
from .population import Person, World
from .posts import WrittenTitle


class Article:
    """One article: its setting, its paragraphs and, mention by mention, its gold facts."""

    def __init__(self, world: World, rng: random.Random, stem: str) -> None:
        self.world, self.rng, self.stem = world, rng, stem
        self.paras: list[str] = []
        self.mentions = Mentions()
        self.photographers: list[str] = []
        self.references: list[str] = []
        self.targets: list[str] = []
        self.related: list[dict] = []  # the teasers' events
        self.leader: Person | None = None
        self.deputy: Person | None = None
        self.members: list[Person] = []
        self.hosts: list[Person] = []
        self.photo: str | None = None  # the photographer of the last credit
        self.place: str | None = None
        self.place_as_written: str | None = None
        self.headline: str | None = None
        self.source: str | None = None
        self.programme_year: int | None = None

    def build(self) -> Article:
        """Draw the setting and the people, then write the paragraphs; the random draws come
        in this order, which fixes the corpus a seed gives."""
        self._draw_setting()
        self._draw_team()
        self._draw_hosts()
        for m in REF_IN_TEXT.finditer(self.topic):  # the topic is first written in the lead
            self.add_ref(m.group(0))
        if self.want_headline:
            write_headline(self)
        write_lead(self)
        write_body(self)
        if self.rng.random() < 1 / 3:
            write_teasers(self)
        return self

    # ----------------------------------------------------------------- setting
    def _draw_setting(self) -> None:
        w, rng = self.world, self.rng
        cum = w.team_weights
        self.body_key = w.team_bodies[weighted_index(cum, rng.random() * cum[-1])]
        tb = self.tb = TEAM_BODIES[self.body_key]
        provs = w.provinces if not tb.ministry else [p for p in w.provinces if not p.city] or \
            w.provinces
        self.prov = rng.choice(provs)
        self.unit = f"p{self.prov.code}"
        self.day = rng.randint(START, END)
        self.tod = rng.choice((None, None, None, "sáng", "sáng", "chiều"))
        self.with_year = rng.random() < 0.75
        self.published = self.day + rng.randint(1, 2) if rng.random() < 1 / 3 else None
        self.old = rng.random() < 0.25  # old tone placement (``Hoà``) throughout
        self.nbsp = rng.random() < 0.05
        self.venue = rng.choice(("buổi làm việc", "hội nghị"))
        r = rng.random()
        if r < 0.35:
            self.outlet = ""
            self.credit_style = rng.choice(("tccs", "ttxvn"))
            self.want_headline = True
        elif r < 0.6:
            self.outlet, self.source, self.credit_style = "TCCS - ", "Tạp chí Cộng sản", "tccs"
            self.want_headline = False
        elif r < 0.75:
            self.outlet, self.source = "TTXVN - ", "Thông tấn xã Việt Nam"
            self.credit_style, self.want_headline = "ttxvn", False
        else:
            self.outlet, self.credit_style = "", rng.choice(("tccs", "ttxvn"))
            self.want_headline = False

        heads = tb.heads
        cum = cumulative([x[1] for x in heads])
        self.kind_word = heads[weighted_index(cum, rng.random() * cum[-1])][0]
        self.working = self.kind_word == "công tác"  # a working visit: no decision, no audit
        self.activity = {"kiểm tra": "kiểm tra", "giám sát": "giám sát"}.get(
            self.kind_word, "làm việc")
        self.kind = {"kiểm tra": "inspection", "giám sát": "supervision",
                     "công tác": "meeting"}[self.kind_word]
        self.number = rng.randint(1, 12) if self.kind_word != "công tác" else None
        self.body_written = tb.name if not tb.variants or rng.random() < 0.7 else \
            rng.choice(tb.variants)
        topics = [t for t, since in tb.topics if since <= self.day]
        self.topic = rng.choice(topics)

    # ------------------------------------------------------------------ people
    def _draw_team(self) -> None:
        tb = self.tb
        self.leader = self._pick(tb.leaders)
        self.deputy = self._pick(tb.deputies)
        for _ in range(2 if tb.ministry else 1):
            m = self._pick(tb.members)
            if m is not None and m not in self.members and \
                    name_unique(m, self.members):
                self.members.append(m)

    def _draw_hosts(self) -> None:
        """The Bí thư and a few others."""
        w, rng, tb = self.world, self.rng, self.tb
        bt = w.holder(self.unit, "BT", self.day)
        if self.mentions.free(bt) and bt not in self.team():
            self.hosts.append(bt)
        others = list(dict.fromkeys(tb.hosts + ("PBTTT", "CTUB", "CTHD", "TBTC")))
        rng.shuffle(others)
        for post in others[:rng.randint(1, 3)]:
            p = w.holder(self.unit, post, self.day)
            if p is not None and p not in self.hosts and p not in self.team() and \
                    name_unique(p, self.hosts + self.team()):
                self.hosts.append(p)

    def team(self) -> list[Person]:
        return [p for p in (self.leader, self.deputy, *self.members) if p is not None]

    def _pick(self, options: tuple[tuple[str, str], ...]) -> Person | None:
        """The holder of one of ``options`` (central unit, post), not already on the team."""
        w = self.world
        opts = [o for o in options if o[0] in w.central]
        self.rng.shuffle(opts)
        taken = [p for p in (self.leader, self.deputy) if p is not None]
        for unit, post in opts:
            p = w.holder(unit, post, self.day)
            if p is not None and p not in taken and name_unique(p, taken):
                return p
        return None

    # ---------------------------------------------------------------- mentions
    def nt(self, person: Person, titles: list[WrittenTitle], role: tuple, *,
           hon: str = "đồng chí", dash: bool = False, segment: str = "body",
           use_rank: bool = True) -> str:
        """``đồng chí NAME, T1, T2`` (``Đại tướng NAME - T1, T2`` with ``dash``)."""
        rank = person.rank_at(self.day) if use_rank else None
        lead = rank or hon
        self.mentions.register(person, titles, rank, segment, *role)
        head = f"{lead} {person.name}" if lead else person.name
        if not titles:
            return head
        sep = " - " if dash else ", "
        return head + sep + ", ".join(t.text for t in titles)

    def tn(self, person: Person, titles: list[WrittenTitle], role: tuple, *,
           segment: str = "body") -> str:
        """``T1, T2 NAME`` (titles first); an officer keeps the rank before the name."""
        rank = person.rank_at(self.day)
        self.mentions.register(person, titles, rank, segment, *role)
        name = f"{rank} {person.name}" if rank else person.name
        return ", ".join(t.text for t in titles) + " " + name

    def titles_of(self, person: Person, *, party: bool = True, explicit: str = "none",
                  sub: bool = False, t: int | None = None) -> list[WrittenTitle]:
        """The person's titles on day ``t`` (the article's day by default)."""
        return self.world.titles_at(person, self.day if t is None else t, party=party,
                                    explicit=explicit, sub=sub)

    def main_title(self, person: Person, *, explicit: bool = True,
                   qualifier: str | None = None, t: int | None = None) -> WrittenTitle:
        return self.world.main_title(person, self.day if t is None else t, explicit=explicit,
                                     qualifier=qualifier)

    def former_titles(self, person: Person, qualifier: str) -> list[WrittenTitle]:
        return self.world.former_titles(person, qualifier, self.rng)

    # ------------------------------------------------------- documents, targets
    def cite(self, key: str) -> str | None:
        """``Quy định số 58-QĐ/TW của Bộ Chính trị về …`` for a document issued by now."""
        if key == "@local":
            kind, code = self.rng.choice(LOCAL_DOCS)
            number = f"{self.rng.randint(1, 60):02d}-{code}"
            ref = f"{kind} số {number}"
            self.add_ref(ref)
            return f"{ref} của Ban Thường vụ {self.prov.committee}"
        kind, number, issued, issuer, subject = DOCS[key]
        if issued > self.day - 30:
            return None
        ref = f"{kind} số {number}"
        self.add_ref(ref)
        return f"{ref} {issuer} {subject}"

    def add_ref(self, ref: str) -> None:
        if cached_key(ref) not in (cached_key(r) for r in self.references):
            self.references.append(ref)

    def target(self, text: str) -> str:
        """``text``, recorded (once) as a body the team inspects or works with."""
        if cached_key(text) not in (cached_key(t) for t in self.targets):
            self.targets.append(text)
        return text

    def expand(self, template: str) -> str:
        """``template`` with the article's words: ``{C}`` committee, ``{a}`` tỉnh/thành phố,
        ``{P}`` province, ``{W}`` province as written, ``{topic}``, ``{activity}``."""
        p = self.prov
        return (template.replace("{C}", p.committee).replace("{a}", p.admin)
                .replace("{P}", p.name).replace("{W}", p.written)
                .replace("{topic}", self.topic).replace("{activity}", self.activity))

"""The opening of an article: the team's name (``Đoàn Kiểm tra số 3 của …``), where the
event is held, the lead paragraph in one of its five forms (the seeds' styles and a
ministry's working visit) and the sentences naming who attended and who hosted."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .basics import RANK_INDEX
from .bodies import TEAM_HEADS
from .dates import written_date
from .layouts import caption
from .population import Person
from .posts import WrittenTitle

if TYPE_CHECKING:
    from .article import Article


def write_lead(a: Article) -> None:
    """The lead paragraph and who attended: the form drawn from the team and the date."""
    rng = a.rng
    team = team_name(a)
    date_text = written_date(rng, a.day, a.tod, a.with_year)
    t0 = a.target(a.expand("Ban Thường vụ {C} {P}")) if not a.tb.ministry else \
        a.target(a.expand(a.tb.extra_targets[0]))
    a.t0 = t0
    if a.tb.ministry:
        _lead_ministry(a, date_text, team)
    else:
        form = rng.random()
        if a.leader is None:
            form = 0.0
        elif a.working:
            form *= 0.6  # "có buổi làm việc với …" or "do … làm Trưởng đoàn đã làm việc với …"
        if form < 0.25:
            _lead_a(a, date_text, team)
        elif form < 0.6:
            _lead_b(a, date_text, team)
        elif form < 0.8 and a.with_year:
            _lead_c(a, team)
        else:
            _lead_d(a, date_text, team)


def team_name(a: Article) -> str:
    """``Đoàn Kiểm tra số 3 của Ủy ban Kiểm tra Trung ương`` (``team_head`` kept)."""
    head = TEAM_HEADS[a.kind_word]
    if a.kind_word == "kiểm tra" and a.rng.random() < 0.2:
        head = "Đoàn kiểm tra"
    a.team_head = head
    if a.number is not None:
        head += f" số {a.number}"
    link = "thuộc" if a.body_key == "TBBVCT" and a.rng.random() < 0.5 else "của"
    return f"{head} {link} {a.body_written}"


def lead_title(a: Article) -> WrittenTitle:
    """The leader's title in the team (``Trưởng Đoàn Kiểm tra số 3``)."""
    if a.number is None:
        text = "Trưởng đoàn"
    else:
        text = f"Trưởng {a.team_head} số {a.number}"
    return WrittenTitle(text, ("team", "leader"))


def deputy_title(a: Article) -> WrittenTitle:
    """The deputy's title in the team, in one of its wordings."""
    if a.number is None:
        text = "Phó Trưởng đoàn"
    else:
        text = a.rng.choice((
            "Phó Trưởng đoàn", f"Phó Trưởng {a.team_head} số {a.number}",
            f"Phó Trưởng đoàn {a.activity}"))
    return WrittenTitle(text, ("team", "deputy"))


def _place(a: Article) -> str:
    """``, tại thành phố Vinh, tỉnh Nghệ An`` or ``, tại tỉnh Nghệ An`` or nothing."""
    p, rng = a.prov, a.rng
    r = rng.random()
    a.place = a.place_as_written = None
    if p.capital and r < 0.45:
        kind, name = p.capital
        a.place = a.place_as_written = name
        if p.misspelt and rng.random() < 0.1:
            a.place_as_written = rng.choice(p.misspelt)
            return f", tại {kind} {a.place_as_written}, {p.written}"
        if rng.random() < 0.25 and kind == "thành phố" and not p.city:
            return f", tại thành phố {name}"
        return f", tại {kind} {name}, {p.written}"
    if r < 0.7:
        return f", tại {p.written}"
    return ""


def _leader_phrase(a: Article, *, sub: bool) -> str:
    """``do đồng chí X, T1, T2 làm Trưởng đoàn``."""
    rng = a.rng
    titles = a.titles_of(a.leader, sub=sub)
    rank = a.leader.rank_at(a.day)
    dash = bool(rank) and rng.random() < 0.4
    text = a.nt(a.leader, titles, ("team", "leader"), dash=dash)
    verb = "làm Trưởng đoàn" if rng.random() < 0.85 else "dẫn đầu"
    return f"do {text} {verb}"


def _lead_a(a: Article, date_text: str, team: str) -> None:
    """Seed style: the team works with the committee; then who attended."""
    rng = a.rng
    a.venue = "buổi làm việc"
    place = _place(a)
    verb = (f"có buổi làm việc, {a.activity} tại" if a.kind_word == "kiểm tra"
            else "có buổi làm việc với")
    s1 = f"{a.outlet}{date_text}{place}, {team} {verb} {a.t0} về {a.topic}."
    parts = []
    if a.leader is not None:
        parts.append(a.nt(a.leader, a.titles_of(a.leader, sub=True)
                          + [lead_title(a)], ("team", "leader")))
    if a.deputy is not None:
        parts.append(a.nt(a.deputy, a.titles_of(a.deputy)
                          + [deputy_title(a)], ("team", "deputy")))
    if parts:
        tail = rng.choice(("các đồng chí thành viên Đoàn", "các đồng chí đại diện "
                           "Ban Tổ chức Trung ương, Ban Tuyên giáo Trung ương"))
        s2 = f" Dự {a.venue} có " + "; ".join(parts) + f"; {tail}."
    else:
        s2 = ""
    a.paras.append(s1 + s2)
    _hosts_paragraph(a)


def _lead_b(a: Article, date_text: str, team: str) -> None:
    """``Đoàn … do X, T làm Trưởng đoàn đã có buổi làm việc với …``; then the deputy."""
    rng = a.rng
    place = _place(a) if rng.random() < 0.6 else ""
    lp = _leader_phrase(a, sub=True)
    year = ""
    if a.with_year and not a.working and rng.random() < 0.4:
        a.programme_year = date.fromordinal(a.day).year
        year = f" năm {a.programme_year}"
    verb = rng.choice(("đã có buổi làm việc với", "đã làm việc với")) \
        if a.venue == "buổi làm việc" else "đã tổ chức hội nghị làm việc với"
    para = (f"{a.outlet}{date_text}{place}, {team} {lp} {verb} {a.t0} về "
            f"{a.topic}{year}.")
    if a.deputy is not None:
        dep = a.nt(a.deputy, a.titles_of(a.deputy) + [deputy_title(a)],
                   ("team", "deputy"))
        end = rng.choice((" và các thành viên trong đoàn.",
                          "; các đồng chí thành viên Đoàn.",
                          " và các thành viên đoàn."))
        para += f" {rng.choice(('Cùng dự có', 'Dự ' + a.venue + ' có'))} {dep}{end}"
    if rng.random() < 0.5:
        para += " " + _hosts_sentence(a)
        a.paras.append(para)
    else:
        a.paras.append(para)
        caption_leader(a)
        _hosts_paragraph(a)


def _lead_c(a: Article, team: str) -> None:
    """``Thực hiện Chương trình kiểm tra, giám sát năm Y của …, ngày …, …``."""
    rng = a.rng
    a.venue = "hội nghị"
    a.programme_year = date.fromordinal(a.day).year
    body = "Bộ Chính trị, Ban Bí thư" if a.body_key == "BCT" else a.tb.name
    date_text = written_date(rng, a.day, a.tod, True, capital=False, allow_words=True)
    place = _place(a)
    a.paras.append(
        f"{a.outlet}Thực hiện Chương trình kiểm tra, giám sát năm {a.programme_year} "
        f"của {body}, {date_text}{place}, {team} đã tổ chức hội nghị công bố quyết định "
        f"{a.activity} đối với {a.t0} về {a.topic}.")
    parts = [a.nt(a.leader, a.titles_of(a.leader, sub=True)
                  + [lead_title(a)], ("team", "leader"))]
    if a.deputy is not None:
        parts.append(a.nt(a.deputy, a.titles_of(a.deputy)
                          + [deputy_title(a)], ("team", "deputy")))
    para = "Dự hội nghị có " + "; ".join(parts) + "; các đồng chí thành viên Đoàn."
    para += " " + _hosts_sentence(a, form="pair")
    a.paras.append(para)


def _lead_d(a: Article, date_text: str, team: str) -> None:
    """The leader written titles first: ``Phó Chủ nhiệm … X, Trưởng Đoàn … chủ trì``."""
    rng = a.rng
    a.venue = "hội nghị"
    place = _place(a)
    extra = [t for t in a.tb.extra_targets if "{P}" in t]
    and_t = f" và {a.target(a.expand(extra[0]))}" if extra and rng.random() < 0.5 else ""
    a.paras.append(
        f"{a.outlet}{date_text}{place}, {team} đã tổ chức hội nghị công bố quyết định "
        f"{a.activity} đối với {a.t0}{and_t} về {a.topic}.")
    rank = a.leader.rank_at(a.day)
    if rank:
        head = a.nt(a.leader, [a.main_title(a.leader), lead_title(a)],
                    ("team", "leader"))
    else:
        head = a.tn(a.leader, [a.main_title(a.leader)], ("team", "leader"))
        head += ", " + lead_title(a).text
        a.mentions.register(a.leader, [lead_title(a)], None, "body", "team", "leader")
    para = f"{head} chủ trì hội nghị."
    if a.deputy is not None:
        dep = a.nt(a.deputy, a.titles_of(a.deputy) + [deputy_title(a)],
                   ("team", "deputy"))
        para += f" Cùng dự có {dep} và các thành viên Đoàn."
    a.paras.append(para)
    _hosts_paragraph(a)


def _lead_ministry(a: Article, date_text: str, team: str) -> None:
    """A ministry's working visit (``Đoàn công tác của Bộ Công an do Thượng tướng …``)."""
    rng = a.rng
    a.venue = "buổi làm việc"
    place = _place(a)
    if a.leader is None:
        a.paras.append(f"{a.outlet}{date_text}{place}, {team} đã đến thăm, làm việc "
                       f"với {a.t0} về {a.topic}.")
    else:
        lp = _leader_phrase(a, sub=False)
        a.paras.append(f"{a.outlet}{date_text}{place}, {team} {lp} đã đến thăm, "
                       f"làm việc với {a.t0} về {a.topic}.")
    parts = []
    members = sorted(a.members, key=lambda m: -RANK_INDEX.get(m.rank_at(a.day) or "", -1))
    for m in members:
        titles = a.titles_of(m, party=rng.random() < 0.5)
        parts.append(a.nt(m, titles, ("team", "member"), dash=rng.random() < 0.3))
    other = "Bộ Quốc phòng" if a.body_key == "QUTW" else "Bộ Công an"
    para = ""
    if parts:
        para = (f"Cùng đi {rng.choice(('có', 'trong đoàn có'))} " + "; ".join(parts)
                + f"; lãnh đạo một số cơ quan chức năng của {other}.")
    hosts = _hosts_sentence(a, form="tiep")
    a.paras.append((para + " " + hosts).strip())


def _host_titles(a: Article, person: Person, explicit: str = "none") -> list[WrittenTitle]:
    return a.titles_of(person, party=True, explicit=explicit)


def _hosts_sentence(a: Article, form: str | None = None) -> str:
    """Who hosted the team: a list of names and titles, or titles first (``tiep``)."""
    rng, p = a.rng, a.prov
    hosts = a.hosts
    if not hosts:
        return f"Về phía {p.written} có các đồng chí trong Ban Thường vụ {p.committee}."
    form = form or rng.choice(("list", "list", "pair", "tiep"))
    role = ("host", "host")
    if form == "list":
        items = [a.nt(h, _host_titles(a, h), role, hon="") for h in hosts]
        return (f"Về phía {p.written} có các đồng chí: " + "; ".join(items)
                + f"; các đồng chí Ủy viên Ban Thường vụ {p.committee}; đại diện lãnh đạo các "
                f"cơ quan tham mưu, giúp việc của {p.committee}.")
    if form == "pair":
        items = [a.nt(h, _host_titles(a, h), role) for h in hosts]
        return (f"Về phía {p.written} có " + "; ".join(items)
                + f" cùng các đồng chí trong Ban Thường vụ {p.committee}.")
    # Titles first: "Tiếp đoàn có Bí thư Tỉnh ủy X A; Phó Bí thư …, Chủ tịch … B; …"
    items = []
    for i, h in enumerate(hosts):
        if h.rank_at(a.day):
            items.append(a.nt(h, a.titles_of(h, party=False), role))
        else:
            titles = a.titles_of(h, party=False, explicit="last" if i == 0 else "none")
            items.append(a.tn(h, titles, role))
    lead = rng.choice(("Tiếp và làm việc với đoàn có", "Tiếp đoàn có"))
    return (f"{lead} " + "; ".join(items) + f"; các đồng chí Ủy viên Ban Thường vụ "
            f"{p.committee} và lãnh đạo các cơ quan tham mưu, giúp việc của {p.committee}.")


def _hosts_paragraph(a: Article) -> None:
    a.paras.append(_hosts_sentence(a))


def caption_leader(a: Article) -> None:
    """A photo of the team leader speaking."""
    rng = a.rng
    if a.leader is None:
        return
    titles = a.titles_of(a.leader, party=rng.random() < 0.5)
    if a.number is not None and rng.random() < 0.6:
        titles.append(lead_title(a))
    text = a.nt(a.leader, titles, ("team", "leader"), hon="Đồng chí")
    verb = rng.choice(("phát biểu tại", "phát biểu chỉ đạo tại", "phát biểu kết luận"))
    caption(a, f"{text} {verb} {a.venue}")

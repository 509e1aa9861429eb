"""What stands around an article's body on the page: the headline, photo captions (some
printed twice) with their credits and photographers, and the "Có thể bạn quan tâm" block
of teasers for other provinces' events, whose people are of segment ``related``."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .basics import END, START
from .bodies import LOCAL_DOCS, TEAM_HEADS
from .dates import gold_date, written_date
from .places import Province
from .posts import CENTRAL

if TYPE_CHECKING:
    from .article import Article


def write_headline(a: Article) -> None:
    rng = a.rng
    p = a.prov
    head = TEAM_HEADS[a.kind_word]
    body = a.tb.name
    forms = [
        f"{head} của {body} làm việc với Ban Thường vụ {p.committee} {p.name}",
        f"{body} {'làm việc với' if a.working else a.activity} Ban Thường vụ "
        f"{p.committee} {p.name}",
        f"Nâng cao hiệu quả {a.topic} tại {p.name}" if a.topic.startswith("công tác")
        else f"{body} làm việc tại {p.name}",
    ]
    if a.tb.ministry:
        forms = [f"{body} làm việc với {a.expand(a.tb.extra_targets[0])}",
                 f"{head} của {body} thăm, làm việc tại {p.written}"]
    a.headline = rng.choice(forms)
    a.paras.append(a.headline)


# ------------------------------------------------------------------------------- captions


def credit(a: Article) -> str:
    """The credit closing a caption, in the outlet's style."""
    rng = a.rng
    if a.credit_style == "tccs":
        return f"_Ảnh: {_photographer(a)}"
    if rng.random() < 0.25:
        return ". (Ảnh: TTXVN)"
    return f". (Ảnh: {_photographer(a)}/TTXVN)"


def _photographer(a: Article) -> str:
    """Mostly the same photographer through an article (gold lists each once)."""
    if not a.photo or a.rng.random() < 0.1:
        a.photo = a.world.names.pick(a.rng, "photographer")
    if a.photo not in a.photographers:
        a.photographers.append(a.photo)
    return a.photo


def caption(a: Article, text: str) -> None:
    """A photo caption, printed twice in a row about half the time."""
    rng = a.rng
    r = rng.random()
    if r < 0.15:
        line = text + "."
        a.paras += [line, line]
        return
    line = text + credit(a)
    a.paras.append(line)
    if r < 0.55:
        a.paras.append(line)


# -------------------------------------------------------------------------------- teasers


def write_teasers(a: Article) -> None:
    """One to three teasers of events in other provinces, near the article's day."""
    rng, w = a.rng, a.world
    block: list[str] = []
    for _ in range(rng.randint(1, 3)):
        q = rng.choice(w.provinces)
        if len(w.provinces) > 1:
            while q is a.prov:
                q = rng.choice(w.provinces)
        latest = min(a.published if a.published is not None else END, END)
        tq = min(max(a.day + rng.randint(-40, 10), START - 30), latest)
        kind = rng.choice(("tri_an", "military", "board", "plain", "visit"))
        paras = _teaser(a, kind, q, tq)
        if paras is None:
            paras = _teaser(a, "plain", q, tq)
        block += paras
    if block:
        a.paras.append("Có thể bạn quan tâm")
        a.paras += block


def _teaser_date(a: Article, tq: int) -> tuple[str, dict]:
    rng = a.rng
    tod = rng.choice((None, None, "sáng", "chiều", "tối"))
    with_year = rng.random() < 0.5
    text = written_date(rng, tq, tod, with_year)
    event = {"date": gold_date(tq, with_year, a.published), "time_of_day": tod}
    return text, event


def _teaser(a: Article, kind: str, q: Province, tq: int) -> list[str] | None:
    """The paragraphs of one teaser of kind ``kind`` (None when no one fits it), written as
    of day ``tq`` in province ``q``; its event goes to the related events."""
    saved = a.day, a.prov
    a.day, a.prov = tq, q  # titles, ranks and documents as of the teaser's day and place
    try:
        date_text, event = _teaser_date(a, tq)
        event["province"] = q.name
        writer = _TEASERS.get(kind)
        if writer is None or (kind == "visit" and not a.world.central):
            writer = _plain
        out = writer(a, q, tq, date_text, event)
        if out is not None:
            a.related.append(event)
        return out
    finally:
        a.day, a.prov = saved


_ROLE = ("other", None)
_SEGMENT = "related"


def _tri_an(a: Article, q: Province, tq: int, date_text: str, event: dict) -> list[str] | None:
    """A leader honours former leaders: a deceased one's family, a retired one."""
    rng, w = a.rng, a.world
    unit = f"p{q.code}"
    role, seg = _ROLE, _SEGMENT
    actor = w.holder(unit, rng.choice(("PBTTT", "BT")), tq)
    former = w.former.get(unit, ())
    dead = [e for e in former
            if e.died is not None and e.died <= tq and a.mentions.free(e)]
    alive = [e for e in former
             if e.retired <= tq and (e.died is None or e.died > tq)
             and a.mentions.free(e)]
    if actor is None or not a.mentions.free(actor) or not (dead or alive):
        return None
    d = dead[rng.randrange(len(dead))] if dead else None
    living = alive[rng.randrange(len(alive))] if alive else None
    if d is living or actor in (d, living):
        return None
    out = []
    if d is not None:
        dt = a.former_titles(d, "cố")
        cap = a.nt(actor, [], role, hon="Đồng chí", segment=seg)
        dn = a.tn(d, dt, role, segment=seg)
        out.append(f"{cap} thăm hỏi gia đình {dn}. (Ảnh: TTXVN)")
    out.append(f"Lãnh đạo {q.written} tri ân các đồng chí nguyên lãnh đạo {q.admin} "
               f"qua các thời kỳ")
    at = [a.main_title(actor, explicit=True)]
    lead = (f"Nhân dịp kỷ niệm ngày thành lập Đảng bộ {q.admin}, {date_text[0].lower()}"
            f"{date_text[1:]}, {a.nt(actor, at, role, segment=seg)} đã đến thăm")
    parts = []
    if d is not None:
        dt = a.former_titles(d, "cố")
        parts.append(f", dâng hương tưởng nhớ {a.tn(d, dt, role, segment=seg)}")
    if living is not None:
        at2 = a.former_titles(living, "nguyên")
        sep = "; thăm hỏi, tặng quà " if parts else ", tặng quà "
        parts.append(f"{sep}{a.tn(living, at2, role, segment=seg)}")
    out.append(lead + "".join(parts) + ".")
    event["people"] = [actor.name]
    return out


def _military(a: Article, q: Province, tq: int, date_text: str,
              event: dict) -> list[str] | None:
    """The military command (the police in a city) reviews its year's work."""
    rng, w = a.rng, a.world
    role, seg = _ROLE, _SEGMENT
    post = "CHTQS" if not q.city else "GDCA"
    actor = w.holder(f"p{q.code}", post, tq)
    if actor is None or not a.mentions.free(actor) or actor.rank_at(tq) is None:
        return None
    body = f"Bộ Chỉ huy Quân sự {q.written}" if post == "CHTQS" else \
        f"Công an {q.written}"
    out = [f"{actor.rank_at(tq)} {actor.name} phát biểu tại hội nghị."]
    a.mentions.register(actor, [], actor.rank_at(tq), seg, *role)
    month = date.fromordinal(tq).month
    verb = ("tổng kết" if month in (11, 12, 1) else
            "sơ kết" if month in (5, 6, 7) else "triển khai")
    out.append(f"{body} {verb} công tác quân sự, quốc phòng địa phương")
    titles = [a.main_title(actor, explicit=True)]
    who = a.nt(actor, titles, role, segment=seg)
    where = f", tại {q.written}" if rng.random() < 0.5 else ""
    out.append(f"{date_text}{where}, {body} tổ chức hội nghị {verb} công tác quân sự, "
               f"quốc phòng địa phương. {who[0].upper()}{who[1:]} chủ trì hội nghị.")
    event["people"] = [actor.name]
    return out


def _board(a: Article, q: Province, tq: int, date_text: str, event: dict) -> list[str] | None:
    """A board of the committee reviews its work, now and then citing a local document."""
    rng, w = a.rng, a.world
    role, seg = _ROLE, _SEGMENT
    post, board, work = rng.choice((("TBDV", "Ban Dân vận", "công tác dân vận"),
                                    ("TBTG", "Ban Tuyên giáo", "công tác tuyên giáo"),
                                    ("TBTC", "Ban Tổ chức", "công tác tổ chức xây "
                                     "dựng Đảng")))
    actor = w.holder(f"p{q.code}", post, tq)
    if actor is None or not a.mentions.free(actor):
        return None
    out = [f"Quang cảnh hội nghị{credit(a)}",
           f"{q.name} sơ kết {work}"]
    titles = a.titles_of(actor, party=False, explicit="last", t=tq)
    who = a.nt(actor, titles, role, hon="Đồng chí", segment=seg)
    ref = ""
    if rng.random() < 0.4:
        kind_doc, code = rng.choice(LOCAL_DOCS)
        r = f"{kind_doc} số {rng.randint(1, 60):02d}-{code}"
        a.add_ref(r)
        ref = f", quán triệt {r} của Ban Thường vụ {q.committee}"
    out.append(f"{date_text}, {board} {q.committee} {q.name} tổ chức hội nghị sơ kết "
               f"{work}{ref}. {who} chủ trì hội nghị.")
    event["people"] = [actor.name]
    return out


def _visit(a: Article, q: Province, tq: int, date_text: str, event: dict) -> list[str] | None:
    """The head of a central body visits the province (at Tết, to wish a happy new year)."""
    rng, w = a.rng, a.world
    role, seg = _ROLE, _SEGMENT
    unit_c = rng.choice(w.central)
    heads = [k for k, s in CENTRAL[unit_c][1].items() if s.pb]
    actor = w.holder(unit_c, heads[0], tq) if heads else None
    if actor is None or not a.mentions.free(actor):
        return None
    rank = actor.rank_at(tq)
    cap = f"{rank} {actor.name}" if rank else f"Đồng chí {actor.name}"
    a.mentions.register(actor, [], rank, seg, *role)
    tet = date.fromordinal(tq).month in (1, 2)
    what = "chúc Tết" if tet else "làm việc với lãnh đạo chủ chốt"
    out = [f"{cap} thăm, tặng quà gia đình chính sách tại {q.name}{credit(a)}"]
    out.append(f"Lãnh đạo Trung ương thăm, {what} {q.written}")
    titles = a.titles_of(actor, party=True, t=tq)
    who = a.nt(actor, titles, role, segment=seg)
    tail = ("chúc Tết Đảng bộ, chính quyền và nhân dân" if tet else
            "làm việc, nắm tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội "
            "của")
    out.append(f"{date_text}, {who} đã đến thăm, {tail} {q.written}.")
    event["people"] = [actor.name]
    return out


def _plain(a: Article, q: Province, tq: int, date_text: str, event: dict) -> list[str]:
    """An event with no person named: a memorial house or a historic site opens."""
    rng = a.rng
    cap = f"Quang cảnh buổi lễ{credit(a)}"
    if q.capital and rng.random() < 0.5:
        kind_w, name = q.capital
        where = f"{kind_w} {name}, {q.written}"
        event["place"] = name
    else:
        where = q.written
    what = rng.choice(("Nhà truyền thống Đảng bộ", "Khu di tích lịch sử cách mạng"))
    out = [cap, f"Khánh thành {what} {q.written}",
           f"{date_text}, tại {where}, Ban Thường vụ {q.committee} {q.name} tổ chức lễ "
           f"khánh thành {what} {q.admin}, ghi dấu những chặng đường lịch sử của Đảng bộ "
           f"và nhân dân địa phương."]
    event["people"] = []
    return out


_TEASERS = {"tri_an": _tri_an, "military": _military, "board": _board, "visit": _visit}

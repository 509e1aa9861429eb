"""The body of an article after its lead: the decision announced and the bodies to be
inspected, the committee's self-assessment, a host's report, the team leader's speech, the
Bí thư's answer and the deputy's closing words."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .basics import cached_key
from .bodies import DOCS
from .layouts import caption
from .leads import caption_leader, lead_title
from .mentions import name_unique
from .population import Person

if TYPE_CHECKING:
    from .article import Article

# What is said, with the article's words filled in (``Article.expand``).
_SPEECH = (
    "ghi nhận, đánh giá cao sự chuẩn bị chu đáo, nghiêm túc của Ban Thường vụ {C} {P}",
    "nhấn mạnh vai trò đặc biệt quan trọng của {topic} trong bối cảnh tình hình thế giới, khu "
    "vực có nhiều diễn biến phức tạp, khó lường",
    "khẳng định mục đích của đợt {activity} lần này nhằm kịp thời ghi nhận các kết quả đạt được, "
    "cũng như chỉ rõ những tồn tại, hạn chế và nguyên nhân",
    "biểu dương những kết quả mà Đảng bộ, chính quyền và nhân dân {W} đạt được thời gian qua",
    "đánh giá cao tinh thần cầu thị, trách nhiệm của các cấp ủy, tổ chức đảng trong {W}",
)
_REQUEST = (
    "đề nghị các cấp ủy, tổ chức đảng được {activity} cung cấp đầy đủ hồ sơ, tài liệu, phối hợp "
    "chặt chẽ với đoàn để hoàn thành tốt nhiệm vụ",
    "đề nghị Ban Thường vụ {C} tiếp tục chỉ đạo khắc phục dứt điểm những hạn chế đã được chỉ ra, "
    "chủ động phát hiện sớm, ngăn chặn từ xa các vi phạm",
    "lưu ý {a} cần làm rõ hơn những khó khăn, vướng mắc trong quá trình tổ chức thực hiện, nhất "
    "là ở cơ sở",
    "yêu cầu các đơn vị được {activity} xây dựng báo cáo tự {activity} nghiêm túc, khách quan, nêu "
    "rõ ưu điểm, hạn chế, khuyết điểm và nguyên nhân",
)
_REPORT = (
    "thời gian qua, Ban Thường vụ {C} đã tập trung lãnh đạo, chỉ đạo triển khai đồng bộ các nhiệm "
    "vụ về {topic}; thường xuyên quán triệt các quy định, hướng dẫn của Trung ương đến cán bộ, "
    "đảng viên",
    "các cấp ủy trong Đảng bộ đã chủ động xây dựng và thực hiện chương trình công tác sát với tình "
    "hình thực tế; chất lượng sinh hoạt chi bộ từng bước được nâng lên",
    "việc rà soát, thẩm định tiêu chuẩn chính trị đối với cán bộ, đảng viên được thực hiện chặt "
    "chẽ, đúng quy định; tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản "
    "ổn định",
)
_REPLY = (
    "cảm ơn và tiếp thu đầy đủ các ý kiến chỉ đạo của đoàn; khẳng định Ban Thường vụ {C} sẽ chỉ "
    "đạo các cơ quan liên quan phối hợp chặt chẽ, tạo điều kiện thuận lợi để đoàn hoàn thành "
    "nhiệm vụ theo đúng kế hoạch",
    "trân trọng cảm ơn sự quan tâm của Trung ương đối với địa phương; cam kết sẽ xây dựng kế hoạch "
    "khắc phục cụ thể những hạn chế mà đoàn đã chỉ ra",
    "khẳng định {a} sẽ nghiêm túc thực hiện kế hoạch của đoàn, qua đó tiếp tục nâng cao chất "
    "lượng công tác xây dựng Đảng trên địa bàn",
)


def _join(items: list[str]) -> str:
    """``a, b và c``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " và " + items[-1]


def write_body(a: Article) -> None:
    """Every paragraph after the lead, in the order the random draws have always come."""
    _decision(a)
    _self_assessment(a)
    _report(a)
    _speech(a)
    _reply(a)
    _closing(a)


def _decision(a: Article) -> None:
    """What the team came for, and the bodies it will inspect or work with."""
    rng = a.rng
    p = a.prov
    extras = []
    for tmpl in a.tb.extra_targets[(1 if a.tb.ministry else 0):]:
        if tmpl == "@district":
            if p.districts:
                committee, name = rng.choice(p.districts)
                extras.append(f"{committee} {name}")
        elif rng.random() < 0.7:
            extras.append(a.expand(tmpl))
    extras = [e for e in dict.fromkeys(extras) if cached_key(e) != cached_key(a.t0)]
    member = a.members[0] if a.members and not a.tb.ministry else None
    if a.working and not a.tb.ministry:
        if member is not None:
            who = a.nt(member, a.titles_of(member, party=False), ("team", "member"))
            verb = rng.choice(("thông tin về", "trình bày", "quán triệt"))
            para = (f"Tại {a.venue}, thay mặt đoàn công tác, {who} {verb} mục đích, yêu "
                    f"cầu và nội dung làm việc của đoàn.")
        else:
            para = f"Tại {a.venue}, đoàn đã thông tin về mục đích, yêu cầu của đợt làm việc."
        if extras:
            listed = [a.t0] + extras
            for t in listed:
                a.target(t)
            para += f" Theo chương trình, đoàn sẽ làm việc với {_join(listed)}."
        a.paras.append(para)
    elif not a.tb.ministry:
        year = ""
        if a.with_year and a.programme_year is None and rng.random() < 0.5:
            a.programme_year = date.fromordinal(a.day).year
            year = f" năm {a.programme_year}"
        if member is not None and rng.random() < 0.85:
            mt = a.titles_of(member, party=False)
            if rng.random() < 0.5:
                who = a.nt(member, mt, ("team", "member"))
                para = (f"Tại {a.venue}, đại diện đoàn {a.activity} do {who} công bố "
                        f"quyết định, kế hoạch {a.activity} và quán triệt mục đích, yêu "
                        f"cầu, nội dung, phương pháp tiến hành {a.activity} "
                        f"{a.topic}{year} đối với {a.t0}.")
            else:
                who = a.nt(member, mt, ("team", "member"))
                para = (f"Tại {a.venue}, thay mặt {a.team_head}, {who} công bố quyết "
                        f"định, kế hoạch {a.activity}{year}.")
        else:
            para = (f"Tại {a.venue}, Đoàn đã công bố quyết định {a.activity}{year} về "
                    f"{a.topic} đối với {a.t0}.")
        if extras:
            listed = [a.t0] + extras
            form = rng.random()
            docs = [k for k in a.tb.refs if k in DOCS and DOCS[k][2] < a.day - 30]
            if form < 0.25 and docs:
                # g08 style: the document first, then where it is checked.
                cited = a.cite(rng.choice(docs))
                for t in listed:
                    a.target(t)
                para += (f" Theo kế hoạch, đoàn {a.activity} việc thực hiện {cited} tại "
                         f"{_join(listed)}.")
            else:
                for t in listed:
                    a.target(t)
                para += " " + (
                    f"Theo đó, đoàn sẽ làm việc, {a.activity} tại {_join(listed)}."
                    if form < 0.6 else
                    f"Theo quyết định, Đoàn sẽ tiến hành {a.activity} tại {_join(listed)}.")
        if a.with_year and rng.random() < 0.2:
            year = date.fromordinal(a.day).year
            para += (f" Thời gian {a.activity} từ năm {year - rng.randint(2, 4)} đến nay; "
                     f"thời gian làm việc trực tiếp tại địa phương là "
                     f"{rng.choice((15, 20, 30))} ngày.")
        a.paras.append(para)
        if rng.random() < 0.5:
            caption(a, rng.choice(("Quang cảnh", "Toàn cảnh")) + f" {a.venue}")


def _self_assessment(a: Article) -> None:
    """The committee's self-assessment (seed style, a local document quoted)."""
    rng = a.rng
    p = a.prov
    if a.topic.startswith("công tác") and not a.working and rng.random() < 0.35:
        ref = a.cite("@local")
        quote = a.topic
        a.paras.append(
            f"Cũng tại {a.venue}, đại diện {p.committee} {p.name} đã báo cáo kết quả tự "
            f"{a.activity} của {p.committee} về {a.topic}. Theo đó, thời gian qua, Ban "
            f"Thường vụ {p.committee}, ban thường vụ cấp ủy trực thuộc {p.committee} tập trung "
            f"chỉ đạo trực tiếp, toàn diện {a.topic}; ban hành {ref} về “Tăng cường {quote} "
            f"trong thời điểm hiện nay” nhằm nâng cao nhận thức, hành động của cấp ủy, các tổ "
            f"chức đảng, cán bộ, đảng viên trong toàn {p.admin}.")


def _report(a: Article) -> None:
    """A host reports (now and then named in a photo caption only, as in the seeds)."""
    rng = a.rng
    reporter = _reporter(a)
    if reporter is not None:
        new = reporter.key not in a.mentions.people
        caption_only = new and rng.random() < 0.2
        if not caption_only:
            if new:
                titles = a.titles_of(reporter, party=False,
                                     explicit=rng.choice(("none", "last")))
                who = a.nt(reporter, titles, ("host", "host"))
            else:
                who = a.nt(reporter, [], ("host", "host"))
            text = a.expand(rng.choice(_REPORT))
            extra = ""
            if a.topic.startswith("công tác") and rng.random() < 0.5:
                ref = a.cite("@local")
                extra = f"; ban hành {ref} về tăng cường {a.topic} trong tình hình mới"
            a.paras.append(f"Báo cáo tại {a.venue}, {who} cho biết, {text}{extra}.")
        if caption_only or rng.random() < 0.5:
            titles = a.titles_of(reporter, party=False, explicit="last")
            cap = a.nt(reporter, titles, ("host", "host"), hon="Đồng chí")
            what = ("báo cáo kết quả công tác" if a.working
                    else f"báo cáo tóm tắt kết quả tự {a.activity}")
            caption(a, f"{cap} {what}")


def _speech(a: Article) -> None:
    """The leader speaks."""
    rng = a.rng
    p = a.prov
    if a.leader is None:
        return
    if rng.random() < 0.5:
        caption_leader(a)
    rank = a.leader.rank_at(a.day)
    if rng.random() < 0.3:
        titles = a.titles_of(a.leader, sub=True)
        if a.number is not None:
            titles.append(lead_title(a))
        who = a.nt(a.leader, titles, ("team", "leader"))
    else:
        who = f"{rank} {a.leader.name}" if rank else f"đồng chí {a.leader.name}"
        a.mentions.register(a.leader, [], rank, "body", "team", "leader")
    s = rng.choice(_SPEECH)
    q = rng.choice(_REQUEST[1:3] if a.working else _REQUEST)
    para = (f"Phát biểu {rng.choice(('tại ' + a.venue, 'chỉ đạo'))}, {who} "
            f"{a.expand(s)}; đồng thời {a.expand(q)}.")
    refs = [x for x in a.tb.refs if x != "@local"]
    rng.shuffle(refs)
    for key in refs[:rng.randint(0, 2)]:
        cited = a.cite(key)
        if cited:
            who = rng.choice(("Đồng chí cũng", "Đoàn cũng"))
            para += (f" {who} đề nghị {p.admin} tiếp tục quán triệt, thực hiện nghiêm "
                     f"{cited}.")
            break
    a.paras.append(para)
    if rng.random() < 0.3:
        rank = a.leader.rank_at(a.day)
        who = f"{rank} {a.leader.name}" if rank else f"Đồng chí {a.leader.name}"
        a.mentions.register(a.leader, [], rank, "body", "team", "leader")
        a.paras.append(
            f"{who} lưu ý, {p.name} là địa bàn có vị trí chiến lược quan trọng về kinh tế, "
            f"chính trị, quốc phòng, an ninh, vì vậy ngoài những nội dung trong kế hoạch, "
            f"cần làm rõ sâu hơn công tác nắm tình hình, công tác phối hợp giữa các cơ "
            f"quan chức năng và việc tổ chức thực hiện ở cơ sở.")


def _reply(a: Article) -> None:
    """The Bí thư answers."""
    rng = a.rng
    p = a.prov
    bt = a.hosts[0] if a.hosts else None
    if bt is not None and a.world.holder(a.unit, "BT", a.day) is bt:
        if rng.random() < 0.4:
            titles = [a.main_title(bt, explicit=True)]
            cap = a.tn(bt, titles, ("host", "host"))
            verb = rng.choice(("báo cáo với đoàn công tác" if a.working else
                               "báo cáo với Đoàn kiểm tra", f"phát biểu tại {a.venue}"))
            line = f"{cap} {verb}"
            if rng.random() < 0.5:
                a.paras += [line + ".", line + "."]
            else:
                caption(a, line)
        explicit = rng.random() < 0.5
        who = a.nt(bt, [a.main_title(bt, explicit=explicit)], ("host", "host"))
        reply = a.expand(rng.choice(_REPLY))
        form = rng.random()
        if form < 0.45:
            sep = f"Thay mặt Ban Thường vụ {p.committee}"
            if rng.random() < 0.3:
                sep += f" {p.name}"
            a.paras.append(f"{sep}, {who} {reply}.")
        elif form < 0.75:
            reply = a.expand(rng.choice(_REPLY[1:]))
            a.paras.append(f"Tiếp thu ý kiến của đoàn, {who} {reply}.")
        else:
            a.paras.append(f"Phát biểu tại {a.venue}, {who} {reply}.")


def _closing(a: Article) -> None:
    """The deputy closes; a last view of the room."""
    rng = a.rng
    if a.deputy is not None and a.deputy.key in a.mentions.people and not a.working \
            and rng.random() < 0.4:
        rank = a.deputy.rank_at(a.day)
        who = f"{rank} {a.deputy.name}" if rank else f"đồng chí {a.deputy.name}"
        a.mentions.register(a.deputy, [], rank, "body", "team", "deputy")
        a.paras.append(
            f"Cũng tại {a.venue}, {who} đã thông qua đề cương báo cáo và lịch làm việc của "
            f"đoàn; đề nghị các đơn vị hoàn thành báo cáo tự {a.activity} trước khi đoàn "
            f"tiến hành {a.activity} trực tiếp.")
    if rng.random() < 0.3:
        caption(a, f"Quang cảnh {a.venue}")


def _reporter(a: Article) -> Person | None:
    w = a.world
    posts = {"UBKTTW": "CNUBKT", "BTGTW": "TBTG", "BCAT": "GDCA", "QUTW": "CHTQS"}
    post = posts.get(a.body_key, "TBTC")
    p = w.holder(a.unit, post, a.day)
    if p is not None and a.mentions.free(p) and p not in a.team() and \
            name_unique(p, a.team() + a.hosts):
        if p not in a.hosts:
            a.hosts.append(p)
        return p
    return None

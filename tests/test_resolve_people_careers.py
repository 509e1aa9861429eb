"""Careers: small groups, name frequency and untitled mentions in person resolution."""

import sqlite3

import pytest

from pipeline.ingest import ingest
from pipeline.resolve.people.clustering import cluster_block
from pipeline.resolve.people.comparison import Cluster, Specificity, compare_clusters
from pipeline.resolve.people.groups import NameFrequency, groups_of, shared_group_evidence
from pipeline.resolve.people.profiles import DocPerson, spaced_fold
from pipeline.text.normalize import match_key

# Distinct names of a corpus where Nguyễn, Văn and Hùng are common and Khổng, Quế, Lịch rare.
COMMON_CORPUS = ([f"nguyen van {g}" for g in ("hung", "nam", "an", "binh", "tam", "son")]
                 + [f"nguyen {m} hung" for m in ("manh", "duc", "quoc", "thanh")]
                 + [f"tran van {g}" for g in ("hung", "long", "minh")]
                 + ["le van hung", "pham van hung", "khong que lich"])


def person(name, doc, *, titles=(), provinces=(), year=None, groups=()):
    return DocPerson(doc, f"d{doc}.txt", name, match_key(name), spaced_fold(name), [doc * 100],
                     doc, set(titles), {t[1] for t in titles}, set(provinces), year=year,
                     groups=frozenset(groups))


def cluster(*people):
    c = Cluster()
    for p in people:
        c.add(p)
    return c


@pytest.mark.parametrize("position, organization, expected", [
    ("Thủ tướng", "Chính phủ", {"politburo", "central_committee"}),
    ("Tổng Bí thư", None, {"politburo", "secretariat", "central_committee"}),
    ("Ủy viên", "Ban Chấp hành Trung ương Đảng khóa XIII", {"central_committee"}),
    ("Uỷ viên Thường vụ", "Quân uỷ Trung ương", {"central_military_commission_standing"}),
    ("Bí thư", "Tỉnh ủy Hà Giang", set()),
    ("Ủy viên", "Ban Thường vụ Tỉnh ủy Hà Giang", set()),
], ids=["prime-minister", "general-secretary", "central-committee-with-term", "cmc-standing",
        "provincial-secretary", "provincial-standing-committee"])
def test_titles_seat_their_holder_in_small_groups(position, organization, expected):
    assert groups_of(position, organization) == expected


def test_a_common_name_is_likelier_than_a_rare_one():
    names = NameFrequency.of(COMMON_CORPUS)
    assert names.probability("nguyen van hung") > 50 * names.probability("khong que lich")


def _spec():
    spec = Specificity.of([])
    return Specificity(spec.title_holders, spec.org_holders, NameFrequency.of(COMMON_CORPUS))


def test_a_rare_name_in_the_politburo_is_one_person_across_offices_and_years():
    minister = person("Khổng Quế Lịch", 1, titles=[("bộ trưởng", 5)], year=2019,
                      groups={"politburo", "central_committee"})
    president = person("Khổng Quế Lịch", 2, titles=[("chủ tịch nước", 9)], year=2024,
                       groups={"politburo", "central_committee"})
    result = compare_clusters(cluster(minister), cluster(president), _spec())
    assert result.rule == "same-name-small-group"
    assert result.evidence["shared_group"] == "politburo"
    weights = [f["weight"] for f in result.evidence["factors"]]
    assert result.evidence["total_weight"] == pytest.approx(sum(weights), abs=0.02)
    assert result.evidence["total_weight"] >= result.evidence["threshold_weight"]


def test_a_common_name_in_the_central_committee_is_not_enough():
    a = person("Nguyễn Văn Hùng", 1, titles=[("bí thư", 5)], year=2021,
               groups={"central_committee"})
    b = person("Nguyễn Văn Hùng", 2, titles=[("trưởng ban", 9)], year=2022,
               groups={"central_committee"})
    result = compare_clusters(cluster(a), cluster(b), _spec())
    assert result.rule is None and result.conflict == "common-name-in-group"
    assert shared_group_evidence("nguyen van hung", a.groups, b.groups,
                                 _spec().names)["one_person"] is False


def test_two_provinces_in_one_year_keep_a_group_s_namesakes_apart():
    a = person("Khổng Quế Lịch", 1, titles=[("bí thư", 5)], provinces=["40"], year=2021,
               groups={"politburo"})
    b = person("Khổng Quế Lịch", 2, titles=[("bí thư", 6)], provinces=["42"], year=2021,
               groups={"politburo"})
    assert compare_clusters(cluster(a), cluster(b), _spec()).conflict == "two-provinces-in-one-year"


def test_an_untitled_mention_joins_the_one_official_of_a_rare_name():
    titled = person("Khổng Quế Lịch", 1, titles=[("bí thư", 5)], provinces=["40"])
    untitled = person("Khổng Quế Lịch", 2)
    clusters, links = cluster_block([titled, untitled], _spec(), {})
    assert len(clusters) == 1
    assert [link.rule for link in links if link.decision == "merged"] == ["rare-name-untitled"]


@pytest.mark.parametrize("others", [
    [("Khổng Quế Lịch", ["40"]), ("Khổng Quế Lịch", ["42"])],
    [("Nguyễn Văn Hùng", ["40"])],
], ids=["two-officials-of-that-name", "a-common-name"])
def test_an_untitled_mention_stays_apart_when_it_could_be_someone_else(others):
    people = [person(name, i, titles=[("bí thư", 10 + i)], provinces=provinces)
              for i, (name, provinces) in enumerate(others, 1)]
    untitled = person(others[0][0], 9)
    clusters, _ = cluster_block(people + [untitled], _spec(), {})
    assert any(c.members == [untitled] for c in clusters)


ARTICLES = {
    "m1.txt": "Ngày 5/3/2019, Đại tướng Khổng Quế Lịch, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an "
              "làm việc với Ban Thường vụ Tỉnh ủy Lạng Sơn.\n",
    "m2.txt": "Ngày 9/9/2024, Tổng Bí thư Khổng Quế Lịch thăm và làm việc tại tỉnh Cao Bằng.\n",
    "m3.txt": "Ngày 10/10/2024, tại Hà Nội, đồng chí Khổng Quế Lịch phát biểu tại hội nghị.\n",
    "m4.txt": "Ngày 2/4/2020, đồng chí Hà Văn Tuệ, Bí thư Tỉnh ủy Lạng Sơn tiếp đoàn.\n",
    "m5.txt": "Ngày 2/4/2023, đồng chí Hà Văn Tuệ, Phó Chủ tịch UBND tỉnh Cà Mau dự hội nghị.\n",
    # Other officials, so that the corpus tells common name parts from rare ones.
    "m6.txt": "Ngày 3/4/2023, Ban Thường vụ Tỉnh ủy Lạng Sơn họp. Dự có các đồng chí: " + "; ".join(
        f"{family} {middle} {given}, Phó Giám đốc Sở Nội vụ"
        for family in ("Nguyễn", "Trần", "Lê", "Phạm") for middle in ("Văn", "Thị", "Minh")
        for given in ("An", "Bình", "Cường")) + ".\n",
}


def test_a_minister_who_becomes_general_secretary_is_one_person_in_the_database(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name, text in ARTICLES.items():
        (src / name).write_text(text, encoding="utf-8")
    db = tmp_path / "x.db"
    assert ingest([src], db, curation=None).ok
    with sqlite3.connect(db) as conn:
        ids = dict(conn.execute("SELECT d.name, pm.person_id FROM person_mentions pm JOIN "
                                "documents d ON d.id = pm.document_id").fetchall())
        rules = {r for (r,) in conn.execute("SELECT rule FROM person_merges "
                                            "WHERE decision = 'merged'")}
    assert ids["m1.txt"] == ids["m2.txt"] == ids["m3.txt"]
    # Two provinces, no group: namesakes stay apart.
    assert ids["m4.txt"] != ids["m5.txt"]
    assert {"same-name-small-group", "rare-name-untitled"} <= rules
    # `people explain` shows the career merge factor by factor.
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["people", "explain", str(ids["m1.txt"]), "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any("same-name-small-group" in line for line in lines)
    assert any("both in the politburo (19 seats at once)" in line for line in lines)
    assert any("total (one person at +4.32 or more)" in line for line in lines)


def test_a_post_in_a_body_and_in_its_2025_successor_is_one_career(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Ngày 5/3/2024, ông Lò Quý Hưng, Bộ trưởng Bộ Kế hoạch và Đầu tư "
                               "dự hội nghị tại tỉnh Sơn La.\n", encoding="utf-8")
    (src / "b.txt").write_text("Ngày 5/6/2025, ông Lò Quý Hưng, Bộ trưởng Bộ Tài chính làm việc "
                               "với tỉnh Điện Biên.\n", encoding="utf-8")
    (src / "c.txt").write_text("Ngày 7/6/2025, ông Lò Quý Hưng, Bộ trưởng Bộ Y tế làm việc với "
                               "tỉnh Lai Châu.\n", encoding="utf-8")
    db = tmp_path / "x.db"
    assert ingest([src], db, curation=None).ok
    with sqlite3.connect(db) as conn:
        ids = dict(conn.execute("SELECT d.name, pm.person_id FROM person_mentions pm JOIN "
                                "documents d ON d.id = pm.document_id").fetchall())
    assert ids["a.txt"] == ids["b.txt"]
    assert ids["c.txt"] != ids["a.txt"]  # no body in common: nothing ties them

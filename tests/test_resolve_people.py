"""Person resolution across documents, on small articles written in the genre."""

import json
import sqlite3

import pytest

from pipeline.ingest import ingest
from pipeline.resolve.people.blocking import block_key, blocks
from pipeline.resolve.people.comparison import Cluster, Specificity, compare, name_similarity
from pipeline.resolve.people.curation import CurationError, Decision, append_decision, read_curation
from pipeline.resolve.people.profiles import DocPerson

ARTICLES = {
    # the same provincial secretary in two articles, tone placement differing
    "a1.txt": "Ngày 5/3/2024, Đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy Hà Giang. Về phía "
              "tỉnh có đồng chí Nguyễn Văn Thuỵ, Bí thư Tỉnh ủy Hà Giang.\n",
    "a2.txt": "Ngày 9/8/2024, Đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh uỷ Hà Giang. Đồng chí "
              "Nguyễn Văn Thụy, Bí thư Tỉnh uỷ Hà Giang phát biểu.\n",
    # same name, another province: a different person
    "a3.txt": "Ngày 1/4/2024, Đoàn công tác làm việc với Ban Thường vụ Tỉnh ủy Cà Mau. Về phía tỉnh "
              "có đồng chí Nguyễn Văn Thụy, Chủ tịch UBND tỉnh Cà Mau.\n",
    # an ethnic name spelt two ways, same title
    "a4.txt": "Ngày 2/5/2024, đồng chí Y Biêr Niê, Phó Bí thư Tỉnh ủy Đắk Lắk tiếp đoàn.\n",
    "a5.txt": "Ngày 7/6/2024, đồng chí Y Biơr Niê, Phó Bí thư Tỉnh ủy Đắk Lắk dự hội nghị.\n",
}


def write_corpus(tmp_path, names=ARTICLES):
    src = tmp_path / "src"
    src.mkdir()
    for name in names:
        (src / name).write_text(ARTICLES[name], encoding="utf-8")
    return src


def persons_by_ref(db):
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT d.name || '#' || pm.name, pm.person_id FROM person_mentions pm "
                            "JOIN documents d ON d.id = pm.document_id").fetchall()
    return dict(rows)


@pytest.fixture()
def corpus_db(tmp_path):
    db = tmp_path / "r.db"
    assert ingest([write_corpus(tmp_path)], db, curation=None).ok
    return db


def test_same_person_in_two_articles_is_one_person(corpus_db):
    refs = persons_by_ref(corpus_db)
    assert refs["a1.txt#Nguyễn Văn Thuỵ"] == refs["a2.txt#Nguyễn Văn Thụy"]


def test_same_name_in_another_province_stays_apart_with_a_candidate_link(corpus_db):
    refs = persons_by_ref(corpus_db)
    assert refs["a3.txt#Nguyễn Văn Thụy"] != refs["a1.txt#Nguyễn Văn Thuỵ"]
    with sqlite3.connect(corpus_db) as conn:
        rows = conn.execute("SELECT decision, rule, evidence FROM person_merges").fetchall()
    candidates = [r for r in rows if r[0] == "candidate"]
    assert candidates and candidates[0][1] == "different-provinces"
    assert json.loads(candidates[0][2])["name_similarity"] == 1.0


def test_a_name_spelt_two_ways_with_the_same_title_is_one_person(corpus_db):
    refs = persons_by_ref(corpus_db)
    assert refs["a4.txt#Y Biêr Niê"] == refs["a5.txt#Y Biơr Niê"]


def test_every_merge_is_recorded_with_rule_and_evidence(corpus_db):
    with sqlite3.connect(corpus_db) as conn:
        merged = conn.execute("SELECT rule, score, evidence FROM person_merges "
                              "WHERE decision = 'merged'").fetchall()
    assert {r[0] for r in merged} == {"same-name-shared-context", "variant-name-shared-context"}
    for _rule, score, evidence in merged:
        assert 0 < score <= 1 and json.loads(evidence)["specific_titles"] >= 1


def test_forbidden_merge_stays_apart_after_a_rebuild(tmp_path):
    src = write_corpus(tmp_path)
    curation = tmp_path / "people.toml"
    append_decision(curation, Decision("forbid", "a1.txt#Nguyễn Văn Thuỵ",
                                       "a2.txt#Nguyễn Văn Thụy", "two people"))
    for attempt in range(2):  # a rebuild from scratch applies it again
        db = tmp_path / f"r{attempt}.db"
        assert ingest([src], db, curation=curation).ok
        refs = persons_by_ref(db)
        assert refs["a1.txt#Nguyễn Văn Thuỵ"] != refs["a2.txt#Nguyễn Văn Thụy"]
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT action, applied FROM curation_decisions").fetchall() == [
                ("forbid", 1)]


def test_forced_merge_joins_people_the_rules_keep_apart(tmp_path):
    src = write_corpus(tmp_path)
    curation = tmp_path / "people.toml"
    append_decision(curation, Decision("merge", "a3.txt#Nguyễn Văn Thụy",
                                       "a1.txt#Nguyễn Văn Thuỵ"))
    db = tmp_path / "r.db"
    assert ingest([src], db, curation=curation).ok
    refs = persons_by_ref(db)
    assert refs["a3.txt#Nguyễn Văn Thụy"] == refs["a1.txt#Nguyễn Văn Thuỵ"]
    with sqlite3.connect(db) as conn:
        assert ("curation-merge",) in conn.execute("SELECT rule FROM person_merges").fetchall()


def test_a_changed_curation_file_is_applied_without_new_articles(tmp_path):
    src = write_corpus(tmp_path)
    curation = tmp_path / "people.toml"
    db = tmp_path / "r.db"
    ingest([src], db, curation=curation)
    assert persons_by_ref(db)["a1.txt#Nguyễn Văn Thuỵ"] == persons_by_ref(db)["a2.txt#Nguyễn Văn Thụy"]
    append_decision(curation, Decision("forbid", "a1.txt#Nguyễn Văn Thuỵ", "a2.txt#Nguyễn Văn Thụy"))
    report = ingest([src], db, curation=curation)
    assert len(report.skipped) == 5 and report.resolution is not None
    refs = persons_by_ref(db)
    assert refs["a1.txt#Nguyễn Văn Thuỵ"] != refs["a2.txt#Nguyễn Văn Thụy"]


def test_person_ids_are_the_same_after_a_rebuild(tmp_path):
    src = write_corpus(tmp_path)
    one, two = tmp_path / "1.db", tmp_path / "2.db"
    ingest([src], one, curation=None)
    ingest([src], two, curation=None)
    assert persons_by_ref(one) == persons_by_ref(two)


def person(name, doc=1, titles=(), provinces=()):
    from pipeline.resolve.people.profiles import spaced_fold
    from pipeline.text.normalize import match_key

    return DocPerson(doc, f"d{doc}.txt", name, match_key(name), spaced_fold(name), [doc * 100],
                     doc, set(titles), {t[1] for t in titles}, set(provinces))


@pytest.mark.parametrize(
    "a, b, same_block",
    [("Nguyễn Văn Thuỵ", "Nguyen Van Thuy", True), ("Y Biêr Niê", "Y Biơr Niê", True),
     ("Lê Văn Hùng", "Lê Thị Hưng", True), ("Lê Văn Hùng", "Lê Văn Tám", False)],
    ids=["no-diacritics", "ethnic-variant", "middle-and-tone-differ", "given-name-differs"],
)
def test_blocking(a, b, same_block):
    assert (block_key(person(a)) == block_key(person(b))) is same_block


def test_blocks_group_in_document_order():
    people = [person("Lê Văn A", 2), person("Lê Văn A", 1), person("Trần B", 3)]
    assert [p.document_id for p in blocks(people)["le|a|3"]] == [2, 1]


@pytest.mark.parametrize(
    "a, b, low, high",
    [("Nguyễn Văn Thuỵ", "Nguyễn Văn Thụy", 1.0, 1.0), ("Nguyễn Văn Thụy", "Nguyen Van Thuy", 0.97, 0.97),
     ("Y Biêr Niê", "Y Biơr Niê", 0.88, 0.96), ("Lê Văn Hùng", "Lê Văn Tám", 0.0, 0.8)],
    ids=["tone", "diacritics", "variant", "different"],
)
def test_name_similarity(a, b, low, high):
    assert low <= name_similarity(person(a), person(b)) <= high


def test_generic_bodies_are_weak_evidence():
    generic = ("ủy viên", 7)
    people = [person(f"Người {i} Khác", i, [generic]) for i in range(1, 40)]
    a, b = person("Lê Văn An", 20, [generic]), person("Lê Văn An", 21, [generic])
    spec = Specificity.of(people + [a, b])
    c = Cluster()
    c.add(a)
    result = compare(b, c, spec)
    assert result.rule is None and result.evidence["shared_titles"] == 1


def test_conflicting_provinces_forbid_a_merge():
    a = person("Lê Văn An", 1, [("bí thư", 1)], ["40"])
    b = person("Lê Văn An", 2, [("bí thư", 2)], ["42"])
    c = Cluster()
    c.add(a)
    result = compare(b, c, Specificity.of([a, b]))
    assert result.rule is None and result.conflict == "different-provinces"


def test_curation_file_round_trip_and_errors(tmp_path):
    path = tmp_path / "c.toml"
    append_decision(path, Decision("merge", 'x.txt#A "B"', "y.txt#C", "note"))
    append_decision(path, Decision("forbid", "x.txt#A", "z.txt#A"))
    assert read_curation(path) == (Decision("merge", 'x.txt#A "B"', "y.txt#C", "note"),
                                   Decision("forbid", "x.txt#A", "z.txt#A"))
    path.write_text("[[merge]]\na = 1\n", encoding="utf-8")
    with pytest.raises(CurationError, match="string keys"):
        read_curation(path)
    path.write_text("[[merge]\n", encoding="utf-8")
    with pytest.raises(CurationError, match="not valid TOML"):
        read_curation(path)

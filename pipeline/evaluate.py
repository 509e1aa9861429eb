"""Scoring an export against gold fact files (``pipeline evaluate``).

The metrics are those of the external referee ``../shared/tools/score.py``
(SPEC §8), reimplemented here so that users can score a database against gold
they write. A gold directory holds ``NAME.gold.json`` files; each is matched to
the export record (SPEC §7) whose ``doc`` has the same file name.

Strings are compared after :func:`normalize`. Set-valued fields (people,
titles, targets, photographers, references, identity pairs) are scored by
precision/recall/F1; single-valued ones (date, province, side, role, …) by
accuracy over the gold items. ``overall`` is the mean of the eleven core
figures the referee averages.

:func:`normalize` builds on :func:`pipeline.text.normalize.match_key`, so it
differs from the referee's in two corner cases only: the modifier-letter
apostrophe ``ʼ`` (U+02BC) counts as ``'``, and a tone is not moved in a
syllable glued to a digit or underscore (``hoà2``).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Hashable, Iterable, Mapping, Optional

from .errors import DatabaseError, PipelineError
from .text.normalize import match_key

__all__ = [
    "Accuracy",
    "Evaluation",
    "FieldScore",
    "evaluate_database",
    "evaluate_records",
    "format_evaluation",
    "normalize",
]

_NOT_WORD = re.compile(r"[^\w']+")
_DATE_QUALIFIERS = "?~%"
_EMPTY_RECORD: Mapping[str, Any] = MappingProxyType(
    {"people": [], "events": [], "photographers": [], "references": []})

# The figures averaged into ``overall``, in the referee's order: (kind, name, attribute).
_CORE = (
    ("prf", "people.body", "f1"),
    ("prf", "titles", "f1"),
    ("prf", "event.targets", "f1"),
    ("acc", "event.date", "value"),
    ("acc", "event.province", "value"),
    ("acc", "event.team_number", "value"),
    ("acc", "side", "value"),
    ("acc", "role", "value"),
    ("acc", "rank", "value"),
    ("prf", "photographers", "f1"),
    ("prf", "references", "f1"),
)


# ------------------------------------------------------------------ normalize
def normalize(text: Any) -> str:
    """The comparison form of ``text``: NFC, modern tone placement, case folded,
    curly quotes straightened, every run of non-word characters other than the
    apostrophe made one space, ends trimmed. ``None`` gives ``""``."""
    if text is None:
        return ""
    key = match_key(str(text)).casefold()
    return " ".join(_NOT_WORD.sub(" ", key).split())


def _normalize_date(value: Any) -> str:
    """An EDTF date without its uncertainty/approximation marks (``2024-04?`` → ``2024-04``)."""
    if not value:
        return ""
    return str(value).strip().rstrip(_DATE_QUALIFIERS)


def _text_of(item: Any) -> Any:
    """The text of a title or reference, given as a string or as ``{"text": …}``."""
    return item.get("text") if isinstance(item, dict) else item


# -------------------------------------------------------------------- results
@dataclass(frozen=True)
class FieldScore:
    """Counts of a set-valued field; an empty field scores 1.0."""

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        predicted = self.tp + self.fp
        return self.tp / predicted if predicted else 1.0

    @property
    def r(self) -> float:
        relevant = self.tp + self.fn
        return self.tp / relevant if relevant else 1.0

    @property
    def f1(self) -> float:
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(frozen=True)
class Accuracy:
    """Share of gold items whose value was predicted exactly; no items scores 1.0."""

    name: str
    ok: int = 0
    n: int = 0

    @property
    def value(self) -> float:
        return self.ok / self.n if self.n else 1.0

    def as_dict(self) -> dict[str, float | int]:
        return {"acc": round(self.value, 4), "n": self.n}


@dataclass(frozen=True)
class Evaluation:
    """The scores of one export against one gold directory.

    ``scores`` and ``accuracies`` hold, by name and sorted, the fields the gold
    exercised (as the referee reports them); looking up another known field
    with ``ev[name]`` gives its empty score.
    """

    scores: Mapping[str, FieldScore]
    accuracies: Mapping[str, Accuracy]
    overall: float
    missing_docs: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()

    def __getitem__(self, name: str) -> FieldScore | Accuracy:
        if name in self.scores:
            return self.scores[name]
        if name in self.accuracies:
            return self.accuracies[name]
        if name in PRF_FIELDS:
            return FieldScore(name)
        if name in ACCURACY_FIELDS:
            return Accuracy(name)
        raise KeyError(name)

    def as_dict(self) -> dict[str, Any]:
        """The referee's ``--json`` result: fields, ``overall`` (rounded), ``missing_docs``."""
        out: dict[str, Any] = {name: s.as_dict() for name, s in self.scores.items()}
        out.update((name, a.as_dict()) for name, a in self.accuracies.items())
        out["overall"] = round(self.overall, 4)
        out["missing_docs"] = list(self.missing_docs)
        return out


PRF_FIELDS = ("people.body", "people.related", "titles", "identity.pairs", "event.targets",
              "photographers", "references")
ACCURACY_FIELDS = ("rank", "side", "role", "deceased", "event.date", "event.time_of_day",
                   "event.province", "event.place", "event.team_number", "event.team_body")


# ---------------------------------------------------------------- accumulators
class _SetTally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.misses: list[str] = []

    def compare(self, gold: set, predicted: set, where: str) -> None:
        missed, spurious = gold - predicted, predicted - gold
        self.tp += len(gold) - len(missed)
        self.fp += len(spurious)
        self.fn += len(missed)
        self.misses.extend(f"{where}: missed {x}" for x in sorted(map(str, missed)))
        self.misses.extend(f"{where}: spurious {x}" for x in sorted(map(str, spurious)))


class _ValueTally:
    def __init__(self) -> None:
        self.ok = self.n = 0
        self.misses: list[str] = []

    def compare(self, gold: Any, predicted: Any, where: str) -> None:
        self.n += 1
        if gold == predicted:
            self.ok += 1
        else:
            self.misses.append(f"{where}: gold {gold!r} got {predicted!r}")


class _Board:
    """Tallies by field name, kept in first-use order (the order misses are listed in)."""

    def __init__(self) -> None:
        self.sets: dict[str, _SetTally] = {}
        self.values: dict[str, _ValueTally] = {}

    def set(self, name: str) -> _SetTally:
        return self.sets.setdefault(name, _SetTally())

    def value(self, name: str) -> _ValueTally:
        return self.values.setdefault(name, _ValueTally())


# -------------------------------------------------------------------- matching
def _extends(a: str, b: str) -> bool:
    """``a`` and ``b`` are equal or one continues the other after a word boundary."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return long == short or long.startswith(short + " ")


def _match_targets(gold: Iterable[Any], predicted: Iterable[Any]) -> tuple[set, set]:
    """Gold and predicted target sets, a predicted target standing for the first
    gold target it extends (or is extended by); each predicted target is used
    once, and one left over counts as ``NAME#unmatched``."""
    gold_keys = [normalize(x) for x in gold]
    free = [normalize(x) for x in predicted]  # unmatched predictions, in order
    hits: set[str] = set()
    for g in gold_keys:
        for j, p in enumerate(free):
            if _extends(g, p):
                del free[j]
                hits.add(g)
                break
    return set(gold_keys), hits | {f"{p}#unmatched" for p in free}


def _cross_document_pairs(labelled: Iterable[tuple[str, Optional[Hashable]]]) -> int:
    """Number of pairs of mentions, from different documents, sharing a label.

    ``labelled`` gives (document, label) per mention; mentions labelled None
    take part in no pair. Linear: all pairs in a cluster minus the pairs inside
    each document of the cluster.
    """
    clusters: Counter = Counter()
    within: Counter = Counter()
    for doc, label in labelled:
        if label is not None:
            clusters[label] += 1
            within[label, doc] += 1

    def pairs(counts: Counter) -> int:
        return sum(k * (k - 1) // 2 for k in counts.values())

    return pairs(clusters) - pairs(within)


def _identity_score(gold: dict[tuple[str, str], Hashable],
                    predicted: dict[tuple[str, str], Hashable]) -> FieldScore:
    """Pairwise identity score over the gold mentions (doc, name): gold clusters
    by person key, predicted ones by ``person_id``."""
    gold_pairs = _cross_document_pairs((k[0], c) for k, c in gold.items())
    pred_pairs = _cross_document_pairs((k[0], predicted.get(k)) for k in gold)
    both = _cross_document_pairs(
        (k[0], (c, predicted[k]) if k in predicted else None) for k, c in gold.items())
    return FieldScore("identity.pairs", tp=both, fp=pred_pairs - both, fn=gold_pairs - both)


# ------------------------------------------------------------------- scoring
def _score_people(board: _Board, gold: dict, record: Mapping, doc: str,
                  gold_clusters: dict, pred_clusters: dict) -> None:
    people = record.get("people", [])
    by_key: dict[tuple[str, Any], dict] = {}  # (name, segment) → first predicted person
    for person in people:
        by_key.setdefault((normalize(person.get("name")), person.get("segment", "body")), person)

    for segment in ("body", "related"):
        expected = {normalize(p["name"]) for p in gold["people"]
                    if p.get("segment", "body") == segment}
        found = {name for name, seg in by_key if seg == segment}
        board.set(f"people.{segment}").compare(expected, found, doc)

    gold_titles: set[tuple[str, str]] = set()
    for gp in gold["people"]:
        name, segment = normalize(gp["name"]), gp.get("segment", "body")
        gold_titles.update((name, normalize(t)) for t in gp.get("titles", []))
        match = by_key.get((name, segment))
        gold_clusters[doc, name] = gp.get("person_key") or name
        if match is not None and match.get("person_id") is not None:
            pred_clusters[doc, name] = match["person_id"]
        got = match or {}  # a person the export lacks is wrong on every attribute
        where = f"{doc} {gp['name']}"
        if gp.get("rank") or got.get("rank"):
            board.value("rank").compare(normalize(gp.get("rank")), normalize(got.get("rank")),
                                        where)
        if segment == "body":
            board.value("side").compare(gp.get("side"), got.get("side"), where)
            board.value("role").compare(gp.get("role"), got.get("role"), where)
        if "deceased" in gp:
            board.value("deceased").compare(bool(gp["deceased"]), bool(got.get("deceased")),
                                            where)

    # Titles count only for names the gold knows, whatever the segment.
    gold_names = {normalize(p["name"]) for p in gold["people"]}
    pred_titles = set()
    for person in people:
        name = normalize(person.get("name"))
        if name in gold_names:
            pred_titles.update((name, normalize(_text_of(t))) for t in person.get("titles", []))
    board.set("titles").compare(gold_titles, pred_titles, doc)


def _score_main_event(board: _Board, gold_event: dict, record: Mapping, doc: str) -> None:
    event = next((e for e in record.get("events", []) if e.get("main")), None) or {}
    board.value("event.date").compare(_normalize_date(gold_event.get("date")),
                                      _normalize_date(event.get("date")), doc)
    for key in ("time_of_day", "province"):
        board.value(f"event.{key}").compare(normalize(gold_event.get(key)),
                                            normalize(event.get(key)), doc)
    accepted = {normalize(gold_event.get("place")),
                normalize(gold_event.get("place_as_written"))} - {""}
    place = normalize(event.get("place"))
    board.value("event.place").compare(True, place in accepted if accepted else place == "", doc)
    gold_team, team = gold_event.get("team") or {}, event.get("team") or {}
    board.value("event.team_number").compare(gold_team.get("number"), team.get("number"), doc)
    board.value("event.team_body").compare(normalize(gold_team.get("body")),
                                           normalize(team.get("body")), doc)
    board.set("event.targets").compare(
        *_match_targets(gold_event.get("targets", []), event.get("targets", [])), doc)


def _score_document(board: _Board, gold: dict, record: Mapping,
                    gold_clusters: dict, pred_clusters: dict) -> None:
    doc = gold["doc"]
    _score_people(board, gold, record, doc, gold_clusters, pred_clusters)
    if gold.get("main_event"):
        _score_main_event(board, gold["main_event"], record, doc)
    board.set("photographers").compare(
        {normalize(x) for x in gold.get("photographers", [])},
        {normalize(x) for x in record.get("photographers", [])}, doc)
    board.set("references").compare(
        {normalize(x) for x in gold.get("references", [])},
        {normalize(_text_of(x)) for x in record.get("references", [])}, doc)


def _load_gold(gold_dir: Path) -> list[dict]:
    """The gold files of ``gold_dir`` in name order; an error when there are none."""
    gold_dir = Path(gold_dir)
    files = sorted(gold_dir.glob("*.gold.json")) if gold_dir.is_dir() else []
    if not files:
        raise PipelineError(f"no *.gold.json files in {gold_dir}")
    golds = []
    for path in files:
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise PipelineError(f"cannot read gold file {path}: {exc}") from exc
        if not isinstance(gold, dict) or "doc" not in gold or "people" not in gold:
            raise PipelineError(f"gold file {path} lacks \"doc\" or \"people\"")
        golds.append(gold)
    return golds


def _evaluate(records: Iterable[Mapping], golds: list[dict]) -> Evaluation:
    wanted = {Path(g["doc"]).name for g in golds}
    exported: dict[str, Mapping] = {}
    for record in records:  # keep only the records the gold asks for; the last one wins
        name = Path(record["doc"]).name
        if name in wanted:
            exported[name] = record

    board = _Board()
    gold_clusters: dict[tuple[str, str], Hashable] = {}
    pred_clusters: dict[tuple[str, str], Hashable] = {}
    missing: list[str] = []
    for gold in golds:
        record = exported.get(Path(gold["doc"]).name)
        if record is None:
            missing.append(gold["doc"])
            record = _EMPTY_RECORD
        _score_document(board, gold, record, gold_clusters, pred_clusters)

    scores = {name: FieldScore(name, t.tp, t.fp, t.fn) for name, t in board.sets.items()}
    scores["identity.pairs"] = _identity_score(gold_clusters, pred_clusters)
    accuracies = {name: Accuracy(name, t.ok, t.n) for name, t in board.values.items()}

    def core(kind: str, name: str, attribute: str) -> float:
        table: Mapping[str, Any] = scores if kind == "prf" else accuracies
        item = table.get(name) or (FieldScore(name) if kind == "prf" else Accuracy(name))
        return getattr(item, attribute)

    figures = [core(*c) for c in _CORE]
    misses = [m for t in board.sets.values() for m in t.misses]
    misses += [m for t in board.values.values() for m in t.misses]
    return Evaluation(
        scores=MappingProxyType(dict(sorted(scores.items()))),
        accuracies=MappingProxyType(dict(sorted(accuracies.items()))),
        overall=sum(figures) / len(figures),
        missing_docs=tuple(missing),
        errors=tuple(misses),
    )


# --------------------------------------------------------------------- public
def evaluate_records(records: Iterable[Mapping], gold_dir: Path) -> Evaluation:
    """Score export ``records`` (SPEC §7 objects) against the gold files of ``gold_dir``."""
    return _evaluate(records, _load_gold(gold_dir))


def evaluate_database(db_path: Path, gold_dir: Path) -> Evaluation:
    """Score the export of the database ``db_path`` against the gold files of ``gold_dir``."""
    from sqlalchemy.exc import SQLAlchemyError

    from .db.engine import make_session_factory, open_database
    from .export import document_records

    engine = open_database(db_path)
    try:
        golds = _load_gold(gold_dir)
        with make_session_factory(engine)() as session:
            return _evaluate(document_records(session), golds)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"cannot read {db_path} as a pipeline database (run ingest first): "
                            f"{getattr(exc, 'orig', None) or exc}") from exc
    finally:
        engine.dispose()


def format_evaluation(ev: Evaluation, show_errors: bool = False) -> str:
    """The report in the referee's text format, one field a line, ``overall`` last."""
    lines = []
    for name, item in [*ev.scores.items(), *ev.accuracies.items()]:
        figures: dict[str, Any] = item.as_dict()
        lines.append(f"{name:22s} " + "  ".join(f"{k}={v}" for k, v in figures.items()))
    if ev.missing_docs:
        lines.append("missing docs: " + ", ".join(ev.missing_docs))
    if show_errors:
        lines.extend(ev.errors)
    lines.append(f"overall {round(ev.overall, 4):.4f}")
    return "\n".join(lines)


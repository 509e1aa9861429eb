"""Writing a corpus: the files of each article (text, gold facts laid out like the seed
gold files, a metadata sidecar for about a third), on background threads; an article
written in the old tone placement (``Tỉnh uỷ``, ``Hoà``) has its gold strings written the
same way."""

from __future__ import annotations

import json
import queue
import random
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .article import Article
from .basics import cached_key
from .dates import gold_date, iso_date
from .population import World


@dataclass(frozen=True)
class CorpusSummary:
    """What :func:`write_corpus` wrote.

    ``articles``: articles written; ``persons``: distinct people (person keys)
    named in them; ``collisions``: names that two or more of those people
    share (different person keys, same name up to tone placement);
    ``out_dir``: where the files are.
    """

    articles: int
    persons: int
    collisions: int
    out_dir: Path


def write_corpus(out_dir: Path, n: int, seed: int) -> CorpusSummary:
    """Write ``n`` synthetic articles with their gold files into ``out_dir``.

    Files: ``synth_NNNNN.txt`` (the article, UTF-8, NFC), ``synth_NNNNN.gold.json``
    (its facts, in the shape of the seed gold files, with a ``person_key`` on
    every person: the same key is the same individual across articles), and
    for about a third of the articles ``synth_NNNNN.meta.json``
    (``{"url", "published"}``). Deterministic for a given ``seed``; the
    population of people is built first (about one person per four articles,
    at least a few dozen), then the articles are written one by one. Files of
    this naming left in ``out_dir`` by an earlier, larger corpus are removed.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    world = World(rng, n)
    seen: dict[str, str] = {}  # person key -> name key
    width = max(5, len(str(max(n - 1, 0))))
    with _Writer() as writer:
        for i in range(n):
            stem = f"synth_{i:0{width}d}"
            text, gold, meta = finish(Article(world, rng, stem).build())
            writer.put(out_dir / f"{stem}.txt", text)
            writer.put(out_dir / f"{stem}.gold.json", _gold_json(gold))
            writer.put(out_dir / f"{stem}.meta.json",
                       None if meta is None else json.dumps(meta, ensure_ascii=False) + "\n")
            for person in gold["people"]:
                seen.setdefault(person["person_key"], cached_key(person["name"]))
    # Articles of an earlier, larger corpus written here would be ingested with this one.
    for path in out_dir.iterdir():
        m = _OUR_FILE.match(path.name)
        if m and (len(m.group(1)) != width or int(m.group(1)) >= n):
            path.unlink()
    names: dict[str, int] = {}
    for name_key in seen.values():
        names[name_key] = names.get(name_key, 0) + 1
    collisions = sum(1 for count in names.values() if count > 1)
    return CorpusSummary(articles=n, persons=len(seen), collisions=collisions, out_dir=out_dir)


_OUR_FILE = re.compile(r"^synth_(\d+)\.(?:txt|gold\.json|meta\.json)$")


class _Writer:
    """Writes files on two background threads (file creation is slow on some disks), with
    a bounded queue so memory stays constant; ``None`` content removes a stale file."""

    def __init__(self, threads: int = 2, depth: int = 512) -> None:
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._errors: list[BaseException] = []
        self._threads = [threading.Thread(target=self._run, daemon=True) for _ in range(threads)]

    def __enter__(self) -> _Writer:
        for t in self._threads:
            t.start()
        return self

    def put(self, path: Path, content: str | None) -> None:
        if self._errors:
            raise self._errors[0]
        self._queue.put((path, content))

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            path, content = item
            try:
                if content is None:
                    path.unlink(missing_ok=True)
                else:
                    with open(path, "w", encoding="utf-8", newline="\n") as f:
                        f.write(content)
            except BaseException as exc:  # reported by put() or on exit
                self._errors.append(exc)

    def __exit__(self, *exc_info) -> None:
        for _ in self._threads:
            self._queue.put(None)
        for t in self._threads:
            t.join()
        if self._errors and exc_info[0] is None:
            raise self._errors[0]


def _gold_json(gold: dict) -> str:
    """The gold file laid out like the seed gold files (one person a line); fast, since
    only the C encoder is used."""
    enc = _ENC.encode
    lines = []
    for k, v in gold.items():
        if k == "main_event":
            inner = ",\n".join(f"    {enc(k2)}: {enc(v2)}" for k2, v2 in v.items())
            lines.append(f'  "main_event": {{\n{inner}\n  }}')
        elif k in ("people", "related_events") and v:
            items = ",\n    ".join(enc(x) for x in v)
            lines.append(f"  {enc(k)}: [\n    {items}\n  ]")
        else:
            lines.append(f"  {enc(k)}: {enc(v)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


_ENC = json.JSONEncoder(ensure_ascii=False)

# Precomposed vowels with a tone, and the letter the tone moves to (o → a/e, u → y).
_TONED_O = dict(zip("òóõỏọÒÓÕỎỌ", "\u0300\u0301\u0303\u0309\u0323" * 2, strict=True))
_TONED_U = dict(zip("ùúũủụÙÚŨỦỤ", "\u0300\u0301\u0303\u0309\u0323" * 2, strict=True))
# A syllable ending in oa/oe/uy (not after q) with the tone on its first vowel (modern).
_NEW_TONE = re.compile(
    r"([òóõỏọÒÓÕỎỌ])([aeAE])(?!\w)|(?<![qQ])([ùúũủụÙÚŨỦỤ])([yY])(?!\w)")


def _move_tone(m: re.Match[str]) -> str:
    if m.group(1):
        first, second, tone = m.group(1), m.group(2), _TONED_O[m.group(1)]
    else:
        first, second, tone = m.group(3), m.group(4), _TONED_U[m.group(3)]
    bare = unicodedata.normalize("NFD", first)[0]
    return bare + unicodedata.normalize("NFC", second + tone)


@cache
def _old_tone_cached(text: str) -> str:
    return old_tone(text)


def old_tone(text: str) -> str:
    """``text`` (NFC) in the old tone placement: ``Hòa`` → ``Hoà``, ``Tỉnh ủy`` → ``Tỉnh uỷ``.

    Syllable by syllable, so the result of a substring is a substring of the
    result; the length is unchanged."""
    return _NEW_TONE.sub(_move_tone, text)


def _same(text: str) -> str:
    return text


def finish(a: Article) -> tuple[str, dict, dict | None]:
    """The article's text (NFC; in the old tone placement when so drawn, its gold strings
    too), its gold facts and its sidecar metadata (None for about two thirds)."""
    conv = _old_tone_cached if a.old else _same
    text = "\n\n".join(a.paras) + "\n"
    if a.nbsp:
        text = text.replace("đồng chí ", "đồng chí\u00a0")
    text = unicodedata.normalize("NFC", conv(text))
    people = []
    for entry in a.mentions.people.values():
        item = {"name": conv(entry["name"]), "person_key": entry["person_key"],
                "rank": entry["rank"]}
        if entry["deceased"]:
            item["deceased"] = True
        item["titles"] = [conv(t) for t in entry["titles"]]
        if entry["resolved_orgs"]:
            item["resolved_orgs"] = {conv(k): conv(v)
                                     for k, v in entry["resolved_orgs"].items()}
        item.update(side=entry["side"], role=entry["role"], segment=entry["segment"])
        people.append(item)
    related = []
    for ev in a.related:
        item = {"date": ev["date"], "time_of_day": ev["time_of_day"],
                "province": ev["province"]}
        if "place" in ev:
            item["place"] = ev["place"]
        item["people"] = [conv(n) for n in ev["people"]]
        related.append(item)
    gold = {
        "doc": f"{a.stem}.txt",
        "source": a.source,
        "headline": conv(a.headline) if a.headline else None,
        "main_event": {
            "kind": a.kind,
            "date": gold_date(a.day, a.with_year, a.published),
            "time_of_day": a.tod,
            "province": a.prov.name,
            "place": a.place,
            "place_as_written": conv(a.place_as_written) if a.place_as_written else None,
            "team": {"number": a.number, "body": conv(a.body_written)},
            "programme_year": a.programme_year,
            "topic": conv(a.topic),
            "targets": [conv(t) for t in a.targets],
        },
        "people": people,
        "photographers": [conv(p) for p in a.photographers],
        "references": [conv(r) for r in a.references],
        "related_events": related,
    }
    meta = None
    if a.published is not None:
        meta = {"url": f"https://synth.example/bai-viet/{a.stem}.html",
                "published": iso_date(a.published)}
    return text, gold, meta

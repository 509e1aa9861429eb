"""Names for the generated people: the name parts of ``synth_names.tsv`` (Kinh and several
minorities, each with its own order of family and given names) and the drawing of unique
names: none another person or a place bears, none that reads as a common noun."""

from __future__ import annotations

import random

from .. import lexicons
from ..text.normalize import fold_key
from .basics import cached_key, cumulative, weighted_index


class Names:
    """Name parts of synth_names.tsv and the drawing of unique names."""

    def __init__(self, place_keys: frozenset[str]) -> None:
        groups: dict[str, list[tuple[str, float]]] = {}
        self.avoid: list[str] = []
        for row in lexicons.rows("synth_names.tsv"):
            if row[0] == "region":
                continue
            if row[0] == "avoid":
                self.avoid.append(f" {cached_key(row[1])} ")
                continue
            weight = float(row[2]) if len(row) > 2 else 1.0
            groups.setdefault(row[0], []).append((row[1], weight))
        self.items = {g: [x for x, _ in v] for g, v in groups.items()}
        self.weights = {g: cumulative([w for _, w in v]) for g, v in groups.items()}
        self.place_keys = place_keys
        self.taken: dict[str, int] = {}

    def pick(self, rng: random.Random, group: str) -> str:
        items, cum = self.items[group], self.weights[group]
        return items[weighted_index(cum, rng.random() * cum[-1])]

    def draw(self, rng: random.Random, group: str, female: bool) -> str:
        for attempt in range(200):
            # A minority's name stock is small: fall back to a Kinh name when it runs out.
            name = self._compose(rng, group if attempt < 30 else "kinh", female)
            key = cached_key(name)
            if key in self.taken or fold_key(name) in self.place_keys or \
                    any(a in f" {key} " for a in self.avoid):
                continue
            self.taken[key] = 1
            return name
        raise RuntimeError("cannot draw a unique name")  # pragma: no cover

    def _compose(self, rng: random.Random, group: str, female: bool) -> str:
        pick = self.pick
        if group == "ede":
            if female:
                return f"{pick(rng, 'ede_given_f')} {pick(rng, 'ede_family')}"
            return f"Y {pick(rng, 'ede_given_m')} {pick(rng, 'ede_family')}"
        if group == "jrai":  # family name first: "Ksor Lu", "Siu H'Mia"
            if female and rng.random() < 0.6:
                return f"{pick(rng, 'jrai_family')} {pick(rng, 'ede_given_f')}"
            return f"{pick(rng, 'jrai_family')} {pick(rng, 'jrai_given')}"
        if group == "thai":
            fam = pick(rng, "thai_family")
            fam = fam.replace("Văn", "Thị") if female else fam.replace("Thị", "Văn")
            return f"{fam} {pick(rng, 'thai_given')}"
        if group == "hmong":
            fam = pick(rng, "hmong_family")
            if female:
                fam = fam.split()[0] + " Thị"
            elif "Thị" in fam:
                fam = fam.split()[0] + " A"
            return f"{fam} {pick(rng, 'hmong_given')}"
        if group == "khmer":
            fam = pick(rng, "khmer_family")
            if female and "Thị" not in fam:
                fam += " Thị"
            elif not female and "Thị" in fam:
                fam = fam.split()[0]
            return f"{fam} {pick(rng, 'khmer_given')}"
        surname = pick(rng, "tay_family") if group == "tay" else pick(rng, "surname")
        given = pick(rng, "given_f" if female else "given_m")
        r = rng.random()
        if not female and r < 0.05:  # two syllables: "Tô Lâm"
            return f"{surname} {given}"
        middle = pick(rng, "middle_f" if female else "middle_m")
        if not female and r < 0.08:  # four syllables
            middle = f"{middle} {pick(rng, 'middle_m')}"
        if middle.split()[-1] == given:
            middle = "Văn" if not female else "Thị"
        return f"{surname} {middle} {given}"

"""A synthetic corpus with ground truth, for tests and ``make bench`` (SPEC §9).

:func:`write_corpus` writes ``n`` articles of the genre (central inspection,
supervision and working teams with provincial party committees) as
``synth_00000.txt`` …, each with ``synth_00000.gold.json`` beside it in the
shape of the seed gold files (plus a ``person_key`` on every person), and for
about a third of them a sidecar ``synth_00000.meta.json`` (``url``,
``published`` a day or two after the event).

The people come from a simulated population: every province (and every
central body the teams come from) has posts — Bí thư Tỉnh ủy, Phó Bí thư
Thường trực, Chủ tịch UBND, heads of the committee's boards, police and
military chiefs; Trưởng Ban, Phó Trưởng Ban, Vụ trưởng … of the central
bodies — whose holders change over 2019–2025: a deputy is promoted, a
standing deputy moves to lead another province, a provincial leader moves to
a central body, others retire (later written ``nguyên …``) and some die
(``cố …``); officers' ranks rise. About 3 % of the people share their exact
name with someone of another province (a different ``person_key``). An
article written in the old tone placement (``Tỉnh uỷ``, ``Hoà``) has its gold
strings written the same way.

Gold conventions (those of the seed gold files): every named person once
per article, photographers excluded; titles in order of first appearance, as
written, qualifiers ``cố``/``nguyên`` kept, a title written again for the same
(position, organization) kept in its first wording; ``resolved_orgs`` for
each title whose organization is left implicit; ``rank`` as written (or
null); ``deceased`` only for a person written with ``cố``; people of the
"Có thể bạn quan tâm" teasers have segment ``related``, side ``other`` and
role null, and their dates never feed the main event.

Everything is drawn from ``random.Random(seed)``: the same seed gives the
same bytes. Articles are streamed out one at a time.

The package, one module a job: ``population`` (with ``places``, ``posts``, ``bodies`` and
``names``) simulates who holds which post when; ``article`` draws an article's setting and
people and writes it through ``leads``, ``body`` and ``layouts``, gathering its gold facts
in ``mentions``; ``writing`` writes the files.
"""

from __future__ import annotations

from .writing import CorpusSummary, old_tone, write_corpus

__all__ = ["CorpusSummary", "old_tone", "write_corpus"]

"""Person identity and extraction on a generated corpus with ground truth (a smaller
version of the 2,000-article check: same generator, same scorer)."""

from pipeline.evaluate import evaluate_database
from pipeline.ingest import ingest
from pipeline.synth import write_corpus


def test_identity_and_extraction_on_a_synthetic_corpus(tmp_path):
    corpus = tmp_path / "synth"
    write_corpus(corpus, 400, seed=11)
    db = tmp_path / "s.db"
    assert ingest([corpus], db, curation=None).ok
    ev = evaluate_database(db, corpus)
    identity = ev["identity.pairs"]
    print(f"identity P={identity.p:.4f} R={identity.r:.4f} F1={identity.f1:.4f}, "
          f"overall={ev.overall:.4f}")
    assert identity.p >= 0.99
    assert identity.f1 >= 0.95
    assert ev.overall >= 0.97


def test_identity_on_composed_careers_with_namesakes(tmp_path):
    # tests/careers: 15 real careers over 2018–2026 (ministers who became State President,
    # commission heads who joined the Politburo) and six pairs of invented namesakes.
    from pathlib import Path

    corpus = Path(__file__).parent / "careers"
    db = tmp_path / "c.db"
    assert ingest([corpus], db, curation=None).ok
    ev = evaluate_database(db, corpus)
    identity = ev["identity.pairs"]
    assert not ev.missing_docs
    assert identity.p >= 0.99, "\n".join(ev.errors)
    assert identity.r >= 0.95, "\n".join(ev.errors)
    assert ev.overall >= 0.9

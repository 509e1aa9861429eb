"""Per-article linkers, used while extracting: a place to its gazetteer unit, a body's
name to its normalized organization. Cross-document resolution (people, teams), run
over the whole database after the files, is ``pipeline.resolve``."""

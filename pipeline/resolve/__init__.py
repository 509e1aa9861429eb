"""Cross-document resolution, run over the whole database after the files: who is who
(``people``) and which team is which (``teams``). Per-article linkers used while
extracting (gazetteer, organizations) are ``pipeline.link``."""

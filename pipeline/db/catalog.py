"""What the database holds, read from the database itself: its tables and views.

Tables of the models and the views of the migrations are the analyst's
relations; alembic's bookkeeping and the full-text index (derived from
``documents``, its shadow tables are binary) are not.
"""

from __future__ import annotations

from dataclasses import dataclass

_HIDDEN = ("alembic_version",)
_HIDDEN_PREFIXES = ("sqlite_", "documents_fts")


@dataclass(frozen=True)
class Relation:
    """A table or a view of the database."""

    name: str
    kind: str  # table | view


def is_internal(name: str) -> bool:
    """True for alembic's table, SQLite's own and the full-text index with its shadows."""
    return name in _HIDDEN or name.startswith(_HIDDEN_PREFIXES)


def relations(connection) -> list[Relation]:
    """Tables then views of a DB-API or SQLAlchemy connection, each by name."""
    rows = _rows(connection, "SELECT name, type FROM sqlite_master "
                             "WHERE type IN ('table', 'view') ORDER BY type, name")
    return [Relation(name, kind) for name, kind in rows if not is_internal(name)]


def _rows(connection, sql: str) -> list[tuple]:
    if hasattr(connection, "exec_driver_sql"):  # a SQLAlchemy connection
        return [tuple(r) for r in connection.exec_driver_sql(sql)]
    return connection.execute(sql).fetchall()


# What each view answers; the views themselves are created by the migrations.
VIEWS: dict[str, str] = {
    "event_overview": "One row per event: EDTF date, time of day, province and place with "
                      "gazetteer codes, and the team with its number, body and programme year.",
    "event_participant_titles": "Event × participant × title: each person of an event with "
                                "side, role and each title held in that article, once.",
    "person_title_history": "A person's titles over time: each position + organization + "
                            "qualifier with the first and last date seen.",
    "co_participants": "Who met whom: each pair of people who took part in the same event, "
                       "with the number of shared events.",
    "inspected_bodies": "The bodies a team inspected or worked with, by team and year.",
    "team_itinerary": "One team across articles, one row per article: date, province and place "
                      "with coordinates, and the bodies it worked with there.",
    "cited_document_frequency": "Party and state documents by how often they are cited.",
}

# Columns met in many tables; a (table, column) entry below overrides these.
COMMON_COLUMNS: dict[str, str] = {
    "id": "Primary key.",
    "document_id": "The article (documents.id).",
    "segment_id": "The segment of the article it is in (segments.id).",
    "start": "Start offset of the evidence in documents.text.",
    "end": "End offset of the evidence in documents.text (text[start:end]).",
    "event_id": "The event (events.id).",
    "person_id": "The person across articles (persons.id).",
    "mention_id": "The person mention (person_mentions.id).",
    "organization_id": "The organization (organizations.id).",
    "place_id": "The gazetteer unit (places.id).",
    "kind": "Kind of record (see the table description).",
    "name": "Name, normalized.",
    "year": "Year, when known.",
    "month": "Month, when known.",
    "day": "Day of the month, when known.",
    "edtf": "Date as EDTF: 2024-04-24, or XXXX-05-13 when the year is unknown.",
    "precision": "Precision of the date: day, month, year, quarter, half, season, decade or "
                 "century.",
    "time_of_day": "sáng, trưa, chiều or tối, when written.",
    "text": "Text as written in the article.",
    "surface": "Text as written in the article.",
    "document": "The article's file name (documents.name).",
    "person": "The person's name (persons.name).",
    "date": "EDTF date of the event.",
    "position": "Position of the title: Bí thư, Phó Trưởng đoàn, …",
    "organization": "Organization of the title, normalized and completed from context.",
    "qualifier": "nguyên (former), cố (deceased), dự khuyết (alternate), Thường trực …",
    "side": "team (the visiting/inspecting team), host or other.",
    "role": "leader, deputy, member, host or attendee.",
    "team": "Name of the inspection or working team.",
    "team_body": "The body the team belongs to.",
    "events": "Number of events.",
    "documents": "Number of articles.",
    "first_date": "Earliest event date with a known year.",
    "last_date": "Latest event date with a known year.",
    "key": "Match key of the name (case, tone placement, quotes equalised).",
    "deceased": "1 when written as deceased (cố).",
    "parent_id": "The parent (same table).",
    "number": "Number as written (team number, or document number such as 28-CT/TU).",
}

COLUMNS: dict[tuple[str, str], str] = {
    ("ingest_runs", "started_at"): "When the run started (UTC).",
    ("ingest_runs", "finished_at"): "When the run finished (UTC).",
    ("ingest_runs", "files_seen"): "Article files found.",
    ("ingest_runs", "ingested"): "Files ingested (new or changed).",
    ("ingest_runs", "skipped"): "Files skipped as unchanged (same sha256).",
    ("ingest_runs", "failed"): "Files that failed.",
    ("ingest_runs", "status"): "running, done or failed.",
    ("ingest_runs", "curation_sha256"): "sha256 of the curation file the resolver applied.",
    ("ingest_errors", "run_id"): "The ingest run (ingest_runs.id).",
    ("ingest_errors", "path"): "The file that failed.",
    ("ingest_errors", "kind"): "Error class: EmptyInputError, DecodeError, …",
    ("ingest_errors", "message"): "Why it failed.",
    ("ingest_errors", "created_at"): "When (UTC).",
    ("documents", "name"): "File name of the article.",
    ("documents", "path"): "Path the article was read from.",
    ("documents", "sha256"): "sha256 of the file's bytes (unchanged files are skipped).",
    ("documents", "encoding"): "Encoding the bytes were decoded from.",
    ("documents", "source_code"): "Leading outlet code, e.g. TCCS.",
    ("documents", "source"): "Outlet, e.g. Tạp chí Cộng sản.",
    ("documents", "headline"): "Headline, when the first line is one.",
    ("documents", "url"): "URL from the sidecar metadata.",
    ("documents", "published"): "Publication date from the sidecar metadata.",
    ("documents", "text"): "The article text, NFC; every offset indexes it.",
    ("documents", "ingest_run_id"): "The run that ingested it (ingest_runs.id).",
    ("documents", "ingested_at"): "When it was ingested (UTC).",
    ("segments", "idx"): "Position of the segment in its article, from 0.",
    ("segments", "kind"): "headline, body, caption, related…",
    ("segments", "teaser"): "Number of the teaser in the related block.",
    ("segments", "repeated"): "1 for a caption repeated right after itself.",
    ("places", "era"): "legacy (before the 2025 reform) or 2025.",
    ("places", "level"): "province, district or ward.",
    ("places", "code"): "Gazetteer code of the unit.",
    ("places", "name"): "Full name, e.g. Thành phố Buôn Ma Thuột.",
    ("places", "short_name"): "Name without the unit type, e.g. Buôn Ma Thuột.",
    ("places", "unit_type"): "Thành phố, Tỉnh, Huyện, Xã, …",
    ("places", "province_code"): "Code of the province the unit is in.",
    ("places", "parent_id"): "The province of a lower unit (places.id).",
    ("places", "successor_id"): "The unit it became in the 2025 reform (places.id).",
    ("places", "latitude"): "Latitude, when the gazetteer has it.",
    ("places", "longitude"): "Longitude, when the gazetteer has it.",
    ("place_mentions", "score"): "Match score (1 for an exact name, lower for a fuzzy match).",
    ("place_mentions", "via"): "name, party_body (Tỉnh ủy X), parenthetical, or venue (Nhà Quốc "
                                "hội: the province implied).",
    ("date_mentions", "year_source"): "Where the year came from: written, the publication date "
                                      "(a yearless date), relative to it (hôm qua), or unknown.",
    ("date_mentions", "modifier"): "Start, mid or end of the period (đầu, giữa, cuối tháng 3).",
    ("credits", "name"): "Photographer, author or agency as written.",
    ("credits", "kind"): "photo or byline.",
    ("credits", "is_agency"): "1 for an agency (TTXVN), not a person.",
    ("credits", "agency"): "Agency written with the name, e.g. TTXVN.",
    ("events", "main"): "1 for the article's main event, 0 for an event of a teaser.",
    ("events", "kind"): "inspection, supervision, visit, conference, ceremony, …",
    ("events", "date_mention_id"): "The date mention it is dated by (date_mentions.id).",
    ("events", "place_id"): "Where it happened (places.id).",
    ("events", "province_id"): "The province it happened in (places.id).",
    ("events", "province_inferred"): "1 when the province comes from a host body, not a place.",
    ("events", "team_id"): "The team of the event (inspection_teams.id).",
    ("organizations", "name"): "Normalized and completed name: Ban Tổ chức Tỉnh ủy Đắk Lắk.",
    ("organizations", "head"): "The kind of body: Ban Tổ chức, Tỉnh ủy, Cục, …",
    ("organizations", "parent_id"): "The body it belongs to (organizations.id).",
    ("organizations", "place_id"): "The place it is of (places.id).",
    ("ranks", "name"): "Military or police rank: Đại tướng, Trung tướng, …",
    ("ranks", "seniority"): "1 for the highest rank.",
    ("persons", "name"): "Name, as most often written.",
    ("person_mentions", "name"): "Name as written.",
    ("person_mentions", "rank_id"): "Rank written with the name (ranks.id).",
    ("person_mentions", "honorific"): "đồng chí, ông, bà …, when written.",
    ("person_mentions", "former"): "1 when written as former (nguyên).",
    ("person_mentions", "context_start"): "Start of the name and its titles in documents.text.",
    ("person_mentions", "context_end"): "End of the name and its titles in documents.text.",
    ("person_mentions", "block_key"): "The person resolver's block (family name|given "
                                      "name|syllables, accent-free); only mentions of one "
                                      "block are ever compared.",
    ("mention_titles", "ord"): "Order among the mention's titles, from 0.",
    ("mention_titles", "text"): "The title as written.",
    ("mention_titles", "organization_as_written"): "The organization as written.",
    ("mention_titles", "parent_id"): "The body named after the title's organization "
                                     "(organizations.id).",
    ("mention_titles", "org_inferred"): "1 when the organization was completed from context.",
    ("inspection_teams", "name"): "Name as written: Đoàn Kiểm tra số 4.",
    ("inspection_teams", "identity_id"): "The team across articles (team_identities.id).",
    ("team_identities", "key"): "What the team is known by: rule, kind, body, number or leader, "
                                "and year.",
    ("team_identities", "rule"): "number (same number, body and year), leader (same leader, "
                                 "body and year) or alone (too little known to join another).",
    ("team_identities", "name"): "Name as first written: Đoàn Kiểm tra số 4.",
    ("team_identities", "kind"): "inspection, supervision or working.",
    ("team_identities", "number"): "Team number.",
    ("team_identities", "body_id"): "The body the team belongs to (organizations.id).",
    ("team_identities", "year"): "Programme year, else the year of its events.",
    ("team_identities", "leader_id"): "The person who leads it (persons.id), when known.",
    ("team_identities", "articles"): "Number of articles that follow the team.",
    ("team_itinerary", "team_id"): "The team across articles (team_identities.id).",
    ("team_itinerary", "team_articles"): "Number of articles that follow the team.",
    ("team_itinerary", "team_number"): "Team number.",
    ("team_itinerary", "team_year"): "Programme year, else the year of its events.",
    ("team_itinerary", "province"): "The province it worked in there.",
    ("team_itinerary", "province_code"): "Gazetteer code of that province.",
    ("team_itinerary", "place"): "The district- or commune-level unit, when written.",
    ("team_itinerary", "bodies"): "The bodies it worked with there, in the article's order.",
    ("team_itinerary", "latitude"): "Latitude of the place, else of the province.",
    ("team_itinerary", "longitude"): "Longitude of the place, else of the province.",
    ("inspection_teams", "kind"): "inspection, supervision or working.",
    ("inspection_teams", "number"): "Team number.",
    ("inspection_teams", "body_id"): "The body the team belongs to (organizations.id).",
    ("inspection_teams", "body_as_written"): "The body as written.",
    ("inspection_teams", "year"): "Programme year.",
    ("inspection_teams", "topic"): "What the team inspects.",
    ("event_targets", "name"): "The body, completed from context: Ban Tổ chức Tỉnh ủy Đắk Lắk.",
    ("cited_documents", "kind"): "Chỉ thị, Nghị quyết, Kế hoạch, Thông tri, …",
    ("cited_documents", "issuer_code"): "Issuer code from the number: TW, TU, …",
    ("cited_documents", "date"): "Date of the cited document, when written.",
    ("person_merges", "person_id"): "The person the mention joined (persons.id).",
    ("person_merges", "mention_id"): "The mention that joined (person_mentions.id).",
    ("person_merges", "other_mention_id"): "The mention it was compared with "
                                           "(person_mentions.id).",
    ("person_merges", "decision"): "merged, candidate or forbidden.",
    ("person_merges", "rule"): "The rule that decided.",
    ("person_merges", "score"): "Similarity score.",
    ("person_merges", "evidence"): "JSON: what matched and what conflicted.",
    ("curation_decisions", "action"): "merge or forbid.",
    ("curation_decisions", "left_ref"): "DOC.txt#Name as written.",
    ("curation_decisions", "right_ref"): "DOC.txt#Name as written.",
    ("curation_decisions", "note"): "Why.",
    ("curation_decisions", "applied"): "0 when a reference matched no mention.",
    ("event_overview", "main"): "1 for the article's main event, 0 for a teaser's.",
    ("event_overview", "province"): "Province (short name).",
    ("event_overview", "province_code"): "Gazetteer code of the province.",
    ("event_overview", "province_inferred"): "1 when the province comes from a host body.",
    ("event_overview", "place"): "Place below the province (short name).",
    ("event_overview", "place_code"): "Gazetteer code of the place.",
    ("event_overview", "team_number"): "Team number.",
    ("event_overview", "team_year"): "Team programme year.",
    ("event_participant_titles", "title"): "The title as first written (NULL: none given).",
    ("person_title_history", "first_seen"): "First date seen (event date, else publication).",
    ("person_title_history", "last_seen"): "Last date seen (event date, else publication).",
    ("person_title_history", "first_title_id"): "The first mention_titles row, for ordering.",
    ("co_participants", "person_a_id"): "The first person (smaller id).",
    ("co_participants", "person_a"): "Name of the first person.",
    ("co_participants", "person_b_id"): "The second person.",
    ("co_participants", "person_b"): "Name of the second person.",
    ("inspected_bodies", "year"): "Team programme year, else the event's year.",
    ("inspected_bodies", "body"): "The body inspected or worked with.",
    ("cited_document_frequency", "text"): "The citation as written.",
    ("cited_document_frequency", "citations"): "Number of citations.",
}


def table_descriptions() -> dict[str, str]:
    """Each model's table with the first line of the model's docstring."""
    from .models import Base

    return {mapper.class_.__tablename__: (mapper.class_.__doc__ or "").strip().splitlines()[0]
            for mapper in sorted(Base.registry.mappers, key=lambda mp: mp.class_.__tablename__)}


def column_description(relation: str, column: str) -> str | None:
    """What ``relation.column`` holds, or None when it is not described."""
    return COLUMNS.get((relation, column)) or COMMON_COLUMNS.get(column)

"""The ``pipeline`` command line: parse arguments, call one library function, map errors."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .db.lock import DEFAULT_WAIT
from .errors import PipelineError
from .query import OutputFormat
from .stages import DEFAULT_ARTICLE_TIMEOUT

app = typer.Typer(help="Vietnamese political news → SQLite events database.",
                  no_args_is_help=True, add_completion=False)

# readable=False: an unreadable file is the command's one-line error, not a usage box.
DbOption = Annotated[Path, typer.Option("--db", help="SQLite database file.", readable=False)]


def _traceback(exc: BaseException, debug: bool) -> None:
    if debug:
        import traceback

        traceback.print_exception(exc, file=sys.stderr)


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=code)


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="Article files or directories (*.txt, *.html).")],
    db: DbOption,
    strict: Annotated[bool, typer.Option(help="Stop at the first file that fails.")] = False,
    curation: Annotated[Path, typer.Option(
        "--curation", help="Curation file of person merges/splits.")] = Path("curation/people.toml"),
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", min=1, help="Extraction worker processes (default: all cores).")] = None,
    rebuild: Annotated[bool, typer.Option(
        "--rebuild", help="Build from scratch in a temporary file; replace --db only if every "
                          "file went in.")] = False,
    wait: Annotated[float, typer.Option(
        "--wait", min=0, help="Seconds to wait while another ingest writes --db.")] = DEFAULT_WAIT,
    article_timeout: Annotated[float, typer.Option(
        "--article-timeout", min=0, help="Seconds one article may take to extract before it "
                                         "fails alone (0: no limit).")] = DEFAULT_ARTICLE_TIMEOUT,
    debug: Annotated[bool, typer.Option(
        "--debug", help="Print the traceback behind an error.")] = False,
) -> None:
    """Ingest articles incrementally (unchanged files are skipped), then resolve people."""
    from .ingest import ingest
    from .ingest import rebuild as rebuild_database
    from .progress import ingest_progress

    run = rebuild_database if rebuild else ingest
    try:
        with ingest_progress(paths, enabled=sys.stderr.isatty()) as on_file:
            report = run(paths, db, strict=strict, curation=curation, jobs=jobs, on_file=on_file,
                         on_resolution=on_file.resolution if on_file else None, wait=wait,
                         on_wait=lambda message: typer.echo(message, err=True),
                         article_timeout=article_timeout or None)
    except PipelineError as exc:
        _traceback(exc, debug)
        raise _fail(str(exc)) from None
    except Exception as exc:  # noqa: BLE001 — a bug: one line, the traceback with --debug
        _traceback(exc, debug)
        first = str(exc).splitlines()[0] if str(exc) else ""  # a driver error's SQL follows
        raise _fail(f"unexpected {type(exc).__name__}: {first} (--debug shows where)") from None
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    for failure in report.failed:
        typer.echo(f"error: {failure.path}: {failure.kind}: {failure.message}", err=True)
    typer.echo(f"ingested {len(report.ingested)}, skipped {len(report.skipped)} unchanged, "
               f"failed {len(report.failed)}", err=True)
    if report.published is False:
        typer.echo(f"error: {db} left unchanged: the new build had failures", err=True)
    if report.failed:
        raise typer.Exit(code=1)


@app.command("export")
def export_command(
    db: DbOption,
    format: Annotated[str, typer.Option(
        "--format", help="jsonl (one JSON object per article) or csv (one file per table "
                         "and view).")] = "jsonl",
    out: Annotated[Optional[Path], typer.Option(
        "--out", help="Output file (default: stdout); for csv, a directory.")] = None,
) -> None:
    """Export one JSON object per article (SPEC §7), or every table and view as CSV."""
    from .export import export, export_csv

    try:
        if format == "csv" and out is not None:
            written = export_csv(db, out)
            typer.echo(f"wrote {len(written)} CSV files to {out}", err=True)
        elif out is None:
            export(db, format, sys.stdout)
        else:
            with open(out, "w", encoding="utf-8") as fh:
                export(db, format, fh)
    except PipelineError as exc:
        raise _fail(str(exc)) from None


@app.command("query")
def query_command(
    sql: Annotated[str, typer.Argument(help="One SQL statement (read-only).")],
    db: DbOption = Path("data/events.db"),
    format: Annotated[OutputFormat, typer.Option(
        "--format", help="table, csv or json.")] = OutputFormat.table,
) -> None:
    """Run SQL on the database opened read-only; print the rows."""
    from .query import format_result, run_query

    try:
        result = run_query(db, sql)
    except PipelineError as exc:
        raise _fail(str(exc)) from None
    typer.echo(format_result(result, format))


@app.command("evaluate")
def evaluate_command(
    gold: Annotated[Path, typer.Option("--gold", help="Directory of NAME.gold.json files.")],
    db: Annotated[Path, typer.Option("--db", help="SQLite database file.")] = Path(
        "data/events.db"),
    show_errors: Annotated[bool, typer.Option("--show-errors", help="List every miss.")] = False,
) -> None:
    """Score the database against gold fact files (precision/recall per field)."""
    from .evaluate import evaluate_database, format_evaluation

    try:
        typer.echo(format_evaluation(evaluate_database(db, gold), show_errors))
    except PipelineError as exc:
        raise _fail(str(exc)) from None


@app.command("synth")
def synth_command(
    n: Annotated[int, typer.Option("--n", help="Number of articles.", min=1)],
    out: Annotated[Path, typer.Option("--out", help="Output directory.")],
    seed: Annotated[int, typer.Option("--seed", help="Random seed (same seed, same corpus).")] = 7,
) -> None:
    """Write a synthetic corpus of articles with ground truth (NAME.gold.json beside each)."""
    from .synth import write_corpus

    try:
        summary = write_corpus(out, n, seed)
    except (PipelineError, OSError) as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"wrote {summary.articles} articles about {summary.persons} people "
               f"({summary.collisions} same-name collisions) to {summary.out_dir}")


people_app = typer.Typer(help="People across articles: list, explain, merge, split.",
                         invoke_without_command=True, no_args_is_help=False)
app.add_typer(people_app, name="people")
CurationOption = Annotated[Path, typer.Option("--curation", help="Curation file (TOML).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def _print_json(data) -> None:
    import dataclasses
    import json

    typer.echo(json.dumps(data, default=dataclasses.asdict, ensure_ascii=False, indent=1))


def _print_person(summary) -> None:
    flag = " (deceased)" if summary.deceased else ""
    typer.echo(f"{summary.id}\t{summary.name}{flag}\t{summary.documents} article(s)")
    for t in summary.titles:
        qualifier = f"{t.qualifier} " if t.qualifier in ("nguyên", "cố") else ""
        org = f" — {t.organization}" if t.organization else ""
        span = f"{t.first_seen or '?'} … {t.last_seen or '?'}"
        typer.echo(f"\t{qualifier}{t.position}{org}\t[{span}]")


@people_app.callback()
def people_command(
    ctx: typer.Context,
    db: DbOption = Path("data/events.db"),
    name: Annotated[Optional[str], typer.Option("--name", help="Part of a name.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List persons with their title history (accent-insensitive --name filter)."""
    if ctx.invoked_subcommand is not None:
        return
    from .db.engine import open_session
    from .resolve.people.report import list_people

    try:
        with open_session(db, read_only=True) as session:
            people = list_people(session, name)
    except PipelineError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        _print_json(people)
        return
    for summary in people:
        _print_person(summary)


@people_app.command("explain")
def explain_command(
    person_id: Annotated[int, typer.Argument(help="Person id.")],
    db: DbOption = Path("data/events.db"),
    as_json: JsonOption = False,
) -> None:
    """Show why a person is one person: each merge with its rule, evidence and score."""
    from .db.engine import open_session
    from .resolve.people.report import explain

    try:
        with open_session(db, read_only=True) as session:
            rows = explain(session, person_id)
    except PipelineError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        _print_json(rows)
        return
    if not rows:
        typer.echo(f"person {person_id} was never merged: it is named in one article only, "
                   "or no evidence linked its mentions")
    for r in rows:
        typer.echo(f"{r.decision}\t{r.rule}\tscore={r.score}\t{r.joined} ~ {r.compared_with}")
        evidence = dict(r.evidence)
        factors = evidence.pop("factors", None)
        typer.echo(f"\tevidence: {evidence}")
        if factors:  # a waterfall: each factor's weight in bits, then the total and the bar
            for f in factors:
                typer.echo(f"\t{f['weight']:+8.2f}  {f['factor']}")
            typer.echo(f"\t{evidence['total_weight']:+8.2f}  total (one person at "
                       f"{evidence['threshold_weight']:+.2f} or more)")


def _curate(action: str, a: str, b: str, db: Path, curation: Path, note: Optional[str]) -> None:
    from .resolve.people.report import record_decision

    try:
        decision, report = record_decision(db, curation, action, a, b, note)
    except PipelineError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"{action} {decision.a} / {decision.b} written to {curation}; "
               f"{report.persons} persons after re-resolution")


@people_app.command("merge")
def merge_command(
    a: Annotated[str, typer.Argument(help="Person id or DOCUMENT#Name.")],
    b: Annotated[str, typer.Argument(help="Person id or DOCUMENT#Name.")],
    db: DbOption = Path("data/events.db"),
    curation: CurationOption = Path("curation/people.toml"),
    note: Annotated[Optional[str], typer.Option(help="Why.")] = None,
) -> None:
    """Force two people to be one (written to the curation file, applied on every rebuild)."""
    _curate("merge", a, b, db, curation, note)


@people_app.command("split")
def split_command(
    a: Annotated[str, typer.Argument(help="Person id or DOCUMENT#Name.")],
    b: Annotated[str, typer.Argument(help="Person id or DOCUMENT#Name.")],
    db: DbOption = Path("data/events.db"),
    curation: CurationOption = Path("curation/people.toml"),
    note: Annotated[Optional[str], typer.Option(help="Why.")] = None,
) -> None:
    """Forbid two mentions from being one person (written to the curation file)."""
    _curate("forbid", a, b, db, curation, note)


@app.command("person")
def person_command(
    person_id: Annotated[int, typer.Argument(help="Person id.")],
    db: DbOption = Path("data/events.db"),
    as_json: JsonOption = False,
) -> None:
    """Show one person: title history and the articles that name them."""
    from .db.engine import open_session
    from .resolve.people.report import get_person

    try:
        with open_session(db, read_only=True) as session:
            summary, appearances = get_person(session, person_id)
    except PipelineError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        _print_json({"person": summary, "articles": appearances})
        return
    _print_person(summary)
    for a in appearances:
        typer.echo(f"\t{a.date or '?'}\t{a.side or '-'}/{a.role or '-'}\t{a.ref}")


@app.command("search")
def search_command(
    query: Annotated[str, typer.Argument(
        help='Words or "a phrase"; a trailing * matches a prefix.')],
    db: DbOption = Path("data/events.db"),
    exact: Annotated[bool, typer.Option(
        "--exact",
        help="Accents must match (default: ignored, so 'dak lak' finds Đắk Lắk).")] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many articles.")] = 20,
    as_json: JsonOption = False,
) -> None:
    """Full-text search of article text, best match first, with the text around the hit."""
    from .db.engine import open_session
    from .search import search

    try:
        with open_session(db, read_only=True) as session:
            hits = search(session, query, folded=not exact, limit=limit)
    except PipelineError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        _print_json(hits)
        return
    for hit in hits:
        typer.echo(f"{hit.document}\t{hit.start}-{hit.end}\t{hit.snippet}")


@app.command("show")
def show_command(
    doc: Annotated[str, typer.Argument(help="Document file name, stored path or id.")],
    db: DbOption = Path("data/events.db"),
    as_json: JsonOption = False,
) -> None:
    """Print an article with every extracted span highlighted by kind, then its events."""
    from rich.console import Console

    from .db.engine import open_session
    from .show import load_article, render

    try:
        with open_session(db, read_only=True) as session:
            article = load_article(session, doc)
    except PipelineError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        _print_json(article)
        return
    Console(highlight=False).print(render(article))


@app.command("stats")
def stats_command(
    db: DbOption = Path("data/events.db"),
    as_json: JsonOption = False,
) -> None:
    """Print row counts per table, per extraction stage and per ingest error kind."""
    from rich.console import Console
    from rich.table import Table

    from .stats import collect_stats

    try:
        stats = collect_stats(db)
    except PipelineError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        _print_json(stats)
        return
    tables = Table("table", "rows", title="Tables")
    for t in stats.tables:
        tables.add_row(t.table, str(t.rows))
    stages = Table("stage", "table", "rows", title="Stages")
    for s in stats.stages:
        stages.add_row(s.stage, s.table, str(s.rows))
    errors = Table("error kind", "files", title="Ingest errors")
    for e in stats.errors:
        errors.add_row(e.kind, str(e.files))
    console = Console(highlight=False)
    for table in (tables, stages, errors):
        console.print(table)


if __name__ == "__main__":  # pragma: no cover
    app()

"""The ``pipeline`` command line: parse arguments, call one library function, map errors."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import PipelineError

app = typer.Typer(help="Vietnamese political news → SQLite events database.",
                  no_args_is_help=True, add_completion=False)

DbOption = Annotated[Path, typer.Option("--db", help="SQLite database file.")]


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=code)


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="Article files or directories (*.txt, *.html).")],
    db: DbOption,
    strict: Annotated[bool, typer.Option(help="Stop at the first file that fails.")] = False,
) -> None:
    """Ingest articles incrementally (unchanged files are skipped)."""
    from .ingest import ingest

    missing = [p for p in paths if not p.exists()]
    for p in missing:
        typer.echo(f"error: {p}: no such file or directory", err=True)
    try:
        report = ingest([p for p in paths if p.exists()], db, strict=strict)
    except PipelineError as exc:
        raise _fail(str(exc)) from None
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    for failure in report.failed:
        typer.echo(f"error: {failure.path}: {failure.kind}: {failure.message}", err=True)
    typer.echo(f"ingested {len(report.ingested)}, skipped {len(report.skipped)} unchanged, "
               f"failed {len(report.failed) + len(missing)}", err=True)
    if report.failed or missing:
        raise typer.Exit(code=1)


@app.command("export")
def export_command(
    db: DbOption,
    format: Annotated[str, typer.Option("--format", help="Output format: jsonl.")] = "jsonl",
    out: Annotated[Optional[Path], typer.Option("--out", help="Output file (default: stdout).")] = None,
) -> None:
    """Export one JSON object per article (SPEC §7)."""
    from .export import export

    try:
        if out is None:
            export(db, format, sys.stdout)
        else:
            with open(out, "w", encoding="utf-8") as fh:
                export(db, format, fh)
    except PipelineError as exc:
        raise _fail(str(exc)) from None


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


if __name__ == "__main__":  # pragma: no cover
    app()

"""The ``graphkit`` command line: a thin layer over the Python API.

Each command parses options, calls the library function of the same name and prints the
result; library errors become one-line messages here, and nowhere else.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import click

from graphkit import __version__


def user_errors() -> tuple[type[Exception], ...]:
    """Errors that mean "bad input or setup", shown as one line; anything else is a bug and
    keeps its traceback."""
    from graphkit.errors import GraphkitError

    return (GraphkitError, OSError)


def first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


@contextmanager
def notes_on_one_line() -> Iterator[None]:
    """graphkit's ``PipelineNote`` warnings as one ``note:`` line each on stderr."""
    from graphkit.errors import PipelineNote

    with warnings.catch_warnings():  # restores filters and showwarning afterwards
        warnings.simplefilter("always", PipelineNote)
        original = warnings.showwarning

        def show(message, category, filename, lineno, file=None, line=None):  # type: ignore[no-untyped-def]
            if issubclass(category, PipelineNote):
                click.echo(f"note: {message}", err=True)
            else:
                original(message, category, filename, lineno, file, line)

        warnings.showwarning = show
        yield


EXIT_SKIPPED = 3  # the build finished, but some files could not be read
EXIT_INVALID = 4  # the build finished, but the graph does not conform to the shapes


def parse_date_option(values: tuple[str, ...]) -> dict[str, date]:
    dates: dict[str, date] = {}
    for value in values:
        name, sep, day = value.rpartition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r}: expected FILE=YYYY-MM-DD", param_hint="--date")
        try:
            dates[name] = date.fromisoformat(day)
        except ValueError:
            raise click.BadParameter(f"{value!r}: {day!r} is not a date (YYYY-MM-DD)",
                                     param_hint="--date") from None
    return dates


def parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name.isidentifier():
            raise click.BadParameter(f"{value!r}: expected NAME=VALUE", param_hint="--param")
        params[name] = text
    return params


@click.group()
@click.version_option(__version__, prog_name="graphkit")
def main() -> None:
    """Turn German news articles into a dated, sourced knowledge graph."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "-o", default="output", show_default=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder for graph.ttl, graph.trig, graph.jsonld and the HTML pages.")
@click.option("--date", "dates", multiple=True, metavar="FILE=YYYY-MM-DD",
              help="Publication date of FILE (name, path or article id); wins over "
                   "metadata and datelines. Repeatable.")
@click.option("--spacy-model", default=None, metavar="NAME_OR_PATH",
              help="Use this spaCy pipeline (e.g. de_core_news_lg) instead of graphkit's "
                   "own; the gazetteers are kept.")
@click.option("--no-render", is_flag=True, help="Write the graph files only, no HTML.")
@click.option("--validate", is_flag=True,
              help="Check the graph against the SHACL shapes in ontologies/ (slow on large "
                   "builds); exit code 4 if it does not conform.")
def build(paths: tuple[Path, ...], out: Path, dates: tuple[str, ...], spacy_model: str | None,
          no_render: bool, validate: bool) -> None:
    """Build the graph of the articles in PATHS (files or folders of .txt, .html, .jsonl).

    Example: graphkit build examples/articles --out output/
    """
    from graphkit.pipeline import NoArticlesError
    from graphkit.pipeline import build as build_graph

    try:
        with notes_on_one_line():
            result = build_graph(list(paths), out, dates=parse_date_option(dates),
                                 spacy_model=spacy_model, render=not no_render,
                                 validate=validate)
    except click.ClickException:
        raise
    except NoArticlesError as error:
        for skipped in error.skipped:
            click.echo(f"skipped: {skipped.reason}", err=True)
        raise click.ClickException(str(error)) from None
    except user_errors() as error:  # graphkit's own errors end here as one line
        raise click.ClickException(first_line(error)) from None
    for skipped in result.skipped:
        click.echo(f"skipped: {skipped.reason}", err=True)
    graph = result.graph
    click.echo(f"{len(graph.articles)} articles, {len(graph.entities)} entities, "
               f"{len(graph.events)} events")
    for kind, path in sorted(result.outputs.items()):
        click.echo(f"  {kind:8} {path}")
    if result.conforms is not None:
        click.echo(f"SHACL: {'conforms' if result.conforms else 'does NOT conform'}")
    if result.conforms is False:
        click.echo(result.validation_report.strip()[:2000], err=True)
        sys.exit(EXIT_INVALID)
    if result.skipped:
        sys.exit(EXIT_SKIPPED)


@main.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("sparql", required=False)
@click.option("--file", "query_file", type=click.Path(exists=True, dir_okay=False,
              path_type=Path), help="Read the SPARQL query from this file.")
@click.option("--saved", metavar="NAME", help="Run a saved query from queries/ "
              "(see `graphkit queries`).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (safely, never pasted into the query). Repeatable.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
def query(graph: Path, sparql: str | None, query_file: Path | None, saved: str | None,
          params: tuple[str, ...], fmt: str) -> None:
    """Run a SPARQL query over GRAPH (graph.ttl, .trig, .jsonld or .nt).

    Example: graphkit query output/graph.ttl --saved meetings
    --param a="Wladimir Putin" --param b="Kim Jong Un"
    """
    from graphkit.rdf.query import QueryError, format_result, load_saved_query, run_query

    sources = [s for s in (sparql, query_file, saved) if s]
    if len(sources) != 1:
        raise click.UsageError("give exactly one of: SPARQL text, --file F, --saved NAME")
    try:
        text = (sparql or (query_file.read_text("utf-8") if query_file else None)
                or load_saved_query(saved or ""))
        result = run_query(graph, text, parse_params(params))
    except (QueryError, KeyError, ValueError, OSError) as error:
        raise click.ClickException(str(error).strip("'\"").splitlines()[0]) from None
    click.echo(format_result(result, fmt))


@main.command()
def queries() -> None:
    """List the saved queries and what they answer.

    Example: graphkit queries
    """
    from graphkit.rdf.query import list_saved_queries

    for name, description in sorted(list_saved_queries().items()):
        click.echo(f"{name:16} {description}")


@main.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "-o", default=None, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the pages (default: the graph's folder).")
def render(graph: Path, out: Path | None) -> None:
    """Write network.html, timeline.html and explorer.html for an existing GRAPH.

    Example: graphkit render output/graph.ttl
    """
    from graphkit.rdf import read_graph
    from graphkit.render import render_all

    try:
        outputs = render_all(read_graph(graph), out or graph.parent)
    except user_errors() as error:
        raise click.ClickException(f"{graph}: {first_line(error)}") from None
    for kind, path in sorted(outputs.items()):
        click.echo(f"  {kind:8} {path}")


if __name__ == "__main__":  # pragma: no cover
    main()

"""The ``graphkit`` command line: a thin layer over the Python API.

Each command parses options, calls the library function of the same name and prints the
result; library errors become one-line messages here, and nowhere else.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
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


def parse_date_option(values: tuple[str, ...]) -> dict[str, str]:
    """FILE=DATE pairs; DATE is a day, a month or a year (checked here, parsed by the API)."""
    from graphkit.temporal.values import parse_partial_date

    dates: dict[str, str] = {}
    for value in values:
        name, sep, day = value.rpartition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r}: expected FILE=YYYY-MM-DD", param_hint="--date")
        if parse_partial_date(day) is None:
            raise click.BadParameter(f"{value!r}: {day!r} is not a date (YYYY-MM-DD, YYYY-MM "
                                     "or YYYY)", param_hint="--date")
        dates[name] = day
    return dates


def parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name.isidentifier():
            raise click.BadParameter(f"{value!r}: expected NAME=VALUE", param_hint="--param")
        params[name] = text
    return params


# The pages' own words (legend, filters, dates); the articles are German, so German first.
UI_LANG_OPTION = click.option(
    "--ui-lang", type=click.Choice(["de", "en"]), default="de", show_default=True,
    help="Language of the pages' own words and dates.")
EXPORT_FORMATS = ("graphml", "gexf", "csv", "networkx-json")


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
              help="Publication date of FILE (name, path or article id): a day, a month "
                   "(YYYY-MM) or a year (YYYY); wins over metadata and datelines. "
                   "Repeatable.")
@click.option("--spacy-model", default=None, metavar="NAME_OR_PATH",
              help="Use this spaCy pipeline (e.g. de_core_news_lg) instead of graphkit's "
                   "own; the gazetteers are kept.")
@click.option("--no-render", is_flag=True, help="Write the graph files only, no HTML.")
@click.option("--validate", is_flag=True,
              help="Check the graph against the SHACL shapes in ontologies/ (slow on large "
                   "builds); exit code 4 if it does not conform.")
@UI_LANG_OPTION
def build(paths: tuple[Path, ...], out: Path, dates: tuple[str, ...], spacy_model: str | None,
          no_render: bool, validate: bool, ui_lang: str) -> None:
    """Build the graph of the articles in PATHS (files or folders of .txt, .html, .jsonl).

    Example: graphkit build examples/articles --out output/
    """
    from graphkit.pipeline import NoArticlesError
    from graphkit.pipeline import build as build_graph

    try:
        with notes_on_one_line():
            result = build_graph(list(paths), out, dates=parse_date_option(dates),
                                 spacy_model=spacy_model, render=not no_render,
                                 validate=validate, ui_lang=ui_lang)
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
    for warning in result.date_warnings:
        click.echo(f"date: {warning}", err=True)
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
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "turtle"]),
              default="table", show_default=True,
              help="Output format; turtle for CONSTRUCT and DESCRIBE queries.")
@click.option("--max-width", type=click.IntRange(min=2), default=None, metavar="N",
              help="Cut table cells to N characters (default: never cut).")
@click.option("--allow-remote", is_flag=True,
              help="Run queries that use SERVICE or FROM <IRI> (they reach the network); "
                   "refused by default.")
def query(graph: Path, sparql: str | None, query_file: Path | None, saved: str | None,
          params: tuple[str, ...], fmt: str, max_width: int | None, allow_remote: bool) -> None:
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
        result = run_query(graph, text, parse_params(params), allow_remote=allow_remote)
        output = format_result(result, fmt, max_width=max_width)
    except (QueryError, ValueError, OSError) as error:
        raise click.ClickException(first_line(error)) from None
    click.echo(output, nl=not output.endswith("\n"))


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
@UI_LANG_OPTION
def render(graph: Path, out: Path | None, ui_lang: str) -> None:
    """Write network.html, timeline.html and explorer.html for an existing GRAPH.

    Example: graphkit render output/graph.ttl
    """
    from graphkit.pipeline import render_pages

    try:
        outputs = render_pages(graph, out, ui_lang=ui_lang)
    except user_errors() as error:
        raise click.ClickException(f"{graph}: {first_line(error)}") from None
    for kind, path in sorted(outputs.items()):
        click.echo(f"  {kind:8} {path}")


@main.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="graphml, gexf (Gephi, with time intervals), csv (nodes.csv + edges.csv) or "
                   "networkx-json (node-link). Without it: what `build` writes.")
@click.option("--out", "-o", default=None, type=click.Path(path_type=Path),
              help="File or folder to write (default: the graph's folder).")
@UI_LANG_OPTION
def export(graph: Path, fmt: str | None, out: Path | None, ui_lang: str) -> None:
    """Write the actor–event network of GRAPH for Gephi, networkx or a spreadsheet.

    Example: graphkit export output/graph.ttl --format gexf --out output/graph.gexf
    """
    from graphkit.export import export as export_graph
    from graphkit.rdf import read_graph

    try:
        outputs = export_graph(read_graph(graph), out or graph.parent, format=fmt,
                               ui_lang=ui_lang)
    except user_errors() as error:
        raise click.ClickException(f"{graph}: {first_line(error)}") from None
    for kind, path in sorted(outputs.items()):
        click.echo(f"  {kind:8} {path}")


if __name__ == "__main__":  # pragma: no cover
    main()

"""The ``graphkit`` command line: a thin layer over the Python API.

Each command parses options, calls the library function of the same name and prints the
result; library errors become one-line messages here, and nowhere else.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from graphkit import __version__

if TYPE_CHECKING:
    from graphkit.distribute import RunOptions


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


class TerminalProgress:
    """Progress of long commands on the terminal (done / total, rate, ETA), drawn by rich;
    silent when stderr is not a terminal or with -q."""

    def __init__(self, enabled: bool) -> None:
        self._bar: Any = None
        self._tasks: dict[str, Any] = {}
        if enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(TextColumn("{task.description:10}"), BarColumn(),
                                 MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                                 TimeRemainingColumn(), console=Console(stderr=True),
                                 transient=True)

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self._bar is None:
            return
        task = self._tasks.get(stage)
        if task is None:
            task = self._tasks[stage] = self._bar.add_task(stage, total=total, rate="")
        elapsed = self._bar.tasks[task].elapsed or 0.0
        rate = f"{done / elapsed:.1f}/s" if elapsed > 0 and done else ""
        self._bar.update(task, completed=done, total=total, rate=rate)

    def __enter__(self) -> TerminalProgress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()


def make_options(spacy_model: str | None, workers: int, scheduler: str | None,
                 progress: TerminalProgress) -> RunOptions:
    from graphkit.distribute import RunOptions

    if workers < 0:
        raise click.BadParameter("must be 0 or more", param_hint="--workers")
    if workers and scheduler:
        raise click.UsageError("give --workers or --scheduler, not both")
    return RunOptions(spacy_model=spacy_model, workers=workers, scheduler=scheduler,
                      progress=progress)


def show_timings(options: RunOptions, verbose: bool) -> None:
    if verbose:
        for stage, seconds in options.timings.items():
            click.echo(f"  {stage:10} {seconds:8.2f} s", err=True)


def verbosity(function: Callable[..., Any]) -> Callable[..., Any]:
    function = click.option("--quiet", "-q", is_flag=True,
                            help="No progress display.")(function)
    return click.option("--verbose", "-v", is_flag=True,
                        help="Print the time each stage took.")(function)


def distribution(function: Callable[..., Any]) -> Callable[..., Any]:
    function = click.option("--workers", type=int, default=0, show_default=True,
                            help="Run the per-article work on a local Dask cluster of N "
                                 "worker processes (0: in this process).")(function)
    return click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
                        help="Run the per-article work on this existing Dask "
                             "cluster.")(function)


def progress_for(quiet: bool) -> TerminalProgress:
    return TerminalProgress(enabled=not quiet and sys.stderr.isatty())


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
@distribution
@verbosity
def build(paths: tuple[Path, ...], out: Path, dates: tuple[str, ...], spacy_model: str | None,
          no_render: bool, validate: bool, ui_lang: str, workers: int, scheduler: str | None,
          quiet: bool, verbose: bool) -> None:
    """Build the graph of the articles in PATHS (files or folders of .txt, .html, .jsonl).

    Example: graphkit build examples/articles --out output/
    """
    from graphkit.pipeline import NoArticlesError
    from graphkit.pipeline import build as build_graph

    progress = progress_for(quiet)
    options = make_options(spacy_model, workers, scheduler, progress)
    try:
        with notes_on_one_line(), progress:
            result = build_graph(list(paths), out, dates=parse_date_option(dates),
                                 render=not no_render, validate=validate, ui_lang=ui_lang,
                                 options=options)
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
    show_timings(options, verbose)
    if result.conforms is not None:
        click.echo(f"SHACL: {'conforms' if result.conforms else 'does NOT conform'}")
    if result.conforms is False:
        click.echo(result.validation_report.strip()[:2000], err=True)
        sys.exit(EXIT_INVALID)
    if result.skipped:
        sys.exit(EXIT_SKIPPED)


@main.command()
@click.argument("graph", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.argument("sparql", required=False)
@click.option("--store", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Query this store (see `graphkit add`) instead of a GRAPH file: answered "
                   "from its Oxigraph database, nothing re-parsed.")
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
def query(graph: Path | None, sparql: str | None, store: Path | None, query_file: Path | None,
          saved: str | None, params: tuple[str, ...], fmt: str, max_width: int | None,
          allow_remote: bool) -> None:
    """Run a SPARQL query over GRAPH (graph.ttl, .trig, .jsonld or .nt) or a --store.

    Example: graphkit query output/graph.ttl --saved meetings
    --param a="Wladimir Putin" --param b="Kim Jong Un"
    """
    from graphkit.errors import GraphkitError
    from graphkit.rdf.query import format_result, load_saved_query, run_query

    if store is not None and graph is not None and sparql is None:
        graph, sparql = None, str(graph)   # with --store the first argument is the query
    if (graph is None) == (store is None):
        raise click.UsageError("give a GRAPH file or --store DIR (one of them)")
    if graph is not None and not graph.is_file():
        raise click.BadParameter(f"{graph}: no such file", param_hint="GRAPH")
    sources = [s for s in (sparql, query_file, saved) if s]
    if len(sources) != 1:
        raise click.UsageError("give exactly one of: SPARQL text, --file F, --saved NAME")
    try:
        text = (sparql or (query_file.read_text("utf-8") if query_file else None)
                or load_saved_query(saved or ""))
        if store is not None:
            from graphkit.corpus import open_store
            from graphkit.rdf.store import open_store_graph

            source = open_store_graph(open_store(store))
        else:
            assert graph is not None
            source = graph
        result = run_query(source, text, parse_params(params), allow_remote=allow_remote)
        output = format_result(result, fmt, max_width=max_width)
    except (GraphkitError, ValueError, OSError) as error:
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


def echo_change(change: Any) -> None:
    for skipped in change.skipped:
        click.echo(f"skipped: {skipped.reason}", err=True)
    for what in ("added", "replaced", "unchanged", "removed"):
        ids = getattr(change, what)
        if ids:
            shown = ", ".join(ids[:5]) + (f" … ({len(ids)})" if len(ids) > 5 else "")
            click.echo(f"{what:9} {shown}")
    click.echo(f"store {change.store}: {change.articles} articles, {change.entities} entities, "
               f"{change.events} events (generation {change.generation})")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--store", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The store folder (created if missing).")
@click.option("--date", "dates", multiple=True, metavar="FILE=YYYY-MM-DD",
              help="Publication date of FILE, as for build. Repeatable.")
@click.option("--spacy-model", default=None, metavar="NAME_OR_PATH",
              help="Use this spaCy pipeline instead of graphkit's own.")
@distribution
@verbosity
def add(paths: tuple[Path, ...], store: Path, dates: tuple[str, ...], spacy_model: str | None,
        workers: int, scheduler: str | None, quiet: bool, verbose: bool) -> None:
    """Add the articles in PATHS to a store; the graph is merged with what it holds.

    Example: graphkit add morning/ --store corpus/
    """
    from graphkit.corpus import add as add_articles

    progress = progress_for(quiet)
    options = make_options(spacy_model, workers, scheduler, progress)
    try:
        with progress:
            change = add_articles(list(paths), store, dates=parse_date_option(dates),
                                  options=options)
    except click.ClickException:
        raise
    except user_errors() as error:
        raise click.ClickException(first_line(error)) from None
    echo_change(change)
    show_timings(options, verbose)
    if change.skipped:
        sys.exit(EXIT_SKIPPED)


@main.command()
@click.argument("article_id")
@click.option("--store", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="The store folder.")
@verbosity
def remove(article_id: str, store: Path, quiet: bool, verbose: bool) -> None:
    """Remove ARTICLE_ID (an article id or URL) and every fact only it supported.

    Example: graphkit remove 02_hanoi_abbruch --store corpus/
    """
    from graphkit.corpus import remove as remove_article

    progress = progress_for(quiet)
    options = make_options(None, 0, None, progress)
    try:
        with progress:
            change = remove_article(article_id, store, options=options)
    except user_errors() as error:
        raise click.ClickException(first_line(error)) from None
    echo_change(change)
    show_timings(options, verbose)


@main.command()
@click.argument("graph", required=False,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--store", default=None, type=click.Path(exists=True, file_okay=False,
              path_type=Path), help="Export the graph of this store instead of a GRAPH file.")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="graphml, gexf (Gephi, with time intervals), csv (nodes.csv + edges.csv) or "
                   "networkx-json (node-link). Without it: what `build` writes.")
@click.option("--out", "-o", default=None, type=click.Path(path_type=Path),
              help="File or folder to write (default: the graph's folder; required with "
                   "--store).")
@click.option("--no-render", is_flag=True,
              help="Without --format: write the graph files only, no HTML.")
@UI_LANG_OPTION
def export(graph: Path | None, store: Path | None, fmt: str | None, out: Path | None,
           no_render: bool, ui_lang: str) -> None:
    """Write the graph of GRAPH (or of a --store): for Gephi, networkx or a spreadsheet
    with --format, else what `build` writes (the same bytes as a build of the same articles).

    Example: graphkit export output/graph.ttl --format gexf --out output/graph.gexf
    (or: graphkit export --store corpus/ --out output/)
    """
    from graphkit.network import export as export_graph

    if (graph is None) == (store is None):
        raise click.UsageError("give a GRAPH file or --store DIR (one of them)")
    if out is None and graph is None:
        raise click.UsageError("--out is required with --store")
    target = out if out is not None else graph.parent  # type: ignore[union-attr]
    try:
        outputs = export_graph(graph, target, format=fmt, ui_lang=ui_lang, store=store,
                               render=not no_render)
    except user_errors() as error:
        raise click.ClickException(f"{graph or store}: {first_line(error)}") from None
    for kind, path in sorted(outputs.items()):
        click.echo(f"  {kind:8} {path}")


@main.command()
@click.option("--store", required=True, type=click.Path(exists=True, file_okay=False,
              path_type=Path), help="The store to serve (read-only).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=int, help="Port to listen on.")
def serve(store: Path, host: str, port: int) -> None:
    """Serve a store read-only over the SPARQL 1.1 Protocol (/sparql), with the saved
    queries (/queries/NAME?param=value) and the explorer page (/).

    Example: graphkit serve --store corpus/ --port 7878
    """
    from graphkit.rdf.endpoint import serve as serve_store

    try:
        click.echo(f"serving {store} on http://{host}:{port}/sparql (Ctrl-C stops)", err=True)
        serve_store(store, host=host, port=port)
    except user_errors() as error:
        raise click.ClickException(first_line(error)) from None


if __name__ == "__main__":  # pragma: no cover
    main()

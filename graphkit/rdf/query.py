"""SPARQL over a graphkit graph: saved queries, safe parameters, plain result rows.

Parameters are bound without pasting text into the query: each value becomes an escaped
SPARQL string literal in a ``VALUES`` block inserted at the start of the WHERE clause, so
FILTERs see it and no value can change the query's structure. (Oxigraph's own
substitution only accepts projected variables, and rdflib's ``initBindings`` are not
honoured the same way by both stores.) A saved query lists its parameters in
``# param NAME: description`` comment lines; ``# param NAME (date): …`` also declares a
type (date, integer; string by default) that a value is checked against before it is bound;
a ``name`` value is bound as a name key (lower case, single spaces, as ``gk:nameKey``), so a
query finds an entity by any spelling of its name or alias through the store's index.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from importlib.resources import files
from pathlib import Path

from rdflib import XSD, Graph, Literal
from rdflib.term import Node

from graphkit.errors import QueryError
from graphkit.rdf.locality import check_local_read_only
from graphkit.rdf.store import GraphLoadError, open_graph
from graphkit.rdf.write import name_key

QUERY_PACKAGE = "graphkit.queries"
FORMATS = ("table", "csv", "json", "turtle")
TRIPLE_COLUMNS = ["subject", "predicate", "object"]
# "# param NAME: description" or "# param NAME (TYPE): description"; TYPE is one of
# PARAM_TYPES (default "string").
_PARAM_LINE = re.compile(
    r"^#\s*param\s+([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(\s*([a-z]+)\s*\))?\s*:?\s*(.*)$")
PARAM_TYPES = ("string", "date", "integer", "name")
_DATE_FORMS = (re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"), re.compile(r"^(\d{4})-(\d{2})$"),
               re.compile(r"^(\d{4})$"))
_NUMBER_TYPES = {str(XSD.integer), str(XSD.int), str(XSD.long), str(XSD.short),
                 str(XSD.nonNegativeInteger), str(XSD.positiveInteger), str(XSD.decimal),
                 str(XSD.double), str(XSD.float)}
_VARIABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# IRIs, variables, and names (keywords, prefixed names like ex:where, numbers).
_TOKEN = re.compile(r"<[^<>\"{}|^`\\\s]*>|[?$]\w+|[\w:.\-%]+")
# SPARQL ECHAR escapes; other characters may appear literally in a "..." string.
_ESCAPES = {
    "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f",
}


@dataclass
class QueryResult:
    """SELECT: columns and rows. ASK: ``boolean`` (and one row "true"/"false").
    CONSTRUCT / DESCRIBE: one sorted row per triple (subject, predicate, object)."""

    columns: list[str]
    rows: list[list[str | None]] = field(default_factory=list)
    boolean: bool | None = None
    # The same cells as JSON values: typed numbers and booleans stay numbers and booleans.
    values: list[list[object]] | None = None
    # CONSTRUCT / DESCRIBE: the triples themselves (for Turtle output).
    graph: Graph | None = None


# ---------------------------------------------------------------- saved queries


def _saved_query_files() -> dict[str, str]:
    folder = files(QUERY_PACKAGE)
    return {
        entry.name.removesuffix(".rq"): entry.read_text(encoding="utf-8")
        for entry in folder.iterdir()
        if entry.name.endswith(".rq")
    }


def list_saved_queries() -> dict[str, str]:
    """Saved query name → its description (the first comment line), sorted by name."""
    described = {}
    for name, text in sorted(_saved_query_files().items()):
        first = text.lstrip().splitlines()[0] if text.strip() else ""
        described[name] = first.lstrip("#").strip() if first.startswith("#") else ""
    return described


def load_saved_query(name: str) -> str:
    """The text of queries/NAME.rq."""
    saved = _saved_query_files()
    if name not in saved:
        available = ", ".join(sorted(saved)) or "none"
        raise QueryError(f"no saved query {name!r}; available: {available}")
    return saved[name]


def query_parameters(sparql: str) -> dict[str, str]:
    """Parameters a query declares with ``# param NAME: description`` lines (in order)."""
    declared = {}
    for line in sparql.splitlines():
        match = _PARAM_LINE.match(line.strip())
        if match:
            declared[match.group(1)] = match.group(3).strip()
    return declared


def parameter_types(sparql: str) -> dict[str, str]:
    """The type of each declared parameter (``# param NAME (date): …``); "string" if none."""
    types = {}
    for line in sparql.splitlines():
        match = _PARAM_LINE.match(line.strip())
        if match:
            kind = match.group(2) or "string"
            if kind not in PARAM_TYPES:
                raise QueryError(f"parameter {match.group(1)!r} has unknown type {kind!r}; "
                                 f"expected one of {', '.join(PARAM_TYPES)}")
            types[match.group(1)] = kind
    return types


def _is_date(value: str) -> bool:
    """YYYY-MM-DD, YYYY-MM or YYYY, and a real day ("2024-13-01" and "2024-02-30" are not)."""
    for form in _DATE_FORMS:
        match = form.match(value)
        if match:
            parts = [int(p) for p in match.groups()] + [1] * (3 - len(match.groups()))
            try:
                date(*parts)
            except ValueError:
                return False
            return True
    return False


def check_parameter_types(sparql: str, params: dict[str, str]) -> None:
    """A clear message for a value that does not fit its declared type."""
    for name, kind in parameter_types(sparql).items():
        value = params.get(name)
        if value is None:
            continue
        if kind == "date" and not _is_date(value):
            raise QueryError(f"parameter {name!r} must be a date (YYYY-MM-DD, YYYY-MM or "
                             f"YYYY), not {value!r}")
        if kind == "integer" and not re.fullmatch(r"[+-]?\d+", value):
            raise QueryError(f"parameter {name!r} must be a whole number, not {value!r}")


# ---------------------------------------------------------------- binding parameters


def sparql_string(value: str) -> str:
    """``value`` as a SPARQL string literal that cannot end early."""
    return '"' + "".join(_ESCAPES.get(char, char) for char in value) + '"'


def _skip_string(text: str, start: int) -> int:
    """Index just after the string literal starting at ``start``."""
    quote = text[start]
    if text.startswith(quote * 3, start):
        end = text.find(quote * 3, start + 3)
        while end != -1 and text[end - 1] == "\\" and not text.startswith("\\\\", end - 2):
            end = text.find(quote * 3, end + 1)
        return len(text) if end == -1 else end + 3
    index = start + 1
    while index < len(text) and text[index] != quote:
        index += 2 if text[index] == "\\" else 1
    return index + 1


def _where_brace(sparql: str) -> int:
    """Offset of the ``{`` that opens the WHERE clause (skipping comments, strings, IRIs).

    That is the first top-level ``{`` after a top-level WHERE keyword, or, when WHERE is
    left out (``SELECT * { … }``, ``ASK { … }``), the first top-level ``{``.
    """
    index, depth, first_brace, saw_where = 0, 0, -1, False
    while index < len(sparql):
        char = sparql[index]
        if char == "#":
            newline = sparql.find("\n", index)
            index = len(sparql) if newline == -1 else newline + 1
            continue
        if char in "'\"":
            index = _skip_string(sparql, index)
            continue
        token = _TOKEN.match(sparql, index)
        if token:  # an IRI, a variable or a (prefixed) name: never a keyword we look for
            if depth == 0 and token.group().lower() == "where":
                saw_where = True
            index = token.end()
            continue
        if char == "{":
            if depth == 0 and (saw_where or first_brace == -1):
                if saw_where:
                    return index
                first_brace = index
            depth += 1
        elif char == "}":
            depth -= 1
        index += 1
    if first_brace == -1:
        raise QueryError("the query has no WHERE clause to bind parameters in")
    return first_brace


def bind_parameters(sparql: str, params: dict[str, str]) -> str:
    """The query with ``VALUES (?name …) { ("value" …) }`` opening its WHERE clause."""
    if not params:
        return sparql
    for name in params:
        if not _VARIABLE_NAME.match(name):
            raise QueryError(f"bad parameter name {name!r}: use letters, digits and _")
        if not re.search(rf"[?$]{name}\b", sparql):
            raise QueryError(f"the query has no variable ?{name} for parameter {name!r}")
    names = sorted(params)
    keyed = {name for name, kind in parameter_types(sparql).items() if kind == "name"}
    variables = " ".join(f"?{name}" for name in names)
    values = " ".join(sparql_string(name_key(str(params[name])) if name in keyed
                                    else str(params[name])) for name in names)
    brace = _where_brace(sparql)
    block = f" VALUES ({variables}) {{ ({values}) }} "
    return sparql[: brace + 1] + block + sparql[brace + 1 :]


def check_declared(sparql: str, params: dict[str, str]) -> None:
    missing = [name for name in query_parameters(sparql) if name not in params]
    if missing:
        described = query_parameters(sparql)
        needed = "; ".join(f"{name}: {described[name]}" for name in missing)
        raise QueryError(f"missing parameter(s): {needed}")


# ---------------------------------------------------------------- running


def _cell(term: Node | None) -> str | None:
    return None if term is None else str(term)


def _json_value(term: Node | None) -> object:
    """Typed literals as JSON numbers and booleans; everything else as its text."""
    if isinstance(term, Literal) and term.datatype is not None:
        datatype = str(term.datatype)
        if datatype == str(XSD.boolean):
            return str(term).strip().lower() in ("true", "1")
        if datatype in _NUMBER_TYPES:
            value = term.toPython()
            if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
                return str(term)          # ill-typed literal: keep what the graph says
            if isinstance(value, Decimal):
                return int(value) if value == value.to_integral_value() else float(value)
            return value
    return _cell(term)


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split()) or type(error).__name__


def run_query(
    graph: Graph | Path, sparql: str, params: dict[str, str] | None = None, *,
    allow_remote: bool = False,
) -> QueryResult:
    """Run SPARQL on a graph (or a graph file, loaded with ``store.open_graph``).

    Updates are refused, and so are SERVICE and FROM datasets unless ``allow_remote``
    (see ``graphkit.rdf.locality``)."""
    check_local_read_only(sparql, allow_remote=allow_remote)
    params = dict(params or {})
    check_declared(sparql, params)
    check_parameter_types(sparql, params)
    bound = bind_parameters(sparql, params)
    if not isinstance(graph, Graph):
        try:
            graph = open_graph(Path(graph))
        except GraphLoadError as error:
            raise QueryError(str(error)) from error
    try:
        result = graph.query(bound)
        if result.type == "ASK":
            answer = bool(result.askAnswer)
            return QueryResult(columns=["result"], rows=[[str(answer).lower()]], boolean=answer,
                               values=[[answer]])
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            triples = sorted(result.graph) if result.graph is not None else []
            rows = [[_cell(s), _cell(p), _cell(o)] for s, p, o in triples]
            values = [[_json_value(t) for t in triple] for triple in triples]
            found = Graph()
            for triple in triples:
                found.add(triple)
            return QueryResult(columns=list(TRIPLE_COLUMNS), rows=rows, values=values,
                               graph=found)
        columns = [str(var) for var in result.vars or []]
        terms = [[row[i] for i in range(len(columns))] for row in result]
        rows = [[_cell(t) for t in row] for row in terms]
        values = [[_json_value(t) for t in row] for row in terms]
    except Exception as error:  # parsers/engines raise many types; report one line
        message = _one_line(error)
        if bound != sparql:  # report positions in the query as written, not as bound
            message = _error_in_unbound(graph, sparql) or message
        raise QueryError(f"SPARQL error: {message}") from error
    return QueryResult(columns=columns, rows=rows, values=values)


def _error_in_unbound(graph: Graph, sparql: str) -> str | None:
    """The engine's message for the query without parameters, run on an empty graph."""
    empty = Graph(store=graph.store.__class__())
    try:
        empty.query(sparql)
    except Exception as error:  # same engine, same error types as above
        return _one_line(error)
    return None


# ---------------------------------------------------------------- formatting


def _shorten(value: str | None, width: int | None) -> str:
    text = "" if value is None else " ".join(value.split())
    return text if width is None or len(text) <= width else text[: max(width - 1, 0)] + "…"


def _table(result: QueryResult, max_width: int | None) -> str:
    cells = [[_shorten(v, max_width) for v in row] for row in result.rows]
    widths = [
        max([len(column)] + [len(row[i]) for row in cells])
        for i, column in enumerate(result.columns)
    ]

    def line(values: list[str]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    lines = [line(result.columns), "  ".join("-" * w for w in widths)]
    lines += [line(row) for row in cells]
    count = len(result.rows)
    lines.append(f"({count} row{'s' if count != 1 else ''})")
    return "\n".join(lines) + "\n"


def _csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows([["" if v is None else v for v in row] for row in result.rows])
    return buffer.getvalue()


def _json(result: QueryResult) -> str:
    document: dict[str, object] = {"columns": result.columns}
    if result.boolean is not None:
        document["boolean"] = result.boolean
    else:
        rows = result.values if result.values is not None else result.rows
        document["rows"] = [dict(zip(result.columns, row, strict=True)) for row in rows]
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _turtle(result: QueryResult) -> str:
    if result.graph is None:
        raise QueryError("--format turtle needs a CONSTRUCT or DESCRIBE query "
                         "(SELECT and ASK give tables: use table, csv or json)")
    from graphkit.rdf.namespaces import bind_prefixes

    return bind_prefixes(result.graph).serialize(format="turtle")


def format_result(result: QueryResult, fmt: str = "table", *,
                  max_width: int | None = None) -> str:
    """Render as "table" (full cells; cut to ``max_width`` characters when given), "csv",
    "json" (typed numbers and booleans as JSON numbers and booleans) or "turtle"
    (CONSTRUCT / DESCRIBE only)."""
    if fmt == "table":
        return _table(result, max_width)
    if fmt == "csv":
        return _csv(result)
    if fmt == "json":
        return _json(result)
    if fmt == "turtle":
        return _turtle(result)
    raise QueryError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")

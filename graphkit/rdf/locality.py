"""Queries stay local and read-only: the checks ``graphkit query`` runs before a query.

A query is parsed with rdflib's SPARQL parser and its algebra is searched for ``SERVICE``
(a federated query would send HTTP requests, e.g. to internal hosts, from a saved query
someone shared) and for ``FROM`` / ``FROM NAMED`` datasets (graphkit queries the one graph
file it was given, never a dataset loaded from elsewhere). Strings and comments that
contain these words do not count, since only the parsed query is searched. A SPARQL update
(INSERT, DELETE, LOAD, CLEAR, …) is refused: graphkit query only reads.
"""

from __future__ import annotations

import re

from graphkit.errors import QueryError, ReadOnlyQueryError, RemoteQueryError

READ_ONLY = "graphkit query is read-only: INSERT/DELETE/LOAD are not run"
ALLOW = "; pass --allow-remote to run it anyway"
# Only for text rdflib cannot parse: comments, strings and IRIs removed, then keywords.
_NOT_CODE = re.compile(r"#[^\n]*|\"\"\"[\s\S]*?\"\"\"|'''[\s\S]*?'''|\"(?:[^\"\\\n]|\\.)*\""
                       r"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s]*>")
_REMOTE_WORDS = re.compile(r"\b(SERVICE|FROM|LOAD)\b", re.IGNORECASE)
_UPDATE_WORDS = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b",
                           re.IGNORECASE)


def check_local_read_only(sparql: str, *, allow_remote: bool = False) -> None:
    """Raise ``ReadOnlyQueryError`` for an update and, unless ``allow_remote``,
    ``RemoteQueryError`` for a query that reaches beyond the graph file."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.algebra import translateQuery
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(sparql)
    except ParseException:
        try:
            parseUpdate(sparql)
        except ParseException:
            check_unparsed(sparql, allow_remote)
            return  # a syntax error: the engine reports it
        raise ReadOnlyQueryError(READ_ONLY) from None
    if allow_remote:
        return
    try:
        algebra = translateQuery(parsed).algebra
    except Exception as error:  # noqa: BLE001  rdflib's algebra may reject what it parsed
        raise QueryError(f"SPARQL error: {error}") from None
    for clause in algebra.get("datasetClause") or []:
        kind = "FROM NAMED" if "named" in clause else "FROM"
        iri = clause["named"] if "named" in clause else clause["default"]
        raise RemoteQueryError(f"the query reads the dataset {kind} <{iri}>, not the graph "
                               f"file{ALLOW}")
    service = find_service(algebra)
    if service is not None:
        raise RemoteQueryError(f"the query calls SERVICE <{service}>, a remote endpoint{ALLOW}")


def find_service(algebra: object) -> str | None:
    """The endpoint of the first SERVICE in the query algebra (an iterative walk, so deep
    nesting cannot exhaust the stack)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [algebra]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                return str(node.get("term"))
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)):
            stack.extend(node)
    return None


def check_unparsed(sparql: str, allow_remote: bool) -> None:
    """Text rdflib cannot parse may still run on another engine: refuse it if its code
    (without comments, strings and IRIs) names an update or a remote source."""
    code = _NOT_CODE.sub(" ", sparql)
    if re.match(r"\s*(PREFIX\s+\S*\s*|BASE\s+)*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE"
                r"|COPY|WITH)\b", code, re.IGNORECASE) and _UPDATE_WORDS.search(code):
        raise ReadOnlyQueryError(READ_ONLY)
    found = _REMOTE_WORDS.search(code)
    if found and not allow_remote:
        raise RemoteQueryError(f"the query uses {found.group(1).upper()}, which reaches "
                               f"beyond the graph file{ALLOW}")

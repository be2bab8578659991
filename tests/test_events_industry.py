"""Industry and accident events on hand-built sentences (the relations DFKI SmartData
annotates): light-verb triggers, roles of companies, staff and offices."""

from __future__ import annotations

from test_events_syntax import chain, events, roles

from graphkit.model import COMPANY, INSOLVENCY, ORG


def test_a_light_verb_events_words_cover_its_noun():
    words = [("Korn", "Korn", "NE", "nsubj", 3), ("hat", "haben", "VAFIN", "aux", 3),
             ("Insolvenz", "Insolvenz", "NN", "obj", 3),
             ("angemeldet", "anmelden", "VVPP", "root", 3), (".", ".", "$.", "punct", 3)]
    article = chain((words, [(0, 0, ORG)]))
    [insolvency] = events(article, INSOLVENCY)
    assert roles(insolvency, COMPANY) == {"Korn"}
    start, end = insolvency.trigger_span()
    assert article.article.text[start:end] == "Insolvenz angemeldet"

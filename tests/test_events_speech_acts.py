"""Speech verbs that report no words: a declaration of status and a greeting in person."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import model_mentions

from graphkit.model import STATEMENT
from graphkit.nlp import syntax

pytestmark = pytest.mark.skipif(not syntax.shipped_syntax_available(),
                                reason="shipped syntax model or its wheel missing")
DAY = date(2024, 3, 8)


def statement_triggers(text: str) -> list[str]:
    return [m.trigger.text for m in model_mentions(text, DAY) if m.type == STATEMENT]


def test_a_status_declared_with_zum_is_no_statement():
    text = ("Sturm im Süden\n\n"
            "In Kärnten wurde der gesamte Bezirk Villach zum Notstandsgebiet erklärt.")
    assert "erklärt" not in statement_triggers(text)


def test_a_zum_phrase_without_an_object_is_the_occasion_of_words():
    text = ("Sitzung im Landtag\n\n"
            "Der Minister Paul Wendt erklärte zum Auftakt der Sitzung, die Lage sei ernst.")
    assert "erklärte" in statement_triggers(text)


def test_greeting_a_person_is_no_statement_but_welcoming_a_decision_is():
    text = ("Heimkehr\n\n"
            "Präsidentin Mara Lind begrüßte Jonas Berg und die übrigen Heimkehrer am Hafen. "
            "Die Reederei Nordlicht begrüßte die Entscheidung.")
    said = statement_triggers(text)
    assert said.count("begrüßte") == 1


def test_a_defeat_conceded_is_a_statement():
    text = ("Wahl in Irland\n\n"
            "Premier Sean Doyle hatte seine Niederlage bereits am Abend eingestanden.")
    assert "eingestanden" in statement_triggers(text)

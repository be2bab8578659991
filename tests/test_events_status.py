"""What a clause calls off: the event it cancels, not the cause it names."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import make_article, model_mentions

from graphkit.model import (
    CANCELLATION,
    CANCELLED,
    DISASTER,
    MEETING,
    VISIT,
)
from graphkit.nlp import syntax

pytestmark = pytest.mark.skipif(not syntax.shipped_syntax_available(),
                                reason="shipped syntax model or its wheel missing")
DAY = date(2025, 3, 14)


def statuses(text: str) -> dict[str, str]:
    return {m.type: m.status for m in model_mentions(text, DAY) if m.type != CANCELLATION}


def test_a_pronoun_object_of_a_later_cancelling_verb_calls_the_planned_event_off():
    found = statuses("Wien – Kanzler Olaf Scholz hatte für diese Woche einen Staatsbesuch in "
                     "Tschechien geplant, ihn aber wegen des Orkans kurzfristig abgesagt.")
    assert found[VISIT] == CANCELLED


def test_the_cause_of_a_cancellation_is_not_called_off():
    found = statuses("Wien – Kanzler Olaf Scholz hatte für diese Woche einen Staatsbesuch in "
                     "Tschechien geplant, ihn aber wegen des Orkans kurzfristig abgesagt.")
    assert found.get(DISASTER) != CANCELLED


def test_an_announced_meeting_taken_up_by_es_is_called_off():
    found = statuses("Rom – Der Verband hatte ein Treffen mit den Bauern angekündigt, "
                     "es dann aber abgesagt.")
    assert found[MEETING] == CANCELLED


def test_a_called_off_visit_and_the_visit_that_took_place_stay_two_events():
    from graphkit.pipeline import extract_graph

    text = ("Prag – Kanzler Olaf Scholz ist mit Verspätung zu einem Besuch in Prag eingetroffen. "
            "Ursprünglich hatte Scholz bereits in der vergangenen Woche einen Staatsbesuch in "
            "Tschechien geplant, ihn aber wegen eines Streiks kurzfristig abgesagt.")
    graph = extract_graph([make_article(text, DAY)])
    visits = sorted(e.status for e in graph.events if e.type == VISIT)
    assert visits == [CANCELLED, "happened"]


"""Places, roles and statuses of non-speech events by general German grammar (attacks on a
country, places listed after one preposition, …). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import make_article, model_mentions
from test_events import actor_texts, only

from graphkit.model import MILITARY_ACTION
from graphkit.nlp import syntax

pytestmark = pytest.mark.skipif(not syntax.shipped_syntax_available(),
                                reason="shipped syntax model or its wheel missing")
DAY = date(2025, 3, 14)


def graph_of(text: str):  # type: ignore[no-untyped-def]
    from graphkit.pipeline import extract_graph

    return extract_graph([make_article(text, DAY)])


def test_an_attacked_country_is_the_attacks_target_and_its_place():
    text = "Die Armee hat am Montag mehrere Stützpunkte in Syrien angegriffen."
    attack = only(model_mentions(text, DAY), MILITARY_ACTION)
    assert actor_texts(attack, "target") == {"Syrien"}
    assert attack.place is not None and attack.place.text == "Syrien"
    graph = graph_of(text)
    [event] = [e for e in graph.events if e.type == MILITARY_ACTION]
    names = {e.id: e.name for e in graph.entities}
    assert names[event.place] == "Syrien"
    assert {names[p.entity_id] for p in event.participants if p.role == "target"} == {"Syrien"}


def test_places_listed_after_one_preposition_all_stand_under_it():
    text = "In Bayern, Sachsen und Thüringen kamen zwei Menschen ums Leben."
    deaths = [m for m in model_mentions(text, DAY) if m.type == "Death"]
    assert deaths and deaths[0].place is not None
    assert deaths[0].place.text in {"Bayern", "Sachsen", "Thüringen"}


def test_no_preposition_reaches_across_a_comma_and_conjoined_subjects_share_the_role():
    text = ("Japan schickte Ärzte nach Manila, auch Kanada und Brasilien sagten "
            "Unterstützung zu.")
    aids = [m for m in model_mentions(text, DAY) if m.type == "Aid"]
    promised = [m for m in aids if m.trigger.lemma != "schicken"]
    assert promised
    assert {"Kanada", "Brasilien"} <= actor_texts(promised[0], "agent")
    assert promised[0].place is None or promised[0].place.text not in {"Kanada", "Brasilien"}


def test_a_present_clause_reported_by_an_announcing_verb_is_planned():
    text = "Im Sommer verlässt sie das Unternehmen, kündigte die Vorstandschefin Eva Brandt an."
    resignation = only(model_mentions(text, DAY), "Resignation")
    assert resignation.status == "planned"


def test_a_dateline_city_does_not_keep_a_restatement_with_its_own_place_apart():
    text = ("Madrid (dpa) – Der Schriftsteller Pablo Ruiz ist im Alter von 90 Jahren gestorben. "
            "Das Ehrenmitglied der Akademie starb am Montag in seinem Haus in Toledo, wie sein "
            "Verlag mitteilte.")
    graph = graph_of(text)
    deaths = [e for e in graph.events if e.type == "Death"]
    assert len(deaths) == 1
    names = {e.id: e.name for e in graph.entities}
    assert names[deaths[0].place] == "Toledo"


def test_a_host_receiving_unnamed_guests_is_a_participant_of_the_meeting():
    text = "Ministerpräsidentin Anna Vogt empfing am Montag mehrere der Geretteten im Rathaus."
    meeting = only(model_mentions(text, DAY), "Meeting")
    assert actor_texts(meeting, "participant") == {"Anna Vogt"}
    assert not actor_texts(meeting, "host")


def test_a_genitive_hung_on_the_verb_belongs_to_the_work_before_it():
    text = "Der Große Preis der Jury ging an „Stille Wasser“ des Dänen Lars Holm."
    award = only(model_mentions(text, DAY), "Award")
    assert actor_texts(award, "winner") == {"Lars Holm"}
    assert "Lars Holm" not in actor_texts(award, "award")

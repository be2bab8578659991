"""Fixes found on the second widening of the dev set (ev59–ev68): triggers and light-verb
pairs for convened meetings, rounds of talks, praise, condolences, derailments, guarantees,
jerseys, shared prizes, stage races and the strongest party. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import model_mentions
from test_events import actor_texts, only

from graphkit.model import ACCIDENT, AID, AWARD, ELECTION, MEETING, STATEMENT
from graphkit.nlp import syntax

pytestmark = pytest.mark.skipif(not syntax.shipped_syntax_available(),
                                reason="shipped syntax model or its wheel missing")
DAY = date(2023, 5, 8)


def mentions_of(text: str, day: date):  # type: ignore[no-untyped-def]
    """The event mentions of ``text`` with the shipped parser (the rules-only pipeline
    parses too little for these constructions)."""
    return model_mentions(text, day)


def types_of(text: str) -> list[str]:
    return [m.type for m in mentions_of(text, DAY)]


def test_convening_a_body_is_a_meeting():
    text = "Ministerpräsidentin Eva Lind berief am Montag den Krisenstab ein."
    meeting = only(mentions_of(text, DAY), MEETING)
    assert actor_texts(meeting, "participant") == {"Eva Lind"}


def test_a_round_of_talks_and_exploratory_talks_are_meetings():
    only(mentions_of("Die nächste Verhandlungsrunde findet in Genf statt.", DAY), MEETING)
    only(mentions_of("Die Sondierungsgespräche sollen im Herbst beginnen.", DAY), MEETING)


def test_praising_is_a_statement():
    text = "Die Bürgermeisterin Anna Berger würdigte den Einsatz der Helfer."
    statement = only(mentions_of(text, DAY), STATEMENT)
    assert actor_texts(statement, "speaker") == {"Anna Berger"}


def test_expressing_sympathy_is_a_statement():
    text = "Der Verein Hansa Rostock sprach den Angehörigen sein Mitgefühl aus."
    only(mentions_of(text, DAY), STATEMENT)


def test_a_nominalised_derailment_is_an_accident():
    text = "Beim Entgleisen eines Güterzugs in Hessen wurde niemand verletzt."
    only(mentions_of(text, DAY), ACCIDENT)


def test_vouching_for_a_loan_is_aid():
    text = "Das Land Sachsen will für den Kredit der Werft bürgen."
    only(mentions_of(text, DAY), AID)


def test_a_jersey_secured_or_taken_is_an_award():
    award = only(mentions_of("Der Radprofi Max Kramer sicherte sich das Bergtrikot.", DAY), AWARD)
    assert actor_texts(award, "winner") == {"Max Kramer"}
    only(mentions_of("Das Gelbe Trikot holte sich der Franzose Paul Leroy.", DAY), AWARD)


def test_winning_a_stage_race_is_an_award():
    text = "Die Niederländerin Lotte Visser hat die Tour de Suisse gewonnen."
    award = only(mentions_of(text, DAY), AWARD)
    assert actor_texts(award, "winner") == {"Lotte Visser"}


def test_sharing_a_prize_is_an_award():
    text = "Den Preis der Jury teilten sich die Regisseurinnen Maren Ade und Nora Fingscheidt."
    only(mentions_of(text, DAY), AWARD)


def test_the_strongest_party_won_and_the_third_strongest_did_not():
    assert ELECTION in types_of("In Bremen wurde die SPD erneut stärkste Kraft.")
    assert ELECTION not in types_of("Drittstärkste Kraft wurden die Grünen mit elf Prozent.")


def test_a_possessive_under_an_eventless_verb_refers_to_the_named_subject():
    text = ("Olaf Scholz sprach am Montag in Berlin. Russland hatte seine Angriffe auf die "
            "Ukraine am Sonntag verstärkt.")
    attack = only(mentions_of(text, DAY), "MilitaryAction")
    assert actor_texts(attack, "agent") == {"Russland"}


def test_a_possessive_under_a_trigger_verb_keeps_the_person_named_before():
    text = "Olaf Scholz reiste nach Paris. Frankreich sagte seinen Besuch ab."
    visits = [m for m in mentions_of(text, DAY) if m.trigger.text == "Besuch"]
    assert visits and actor_texts(visits[0], "visitor") == {"Olaf Scholz"}


def test_a_place_inside_the_object_of_a_speech_verb_is_not_where_it_was_said():
    text = ("Außenministerin Annalena Baerbock forderte die Führung in Peking auf, den Dialog "
            "fortzusetzen.")
    statement = only(mentions_of(text, DAY), STATEMENT)
    assert statement.place is None
    said = only(mentions_of("Annalena Baerbock sagte am Montag in Peking, der Dialog gehe weiter.",
                            DAY), STATEMENT)
    assert said.place is not None and said.place.text == "Peking"


def test_receiving_unnamed_guests_is_a_meeting_of_the_host():
    text = "Bundeskanzler Olaf Scholz empfing am Abend mehrere Heimkehrer im Kanzleramt."
    meeting = only(mentions_of(text, DAY), MEETING)
    assert "Olaf Scholz" in actor_texts(meeting)

"""Statements: speakers that no name states (a government body told by its phrase)."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import model_mentions

from graphkit.model import SPEAKER, STATEMENT
from graphkit.nlp import syntax

pytestmark = pytest.mark.skipif(not syntax.shipped_syntax_available(),
                                reason="shipped syntax model or its wheel missing")
DAY = date(2024, 3, 8)


def statements(text: str):
    return [m for m in model_mentions(text, DAY) if m.type == STATEMENT]


def speakers(mention) -> list[str]:
    return [actor.text for actor, role in mention.actors if role == SPEAKER]


def test_a_ministry_without_a_name_speaks_by_its_phrase():
    said = statements("Streit um Zölle\n\nDas chinesische Handelsministerium erklärte, "
                      "die neuen Zölle verstießen gegen alle Regeln.")
    assert len(said) == 1 and speakers(said[0]) == ["chinesische Handelsministerium"]


def test_a_junta_after_a_demonstrative_object_is_the_speaker():
    said = statements("Wahl verschoben\n\nDie Wahl findet erst im Herbst statt. "
                      "Das teilte die Übergangsjunta am Montag mit.")
    assert any(speakers(m) == ["Übergangsjunta"] for m in said)


def test_an_unnamed_service_stays_without_speaker():
    said = statements("Unfall\n\nDie Polizei erklärte, der Fahrer sei zu schnell gewesen.")
    assert len(said) == 1 and speakers(said[0]) == []


def test_a_finite_verb_parsed_as_an_attribute_heads_its_clause():
    from graphkit.events.repair import finite_verb_taken_for_attribute
    from graphkit.model import Token

    def token(i, text, tag, morph, dep, head):
        return Token(start=i * 10, end=i * 10 + len(text), text=text, lemma=text, pos="",
                     tag=tag, morph=morph, dep=dep, head=head)
    tokens = [token(0, "Ministerin", "NN", "", "det", 3),
              token(1, "Anna", "NE", "", "appos", 0),
              token(2, "gratulierte", "VVFIN", "Mood=Ind|VerbForm=Fin", "amod", 3),
              token(3, "Berger", "NN", "", "root", 3),
              token(4, "zu", "APPR", "", "case", 5),
              token(5, "Sieg", "NN", "", "nmod", 3)]
    fixed = finite_verb_taken_for_attribute(tokens)
    assert (fixed[2].dep, fixed[3].dep, fixed[3].head) == ("root", "obj", 2)
    assert (fixed[0].dep, fixed[0].head) == ("nsubj", 2)
    assert (fixed[5].dep, fixed[5].head) == ("obl", 2)


def test_a_congratulated_person_is_the_addressee():
    said = statements("Glückwünsche\n\nLena Vogt hat die Wahl gewonnen. "
                      "Bürgermeister Paul Krämer gratulierte Vogt zu ihrem Sieg.")
    congratulated = [m for m in said if m.trigger.text == "gratulierte"]
    assert congratulated and "addressee" in {role for _, role in congratulated[0].actors}


def test_a_description_refers_to_the_organisation_of_the_subject_before():
    said = statements("Übernahme\n\nDie übrigen Aktien der Deutschen Bank erwarb Santander "
                      "über die Börse. Santander-Chefin Ana Botín schloss eine Übernahme der "
                      "Deutschen Bank nicht aus. Man wolle zunächst prüfen, erklärte das "
                      "Institut.")
    declared = [m for m in said if m.trigger.text == "erklärte"]
    assert declared and speakers(declared[0]) == ["Santander"]


def test_a_name_a_statement_is_addressed_to_is_the_addressee():
    said = statements("Finale\n\nLena Vogt gewann das Finale gegen Mia Roth. „Du warst "
                      "heute stärker“, sagte Roth bei der Siegerehrung an Vogt gerichtet.")
    told = [m for m in said if m.trigger.text == "sagte"]
    assert told
    roles = {(actor.text, role) for actor, role in told[0].actors}
    assert ("Vogt", "addressee") in roles and ("Vogt", SPEAKER) not in roles


def test_a_government_told_by_its_country_adjective_speaks_by_its_phrase():
    said = statements("Hilfe nach dem Sturm\n\nDie portugiesische Regierung kündigte an, "
                      "weitere Helfer auf die Inseln zu schicken.")
    assert said and speakers(said[0]) == ["portugiesische Regierung"]


def test_those_thanked_are_the_addressees():
    said = statements("Dank nach der Rettung\n\nKanzlerin Eva Moser dankte Frankreich "
                      "für die schnelle Hilfe.")
    assert said and [a.text for a, role in said[0].actors if role == "addressee"] == \
        ["Frankreich"]

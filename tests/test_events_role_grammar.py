"""Roles by general German grammar (names written with capitalised adjectives, case by
article, co-agents with 'gemeinsam mit', …). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import model_mentions
from test_events import actor_texts, only

from graphkit.model import (
    ACCUSATION,
    AWARD,
    CANCELLATION,
    MATCH,
    MILITARY_ACTION,
    SANCTION,
    SENTENCE,
    VISIT,
)
from graphkit.nlp import syntax

pytestmark = pytest.mark.skipif(not syntax.shipped_syntax_available(),
                                reason="shipped syntax model or its wheel missing")
DAY = date(2023, 5, 8)


def test_a_jersey_and_a_prize_with_a_capitalised_adjective_are_the_award():
    award = only(model_mentions("Die Österreicherin Lena Berger sicherte sich am Sonntag "
                                "das Bergtrikot.", DAY), AWARD)
    assert actor_texts(award, "award") == {"Bergtrikot"}
    text = ("Vierter wurde der Brite Tom Hall, der zudem das Gelbe Trikot des besten "
            "Zeitfahrers gewann.")
    award = only(model_mentions(text, DAY), AWARD)
    assert actor_texts(award, "winner") == {"Tom Hall"}
    assert actor_texts(award, "award") == {"Gelbe Trikot des besten Zeitfahrers"}


def test_who_is_voted_best_player_wins_that_title():
    text = "Die Stürmerin Anna Keller wurde am Ende zur besten Spielerin der Saison gewählt."
    award = only(model_mentions(text, DAY), AWARD)
    assert actor_texts(award, "winner") == {"Anna Keller"}
    assert actor_texts(award, "award") == {"Spielerin"}


def test_the_article_and_the_nouns_gender_tell_the_case_of_a_bare_argument():
    text = ("Ministerpräsident Jan Berg warf der Bundesregierung vor, das Land im Stich "
            "gelassen zu haben.")
    accusation = only(model_mentions(text, DAY), ACCUSATION)
    assert actor_texts(accusation, "target") == {"Bundesregierung"}
    text = "Die dritte Etappe gewann der Brite Tom Hall nach einer langen Flucht."
    match = only(model_mentions(text, DAY), MATCH)
    assert actor_texts(match, "winner") == {"Tom Hall"}


def test_who_acts_together_with_the_subject_shares_its_role():
    text = ("Innenministerin Clara Vogt will am Dienstag gemeinsam mit Landrat Peter Roth "
            "das Hochwassergebiet besuchen.")
    visit = only(model_mentions(text, DAY), VISIT)
    assert actor_texts(visit, "visitor") == {"Clara Vogt", "Peter Roth"}


def test_a_compound_of_gericht_without_a_name_is_the_court():
    text = ("Der Angeklagte Martin Kuhn ist vom Hamburger Landgericht zu acht Jahren Haft "
            "verurteilt worden.")
    sentence = only(model_mentions(text, DAY), SENTENCE)
    assert actor_texts(sentence, "court") == {"Landgericht"}
    assert actor_texts(sentence, "defendant") == {"Martin Kuhn"}


def test_a_nameless_subject_leaves_the_named_person_the_object():
    text = ("Der Reporter Tom Weller stand vor Gericht. Ein Moskauer Gericht hatte Weller im "
            "Mai wegen angeblicher Spionage zu zwölf Jahren Haft verurteilt.")
    sentence = only(model_mentions(text, DAY), SENTENCE)
    assert actor_texts(sentence, "defendant") == {"Weller"}
    assert actor_texts(sentence, "court") == set()


def test_a_phrase_right_after_a_nominal_trigger_belongs_to_it():
    text = "Russland hatte seine Angriffe auf die Ukraine im Februar begonnen."
    attack = only(model_mentions(text, DAY), MILITARY_ACTION)
    assert actor_texts(attack, "target") == {"Ukraine"}
    text = "Die EU will ihre Sanktionen gegen Belarus im Sommer verschärfen."
    sanction = only(model_mentions(text, DAY), SANCTION)
    assert actor_texts(sanction, "target") == {"Belarus"}


def test_attacking_sites_in_a_country_attacks_the_country():
    text = "Die Türkei hat am Morgen mehrere Stellungen im Irak angegriffen."
    attack = only(model_mentions(text, DAY), MILITARY_ACTION)
    assert actor_texts(attack, "agent") == {"Türkei"}
    assert actor_texts(attack, "target") == {"Irak"}


def test_a_quoted_title_after_mit_or_fuer_is_the_work():
    text = "Der Regisseur Jan Hof hat mit seinem Film „Kaltes Licht“ den Goldenen Bären gewonnen."
    award = only(model_mentions(text, DAY), AWARD)
    assert actor_texts(award, "winner") == {"Jan Hof"}
    assert actor_texts(award, "work") == {"Kaltes Licht"}
    text = ("Den Preis der Kritik teilten sich die Regisseurin Eva Roth für „Nachtzug“ und "
            "der Pole Adam Nowak für „Grenzland“.")
    award = only(model_mentions(text, DAY), AWARD)
    assert actor_texts(award, "work") == {"Nachtzug", "Grenzland"}


def test_a_name_in_front_of_a_common_noun_only_modifies_it():
    text = ("Der Veranstalter Messe Köln sagte die Vorführungen mit Pferden und Eseln auf der "
            "Grünen Woche ab, die am Montag beginnt.")
    cancellation = only(model_mentions(text, DAY), CANCELLATION)
    assert actor_texts(cancellation, "target") == set()


def test_an_accusative_article_never_opens_the_subject():
    text = "Den Preis des Publikums holte sich der Schweizer Max Frei."
    award = only(model_mentions(text, DAY), AWARD)
    assert actor_texts(award, "winner") == {"Max Frei"}
    assert actor_texts(award, "award") == {"Preis des Publikums"}


def test_a_second_subject_after_the_finite_auxiliary_is_the_object():
    text = ("Der Regisseur Jan Hof hat 2019 mit seinem Film „Kaltes Licht“ die Goldene Palme "
            "gewonnen.")
    award = only(model_mentions(text, DAY), AWARD)
    assert actor_texts(award, "winner") == {"Jan Hof"}
    assert actor_texts(award, "award") == {"Goldene Palme"}


def test_a_noun_parsed_a_conjunct_of_the_verb_joins_the_argument_before_it():
    text = ("Den Preis der Kritik teilten sich die Regisseurin Eva Roth für „Im Nebel gehen“ "
            "und der Spanier Adam Nowak für „Grenzland“.")
    award = only(model_mentions(text, DAY), AWARD)
    assert actor_texts(award, "winner") == {"Eva Roth", "Adam Nowak"}
    assert actor_texts(award, "work") == {"Im Nebel gehen", "Grenzland"}

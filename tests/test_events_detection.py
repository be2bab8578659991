"""Event detection without named actors and with light verbs: events 'es gibt' or 'es kommt
zu' asserts, warrants issued, aid announced or offered, complaints, meetings convened.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import make_article, model_mentions

from graphkit.events.context import SentenceContext
from graphkit.events.extract import demonstrative_inversion, prefield_name
from graphkit.events.roles import predicate_copula
from graphkit.model import (
    ACCUSATION,
    AID,
    APPOINTMENT,
    ARREST,
    CANCELLATION,
    ELECTION,
    INSOLVENCY,
    LEGISLATION,
    MATCH,
    MEETING,
    MERGER,
    MILITARY_ACTION,
    STATEMENT,
    VISIT,
    AnalysedArticle,
    AnalysedSentence,
    Sentence,
    Token,
)
from graphkit.nlp import syntax
from graphkit.pipeline import extract_graph

pytestmark = pytest.mark.skipif(not syntax.shipped_syntax_available(),
                                reason="shipped syntax model or its wheel missing")
DAY = date(2023, 5, 8)


def types_of(text: str) -> list[str]:
    return [m.type for m in model_mentions(text, DAY)]


def test_es_gibt_and_es_kommt_zu_state_an_event_without_actors():
    assert MERGER in types_of("Die Beschäftigten fürchten, dass es zu einer Fusion kommt.")
    assert ELECTION in types_of("Im Herbst könnte es eine vorgezogene Landtagswahl geben.")


def test_no_event_without_es_or_where_negated_or_asked():
    assert ELECTION not in types_of("Damit ist der Weg für eine Neuwahl frei.")
    assert MERGER not in types_of("Zu einer Fusion wird es nicht kommen.")
    assert MERGER not in types_of("Kommt es jetzt zu einer Fusion?")


def test_a_warrant_obtained_is_an_arrest_by_the_subject():
    text = "Die Staatsanwaltschaft Bremen hat einen Haftbefehl gegen den Verdächtigen erwirkt."
    assert ARREST in types_of(text)


def test_an_infinitive_takes_the_subject_of_its_announcing_verb():
    text = "Die Landesregierung kündigte an, weitere 500 Helfer in die Region zu schicken."
    assert AID in types_of(text)


def test_funds_made_available_and_help_offered_are_aid():
    assert AID in types_of("Die Geberländer wollen jährlich 50 Millionen Euro bereitstellen.")
    assert AID in types_of("Der Bürgermeister bot der Nachbarstadt Hilfe an.")


def test_political_backing_is_no_aid():
    text = "Die Liberalen sicherten dem Kandidaten ihre Unterstützung zu."
    assert AID not in types_of(text)


def test_complaining_is_an_accusation():
    text = "Die Autorin Lea Sommer hatte sich öffentlich über die Jury beklagt."
    assert ACCUSATION in types_of(text)


def test_who_convenes_or_receives_meets_the_unnamed_others():
    text = ("Ministerin Eva Lind berief am Montag den Krisenstab ein.\n\n"
            "Kanzler Paul Brandt empfing die Heimkehrer am Flughafen.")
    graph = extract_graph([make_article(text, DAY)])
    assert sum(event.type == MEETING for event in graph.events) == 2


def test_an_attributive_participle_or_adjective_tells_no_event():
    text = "Die Stadt übergab den verurteilten Betrüger Max Ohm an die Schweiz."
    assert ACCUSATION not in types_of(text)
    text = "Die insolvente Modekette Ringel hat einen Käufer gefunden."
    assert INSOLVENCY not in types_of(text)


def test_a_finite_verb_tagged_as_adjective_still_triggers():
    text = "Am Montag ernannte Bürgermeisterin Eva Lind den 58-Jährigen zum Stadtkämmerer."
    assert APPOINTMENT in types_of(text)


def test_a_post_in_a_body_with_an_adjective_names_no_meeting():
    text = ("Der Vorsitzende der Europäischen Rektorenkonferenz, Paul Brandt, sprach von einem "
            "guten Tag.")
    assert MEETING not in types_of(text)


def test_a_visit_called_off_is_the_visit_not_a_cancellation():
    text = "Ministerin Eva Lind hatte ihre Reise nach Prag wegen eines Streiks abgesagt."
    types = types_of(text)
    assert VISIT in types and CANCELLATION not in types


def test_a_robbery_is_no_military_action():
    text = "Die Bande soll mehrere Tankstellen und eine Bank in Bremen überfallen haben."
    assert MILITARY_ACTION not in types_of(text)


def test_a_law_coming_into_force_needs_no_actor():
    text = "Am Montag treten die neuen Regeln des Gesetzes für Mieter in Kraft."
    assert LEGISLATION in types_of(text)


def test_an_event_noun_that_takes_place_needs_no_actor():
    assert MEETING in types_of("Erste Sondierungsgespräche sollen im Juni beginnen.")
    assert MEETING not in types_of("Sondierungsgespräche sind oft mühsam.")


def test_an_opening_name_before_the_finite_verb_is_its_subject():
    assert STATEMENT in types_of("Zoltan bedankte sich bei den Fans in der Halle.")
    # the parse may take the name for an adverb: the word order still makes it the subject
    words = [("Zoltan", "NE"), ("bedankte", "VVFIN"), ("sich", "PRF"), (".", "$.")]
    tokens = [Token(0, 0, text, text, tag) for text, tag in words]
    assert prefield_name(tokens, 1)
    assert not prefield_name([Token(0, 0, "Gestern", "gestern", "ADV"), *tokens[1:]], 1)


def test_a_purpose_infinitive_takes_the_subject_of_its_verb():
    text = "Die Delegierten kommen im Mai zusammen, um einen neuen Vorsitzenden zu wählen."
    assert ELECTION in types_of(text)


def test_prevailing_over_rivals_is_a_match():
    text = "Die Sängerin Mira Holm setzte sich im Finale in Basel gegen elf Konkurrenten durch."
    assert MATCH in types_of(text)


def test_a_demonstrative_subject_before_the_verb_leaves_the_noun_the_speaker():
    words = [("Das", "PDS", "nsubj", 1), ("gab", "VVFIN", "root", 1),
             ("die", "ART", "det", 3), ("Stiftung", "NN", "obj", 1),
             ("bekannt", "VVPP", "compound:prt", 1), (".", "$.", "punct", 1)]
    tokens = [Token(0, 0, text, text, tag, dep=dep, head=head)
              for text, tag, dep, head in words]
    article = AnalysedArticle(make_article("Das gab die Stiftung bekannt.", DAY), [])
    sentence = AnalysedSentence(Sentence("a1", 0, 0, 29, "Das gab die Stiftung bekannt."),
                                tokens, [])
    assert demonstrative_inversion(SentenceContext(article, sentence), 1)


def test_a_contest_that_takes_place_is_a_match():
    assert MATCH in types_of("Das nächste Turnier findet im Herbst in Wien statt.")
    assert MATCH not in types_of("Der Wettbewerb im Einzelhandel ist hart.")


def test_a_titleholder_predicate_with_the_subject_on_the_copula_is_an_award():
    words = [("Die", "ART", "det", 1), ("Ruderer", "NN", "nsubj", 2),
             ("sind", "VAFIN", "cop", 5), ("zum", "APPRART", "case", 4),
             ("Mal", "NN", "amod", 5), ("Weltmeister", "NN", "root", 5), (".", "$.", "punct", 5)]
    tokens = [Token(0, 0, text, "sein" if text == "sind" else text, tag, dep=dep, head=head)
              for text, tag, dep, head in words]
    text = "Die Ruderer sind zum Mal Weltmeister."
    article = AnalysedArticle(make_article(text, DAY), [])
    sentence = AnalysedSentence(Sentence("a1", 0, 0, len(text), text), tokens, [])
    assert predicate_copula(SentenceContext(article, sentence), 5) == "sein"


def test_two_coordinated_parties_negotiating_meet():
    text = "Bund und Kommunen wollen im Mai über die Kosten der Kitas verhandeln."
    assert MEETING in types_of(text)

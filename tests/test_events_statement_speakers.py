"""Who speaks: after reported words, the description right after the speech verb is its
subject ('…, teilte die Behörde mit'), not the reported clause's subject; a speech verb
the tagger calls an adjective is still found by its separated particle; an unnamed subject
right before the verb after a comma makes a statement of its own."""

from __future__ import annotations

from datetime import date

from helpers import model_mentions
from test_events_statement_places import pytestmark  # noqa: F401

from graphkit.model import SPEAKER, STATEMENT

DAY = date(2024, 3, 4)   # a Monday


def speakers(text: str) -> list[list[str]]:
    return [[a.text for a, role in m.actors if role == SPEAKER]
            for m in model_mentions(text, DAY) if m.type == STATEMENT]


def test_die_behoerde_after_reported_words_is_the_authority_named_before():
    text = ("Strafe in Brüssel\n\n"
            "Brüssel – Die EU-Kommission hat gegen den Konzern Nordwerk eine Strafe verhängt. "
            "Nordwerk habe Kunden jahrelang getäuscht, teilte die Behörde am Montag in "
            "Brüssel mit.")
    assert speakers(text) == [["EU-Kommission"]]


def test_a_particle_verb_tagged_as_an_adjective_is_still_the_speech_verb():
    text = ("Urteil in Köln\n\n"
            "Köln – Das Landgericht Köln hat den Unternehmer Jan Ohm am Montag verurteilt. "
            "Seine Anwälte kündigten Berufung an.")
    assert len(speakers(text)) == 1


def test_a_second_unnamed_speaker_after_a_comma_states_its_own_statement():
    text = ("Reform beschlossen\n\n"
            "Ärzteverbände begrüßten die Reform, Krankenkassen warnten dagegen vor hohen "
            "Kosten.")
    assert len(speakers(text)) == 2

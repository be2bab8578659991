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


def test_das_unternehmen_is_not_the_company_its_own_sentence_names():
    text = ("Übernahme in Bremen\n\n"
            "Bremen – Der Chemiekonzern Nordwerk übernimmt den Hersteller Südstahl. "
            "Beide Unternehmen unterzeichneten am Montag einen Vertrag, teilte Südstahl mit. "
            "Nordwerk zahlt dafür drei Milliarden Euro. "
            "Nordwerk habe zugesagt, alle Standorte zu erhalten, erklärte das Unternehmen.")
    assert speakers(text)[-1] == ["Südstahl"]


def test_a_compound_description_refers_back_to_its_name_however_far_back():
    text = ("Apotheker protestieren in Hannover\n\n"
            "Hannover (dpa) – Mit Hunderten Plakaten haben Apotheker am Montag das "
            "Regierungsviertel in Hannover blockiert. Zu der Kundgebung vor dem Landtag hatte "
            "der Deutsche Apothekerverband aufgerufen. Die Polizei sprach von rund 800 "
            "Teilnehmern.\n\n"
            "Am Abend trafen sich Abgeordnete mit Vertretern der Kammern im Landtag. Ein "
            "Ergebnis gab es zunächst nicht. Für Donnerstag kündigte der Apothekerverband "
            "weitere Aktionen an.")
    assert speakers(text)[-1] == ["Deutsche Apothekerverband"]

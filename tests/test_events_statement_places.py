"""Where a statement was made: not where its words were sent, nor, for a source named with
"wie", where the event it reports happened; after a same-time adverb, where the statement
told just before was made (not an event inside its words); congratulations are sent, not
said at the dateline."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import model_mentions

from graphkit.model import STATEMENT
from graphkit.nlp import syntax

pytestmark = pytest.mark.skipif(not syntax.shipped_syntax_available(),
                                reason="shipped syntax model or its wheel missing")
DAY = date(2024, 3, 8)   # a Friday


def statements_of(text: str, day: date = DAY):
    return [m for m in model_mentions(text, day) if m.type == STATEMENT]


def place_of(mention) -> str | None:
    return mention.place.text if mention.place is not None else None


def test_a_place_after_nach_is_where_the_words_went():
    text = ("Glückwünsche aus Bern\n\n"
            "Bundespräsidentin Vera Hofstetter schickte ihre Glückwünsche nach Oslo.")
    said = statements_of(text)
    assert said and all(place_of(m) != "Oslo" for m in said)


def test_zugleich_links_to_the_statement_not_to_an_event_inside_its_words():
    text = ("Minister in Mailand\n\n"
            "Mailand – Finanzminister Jan Ode ist am Mittwoch mit Regierungschef Paolo Berti "
            "zusammengetroffen.\n\n"
            "Berti sagte, Italien unterstütze eine Friedenskonferenz, wenn Russland sie "
            "anerkenne. Zugleich warnte der italienische Regierungschef vor Protektionismus.")
    warned = [m for m in statements_of(text) if m.trigger.text == "warnte"]
    assert warned and place_of(warned[0]) == "Mailand"


def test_a_source_named_with_wie_takes_no_place_of_the_reported_event():
    text = ("Festnahme in Görlitz\n\n"
            "Görlitz – Die Polizei hat am Donnerstag einen Tatverdächtigen festgenommen. "
            "Der Mann stellte sich am Donnerstag in Görlitz der Polizei, wie Innenminister "
            "Paul Stein mitteilte.")
    said = [m for m in statements_of(text) if m.trigger.text == "mitteilte"]
    assert said and place_of(said[0]) is None


def test_congratulations_are_not_placed_at_the_dateline():
    text = ("Wahl in Kassel\n\n"
            "Kassel – Die Grünen-Politikerin Lea Sommer hat am Donnerstag die Wahl zur "
            "Oberbürgermeisterin gewonnen. Ihr Gegenkandidat Tom Weber gratulierte ihr am "
            "Donnerstagabend.")
    said = [m for m in statements_of(text) if m.trigger.text == "gratulierte"]
    assert said and place_of(said[0]) is None


def test_words_through_a_medium_take_no_place_from_the_dateline():
    text = ("Rücktritt in Lissabon\n\n"
            "Lissabon – Regierungschef Rui Almeida ist am Freitag zurückgetreten. "
            "Almeida sprach am Freitag in einer Fernsehansprache von einem schweren Tag.")
    said = [m for m in statements_of(text) if m.trigger.text == "sprach"]
    assert said and place_of(said[0]) is None


def test_a_named_speaker_who_took_no_part_in_the_scene_is_not_placed_there():
    text = ("Heimkehr der Geiseln\n\n"
            "Wien – Die Geiseln sind am Donnerstag freigekommen.\n\n"
            "Kanzlerin Eva Moser empfing die Heimkehrer am Freitag am Flughafen Wien. "
            "Der Erfolg sei ein Zeichen der Hoffnung, sagte die Kanzlerin. "
            "Der norwegische Premier Lars Hauge dankte den Vermittlern.")
    said = {m.trigger.text: place_of(m) for m in statements_of(text)}
    assert said.get("dankte", "missing") is None
    assert said.get("sagte") == "Flughafen Wien"


def test_a_place_inside_the_topic_of_the_words_is_not_where_they_were_said():
    text = ("Reaktionen\n\n"
            "Die Ministerin Clara Vogt warnte gegen die Gewalt in Venezuela.")
    said = [m for m in statements_of(text) if m.trigger.text == "warnte"]
    assert said and place_of(said[0]) != "Venezuela"


def test_a_title_compound_before_the_speaker_leaves_the_name_the_subject():
    from graphkit.events.repair import reattach_subject_from_title
    from graphkit.model import Token

    # 'US-Präsident Tom Walker lobte die Helfer.' parsed with the name under the title.
    words = [("US-Präsident", "ADJA", "obl", 3), ("Tom", "NE", "nsubj", 0),
             ("Walker", "NE", "flat", 1), ("lobte", "VVFIN", "root", 3),
             ("die", "ART", "det", 5), ("Helfer", "NN", "obj", 3)]
    tokens = [Token(i, i + 1, w, w, tag, dep=dep, head=head)
              for i, (w, tag, dep, head) in enumerate(words)]
    fixed = reattach_subject_from_title(tokens)
    assert (fixed[1].head, fixed[1].dep) == (3, "nsubj")
    assert fixed[0].head == 1


def test_a_named_speaker_absent_from_the_scene_takes_not_its_day():
    text = ("Heimkehr der Geiseln\n\n"
            "Wien – Die Geiseln sind am Donnerstag freigekommen.\n\n"
            "Kanzlerin Eva Moser empfing die Heimkehrer am Freitag am Flughafen Wien. "
            "Der Erfolg sei ein Zeichen der Hoffnung, sagte die Kanzlerin. "
            "Der norwegische Premier Lars Hauge dankte den Vermittlern.")
    thanks = [m for m in statements_of(text) if m.trigger.text == "dankte"]
    assert len(thanks) == 1
    time = thanks[0].time
    assert time is None or time.time.mod == "ON_OR_BEFORE"

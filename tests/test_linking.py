"""Entity linking by context: the entry must fit the mention's label and the words around
it; a name that cannot be linked safely stays unlinked (graphkit.merge.entities)."""

from __future__ import annotations

from datetime import date

from helpers import analyse

from graphkit.kb.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from graphkit.merge import resolve_entities
from graphkit.merge.entities import LinkContext, link_entry
from graphkit.model import EntityMention


def mention(text: str, label: str, kb_id: str | None = None) -> EntityMention:
    return EntityMention("a1", 0, 0, len(text), text, label, kb_id,
                         "gazetteer" if kb_id else "model")


def context(sentence: str) -> LinkContext:
    return LinkContext(None, frozenset(sentence.lower().split()))


def linked(text: str, label: str, sentence: str = "", gazetteer: Gazetteer | None = None,
           kb_id: str | None = None) -> str | None:
    entry = link_entry(mention(text, label, kb_id), gazetteer or load_gazetteer(),
                       context(sentence))
    return entry.id if entry else None


def test_a_person_named_like_a_city_is_not_the_city():
    assert linked("Paris", "LOC", "sie flog nach") == "Q90"
    assert linked("Paris", "PER", "die Erbin sagte", kb_id="Q90") is None


def test_a_club_named_after_its_town_does_not_link_to_the_town():
    assert linked("Bochum", "ORG", "gewann das Spiel", kb_id="Q2103") is None
    assert linked("Bochum", "LOC", "sie wohnt in") == "Q2103"


def test_a_capital_or_country_may_stand_for_its_government():
    assert linked("Moskau", "ORG", "reagierte scharf auf die Sanktionen") == "Q649"
    assert linked("Russland", "ORG", "verhängte Zölle") == "Q159"
    assert linked("Moskau", "ORG", "gewann das Spiel gegen den Tabellenführer") is None


def test_a_regional_city_does_not_stand_for_a_government():
    assert linked("Bochum", "ORG", "reagierte scharf") is None


SHARED_NAMES = Gazetteer([
    GazetteerEntry("gk:jordan-river", "Jordan", "LOC", "river", None, ()),
    GazetteerEntry("gk:jordan-person", "Jordan", "PER", "person", None, ()),
    GazetteerEntry("gk:mercedes-company", "Mercedes", "ORG", "company", None, ()),
    GazetteerEntry("gk:mercedes-party", "Mercedes", "ORG", "party", None, ()),
    GazetteerEntry("gk:neustadt-a", "Neustadt", "LOC", "city", None, ()),
    GazetteerEntry("gk:neustadt-b", "Neustadt", "LOC", "city", None, ()),
], [])


def test_shared_name_is_chosen_by_the_mentions_label():
    assert linked("Jordan", "PER", "sagte", SHARED_NAMES) == "gk:jordan-person"
    assert linked("Jordan", "LOC", "am Ufer", SHARED_NAMES) == "gk:jordan-river"


def test_shared_name_with_one_label_is_chosen_by_the_words_around_it():
    company = "der Konzern meldete einen höheren Umsatz"
    party = "die Partei legte in der Umfrage zu"
    assert linked("Mercedes", "ORG", company, SHARED_NAMES) == "gk:mercedes-company"
    assert linked("Mercedes", "ORG", party, SHARED_NAMES) == "gk:mercedes-party"


def test_shared_name_without_telling_context_stays_unlinked():
    assert linked("Neustadt", "LOC", "sie zog nach", SHARED_NAMES) is None
    assert linked("Mercedes", "ORG", "es regnete", SHARED_NAMES) is None


def test_organisation_named_after_a_place_is_its_own_entity():
    article = analyse("Das Sozialgericht Kiel tagte. In Kiel regnete es.", date(2024, 5, 2))
    index = resolve_entities([article], {article.article.id: date(2024, 5, 2)})
    by_text = {m.text: index.entity_for(m) for s in article.sentences for m in s.mentions}
    court, city = by_text["Sozialgericht Kiel"], by_text["Kiel"]
    assert court is not None and city is not None
    assert court.label == "ORG" and court.wikidata is None and court.id != city.id
    assert city.wikidata == "Q1707"

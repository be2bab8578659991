"""Resolve: one entity across spellings and articles; one event across articles."""

from __future__ import annotations

from datetime import date

from helpers import analyse

from graphkit.events import extract_event_mentions
from graphkit.merge import merge_events, resolve_entities
from graphkit.merge.entities import slugify
from graphkit.merge.events import times_overlap
from graphkit.model import MEETING, VISIT, TimeValue
from graphkit.pipeline import tag_times


def resolve(*texts_and_dates):
    articles = [analyse(text, day, f"art{i}") for i, (text, day) in enumerate(texts_and_dates)]
    dates = {a.article.id: day for a, (_, day) in zip(articles, texts_and_dates)}
    index = resolve_entities(articles, dates)
    mentions = [m for a in articles for m in extract_event_mentions(a, tag_times(a.article))]
    return articles, index, merge_events(mentions, index, dates)


def entity_of(index, articles, surface):
    for article in articles:
        for sentence in article.sentences:
            for mention in sentence.mentions:
                if mention.text == surface:
                    return index.entity_for(mention)
    raise AssertionError(f"no mention {surface!r}")


def test_spellings_of_one_person_are_one_entity():
    articles, index, _ = resolve(
        ("Kim Jong-un besuchte eine Fabrik in Pjöngjang.", date(2023, 1, 5)),
        ("Kim Jong Un sprach in Pjöngjang vor Offizieren.", date(2023, 1, 6)),
    )
    first = entity_of(index, articles, "Kim Jong-un")
    second = entity_of(index, articles, "Kim Jong Un")
    assert first is not None and first is second
    assert first.wikidata == "Q56226"


def test_bare_surname_takes_the_person_named_before_it():
    text = ("Kim Jong Il regierte bis 2011. Sein Sohn Kim Jong Un übernahm danach. "
            "Heute besuchte Kim eine Raketenbasis.")
    articles, index, _ = resolve((text, date(2023, 1, 5)))
    kim = entity_of(index, articles, "Kim")
    assert kim is not None and kim.name == "Kim Jong Un"
    assert entity_of(index, articles, "Kim Jong Il") is not kim


def test_office_title_resolves_by_article_date():
    text = "Der Kremlchef traf in Moskau den Präsidenten der Ukraine."
    articles_2010, index_2010, _ = resolve((text, date(2010, 3, 1)))
    articles_2024, index_2024, _ = resolve((text, date(2024, 3, 1)))
    holder_2010 = entity_of(index_2010, articles_2010, "Kremlchef")
    holder_2024 = entity_of(index_2024, articles_2024, "Kremlchef")
    assert holder_2010 is not None and holder_2024 is not None
    assert holder_2024.wikidata == "Q7747"
    assert holder_2010.wikidata != "Q7747"


def test_same_meeting_in_two_articles_is_one_event_with_both_sources():
    _, index, events = resolve(
        ("Olaf Scholz traf am Freitag in Peking Xi Jinping.", date(2022, 11, 5)),
        ("Bundeskanzler Olaf Scholz hat Xi Jinping am 4. November in Peking getroffen.",
         date(2022, 11, 6)),
    )
    meetings = [e for e in events if e.type == MEETING]
    assert len(meetings) == 1
    meeting = meetings[0]
    assert meeting.support == 2 and len(meeting.sources) == 2
    assert meeting.time is not None and meeting.time.value == "2022-11-04"
    assert index.entities[meeting.place].name == "Peking"


def test_visits_to_different_places_stay_apart():
    _, _, events = resolve(
        ("Olaf Scholz wird am Montag nach Indien reisen. Am Mittwoch wird Olaf Scholz nach "
         "Japan reisen.", date(2023, 2, 24)),
    )
    visits = [e for e in events if e.type == VISIT]
    assert len(visits) == 2


def test_times_overlap_allows_a_day_for_time_zones():
    tuesday = TimeValue("2024-06-18", "day", date(2024, 6, 18), date(2024, 6, 18))
    wednesday = TimeValue("2024-06-19", "day", date(2024, 6, 19), date(2024, 6, 19))
    friday = TimeValue("2024-06-21", "day", date(2024, 6, 21), date(2024, 6, 21))
    assert times_overlap(tuesday, wednesday)
    assert not times_overlap(tuesday, friday)


def test_slugify_is_ascii_and_stable():
    assert slugify("Pjöngjang") == "pjongjang"
    assert slugify("Weißes Haus") == "weisses-haus"
    assert slugify("Jens Bjørn Andersen") == "jens-bjorn-andersen"
    assert slugify("Lech Wałęsa") == "lech-walesa"


def test_unresolved_time_is_kept_and_marked_not_guessed():
    _, _, events = resolve(("Olaf Scholz traf am Dienstag Emmanuel Macron in Paris.", None))
    (meeting,) = [e for e in events if e.type == MEETING]
    assert meeting.time is not None and not meeting.time.resolved
    assert meeting.time.value == "XXXX-WXX-2"
    assert meeting.id.startswith("meeting-undated-")


def test_agency_copy_in_two_articles_is_one_statement():
    text = "Olaf Scholz sagte, die Lage sei ernst."
    _, _, events = resolve((text, date(2023, 1, 5)), (text, date(2023, 1, 5)))
    statements = [e for e in events if e.type == "Statement"]
    assert len(statements) == 1 and statements[0].support == 2


def test_region_and_city_of_one_country_can_be_one_meeting_place():
    _, index, events = resolve(
        ("Joe Biden hat am Mittwoch Xi Jinping bei San Francisco empfangen.", date(2023, 11, 16)),
        ("Xi Jinping hat bei seinem Treffen mit Joe Biden in Kalifornien gewarnt.",
         date(2023, 11, 16)),
    )
    meetings = [e for e in events if e.type == MEETING]
    assert len(meetings) == 1 and meetings[0].support == 2
    assert index.entities[meetings[0].place].name == "San Francisco"


def test_merged_time_keeps_an_open_range_without_begin():
    # "keine Streiks mehr bis 2026": an open range has an end but no begin.
    from graphkit.merge.events import Cluster, merged_time

    open_range = TimeValue("../2026", "year", None, date(2026, 12, 31), True)
    cluster = Cluster("Strike", time_set={open_range})
    assert merged_time(cluster) == open_range
    other = TimeValue("2026", "year", date(2026, 1, 1), date(2026, 12, 31))
    assert merged_time(Cluster("Strike", time_set={open_range, other})) in {open_range, other}


def test_an_unlinked_last_word_of_an_organisation_is_that_organisation():
    from graphkit.merge.entities import mention_key, resolve_short_organisation_names
    from graphkit.model import EntityMention

    def org(article: str, start: int, text: str) -> EntityMention:
        return EntityMention(article, 0, start, start + len(text), text, "ORG", None, "model")

    full, short = org("a", 0, "Nordische Fährlinien"), org("a", 40, "Fährlinien")
    elsewhere = org("b", 0, "Fährlinien")                  # another article names no such
    one, two = org("c", 0, "Erste Werft"), org("c", 20, "Zweite Werft")
    ambiguous = org("c", 40, "Werft")                      # two organisations end in it
    mentions = [full, short, elsewhere, one, two, ambiguous]
    keys = {mention_key(m): f"name:ORG:{m.text.lower()}" for m in mentions}
    resolve_short_organisation_names(mentions, keys)
    assert keys[mention_key(short)] == keys[mention_key(full)]
    assert keys[mention_key(elsewhere)] == "name:ORG:fährlinien"
    assert keys[mention_key(ambiguous)] == "name:ORG:werft"

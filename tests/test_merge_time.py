"""Issue 11, merges that respect time, near-identical sources, date inference evidence."""

from __future__ import annotations

from datetime import date

from helpers import analyse

from graphkit.analysis import extract_mentions, tag_times
from graphkit.events import extract_event_mentions
from graphkit.merge import duplicate_groups, merge_events, resolve_entities
from graphkit.merge.dates import date_warnings, infer_publication_dates, inferred_date
from graphkit.merge.events import times_overlap
from graphkit.model import (
    DATE_FROM_METADATA,
    MEETING,
    MONTH,
    STRIKE,
    VISIT,
    Article,
    PublicationDate,
    TimeValue,
)
from graphkit.temporal.values import date_value, month_value, year_value


def build_events(*texts_and_dates, ids=None):
    ids = ids or [f"art{i}" for i in range(len(texts_and_dates))]
    articles = [analyse(text, day, i) for i, (text, day) in zip(ids, texts_and_dates)]
    dates = {a.article.id: day for a, (_, day) in zip(articles, texts_and_dates)}
    index = resolve_entities(articles, dates)
    mentions = [m for a in articles for m in extract_event_mentions(a, tag_times(a.article))]
    duplicates = duplicate_groups(a.article for a in articles)
    return merge_events(mentions, index, dates, duplicates=duplicates)


def of_type(events, event_type):
    return [e for e in events if e.type == event_type]


# --- time compatibility ------------------------------------------------------------

def test_times_compatible_at_their_precision():
    assert times_overlap(month_value(2024, 6), date_value(date(2024, 6, 19)))
    assert times_overlap(date_value(date(2024, 6, 18)), date_value(date(2024, 6, 19)))
    assert not times_overlap(month_value(2023, 9), date_value(date(2024, 6, 19)))
    assert not times_overlap(year_value(2023), year_value(2024))


def test_day_slack_never_crosses_a_year():
    assert not times_overlap(date_value(date(2023, 12, 31)), date_value(date(2024, 1, 1)))


def test_dated_meetings_of_different_years_stay_apart():
    events = build_events(
        ("Wladimir Putin traf Kim Jong Un im September 2023 in Wostotschny.", date(2023, 9, 14)),
        ("Wladimir Putin traf Kim Jong Un am 19. Juni 2024 in Pjöngjang.", date(2024, 6, 20)),
    )
    assert len(of_type(events, MEETING)) == 2


def test_undated_mention_joins_only_reports_within_three_days():
    text = "Wladimir Putin besuchte Kim Jong Un in Pjöngjang."
    near = build_events(
        ("Wladimir Putin besuchte Kim Jong Un am 19. Juni 2024 in Pjöngjang.", date(2024, 6, 19)),
        (text + " Die Gespräche dauerten lange.", date(2024, 6, 21)),
    )
    far = build_events(
        ("Wladimir Putin besuchte Kim Jong Un am 19. Juni 2024 in Pjöngjang.", date(2024, 6, 19)),
        (text + " Die Gespräche dauerten lange.", date(2024, 6, 25)),
    )
    assert [e.support for e in of_type(near, VISIT)] == [2]
    assert sorted(e.support for e in of_type(far, VISIT)) == [1, 1]


def test_undated_mentions_years_apart_never_merge():
    events = build_events(
        ("Xi Jinping besuchte China. Es ging um die Grenze.", date(2023, 3, 1)),
        ("Xi Jinping besuchte China. Er kam mit dem Zug.", date(2024, 3, 1)),
    )
    assert sorted(e.support for e in of_type(events, VISIT)) == [1, 1]


def test_merge_keeps_each_dated_mentions_year():
    events = build_events(
        ("Wladimir Putin traf Kim Jong Un 2019 in Wladiwostok.", date(2019, 4, 26)),
        ("Wladimir Putin traf Kim Jong Un am 25. April in Wladiwostok.", date(2019, 4, 26)),
    )
    meetings = of_type(events, MEETING)
    assert len(meetings) == 1 and meetings[0].time.value == "2019-04-25"


def test_headline_day_yields_to_the_body():
    text = ("Putin trifft Kim am Dienstag\n\nWladimir Putin trifft Kim Jong Un am Donnerstag "
            "in Pjöngjang. Das Treffen ist lange geplant.")
    events = build_events((text, date(2024, 6, 17)))
    meetings = of_type(events, MEETING)
    assert len(meetings) == 1, [(e.label, e.time) for e in events]
    assert meetings[0].time.value == "2024-06-20"
    # Both days were stated explicitly: the headline's stays as a sourced disagreement.
    assert {t.value for _, t in meetings[0].stated_times} == {"2024-06-18", "2024-06-20"}


# --- support counts distinct sources -------------------------------------------------

AGENCY = ("Wladimir Putin traf Kim Jong Un am 19. Juni 2024 in Pjöngjang. Die beiden "
          "unterzeichneten ein Abkommen über eine umfassende strategische Partnerschaft. "
          "Beobachter im Westen reagierten besorgt auf die Annäherung der beiden Staaten.")


def test_twelve_copies_give_the_support_of_one():
    one = build_events((AGENCY, date(2024, 6, 19)))
    twelve = build_events(*[(AGENCY, date(2024, 6, 19))] * 12)
    assert [e.support for e in one] == [e.support for e in twelve]
    assert [len(e.sources) for e in one] == [len(e.sources) for e in twelve]
    assert len(one) == len(twelve)


BACKGROUND = (" Die Zusammenarbeit der beiden Länder reicht Jahrzehnte zurück, wurde aber nach "
              "dem Ende der Sowjetunion lange vernachlässigt. Fachleute verweisen auf die "
              "Lieferungen von Munition und die wirtschaftlichen Interessen beider Seiten. "
              "In den Hauptstädten der Nachbarn wurde die Reise genau verfolgt, und mehrere "
              "Regierungen kündigten Beratungen mit ihren Verbündeten an. Die Vereinten "
              "Nationen riefen zur Einhaltung der geltenden Sanktionen auf, die Lieferungen "
              "von Waffen und Technik verbieten. Wirtschaftsvertreter rechnen dennoch mit "
              "mehr Handel über die gemeinsame Grenze im Nordosten.")


def test_near_identical_copy_counts_once_a_different_report_twice():
    original = AGENCY + BACKGROUND
    edited = original.replace("Beobachter im Westen", "Beobachter im Westen und Japan")
    other = "Wladimir Putin und Kim Jong Un trafen sich am 19. Juni 2024 in Pjöngjang."
    events = build_events((original, date(2024, 6, 19)), (edited, date(2024, 6, 19)),
                          (other, date(2024, 6, 19)))
    assert [e.support for e in of_type(events, MEETING)] == [2]


def test_duplicate_groups_by_text():
    def art(i, text):
        return Article(id=i, path=f"{i}.txt", title="", text=text)
    long_text = " ".join(f"Wort{i}" for i in range(200))
    groups = duplicate_groups([art("b", long_text), art(".b", long_text),
                               art("c", long_text.replace("Wort5 ", "Wort5x ")),
                               art("d", "Ein ganz anderer Text über etwas anderes.")])
    assert groups["b"] == groups[".b"] == groups["c"] == "b"  # not the hidden copy
    assert groups["d"] == "d"


# --- inferred publication dates ----------------------------------------------------------

DATED = ("Wladimir Putin traf am 18. Juni 2024 in Pjöngjang ein. Am 19. Juni 2024 "
         "unterzeichneten Wladimir Putin und Kim Jong Un ein Abkommen.")


def infer(undated: str):
    articles = [analyse(DATED, date(2024, 6, 19), "dated"), analyse(undated, None, "undated")]
    return {a.article.id: a.article.published for a in
            infer_publication_dates(articles, lambda items: extract_mentions(items))}


def test_one_alignment_without_a_clue_leaves_the_date_unknown():
    published = infer("Wladimir Putin traf am Dienstag in Pjöngjang ein.")
    assert published["undated"] is None


def test_two_alignments_infer_the_date_with_evidence_and_confidence():
    published = infer("Wladimir Putin traf am Dienstag in Pjöngjang ein. Am Mittwoch "
                      "unterzeichneten Wladimir Putin und Kim Jong Un ein Abkommen.")
    found = published["undated"]
    assert found is not None and found.inferred and found.value == date(2024, 6, 19)
    assert found.confidence == 1.0 and "agree" in found.evidence


def test_one_alignment_and_a_stated_year_infer_the_date():
    published = infer("Im Juni 2024 reiste er erneut. Wladimir Putin traf am Dienstag in "
                      "Pjöngjang ein.")
    found = published["undated"]
    assert found is not None and found.value.year == 2024 and "2024" in found.evidence


def test_never_inferred_from_an_inferred_date():
    inferred = PublicationDate(date(2024, 6, 19), "inferred", "x")
    articles = [analyse(DATED, None, "dated"), analyse("Wladimir Putin traf am Dienstag in "
                "Pjöngjang ein. Am Mittwoch unterzeichneten Wladimir Putin und Kim Jong Un "
                "ein Abkommen.", None, "undated")]
    articles[0].article = articles[0].article.__class__(
        **{**articles[0].article.__dict__, "published": inferred})
    result = infer_publication_dates(articles, lambda items: extract_mentions(items))
    assert result[1].article.published is None


def test_inferred_date_needs_alignment():
    assert inferred_date("Kein Datum hier.", []) is None


def test_warnings_name_inferred_and_unknown_dates():
    def art(i, published):
        return Article(id=i, path=f"{i}.txt", title="", text="x", published=published)
    lines = date_warnings([
        art("a", PublicationDate(date(2024, 6, 18), DATE_FROM_METADATA)),
        art("b", PublicationDate(date(2024, 6, 18), "inferred", "2 of 2 agree", confidence=1.0)),
        art("c", None),
        art("d", PublicationDate(date(2024, 11, 1), DATE_FROM_METADATA, precision=MONTH)),
    ])
    assert len(lines) == 2
    assert lines[0].startswith("b.txt: publication date 2024-06-18 inferred (confidence 1.00)")
    assert lines[1].startswith("c.txt: no publication date")


def test_month_precise_article_dates_its_weekday_within_the_month():
    article = Article(id="m", path="m.txt", title="", text="Putin traf Kim am Mittwoch.",
                      published=PublicationDate(date(2024, 11, 1), DATE_FROM_METADATA,
                                                precision=MONTH))
    (timex,) = tag_times(article)
    assert timex.time == TimeValue("2024-11-XX", MONTH, date(2024, 11, 1), date(2024, 11, 30))


def test_the_merge_runs_with_the_cyclic_collector_paused_and_restores_it():
    import gc

    import pytest

    from graphkit.analysis import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()   # a caller's own choice stays
    finally:
        gc.enable()


def test_a_body_in_session_is_a_meeting_one_person_alone_is_none():
    events = build_events(
        ("Der Bundesrat kam am Freitag in Berlin zu einer Sondersitzung zusammen.",
         date(2024, 3, 8)),
        ("Olaf Scholz nahm am Freitag an einer Sitzung teil.", date(2024, 3, 8)),
    )
    meetings = of_type(events, MEETING)
    assert len(meetings) == 1 and len(meetings[0].participants) == 1


def test_an_article_no_other_dates_is_dated_by_its_lead_and_flagged():
    text = ("Reederei übernimmt Werft\n\nKiel – Die Reederei Nordlicht hat am Montag, dem "
            "8. Mai 2023, die Werft Ostkap übernommen. Am Dienstag sprach der Bürgermeister.")
    analysed = analyse(text, None, "werft")
    [dated] = infer_publication_dates([analysed], lambda items: extract_mentions(items))
    published = dated.article.published
    assert published is not None and published.value == date(2023, 5, 8) and published.inferred
    [warning] = date_warnings([dated.article])
    assert "inferred" in warning and "8. Mai 2023" in warning and "confidence" not in warning


def test_undated_mentions_of_one_strike_in_an_article_are_one_event():
    # a strike is told in the headline and again in the body, neither with a date
    events = build_events(("Verdi streikt bei Amazon. Der Streik von Verdi bei Amazon geht "
                           "weiter.", date(2024, 6, 19)))
    strikes = of_type(events, STRIKE)
    assert [e.support for e in strikes] == [1] and len(strikes[0].sources) == 2

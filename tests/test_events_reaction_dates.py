"""Reactions to an occasion dated on the publication day happened that day (they came
after the occasion and before the report); otherwise they keep the publication bound."""

from __future__ import annotations

from datetime import date

from helpers import model_mentions

from graphkit.model import ACCUSATION, STATEMENT

FRIDAY = date(2024, 3, 8)
REACTIONS = (STATEMENT, ACCUSATION)


def reaction_times(text: str, day: date = FRIDAY) -> dict[str, tuple[str, bool]]:
    """Trigger text -> (time value, on-or-before?) of the statements and accusations."""
    return {m.trigger.text: (m.time.time.value, m.time.time.on_or_before)
            for m in model_mentions(text, day) if m.type in REACTIONS and m.time is not None}


def test_a_reaction_to_an_occasion_on_the_publication_day_takes_that_day():
    text = ("Landtag beschließt Schulgesetz\n\n"
            "Hannover – Der Landtag hat am Freitag das neue Schulgesetz beschlossen. "
            "Die Abgeordneten stimmten mit großer Mehrheit zu.\n\n"
            "Der Lehrerverband kritisierte den Beschluss scharf. "
            "Die Elternvertretung sprach von einem guten Tag für die Schulen.")
    times = reaction_times(text)
    assert times["kritisierte"] == ("2024-03-08", False)
    assert times["sprach"] == ("2024-03-08", False)


def test_a_reaction_to_an_occasion_before_the_publication_day_keeps_the_bound():
    text = ("Landtag beschließt Schulgesetz\n\n"
            "Hannover – Der Landtag hat am Donnerstag das neue Schulgesetz beschlossen. "
            "Die Abgeordneten stimmten mit großer Mehrheit zu.\n\n"
            "Der Lehrerverband kritisierte den Beschluss scharf.")
    value, bound = reaction_times(text)["kritisierte"]
    assert bound and value.startswith("2024-03-08")


def test_background_in_the_pluperfect_is_no_reaction():
    text = ("Landtag beschließt Schulgesetz\n\n"
            "Hannover – Der Landtag hat am Freitag das neue Schulgesetz beschlossen. "
            "Die Abgeordneten stimmten mit großer Mehrheit zu.\n\n"
            "Der Lehrerverband hatte das Gesetz wochenlang kritisiert.")
    assert all(bound for _, bound in reaction_times(text).values())


def test_a_reaction_after_an_event_of_an_earlier_day_keeps_the_bound():
    text = ("Zugunglück bei Ulm\n\n"
            "Ulm – Bei einem Zugunglück sind zwei Menschen gestorben. "
            "Das teilte die Polizei am Freitag mit.\n\n"
            "Der Zug war am Donnerstagabend entgleist. Er prallte gegen einen Baum.\n\n"
            "Der Verkehrsminister sprach von einer Tragödie.")
    value, bound = reaction_times(text)["sprach"]
    assert bound and value.startswith("2024-03-08")


def test_an_undated_headline_does_not_join_a_reaction_dated_by_the_publication_day():
    from helpers import make_article, model_pipeline

    from graphkit.analysis import tag_times
    from graphkit.events import extract_event_mentions
    from graphkit.merge import duplicate_groups, merge_events, resolve_entities
    from graphkit.model import THREAT
    from graphkit.nlp.pipeline import analyse_article

    text = ("Marine versenkt Frachter – Piräus droht mit Vergeltung\n\n"
            "Athen – Die griechische Marine hat am Freitag einen Frachter versenkt. "
            "Die Besatzung wurde gerettet.\n\n"
            "Die Reederei Poseidon drohte der Regierung mit Klagen.")
    article = analyse_article(make_article(text, FRIDAY, "art0"), model_pipeline())
    dates = {"art0": FRIDAY}
    index = resolve_entities([article], dates)
    mentions = extract_event_mentions(article, tag_times(article.article))
    body = [m for m in mentions if m.type == THREAT and m.sentence.start > text.index("\n")]
    assert body and body[0].time.time.value == "2024-03-08"
    graph_events = merge_events(mentions, index, dates,
                                duplicates=duplicate_groups([article.article]))
    threats = [e for e in graph_events if e.type == THREAT]
    dated = [e for e in threats if e.time is not None and not e.time.on_or_before]
    assert len(dated) == 1 and len(dated[0].sources) == 1


def test_a_later_match_of_a_contest_takes_the_lead_day():
    from graphkit.model import MATCH

    text = ("Müller gewinnt die Deutschland-Tour\n\n"
            "Stuttgart – Der Radprofi Tim Müller hat am Sonntag die Deutschland-Tour "
            "gewonnen. Er lag am Ende zwölf Sekunden vor dem Belgier Jan Peeters.\n\n"
            "Die letzte Etappe gewann der Niederländer Kees de Boer im Sprint.")
    matches = [m for m in model_mentions(text, date(2024, 3, 11))
               if m.type == MATCH and m.sentence.text.startswith("Die letzte Etappe")]
    assert matches and matches[0].time.time.value == "2024-03-10"


def test_a_cited_source_of_an_earlier_day_keeps_the_bound():
    text = ("Flüchtiger gefasst\n\n"
            "Kiel – Die Polizei hat einen flüchtigen Häftling gefasst. Der Mann stellte sich "
            "am Sonntagabend in Lübeck, wie Innenministerin Sabine Krüger mitteilte.")
    value, bound = reaction_times(text, date(2024, 3, 11))["mitteilte"]
    assert bound and value.startswith("2024-03-11")


def test_a_cited_source_of_the_publication_day_takes_that_day():
    text = ("Flüchtiger gefasst\n\n"
            "Kiel – Die Polizei hat einen flüchtigen Häftling gefasst. Der Mann stellte sich "
            "am Montagmorgen in Lübeck, wie Innenministerin Sabine Krüger mitteilte.")
    value, bound = reaction_times(text, date(2024, 3, 11))["mitteilte"]
    assert not bound and value.startswith("2024-03-11")


def test_the_present_year_of_a_prize_yields_to_the_lead_day():
    from graphkit.model import AWARD

    text = ("Literaturpreis für Anna Berg\n\n"
            "Frankfurt – Der Preis der Stiftung geht in diesem Jahr an die Autorin Anna Berg. "
            "Das gab die Jury am Dienstag in Frankfurt bekannt.")
    awards = [m for m in model_mentions(text, date(2024, 3, 12)) if m.type == AWARD]
    assert awards and awards[0].time.time.value == "2024-03-12"


def test_a_confirmation_day_does_not_date_the_lead_occasion():
    from graphkit.model import ARREST

    text = ("Zwei Verdächtige festgenommen\n\n"
            "Hamburg (dpa) – Eine Woche nach dem Überfall auf ein Juweliergeschäft hat die "
            "Polizei zwei Verdächtige festgenommen. Einer der Männer wurde am Samstagabend am "
            "Hauptbahnhof gefasst. Das bestätigte die Hamburger Staatsanwältin Petra Lange am "
            "Sonntag.")
    arrests = [m for m in model_mentions(text, date(2024, 3, 11)) if m.type == ARREST
               and "festgenommen" in m.sentence.text and "Hamburg" in m.sentence.text]
    assert arrests and arrests[0].time.time.value.startswith("2024-03-09")

"""Times and places taken from the discourse: a definite reference back to the reported
occasion, same-time adverbs, speech acts by different agents kept apart."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import make_article, model_pipeline

from graphkit.events import extract_event_mentions
from graphkit.events.extract import assign_times
from graphkit.events.time import just_before, speaks_from_lead
from graphkit.merge import duplicate_groups, merge_events, resolve_entities
from graphkit.model import (
    ACCUSATION,
    ADDRESSEE,
    COURT_RULING,
    PER,
    SPEAKER,
    STATEMENT,
    EntityMention,
    EventMention,
    Sentence,
    TimeValue,
    Timex,
    Token,
)
from graphkit.nlp import syntax
from graphkit.pipeline import tag_times

# The rules hold on parsed text with names found: the shipped models, as the pipeline runs.
pytestmark = pytest.mark.skipif(not syntax.shipped_syntax_available(),
                                reason="shipped syntax model or its wheel missing")
DAY = date(2024, 3, 8)   # a Friday


def analyse(text: str, day: date, article_id: str = "a1"):
    from graphkit.nlp.pipeline import analyse_article

    return analyse_article(make_article(text, day, article_id), model_pipeline())


def mentions_of(text: str, day: date = DAY):
    article = analyse(text, day)
    return extract_event_mentions(article, tag_times(article.article))


def of_type(mentions, event_type: str):
    return [m for m in mentions if m.type == event_type]


def day_of(mention) -> str | None:
    time = mention.time.time if mention.time else None
    return None if time is None or time.on_or_before else time.value[:10]


MATCH = ("Pokalfinale in Köln\n\n"
         "Köln – Der FC Seedorf hat am Donnerstagabend das Pokalfinale gegen Rotweiß Altstadt "
         "mit 3:1 gewonnen.\n\n")


def test_a_paragraph_referring_back_to_the_occasion_takes_its_day_and_place():
    text = MATCH + ("Trainer Jonas Albrecht jubelte nach dem Abpfiff mit den Fans. "
                    "„Das ist der schönste Tag meiner Laufbahn“, sagte Jonas Albrecht.")
    said = of_type(mentions_of(text), STATEMENT)
    assert len(said) == 1
    assert day_of(said[0]) == "2024-03-07"
    assert said[0].place is not None and said[0].place.text == "Köln"


def test_a_paragraph_without_such_a_reference_keeps_the_bound():
    text = MATCH + "Trainer Jonas Albrecht sagte, die Mannschaft habe Großes geleistet."
    said = of_type(mentions_of(text), STATEMENT)
    assert len(said) == 1 and day_of(said[0]) is None


def test_an_indefinite_occasion_is_a_new_one():
    text = MATCH + ("Trainer Jonas Albrecht sprach in einem Interview von einem "
                    "verdienten Sieg.")
    said = of_type(mentions_of(text), STATEMENT)
    assert len(said) == 1 and day_of(said[0]) is None


def test_a_pluperfect_reference_tells_what_came_before():
    text = MATCH + ("Albrecht hatte sich nach dem Spiel gegen Neustadt beschwert. "
                    "Die Mannschaft bedankte sich bei den Fans.")
    assert all(day_of(m) != "2024-03-07" for m in mentions_of(text)
               if m.sentence.text.startswith("Albrecht"))


def test_zugleich_ties_an_event_to_the_time_and_place_of_the_one_before():
    text = ("Ministerin in Rom\n\n"
            "Rom – Außenministerin Maria Keller hat am Dienstag in Rom ihren Amtskollegen "
            "Paolo Rinaldi getroffen.\n\n"
            "Finanzminister Jan Ode sagte am Mittwoch in Mailand, die Zusammenarbeit sei eng. "
            "Zugleich warnte Ode vor neuen Zöllen.")
    said = of_type(mentions_of(text), STATEMENT)
    warned = [m for m in said if m.trigger.text == "warnte"]
    assert warned and day_of(warned[0]) == "2024-03-06"
    assert warned[0].place is not None and warned[0].place.text == "Mailand"


def test_an_adverb_after_a_sentence_without_events_links_to_nothing():
    text = ("Ministerin in Rom\n\n"
            "Rom – Außenministerin Maria Keller hat am Mittwoch in Rom ihren Amtskollegen "
            "Paolo Rinaldi getroffen.\n\n"
            "Die Beziehungen beider Länder gelten als eng. "
            "Zugleich warnte Finanzminister Jan Ode vor neuen Zöllen.")
    warned = [m for m in of_type(mentions_of(text), STATEMENT) if m.trigger.text == "warnte"]
    assert warned and day_of(warned[0]) is None


def test_two_accusations_by_different_agents_stay_two_events():
    text = ("Streit im Landtag\n\n"
            "Im Landtag warf Ministerpräsident Karl Brenner am Mittwoch der Opposition vor, "
            "das Land schlechtzureden. Oppositionsführerin Eva Lindqvist warf Brenner "
            "am Mittwoch vor, die Schulen zu vernachlässigen.")
    article = analyse(text, DAY, "art0")
    dates = {"art0": DAY}
    index = resolve_entities([article], dates)
    mentions = extract_event_mentions(article, tag_times(article.article))
    events = merge_events(mentions, index, dates, duplicates=duplicate_groups([article.article]))
    assert len([e for e in events if e.type == ACCUSATION]) == 2


def test_a_noun_after_a_temporal_preposition_makes_no_light_verb_pair():
    text = ("Urteil in Bonn\n\n"
            "Der Unternehmer Hans Weber sprach nach dem Urteil vor dem Landgericht Bonn "
            "von einem Skandal.")
    mentions = mentions_of(text)
    assert not of_type(mentions, COURT_RULING)


def test_a_release_takes_no_narrative_day():
    text = ("Sturm über Kiel\n\n"
            "Kiel – Ein Sturm hat am Mittwoch in Kiel Dächer abgedeckt. "
            "Die Feuerwehr sprach von mehr als 200 Einsätzen.")
    said = of_type(mentions_of(text), STATEMENT)
    assert len(said) == 1 and day_of(said[0]) is None
    assert said[0].time is not None and said[0].time.time.on_or_before


def test_a_pluperfect_verb_does_not_take_the_narrative_day():
    text = ("Streik in Kassel\n\n"
            "Kassel – Am Montag streikten Tausende Beschäftigte des Autobauers Nordwerk. "
            "Betriebsratschefin Anna Berg hatte dem Vorstand vorgeworfen, die Werke "
            "kaputtzusparen.")
    accused = of_type(mentions_of(text), ACCUSATION)
    assert len(accused) == 1 and day_of(accused[0]) is None


def test_the_stage_of_the_occasion_refers_back_to_it():
    text = ("Parteitag in Hannover\n\n"
            "Hannover – Die Delegierten haben am Donnerstag in Hannover Petra Lang zur "
            "Vorsitzenden gewählt.\n\n"
            "Innenminister Tobias Kern sprach ebenfalls auf der Bühne. Kern sagte, die "
            "Partei stehe geschlossen hinter Lang.")
    said = [m for m in of_type(mentions_of(text), STATEMENT) if m.trigger.text == "sagte"]
    assert said and day_of(said[0]) == "2024-03-07"


def test_words_told_after_an_occasion_in_its_paragraph_were_said_at_its_place():
    text = ("Staatsbesuch\n\n"
            "Berlin – Der Gast ist eingetroffen.\n\n"
            "Bundespräsidentin Lea Hofer empfing Präsident Mario Conti am Donnerstag im "
            "Schloss Charlottenburg. Conti sei ein Freund des Landes, sagte Hofer.")
    said = of_type(mentions_of(text), STATEMENT)
    assert len(said) == 1 and day_of(said[0]) == "2024-03-07"
    assert said[0].place is not None and said[0].place.text == "Charlottenburg"


def test_a_time_stamp_paragraph_is_not_the_lead():
    text = ("Landtag wählt Ministerpräsidentin\n\n"
            "Stand: 08.03.2024 18:40 Uhr\n\n"
            "Der Landtag hat am Donnerstag Ina Wolff zur Ministerpräsidentin gewählt.\n\n"
            "Später sagte Wolff, sie freue sich auf die Arbeit.")
    said = of_type(mentions_of(text), STATEMENT)
    assert len(said) == 1 and said[0].time.time.value == "2024-03-07"


def test_the_lead_day_goes_to_a_lead_speaker_not_to_an_addressee():
    text = "Bundeskanzler Tom Berger gratulierte Keller in einem Telefonat."
    sentence = Sentence("a1", 3, 0, len(text), text)
    verb = text.index("gratulierte")
    trigger = Token(verb, verb + 11, "gratulierte", "gratulieren", "VVFIN")

    def person(name: str) -> EntityMention:
        return EntityMention("a1", 3, text.index(name), text.index(name) + len(name), name, PER)

    speaker, addressee = person("Tom Berger"), person("Keller")
    mention = EventMention("a1", STATEMENT, sentence, trigger,
                           [(speaker, SPEAKER), (addressee, ADDRESSEE)])
    assert not speaks_from_lead(mention, frozenset({"Keller"}))
    assert speaks_from_lead(mention, frozenset({"Berger"}))


def test_a_vague_past_gives_only_the_publication_bound():
    text = ("Trainer bleibt\n\n"
            "Trainer Jonas Albrecht hatte erst wenige Wochen zuvor angekündigt, in Köln "
            "zu bleiben.")
    said = of_type(mentions_of(text), STATEMENT)
    assert len(said) == 1 and said[0].time.time.on_or_before


def test_a_time_in_the_announced_clause_dates_the_announced_event():
    words = ("Die Regierung kündigte zudem an , bis Ende des Jahres weitere 800 Millionen Euro "
             "aus einem Fonds an die Ukraine zu überweisen .").split()
    tokens, offset = [], 0
    for word in words:
        tokens.append(Token(offset, offset + len(word), word, word, "XY"))
        offset += len(word) + 1
    first, last = words.index("Ende"), words.index("Jahres")
    year = TimeValue("2024", "year", date(2024, 1, 1), date(2024, 12, 31))
    timex = Timex(tokens[first].start, tokens[last].end, "Ende des Jahres", "DATE", year)
    announced, transfer = words.index("kündigte"), words.index("überweisen")
    chosen = assign_times([(announced, STATEMENT), (transfer, "Aid")], [timex], tokens)
    assert chosen == {transfer: timex}


def test_zugleich_after_a_sentence_with_only_a_time_takes_that_time():
    text = ("Neue Präsidentin\n\n"
            "Brüssel – Die Minister haben am Montag Eva Lindqvist bestätigt.\n\n"
            "Die Regierungschefs hatten sie Anfang Februar vorgeschlagen. Zugleich wählten "
            "sie den früheren Premier Karl Brenner zum Präsidenten des Rates.")
    elected = [m for m in mentions_of(text) if m.trigger.text == "wählten"]
    assert elected and elected[0].time is not None
    assert elected[0].time.time.value == "2024-02"


def test_a_temporal_clause_after_the_trigger_gives_its_place():
    text = ("Preis für Forscherin\n\n"
            "Oslo – Die Chemikerin Ina Wolff erhält den Preis der Akademie. "
            "„Ich kann es kaum glauben“, sagte Wolff, als sie die Nachricht in einem Labor "
            "in Boston erreichte.")
    said = of_type(mentions_of(text), STATEMENT)
    assert len(said) == 1 and said[0].place is not None and said[0].place.text == "Boston"


def test_the_day_a_state_of_the_lead_began_dates_the_lead():
    text = ("Neue Bank an der Börse\n\n"
            "Hamburg – Die Nordbank ist seit Mittwoch an der Börse notiert.\n\n"
            "Vorstandschef Jonas Albrecht sprach bei der Feier von einem großen Tag.")
    said = of_type(mentions_of(text), STATEMENT)
    assert len(said) == 1 and day_of(said[0]) == "2024-03-06"


ZUVOR = ("Koalition zerbricht\n\n"
         "Berlin – Kanzlerin Maria Kühn hat den Finanzminister Peter Brandt entlassen. Das "
         "teilte Maria Kühn am Dienstagabend mit. Zuvor waren die Parteichefs Anna Roth und "
         "Jens Wolf im Kanzleramt zusammengekommen, ohne sich auf einen Haushalt für 2026 zu "
         "einigen.\n\n")


def test_an_unmeasured_zuvor_puts_a_pluperfect_event_on_the_narratives_day():
    # 'für 2026' after a noun is the budget's year, not the meeting's time.
    [meeting] = [m for m in mentions_of(ZUVOR) if m.type == "Meeting"]
    assert day_of(meeting) == "2024-03-05"


def test_a_measured_zuvor_is_a_time_of_its_own():
    assert just_before("Die Firma hatte die Sparte zuvor abgespalten")
    assert not just_before("Die Firma hatte die Sparte wenige Wochen zuvor abgespalten")


def test_an_activity_going_on_seit_a_span_began_then_and_sets_no_scene():
    text = ("Tarifstreit\n\n"
            "Hamburg – Die Tarifparteien haben sich am Mittwoch nicht geeinigt.\n\n"
            "Die Pflegekräfte der Kliniken streiken seit drei Tagen für höhere Löhne. "
            "Die Gewerkschaftschefin Lena Vogt sagte, man bleibe hart.\n\n")
    mentions = mentions_of(text)
    [strike] = of_type(mentions, "Strike")
    assert day_of(strike) == "2024-03-05"
    assert all(day_of(m) is None for m in of_type(mentions, STATEMENT))


def test_a_title_won_stated_as_a_state_in_the_lead_sentence_takes_the_lead_day():
    text = ("Titel\n\n"
            "Rom – Die Italienerin Sofia Conti ist zum dritten Mal Weltmeisterin. Sie gewann "
            "am Mittwochabend das Finale gegen Anna Meier.")
    awards = [m for m in of_type(mentions_of(text), "Award") if m.sentence.index > 0]
    assert awards and day_of(awards[0]) == "2024-03-06"


def test_a_present_tense_verb_of_the_lead_sentence_keeps_the_upper_bound():
    text = ("Rücktritt\n\n"
            "Die Vorsitzenden der Partei, Anna Berger und Paul Krüger, treten zurück. "
            "Das Präsidium hatte am Mittwoch getagt.")
    assert all(day_of(m) is None for m in of_type(mentions_of(text), "Resignation"))


def test_a_present_tense_event_with_a_bare_weekday_is_scheduled_ahead():
    text = MATCH + ("Seedorf trifft im Finale am Dienstag in Berlin auf den TSV Neustadt. "
                    "Neustadt hatte am Mittwoch im Halbfinale Hansa Burgdorf besiegt.")
    final = [m for m in of_type(mentions_of(text), "Match") if m.sentence.text.startswith(
        "Seedorf trifft")]
    assert final and day_of(final[0]) == "2024-03-12" and final[0].status == "planned"
    beaten = [m for m in of_type(mentions_of(text), "Match") if "besiegt" in m.sentence.text]
    assert all(day_of(m) == "2024-03-06" for m in beaten)


def test_a_company_deal_takes_no_place_from_the_dateline():
    text = ("Übernahme\n\n"
            "Hamburg – Der Logistikkonzern Nordfracht hat am Dienstag den Konkurrenten "
            "Elbspedition übernommen. Das teilte Nordfracht-Chef Jan Möller am Dienstag mit.")
    mentions = mentions_of(text)
    deals = of_type(mentions, "Acquisition")
    assert deals and all(m.place is None for m in deals)
    said = of_type(mentions, STATEMENT)
    assert said and said[0].place is not None and said[0].place.text == "Hamburg"


def test_a_resignation_takes_no_place_from_the_dateline():
    text = ("Rücktritt\n\n"
            "Hamburg – Der Vorstandschef der Nordfracht, Jan Möller, ist am Dienstag "
            "zurückgetreten. Das teilte Nordfracht-Sprecherin Eva Roth am Dienstag mit.")
    mentions = mentions_of(text)
    resignations = of_type(mentions, "Resignation")
    assert resignations and all(m.place is None for m in resignations)
    said = of_type(mentions, STATEMENT)
    assert said and said[0].place is not None and said[0].place.text == "Hamburg"


def test_who_announces_a_decision_with_das_made_it():
    text = ("Literatur\n\n"
            "Der Nobelpreis für Literatur geht in diesem Jahr an die Autorin Eva Roth. "
            "Das gab die Schwedische Akademie am Donnerstag in Stockholm bekannt.")
    [award] = of_type(mentions_of(text), "Award")
    assert {m.text for m, role in award.actors if role == "agent"} == {"Schwedische Akademie"}
    # a report is no decision: 'Das berichtete die Zeitung' names no agent
    reported = text.replace("gab", "berichtete").replace(" bekannt.", ".")
    [award] = of_type(mentions_of(reported), "Award")
    assert not any(role == "agent" for _, role in award.actors)


def test_a_country_in_the_genitive_after_a_noun_is_not_the_place():
    text = ("Treffen\n\n"
            "Der Außenminister der Ukraine traf am Mittwoch Ministerpräsident Mario Rossi. "
            "Die Regierung Spaniens sagte am Mittwoch in der Hauptstadt der Ukraine Hilfe zu.")
    mentions = mentions_of(text)
    meetings = of_type(mentions, "Meeting")
    assert meetings and meetings[0].place is None
    aid = of_type(mentions, "Aid")
    assert aid and aid[0].place is not None and aid[0].place.text == "Ukraine"


def test_an_with_the_accusative_names_a_recipient_not_a_place():
    text = ("Hilfe\n\n"
            "Die Bundesregierung kündigte am Mittwoch an, weitere Hilfsgelder an die Republik "
            "Moldau zu überweisen. Bundeskanzler Olaf Scholz traf am Mittwoch an der Ostsee den "
            "Präsidenten Finnlands, Alexander Stubb.")
    mentions = mentions_of(text)
    aid = of_type(mentions, "Aid")
    assert aid and aid[0].place is None
    meetings = of_type(mentions, "Meeting")
    assert meetings and meetings[0].place is not None and meetings[0].place.text == "Ostsee"


def test_the_deadline_of_a_planned_event_is_its_time():
    text = "Stellenabbau\n\nDie Nordmotor AG will bis 2028 in Deutschland 5.000 Stellen abbauen."
    layoffs = of_type(mentions_of(text), "Layoffs")
    assert layoffs and layoffs[0].status == "planned"
    assert layoffs[0].time.time.value == "2028" and layoffs[0].time.time.precision == "year"


def test_dort_takes_the_place_and_time_of_the_event_told_before():
    text = ("Gipfel\n\n"
            "Die Regierungschefs der EU-Staaten kamen im Oktober in Magdeburg zu einem "
            "Gipfeltreffen zusammen. Bundeskanzler Karl Huber hatte dort vor einer Spaltung "
            "Europas gewarnt. Oppositionsführerin Anna Berger sprach von einem Fehler.")
    said = of_type(mentions_of(text), STATEMENT)
    warned = [m for m in said if "dort" in m.sentence.text]
    assert warned and warned[0].place is not None and warned[0].place.text == "Magdeburg"
    assert warned[0].time.time.value == "2023-10"
    others = [m for m in said if "Fehler" in m.sentence.text]
    assert others and others[0].place is None


def test_a_release_day_dates_the_lead_only_without_another_day():
    arrest = ("Festnahme\n\n"
              "Wien – Der frühere Minister Karl Huber ist festgenommen worden. Polizisten holten "
              "ihn am Donnerstag in seiner Wohnung in Wien ab, wie die Staatsanwaltschaft am "
              "Freitag mitteilte.")
    arrests = of_type(mentions_of(arrest), "Arrest")
    assert arrests and day_of(arrests[0]) == "2024-03-07"
    prize = ("Preis\n\n"
             "Stockholm – Der Preis für Chemie geht in diesem Jahr an die Forscherin Anna Berger. "
             "Das gab die Akademie am Dienstag in Stockholm bekannt.\n\n"
             "„Ich bin sprachlos“, sagte Berger.")
    said = [m for m in of_type(mentions_of(prize), STATEMENT) if "sagte" in m.sentence.text]
    assert said and day_of(said[0]) == "2024-03-05"


def test_beide_seiten_acted_on_the_leads_occasion():
    text = ("Treffen\n\n"
            "Paris – Bundeskanzler Karl Huber ist am Dienstag mit Präsident Jean Martin "
            "zusammengetroffen. Das Gespräch dauerte zwei Stunden.\n\n"
            "Die Opposition kritisierte die Reise.\n\n"
            "Beide Seiten unterzeichneten ein Abkommen zur Energiepolitik.")
    mentions = mentions_of(text)
    signed = of_type(mentions, "Agreement")
    assert signed and day_of(signed[0]) == "2024-03-05"
    assert signed[0].place is not None and signed[0].place.text == "Paris"
    assert all(day_of(m) is None for m in of_type(mentions, ACCUSATION))


def test_a_hyphenated_venue_tagged_as_an_adjective_is_still_the_place():
    text = ("Regierung\n\n"
            "Am Freitag ernannte König Frederik X. den 58-Jährigen im Christiansborg-Palast "
            "zum neuen Regierungschef.")
    appointments = of_type(mentions_of(text), "Appointment")
    assert appointments and appointments[0].place is not None
    assert appointments[0].place.text == "Christiansborg-Palast"


def test_a_dateline_after_a_title_with_an_ordinal_is_found():
    text = ("Parlament wählt 12. Präsidentin\n\n"
            "Straßburg – Das Europäische Parlament hat am Dienstag Anna Berger zur Präsidentin "
            "gewählt.")
    elected = [m for m in of_type(mentions_of(text), "Election")
               if m.sentence.text.startswith("Straßburg")]
    assert elected and elected[0].place is not None and elected[0].place.text == "Straßburg"


def test_an_undated_headline_takes_the_day_of_the_leads_event_of_its_type():
    text = ("Pflegekräfte protestieren in Hannover\n\n"
            "Hannover – Rund 2.000 Pflegekräfte haben am Mittwoch vor dem Landtag demonstriert. "
            "Zu der Kundgebung hatte die Gewerkschaft Verdi aufgerufen.")
    mentions = mentions_of(text)
    headline = [m for m in of_type(mentions, "Protest") if m.sentence.index == 0]
    body = [m for m in of_type(mentions, "Protest") if m.sentence.index > 0]
    assert headline and body and day_of(body[0]) == "2024-03-06"
    assert day_of(headline[0]) == "2024-03-06"


def test_a_headline_dated_from_the_lead_joins_the_leads_event():
    text = ("Bremer Polizei nimmt Verdächtigen fest\n\n"
            "Die Polizei hat am Dienstag in Bremen den Unternehmer Karl Braun und seinen Fahrer "
            "festgenommen. Die beiden sollen einen Juwelier überfallen haben.")
    article = analyse(text, DAY, "art0")
    dates = {"art0": DAY}
    index = resolve_entities([article], dates)
    mentions = extract_event_mentions(article, tag_times(article.article))
    assert len(of_type(mentions, "Arrest")) == 2
    events = merge_events(mentions, index, dates, duplicates=duplicate_groups([article.article]))
    assert len([e for e in events if e.type == "Arrest"]) == 1


def test_zugleich_follows_the_told_event_not_a_plan_named_in_its_sentence():
    text = ("Treffen in Wien\n\n"
            "Wien – Kanzlerin Petra Lang ist am Mittwoch in Wien eingetroffen.\n\n"
            "Präsident Tom Wirth sagte am Donnerstag, sein Land wolle im Herbst eine "
            "Friedenskonferenz ausrichten. "
            "Zugleich warnte die Regierung in Wien vor neuen Zöllen.")
    mentions = mentions_of(text)
    assert any(m.type == "Meeting" and m.status == "planned" for m in mentions)
    warned = [m for m in of_type(mentions, STATEMENT) if m.trigger.text == "warnte"]
    assert warned and day_of(warned[0]) == "2024-03-07"


def test_anschliessend_before_a_participle_passes_over_a_descriptive_praeteritum_sentence():
    text = ("Seedorf gewinnt den Pokal\n\n"
            "Köln – Der FC Seedorf besiegte am Mittwoch im Finale Rotweiß Altstadt mit 3:1. "
            "Bester Torschütze war Kapitän Max Weber mit zwei Treffern.\n\n"
            "Weber wurde anschließend zum besten Spieler des Turniers gewählt.")
    chosen = [m for m in mentions_of(text) if m.trigger.text == "gewählt"]
    assert chosen and day_of(chosen[0]) == "2024-03-06"


def test_a_present_tense_sentence_between_stops_anschliessend():
    text = ("Seedorf gewinnt den Pokal\n\n"
            "Köln – Der FC Seedorf besiegte am Mittwoch im Finale Rotweiß Altstadt mit 3:1. "
            "Der Verein gilt als Favorit für die Meisterschaft.\n\n"
            "Weber wurde anschließend zum besten Spieler des Turniers gewählt.")
    chosen = [m for m in mentions_of(text) if m.trigger.text == "gewählt"]
    assert chosen and day_of(chosen[0]) is None


def test_damit_ties_a_result_to_the_event_just_told():
    text = ("Weber gewinnt in Wien\n\n"
            "Wien – Die Tennisspielerin Lena Weber besiegte am Mittwoch im Finale der "
            "Wiener Meisterschaft Clara Roth mit 6:3, 6:4. "
            "Für Roth war es die zweite Finalniederlage in Folge.\n\n"
            "Weber verteidigte damit ihren Titel in Wien.")
    defended = [m for m in mentions_of(text) if m.trigger.text == "verteidigte"]
    assert defended and day_of(defended[0]) == "2024-03-06"


def test_a_lead_without_a_day_takes_the_first_day_of_the_next_paragraph():
    text = ("Lang besucht Paris\n\n"
            "Paris – Bundeskanzlerin Petra Lang ist zu einem Kurzbesuch in Paris eingetroffen.\n\n"
            "Präsident Tom Wirth empfing die Kanzlerin am Mittwochmorgen im Élysée-Palast und "
            "zeichnete sie mit einem Orden aus.")
    visits = [m for m in of_type(mentions_of(text), "Visit") if m.sentence.index > 0]
    assert visits and day_of(visits[0]) == "2024-03-06"


def test_a_definite_occasion_noun_opening_a_sentence_refers_back_to_the_occasion():
    text = MATCH + ("Das Spiel entschied Stürmer Jonas Albrecht mit zwei Toren. "
                    "„Das ist der schönste Tag meiner Laufbahn“, sagte Jonas Albrecht.")
    said = of_type(mentions_of(text), STATEMENT)
    assert len(said) == 1 and day_of(said[0]) == "2024-03-07"


def test_a_wie_clause_naming_the_source_takes_no_time_from_outside_it():
    text = ("Verdächtiger gefasst\n\n"
            "Kassel – Der gesuchte Mann stellte sich am Dienstag in Kassel der Polizei, "
            "wie das hessische Innenministerium mitteilte.")
    said = of_type(mentions_of(text), STATEMENT)
    assert said and day_of(said[0]) is None


def test_the_reasons_for_a_verdict_are_given_at_the_verdict():
    text = ("Haft für Betrüger\n\n"
            "Bonn – Das Landgericht Bonn hat am Dienstag den Unternehmer Hans Weber wegen "
            "Betrugs zu drei Jahren Haft verurteilt.\n\n"
            "Der Vorsitzende Richter Karl Brenner sagte in der Urteilsbegründung, Weber habe "
            "seine Kunden planvoll getäuscht.")
    said = of_type(mentions_of(text), STATEMENT)
    assert said and day_of(said[0]) == "2024-03-05"


def test_a_time_under_another_verb_does_not_date_a_noun_deeper_in_its_clause():
    text = ("Einigung in Genf\n\n"
            "Genf – Die Delegationen haben sich auf einen Vertrag über den Schutz der Meere "
            "geeinigt.\n\n"
            "Der Beschluss fiel am Dienstag, zwei Stunden nach dem geplanten Ende des Gipfels.")
    summits = [m for m in of_type(mentions_of(text), "Meeting") if m.trigger.text == "Gipfels"]
    assert summits and day_of(summits[0]) is None

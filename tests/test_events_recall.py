"""Event recall: clauses that state an event without a nameable actor, and general German
triggers (verbs with particles, nouns, light-verb pairs). Sentences written for these tests."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from test_events import actor_texts, mentions_of, only
from test_events_syntax import chain, events, roles

from graphkit.merge.events import (
    Cluster,
    ResolvedMention,
    fold_unnamed_restatements,
    headline_overrides,
)
from graphkit.model import (
    ACCIDENT,
    ACCUSATION,
    ACQUISITION,
    AGREEMENT,
    AID,
    APPOINTMENT,
    AWARD,
    ELECTION,
    LAUNCH,
    LOC,
    MATCH,
    MILITARY_ACTION,
    NOMINATION,
    ORG,
    PER,
    STATEMENT,
    STRIKE,
    Participant,
)
from graphkit.temporal.values import date_value

DAY = date(2025, 3, 12)


# --- a clause states its event even where no role is filled ------------------------------

def test_unnamed_noun_subject_states_an_accusation_without_actors():
    words = [("Die", "der", "ART", "det", 1), ("Fahnder", "Fahnder", "NN", "nsubj", 2),
             ("warfen", "werfen", "VVFIN", "root", 2), ("dem", "der", "ART", "det", 4),
             ("Kassierer", "Kassierer", "NN", "iobj", 2), ("Betrug", "Betrug", "NN", "obj", 2),
             ("vor", "vor", "PTKVZ", "compound:prt", 2), (".", ".", "$.", "punct", 2)]
    [accusation] = events(chain((words, [])), ACCUSATION)
    assert not accusation.actors


def test_subject_hung_on_the_auxiliary_still_states_the_strike():
    words = [("Tausende", "Tausende", "PIAT", "det", 1),
             ("Pflegekräfte", "Pflegekraft", "NN", "nsubj", 2),
             ("hatten", "haben", "VAFIN", "aux", 5), ("die", "der", "ART", "det", 4),
             ("Arbeit", "Arbeit", "NN", "obj", 5),
             ("niedergelegt", "niederlegen", "VVPP", "root", 5), (".", ".", "$.", "punct", 5)]
    assert len(events(chain((words, [])), STRIKE)) == 1


def test_negated_verb_without_actors_states_nothing():
    words = [("Die", "der", "ART", "det", 1), ("Mannschaft", "Mannschaft", "NN", "nsubj", 2),
             ("hatte", "haben", "VAFIN", "aux", 6), ("das", "der", "ART", "det", 4),
             ("Finale", "Finale", "NN", "obj", 6), ("nicht", "nicht", "PTKNEG", "advmod", 6),
             ("gewonnen", "gewinnen", "VVPP", "root", 6), (".", ".", "$.", "punct", 6)]
    assert not events(chain((words, [])), MATCH)


def test_ohne_zu_clause_states_no_agreement():
    words = [("Trump", "Trump", "NE", "nsubj", 3), ("und", "und", "KON", "cc", 2),
             ("Xi", "Xi", "NE", "conj", 0), ("trennten", "trennen", "VVFIN", "root", 3),
             ("sich", "sich", "PRF", "obj", 3), (",", ",", "$,", "punct", 11),
             ("ohne", "ohne", "KOUI", "mark", 11), ("sich", "sich", "PRF", "obj", 11),
             ("auf", "auf", "APPR", "case", 9), ("Zölle", "Zoll", "NN", "obl", 11),
             ("zu", "zu", "PTKZU", "mark", 11), ("einigen", "einigen", "VVINF", "advcl", 3),
             (".", ".", "$.", "punct", 3)]
    assert not events(chain((words, [(0, 0, PER), (2, 2, PER)])), AGREEMENT)


def test_object_of_ausschliessen_is_no_event():
    words = [("Siemens", "Siemens", "NE", "nsubj", 1), ("schloss", "schließen", "VVFIN", "root", 1),
             ("eine", "ein", "ART", "det", 3), ("Übernahme", "Übernahme", "NN", "obj", 1),
             ("von", "von", "APPR", "case", 5), ("Bosch", "Bosch", "NE", "nmod", 3),
             ("nicht", "nicht", "PTKNEG", "advmod", 1), ("aus", "aus", "PTKVZ", "compound:prt", 1),
             (".", ".", "$.", "punct", 1)]
    assert not events(chain((words, [(0, 0, ORG), (5, 5, ORG)])), ACQUISITION)


def test_giving_up_a_match_makes_the_subject_the_loser():
    words = [("Rafael", "Rafael", "NE", "nsubj", 2), ("Nadal", "Nadal", "NE", "flat", 0),
             ("gab", "geben", "VVFIN", "root", 2), ("im", "in", "APPRART", "case", 5),
             ("zweiten", "zweit", "ADJA", "amod", 5), ("Satz", "Satz", "NN", "obl", 2),
             ("auf", "auf", "PTKVZ", "compound:prt", 2), (".", ".", "$.", "punct", 2)]
    [match] = events(chain((words, [(0, 1, PER)])), MATCH)
    assert roles(match, "loser") == {"Rafael Nadal"}


# --- an actorless mention restates the one named event of its type ----------------------

def member(article: str, entity: str | None, status: str = "happened") -> ResolvedMention:
    mention = SimpleNamespace(article_id=article, status=status)
    participants = [Participant(entity, "agent")] if entity else []
    return ResolvedMention(mention, participants, None, None, DAY)


def test_actorless_mention_folds_into_the_one_named_event_of_its_article():
    named = Cluster.of(ACCUSATION, [member("a", "staatsanwaltschaft")])
    unnamed = Cluster.of(ACCUSATION, [member("a", None)])
    other_article = Cluster.of(ACCUSATION, [member("b", None)])
    folded = fold_unnamed_restatements([named, unnamed, other_article])
    assert folded == [named, other_article]
    assert len(named.members) == 2


def test_actorless_mention_stays_apart_from_two_named_events_or_a_planned_one():
    first = Cluster.of(ACCUSATION, [member("a", "gewerkschaft")])
    second = Cluster.of(ACCUSATION, [member("a", "betriebsrat")])
    unnamed = Cluster.of(ACCUSATION, [member("a", None)])
    assert len(fold_unnamed_restatements([first, second, unnamed])) == 3
    planned = Cluster.of(STRIKE, [member("a", None, "planned")])
    happened = Cluster.of(STRIKE, [member("a", "verdi")])
    assert len(fold_unnamed_restatements([happened, planned])) == 2


# --- general triggers ---------------------------------------------------------------------

def test_collapse_of_a_building_is_an_accident():
    only(mentions_of("In Genua ist am Dienstag eine Autobahnbrücke eingestürzt.", DAY), ACCIDENT)


def test_sending_into_the_race_is_a_nomination():
    text = "Die Grünen schicken Annalena Baerbock ins Rennen."
    nomination = only(mentions_of(text, DAY), NOMINATION)
    assert "Annalena Baerbock" in actor_texts(nomination)


def test_securing_a_stake_is_an_acquisition():
    text = "Die Allianz hat sich einen Anteil von zehn Prozent an der Commerzbank gesichert."
    only(mentions_of(text, DAY), ACQUISITION)


def test_handing_over_the_certificate_of_appointment():
    text = "Bundespräsident Frank-Walter Steinmeier überreichte Olaf Scholz die Ernennungsurkunde."
    appointment = only(mentions_of(text, DAY), APPOINTMENT)
    assert actor_texts(appointment, "person") == {"Olaf Scholz"}


def test_support_with_money_is_aid_and_support_of_a_plan_is_none():
    aid = only(mentions_of("Das Land Brandenburg hatte Tesla mit 300 Millionen Euro unterstützt.",
                           DAY), AID)
    assert actor_texts(aid, "recipient") == {"Tesla"}
    assert not [m for m in mentions_of("Olaf Scholz unterstützt den Vorschlag von Robert Habeck.",
                                       DAY) if m.type == AID]


def test_bringing_to_the_moon_is_a_launch():
    text = "Die Nasa will Astronauten mit Boeing auf den Mond bringen."
    only(mentions_of(text, DAY), LAUNCH)


def test_holding_a_speech_is_a_statement():
    text = "Olaf Scholz hielt im Bundestag eine Regierungserklärung."
    statement = only(mentions_of(text, DAY), STATEMENT)
    assert actor_texts(statement, "speaker") == {"Olaf Scholz"}


def test_denouncing_is_an_accusation():
    text = "Die Gewerkschaft Verdi prangerte die Zustände bei Amazon an."
    only(mentions_of(text, DAY), ACCUSATION)


def test_replacing_someone_names_the_new_holder_and_the_predecessor():
    appointment = only(mentions_of("Friedrich Merz löste Olaf Scholz ab.", DAY), APPOINTMENT)
    assert actor_texts(appointment, "person") == {"Friedrich Merz"}
    assert actor_texts(appointment, "predecessor") == {"Olaf Scholz"}


def test_prevailing_in_a_shootout_is_a_match_and_over_book_titles_none():
    words = [("Italien", "Italien", "NE", "nsubj", 1), ("setzte", "setzen", "VVFIN", "root", 1),
             ("sich", "sich", "PRF", "obj", 1), ("im", "in", "APPRART", "case", 4),
             ("Elfmeterschießen", "Elfmeterschießen", "NN", "obl", 1),
             ("gegen", "gegen", "APPR", "case", 6), ("England", "England", "NE", "obl", 1),
             ("durch", "durch", "PTKVZ", "compound:prt", 1), (".", ".", "$.", "punct", 1)]
    [match] = events(chain((words, [(0, 0, "LOC"), (6, 6, "LOC")])), MATCH)
    assert roles(match, "winner") == {"Italien"} and roles(match, "loser") == {"England"}
    text = "Der Roman von Jenny Erpenbeck setzte sich gegen fünf weitere Titel durch."
    assert not [m for m in mentions_of(text, DAY) if m.type == MATCH]


def test_a_criminal_association_is_no_agreement():
    text = "Die Polizei nahm in Hamburg drei Mitglieder einer kriminellen Vereinigung fest."
    assert not [m for m in mentions_of(text, DAY) if m.type == AGREEMENT]


def test_a_rocket_manoeuvre_is_no_military_action():
    text = "Der Rakete von SpaceX gelang bei einem Testflug ein spektakuläres Manöver."
    assert not [m for m in mentions_of(text, DAY) if m.type == MILITARY_ACTION]


def title_clause(title: str) -> list[tuple]:
    return [("Norwegen", "Norwegen", "NE", "nsubj", 5), ("ist", "sein", "VAFIN", "cop", 5),
            ("zum", "zu", "APPRART", "case", 4), ("dritten", "dritt", "ADJA", "amod", 4),
            ("Mal", "Mal", "NN", "obl", 5), (title, title, "NN", "root", 5),
            (".", ".", "$.", "punct", 5)]


def test_becoming_champion_for_the_nth_time_is_an_award_won_by_the_subject():
    [award] = events(chain((title_clause("Handball-Weltmeister"), [(0, 0, "LOC")])), AWARD)
    assert roles(award, "winner") == {"Norwegen"}


def test_an_office_for_the_nth_time_is_no_award():
    assert not events(chain((title_clause("Bürgermeister"), [(0, 0, "LOC")])), AWARD)


def test_elected_best_player_is_an_award_not_an_election():
    words = [("Zum", "zu", "APPRART", "case", 2), ("besten", "gut", "ADJA", "amod", 2),
             ("Spieler", "Spieler", "NN", "obl", 3), ("wählten", "wählen", "VVFIN", "root", 3),
             ("die", "der", "ART", "det", 5), ("Trainer", "Trainer", "NN", "nsubj", 3),
             ("Joshua", "Joshua", "NE", "obj", 3), ("Kimmich", "Kimmich", "NE", "flat", 6),
             (".", ".", "$.", "punct", 3)]
    article = chain((words, [(6, 7, PER)]))
    [award] = events(article, AWARD)
    assert roles(award, "winner") == {"Joshua Kimmich"}
    assert not events(article, ELECTION)


def test_actorless_mention_at_another_place_stays_apart():
    named = Cluster.of(STRIKE, [member("a", "verdi")])
    named.places.add("hamburg")
    elsewhere = member("a", None)
    elsewhere.place = "berlin"
    assert len(fold_unnamed_restatements([named, Cluster.of(STRIKE, [elsewhere])])) == 2


def test_news_vocabulary_of_several_types():
    cases = {
        "Das Landgericht Köln sprach Peter Müller am Montag frei.": "CourtRuling",
        "Vor der Küste von Lampedusa ist ein Boot mit Flüchtlingen gekentert.": ACCIDENT,
        "Apple will das neue iPhone im Herbst auf den Markt bringen.": LAUNCH,
        "Das Robert-Koch-Institut legte am Montag eine Studie vor.": "Publication",
        "Die SPD schlug Frank-Walter Steinmeier als Kandidaten vor.": NOMINATION,
        "Die Linke übte scharfe Kritik an Olaf Scholz.": ACCUSATION,
    }
    for text, event_type in cases.items():
        only(mentions_of(text, DAY), event_type)


def sentence_member(index: int, text: str, entity: str | None, day: date | None):
    sentence = SimpleNamespace(index=index, text=text, start=index * 100)
    verb = next(w for w in text.split()[1:] if w.islower() and len(w) > 4)  # the trigger
    trigger = SimpleNamespace(text=verb, start=sentence.start + text.index(verb))
    mention = SimpleNamespace(article_id="a", type="Legislation", sentence=sentence,
                              status="happened", trigger=trigger)
    participants = [Participant(entity, "agent")] if entity else []
    time = date_value(day) if day else None
    return ResolvedMention(mention, participants, None, time, DAY)


def test_undated_headline_naming_no_one_of_the_body_joins_its_only_event_of_the_type():
    headline = sentence_member(0, "Länderkammer lässt Gesetz passieren", "gesetz", None)
    body = sentence_member(1, "Der Bundesrat billigte das Gesetz am Freitag.", "bundesrat",
                           DAY)
    assert headline_overrides([headline, body]) == {id(headline): body}
    second = sentence_member(2, "Der Bundesrat billigte am Freitag ein zweites Gesetz.",
                             "bundesrat", DAY)
    assert headline_overrides([headline, body, second]) == {}


def test_bringing_people_into_the_labour_market_is_no_launch():
    text = "Die Regierung von Olaf Scholz will mehr Flüchtlinge in den Arbeitsmarkt bringen."
    assert not [m for m in mentions_of(text, DAY) if m.type == LAUNCH]


def test_undated_headline_joins_the_undated_body_mention_with_its_actor():
    headline = sentence_member(0, "Werft verkauft Sparte an Reederei", "werft", None)
    other = sentence_member(1, "Der Landtag billigte ein Gesetz.", "landtag", None)
    body = sentence_member(2, "Die Werft verkauft ihre Sparte an die Reederei.", "werft", None)
    assert headline_overrides([headline, other, body]) == {id(headline): body}
    unrelated = sentence_member(0, "Hafen verkauft Kräne", "hafen", None)
    assert headline_overrides([unrelated, other, body]) == {}


def test_an_undated_headline_does_not_join_background_in_the_pluperfect():
    headline = sentence_member(0, "Länderkammer lässt Gesetz passieren", "gesetz", None)
    earlier = sentence_member(1, "Der Bundesrat hatte das Gesetz 2019 abgelehnt.", "bundesrat",
                              DAY)
    assert headline_overrides([headline, earlier]) == {}


def test_deciding_sanctions_imposes_them_deciding_layoffs_plans_them():
    # "Die EU hat ein Paket mit Sanktionen gegen Nordland beschlossen." (hand-built parse)
    words = [("Die", "der", "ART", "det", 1), ("EU", "EU", "NE", "nsubj", 10),
             ("hat", "haben", "VAFIN", "aux", 10), ("ein", "ein", "ART", "det", 4),
             ("Paket", "Paket", "NN", "obj", 10), ("mit", "mit", "APPR", "case", 6),
             ("Sanktionen", "Sanktion", "NN", "nmod", 4), ("gegen", "gegen", "APPR", "case", 8),
             ("Nordland", "Nordland", "NE", "nmod", 6), ("jetzt", "jetzt", "ADV", "advmod", 10),
             ("beschlossen", "beschließen", "VVPP", "root", 10), (".", ".", "$.", "punct", 10)]
    names = [(1, 1, ORG), (8, 8, LOC)]
    [sanction] = events(chain((words, names)), "Sanction")
    assert sanction.status == "happened"
    layoffs = [("Die", "der", "ART", "det", 1), ("Werft", "Werft", "NN", "nsubj", 5),
               ("hat", "haben", "VAFIN", "aux", 5), ("einen", "ein", "ART", "det", 4),
               ("Stellenabbau", "Stellenabbau", "NN", "obj", 5),
               ("beschlossen", "beschließen", "VVPP", "root", 5), (".", ".", "$.", "punct", 5)]
    [cut] = events(chain((layoffs, [(1, 1, ORG)])), "Layoffs")
    assert cut.status == "planned"


def test_a_decision_puts_sanctions_and_laws_into_effect_but_not_strikes():
    from graphkit.events.status import decision_in_effect

    assert decision_in_effect("beschließen", "Sanction")
    assert decision_in_effect("beschließen", "Legislation")
    assert not decision_in_effect("beschließen", "Strike")
    assert not decision_in_effect("ankündigen", "Sanction")

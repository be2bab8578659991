"""Roles of interaction, sport, culture and incident events (helper events19): a car named
in the oblique, a transfer's recipient hung under a noun, the competition a champion's title
names, 'zum … gewählt' as an award. Every sentence is written for the test (hand-built
parses)."""

from __future__ import annotations

from dataclasses import replace

from test_events_syntax import chain, events, roles

from graphkit.kb.gazetteer import load_gazetteer
from graphkit.model import (
    ACCUSATION,
    AGENT,
    AGREEMENT,
    AID,
    AWARD,
    AWARD_ROLE,
    COURT_RULING,
    DISASTER,
    LAUNCH,
    LAW,
    LEGISLATION,
    LOC,
    MATCH,
    MISC,
    ORG,
    PARTICIPANT,
    PER,
    PLAINTIFF,
    SIGNATORY,
    TARGET,
    VICTIM,
    WINNER,
    AnalysedArticle,
)

PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past"


def test_a_vor_phrase_under_a_named_car_is_the_races_other_participant():
    # "Das Rennen gewann Berg im Porsche vor Kern."
    words = [("Das", "der", "ART", "det", 1), ("Rennen", "Rennen", "NN", "obj", 2),
             ("gewann", "gewinnen", "VVFIN", "root", 2, PAST), ("Berg", "Berg", "NE", "nsubj", 2),
             ("im", "in", "APPRART", "case", 5), ("Porsche", "Porsche", "NN", "obl", 2),
             ("vor", "vor", "APPR", "case", 7), ("Kern", "Kern", "NE", "nmod", 5),
             (".", ".", "$.", "punct", 2)]
    [match] = events(chain((words, [(3, 3, PER), (5, 5, MISC), (7, 7, PER)])), MATCH)
    assert roles(match, WINNER) == {"Berg"} and roles(match, PARTICIPANT) == {"Kern"}


def test_an_accusative_an_phrase_hung_under_a_noun_is_the_recipient():
    # "Nordland will Geld aus Fonds an die Südrepublik überweisen."
    words = [("Nordland", "Nordland", "NE", "nsubj", 1),
             ("will", "wollen", "VMFIN", "root", 1, "Mood=Ind|Number=Sing|Person=3|Tense=Pres"),
             ("Geld", "Geld", "NN", "obj", 8), ("aus", "aus", "APPR", "case", 4),
             ("Fonds", "Fonds", "NN", "nmod", 2), ("an", "an", "APPR", "case", 7),
             ("die", "der", "ART", "det", 7, "Case=Acc|Definite=Def|Gender=Fem|Number=Sing"),
             ("Südrepublik", "Südrepublik", "NE", "nmod", 4, "Case=Acc|Gender=Fem|Number=Sing"),
             ("überweisen", "überweisen", "VVINF", "xcomp", 1, "VerbForm=Inf"),
             (".", ".", "$.", "punct", 1)]
    [aid] = events(chain((words, [(0, 0, LOC), (7, 7, LOC)])), AID)
    assert roles(aid, AGENT) == {"Nordland"}
    assert roles(aid, "recipient") == {"Südrepublik"}


def test_a_dative_an_phrase_is_no_recipient():
    # "Nordland will Hilfsgüter an der Grenze zu Südrepublik überweisen." (a place, dative)
    words = [("Nordland", "Nordland", "NE", "nsubj", 1),
             ("will", "wollen", "VMFIN", "root", 1, "Mood=Ind|Number=Sing|Person=3|Tense=Pres"),
             ("Geld", "Geld", "NN", "obj", 6), ("an", "an", "APPR", "case", 5),
             ("der", "der", "ART", "det", 5, "Case=Dat|Definite=Def|Gender=Fem|Number=Sing"),
             ("Ostgrenze", "Ostgrenze", "NE", "nmod", 2, "Case=Dat|Gender=Fem|Number=Sing"),
             ("überweisen", "überweisen", "VVINF", "xcomp", 1, "VerbForm=Inf"),
             (".", ".", "$.", "punct", 1)]
    [aid] = events(chain((words, [(0, 0, LOC), (5, 5, LOC)])), AID)
    assert roles(aid, "recipient") == set()


def champion_clause(title: str, tail: list[tuple] = ()) -> list[tuple]:
    """'Norwegen ist zum dritten Mal <title> <tail>.'"""
    return [("Norwegen", "Norwegen", "NE", "nsubj", 5), ("ist", "sein", "VAFIN", "cop", 5),
            ("zum", "zu", "APPRART", "case", 4), ("dritten", "dritt", "ADJA", "amod", 4),
            ("Mal", "Mal", "NN", "obl", 5), (title, title, "NN", "root", 5), *tail,
            (".", ".", "$.", "punct", 5)]


def test_a_champions_title_names_the_championship_won():
    [award] = events(chain((champion_clause("Handball-Weltmeister"), [(0, 0, LOC)])), AWARD)
    assert roles(award, WINNER) == {"Norwegen"}
    assert roles(award, AWARD_ROLE) == {"Handball-Weltmeisterschaft"}


def test_the_championship_keeps_the_titles_genitive_and_its_number():
    # "Norwegen ist zum dritten Mal Weltmeister der Formel 2."
    tail = [("der", "der", "ART", "det", 7, "Case=Gen|Definite=Def|Gender=Fem|Number=Sing"),
            ("Formel", "Formel", "NN", "nmod", 5, "Case=Gen|Gender=Fem|Number=Sing"),
            ("2", "2", "CARD", "nummod", 5)]
    [award] = events(chain((champion_clause("Weltmeister", tail), [(0, 0, LOC)])), AWARD)
    assert roles(award, AWARD_ROLE) == {"Weltmeisterschaft der Formel 2"}


def test_a_title_without_a_championship_gives_no_award_value():
    [award] = events(chain((champion_clause("Olympiasieger"), [(0, 0, LOC)])), AWARD)
    assert roles(award, WINNER) == {"Norwegen"}
    assert roles(award, AWARD_ROLE) == set()


def test_who_chooses_someone_as_best_player_awards_it():
    # "Zum besten Torwart der Saison wählte der Verband den Schweden Lund."
    words = [("Zum", "zu", "APPRART", "case", 2), ("besten", "gut", "ADJA", "amod", 2),
             ("Torwart", "Torwart", "NN", "obl", 5), ("der", "der", "ART", "det", 4),
             ("Saison", "Saison", "NN", "nmod", 2), ("wählte", "wählen", "VVFIN", "root", 5, PAST),
             ("der", "der", "ART", "det", 7),
             ("Fußballverband", "Fußballverband", "NN", "nsubj", 5),
             ("den", "der", "ART", "det", 9), ("Schweden", "Schwede", "NN", "obj", 5),
             ("Lund", "Lund", "NE", "appos", 9), (".", ".", "$.", "punct", 5)]
    [award] = events(chain((words, [(7, 7, ORG), (10, 10, PER)])), AWARD)
    assert roles(award, AGENT) == {"Fußballverband"}
    assert roles(award, WINNER) == {"Lund"}
    assert roles(award, AWARD_ROLE) == {"Torwart"}


def law_sentences(first_noun: str) -> AnalysedArticle:
    # "Das <first_noun> ist umstritten. Der Landtag beschloss das Gesetz."
    first = [("Das", "der", "ART", "det", 1), (first_noun, first_noun, "NN", "nsubj", 3),
             ("ist", "sein", "VAFIN", "cop", 3), ("umstritten", "umstritten", "ADJD", "root", 3),
             (".", ".", "$.", "punct", 3)]
    second = [("Der", "der", "ART", "det", 1), ("Landtag", "Landtag", "NN", "nsubj", 2),
              ("beschloss", "beschließen", "VVFIN", "root", 2, PAST),
              ("das", "der", "ART", "det", 4), ("Gesetz", "Gesetz", "NN", "obj", 2),
              (".", ".", "$.", "punct", 2)]
    return chain((first, []), (second, [(1, 1, ORG)]))


def test_the_bare_law_refers_back_to_the_one_law_compound_before():
    [law] = events(law_sentences("Mietgesetz"), LEGISLATION)
    assert roles(law, AGENT) == {"Landtag"} and roles(law, LAW) == {"Mietgesetz"}


def test_a_bare_law_without_a_compound_before_fills_nothing():
    [law] = events(law_sentences("Vorhaben"), LEGISLATION)
    assert roles(law, LAW) == set()


def flood_sentence(object_words: list[tuple]) -> list[tuple]:
    # "Das Hochwasser hatte <object> verwüstet." with the subject hung under 'hatte'
    last = 3 + len(object_words)
    return [("Das", "der", "ART", "det", 1), ("Hochwasser", "Hochwasser", "NN", "nsubj", 2),
            ("hatte", "haben", "VAFIN", "aux", last, PAST), *object_words,
            ("verwüstet", "verwüsten", "VVPP", "root", last), (".", ".", "$.", "punct", last)]


def test_the_region_a_disaster_struck_is_its_victim_and_place():
    # "… weite Teile der Region Nordland …": the genitive of a part
    part = [("weite", "weit", "ADJA", "amod", 4), ("Teile", "Teil", "NN", "obj", 8),
            ("der", "der", "ART", "det", 6), ("Region", "Region", "NN", "nmod", 4,
                                              "Case=Gen|Gender=Fem|Number=Sing"),
            ("Nordland", "Nordland", "NE", "appos", 6)]
    [flood] = events(chain((flood_sentence(part), [(7, 7, LOC)])), DISASTER)
    assert roles(flood, VICTIM) == {"Nordland"}


def test_the_country_described_as_das_land_is_the_one_named_before():
    country = load_gazetteer().lookup("Portugal")
    first = [("Schwere", "schwer", "ADJA", "amod", 1), ("Unwetter", "Unwetter", "NN", "root", 1),
             ("in", "in", "APPR", "case", 3), ("Portugal", "Portugal", "NE", "nmod", 1),
             ("und", "und", "KON", "cc", 5), ("Lissabon", "Lissabon", "NE", "conj", 3),
             (".", ".", "$.", "punct", 1)]
    land = [("das", "der", "ART", "det", 4, "Case=Nom|Gender=Neut|Number=Sing"),
            ("Land", "Land", "NN", "obj", 5, "Case=Acc|Gender=Neut|Number=Sing")]
    article = chain((first, [(3, 3, LOC), (5, 5, LOC)]), (flood_sentence(land), []))
    opening = article.sentences[0]
    known = [replace(m, kb_id=country.id) if m.text == "Portugal" else m
             for m in opening.mentions]
    article.sentences[0] = replace(opening, mentions=known)
    floods = [e for e in events(article, DISASTER) if e.trigger.text == "Hochwasser"]
    assert [roles(e, VICTIM) for e in floods] == [{"Portugal"}]


def test_a_disaster_mention_naming_only_the_region_struck_joins_the_actorless_ones():
    from types import SimpleNamespace

    from graphkit.merge.events import names_no_actor
    from graphkit.model import Entity, Participant

    entities = {"nordland": Entity("nordland", "Nordland", LOC),
                "berg": Entity("berg", "Berg", PER)}
    struck = SimpleNamespace(participants=[Participant("nordland", VICTIM)])
    named = SimpleNamespace(participants=[Participant("berg", VICTIM)])
    assert names_no_actor(struck, entities) and names_no_actor(
        SimpleNamespace(participants=[]), entities)
    assert not names_no_actor(named, entities)


def test_von_after_a_sein_perfect_is_where_the_rocket_came_from_not_its_agent():
    # "Die Rakete war vom Raumhafen Nordkap abgehoben." (subject labelled as a passive one)
    words = [("Die", "der", "ART", "det", 1), ("Rakete", "Rakete", "NN", "nsubj:pass", 6),
             ("war", "sein", "VAFIN", "aux", 6, PAST), ("vom", "von", "APPRART", "case", 4),
             ("Raumhafen", "Raumhafen", "NN", "obl", 6), ("Nordkap", "Nordkap", "NE", "appos", 4),
             ("abgehoben", "abheben", "VVPP", "root", 6), (".", ".", "$.", "punct", 6)]
    launches = events(chain((words, [(4, 5, ORG)])), LAUNCH)
    assert all(roles(launch, AGENT) == set() for launch in launches)


def test_the_owner_of_the_motion_a_court_dismisses_is_the_plaintiff():
    # "Das Gericht wies die Klage der Nordbank ab."
    words = [("Das", "der", "ART", "det", 1), ("Gericht", "Gericht", "NN", "nsubj", 2),
             ("wies", "weisen", "VVFIN", "root", 2, PAST), ("die", "der", "ART", "det", 4),
             ("Klage", "Klage", "NN", "obj", 2), ("der", "der", "ART", "det", 6),
             ("Nordbank", "Nordbank", "NE", "nmod", 4, "Case=Gen|Gender=Fem|Number=Sing"),
             ("ab", "ab", "PTKVZ", "compound:prt", 2), (".", ".", "$.", "punct", 2)]
    [ruling] = events(chain((words, [(6, 6, ORG)])), COURT_RULING)
    assert roles(ruling, PLAINTIFF) == {"Nordbank"}


def test_ihr_motion_belongs_to_the_feminine_organisation_named_before():
    # "Die Behörde Nordaufsicht klagte gegen die Fusion. Ein Gericht wies ihren Antrag ab."
    first = [("Die", "der", "ART", "det", 1), ("Behörde", "Behörde", "NN", "nsubj", 3),
             ("Nordaufsicht", "Nordaufsicht", "NE", "appos", 1, "Gender=Fem|Number=Sing"),
             ("klagte", "klagen", "VVFIN", "root", 3, PAST), ("gegen", "gegen", "APPR", "case", 6),
             ("die", "der", "ART", "det", 6), ("Fusion", "Fusion", "NN", "obl", 3),
             (".", ".", "$.", "punct", 3)]
    second = [("Ein", "ein", "ART", "det", 1), ("Gericht", "Gericht", "NN", "nsubj", 2),
              ("wies", "weisen", "VVFIN", "root", 2, PAST),
              ("ihren", "ihr", "PPOSAT", "det:poss", 4), ("Antrag", "Antrag", "NN", "obj", 2),
              ("ab", "ab", "PTKVZ", "compound:prt", 2), (".", ".", "$.", "punct", 2)]
    [ruling] = events(chain((first, [(2, 2, ORG)]), (second, [])), COURT_RULING)
    assert roles(ruling, PLAINTIFF) == {"Nordaufsicht"}


def test_das_gericht_never_refers_back_to_a_company():
    # "Die Nordbank klagte gegen die Fusion. Das Gericht wies die Klage ab."
    first = [("Die", "der", "ART", "det", 1), ("Nordbank", "Nordbank", "NE", "nsubj", 2),
             ("klagte", "klagen", "VVFIN", "root", 2, PAST), ("gegen", "gegen", "APPR", "case", 5),
             ("die", "der", "ART", "det", 5), ("Fusion", "Fusion", "NN", "obl", 2),
             (".", ".", "$.", "punct", 2)]
    second = [("Das", "der", "ART", "det", 1), ("Gericht", "Gericht", "NN", "nsubj", 2),
              ("wies", "weisen", "VVFIN", "root", 2, PAST), ("die", "der", "ART", "det", 4),
              ("Klage", "Klage", "NN", "obj", 2), ("ab", "ab", "PTKVZ", "compound:prt", 2),
              (".", ".", "$.", "punct", 2)]
    rulings = events(chain((first, [(1, 1, ORG)]), (second, [])), COURT_RULING)
    assert all(roles(ruling, "court") == set() for ruling in rulings)


def test_what_lassen_lets_happen_is_its_object_and_the_causer_acts():
    # "Landtag lässt Mietgesetz passieren" with the law parsed the infinitive's subject
    words = [("Landtag", "Landtag", "NN", "nsubj", 1),
             ("lässt", "lassen", "VVFIN", "root", 1, "Mood=Ind|Number=Sing|Person=3|Tense=Pres"),
             ("Mietgesetz", "Mietgesetz", "NN", "nsubj", 3),
             ("passieren", "passieren", "VVINF", "xcomp", 1, "VerbForm=Inf")]
    [law] = events(chain((words, [(0, 0, ORG), (2, 2, PER)])), LEGISLATION)
    assert roles(law, AGENT) == {"Landtag"} and roles(law, LAW) == {"Mietgesetz"}


def test_the_law_referred_back_to_is_the_name_it_was_recognised_as():
    first = [("Das", "der", "ART", "det", 1), ("Mietgesetz", "Mietgesetz", "NN", "nsubj", 3),
             ("ist", "sein", "VAFIN", "cop", 3), ("umstritten", "umstritten", "ADJD", "root", 3),
             (".", ".", "$.", "punct", 3)]
    second = [("Der", "der", "ART", "det", 1), ("Landtag", "Landtag", "NN", "nsubj", 2),
              ("beschloss", "beschließen", "VVFIN", "root", 2, PAST),
              ("das", "der", "ART", "det", 4), ("Gesetz", "Gesetz", "NN", "obj", 2),
              (".", ".", "$.", "punct", 2)]
    [law] = events(chain((first, [(1, 1, MISC)]), (second, [(1, 1, ORG)])), LEGISLATION)
    [(mention, _)] = [(m, r) for m, r in law.actors if r == LAW]
    assert (mention.text, mention.sentence_index, mention.source) == ("Mietgesetz", 0, "model")


def honour_sentence() -> list[tuple]:
    # "Präsidentin Berg empfing den Gast und zeichnete ihn mit der Stufe des Verdienstordens
    # aus." ('Kern' was named two sentences before)
    masc = "Case=Acc|Gender=Masc|Number=Sing"
    return [("Präsidentin", "Präsidentin", "NN", "nsubj", 2), ("Berg", "Berg", "NE", "appos", 0),
            ("empfing", "empfangen", "VVFIN", "root", 2, PAST), ("den", "der", "ART", "det", 4),
            ("Gast", "Gast", "NN", "obj", 2, masc), ("und", "und", "KON", "cc", 6),
            ("zeichnete", "zeichnen", "VVFIN", "conj", 2, PAST),
            ("ihn", "er", "PPER", "obj", 6, masc + "|Person=3|PronType=Prs"),
            ("mit", "mit", "APPR", "case", 10), ("der", "der", "ART", "det", 10),
            ("Stufe", "Stufe", "NN", "obl", 6), ("des", "der", "ART", "det", 12),
            ("Verdienstordens", "Verdienstorden", "NN", "nmod", 10,
             "Case=Gen|Gender=Masc|Number=Sing"),
            ("aus", "aus", "PTKVZ", "compound:prt", 6), (".", ".", "$.", "punct", 2)]


def test_a_grade_of_an_order_names_the_order_and_ihn_takes_up_the_unnamed_guest():
    before = [("Kern", "Kern", "NE", "nsubj", 1), ("reiste", "reisen", "VVFIN", "root", 1, PAST),
              ("ab", "ab", "PTKVZ", "compound:prt", 1), (".", ".", "$.", "punct", 1)]
    article = chain((before, [(0, 0, PER)]), (honour_sentence(), [(1, 1, PER)]))
    [award] = [e for e in events(article, AWARD) if e.trigger.text == "zeichnete"]
    assert roles(award, AWARD_ROLE) == {"Verdienstorden"}
    assert roles(award, AGENT) == {"Berg"} and roles(award, WINNER) == set()


def union_sentences(first: str) -> AnalysedArticle:
    # "Die Deutsche Bahn verhandelt. <first> und Bahn einigen sich." with the NER's one
    # name across 'und'
    before = [("Die", "der", "ART", "det", 2), ("Deutsche", "deutsch", "ADJA", "amod", 2),
              ("Bahn", "Bahn", "NN", "nsubj", 3), ("verhandelt", "verhandeln", "VVFIN", "root", 3),
              (".", ".", "$.", "punct", 3)]
    pres = "Mood=Ind|Number=Plur|Person=3|Tense=Pres"
    words = [(first, first, "NE", "nsubj", 3), ("und", "und", "KON", "cc", 2),
             ("Bahn", "Bahn", "NN", "conj", 0), ("einigen", "einigen", "VVFIN", "root", 3, pres),
             ("sich", "sich", "PRF", "obj", 3), (".", ".", "$.", "punct", 3)]
    return chain((before, [(1, 2, ORG)]), (words, [(0, 2, ORG)]))


def test_a_name_run_across_und_is_two_names_each_known_in_its_own_right():
    [agreement] = events(union_sentences("GDL"), AGREEMENT)
    assert roles(agreement, SIGNATORY) == {"GDL", "Bahn"}


def test_a_name_with_und_whose_parts_are_unknown_stays_one():
    [agreement] = events(union_sentences("Nordwerk"), AGREEMENT)
    assert roles(agreement, SIGNATORY) == {"Nordwerk und Bahn"}


def test_who_condemns_the_attack_accuses_whoever_attacked():
    # "Nordland hat Südland angegriffen. Berg verurteilte den Angriff."
    attack = [("Nordland", "Nordland", "NE", "nsubj", 3), ("hat", "haben", "VAFIN", "aux", 3),
              ("Südland", "Südland", "NE", "obj", 3),
              ("angegriffen", "angreifen", "VVPP", "root", 3), (".", ".", "$.", "punct", 3)]
    condemned = [("Berg", "Berg", "NE", "nsubj", 1),
                 ("verurteilte", "verurteilen", "VVFIN", "root", 1, PAST),
                 ("den", "der", "ART", "det", 3), ("Angriff", "Angriff", "NN", "obj", 1),
                 (".", ".", "$.", "punct", 1)]
    article = chain((attack, [(0, 0, LOC), (2, 2, LOC)]), (condemned, [(0, 0, PER)]))
    [accusation] = events(article, ACCUSATION)
    assert roles(accusation, AGENT) == {"Berg"} and roles(accusation, TARGET) == {"Nordland"}


def union_then_sie(article_word: str) -> AnalysedArticle:
    # "<Die|Der> Nordgewerkschaft reagierte empört. Sie warf dem Vorstand Versagen vor."
    fem = "Case=Nom|Gender=Fem|Number=Sing"
    gender = fem if article_word == "Die" else "Case=Nom|Gender=Masc|Number=Sing"
    first = [(article_word, "der", "ART", "det", 1, gender),
             ("Nordgewerkschaft", "Nordgewerkschaft", "NE", "nsubj", 2),
             ("reagierte", "reagieren", "VVFIN", "root", 2, PAST),
             ("empört", "empört", "ADJD", "advmod", 2), (".", ".", "$.", "punct", 2)]
    second = [("Sie", "sie", "PPER", "nsubj", 1, fem + "|Person=3|PronType=Prs"),
              ("warf", "werfen", "VVFIN", "root", 1, PAST), ("dem", "der", "ART", "det", 3),
              ("Vorstand", "Vorstand", "NN", "iobj", 1), ("Versagen", "Versagen", "NN", "obj", 1),
              ("vor", "vor", "PTKVZ", "compound:prt", 1), (".", ".", "$.", "punct", 1)]
    return chain((first, [(1, 1, ORG)]), (second, []))


def test_sie_opening_a_sentence_takes_up_the_organisation_that_was_the_subject_before():
    [accusation] = events(union_then_sie("Die"), ACCUSATION)
    assert roles(accusation, AGENT) == {"Nordgewerkschaft"}


def test_sie_takes_up_no_organisation_whose_article_disagrees():
    accusations = events(union_then_sie("Der"), ACCUSATION)
    assert all(roles(a, AGENT) == set() for a in accusations)


def test_the_quoted_title_after_fuer_and_a_work_noun_is_the_work_honoured():
    # "Berg erhielt den Preis für ihren Roman „Stille Tage“."
    words = [("Berg", "Berg", "NE", "nsubj", 1), ("erhielt", "erhalten", "VVFIN", "root", 1, PAST),
             ("den", "der", "ART", "det", 3), ("Preis", "Preis", "NN", "obj", 1),
             ("für", "für", "APPR", "case", 6), ("ihren", "ihr", "PPOSAT", "det:poss", 6),
             ("Roman", "Roman", "NN", "obl", 1), ("„", "„", "$(", "punct", 6),
             ("Stille", "still", "ADJA", "amod", 9), ("Tage", "Tag", "NN", "appos", 6),
             ("“", "“", "$(", "punct", 6), (".", ".", "$.", "punct", 1)]
    [award] = events(chain((words, [(0, 0, PER), (8, 9, MISC)])), AWARD)
    assert roles(award, WINNER) == {"Berg"} and roles(award, "work") == {"Stille Tage"}

"""A team described ('die Mannschaft von Trainer X', 'die Elf') refers back to the club or
country named as a subject before. Every sentence here is written for the test
(hand-built parses)."""

from __future__ import annotations

from test_events_syntax import chain, events, roles

from graphkit.model import (
    ACCUSATION,
    AGENT,
    AWARD,
    LOC,
    LOSER,
    MATCH,
    ORG,
    PER,
    TARGET,
    VISIT,
    VISITOR,
    WINNER,
)

NOM = "Case=Nom|Number=Sing"


def champion(first: str, label: str, dateline: bool = False):
    """'[Nordstadt –] <first> ist Meister.'"""
    words = [("Nordstadt", "Nordstadt", "NE", "nsubj", 4), ("–", "–", "$(", "punct", 0)] \
        if dateline else []
    shift = len(words)
    words += [(first, first, "NE", "nsubj", shift + 2), ("ist", "sein", "VAFIN", "cop", shift + 2),
              ("Meister", "Meister", "NN", "root", shift + 2), (".", ".", "$.", "punct", shift + 2)]
    names = ([(0, 0, LOC)] if dateline else []) + [(shift, shift, label)]
    return words, names


def team_beats_suedstadt(noun: str, coach: bool):
    """'Die <noun> [von Trainer Max Muster] besiegte Südstadt.'"""
    words = [("Die", "der", "ART", "det", 1, NOM), (noun, noun, "NN", "nsubj", 0, NOM)]
    names = []
    if coach:
        words += [("von", "von", "APPR", "case", 3), ("Trainer", "Trainer", "NN", "nmod", 1),
                  ("Max", "Max", "NE", "appos", 3), ("Muster", "Muster", "NE", "flat", 4)]
        names.append((4, 5, PER))
    verb = len(words)
    for i, word in enumerate(words):
        if word[3] == "nsubj":
            words[i] = word[:4] + (verb,) + word[5:]
    words += [("besiegte", "besiegen", "VVFIN", "root", verb),
              ("Südstadt", "Südstadt", "NE", "obj", verb), (".", ".", "$.", "punct", verb)]
    names.append((verb + 1, verb + 1, ORG))
    return words, names


def test_the_team_of_a_coach_is_the_club_named_as_subject_before():
    [match] = events(chain(champion("Nordstadt", ORG),
                           team_beats_suedstadt("Mannschaft", coach=True)), MATCH)
    assert roles(match, WINNER) == {"Nordstadt"}
    assert roles(match, LOSER) == {"Südstadt"}


def test_a_described_national_team_is_its_country():
    [match] = events(chain(champion("Italien", LOC), team_beats_suedstadt("Elf", coach=False)),
                     MATCH)
    assert roles(match, WINNER) == {"Italien"}


def test_a_dateline_place_is_no_team_to_refer_back_to():
    first, names = champion("Saison", LOC, dateline=True)
    names = names[:1]  # only the dateline's place is a name
    [match] = events(chain((first, names), team_beats_suedstadt("Mannschaft", coach=False)),
                     MATCH)
    assert roles(match, WINNER) == set()


def test_whom_a_visitor_meets_on_the_trip_takes_no_role_of_the_visit():
    # "Zum Ende seiner Asienreise ist Minister Karl Kern mit Präsident Jan Feld
    # zusammengetroffen."
    words = [("Zum", "zu", "APPRART", "case", 1), ("Ende", "Ende", "NN", "obl", 12),
             ("seiner", "sein", "PPOSAT", "det:poss", 3),
             ("Asienreise", "Asienreise", "NN", "nmod", 1), ("ist", "sein", "VAFIN", "aux", 12),
             ("Minister", "Minister", "NN", "nsubj", 12), ("Karl", "Karl", "NE", "appos", 5),
             ("Kern", "Kern", "NE", "flat", 6), ("mit", "mit", "APPR", "case", 9),
             ("Präsident", "Präsident", "NN", "obl", 12), ("Jan", "Jan", "NE", "appos", 9),
             ("Feld", "Feld", "NE", "flat", 10),
             ("zusammengetroffen", "zusammentreffen", "VVPP", "root", 12),
             (".", ".", "$.", "punct", 12)]
    # without a parse (or with the trip noun misparsed) the word-order reading decides
    [visit] = events(chain((words, [(6, 7, PER), (10, 11, PER)]), parsed=False), VISIT)
    assert roles(visit, VISITOR) == {"Karl Kern"}
    assert roles(visit) == {"Karl Kern"}


PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past"


def accusing_the_leadership(noun: str):
    """'Nordwerk streicht Stellen. Die Gewerkschaft Verdex protestierte. Verdex warf dem
    <noun> vor, zu sparen.'"""
    first = [("Nordwerk", "Nordwerk", "NE", "nsubj", 1),
             ("streicht", "streichen", "VVFIN", "root", 1), ("Stellen", "Stelle", "NN", "obj", 1),
             (".", ".", "$.", "punct", 1)]
    second = [("Die", "der", "ART", "det", 1), ("Gewerkschaft", "Gewerkschaft", "NN", "nsubj", 3),
              ("Verdex", "Verdex", "NE", "appos", 1),
              ("protestierte", "protestieren", "VVFIN", "root", 3, PAST),
              (".", ".", "$.", "punct", 3)]
    third = [("Verdex", "Verdex", "NE", "nsubj", 1), ("warf", "werfen", "VVFIN", "root", 1, PAST),
             ("dem", "der", "ART", "det", 3), (noun, noun, "NN", "iobj", 1, "Case=Dat|Number=Sing"),
             ("vor", "vor", "PTKVZ", "compound:prt", 1), (",", ",", "$,", "punct", 7),
             ("zu", "zu", "PTKZU", "mark", 7), ("sparen", "sparen", "VVINF", "xcomp", 1),
             (".", ".", "$.", "punct", 1)]
    return chain((first, [(0, 0, ORG)]), (second, [(2, 2, ORG)]), (third, [(0, 0, ORG)]))


def test_a_company_leadership_stands_for_the_company_named_before_not_the_accuser():
    [accusation] = events(accusing_the_leadership("Management"), ACCUSATION)
    assert roles(accusation, AGENT) == {"Verdex"}
    assert roles(accusation, TARGET) == {"Nordwerk"}


def test_a_leader_who_is_no_leadership_noun_refers_to_no_organisation():
    [accusation] = events(accusing_the_leadership("Kollegen"), ACCUSATION)
    assert roles(accusation, TARGET) == set()


def honouring_the_guest(before: list[tuple]):
    """'<before> Präsident Stein begrüßte den Gast und ehrte ihn mit dem Verdienstorden.'"""
    masc = "Case=Acc|Gender=Masc|Number=Sing"
    words = [("Präsident", "Präsident", "NN", "nsubj", 2), ("Stein", "Stein", "NE", "appos", 0),
             ("begrüßte", "begrüßen", "VVFIN", "root", 2, PAST), ("den", "der", "ART", "det", 4),
             ("Gast", "Gast", "NN", "obj", 2, masc), ("und", "und", "KON", "cc", 6),
             ("zeichnete", "zeichnen", "VVFIN", "conj", 2, PAST),
             ("ihn", "er", "PPER", "obj", 6, masc + "|Person=3|PronType=Prs"),
             ("mit", "mit", "APPR", "case", 10), ("dem", "der", "ART", "det", 10),
             ("Verdienstorden", "Verdienstorden", "NN", "obl", 6),
             ("aus", "aus", "PTKVZ", "compound:prt", 6), (".", ".", "$.", "punct", 2)]
    article = chain((before, [(0, 0, PER)]), (words, [(1, 1, PER)]))
    return [e for e in events(article, AWARD) if e.trigger.text == "zeichnete"]


def test_the_guest_a_pronoun_takes_up_is_the_visitor_named_before():
    # "Weiß reiste nach Nordstadt."
    before = [("Weiß", "Weiß", "NE", "nsubj", 1), ("reiste", "reisen", "VVFIN", "root", 1, PAST),
              ("nach", "nach", "APPR", "case", 3), ("Nordstadt", "Nordstadt", "NE", "obl", 1),
              (".", ".", "$.", "punct", 1)]
    [award] = honouring_the_guest(before)
    assert roles(award, WINNER) == {"Weiß"} and roles(award, AGENT) == {"Stein"}


def test_a_person_named_before_without_a_visit_is_no_guest():
    # "Weiß schwieg."
    before = [("Weiß", "Weiß", "NE", "nsubj", 1),
              ("schwieg", "schweigen", "VVFIN", "root", 1, PAST), (".", ".", "$.", "punct", 1)]
    [award] = honouring_the_guest(before)
    assert roles(award, WINNER) == set()

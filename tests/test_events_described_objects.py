"""Organisations referred to by a description in the object position, and the
organisation a subject's title compound ('Muster-Chef') names."""

from __future__ import annotations

from test_events_syntax import BAKERY, chain, events, roles

from graphkit.model import (
    ACQUIRED,
    ACQUISITION,
    BUYER,
    ORG,
    ORGANISATION,
    PER,
    RESIGNATION,
    SPIN_OFF,
    SPUN_OFF,
)

ACC_NEUT = "Case=Acc|Gender=Neut|Number=Sing"


def test_das_unternehmen_as_the_object_is_the_organisation_named_before():
    # 'Der Investor Nordlicht will das Unternehmen übernehmen.'
    second = [("Der", "der", "ART", "det", 1), ("Investor", "Investor", "NN", "nsubj", 6),
              ("Nordlicht", "Nordlicht", "NE", "appos", 1),
              ("will", "wollen", "VMFIN", "aux", 6),
              ("das", "der", "ART", "det", 5, "Case=Nom|Gender=Neut|Number=Sing"),
              ("Unternehmen", "Unternehmen", "NN", "obj", 6, ACC_NEUT),
              ("übernehmen", "übernehmen", "VVINF", "root", 6), (".", ".", "$.", "punct", 6)]
    [takeover] = events(chain(BAKERY, (second, [(2, 2, ORG)])), ACQUISITION)
    assert roles(takeover, BUYER) == {"Nordlicht"}
    assert roles(takeover, ACQUIRED) == {"Korn GmbH"}


def test_a_definite_object_with_a_genitive_refers_back_to_nobody():
    # 'Nordlicht will das Unternehmen des Gründers übernehmen.'
    second = [("Nordlicht", "Nordlicht", "NE", "nsubj", 6),
              ("will", "wollen", "VMFIN", "aux", 6),
              ("das", "der", "ART", "det", 3), ("Unternehmen", "Unternehmen", "NN", "obj", 6),
              ("des", "der", "ART", "det", 5),
              ("Gründers", "Gründer", "NN", "nmod", 3, "Case=Gen|Number=Sing"),
              ("übernehmen", "übernehmen", "VVINF", "root", 6), (".", ".", "$.", "punct", 6)]
    [takeover] = events(chain(BAKERY, (second, [(0, 0, ORG)])), ACQUISITION)
    assert roles(takeover, ACQUIRED) == set()


def test_the_firm_a_subjects_title_compound_names_is_the_one_left():
    # 'Die Firma Muster Games wächst. Muster-Chef Jan Berg soll die Firma führen.
    #  Danach verlässt er den Konzern.'
    first = [("Die", "der", "ART", "det", 1), ("Firma", "Firma", "NN", "nsubj", 4),
             ("Muster", "Muster", "NE", "appos", 1), ("Games", "Games", "NE", "flat", 2),
             ("wächst", "wachsen", "VVFIN", "root", 4), (".", ".", "$.", "punct", 4)]
    second = [("Muster-Chef", "Muster-Chef", "NN", "aux", 7), ("Jan", "Jan", "NE", "nsubj", 7),
              ("Berg", "Berg", "NE", "flat", 1), ("soll", "sollen", "VMFIN", "aux", 7),
              ("die", "der", "ART", "det", 5), ("Firma", "Firma", "NN", "obj", 7),
              ("weiter", "weiter", "ADV", "advmod", 7),
              ("führen", "führen", "VVINF", "root", 7), (".", ".", "$.", "punct", 7)]
    third = [("Danach", "danach", "PAV", "advmod", 1),
             ("verlässt", "verlassen", "VVFIN", "root", 1), ("er", "er", "PPER", "nsubj", 1),
             ("den", "der", "ART", "det", 4), ("Konzern", "Konzern", "NN", "obj", 1),
             (".", ".", "$.", "punct", 1)]
    article = chain((first, [(2, 3, ORG)]), (second, [(1, 2, PER)]), (third, []))
    [resignation] = events(article, RESIGNATION)
    assert roles(resignation, ORGANISATION) == {"Muster Games"}


def test_dessen_vertreter_act_for_the_organisation_named_before():
    # 'Das Wahlbündnis Weltbund wurde stärkste Kraft. Dessen Vertreter warfen Stein vor, …'
    first = [("Das", "der", "ART", "det", 1), ("Wahlbündnis", "Wahlbündnis", "NN", "nsubj", 5),
             ("Weltbund", "Weltbund", "NE", "appos", 1), ("stärkste", "stark", "ADJA", "amod", 4),
             ("Kraft", "Kraft", "NN", "xcomp", 5), ("wurde", "werden", "VAFIN", "root", 5),
             (".", ".", "$.", "punct", 5)]
    second = [("Dessen", "der", "PDAT", "nsubj", 2), ("Vertreter", "Vertreter", "NN", "nsubj", 2),
              ("warfen", "werfen", "VVFIN", "root", 2), ("Stein", "Stein", "NE", "obj", 2),
              ("vor", "vor", "PTKVZ", "compound:prt", 2), (",", ",", "$,", "punct", 8),
              ("zu", "zu", "PTKZU", "mark", 8), ("zögern", "zögern", "VVINF", "xcomp", 2),
              (".", ".", "$.", "punct", 2)]
    article = chain((first, [(2, 2, ORG)]), (second, [(3, 3, PER)]))
    [accusation] = events(article, "Accusation")
    assert roles(accusation, "agent") == {"Weltbund"}
    assert roles(accusation, "target") == {"Stein"}


def test_its_division_spun_off_is_the_company_named_before():
    # 'Nordwerk Truck ist an der Börse. Der Nordwerk-Konzern hatte seine Lkw- und
    #  Bussparte abgespalten.'
    first = [("Nordwerk", "Nordwerk", "NE", "nsubj", 2), ("Truck", "Truck", "NE", "flat", 0),
             ("ist", "sein", "VAFIN", "root", 2), ("an", "an", "APPR", "case", 5),
             ("der", "der", "ART", "det", 5), ("Börse", "Börse", "NN", "obl", 2),
             (".", ".", "$.", "punct", 2)]
    second = [("Der", "der", "ART", "det", 1),
              ("Nordwerk-Konzern", "Nordwerk-Konzern", "NN", "nsubj", 2),
              ("hatte", "haben", "VAFIN", "aux", 7), ("seine", "sein", "PPOSAT", "det:poss", 4),
              ("Lkw-", "Lkw", "ADJD", "advmod", 7), ("und", "und", "KON", "cc", 6),
              ("Bussparte", "Bussparte", "NN", "obl", 7),
              ("abgespalten", "abspalten", "VVPP", "root", 7), (".", ".", "$.", "punct", 7)]
    article = chain((first, [(0, 1, ORG)]), (second, []))
    [spin_off] = events(article, SPIN_OFF)
    assert roles(spin_off, SPUN_OFF) == {"Nordwerk Truck"}


def test_a_division_without_a_possessive_refers_back_to_nobody():
    # 'Nordwerk Truck ist an der Börse. Nordwerk hat eine Sparte abgespalten.'
    first = [("Nordwerk", "Nordwerk", "NE", "nsubj", 2), ("Truck", "Truck", "NE", "flat", 0),
             ("ist", "sein", "VAFIN", "root", 2), (".", ".", "$.", "punct", 2)]
    second = [("Nordwerk", "Nordwerk", "NE", "nsubj", 4), ("hat", "haben", "VAFIN", "aux", 4),
              ("eine", "ein", "ART", "det", 3), ("Sparte", "Sparte", "NN", "obj", 4),
              ("abgespalten", "abspalten", "VVPP", "root", 4), (".", ".", "$.", "punct", 4)]
    article = chain((first, [(0, 1, ORG)]), (second, [(0, 0, ORG)]))
    [spin_off] = events(article, SPIN_OFF)
    assert roles(spin_off, SPUN_OFF) == set()


def test_a_share_of_the_sellers_division_is_a_share_of_the_company_it_is():
    # 'Nordwerk Steel baut Stellen ab. Nordwerk hat 20 Prozent der Stahlsparte an
    #  Weltbund verkauft.'
    first = [("Nordwerk", "Nordwerk", "NE", "nsubj", 3), ("Steel", "Steel", "NE", "flat", 0),
             ("baut", "bauen", "VVFIN", "root", 3), ("Stellen", "Stelle", "NN", "obj", 2),
             ("ab", "ab", "PTKVZ", "compound:prt", 2), (".", ".", "$.", "punct", 2)]
    second = [("Nordwerk", "Nordwerk", "NE", "nsubj", 8), ("hat", "haben", "VAFIN", "aux", 8),
              ("20", "20", "CARD", "nummod", 3), ("Prozent", "Prozent", "NN", "obj", 8),
              ("der", "der", "ART", "det", 5),
              ("Stahlsparte", "Stahlsparte", "NN", "nmod", 3, "Case=Gen|Number=Sing"),
              ("an", "an", "APPR", "case", 7), ("Weltbund", "Weltbund", "NE", "nmod", 5),
              ("verkauft", "verkaufen", "VVPP", "root", 8), (".", ".", "$.", "punct", 8)]
    article = chain((first, [(0, 1, ORG)]), (second, [(0, 0, ORG), (7, 7, ORG)]))
    [sale] = events(article, ACQUISITION)
    assert roles(sale, ACQUIRED) == {"Nordwerk Steel"}
    assert roles(sale, BUYER) == {"Weltbund"}

"""Roles of personnel and business events (events follow-up 18): the organisation of a
compound office word, and the parties of sales and takeovers. Every sentence here is
written for the test (hand-built parses)."""

from __future__ import annotations

from test_events_syntax import chain, events, roles

from graphkit.events.context import SentenceContext
from graphkit.events.post_organisations import office_kind
from graphkit.events.roles import person_genders
from graphkit.model import (
    ACQUIRED,
    ACQUISITION,
    AGENT,
    APPOINTMENT,
    BUYER,
    ELECTION,
    MEETING,
    OFFICE,
    ORG,
    ORGANISATION,
    PARENT,
    PER,
    PERSON,
    PREDECESSOR,
    RESIGNATION,
    SELLER,
    SPIN_OFF,
    SUCCESSOR,
    WINNER,
)

PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past"
# "Die Nordpartei verlor deutlich."
PARTY_LOST = ([("Die", "der", "ART", "det", 1), ("Nordpartei", "Nordpartei", "NE", "nsubj", 2),
               ("verlor", "verlieren", "VVFIN", "root", 2, PAST),
               ("deutlich", "deutlich", "ADJD", "advmod", 2), (".", ".", "$.", "punct", 2)],
              [(1, 1, ORG)])


def test_the_first_part_of_an_office_compound_names_the_kind_of_organisation():
    assert office_kind("Parteichef") == "partei"
    assert office_kind("Konzernchefin") == "konzern"
    assert office_kind("Vorstandsvorsitzende") == "unternehmen"
    assert office_kind("Chef") == "" and office_kind("Finanzminister") == ""


def test_a_party_office_word_without_its_party_refers_to_the_party_named_before():
    # "Die Nordpartei verlor deutlich. Parteichef Jan Berg trat zurück."
    words = [("Parteichef", "Parteichef", "NN", "nsubj", 3), ("Jan", "Jan", "NE", "appos", 0),
             ("Berg", "Berg", "NE", "flat", 1), ("trat", "treten", "VVFIN", "root", 3, PAST),
             ("zurück", "zurück", "PTKVZ", "compound:prt", 3), (".", ".", "$.", "punct", 3)]
    [resignation] = events(chain(PARTY_LOST, (words, [(1, 2, PER)])), RESIGNATION)
    assert roles(resignation, PERSON) == {"Jan Berg"}
    assert roles(resignation, OFFICE) == {"Parteichef"}
    assert roles(resignation, ORGANISATION) == {"Nordpartei"}


def test_a_bare_office_word_takes_no_organisation_from_the_sentences_before():
    # "Die Nordpartei verlor deutlich. Minister Jan Berg trat zurück."
    words = [("Minister", "Minister", "NN", "nsubj", 3), ("Jan", "Jan", "NE", "appos", 0),
             ("Berg", "Berg", "NE", "flat", 1), ("trat", "treten", "VVFIN", "root", 3, PAST),
             ("zurück", "zurück", "PTKVZ", "compound:prt", 3), (".", ".", "$.", "punct", 3)]
    [resignation] = events(chain(PARTY_LOST, (words, [(1, 2, PER)])), RESIGNATION)
    assert roles(resignation, ORGANISATION) == set()


def test_an_adverb_tagged_a_nominative_object_is_not_the_subject():
    # "Zuletzt hatte Nordwerk vorgeschlagen, Südwerk als Tochter zu übernehmen.",
    # 'Zuletzt' parsed as a nominative object beside the real subject
    words = [("Zuletzt", "zuletzt", "NE", "obj", 3, "Case=Nom|Number=Sing"),
             ("hatte", "haben", "VAFIN", "aux", 3, PAST),
             ("Nordwerk", "Nordwerk", "NE", "obj", 3, "Case=Nom|Number=Sing"),
             ("vorgeschlagen", "vorschlagen", "VVPP", "root", 3), (",", ",", "$,", "punct", 5),
             ("Südwerk", "Südwerk", "NE", "obj", 9, "Case=Acc|Number=Sing"),
             ("als", "als", "KOKOM", "case", 7), ("Tochter", "Tochter", "NN", "obl", 9),
             ("zu", "zu", "PTKZU", "mark", 9),
             ("übernehmen", "übernehmen", "VVINF", "conj", 3), (".", ".", "$.", "punct", 3)]
    [takeover] = events(chain((words, [(2, 2, ORG), (5, 5, ORG)])), ACQUISITION)
    assert roles(takeover, BUYER) == {"Nordwerk"}
    assert roles(takeover, ACQUIRED) == {"Südwerk"}


def test_the_company_after_an_with_a_share_as_object_is_acquired():
    # "Nordbank hat sich einen Anteil an Südbank gesichert."
    words = [("Nordbank", "Nordbank", "NE", "nsubj", 7), ("hat", "haben", "VAFIN", "aux", 7),
             ("sich", "sich", "PRF", "obj", 7), ("einen", "ein", "ART", "det", 4),
             ("Anteil", "Anteil", "NN", "obj", 7), ("an", "an", "APPR", "case", 6),
             ("Südbank", "Südbank", "NE", "obl", 7), ("gesichert", "sichern", "VVPP", "root", 7),
             (".", ".", "$.", "punct", 7)]
    [stake] = events(chain((words, [(0, 0, ORG), (6, 6, ORG)])), ACQUISITION)
    assert roles(stake, BUYER) == {"Nordbank"}
    assert roles(stake, ACQUIRED) == {"Südbank"}


def test_a_buyer_after_an_hung_under_the_objects_genitive_is_the_buyer():
    # "Nordwerk hat 20 Prozent der Sparte an die Holding Südgruppe des Investors Jan Berg
    # verkauft.", the 'an' phrase under 'der Sparte' and the investor's name a second object
    words = [("Nordwerk", "Nordwerk", "NE", "nsubj", 15), ("hat", "haben", "VAFIN", "aux", 15),
             ("20", "20", "CARD", "nummod", 3), ("Prozent", "Prozent", "NN", "obj", 15),
             ("der", "der", "ART", "det", 5), ("Sparte", "Sparte", "NN", "nmod", 3),
             ("an", "an", "APPR", "case", 8), ("die", "der", "ART", "det", 8),
             ("Holding", "Holding", "NN", "nmod", 5), ("Südgruppe", "Südgruppe", "NE", "appos", 8),
             ("des", "der", "ART", "det", 11), ("Investors", "Investor", "NN", "nmod", 8),
             ("Jan", "Jan", "NE", "compound", 13), ("Berg", "Berg", "NN", "obj", 15),
             ("endlich", "endlich", "ADV", "advmod", 15),
             ("verkauft", "verkaufen", "VVPP", "root", 15), (".", ".", "$.", "punct", 15)]
    names = [(0, 0, ORG), (9, 9, ORG), (12, 13, PER)]
    [sale] = events(chain((words, names)), ACQUISITION)
    assert roles(sale, SELLER) == {"Nordwerk"}
    assert roles(sale, BUYER) == {"Südgruppe"}
    assert roles(sale, ACQUIRED) == set()


def test_a_second_subject_after_abloesen_is_the_predecessor():
    # "Berg löst Jan Kern ab.", parsed with two subjects
    words = [("Berg", "Berg", "NE", "nsubj", 1), ("löst", "lösen", "VVFIN", "root", 1),
             ("Jan", "Jan", "NE", "nsubj", 1), ("Kern", "Kern", "NE", "flat", 2),
             ("ab", "ab", "PTKVZ", "compound:prt", 1), (".", ".", "$.", "punct", 1)]
    [appointment] = events(chain((words, [(0, 0, PER), (2, 3, PER)])), APPOINTMENT)
    assert roles(appointment, PERSON) == {"Berg"}
    assert roles(appointment, PREDECESSOR) == {"Jan Kern"}


def test_an_election_spoken_about_is_stated_without_the_speaker_as_winner():
    # "Jan Berg sprach. Die Wahl entscheidet, sagte er mit Blick auf die Präsidentenwahl."
    first = [("Jan", "Jan", "NE", "nsubj", 2), ("Berg", "Berg", "NE", "flat", 0),
             ("sprach", "sprechen", "VVFIN", "root", 2, PAST), (".", ".", "$.", "punct", 2)]
    words = [("Das", "der", "ART", "det", 1), ("Volk", "Volk", "NN", "nsubj", 2),
             ("entscheidet", "entscheiden", "VVFIN", "ccomp", 4), (",", ",", "$,", "punct", 4),
             ("sagte", "sagen", "VVFIN", "root", 4, PAST),
             ("er", "er", "PPER", "nsubj", 4, "Case=Nom|Gender=Masc|Number=Sing|Person=3"),
             ("mit", "mit", "APPR", "case", 7), ("Blick", "Blick", "NN", "obl", 4),
             ("auf", "auf", "APPR", "case", 10), ("die", "der", "ART", "det", 10),
             ("Präsidentenwahl", "Präsidentenwahl", "NN", "nmod", 7), (".", ".", "$.", "punct", 4)]
    [election] = events(chain((first, [(0, 1, PER)]), (words, [])), ELECTION)
    assert roles(election) == set()


def test_a_company_named_by_a_compound_with_an_organisation_word_is_the_parent():
    # "Der Siemens-Konzern hatte seine Sparte abgespalten.", the subject hung on 'hatte'
    words = [("Der", "der", "ART", "det", 1), ("Siemens-Konzern", "Siemens-Konzern", "NN",
                                                "nsubj", 2),
             ("hatte", "haben", "VAFIN", "aux", 5, PAST),
             ("seine", "sein", "PPOSAT", "det:poss", 4), ("Sparte", "Sparte", "NN", "obj", 5),
             ("abgespalten", "abspalten", "VVPP", "root", 5), (".", ".", "$.", "punct", 5)]
    [spin_off] = events(chain((words, [])), SPIN_OFF)
    assert roles(spin_off, PARENT) == {"Siemens"}


def test_a_compound_of_an_unknown_word_names_no_company():
    # "Der Nordwerk-Konzern hatte seine Sparte abgespalten." (Nordwerk named nowhere)
    words = [("Der", "der", "ART", "det", 1), ("Nordwerk-Konzern", "Nordwerk-Konzern", "NN",
                                                "nsubj", 2),
             ("hatte", "haben", "VAFIN", "aux", 5, PAST),
             ("seine", "sein", "PPOSAT", "det:poss", 4), ("Sparte", "Sparte", "NN", "obj", 5),
             ("abgespalten", "abspalten", "VVPP", "root", 5), (".", ".", "$.", "punct", 5)]
    assert all(roles(m, PARENT) == set() for m in events(chain((words, [])), SPIN_OFF))


def test_who_takes_the_oath_of_office_is_the_person_appointed():
    # "Jan Berg legte am Abend den Amtseid ab."
    words = [("Jan", "Jan", "NE", "nsubj", 2), ("Berg", "Berg", "NE", "flat", 0),
             ("legte", "legen", "VVFIN", "root", 2, PAST), ("am", "an", "APPRART", "case", 4),
             ("Abend", "Abend", "NN", "obl", 2), ("den", "der", "ART", "det", 6),
             ("Amtseid", "Amtseid", "NN", "obj", 2), ("ab", "ab", "PTKVZ", "compound:prt", 2),
             (".", ".", "$.", "punct", 2)]
    [appointment] = events(chain((words, [(0, 1, PER)])), APPOINTMENT)
    assert roles(appointment, PERSON) == {"Jan Berg"}
    assert roles(appointment, AGENT) == set()


# "Die Südpartei von Jan Berg siegte. Die Nordpartei von Premierminister Karl Kern verlor."
HOLDER = [("Die", "der", "ART", "det", 1), ("Nordpartei", "Nordpartei", "NE", "nsubj", 6),
          ("von", "von", "APPR", "case", 4),
          ("Premierminister", "Premierminister", "NN", "nmod", 1),
          ("Karl", "Karl", "NE", "appos", 3), ("Kern", "Kern", "NE", "flat", 4),
          ("verlor", "verlieren", "VVFIN", "root", 6, PAST), (".", ".", "$.", "punct", 6)]
WINNER_NAMED = [("Die", "der", "ART", "det", 1), ("Südpartei", "Südpartei", "NE", "nsubj", 5),
                ("von", "von", "APPR", "case", 3), ("Jan", "Jan", "NE", "nmod", 1),
                ("Berg", "Berg", "NE", "flat", 3), ("siegte", "siegen", "VVFIN", "root", 5, PAST),
                (".", ".", "$.", "punct", 5)]


def test_who_is_appointed_to_an_office_is_not_its_titled_holder():
    # "… Am Freitag ernannte die Königin den 61-Jährigen zum neuen Premierminister.", with
    # the 'zum' phrase parsed under the subject
    words = [("Am", "an", "APPRART", "case", 1), ("Freitag", "Freitag", "NN", "obl", 2),
             ("ernannte", "ernennen", "VVFIN", "root", 2, PAST), ("die", "der", "ART", "det", 4),
             ("Königin", "Königin", "NN", "nsubj", 2), ("den", "der", "ART", "det", 6),
             ("61-Jährigen", "61-jährig", "NN", "obj", 2), ("zum", "zu", "APPRART", "case", 9),
             ("neuen", "neu", "ADJA", "amod", 9),
             ("Premierminister", "Premierminister", "NN", "nmod", 4), (".", ".", "$.", "punct", 2)]
    article = chain((WINNER_NAMED, [(1, 1, ORG), (3, 4, PER)]),
                    (HOLDER, [(1, 1, ORG), (4, 5, PER)]), (words, []))
    [appointment] = events(article, APPOINTMENT)
    assert roles(appointment, PERSON) == {"Jan Berg"}
    assert roles(appointment, OFFICE) == {"Premierminister"}


def test_a_name_right_before_a_name_is_no_title_of_its_gender():
    # "Zur Ministerin ernannte Kerner Anna Weber.": the name 'Kerner' before hers (tagged a
    # noun, ending like a masculine title) says nothing of Weber's gender; her first name does
    words = [("Zur", "zu", "APPRART", "case", 1), ("Ministerin", "Ministerin", "NN", "obl", 2),
             ("ernannte", "ernennen", "VVFIN", "root", 2, PAST),
             ("Kerner", "Kerner", "NN", "nsubj", 2, "Case=Nom|Gender=Masc|Number=Sing"),
             ("Anna", "Anna", "NE", "obj", 2, "Case=Acc|Gender=Fem|Number=Sing"),
             ("Weber", "Weber", "NE", "flat", 4), (".", ".", "$.", "punct", 2)]
    article = chain((words, [(3, 3, PER), (4, 5, PER)]))
    genders = person_genders(article.sentences, SentenceContext(article, article.sentences[0]))
    assert genders["Weber"] == "Fem"


def test_a_first_names_gender_outweighs_a_guess_on_a_bare_surname():
    # "Kern sprach. Jan Kern lachte.": the tagger's feminine guess on the bare surname
    first = [("Kern", "Kern", "NE", "nsubj", 1, "Case=Nom|Gender=Fem|Number=Sing"),
             ("sprach", "sprechen", "VVFIN", "root", 1, PAST), (".", ".", "$.", "punct", 1)]
    second = [("Jan", "Jan", "NE", "nsubj", 2, "Case=Nom|Gender=Masc|Number=Sing"),
              ("Kern", "Kern", "NE", "flat", 0), ("lachte", "lachen", "VVFIN", "root", 2, PAST),
              (".", ".", "$.", "punct", 2)]
    article = chain((first, [(0, 0, PER)]), (second, [(0, 1, PER)]))
    genders = person_genders(article.sentences, SentenceContext(article, article.sentences[0]))
    assert genders["Kern"] == "Masc"


def test_the_party_of_a_named_leader_is_the_party_named_before():
    # "Die Nordpartei kehrt zurück. Bei der Wahl gewann die Partei von Jan Berg 40 Sitze."
    first = [("Die", "der", "ART", "det", 1), ("Nordpartei", "Nordpartei", "NE", "nsubj", 2),
             ("kehrt", "kehren", "VVFIN", "root", 2), ("zurück", "zurück", "PTKVZ",
                                                      "compound:prt", 2),
             (".", ".", "$.", "punct", 2)]
    words = [("Bei", "bei", "APPR", "case", 2), ("der", "der", "ART", "det", 2),
             ("Wahl", "Wahl", "NN", "obl", 3), ("gewann", "gewinnen", "VVFIN", "root", 3, PAST),
             ("die", "der", "ART", "det", 5), ("Partei", "Partei", "NN", "nsubj", 3),
             ("von", "von", "APPR", "case", 7), ("Jan", "Jan", "NE", "nmod", 5),
             ("Berg", "Berg", "NE", "flat", 7), ("40", "40", "CARD", "nummod", 10),
             ("Sitze", "Sitz", "NN", "obj", 3), (".", ".", "$.", "punct", 3)]
    article = chain((first, [(1, 1, ORG)]), (words, [(7, 8, PER)]))
    elections = events(article, ELECTION)
    assert any(roles(e, WINNER) == {"Nordpartei"} for e in elections)
    assert all("Jan Berg" not in roles(e, WINNER) for e in elections)


def test_a_member_named_after_darunter_acts_as_the_group():
    # "Mehrere Vorstände der Firma, darunter der frühere Chef Jan Berg, traten zurück.",
    # the name parsed as an apposition of 'Firma'
    words = [("Mehrere", "mehrere", "PIAT", "det", 1), ("Vorstände", "Vorstand", "NN", "nsubj", 12),
             ("der", "der", "ART", "det", 3), ("Firma", "Firma", "NN", "nmod", 1),
             (",", ",", "$,", "punct", 9), ("darunter", "darunter", "PAV", "advmod", 9),
             ("der", "der", "ART", "det", 9), ("frühere", "früh", "ADJA", "amod", 8),
             ("Chef", "Chef", "NN", "compound", 9), ("Jan", "Jan", "NE", "appos", 3),
             ("Berg", "Berg", "NE", "flat", 9), (",", ",", "$,", "punct", 9),
             ("traten", "treten", "VVFIN", "root", 12, PAST),
             ("zurück", "zurück", "PTKVZ", "compound:prt", 12), (".", ".", "$.", "punct", 12)]
    [resignation] = events(chain((words, [(9, 10, PER)])), RESIGNATION)
    assert roles(resignation, PERSON) == {"Jan Berg"}


def test_an_aged_description_succeeds_one_whose_relative_clause_is_parsed_a_conjunct():
    # "Karl Kern gewann. Der 50-jährige Liberale folgt auf Jan Berg, der zurückgetreten
    # war.", the relative clause parsed as a conjunct of 'folgt'
    first = [("Karl", "Karl", "NE", "nsubj", 2), ("Kern", "Kern", "NE", "flat", 0),
             ("gewann", "gewinnen", "VVFIN", "root", 2, PAST), (".", ".", "$.", "punct", 2)]
    words = [("Der", "der", "ART", "det", 2, "Case=Nom|Gender=Masc|Number=Sing"),
             ("50-jährige", "50-jährig", "ADJA", "amod", 2), ("Liberale", "Liberale", "NN",
                                                               "nsubj", 3),
             ("folgt", "folgen", "VVFIN", "root", 3), ("auf", "auf", "APPR", "case", 5),
             ("Jan", "Jan", "NE", "obl", 3), ("Berg", "Berg", "NE", "flat", 5),
             (",", ",", "$,", "punct", 9), ("der", "der", "PRELS", "nsubj", 9),
             ("zurückgetreten", "zurücktreten", "VVPP", "conj", 3),
             ("war", "sein", "VAFIN", "aux", 9), (".", ".", "$.", "punct", 3)]
    article = chain((first, [(0, 1, PER)]), (words, [(5, 6, PER)]))
    [resignation] = events(article, RESIGNATION)
    assert roles(resignation, PERSON) == {"Jan Berg"}
    assert roles(resignation, SUCCESSOR) == {"Karl Kern"}


def test_a_name_closing_a_den_phrase_after_the_verb_is_its_object():
    # "Kern ernannte am Montag den früheren Botschafter Jan Berg zum Minister.", the name
    # hung under an adjective by the parser
    words = [("Kern", "Kern", "NE", "nsubj", 1), ("ernannte", "ernennen", "VVFIN", "root", 1,
                                                   PAST),
             ("am", "an", "APPRART", "case", 3), ("Montag", "Montag", "NN", "obl", 1),
             ("den", "der", "ART", "det", 6), ("früheren", "früh", "ADJA", "advmod", 1),
             ("Botschafter", "Botschafter", "NN", "nsubj", 5), ("Jan", "Jan", "NE", "flat", 6),
             ("Berg", "Berg", "NE", "flat", 7), ("zum", "zu", "APPRART", "case", 10),
             ("Minister", "Minister", "NN", "nmod", 6), (".", ".", "$.", "punct", 1)]
    [appointment] = events(chain((words, [(0, 0, PER), (7, 8, PER)])), APPOINTMENT)
    assert roles(appointment, AGENT) == {"Kern"}
    assert roles(appointment, PERSON) == {"Jan Berg"}


def test_a_name_after_a_prepositions_den_is_no_object():
    # "Kern traf sich mit den Kollegen Jan Berg und Karl Stein." stays a meeting of three
    words = [("Kern", "Kern", "NE", "nsubj", 1), ("traf", "treffen", "VVFIN", "root", 1, PAST),
             ("sich", "sich", "PRF", "obj", 1), ("mit", "mit", "APPR", "case", 5),
             ("den", "der", "ART", "det", 5), ("Kollegen", "Kollege", "NN", "obl", 1),
             ("Jan", "Jan", "NE", "appos", 5), ("Berg", "Berg", "NE", "flat", 6),
             ("und", "und", "KON", "cc", 9), ("Karl", "Karl", "NE", "conj", 6),
             ("Stein", "Stein", "NE", "flat", 9), (".", ".", "$.", "punct", 1)]
    [meeting] = events(chain((words, [(0, 0, PER), (6, 7, PER), (9, 10, PER)])), MEETING)
    assert roles(meeting) == {"Kern", "Jan Berg", "Karl Stein"}

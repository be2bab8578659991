"""Fixes found on the widened dev set (ev49–ev58): a dateline that holds the parse's root,
a particle behind an enumeration, penalties of authorities, new triggers and light-verb
pairs. Sentences written for these tests."""

from __future__ import annotations

from test_events_syntax import chain, events, roles, sentence_of

from graphkit.events.repair import reattach_from_dateline
from graphkit.model import (
    ACCUSATION,
    AGENT,
    ARREST,
    AWARD,
    CANCELLATION,
    CHARGE,
    DEATH,
    DISMISSAL,
    ELECTION,
    LOC,
    MATCH,
    MEETING,
    MISC,
    ORG,
    PARTICIPANT,
    PER,
    PERSON,
    PROTEST,
    SANCTION,
    SENTENCE,
    SPEAKER,
    STATEMENT,
    VISIT,
    WINNER,
)


def test_a_clause_hung_under_a_long_dateline_that_holds_the_root_is_read():
    # "Hausen am Berg (dpa/lsw) – Die Grünen-Politikerin Eva Maier hat die Stichwahl
    # gewonnen.", the dateline parsed as the sentence's root
    words = [("Hausen", "Hausen", "NN", "nsubj", 6), ("am", "an", "APPRART", "case", 2),
             ("Berg", "Berg", "NN", "nmod", 0), ("(", "(", "$(", "punct", 4),
             ("dpa", "dpa", "NE", "appos", 2), ("/", "/", "$(", "punct", 4),
             ("lsw", "lsw", "PPER", "root", 6), (")", ")", "$(", "punct", 6),
             ("–", "–", "$,", "punct", 10), ("Die", "der", "ART", "det", 10),
             ("Grünen-Politikerin", "Grünen-politikerin", "ADJA", "parataxis", 6),
             ("Eva", "Eva", "NE", "appos", 10), ("Maier", "Maier", "NE", "flat", 11),
             ("hat", "haben", "VAFIN", "aux", 16), ("die", "der", "ART", "det", 15),
             ("Stichwahl", "Stichwahl", "NN", "obj", 16),
             ("gewonnen", "gewinnen", "VVPP", "conj", 6), (".", ".", "$.", "punct", 16)]
    [election] = events(chain((words, [(0, 2, LOC), (11, 12, PER)])), ELECTION)
    assert roles(election, WINNER) == {"Eva Maier"}
    fixed = reattach_from_dateline(sentence_of(words, []).tokens)
    assert (fixed[16].dep, fixed[16].head) == ("root", 16)
    assert (fixed[10].dep, fixed[10].head) == ("nsubj", 16)
    assert fixed[6].dep != "root"


def test_a_particle_behind_an_enumeration_makes_the_verb_separable():
    # "sagte … ab" is absagen, though the commas of the list split the clause
    words = [("Der", "der", "ART", "det", 1), ("Veranstalter", "Veranstalter", "NN", "nsubj", 2),
             ("sagte", "sagen", "VVFIN", "root", 2), ("die", "der", "ART", "det", 4),
             ("Konzerte", "Konzert", "NN", "obj", 2), ("in", "in", "APPR", "case", 6),
             ("Kiel", "Kiel", "NE", "nmod", 4), (",", ",", "$,", "punct", 8),
             ("Lübeck", "Lübeck", "NE", "conj", 6), ("und", "und", "KON", "cc", 10),
             ("Flensburg", "Flensburg", "NE", "conj", 6),
             ("ab", "ab", "PTKVZ", "compound:prt", 2), (",", ",", "$,", "punct", 15),
             ("weil", "weil", "KOUS", "mark", 15), ("es", "es", "PPER", "nsubj", 15),
             ("regnete", "regnen", "VVFIN", "advcl", 2), (".", ".", "$.", "punct", 2)]
    article = chain((words, [(6, 6, LOC), (8, 8, LOC), (10, 10, LOC)]))
    assert len(events(article, CANCELLATION)) == 1
    assert not events(article, STATEMENT)


def penalty(first: list, label: str):
    # "<first> verhängte gegen die Brauerei Krug ein Bußgeld/eine Geldstrafe."
    n = len(first)
    words = [*first, ("verhängte", "verhängen", "VVFIN", "root", n),
             ("gegen", "gegen", "APPR", "case", n + 3), ("die", "der", "ART", "det", n + 3),
             ("Brauerei", "Brauerei", "NN", "obl", n), ("Krug", "Krug", "NE", "flat", n + 3)]
    return words, [(n - 1, n - 1, label), (n + 3, n + 4, ORG)]


def test_a_fine_an_authority_imposes_is_a_sanction_a_courts_penalty_a_sentence():
    words, names = penalty([("Das", "der", "ART", "det", 1),
                            ("Bundeskartellamt", "Bundeskartellamt", "NN", "nsubj", 2)], ORG)
    words += [("ein", "ein", "ART", "det", 8), ("Bußgeld", "Bußgeld", "NN", "obj", 2),
              (".", ".", "$.", "punct", 2)]
    article = chain((words, names))
    [sanction] = events(article, SANCTION)
    assert roles(sanction, AGENT) == {"Bundeskartellamt"}
    assert not events(article, SENTENCE)
    words, names = penalty([("Das", "der", "ART", "det", 1),
                            ("Landgericht", "Landgericht", "NN", "nsubj", 2)], ORG)
    words += [("eine", "ein", "ART", "det", 8), ("Geldstrafe", "Geldstrafe", "NN", "obj", 2),
              (".", ".", "$.", "punct", 2)]
    article = chain((words, names))
    assert len(events(article, SENTENCE)) == 1 and not events(article, SANCTION)


def test_chosen_as_the_most_valuable_player_is_an_award():
    words = [("Die", "der", "ART", "det", 1), ("Torhüterin", "Torhüterin", "NN", "nsubj:pass", 10),
             ("Anna", "Anna", "NE", "appos", 1), ("Berg", "Berg", "NE", "flat", 2),
             ("wurde", "werden", "VAFIN", "aux:pass", 10), ("zur", "zu", "APPRART", "case", 7),
             ("wertvollsten", "wertvoll", "ADJA", "amod", 7),
             ("Spielerin", "Spielerin", "NN", "obl", 10), ("des", "der", "ART", "det", 9),
             ("Turniers", "Turnier", "NN", "nmod", 7), ("gewählt", "wählen", "VVPP", "root", 10),
             (".", ".", "$.", "punct", 10)]
    article = chain((words, [(2, 3, PER)]))
    [award] = events(article, AWARD)
    assert roles(award, WINNER) == {"Anna Berg"}
    assert not events(article, ELECTION)


def test_voted_out_of_office_is_a_dismissal():
    words = [("Die", "der", "ART", "det", 1), ("Mitglieder", "Mitglied", "NN", "nsubj", 9),
             ("hatten", "haben", "VAFIN", "aux", 9), ("den", "der", "ART", "det", 4),
             ("Vorsitzenden", "Vorsitzende", "NN", "obj", 9), ("Paul", "Paul", "NE", "appos", 4),
             ("Lange", "Lange", "NE", "flat", 5), ("im", "in", "APPRART", "case", 8),
             ("Mai", "Mai", "NN", "obl", 9), ("abgewählt", "abwählen", "VVPP", "root", 9),
             (".", ".", "$.", "punct", 9)]
    [dismissal] = events(chain((words, [(5, 6, PER)])), DISMISSAL)
    assert roles(dismissal, PERSON) == {"Paul Lange"}


def test_sending_congratulations_and_making_a_confession_are_statements():
    words = [("Eva", "Eva", "NE", "nsubj", 2), ("Roth", "Roth", "NE", "flat", 0),
             ("schickte", "schicken", "VVFIN", "root", 2), ("der", "der", "ART", "det", 4),
             ("Mannschaft", "Mannschaft", "NN", "iobj", 2),
             ("Glückwünsche", "Glückwunsch", "NN", "obj", 2), (".", ".", "$.", "punct", 2)]
    [congratulation] = events(chain((words, [(0, 1, PER)])), STATEMENT)
    assert roles(congratulation, SPEAKER) == {"Eva Roth"}
    words = [("Der", "der", "ART", "det", 1), ("Angeklagte", "Angeklagte", "NN", "nsubj", 4),
             ("Tom", "Tom", "NE", "appos", 1), ("Kern", "Kern", "NE", "flat", 2),
             ("legte", "legen", "VVFIN", "root", 4), ("am", "an", "APPRART", "case", 6),
             ("Montag", "Montag", "NN", "obl", 4), ("ein", "ein", "ART", "det", 8),
             ("Geständnis", "Geständnis", "NN", "obj", 4),
             ("ab", "ab", "PTKVZ", "compound:prt", 4), (".", ".", "$.", "punct", 4)]
    [confession] = events(chain((words, [(2, 3, PER)])), STATEMENT)
    assert roles(confession, SPEAKER) == {"Tom Kern"}


def trial_began(noun: str):
    # "Der <noun> gegen den Arzt hatte im März begonnen."
    return [("Der", "der", "ART", "det", 1), (noun, noun, "NN", "nsubj", 8),
            ("gegen", "gegen", "APPR", "case", 4), ("den", "der", "ART", "det", 4),
            ("Arzt", "Arzt", "NN", "nmod", 1), ("hatte", "haben", "VAFIN", "aux", 8),
            ("im", "in", "APPRART", "case", 7), ("März", "März", "NN", "obl", 8),
            ("begonnen", "beginnen", "VVPP", "root", 8), (".", ".", "$.", "punct", 8)]


def test_a_trial_that_begins_is_a_charge_a_peace_process_is_none():
    assert len(events(chain((trial_began("Mordprozess"), [])), CHARGE)) == 1
    assert not events(chain((trial_began("Friedensprozess"), [])), CHARGE)


def test_winning_a_contest_is_an_award():
    words = [("Die", "der", "ART", "det", 1), ("Sängerin", "Sängerin", "NN", "nsubj", 7),
             ("Lena", "Lena", "NE", "appos", 1), ("hat", "haben", "VAFIN", "aux", 7),
             ("den", "der", "ART", "det", 5), ("Song", "Song", "NN", "obj", 7),
             ("Contest", "Contest", "NN", "flat", 5), ("gewonnen", "gewinnen", "VVPP", "root", 7),
             (".", ".", "$.", "punct", 7)]
    [award] = events(chain((words, [(2, 2, PER), (5, 6, MISC)])), AWARD)
    assert "Lena" in roles(award, WINNER)


def test_filing_a_complaint_is_an_accusation():
    words = [("Die", "der", "ART", "det", 1), ("Sängerin", "Sängerin", "NN", "nsubj", 4),
             ("Mia", "Mia", "NE", "appos", 1), ("Hof", "Hof", "NE", "flat", 2),
             ("erstattete", "erstatten", "VVFIN", "root", 4),
             ("Anzeige", "Anzeige", "NN", "obj", 4),
             ("gegen", "gegen", "APPR", "case", 8), ("den", "der", "ART", "det", 8),
             ("Manager", "Manager", "NN", "nmod", 5), ("Tim", "Tim", "NE", "appos", 8),
             ("Graf", "Graf", "NE", "flat", 9), (".", ".", "$.", "punct", 4)]
    [accusation] = events(chain((words, [(2, 3, PER), (9, 10, PER)])), ACCUSATION)
    assert roles(accusation, AGENT) == {"Mia Hof"}


def test_a_conference_is_a_meeting_unless_it_names_the_body_of_a_post():
    chair = [("Der", "der", "ART", "det", 1), ("Vorsitzende", "Vorsitzende", "NN", "nsubj", 4),
             ("der", "der", "ART", "det", 3),
             ("Innenministerkonferenz", "Innenministerkonferenz", "NN", "nmod", 1),
             ("sprach", "sprechen", "VVFIN", "root", 4), ("von", "von", "APPR", "case", 6),
             ("Fortschritten", "Fortschritt", "NN", "obl", 4), (".", ".", "$.", "punct", 4)]
    assert not events(chain((chair, [])), MEETING)
    after = [("Nach", "nach", "APPR", "case", 2), ("der", "der", "ART", "det", 2),
             ("Innenministerkonferenz", "Innenministerkonferenz", "NN", "obl", 3),
             ("sprach", "sprechen", "VVFIN", "root", 3), ("Ina", "Ina", "NE", "nsubj", 3),
             ("Wolf", "Wolf", "NE", "flat", 4), ("von", "von", "APPR", "case", 7),
             ("Fortschritten", "Fortschritt", "NN", "obl", 3), (".", ".", "$.", "punct", 3)]
    assert len(events(chain((after, [(4, 5, PER)])), MEETING)) == 1


def appeal(tail: list):
    # "Bürgermeister Max Ott rief die Bürger auf, <tail>"
    return [("Bürgermeister", "Bürgermeister", "NN", "nsubj", 3), ("Max", "Max", "NE", "appos", 0),
            ("Ott", "Ott", "NE", "flat", 1), ("rief", "rufen", "VVFIN", "root", 3),
            ("die", "der", "ART", "det", 5), ("Bürger", "Bürger", "NN", "obj", 3),
            ("auf", "auf", "PTKVZ", "compound:prt", 3), (",", ",", "$,", "punct", 3), *tail,
            (".", ".", "$.", "punct", 3)]


def test_calling_on_people_to_do_something_is_a_statement_a_purpose_clause_is_not():
    words = appeal([("Wasser", "Wasser", "NN", "obj", 10), ("zu", "zu", "PTKZU", "mark", 10),
                    ("sparen", "sparen", "VVINF", "xcomp", 3)])
    [statement] = events(chain((words, [(1, 2, PER)])), STATEMENT)
    assert roles(statement, SPEAKER) == {"Max Ott"}
    words = appeal([("um", "um", "KOUI", "mark", 10), ("zu", "zu", "PTKZU", "mark", 10),
                    ("helfen", "helfen", "VVINF", "advcl", 3)])
    assert not events(chain((words, [(1, 2, PER)])), STATEMENT)


def test_a_participle_the_lemmatiser_gave_as_lemma_is_looked_up():
    # "besiegten" lemmatised as "besiegt": no infinitive (those end in -n)
    words = [("Der", "der", "ART", "det", 1), ("TSV", "TSV", "NN", "nsubj", 3),
             ("Hausen", "Hausen", "NE", "flat", 1), ("besiegte", "besiegt", "VVFIN", "root", 3),
             ("den", "der", "ART", "det", 5), ("SC", "SC", "NN", "obj", 3),
             ("Dorf", "Dorf", "NE", "flat", 5), (".", ".", "$.", "punct", 3)]
    [match] = events(chain((words, [(1, 2, ORG), (5, 6, ORG)])), MATCH)
    assert roles(match, WINNER) == {"TSV Hausen"}


def test_es_kommt_darauf_an_is_no_arrival():
    words = [("Ina", "Ina", "NE", "nsubj", 2), ("Wolf", "Wolf", "NE", "flat", 0),
             ("sagte", "sagen", "VVFIN", "root", 2), (",", ",", "$,", "punct", 5),
             ("jetzt", "jetzt", "ADV", "advmod", 5), ("komme", "kommen", "VVFIN", "ccomp", 2),
             ("es", "es", "PPER", "nsubj", 5), ("darauf", "darauf", "PAV", "obl", 5),
             ("an", "an", "PTKVZ", "compound:prt", 5), (".", ".", "$.", "punct", 2)]
    assert not events(chain((words, [(0, 1, PER)])), VISIT)
    words = [("Ina", "Ina", "NE", "nsubj", 2), ("Wolf", "Wolf", "NE", "flat", 0),
             ("kam", "kommen", "VVFIN", "root", 2), ("in", "in", "APPR", "case", 4),
             ("Paris", "Paris", "NE", "obl", 2), ("an", "an", "PTKVZ", "compound:prt", 2),
             (".", ".", "$.", "punct", 2)]
    assert len(events(chain((words, [(0, 1, PER), (4, 4, LOC)])), VISIT)) == 1


def killed(noun: str, lemma: str):
    # "Auf dem Hof wurden 200 <noun> getötet."
    return [("Auf", "auf", "APPR", "case", 2), ("dem", "der", "ART", "det", 2),
            ("Hof", "Hof", "NN", "obl", 6), ("wurden", "werden", "VAFIN", "aux:pass", 6),
            ("200", "200", "CARD", "nummod", 5), (noun, lemma, "NN", "nsubj:pass", 6),
            ("getötet", "töten", "VVPP", "root", 6), (".", ".", "$.", "punct", 6)]


def test_animals_killed_are_no_death_people_killed_are():
    assert not events(chain((killed("Schweine", "Schwein"), [])), DEATH)
    assert len(events(chain((killed("Menschen", "Mensch"), [])), DEATH)) == 1


def test_a_penalty_an_agency_imposes_is_a_sanction_with_an_agent():
    words = [("Die", "der", "ART", "det", 1), ("Netzagentur", "Netzagentur", "NN", "nsubj", 2),
             ("verhängte", "verhängen", "VVFIN", "root", 2), ("gegen", "gegen", "APPR", "case", 4),
             ("Telefix", "Telefix", "NE", "obl", 2), ("eine", "ein", "ART", "det", 6),
             ("Strafe", "Strafe", "NN", "obj", 2), (".", ".", "$.", "punct", 2)]
    article = chain((words, [(1, 1, ORG), (4, 4, ORG)]))
    [sanction] = events(article, SANCTION)
    assert roles(sanction, AGENT) == {"Netzagentur"}
    assert not events(article, SENTENCE)


def test_der_before_a_feminine_team_noun_is_no_subject():
    # "Der FC Hausen gewann das Finale. Olaf Roth gratulierte der Mannschaft.", the dative
    # parsed as a subject and its article tagged nominative
    final = [("Der", "der", "ART", "det", 1), ("FC", "FC", "NN", "nsubj", 3),
             ("Hausen", "Hausen", "NE", "flat", 1), ("gewann", "gewinnen", "VVFIN", "root", 3),
             ("das", "der", "ART", "det", 5), ("Finale", "Finale", "NN", "obj", 3),
             (".", ".", "$.", "punct", 3)]
    thanks = [("Olaf", "Olaf", "NE", "nsubj", 2), ("Roth", "Roth", "NE", "flat", 0),
              ("gratulierte", "gratulieren", "VVFIN", "root", 2),
              ("der", "der", "ART", "det", 4, "Case=Nom|Gender=Masc|Number=Sing"),
              ("Mannschaft", "Mannschaft", "NN", "nsubj", 2, "Case=Nom|Gender=Fem|Number=Sing"),
              (".", ".", "$.", "punct", 2)]
    article = chain((final, [(1, 2, ORG)]), (thanks, [(0, 1, PER)]))
    [statement] = events(article, STATEMENT)
    assert roles(statement, SPEAKER) == {"Olaf Roth"}


def negotiate(first: list, names: list):
    # "<first> verhandeln/verhandelt ab Montag über Löhne."
    n = len(first)
    words = [*first, ("verhandeln", "verhandeln", "VVFIN", "root", n),
             ("ab", "ab", "APPR", "case", n + 2), ("Montag", "Montag", "NN", "obl", n),
             ("über", "über", "APPR", "case", n + 4), ("Löhne", "Lohn", "NN", "obl", n),
             (".", ".", "$.", "punct", n)]
    return events(chain((words, names)), MEETING)


def test_negotiating_parties_meet_a_court_hearing_a_case_is_no_meeting():
    parties = [("Verdi", "Verdi", "NE", "nsubj", 3), ("und", "und", "KON", "cc", 2),
               ("Bahnland", "Bahnland", "NE", "conj", 0)]
    [meeting] = negotiate(parties, [(0, 0, ORG), (2, 2, ORG)])
    assert roles(meeting, PARTICIPANT) == {"Verdi", "Bahnland"}
    court = [("Das", "der", "ART", "det", 1), ("Landgericht", "Landgericht", "NN", "nsubj", 3),
             ("Ulm", "Ulm", "NE", "flat", 1)]
    assert not negotiate(court, [(1, 2, ORG)])


def test_a_place_of_the_occasion_after_nach_is_not_the_events():
    # "Zwei Tage nach dem Einbruch im Museum Folkwang nahm die Polizei Max Roth fest."
    words = [("Zwei", "zwei", "CARD", "nummod", 1), ("Tage", "Tag", "NN", "obl", 8),
             ("nach", "nach", "APPR", "case", 4), ("dem", "der", "ART", "det", 4),
             ("Einbruch", "Einbruch", "NN", "nmod", 1), ("im", "in", "APPRART", "case", 6),
             ("Museum", "Museum", "NN", "nmod", 4), ("Folkwang", "Folkwang", "NE", "flat", 6),
             ("nahm", "nehmen", "VVFIN", "root", 8), ("die", "der", "ART", "det", 10),
             ("Polizei", "Polizei", "NN", "nsubj", 8), ("Max", "Max", "NE", "obj", 8),
             ("Roth", "Roth", "NE", "flat", 11), ("fest", "fest", "PTKVZ", "compound:prt", 8),
             (".", ".", "$.", "punct", 8)]
    [arrest] = events(chain((words, [(6, 7, LOC), (11, 12, PER)])), ARREST)
    assert arrest.place is None or arrest.place.text != "Museum Folkwang"
    # "Vor dem Rathaus in Kiel demonstrierten Hunderte Menschen.": 'vor' a place
    words = [("Vor", "vor", "APPR", "case", 2), ("dem", "der", "ART", "det", 2),
             ("Rathaus", "Rathaus", "NN", "obl", 5), ("in", "in", "APPR", "case", 4),
             ("Kiel", "Kiel", "NE", "nmod", 2),
             ("demonstrierten", "demonstrieren", "VVFIN", "root", 5),
             ("Hunderte", "Hunderte", "PIAT", "det", 7), ("Menschen", "Mensch", "NN", "nsubj", 5),
             (".", ".", "$.", "punct", 5)]
    [protest] = events(chain((words, [(4, 4, LOC)])), PROTEST)
    assert protest.place is not None and protest.place.text == "Kiel"


def test_a_name_conjoined_to_the_verb_shares_the_role_of_the_name_before_und():
    # "Der Preis geht an die Forscherinnen Anna Roth und Lea Stein.", 'Lea' parsed as a
    # conjunct of the verb
    words = [("Der", "der", "ART", "det", 1), ("Preis", "Preis", "NN", "nsubj", 2),
             ("geht", "gehen", "VVFIN", "root", 2), ("an", "an", "APPR", "case", 6),
             ("die", "der", "ART", "det", 6), ("Forscherinnen", "Forscherin", "ADJA", "amod", 6),
             ("Anna", "Anna", "NN", "obl", 2), ("Roth", "Roth", "NE", "appos", 6),
             ("und", "und", "KON", "cc", 9), ("Lea", "Lea", "NE", "conj", 2),
             ("Stein", "Stein", "NN", "flat", 9), (".", ".", "$.", "punct", 2)]
    [award] = events(chain((words, [(6, 7, PER), (9, 10, PER)])), AWARD)
    assert roles(award, WINNER) == {"Anna Roth", "Lea Stein"}

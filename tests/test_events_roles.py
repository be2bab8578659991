"""Event roles from the parse (events follow-up 13): datelines, passive subjects parsed
plain, headline participles, predicative office words. Every sentence here is written for
the test (hand-built parses)."""

from __future__ import annotations

from test_events_syntax import chain, events, roles

from graphkit.events.context import SentenceContext
from graphkit.events.roles import relative_pronoun_antecedent
from graphkit.model import (
    ACCUSATION,
    AGENT,
    ARREST,
    AWARD,
    AWARD_ROLE,
    ELECTION,
    EMPLOYER,
    LAW,
    LEGISLATION,
    LOC,
    LOSER,
    MATCH,
    MILITARY_ACTION,
    MISC,
    OFFICE,
    ORG,
    ORGANISATION,
    PARTICIPANT,
    PER,
    PERSON,
    RESIGNATION,
    SPEAKER,
    STATEMENT,
    STRIKE,
    SUCCESSOR,
    TARGET,
    VISIT,
    VISITOR,
    WINNER,
)

PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past"


def test_places_of_a_slashed_dateline_are_no_actors():
    # "Kiew/Moskau – Nordland hat Südland angegriffen.", the dateline parsed as the subject
    words = [("Kiew", "Kiew", "NE", "nsubj", 7), ("/", "/", "$(", "punct", 2),
             ("Moskau", "Moskau", "NE", "conj", 0), ("–", "–", "$(", "punct", 4),
             ("Nordland", "Nordland", "NE", "conj", 0), ("hat", "haben", "VAFIN", "aux", 7),
             ("Südland", "Südland", "NE", "obj", 7),
             ("angegriffen", "angreifen", "VVPP", "root", 7), (".", ".", "$.", "punct", 7)]
    names = [(0, 0, LOC), (2, 2, LOC), (4, 4, LOC), (6, 6, LOC)]
    [attack] = events(chain((words, names)), MILITARY_ACTION)
    assert roles(attack, AGENT) == {"Nordland"}
    assert roles(attack, TARGET) == {"Südland"}


def test_a_subject_under_a_passive_werden_is_the_patient():
    # "Der Bankier Jan Berg ist verhaftet worden.", parsed with a plain nsubj
    words = [("Der", "der", "ART", "det", 1), ("Bankier", "Bankier", "NN", "nsubj", 5),
             ("Jan", "Jan", "NE", "appos", 1), ("Berg", "Berg", "NE", "flat", 2),
             ("ist", "sein", "VAFIN", "aux", 5), ("verhaftet", "verhaften", "VVPP", "root", 5),
             ("worden", "werden", "VAPP", "aux:pass", 5), (".", ".", "$.", "punct", 5)]
    [arrest] = events(chain((words, [(2, 3, PER)])), ARREST)
    assert roles(arrest, PERSON) == {"Jan Berg"} and not roles(arrest, AGENT)


def test_a_modal_parsed_as_passive_auxiliary_keeps_the_active_reading():
    # "Den Dieb will Kommissar Jan Berg festnehmen."
    words = [("Den", "der", "ART", "det", 1), ("Dieb", "Dieb", "NN", "obj", 6),
             ("will", "wollen", "VMFIN", "aux:pass", 6),
             ("Kommissar", "Kommissar", "NN", "nsubj", 6),
             ("Jan", "Jan", "NE", "appos", 3), ("Berg", "Berg", "NE", "flat", 4),
             ("festnehmen", "festnehmen", "VVINF", "root", 6), (".", ".", "$.", "punct", 6)]
    [arrest] = events(chain((words, [(4, 5, PER)])), ARREST)
    assert roles(arrest, AGENT) == {"Jan Berg"}


def test_a_headline_participle_without_auxiliary_is_a_passive():
    # "Jan Berg in Lyon festgenommen" (tagged a finite verb) and "Berg zur Präsidentin gewählt"
    arrested = [("Jan", "Jan", "NE", "nsubj", 4), ("Berg", "Berg", "NE", "flat", 0),
                ("in", "in", "APPR", "case", 3), ("Lyon", "Lyon", "NE", "obl", 4),
                ("festgenommen", "festnehmen", "VVFIN", "root", 4, "VerbForm=Fin")]
    [arrest] = events(chain((arrested, [(0, 1, PER), (3, 3, LOC)])), ARREST)
    assert roles(arrest, PERSON) == {"Jan Berg"} and not roles(arrest, AGENT)
    elected = [("Berg", "Berg", "NE", "nsubj", 3), ("zur", "zu", "APPRART", "case", 2),
               ("Präsidentin", "Präsidentin", "NN", "obl", 3),
               ("gewählt", "wählen", "VVPP", "root", 3)]
    [election] = events(chain((elected, [(0, 0, PER)])), ELECTION)
    assert roles(election, WINNER) == {"Berg"}


def test_a_finite_verb_with_a_participle_tag_stays_active():
    # "Berg nimmt Kern fest" is no headline passive: "nimmt" is finite
    words = [("Berg", "Berg", "NE", "nsubj", 1),
             ("nimmt", "nehmen", "VVPP", "root", 1, "Mood=Ind|VerbForm=Fin"),
             ("Kern", "Kern", "NE", "obj", 1), ("fest", "fest", "PTKVZ", "compound:prt", 1)]
    [arrest] = events(chain((words, [(0, 0, PER), (2, 2, PER)])), ARREST)
    assert roles(arrest, AGENT) == {"Berg"} and roles(arrest, PERSON) == {"Kern"}


def test_a_description_refers_to_the_person_not_to_a_predicative_office_word():
    # "Anna Berg ist neue Präsidentin. Die 58-Jährige wurde vom Senat gewählt."
    first = [("Anna", "Anna", "NE", "nsubj", 4), ("Berg", "Berg", "NE", "flat", 0),
             ("ist", "sein", "VAFIN", "cop", 4), ("neue", "neu", "ADJA", "amod", 4),
             ("Präsidentin", "Präsidentin", "NN", "root", 4), (".", ".", "$.", "punct", 4)]
    second = [("Die", "der", "ART", "det", 1),
              ("58-Jährige", "58-Jährige", "NN", "nsubj:pass", 6, "Case=Nom|Gender=Fem"),
              ("wurde", "werden", "VAFIN", "aux:pass", 6), ("vom", "von", "APPRART", "case", 4),
              ("Senat", "Senat", "NN", "obl:agent", 6), ("im", "in", "APPRART", "case", 6),
              ("gewählt", "wählen", "VVPP", "root", 6, PAST), (".", ".", "$.", "punct", 6)]
    article = chain((first, [(0, 1, PER), (4, 4, PER)]), (second, []), office={4})
    [election] = events(article, ELECTION)
    assert roles(election, WINNER) == {"Anna Berg"}


def test_the_subject_hung_under_a_dateline_is_the_clauses_subject():
    # "Frankfurt am Main – Die Autorin Jana Lind ist mit dem Nordpreis ausgezeichnet worden."
    words = [("Frankfurt", "Frankfurt", "NE", "nsubj:pass", 12), ("am", "an", "APPRART", "case", 2),
             ("Main", "Main", "NE", "nmod", 0), ("–", "–", "$(", "punct", 5),
             ("Die", "der", "ART", "det", 5), ("Autorin", "Autorin", "NN", "appos", 2),
             ("Jana", "Jana", "NE", "appos", 5), ("Lind", "Lind", "NE", "flat", 6),
             ("ist", "sein", "VAFIN", "aux", 12), ("mit", "mit", "APPR", "case", 11),
             ("dem", "der", "ART", "det", 11), ("Nordpreis", "Nordpreis", "NN", "obl", 12),
             ("ausgezeichnet", "auszeichnen", "VVPP", "root", 12),
             ("worden", "werden", "VAPP", "aux:pass", 12), (".", ".", "$.", "punct", 12)]
    [award] = events(chain((words, [(0, 2, LOC), (6, 7, PER), (11, 11, MISC)])), AWARD)
    assert roles(award, WINNER) == {"Jana Lind"}
    assert roles(award, AWARD_ROLE) == {"Nordpreis"}


def test_a_name_parsed_as_attribute_of_the_title_before_it_is_its_apposition():
    # "Ministerin Anna Berg zeichnete Karl Kern aus." with the name an nmod of the title
    words = [("Ministerin", "Ministerin", "NN", "nsubj", 3), ("Anna", "Anna", "NE", "amod", 2),
             ("Berg", "Berg", "NE", "nmod", 0), ("zeichnete", "zeichnen", "VVFIN", "root", 3, PAST),
             ("Karl", "Karl", "NE", "obj", 3), ("Kern", "Kern", "NE", "flat", 4),
             ("aus", "aus", "PTKVZ", "compound:prt", 3), (".", ".", "$.", "punct", 3)]
    [award] = events(chain((words, [(1, 2, PER), (4, 5, PER)])), AWARD)
    assert roles(award, AGENT) == {"Anna Berg"} and roles(award, WINNER) == {"Karl Kern"}


def test_an_object_pronoun_never_refers_to_its_own_verbs_subject():
    # "Karl Kern kam nach Lyon. Jan Berg empfing ihn und zeichnete ihn aus."
    first = [("Karl", "Karl", "NE", "nsubj", 2), ("Kern", "Kern", "NE", "flat", 0),
             ("kam", "kommen", "VVFIN", "root", 2, PAST), (".", ".", "$.", "punct", 2)]
    second = [("Jan", "Jan", "NE", "nsubj", 2), ("Berg", "Berg", "NE", "flat", 0),
              ("empfing", "empfangen", "VVFIN", "root", 2, PAST),
              ("ihn", "er", "PPER", "obj", 2, "Case=Acc|Gender=Masc|Number=Sing|Person=3"),
              ("und", "und", "KON", "cc", 5), ("zeichnete", "zeichnen", "VVFIN", "conj", 2, PAST),
              ("ihn", "er", "PPER", "obj", 5, "Case=Acc|Gender=Masc|Number=Sing|Person=3"),
              ("aus", "aus", "PTKVZ", "compound:prt", 5), (".", ".", "$.", "punct", 2)]
    [award] = events(chain((first, [(0, 1, PER)]), (second, [(0, 1, PER)])), AWARD)
    assert roles(award, AGENT) == {"Jan Berg"} and roles(award, WINNER) == {"Karl Kern"}


def test_als_read_as_a_conjunction_still_marks_the_office_and_its_organisation():
    # "Er kündigte an, als Parteichef der Nordpartei zurückzutreten." ('als' parsed cc)
    first = [("Jan", "Jan", "NE", "nsubj", 2), ("Berg", "Berg", "NE", "flat", 0),
             ("verlor", "verlieren", "VVFIN", "root", 2, PAST), (".", ".", "$.", "punct", 2)]
    words = [("Er", "er", "PPER", "nsubj", 1, "Case=Nom|Gender=Masc|Number=Sing|Person=3"),
             ("kündigte", "kündigen", "VVFIN", "root", 1, PAST),
             ("an", "an", "PTKVZ", "compound:prt", 1), (",", ",", "$,", "punct", 8),
             ("als", "als", "KOKOM", "cc", 5), ("Parteichef", "Parteichef", "NN", "obj", 8),
             ("der", "der", "ART", "det", 7), ("Nordpartei", "Nordpartei", "NE", "nmod", 5),
             ("zurückzutreten", "zurücktreten", "VVIZU", "xcomp", 1), (".", ".", "$.", "punct", 1)]
    article = chain((first, [(0, 1, PER)]), (words, [(7, 7, ORG)]))
    [resignation] = events(article, RESIGNATION)
    assert roles(resignation, OFFICE) == {"Parteichef"}
    assert roles(resignation, ORGANISATION) == {"Nordpartei"}


def test_a_post_given_up_at_a_firm_names_the_organisation():
    # "Berg hat seinen Posten bei Nordbank aufgegeben."
    words = [("Berg", "Berg", "NE", "nsubj", 6), ("hat", "haben", "VAFIN", "aux", 6),
             ("seinen", "sein", "PPOSAT", "det:poss", 3), ("Posten", "Posten", "NN", "obj", 6),
             ("bei", "bei", "APPR", "case", 5), ("Nordbank", "Nordbank", "NE", "obl", 6),
             ("aufgegeben", "aufgeben", "VVPP", "root", 6), (".", ".", "$.", "punct", 6)]
    [resignation] = events(chain((words, [(0, 0, PER), (5, 5, ORG)])), RESIGNATION)
    assert roles(resignation, PERSON) == {"Berg"}
    assert roles(resignation, ORGANISATION) == {"Nordbank"}


def test_a_vor_phrase_hung_under_an_oblique_is_the_races_other_participant():
    # "Das Rennen gewann Berg im Auto vor Kern."
    words = [("Das", "der", "ART", "det", 1), ("Rennen", "Rennen", "NN", "obj", 2),
             ("gewann", "gewinnen", "VVFIN", "root", 2, PAST), ("Berg", "Berg", "NE", "nsubj", 2),
             ("im", "in", "APPRART", "case", 5), ("Auto", "Auto", "NN", "obl", 2),
             ("vor", "vor", "APPR", "case", 7), ("Kern", "Kern", "NE", "nmod", 5),
             (".", ".", "$.", "punct", 2)]
    [match] = events(chain((words, [(3, 3, PER), (7, 7, PER)])), MATCH)
    assert roles(match, WINNER) == {"Berg"} and roles(match, PARTICIPANT) == {"Kern"}


def test_a_bare_dative_parsed_as_oblique_is_the_indirect_object():
    # "Berg warf Kern Betrug vor." with Kern an obl in the dative
    words = [("Berg", "Berg", "NE", "nsubj", 1), ("warf", "werfen", "VVFIN", "root", 1, PAST),
             ("Kern", "Kern", "NE", "obl", 1, "Case=Dat|Number=Sing"),
             ("Betrug", "Betrug", "NN", "obj", 1), ("vor", "vor", "PTKVZ", "compound:prt", 1),
             (".", ".", "$.", "punct", 1)]
    [accusation] = events(chain((words, [(0, 0, PER), (2, 2, PER)])), ACCUSATION)
    assert roles(accusation, AGENT) == {"Berg"} and roles(accusation, TARGET) == {"Kern"}


def test_a_compound_of_a_law_word_is_the_law_a_bare_law_word_refers_back():
    # "Der Landtag hat das Wassergesetz beschlossen." parsed with the object a passive
    # subject beside the perfect's 'hat'; "… hat das Gesetz beschlossen" names no law.
    def passed(noun: str):
        words = [("Der", "der", "ART", "det", 1), ("Landtag", "Landtag", "NN", "nsubj", 5),
                 ("hat", "haben", "VAFIN", "aux", 5), ("das", "der", "ART", "det", 4),
                 (noun, noun, "NN", "nsubj:pass", 5),
                 ("beschlossen", "beschließen", "VVPP", "root", 5), (".", ".", "$.", "punct", 5)]
        [law] = events(chain((words, [(1, 1, ORG)])), LEGISLATION)
        return law
    law = passed("Wassergesetz")
    assert roles(law, AGENT) == {"Landtag"} and roles(law, LAW) == {"Wassergesetz"}
    assert not roles(passed("Gesetz"), LAW)


def test_a_prize_compound_won_is_the_award_and_als_names_the_distinction():
    won = [("Nordstadt", "Nordstadt", "NE", "nsubj", 4), ("hat", "haben", "VAFIN", "aux", 4),
           ("die", "der", "ART", "det", 3), ("Hallenmeisterschaft", "Hallenmeisterschaft", "NN",
                                             "obj", 4),
           ("gewonnen", "gewinnen", "VVPP", "root", 4), (".", ".", "$.", "punct", 4)]
    [award] = events(chain((won, [(0, 0, ORG)])), AWARD)
    assert roles(award, WINNER) == {"Nordstadt"}
    assert roles(award, AWARD_ROLE) == {"Hallenmeisterschaft"}
    # "Berg wurde als beste Torhüterin ausgezeichnet", 'als' hung on the verb
    named = [("Berg", "Berg", "NE", "nsubj:pass", 5), ("wurde", "werden", "VAFIN", "aux:pass", 5),
             ("als", "als", "KOKOM", "cc", 5), ("beste", "gut", "ADJA", "amod", 4),
             ("Torhüterin", "Torhüterin", "NN", "nsubj:pass", 5),
             ("ausgezeichnet", "auszeichnen", "VVPP", "root", 5), (".", ".", "$.", "punct", 5)]
    [award] = events(chain((named, [(0, 0, PER)])), AWARD)
    assert roles(award, WINNER) == {"Berg"} and roles(award, AWARD_ROLE) == {"Torhüterin"}


def test_a_visitor_coordinated_with_the_first_visitor_visits_too():
    # "Bei einem Besuch in Lyon wurden Ministerin Anna Berg und Minister Karl Kern begrüßt."
    words = [("Bei", "bei", "APPR", "case", 2), ("einem", "ein", "ART", "det", 2),
             ("Besuch", "Besuch", "NN", "obl", 11), ("in", "in", "APPR", "case", 4),
             ("Lyon", "Lyon", "NE", "nmod", 2), ("wurden", "werden", "VAFIN", "aux:pass", 11),
             ("Ministerin", "Ministerin", "NN", "nsubj:pass", 11),
             ("Anna", "Anna", "NE", "appos", 6),
             ("Berg", "Berg", "NE", "flat", 7), ("und", "und", "KON", "cc", 10),
             ("Minister", "Minister", "NN", "conj", 6),
             ("begrüßt", "begrüßen", "VVPP", "root", 11),
             ("Karl", "Karl", "NE", "appos", 10), ("Kern", "Kern", "NE", "flat", 12),
             (".", ".", "$.", "punct", 11)]
    [visit] = events(chain((words, [(4, 4, LOC), (7, 8, PER), (12, 13, PER)])), VISIT)
    assert roles(visit, VISITOR) == {"Anna Berg", "Karl Kern"}


def test_a_zum_office_hung_under_the_object_is_the_verbs_office():
    # "Die Abgeordneten wählten den Minister Jan Berg zum Präsidenten des Senats."
    words = [("Die", "der", "ART", "det", 1), ("Abgeordneten", "Abgeordnete", "NN", "nsubj", 2),
             ("wählten", "wählen", "VVFIN", "root", 2, PAST), ("den", "der", "ART", "det", 4),
             ("Minister", "Minister", "NN", "obj", 2), ("Jan", "Jan", "NE", "appos", 4),
             ("Berg", "Berg", "NE", "flat", 5), ("zum", "zu", "APPRART", "case", 8),
             ("Präsidenten", "Präsident", "NN", "nmod", 4), ("des", "der", "ART", "det", 10),
             ("Senats", "Senat", "NN", "nmod", 8), (".", ".", "$.", "punct", 2)]
    [election] = events(chain((words, [(5, 6, PER)])), ELECTION)
    assert roles(election, WINNER) == {"Jan Berg"}
    assert roles(election, OFFICE) == {"Präsident"}


def test_every_piece_of_the_phrase_hung_under_a_dateline_moves_with_it():
    # "Lyon (dpa) - Die Gewerkschaft Nordfunk streikt bei Südbahn." with the name a flat
    # piece of the city
    words = [("Lyon", "Lyon", "NE", "nsubj", 8), ("(", "(", "$(", "punct", 2),
             ("dpa", "dpa", "NE", "appos", 0), (")", ")", "$(", "punct", 2),
             ("-", "-", "$(", "punct", 6), ("Die", "der", "ART", "det", 6),
             ("Gewerkschaft", "Gewerkschaft", "NN", "appos", 0),
             ("Nordfunk", "Nordfunk", "NE", "flat:name", 0),
             ("streikt", "streiken", "VVFIN", "root", 8), ("bei", "bei", "APPR", "case", 10),
             ("Südbahn", "Südbahn", "NE", "obl", 8), (".", ".", "$.", "punct", 8)]
    names = [(0, 0, LOC), (2, 2, ORG), (7, 7, ORG), (10, 10, ORG)]
    [strike] = events(chain((words, names)), STRIKE)
    assert roles(strike, AGENT) == {"Nordfunk"} and roles(strike, EMPLOYER) == {"Südbahn"}


def test_a_gegen_phrase_under_an_object_parsed_xcomp_names_the_winner_once():
    # "Berg verlor das Halbfinale gegen Kern." with the object read as a predicative
    words = [("Berg", "Berg", "NE", "nsubj", 1), ("verlor", "verlieren", "VVFIN", "root", 1, PAST),
             ("das", "der", "ART", "det", 3), ("Halbfinale", "Halbfinale", "NN", "xcomp", 1),
             ("gegen", "gegen", "APPR", "case", 5), ("Kern", "Kern", "NE", "nmod", 3),
             (".", ".", "$.", "punct", 1)]
    [match] = events(chain((words, [(0, 0, PER), (5, 5, PER)])), MATCH)
    assert roles(match, "loser") == {"Berg"} and roles(match, WINNER) == {"Kern"}


def test_who_follows_someone_that_resigned_is_the_successor():
    # "Berg löst Kern ab, der zurückgetreten war."
    words = [("Berg", "Berg", "NE", "nsubj", 1), ("löst", "lösen", "VVFIN", "root", 1),
             ("Kern", "Kern", "NE", "obj", 1), ("ab", "ab", "PTKVZ", "compound:prt", 1),
             (",", ",", "$,", "punct", 6), ("der", "der", "PRELS", "nsubj", 6),
             ("zurückgetreten", "zurücktreten", "VVPP", "acl:relcl", 2),
             ("war", "sein", "VAFIN", "aux", 6), (".", ".", "$.", "punct", 1)]
    [resignation] = events(chain((words, [(0, 0, PER), (2, 2, PER)])), RESIGNATION)
    assert roles(resignation, PERSON) == {"Kern"}
    assert roles(resignation, SUCCESSOR) == {"Berg"}


def test_a_headline_participle_of_a_sein_perfect_verb_stays_active():
    # "Jan Berg in Rom eingetroffen": arrived (ist eingetroffen), no passive, no host
    words = [("Jan", "Jan", "NE", "nsubj", 4), ("Berg", "Berg", "NE", "flat", 0),
             ("in", "in", "APPR", "case", 3), ("Rom", "Rom", "NE", "obl", 4),
             ("eingetroffen", "eintreffen", "VVPP", "root", 4)]
    [visit] = events(chain((words, [(0, 1, PER), (3, 3, LOC)])), VISIT)
    assert roles(visit, VISITOR) == {"Jan Berg"}


def test_a_match_noun_under_treffen_takes_the_opponent_after_auf():
    # "Nordstadt trifft im Finale auf Südstadt."
    words = [("Nordstadt", "Nordstadt", "NE", "nsubj", 1),
             ("trifft", "treffen", "VVFIN", "root", 1), ("im", "in", "APPRART", "case", 3),
             ("Finale", "Finale", "NN", "obl", 1), ("auf", "auf", "APPR", "case", 5),
             ("Südstadt", "Südstadt", "NE", "obl", 1), (".", ".", "$.", "punct", 1)]
    [match] = events(chain((words, [(0, 0, ORG), (5, 5, ORG)])), MATCH)
    assert roles(match, PARTICIPANT) == {"Nordstadt", "Südstadt"}


REL_MASC = "Case=Nom|Gender=Masc|Number=Sing|PronType=Dem,Rel"


def relative_clause_on(name: list, name_tag: str, pronoun: str, morph: str = REL_MASC):
    # "Der Verband lobte <name>, <pronoun> am Montag zurückgetreten war.", the relative
    # clause parsed as a conjunct of the main verb (as a parser often does)
    n = len(name)
    words = [("Der", "der", "ART", "det", 1), ("Verband", "Verband", "NN", "nsubj", 2),
             ("lobte", "loben", "VVFIN", "root", 2, PAST)] + name + [
        (",", ",", "$,", "punct", 3 + n + 4),
        (pronoun, "der", "PRELS", "nsubj", 3 + n + 4, morph),
        ("am", "an", "APPRART", "case", 3 + n + 3), ("Montag", "Montag", "NN", "obl", 3 + n + 4),
        ("zurückgetreten", "zurücktreten", "VVPP", "conj", 2),
        ("war", "sein", "VAFIN", "aux", 3 + n + 4, PAST), (".", ".", "$.", "punct", 2)]
    return chain((words, [(3, 2 + n, name_tag)]))


def test_a_relative_pronoun_takes_the_name_before_its_comma():
    name = [("Jan", "Jan", "NE", "obj", 2), ("Stein", "Stein", "NE", "flat", 3)]
    [resignation] = events(relative_clause_on(name, PER, "der"), RESIGNATION)
    assert roles(resignation, PERSON) == {"Jan Stein"}


def test_relative_das_refers_to_no_person():
    name = [("Jan", "Jan", "NE", "obj", 2), ("Stein", "Stein", "NE", "flat", 3)]
    neuter = "Case=Nom|Gender=Neut|Number=Sing|PronType=Dem,Rel"
    article = relative_clause_on(name, PER, "das", neuter)
    ctx = SentenceContext(article, article.sentences[0])
    assert relative_pronoun_antecedent(ctx, 6) is None
    masculine = relative_clause_on(name, PER, "der")
    ctx = SentenceContext(masculine, masculine.sentences[0])
    assert relative_pronoun_antecedent(ctx, 6).text == "Jan Stein"


def test_a_name_attached_to_a_noun_is_no_relative_antecedent():
    # "Der Verband lobte den Chef von Nordbau, der am Montag zurückgetreten war.": the
    # pronoun may refer to the chief or the firm; the role stays empty
    words = [("Der", "der", "ART", "det", 1), ("Verband", "Verband", "NN", "nsubj", 2),
             ("lobte", "loben", "VVFIN", "root", 2, PAST), ("den", "der", "ART", "det", 4),
             ("Chef", "Chef", "NN", "obj", 2), ("von", "von", "APPR", "case", 6),
             ("Nordbau", "Nordbau", "NE", "nmod", 4), (",", ",", "$,", "punct", 11),
             ("der", "der", "PRELS", "nsubj", 11, REL_MASC), ("am", "an", "APPRART", "case", 10),
             ("Montag", "Montag", "NN", "obl", 11),
             ("zurückgetreten", "zurücktreten", "VVPP", "conj", 2),
             ("war", "sein", "VAFIN", "aux", 11, PAST), (".", ".", "$.", "punct", 2)]
    article = chain((words, [(6, 6, ORG)]))
    assert relative_pronoun_antecedent(SentenceContext(article, article.sentences[0]), 8) is None


def test_a_team_with_a_country_adjective_is_that_country():
    # "Die polnische Nationalmannschaft verlor das Finale gegen Irland."
    words = [("Die", "der", "ART", "det", 2), ("polnische", "polnisch", "ADJA", "amod", 2),
             ("Nationalmannschaft", "Nationalmannschaft", "NN", "nsubj", 3),
             ("verlor", "verlieren", "VVFIN", "root", 3, PAST), ("das", "der", "ART", "det", 5),
             ("Finale", "Finale", "NN", "obj", 3), ("gegen", "gegen", "APPR", "case", 7),
             ("Irland", "Irland", "NE", "obl", 3), (".", ".", "$.", "punct", 3)]
    [match] = events(chain((words, [(7, 7, LOC)])), MATCH)
    assert roles(match, LOSER) == {"Polen"} and roles(match, WINNER) == {"Irland"}


def test_plural_inhabitants_in_a_match_are_their_country():
    # "Die Schweden besiegten Irland."; a singular "der Schwede" is a person, no team
    words = [("Die", "der", "ART", "det", 1),
             ("Schweden", "Schwede", "NN", "nsubj", 2, "Case=Nom|Gender=Masc|Number=Plur"),
             ("besiegten", "besiegen", "VVFIN", "root", 2, "Mood=Ind|Number=Plur|Tense=Past"),
             ("Irland", "Irland", "NE", "obj", 2), (".", ".", "$.", "punct", 2)]
    [match] = events(chain((words, [(3, 3, LOC)])), MATCH)
    assert roles(match, WINNER) == {"Schweden"} and roles(match, LOSER) == {"Irland"}


def test_a_merged_event_keeps_the_specific_role_over_participant():
    # body "Polen verlor das Finale gegen Irland" + headline "Polen scheitert an Irland"
    from types import SimpleNamespace

    from graphkit.merge.events import Cluster, merged_participants
    from graphkit.model import PARTICIPANT, Participant

    body = SimpleNamespace(participants=[Participant("polen", LOSER),
                                         Participant("irland", WINNER)])
    headline = SimpleNamespace(participants=[Participant("polen", PARTICIPANT)])
    for members in ([body, headline], [headline, body]):
        merged = merged_participants(Cluster(MATCH, members=members))  # type: ignore[arg-type]
        assert {(p.entity_id, p.role) for p in merged} == {("polen", LOSER), ("irland", WINNER)}


def accusing_the(named: str, described: str):
    # "Die Landesregierung plant Kürzungen. Berg warf der <described> vor, zu sparen.",
    # the dative parsed as a second subject
    first = [("Die", "der", "ART", "det", 1), (named, named, "NN", "nsubj", 2),
             ("plant", "planen", "VVFIN", "root", 2), ("Kürzungen", "Kürzung", "NN", "obj", 2),
             (".", ".", "$.", "punct", 2)]
    second = [("Berg", "Berg", "NE", "nsubj", 1), ("warf", "werfen", "VVFIN", "root", 1, PAST),
              ("der", "der", "ART", "det", 3), (described, described, "NN", "nsubj", 1),
              ("vor", "vor", "PTKVZ", "compound:prt", 1), (",", ",", "$,", "punct", 7),
              ("zu", "zu", "PTKZU", "mark", 7), ("sparen", "sparen", "VVINF", "xcomp", 1),
              (".", ".", "$.", "punct", 1)]
    return chain((first, [(1, 1, ORG)]), (second, [(0, 0, PER)]))


def test_a_described_object_is_the_organisation_whose_compound_it_heads():
    [accusation] = events(accusing_the("Landesregierung", "Regierung"), ACCUSATION)
    assert roles(accusation, TARGET) == {"Landesregierung"}
    assert roles(accusation, AGENT) == {"Berg"}


def test_a_described_object_heading_no_named_compound_stays_empty():
    [accusation] = events(accusing_the("Landesregierung", "Partei"), ACCUSATION)
    assert not roles(accusation, TARGET)


def conceding(description: str):
    # "Berg sprach mit Stein. Das sagte der <description>."
    first = [("Berg", "Berg", "NE", "nsubj", 1), ("sprach", "sprechen", "VVFIN", "root", 1, PAST),
             ("mit", "mit", "APPR", "case", 3), ("Stein", "Stein", "NE", "obl", 1),
             (".", ".", "$.", "punct", 1)]
    second = [("Das", "das", "PDS", "obj", 1), ("sagte", "sagen", "VVFIN", "root", 1, PAST),
              ("der", "der", "ART", "det", 3),
              (description, description, "NN", "nsubj", 1, "Case=Nom|Gender=Masc|Number=Sing"),
              (".", ".", "$.", "punct", 1)]
    return chain((first, [(0, 0, PER), (3, 3, PER)]), (second, []))


def test_an_age_description_continues_the_previous_subject():
    [statement] = [s for s in events(conceding("27-Jährige"), STATEMENT)
                   if s.sentence.index == 1]
    assert roles(statement, SPEAKER) == {"Berg"}


def test_a_nationality_description_keeps_the_latest_person():
    [statement] = [s for s in events(conceding("Serbe"), STATEMENT) if s.sentence.index == 1]
    assert roles(statement, SPEAKER) == {"Stein"}


def test_the_place_of_a_dated_stamp_is_no_actor():
    # "Kiel, 4. Mai 2023 – Nordland hat Südland angegriffen.", the stamp parsed as the subject
    words = [("Kiel", "Kiel", "NE", "nsubj", 10), (",", ",", "$,", "punct", 2),
             ("4.", "4.", "ADJA", "amod", 3), ("Mai", "Mai", "NN", "appos", 0),
             ("2023", "2023", "CARD", "nummod", 3), ("–", "–", "$(", "punct", 6),
             ("Nordland", "Nordland", "NE", "conj", 0), ("hat", "haben", "VAFIN", "aux", 10),
             ("Südland", "Südland", "NE", "obj", 10), ("heftig", "heftig", "ADJD", "advmod", 10),
             ("angegriffen", "angreifen", "VVPP", "root", 10), (".", ".", "$.", "punct", 10)]
    names = [(0, 0, LOC), (6, 6, LOC), (8, 8, LOC)]
    [attack] = events(chain((words, names)), MILITARY_ACTION)
    assert roles(attack, AGENT) == {"Nordland"}
    assert roles(attack, TARGET) == {"Südland"}

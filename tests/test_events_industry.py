"""Industry and accident events on hand-built sentences (the relations DFKI SmartData
annotates): light-verb triggers, roles of companies, staff and offices."""

from __future__ import annotations

from test_events_syntax import chain, events, roles

from graphkit.model import (
    ACCIDENT,
    ACQUISITION,
    AGENT,
    APPOINTMENT,
    BUYER,
    COMPANY,
    DISASTER,
    DISMISSAL,
    EMPLOYER,
    INSOLVENCY,
    LAYOFFS,
    LOC,
    OFFICE,
    ORG,
    ORGANISATION,
    PARENT,
    PARTICIPANT,
    PER,
    PERSON,
    RESIGNATION,
    SPIN_OFF,
    SPUN_OFF,
    STRIKE,
)


def test_a_light_verb_events_words_cover_its_noun():
    words = [("Korn", "Korn", "NE", "nsubj", 3), ("hat", "haben", "VAFIN", "aux", 3),
             ("Insolvenz", "Insolvenz", "NN", "obj", 3),
             ("angemeldet", "anmelden", "VVPP", "root", 3), (".", ".", "$.", "punct", 3)]
    article = chain((words, [(0, 0, ORG)]))
    [insolvency] = events(article, INSOLVENCY)
    assert roles(insolvency, COMPANY) == {"Korn"}
    start, end = insolvency.trigger_span()
    assert article.article.text[start:end] == "Insolvenz angemeldet"


def test_laying_down_work_is_a_strike_at_the_employer_named_with_bei():
    words = [("Beschäftigte", "Beschäftigte", "NN", "nsubj", 6), ("bei", "bei", "APPR", "case", 2),
             ("Amazon", "Amazon", "NE", "nmod", 0), ("haben", "haben", "VAFIN", "aux", 6),
             ("die", "der", "ART", "det", 5), ("Arbeit", "Arbeit", "NN", "obj", 6),
             ("niedergelegt", "niederlegen", "VVPP", "root", 6), (".", ".", "$.", "punct", 6)]
    [strike] = events(chain((words, [(2, 2, ORG)])), STRIKE)
    assert roles(strike, EMPLOYER) == {"Amazon"}


def test_insolvent_as_a_predicate_is_an_insolvency():
    words = [("Korn", "Korn", "NE", "nsubj", 2), ("ist", "sein", "VAFIN", "cop", 2),
             ("insolvent", "insolvent", "ADJD", "root", 2), (".", ".", "$.", "punct", 2)]
    [insolvency] = events(chain((words, [(0, 0, ORG)])), INSOLVENCY)
    assert roles(insolvency, COMPANY) == {"Korn"}


def test_an_insolvency_procedure_for_a_company():
    words = [("Das", "der", "ART", "det", 1),
             ("Insolvenzverfahren", "Insolvenzverfahren", "NN", "nsubj", 5),
             ("für", "für", "APPR", "case", 3), ("Korn", "Korn", "NE", "nmod", 1),
             ("wurde", "werden", "VAFIN", "aux:pass", 5),
             ("eröffnet", "eröffnen", "VVPP", "root", 5), (".", ".", "$.", "punct", 5)]
    [insolvency] = events(chain((words, [(3, 3, ORG)])), INSOLVENCY)
    assert roles(insolvency, COMPANY) == {"Korn"}


def test_a_company_dismissing_staff_lays_off_and_dismisses_nobody():
    words = [("Korn", "Korn", "NE", "nsubj", 1), ("entlässt", "entlassen", "VVFIN", "root", 1),
             ("300", "300", "CARD", "nummod", 3), ("Mitarbeiter", "Mitarbeiter", "NN", "obj", 1),
             (".", ".", "$.", "punct", 1)]
    article = chain((words, [(0, 0, ORG)]))
    [layoffs] = events(article, LAYOFFS)
    assert roles(layoffs, COMPANY) == {"Korn"}
    assert events(article, DISMISSAL) == []


def test_a_pile_up_is_an_accident():
    words = [("Bei", "bei", "APPR", "case", 2), ("einer", "ein", "ART", "det", 2),
             ("Massenkarambolage", "Massenkarambolage", "NN", "obl", 3),
             ("gab", "geben", "VVFIN", "root", 3), ("es", "es", "PPER", "expl", 3),
             ("Verletzte", "Verletzte", "NN", "obj", 3), (".", ".", "$.", "punct", 3)]
    assert len(events(chain((words, [])), ACCIDENT)) == 1

GEN = "Case=Gen|Gender=Fem|Number=Sing"


def test_staff_of_a_company_on_strike_name_their_employer():
    words = [("Die", "der", "ART", "det", 1), ("Piloten", "Pilot", "NN", "nsubj", 4),
             ("der", "der", "ART", "det", 3, GEN), ("Lufthansa", "Lufthansa", "NE", "nmod", 1),
             ("streiken", "streiken", "VVFIN", "root", 4), (".", ".", "$.", "punct", 4)]
    [strike] = events(chain((words, [(3, 3, ORG)])), STRIKE)
    assert roles(strike, EMPLOYER) == {"Lufthansa"}
    assert roles(strike, AGENT) == set()


def test_staff_continuing_their_strike_name_their_employer():
    words = [("Die", "der", "ART", "det", 1), ("Flugbegleiter", "Flugbegleiter", "NN", "nsubj", 4),
             ("der", "der", "ART", "det", 3, GEN), ("Lufthansa", "Lufthansa", "NE", "nmod", 1),
             ("setzen", "setzen", "VVFIN", "root", 4), ("ihren", "ihr", "PPOSAT", "det:poss", 6),
             ("Streik", "Streik", "NN", "obj", 4), ("fort", "fort", "PTKVZ", "compound:prt", 4),
             (".", ".", "$.", "punct", 4)]
    [strike] = events(chain((words, [(3, 3, ORG)])), STRIKE)
    assert roles(strike, EMPLOYER) == {"Lufthansa"}


def test_the_operators_of_a_company_filing_for_insolvency_name_the_company():
    words = [("Die", "der", "ART", "det", 1), ("Betreiber", "Betreiber", "NN", "nsubj", 8),
             ("von", "von", "APPR", "case", 3), ("Fitwell", "Fitwell", "NE", "nmod", 1),
             ("haben", "haben", "VAFIN", "aux", 8), ("am", "an", "APPRART", "case", 6),
             ("Montag", "Montag", "NN", "obl", 8), ("Insolvenz", "Insolvenz", "NN", "obj", 8),
             ("angemeldet", "anmelden", "VVPP", "root", 8), (".", ".", "$.", "punct", 8)]
    [insolvency] = events(chain((words, [(3, 3, ORG)])), INSOLVENCY)
    assert roles(insolvency, COMPANY) == {"Fitwell"}


def test_the_organisation_of_an_office_in_apposition_to_the_person():
    words = [("Anna", "Anna", "NE", "nsubj", 7), ("Berg", "Berg", "NE", "flat", 0),
             (",", ",", "$,", "punct", 3), ("Chefin", "Chefin", "NN", "appos", 0),
             ("von", "von", "APPR", "case", 5), ("Nordbank", "Nordbank", "NE", "nmod", 3),
             (",", ",", "$,", "punct", 3), ("tritt", "treten", "VVFIN", "root", 7),
             ("zurück", "zurück", "PTKVZ", "compound:prt", 7), (".", ".", "$.", "punct", 7)]
    [resignation] = events(chain((words, [(0, 1, PER), (5, 5, ORG)])), RESIGNATION)
    assert roles(resignation, PERSON) == {"Anna Berg"}
    assert roles(resignation, ORGANISATION) == {"Nordbank"}
    assert roles(resignation, OFFICE) == {"Chefin"}


def test_the_organisation_in_the_genitive_of_the_office_one_is_appointed_to():
    words = [("Berg", "Berg", "NE", "nsubj:pass", 6), ("wurde", "werden", "VAFIN", "aux:pass", 6),
             ("zur", "zu", "APPRART", "case", 3),
             ("Vorstandschefin", "Vorstandschefin", "NN", "obl", 6),
             ("der", "der", "ART", "det", 5, GEN), ("Nordbank", "Nordbank", "NE", "nmod", 3),
             ("ernannt", "ernennen", "VVPP", "root", 6), (".", ".", "$.", "punct", 6)]
    [appointment] = events(chain((words, [(0, 0, PER), (5, 5, ORG)])), APPOINTMENT)
    assert roles(appointment, PERSON) == {"Berg"}
    assert roles(appointment, OFFICE) == {"Vorstandschefin"}
    assert roles(appointment, ORGANISATION) == {"Nordbank"}


def test_a_place_is_never_a_participant_of_an_accident():
    words = [("Unfall", "Unfall", "NN", "nsubj", 5), (":", ":", "$.", "punct", 2),
             ("Ulm", "Ulm", "NE", "appos", 0), (":", ":", "$.", "punct", 4),
             ("Autobahn", "Autobahn", "NN", "conj", 0),
             ("gesperrt", "sperren", "VVPP", "root", 5), (".", ".", "$.", "punct", 5)]
    [accident] = events(chain((words, [(2, 2, LOC)])), ACCIDENT)
    assert roles(accident) == set()


def test_a_vehicle_crashing_is_an_accident_a_ball_bouncing_is_not():
    lorry = [("Ein", "ein", "ART", "det", 1), ("Lastwagen", "Lastwagen", "NN", "nsubj", 2),
             ("prallte", "prallen", "VVFIN", "root", 2), ("gegen", "gegen", "APPR", "case", 5),
             ("einen", "ein", "ART", "det", 5), ("Baum", "Baum", "NN", "obl", 2),
             (".", ".", "$.", "punct", 2)]
    ball = [("Der", "der", "ART", "det", 1), ("Ball", "Ball", "NN", "nsubj", 2),
            ("prallte", "prallen", "VVFIN", "root", 2), ("an", "an", "APPR", "case", 5),
            ("den", "der", "ART", "det", 5), ("Pfosten", "Pfosten", "NN", "obl", 2),
            (".", ".", "$.", "punct", 2)]
    assert len(events(chain((lorry, [])), ACCIDENT)) == 1
    assert events(chain((ball, [])), ACCIDENT) == []


def test_pleite_as_a_predicate_is_an_insolvency():
    words = [("Korn", "Korn", "NE", "nsubj", 2), ("ist", "sein", "VAFIN", "cop", 2),
             ("pleite", "pleite", "ADJD", "root", 2), (".", ".", "$.", "punct", 2)]
    [insolvency] = events(chain((words, [(0, 0, ORG)])), INSOLVENCY)
    assert roles(insolvency, COMPANY) == {"Korn"}


def test_the_genitive_of_a_spin_off_is_its_parent():
    words = [("Das", "der", "ART", "det", 1), ("Institut", "Institut", "NN", "nsubj", 4),
             ("ist", "sein", "VAFIN", "cop", 4), ("ein", "ein", "ART", "det", 4),
             ("Spin-off", "Spin-off", "NN", "root", 4), ("der", "der", "ART", "det", 6, GEN),
             ("Universität", "Universität", "NN", "nmod", 4), ("Kiel", "Kiel", "NE", "flat", 6),
             (".", ".", "$.", "punct", 4)]
    [spin_off] = events(chain((words, [(6, 7, ORG)])), SPIN_OFF)
    assert roles(spin_off, PARENT) == {"Universität Kiel"}
    assert roles(spin_off, SPUN_OFF) == set()


def test_a_spin_off_of_a_film_series_is_no_company_spin_off():
    words = [("Ein", "ein", "ART", "det", 1), ("Spin-off", "Spin-off", "NN", "nsubj", 5),
             ("der", "der", "ART", "det", 3, GEN), ("Filmreihe", "Filmreihe", "NN", "nmod", 1),
             ("Nordlicht", "Nordlicht", "NE", "flat", 3),
             ("startet", "starten", "VVFIN", "root", 5),
             (".", ".", "$.", "punct", 5)]
    assert events(chain((words, [(4, 4, ORG)])), SPIN_OFF) == []


def test_dismissing_staff_is_layoffs_dismissing_a_minister_a_dismissal():
    staff = [("Bei", "bei", "APPR", "case", 1), ("Opel", "Opel", "NE", "obl", 2),
             ("kommt", "kommen", "VVFIN", "root", 2), ("es", "es", "PPER", "expl", 2),
             ("zur", "zu", "APPRART", "case", 5), ("Entlassung", "Entlassung", "NN", "obl", 2),
             ("von", "von", "APPR", "case", 8), ("500", "500", "CARD", "nummod", 8),
             ("Mitarbeitern", "Mitarbeiter", "NN", "nmod", 5), (".", ".", "$.", "punct", 2)]
    [layoffs] = events(chain((staff, [(1, 1, ORG)])), LAYOFFS)
    assert roles(layoffs, COMPANY) == {"Opel"}
    minister = [("Die", "der", "ART", "det", 1), ("Entlassung", "Entlassung", "NN", "nsubj", 4),
                ("Bergs", "Berg", "NE", "nmod", 1, "Case=Gen|Number=Sing"),
                ("kam", "kommen", "VVFIN", "cop", 4),
                ("überraschend", "überraschend", "ADJD", "root", 4), (".", ".", "$.", "punct", 4)]
    article = chain((minister, [(2, 2, PER)]))
    assert events(article, LAYOFFS) == []
    [dismissal] = events(article, DISMISSAL)
    assert roles(dismissal, PERSON) == {"Bergs"}


def test_the_whole_of_a_collapsed_part_takes_part_in_the_accident():
    words = [("Ein", "ein", "ART", "det", 1), ("Teil", "Teil", "NN", "nsubj", 5),
             ("der", "der", "ART", "det", 3, GEN), ("Mühlbrücke", "Mühlbrücke", "NE", "nmod", 1),
             ("ist", "sein", "VAFIN", "aux", 5),
             ("eingestürzt", "einstürzen", "VVPP", "root", 5), (".", ".", "$.", "punct", 5)]
    [accident] = events(chain((words, [(3, 3, LOC)])), ACCIDENT)
    assert roles(accident, PARTICIPANT) == {"Mühlbrücke"}


def test_a_bare_plural_disaster_noun_names_a_kind_not_an_event():
    # "Versicherer zahlen für Erdbeben." vs "Die Erdbeben zerstörten Häuser."
    kind = [("Versicherer", "Versicherer", "NN", "nsubj", 1),
            ("zahlen", "zahlen", "VVFIN", "root", 1), ("für", "für", "APPR", "case", 3),
            ("Erdbeben", "Erdbeben", "NN", "obl", 1, "Case=Acc|Gender=Neut|Number=Plur"),
            (".", ".", "$.", "punct", 1)]
    those = [("Die", "der", "ART", "det", 1),
             ("Erdbeben", "Erdbeben", "NN", "nsubj", 2, "Case=Nom|Gender=Neut|Number=Plur"),
             ("zerstörten", "zerstören", "VVFIN", "root", 2), ("Häuser", "Haus", "NN", "obj", 2),
             (".", ".", "$.", "punct", 2)]
    assert events(chain((kind, [])), DISASTER) == []
    assert len(events(chain((those, [])), DISASTER)) == 1


def test_a_bare_plural_with_a_place_is_still_an_event():
    words = [("Lawinen", "Lawine", "NN", "nsubj", 3, "Case=Nom|Gender=Fem|Number=Plur"),
             ("in", "in", "APPR", "case", 2), ("Tirol", "Tirol", "NE", "nmod", 0),
             ("verschütteten", "verschütten", "VVFIN", "root", 3),
             ("Straßen", "Straße", "NN", "obj", 3), (".", ".", "$.", "punct", 3)]
    assert len(events(chain((words, [(2, 2, LOC)])), DISASTER)) == 1


def test_a_disaster_noun_after_comparative_als_is_a_category():
    # "Ein hoher Pegel gilt als Hochwasser."
    words = [("Ein", "ein", "ART", "det", 2), ("hoher", "hoch", "ADJA", "amod", 2),
             ("Pegel", "Pegel", "NN", "nsubj", 3), ("gilt", "gelten", "VVFIN", "root", 3),
             ("als", "als", "KOKOM", "case", 5), ("Hochwasser", "Hochwasser", "NN", "obl", 3),
             (".", ".", "$.", "punct", 3)]
    assert events(chain((words, [])), DISASTER) == []


def test_a_pleite_in_sport_is_a_defeat_not_an_insolvency():
    # "Die Mannschaft erlebte eine olympische Pleite." vs "Die Pleite von Korn ..."
    sport = [("Die", "der", "ART", "det", 1), ("Staffel", "Staffel", "NN", "nsubj", 2),
             ("erlebte", "erleben", "VVFIN", "root", 2), ("eine", "ein", "ART", "det", 5),
             ("olympische", "olympisch", "ADJA", "amod", 5), ("Pleite", "Pleite", "NN", "obj", 2),
             (".", ".", "$.", "punct", 2)]
    firm = [("Die", "der", "ART", "det", 1), ("Pleite", "Pleite", "NN", "nsubj", 4),
            ("von", "von", "APPR", "case", 3), ("Korn", "Korn", "NE", "nmod", 1),
            ("überraschte", "überraschen", "VVFIN", "root", 4), (".", ".", "$.", "punct", 4)]
    assert events(chain((sport, [])), INSOLVENCY) == []
    [insolvency] = events(chain((firm, [(3, 3, ORG)])), INSOLVENCY)
    assert roles(insolvency, COMPANY) == {"Korn"}


def test_a_split_between_places_is_no_spin_off():
    # "Die Provinz Nordland beschließt die Abspaltung von Südland."
    words = [("Nordland", "Nordland", "NE", "nsubj", 1),
             ("beschließt", "beschließen", "VVFIN", "root", 1), ("die", "der", "ART", "det", 3),
             ("Abspaltung", "Abspaltung", "NN", "obj", 1), ("von", "von", "APPR", "case", 5),
             ("Südland", "Südland", "NE", "nmod", 3), (".", ".", "$.", "punct", 1)]
    assert events(chain((words, [(0, 0, LOC), (5, 5, LOC)])), SPIN_OFF) == []
    assert len(events(chain((words, [(0, 0, ORG), (5, 5, ORG)])), SPIN_OFF)) == 1


def test_an_accident_between_two_places_is_placed_there():
    # "Unfall zwischen Nordheim und Südheim."
    words = [("Unfall", "Unfall", "NN", "root", 0), ("zwischen", "zwischen", "APPR", "case", 2),
             ("Nordheim", "Nordheim", "NE", "nmod", 0), ("und", "und", "KON", "cc", 4),
             ("Südheim", "Südheim", "NE", "conj", 2), (".", ".", "$.", "punct", 0)]
    [accident] = events(chain((words, [(2, 2, LOC), (4, 4, LOC)])), ACCIDENT)
    assert accident.place is not None and accident.place.text == "Nordheim"


def test_a_street_compound_is_the_place_a_bare_road_kind_is_not():
    # "Unfall in der Birkenstraße." vs "Unfall auf der Seitenstraße."
    def accident_place(street: str):
        words = [("Unfall", "Unfall", "NN", "root", 0), ("in", "in", "APPR", "case", 3),
                 ("der", "der", "ART", "det", 3), (street, street, "NN", "nmod", 0),
                 (".", ".", "$.", "punct", 0)]
        [accident] = events(chain((words, [])), ACCIDENT)
        return accident.place.text if accident.place else None

    assert accident_place("Birkenstraße") == "Birkenstraße"
    assert accident_place("Seitenstraße") is None


def test_clashes_in_the_plural_are_no_collision():
    # "Nach den Zusammenstößen ..." (clashes) vs "Nach dem Zusammenstoß ..." (a crash)
    def accidents(noun: str, article: str, morph: str):
        words = [("Nach", "nach", "APPR", "case", 2), (article, "der", "ART", "det", 2),
                 (noun, "Zusammenstoß", "NN", "obl", 4), ("wurde", "werden", "VAFIN", "aux", 4),
                 ("aufgeräumt", "aufräumen", "VVPP", "root", 4), (".", ".", "$.", "punct", 4)]
        words[2] = words[2] + (morph,)
        return events(chain((words, [])), ACCIDENT)

    assert accidents("Zusammenstößen", "den", "Case=Dat|Number=Plur") == []
    assert len(accidents("Zusammenstoß", "dem", "Case=Dat|Number=Sing")) == 1


def test_a_river_carrying_high_water_tells_a_state():
    # "Der Rhein führt Hochwasser."
    words = [("Der", "der", "ART", "det", 1), ("Rhein", "Rhein", "NE", "nsubj", 2),
             ("führt", "führen", "VVFIN", "root", 2), ("Hochwasser", "Hochwasser", "NN", "obj", 2),
             (".", ".", "$.", "punct", 2)]
    assert events(chain((words, [(1, 1, LOC)])), DISASTER) == []


def test_buying_a_thing_is_no_acquisition_buying_a_company_is():
    # "Ich kaufe mir eine Kamera." vs "Korn kauft Stahl."
    thing = [("Ich", "ich", "PPER", "nsubj", 1), ("kaufe", "kaufen", "VVFIN", "root", 1),
             ("mir", "ich", "PRF", "iobj", 1), ("eine", "ein", "ART", "det", 4),
             ("Kamera", "Kamera", "NN", "obj", 1), (".", ".", "$.", "punct", 1)]
    firm = [("Korn", "Korn", "NE", "nsubj", 1), ("kauft", "kaufen", "VVFIN", "root", 1),
            ("Stahl", "Stahl", "NE", "obj", 1), (".", ".", "$.", "punct", 1)]
    assert events(chain((thing, [])), ACQUISITION) == []
    [deal] = events(chain((firm, [(0, 0, ORG), (2, 2, ORG)])), ACQUISITION)
    assert roles(deal, BUYER) == {"Korn"}


def test_a_purchase_by_a_third_person_pronoun_may_be_a_companys():
    # "Die Bank Korn wächst. Die Hälfte kaufte sie vom Staat." ('sie': the bank)
    first = [("Die", "der", "ART", "det", 1), ("Bank", "Bank", "NN", "nsubj", 3),
             ("Korn", "Korn", "NE", "appos", 1), ("wächst", "wachsen", "VVFIN", "root", 3),
             (".", ".", "$.", "punct", 3)]
    words = [("Die", "der", "ART", "det", 1), ("Hälfte", "Hälfte", "NN", "obj", 2),
             ("kaufte", "kaufen", "VVFIN", "root", 2), ("sie", "sie", "PPER", "nsubj", 2),
             ("vom", "von", "APPRART", "case", 5), ("Staat", "Staat", "NN", "obl", 2),
             (".", ".", "$.", "punct", 2)]
    [deal] = events(chain((first, [(2, 2, ORG)]), (words, [])), ACQUISITION)
    assert deal.trigger.text == "kaufte"


def test_a_passive_strike_parsed_as_a_copula_names_the_employer():
    # "Das Werk Korn wird bestreikt." with 'bestreikt' tagged an adverb under 'wird' (cop)
    words = [("Das", "der", "ART", "det", 1), ("Werk", "Werk", "NN", "nsubj", 4),
             ("Korn", "Korn", "NE", "appos", 1), ("wird", "werden", "VAFIN", "cop", 4),
             ("bestreikt", "bestreiken", "ADV", "root", 4), (".", ".", "$.", "punct", 4)]
    [strike] = events(chain((words, [(2, 2, ORG)])), STRIKE)
    assert roles(strike, EMPLOYER) == {"Korn"} and roles(strike, AGENT) == set()

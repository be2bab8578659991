"""The gazetteer links and completes the model's entities (graphkit.nlp.entity_reconcile).

Model entities are set by hand here (no trained model): the reconciler only sees
``doc.ents`` and the gazetteer's matches. Invented sentences, in neither the seeds nor the
news benchmark.
"""

from __future__ import annotations

from functools import lru_cache

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from graphkit.nlp import ner_model
from graphkit.nlp.pipeline import add_gazetteer_reconciler, default_pipeline


@lru_cache(maxsize=1)
def reconciler() -> Language:
    nlp = spacy.blank("de")
    add_gazetteer_reconciler(nlp)
    return nlp


def reconcile(text: str, model: list[tuple[str, str]]) -> set[tuple[str, str, str]]:
    """Run the gazetteer and the reconciler on ``text`` as if the model had found ``model``."""
    nlp = reconciler()
    doc = nlp.make_doc(text)
    doc.ents = [span_of(doc, surface, label) for surface, label in model]
    for _, component in nlp.pipeline:
        doc = component(doc)
    return {(e.text, e.label_, e.id_) for e in doc.ents}


def span_of(doc: Doc, surface: str, label: str) -> Span:
    start = doc.text.index(surface)
    span = doc.char_span(start, start + len(surface), label=label)
    assert span is not None, surface
    return span


# -- a longer model span wins over a gazetteer place or party inside it ------------------


def test_longer_model_span_wins_over_places_inside_it():
    found = reconcile("Gestern besiegte Holstein Kiel den VfL Bochum mit 2:0.",
                      [("Holstein Kiel", "ORG"), ("VfL Bochum", "ORG")])
    assert found == {("Holstein Kiel", "ORG", ""), ("VfL Bochum", "ORG", "")}


def test_longer_model_span_wins_over_a_party_inside_it():
    found = reconcile("Die Junge Union Sachsen tagt in Leipzig.",
                      [("Junge Union Sachsen", "ORG")])
    assert ("Junge Union Sachsen", "ORG", "") in found
    assert ("Leipzig", "LOC", "Q2079") in found       # the gap is filled and linked


def test_model_span_across_a_colon_is_two_names():
    found = reconcile("Nach dem Treffen mit Lula: Scholz lobt Brasilien",
                      [("Lula: Scholz", "PER"), ("Brasilien", "LOC")])
    assert {(text, label) for text, label, _ in found} == {
        ("Lula", "PER"), ("Scholz", "PER"), ("Brasilien", "LOC")}


def test_a_model_span_across_a_conjunction_is_two_names_when_one_is_known():
    found = reconcile_tagged("Verdi und Lufthansa einigen sich im Tarifstreit",
                             [("Verdi und Lufthansa", "ORG")], {"und": "KON"})
    assert {(text, label) for text, label, _ in found} == {("Verdi", "ORG"),
                                                          ("Lufthansa", "ORG")}


def test_a_known_person_ending_a_place_span_is_a_person_of_its_own():
    found = reconcile("Der Kanzler empfing im Palais Schaumburg Annalena Baerbock.",
                      [("Schaumburg Annalena Baerbock", "LOC")])
    assert {(text, label) for text, label, _ in found} == {
        ("Schaumburg", "LOC"), ("Annalena Baerbock", "PER")}
    # A name that begins with a person's name stays whole.
    kept = reconcile("Das Olaf Scholz Gymnasium feiert.", [("Olaf Scholz Gymnasium", "ORG")])
    assert {(text, label) for text, label, _ in kept} == {("Olaf Scholz Gymnasium", "ORG")}


def test_a_known_name_with_a_conjunction_stays_one():
    found = reconcile_tagged("Bosnien und Herzegowina wählt ein neues Parlament",
                             [("Bosnien und Herzegowina", "LOC")], {"und": "KON"})
    assert {text for text, _, _ in found} == {"Bosnien und Herzegowina"}
    unknown = reconcile_tagged("Die Stiftung Kunst und Kultur Nordheide lädt ein",
                               [("Stiftung Kunst und Kultur Nordheide", "ORG")], {"und": "KON"})
    assert unknown == {("Stiftung Kunst und Kultur Nordheide", "ORG", "")}


def test_a_genitive_name_at_the_start_of_a_model_span_is_the_name():
    found = reconcile("Merkels Rede wurde gelobt.", [("Merkels Rede", "MISC")])
    assert found == {("Merkels", "PER", "Q567")}


def test_a_compound_of_a_name_and_a_common_noun_starts_no_name():
    found = reconcile("Laut Kremlangaben reist Wladimir Putin nach Kasachstan.",
                      [("Kremlangaben", "MISC"), ("Wladimir Putin", "PER")])
    assert ("Wladimir Putin", "PER", "Q7747") in found
    found = reconcile("Nach Kremlangaben Kasachstan besucht.", [("Kremlangaben Kasachstan", "LOC")])
    assert {(text, label) for text, label, _ in found} == {("Kasachstan", "LOC")}
    found = reconcile("Das sagte Kreml-Sprecher Juri Lebedew.", [("Kreml-Sprecher Juri Lebedew",
                                                                   "PER")])
    assert {(text, label) for text, label, _ in found} == {("Juri Lebedew", "PER")}
    found = reconcile("Das Landgericht Kassel tagt.", [("Landgericht Kassel", "ORG")])
    assert ("Landgericht Kassel", "ORG", "") in found   # 'Land' names nothing: a court


def test_longer_gazetteer_name_replaces_the_model_fragment_inside_it():
    found = reconcile("Der Sprecher der Europäischen Zentralbank schwieg.",
                      [("Zentralbank", "ORG")])
    assert found == {("Europäischen Zentralbank", "ORG", "Q8901")}


def test_same_span_takes_the_gazetteer_id():
    found = reconcile("Morgen fliegt sie nach Dresden.", [("Dresden", "LOC")])
    assert found == {("Dresden", "LOC", "Q1731")}


# -- organisations named after places stay organisations -------------------------------


@pytest.mark.parametrize("text, name", [
    ("Das Sozialgericht Mainz wies die Klage ab.", "Sozialgericht Mainz"),
    ("Sie studierte an der Technischen Universität Dresden.", "Technischen Universität Dresden"),
    ("Er wechselte im Sommer zu Fortuna Düsseldorf.", "Fortuna Düsseldorf"),
    ("Die Stadtwerke Kiel erhöhen die Preise.", "Stadtwerke Kiel"),
    ("Die Messe Leipzig verschob die Buchmesse.", "Messe Leipzig"),
    ("Am Samstag verlor Hannover 96 knapp.", "Hannover 96"),
])
def test_organisation_named_after_a_place_is_one_unlinked_org(text, name):
    assert reconcile(text, []) == {(name, "ORG", "")}


def test_model_place_label_on_a_club_becomes_org():
    found = reconcile("Er wechselte im Sommer zu Fortuna Düsseldorf.",
                      [("Fortuna Düsseldorf", "LOC")])
    assert found == {("Fortuna Düsseldorf", "ORG", "")}


def test_model_org_on_a_town_name_stays_org():
    # "Bochum gewann": the club, written with the town's name; linking decides later.
    found = reconcile("Bochum gewann am Ende deutlich.", [("Bochum", "ORG")])
    assert {(text, label) for text, label, _ in found} == {("Bochum", "ORG")}


def test_institution_is_org_whatever_the_model_said():
    found = reconcile("Das Paul-Ehrlich-Institut prüft den Impfstoff, sagte Anna Weber.",
                      [("Paul-Ehrlich-Institut", "PER"), ("Anna Weber", "PER")])
    assert found == {("Paul-Ehrlich-Institut", "ORG", ""), ("Anna Weber", "PER", "")}


# -- MISC: awards, competitions, events, works, products, laws --------------------------


@pytest.mark.parametrize("text, name", [
    ("Sie bekam den Deutschen Filmpreis und sprach lange.", "Deutschen Filmpreis"),
    ("Das Gebäudeenergiegesetz bleibt umstritten.", "Gebäudeenergiegesetz"),
    ("Im Finale der Conference League stand ein Außenseiter.", "Conference League"),
    ("Der Kleist-Preis ging an eine Lyrikerin.", "Kleist-Preis"),
    ("Den UEFA-Cup holte einst ein kleiner Verein.", "UEFA-Cup"),
    ("Sie hat den Film Oppenheimer gesehen.", "Oppenheimer"),
    ("Der Fahrer fuhr mit dem Deutschlandticket nach Hause.", "Deutschlandticket"),
])
def test_misc_names_are_found(text, name):
    assert name in {found for found, label, _ in reconcile(text, []) if label == "MISC"}


def test_compound_of_a_common_noun_and_a_competition_word_is_no_name():
    assert reconcile("Die Fußball-Liga der Frauen wächst.", []) == set()


def test_model_org_on_a_competition_becomes_misc():
    found = reconcile("Die Nations League beginnt im Herbst.", [("Nations League", "ORG")])
    assert found == {("Nations League", "MISC", "")}


def test_competition_takes_its_year():
    found = reconcile("Die Fußball-Europameisterschaft 2028 findet in Großbritannien statt.", [])
    assert ("Fußball-Europameisterschaft 2028", "MISC", "") in found


def test_title_after_a_work_noun_is_misc_even_if_the_model_says_otherwise():
    found = reconcile("Er las den Roman Tyll im Urlaub.", [("Tyll", "LOC")])
    assert found == {("Tyll", "MISC", "")}


@pytest.mark.parametrize("text, model", [
    ("Der Chipkonzern Weltron kündigte neue Werke an.", []),
    ("Die Plattform Weltron wächst schnell.", [("Weltron", "PER")]),
    ("Der Versicherer Weltron zahlt nicht.", [("Weltron", "LOC")]),
    ("Die Warenhauskette Weltron schließt zwölf Filialen.", []),
    ("Das Wahlbündnis Weltron wurde stärkste Kraft.", []),
])
def test_name_after_an_organisation_noun_is_that_organisation(text, model):
    assert reconcile(text, model) == {("Weltron", "ORG", "")}


def test_lexicon_word_before_a_proper_noun_after_an_organisation_noun_starts_its_name():
    found = reconcile_tagged("Der Spielehersteller Brücke Zentra wächst.", [],
                             {"Spielehersteller": "NN", "Brücke": "NN", "Zentra": "NE",
                              "Der": "ART", "wächst": "VVFIN"})
    assert found == {("Brücke Zentra", "ORG", "")}


def test_common_noun_after_an_organisation_noun_is_no_name():
    assert reconcile("Er sagte, dass der Konzern Stellen abbaut.", []) == set()


def test_linked_place_after_an_organisation_noun_keeps_its_label():
    found = reconcile("Die Großbank Argentiniens meldet Gewinne.", [("Argentiniens", "LOC")])
    assert {(text, label) for text, label, _ in found} == {("Argentiniens", "LOC")}


@pytest.mark.parametrize("text, name, label", [
    ("Das Finale fand im Weserstadion statt.", "Weserstadion", "LOC"),
    ("Die Büste steht im Bodemuseum.", "Bodemuseum", "ORG"),
    ("Die Praxis zog in die Goethestraße um.", "Goethestraße", "LOC"),
    ("Der Umzug führte über die Goethebrücke.", "Goethebrücke", "LOC"),
])
def test_venue_named_after_something_is_a_name(text, name, label):
    assert reconcile(text, []) == {(name, label, "")}


def test_venue_compound_of_a_common_noun_is_no_name():
    assert reconcile("Die Ausstellung im Stadtmuseum war gut besucht.", []) == set()
    assert reconcile("Die Landstraße war nach dem Unfall gesperrt.", []) == set()
    assert reconcile("Die Autobahnbrücke war nach dem Unfall gesperrt.", []) == set()


def reconcile_tagged(text: str, model: list[tuple[str, str]], tags: dict[str, str]
                     ) -> set[tuple[str, str, str]]:
    """``reconcile`` with STTS tags set by hand on the words in ``tags``."""
    nlp = reconciler()
    doc = nlp.make_doc(text)
    for token in doc:
        token.tag_ = tags.get(token.text, "XY")
    doc.ents = [span_of(doc, surface, label) for surface, label in model]
    for _, component in nlp.pipeline:
        doc = component(doc)
    return {(e.text, e.label_, e.id_) for e in doc.ents}


# -- names beyond the gazetteer: institutions, articles, descriptors ----------------------


@pytest.mark.parametrize("text, model, name", [
    ("Das Bundesamt für Strahlenschutz warnt vor Radon.", [("Bundesamt", "ORG")],
     "Bundesamt für Strahlenschutz"),
    ("Die Akademie für Luft- und Raumfahrt lädt ein.", [("Akademie", "ORG")],
     "Akademie für Luft- und Raumfahrt"),
    ("Das Bundesamt für Wasser und Schifffahrt baut.", [("Bundesamt für Wasser", "ORG")],
     "Bundesamt für Wasser und Schifffahrt"),
])
def test_an_institutions_fuer_complement_belongs_to_its_name(text, model, name):
    assert reconcile(text, model) == {(name, "ORG", "")}


def test_a_fuer_complement_may_hold_a_lower_case_adjective():
    found = reconcile("Die Landeszentrale für politische Bildung lädt ein.", [])
    assert found == {("Landeszentrale für politische Bildung", "ORG", "")}


@pytest.mark.parametrize("text, name", [
    ("Die Bundesseuchenagentur warnte früh.", "Bundesseuchenagentur"),
    ("Das Landesvermessungsamt für Kartografie zeigt Karten.",
     "Landesvermessungsamt für Kartografie"),
])
def test_a_federal_or_state_authority_in_one_word_is_org(text, name):
    assert reconcile(text, []) == {(name, "ORG", "")}


@pytest.mark.parametrize("text", [
    "Der Bundestrainer und der Bundesminister schwiegen.",
    "Jedes Bundesland zahlt mit.",
    "Das Landeskriminalamt ermittelt.",      # every state has one: which is not said
])
def test_federal_words_that_name_no_authority(text):
    assert reconcile(text, []) == set()


def test_an_ensemble_noun_before_a_place_names_the_ensemble():
    found = reconcile("Sie singt im Rundfunkchor Leipzig.", [("Leipzig", "LOC")])
    assert found == {("Rundfunkchor Leipzig", "ORG", "")}


def test_a_fuer_complement_stops_at_a_verb_the_tagger_saw():
    found = reconcile_tagged("Das Bundesamt für Kartografie veröffentlichte Karten.",
                             [("Bundesamt", "ORG")], {"veröffentlichte": "VVFIN"})
    assert found == {("Bundesamt für Kartografie", "ORG", "")}


def test_a_fuer_complement_stops_before_another_name():
    found = reconcile("Das Bundesamt für Umwelt und Ministerin Anna Weber streiten.",
                      [("Bundesamt für Umwelt", "ORG"), ("Anna Weber", "PER")])
    assert found == {("Bundesamt für Umwelt", "ORG", ""), ("Anna Weber", "PER", "")}


def test_fuer_after_a_person_or_a_common_noun_is_no_complement():
    found = reconcile("Ein Preis für Anna Weber und Kollegen.", [("Anna Weber", "PER")])
    assert found == {("Anna Weber", "PER", "")}


@pytest.mark.parametrize("text, name", [
    ("Gestern lud das Sächsische Landesmuseum zur Eröffnung.", "Sächsische Landesmuseum"),
    ("Sie spielt im Westfälischen Sinfonieorchester.", "Westfälischen Sinfonieorchester"),
    ("Er forscht am Karlsruher Institut für Physik und Chemie.",
     "Karlsruher Institut für Physik und Chemie"),
])
def test_capitalised_adjective_and_institution_noun_are_one_name(text, name):
    assert reconcile(text, []) == {(name, "ORG", "")}


@pytest.mark.parametrize("text", [
    "Ein Großes Theater braucht viel Geld.",          # no definite article
    "Das Münchner Museum zeigt alte Bilder.",        # a town adjective describes
    "Das FDP-geführte Ministerium schwieg.",         # a compound with a name
])
def test_adjective_before_an_institution_noun_that_names_nothing(text):
    assert not {label for _, label, _ in reconcile(text, [])} & {"ORG"}


def test_an_article_is_no_part_of_a_name_the_gazetteer_knows():
    found = reconcile("Die Grünen verloren Stimmen.", [("Die Grünen", "ORG")])
    assert found == {("Grünen", "ORG", "Q49766")}
    found = reconcile("Das Gericht sitzt in Den Haag.", [("Den Haag", "LOC")])
    assert found == {("Den Haag", "LOC", "Q36600")}    # a capital 'Den' inside a sentence


@pytest.mark.parametrize("text, model, expected", [
    ("Der Verein Weltron Kickers gewann.", [("Verein Weltron Kickers", "ORG")],
     ("Weltron Kickers", "ORG", "")),
    ("Das Weltraumteleskop Weltron misst Sterne.", [("Weltraumteleskop Weltron", "ORG")],
     ("Weltron", "MISC", "")),
    ("Die Serie Weltron lief lange.", [("Serie Weltron", "MISC")],
     ("Serie Weltron", "MISC", "")),                # the model's title keeps its noun
])
def test_a_describing_noun_starts_no_name(text, model, expected):
    assert reconcile(text, model) == {expected}


def test_a_lower_case_finite_verb_ends_a_model_span():
    found = reconcile_tagged("Der SC Weltron siegte klar.", [("SC Weltron siegte", "ORG")],
                             {"siegte": "VVFIN"})
    assert found == {("SC Weltron", "ORG", "")}
    found = reconcile_tagged("Sie wohnt in Côte d'Or.", [("Côte d'Or", "LOC")],
                             {"d'Or": "VVFIN"})
    assert {text for text, _, _ in found} == {"Côte d'Or"}    # no German verb


def test_a_name_with_commas_stays_whole_unless_the_gazetteer_knows_a_piece():
    found = reconcile("Sie plante bei Weltron, Baxter and Finch.",
                      [("Weltron, Baxter and Finch", "ORG")])
    assert found == {("Weltron, Baxter and Finch", "ORG", "")}


def test_an_abbreviation_the_gazetteer_knows_as_a_body_stays_org():
    found = reconcile("Die G20 berieten über Schulden.", [("G20", "LOC")])
    assert found == {("G20", "ORG", "Q19771")}


def test_linked_organisation_after_an_organisation_noun_is_org():
    found = reconcile("Der Konzern Siemens baut Stellen ab.", [("Siemens", "LOC")])
    assert found == {("Siemens", "ORG", "Q81230")}


@pytest.mark.parametrize("text, model, name", [
    ("Sie besuchte das Weltronmuseum.", [("Weltronmuseum", "LOC")], "Weltronmuseum"),
    ("Das Anna-Weltron-Museum öffnet.", [], "Anna-Weltron-Museum"),
    ("Das Hagedorn-Zentrum forscht.", [], "Hagedorn-Zentrum"),
])
def test_museums_and_centres_are_organisations(text, model, name):
    assert reconcile(text, model) == {(name, "ORG", "")}


def test_a_compound_ending_in_a_site_is_no_institution():
    assert reconcile("Das Hagedorn-Versandzentrum schließt.", []) == set()


def test_a_separator_at_the_edge_of_a_model_span_is_dropped():
    found = reconcile("Sie kam aus Weltron , nicht aus Rom.", [("Weltron ,", "LOC")])
    assert ("Weltron", "LOC", "") in found
    found = reconcile("Er las Weltron , Baxter , dann schlief er.",
                      [("Weltron , Baxter ,", "MISC")])
    assert found == {("Weltron , Baxter", "MISC", "")}


def test_title_after_a_work_noun_takes_its_number():
    assert reconcile("Die Rakete Weltron 5 startete.", []) == {("Weltron 5", "MISC", "")}


@pytest.mark.parametrize("text, model, title", [
    ("Sie sang den Song „Weit über dem Meer“ zum Schluss.", [("Meer", "LOC")],
     "Weit über dem Meer"),
    ("Das Album \"Zwei Welten\" erschien im Mai.", [], "Zwei Welten"),
])
def test_a_quoted_title_after_a_work_noun_is_one_misc(text, model, title):
    assert reconcile(text, model) == {(title, "MISC", "")}


def test_quotes_after_a_work_noun_hold_no_lower_case_title():
    assert reconcile("Im Film „wir“ sagen alle etwas.", []) == set()


def test_a_count_after_a_club_is_no_club_year():
    found = reconcile_tagged("Im Training fuhr Hannover 23 Runden.", [("Hannover", "ORG")],
                             {"Runden": "NN"})
    assert {(text, label) for text, label, _ in found} == {("Hannover", "ORG")}


def test_a_one_letter_league_level_is_no_name():
    assert reconcile("Er spielt in der B-Liga.", []) == set()


def test_a_common_noun_before_a_genitive_place_is_no_part_of_it():
    found = reconcile("Das Beben erschütterte die Ostküste Taiwans.", [("Ostküste Taiwans", "LOC")])
    assert {(text, label) for text, label, _ in found} == {("Taiwans", "LOC")}


@pytest.mark.parametrize("text, surface, label", [
    ("Er schrieb in Nordkoreanischen Medien.", "Nordkoreanischen", "ORG"),
    ("Der Plan folgt Kreml-Angaben vom Montag.", "Kreml-Angaben", "ORG"),
])
def test_an_adjective_or_a_common_noun_compound_is_no_name(text, surface, label):
    assert reconcile(text, [(surface, label)]) == set()


def test_an_institution_compound_stays_a_name():
    found = reconcile("Das Heinrich-Hertz-Institut warnt.", [("Heinrich-Hertz-Institut", "ORG")])
    assert {(t, label) for t, label, _ in found} == {("Heinrich-Hertz-Institut", "ORG")}


def test_a_title_after_a_compound_work_noun_is_misc_with_its_number():
    found = reconcile("Die Trägerrakete Vega 7 startete.", [("Vega", "LOC")])
    assert {(t, label) for t, label, _ in found} == {("Vega 7", "MISC")}
    example = reconcile("Zum Beispiel Wolfsburg gewann.", [("Wolfsburg", "LOC")])
    assert {(t, label) for t, label, _ in example} == {("Wolfsburg", "LOC")}


def test_several_capitalised_adjectives_before_an_institution_noun_name_it():
    found = reconcile("Die Königlich Dänische Akademie lud ein.", [])
    assert {(t, label) for t, label, _ in found} == {("Königlich Dänische Akademie", "ORG")}


def test_an_organisation_noun_before_an_adjective_is_part_of_the_name():
    text = "Die Gewerkschaft Deutscher Lokführer streikt."
    found = reconcile(text, [("Gewerkschaft Deutscher Lokführer", "ORG")])
    assert {(t, label) for t, label, _ in found} == {("Gewerkschaft Deutscher Lokführer", "ORG")}


# -- the shipped pipeline ------------------------------------------------------------


@pytest.mark.skipif(not ner_model.shipped_model_available(), reason="shipped NER model missing")
def test_shipped_pipeline_keeps_clubs_and_courts_whole():
    nlp = default_pipeline()
    doc = nlp("Vor dem Amtsgericht Bochum stritten der VfL Wolfsburg und die Technische "
              "Universität Dresden.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("Amtsgericht Bochum", "ORG"), ("VfL Wolfsburg", "ORG"),
            ("Technische Universität Dresden", "ORG")} <= ents
    assert not {text for text, label in ents if label == "LOC"}


# -- institutions named by their place, unions, companies (ner8) -------------------------


def test_a_court_noun_and_an_unknown_place_are_one_organisation():
    found = reconcile("Das Landgericht Kleinhausen sprach den Angeklagten frei.", [])
    assert {(t, label) for t, label, _ in found} == {("Landgericht Kleinhausen", "ORG")}


def test_a_genitive_authority_noun_takes_the_state_after_it():
    found = reconcile("Beamte des Landeskriminalamts Thüringen durchsuchten eine Wohnung.", [])
    assert {(t, label) for t, label, _ in found} == {("Landeskriminalamts Thüringen", "ORG")}


def test_an_institution_noun_before_a_common_noun_names_nothing():
    assert not reconcile("Vor dem Landgericht Anklage zu erheben, lehnte er ab.", [])


def test_two_names_joined_by_an_ampersand_are_one_company():
    found = reconcile("Der Konsumgüterkonzern Brandt & Söhne senkt die Preise.",
                      [("Söhne", "ORG")])
    assert ("Brandt & Söhne", "ORG") in {(t, label) for t, label, _ in found}


def test_an_ampersand_between_persons_stays_two_persons():
    found = reconcile("Anna Berg & Max Stein lasen vor.",
                      [("Anna Berg", "PER"), ("Max Stein", "PER")])
    assert {(t, label) for t, label, _ in found} == {("Anna Berg", "PER"), ("Max Stein", "PER")}


def test_words_before_a_legal_form_are_the_company_name():
    found = reconcile("Die Nordlicht Solar GmbH & Co. KG hat Insolvenz angemeldet.", [])
    assert {(t, label) for t, label, _ in found} == {("Nordlicht Solar GmbH & Co. KG", "ORG")}


def test_a_genitive_descriptor_takes_a_name_of_two_words():
    found = reconcile("Die Übernahme des Softwareherstellers Quellwerk Systems ist perfekt.",
                      [("Systems", "ORG")])
    assert {(t, label) for t, label, _ in found} == {("Quellwerk Systems", "ORG")}


def test_a_big_german_city_is_a_known_place():
    found = reconcile("In Remscheid und Bottrop wurde gewählt.", [])
    assert {(t, label) for t, label, _ in found} == {("Remscheid", "LOC"), ("Bottrop", "LOC")}


def test_a_trade_union_is_a_known_organisation():
    found = reconcile("Die IG Metall und der Marburger Bund rufen zum Warnstreik auf.", [])
    assert {(t, label) for t, label, _ in found} == {("IG Metall", "ORG"),
                                                     ("Marburger Bund", "ORG")}


@pytest.mark.skipif(not ner_model.shipped_model_available(), reason="shipped NER model missing")
def test_shipped_pipeline_finds_a_court_of_an_unknown_town_and_no_common_noun():
    nlp = default_pipeline()
    ents = {(e.text, e.label_) for e in nlp(
        "Das Amtsgericht Kleinhausen verhandelt, weil das Landgericht Anklage zuließ.").ents}
    assert ents == {("Amtsgericht Kleinhausen", "ORG")}


def test_a_legal_form_never_cuts_a_longer_company_name():
    text = "Im Werk der Muster-Werke Hagen a. d. Ruhr GmbH brach ein Feuer aus."
    found = reconcile(text, [("Muster-Werke Hagen a. d. Ruhr GmbH", "ORG")])
    assert {(t, label) for t, label, _ in found} == {("Muster-Werke Hagen a. d. Ruhr GmbH", "ORG")}


@pytest.mark.skipif(not ner_model.shipped_model_available(), reason="shipped NER model missing")
def test_shipped_pipeline_joins_no_common_nouns_at_an_ampersand():
    nlp = default_pipeline()
    ents = {(e.text, e.label_) for e in nlp("Der Sender spielt vor allem Rock & Pop.").ents}
    assert ("Rock & Pop", "ORG") not in ents


def test_an_institution_noun_before_a_country_genitive_stays_apart():
    found = reconcile("Der Verfassungsschutz Österreichs warnt vor Spionage.", [])
    assert ("Österreichs", "LOC") in {(t, label) for t, label, _ in found}


def test_the_span_index_finds_exactly_the_overlapping_spans():
    import random

    from graphkit.nlp.entity_reconcile import overlaps
    from graphkit.nlp.span_index import SpanIndex

    doc = spacy.blank("de").make_doc(" ".join(["Wort"] * 60))
    rng = random.Random(3)
    spans = []
    for _ in range(40):
        start = rng.randrange(59)
        spans.append(Span(doc, start, min(60, start + rng.randint(1, 6)), label="ORG"))
    index = SpanIndex(spans)
    for start in range(60):
        for end in range(start + 1, min(61, start + 8)):
            probe = Span(doc, start, end, label="LOC")
            expected = sorted((s.start, s.end) for s in spans if overlaps(s, probe))
            assert sorted((s.start, s.end) for s in index.overlapping(probe)) == expected
            assert index.overlaps_any(probe) == bool(expected)

"""The shipped gazetteers and their loader (graphkit/kb/gazetteer.py).

Sentences here are written for these tests; none comes from the seed articles.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest

from graphkit.kb.gazetteer import (
    _entry_from_record,
    _folded_key,
    _parse_lines,
    load_gazetteer,
)

DATA_DIR = Path(__file__).resolve().parents[1] / "graphkit" / "kb" / "data"
BUILD_SCRIPT = Path(__file__).resolve().parents[1] / "training" / "build_gazetteer.py"
QID = re.compile(r"^Q\d+$")
# Surnames shared by many people (or German words): never an alias on their own.
COMMON_SURNAMES = {"Kim", "Lee", "Park", "Li", "Wang", "Bush", "Clinton", "Müller", "Schmidt",
                   "Schulz", "Fischer", "Johnson", "Castro", "Assad", "Kaczyński", "Le Pen",
                   "Klitschko", "Kirchner", "Powell", "Kohl", "Kurz", "Neuer", "Graf"}


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.fixture(scope="module")
def ruler_nlp(gazetteer):
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("de")
    nlp.add_pipe("entity_ruler").add_patterns(gazetteer.ruler_patterns())
    return nlp


# -- loading ----------------------------------------------------------------------------


def test_load_is_cached():
    # Load time is measured in benchmarks, not asserted here: a loaded machine would fail it.
    load_gazetteer.cache_clear()
    first = load_gazetteer()
    assert load_gazetteer() is first
    assert len(first.entries) > 1000 and len(first.offices) > 50


def test_malformed_line_names_file_and_line():
    good = json.dumps({"id": "Q1", "name": "A", "label": "LOC", "kind": "city", "wikidata": "Q1"})
    with pytest.raises(ValueError, match=r"places\.jsonl line 2"):
        _parse_lines(good + "\n{not json\n", "places.jsonl", _entry_from_record)
    with pytest.raises(ValueError, match=r"people\.jsonl line 1"):
        _parse_lines('{"id": "Q1", "label": "PER"}\n', "people.jsonl", _entry_from_record)


# -- lookup -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Russland", "Q159"), ("Russlands", "Q159"), ("Russische Föderation", "Q159"),
        ("Nordkoreas", "Q423"), ("DVRK", "Q423"), ("Demokratischen Volksrepublik Korea", "Q423"),
        ("Putins", "Q7747"), ("Vladimir Putin", "Q7747"),
        ("Kim Jong-un", "Q56226"), ("Kim Jong-Un", "Q56226"), ("Kim Jong Un", "Q56226"),
        ("Kim Jong Uns", "Q56226"),
        ("Pyongyang", "Q18808"), ("Pjöngjang", "Q18808"), ("Kyjiw", "Q1899"), ("Kiews", "Q1899"),
        ("Beijing", "Q956"), ("Vladivostok", "Q959"),
        ("Nato", "Q7184"), ("NATO", "Q7184"), ("Uno", "Q1065"), ("Vereinten Nationen", "Q1065"),
        ("Europäischen Union", "Q458"), ("Weißen Hauses", "Q35525"), ("Bundestages", "Q154797"),
        ("Schwarzen Meer", "Q166"), ("Vereinigten Staaten", "Q30"), ("US", "Q30"),
        ("Paris", "Q90"), ("Paris'", "Q90"), ("Moskaus", "Q649"), ("Trump's", "Q22686"),
        ("Hamas", "Q38799"), ("RUSSLAND", "Q159"), ("Selenskyjs", "Q3874799"),
    ],
)
def test_lookup_variants(gazetteer, surface, expected):
    entry = gazetteer.lookup(surface)
    assert entry is not None, surface
    assert entry.id == expected


@pytest.mark.parametrize("surface", ["Kim", "Bush", "Clinton", "grüne", "nordkoreanisch", "Essen",
                                     "Präsident", ""])
def test_lookup_refuses_ambiguous_or_non_names(gazetteer, surface):
    assert gazetteer.lookup(surface) is None


def test_ninth_pass_ids_reach_lookup(gazetteer):
    # IDs added with two sources in training/wikidata_evidence/organisations-6.jsonl.
    sentence = "Der EuGH folgte dem Gutachten, das RKI widersprach."
    for surface, expected in (("EuGH", "Q4951"), ("RKI", "Q679041")):
        assert surface in sentence
        entry = gazetteer.lookup(surface)
        assert entry is not None and entry.id == expected == entry.wikidata


def test_eleventh_pass_companies_are_organisations(ruler_nlp):
    # Companies German news name often, added without an alias that is a word or a demonym.
    doc = ruler_nlp("Nissan und Honda verhandeln, Bosch und Stellantis warten, Unicredit schweigt.")
    found = {(ent.text, ent.label_) for ent in doc.ents}
    assert {("Nissan", "ORG"), ("Honda", "ORG"), ("Bosch", "ORG"), ("Stellantis", "ORG"),
            ("Unicredit", "ORG")} <= found
    assert not ruler_nlp("Der Bayer sitzt unter der Linde im Garten.").ents


def test_slug_ids_for_entries_without_a_checked_qid(gazetteer):
    kreml = gazetteer.lookup("Kremls")
    assert kreml is not None and kreml.id.startswith("gk:") and kreml.wikidata is None
    assert gazetteer.get(kreml.id) is kreml


@pytest.mark.parametrize(
    ("adjective", "expected"),
    [("russische", "Russland"), ("russischen", "Russland"), ("nordkoreanischen", "Nordkorea"),
     ("US-amerikanische", "USA"), ("amerikanischen", "USA"), ("südkoreanischer", "Südkorea"),
     ("chinesisch", "China"), ("Schweizer", "Schweiz"), ("vietnamesischen", "Vietnam")],
)
def test_country_by_adjective(gazetteer, adjective, expected):
    entry = gazetteer.country_by_adjective(adjective)
    assert entry is not None and entry.name == expected


def test_country_by_adjective_rejects_nouns(gazetteer):
    assert gazetteer.country_by_adjective("Präsident") is None
    assert gazetteer.country_by_adjective("russ") is None


# -- offices ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "country", "day", "expected"),
    [
        ("Kremlchef", None, date(2024, 6, 1), "Wladimir Putin"),
        ("Kreml-Chef", None, date(2010, 3, 1), "Dmitri Medwedew"),
        ("Präsident", "Q159", date(2024, 6, 1), "Wladimir Putin"),
        ("Präsidenten", "Q159", date(2010, 3, 1), "Dmitri Medwedew"),
        ("Bundeskanzler", None, date(2023, 5, 1), "Olaf Scholz"),
        ("Bundeskanzler", None, date(2025, 6, 1), "Friedrich Merz"),
        ("Kanzler", "Q183", date(2025, 5, 6), "Friedrich Merz"),
        ("Kanzler", "Q183", date(2025, 5, 5), "Olaf Scholz"),
        ("Kanzlerin", None, date(2012, 1, 1), "Angela Merkel"),
        ("Kanzler", "Q40", date(2023, 1, 1), "Karl Nehammer"),
        ("Machthaber", "Q423", date(2019, 2, 27), "Kim Jong Un"),
        ("Machthabers", "Q423", date(2005, 1, 1), "Kim Jong Il"),
        ("US-Präsident", None, date(2018, 6, 12), "Donald Trump"),
        ("Präsident", "Q30", date(2022, 11, 4), "Joe Biden"),
        ("UN-Generalsekretär", None, date(2010, 1, 1), "Ban Ki-moon"),
        ("Nato-Generalsekretär", None, date(2020, 1, 1), "Jens Stoltenberg"),
    ],
)
def test_office_holder_by_date(gazetteer, word, country, day, expected):
    holder = gazetteer.office_holder(word, country, day)
    assert holder is not None and holder.name == expected


def test_office_holder_without_date_needs_a_single_holder(gazetteer):
    assert gazetteer.office_holder("Kremlchef", None, None) is None
    belarus = gazetteer.lookup("Belarus")
    holder = gazetteer.office_holder("Präsident", belarus.id, None)
    assert holder is not None and holder.name == "Alexander Lukaschenko"


def test_office_holder_unknown_or_needing_a_country(gazetteer):
    assert gazetteer.office_holder("Präsident", None, date(2020, 1, 1)) is None
    assert gazetteer.office_holder("Bäcker", "Q183", date(2020, 1, 1)) is None
    assert gazetteer.office_holder("Präsident", "Q159", date(1950, 1, 1)) is None


def test_people_with_surname(gazetteer):
    kims = {entry.name for entry in gazetteer.people_with_surname("Kim")}
    assert {"Kim Jong Un", "Kim Jong Il", "Kim Il Sung"} <= kims
    assert [e.name for e in gazetteer.people_with_surname("Putin")] == ["Wladimir Putin"]


# -- EntityRuler patterns ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Kremlchef empfing am Montag den Präsidenten Kasachstans in Moskau.",
         {("Kasachstans", "LOC"), ("Moskau", "LOC")}),
        ("Kim Jong-un und Kim Jong Un sind dieselbe Person, sagte ein Sprecher in Seoul.",
         {("Kim Jong-un", "PER"), ("Kim Jong Un", "PER"), ("Seoul", "LOC")}),
        ("Nach Angaben der Vereinten Nationen flohen Tausende über die Grenze nach Polen.",
         {("Vereinten Nationen", "ORG"), ("Polen", "LOC")}),
        ("Ein Sprecher des Weißen Hauses bestätigte das Treffen mit Olaf Scholz in Washington.",
         {("Weißen Hauses", "ORG"), ("Olaf Scholz", "PER"), ("Washington", "LOC")}),
        ("Chinas Staatschef Xi Jinping reiste im Mai nach Belgrad und Budapest.",
         {("Chinas", "LOC"), ("Xi Jinping", "PER"), ("Belgrad", "LOC"), ("Budapest", "LOC")}),
    ],
)
def test_ruler_patterns_find_names(ruler_nlp, sentence, expected):
    found = {(ent.text, ent.label_) for ent in ruler_nlp(sentence).ents}
    assert expected <= found


def test_ruler_patterns_skip_adjectives_demonyms_and_bare_ambiguous_surnames(ruler_nlp):
    doc = ruler_nlp("Der russische Präsident und die Russen sprachen mit Kim über Bush.")
    assert [ent.text for ent in doc.ents] == []


def test_ruler_patterns_carry_ids(gazetteer):
    patterns = gazetteer.ruler_patterns()
    assert all(set(p) == {"label", "pattern", "id"} for p in patterns)
    by_text = {p["pattern"]: p for p in patterns}
    assert by_text["Russlands"]["id"] == "Q159"
    assert by_text["Kim Jong-Un"]["id"] == "Q56226"
    assert "russisch" not in by_text and "Russe" not in by_text


# -- data integrity ---------------------------------------------------------------------


def test_files_are_sorted_jsonl_with_unique_ids():
    all_ids: list[str] = []
    for path in sorted(DATA_DIR.glob("*.jsonl")):
        ids = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]
        assert ids == sorted(ids), path.name
        all_ids.extend(ids)
    duplicates = [i for i, count in Counter(all_ids).items() if count > 1]
    assert duplicates == []


def test_wikidata_ids_are_well_formed(gazetteer):
    for entry in gazetteer.entries:
        if entry.wikidata is None:
            assert entry.id.startswith("gk:"), entry
        else:
            assert QID.match(entry.wikidata) and entry.id == entry.wikidata, entry
    assert {"Q183": "Deutschland", "Q159": "Russland", "Q30": "USA", "Q148": "China",
            "Q212": "Ukraine", "Q881": "Vietnam", "Q884": "Südkorea", "Q423": "Nordkorea",
            "Q64": "Berlin", "Q649": "Moskau", "Q18808": "Pjöngjang", "Q7747": "Wladimir Putin",
            "Q56226": "Kim Jong Un"} == {
        qid: gazetteer.get(qid).name
        for qid in ("Q183", "Q159", "Q30", "Q148", "Q212", "Q881", "Q884", "Q423", "Q64",
                    "Q649", "Q18808", "Q7747", "Q56226")
    }


def test_references_point_to_existing_entries(gazetteer):
    for entry in gazetteer.entries:
        for reference in (entry.country, entry.capital):
            assert reference is None or gazetteer.get(reference) is not None, entry
    for office in gazetteer.offices:
        assert office.country is None or gazetteer.get(office.country) is not None, office.id
        assert office.holders, office.id
        for holder in office.holders:
            person = gazetteer.get(holder.entry_id)
            assert person is not None and person.label == "PER", (office.id, holder)
            assert holder.end is None or holder.start is None or holder.start < holder.end


def test_office_terms_do_not_overlap(gazetteer):
    for office in gazetteer.offices:
        terms = sorted(office.holders, key=lambda h: h.start or date.min)
        for earlier, later in zip(terms, terms[1:], strict=False):
            assert earlier.end is not None and earlier.end <= later.start, office.id


def test_no_alias_is_shared_by_two_entries(gazetteer):
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in gazetteer.entries:
        for name in entry.names:
            owners[_folded_key(name)].add(entry.id)
    shared = {name: ids for name, ids in owners.items() if len(ids) > 1}
    assert shared == {}


def test_no_bare_ambiguous_surname_is_an_alias(gazetteer):
    people = [entry for entry in gazetteer.entries if entry.label == "PER"]
    surname_count = Counter(entry.surname for entry in people if entry.surname)
    shared = {name for name, count in surname_count.items() if count > 1} | COMMON_SURNAMES
    for entry in gazetteer.entries:
        assert not shared & set(entry.aliases), (entry.name, shared & set(entry.aliases))


def test_every_country_has_german_adjective_stems(gazetteer):
    countries = [entry for entry in gazetteer.entries if entry.kind == "country"]
    assert len(countries) >= 195
    big = {"Deutschland", "Russland", "USA", "China", "Frankreich", "Nordkorea", "Ukraine"}
    for entry in countries:
        assert all(stem == stem.lower() for stem in entry.adjectives), entry.name
        if entry.name in big:
            assert entry.adjectives and entry.demonyms and entry.capital, entry.name


@pytest.mark.skipif(importlib.util.find_spec("babel") is None, reason="Babel builds the data")
def test_shipped_files_match_the_build_script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for file_name, text in module.build_all().items():
        assert (DATA_DIR / file_name).read_text(encoding="utf-8") == text, file_name

"""graphkit's shipped German NER model: loads offline, finds entities; training still runs.

The training test reads ``../shared/data`` (skipped when absent) and writes only to a
temporary folder.
"""

from __future__ import annotations

import hashlib
import json
import socket
import sys
from pathlib import Path

import pytest
import spacy

from graphkit.nlp import context_vectors, ner_model, subword_vectors
from graphkit.nlp.name_lists import FIRST_NAME, PLACE, SURNAME, shipped_name_lists

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO / ".." / "shared" / "data"

needs_model = pytest.mark.skipif(
    not ner_model.shipped_model_available(), reason="shipped NER model or its wheel missing"
)

# Invented sentences: in neither the training data nor the seed articles.
SENTENCES = [
    ("Bundeskanzler Olaf Scholz traf am Montag in Paris den französischen Präsidenten "
     "Emmanuel Macron.",
     {("Olaf Scholz", "PER"), ("Paris", "LOC"), ("Emmanuel Macron", "PER")}),
    ("Die Lufthansa und die Deutsche Bahn wollen ab Herbst gemeinsame Tickets "
     "von Hamburg nach München verkaufen.",
     {("Lufthansa", "ORG"), ("Deutsche Bahn", "ORG"), ("Hamburg", "LOC"), ("München", "LOC")}),
    ("Nach Angaben der Vereinten Nationen sind in Syrien weiterhin Millionen Menschen auf "
     "Hilfe angewiesen, sagte Generalsekretär António Guterres in Genf.",
     {("Vereinten Nationen", "ORG"), ("Syrien", "LOC"), ("António Guterres", "PER"),
      ("Genf", "LOC")}),
]


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@needs_model
def test_shipped_model_loads_offline_and_finds_entities(no_network: None) -> None:
    ner_model.load_shipped_model.cache_clear()
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    ner_model.add_shipped_ner(nlp)
    assert "ner" in nlp.pipe_names
    found: set[tuple[str, str]] = set()
    expected: set[tuple[str, str]] = set()
    for text, gold in SENTENCES:
        doc = nlp(text)
        found |= {(ent.text, ent.label_) for ent in doc.ents}
        expected |= gold
    hits = found & expected
    # Every label is found at least once, and most expected entities are found exactly.
    assert {label for _, label in hits} >= {"PER", "LOC", "ORG"}, found
    assert len(hits) >= 0.7 * len(expected), (sorted(found), sorted(expected))


@needs_model
def test_shipped_model_loads_with_spacy_load_and_is_small() -> None:
    nlp = spacy.load(ner_model.SHIPPED_MODEL_DIR)
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "MISC"}
    size = sum(p.stat().st_size for p in ner_model.SHIPPED_MODEL_DIR.rglob("*") if p.is_file())
    assert size <= 30 * 1024 * 1024
    assert (ner_model.SHIPPED_MODEL_DIR / "ATTRIBUTION.md").is_file()
    assert ner_model.RULER_POSITION in {"before", "after", "reconcile"}


@pytest.mark.skipif(not subword_vectors.subword_vectors_available(), reason="wheel missing")
def test_subword_vectors_are_unit_length_and_meaningful() -> None:
    table = subword_vectors.get_table()
    vecs = table.matrix(["Kanzlerin", "Bundeskanzlerin", "Kartoffelsalat"])
    assert vecs.shape == (3, subword_vectors.PIECE_DIM)
    assert abs(float((vecs[0] ** 2).sum()) - 1.0) < 1e-4
    assert float(vecs[0] @ vecs[1]) > float(vecs[0] @ vecs[2])


@pytest.mark.skipif(not subword_vectors.subword_vectors_available(), reason="wheel missing")
def test_fast_piece_encoder_cuts_as_the_wheels_port() -> None:
    """The C++ encoder (where installed) must give the wheel's pieces, emoji runs included,
    and a word's vector must not depend on which other words share its batch."""
    model = subword_vectors._resource_dir() / "sp.model"
    port = subword_vectors._pure_encoder(model)
    words = ["Kanzlerin", "Straße", "18-Jährige", "🇩🇪", "👍🏻", "Xk9fQz2LmP0a", "„", "\n", " ",
             "Ⅻ", "ＡＢＣ", "Nordkoreaner", "McDonald's"]
    assert subword_vectors.piece_encoder(model)(words) == [port(w) for w in words]
    table = subword_vectors.SubwordVectorTable()
    alone = [table._compute([word])[0] for word in words]
    together = table._compute(words)
    assert all((a == b).all() for a, b in zip(alone, together))


def test_name_lists_flag_names_and_not_ordinary_words() -> None:
    lists = shipped_name_lists()
    assert lists.flags("Angela") & FIRST_NAME
    assert lists.flags("Schmidt") & SURNAME
    assert lists.flags("Hamburg") & PLACE
    assert lists.flags("Hamburgs") == lists.flags("Hamburg")  # genitive
    # Capitalised ordinary words are in no list, even where a place or person bears them.
    for word in ("Zeit", "Mai", "Ende", "Fall", "Der", "Juli"):
        assert lists.flags(word) == 0, word


@pytest.mark.skipif(not subword_vectors.subword_vectors_available(), reason="wheel missing")
def test_context_vectors_depend_on_the_neighbours() -> None:
    encoder = context_vectors.get_encoder()
    house = encoder.features("Sprecher des Weißen Hauses".split())
    shark = encoder.features("Angst vor dem Weißen Hai".split())
    assert house.shape == (4, context_vectors.CONTEXT_DIM)
    assert abs(float((house[2] ** 2).sum()) - 1.0) < 1e-4
    assert float(house[2] @ shark[3]) < 0.999  # "Weißen" differs with what follows
    again = encoder.features("Sprecher des Weißen Hauses".split(), cache=True)
    assert (abs(again - house) < 1e-2).all()
    assert encoder.features([]).shape == (0, context_vectors.CONTEXT_DIM)


def _tree_hash(path: Path) -> str:
    digest = hashlib.sha256()
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        digest.update(file.relative_to(path).as_posix().encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


@pytest.mark.skipif(not (SHARED_DATA / "germeval2014").is_dir(), reason="../shared/data absent")
@pytest.mark.skipif(not subword_vectors.subword_vectors_available(), reason="wheel missing")
def test_training_command_runs_on_a_tiny_slice(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "training"))
    import train

    shipped = ner_model.SHIPPED_MODEL_DIR
    before = _tree_hash(shipped) if shipped.is_dir() else None
    out = tmp_path / "run"
    assert train.main(["--out", str(out), "--limit", "40", "--max-steps", "4"]) == 0
    best = out / "model" / "model-best"
    nlp = spacy.load(best)
    assert nlp.pipe_names[-1] == "ner"
    assert nlp("Angela Merkel besuchte Paris.") is not None
    after = _tree_hash(shipped) if shipped.is_dir() else None
    assert before == after  # the shipped model was not replaced
    # The corpus records the options it was prepared with, so a run with others rebuilds it.
    options = json.loads((out / "corpus" / "options.json").read_text())
    assert options == {"europeana": True, "limit": 40, "augment": 2, "holdout": True}


def test_training_on_all_of_dev_needs_a_fixed_number_of_steps(capsys) -> None:
    sys.path.insert(0, str(REPO / "training"))
    import train

    with pytest.raises(SystemExit):
        train.main(["--no-holdout"])
    assert "--no-holdout needs --max-steps" in capsys.readouterr().err

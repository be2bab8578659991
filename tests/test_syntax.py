"""graphkit's shipped German syntax components: load offline, parse subjects and objects,
fill graphkit's Token fields, stand in for what a user's pipeline lacks; training runs.

The training test reads ``../shared/data`` (skipped when absent) and writes only to a
temporary folder.
"""

from __future__ import annotations

import socket
import sys
import warnings
from pathlib import Path

import pytest
import spacy

from graphkit.errors import PipelineNote
from graphkit.nlp import syntax

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO / ".." / "shared" / "data"

needs_model = pytest.mark.skipif(
    not syntax.shipped_syntax_available(), reason="shipped syntax model or its wheel missing"
)

# Invented sentences: in neither the treebanks nor the seed articles. (verb, subject, object)
SENTENCES = [
    ("Die Bürgermeisterin eröffnete am Samstag die neue Bibliothek.",
     "eröffnete", "Bürgermeisterin", "Bibliothek"),
    ("Der Verein verpflichtete gestern einen jungen Torwart aus Norwegen.",
     "verpflichtete", "Verein", "Torwart"),
    ("Die Polizei nahm am Abend zwei Verdächtige fest.", "nahm", "Polizei", "Verdächtige"),
    ("Die Forscher entdeckten einen unbekannten Kometen.", "entdeckten", "Forscher", "Kometen"),
]


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def parse(text: str):  # type: ignore[no-untyped-def]
    nlp = spacy.blank("de")
    syntax.add_shipped_syntax(nlp)
    return nlp(text)


@needs_model
@pytest.mark.parametrize(("text", "verb", "subject", "obj"), SENTENCES)
def test_shipped_parser_finds_subject_and_object(no_network: None, text: str, verb: str,
                                                 subject: str, obj: str) -> None:
    doc = parse(text)
    by_text = {t.text: t for t in doc}
    assert by_text[subject].dep_ == "nsubj" and by_text[subject].head.text == verb
    assert by_text[obj].dep_ == "obj" and by_text[obj].head.text == verb


@needs_model
def test_shipped_components_tag_stts_and_case() -> None:
    doc = parse("Die Gewerkschaft kritisierte am Freitag den Plan.")
    by_text = {t.text: t for t in doc}
    assert [t.tag_ for t in doc] == ["ART", "NN", "VVFIN", "APPRART", "NN", "ART", "NN", "$."]
    assert by_text["kritisierte"].pos_ == "VERB"
    assert by_text["kritisierte"].morph.get("Tense") == ["Past"]
    assert by_text["Gewerkschaft"].morph.get("Case") == ["Nom"]
    assert by_text["Plan"].morph.get("Case") == ["Acc"]


@needs_model
def test_default_pipeline_fills_token_fields() -> None:
    from graphkit.nlp.pipeline import default_pipeline, doc_to_sentences

    nlp = default_pipeline()
    text = "Gipfel in Wien\nDie Ministerin besuchte am Montag das Werk."
    sentences = doc_to_sentences(nlp(text), "a1")
    assert [s.sentence.text for s in sentences] == ["Gipfel in Wien",
                                                    "Die Ministerin besuchte am Montag das Werk."]
    tokens = sentences[1].tokens
    words = [t.text for t in tokens]
    verb = words.index("besuchte")
    subject, obj = tokens[words.index("Ministerin")], tokens[words.index("Werk")]
    assert (subject.dep, subject.head) == ("nsubj", verb)
    assert (obj.dep, obj.head) == ("obj", verb)
    assert tokens[verb].dep == "root" and tokens[verb].head == verb
    assert tokens[verb].pos == "VERB" and "Tense=Past" in tokens[verb].morph
    assert tokens[verb].tag == "VVFIN" and tokens[verb].lemma == "besuchen"  # HanTa's lemma
    for sentence in sentences:  # every head inside its own sentence
        assert all(0 <= t.head < len(sentence.tokens) for t in sentence.tokens)


def test_rules_pipeline_leaves_parse_fields_empty() -> None:
    from helpers import analyse

    token = analyse("Die Ministerin besuchte das Werk.").sentences[0].tokens[0]
    assert (token.dep, token.head, token.morph) == ("", -1, "")


@needs_model
def test_user_pipeline_without_parser_gets_graphkits_with_one_note(tmp_path: Path) -> None:
    from graphkit.nlp.pipeline import user_pipeline

    spacy.blank("de").to_disk(tmp_path / "blank")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp = user_pipeline(str(tmp_path / "blank"))
    notes = [w for w in caught if issubclass(w.category, PipelineNote)]
    assert len(notes) == 1 and "parser or morphologizer" in str(notes[0].message)
    assert {"parser", "morphologizer"} <= set(nlp.pipe_names)
    doc = nlp("Die Ministerin besuchte das Werk.")
    assert doc[1].dep_ == "nsubj" and doc[1].morph.get("Case") == ["Nom"]


@needs_model
def test_user_pipeline_with_a_parser_gets_no_note(tmp_path: Path) -> None:
    from graphkit.nlp.pipeline import user_pipeline

    syntax.load_shipped_syntax().to_disk(tmp_path / "full")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nlp = user_pipeline(str(tmp_path / "full"))
    assert not [w for w in caught if issubclass(w.category, PipelineNote)]
    assert nlp.pipe_names.count("parser") == 1


def test_contractions_keep_their_surface_token() -> None:
    sys.path.insert(0, str(REPO / "training"))
    from train_syntax import parse_block

    block = [
        "# sent_id = x", "1-2\tzum\t_\t_\t_\t_\t_\t_\t_\t_",
        "1\tzu\tzu\tADP\tAPPR\t_\t3\tcase\t_\t_",
        "2\tdem\tder\tDET\tART\tCase=Dat|Gender=Masc\t3\tdet\t_\t_",
        "3\tBahnhof\tBahnhof\tNOUN\tNN\tCase=Dat\t0\troot\t_\tSpaceAfter=No",
        "4\t.\t.\tPUNCT\t$.\t_\t3\tpunct\t_\t_",
    ]
    words = parse_block(block).words
    assert [w.form for w in words] == ["zum", "Bahnhof", "."]
    zum = words[0]
    assert (zum.lemma, zum.upos, zum.xpos, zum.head, zum.deprel) == ("zu", "ADP", "APPRART",
                                                                     2, "case")
    assert zum.feats == "Case=Dat|Gender=Masc" and not words[1].space_after
    assert [w.head for w in words] == [2, 0, 2]


@pytest.mark.slow
def test_training_runs_end_to_end_on_a_tiny_slice(tmp_path: Path) -> None:
    if not (SHARED_DATA / "ud-german-gsd").is_dir():
        pytest.skip("../shared/data is not beside the repository")
    sys.path.insert(0, str(REPO / "training"))
    import train_syntax

    shipped = syntax.SHIPPED_SYNTAX_DIR / "parser" / "model"
    before = shipped.stat().st_mtime_ns if shipped.exists() else None
    best = train_syntax.train(train_syntax.TRAINING_DIR / "syntax.cfg", tmp_path / "run",
                              limit=20, max_steps=4, holdout=False)
    nlp = spacy.load(best)
    assert {"tagger", "morphologizer", "trainable_lemmatizer", "parser"} <= set(nlp.pipe_names)
    assert nlp("Das ist ein Test.").has_annotation("DEP")
    after = shipped.stat().st_mtime_ns if shipped.exists() else None
    assert after == before  # the shipped model is never touched without --ship


def test_self_training_sentences_carry_only_the_predicted_parse() -> None:
    if not (SHARED_DATA / "germeval2014").is_dir():
        pytest.skip("../shared/data is not beside the repository")
    sys.path.insert(0, str(REPO / "training"))
    import train_syntax

    silver = train_syntax.silver_docs(spacy.blank("de").vocab, syntax.SHIPPED_SYNTAX_DIR, 3)
    assert len(silver) == 3
    for doc in silver:
        assert doc.has_annotation("DEP") and len(doc) >= 6
        assert not doc.has_annotation("TAG") and not doc.has_annotation("LEMMA")

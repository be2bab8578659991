"""No input crashes or stalls a build: odd files, odd text, failing stages, odd queries."""

from __future__ import annotations

import json
import os
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.cli import EXIT_SKIPPED, main
from graphkit.errors import ReadOnlyQueryError, RemoteQueryError
from graphkit.ingest import read_articles, read_file
from graphkit.inputs import OUTPUT_MARKER, find_input_files, printable
from graphkit.rdf.locality import check_local_read_only

ARTICLE = "Scholz reist nach Paris\n\nOlaf Scholz hat am Dienstag in Paris Emmanuel Macron " \
          "getroffen.\n"


def one_line(reason: str) -> bool:
    return "\n" not in reason and "Traceback" not in reason and reason.strip() != ""


# ---------------------------------------------------------------- which files are read


def test_inputs_fifo_is_reported_and_never_opened(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    # Opening a FIFO without a writer blocks for ever: the read must come back at all.
    with ThreadPoolExecutor(1) as pool:
        articles, skipped = pool.submit(read_articles, [tmp_path, tmp_path / "pipe.txt"]
                                        ).result(timeout=60)
    assert [a.id for a in articles] == ["a"]
    assert [s.reason for s in skipped] == [f"{tmp_path}/pipe.txt: a FIFO, not a regular file; "
                                           "skipped"] * 2


def test_inputs_device_argument_is_reported():
    articles, skipped = read_articles([Path("/dev/zero")])
    assert articles == [] and "character device" in skipped[0].reason


def test_inputs_dangling_and_looping_symlinks_are_reported(tmp_path: Path):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    files, problems = find_input_files([tmp_path])
    assert [name for _, name in files] == ["a.txt"]
    reasons = " | ".join(p.reason for p in problems)
    assert "dangling.txt: dangling symlink" in reasons
    assert "loop.txt: symlink loop" in reasons
    assert "sub/up: symlink loop" in reasons


def test_inputs_unreadable_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    real_scandir = os.scandir

    def scandir(path):  # root ignores permissions, so refuse the listing here
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, problems = find_input_files([tmp_path])
    assert [name for _, name in files] == ["a.txt"]
    assert problems[0].reason == f"{tmp_path}/locked: cannot read folder (Permission denied)"


def test_inputs_output_folder_is_never_read(tmp_path: Path):
    (tmp_path / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / OUTPUT_MARKER).write_text("{}", "utf-8")
    (tmp_path / "output" / "explorer.html").write_text("<html>x</html>", "utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "b.txt").write_text(ARTICLE, "utf-8")
    files, problems = find_input_files([tmp_path], exclude=[tmp_path / "elsewhere"])
    assert [name for _, name in files] == ["a.txt"] and problems == []


def test_inputs_non_utf8_file_name_is_read_and_printable(tmp_path: Path):
    name = os.fsdecode(b"bad\xff\xfename.txt")
    (tmp_path / name).write_text(ARTICLE, "utf-8")
    (article,), skipped = read_articles([tmp_path])
    assert skipped == [] and article.path == "bad\ufffd\ufffdname.txt"
    article.path.encode("utf-8")  # no surrogates left to break the output


def test_printable_escapes_control_characters():
    assert printable("a\nb") == "a\\x0ab"


def test_ingest_utf16_with_bom_is_text(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("utf-16"))
    (article,), skipped = read_file(path)
    assert skipped == [] and article.title == "Scholz reist nach Paris"


def test_ingest_html_starting_with_svg_is_one_line(tmp_path: Path):
    path = tmp_path / "a.html"
    path.write_text("<svg><html><body><p>Ein Text.</p></body></html>", "utf-8")
    _, skipped = read_file(path)
    assert all(one_line(s.reason) for s in skipped)


def test_ingest_deeply_nested_jsonl_line_skips_only_that_line(tmp_path: Path):
    path = tmp_path / "a.jsonl"
    path.write_text("[" * 993 + "]" * 993 + "\n" + json.dumps({"text": ARTICLE}) + "\n", "utf-8")
    articles, skipped = read_file(path)
    assert len(articles) == 1
    assert skipped[0].reason == f"{path}:1: JSON nested too deeply"


def test_ingest_unforeseen_error_skips_the_file(tmp_path: Path, monkeypatch):
    import graphkit.ingest as ingest

    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")
    monkeypatch.setattr(ingest, "read_txt", lambda *_: 1 / 0)
    assert read_file(path) == ([], [ingest.SkippedFile(
        str(path), f"{path}: cannot read (ZeroDivisionError: division by zero)")])


def test_ingest_file_over_the_size_limit_is_refused(tmp_path: Path, monkeypatch):
    import graphkit.inputs as inputs

    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")
    monkeypatch.setattr(inputs, "MAX_FILE_BYTES", 10)
    monkeypatch.setattr(inputs.read_regular_file, "__defaults__", (10,))
    _, (skipped,) = read_file(path)
    assert "file too large" in skipped.reason


# ---------------------------------------------------------------- nlp: long input


def test_split_text_covers_the_text_and_prefers_paragraphs():
    from graphkit.nlp.chunks import split_text

    text = ("Ein Satz hier. " * 30 + "\n\n") * 20
    pieces = split_text(text, limit=1000)
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 1000 for _, piece in pieces)
    assert all(piece.endswith("\n\n") for _, piece in pieces[:-1])
    assert [offset for offset, _ in pieces] == [text.index(p) if i == 0 else
                                                sum(len(q) for _, q in pieces[:i])
                                                for i, (_, p) in enumerate(pieces)]


def test_long_text_is_analysed_in_pieces_with_whole_text_offsets(monkeypatch):
    from helpers import rules_pipeline

    import graphkit.nlp.pipeline as nlp_pipeline

    text = "\n\n".join(f"Olaf Scholz traf am {n}. Mai Emmanuel Macron in Paris." for n in
                       range(1, 21))
    whole = nlp_pipeline.analyse_text(text, "a", rules_pipeline())
    monkeypatch.setattr(nlp_pipeline, "MAX_CHUNK_CHARS", 200)
    pieces = nlp_pipeline.analyse_text(text, "a", rules_pipeline())
    assert [s.sentence for s in pieces] == [s.sentence for s in whole]
    assert [s.tokens for s in pieces] == [s.tokens for s in whole]
    assert [s.mentions for s in pieces] == [s.mentions for s in whole]
    for item in pieces:
        assert all(text[t.start:t.end] == t.text for t in item.tokens)


def test_hanta_skips_words_longer_than_the_cap(monkeypatch):
    from helpers import analyse

    from graphkit.nlp.components import MAX_TAGGED_WORD, hanta_model

    # HanTa on such a word alone takes minutes: it must never see it.
    model, seen = hanta_model(), []
    real_analyze, real_tag_sent = model.analyze, model.tag_sent

    def analyze(word, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(word)
        return real_analyze(word, *args, **kwargs)

    def tag_sent(words, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.extend(words)
        return real_tag_sent(words, *args, **kwargs)

    monkeypatch.setattr(model, "analyze", analyze)
    monkeypatch.setattr(model, "tag_sent", tag_sent)
    url = "https://example.org/" + "a1b2c3/" * 400 + "x"
    analysed = analyse(f"Scholz nennt {url} als Quelle.")
    assert not [word for word in seen if len(word) > MAX_TAGGED_WORD]
    (token,) = [t for s in analysed.sentences for t in s.tokens if len(t.text) > MAX_TAGGED_WORD]
    assert token.tag == "XY" and token.text == url


# ---------------------------------------------------------------- per-article failures


def test_build_skips_an_article_whose_events_stage_raises(tmp_path: Path, monkeypatch):
    import graphkit.analysis as analysis
    import graphkit.pipeline as pipeline

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "in" / "b.txt").write_text(ARTICLE.replace("Scholz", "Merz"), "utf-8")
    real = analysis.extract_event_mentions

    def failing(item, timexes):
        if item.article.id == "b":
            raise RuntimeError("boom\nsecond line")
        return real(item, timexes)

    monkeypatch.setattr(analysis, "extract_event_mentions", failing)
    result = pipeline.build([tmp_path / "in"], tmp_path / "out", render=False)
    assert [a.id for a in result.graph.articles] == ["a"]
    assert [s.reason for s in result.skipped] == [
        "b.txt: temporal/events failed (RuntimeError: boom); article skipped"]


def test_build_skips_an_article_whose_language_analysis_raises(monkeypatch):
    from helpers import make_article, rules_pipeline

    import graphkit.nlp.pipeline as nlp_pipeline

    real = nlp_pipeline.doc_to_sentences

    def failing(doc, article_id):
        if article_id == "bad":
            raise ValueError("bad doc")
        return real(doc, article_id)

    monkeypatch.setattr(nlp_pipeline, "doc_to_sentences", failing)
    articles = [make_article(ARTICLE, article_id=i) for i in ("a1", "bad", "a2")]
    analysed, skipped = nlp_pipeline.analyse_articles_safely(articles, rules_pipeline())
    assert [a.article.id for a in analysed] == ["a1", "a2"]
    assert skipped[0].reason == ("bad.txt: language analysis failed (ValueError: bad doc); "
                                 "article skipped")


@pytest.mark.parametrize("day", [date(1, 1, 1), date(9999, 12, 31)])
def test_temporal_calendar_edges_stay_unresolved(day: date):
    from graphkit.temporal import find_timexes

    timexes = find_timexes("Er kam gestern und geht morgen, am Montag in einer Woche.", day)
    assert timexes and all(t.time.value for t in timexes)


# ---------------------------------------------------------------- queries stay local


@pytest.mark.parametrize("sparql", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE SILENT <http://x/> { ?s ?p ?o } } }",
    "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
])
def test_query_remote_sources_are_refused(sparql: str):
    with pytest.raises(RemoteQueryError, match="--allow-remote"):
        check_local_read_only(sparql)
    check_local_read_only(sparql, allow_remote=True)


@pytest.mark.parametrize("sparql", [
    "INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <http://example.org/data.ttl>",
    "PREFIX ex: <http://example.org/> CLEAR GRAPH ex:g",
])
def test_query_updates_are_refused_as_read_only(sparql: str):
    with pytest.raises(ReadOnlyQueryError, match="^graphkit query is read-only: "
                                                 "INSERT/DELETE/LOAD are not run$"):
        check_local_read_only(sparql, allow_remote=True)


def test_query_the_word_service_in_strings_and_comments_is_harmless():
    check_local_read_only('SELECT ?s WHERE { ?s ?p "SERVICE <http://x/>" } # SERVICE <http://y/>'
                          "\n# FROM <http://z/> LOAD <http://w/>")


def test_cli_query_refuses_service_with_a_clear_message(tmp_path: Path):
    graph = tmp_path / "g.ttl"
    graph.write_text("<http://a/b> <http://a/c> <http://a/d> .\n", "utf-8")
    sparql = "SELECT * WHERE { SERVICE <http://10.0.0.1/> { ?s ?p ?o } }"
    result = CliRunner().invoke(main, ["query", str(graph), sparql])
    assert result.exit_code == 1
    assert result.output.strip() == ("Error: the query calls SERVICE <http://10.0.0.1/>, a remote "
                                     "endpoint; pass --allow-remote to run it anyway")


def test_cli_render_bad_literal_names_the_triple(tmp_path: Path):
    graph = tmp_path / "graph.ttl"
    graph.write_text(
        "@prefix schema: <https://schema.org/> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        "<https://graphkit.example.org/id/article/a> a schema:NewsArticle ;\n"
        '  schema:datePublished "2024-13-45"^^xsd:date .\n', "utf-8")
    result = CliRunner().invoke(main, ["render", str(graph), "--out", str(tmp_path / "pages")])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    assert ("<https://graphkit.example.org/id/article/a> <https://schema.org/datePublished> "
            '"2024-13-45"^^<http://www.w3.org/2001/XMLSchema#date>') in result.output


def test_cli_build_reports_special_files_and_exits_3(tmp_path: Path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, "utf-8")
    os.mkfifo(tmp_path / "in" / "pipe.txt")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), "/dev/zero", "--no-render",
                                       "--out", str(tmp_path / "out")])
    assert result.exit_code == EXIT_SKIPPED, result.output
    assert "pipe.txt: a FIFO, not a regular file; skipped" in result.output
    assert "/dev/zero: a character device, not a regular file; skipped" in result.output


def test_build_with_publication_dates_at_the_calendar_edges(tmp_path: Path):
    from graphkit import build

    (tmp_path / "in").mkdir()
    lines = [json.dumps({"text": f"Treffen\n\nOlaf Scholz traf {word} in Paris Emmanuel Macron.",
                         "published": day})
             for word, day in (("gestern", "0001-01-01"), ("morgen", "9999-12-31"))]
    (tmp_path / "in" / "a.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    result = build([tmp_path / "in"], tmp_path / "out", render=False)
    assert len(result.graph.articles) == 2 and result.skipped == []
    assert (tmp_path / "out" / "graph.ttl").is_file()


SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=10)


@settings(derandomize=True, database=None, max_examples=200)
@given(mentions=SPANS, offices=SPANS)
def test_outside_spans_keeps_exactly_the_mentions_no_span_overlaps(mentions, offices):
    from graphkit.model import EntityMention
    from graphkit.nlp.pipeline import outside_spans

    def made(spans):
        return [EntityMention("a", 0, s, s + n, "x", "PER") for s, n in spans]

    kept = outside_spans(made(mentions), made(offices))
    assert kept == [m for m in made(mentions)
                    if not any(o.start < m.end and m.start < o.end for o in made(offices))]


@settings(derandomize=True, database=None, max_examples=200)
@given(tokens=st.lists(st.integers(1, 5), min_size=1, max_size=15), spans=SPANS)
def test_covered_tokens_are_the_tokens_a_mention_overlaps(tokens, spans):
    from graphkit.model import AnalysedSentence, EntityMention, Sentence, Token
    from graphkit.nlp.surnames import covered_tokens

    words, start = [], 0
    for length in tokens:
        words.append(Token(start, start + length, "x" * length, "x", "NN"))
        start += length + 1
    mentions = [EntityMention("a", 0, s, s + n, "x", "PER") for s, n in sorted(spans)]
    sentence = AnalysedSentence(Sentence("a", 0, 0, start, ""), words, mentions)
    assert covered_tokens(sentence) == {
        i for i, t in enumerate(words) if any(m.start < t.end and t.start < m.end
                                              for m in mentions)}


def test_run_on_sentence_is_cut_after_at_most_the_cap_preferring_commas():
    from helpers import rules_pipeline

    from graphkit.nlp.components import MAX_SENTENCE_TOKENS

    text = ", ".join(f"Olaf Scholz traf Emmanuel Macron in Paris und Berlin {n}"
                     for n in range(200)) + "."
    doc = rules_pipeline()(text)
    sentences = list(doc.sents)
    assert len(sentences) > 1 and "".join(s.text_with_ws for s in sentences) == text
    assert all(len(s) <= MAX_SENTENCE_TOKENS for s in sentences)
    assert all(s[-1].text == "," for s in sentences[:-1])

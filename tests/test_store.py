"""The persistent store: add / remove / export, crash safety, the lock and the format version.

Articles: the bundled examples (examples/articles), self-written.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

import graphkit
from graphkit.cli import main
from graphkit.corpus import add, export_store, open_store, remove, store_graph
from graphkit.errors import StoreError, StoreVersionError
from graphkit.rdf.serialize import fast_payloads
from graphkit.rdf.store import CURRENT_FILE, FORMAT_FILE, ArticleStore, load_oxigraph

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "articles"
OUTPUTS = ("graph.ttl", "graph.trig", "graph.jsonld", "network.html", "timeline.html",
           "explorer.html")


def example_files() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir() if p.name != "README.md")


def assert_same_outputs(first: Path, second: Path, names: tuple[str, ...] = OUTPUTS) -> None:
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


@pytest.fixture(scope="module")
def full_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """All examples, added in two steps (the first three, then all)."""
    store = tmp_path_factory.mktemp("store") / "corpus"
    files = example_files()
    first = add(files[:3], store)
    assert first.added and first.articles == 3
    second = add(files, store)
    assert sorted(second.unchanged) == sorted(first.added)
    return store


def test_add_then_export_equals_build(full_store: Path, tmp_path: Path):
    export_store(full_store, tmp_path / "export")
    graphkit.build(example_files(), tmp_path / "build")
    assert_same_outputs(tmp_path / "export", tmp_path / "build")


def test_adding_the_same_articles_again_changes_nothing(full_store: Path):
    before = open_store(full_store)
    change = add(example_files(), full_store)
    assert not change.changed and not change.added
    after = open_store(full_store)
    assert after.number == before.number and after.articles == before.articles


def test_events_of_new_articles_merge_with_stored_ones(tmp_path: Path):
    store = tmp_path / "corpus"
    add([EXAMPLES / "04_agenturmeldungen.jsonl"], store)
    before = store_graph(store)
    old_ids = {a.id for a in before.articles}
    add([EXAMPLES / "05_scholz_peking_bilanz.txt"], store)
    after = store_graph(store)
    merged = [e for e in after.events
              if {s.article_id for s in e.sources} & old_ids
              and {s.article_id for s in e.sources} - old_ids]
    assert merged, "an event reported by a stored and a new article has both as sources"
    for event in merged:
        earlier = [e for e in before.events if e.type == event.type
                   and {s.article_id for s in e.sources} <= old_ids
                   and {s.article_id for s in e.sources} & {s.article_id for s in event.sources}]
        assert earlier and event.support > max(e.support for e in earlier)


def test_new_reports_redo_the_date_inference_of_stored_articles(tmp_path: Path):
    """An undated stored article is dated again from articles added later, exactly as a
    build of all of them dates it (the inference itself is graphkit.merge's)."""
    files = {p.stem: p for p in example_files()}
    store = tmp_path / "corpus"
    undated = "06_scholz_xi_nachlese"
    add([files[undated]], store)
    alone = store_graph(store).article(undated)
    assert alone is not None and alone.published is None
    later = [files["05_scholz_peking_bilanz"], files["04_agenturmeldungen"]]
    add(later, store)
    built = graphkit.build([files[undated], *later], tmp_path / "build", render=False).graph
    stored = store_graph(store)
    assert stored.article(undated) == built.article(undated)
    export_store(store, tmp_path / "export", render=False)
    assert_same_outputs(tmp_path / "export", tmp_path / "build", OUTPUTS[:3])


def test_remove_equals_build_without_the_article(full_store: Path, tmp_path: Path):
    store = tmp_path / "copy"
    shutil.copytree(full_store, store)
    change = remove("02_hanoi_abbruch", store)
    assert change.removed == ["02_hanoi_abbruch"]
    export_store(store, tmp_path / "export", render=False)
    rest = [p for p in example_files() if p.stem != "02_hanoi_abbruch"]
    graphkit.build(rest, tmp_path / "build", render=False)
    assert_same_outputs(tmp_path / "export", tmp_path / "build", OUTPUTS[:3])
    with pytest.raises(StoreError, match="no article"):
        remove("02_hanoi_abbruch", store)


def test_changed_text_replaces_the_old_version(tmp_path: Path):
    source = tmp_path / "in" / "bericht.txt"
    source.parent.mkdir()
    text = (EXAMPLES / "01_singapur_gipfel.txt").read_text("utf-8")
    source.write_text(text, "utf-8")
    store = tmp_path / "corpus"
    add([source], store)
    source.write_text(text.replace("Singapur", "Singapur (aktualisiert)", 1), "utf-8")
    change = add([source], store)
    assert change.replaced == ["bericht"] and change.articles == 1
    export_store(store, tmp_path / "export", render=False)
    graphkit.build([source], tmp_path / "build", render=False)
    assert_same_outputs(tmp_path / "export", tmp_path / "build", OUTPUTS[:3])


def test_store_of_another_format_version_is_refused(full_store: Path, tmp_path: Path):
    store = tmp_path / "old"
    shutil.copytree(full_store, store)
    info = json.loads((store / FORMAT_FILE).read_text("utf-8"))
    (store / FORMAT_FILE).write_text(json.dumps({**info, "version": 0}), "utf-8")
    with pytest.raises(StoreVersionError, match="version 0"):
        ArticleStore.open(store)
    result = CliRunner().invoke(main, ["export", "--store", str(store), "--out",
                                       str(tmp_path / "o")])
    assert result.exit_code == 1 and "store format version 0" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_a_folder_that_is_no_store_is_refused(tmp_path: Path):
    (tmp_path / "notes.txt").write_text("x", "utf-8")
    with pytest.raises(StoreError, match="not a graphkit store"):
        add(example_files()[:1], tmp_path)


def test_query_on_the_store_answers_like_the_file(full_store: Path, tmp_path: Path):
    export_store(full_store, tmp_path, render=False)
    runner = CliRunner()
    args = ["--saved", "meetings", "--param", "a=Donald Trump", "--param", "b=Kim Jong Un",
            "--format", "csv"]
    on_store = runner.invoke(main, ["query", "--store", str(full_store), *args])
    on_file = runner.invoke(main, ["query", str(tmp_path / "graph.ttl"), *args])
    assert on_store.exit_code == 0, on_store.output
    assert on_store.output == on_file.output and on_store.output.count("\n") > 1


KILL_AT_SWITCH = """
import os, sys
import graphkit.rdf.store as store
real = store.write_atomically
def write_then_die(path, data):
    if path.name == {current!r}:
        os.kill(os.getpid(), 9)          # killed just before the new generation goes live
    return real(path, data)
store.write_atomically = write_then_die
from graphkit.corpus import add
add(sys.argv[1:-1], sys.argv[-1])
"""

KILL_IN_LOAD = """
import io, os, sys
import pyoxigraph
import graphkit.rdf.store as store
class DyingReader(io.BytesIO):
    def read(self, size=-1):
        if self.tell() > len(self.getvalue()) // 2:
            os.kill(os.getpid(), 9)      # killed in the middle of writing the database
        return super().read(min(size, 4096) if size and size > 0 else 4096)
def load_and_die(path, trig):
    database = pyoxigraph.Store(str(path))
    database.bulk_load(DyingReader(trig), format=pyoxigraph.RdfFormat.TRIG)
store.load_oxigraph = load_and_die
store.writer_version = lambda: "another version"   # the full reload, not an update
from graphkit.corpus import remove
remove(sys.argv[1], sys.argv[2])
"""

KILL_IN_UPDATE = """
import os, sys
import graphkit.rdf.store as store
real = store.oxigraph_quad
written = []
def quad_then_die(quad):
    written.append(quad)
    if len(written) > 20:
        os.kill(os.getpid(), 9)          # killed while changing the new generation's copy
    return real(quad)
store.oxigraph_quad = quad_then_die
from graphkit.corpus import remove
remove(sys.argv[1], sys.argv[2])
"""


def run_killed(script: str, *args: str) -> None:
    completed = subprocess.run([sys.executable, "-c", script, *args], cwd=REPO,
                               capture_output=True, text=True, timeout=300)
    assert completed.returncode == -9, completed.stderr


@pytest.mark.slow
def test_kill_during_add_leaves_the_store_as_before(full_store: Path, tmp_path: Path):
    store = tmp_path / "corpus"
    files = example_files()
    add(files[:2], store)
    export_store(store, tmp_path / "before", render=False)
    before = open_store(store)
    run_killed(KILL_AT_SWITCH.format(current=CURRENT_FILE), *map(str, files[2:4]), str(store))
    after = open_store(store)
    assert (after.number, after.articles) == (before.number, before.articles)
    export_store(store, tmp_path / "after", render=False)
    assert_same_outputs(tmp_path / "before", tmp_path / "after", OUTPUTS[:3])
    # The next add finishes the job and clears what the killed one left.
    change = add(files[2:4], store)
    assert change.added
    assert not [p for p in store.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("script", [KILL_IN_LOAD, KILL_IN_UPDATE], ids=["load", "update"])
def test_kill_while_writing_the_database_leaves_the_store_as_before(full_store: Path,
                                                                     tmp_path: Path,
                                                                     script: str):
    store = tmp_path / "corpus"
    shutil.copytree(full_store, store)
    before = open_store(store)
    before_quads = set(pyoxigraph.Store.read_only(str(before.oxigraph)))
    run_killed(script, "01_singapur_gipfel", str(store))
    after = open_store(store)
    assert (after.number, after.articles) == (before.number, before.articles)
    assert (store / CURRENT_FILE).read_text("utf-8").strip() == before.path.name
    assert set(pyoxigraph.Store.read_only(str(after.oxigraph))) == before_quads


def stored_quads(store: Path) -> set:
    return set(pyoxigraph.Store.read_only(str(open_store(store).oxigraph)))


def reloaded_quads(store: Path, folder: Path) -> set:
    """The quads of a database loaded afresh from the store's graph (what a full write gives)."""
    load_oxigraph(folder, fast_payloads(store_graph(store), kinds=("trig",))["trig"])
    return set(pyoxigraph.Store.read_only(str(folder)))


def test_each_change_updates_the_database_as_a_full_reload_would(tmp_path: Path):
    """A generation's database is the previous one changed, not rewritten: after adds, a
    replaced text and a removal it holds exactly the quads of a fresh load."""
    store, files = tmp_path / "corpus", example_files()
    add(files[:2], store)
    steps = [lambda: add(files[2:], store),
             lambda: remove(files[1].stem, store),
             lambda: add([changed_copy(files[0], tmp_path / "changed")], store)]
    for number, step in enumerate(steps):
        assert step().changed
        assert stored_quads(store) == reloaded_quads(store, tmp_path / f"fresh-{number}")


def changed_copy(path: Path, folder: Path) -> Path:
    folder.mkdir()
    copy = folder / path.name
    copy.write_text(path.read_text("utf-8") + "\n\nDer Bericht wurde später ergänzt.\n",
                    "utf-8")
    return copy


@pytest.mark.slow
def test_two_adds_at_once_are_serialised(tmp_path: Path):
    store = tmp_path / "corpus"
    files = example_files()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "graphkit.cli", "add", "-q", "--store", str(store)]
    first = subprocess.Popen([*command, str(files[0])], env=env, stderr=subprocess.PIPE)
    second = subprocess.Popen([*command, str(files[1])], env=env, stderr=subprocess.PIPE)
    assert first.wait(timeout=300) == 0, first.stderr.read() if first.stderr else ""
    assert second.wait(timeout=300) == 0, second.stderr.read() if second.stderr else ""
    generation = open_store(store)
    assert generation.number == 2
    assert sorted(a.id for a in generation.articles) == sorted(p.stem for p in files[:2])


def test_cli_add_remove_export_and_timings(tmp_path: Path):
    runner = CliRunner()
    store = tmp_path / "corpus"
    files = example_files()[:2]
    added = runner.invoke(main, ["add", *map(str, files), "--store", str(store), "-v"])
    assert added.exit_code == 0, added.output
    assert "added" in added.output and "2 articles" in added.output
    assert "analyse" in added.output and " s" in added.output        # -v: stage timings
    assert "━" not in added.output                                     # not a terminal: no bar
    again = runner.invoke(main, ["add", str(files[0]), "--store", str(store), "-q"])
    assert "unchanged" in again.output and "generation 1" in again.output
    removed = runner.invoke(main, ["remove", files[0].stem, "--store", str(store)])
    assert removed.exit_code == 0 and "1 articles" in removed.output
    missing = runner.invoke(main, ["remove", "no-such-article", "--store", str(store)])
    assert missing.exit_code == 1 and "no article 'no-such-article'" in missing.output
    exported = runner.invoke(main, ["export", "--store", str(store), "--out",
                                    str(tmp_path / "out"), "--no-render"])
    assert exported.exit_code == 0 and (tmp_path / "out" / "graph.ttl").is_file()


def test_progress_callback_sees_every_article(tmp_path: Path):
    seen: list[tuple[str, int, int]] = []
    options = graphkit.RunOptions(progress=lambda *step: seen.append(step), batch_size=1)
    add(example_files()[:2], tmp_path / "corpus", options=options)
    analysed = [step for step in seen if step[0] == "analyse"]
    assert analysed[0] == ("analyse", 0, 2) and analysed[-1] == ("analyse", 2, 2)
    assert set(options.timings) >= {"analyse", "merge", "write"}

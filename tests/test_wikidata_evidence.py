"""The Wikidata evidence files agree with the built gazetteer (training/wikidata_evidence/)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVIDENCE_DIR = ROOT / "training" / "wikidata_evidence"
DATA_DIR = ROOT / "graphkit" / "kb" / "data"
QID = re.compile(r"^Q[1-9]\d*$")


def _jsonl(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _evidence() -> list[tuple[str, dict]]:
    return [(path.name, record) for path in sorted(EVIDENCE_DIR.glob("*.jsonl"))
            for record in _jsonl(path)]


def _gazetteer() -> list[dict]:
    return _jsonl(DATA_DIR / "people.jsonl") + _jsonl(DATA_DIR / "organisations.jsonl")


EVIDENCE = _evidence()


def test_evidence_files_exist():
    assert EVIDENCE, "no evidence records found"


@pytest.mark.parametrize(("source_file", "record"), EVIDENCE,
                         ids=[f"{name}:{record['name']}" for name, record in EVIDENCE])
def test_record_has_two_independent_sources(source_file, record):
    assert QID.match(record["qid"]), record
    sources = record["sources"]
    repos = {source["repo"] for source in sources}
    # Independence means different repositories, not two files of one project.
    assert len(repos) >= 2, f"{source_file}: {record['name']} needs sources from two repositories"
    for source in sources:
        # A file found by exact-string search is named by its index id, which has no path.
        located = source["path"] or source["repo"].startswith("read_file id ")
        assert located and len(source["excerpt"]) <= 120, source
        # The excerpt must show the pairing, so it has to quote the QID itself.
        assert record["qid"] in source["excerpt"], source


def test_evidence_qids_are_in_the_gazetteer():
    by_name: dict[str, set[str | None]] = {}
    for entry in _gazetteer():
        by_name.setdefault(entry["name"], set()).add(entry.get("wikidata"))
    for source_file, record in EVIDENCE:
        assert record["name"] in by_name, f"{source_file}: {record['name']} not in gazetteer"
        assert record["qid"] in by_name[record["name"]], (
            f"{source_file}: gazetteer has {by_name[record['name']]} for {record['name']}, "
            f"evidence says {record['qid']}")


def test_gazetteer_ids_match_their_evidence():
    evidence_by_qid: dict[str, set[str]] = {}
    for _, record in EVIDENCE:
        evidence_by_qid.setdefault(record["qid"], set()).add(record["name"])
    for entry in _gazetteer():
        qid = entry.get("wikidata")
        if qid in evidence_by_qid:
            # A QID backed by evidence must sit on the entry the evidence names.
            assert entry["name"] in evidence_by_qid[qid], (
                f"{qid} is {entry['name']} in the gazetteer but {evidence_by_qid[qid]} in evidence")
            assert entry["id"] == qid, entry


def test_one_qid_per_name_across_files():
    seen: dict[str, str] = {}
    for source_file, record in EVIDENCE:
        previous = seen.setdefault(record["name"], record["qid"])
        assert previous == record["qid"], f"{source_file}: {record['name']} has two QIDs"

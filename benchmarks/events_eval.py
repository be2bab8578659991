"""Measure graphkit's event stage: the self-written dev set and DFKI SmartData v3 test.

    python benchmarks/events_eval.py                    # dev set + SmartData v3 test (~1 min)
    python benchmarks/events_eval.py --dev-only         # the dev set alone (~20 s)
    python benchmarks/events_eval.py --set benchmarks/data/events_heldout   # held-out set
    python benchmarks/events_eval.py --limit 50         # the first 50 SmartData documents
    python benchmarks/events_eval.py --smartdata-split dev   # SmartData v3 dev (tune on this)
    python benchmarks/events_eval.py --write-baseline   # store today's numbers as the baseline

Runs graphkit's whole pipeline (``graphkit.pipeline.extract_graph``: nlp, temporal, events,
merging; no files written) and scores its events with ``benchmarks/events_scoring.py``:

- dev set (``benchmarks/data/events_dev``, 68 articles, format and rules in its README):
  event P/R/F with the right type, argument P/R/F per role (and place), role accuracy,
  date accuracy and status accuracy on matched events, a per-type table and the most
  frequent errors;
- SmartData v3 **test** split (read from ``../shared/data/smartdata``, or ``--shared`` /
  ``$GRAPHKIT_SHARED``; skipped when absent): trigger+type P/R/F and argument P/R/F by
  role on the industry and disaster/accident relations mapped onto graphkit's types
  (``SMARTDATA_MAPPING``). Only system events of the mapped types count there.
  ``--smartdata-split dev`` scores the v3 **dev** split the same way instead, and prints its
  most frequent errors: tune on dev; the test split is a final reading, its errors unprinted.

Each figure is printed beside the stored baseline (``benchmarks/baselines/events_baseline.json``,
today's extractor at the commit named there).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import events_scoring as scoring  # noqa: E402

BASELINE = REPO / "benchmarks" / "baselines" / "events_baseline.json"
PUBLISHED = """\
Published figures for SmartData relation extraction: none comparable.
  Looked up: the corpus paper (Schiersch et al., LREC 2018) and later DFKI work on German
  relation extraction (MobIE, Hennig et al. 2021, a different corpus). What could be read
  of them gave no relation-extraction score for SmartData's industry and disaster/accident
  relations in this setting (no training on SmartData, end to end from raw text, graphkit's
  type mapping, trigger-overlap matching), so no published figure is printed beside these.
  Add one to PUBLISHED, with its setting, when a comparable figure is found."""


def shared_dir(option: str | None) -> Path:
    return Path(option or os.environ.get("GRAPHKIT_SHARED") or REPO.parent / "shared")


def run_dev(folder: Path | None = None) -> tuple[scoring.Report, float, int]:
    """Score a gold set in the dev set's format: the dev set itself, or ``folder``."""
    from graphkit.pipeline import extract_graph

    folder = folder or scoring.DEV_DIR
    articles, ids = scoring.dev_articles(folder / "articles.jsonl")
    started = time.perf_counter()
    graph = extract_graph(articles)
    report = scoring.score_dev(graph, ids, scoring.load_gold(folder / "gold.jsonl"))
    return report, time.perf_counter() - started, len(ids)


def run_smartdata(path: Path, limit: int | None) -> tuple[scoring.Report, float, int]:
    from graphkit.pipeline import extract_graph

    docs = scoring.read_smartdata(path)[:limit]
    started = time.perf_counter()
    graph = extract_graph(scoring.smartdata_articles(docs, f"smartdata/v3/{path.name}"))
    return scoring.score_smartdata(graph, docs), time.perf_counter() - started, len(docs)


def fmt(value: float | None) -> str:
    return "   –" if value is None else f"{value:.3f}"


def side_by_side(rows: list[tuple[str, float | None, float | None]]) -> str:
    lines = [f"  {'':34} {'baseline':>9} {'now':>7} {'Δ':>7}"]
    for name, base, now in rows:
        delta = "" if base is None or now is None else f"{now - base:+.3f}"
        lines.append(f"  {name:34} {fmt(base):>9} {fmt(now):>7} {delta:>7}")
    return "\n".join(lines)


def headline_rows(summary: dict, base: dict | None, with_time: bool) -> list:
    base = base or {}
    rows = []
    for part, label in (("event", "events"), ("arguments", "arguments")):
        for key in ("p", "r", "f1"):
            rows.append((f"{label} {key.upper()}", base.get(part, {}).get(key),
                         summary[part][key]))
    if with_time:
        for key in ("role_accuracy", "date_accuracy", "status_accuracy"):
            rows.append((key.replace("_", " "), base.get(key), summary[key]))
    else:
        rows.append(("role accuracy", base.get("role_accuracy"), summary["role_accuracy"]))
    return rows


def role_table(summary: dict, base: dict | None) -> str:
    base_roles = (base or {}).get("arguments_by_role", {})
    lines = [f"  {'role':14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"
             f" {'F1 baseline':>12}"]
    for role, prf in summary["arguments_by_role"].items():
        old = base_roles.get(role, {}).get("f1")
        lines.append(f"  {role:14} {prf['p']:6.3f} {prf['r']:6.3f} {prf['f1']:6.3f} "
                     f"{prf['tp']:4} {prf['fp']:4} {prf['fn']:4} {fmt(old):>12}")
    return "\n".join(lines)


def type_table(per_type: dict) -> str:
    lines = [f"  {'type':15} {'gold':>4} {'sys':>4} {'hit':>4} {'P':>6} {'R':>6} {'F1':>6}"
             f" {'roles':>6} {'dates':>6}"]
    for name, row in per_type.items():
        lines.append(f"  {name:15} {row['gold']:4} {row['system']:4} {row['matched']:4} "
                     f"{row['p']:6.3f} {row['r']:6.3f} {row['f1']:6.3f} "
                     f"{fmt(row['role_accuracy']):>6} {fmt(row['date_accuracy']):>6}")
    return "\n".join(lines)


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def load_baseline() -> dict:
    return json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}


def print_dev(report: scoring.Report, seconds: float, base: dict, articles: int,
              name: str = "Development set") -> dict:
    summary = report.summary()
    print(f"\n== {name}: {summary['event']['tp'] + summary['event']['fn']} gold events"
          f", {articles} articles ({seconds:.1f} s) ==")
    print(side_by_side(headline_rows(summary, base.get("dev"), with_time=True)))
    print(f"  (role/date/status accuracy over {summary['matched']} matched events, "
          f"{summary['dated']} of them with a gold time)")
    print("\nArguments by role (dev set):")
    print(role_table(summary, base.get("dev")))
    print("\nPer event type (dev set; roles/dates: accuracy on matched events):")
    print(type_table(report.per_type))
    errors = report.errors.most_common(10)
    print("\nTen most frequent errors (dev set):")
    for label, count in errors:
        print(f"  {count:4}  {label}")
    summary["per_type"] = report.per_type
    summary["top_errors"] = [[label, count] for label, count in errors]
    return summary


def print_smartdata(report: scoring.Report, seconds: float, docs: int, base: dict,
                    split: str = "test") -> dict:
    summary = report.summary()
    gold = summary["event"]["tp"] + summary["event"]["fn"]
    print(f"\n== DFKI SmartData v3 {split}: {docs} documents, {gold} mapped relations "
          f"({seconds:.1f} s) ==")
    print("  mapping: " + "; ".join(
        f"{name}→{target}" for name, (target, _) in scoring.SMARTDATA_MAPPING.items()))
    print("  (OrganizationLeadership, a post held, is scored against graphkit's positions "
          "(org:Membership); Appointment, Resignation and Dismissal events also match it)")
    stored = base.get("smartdata" if split == "test" else f"smartdata_{split}")
    print(side_by_side(headline_rows(summary, stored, with_time=False)))
    print("\nArguments by role (SmartData):")
    print(role_table(summary, stored))
    print("\nPer event type (SmartData):")
    print(type_table(report.per_type))
    if split != "test":
        # Only the split tuned on shows its errors; the test split stays a blind reading.
        errors = report.errors.most_common(15)
        print(f"\nFifteen most frequent errors (SmartData {split}):")
        for label, count in errors:
            print(f"  {count:4}  {label}")
        summary["top_errors"] = [[label, count] for label, count in errors]
    print("\n" + PUBLISHED)
    summary["per_type"] = report.per_type
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev-only", action="store_true", help="skip SmartData")
    parser.add_argument("--limit", type=int, help="score only the first N SmartData documents")
    parser.add_argument("--set", type=Path, metavar="DIR",
                        help="score this gold set (articles.jsonl + gold.jsonl in the dev "
                             "set's format, e.g. benchmarks/data/events_heldout) instead of "
                             "the dev set; implies --dev-only, no baseline comparison")
    parser.add_argument("--smartdata-split", choices=("test", "dev"), default="test",
                        help="the SmartData v3 split to score (default test; tune on dev, "
                             "whose most frequent errors are printed)")
    parser.add_argument("--shared", help="the shared data folder (default ../shared)")
    parser.add_argument("--write-baseline", action="store_true",
                        help=f"store this run's numbers in {BASELINE.relative_to(REPO)}")
    parser.add_argument("--json", help="also write this run's numbers to a JSON file")
    args = parser.parse_args(argv)
    if args.set:
        report, seconds, count = run_dev(args.set)
        print_dev(report, seconds, {}, count, name=f"Gold set {args.set}")
        return 0
    if args.write_baseline and (args.dev_only or args.limit or args.smartdata_split != "test"):
        parser.error("--write-baseline needs a full run (no --dev-only, no --limit, "
                     "SmartData test)")

    base = load_baseline()
    if base:
        print(f"Baseline: commit {base.get('commit', '?')[:12]} ({base.get('written', '?')})")
    result: dict = {"commit": commit(),
                    "written": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}
    report, seconds, count = run_dev()
    result["dev"] = print_dev(report, seconds, base, count)

    split = args.smartdata_split
    path = shared_dir(args.shared) / "data" / "smartdata" / "v3" / f"{split}.json.gz"
    if not args.dev_only:
        if path.exists():
            report, seconds, docs = run_smartdata(path, args.limit)
            key = "smartdata" if split == "test" else f"smartdata_{split}"
            result[key] = print_smartdata(report, seconds, docs, base, split)
            result[key]["documents"] = docs
        else:
            print(f"\nSmartData skipped: {path} not found (use --shared or $GRAPHKIT_SHARED)")
            if args.write_baseline:
                parser.error("--write-baseline needs SmartData")
    if args.write_baseline:
        BASELINE.parent.mkdir(parents=True, exist_ok=True)
        BASELINE.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n",
                            encoding="utf-8")
        print(f"\nBaseline written to {BASELINE.relative_to(REPO)}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n",
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

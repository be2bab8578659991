"""Print gold vs system roles of matched dev events whose roles are wrong.

    python benchmarks/event_role_errors.py [--types Meeting,Award] [--all]

For each matched event of the given types (default: all) with a role error: the gold
sentence, gold roles and system roles. Tune on the dev set only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import events_scoring as scoring  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--types", default="")
    parser.add_argument("--all", action="store_true", help="also events whose roles are right")
    args = parser.parse_args()
    from graphkit.pipeline import extract_graph

    articles, ids = scoring.dev_articles()
    graph = extract_graph(articles)
    gold = scoring.load_gold()
    texts = {ids.get(a.id, a.id): a.text for a in graph.articles}
    scoring.set_gold_spans(gold, texts)
    system = scoring.system_events(graph, ids)
    wanted = set(filter(None, args.types.split(",")))
    for g, s in scoring.match_events(gold, system):
        if wanted and g.type not in wanted:
            continue
        ok, errors = scoring.argument_counts(g.roles, s.roles, scoring.Report())
        if ok and not args.all:
            continue
        print(f"{g.id} {g.type} {'OK' if ok else errors}\n  {g.sentences[0]}")
        print(f"  gold:   {g.roles}")
        print(f"  system: { {r: [n[0] for n in v] for r, v in s.roles.items()} }\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

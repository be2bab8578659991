"""CPU per mention of event merging and publication-date evidence, 1k to 10k mentions.

Synthetic mentions (no spaCy): meetings, visits and statements among a pool of actors that
grows with the corpus (as real news covers more people the more articles there are), spread
over five years of publication dates; a fifth of the articles are undated with relative
times ("am Dienstag") — what ``cluster_time_pairs`` pairs with dated events. Clustering and
date evidence look candidates up in an index (type, participant, time bucket), so CPU per
mention should stay flat; the ratio column compares each size with the first.

Also times the near-duplicate detection (``duplicate_groups``) per article.

Usage: python benchmarks/merge.py [--sizes 1000 2000 5000 10000]
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from graphkit.kb.gazetteer import load_gazetteer  # noqa: E402
from graphkit.merge.dates import infer_reference_date  # noqa: E402
from graphkit.merge.duplicates import duplicate_groups  # noqa: E402
from graphkit.merge.entities import EntityIndex, mention_key  # noqa: E402
from graphkit.merge.events import cluster_time_pairs, merge_events  # noqa: E402
from graphkit.model import (  # noqa: E402
    MEETING,
    PARTICIPANT,
    STATEMENT,
    VISIT,
    VISITOR,
    Article,
    Entity,
    EntityMention,
    EventMention,
    Sentence,
    Timex,
    Token,
)
from graphkit.temporal import find_timexes  # noqa: E402

START = date(2019, 1, 1)
TYPES = (MEETING, VISIT, STATEMENT)


def corpus(size: int, seed: int = 7) -> tuple[list[EventMention], EntityIndex,
                                              dict[str, date | None], list[Article]]:
    rng = random.Random(seed)
    actors = [f"person-{i}" for i in range(max(10, size // 20))]
    index = EntityIndex(entities={a: Entity(a, a.replace("-", " ").title(), "PER")
                                  for a in actors})
    mentions: list[EventMention] = []
    dates: dict[str, date | None] = {}
    articles: list[Article] = []
    per_article = 4
    for n in range(size // per_article):
        article_id = f"a{n:06d}"
        published = START + timedelta(days=rng.randrange(5 * 365))
        undated = rng.random() < 0.2
        dates[article_id] = None if undated else published
        words = " ".join(f"w{rng.randrange(5000)}" for _ in range(60))
        articles.append(Article(article_id, f"{article_id}.txt", "", words))
        for k in range(per_article):
            event_type = rng.choice(TYPES)
            people = rng.sample(actors, 2)
            day = published - timedelta(days=rng.randrange(3))
            text = f"Satz {k} über {people[0]} und {people[1]}."
            sentence = Sentence(article_id, k, 100 * k, 100 * k + len(text), text)
            actor_mentions = []
            for j, person in enumerate(people):
                mention = EntityMention(article_id, k, 100 * k + 10 * j, 100 * k + 10 * j + 5,
                                        person, "PER")
                index.by_mention[mention_key(mention)] = person
                actor_mentions.append((mention, VISITOR if j == 0 and event_type == VISIT
                                       else PARTICIPANT))
            if undated:
                weekday = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
                           "Samstag", "Sonntag"][day.weekday()]
                time_ = find_timexes(f"am {weekday}")[0]
            else:
                time_ = find_timexes(f"am {day.day}.{day.month}.{day.year}")[0]
            timex = Timex(100 * k, 100 * k + 8, time_.text, time_.type, time_.time,
                          time_.anchor, relative=time_.relative, direction="past")
            trigger = Token(100 * k + 1, 100 * k + 5, "traf", "treffen", "VVFIN")
            mentions.append(EventMention(article_id, event_type, sentence, trigger,
                                         actor_mentions, None, timex))
    return mentions, index, dates, articles


def cpu(fn, repeat: int = 3, collect: bool = False) -> float:  # type: ignore[no-untyped-def]
    """Least CPU seconds of ``repeat`` runs (the machine is shared; the minimum is the
    cost, the rest is interference). By default the cyclic garbage collector is off while
    timing, so the figure is the algorithm's own work; ``collect=True`` leaves it on (its
    full collections rescan a heap that grows with the corpus, an interpreter cost shown in
    its own column)."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        if not collect:
            gc.disable()
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
        gc.enable()
    return best


def measure(size: int, gazetteer: object) -> tuple[int, float, float, float, float]:
    """Mentions, and CPU µs per mention (merge, date evidence) and per article (dedup)."""
    mentions, index, dates, articles = corpus(size)
    merge_s = cpu(lambda: merge_events(mentions, index, dates, gazetteer))  # type: ignore[arg-type]
    merge_gc_s = cpu(lambda: merge_events(mentions, index, dates, gazetteer),  # type: ignore[arg-type]
                     collect=True)

    def evidence() -> None:
        pairs = cluster_time_pairs(mentions, index, dates, gazetteer)  # type: ignore[arg-type]
        for found in pairs.values():
            infer_reference_date([(m.time, known) for m, known in found if m.time])
    evidence_s = cpu(evidence)
    dedup_s = cpu(lambda: duplicate_groups(articles))
    return (len(mentions), 1e6 * merge_s / len(mentions), 1e6 * evidence_s / len(mentions),
            1e6 * dedup_s / len(articles), 1e6 * merge_gc_s / len(mentions))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 5000, 10000])
    args = parser.parse_args()
    gazetteer = load_gazetteer()
    print(f"{'mentions':>9} {'merge µs/mention':>17} {'ratio':>6} {'evidence µs/mention':>20} "
          f"{'ratio':>6} {'dedup µs/article':>17} {'ratio':>6} {'merge+GC µs/m':>14} "
          f"{'ratio':>6}")
    first: tuple[int, float, float, float, float] | None = None
    for size in args.sizes:
        row = measure(size, gazetteer)
        first = first or row
        print(f"{row[0]:>9} {row[1]:>17.1f} {row[1] / first[1]:>6.2f} "
              f"{row[2]:>20.1f} {row[2] / first[2]:>6.2f} {row[3]:>17.1f} "
              f"{row[3] / first[3]:>6.2f} {row[4]:>14.1f} {row[4] / first[4]:>6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

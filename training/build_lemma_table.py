"""Build graphkit's lemma table: HanTa's word-mode lemma of ~170k German word forms.

    pip install -e ".[data]"
    nice -n 10 python training/build_lemma_table.py              # ~10 CPU-minutes
    python training/build_lemma_table.py --limit 2000 --out /tmp/lemmas.tsv.gz   # a quick try

HanTa's lemma of a word (without a tag) depends only on the word in lower case and on
whether its first letter is a capital, so the table stores, for each lower-case form, the
lemma HanTa gives it written with a small and with a capital first letter. Looking a word up
costs a dict access where HanTa's analysis costs 0.2-3 ms; words outside the table fall back
to HanTa at run time (``graphkit.nlp.lemmas``), so the default pipeline's lemmas are HanTa's,
token for token.

The forms: the 150,000 most frequent German words of wordfreq (Apache-2.0 code; its word
lists are CC BY-SA 4.0, see ``graphkit/data/lexicon/README.md``), which folds "ß" to "ss", so
also HanTa's own lexicon and the word forms of the training splits graphkit may use (GermEval
2014 dev, UD German GSD dev, UD German PUD) - never a test split. The output is sorted and
gzipped without a time stamp: the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import gzip
import io
import re
import sys
from collections.abc import Iterable, Iterator
from multiprocessing import Pool
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "training"))

from graphkit.nlp.lemmas import LEMMA_TABLE, table_key  # noqa: E402

SHARED_DATA = REPO / ".." / "shared" / "data"
TRAINING_CONLLU = (SHARED_DATA / "ud-german-gsd" / "de_gsd-ud-dev.conllu",
                   SHARED_DATA / "ud-german-pud" / "de_pud-ud-test.conllu")
GERMEVAL_DEV = SHARED_DATA / "germeval2014" / "NER-de-dev.tsv"
WORDFREQ_WORDS = 150_000
# Letters with inner hyphens or apostrophes: what HanTa analyses as a word.
WORD = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")
MAX_LENGTH = 40  # graphkit.nlp.components.MAX_TAGGED_WORD: longer tokens never reach HanTa


def frequent_words(n: int) -> Iterator[str]:
    import wordfreq

    yield from wordfreq.top_n_list("de", n, wordlist="large")


def corpus_words() -> Iterator[str]:
    """Word forms of GermEval dev (column 2) and the CoNLL-U training files (column 2)."""
    for path in (*TRAINING_CONLLU, GERMEVAL_DEV):
        if not path.is_file():
            print(f"missing, skipped: {path}", file=sys.stderr)
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            columns = line.split("\t")
            if len(columns) > 2 and not line.startswith("#"):
                yield columns[1]


def hanta_lexicon_words() -> Iterator[str]:
    from graphkit.nlp.components import hanta_model

    yield from hanta_model().cache


def table_keys(words: Iterable[str]) -> list[str]:
    keys = {table_key(word) for word in words if WORD.match(word) and len(word) <= MAX_LENGTH}
    return sorted(keys)


def analyse(key: str) -> str:
    """One table line: the key and HanTa's lemma of it with a small and a capital initial."""
    from graphkit.nlp.components import hanta_model

    model = hanta_model()
    small = str(model.analyze(key)[0])
    capital = str(model.analyze(key[:1].upper() + key[1:])[0])
    return f"{key}\t{small}\t{capital}\n"


def write_table(keys: list[str], out: Path, processes: int) -> None:
    with Pool(processes) as pool:
        lines = pool.map(analyse, keys, chunksize=500)
    text = "".join(lines)
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="") as handle:
        handle.write(text.encode("utf-8"))
    out.write_bytes(buffer.getvalue())
    print(f"{len(keys):,} forms -> {out} ({len(buffer.getvalue()) / 1e6:.1f} MB)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=LEMMA_TABLE)
    parser.add_argument("--limit", type=int, default=WORDFREQ_WORDS,
                        help="most frequent wordfreq words to take")
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args(argv)
    words = [*frequent_words(args.limit), *hanta_lexicon_words(), *corpus_words()]
    write_table(table_keys(words), args.out, args.processes)
    return 0


if __name__ == "__main__":
    sys.exit(main())

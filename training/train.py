"""Train graphkit's German NER and (optionally) install it as the shipped model.

    python training/train.py                     # prepare data if needed, train
    python training/train.py --ship              # ... and copy model-best to graphkit/data
    python training/train.py --limit 200 --max-steps 20 --out /tmp/x   # tiny smoke run (CI)
    python training/train.py --no-holdout --max-steps 3000 --ship      # final: all of dev

Steps: ``training/prepare.py`` (DocBins under ``<out>/corpus``) → ``spacy train`` with
``training/<config>`` (custom layers from ``graphkit.nlp.subword_vectors``, reader from
``training/readers.py``) → ``<out>/model-best``. ``--ship`` strips the training-only parts
and copies the pipeline to ``graphkit/data/ner_model`` with its ``ATTRIBUTION.md``. Without
``--ship`` the shipped model is never touched.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

TRAINING_DIR = Path(__file__).resolve().parent
REPO = TRAINING_DIR.parent
sys.path.insert(0, str(TRAINING_DIR))
sys.path.insert(0, str(REPO))

import prepare  # noqa: E402
import readers  # noqa: E402,F401  (registers graphkit.GoldTokenCorpus.v1)
from shipping import ship_pipeline  # noqa: E402
from spacy.cli.train import train as spacy_train  # noqa: E402

from graphkit.nlp import ner_model, subword_vectors  # noqa: E402  (registers architectures)

ATTRIBUTION = TRAINING_DIR / "ATTRIBUTION.md"


def train(
    config: Path,
    out: Path,
    *,
    limit: int | None = None,
    max_steps: int | None = None,
    europeana: bool = True,
    augment: int = 2,
    seed: int = 0,
    reprepare: bool = False,
    holdout: bool = True,
) -> Path:
    """Train; return model-best (chosen on the held-out GermEval dev sentences), or
    model-last where ``holdout`` is off and those sentences are trained on too."""
    corpus = out / "corpus"
    # A corpus prepared with other options (say, with the held-out split) is rebuilt.
    options = {"europeana": europeana, "limit": limit, "augment": augment, "holdout": holdout}
    settings = corpus / "options.json"
    stale = not settings.exists() or json.loads(settings.read_text()) != options
    if reprepare or stale or not (corpus / "train.spacy").exists():
        prepare.prepare(prepare.SHARED_DATA, corpus, **options)
        settings.write_text(json.dumps(options, sort_keys=True) + "\n")
    overrides = {
        "paths.train": str(corpus / "train.spacy"),
        "paths.dev": str(corpus / "dev.spacy"),
        "system.seed": seed,
    }
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
        overrides["training.eval_frequency"] = max(1, min(200, max_steps // 2))
    if not holdout:
        overrides["training.patience"] = 0  # the dev scores are of trained-on sentences
    model_out = out / "model"
    spacy_train(config, model_out, overrides=overrides)
    return model_out / ("model-best" if holdout else "model-last")


def ship(model_best: Path, target: Path = ner_model.SHIPPED_MODEL_DIR) -> None:
    """Copy a trained pipeline into the package, atomically replacing the old one."""
    ship_pipeline(model_best, target, ATTRIBUTION, META)


# Name, licence and sources in the shipped pipeline's meta.json.
META = {
    "name": "graphkit_ner_de",
    "version": "0.1.0",
    "description": "German NER (PER/LOC/ORG/MISC) for graphkit; see ATTRIBUTION.md",
    "license": "CC BY 4.0 (trained on CC BY 4.0 data, see ATTRIBUTION.md)",
    "sources": [
        {"name": "GermEval 2014 NER (dev split)", "license": "CC BY 4.0",
         "author": "Benikova, Biemann, Reznicek"},
        {"name": "DFKI SmartData Corpus v1 (without v3 test documents)",
         "license": "CC BY 4.0", "author": "Schiersch et al."},
        {"name": "Europeana Newspapers German NER", "license": "CC0 1.0",
         "author": "Neudecker"},
    ],
    "requirements": [subword_vectors.REQUIREMENT],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="train graphkit's German NER")
    parser.add_argument("--config", type=Path, default=TRAINING_DIR / "ner.cfg")
    parser.add_argument("--out", type=Path, default=TRAINING_DIR / "runs" / "ner")
    parser.add_argument("--limit", type=int, default=None, help="tiny data slice (CI)")
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-europeana", action="store_true", help="leave Europeana out")
    parser.add_argument("--augment", type=int, default=2, metavar="N",
                        help="mention-replaced copies of each GermEval sentence (default 2)")
    parser.add_argument("--reprepare", action="store_true", help="rebuild the DocBins")
    parser.add_argument("--no-holdout", action="store_true",
                        help="train on all of GermEval dev for --max-steps steps, keep the last")
    parser.add_argument("--ship", action="store_true", help="install as graphkit's NER model")
    parser.add_argument("--ship-only", type=Path, default=None, metavar="MODEL_DIR",
                        help="only install an already trained pipeline")
    args = parser.parse_args(argv)
    if args.ship_only:
        ship(args.ship_only)
        print(f"shipped {args.ship_only} → {ner_model.SHIPPED_MODEL_DIR}")
        return 0
    if args.no_holdout and args.max_steps is None:
        parser.error("--no-holdout needs --max-steps (chosen on a run with the held-out set)")
    best = train(args.config, args.out, limit=args.limit, max_steps=args.max_steps,
                 europeana=not args.no_europeana, augment=args.augment, seed=args.seed,
                 reprepare=args.reprepare, holdout=not args.no_holdout)
    if args.ship:
        ship(best)
        print(f"shipped {best} → {ner_model.SHIPPED_MODEL_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

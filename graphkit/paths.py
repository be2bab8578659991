"""Where the data graphkit ships lives (inside the installed package)."""

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
LEXICON_DIR = DATA_DIR / "lexicon"

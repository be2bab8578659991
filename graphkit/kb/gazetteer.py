"""The gazetteers graphkit ships: places, people, organisations and offices.

The data are JSON lines under ``graphkit/kb/data/`` (one entry a line, see that
folder's README). This module loads them once, indexes every name, alias and generated
spelling variant in dicts, and answers the questions the NLP stages ask offline:

- which entry does a surface string name ("Russlands", "Kim Jong-un", "Nato")?
- which country does an adjective belong to ("nordkoreanischen" -> Nordkorea)?
- who held an office on a date ("Kremlchef" in 2010; "Präsident" of Q159 in 2024)?
- which spaCy EntityRuler patterns find these names in text?
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import TypeVar

GAZETTEER_FILES = ("places.jsonl", "people.jsonl", "organisations.jsonl", "misc.jsonl")
OFFICES_FILE = "offices.jsonl"

_HYPHENS = re.compile(r"[\-\u2010\u2011\u2012\u2013]")
_SPACES = re.compile(r"\s+")
_APOSTROPHES = ("'", "\u2019", "\u00b4", "`")
# Names ending in these letters form their genitive with an apostrophe ("Paris'"),
# so stripping an "s" from them would only ever produce a wrong name.
_SIBILANT_ENDINGS = ("s", "ß", "x", "z", "ce")
# Names ending in these nouns also take "-es" in the genitive ("des Weißen Hauses",
# "des Bundestages", "des Sicherheitsrates").
_ES_GENITIVE_SUFFIXES = ("haus", "meer", "rat", "amt", "hof", "bund", "reich", "tag", "gericht")
# Adjective endings after the stem: "russisch|e", "nordkoreanisch|en", "US-amerikanisch|er".
_ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")

T = TypeVar("T")


@dataclass(frozen=True)
class GazetteerEntry:
    id: str
    name: str
    label: str                          # PER | ORG | LOC | MISC
    kind: str                           # "country", "city", "person", "party", ...
    wikidata: str | None
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...] = ()    # lower-case stems: "russisch", "us-amerikanisch"
    demonyms: tuple[str, ...] = ()      # "Russe", "Russin", "Russen"
    surname: str | None = None          # people: the bare surname, linked by context only
    country: str | None = None          # entry id of the country it belongs to
    capital: str | None = None          # countries: entry id of the capital

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class OfficeHolder:
    entry_id: str
    start: date | None
    end: date | None                    # first day no longer in office; None = still in office

    def held_on(self, day: date) -> bool:
        started = self.start is None or self.start <= day
        not_ended = self.end is None or day < self.end
        return started and not_ended


@dataclass(frozen=True)
class Office:
    id: str
    name: str
    country: str | None                 # country (or organisation) entry id the office belongs to
    heads: tuple[str, ...]              # nouns that need the country: "der russische Präsident"
    titles: tuple[str, ...]             # nouns that stand alone: "Kremlchef", "Bundeskanzler"
    holders: tuple[OfficeHolder, ...]


class Gazetteer:
    """Entries and offices with O(1) lookups over every spelling variant."""

    def __init__(self, entries: Iterable[GazetteerEntry], offices: Iterable[Office]) -> None:
        self.entries: tuple[GazetteerEntry, ...] = tuple(entries)
        self.offices: tuple[Office, ...] = tuple(offices)
        self._by_id = {entry.id: entry for entry in self.entries}
        # Declared names and aliases win over generated variants: "Hamas" is a name,
        # while "Hama" + genitive s only happens to spell the same.
        self._names: dict[str, set[str]] = defaultdict(set)
        self._variants: dict[str, set[str]] = defaultdict(set)
        self._folded_names: dict[str, set[str]] = defaultdict(set)
        self._folded_variants: dict[str, set[str]] = defaultdict(set)
        self._adjectives: dict[str, set[str]] = defaultdict(set)
        self._surnames: dict[str, list[str]] = defaultdict(list)
        self._titles: dict[str, list[Office]] = defaultdict(list)
        self._heads: dict[tuple[str, str], list[Office]] = defaultdict(list)
        self._capitals = frozenset(entry.capital for entry in self.entries if entry.capital)
        for entry in self.entries:
            self._index_entry(entry)
        for office in self.offices:
            self._index_office(office)

    # -- building the indexes -------------------------------------------------------

    def _index_entry(self, entry: GazetteerEntry) -> None:
        for name in entry.names:
            self._names[_key(name)].add(entry.id)
            self._folded_names[_folded_key(name)].add(entry.id)
            for variant in inflected_variants(name):
                self._variants[_key(variant)].add(entry.id)
                self._folded_variants[_folded_key(variant)].add(entry.id)
        for stem in entry.adjectives:
            self._adjectives[_folded_key(stem)].add(entry.id)
        if entry.surname:
            self._surnames[_folded_key(entry.surname)].append(entry.id)

    def _index_office(self, office: Office) -> None:
        for title in office.titles:
            self._titles[_folded_key(title)].append(office)
        if office.country:
            for head in office.heads:
                self._heads[(_folded_key(head), office.country)].append(office)

    # -- questions ------------------------------------------------------------------

    def get(self, entry_id: str) -> GazetteerEntry | None:
        return self._by_id.get(entry_id)

    def lookup(self, surface: str) -> GazetteerEntry | None:
        """The entry a name names, tolerant of hyphens, case of abbreviations and genitive.

        Returns None when nothing or more than one entry matches.
        """
        for candidate in _surface_candidates(surface):
            found = self._resolve(_key(candidate), self._names, self._variants)
            if found is None and _looks_like_a_name(candidate):
                folded = _folded_key(candidate)
                found = self._resolve(folded, self._folded_names, self._folded_variants)
            if found is not None:
                return found
        return None

    def candidates(self, surface: str) -> list[GazetteerEntry]:
        """Every entry a name may name (declared names first, then generated variants), for
        linking that chooses by context where ``lookup`` refuses an ambiguous name."""
        for candidate in _surface_candidates(surface):
            ids = self._names.get(_key(candidate)) or self._variants.get(_key(candidate))
            if not ids and _looks_like_a_name(candidate):
                folded = _folded_key(candidate)
                ids = self._folded_names.get(folded) or self._folded_variants.get(folded)
            if ids:
                return [self._by_id[entry_id] for entry_id in sorted(ids)]
        return []

    def is_capital(self, entry_id: str) -> bool:
        return entry_id in self._capitals

    def country_by_adjective(self, adjective: str) -> GazetteerEntry | None:
        """The country an (inflected) adjective belongs to: "russischen" -> Russland."""
        word = _folded_key(adjective.strip())
        for ending in sorted(_ADJECTIVE_ENDINGS, key=len, reverse=True):
            if ending and not word.endswith(ending):
                continue
            stem = word[: len(word) - len(ending)] if ending else word
            found = self._unique(self._adjectives.get(stem))
            if found is not None:
                return found
        return None

    def office_holder(
        self, office_word: str, country_id: str | None, on: date | None
    ) -> GazetteerEntry | None:
        """Who a title ("Kremlchef") or a head noun plus country ("Präsident", "Q159") means.

        With ``on=None`` the answer is given only when the office has had a single holder.
        Returns None when the office is unknown, vacant on that day, or ambiguous.
        """
        offices = self._offices_for(office_word, country_id)
        holder_ids = {_holder_on(office, on) for office in offices}
        holder_ids.discard(None)
        if len(holder_ids) != 1:
            return None
        return self._by_id.get(holder_ids.pop())

    def people_with_surname(self, surname: str) -> list[GazetteerEntry]:
        ids = self._surnames.get(_folded_key(surname), [])
        return [self._by_id[entry_id] for entry_id in ids]

    def ruler_patterns(self) -> list[dict]:
        """spaCy EntityRuler phrase patterns for every name, alias and generated variant.

        Variants cover genitives ("Russlands", "Kim Jong Uns"), weak adjective forms
        ("Vereinten Nationen", "Weißen Hauses") and hyphen/space spellings ("Kim Jong-un",
        "Kim Jong-Un"). They are phrase patterns (strings), not token patterns: the
        pipeline's own tokenizer splits them exactly as it splits the text, and spaCy's
        PhraseMatcher stays fast with thousands of patterns where the token Matcher does
        not (measured: about 25 ms a sentence with 6,000 token patterns). A variant that
        names two entries is left out; adjectives, demonyms and surnames that are not
        aliases are never patterns.
        """
        patterns = []
        for entry in self.entries:
            seen: set[str] = set()
            for name in entry.names:
                for variant in _spelling_variants(name):
                    if variant in seen or self._pattern_owner(variant) != entry.id:
                        continue
                    seen.add(variant)
                    patterns.append({"label": entry.label, "pattern": variant, "id": entry.id})
        return patterns

    # -- helpers --------------------------------------------------------------------

    def _resolve(
        self, key: str, names: dict[str, set[str]], variants: dict[str, set[str]]
    ) -> GazetteerEntry | None:
        ids = names.get(key) or variants.get(key)
        return self._unique(ids)

    def _pattern_owner(self, variant: str) -> str | None:
        found = self._resolve(_key(variant), self._names, self._variants)
        return found.id if found else None

    def _unique(self, ids: set[str] | None) -> GazetteerEntry | None:
        if ids and len(ids) == 1:
            return self._by_id[next(iter(ids))]
        return None

    def _offices_for(self, office_word: str, country_id: str | None) -> list[Office]:
        found: dict[str, Office] = {}
        for form in _office_word_forms(office_word):
            for office in self._titles.get(form, ()):
                if country_id is None or office.country in (None, country_id):
                    found[office.id] = office
            if country_id is not None:
                for office in self._heads.get((form, country_id), ()):
                    found[office.id] = office
            if found:
                break
        return list(found.values())


# -- spelling variants --------------------------------------------------------------


def inflected_variants(name: str) -> Iterator[str]:
    """The name plus the forms it takes in running German text.

    "Europäische Union" -> "Europäischen Union"; "Weißes Haus" -> "Weißen Hauses";
    "Russland" -> "Russlands". Hyphen/space variants are handled by the lookup key.
    """
    bases = [name]
    weak = _weak_adjective_form(name)
    if weak != name:
        bases.append(weak)
    for base in bases:
        yield base
        yield from _genitive_forms(base)


def _spelling_variants(name: str) -> Iterator[str]:
    """Inflected variants, each also with hyphens and spaces swapped where it makes sense."""
    for variant in inflected_variants(name):
        yield variant
        if "-" in variant:
            yield variant.replace("-", " ")
            # "Kim Jong-un" is also written "Kim Jong-Un".
            yield re.sub(r"-(\w)", lambda m: "-" + m.group(1).upper(), variant)
        tokens = variant.split(" ")
        if len(tokens) == 3 and all(t[:1].isupper() for t in tokens) and _is_korean(tokens):
            yield f"{tokens[0]} {tokens[1]}-{tokens[2].lower()}"
            yield f"{tokens[0]} {tokens[1]}-{tokens[2]}"


def _is_korean(tokens: list[str]) -> bool:
    # Korean three-syllable names are written "Kim Jong Un", "Kim Jong-un" and "Kim Jong-Un".
    return all(len(token) <= 5 and token.isalpha() for token in tokens)


def _weak_adjective_form(name: str) -> str:
    """Leading capitalised adjectives in their weak/dative form: "Vereinigte" -> "Vereinigten"."""
    tokens = name.split(" ")
    if len(tokens) < 2:
        return name
    changed = []
    for index, token in enumerate(tokens[:-1]):
        if not token[:1].isupper() or len(token) <= 4:
            break
        if token.endswith("es"):
            token = token[:-2] + "en"
        elif token.endswith("e"):
            token = token + "n"
        elif token.endswith(("ischer", "aler")):
            token = token[:-2] + "en"
        else:
            break
        changed.append((index, token))
    for index, token in changed:
        tokens[index] = token
    return " ".join(tokens)


def _genitive_forms(name: str) -> Iterator[str]:
    last = name.split(" ")[-1]
    if not last[:1].isalpha() or last.isupper():
        return  # abbreviations ("USA", "NATO") rarely take a genitive s in news
    if last.casefold().endswith(_ES_GENITIVE_SUFFIXES):
        yield name + "es"
    if not name.endswith(_SIBILANT_ENDINGS):
        yield name + "s"


# -- lookup keys --------------------------------------------------------------------


def _key(text: str) -> str:
    """Hyphens and runs of white space become one space; case is kept."""
    return _SPACES.sub(" ", _HYPHENS.sub(" ", text)).strip()


def _folded_key(text: str) -> str:
    return _key(text).casefold()


def _looks_like_a_name(text: str) -> bool:
    # Case-insensitive matching only for capitalised text, so "grüne" never finds "Grüne".
    return text[:1].isupper()


def _surface_candidates(surface: str) -> Iterator[str]:
    """The surface, then without a genitive ending: "Putins", "Paris'", "Trump's"."""
    text = _SPACES.sub(" ", surface).strip()
    yield text
    for apostrophe in _APOSTROPHES:
        if text.endswith(apostrophe + "s"):
            yield text[:-2]
        elif text.endswith(apostrophe):
            yield text[:-1]


def _office_word_forms(word: str) -> list[str]:
    """Case and inflection variants of an office noun: "Präsidenten", "Kanzlerin", "Chefs"."""
    folded = _folded_key(word)
    forms = [folded]
    for suffix in ("innen", "in", "en", "es", "s", "n"):
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 4:
            forms.append(folded[: -len(suffix)])
    return forms


def _holder_on(office: Office, on: date | None) -> str | None:
    if on is None:
        ids = {holder.entry_id for holder in office.holders}
        return ids.pop() if len(ids) == 1 else None
    for holder in office.holders:
        if holder.held_on(on):
            return holder.entry_id
    return None


# -- loading ------------------------------------------------------------------------


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer shipped in ``graphkit/kb/data`` (read once per process)."""
    folder = resources.files("graphkit.kb") / "data"
    entries = []
    for file_name in GAZETTEER_FILES:
        text = (folder / file_name).read_text(encoding="utf-8")
        entries.extend(_parse_lines(text, file_name, _entry_from_record))
    offices_text = (folder / OFFICES_FILE).read_text(encoding="utf-8")
    offices = _parse_lines(offices_text, OFFICES_FILE, _office_from_record)
    return Gazetteer(entries, offices)


def _parse_lines(text: str, file_name: str, make: Callable[[dict], T]) -> list[T]:
    items: list[T] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            items.append(make(json.loads(line)))
        except (ValueError, KeyError, TypeError) as error:
            message = f"{file_name} line {number}: malformed gazetteer entry ({error})"
            raise ValueError(message) from error
    return items


def _entry_from_record(record: dict) -> GazetteerEntry:
    return GazetteerEntry(
        id=_required_text(record, "id"),
        name=_required_text(record, "name"),
        label=_required_text(record, "label"),
        kind=_required_text(record, "kind"),
        wikidata=record.get("wikidata"),
        aliases=tuple(record.get("aliases", ())),
        adjectives=tuple(record.get("adjectives", ())),
        demonyms=tuple(record.get("demonyms", ())),
        surname=record.get("surname"),
        country=record.get("country"),
        capital=record.get("capital"),
    )


def _office_from_record(record: dict) -> Office:
    holders = tuple(
        OfficeHolder(
            entry_id=_required_text(holder, "id"),
            start=_parse_date(holder.get("from")),
            end=_parse_date(holder.get("to")),
        )
        for holder in record.get("holders", ())
    )
    return Office(
        id=_required_text(record, "id"),
        name=_required_text(record, "name"),
        country=record.get("country"),
        heads=tuple(record.get("heads", ())),
        titles=tuple(record.get("titles", ())),
        holders=holders,
    )


def _required_text(record: dict, field: str) -> str:
    value = record[field]
    if not isinstance(value, str) or not value:
        raise ValueError(f"field {field!r} must be a non-empty string")
    return value


def _parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None

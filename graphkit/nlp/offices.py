"""Office mentions: "der russische Präsident", "Russlands Präsident", "US-Präsident", "Kremlchef".

They name a person without naming them. The nlp stage marks them as PER mentions with
``source="office"`` and ``kb_id="office:<country id>:<office word>"``; the resolve stage
asks the gazetteer who held the office on the article's date. An office word directly
followed by a name ("Präsident Wladimir Putin") is an apposition: the name is the mention.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import lru_cache

from graphkit.kb.gazetteer import Gazetteer
from graphkit.model import PER, EntityMention, Token
from graphkit.paths import DATA_DIR

OFFICE_PREFIX = "office:"


def office_kb_id(country_id: str | None, word: str) -> str:
    return f"{OFFICE_PREFIX}{country_id or ''}:{word}"


def parse_office_kb_id(kb_id: str) -> tuple[str | None, str]:
    country, word = kb_id[len(OFFICE_PREFIX):].split(":", 1)
    return country or None, word


def is_office_kb_id(kb_id: str | None) -> bool:
    return bool(kb_id) and kb_id.startswith(OFFICE_PREFIX)  # type: ignore[union-attr]


@lru_cache(maxsize=4)
def office_words(gazetteer: Gazetteer) -> tuple[set[str], set[str]]:
    """Lower-case titles (stand alone) and heads (need a country) of all offices."""
    titles = {t.lower() for office in gazetteer.offices for t in office.titles}
    heads = {h.lower() for office in gazetteer.offices for h in office.heads}
    return titles, heads


def base_form(token: Token) -> str:
    """'Präsidenten' → 'Präsident' (HanTa lemma), keeping the written form as a fallback."""
    return token.lemma if token.lemma[:1].isupper() else token.text


def country_before(tokens: Sequence[Token], index: int, gazetteer: Gazetteer) -> tuple[
        str | None, int]:
    """Country named by an adjective or genitive before the head: (country id, first index)."""
    j = index - 1
    if j >= 0:
        entry = gazetteer.country_by_adjective(tokens[j].text)
        if entry is None and tokens[j].text.endswith("s") and tokens[j].text[:1].isupper():
            entry = gazetteer.lookup(tokens[j].text)
            entry = entry if entry is not None and entry.kind == "country" else None
        if entry is not None:
            start = j - 1 if j >= 1 and tokens[j - 1].text.lower() in ARTICLES else j
            return entry.id, start
    return None, index


def country_after(tokens: Sequence[Token], index: int, gazetteer: Gazetteer) -> str | None:
    """'Präsident Russlands', 'Präsident der Ukraine'."""
    j = index + 1
    if j < len(tokens) and tokens[j].text in ("der", "des"):
        j += 1
    if j < len(tokens):
        entry = gazetteer.lookup(tokens[j].text)
        if entry is not None and entry.kind == "country":
            return entry.id
    return None


ARTICLES = {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einem", "einen", "eines"}


def hyphen_country(token: Token, gazetteer: Gazetteer) -> tuple[str | None, str]:
    """'US-Präsident' → (USA id, 'Präsident')."""
    if "-" not in token.text:
        return None, token.text
    prefix, head = token.text.rsplit("-", 1)
    entry = gazetteer.lookup(prefix)
    if entry is not None and entry.kind == "country":
        return entry.id, head
    return None, token.text


def followed_by_name(tokens: Sequence[Token], index: int, name_starts: set[int]) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].start in name_starts


def find_office_mentions(
    article_id: str,
    sentence_index: int,
    tokens: Sequence[Token],
    existing: Sequence[EntityMention],
    gazetteer: Gazetteer,
) -> list[EntityMention]:
    titles, heads = office_words(gazetteer)
    name_starts = {m.start for m in existing if m.label == PER}
    # Only names block an office mention; an adjective or genitive country inside it
    # ("des russischen Staatschefs", "Russlands Präsident") is part of it.
    taken = [(m.start, m.end) for m in existing if m.label == PER]
    found = []
    for i, token in enumerate(tokens):
        if not token.text[:1].isupper() or followed_by_name(tokens, i, name_starts):
            continue
        mention = office_mention_at(tokens, i, gazetteer, titles, heads)
        if mention is None:
            continue
        start, country, word = mention
        begin, end = tokens[start].start, token.end
        if any(s < end and begin < e for s, e in taken):
            continue
        text = " ".join(t.text for t in tokens[start:i + 1])
        found.append(EntityMention(article_id, sentence_index, begin, end, text, PER,
                                   office_kb_id(country, word), "office"))
    return found


DECLENSION_ENDINGS = {"", "e", "en", "er", "em", "es"}


@lru_cache(maxsize=1)
def not_the_holder() -> tuple[str, ...]:
    path = DATA_DIR / "lexicon" / "office_words.json"
    return tuple(json.loads(path.read_text(encoding="utf-8"))["not_the_holder"])


def past_or_future_office(tokens: Sequence[Token], start: int) -> bool:
    """'der frühere (russische) Präsident', 'die künftige Kommissionspräsidentin'."""
    for token in tokens[max(start - 2, 0):start]:
        word = token.text.lower()
        if token.tag.startswith("ADJ") and declined_stem(word, not_the_holder()):
            return True
    return False


def declined_stem(word: str, stems: Iterable[str]) -> str | None:
    """The stem a lower-case adjective declines ('früheren' → 'früher'), if one of
    ``stems``."""
    return next((stem for stem in stems if word.startswith(stem)
                 and word[len(stem):] in DECLENSION_ENDINGS), None)


def office_mention_at(
    tokens: Sequence[Token], i: int, gazetteer: Gazetteer, titles: set[str], heads: set[str]
) -> tuple[int, str | None, str] | None:
    found = office_words_at(tokens, i, gazetteer, titles, heads)
    if found is None or past_or_future_office(tokens, found[0]):
        return None
    return found


def office_words_at(
    tokens: Sequence[Token], i: int, gazetteer: Gazetteer, titles: set[str], heads: set[str]
) -> tuple[int, str | None, str] | None:
    token = tokens[i]
    word = base_form(token)
    if token.text.lower() in titles or word.lower() in titles:
        return i, None, word if word.lower() in titles else token.text
    country, head = hyphen_country(token, gazetteer)
    if country and head.lower() in heads:
        return i, country, head
    if word.lower() in heads or token.text.lower() in heads:
        country, start = country_before(tokens, i, gazetteer)
        if country is None:
            country, start = country_after(tokens, i, gazetteer), i
        if country is not None:
            return start, country, word
    return None

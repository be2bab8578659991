"""The event stage's language data (graphkit/data/events/), loaded once.

``types.json``: event types with labels, roles and mappings; ``triggers.json``: trigger
verbs, nouns, verb senses, light-verb constructions and status markers; ``frames.json``:
which syntactic function fills which role; ``words.json``: function words the heuristics read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from graphkit.model import ACCUSATION, STATEMENT
from graphkit.paths import DATA_DIR

EVENTS_DATA_DIR = DATA_DIR / "events"

# A role frame: relation key ("nsubj", "obl:von", "nmod:gen") → role (None: no role).
Frame = dict[str, str | None]


def _load(name: str) -> dict[str, Any]:
    return json.loads((EVENTS_DATA_DIR / name).read_text("utf-8"))


@lru_cache(maxsize=1)
def function_words() -> dict[str, Any]:
    return _load("words.json")


@lru_cache(maxsize=1)
def event_type_data() -> dict[str, Any]:
    return _load("types.json")


def type_label(event_type: str, language: str = "de") -> str:
    """The type's label ("Treffen"); the type name itself for an unknown type."""
    return event_type_data()["types"].get(event_type, {}).get(language, event_type)


@dataclass(frozen=True)
class VerbSense:
    type: str
    needs: str = ""             # a key of TriggerLexicon.word_lists; "" = default sense
    # the sense also holds where a zu-infinitive clause follows the verb's clause
    # ('rief die Bürger auf, Wasser zu sparen')
    or_infinitive: bool = False


@dataclass(frozen=True)
class LightVerb:
    nouns: frozenset[str]
    verbs: frozenset[str]
    type: str
    needs: str = ""
    compounds: bool = False     # the nouns also as the last part of any compound
    actorless: bool = False     # the pair states its event without any actor ('in Kraft treten')

    def has_noun(self, lemma: str, common_heads: frozenset[str] = frozenset()) -> bool:
        """The pair's noun, also as the last part of a compound ('Warnstreik', 'Physik-
        Nobelpreis'), except nouns too common as compound heads ('Kaufpreis' is no prize)
        unless the pair takes every compound."""
        if lemma in self.nouns or lemma.rsplit("-", 1)[-1] in self.nouns:
            return True
        lower = lemma.lower()
        for noun in self.nouns:
            if not lower.endswith(noun.lower()) or len(lower) == len(noun):
                continue
            if self.compounds or (len(noun) > 3 and noun[:1].isupper()
                                  and noun not in common_heads
                                  and len(lower) - len(noun) >= 3):
                return True
        return False


@dataclass(frozen=True)
class TriggerLexicon:
    verbs: dict[str, str]
    verb_senses: dict[str, tuple[VerbSense, ...]]
    noun_senses: dict[str, tuple[VerbSense, ...]]
    nouns: dict[str, str]
    noun_heads: tuple[tuple[str, str], ...]   # (lower-case head, type), longest first
    noun_head_suffixes: tuple[str, ...]       # the heads alone, for one str.endswith
    compound_head_min_prefix: int
    noun_exclusions: frozenset[str]
    host_verbs: frozenset[str]
    host_nouns: frozenset[str]
    weak_verbs: dict[str, str]
    word_lists: dict[str, frozenset[str]]     # lemmas, as written (nouns capitalised)
    agreement_objects: frozenset[str]
    planned_markers: frozenset[str]
    reported_markers: frozenset[str]
    light_verbs: tuple[LightVerb, ...]
    light_verb_lemmas: frozenset[str]
    cancel_lemmas: frozenset[str]
    cancel_nouns: frozenset[str]
    negations: frozenset[str]
    negated_verbs: frozenset[str]

    def speaks(self, lemma: str) -> bool:
        """A verb that reports or judges what is said or done ("sagte", "kritisierte",
        "verurteilte den Angriff"), also as its default sense: its subject only talks
        about an event noun it governs ("rief zu Protesten auf" calls for its own)."""
        kinds = (STATEMENT, ACCUSATION)
        return self.verbs.get(lemma) in kinds or any(
            sense.type in kinds and not sense.needs for sense in self.verb_senses.get(lemma, ()))

    @property
    def military_objects(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.word_lists["military_objects"])


def _senses(raw: dict[str, Any]) -> dict[str, tuple[VerbSense, ...]]:
    return {verb: tuple(VerbSense(s["type"], s.get("needs", ""),
                                      s.get("or_infinitive", False)) for s in senses)
            for verb, senses in raw.items() if not verb.startswith("_")}


@lru_cache(maxsize=1)
def trigger_lexicon() -> TriggerLexicon:
    raw = _load("triggers.json")
    nouns = dict(raw["nouns"])
    heads = sorted(((n.lower(), t) for n, t in nouns.items()), key=lambda p: -len(p[0]))
    weak = {k: v for k, v in raw["weak_verbs"].items() if not k.startswith("_")}
    light = tuple(LightVerb(frozenset(lv["nouns"]), frozenset(lv["verbs"]), lv["type"],
                            lv.get("needs", ""), lv.get("compounds", False),
                            lv.get("actorless", False))
                  for lv in raw["light_verbs"])
    cancel = raw["cancellation_markers"]
    return TriggerLexicon(
        verbs=dict(raw["verbs"]),
        verb_senses=_senses(raw["verb_senses"]),
        noun_senses=_senses(raw["noun_senses"]),
        nouns=nouns,
        noun_heads=tuple(heads),
        noun_head_suffixes=tuple(h for h, _ in heads),
        compound_head_min_prefix=int(raw["compound_head_min_prefix"]),
        noun_exclusions=frozenset(n.lower() for n in raw["noun_exclusions"]),
        host_verbs=frozenset(raw["host_verbs"]),
        host_nouns=frozenset(raw["host_nouns"]),
        weak_verbs=weak,
        word_lists={k: frozenset(v) for k, v in raw["word_lists"].items()
                    if not k.startswith("_")},
        agreement_objects=frozenset(w.lower() for w in raw["agreement_objects"]),
        planned_markers=frozenset(raw["planned_markers"]),
        reported_markers=frozenset(raw["reported_markers"]),
        light_verbs=light,
        light_verb_lemmas=frozenset(v for lv in light for v in lv.verbs),
        cancel_lemmas=frozenset(cancel["lemmas"]),
        cancel_nouns=frozenset(cancel["nouns"]),
        negations=frozenset(cancel["negations"]),
        negated_verbs=frozenset(cancel["negated_verbs"]),
    )


@dataclass(frozen=True)
class Frames:
    types: dict[str, dict[str, Frame]]        # type → voice ("active"/"passive"/"noun") → frame
    verbs: dict[str, dict[str, Frame]]        # verb lemma → voice → frame (overrides the type's)
    sense_verbs: dict[str, dict[str, dict[str, Frame]]]   # type → lemma → voice → frame
    tiger_to_ud: dict[str, str]
    office_heads: tuple[str, ...]
    office_markers: tuple[str, ...]           # "nächste", "künftige", "ehemalige" …
    office_case_words: frozenset[str]         # "als", "zum": an office named, not a holder
    support_verbs: frozenset[str]
    feminine_suffixes: tuple[str, ...]
    masculine_suffixes: tuple[str, ...]
    # role → heads of words that fill it without a name ("Nobelpreis", "Cannabisgesetz")
    word_roles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # verb lemma → relation naming the one followed in a post ("folgen": "obl:auf")
    succession_verbs: dict[str, str] = field(default_factory=dict)

    def frame(self, event_type: str, lemma: str, voice: str) -> Frame:
        base = dict(self.types.get(event_type, {}).get(voice, {}))
        base.update(self.verbs.get(lemma, {}).get(voice, {}))
        base.update(self.sense_verbs.get(event_type, {}).get(lemma, {}).get(voice, {}))
        return base


@lru_cache(maxsize=1)
def role_frames() -> Frames:
    raw = _load("frames.json")
    return Frames(
        types=raw["types"],
        verbs=raw["verbs"],
        sense_verbs=raw["sense_verbs"],
        tiger_to_ud=raw["tiger_to_ud"],
        office_heads=tuple(sorted(raw["office_heads"], key=len, reverse=True)),
        office_markers=tuple(raw["future_or_past_office_markers"]),
        office_case_words=frozenset(raw["office_case_words"]),
        support_verbs=frozenset(raw["support_verbs"]),
        feminine_suffixes=tuple(raw["feminine_title_suffixes"]),
        masculine_suffixes=tuple(raw["masculine_title_suffixes"]),
        word_roles={role: tuple(heads) for role, heads in raw["word_role_heads"].items()
                    if not role.startswith("_")},
        succession_verbs={verb: key for verb, key in raw["succession_verbs"].items()
                          if not verb.startswith("_")},
    )

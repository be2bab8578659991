"""Times and places that a sentence takes from the text around it, by German discourse
conventions: a definite reference back to the reported occasion ("nach dem Abpfiff", "in
der Debatte") and adverbs tying an event to the one told just before ("Zugleich …",
"Anschließend …")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from graphkit.events.lexicon import function_words
from graphkit.events.time import NARRATIVE_ANCHOR, paragraph_ends, paragraph_of
from graphkit.model import HAPPENED, STATEMENT, AnalysedSentence, EventMention, Timex, Token
from graphkit.temporal.tense import tense_of

_WORDS = function_words()
OCCASION_NOUNS = tuple(_WORDS["occasion_nouns"])
OCCASION_PREPOSITIONS = frozenset(_WORDS["occasion_prepositions"])
DEFINITE_ARTICLES = frozenset(_WORDS["definite_articles"])
PLUPERFECT_AUXILIARIES = frozenset(_WORDS["pluperfect_auxiliaries"])
SAME_TIME_ADVERBS = frozenset(_WORDS["same_time_adverbs"])
SAME_PLACE_ADVERBS = frozenset(_WORDS["same_place_adverbs"])
PLACE_ANAPHORS = frozenset(_WORDS["place_anaphors"])
CALENDAR_NOUNS = frozenset(_WORDS["calendar_nouns"])
# Adjectives between article and noun ("nach der zweiten Finalniederlage").
ADJECTIVE_REACH = 2
# Tokens after the verb of a V2 clause an adverb may stand at ("warnte er zugleich").
ADVERB_REACH = 3


# --- definite references to the occasion ------------------------------------------------------

def is_occasion_noun(token: Token) -> bool:
    word = token.text.lower()
    return token.text[:1].isupper() and word.endswith(OCCASION_NOUNS)


def occasion_reference(tokens: Sequence[Token], index: int, quoted: set[int]) -> bool:
    """Whether ``tokens[index]`` opens "preposition (+ definite article) (+ adjectives) +
    occasion noun" outside quotation marks, with no time of its own after the noun ("bei
    der Wahl im Juli" is another occasion)."""
    if index in quoted or tokens[index].text.lower() not in OCCASION_PREPOSITIONS:
        return False
    position = index + 1
    contracted = tokens[index].text.lower() in ("beim", "im")
    if not contracted:
        if position >= len(tokens) or tokens[position].text.lower() not in DEFINITE_ARTICLES:
            return False
        position += 1
    for noun in range(position, min(position + ADJECTIVE_REACH + 1, len(tokens))):
        if is_occasion_noun(tokens[noun]):
            return not any(t.text in CALENDAR_NOUNS for t in tokens[noun + 1:noun + 3])
        if tokens[noun].text[:1].isupper():
            return False
    return False


def told_before(text: str) -> bool:
    """A sentence in the Plusquamperfekt ("hatte … gesprochen") tells what came before the
    narrative's time."""
    return any(word in PLUPERFECT_AUXILIARIES for word in text.lower().split())


def occasion_paragraphs(sentences: Sequence[AnalysedSentence], text: str,
                        quoted_of: dict[int, set[int]]) -> frozenset[int]:
    """Paragraphs that refer back to the reported occasion by a definite phrase in a past
    clause: "Der Trainer kämpfte nach dem Abpfiff mit den Tränen." (``quoted_of``: the
    quoted token indices of each sentence, by its start offset.)"""
    ends = paragraph_ends(text)
    found = set()
    for analysed in sentences:
        sentence = analysed.sentence
        if told_before(sentence.text):
            continue
        tokens = analysed.tokens
        quoted = quoted_of.get(sentence.start, set())
        for index in range(len(tokens)):
            if occasion_reference(tokens, index, quoted) and tense_of(
                    sentence.text, tokens[index].start - sentence.start) == "past":
                found.add(paragraph_of(text, sentence.start, ends))
                break
    return frozenset(found)


# --- "zugleich", "anschließend" -----------------------------------------------------------------

def linking_adverb(mention: EventMention, words: frozenset[str]) -> bool:
    """The sentence opens with one of ``words`` or has it right after its verb."""
    sentence = mention.sentence
    text = sentence.text
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    if first in words:
        return True
    after = text[mention.trigger.end - sentence.start:].split()[:ADVERB_REACH]
    return any(word.strip(",.").lower() in words for word in after)


def previous_sentence(mention: EventMention, sentence_starts: Sequence[int]) -> int | None:
    """Start of the sentence before the mention's (``sentence_starts`` sorted)."""
    at = bisect_left(sentence_starts, mention.sentence.start)
    return sentence_starts[at - 1] if at > 0 else None


def previous_time(mention: EventMention, told_in: Mapping[int, Sequence[EventMention]],
                  sentence_starts: Sequence[int], scene_times: Sequence[Timex],
                  scene_starts: Sequence[int]) -> tuple[Timex | None, EventMention | None]:
    """The time (and event) of the sentence just before: its last event's, or, where it
    tells no event, its own time expression ("Die Regierungschefs hatten sie Ende Juni
    nominiert. Zugleich wählten sie …"). An adverb links to what was just told, not to
    anything further back. ``told_in``: the mentions by sentence start; ``scene_times``
    sorted by start, ``scene_starts`` their starts."""
    start = previous_sentence(mention, sentence_starts)
    if start is None:
        return None, None
    told = told_in.get(start, ())
    if told:
        # A sentence of reported speech tells the speech act; an event inside the words
        # reported ("Xi sagte, China unterstütze eine Friedenskonferenz") is its content.
        happened = [m for m in told if m.status == HAPPENED] or list(told)
        speech = [m for m in happened if m.type == STATEMENT]
        last = max(speech or happened, key=lambda m: m.trigger.start)
        usable = last.status == HAPPENED and last.time is not None \
            and not last.time.time.on_or_before
        return (last.time if usable else None), (last if last.status == HAPPENED else None)
    after = bisect_right(sentence_starts, start)
    end = sentence_starts[after] if after < len(sentence_starts) else mention.sentence.start
    first, last = bisect_left(scene_starts, start), bisect_left(scene_starts, end)
    return (scene_times[last - 1] if last > first else None), None


def follow_linking_adverbs(mentions: list[EventMention], sentence_starts: Sequence[int],
                           scene_times: Sequence[Timex] = ()) -> None:
    """'Xi sagte … Zugleich warnte der Präsident …': an undated event whose clause a
    same-time adverb ties to the sentence just before takes its time, and with
    'zugleich', 'gleichzeitig', 'dabei' also its event's place. (``scene_times``: time
    expressions of past clauses.)"""
    told_in: dict[int, list[EventMention]] = defaultdict(list)
    for mention in mentions:
        told_in[mention.sentence.start].append(mention)
    scene_times = sorted(scene_times, key=lambda t: t.start)
    scene_starts = [t.start for t in scene_times]
    for mention in mentions:
        if mention.status != HAPPENED or not linking_adverb(mention, SAME_TIME_ADVERBS):
            continue
        time, before = previous_time(mention, told_in, sentence_starts, scene_times,
                                     scene_starts)
        if mention.time is None and time is not None:
            mention.time = replace(time, anchor=NARRATIVE_ANCHOR)
        if mention.place is None and before is not None \
                and linking_adverb(mention, SAME_PLACE_ADVERBS):
            mention.place = before.place


# --- "dort" ---------------------------------------------------------------------------------

def follow_place_anaphors(mentions: list[EventMention], text: str) -> None:
    """'… über ein Treffen im November in Potsdam. X hatte dort gesprochen.': an event without
    a place whose sentence says "dort" happened at the place of the last event told before
    it in its paragraph, and, without a time of its own, at that event's time."""
    ends = paragraph_ends(text)
    placed = sorted((m for m in mentions if m.place is not None),
                    key=lambda m: m.trigger.start)
    starts = [m.trigger.start for m in placed]
    for mention in mentions:
        if mention.place is not None or not says_there(mention):
            continue
        # The last placed event before it, if that one is in its paragraph (paragraphs
        # are contiguous: any earlier one of the paragraph would come after it).
        last = bisect_left(starts, mention.trigger.start) - 1
        if last < 0 or paragraph_of(text, placed[last].sentence.start, ends) != \
                paragraph_of(text, mention.sentence.start, ends):
            continue
        antecedent = placed[last]
        mention.place = antecedent.place
        time = antecedent.time
        if mention.time is None and time is not None and not time.time.on_or_before:
            mention.time = replace(time, anchor=NARRATIVE_ANCHOR)


def says_there(mention: EventMention) -> bool:
    """The mention's sentence has a place anaphor outside quotation marks."""
    unquoted = re.sub(r"[„“\"»«][^„“\"»«]*[„“\"»«]", " ", mention.sentence.text)
    return any(word.strip(",.;:").lower() in PLACE_ANAPHORS for word in unquoted.split())

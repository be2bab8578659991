"""Where a statement was made when its sentence names no place: the dateline's city or the
scene told before it, unless the words went through a medium or the speaker was not there."""

from __future__ import annotations

import re

from graphkit.events.lexicon import function_words
from graphkit.model import OFFICE, PER, SPEAKER, STATEMENT, EventMention

SPEECH_MEDIA_HEADS = tuple(function_words()["speech_media_heads"])
QUOTATION = re.compile(r"[„“\"»«][^„“\"»«]*[„“\"»«]")


def through_medium(mention: EventMention) -> bool:
    """A statement whose sentence, outside quotation marks, names a medium of words ("in
    einer Fernsehansprache", "in einer Mitteilung", "im Internet"): said from wherever the
    speaker was, which the dateline or the scene does not tell."""
    if mention.type != STATEMENT:
        return False
    unquoted = QUOTATION.sub(" ", mention.sentence.text)
    return any(word[:1].isupper() and word.lower().endswith(SPEECH_MEDIA_HEADS)
               for word in (w.strip(",.;:!?()") for w in unquoted.split()))


def said_at_scene(statement: EventMention, scene: EventMention) -> bool:
    """Words told after an event of their paragraph were said at its place unless a speaker
    named by name took no part in it ("Scholz empfing die Freigelassenen am Flughafen. …
    Biden dankte den Verbündeten") or they went through a medium. A speaker referred to by
    an office ("sagte der Kanzler") refers back to the scene's protagonist."""
    return not through_medium(statement) and not absent_from_scene(statement, scene)


def absent_from_scene(statement: EventMention, scene: EventMention) -> bool:
    """A speaker named by name who took no part in the scene's event of people ("Scholz
    empfing die Freigelassenen am Flughafen. … Biden dankte den Verbündeten"): his words
    were said elsewhere, at a time the scene does not tell."""
    taking_part = {actor.text.split()[-1] for actor, _ in scene.actors}
    named = [actor for actor, role in statement.actors
             if role == SPEAKER and actor.source != OFFICE and actor.label == PER]
    # Only a scene of named people tells who was there; a body's event ("Die EU-Staaten
    # einigten sich in Brüssel") has its members speak at it.
    personal = bool(scene.actors) and all(actor.label == PER for actor, _ in scene.actors)
    return bool(named and personal) and not any(actor.text.split()[-1] in taking_part
                                                for actor in named)

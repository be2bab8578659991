"""Events: typed event mentions with roles, place, time and status, one sentence at a time.

``triggers`` live in graphkit/data/events/ (types, triggers, frames); ``extract`` finds
triggers and runs the role finders: ``roles`` from the dependency parse when the pipeline
has one, the word-order heuristics of ``extract`` otherwise; ``time`` and ``status`` date
and qualify each mention. Every step takes one ``SentenceContext``.
"""

from graphkit.events.context import Candidate, SentenceContext
from graphkit.events.extract import event_mentions_in_sentence, extract_event_mentions
from graphkit.events.lexicon import trigger_lexicon

__all__ = ["Candidate", "SentenceContext", "event_mentions_in_sentence",
           "extract_event_mentions", "trigger_lexicon"]

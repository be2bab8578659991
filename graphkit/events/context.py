"""What every step of event extraction needs to know about one sentence, in one object."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from graphkit.events.lexicon import Frames, TriggerLexicon, role_frames, trigger_lexicon
from graphkit.events.repair import repair_inversions
from graphkit.model import ORG, AnalysedArticle, AnalysedSentence, EntityMention, Timex, Token


@dataclass(frozen=True)
class Candidate:
    mention: EntityMention
    token_index: int            # first token of the mention in the sentence


@dataclass
class SentenceContext:
    """One sentence with its article, tokens, names, times and the language data."""

    article: AnalysedArticle
    sentence: AnalysedSentence
    timexes: Sequence[Timex] = ()
    lexicon: TriggerLexicon = field(default_factory=trigger_lexicon)
    frames: Frames = field(default_factory=role_frames)
    genders: dict[str, str] = field(default_factory=dict)   # surname → Fem/Masc, per article
    # last words of the article's full person names, per article (None: work them out)
    surnames: frozenset[str] | None = None
    # the article's names (text → label), to find one the NER missed in this sentence
    known_names: dict[str, str] = field(default_factory=dict)
    # the article's organisations by endings of their last word, per article (None: build)
    organisation_endings: dict[str, list[EntityMention]] | None = None
    # the article's organisations by each word of their names, per article (None: build)
    organisation_words: dict[str, list[EntityMention]] | None = None

    def organisations_ending_in(self, word: str) -> list[EntityMention]:
        """The article's organisations whose last word ends in ``word`` ('Bundesregierung'
        for 'regierung'), in article order."""
        if self.organisation_endings is None:
            self.organisation_endings = organisation_endings(self.article)
        return self.organisation_endings.get(word, [])

    def organisations_with_word(self, word: str) -> list[EntityMention]:
        """The article's organisations one of whose name's words is ``word`` (lower case),
        in article order."""
        if self.organisation_words is None:
            self.organisation_words = organisation_words(self.article)
        return self.organisation_words.get(word, [])

    @property
    def tokens(self) -> list[Token]:
        return self.sentence.tokens

    @property
    def published(self) -> date | None:
        published = self.article.article.published
        return published.value if published else None

    @cached_property
    def parsed(self) -> bool:
        """Whether a parser filled Token.dep/head (else the word-order heuristics run)."""
        return any(t.dep for t in self.tokens)

    @cached_property
    def deps(self) -> list[str]:
        """UD relation of each token (TIGER labels of spaCy's German models mapped to UD)."""
        mapping = self.frames.tiger_to_ud
        deps = [mapping.get(t.dep, t.dep) for t in self.tokens]
        return repair_inversions(self.tokens, deps, self.lexicon.speaks)

    @cached_property
    def children(self) -> list[list[int]]:
        """Dependents of each token, built once per sentence (linear)."""
        kids: list[list[int]] = [[] for _ in self.tokens]
        for i, token in enumerate(self.tokens):
            if 0 <= token.head < len(self.tokens) and token.head != i:
                kids[token.head].append(i)
        return kids

    @cached_property
    def token_at(self) -> dict[int, int]:
        """Token index by start offset."""
        return {t.start: i for i, t in enumerate(self.tokens)}


def organisation_endings(article: AnalysedArticle) -> dict[str, list[EntityMention]]:
    """Every ending of every organisation's last word, lower case, with its mentions:
    built once per article, linear in the length of its names."""
    endings: dict[str, list[EntityMention]] = defaultdict(list)
    for sentence in article.sentences:
        for mention in sentence.mentions:
            if mention.label == ORG:
                last = mention.text.split()[-1].lower()
                for cut in range(1, len(last)):
                    endings[last[cut:]].append(mention)
    return dict(endings)


def organisation_words(article: AnalysedArticle) -> dict[str, list[EntityMention]]:
    """Each lower-case word of each organisation's name, with its mentions in article
    order: built once per article."""
    words: dict[str, list[EntityMention]] = defaultdict(list)
    for sentence in article.sentences:
        for mention in sentence.mentions:
            if mention.label == ORG:
                for word in dict.fromkeys(mention.text.lower().split()):
                    words[word].append(mention)
    return dict(words)

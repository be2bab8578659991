"""Positions: posts people hold at organisations, as the noun phrase around a name states
them.

German names a person's post in four noun-phrase shapes, each read here from the words'
order inside one phrase (a compound, an apposition, a genitive or 'von' attribute), not
from how far apart two names are:

- a compound title before the name: 'Siemens-Chef Joe Kaeser', 'EZB-Präsidentin X';
- an apposition after the name: 'Anna Berg, Vorsitzende des Verbands X,', 'X, Chef von Y';
- the post with its organisation before the name: 'die Vorsitzende des Verbands X (VX),
  Anna Berg', 'Vorstandschef der Deutschen Bank Christian Sewing';
- a present-tense copula: 'Anna Berg ist Direktorin des Instituts X';
- a party in parentheses: 'Anna Berg (SPD)', a membership ('Mitglied').

A post marked as past or future ('der frühere Siemens-Chef', 'Ex-Siemens-Chef') states no
present position and is skipped. The post words live in graphkit/data/lexicon/posts.json.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from graphkit.kb.gazetteer import Gazetteer, load_gazetteer
from graphkit.model import (
    ORG,
    PER,
    AnalysedArticle,
    AnalysedSentence,
    EntityMention,
    PositionMention,
    Token,
)
from graphkit.nlp.offices import declined_stem, past_or_future_office

RULE_SOURCE = "rule"
ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}")
ARTICLE_WORDS = frozenset({"der", "die", "das", "des", "dem", "den"})


@dataclass(frozen=True)
class PostWords:
    heads: tuple[str, ...]
    oblique_forms: dict[str, str]
    not_posts: tuple[str, ...]
    links: frozenset[str]
    copulas: frozenset[str]
    copula_adverbs: frozenset[str]
    present_verbs: frozenset[str]
    past_prefixes: frozenset[str]
    post_adjectives: tuple[str, ...]
    person_nouns: tuple[str, ...]
    bodies: tuple[str, ...]
    field_abbreviations: frozenset[str]
    party_kinds: frozenset[str]
    member_post: str
    membership_heads: tuple[str, ...]

    def is_membership(self, post: str) -> bool:
        """Whether a post's name states a membership ('Mitglied', 'SPD-Politikerin'), not a
        post that leads (as 'Mitglied des Vorstands' does)."""
        return post == self.member_post or post.lower().endswith(self.membership_heads)

    def same_post(self, name: str) -> str:
        """One key for a post's feminine and masculine forms ('Chefin', 'Chef' → 'chef'),
        so an article writing 'Bahn-Chef X' and one writing 'Bahn-Chefin X' state one post."""
        lower = name.lower()
        masculine = lower[:-2] if lower.endswith("in") else lower
        return masculine if masculine.endswith(self.heads) else lower

    def post_name(self, word: str) -> str | None:
        """The post a word names, in the nominative ('Vorstandschefs' → 'Vorstandschef'),
        or None when it names none (or one no longer held: 'Ex-Chefin')."""
        lower = word.lower()
        if not word[:1].isupper() or lower.endswith(self.not_posts) \
                or lower.split("-")[0] in self.past_prefixes:
            return None
        for form, nominative in self.oblique_forms.items():
            if lower.endswith(form):
                return word[:len(word) - len(form)] + nominative if len(word) > len(form) \
                    else nominative.capitalize()
        return word if lower.endswith(self.heads) else None


@lru_cache(maxsize=1)
def post_words() -> PostWords:
    path = resources.files("graphkit.data") / "lexicon" / "posts.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    by_length = sorted(raw["oblique_forms"].items(), key=lambda item: -len(item[0]))
    return PostWords(
        heads=tuple(raw["heads"]), oblique_forms=dict(by_length),
        not_posts=tuple(raw["not_posts"]), links=frozenset(raw["links"]),
        copulas=frozenset(raw["copulas"]), copula_adverbs=frozenset(raw["copula_adverbs"]),
        present_verbs=frozenset(raw["present_verbs"]),
        past_prefixes=frozenset(raw["past_prefixes"]),
        post_adjectives=tuple(raw["post_adjectives"]), person_nouns=tuple(raw["person_nouns"]),
        bodies=tuple(raw["bodies"]), field_abbreviations=frozenset(raw["field_abbreviations"]),
        party_kinds=frozenset(raw["party_kinds"]), member_post=raw["member_post"],
        membership_heads=tuple(raw["membership_heads"]),
    )


@dataclass
class PhraseContext:
    """One sentence's tokens and names, indexed by token, with the article's organisations."""

    article: AnalysedArticle
    sentence: AnalysedSentence
    words: PostWords
    gazetteer: Gazetteer
    article_organisations: dict[str, EntityMention]

    def __post_init__(self) -> None:
        self.tokens: list[Token] = self.sentence.tokens
        by_start = {token.start: i for i, token in enumerate(self.tokens)}
        self.token_ending_at = {token.end: i for i, token in enumerate(self.tokens)}
        self.starting: dict[int, EntityMention] = {
            by_start[m.start]: m for m in self.sentence.mentions
            if m.start in by_start and m.end in self.token_ending_at}

    def name_at(self, index: int, label: str) -> EntityMention | None:
        mention = self.starting.get(index)
        return mention if mention is not None and mention.label == label else None

    def text(self, index: int) -> str:
        return self.tokens[index].text if 0 <= index < len(self.tokens) else ""

    def after_name(self, mention: EntityMention) -> int:
        """The token after a name that name_at() gave."""
        return self.token_ending_at[mention.end] + 1

    def position(self, person: EntityMention, organisation: EntityMention, post: Token,
                 name: str) -> PositionMention:
        return PositionMention(self.article.article.id, self.sentence.sentence, person,
                               organisation, post, name)


def position_mentions(analysed: AnalysedArticle,
                      gazetteer: Gazetteer | None = None) -> list[PositionMention]:
    """Every position the article's sentences state, in sentence order."""
    gazetteer = gazetteer or load_gazetteer()
    organisations = {m.text: m for s in analysed.sentences for m in s.mentions
                     if m.label == ORG}
    found: list[PositionMention] = []
    for sentence in analysed.sentences:
        ctx = PhraseContext(analysed, sentence, post_words(), gazetteer, organisations)
        for index in range(len(ctx.tokens)):
            found += positions_at(ctx, index)
    return list(dict.fromkeys(found))


def positions_at(ctx: PhraseContext, index: int) -> list[PositionMention]:
    return [p for p in (compound_title(ctx, index), second_of_plural_title(ctx, index),
                        apposition(ctx, index), post_before_name(ctx, index),
                        copula(ctx, index), party_in_parentheses(ctx, index))
            if p is not None]


def compound_title(ctx: PhraseContext, index: int) -> PositionMention | None:
    """'Siemens-Chef Joe Kaeser': an organisation's name joined to a post word, right
    before the person's name or before a second title of the same name ('CDU-Chef und
    Kanzler Friedrich Merz')."""
    person = ctx.name_at(index + 1, PER) or coordinated_title_holder(ctx, index)
    if person is None or past_or_future_office(ctx.tokens, index):
        return None
    found = prefixed_post(ctx, index)
    if found is None:
        return None
    return ctx.position(person, found[0], ctx.tokens[index], with_adjective(ctx, index, found[1]))


def second_of_plural_title(ctx: PhraseContext, index: int) -> PositionMention | None:
    """'die SPD-Chefs X und Y': a plural title (after 'die', in its oblique form) holds
    for both coordinated names; compound_title() reads the first."""
    word = ctx.text(index).split("-")[-1]
    plural = ctx.text(index - 1).lower() == "die" and ctx.words.post_name(word) not in (
        None, word)
    first = compound_title(ctx, index) if plural else None
    if first is None:
        return None
    after = ctx.after_name(first.person)
    second = ctx.name_at(after + 1, PER) if ctx.text(after) == "und" else None
    return ctx.position(second, first.organisation, first.post, first.post_name) \
        if second is not None else None


def coordinated_title_holder(ctx: PhraseContext, index: int) -> EntityMention | None:
    """The name after 'und' and a second title noun: 'CDU-Chef und Kanzler X'."""
    if ctx.text(index + 1) != "und" or index + 2 >= len(ctx.tokens):
        return None
    second = ctx.tokens[index + 2]
    return ctx.name_at(index + 3, PER) if second.tag.startswith("NN") else None


def with_adjective(ctx: PhraseContext, index: int, name: str) -> str:
    """The post's name with an adjective before the post word that makes it another post
    ('stellvertretende Vorsitzende', 'stellvertretender Vorsitzender')."""
    before = ctx.tokens[index - 1] if index > 0 else None
    if before is None or not before.tag.startswith("ADJA"):
        return name
    stem = declined_stem(before.text.lower(), ctx.words.post_adjectives)
    if stem is None:
        return name
    return f"{stem}{'er' if name.endswith('er') else 'e'} {name}"


def prefixed_post(ctx: PhraseContext, index: int) -> tuple[EntityMention, str] | None:
    """The organisation and post of a word like 'Siemens-Chef' or 'Deutsche-Bank-Chefin'."""
    token = ctx.tokens[index]
    parts = token.text.split("-")
    if len(parts) < 2 or not all(parts) or parts[0].lower() in ctx.words.past_prefixes:
        return None
    name = ctx.words.post_name(parts[-1])
    if name is None:
        return None
    prefix = token.text[:len(token.text) - len(parts[-1]) - 1]
    organisation = organisation_named(ctx, prefix, token.start)
    return (organisation, name) if organisation is not None else None


def organisation_named(ctx: PhraseContext, prefix: str, start: int) -> EntityMention | None:
    """The organisation a compound's first part names: a name the NER found there, one
    the gazetteer lists as an organisation, one the article names elsewhere, or an
    acronym the gazetteer does not list as a place (a post leads an organisation), but no
    field of work ('IT-Chef')."""
    if prefix.lower() in ctx.words.field_abbreviations:
        return None
    end = start + len(prefix)
    found = next((m for m in ctx.sentence.mentions if m.start == start and m.end == end), None)
    if found is not None:
        return found if found.label == ORG else None
    def organisation(kb_id: str | None) -> EntityMention:
        return EntityMention(ctx.article.article.id, ctx.sentence.sentence.index, start, end,
                             prefix, ORG, kb_id, RULE_SOURCE)

    for surface in dict.fromkeys([prefix, prefix.replace("-", " ")]):
        entry = ctx.gazetteer.lookup(surface)
        if entry is not None:
            return organisation(entry.id) if entry.label == ORG else None
        named = ctx.article_organisations.get(surface)
        if named is not None:
            return organisation(named.kb_id)
    if ACRONYM.fullmatch(prefix):   # 'GDL-Chef', 'DGB-Vorsitzende': an unknown acronym
        return organisation(None)
    return None


def post_and_organisation(ctx: PhraseContext, index: int
                          ) -> tuple[int, str, EntityMention, int] | None:
    """From token ``index`` on: [article] post word (des|der|von|bei …) [article]
    organisation, or a post word with its organisation in front ('Siemens-Chef').
    Gives (post token, post name, organisation, the token after the phrase)."""
    if ctx.text(index).lower() in ARTICLE_WORDS:
        index += 1
    if index < len(ctx.tokens) and ctx.tokens[index].tag.startswith("ADJA"):
        index += 1      # 'Anna Berg, neue Vorsitzende des X': past or future ones are checked
    if index >= len(ctx.tokens) or past_or_future_office(ctx.tokens, index):
        return None
    prefixed = prefixed_post(ctx, index)
    if prefixed is not None:
        if not_present_verb(ctx, index + 1):
            return None
        return index, with_adjective(ctx, index, prefixed[1]), prefixed[0], index + 1
    name = ctx.words.post_name(ctx.text(index))
    found = linked_organisation(ctx, index + 1, name) if name is not None else None
    if found is None:
        return None
    name, organisation = found
    after = ctx.after_name(organisation)
    if not_present_verb(ctx, after):
        return None
    return index, with_adjective(ctx, index, name), organisation, after


def linked_organisation(ctx: PhraseContext, link: int, name: str
                        ) -> tuple[str, EntityMention] | None:
    """The post and organisation of 'Chef der Bahn', 'Vorstand von ZF', and of a post in a
    governing body: 'Vorsitzende des Aufsichtsrats von Siemens' (the post 'Vorsitzende des
    Aufsichtsrats')."""
    if ctx.text(link).lower() not in ctx.words.links:
        return None
    at = link + 1
    if ctx.text(at).lower() in ARTICLE_WORDS:
        at += 1
    organisation = ctx.name_at(at, ORG)
    if organisation is not None:
        return name, organisation
    body = ctx.text(at)
    if not body[:1].isupper() or not body.lower().endswith(ctx.words.bodies):
        return None
    found = linked_organisation(ctx, at + 1, name)
    return (f"{name} {ctx.text(link)} {body}", found[1]) if found is not None else None


def not_present_verb(ctx: PhraseContext, index: int) -> bool:
    """A verb closing the post phrase's clause that puts the post in the past or future:
    'X ist Chefin von Y gewesen', 'X, die Chefin von Y war,', '…, die Chefin von Y werden
    soll'."""
    at = after_abbreviation(ctx, index)
    token = ctx.tokens[at] if at < len(ctx.tokens) else None
    return token is not None and token.tag.startswith("V") \
        and token.text.lower() not in ctx.words.present_verbs


def apposition(ctx: PhraseContext, index: int) -> PositionMention | None:
    """'Anna Berg, Vorsitzende des Verbands X,' and 'Joe Kaeser, Siemens-Chef,'."""
    return post_after_name(ctx, index, lambda word: word == ",")


def post_after_name(ctx: PhraseContext, index: int,
                    is_link: Callable[[str], bool]) -> PositionMention | None:
    """A person's name at ``index``, a linking word (a comma, a copula), then the post and
    its organisation."""
    person = ctx.name_at(index, PER)
    if person is None:
        return None
    link = ctx.after_name(person)
    if not is_link(ctx.text(link)):
        return None
    found = post_and_organisation(ctx, after_adverbs(ctx, link + 1))
    if found is None:
        return None
    post, name, organisation, _ = found
    return ctx.position(person, organisation, ctx.tokens[post], name)


def post_before_name(ctx: PhraseContext, index: int) -> PositionMention | None:
    """'die Vorsitzende des Verbands X (VX), Anna Berg' and 'Vorstandschef der Bank X
    Anna Berg': the post and its organisation, then the name (after a comma or not)."""
    if ctx.words.post_name(ctx.text(index)) is None or "-" in ctx.text(index):
        return None
    if index > 0 and ctx.text(index - 1) == "," and ctx.name_at(index - 2, PER):
        return None     # an apposition after a name: apposition() reads it
    if attribute_of_person_noun(ctx, index):
        return None
    found = post_and_organisation(ctx, index)
    if found is None:
        return None
    post, name, organisation, after = found
    after = after_abbreviation(ctx, after)
    if ctx.text(after) == ",":
        after += 1
    elif ctx.text(after).lower() in ctx.words.copulas:     # 'Chefin von Y ist seit Mai X'
        after = after_adverbs(ctx, after + 1)
    person = ctx.name_at(after, PER)
    return ctx.position(person, organisation, ctx.tokens[post], name) if person else None


def attribute_of_person_noun(ctx: PhraseContext, index: int) -> bool:
    """'die Tochter des Chefs von BMW, Anna Klein': the post phrase is the genitive or
    'von' attribute of a noun naming a person, whom the name after the comma names."""
    link = index - 1
    if ctx.text(link).lower() not in ctx.words.links:
        return False
    noun = ctx.tokens[link - 1] if link > 0 else None
    return noun is not None and noun.tag.startswith("NN") and noun.text[:1].isupper() \
        and noun.text.lower().endswith(ctx.words.person_nouns)


def after_abbreviation(ctx: PhraseContext, index: int) -> int:
    """Past a short name in parentheses right after an organisation ('… Hessen (BSBD)')."""
    if ctx.text(index) != "(":
        return index
    for at in range(index + 1, min(index + 4, len(ctx.tokens))):
        if ctx.text(at) == ")":
            return at + 1
    return index


def copula(ctx: PhraseContext, index: int) -> PositionMention | None:
    """'Anna Berg ist Direktorin des Instituts X': a post held now (present tense only)."""
    return post_after_name(ctx, index, lambda word: word.lower() in ctx.words.copulas)


def after_adverbs(ctx: PhraseContext, index: int) -> int:
    """The token after adverbs before a post held now ('ist inzwischen Chefin', 'X, seit
    2020 Chefin von Y')."""
    while True:
        word = ctx.text(index).lower()
        if word in ctx.words.copula_adverbs:
            index += 1
        elif word == "seit" and index + 1 < len(ctx.tokens):
            index += 2
        else:
            return index


def party_in_parentheses(ctx: PhraseContext, index: int) -> PositionMention | None:
    """'Anna Berg (SPD)': a party in parentheses right after a name is the person's party
    (a membership; a country there is no organisation and gives none)."""
    person = ctx.name_at(index, PER)
    if person is None:
        return None
    opening = ctx.after_name(person)
    party = ctx.name_at(opening + 1, ORG) if ctx.text(opening) == "(" else None
    if party is None or ctx.text(ctx.after_name(party)) != ")":
        return None
    entry = ctx.gazetteer.get(party.kb_id) if party.kb_id else None
    if entry is None or entry.kind not in ctx.words.party_kinds:
        return None
    return ctx.position(person, party, ctx.tokens[opening + 1], ctx.words.member_post)


def position_values(mentions: Sequence[PositionMention]) -> list[EntityMention]:
    """The names positions hold, for entity linking (compound prefixes are names of their
    own: 'Siemens' of 'Siemens-Chef')."""
    return [name for m in mentions for name in (m.person, m.organisation)]

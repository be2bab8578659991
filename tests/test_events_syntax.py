"""Events on hand-built sentences: roles from a dependency parse (UD relations, as a parser
fills Token.dep/head), the word-order fallback without one, status, the publication bound,
and linear cost on a name-dense sentence."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from graphkit.events import extract_event_mentions
from graphkit.events.context import SentenceContext
from graphkit.events.roles import person_genders
from graphkit.merge.events import resolved_time
from graphkit.model import (
    ACQUISITION,
    AGENT,
    APPOINTMENT,
    ARREST,
    CANCELLED,
    COMPANY,
    COURT_RULING,
    DISMISSAL,
    ELECTION,
    HAPPENED,
    INSOLVENCY,
    LAYOFFS,
    LOC,
    MEETING,
    MILITARY_ACTION,
    OFFICE,
    ORG,
    PER,
    PERSON,
    PLANNED,
    PROTEST,
    RESIGNATION,
    SPEAKER,
    STATEMENT,
    VISIT,
    WINNER,
    AnalysedArticle,
    AnalysedSentence,
    Article,
    EntityMention,
    PublicationDate,
    Sentence,
    Token,
)
from graphkit.temporal import find_timexes

# (text, lemma, STTS tag, UD relation, head index[, morphology])
Word = tuple


def sentence_of(words: list[Word], names: list[tuple[int, int, str]], index: int = 0,
                offset: int = 0, parsed: bool = True, office: set[int] = frozenset()
                ) -> AnalysedSentence:
    """Tokens (offsets from ``offset``) and name mentions over token spans (first, last)."""
    tokens, pos = [], offset
    for word in words:
        text, lemma, tag, dep, head = word[:5]
        morph = word[5] if len(word) > 5 else ""
        tokens.append(Token(pos, pos + len(text), text, lemma, tag, morph=morph,
                            dep=dep if parsed else "", head=head if parsed else -1))
        pos += len(text) + 1
    text = " ".join(w[0] for w in words)
    mentions = [EntityMention("a", index, tokens[f].start, tokens[last].end,
                              text[tokens[f].start - offset:tokens[last].end - offset], label,
                              source="office" if f in office else "model")
                for f, last, label in names]
    return AnalysedSentence(Sentence("a", index, offset, offset + len(text), text), tokens,
                            mentions)


def article_of(*sentences: AnalysedSentence, day: date | None = date(2024, 11, 7)
               ) -> AnalysedArticle:
    text = " ".join(s.sentence.text for s in sentences)
    published = PublicationDate(day, "metadata") if day else None
    return AnalysedArticle(Article("a", "a.txt", "", text, published=published), list(sentences))


def chain(*word_lists: tuple[list[Word], list[tuple[int, int, str]]], **kw) -> AnalysedArticle:
    built, offset = [], 0
    for i, (words, names) in enumerate(word_lists):
        s = sentence_of(words, names, i, offset, **kw)
        built.append(s)
        offset = s.sentence.end + 1
    return article_of(*built)


def events(article: AnalysedArticle, event_type: str):
    return [m for m in extract_event_mentions(article, []) if m.type == event_type]


def roles(mention, role=None) -> set[str]:
    return {m.text for m, r in mention.actors if role is None or r == role}


def test_passive_von_names_the_agent_and_zum_the_office():
    words = [("Kukies", "Kukies", "NE", "nsubj:pass", 6),
             ("wurde", "werden", "VAFIN", "aux:pass", 6),
             ("von", "von", "APPR", "case", 3), ("Scholz", "Scholz", "NE", "obl", 6),
             ("zum", "zu", "APPRART", "case", 5),
             ("Finanzminister", "Finanzminister", "NN", "obl", 6),
             ("ernannt", "ernennen", "VVPP", "root", 6), (".", ".", "$.", "punct", 6)]
    [appointment] = events(chain((words, [(0, 0, PER), (3, 3, PER)])), APPOINTMENT)
    assert roles(appointment, PERSON) == {"Kukies"}
    assert roles(appointment, AGENT) == {"Scholz"}
    assert roles(appointment, OFFICE) == {"Finanzminister"}


def test_title_is_the_person_and_party_in_parentheses_is_no_participant():
    words = [("Bundeskanzler", "Bundeskanzler", "NN", "nsubj", 6),
             ("Olaf", "Olaf", "NE", "appos", 0), ("Scholz", "Scholz", "NE", "flat", 1),
             ("(", "(", "$(", "punct", 4), ("SPD", "SPD", "NE", "appos", 1),
             (")", ")", "$(", "punct", 4),
             ("entließ", "entlassen", "VVFIN", "root", 6),
             ("Finanzminister", "Finanzminister", "NN", "obj", 6),
             ("Christian", "Christian", "NE", "appos", 7), ("Lindner", "Lindner", "NE", "flat", 8),
             ("(", "(", "$(", "punct", 11), ("FDP", "FDP", "NE", "appos", 8),
             (")", ")", "$(", "punct", 11), (".", ".", "$.", "punct", 6)]
    names = [(1, 2, PER), (4, 4, ORG), (8, 9, PER), (11, 11, ORG)]
    [dismissal] = events(chain((words, names)), DISMISSAL)
    assert roles(dismissal, AGENT) == {"Olaf Scholz"}
    assert roles(dismissal, PERSON) == {"Christian Lindner"}
    assert roles(dismissal, OFFICE) == {"Finanzminister"}
    assert not roles(dismissal) & {"SPD", "FDP"}


def test_both_conjuncts_and_a_separated_particle():
    words = [("Buschmann", "Buschmann", "NE", "nsubj", 3), ("und", "und", "KON", "cc", 2),
             ("Stark-Watzinger", "Stark-Watzinger", "NE", "conj", 0),
             ("traten", "treten", "VVFIN", "root", 3),
             ("zurück", "zurück", "PTKVZ", "compound:prt", 3), (".", ".", "$.", "punct", 3)]
    [resignation] = events(chain((words, [(0, 0, PER), (2, 2, PER)])), RESIGNATION)
    assert roles(resignation, PERSON) == {"Buschmann", "Stark-Watzinger"}


QUOTE = [("„", "„", "$(", "punct", 1), ("Wir", "wir", "PPER", "nsubj", 2),
         ("helfen", "helfen", "VVFIN", "ccomp", 5), ("“", "“", "$(", "punct", 1),
         (",", ",", "$,", "punct", 5), ("sagte", "sagen", "VVFIN", "root", 5)]
SHE = ("sie", "sie", "PPER", "nsubj", 5, "Case=Nom|Gender=Fem|Number=Sing|Person=3")


def test_inverted_subject_of_a_speech_verb_speaks():
    words = [*QUOTE, ("Scholz", "Scholz", "NE", "nsubj", 5), (".", ".", "$.", "punct", 5)]
    [statement] = events(chain((words, [(6, 6, PER)])), STATEMENT)
    assert roles(statement, SPEAKER) == {"Scholz"}


def test_sie_speaks_for_the_woman_named_before_not_the_nearest_man():
    first = [("Außenministerin", "Außenministerin", "NN", "nsubj", 3),
             ("Annalena", "Annalena", "NE", "appos", 0), ("Baerbock", "Baerbock", "NE", "flat", 1),
             ("traf", "treffen", "VVFIN", "root", 3), ("Olaf", "Olaf", "NE", "obj", 3),
             ("Scholz", "Scholz", "NE", "flat", 4), (".", ".", "$.", "punct", 3)]
    second = [*QUOTE, SHE, (".", ".", "$.", "punct", 5)]
    article = chain((first, [(1, 2, PER), (4, 5, PER)]), (second, []))
    [statement] = events(article, STATEMENT)
    assert roles(statement, SPEAKER) == {"Annalena Baerbock"}


def test_sie_without_a_woman_before_has_no_speaker():
    first = [("Olaf", "Olaf", "NE", "nsubj", 2), ("Scholz", "Scholz", "NE", "flat", 0),
             ("traf", "treffen", "VVFIN", "root", 2), ("Emmanuel", "Emmanuel", "NE", "obj", 2),
             ("Macron", "Macron", "NE", "flat", 3), (".", ".", "$.", "punct", 2)]
    second = [*QUOTE, SHE, (".", ".", "$.", "punct", 5)]
    article = chain((first, [(0, 1, PER), (3, 4, PER)]), (second, []))
    assert not events(article, STATEMENT)


def test_a_future_office_never_brings_in_its_current_holder():
    words = [("Das", "der", "ART", "det", 1), ("Parlament", "Parlament", "NN", "nsubj", 2),
             ("wählte", "wählen", "VVFIN", "root", 2), ("Ursula", "Ursula", "NE", "obj", 2),
             ("von", "von", "APPR", "flat", 3), ("der", "der", "ART", "flat", 3),
             ("Leyen", "Leyen", "NE", "flat", 3), ("als", "als", "KOKOM", "case", 9),
             ("nächste", "nächst", "ADJA", "amod", 9),
             ("Kommissionspräsidentin", "Kommissionspräsidentin", "NN", "obl", 2),
             (".", ".", "$.", "punct", 2)]
    sentence = sentence_of(words, [(3, 6, PER), (9, 9, PER)], office={9})
    [election] = events(article_of(sentence), ELECTION)
    assert roles(election, WINNER) == {"Ursula von der Leyen"}
    assert roles(election, OFFICE) == {"Kommissionspräsidentin"}
    assert all(m.source != "office" for m, _ in election.actors)


def test_without_a_parse_the_frame_is_read_by_word_order():
    words = [("Lufthansa", "Lufthansa", "NE", "", -1), ("übernimmt", "übernehmen", "VVFIN", "", -1),
             ("die", "der", "ART", "", -1), ("Fluggesellschaft", "Fluggesellschaft", "NN", "", -1),
             ("ITA", "ITA", "NE", "", -1), ("Airways", "Airways", "NE", "", -1),
             (".", ".", "$.", "", -1)]
    article = chain((words, [(0, 0, ORG), (4, 5, ORG)]), parsed=False)
    [acquisition] = events(article, ACQUISITION)
    assert roles(acquisition, "buyer") == {"Lufthansa"}
    assert roles(acquisition, "acquired") == {"ITA Airways"}


def test_light_verb_construction_is_one_trigger():
    words = [("Die", "der", "ART", "det", 1),
             ("Staatsanwaltschaft", "Staatsanwaltschaft", "NN", "nsubj", 2),
             ("erhob", "erheben", "VVFIN", "root", 2), ("Anklage", "Anklage", "NN", "obj", 2),
             ("gegen", "gegen", "APPR", "case", 5), ("Müller", "Müller", "NE", "obl", 2),
             (".", ".", "$.", "punct", 2)]
    mentions = extract_event_mentions(chain((words, [(1, 1, ORG), (5, 5, PER)])), [])
    assert [(m.type, m.trigger.text) for m in mentions] == [("Charge", "erhob")]
    assert roles(mentions[0], "defendant") == {"Müller"}


def test_called_off_event_is_cancelled_and_an_undated_one_bounded_by_the_article():
    words = [("Scholz", "Scholz", "NE", "", -1), ("sagte", "sagen", "VVFIN", "", -1),
             ("den", "der", "ART", "", -1), ("Besuch", "Besuch", "NN", "", -1),
             ("bei", "bei", "APPR", "", -1), ("Macron", "Macron", "NE", "", -1),
             ("ab", "ab", "PTKVZ", "", -1), (".", ".", "$.", "", -1)]
    met = [("Scholz", "Scholz", "NE", "", -1), ("traf", "treffen", "VVFIN", "", -1),
           ("Macron", "Macron", "NE", "", -1), (".", ".", "$.", "", -1)]
    article = chain((words, [(0, 0, PER), (5, 5, PER)]), (met, [(0, 0, PER), (2, 2, PER)]),
                    parsed=False)
    [visit] = events(article, VISIT)
    # Called off before the report: bounded by the article's date too (only plans are not).
    assert visit.status == CANCELLED and visit.time is not None
    assert visit.time.time.on_or_before and visit.time.time.end == date(2024, 11, 7)
    [meeting] = events(article, MEETING)
    assert meeting.status == HAPPENED
    assert meeting.time is not None and meeting.time.time.on_or_before
    assert meeting.time.time.begin is None and meeting.time.time.end == date(2024, 11, 7)
    assert resolved_time(meeting) is None   # merging treats the bound as undated


def test_name_dense_sentence_keeps_every_name_in_linear_time():
    """Issue 11: a 20 KB sentence of names took minutes through an all-pairs check."""
    n = 1000
    words: list[Word] = []
    names = []
    for i in range(n):
        first = len(words)
        words += [(f"Anna{i}", f"Anna{i}", "NE", "nsubj" if i == 0 else "conj", 3 * n if i == 0
                   else 0), (f"Muster{i}", f"Muster{i}", "NE", "flat", first),
                  ("und", "und", "KON", "cc", first)]
        names.append((first, first + 1, PER))
    words += [("trafen", "treffen", "VVFIN", "root", 3 * n), ("sich", "sich", "PRF", "obj", 3 * n),
              (".", ".", "$.", "punct", 3 * n)]
    for parsed in (True, False):
        article = chain((words, names), parsed=parsed)
        assert len(article.article.text) > 20_000
        [meeting] = events(article, MEETING)
        assert len(roles(meeting)) == n


def test_tiger_labels_of_spacys_german_models_read_as_ud():
    words = [("Lufthansa", "Lufthansa", "NE", "sb", 1),
             ("übernimmt", "übernehmen", "VVFIN", "ROOT", 1), ("die", "der", "ART", "nk", 3),
             ("Fluggesellschaft", "Fluggesellschaft", "NN", "oa", 1),
             ("ITA", "ITA", "NE", "pnc", 3), ("Airways", "Airways", "NE", "pnc", 4),
             (".", ".", "$.", "punct", 1)]
    [acquisition] = events(chain((words, [(0, 0, ORG), (4, 5, ORG)])), ACQUISITION)
    assert roles(acquisition, "buyer") == {"Lufthansa"}
    assert roles(acquisition, "acquired") == {"ITA Airways"}


NOM_NEUT = "Case=Nom|Gender=Neut|Number=Sing"
BAKERY = ([("Die", "der", "ART", "det", 1), ("Bäckerei", "Bäckerei", "NN", "nsubj", 4),
           ("Korn", "Korn", "NE", "appos", 1), ("GmbH", "GmbH", "NE", "flat", 2),
           ("ist", "sein", "VAFIN", "cop", 5), ("zahlungsunfähig", "zahlungsunfähig",
                                               "ADJD", "root", 5),
           (".", ".", "$.", "punct", 5)], [(2, 3, ORG)])


def test_das_unternehmen_is_the_organisation_named_before():
    second = [("Das", "der", "ART", "det", 1, NOM_NEUT),
              ("Unternehmen", "Unternehmen", "NN", "nsubj", 2, NOM_NEUT),
              ("beantragte", "beantragen", "VVFIN", "root", 2),
              ("beim", "bei", "APPRART", "case", 4), ("Amtsgericht", "Amtsgericht", "NN", "obl", 2),
              ("Ulm", "Ulm", "NE", "flat", 4), ("ein", "ein", "ART", "det", 7),
              ("Insolvenzverfahren", "Insolvenzverfahren", "NN", "obj", 2),
              (".", ".", "$.", "punct", 2)]
    [insolvency] = events(chain(BAKERY, (second, [(4, 5, ORG)])), INSOLVENCY)
    assert roles(insolvency, COMPANY) == {"Korn GmbH"}


def test_der_konzern_is_no_court_named_in_between():
    court = [("Das", "der", "ART", "det", 1), ("Amtsgericht", "Amtsgericht", "NN", "nsubj", 3),
             ("Ulm", "Ulm", "NE", "flat", 1), ("prüft", "prüfen", "VVFIN", "root", 3),
             ("den", "der", "ART", "det", 5), ("Fall", "Fall", "NN", "obj", 3),
             (".", ".", "$.", "punct", 3)]
    masc = "Case=Nom|Gender=Masc|Number=Sing"
    third = [("Der", "der", "ART", "det", 1, masc), ("Konzern", "Konzern", "NN", "nsubj", 2, masc),
             ("beantragte", "beantragen", "VVFIN", "root", 2),
             ("Gläubigerschutz", "Gläubigerschutz", "NN", "obj", 2),
             (".", ".", "$.", "punct", 2)]
    article = chain(BAKERY, (court, [(1, 2, ORG)]), (third, []))
    [insolvency] = events(article, INSOLVENCY)
    assert roles(insolvency, COMPANY) == {"Korn GmbH"}


def test_a_description_with_a_genitive_refers_back_to_nobody():
    second = [("Der", "der", "ART", "det", 1, "Case=Nom|Gender=Masc|Number=Sing"),
              ("Verein", "Verein", "NN", "nsubj", 4), ("des", "der", "ART", "det", 3),
              ("Ortes", "Ort", "NN", "nmod", 1), ("kündigte", "kündigen", "VVFIN", "root", 4),
              ("an", "an", "PTKVZ", "compound:prt", 4), (".", ".", "$.", "punct", 4)]
    found = events(chain(BAKERY, (second, [])), STATEMENT)
    assert all(not roles(m) for m in found)


def test_an_announced_trip_is_planned_and_its_weekday_lies_ahead():
    # Published on Thursday 2024-11-07: the announced Saturday is the 9th, not the 2nd.
    words = [("Baerbock", "Baerbock", "NE", "nsubj", 1),
             ("kündigte", "kündigen", "VVFIN", "root", 1),
             ("an", "an", "PTKVZ", "compound:prt", 1), (",", ",", "$,", "punct", 9),
             ("am", "an", "APPRART", "case", 5), ("Samstag", "Samstag", "NN", "obl", 9),
             ("nach", "nach", "APPR", "case", 7), ("Kiew", "Kiew", "NE", "obl", 9),
             ("zu", "zu", "PTKZU", "mark", 9), ("reisen", "reisen", "VVINF", "ccomp", 1),
             (".", ".", "$.", "punct", 1)]
    article = chain((words, [(0, 0, PER), (7, 7, LOC)]))
    timexes = find_timexes(article.article.text, date(2024, 11, 7))
    [visit] = [m for m in extract_event_mentions(article, timexes) if m.type == VISIT]
    assert visit.status == PLANNED
    assert visit.time is not None and visit.time.time.value == "2024-11-09"
    [statement] = events(article, STATEMENT)
    assert statement.status == HAPPENED


def test_a_call_to_protest_plans_it_unless_told_in_the_pluperfect():
    called = [("Berg", "Berg", "NE", "nsubj", 1), ("rief", "rufen", "VVFIN", "root", 1),
              ("zu", "zu", "APPR", "case", 3), ("Protesten", "Protest", "NN", "obl", 1),
              ("auf", "auf", "PTKVZ", "compound:prt", 1), (".", ".", "$.", "punct", 1)]
    before = [("Berg", "Berg", "NE", "nsubj", 5), ("hatte", "haben", "VAFIN", "aux", 5),
              ("zu", "zu", "APPR", "case", 3), ("Protesten", "Protest", "NN", "obl", 5),
              ("auf", "auf", "PTKVZ", "compound:prt", 5),
              ("aufgerufen", "aufrufen", "VVPP", "root", 5), (".", ".", "$.", "punct", 5)]
    planned = events(chain((called, [(0, 0, PER)])), PROTEST)
    told = events(chain((before, [(0, 0, PER)])), PROTEST)
    assert [m.status for m in planned] == [PLANNED]
    assert [m.status for m in told] == [HAPPENED]


def test_the_verb_that_states_layoffs_does_not_call_them_off():
    words = [("Korn", "Korn", "NE", "nsubj", 1), ("streicht", "streichen", "VVFIN", "root", 1),
             ("300", "300", "CARD", "nummod", 3), ("Stellen", "Stelle", "NN", "obj", 1),
             (".", ".", "$.", "punct", 1)]
    [layoffs] = events(chain((words, [(0, 0, ORG)])), LAYOFFS)
    assert layoffs.status == HAPPENED


def test_the_article_decides_the_number_of_a_description():
    first = [("Trainer", "Trainer", "NN", "nsubj", 3), ("Hans", "Hans", "NE", "appos", 0),
             ("Berg", "Berg", "NE", "flat", 1), ("jubelte", "jubeln", "VVFIN", "root", 3),
             (".", ".", "$.", "punct", 3)]
    # A tagger's plural on "Spanier" is overruled by "der" in the nominative singular.
    second = [*QUOTE[:5], ("erklärte", "erklären", "VVFIN", "root", 5),
              ("der", "der", "ART", "det", 7, "Case=Nom|Gender=Masc|Number=Sing"),
              ("Spanier", "Spanier", "NN", "nsubj", 5, "Case=Gen|Gender=Masc|Number=Plur"),
              (".", ".", "$.", "punct", 5)]
    [statement] = events(chain((first, [(1, 2, PER)]), (second, [])), STATEMENT)
    assert roles(statement, SPEAKER) == {"Hans Berg"}


def test_a_place_someone_comes_from_is_not_where_the_event_is():
    words = [("Berg", "Berg", "NE", "nsubj", 1), ("traf", "treffen", "VVFIN", "root", 1),
             ("Stein", "Stein", "NE", "obj", 1), ("aus", "aus", "APPR", "case", 4),
             ("Ulm", "Ulm", "NE", "nmod", 2), (".", ".", "$.", "punct", 1)]
    [meeting] = events(chain((words, [(0, 0, PER), (2, 2, PER), (4, 4, LOC)])), MEETING)
    assert roles(meeting) == {"Berg", "Stein"}
    assert meeting.place is None


def test_an_amount_unit_and_a_titled_name_are_no_actors_of_their_own():
    words = [("Das", "der", "ART", "det", 1), ("Landgericht", "Landgericht", "NN", "nsubj", 2),
             ("verhängte", "verhängen", "VVFIN", "root", 2), ("eine", "ein", "ART", "det", 4),
             ("Geldstrafe", "Geldstrafe", "NN", "obj", 2), ("von", "von", "APPR", "case", 7),
             ("130", "130", "CARD", "nummod", 7), ("Euro", "Euro", "NE", "obj", 2),
             (".", ".", "$.", "punct", 2)]
    found = events(chain((words, [(7, 7, ORG)])), "Sentence")
    assert all("Euro" not in roles(m) for m in found)
    first = [("Berg", "Berg", "NE", "nsubj", 1), ("jubelte", "jubeln", "VVFIN", "root", 1),
             (".", ".", "$.", "punct", 1)]
    masc = "Case=Nom|Gender=Masc|Number=Sing"
    second = [*QUOTE[:5], ("erklärte", "erklären", "VVFIN", "root", 5),
              ("der", "der", "ART", "det", 7, masc),
              ("Vorsitzende", "Vorsitzende", "NN", "nsubj", 5, masc),
              ("Richter", "Richter", "NN", "appos", 7), ("Stein", "Stein", "NE", "appos", 8),
              (".", ".", "$.", "punct", 5)]
    [statement] = events(chain((first, [(0, 0, PER)]), (second, [(9, 9, PER)])), STATEMENT)
    assert roles(statement, SPEAKER) == {"Stein"}


def test_an_age_description_whose_article_the_parser_split_off_still_speaks():
    first = [("Berg", "Berg", "NE", "nsubj", 1), ("verlor", "verlieren", "VVFIN", "root", 1),
             (".", ".", "$.", "punct", 1)]
    masc = "Case=Nom|Gender=Masc|Number=Sing"
    second = [("Er", "er", "PPER", "nsubj", 2), ("sei", "sein", "VAFIN", "aux", 2),
              ("müde", "müde", "ADJD", "ccomp", 4), (",", ",", "$,", "punct", 2),
              ("räumte", "räumen", "VVFIN", "root", 4), ("der", "der", "ART", "nsubj", 4, masc),
              ("27-Jährige", "27-jährig", "CARD", "nsubj", 4),
              ("ein", "ein", "PTKVZ", "compound:prt", 4), (".", ".", "$.", "punct", 4)]
    article = chain((first, [(0, 0, PER)]), (second, []))
    article.sentences[1].tokens[6] = replace(article.sentences[1].tokens[6], pos="NUM")
    [statement] = events(article, STATEMENT)
    assert roles(statement, SPEAKER) == {"Berg"}


def test_a_second_parsed_subject_after_the_verb_is_its_object():
    words = [("Berg", "Berg", "NE", "nsubj", 1), ("warf", "werfen", "VVFIN", "root", 1),
             ("der", "der", "ART", "det", 3), ("Regierung", "Regierung", "NN", "nsubj", 1),
             ("Stein", "Stein", "NE", "appos", 3), ("vor", "vor", "PTKVZ", "compound:prt", 1),
             (",", ",", "$,", "punct", 8), ("zu", "zu", "PTKZU", "mark", 8),
             ("zögern", "zögern", "VVINF", "xcomp", 1), (".", ".", "$.", "punct", 1)]
    [accusation] = events(chain((words, [(0, 0, PER), (4, 4, PER)])), "Accusation")
    assert roles(accusation, AGENT) == {"Berg"}
    assert roles(accusation, "target") == {"Stein"}


def test_the_object_noun_of_a_verb_of_its_type_is_that_verbs_event():
    words = [("Berg", "Berg", "NE", "nsubj", 1), ("gewann", "gewinnen", "VVFIN", "root", 1),
             ("die", "der", "ART", "det", 3), ("Bürgermeisterwahl", "Bürgermeisterwahl", "NN",
                                               "obj", 1),
             (".", ".", "$.", "punct", 1)]
    found = [m for m in extract_event_mentions(chain((words, [(0, 0, PER)])), [])]
    assert [(m.type, m.trigger.text) for m in found] == [(ELECTION, "gewann")]


def test_who_condemns_an_attack_is_no_attacker():
    words = [("Berg", "Berg", "NE", "nsubj", 1),
             ("verurteilte", "verurteilen", "VVFIN", "root", 1),
             ("den", "der", "ART", "det", 3), ("Angriff", "Angriff", "NN", "obj", 1),
             (".", ".", "$.", "punct", 1)]
    found = extract_event_mentions(chain((words, [(0, 0, PER)])), [])
    assert [m.type for m in found] == ["Accusation"]


def test_an_article_parsed_as_the_subject_brings_its_description():
    first = [("Berg", "Berg", "NE", "nsubj", 1), ("siegte", "siegen", "VVFIN", "root", 1),
             (".", ".", "$.", "punct", 1)]
    masc = "Case=Nom|Gender=Masc|Number=Sing"
    second = [*QUOTE, ("der", "der", "ART", "nsubj", 5, masc),
              ("76-Jährige", "76-jährig", "ADJD", "advmod", 5, masc),
              (".", ".", "$.", "punct", 5)]
    article = chain((first, [(0, 0, PER)]), (second, []))
    article.sentences[1].tokens[6] = replace(article.sentences[1].tokens[6], pos="DET")
    [statement] = events(article, STATEMENT)
    assert roles(statement, SPEAKER) == {"Berg"}


def test_an_activity_broken_off_is_a_cancellation_hiring_is_none():
    stopped = [("Die", "der", "ART", "det", 1), ("Polizei", "Polizei", "NN", "nsubj", 2),
               ("brach", "brechen", "VVFIN", "root", 2), ("die", "der", "ART", "det", 4),
               ("Demonstration", "Demonstration", "NN", "obj", 2),
               ("ab", "ab", "PTKVZ", "compound:prt", 2), (".", ".", "$.", "punct", 2)]
    article = chain((stopped, []))
    article.sentences[0].tokens[1] = replace(article.sentences[0].tokens[1], pos="NOUN")
    assert [m.type for m in extract_event_mentions(article, [])] == ["Cancellation"]
    hired = [("Korn", "Korn", "NE", "nsubj", 1), ("stellte", "stellen", "VVFIN", "root", 1),
             ("300", "300", "CARD", "nummod", 3), ("Bäcker", "Bäcker", "NN", "obj", 1),
             ("ein", "ein", "PTKVZ", "compound:prt", 1), (".", ".", "$.", "punct", 1)]
    assert not extract_event_mentions(chain((hired, [(0, 0, ORG)])), [])


def test_a_zu_infinitive_takes_the_subject_of_its_governing_verb():
    first = [("Berg", "Berg", "NE", "nsubj", 1), ("verlor", "verlieren", "VVFIN", "root", 1),
             (".", ".", "$.", "punct", 1)]
    second = [("Er", "er", "PPER", "nsubj", 1, "Case=Nom|Gender=Masc|Number=Sing"),
              ("kündigte", "kündigen", "VVFIN", "root", 1),
              ("an", "an", "PTKVZ", "compound:prt", 1), (",", ",", "$,", "punct", 4),
              ("zurückzutreten", "zurücktreten", "VVINF", "ccomp", 1),
              (".", ".", "$.", "punct", 1)]
    [resignation] = events(chain((first, [(0, 0, PER)]), (second, [])), RESIGNATION)
    assert roles(resignation, PERSON) == {"Berg"}
    assert resignation.status == PLANNED


def test_der_freistaat_is_the_state_named_before_das_ausland_none():
    first = [("Bayern", "Bayern", "NE", "nsubj", 1), ("klagt", "klagen", "VVFIN", "root", 1),
             (".", ".", "$.", "punct", 1)]
    masc = "Case=Nom|Gender=Masc|Number=Sing"
    second = [("Der", "der", "ART", "det", 1, masc), ("Freistaat", "Freistaat", "NN", "nsubj", 2),
              ("erklärte", "erklären", "VVFIN", "root", 2), (",", ",", "$,", "punct", 4),
              ("klagen", "klagen", "VVINF", "ccomp", 2), (".", ".", "$.", "punct", 2)]
    [statement] = events(chain((first, [(0, 0, LOC)]), (second, [])), STATEMENT)
    assert roles(statement, SPEAKER) == {"Bayern"}
    neut = "Case=Nom|Gender=Neut|Number=Sing"
    abroad = [("Das", "der", "ART", "det", 1, neut), ("Ausland", "Ausland", "NN", "nsubj", 2),
              ("erklärte", "erklären", "VVFIN", "root", 2), (",", ",", "$,", "punct", 4),
              ("klagen", "klagen", "VVINF", "ccomp", 2), (".", ".", "$.", "punct", 2)]
    found = events(chain((first, [(0, 0, LOC)]), (abroad, [])), STATEMENT)
    assert all("Bayern" not in roles(m) for m in found)


def test_an_event_only_feared_or_hoped_for_is_none():
    feared = [("Berg", "Berg", "NE", "nsubj", 3), ("muss", "müssen", "VMFIN", "aux", 3),
              ("eine", "ein", "ART", "det", 3), ("Festnahme", "Festnahme", "NN", "obj", 4),
              ("fürchten", "fürchten", "VVINF", "root", 4), (".", ".", "$.", "punct", 4)]
    assert events(chain((feared, [(0, 0, PER)])), ARREST) == []
    clause = [("Berg", "Berg", "NE", "nsubj", 1), ("fürchtet", "fürchten", "VVFIN", "root", 1),
              (",", ",", "$,", "punct", 5), ("dass", "dass", "KOUS", "mark", 5),
              ("Polen", "Polen", "NE", "nsubj:pass", 5),
              ("angegriffen", "angreifen", "VVPP", "ccomp", 1),
              ("wird", "werden", "VAFIN", "aux:pass", 5), (".", ".", "$.", "punct", 1)]
    assert events(chain((clause, [(0, 0, PER), (4, 4, LOC)])), MILITARY_ACTION) == []
    # the same noun as the object of an ordinary verb is an event
    made = [("Die", "der", "ART", "det", 1), ("Polizei", "Polizei", "NN", "nsubj", 2),
            ("meldete", "melden", "VVFIN", "root", 2), ("die", "der", "ART", "det", 4),
            ("Festnahme", "Festnahme", "NN", "obj", 2), ("von", "von", "APPR", "case", 6),
            ("Berg", "Berg", "NE", "nmod", 4), (".", ".", "$.", "punct", 2)]
    assert len(events(chain((made, [(6, 6, PER)])), ARREST)) == 1


def test_an_actor_is_not_also_the_place():
    words = [("Das", "der", "PDS", "obj", 1), ("teilte", "teilen", "VVFIN", "root", 1),
             ("der", "der", "ART", "det", 3), ("Kreml", "Kreml", "NE", "nsubj", 1),
             ("in", "in", "APPR", "case", 5), ("Moskau", "Moskau", "NE", "obl", 1),
             ("mit", "mit", "PTKVZ", "compound:prt", 1), (".", ".", "$.", "punct", 1)]
    [statement] = events(chain((words, [(3, 3, LOC), (5, 5, LOC)])), STATEMENT)
    assert roles(statement, SPEAKER) == {"Kreml"}
    assert statement.place is not None and statement.place.text == "Moskau"


def test_a_saxon_genitive_parsed_as_subject_is_the_possessor_of_the_speaker():
    # "Danach bestätigte Boschs Finanzchef Markus Forschner den Plan", misparsed: the genitive
    # name the subject, the nominative noun after it the object.
    words = [("Danach", "danach", "ADV", "advmod", 1),
             ("bestätigte", "bestätigen", "VVFIN", "root", 1),
             ("Boschs", "Bosch", "NE", "nsubj", 1),
             ("Finanzchef", "Finanzchef", "NN", "obj", 1, "Case=Nom|Number=Sing"),
             ("Markus", "Markus", "NE", "appos", 3), ("Forschner", "Forschner", "NE", "flat", 4),
             ("den", "der", "ART", "det", 7), ("Plan", "Plan", "NN", "obj", 1),
             (".", ".", "$.", "punct", 1)]
    [statement] = events(chain((words, [(2, 2, ORG), (4, 5, PER)])), STATEMENT)
    assert roles(statement, SPEAKER) == {"Markus Forschner"}


def test_das_before_a_speech_verb_is_what_was_said_and_the_noun_after_it_speaks():
    words = [("Das", "der", "PDS", "nsubj", 1), ("teilte", "teilen", "VVFIN", "root", 1),
             ("die", "der", "ART", "det", 3), ("Bahn", "Bahn", "NN", "obj", 1),
             ("am", "an", "APPRART", "case", 5), ("Montag", "Montag", "NN", "obl", 1),
             ("mit", "mit", "PTKVZ", "compound:prt", 1), (".", ".", "$.", "punct", 1)]
    [statement] = events(chain((words, [(3, 3, ORG)])), STATEMENT)
    assert roles(statement, SPEAKER) == {"Bahn"}
    sentence = sentence_of(words, [(3, 3, ORG)])
    ctx = SentenceContext(article_of(sentence), sentence)
    assert ctx.deps[0] == "obj" and ctx.deps[3] == "nsubj"


def test_das_before_another_verb_stays_its_subject():
    words = [("Das", "der", "PDS", "nsubj", 1), ("betraf", "betreffen", "VVFIN", "root", 1),
             ("die", "der", "ART", "det", 3), ("Bahn", "Bahn", "NN", "obj", 1),
             (".", ".", "$.", "punct", 1)]
    sentence = sentence_of(words, [(3, 3, ORG)])
    ctx = SentenceContext(article_of(sentence), sentence)
    assert ctx.deps[0] == "nsubj" and ctx.deps[3] == "obj"


def test_a_short_name_in_parentheses_after_an_unnamed_noun_is_its_name():
    # "…, wie die Landesmedienanstalt (LMA) mitteilte": no affiliation, the speaker.
    words = [("Die", "der", "ART", "det", 1), ("Sendung", "Sendung", "NN", "nsubj:pass", 3),
             ("wurde", "werden", "VAFIN", "aux:pass", 3),
             ("gestoppt", "stoppen", "VVPP", "root", 3), (",", ",", "$,", "punct", 11),
             ("wie", "wie", "KOUS", "mark", 11), ("die", "der", "ART", "det", 7),
             ("Landesmedienanstalt", "Landesmedienanstalt", "NN", "nsubj", 11),
             ("(", "(", "$(", "punct", 9), ("LMA", "LMA", "NE", "appos", 7),
             (")", ")", "$(", "punct", 9), ("mitteilte", "mitteilen", "VVFIN", "advcl", 3),
             (".", ".", "$.", "punct", 3)]
    [statement] = events(chain((words, [(9, 9, ORG)])), STATEMENT)
    assert roles(statement, SPEAKER) == {"LMA"}


def test_a_party_in_parentheses_after_an_office_word_stays_an_affiliation():
    words = [("Das", "der", "PDS", "obj", 1), ("sagte", "sagen", "VVFIN", "root", 1),
             ("der", "der", "ART", "det", 3), ("Minister", "Minister", "NN", "nsubj", 1),
             ("(", "(", "$(", "punct", 5), ("FDP", "FDP", "NE", "appos", 3),
             (")", ")", "$(", "punct", 5), (".", ".", "$.", "punct", 1)]
    found = events(chain((words, [(5, 5, ORG)])), STATEMENT)
    assert all("FDP" not in roles(statement) for statement in found)


def test_a_preposition_before_the_verb_governs_no_name_after_it():
    # Word order only: "Am Montag ernannte Maria Lenz den Juristen Otto Brand zum Minister."
    words = [("Am", "an", "APPRART", "", 0), ("Montag", "Montag", "NN", "", 0),
             ("ernannte", "ernennen", "VVFIN", "", 0), ("Maria", "Maria", "NE", "", 0),
             ("Lenz", "Lenz", "NE", "", 0), ("den", "der", "ART", "", 0),
             ("Juristen", "Jurist", "NN", "", 0), ("Otto", "Otto", "NE", "", 0),
             ("Brand", "Brand", "NE", "", 0), ("zum", "zu", "APPRART", "", 0),
             ("Minister", "Minister", "NN", "", 0), (".", ".", "$.", "", 0)]
    article = chain((words, [(3, 4, PER), (7, 8, PER)]), parsed=False)
    [appointment] = events(article, APPOINTMENT)
    assert roles(appointment, AGENT) == {"Maria Lenz"}
    assert roles(appointment, PERSON) == {"Otto Brand"}


def test_a_finite_verb_tagged_as_adjective_is_read_by_word_order():
    # "Nach der Wahl ernannte Präsidentin Maria Lenz den Juristen Otto Brand zum Kanzler."
    # with the verb taken for an adjective and the names hung wherever: word order decides,
    # and "zum Kanzler" is the office, not the person who holds it.
    verb = "Mood=Ind|Number=Sing|Person=3|Tense=Past"
    words = [("Nach", "nach", "APPR", "case", 2), ("der", "der", "ART", "det", 2),
             ("Wahl", "Wahl", "NN", "obl", 3), ("ernannte", "ernennen", "ADJA", "amod", 4, verb),
             ("Präsidentin", "Präsidentin", "NN", "root", 4),
             ("Maria", "Maria", "NE", "obl", 3), ("Lenz", "Lenz", "NE", "flat", 5),
             ("den", "der", "ART", "det", 8), ("Juristen", "Jurist", "NN", "nmod", 4),
             ("Otto", "Otto", "NE", "appos", 8), ("Brand", "Brand", "NE", "flat", 9),
             ("zum", "zu", "APPRART", "case", 12), ("Kanzler", "Kanzler", "NN", "nmod", 8),
             (".", ".", "$.", "punct", 4)]
    names = [(5, 6, PER), (9, 10, PER), (12, 12, PER)]
    [appointment] = events(chain((words, names), office={12}), APPOINTMENT)
    assert roles(appointment, AGENT) == {"Maria Lenz"}
    assert roles(appointment, PERSON) == {"Otto Brand"}
    [(office, _)] = [(m, r) for m, r in appointment.actors if r == OFFICE]
    assert office.text == "Kanzler" and office.label != PER


def test_a_name_right_after_another_name_is_the_object_not_an_apposition():
    # "Zum Staatssekretär berief Lenz Otto Brand.": the parser hangs Otto Brand on Lenz.
    words = [("Zum", "zu", "APPRART", "case", 1),
             ("Staatssekretär", "Staatssekretär", "NN", "obl", 2),
             ("berief", "berufen", "VVFIN", "root", 2), ("Lenz", "Lenz", "NE", "nsubj", 2),
             ("Otto", "Otto", "NE", "appos", 3), ("Brand", "Brand", "NE", "flat", 4),
             (".", ".", "$.", "punct", 2)]
    [appointment] = events(chain((words, [(3, 3, PER), (4, 5, PER)])), APPOINTMENT)
    assert roles(appointment, AGENT) == {"Lenz"}
    assert roles(appointment, PERSON) == {"Otto Brand"}


def test_a_singular_sie_opening_the_next_sentence_makes_the_subject_a_woman():
    # "Mira Lenz gewann die Wahl. Sie sei dankbar, sagte die 45-Jährige." with the tagger
    # guessing the foreign first name masculine.
    first = [("Mira", "Mira", "NE", "nsubj", 2, "Gender=Masc"),
             ("Lenz", "Lenz", "NE", "flat", 0), ("gewann", "gewinnen", "VVFIN", "root", 2),
             ("die", "der", "ART", "det", 4), ("Wahl", "Wahl", "NN", "obj", 2),
             (".", ".", "$.", "punct", 2)]
    second = [("Sie", "sie", "PPER", "nsubj", 1, "Number=Sing"),
              ("sei", "sein", "VAFIN", "ccomp", 4, "Number=Sing"),
              ("dankbar", "dankbar", "ADJD", "advmod", 1), (",", ",", "$,", "punct", 1),
              ("sagte", "sagen", "VVFIN", "root", 4), ("die", "der", "ART", "det", 6,
                                                       "Case=Nom|Gender=Fem|Number=Sing"),
              ("45-Jährige", "45-jährig", "NN", "nsubj", 4), (".", ".", "$.", "punct", 4)]
    article = chain((first, [(0, 1, PER)]), (second, []))
    statements = [m for m in events(article, STATEMENT) if m.trigger.text == "sagte"]
    assert [roles(m, SPEAKER) for m in statements] == [{"Mira Lenz"}]


def test_a_title_outweighs_a_later_sie():
    first = [("Minister", "Minister", "NN", "nsubj", 3), ("Otto", "Otto", "NE", "appos", 0),
             ("Lenz", "Lenz", "NE", "flat", 1), ("sprach", "sprechen", "VVFIN", "root", 3),
             (".", ".", "$.", "punct", 3)]
    second = [("Sie", "sie", "PPER", "nsubj", 1, "Number=Sing"),
              ("kam", "kommen", "VVFIN", "root", 1, "Number=Sing"),
              (".", ".", "$.", "punct", 1)]
    article = chain((first, [(1, 2, PER)]), (second, []))
    ctx = SentenceContext(article, article.sentences[0])
    assert person_genders(article.sentences, ctx) == {"Lenz": "Masc"}


def test_a_surname_the_ner_called_an_organisation_is_still_a_person_to_refer_back_to():
    # "Kiel wächst. Ada Brandt lehrt. Kiel wächst. Kiel wächst. Brandt forscht. Das sagte
    # die 50-Jährige.": the full name is out of reach, "Brandt" is tagged an organisation.
    first = [("Ada", "Ada", "NE", "nsubj", 2, "Gender=Fem"), ("Brandt", "Brandt", "NE", "flat", 0),
             ("lehrt", "lehren", "VVFIN", "root", 2), (".", ".", "$.", "punct", 2)]
    second = [("Brandt", "Brandt", "NE", "nsubj", 1), ("forscht", "forschen", "VVFIN", "root", 1),
              (".", ".", "$.", "punct", 1)]
    third = [("Das", "der", "PDS", "obj", 1), ("sagte", "sagen", "VVFIN", "root", 1),
             ("die", "der", "ART", "det", 3, "Case=Nom|Gender=Fem|Number=Sing"),
             ("50-Jährige", "50-jährig", "NN", "nsubj", 1), (".", ".", "$.", "punct", 1)]
    filler = [("Kiel", "Kiel", "NE", "nsubj", 1), ("wächst", "wachsen", "VVFIN", "root", 1),
              (".", ".", "$.", "punct", 1)]
    article = chain((filler, [(0, 0, LOC)]), (first, [(0, 1, PER)]), (filler, [(0, 0, LOC)]),
                    (filler, [(0, 0, LOC)]), (second, [(0, 0, ORG)]), (third, []))
    [statement] = events(article, STATEMENT)
    assert roles(statement, SPEAKER) == {"Brandt"}
    assert all(m.label == PER for m, _ in statement.actors)


def test_not_ruling_out_is_said_not_called_off():
    words = [("Lenz", "Lenz", "NE", "nsubj", 1), ("schloss", "schließen", "VVFIN", "root", 1),
             ("Zukäufe", "Zukauf", "NN", "obj", 1), ("nicht", "nicht", "PTKNEG", "advmod", 1),
             ("aus", "aus", "PTKVZ", "compound:prt", 1), (".", ".", "$.", "punct", 1)]
    [statement] = events(chain((words, [(0, 0, PER)])), STATEMENT)
    assert statement.status == HAPPENED and roles(statement, SPEAKER) == {"Lenz"}


def test_what_usually_happens_is_no_event():
    usual = [("Berg", "Berg", "NE", "nsubj", 1), ("reist", "reisen", "VVFIN", "root", 1),
             ("oft", "oft", "ADV", "advmod", 1), ("nach", "nach", "APPR", "case", 4),
             ("Paris", "Paris", "NE", "obl", 1), (".", ".", "$.", "punct", 1)]
    assert events(chain((usual, [(0, 0, PER), (4, 4, LOC)])), VISIT) == []
    # a frequency adverb of a relative clause says nothing about the main verb's event
    once = [("Berg", "Berg", "NE", "nsubj", 6), (",", ",", "$,", "punct", 4),
            ("der", "der", "PRELS", "nsubj:pass", 4), ("oft", "oft", "ADV", "advmod", 4),
            ("kritisiert", "kritisieren", "VVPP", "acl:relcl", 0),
            ("wird", "werden", "VAFIN", "aux:pass", 4), ("reiste", "reisen", "VVFIN", "root", 6),
            ("nach", "nach", "APPR", "case", 8), ("Paris", "Paris", "NE", "obl", 6),
            (".", ".", "$.", "punct", 6)]
    assert len(events(chain((once, [(0, 0, PER), (8, 8, LOC)])), VISIT)) == 1


def test_who_reports_an_event_is_not_its_place():
    words = [("Der", "der", "ART", "det", 1), ("Besuch", "Besuch", "NN", "nsubj", 4),
             ("von", "von", "APPR", "case", 3), ("Scholz", "Scholz", "NE", "nmod", 1),
             ("erfolgt", "erfolgen", "VVFIN", "root", 4), ("nach", "nach", "APPR", "case", 6),
             ("Angaben", "Angabe", "NN", "obl", 4), ("Polens", "Polen", "NE", "nmod", 6),
             ("auf", "auf", "APPR", "case", 9), ("Einladung", "Einladung", "NN", "obl", 4),
             ("von", "von", "APPR", "case", 11), ("Tusk", "Tusk", "NE", "nmod", 9),
             (".", ".", "$.", "punct", 4)]
    visits = events(chain((words, [(3, 3, PER), (7, 7, LOC), (11, 11, PER)])), VISIT)
    assert visits and all(v.place is None for v in visits)


def test_a_fronted_possessive_is_its_clauses_subject():
    before = [("Tusk", "Tusk", "NE", "nsubj", 1), ("wartete", "warten", "VVFIN", "root", 1),
              (".", ".", "$.", "punct", 1)]
    words = [("Vor", "vor", "APPR", "case", 2),
             ("seinem", "sein", "PPOSAT", "det:poss", 2, "Gender=Masc|Number=Sing"),
             ("Besuch", "Besuch", "NN", "obl", 3), ("lobte", "loben", "VVFIN", "root", 3),
             ("Scholz", "Scholz", "NE", "nsubj", 3), ("Polen", "Polen", "NE", "obj", 3),
             (".", ".", "$.", "punct", 3)]
    [visit] = events(chain((before, [(0, 0, PER)]), (words, [(4, 4, PER), (5, 5, LOC)])), VISIT)
    assert roles(visit) == {"Scholz"}


def test_a_year_after_a_noun_names_that_thing_not_the_events_time():
    def ruling(words: list[Word]):
        article = chain((words, [(1, 1, ORG)]))
        timexes = find_timexes(article.article.text, date(2024, 11, 7))
        [found] = [m for m in extract_event_mentions(article, timexes) if m.type == COURT_RULING]
        return found.time.time.value if found.time else None

    budget = [("Das", "der", "ART", "det", 1), ("Landgericht", "Landgericht", "NN", "nsubj", 2),
              ("kippte", "kippen", "VVFIN", "root", 2), ("den", "der", "ART", "det", 4),
              ("Haushalt", "Haushalt", "NN", "obj", 2), ("2021", "2021", "CARD", "nummod", 4),
              (".", ".", "$.", "punct", 2)]
    assert ruling(budget) != "2021"
    in_2021 = [("Das", "der", "ART", "det", 1), ("Landgericht", "Landgericht", "NN", "nsubj", 2),
               ("kippte", "kippen", "VVFIN", "root", 2), ("2021", "2021", "CARD", "obl", 2),
               ("den", "der", "ART", "det", 5), ("Haushalt", "Haushalt", "NN", "obj", 2),
               (".", ".", "$.", "punct", 2)]
    assert ruling(in_2021) == "2021"


def test_selling_a_subsidiary_to_someone_is_an_acquisition_selling_goods_is_none():
    from graphkit.model import ACQUIRED, BUYER, SELLER

    sale = [("Nordwerk", "Nordwerk", "NE", "nsubj", 1),
            ("verkauft", "verkaufen", "VVFIN", "root", 1),
            ("seine", "sein", "PPOSAT", "det:poss", 3), ("Tochter", "Tochter", "NN", "obj", 1),
            ("Lumen", "Lumen", "NE", "appos", 3), ("an", "an", "APPR", "case", 6),
            ("Sudhaus", "Sudhaus", "NE", "obl", 1), (".", ".", "$.", "punct", 1)]
    [acquisition] = events(chain((sale, [(0, 0, ORG), (4, 4, ORG), (6, 6, ORG)])), ACQUISITION)
    assert roles(acquisition, SELLER) == {"Nordwerk"}
    assert roles(acquisition, ACQUIRED) == {"Lumen"}
    assert roles(acquisition, BUYER) == {"Sudhaus"}
    goods = [("Nordwerk", "Nordwerk", "NE", "nsubj", 1),
             ("verkaufte", "verkaufen", "VVFIN", "root", 1),
             ("mehr", "mehr", "PIAT", "det", 3), ("Autos", "Auto", "NN", "obj", 1),
             (".", ".", "$.", "punct", 1)]
    assert events(chain((goods, [(0, 0, ORG)])), ACQUISITION) == []


def test_a_light_verb_pair_takes_compounds_of_its_noun_but_not_of_a_common_head():
    from graphkit.model import AWARD, STRIKE

    strike = [("Verdi", "Verdi", "NE", "nsubj", 1), ("rief", "rufen", "VVFIN", "root", 1),
              ("zum", "zu", "APPRART", "case", 3),
              ("Generalstreik", "Generalstreik", "NN", "obl", 1),
              ("auf", "auf", "PTKVZ", "compound:prt", 1), (".", ".", "$.", "punct", 1)]
    assert len(events(chain((strike, [(0, 0, ORG)])), STRIKE)) == 1
    award = [("Der", "der", "ART", "det", 1),
             ("Physik-Nobelpreis", "Physik-Nobelpreis", "NN", "nsubj", 2),
             ("geht", "gehen", "VVFIN", "root", 2), ("an", "an", "APPR", "case", 4),
             ("Lindqvist", "Lindqvist", "NE", "obl", 2), (".", ".", "$.", "punct", 2)]
    [prize] = events(chain((award, [(4, 4, PER)])), AWARD)
    assert roles(prize, WINNER) == {"Lindqvist"}
    price = [("Nordwerk", "Nordwerk", "NE", "nsubj", 1), ("erhält", "erhalten", "VVFIN", "root", 1),
             ("einen", "ein", "ART", "det", 3), ("Kaufpreis", "Kaufpreis", "NN", "obj", 1),
             (".", ".", "$.", "punct", 1)]
    assert events(chain((price, [(0, 0, ORG)])), AWARD) == []


def test_a_court_is_never_the_company_of_an_insolvency():
    words = [("Beim", "bei", "APPRART", "case", 1),
             ("Amtsgericht", "Amtsgericht", "NN", "obl", 6),
             ("Kiel", "Kiel", "NE", "appos", 1), ("ist", "sein", "VAFIN", "aux", 6),
             ("ein", "ein", "ART", "det", 5),
             ("Insolvenzantrag", "Insolvenzantrag", "NN", "nsubj", 6),
             ("eingegangen", "eingehen", "VVPP", "root", 6), (".", ".", "$.", "punct", 6)]
    found = events(chain((words, [(1, 2, ORG)]), parsed=False), INSOLVENCY)
    assert all(not roles(m, COMPANY) for m in found)


def test_making_history_is_no_statement():
    history = [("Die", "der", "ART", "det", 1), ("Spieler", "Spieler", "NN", "nsubj", 4),
               ("haben", "haben", "VAFIN", "aux", 4), ("Geschichte", "Geschichte", "NN", "obj", 4),
               ("geschrieben", "schreiben", "VVPP", "root", 4), (".", ".", "$.", "punct", 4)]
    assert events(chain((history, [])), STATEMENT) == []
    letter = [("Baerbock", "Baerbock", "NE", "nsubj", 1),
              ("schrieb", "schreiben", "VVFIN", "root", 1), ("einen", "ein", "ART", "det", 3),
              ("Brief", "Brief", "NN", "obj", 1), (".", ".", "$.", "punct", 1)]
    assert len(events(chain((letter, [(0, 0, PER)])), STATEMENT)) == 1
    history[1] = ("Baerbock", "Baerbock", "NE", "nsubj", 4)
    assert events(chain((history, [(1, 1, PER)])), STATEMENT) == []


def test_who_accepts_an_award_wins_it():
    from graphkit.model import AWARD

    words = [("Lindqvist", "Lindqvist", "NE", "nsubj", 1), ("nahm", "nehmen", "VVFIN", "root", 1),
             ("die", "der", "ART", "det", 3), ("Auszeichnung", "Auszeichnung", "NN", "obj", 1),
             ("entgegen", "entgegen", "PTKVZ", "compound:prt", 1), (".", ".", "$.", "punct", 1)]
    [award] = events(chain((words, [(0, 0, PER)])), AWARD)
    assert roles(award, WINNER) == {"Lindqvist"}


def test_a_place_parsed_as_the_subject_is_no_person_who_died():
    from graphkit.model import DEATH

    words = [("In", "in", "APPR", "case", 1), ("Kiew", "Kiew", "NE", "obl", 7),
             ("und", "und", "KON", "cc", 3), ("Lwiw", "Lwiw", "NE", "nsubj:pass", 7),
             ("wurde", "werden", "VAFIN", "aux:pass", 7), ("Iwan", "Iwan", "NE", "nsubj:pass", 7),
             ("Petrenko", "Petrenko", "NE", "flat", 5),
             ("getötet", "töten", "VVPP", "root", 7), (".", ".", "$.", "punct", 7)]
    [death] = events(chain((words, [(1, 1, LOC), (3, 3, LOC), (5, 6, PER)])), DEATH)
    assert roles(death, PERSON) == {"Iwan Petrenko"}


def test_going_on_the_street_against_something_is_a_protest():
    words = [("Verdi", "Verdi", "NE", "nsubj", 1), ("ging", "gehen", "VVFIN", "root", 1),
             ("gegen", "gegen", "APPR", "case", 3), ("Kürzungen", "Kürzung", "NN", "obl", 1),
             ("auf", "auf", "APPR", "case", 6), ("die", "der", "ART", "det", 6),
             ("Straße", "Straße", "NN", "obl", 1), (".", ".", "$.", "punct", 1)]
    [protest] = events(chain((words, [(0, 0, ORG)])), PROTEST)
    assert roles(protest, AGENT) == {"Verdi"}
    stroll = [("Verdi", "Verdi", "NE", "nsubj", 1), ("ging", "gehen", "VVFIN", "root", 1),
              ("auf", "auf", "APPR", "case", 4), ("die", "der", "ART", "det", 4),
              ("Straße", "Straße", "NN", "obl", 1), (".", ".", "$.", "punct", 1)]
    assert events(chain((stroll, [(0, 0, ORG)])), PROTEST) == []


def test_without_a_parse_a_second_conjunct_shares_the_preposition():
    from graphkit.model import TARGET

    words = [("Tausende", "Tausend", "NN", "nsubj", 1),
             ("demonstrierten", "demonstrieren", "VVFIN", "root", 1),
             ("gegen", "gegen", "APPR", "case", 3), ("Rechtsextremismus", "Rechtsextremismus",
                                                     "NN", "obl", 1),
             ("und", "und", "KON", "cc", 6), ("die", "der", "ART", "det", 6),
             ("Nordpartei", "Nordpartei", "NE", "conj", 3), (".", ".", "$.", "punct", 1)]
    [protest] = events(chain((words, [(6, 6, ORG)]), parsed=False), PROTEST)
    assert roles(protest, TARGET) == {"Nordpartei"} and not roles(protest, AGENT)


def test_a_name_after_the_finite_verb_is_no_modifier_of_the_subject():
    # The parse hangs "Berger" on "Aufsichtsrat"; German puts one phrase before the verb.
    words = [("Der", "der", "ART", "det", 1), ("Aufsichtsrat", "Aufsichtsrat", "NN", "nsubj", 6),
             ("hat", "haben", "VAFIN", "aux", 6), ("Martina", "Martina", "NE", "flat", 4),
             ("Berger", "Berger", "NE", "nmod", 1), ("offiziell", "offiziell", "ADJD", "advmod", 6),
             ("ernannt", "ernennen", "VVPP", "root", 6), (".", ".", "$.", "punct", 6)]
    [appointment] = events(chain((words, [(3, 4, PER)])), APPOINTMENT)
    assert roles(appointment, PERSON) == {"Martina Berger"}


def test_who_becomes_an_office_holder_is_appointed_to_it():
    from graphkit.model import ORGANISATION

    words = [("Kompany", "Kompany", "NE", "nsubj", 3), ("wird", "werden", "VAFIN", "cop", 3),
             ("neuer", "neu", "ADJA", "amod", 3), ("Trainer", "Trainer", "NN", "root", 3),
             ("des", "der", "ART", "det", 5), ("Nordclubs", "Nordclub", "NE", "nmod", 3),
             (".", ".", "$.", "punct", 3)]
    [appointment] = events(chain((words, [(0, 0, PER), (5, 5, ORG)])), APPOINTMENT)
    assert roles(appointment, PERSON) == {"Kompany"}
    assert roles(appointment, OFFICE) == {"Trainer"}
    assert roles(appointment, ORGANISATION) == {"Nordclubs"}
    awaited = [("Der", "der", "ART", "det", 1), ("Trainer", "Trainer", "NN", "nsubj:pass", 4),
               ("wird", "werden", "VAFIN", "aux:pass", 4), ("morgen", "morgen", "ADV", "advmod", 4),
               ("erwartet", "erwarten", "VVPP", "root", 4), (".", ".", "$.", "punct", 4)]
    assert events(chain((awaited, [])), APPOINTMENT) == []


def test_parting_with_a_coach_is_a_dismissal_and_taking_over_a_post_an_appointment():
    from graphkit.model import DISMISSAL

    parting = [("Nordclub", "Nordclub", "NE", "nsubj", 1),
               ("trennte", "trennen", "VVFIN", "root", 1),
               ("sich", "sich", "PRF", "obj", 1), ("von", "von", "APPR", "case", 4),
               ("Trainer", "Trainer", "NN", "obl", 1), ("Lindqvist", "Lindqvist", "NE", "flat", 4),
               (".", ".", "$.", "punct", 1)]
    [dismissal] = events(chain((parting, [(0, 0, ORG), (5, 5, PER)])), DISMISSAL)
    assert roles(dismissal, PERSON) == {"Lindqvist"} and roles(dismissal, AGENT) == {"Nordclub"}
    successor = [("Lindqvist", "Lindqvist", "NE", "nsubj", 1),
                 ("tritt", "treten", "VVFIN", "root", 1),
                 ("die", "der", "ART", "det", 3), ("Nachfolge", "Nachfolge", "NN", "obj", 1),
                 ("an", "an", "PTKVZ", "compound:prt", 1), (".", ".", "$.", "punct", 1)]
    [appointment] = events(chain((successor, [(0, 0, PER)])), APPOINTMENT)
    assert roles(appointment, PERSON) == {"Lindqvist"}


def test_a_statement_noun_parsed_as_a_second_subject_is_the_verbs_object():
    # "Die Sprecherin Anna Berg wies die Kritik zurück.": one clause has one subject, so
    # "Kritik" (misparsed nsubj) is what she rejected, not a second statement.
    words = [("Die", "der", "ART", "det", 1), ("Sprecherin", "Sprecherin", "NN", "nsubj", 4),
             ("Anna", "Anna", "NE", "appos", 1), ("Berg", "Berg", "NE", "flat", 2),
             ("wies", "weisen", "VVFIN", "root", 4), ("die", "der", "ART", "det", 6),
             ("Kritik", "Kritik", "NN", "nsubj", 4), ("zurück", "zurück", "PTKVZ",
                                                      "compound:prt", 4),
             (".", ".", "$.", "punct", 4)]
    said = events(chain((words, [(2, 3, PER)])), STATEMENT)
    assert [m.trigger.text for m in said] == ["wies"]

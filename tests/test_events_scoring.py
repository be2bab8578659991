"""The event scorer of benchmarks/events_scoring.py: name matching, dates, one-to-one matching."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import events_scoring as scoring  # noqa: E402
from events_scoring import GoldEvent, GoldTime, SystemEvent  # noqa: E402


def gold(event_type="Dismissal", roles=None, time=None, span=(0, 40)) -> GoldEvent:
    return GoldEvent("a1", "a1-1", event_type, ["…"], ["entlassen"],
                     roles or {"agent": ["Olaf Scholz"], "person": ["Christian Lindner"]},
                     [], time, "happened", spans=[span])


def system(event_type="Dismissal", roles=None, span=(0, 45), **time) -> SystemEvent:
    roles = roles if roles is not None else {"agent": [["Scholz"]],
                                             "person": [["Christian Lindner", "Lindner"]]}
    return SystemEvent("a1", event_type, [span], roles, **time)


def test_names_match_surname_and_declension():
    assert scoring.names_match("Olaf Scholz", ["Scholz"])
    assert scoring.names_match("Europäische Union", ["Europäischen Union"])
    assert scoring.names_match("Deutsche Bank", ["Deutsche-Bank"])
    assert not scoring.names_match("Olaf Scholz", ["Christian Lindner"])


def test_names_match_drops_articles_and_roman_numerals():
    assert scoring.names_match("Felipe VI.", ["König Felipe"])
    assert scoring.names_match("die Grünen", ["Grüne"])


def test_match_needs_type_and_overlapping_sentence():
    assert scoring.match_events([gold()], [system()])
    assert not scoring.match_events([gold()], [system("Resignation")])
    assert not scoring.match_events([gold()], [system(span=(100, 140))])


def test_one_system_event_matches_one_gold_event():
    pairs = scoring.match_events([gold(), gold()], [system()])
    assert len(pairs) == 1


def test_role_accuracy_wants_every_role_right_and_nothing_extra():
    swapped = {"agent": [["Christian Lindner"]], "person": [["Olaf Scholz"]]}
    assert scoring.score([gold()], [system()]).roles.value == 1.0
    report = scoring.score([gold()], [system(roles=swapped)])
    assert report.roles.value == 0.0
    assert report.errors["Dismissal: agent given as person"] == 1
    extra = {"agent": [["Scholz"]], "person": [["Lindner"], ["SPD"]]}
    assert scoring.score([gold()], [system(roles=extra)]).roles.value == 0.0


def test_date_at_the_gold_precision():
    month = GoldTime("2024-02", "month")
    assert scoring.date_right(month, system(time_value="2024-02-23", time_precision="day"))
    assert not scoring.date_right(month, system(time_value="2024", time_precision="year"))
    week = GoldTime("2024-W41", "week")
    assert scoring.date_right(week, system(time_value="2024-10-10", time_precision="day"))
    assert scoring.date_right(week, system(time_value="2024-W41-WE", time_precision="week"))
    assert not scoring.date_right(week, system(time_value="2024-W42-WE", time_precision="week"))


def test_on_or_before_needs_the_marking():
    bound = GoldTime(on_or_before="2024-11-07")
    assert scoring.date_right(bound, system(on_or_before="2024-11-07"))
    assert not scoring.date_right(bound, system(time_value="2024-11-07", time_precision="day"))
    assert not scoring.date_right(GoldTime("2024-11-07", "day"),
                                  system(on_or_before="2024-11-07"))


def test_time_fields_read_the_on_or_before_mod():
    from datetime import date

    from graphkit.model import TimeValue

    bounded = TimeValue("2024-11-07", "day", None, date(2024, 11, 7), mod="ON_OR_BEFORE")
    assert scoring.time_fields(bounded) == ("", "", "2024-11-07")
    plain = TimeValue("2024-11-06", "day", date(2024, 11, 6), date(2024, 11, 6))
    assert scoring.time_fields(plain) == ("2024-11-06", "day", "")


def test_unmatched_events_count_their_arguments():
    report = scoring.score([gold()], [system("Meeting")])
    assert (report.events.tp, report.events.fp, report.events.fn) == (0, 1, 1)
    assert report.errors["Dismissal typed as Meeting"] == 1
    assert report.argument_total().fn == 2


def test_floors_name_what_fell():
    summary = scoring.score([gold()], [system()]).summary()
    assert scoring.below_floors(summary, {"event_f1": 0.5}) == []
    assert scoring.below_floors(summary, {"event_f1": 1.01})[0].startswith("event_f1 1.0000")


def test_system_positions_leave_out_memberships():
    """OrganizationLeadership is a post that leads: a party in parentheses or an
    'X-Politiker' is a membership and answers none; a board member's post does."""
    from graphkit.model import Entity, KnowledgeGraph, Position, SourceSentence

    source = SourceSentence("a1", 0, 0, 40, "…", 0, 5)
    people = [Entity("kim", "Kim Roth", "PER"), Entity("spd", "SPD", "ORG"),
              Entity("zf", "ZF", "ORG")]
    positions = [Position("p1", "", "kim", "spd", "Mitglied", [source]),
                 Position("p2", "", "kim", "spd", "Politikerin", [source]),
                 Position("p3", "", "kim", "zf", "Mitglied des Vorstands", [source])]
    graph = KnowledgeGraph(entities=people, positions=positions)
    assert [e.roles["office"] for e in scoring.system_positions(graph)] == [
        [["Mitglied des Vorstands"]]]

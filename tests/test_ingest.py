"""Ingest: formats, boilerplate removal, metadata, unreadable files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from graphkit.ingest import (
    clean_text,
    find_source,
    is_boilerplate_line,
    read_articles,
)
from graphkit.model import DATE_FROM_METADATA, DATE_FROM_OPTION

PAGE_TEXT = """Merz empfängt Macron in Berlin

Politik
12.03.2025 08:15

Bundeskanzler Friedrich Merz hat am Mittwoch den französischen Präsidenten in Berlin empfangen.
Foto: dpa
Loading...
00:00 / 00:00
play_arrow
skip_next
1.0x Geschwindigkeit
Kommentare
Liebe Leserin, lieber Leser,
die Kommentarfunktion steht Ihnen ab 6 Uhr wieder zur Verfügung.
Mit freundlichen Grüßen
das Beispiel-Team
showPaywall:
false
console.debug({ userId: "" })
"""


def test_is_boilerplate_line_player_controls_and_scripts():
    for line in ["Loading...", "00:00 / 00:00", "play_arrow", "replay_10", "1.0x Geschwindigkeit",
                 "showPaywall:", "false", 'console.debug({ userId: "" })', "zum Hauptinhalt",
                 "© Max Muster/dpa", "Quelle: AFP © Jane Doe", "Kostenlose Spiele",
                 "Startseite > Sport > Fußball", "Nachrichten › Politik › Ausland",
                 "Teilen  Twittern  E-Mail", "Facebook | WhatsApp | Link kopieren",
                 "Diesen Artikel teilen"]:
        assert is_boilerplate_line(line), line


def test_is_boilerplate_line_keeps_article_sentences_and_headings():
    for line in ["Bundeskanzler Friedrich Merz hat am Mittwoch Paris besucht.",
                 "Zusammenarbeit soll vertieft werden",
                 "12.03.2025 08:15",
                 "„Wir stehen zusammen“, sagte Macron. (dpa)",
                 "Die Zahl stieg von 3 > 2 Prozent an.",
                 "Facebook und Google teilen sich den Markt."]:
        assert not is_boilerplate_line(line), line


def test_clean_text_drops_a_block_of_related_links_up_to_the_blank_line():
    raw = ("Die Stadt baut eine Brücke.\n\nMehr zum Thema\nNeue Brücke: Was kostet sie?\n"
           "Bauamt in der Kritik\n\nDie Arbeiten beginnen im Mai.")
    text, _ = clean_text(raw)
    assert text == "Die Stadt baut eine Brücke.\n\nDie Arbeiten beginnen im Mai."


def test_clean_text_drops_comment_policy_and_keeps_body():
    text, dropped = clean_text(PAGE_TEXT)
    assert "Kommentarfunktion" not in text
    assert "play_arrow" not in text and "showPaywall" not in text
    assert "Politik" not in text.split("\n")
    assert "Bundeskanzler Friedrich Merz hat am Mittwoch" in text
    assert "12.03.2025 08:15" in text
    assert "das Beispiel-Team" in dropped


def test_clean_text_strips_inline_credits_and_repeated_captions():
    raw = ("Scholz und Xi in Peking im November 2022 (Bild: AFP)\n"
           "Scholz und Xi in Peking im November 2022\n"
           "Ein Satz. Mehr zum Thema - Anderer Artikel über etwas\n")
    text, _ = clean_text(raw)
    assert text.count("Scholz und Xi in Peking") == 1
    assert "Bild: AFP" not in text
    assert "Anderer Artikel" not in text


def test_find_source_prefers_site_then_agency():
    assert find_source("Text.", ["krone.at"]) == "krone.at"
    assert find_source("Ein Satz. (les/dpa)", []) == "DPA"
    assert find_source("Ein Satz.", ["Quelle: AFP © Jane Doe"]) == "AFP"
    assert find_source("Ein Satz ohne Quelle.", []) is None


def test_read_articles_txt_title_is_first_line(tmp_path: Path):
    (tmp_path / "a.txt").write_text(PAGE_TEXT, encoding="utf-8")
    articles, skipped = read_articles([tmp_path])
    assert skipped == []
    (article,) = articles
    assert article.id == "a"
    assert article.title == "Merz empfängt Macron in Berlin"
    assert article.text.startswith(article.title)


def test_read_articles_jsonl_metadata(tmp_path: Path):
    lines = [
        {"text": "Der Kanzler reist nach Paris. Dort trifft er Macron.", "title": "Reise",
         "url": "https://example.org/a", "published": "2025-03-12", "source": "Beispiel"},
        {"text": "Zweiter Artikel ohne Datum, mit genug Text für einen Satz."},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines), "utf-8")
    articles, skipped = read_articles([path])
    assert skipped == []
    first, second = articles
    assert first.id == "feed-1" and second.id == "feed-2"
    assert first.published and first.published.value == date(2025, 3, 12)
    assert first.published.how == DATE_FROM_METADATA
    assert first.url == "https://example.org/a" and first.source == "Beispiel"
    assert first.text.startswith("Reise")
    assert second.published is None and second.title.startswith("Zweiter Artikel")


def test_read_articles_html_main_text(tmp_path: Path):
    html = """<html><head><title>Gipfel in Singapur</title>
    <meta property="article:published_time" content="2018-06-12T09:00:00+02:00"></head>
    <body><nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
    <article><h1>Gipfel in Singapur</h1>
    <p>US-Präsident Donald Trump hat sich in Singapur mit Kim Jong Un getroffen. Das Treffen
    gilt als historisch, weil sich zum ersten Mal amtierende Staatschefs beider Länder sahen.</p>
    <p>Beide unterzeichneten eine gemeinsame Erklärung, deren Inhalt vage bleibt und die von
    Beobachtern unterschiedlich bewertet wurde.</p></article>
    <footer>Impressum · Datenschutz · Kontakt</footer></body></html>"""
    (tmp_path / "gipfel.html").write_text(html, encoding="utf-8")
    (article,), skipped = read_articles([tmp_path])
    assert skipped == []
    assert "Kim Jong Un getroffen" in article.text
    assert "Impressum" not in article.text and "Startseite" not in article.text
    assert article.published and article.published.value == date(2018, 6, 12)


def test_read_articles_reports_unreadable_files_and_keeps_others(tmp_path: Path):
    (tmp_path / "good.txt").write_text("Titel\n\nEin echter Satz über Berlin.", "utf-8")
    (tmp_path / "empty.txt").write_text("", "utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (tmp_path / "latin.txt").write_bytes("Über München".encode("latin-1"))
    (tmp_path / "broken.jsonl").write_text('{"text": "ok, ein Satz."}\n{not json\n', "utf-8")
    articles, skipped = read_articles([tmp_path])
    assert sorted(a.id for a in articles) == ["broken-1", "good"]
    reasons = {Path(s.path.split(":")[0]).name: s.reason for s in skipped}
    assert "empty file" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "not UTF-8" in reasons["latin.txt"]
    assert "broken.jsonl:2" in reasons["broken.jsonl"]
    assert all("\n" not in s.reason for s in skipped)


def test_read_articles_date_option_wins(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Titel\n\nText über Berlin.", "utf-8")
    (article,), _ = read_articles([tmp_path], {"a.txt": date(2024, 6, 18)})
    assert article.published and article.published.how == DATE_FROM_OPTION
    assert article.published.value == date(2024, 6, 18)


def test_read_articles_seed_boilerplate_removed(shared_dir: Path):
    articles, skipped = read_articles([shared_dir / "seeds"])
    assert len(articles) == 5 and skipped == []
    text = "\n".join(a.text for a in articles)
    for furniture in ["play_arrow", "Kommentarfunktion", "showPaywall", "console.debug",
                      "VLADIMIR SMIRNOV", "Kostenlose Spiele", "zum Hauptinhalt"]:
        assert furniture not in text


def test_read_articles_date_option_for_unknown_file_is_an_error(tmp_path: Path):
    import pytest

    from graphkit.ingest import IngestError

    (tmp_path / "a.txt").write_text("Titel\n\nText über Berlin.", "utf-8")
    with pytest.raises(IngestError, match="--date b.txt: no article file"):
        read_articles([tmp_path], {"b.txt": date(2024, 6, 18)})


def test_same_file_name_in_two_input_folders_stays_two_articles(tmp_path: Path):
    for folder, city in (("d1", "Berlin"), ("d2", "Paris")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.txt").write_text(f"Titel\n\nEin Satz über {city}.", "utf-8")
    articles, _ = read_articles([tmp_path / "d1", tmp_path / "d2"])
    assert len({a.id for a in articles}) == 2
    assert sorted(a.path for a in articles) == ["d1/a.txt", "d2/a.txt"]


def test_jsonl_of_common_crawlers_and_feeds_keeps_text_and_date(tmp_path: Path):
    lines = [
        {"maintext": "Die Stadt eröffnet eine neue Brücke über den Fluss.", "title": "Brücke",
         "date_publish": "2023-05-04 08:15:00", "source_domain": "example.org"},
        {"content": "Der Verein gewinnt das Pokalfinale gegen den Titelverteidiger.",
         "pubDate": "Sat, 03 Jun 2023 21:40:00 +0200", "link": "https://example.org/p"},
        {"text": "Der Landtag beschließt den Haushalt für das kommende Jahr.",
         "date": "14.12.2022"},
        {"body": "Ein Text mit einem Datum, das keines ist.", "date": "gestern"},
        {"text": "Die Messe öffnet ihre Tore für das Publikum.", "published_at": 1704868320},
        {"text": "Die Messe schließt ihre Tore nach einer Woche.", "date": 1705473120000},
    ]
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines), "utf-8")
    articles, skipped = read_articles([path])
    assert [a.published.value for a in articles] == [
        date(2023, 5, 4), date(2023, 6, 3), date(2022, 12, 14), date(2024, 1, 10),
        date(2024, 1, 17)]
    assert articles[0].source == "example.org" and articles[1].url == "https://example.org/p"
    assert articles[0].text.startswith("Brücke") and "Brücke über den Fluss" in articles[0].text
    assert len(skipped) == 1 and "crawl.jsonl:4" in skipped[0].reason
    assert "'gestern' is not a date" in skipped[0].reason


def test_jsonl_wrong_field_type_skips_that_line_only(tmp_path: Path):
    lines = ['{"text": "Ein Satz über Berlin.", "title": 42}',
             '{"text": "Ein Satz\\u2028mit Zeilentrenner über Paris.", "source": "dpa"}',
             '{"text": "Ein Satz\u2028mit rohem Zeilentrenner über Rom."}']
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), "utf-8")
    articles, skipped = read_articles([tmp_path])
    assert [a.id for a in articles] == ["feed-2", "feed-3"]
    assert len(skipped) == 1 and "feed.jsonl:1: 'title' must be a string" in skipped[0].reason


def test_read_articles_month_and_year_metadata_keep_their_precision(tmp_path: Path):
    from graphkit.model import MONTH, YEAR

    lines = [{"text": "Der Kanzler reist nach Paris. Dort trifft er Macron.", "published": p}
             for p in ("2024-11", "2024", "2024-11-05T10:25:00+01:00")]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in lines), "utf-8")
    articles, skipped = read_articles([path])
    assert skipped == []
    assert [(a.published.value, a.published.precision) for a in articles] == [
        (date(2024, 11, 1), MONTH), (date(2024, 1, 1), YEAR), (date(2024, 11, 5), "day")]


def test_read_articles_month_date_option(tmp_path: Path):
    from graphkit.model import MONTH

    (tmp_path / "a.txt").write_text("Titel\n\nText über Berlin.", "utf-8")
    (article,), _ = read_articles([tmp_path], {"a.txt": (date(2024, 11, 1), MONTH)})
    assert article.published and article.published.text == "2024-11"


def mixed_input(root: Path) -> Path:
    """Two folders: a file name twice, a .txt whose id equals a .jsonl line's id, a bad
    .jsonl line, an unreadable file."""
    for folder in ("d1", "d2"):
        (root / folder).mkdir()
        (root / folder / "a.txt").write_text(f"Titel {folder}\n\nEin Satz über Berlin.", "utf-8")
    (root / "d1" / "feed.jsonl").write_text(
        '{"text": "Ein Satz über Paris.", "published": "2024-05-02"}\n{"text": 3}\n'
        '{"text": "Ein Satz über Rom."}\n', "utf-8")
    (root / "d2" / "feed-3.txt").write_text("Titel\n\nEin Satz über Wien.", "utf-8")
    (root / "d2" / "empty.txt").write_text("", "utf-8")
    return root


def planned_articles(root: Path, dates: dict) -> tuple[list, list]:
    from graphkit.ingest import InputFile, plan_articles, read_planned, scan_files
    from graphkit.inputs import find_input_files

    listed, skipped = find_input_files([root])
    files = [InputFile(path, name) for path, name in listed]
    scans = scan_files(files)
    articles = []
    for item, planned in zip(files, plan_articles(listed, scans, dates), strict=True):
        articles += read_planned(item, planned)[0]
    return articles, skipped + [s for scan in scans for s in scan.skipped]


def test_articles_planned_from_scans_equal_the_articles_read_at_once(tmp_path: Path):
    # The workers' ingest (scan for ids, settle ids and dates, read again) must give
    # exactly what one read of the whole input gives: same ids, dates, order, problems.
    root = mixed_input(tmp_path)
    dates = {"feed-1": date(2024, 6, 18), "d2/a.txt": date(2023, 1, 2)}
    assert planned_articles(root, dates) == read_articles([root], dates)
    ids = [a.id for a in planned_articles(root, dates)[0]]
    assert len(set(ids)) == len(ids) and sum(i.startswith("feed-3-") for i in ids) == 2


def test_a_file_changed_between_scan_and_analysis_is_skipped_with_one_line(tmp_path: Path):
    from graphkit.ingest import InputFile, plan_articles, read_planned, scan_files

    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "Ein Satz über Paris."}\n{"text": "Ein Satz über Rom."}\n',
                    "utf-8")
    item = InputFile(path, "feed.jsonl")
    planned = plan_articles([(path, "feed.jsonl")], scan_files([item]), {})[0]
    path.write_text('{"text": "Ein Satz über Paris."}\n', "utf-8")
    articles, skipped = read_planned(item, planned)
    assert articles == [] and len(skipped) == 1
    assert "feed.jsonl: changed while graphkit read it" in skipped[0].reason


def test_a_remote_worker_reads_the_shipped_bytes_not_the_path(tmp_path: Path):
    from graphkit.ingest import input_file, read_input

    path = tmp_path / "a.txt"
    path.write_text("Titel\n\nEin Satz über Berlin.", "utf-8")
    shipped = input_file(path, "a.txt", with_bytes=True)
    path.unlink()
    (article,), skipped = read_input(shipped)
    assert skipped == [] and "Berlin" in article.text and article.path == "a.txt"
    missing = input_file(path, "a.txt", with_bytes=True)   # reported as a local read would
    assert read_input(missing)[1][0].reason.endswith("cannot read (No such file or directory)")

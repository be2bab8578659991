# ruff: noqa: E501  (one probe sentence and its gold positions a line)
"""Precision and recall of positions on self-written probe sentences (none from a dev or
test set): PROBES (65 sentences, written to find errors; the rules were fixed on them) and
FRESH (20 written after the fixes).

    PYTHONPATH=$PWD python benchmarks/positions_probe.py          # PROBES
    PYTHONPATH=$PWD python benchmarks/positions_probe.py fresh    # FRESH

A found position counts when the person's name, the post (up to a final -r/-n) and the
organisation (one name containing the other) match a gold one.
"""
from __future__ import annotations

import sys
from datetime import date

from graphkit.model import DATE_FROM_METADATA, Article, PublicationDate
from graphkit.pipeline import extract_graph

# (sentence, set of gold (person, post, organisation)); org matched as substring either way
PROBES: list[tuple[str, set[tuple[str, str, str]]]] = [
    ("Der frühere BMW-Chef Harald Krüger meldete sich zu Wort.", set()),
    ("Ex-VW-Chef Herbert Diess sagte vor Gericht aus.", set()),
    ("Trump-Berater Stephen Miller verteidigte das Dekret.", set()),
    ("Kreml-Sprecher Dmitri Peskow wies die Vorwürfe zurück.", set()),
    ("Bayern-Trainer Vincent Kompany lobte seine Mannschaft.", set()),
    ("Deutsche-Bank-Chef Christian Sewing sprach in Frankfurt.", {("Christian Sewing", "Chef", "Deutsche Bank")}),
    ("Jens Weidmann wird neuer Chef der Commerzbank.", set()),
    ("CDU-Chef und Kanzler Friedrich Merz reiste nach Paris.", {("Friedrich Merz", "Chef", "CDU")}),
    ("Markus Söder (CSU) und Lars Klingbeil (SPD) einigten sich.", {("Markus Söder", "Mitglied", "CSU"), ("Lars Klingbeil", "Mitglied", "SPD")}),
    ("Die Entscheidung des Vorsitzenden der IG Metall, Jörg Hofmann, fiel knapp.", {("Jörg Hofmann", "Vorsitzende", "IG Metall")}),
    ("Vorsitzender des Aufsichtsrats ist Werner Brandt.", set()),
    ("Martina Koch, Sprecherin des Umweltbundesamts, bestätigte die Zahlen.", {("Martina Koch", "Sprecherin", "Umweltbundesamt")}),
    ("Bayer-Chef Bill Anderson kündigte Stellenabbau an.", {("Bill Anderson", "Chef", "Bayer")}),
    ("Telekom-Chef Tim Höttges zeigte sich zufrieden.", {("Tim Höttges", "Chef", "Telekom")}),
    ("Adidas-Chef Björn Gulden sprach von einem Rekordjahr.", {("Björn Gulden", "Chef", "Adidas")}),
    ("Julian Nagelsmann, Trainer der Nationalmannschaft, nominierte drei Neulinge.", set()),
    ("Thomas Tuchel war Trainer des FC Bayern München.", set()),
    ("Hansi Flick ist Trainer des FC Barcelona.", {("Hansi Flick", "Trainer", "FC Barcelona")}),
    ("Der Präsident des Bundesverfassungsgerichts, Stephan Harbarth, mahnte zur Ruhe.", {("Stephan Harbarth", "Präsident", "Bundesverfassungsgericht")}),
    ("Sabine Müller, die Direktorin des Max-Planck-Instituts für Physik, erhielt einen Preis.", {("Sabine Müller", "Direktorin", "Max-Planck-Institut")}),
    ("Intendant Kai Gniffke kündigte Sparmaßnahmen bei der ARD an.", set()),
    ("ARD-Intendant Kai Gniffke verteidigte den Rundfunkbeitrag.", {("Kai Gniffke", "Intendant", "ARD")}),
    ("Die Nachfolgerin von Peter Maier als Chefin von Siemens Energy steht fest.", set()),
    ("Die Parteichefs Lars Klingbeil und Saskia Esken stellten das Programm vor.", set()),
    ("Claudia Roth (Grüne) eröffnete die Ausstellung.", {("Claudia Roth", "Mitglied", "Grüne")}),
    ("Der Anwalt von Anna Berg, Chef der Kanzlei Hengeler Mueller, schwieg.", set()),
    ("SPD-Generalsekretär Matthias Miersch kritisierte die Union.", {("Matthias Miersch", "Generalsekretär", "SPD")}),
    ("Der ehemalige Präsident des FC Bayern, Uli Hoeneß, äußerte sich.", set()),
    ("Uli Hoeneß, Ehrenpräsident des FC Bayern, äußerte sich.", {("Uli Hoeneß", "Ehrenpräsident", "FC Bayern")}),
    ("Richter Frank Weber vom Landgericht München verkündete das Urteil.", set()),
    ("Nach Angaben von Airbus-Chef Guillaume Faury fehlen Triebwerke.", {("Guillaume Faury", "Chef", "Airbus")}),
    ("Wie Ifo-Präsident Clemens Fuest sagte, sinkt die Stimmung.", {("Clemens Fuest", "Präsident", "Ifo")}),
    ("Der Vorstandsvorsitzende der Allianz, Oliver Bäte, legte Zahlen vor.", {("Oliver Bäte", "Vorstandsvorsitzende", "Allianz")}),
    ("Oliver Bäte, Vorstandschef der Allianz und Aufsichtsrat der Bayer AG, sprach.", {("Oliver Bäte", "Vorstandschef", "Allianz")}),
    ("Karl Lauterbach war Gesundheitsminister und ist Abgeordneter der SPD.", {("Karl Lauterbach", "Abgeordneter", "SPD")}),
    ("Die Grünen-Politikerin Ricarda Lang sprach im Bundestag.", {("Ricarda Lang", "Politikerin", "Grüne")}),
    ("Der langjährige Daimler-Chef Dieter Zetsche wurde verabschiedet.", {("Dieter Zetsche", "Chef", "Mercedes-Benz Group")}),
    ("Der scheidende Commerzbank-Chef Manfred Knof zog Bilanz.", {("Manfred Knof", "Chef", "Commerzbank")}),
    ("Designierter Bahn-Chefin Evelyn Palla wird viel zugetraut.", set()),
    ("Die neue Bahn-Chefin Evelyn Palla stellte ihr Programm vor.", {("Evelyn Palla", "Chefin", "Bahn")}),
    ("Dortmund-Kapitän Emre Can fehlt verletzt.", set()),
    ("Der Gründer von Tesla, Elon Musk, kritisierte die EU.", {("Elon Musk", "Gründer", "Tesla")}),
    ("„Wir sind zufrieden“, sagte Porsche-Chef Oliver Blume.", {("Oliver Blume", "Chef", "Porsche")}),
    ("Die Berichte über Siemens-Chef Roland Buschs Pläne sorgten für Unruhe.", {("Roland Busch", "Chef", "Siemens")}),
    ("Greenpeace-Chef Martin Kaiser kritisierte die Bundesregierung.", {("Martin Kaiser", "Chef", "Greenpeace")}),
    ("Chef der Deutschen Bahn ist seit Oktober Evelyn Palla.", {("Evelyn Palla", "Chef", "Deutsche Bahn")}),
    ("EU-Kommissionspräsidentin Ursula von der Leyen reiste nach Kiew.", {("Ursula von der Leyen", "Kommissionspräsidentin", "Europäische Union")}),
    ("Ein Sprecher von Volkswagen, Peter Schmidt, bestätigte den Bericht.", {("Peter Schmidt", "Sprecher", "Volkswagen")}),
    ("Anna Berg, Mitglied des Vorstands von Bosch, trat zurück.", {("Anna Berg", "Mitglied des Vorstands", "Bosch")}),
    ("Maria Klein ist seit 2020 Direktorin des Goethe-Instituts.", {("Maria Klein", "Direktorin", "Goethe-Institut")}),
    ("Anna Berg, Ex-Chefin von Siemens, sprach.", set()),
    ("Karl Klein ist Ex-Präsident des DFB.", set()),
    ("Der Sohn des Präsidenten des DFB, Max Klein, spielt Fußball.", set()),
    ("Nach Angaben des Chefs von BMW, Oliver Zipse, sinkt der Absatz.", {("Oliver Zipse", "Chef", "BMW")}),
    ("Anna Berg, Direktorin am Max-Planck-Institut für Physik, forscht.", {("Anna Berg", "Direktorin", "Max-Planck-Institut für Physik")}),
    ("Anna Berg, stellvertretende Vorsitzende der SPD, sprach.", {("Anna Berg", "stellvertretende Vorsitzende", "SPD")}),
    ("Die Anwältin des Präsidenten der Fifa, Maria Roth, widersprach.", set()),
    ("Die Vorsitzende der Grünen, Franziska Brantner, kritisierte den Plan.", {("Franziska Brantner", "Vorsitzende", "Grüne")}),
    ("Bosch-Chef Stefan Hartung und BASF-Chef Markus Kamieth trafen sich.", {("Stefan Hartung", "Chef", "Bosch"), ("Markus Kamieth", "Chef", "BASF")}),
    ("Gegen den Ex-Wirecard-Chef Markus Braun wird verhandelt.", set()),
    ("Die SPD-Chefs Lars Klingbeil und Bärbel Bas stellten sich vor.", {("Lars Klingbeil", "Chef", "SPD"), ("Bärbel Bas", "Chef", "SPD")}),
    ("Karl Klein ist inzwischen Präsident des DFB.", {("Karl Klein", "Präsident", "Deutscher Fußball-Bund")}),
    ("Anna Berg ist nicht mehr Chefin von Siemens.", set()),
    ("Der Vorsitzende Richter Karl Klein vom Bundesgerichtshof verkündete das Urteil.", set()),
    ("Die Sprecherin von Siemens-Chef Roland Busch, Anna Berg, dementierte.", {("Roland Busch", "Chef", "Siemens")}),
]


FRESH: list[tuple[str, set[tuple[str, str, str]]]] = [
    ("Die frühere Präsidentin des DFB, Sabine Kohl, kandidiert erneut.", set()),
    ("Lars Wendt, Kapitän des VfL Wolfsburg, verlängerte seinen Vertrag.", {("Lars Wendt", "Kapitän", "VfL Wolfsburg")}),
    ("Der Bruder des Präsidenten von Real Madrid, Juan Pérez, äußerte sich.", set()),
    ("Die Mutter von BVB-Kapitän Emre Can sah zu.", {("Emre Can", "Kapitän", "BVB")}),
    ("Ex-Bahn-Chef Richard Lutz verteidigte seine Bilanz.", set()),
    ("Nina Scholz, Ex-Geschäftsführerin der Lufthansa, wechselt zu Airbus.", set()),
    ("Der designierte Siemens-Chef Paul Heller wird im Mai antreten.", set()),
    ("Die Grünen-Chefs Felix Banaszak und Franziska Brantner stellten sich hinter den Plan.", {("Felix Banaszak", "Chef", "Grüne"), ("Franziska Brantner", "Chef", "Grüne")}),
    ("FDP-Chef und Fraktionsvorsitzender Christian Dürr warnte vor Steuererhöhungen.", {("Christian Dürr", "Chef", "FDP")}),
    ("Anna Kurz ist mittlerweile Geschäftsführerin von Bosch.", {("Anna Kurz", "Geschäftsführerin", "Bosch")}),
    ("Der stellvertretende Vorsitzende der CDU, Karl Hahn, trat zurück.", {("Karl Hahn", "stellvertretende Vorsitzende", "CDU")}),
    ("Der Anwalt des Vorstandschefs von VW, Markus Lenz, beantragte Akteneinsicht.", set()),
    ("Mit Worten des Präsidenten der Bundesbank, Joachim Nagel, endete die Sitzung.", {("Joachim Nagel", "Präsident", "Bundesbank")}),
    ("Tim Bauer war Trainer des Hamburger SV.", set()),
    ("Tina Schmid, Leiterin am Robert Koch-Institut, warnte vor der Grippe.", {("Tina Schmid", "Leiterin", "Robert Koch-Institut")}),
    ("Die Vizepräsidentin der EZB, Maria Lopes, sprach in Frankfurt.", {("Maria Lopes", "Vizepräsidentin", "Europäische Zentralbank")}),
    ("Kanzler Friedrich Merz (CDU) traf Emmanuel Macron.", {("Friedrich Merz", "Mitglied", "CDU")}),
    ("Die Nachfolgerin der Präsidentin der Universität Hamburg, Eva Klein, wurde gewählt.", set()),
    ("Lena Graf ist nicht länger Präsidentin des Verbands.", set()),
    ("Laut Bayer-Vorstand Heiko Schwarz sinken die Kosten.", {("Heiko Schwarz", "Vorstand", "Bayer")}),
]


def norm(text: str) -> str:
    return text.lower().replace("-", " ")


def matches(found: tuple[str, str, str], gold: tuple[str, str, str]) -> bool:
    fp, fpost, forg = found
    gp, gpost, gorg = gold
    return norm(fp) == norm(gp) and fpost.lower().rstrip("rn") == gpost.lower().rstrip("rn") \
        and (norm(gorg) in norm(forg) or norm(forg) in norm(gorg))


def main() -> None:
    cases = FRESH if sys.argv[1:] == ["fresh"] else PROBES
    articles = [Article(id=f"s{i}", path=f"s{i}.txt", title="Nachrichten", text=text,
                        published=PublicationDate(date(2025, 11, 3), DATE_FROM_METADATA, "t"))
                for i, (text, _) in enumerate(cases)]
    graph = extract_graph(articles)
    names = {e.id: e.name for e in graph.entities}
    by_article: dict[str, set[tuple[str, str, str]]] = {}
    for p in graph.positions:
        for s in p.sources:
            by_article.setdefault(s.article_id, set()).add(
                (names[p.person], p.post, names[p.organisation]))
    tp = fp = fn = 0
    for i, (text, gold) in enumerate(cases):
        found = by_article.get(f"s{i}", set())
        ok = {f for f in found if any(matches(f, g) for g in gold)}
        missed = {g for g in gold if not any(matches(f, g) for f in found)}
        tp += len(gold) - len(missed)
        fp += len(found) - len(ok)
        fn += len(missed)
        if found - ok or missed:
            print(f"[{i}] {text}\n    FP {sorted(found - ok)}\n    FN {sorted(missed)}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    print(f"tp={tp} fp={fp} fn={fn} precision={p:.3f} recall={r:.3f}")


if __name__ == "__main__":
    main()

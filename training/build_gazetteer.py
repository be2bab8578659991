"""Build graphkit/data/gazetteer/*.jsonl from the curated tables at the end of this file.

Run:  python training/build_gazetteer.py        (rewrites the four .jsonl files)
      python training/build_gazetteer.py --check (exit 1 if they would change)

The tables are written by hand (facts, German spellings as used in German news). Babel's
German territory names are used at build time only, as extra aliases and to check that
no sovereign state is missing; the package never imports Babel or this script.
Wikidata IDs are given only where they were checked; everything else has ``null`` and a
stable ``gk:`` slug as its id (see graphkit/data/gazetteer/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import unicodedata
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parents[1] / "graphkit" / "data" / "gazetteer"
QID = re.compile(r"^Q\d+$")


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def entry_id(qid: str | None, name: str) -> str:
    return qid if qid else f"gk:{slug(name)}"


def babel_country_names() -> dict[str, str]:
    """ISO 3166 alpha-2 -> German short name, from Babel's CLDR data."""
    from babel import Locale

    return {code: name for code, name in Locale("de").territories.items() if len(code) == 2}


def unique_list(items: list[str], exclude: set[str] = frozenset()) -> list[str]:
    seen: set[str] = set()
    result = []
    for item in items:
        item = item.replace("\u2019", "'")
        if item and item not in seen and item not in exclude:
            seen.add(item)
            result.append(item)
    return result


# -- places ---------------------------------------------------------------------------


def build_places() -> tuple[list[dict], dict[str, str]]:
    """Place records, and a map from ISO code to country id (for people and organisations)."""
    babel_names = babel_country_names()
    records: dict[str, dict] = {}
    iso_to_id: dict[str, str] = {}
    capitals: list[tuple[str, tuple]] = []
    for row in COUNTRIES:
        iso, qid, name, aliases, adjectives, demonyms, kind = row[:7]
        capital = row[7] if len(row) > 7 else None
        record_id = entry_id(qid, name)
        babel = babel_names.get(iso)
        all_aliases = unique_list([*aliases, babel or ""], exclude={name})
        records[record_id] = {
            "id": record_id, "name": name, "label": "LOC", "kind": kind,
            "wikidata": qid, "aliases": all_aliases, "adjectives": list(adjectives),
            "demonyms": list(demonyms), "capital": None,
        }
        iso_to_id[iso] = record_id
        if capital:
            capitals.append((record_id, capital))
    for country_id, (name, qid, aliases) in capitals:
        city_id = entry_id(qid, name)
        if city_id in records:      # a city-state (Singapur) is its own capital
            records[country_id]["capital"] = city_id
            continue
        records[city_id] = city_record(city_id, name, qid, aliases, country_id)
        records[country_id]["capital"] = city_id
    for iso, name, qid, aliases in CITIES:
        city_id = entry_id(qid, name)
        if city_id in records:
            raise SystemExit(f"duplicate city {name} ({city_id})")
        records[city_id] = city_record(city_id, name, qid, aliases, iso_to_id[iso])
    for kind, table in (("state", GERMAN_STATES), ("region", REGIONS),
                        ("continent", CONTINENTS), ("sea", SEAS)):
        for row in table:
            name, qid, aliases = row[:3]
            adjectives = row[3] if len(row) > 3 else ()
            country_iso = row[4] if len(row) > 4 else None
            record_id = entry_id(qid, name)
            if record_id in records:    # Berlin, Hamburg: city and state are one item
                continue
            records[record_id] = {
                "id": record_id, "name": name, "label": "LOC", "kind": kind,
                "wikidata": qid, "aliases": unique_list(list(aliases), exclude={name}),
                "adjectives": list(adjectives), "demonyms": [],
                "country": iso_to_id[country_iso] if country_iso else None,
            }
    check_sovereign_states(iso_to_id, babel_names)
    return list(records.values()), iso_to_id


def city_record(city_id: str, name: str, qid: str | None, aliases, country_id: str) -> dict:
    return {
        "id": city_id, "name": name, "label": "LOC", "kind": "city", "wikidata": qid,
        "aliases": unique_list(list(aliases), exclude={name}), "adjectives": [],
        "demonyms": [], "country": country_id,
    }


def check_sovereign_states(iso_to_id: dict[str, str], babel_names: dict[str, str]) -> None:
    missing = [f"{iso} {babel_names.get(iso)}" for iso in SOVEREIGN_ISO
               if iso not in iso_to_id]
    if missing:
        raise SystemExit("countries missing from COUNTRIES: " + ", ".join(missing))


# -- people ---------------------------------------------------------------------------


def build_people(iso_to_id: dict[str, str]) -> list[dict]:
    records = []
    for qid, name, aliases, surname, surname_is_alias, iso in PEOPLE:
        record_id = entry_id(qid, name)
        all_aliases = list(aliases) + ([surname] if surname and surname_is_alias else [])
        records.append({
            "id": record_id, "name": name, "label": "PER", "kind": "person",
            "wikidata": qid, "aliases": unique_list(all_aliases, exclude={name}),
            "surname": surname, "country": iso_to_id.get(iso) if iso else None,
        })
    return records


# -- organisations ----------------------------------------------------------------------


def build_organisations(iso_to_id: dict[str, str]) -> list[dict]:
    records = []
    for qid, name, kind, aliases, iso in ORGANISATIONS:
        record_id = entry_id(qid, name)
        records.append({
            "id": record_id, "name": name, "label": "ORG", "kind": kind, "wikidata": qid,
            "aliases": unique_list(list(aliases), exclude={name}),
            "country": iso_to_id.get(iso) if iso else None,
        })
    return records


# -- offices ----------------------------------------------------------------------------


def build_offices(iso_to_id: dict[str, str], known_ids: dict[str, str],
                  org_ids: dict[str, str]) -> list[dict]:
    """Offices; holders are given by name in the tables and resolved to ids here."""
    records = []
    for office_id, name, owner, heads, titles, holders in OFFICES:
        owner_id = iso_to_id.get(owner) or org_ids.get(owner)
        if owner and owner_id is None:
            raise SystemExit(f"{office_id}: unknown owner {owner}")
        resolved = []
        for person_name, start, end in holders:
            if person_name not in known_ids:
                raise SystemExit(f"{office_id}: holder {person_name} not in people table")
            resolved.append({"id": known_ids[person_name], "from": start, "to": end})
        records.append({
            "id": office_id, "name": name, "country": owner_id, "heads": list(heads),
            "titles": list(titles), "holders": resolved,
        })
    return records


# -- output -----------------------------------------------------------------------------


def check_ids(records: list[dict]) -> None:
    seen: set[str] = set()
    for record in records:
        if record["id"] in seen:
            raise SystemExit(f"duplicate id {record['id']} ({record['name']})")
        seen.add(record["id"])
        qid = record.get("wikidata")
        if qid is not None and not QID.match(qid):
            raise SystemExit(f"bad QID {qid} for {record['name']}")


def render(records: list[dict]) -> str:
    ordered = sorted(records, key=lambda record: record["id"])
    lines = [json.dumps(compact(record), ensure_ascii=False) for record in ordered]
    return "\n".join(lines) + "\n"


def compact(record: dict) -> dict:
    """Drop empty optional fields so the files stay readable."""
    keep = {"id", "name", "label", "kind", "wikidata", "aliases", "holders", "country"}
    return {key: value for key, value in record.items()
            if key in keep or value not in (None, [], "")}


def write_atomic(path: Path, text: str) -> None:
    handle, temp_name = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(text)
    os.replace(temp_name, path)


def build_all() -> dict[str, str]:
    place_records, iso_to_id = build_places()
    people_records = build_people(iso_to_id)
    org_records = build_organisations(iso_to_id)
    check_ids(place_records + people_records + org_records)
    names_to_ids = {record["name"]: record["id"] for record in people_records}
    org_ids = {record["name"]: record["id"] for record in org_records}
    office_records = build_offices(iso_to_id, names_to_ids, org_ids)
    check_ids([{**record, "wikidata": None} for record in office_records])
    return {
        "places.jsonl": render(place_records),
        "people.jsonl": render(people_records),
        "organisations.jsonl": render(org_records),
        "offices.jsonl": render(office_records),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether files differ")
    args = parser.parse_args()
    outputs = build_all()
    changed = []
    for file_name, text in outputs.items():
        path = OUT_DIR / file_name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            changed.append(file_name)
            if not args.check:
                write_atomic(path, text)
        print(f"{file_name}: {text.count(chr(10))} entries")
    if args.check and changed:
        print("out of date: " + ", ".join(changed))
        return 1
    return 0



# ======================================================================================
# Curated tables. Facts only; German names as German news write them.
# ======================================================================================

# Codes in Babel's list that are not sovereign states (territories, pseudo-regions).
NOT_SOVEREIGN = set(
    "AC AI AQ AS AW AX BL BM BQ BV CC CK CP CW CX DG EA EH EU EZ FK FO GF GG GI GL GP GS GU HK "
    "HM IC IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR QO RE SH SJ SX TA TC TF TK UM UN VG "
    "VI WF XA XB YT ZZ".split()
)


def _sovereign_iso() -> list[str]:
    return sorted(code for code in babel_country_names() if code not in NOT_SOVEREIGN)


class _LazySovereign:
    def __iter__(self):
        return iter(_sovereign_iso())


SOVEREIGN_ISO = _LazySovereign()

C, T = "country", "territory"

# (ISO, QID, name, aliases, adjective stems, demonyms, kind, capital=(name, QID, aliases))
COUNTRIES = [
    ("AD", "Q228", "Andorra", [], ["andorranisch"], ["Andorraner", "Andorranerin"], C,
     ("Andorra la Vella", "Q1863", [])),
    ("AE", "Q878", "Vereinigte Arabische Emirate", ["VAE", "Emirate", "Vereinigten Arabischen Emiraten"],
     ["emiratisch"], ["Emirater", "Emiraterin"], C, ("Abu Dhabi", "Q1519", ["Abu Dabi"])),
    ("AF", "Q889", "Afghanistan", ["Islamisches Emirat Afghanistan"], ["afghanisch"],
     ["Afghane", "Afghanin", "Afghanen"], C, ("Kabul", "Q5838", [])),
    ("AG", "Q781", "Antigua und Barbuda", [], ["antiguanisch"], [], C,
     ("St. John's", "Q36262", ["Saint John's"])),
    ("AL", "Q222", "Albanien", ["Republik Albanien"], ["albanisch"],
     ["Albaner", "Albanerin"], C, ("Tirana", "Q19689", [])),
    ("AM", "Q399", "Armenien", ["Republik Armenien"], ["armenisch"],
     ["Armenier", "Armenierin"], C, ("Eriwan", "Q1953", ["Jerewan", "Yerevan"])),
    ("AO", "Q916", "Angola", [], ["angolanisch"], ["Angolaner", "Angolanerin"], C,
     ("Luanda", "Q3897", [])),
    ("AR", "Q414", "Argentinien", ["Argentinische Republik"], ["argentinisch"],
     ["Argentinier", "Argentinierin"], C, ("Buenos Aires", "Q1486", [])),
    ("AT", "Q40", "Österreich", ["Republik Österreich", "Oesterreich"], ["österreichisch"],
     ["Österreicher", "Österreicherin"], C, ("Wien", "Q1741", ["Vienna"])),
    ("AU", "Q408", "Australien", ["Commonwealth of Australia"], ["australisch"],
     ["Australier", "Australierin"], C, ("Canberra", "Q3114", [])),
    ("AZ", "Q227", "Aserbaidschan", ["Republik Aserbaidschan", "Aserbeidschan"],
     ["aserbaidschanisch", "aserbeidschanisch"], ["Aserbaidschaner", "Aserbaidschanerin"], C,
     ("Baku", "Q9248", [])),
    ("BA", "Q225", "Bosnien und Herzegowina", ["Bosnien-Herzegowina", "Bosnien"],
     ["bosnisch", "bosnisch-herzegowinisch"], ["Bosnier", "Bosnierin"], C,
     ("Sarajevo", "Q11194", ["Sarajewo"])),
    ("BB", "Q244", "Barbados", [], ["barbadisch"], [], C, ("Bridgetown", "Q36168", [])),
    ("BD", "Q902", "Bangladesch", ["Bangladesh", "Volksrepublik Bangladesch"],
     ["bangladeschisch"], ["Bangladescher", "Bangladescherin"], C,
     ("Dhaka", "Q1354", ["Dakka"])),
    ("BE", "Q31", "Belgien", ["Königreich Belgien"], ["belgisch"], ["Belgier", "Belgierin"], C,
     ("Brüssel", "Q239", ["Brussels", "Bruxelles"])),
    ("BF", "Q965", "Burkina Faso", [], ["burkinisch"], [], C, ("Ouagadougou", "Q3777", [])),
    ("BG", "Q219", "Bulgarien", ["Republik Bulgarien"], ["bulgarisch"],
     ["Bulgare", "Bulgarin", "Bulgaren"], C, ("Sofia", "Q472", [])),
    ("BH", "Q398", "Bahrain", ["Königreich Bahrain"], ["bahrainisch"], [], C,
     ("Manama", "Q3882", [])),
    ("BI", "Q967", "Burundi", [], ["burundisch"], [], C, ("Gitega", "Q167551", [])),
    ("BJ", "Q962", "Benin", [], ["beninisch"], [], C, ("Porto-Novo", "Q3799", [])),
    ("BN", "Q921", "Brunei", ["Brunei Darussalam"], ["bruneiisch"], [], C,
     ("Bandar Seri Begawan", "Q9279", [])),
    ("BO", "Q750", "Bolivien", ["Plurinationaler Staat Bolivien"], ["bolivianisch"],
     ["Bolivianer", "Bolivianerin"], C, ("Sucre", "Q2907", [])),
    ("BR", "Q155", "Brasilien", ["Föderative Republik Brasilien"], ["brasilianisch"],
     ["Brasilianer", "Brasilianerin"], C, ("Brasília", "Q2844", ["Brasilia"])),
    ("BS", "Q778", "Bahamas", [], ["bahamaisch"], [], C, ("Nassau", "Q2467", [])),
    ("BT", "Q917", "Bhutan", [], ["bhutanisch"], [], C, ("Thimphu", "Q9270", [])),
    ("BW", "Q963", "Botswana", ["Botsuana"], ["botswanisch", "botsuanisch"], [], C,
     ("Gaborone", "Q3919", [])),
    ("BY", "Q184", "Belarus", ["Weißrussland", "Republik Belarus", "Weissrussland"],
     ["belarussisch", "weißrussisch"], ["Belarusse", "Belarussin", "Weißrusse", "Weißrussin"], C,
     ("Minsk", "Q2280", [])),
    ("BZ", "Q242", "Belize", [], ["belizisch"], [], C, ("Belmopan", "Q3043", [])),
    ("CA", "Q16", "Kanada", ["Canada"], ["kanadisch"], ["Kanadier", "Kanadierin"], C,
     ("Ottawa", "Q1930", [])),
    ("CD", "Q974", "Demokratische Republik Kongo", ["DR Kongo", "Kongo-Kinshasa", "DRK"],
     ["kongolesisch"], [], C, ("Kinshasa", "Q3838", [])),
    ("CF", "Q929", "Zentralafrikanische Republik", ["ZAR"], ["zentralafrikanisch"], [], C,
     ("Bangui", "Q3832", [])),
    ("CG", "Q971", "Republik Kongo", ["Kongo-Brazzaville"], [], [], C,
     ("Brazzaville", "Q3844", [])),
    ("CH", "Q39", "Schweiz", ["Schweizerische Eidgenossenschaft", "Eidgenossenschaft"],
     ["schweizerisch", "schweizer", "eidgenössisch"], ["Schweizer", "Schweizerin"], C,
     ("Bern", "Q70", [])),
    ("CI", "Q1008", "Elfenbeinküste", ["Côte d'Ivoire"], ["ivorisch"],
     ["Ivorer", "Ivorerin"], C, ("Yamoussoukro", "Q3768", [])),
    ("CL", "Q298", "Chile", ["Republik Chile"], ["chilenisch"], ["Chilene", "Chilenin"], C,
     ("Santiago de Chile", "Q2887", [])),
    ("CM", "Q1009", "Kamerun", [], ["kamerunisch"], ["Kameruner", "Kamerunerin"], C,
     ("Yaoundé", "Q3808", ["Jaunde"])),
    ("CN", "Q148", "China", ["Volksrepublik China", "VR China"], ["chinesisch"],
     ["Chinese", "Chinesin", "Chinesen"], C, ("Peking", "Q956", ["Beijing"])),
    ("CO", "Q739", "Kolumbien", ["Republik Kolumbien"], ["kolumbianisch"],
     ["Kolumbianer", "Kolumbianerin"], C, ("Bogotá", "Q2841", ["Bogota"])),
    ("CR", "Q800", "Costa Rica", [], ["costa-ricanisch"], [], C, ("San José", "Q3070", [])),
    ("CU", "Q241", "Kuba", ["Republik Kuba", "Cuba"], ["kubanisch"],
     ["Kubaner", "Kubanerin"], C, ("Havanna", "Q1563", ["Havana"])),
    ("CV", "Q1011", "Kap Verde", ["Cabo Verde", "Kapverden"], ["kapverdisch"], [], C,
     ("Praia", "Q3751", [])),
    ("CY", "Q229", "Zypern", ["Republik Zypern"], ["zyprisch"], ["Zyprer", "Zyprerin"], C,
     ("Nikosia", "Q3856", ["Nicosia"])),
    ("CZ", "Q213", "Tschechien", ["Tschechische Republik"], ["tschechisch"],
     ["Tscheche", "Tschechin", "Tschechen"], C, ("Prag", "Q1085", ["Praha"])),
    ("DE", "Q183", "Deutschland", ["Bundesrepublik Deutschland", "BRD", "Bundesrepublik"],
     ["deutsch", "bundesdeutsch"], ["Deutsche", "Deutscher", "Deutschen"], C,
     ("Berlin", "Q64", [])),
    ("DJ", "Q977", "Dschibuti", ["Djibouti"], ["dschibutisch"], [], C, None),
    ("DK", "Q35", "Dänemark", ["Königreich Dänemark"], ["dänisch"], ["Däne", "Dänin", "Dänen"],
     C, ("Kopenhagen", "Q1748", [])),
    ("DM", "Q784", "Dominica", [], ["dominicanisch"], [], C, ("Roseau", "Q36281", [])),
    ("DO", "Q786", "Dominikanische Republik", [], ["dominikanisch"],
     ["Dominikaner", "Dominikanerin"], C, ("Santo Domingo", "Q34820", [])),
    ("DZ", "Q262", "Algerien", ["Demokratische Volksrepublik Algerien"], ["algerisch"],
     ["Algerier", "Algerierin"], C, ("Algier", "Q3561", [])),
    ("EC", "Q736", "Ecuador", ["Republik Ecuador"], ["ecuadorianisch"],
     ["Ecuadorianer", "Ecuadorianerin"], C, ("Quito", "Q2900", [])),
    ("EE", "Q191", "Estland", ["Republik Estland"], ["estnisch"], ["Este", "Estin", "Esten"], C,
     ("Tallinn", "Q1770", ["Reval"])),
    ("EG", "Q79", "Ägypten", ["Arabische Republik Ägypten"], ["ägyptisch"],
     ["Ägypter", "Ägypterin"], C, ("Kairo", "Q85", ["Cairo"])),
    ("ER", "Q986", "Eritrea", [], ["eritreisch"], ["Eritreer", "Eritreerin"], C,
     ("Asmara", "Q3642", [])),
    ("ES", "Q29", "Spanien", ["Königreich Spanien"], ["spanisch"], ["Spanier", "Spanierin"], C,
     ("Madrid", "Q2807", [])),
    ("ET", "Q115", "Äthiopien", ["Demokratische Bundesrepublik Äthiopien"], ["äthiopisch"],
     ["Äthiopier", "Äthiopierin"], C, ("Addis Abeba", "Q3624", ["Addis Ababa"])),
    ("FI", "Q33", "Finnland", ["Republik Finnland"], ["finnisch"], ["Finne", "Finnin", "Finnen"],
     C, ("Helsinki", "Q1757", [])),
    ("FJ", "Q712", "Fidschi", ["Fiji"], ["fidschianisch"], [], C, ("Suva", "Q38807", [])),
    ("FM", "Q702", "Mikronesien", ["Föderierte Staaten von Mikronesien"], ["mikronesisch"], [],
     C, ("Palikir", "Q42751", [])),
    ("FR", "Q142", "Frankreich", ["Französische Republik"], ["französisch"],
     ["Franzose", "Französin", "Franzosen"], C, ("Paris", "Q90", [])),
    ("GA", "Q1000", "Gabun", [], ["gabunisch"], [], C, ("Libreville", "Q3825", [])),
    ("GB", "Q145", "Großbritannien", ["Vereinigtes Königreich", "UK", "Grossbritannien",
                                       "Vereinigtes Königreich Großbritannien und Nordirland"],
     ["britisch"], ["Brite", "Britin", "Briten"], C, ("London", "Q84", [])),
    ("GD", "Q769", "Grenada", [], ["grenadisch"], [], C, ("St. George's", "Q41547", [])),
    ("GE", "Q230", "Georgien", [], ["georgisch"], ["Georgier", "Georgierin"], C,
     ("Tiflis", "Q994", ["Tbilissi", "Tbilisi"])),
    ("GH", "Q117", "Ghana", ["Republik Ghana"], ["ghanaisch"], ["Ghanaer", "Ghanaerin"], C,
     ("Accra", "Q3761", ["Akkra"])),
    ("GM", "Q1005", "Gambia", [], ["gambisch"], [], C, ("Banjul", "Q3726", [])),
    ("GN", "Q1006", "Guinea", ["Republik Guinea"], ["guineisch"], [], C,
     ("Conakry", "Q3733", ["Konakry"])),
    ("GQ", "Q983", "Äquatorialguinea", [], ["äquatorialguineisch"], [], C,
     ("Malabo", "Q3818", [])),
    ("GR", "Q41", "Griechenland", ["Hellenische Republik"], ["griechisch"],
     ["Grieche", "Griechin", "Griechen"], C, ("Athen", "Q1524", ["Athens"])),
    ("GT", "Q774", "Guatemala", [], ["guatemaltekisch"], [], C,
     ("Guatemala-Stadt", "Q1555", [])),
    ("GW", "Q1007", "Guinea-Bissau", [], ["guinea-bissauisch"], [], C, ("Bissau", "Q3739", [])),
    ("GY", "Q734", "Guyana", [], ["guyanisch"], [], C, ("Georgetown", "Q10717", [])),
    ("HN", "Q783", "Honduras", [], ["honduranisch"], [], C, ("Tegucigalpa", "Q3238", [])),
    ("HR", "Q224", "Kroatien", ["Republik Kroatien"], ["kroatisch"],
     ["Kroate", "Kroatin", "Kroaten"], C, ("Zagreb", "Q1435", ["Agram"])),
    ("HT", "Q790", "Haiti", [], ["haitianisch"], ["Haitianer", "Haitianerin"], C,
     ("Port-au-Prince", "Q34261", [])),
    ("HU", "Q28", "Ungarn", [], ["ungarisch"], ["Ungar", "Ungarin"], C,
     ("Budapest", "Q1781", [])),
    ("ID", "Q252", "Indonesien", ["Republik Indonesien"], ["indonesisch"],
     ["Indonesier", "Indonesierin"], C, ("Jakarta", "Q3630", ["Djakarta"])),
    ("IE", "Q27", "Irland", ["Republik Irland"], ["irisch"], ["Ire", "Irin", "Iren"], C,
     ("Dublin", "Q1761", [])),
    ("IL", "Q801", "Israel", ["Staat Israel"], ["israelisch"], ["Israeli", "Israelis"], C,
     ("Jerusalem", "Q1218", [])),
    ("IN", "Q668", "Indien", ["Republik Indien"], ["indisch"], ["Inder", "Inderin"], C,
     ("Neu-Delhi", "Q987", ["New Delhi", "Neu Delhi"])),
    ("IQ", "Q796", "Irak", ["Republik Irak"], ["irakisch"], ["Iraker", "Irakerin"], C,
     ("Bagdad", "Q1530", ["Baghdad"])),
    ("IR", "Q794", "Iran", ["Islamische Republik Iran", "Persien"], ["iranisch"],
     ["Iraner", "Iranerin"], C, ("Teheran", "Q3616", ["Tehran"])),
    ("IS", "Q189", "Island", ["Republik Island"], ["isländisch"], ["Isländer", "Isländerin"], C,
     ("Reykjavík", "Q1764", ["Reykjavik"])),
    ("IT", "Q38", "Italien", ["Italienische Republik"], ["italienisch"],
     ["Italiener", "Italienerin"], C, ("Rom", "Q220", ["Roma"])),
    ("JM", "Q766", "Jamaika", ["Jamaica"], ["jamaikanisch"], ["Jamaikaner", "Jamaikanerin"], C,
     ("Kingston", "Q34692", [])),
    ("JO", "Q810", "Jordanien", ["Haschemitisches Königreich Jordanien"], ["jordanisch"],
     ["Jordanier", "Jordanierin"], C, ("Amman", "Q3805", [])),
    ("JP", "Q17", "Japan", [], ["japanisch"], ["Japaner", "Japanerin"], C,
     ("Tokio", "Q1490", ["Tokyo"])),
    ("KE", "Q114", "Kenia", ["Kenya", "Republik Kenia"], ["kenianisch"],
     ["Kenianer", "Kenianerin"], C, ("Nairobi", "Q3870", [])),
    ("KG", "Q813", "Kirgisistan", ["Kirgistan", "Kirgisien"], ["kirgisisch"],
     ["Kirgise", "Kirgisin"], C, ("Bischkek", "Q9361", ["Bishkek"])),
    ("KH", "Q424", "Kambodscha", ["Königreich Kambodscha"], ["kambodschanisch"],
     ["Kambodschaner", "Kambodschanerin"], C, ("Phnom Penh", "Q1850", [])),
    ("KI", "Q710", "Kiribati", [], [], [], C, ("South Tarawa", "Q131233", ["Süd-Tarawa"])),
    ("KM", "Q970", "Komoren", [], ["komorisch"], [], C, ("Moroni", "Q3901", [])),
    ("KN", "Q763", "St. Kitts und Nevis", ["Saint Kitts und Nevis"], [], [], C,
     ("Basseterre", "Q41295", [])),
    ("KP", "Q423", "Nordkorea", ["Demokratische Volksrepublik Korea", "DVRK", "DVR Korea",
                                 "Demokratischen Volksrepublik Korea"],
     ["nordkoreanisch"], ["Nordkoreaner", "Nordkoreanerin"], C,
     ("Pjöngjang", "Q18808", ["Pyongyang", "Pjongjang", "Phjöngjang"])),
    ("KR", "Q884", "Südkorea", ["Republik Korea"], ["südkoreanisch"],
     ["Südkoreaner", "Südkoreanerin"], C, ("Seoul", "Q8684", ["Söul"])),
    ("KW", "Q817", "Kuwait", ["Staat Kuwait"], ["kuwaitisch"], ["Kuwaiter", "Kuwaiterin"], C,
     ("Kuwait-Stadt", "Q35178", [])),
    ("KZ", "Q232", "Kasachstan", ["Republik Kasachstan"], ["kasachisch"],
     ["Kasache", "Kasachin", "Kasachen"], C, ("Astana", "Q1520", ["Nur-Sultan"])),
    ("LA", "Q819", "Laos", ["Demokratische Volksrepublik Laos"], ["laotisch"],
     ["Laote", "Laotin"], C, ("Vientiane", "Q9326", [])),
    ("LB", "Q822", "Libanon", ["Libanesische Republik"], ["libanesisch"],
     ["Libanese", "Libanesin", "Libanesen"], C, ("Beirut", "Q3820", [])),
    ("LC", "Q760", "St. Lucia", ["Saint Lucia"], [], [], C, ("Castries", "Q41699", [])),
    ("LI", "Q347", "Liechtenstein", ["Fürstentum Liechtenstein"], ["liechtensteinisch"],
     ["Liechtensteiner", "Liechtensteinerin"], C, ("Vaduz", "Q1844", [])),
    ("LK", "Q854", "Sri Lanka", [], ["sri-lankisch"], ["Sri-Lanker", "Sri-Lankerin"], C,
     ("Sri Jayewardenepura Kotte", "Q41963", ["Kotte"])),
    ("LR", "Q1014", "Liberia", [], ["liberianisch"], ["Liberianer", "Liberianerin"], C,
     ("Monrovia", "Q3748", [])),
    ("LS", "Q1013", "Lesotho", [], ["lesothisch"], [], C, ("Maseru", "Q3909", [])),
    ("LT", "Q37", "Litauen", ["Republik Litauen"], ["litauisch"], ["Litauer", "Litauerin"], C,
     ("Vilnius", "Q216", ["Wilna"])),
    ("LU", "Q32", "Luxemburg", ["Großherzogtum Luxemburg"], ["luxemburgisch"],
     ["Luxemburger", "Luxemburgerin"], C, None),
    ("LV", "Q211", "Lettland", ["Republik Lettland"], ["lettisch"], ["Lette", "Lettin", "Letten"],
     C, ("Riga", "Q1773", [])),
    ("LY", "Q1016", "Libyen", ["Staat Libyen"], ["libysch"], ["Libyer", "Libyerin"], C,
     ("Tripolis", "Q3579", ["Tripoli"])),
    ("MA", "Q1028", "Marokko", ["Königreich Marokko"], ["marokkanisch"],
     ["Marokkaner", "Marokkanerin"], C, ("Rabat", "Q3551", [])),
    ("MC", "Q235", "Monaco", ["Fürstentum Monaco"], ["monegassisch"],
     ["Monegasse", "Monegassin"], C, None),
    ("MD", "Q217", "Moldau", ["Republik Moldau", "Moldawien", "Moldova"],
     ["moldauisch", "moldawisch"], ["Moldauer", "Moldauerin"], C,
     ("Chișinău", "Q21197", ["Chisinau", "Kischinau", "Kischinjow"])),
    ("ME", "Q236", "Montenegro", [], ["montenegrinisch"], ["Montenegriner", "Montenegrinerin"], C,
     ("Podgorica", "Q23564", [])),
    ("MG", "Q1019", "Madagaskar", ["Madagascar"], ["madagassisch"],
     ["Madagasse", "Madagassin"], C, ("Antananarivo", "Q3915", [])),
    ("MH", "Q709", "Marshallinseln", [], ["marshallisch"], [], C, ("Majuro", "Q12919", [])),
    ("MK", "Q221", "Nordmazedonien", ["Republik Nordmazedonien", "Mazedonien"],
     ["nordmazedonisch", "mazedonisch"], ["Nordmazedonier", "Nordmazedonierin"], C,
     ("Skopje", "Q384", [])),
    ("ML", "Q912", "Mali", ["Republik Mali"], ["malisch"], ["Malier", "Malierin"], C,
     ("Bamako", "Q3703", [])),
    ("MM", "Q836", "Myanmar", ["Birma", "Burma"], ["myanmarisch", "birmanisch", "burmesisch"],
     [], C, ("Naypyidaw", "Q37400", ["Naypyitaw", "Naypyidaw"])),
    ("MN", "Q711", "Mongolei", ["Mongolia"], ["mongolisch"], ["Mongole", "Mongolin", "Mongolen"],
     C, ("Ulaanbaatar", "Q23430", ["Ulan Bator", "Ulan-Bator"])),
    ("MR", "Q1025", "Mauretanien", [], ["mauretanisch"], [], C, ("Nouakchott", "Q3688", [])),
    ("MT", "Q233", "Malta", ["Republik Malta"], ["maltesisch"], ["Malteser", "Malteserin"], C,
     ("Valletta", "Q23800", [])),
    ("MU", "Q1027", "Mauritius", [], ["mauritisch"], [], C, ("Port Louis", "Q3929", [])),
    ("MV", "Q826", "Malediven", [], ["maledivisch"], [], C, ("Malé", "Q9347", [])),
    ("MW", "Q1020", "Malawi", [], ["malawisch"], [], C, ("Lilongwe", "Q3876", [])),
    ("MX", "Q96", "Mexiko", ["Vereinigte Mexikanische Staaten", "Mexico"], ["mexikanisch"],
     ["Mexikaner", "Mexikanerin"], C, ("Mexiko-Stadt", "Q1489", ["Mexico City"])),
    ("MY", "Q833", "Malaysia", [], ["malaysisch"], ["Malaysier", "Malaysierin"], C,
     ("Kuala Lumpur", "Q1865", [])),
    ("MZ", "Q1029", "Mosambik", ["Moçambique"], ["mosambikanisch"],
     ["Mosambikaner", "Mosambikanerin"], C, ("Maputo", "Q3889", [])),
    ("NA", "Q1030", "Namibia", ["Republik Namibia"], ["namibisch"], ["Namibier", "Namibierin"], C,
     ("Windhoek", "Q3935", ["Windhuk"])),
    ("NE", "Q1032", "Niger", ["Republik Niger"], ["nigrisch"], ["Nigrer", "Nigrerin"], C,
     ("Niamey", "Q3674", [])),
    ("NG", "Q1033", "Nigeria", ["Bundesrepublik Nigeria"], ["nigerianisch"],
     ["Nigerianer", "Nigerianerin"], C, ("Abuja", "Q3787", [])),
    ("NI", "Q811", "Nicaragua", [], ["nicaraguanisch"], [], C, ("Managua", "Q3274", [])),
    ("NL", "Q55", "Niederlande", ["Holland", "Königreich der Niederlande"], ["niederländisch",
                                                                           "holländisch"],
     ["Niederländer", "Niederländerin", "Holländer", "Holländerin"], C,
     ("Amsterdam", "Q727", [])),
    ("NO", "Q20", "Norwegen", ["Königreich Norwegen"], ["norwegisch"],
     ["Norweger", "Norwegerin"], C, ("Oslo", "Q585", [])),
    ("NP", "Q837", "Nepal", [], ["nepalesisch", "nepalisch"], ["Nepalese", "Nepalesin"], C,
     ("Kathmandu", "Q3037", [])),
    ("NR", "Q697", "Nauru", [], ["nauruisch"], [], C, None),
    ("NZ", "Q664", "Neuseeland", ["New Zealand"], ["neuseeländisch"],
     ["Neuseeländer", "Neuseeländerin"], C, ("Wellington", "Q23661", [])),
    ("OM", "Q842", "Oman", ["Sultanat Oman"], ["omanisch"], ["Omaner", "Omanerin"], C,
     ("Maskat", "Q3826", ["Muscat"])),
    ("PA", "Q804", "Panama", ["Republik Panama"], ["panamaisch", "panamesisch"], [], C,
     ("Panama-Stadt", "Q3306", [])),
    ("PE", "Q419", "Peru", ["Republik Peru"], ["peruanisch"], ["Peruaner", "Peruanerin"], C,
     ("Lima", "Q2868", [])),
    ("PG", "Q691", "Papua-Neuguinea", [], ["papua-neuguineisch"], [], C,
     ("Port Moresby", "Q36526", [])),
    ("PH", "Q928", "Philippinen", ["Republik der Philippinen"], ["philippinisch"],
     ["Philippiner", "Philippinerin", "Filipino", "Filipina"], C, ("Manila", "Q1461", [])),
    ("PK", "Q843", "Pakistan", ["Islamische Republik Pakistan"], ["pakistanisch"],
     ["Pakistaner", "Pakistanerin"], C, ("Islamabad", "Q1362", [])),
    ("PL", "Q36", "Polen", ["Republik Polen"], ["polnisch"], ["Pole", "Polin"], C,
     ("Warschau", "Q270", ["Warszawa"])),
    ("PS", "Q219060", "Palästina", ["Staat Palästina", "Palästinensische Gebiete",
                                    "Palästinensergebiete"],
     ["palästinensisch"], ["Palästinenser", "Palästinenserin"], C, None),
    ("PT", "Q45", "Portugal", ["Portugiesische Republik"], ["portugiesisch"],
     ["Portugiese", "Portugiesin", "Portugiesen"], C, ("Lissabon", "Q597", ["Lisboa"])),
    ("PW", "Q695", "Palau", [], ["palauisch"], [], C, ("Ngerulmud", "Q515229", [])),
    ("PY", "Q733", "Paraguay", [], ["paraguayisch"], ["Paraguayer", "Paraguayerin"], C,
     ("Asunción", "Q2933", ["Asuncion"])),
    ("QA", "Q846", "Katar", ["Qatar", "Emirat Katar"], ["katarisch"], ["Katarer", "Katarerin"], C,
     ("Doha", "Q3861", [])),
    ("RO", "Q218", "Rumänien", [], ["rumänisch"], ["Rumäne", "Rumänin", "Rumänen"], C,
     ("Bukarest", "Q19660", ["Bucharest"])),
    ("RS", "Q403", "Serbien", ["Republik Serbien"], ["serbisch"], ["Serbe", "Serbin", "Serben"], C,
     ("Belgrad", "Q3711", ["Beograd"])),
    ("RU", "Q159", "Russland", ["Russische Föderation", "Russländische Föderation"],
     ["russisch"], ["Russe", "Russin", "Russen"], C, ("Moskau", "Q649", ["Moskwa", "Moscow"])),
    ("RW", "Q1037", "Ruanda", ["Rwanda"], ["ruandisch"], ["Ruander", "Ruanderin"], C,
     ("Kigali", "Q3859", [])),
    ("SA", "Q851", "Saudi-Arabien", ["Königreich Saudi-Arabien"], ["saudi-arabisch", "saudisch"],
     ["Saudi", "Saudis"], C, ("Riad", "Q3692", ["Riyadh", "Er-Riad"])),
    ("SB", "Q685", "Salomonen", ["Salomon-Inseln"], ["salomonisch"], [], C,
     ("Honiara", "Q40921", [])),
    ("SC", "Q1042", "Seychellen", [], ["seychellisch"], [], C, None),
    ("SD", "Q1049", "Sudan", ["Republik Sudan"], ["sudanesisch"],
     ["Sudanese", "Sudanesin", "Sudanesen"], C, ("Khartum", "Q1963", ["Khartoum"])),
    ("SE", "Q34", "Schweden", ["Königreich Schweden"], ["schwedisch"],
     ["Schwede", "Schwedin"], C, ("Stockholm", "Q1754", [])),
    ("SG", "Q334", "Singapur", ["Republik Singapur", "Singapore"], ["singapurisch"],
     ["Singapurer", "Singapurerin"], C, ("Singapur", "Q334", [])),
    ("SI", "Q215", "Slowenien", ["Republik Slowenien"], ["slowenisch"],
     ["Slowene", "Slowenin", "Slowenen"], C, ("Ljubljana", "Q437", ["Laibach"])),
    ("SK", "Q214", "Slowakei", ["Slowakische Republik"], ["slowakisch"],
     ["Slowake", "Slowakin", "Slowaken"], C, ("Bratislava", "Q1780", ["Pressburg"])),
    ("SL", "Q1044", "Sierra Leone", [], ["sierra-leonisch"], [], C, ("Freetown", "Q3780", [])),
    ("SM", "Q238", "San Marino", [], ["san-marinesisch"], [], C, None),
    ("SN", "Q1041", "Senegal", ["Republik Senegal"], ["senegalesisch"],
     ["Senegalese", "Senegalesin"], C, ("Dakar", "Q3718", [])),
    ("SO", "Q1045", "Somalia", [], ["somalisch"], ["Somalier", "Somalierin"], C,
     ("Mogadischu", "Q2449", ["Mogadishu"])),
    ("SR", "Q730", "Suriname", ["Surinam"], ["surinamisch"], [], C, ("Paramaribo", "Q3001", [])),
    ("SS", "Q958", "Südsudan", ["Republik Südsudan"], ["südsudanesisch"], [], C,
     ("Juba", "Q1947", ["Dschuba"])),
    ("ST", "Q1039", "São Tomé und Príncipe", ["Sao Tome und Principe"], [], [], C,
     ("São Tomé", "Q3932", ["Sao Tome"])),
    ("SV", "Q792", "El Salvador", [], ["salvadorianisch"], [], C,
     ("San Salvador", "Q3110", [])),
    ("SY", "Q858", "Syrien", ["Arabische Republik Syrien"], ["syrisch"], ["Syrer", "Syrerin"], C,
     ("Damaskus", "Q3766", ["Damascus"])),
    ("SZ", "Q1050", "Eswatini", ["Swasiland"], ["eswatinisch", "swasiländisch"], [], C,
     ("Mbabane", None, [])),
    ("TD", "Q657", "Tschad", ["Republik Tschad"], ["tschadisch"], [], C,
     ("N'Djamena", "Q3659", ["N’Djamena"])),
    ("TG", "Q945", "Togo", [], ["togoisch", "togolesisch"], [], C, ("Lomé", "Q3792", ["Lome"])),
    ("TH", "Q869", "Thailand", ["Königreich Thailand"], ["thailändisch"],
     ["Thailänder", "Thailänderin"], C, ("Bangkok", "Q1861", [])),
    ("TJ", "Q863", "Tadschikistan", [], ["tadschikisch"], ["Tadschike", "Tadschikin"], C,
     ("Duschanbe", "Q9365", ["Dushanbe"])),
    ("TL", "Q574", "Osttimor", ["Timor-Leste"], ["osttimoresisch"], [], C, ("Dili", "Q9310", [])),
    ("TM", "Q874", "Turkmenistan", [], ["turkmenisch"], ["Turkmene", "Turkmenin"], C,
     ("Aschgabat", "Q23438", ["Ashgabat"])),
    ("TN", "Q948", "Tunesien", ["Tunesische Republik"], ["tunesisch"], ["Tunesier", "Tunesierin"],
     C, ("Tunis", "Q3572", [])),
    ("TO", "Q678", "Tonga", [], ["tongaisch"], [], C, ("Nukuʻalofa", "Q38834", ["Nuku'alofa"])),
    ("TR", "Q43", "Türkei", ["Türkiye", "Republik Türkei"], ["türkisch"],
     ["Türke", "Türkin", "Türken"], C, ("Ankara", "Q3640", [])),
    ("TT", "Q754", "Trinidad und Tobago", [], ["trinidadisch"], [], C,
     ("Port of Spain", "Q39178", [])),
    ("TV", "Q672", "Tuvalu", [], ["tuvaluisch"], [], C, ("Funafuti", "Q34126", [])),
    ("TW", "Q865", "Taiwan", ["Republik China"], ["taiwanisch"], ["Taiwaner", "Taiwanerin"], C,
     ("Taipeh", "Q1867", ["Taipei"])),
    ("TZ", "Q924", "Tansania", ["Vereinigte Republik Tansania", "Tanzania"], ["tansanisch"],
     ["Tansanier", "Tansanierin"], C, ("Dodoma", "Q3866", [])),
    ("UA", "Q212", "Ukraine", [], ["ukrainisch"], ["Ukrainer", "Ukrainerin"], C,
     ("Kiew", "Q1899", ["Kyjiw", "Kyiv", "Kiev", "Kijew"])),
    ("UG", "Q1036", "Uganda", ["Republik Uganda"], ["ugandisch"], ["Ugander", "Uganderin"], C,
     ("Kampala", "Q3894", [])),
    ("US", "Q30", "USA", ["Vereinigte Staaten", "Vereinigte Staaten von Amerika", "US",
                          "Vereinigten Staaten", "Vereinigten Staaten von Amerika", "U.S.A."],
     ["us-amerikanisch", "amerikanisch"], ["US-Amerikaner", "US-Amerikanerin", "Amerikaner",
                                           "Amerikanerin"], C,
     ("Washington", "Q61", ["Washington, D.C.", "Washington D.C."])),
    ("UY", "Q77", "Uruguay", [], ["uruguayisch"], ["Uruguayer", "Uruguayerin"], C,
     ("Montevideo", "Q1335", [])),
    ("UZ", "Q265", "Usbekistan", ["Republik Usbekistan"], ["usbekisch"],
     ["Usbeke", "Usbekin", "Usbeken"], C, ("Taschkent", "Q269", ["Tashkent"])),
    ("VA", "Q237", "Vatikan", ["Vatikanstadt", "Heiliger Stuhl", "Staat der Vatikanstadt"],
     ["vatikanisch"], [], C, None),
    ("VC", "Q757", "St. Vincent und die Grenadinen", [], [], [], C, ("Kingstown", "Q41474", [])),
    ("VE", "Q717", "Venezuela", ["Bolivarische Republik Venezuela"], ["venezolanisch"],
     ["Venezolaner", "Venezolanerin"], C, ("Caracas", "Q1533", [])),
    ("VN", "Q881", "Vietnam", ["Sozialistische Republik Vietnam", "Viet Nam"], ["vietnamesisch"],
     ["Vietnamese", "Vietnamesin", "Vietnamesen"], C, ("Hanoi", "Q1858", ["Ha Noi"])),
    ("VU", "Q686", "Vanuatu", [], ["vanuatuisch"], [], C, ("Port Vila", "Q37806", [])),
    ("WS", "Q683", "Samoa", [], ["samoanisch"], [], C, ("Apia", "Q36260", [])),
    ("XK", "Q1246", "Kosovo", ["Republik Kosovo"], ["kosovarisch", "kosovo-albanisch"],
     ["Kosovare", "Kosovarin", "Kosovaren"], C, ("Pristina", None, ["Priština", "Prishtina"])),
    ("YE", "Q805", "Jemen", ["Republik Jemen"], ["jemenitisch"], ["Jemenit", "Jemenitin"], C,
     ("Sanaa", None, ["Sana'a", "Sanaʿa"])),
    ("ZA", "Q258", "Südafrika", ["Republik Südafrika"], ["südafrikanisch"],
     ["Südafrikaner", "Südafrikanerin"], C, ("Pretoria", None, ["Tshwane"])),
    ("ZM", "Q953", "Sambia", ["Zambia"], ["sambisch"], ["Sambier", "Sambierin"], C,
     ("Lusaka", "Q3881", [])),
    ("ZW", "Q954", "Simbabwe", ["Zimbabwe"], ["simbabwisch"], ["Simbabwer", "Simbabwerin"], C,
     ("Harare", "Q3921", [])),
    # Territories and parts of countries that make news on their own.
    ("GL", "Q223", "Grönland", ["Kalaallit Nunaat"], ["grönländisch"],
     ["Grönländer", "Grönländerin"], T, ("Nuuk", None, [])),
    ("HK", "Q8646", "Hongkong", ["Hong Kong", "Sonderverwaltungszone Hongkong"],
     ["hongkonger", "hongkongisch"], [], T, None),
    ("MO", "Q14773", "Macau", ["Macao"], [], [], T, None),
    ("PR", "Q1183", "Puerto Rico", [], ["puerto-ricanisch"], [], T, ("San Juan", None, [])),
    ("EH", "Q6250", "Westsahara", [], ["westsaharisch"], [], T, None),
    ("FO", "Q4628", "Färöer", ["Färöer-Inseln", "Färöer Inseln"], ["färöisch"], [], T, None),
    ("GI", None, "Gibraltar", [], [], [], T, None),
    ("NC", None, "Neukaledonien", [], ["neukaledonisch"], [], T, None),
    ("PF", None, "Französisch-Polynesien", [], [], [], T, None),
    ("GU", None, "Guam", [], [], [], T, None),
    ("AW", "Q21203", "Aruba", [], [], [], T, None),
    ("FK", None, "Falklandinseln", ["Falklands", "Malwinen"], [], [], T, None),
    ("BM", None, "Bermuda", ["Bermudas"], [], [], T, None),
    ("KY", None, "Kaimaninseln", ["Cayman Islands", "Caymaninseln"], [], [], T, None),
]

# Cities beyond the capitals: (ISO, name, QID, aliases)
CITIES = [
    # Germany: Landeshauptstädte and the big cities
    ("DE", "Hamburg", "Q1055", ["Freie und Hansestadt Hamburg"]),
    ("DE", "München", "Q1726", ["Munich", "Muenchen"]),
    ("DE", "Köln", "Q365", ["Koeln", "Cologne"]),
    ("DE", "Frankfurt am Main", "Q1794", ["Frankfurt", "Frankfurt/Main", "Frankfurt a. M."]),
    ("DE", "Stuttgart", "Q1022", []),
    ("DE", "Düsseldorf", "Q1718", ["Duesseldorf"]),
    ("DE", "Leipzig", "Q2079", []),
    ("DE", "Dortmund", "Q1295", []),
    ("DE", "Bremen", "Q24879", []),
    ("DE", "Dresden", "Q1731", []),
    ("DE", "Hannover", "Q1715", ["Hanover"]),
    ("DE", "Nürnberg", "Q2090", ["Nuernberg"]),
    ("DE", "Duisburg", "Q2100", []),
    ("DE", "Bochum", "Q2103", []),
    ("DE", "Wuppertal", "Q2107", []),
    ("DE", "Bielefeld", "Q2112", []),
    ("DE", "Bonn", "Q586", []),
    ("DE", "Münster", "Q2742", []),
    ("DE", "Mannheim", "Q2119", []),
    ("DE", "Karlsruhe", "Q1040", []),
    ("DE", "Augsburg", "Q2749", []),
    ("DE", "Wiesbaden", "Q1721", []),
    ("DE", "Mainz", "Q1720", []),
    ("DE", "Kiel", "Q1707", []),
    ("DE", "Schwerin", "Q1709", []),
    ("DE", "Magdeburg", "Q1733", []),
    ("DE", "Potsdam", "Q1711", []),
    ("DE", "Erfurt", "Q1729", []),
    ("DE", "Saarbrücken", "Q1724", []),
    ("DE", "Halle (Saale)", "Q2814", ["Halle an der Saale"]),
    ("DE", "Chemnitz", "Q2795", []),
    ("DE", "Braunschweig", "Q2773", []),
    ("DE", "Aachen", "Q1017", []),
    ("DE", "Freiburg im Breisgau", "Q2833", ["Freiburg"]),
    ("DE", "Heidelberg", "Q2966", []),
    ("DE", "Rostock", None, []),
    ("DE", "Lübeck", None, []),
    ("DE", "Regensburg", None, []),
    ("DE", "Würzburg", None, []),
    ("DE", "Kassel", None, []),
    ("DE", "Jena", None, []),
    ("DE", "Weimar", None, []),
    ("DE", "Trier", None, []),
    ("DE", "Koblenz", None, []),
    ("DE", "Gelsenkirchen", None, []),
    ("DE", "Ingolstadt", None, []),
    ("DE", "Wolfsburg", None, []),
    ("DE", "Cottbus", None, []),
    ("DE", "Frankfurt (Oder)", None, ["Frankfurt an der Oder"]),
    ("DE", "Göttingen", None, []),
    ("DE", "Osnabrück", None, []),
    ("DE", "Oldenburg", None, []),
    ("DE", "Ulm", None, []),
    ("DE", "Ramstein-Miesenbach", None, ["Ramstein"]),
    # Austria, Switzerland
    ("AT", "Salzburg", "Q34713", []),
    ("AT", "Graz", "Q13298", []),
    ("AT", "Linz", "Q41329", []),
    ("AT", "Innsbruck", "Q1735", []),
    ("AT", "Klagenfurt", None, ["Klagenfurt am Wörthersee"]),
    ("AT", "St. Pölten", None, ["Sankt Pölten"]),
    ("AT", "Bregenz", None, []),
    ("AT", "Eisenstadt", None, []),
    ("CH", "Zürich", "Q72", ["Zurich", "Zuerich"]),
    ("CH", "Genf", "Q71", ["Genève", "Geneva"]),
    ("CH", "Basel", "Q78", []),
    ("CH", "Lausanne", "Q807", []),
    ("CH", "Luzern", "Q4191", []),
    ("CH", "Davos", None, []),
    ("CH", "St. Gallen", None, ["Sankt Gallen"]),
    # Europe
    ("FR", "Marseille", "Q23482", ["Marseilles"]),
    ("FR", "Lyon", "Q456", []),
    ("FR", "Straßburg", "Q6602", ["Strasbourg", "Strassburg"]),
    ("FR", "Bordeaux", "Q1479", []),
    ("FR", "Toulouse", "Q7880", []),
    ("FR", "Nizza", "Q33959", ["Nice"]),
    ("IT", "Mailand", "Q490", ["Milano"]),
    ("IT", "Neapel", "Q2634", ["Napoli"]),
    ("IT", "Venedig", "Q641", ["Venezia"]),
    ("IT", "Florenz", "Q2044", ["Firenze"]),
    ("IT", "Turin", "Q495", ["Torino"]),
    ("IT", "Genua", "Q1449", ["Genova"]),
    ("ES", "Barcelona", "Q1492", []),
    ("ES", "Sevilla", "Q8717", []),
    ("ES", "Valencia", None, []),
    ("GB", "Manchester", "Q18125", []),
    ("GB", "Liverpool", "Q24826", []),
    ("GB", "Birmingham", "Q2256", []),
    ("GB", "Edinburgh", "Q23436", []),
    ("GB", "Glasgow", "Q4093", []),
    ("GB", "Belfast", "Q10686", []),
    ("GB", "Cardiff", "Q10690", []),
    ("NL", "Rotterdam", "Q34370", []),
    ("NL", "Den Haag", "Q36600", ["Haag", "The Hague"]),
    ("BE", "Antwerpen", "Q12892", ["Antwerp"]),
    ("PL", "Krakau", "Q31487", ["Kraków", "Krakow"]),
    ("PL", "Danzig", "Q1792", ["Gdańsk", "Gdansk"]),
    ("PL", "Breslau", "Q1799", ["Wrocław", "Wroclaw"]),
    ("PL", "Rzeszów", None, ["Rzeszow"]),
    ("CZ", "Brünn", "Q14960", ["Brno"]),
    ("GR", "Thessaloniki", "Q17151", ["Saloniki"]),
    ("TR", "Istanbul", "Q406", ["İstanbul"]),
    ("TR", "Izmir", "Q35997", ["İzmir"]),
    # Ukraine, Russia and neighbours
    ("UA", "Charkiw", "Q42308", ["Charkow", "Kharkiv", "Kharkov"]),
    ("UA", "Odessa", "Q1874", ["Odesa"]),
    ("UA", "Lwiw", "Q36036", ["Lemberg", "Lviv", "Lwow"]),
    ("UA", "Dnipro", None, ["Dnipropetrowsk"]),
    ("UA", "Donezk", None, ["Donetsk", "Donezk-Stadt"]),
    ("UA", "Luhansk", None, ["Lugansk"]),
    ("UA", "Mariupol", None, []),
    ("UA", "Saporischschja", None, ["Zaporizhzhia", "Saporoschje"]),
    ("UA", "Cherson", None, ["Kherson"]),
    ("UA", "Bachmut", None, ["Artjomowsk"]),
    ("UA", "Butscha", None, ["Bucha"]),
    ("UA", "Sewastopol", "Q7525", ["Sevastopol"]),
    ("UA", "Simferopol", None, []),
    ("RU", "Sankt Petersburg", "Q656", ["St. Petersburg", "Petersburg", "Leningrad"]),
    ("RU", "Wladiwostok", "Q959", ["Vladivostok"]),
    ("RU", "Nowosibirsk", "Q883", ["Novosibirsk"]),
    ("RU", "Jekaterinburg", "Q887", ["Yekaterinburg"]),
    ("RU", "Kasan", "Q900", ["Kazan"]),
    ("RU", "Kaliningrad", "Q1829", ["Königsberg"]),
    ("RU", "Wolgograd", "Q914", ["Stalingrad"]),
    ("RU", "Nischni Nowgorod", "Q891", []),
    ("RU", "Sotschi", None, ["Sochi"]),
    ("RU", "Murmansk", None, []),
    ("RU", "Chabarowsk", None, ["Khabarovsk"]),
    ("RU", "Grosny", None, ["Grozny"]),
    ("RU", "Belgorod", None, []),
    ("RU", "Kursk", None, []),
    ("RU", "Wostotschny", None, ["Kosmodrom Wostotschny"]),
    # Asia
    ("CN", "Shanghai", "Q8686", ["Schanghai"]),
    ("CN", "Chongqing", "Q11725", ["Tschungking"]),
    ("CN", "Kanton", "Q16572", ["Guangzhou"]),
    ("CN", "Shenzhen", "Q15174", []),
    ("CN", "Wuhan", "Q11746", []),
    ("CN", "Chengdu", "Q30002", []),
    ("CN", "Tianjin", "Q11736", ["Tientsin"]),
    ("CN", "Xi'an", "Q5826", ["Xian"]),
    ("CN", "Nanjing", "Q16666", ["Nanking"]),
    ("CN", "Hangzhou", "Q4970", []),
    ("CN", "Harbin", "Q42956", []),
    ("CN", "Qingdao", "Q170322", ["Tsingtau"]),
    ("CN", "Dalian", "Q74881", []),
    ("CN", "Shenyang", "Q11720", []),
    ("CN", "Kunming", "Q182852", []),
    ("CN", "Dandong", None, []),
    ("JP", "Osaka", "Q35765", ["Ōsaka"]),
    ("JP", "Kyoto", "Q34600", ["Kioto"]),
    ("JP", "Hiroshima", "Q34664", []),
    ("JP", "Nagasaki", "Q38234", []),
    ("JP", "Yokohama", "Q38283", []),
    ("JP", "Fukushima", None, []),
    ("JP", "Okinawa", None, []),
    ("KR", "Busan", "Q16520", ["Pusan"]),
    ("KR", "Incheon", "Q20934", []),
    ("KP", "Kaesong", None, ["Kaesŏng"]),
    ("KP", "Wonsan", None, []),
    ("KP", "Sinuiju", None, ["Sinŭiju"]),
    ("KP", "Panmunjom", None, ["Panmunjeom", "Panmundschom"]),
    ("KP", "Yongbyon", None, ["Nyŏngbyŏn"]),
    ("VN", "Ho-Chi-Minh-Stadt", "Q1854", ["Saigon", "Ho Chi Minh City"]),
    ("VN", "Da Nang", None, ["Đà Nẵng"]),
    ("IN", "Mumbai", "Q1156", ["Bombay"]),
    ("IN", "Delhi", "Q1353", []),
    ("IN", "Bangalore", "Q1355", ["Bengaluru"]),
    ("IN", "Chennai", "Q1352", ["Madras"]),
    ("IN", "Hyderabad", "Q1361", []),
    ("IN", "Kalkutta", "Q1348", ["Kolkata"]),
    ("IN", "Ahmedabad", "Q1070", []),
    ("PK", "Karatschi", "Q8660", ["Karachi"]),
    ("PK", "Lahore", "Q11739", []),
    ("MM", "Rangun", "Q37995", ["Yangon"]),
    ("AE", "Dubai", "Q612", []),
    ("IL", "Tel Aviv", "Q33935", ["Tel Aviv-Jaffa", "Tel Aviv-Yafo"]),
    ("IL", "Haifa", "Q41621", []),
    ("PS", "Gaza-Stadt", None, ["Gaza City"]),
    ("PS", "Ramallah", None, []),
    ("PS", "Rafah", None, []),
    ("PS", "Chan Junis", None, ["Khan Younis"]),
    ("SY", "Aleppo", "Q41183", []),
    ("SY", "Homs", None, []),
    ("SY", "Idlib", None, []),
    ("IQ", "Mossul", None, ["Mosul"]),
    ("IQ", "Basra", None, []),
    ("IQ", "Erbil", None, ["Arbil"]),
    ("AF", "Kandahar", None, []),
    ("AF", "Herat", None, []),
    ("IR", "Isfahan", None, []),
    ("SA", "Dschidda", None, ["Jeddah", "Dschidda"]),
    ("SA", "Mekka", None, ["Mecca"]),
    ("LK", "Colombo", None, []),
    # Africa
    ("EG", "Alexandria", "Q87", []),
    ("EG", "Gizeh", "Q81788", ["Giza"]),
    ("EG", "Scharm el-Scheich", None, ["Sharm el-Sheikh"]),
    ("MA", "Casablanca", "Q7903", []),
    ("MA", "Marrakesch", "Q101625", ["Marrakech"]),
    ("NG", "Lagos", "Q8673", []),
    ("ZA", "Johannesburg", "Q34647", []),
    ("ZA", "Kapstadt", "Q5465", ["Cape Town"]),
    ("ZA", "Durban", None, []),
    ("KE", "Mombasa", None, []),
    ("TZ", "Daressalam", None, ["Dar es Salaam"]),
    ("CD", "Goma", None, []),
    ("CI", "Abidjan", None, []),
    ("LY", "Bengasi", None, ["Benghazi"]),
    ("SD", "Port Sudan", None, []),
    # Americas
    ("US", "New York", "Q60", ["New York City", "NYC"]),
    ("US", "Los Angeles", "Q65", []),
    ("US", "Chicago", "Q1297", []),
    ("US", "San Francisco", "Q62", []),
    ("US", "Boston", "Q100", []),
    ("US", "Miami", "Q8652", []),
    ("US", "Houston", "Q16555", []),
    ("US", "Seattle", "Q5083", []),
    ("US", "Las Vegas", "Q23768", []),
    ("US", "Atlanta", "Q23556", []),
    ("US", "Philadelphia", "Q1345", []),
    ("US", "Detroit", "Q12439", []),
    ("US", "New Orleans", "Q34404", []),
    ("US", "Dallas", "Q16557", []),
    ("US", "Palm Beach", None, []),
    ("US", "Camp David", None, []),
    ("US", "Anchorage", None, []),
    ("US", "Honolulu", None, []),
    ("US", "Pearl Harbor", None, []),
    ("CA", "Toronto", "Q172", []),
    ("CA", "Montreal", "Q340", ["Montréal"]),
    ("CA", "Vancouver", "Q24639", []),
    ("AU", "Sydney", "Q3130", []),
    ("AU", "Melbourne", "Q3141", []),
    ("BR", "São Paulo", "Q174", ["Sao Paulo"]),
    ("BR", "Rio de Janeiro", "Q8678", []),
    ("CO", "Medellín", None, ["Medellin"]),
    ("MX", "Guadalajara", None, []),
    ("MX", "Tijuana", None, []),
    ("BO", "La Paz", None, []),
    ("CU", "Guantánamo", None, ["Guantanamo", "Guantanamo Bay"]),
]

# (name, QID, aliases, adjective stems)
GERMAN_STATES = [
    ("Baden-Württemberg", "Q985", ["Baden-Wuerttemberg"], ["baden-württembergisch"]),
    ("Bayern", "Q980", ["Freistaat Bayern"], ["bayerisch"]),
    ("Berlin", "Q64", [], []),
    ("Brandenburg", "Q1208", [], ["brandenburgisch"]),
    ("Freie Hansestadt Bremen", "Q1209", ["Land Bremen"], []),
    ("Hamburg", "Q1055", [], []),
    ("Hessen", "Q1199", [], ["hessisch"]),
    ("Mecklenburg-Vorpommern", "Q1196", [], ["mecklenburg-vorpommersch"]),
    ("Niedersachsen", "Q1197", [], ["niedersächsisch"]),
    ("Nordrhein-Westfalen", "Q1198", ["NRW"], ["nordrhein-westfälisch"]),
    ("Rheinland-Pfalz", "Q1200", [], ["rheinland-pfälzisch"]),
    ("Saarland", "Q1201", [], ["saarländisch"]),
    ("Sachsen", "Q1202", ["Freistaat Sachsen"], ["sächsisch"]),
    ("Sachsen-Anhalt", "Q1206", [], []),
    ("Schleswig-Holstein", "Q1194", [], ["schleswig-holsteinisch"]),
    ("Thüringen", "Q1205", ["Freistaat Thüringen"], ["thüringisch"]),
]
GERMAN_STATES = [(*row, "DE") for row in GERMAN_STATES]

# (name, QID, aliases, adjective stems, ISO of the country it lies in)
REGIONS = [
    ("Nahost", "Q7204", ["Naher Osten", "Nahen Osten", "Mittlerer Osten"], ["nahöstlich"], None),
    ("Lateinamerika", "Q12585", [], ["lateinamerikanisch"], None),
    ("Balkan", None, ["Westbalkan", "Balkanhalbinsel"], [], None),
    ("Ferner Osten", None, ["Fernen Osten", "Fernost"], ["fernöstlich"], None),
    ("Südpazifik", None, [], [], None),
    ("Kaukasus", None, ["Südkaukasus"], ["kaukasisch"], None),
    ("Baltikum", None, ["baltische Staaten"], ["baltisch"], None),
    ("Skandinavien", None, [], ["skandinavisch"], None),
    ("Sahelzone", None, ["Sahel"], [], None),
    ("Maghreb", None, [], [], None),
    ("Zentralasien", None, [], ["zentralasiatisch"], None),
    ("Südostasien", None, [], ["südostasiatisch"], None),
    ("Ostasien", None, [], ["ostasiatisch"], None),
    ("Osteuropa", None, [], ["osteuropäisch"], None),
    ("Westeuropa", None, [], ["westeuropäisch"], None),
    ("Mitteleuropa", None, [], ["mitteleuropäisch"], None),
    ("Indopazifik", None, ["Indo-Pazifik"], ["indopazifisch"], None),
    ("Arktis", None, [], ["arktisch"], None),
    ("Koreanische Halbinsel", None, ["Korea"], [], None),
    ("Krim", "Q7835", ["Halbinsel Krim"], [], "UA"),
    ("Donbass", None, ["Donbas", "Donezbecken"], [], "UA"),
    ("Gazastreifen", None, ["Gaza"], [], "PS"),
    ("Westjordanland", None, ["Westbank", "Westjordanlands"], [], "PS"),
    ("Golanhöhen", None, ["Golan"], [], "SY"),
    ("Kaschmir", None, [], [], None),
    ("Tibet", None, [], ["tibetisch"], "CN"),
    ("Xinjiang", None, ["Sinkiang"], [], "CN"),
    ("Sibirien", None, [], ["sibirisch"], "RU"),
    ("Tschetschenien", None, [], ["tschetschenisch"], "RU"),
    ("Transnistrien", None, [], ["transnistrisch"], "MD"),
    ("Abchasien", None, [], ["abchasisch"], "GE"),
    ("Südossetien", None, [], ["südossetisch"], "GE"),
    ("Bergkarabach", None, ["Berg-Karabach", "Nagorny Karabach"], [], "AZ"),
    ("Kurdistan", None, [], ["kurdisch"], None),
    ("Darfur", None, [], [], "SD"),
    ("England", "Q21", [], ["englisch"], "GB"),
    ("Schottland", "Q22", [], ["schottisch"], "GB"),
    ("Wales", "Q25", [], ["walisisch"], "GB"),
    ("Nordirland", "Q26", [], ["nordirisch"], "GB"),
    ("Kalifornien", None, ["California"], ["kalifornisch"], "US"),
    ("Texas", None, [], ["texanisch"], "US"),
    ("Florida", None, [], [], "US"),
    ("Alaska", None, [], [], "US"),
    ("Hawaii", None, [], [], "US"),
    ("Südtirol", None, [], ["südtiroler"], "IT"),
    ("Katalonien", None, [], ["katalanisch"], "ES"),
    ("Silicon Valley", None, [], [], "US"),
    ("Demilitarisierte Zone", None, ["DMZ"], [], None),
]

# (name, QID, aliases, adjective stems)
CONTINENTS = [
    ("Europa", "Q46", [], ["europäisch"]),
    ("Asien", "Q48", [], ["asiatisch"]),
    ("Afrika", "Q15", [], ["afrikanisch"]),
    ("Nordamerika", "Q49", [], ["nordamerikanisch"]),
    ("Südamerika", "Q18", [], ["südamerikanisch"]),
    ("Amerika", "Q828", ["Amerikas"], []),
    ("Antarktis", "Q51", ["Antarktika"], ["antarktisch"]),
    ("Ozeanien", None, [], ["ozeanisch"]),
]

# (name, QID, aliases)
SEAS = [
    ("Pazifik", "Q98", ["Pazifischer Ozean", "Stiller Ozean", "Pazifischen Ozean",
                        "Stillen Ozean"]),
    ("Atlantik", "Q97", ["Atlantischer Ozean"]),
    ("Indischer Ozean", "Q1239", ["Indik"]),
    ("Arktischer Ozean", "Q788", ["Nordpolarmeer", "Arktischen Ozean"]),
    ("Südpolarmeer", "Q7354", ["Südlicher Ozean"]),
    ("Mittelmeer", "Q4918", []),
    ("Schwarzes Meer", "Q166", []),
    ("Ostsee", "Q545", []),
    ("Nordsee", "Q1693", []),
    ("Rotes Meer", "Q23406", []),
    ("Kaspisches Meer", "Q5484", []),
    ("Südchinesisches Meer", "Q37660", []),
    ("Ostchinesisches Meer", None, []),
    ("Gelbes Meer", None, []),
    ("Japanisches Meer", None, ["Ostmeer"]),
    ("Ochotskisches Meer", None, []),
    ("Asowsches Meer", None, []),
    ("Adria", None, ["Adriatisches Meer"]),
    ("Ägäis", None, ["Ägäisches Meer"]),
    ("Karibik", None, ["Karibisches Meer"]),
    ("Persischer Golf", None, []),
    ("Golf von Aden", None, []),
    ("Golf von Mexiko", None, ["Golf von Amerika"]),
    ("Beringstraße", None, []),
    ("Straße von Hormus", None, []),
    ("Taiwanstraße", None, ["Straße von Taiwan"]),
    ("Ärmelkanal", None, []),
    ("Bosporus", None, []),
    ("Suezkanal", None, []),
    ("Panamakanal", None, []),
    ("Nordpol", None, []),
    ("Südpol", None, []),
]

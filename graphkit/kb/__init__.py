"""graphkit's knowledge base: gazetteers of places, people, organisations and named things,
and the offices with their holders over time (data files in ``kb/data/``)."""

from graphkit.kb.gazetteer import Gazetteer, GazetteerEntry, Office, OfficeHolder, load_gazetteer

__all__ = ["Gazetteer", "GazetteerEntry", "Office", "OfficeHolder", "load_gazetteer"]

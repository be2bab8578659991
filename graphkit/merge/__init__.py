"""Everything that works across articles: entity linking, event merging, date inference.

Public API::

    resolve_entities(analysed, publication_dates) -> EntityIndex
    merge_events(mentions, index, publication_dates) -> list[Event]
    merge_positions(position_mentions, index) -> list[Position]
    infer_publication_dates(analysed, mentions_of) -> list[AnalysedArticle]
    duplicate_groups(articles) -> {article id: representative id}
    date_warnings(articles) -> list[str]
"""

from graphkit.merge.dates import date_warnings, infer_publication_dates, infer_reference_date
from graphkit.merge.duplicates import duplicate_groups
from graphkit.merge.entities import EntityIndex, resolve_entities
from graphkit.merge.events import cluster_time_pairs, merge_events
from graphkit.merge.positions import merge_positions

__all__ = [
    "EntityIndex", "cluster_time_pairs", "date_warnings", "duplicate_groups",
    "infer_publication_dates", "infer_reference_date",
    "merge_events", "merge_positions", "resolve_entities",
]

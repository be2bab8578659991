"""The page's own words in German and English, read from ``assets/i18n.json``.

Both languages live in one data file so that a new word is added to both at once (a test
checks that they have the same keys). German is the default: graphkit reads German articles.
"""

from __future__ import annotations

import json
import re
from functools import cache

from graphkit.render.page import RenderError, asset

UI_LANGS = ("de", "en")
DEFAULT_UI_LANG = "de"
_FIELD = re.compile(r"\{(\w+)\}")


@cache
def _all_strings() -> dict[str, dict]:
    return json.loads(asset("i18n.json"))


def ui_strings(lang: str = DEFAULT_UI_LANG) -> dict:
    """All page strings of one language (``de`` or ``en``)."""
    if lang not in UI_LANGS:
        raise RenderError(f"unknown UI language {lang!r}; expected one of {', '.join(UI_LANGS)}")
    return _all_strings()[lang]


def fill(template: str, **values: object) -> str:
    """``fill("{n} Artikel", n=3)``: one pass, so braces inside values stay as they are."""
    return _FIELD.sub(lambda m: str(values.get(m.group(1), m.group())), template)

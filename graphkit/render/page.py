"""Assemble self-contained HTML pages: inlined scripts and styles, data as escaped JSON.

No page refers to anything outside itself: vis-network is read from the installed pyvis
package at render time and inlined; our own scripts and stylesheet come from ``assets/``.
Article text reaches the page only inside the JSON data block, with ``<``, ``>``, ``&`` and
the JavaScript line separators escaped, and the scripts insert it with ``textContent``.
"""

from __future__ import annotations

import importlib.util
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path

from graphkit.errors import RenderError

VIS_NETWORK_JS = "lib/vis-9.1.2/vis-network.min.js"
_SCRIPT_END = re.compile(r"</(script)", re.IGNORECASE)

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")


def json_for_script(data: object) -> str:
    """JSON that is safe inside <script type="application/json">: no tag can end the block."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False)
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


def inline_script(code: str) -> str:
    """A <script> element with the code inline; a literal '</script' cannot close it early."""
    if "<!--" in code:
        code = code.replace("<!--", "<\\!--")
    return "<script>" + _SCRIPT_END.sub(r"<\\/\1", code) + "</script>"


@cache
def asset(name: str) -> str:
    """One of our own files in graphkit/render/assets/."""
    return (resources.files("graphkit.render") / "assets" / name).read_text(encoding="utf-8")


@cache
def vis_network_js() -> str:
    """vis-network as shipped inside the installed pyvis package (not copied into this repo).

    Found with find_spec, without importing pyvis (its import pulls in IPython and jinja2).
    """
    spec = importlib.util.find_spec("pyvis")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        path = Path(location) / VIS_NETWORK_JS
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise RenderError(f"vis-network not found at pyvis/{VIS_NETWORK_JS}: install pyvis==0.3.2")


def build_page(*, title: str, lang: str, body_class: str, body: str, data: dict,
               scripts: list[str], start: str) -> str:
    """The full HTML document; ``start`` is the one line of JS that starts the page."""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # Belt and braces: even an injected tag could not load anything from elsewhere.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
        "font-src data:\">",
        f"<title>{title}</title>",
        "<style>" + asset("style.css") + "</style>",
        "</head>",
        f'<body class="{body_class}">',
        body.strip(),
        '<script type="application/json" id="graphkit-data">' + json_for_script(data)
        + "</script>",
    ]
    parts += [inline_script(code) for code in scripts]
    parts += [inline_script(start), "</body>", "</html>", ""]
    return "\n".join(parts)

"""Offline HTML views of a knowledge graph: network, timeline and the linked explorer.

Every page is one self-contained file (scripts, styles and data inlined; no request leaves
the page) and is written atomically. The same graph always gives the same bytes.
"""

from graphkit.render.page import RenderError
from graphkit.render.views import render_all, render_explorer, render_network, render_timeline

__all__ = ["RenderError", "render_all", "render_explorer", "render_network", "render_timeline"]

"""Node positions computed in Python, so the page opens with physics off and draws at once.

A Fruchterman–Reingold force layout in numpy. Small graphs get exact pairwise repulsion;
large ones (10,000 nodes) an approximation: nodes repel pairwise within their grid cell and
its eight neighbours, and through cell centroids beyond. The grid is shifted at random every
step so cell borders do not leave seams. A fixed seed makes the
result the same on every run.
"""

from __future__ import annotations

import numpy as np

EXACT_LIMIT = 600           # above this, pairwise repulsion (n² per step) gets too slow
NODES_PER_CELL = 10          # balances near-field pairs against far-field cells
GRAVITY = 0.04              # pull towards the centre, keeps separate components together


def _iterations(n: int) -> int:
    if n <= 40:
        return 100
    if n <= 300:
        return 200
    if n <= EXACT_LIMIT:
        return 150
    return 70


def _unique_edges(n: int, pairs: list[tuple[int, int]]) -> np.ndarray:
    if not pairs:
        return np.zeros((0, 2), dtype=np.int64)
    edges = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    edges = np.sort(edges, axis=1)
    edges = edges[(edges[:, 0] != edges[:, 1]) & (edges.max(axis=1) < n) & (edges.min(axis=1) >= 0)]
    return np.unique(edges, axis=0)


def _exact_repulsion(pos: np.ndarray) -> np.ndarray:
    dx = pos[:, 0, None] - pos[None, :, 0]
    dy = pos[:, 1, None] - pos[None, :, 1]
    inv = dx * dx + dy * dy
    np.maximum(inv, 1e-4, out=inv)
    np.reciprocal(inv, out=inv)
    np.fill_diagonal(inv, 0.0)
    return np.stack([(dx * inv).sum(axis=1), (dy * inv).sum(axis=1)], axis=1)


def _pair_forces(pos: np.ndarray, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """Repulsion k²/d between the given pairs, added to both ends."""
    delta = pos[first] - pos[second]
    inv = 1.0 / np.maximum(np.einsum("ij,ij->i", delta, delta), 1e-4)
    push = delta * inv[:, None]
    n = len(pos)
    out = np.empty_like(pos)
    for axis in (0, 1):
        out[:, axis] = (np.bincount(first, push[:, axis], n)
                        - np.bincount(second, push[:, axis], n))
    return out


def _block_pairs(starts: np.ndarray, counts: np.ndarray, cells_a: np.ndarray,
                 cells_b: np.ndarray, order: np.ndarray, same: bool) -> tuple[np.ndarray, ...]:
    """All node pairs between cells_a[k] and cells_b[k] (each unordered pair once)."""
    size_a, size_b = counts[cells_a], counts[cells_b]
    totals = size_a * size_b
    block = np.repeat(np.arange(len(cells_a)), totals)
    within = np.arange(int(totals.sum())) - np.repeat(np.cumsum(totals) - totals, totals)
    i_local, j_local = within // size_b[block], within % size_b[block]
    if same:
        keep = i_local < j_local
        block, i_local, j_local = block[keep], i_local[keep], j_local[keep]
    first = order[starts[cells_a][block] + i_local]
    second = order[starts[cells_b][block] + j_local]
    return first, second


_FORWARD = ((1, -1), (1, 0), (1, 1), (0, 1))      # each neighbouring cell pair visited once


def _grid_repulsion(pos: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    n = len(pos)
    # Cells sized on the central 90 % of nodes (outliers would make the core cells crowded);
    # outliers fall into the border cells. Shifted at random so borders move between steps.
    side = max(3, int(np.sqrt(0.81 * n / NODES_PER_CELL)))
    low, high = np.quantile(pos, [0.05, 0.95], axis=0)
    size = max(float((high - low).max()) / side, 1e-6)
    width = side + 3
    scaled = (pos - low) / size + 1.0 + rng.uniform(0.0, 1.0, 2)
    cells_xy = np.clip(scaled.astype(np.int64), 0, width - 1)
    cell = cells_xy[:, 0] * width + cells_xy[:, 1]
    n_cells = width * width
    counts = np.bincount(cell, minlength=n_cells)
    order = np.argsort(cell, kind="stable")
    starts = np.cumsum(counts) - counts
    # Far field, cell to cell: every occupied cell outside a cell's 3×3 neighbourhood acts on
    # it as one heavy node at its centroid; each node takes its cell's far force.
    occupied = np.flatnonzero(counts)
    cx, cy = occupied // width, occupied % width
    mass = counts[occupied].astype(pos.dtype)
    centre = np.stack([np.bincount(cell, pos[:, a], n_cells)[occupied] for a in (0, 1)], 1)
    centre /= mass[:, None]
    delta = centre[:, None, :] - centre[None, :, :]
    weight = mass[None, :] / np.maximum(np.einsum("ijk,ijk->ij", delta, delta), 1e-4)
    weight[(np.abs(cx[:, None] - cx[None, :]) <= 1) & (np.abs(cy[:, None] - cy[None, :]) <= 1)] = 0
    far = np.einsum("ijk,ij->ik", delta, weight)
    slot = np.empty(n_cells, dtype=np.int64)
    slot[occupied] = np.arange(len(occupied))
    force = far[slot[cell]]
    # Near field: exact pairs within a cell and between neighbouring cells.
    force += _pair_forces(pos, *_block_pairs(starts, counts, occupied, occupied, order, True))
    for dx, dy in _FORWARD:
        nx, ny = cx + dx, cy + dy
        inside = (nx >= 0) & (nx < width) & (ny >= 0) & (ny < width)
        other = nx[inside] * width + ny[inside]
        has_nodes = counts[other] > 0
        pairs = _block_pairs(starts, counts, occupied[inside][has_nodes], other[has_nodes],
                             order, False)
        force += _pair_forces(pos, *pairs)
    return force


def _attraction(pos: np.ndarray, edges: np.ndarray) -> np.ndarray:
    force = np.zeros_like(pos)
    if len(edges) == 0:
        return force
    delta = pos[edges[:, 1]] - pos[edges[:, 0]]
    pull = delta * np.sqrt(np.einsum("ij,ij->i", delta, delta))[:, None]   # d² along the edge
    n = len(pos)
    for axis in (0, 1):
        force[:, axis] = (np.bincount(edges[:, 0], pull[:, axis], n)
                          - np.bincount(edges[:, 1], pull[:, axis], n))
    return force


def _scale_to_pixels(pos: np.ndarray, edges: np.ndarray, edge_px: float) -> np.ndarray:
    pos = pos - pos.mean(axis=0)
    if len(edges):
        lengths = np.linalg.norm(pos[edges[:, 0]] - pos[edges[:, 1]], axis=1)
        typical = float(np.median(lengths))
    else:
        typical = 1.0
    return pos * (edge_px / max(typical, 1e-6))


def _components(n: int, edges: np.ndarray) -> list[np.ndarray]:
    """Connected components (union-find), largest first, ties by smallest node."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in edges.tolist():
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    roots = np.array([root(i) for i in range(n)])
    order = np.argsort(roots, kind="stable")
    splits = np.flatnonzero(np.diff(roots[order])) + 1
    groups = np.split(order, splits)
    return sorted(groups, key=lambda g: (-len(g), int(g[0])))


def _component_layout(nodes: np.ndarray, edges: np.ndarray, rng: np.random.Generator,
                      iterations: int | None) -> np.ndarray:
    """Layout of one connected component in spring units, centred on 0."""
    size = len(nodes)
    if size == 1:
        return np.zeros((1, 2))
    local = np.full(int(nodes.max()) + 1, -1, dtype=np.int64)
    local[nodes] = np.arange(size)
    inner = local[edges] if len(edges) else edges
    steps = iterations if iterations is not None else _iterations(size)
    pos = _spring(rng.uniform(0.0, np.sqrt(size), (size, 2)), inner, rng, steps)
    if size <= EXACT_LIMIT:
        pos = _spread_close_nodes(pos)
    return pos - pos.mean(axis=0)


def _spread_close_nodes(pos: np.ndarray, min_distance: float = 1.3,
                        rounds: int = 30) -> np.ndarray:
    """Push apart nodes closer than min_distance (nodes that share all their neighbours end
    up nearly on top of each other in a force layout, and then their labels overlap)."""
    pos = pos.copy()
    for _ in range(rounds):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt(np.einsum("ijk,ijk->ij", delta, delta))
        np.fill_diagonal(dist, np.inf)
        overlap = np.clip(min_distance - dist, 0.0, None)
        if not overlap.any():
            break
        push = np.einsum("ijk,ij->ik", delta, overlap / np.maximum(dist, 1e-6)) * 0.5
        pos += push
    return pos


def _pack(layouts: list[np.ndarray]) -> list[np.ndarray]:
    """Shelf-pack component layouts (largest first) into rows of about square total extent."""
    radii = [float(np.linalg.norm(p, axis=1).max()) + 0.7 for p in layouts]
    row_width = max(max(radii) * 2, np.sqrt(sum((2 * r) ** 2 for r in radii)) * 1.1)
    placed, x, y, row_height = [], 0.0, 0.0, 0.0
    for pos, radius in zip(layouts, radii, strict=True):
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        placed.append(pos + np.array([x + radius, y + radius]))
        x += 2 * radius
        row_height = max(row_height, 2 * radius)
    return placed


def force_layout(
    n: int,
    pairs: list[tuple[int, int]],
    *,
    seed: int = 7,
    iterations: int | None = None,
    edge_px: float = 120.0,
    with_components: bool = False,
) -> np.ndarray | tuple[np.ndarray, np.ndarray]:
    """Positions (n × 2, in screen pixels, centred on 0) for nodes 0..n-1 joined by pairs.

    Each connected component is laid out on its own and the components are packed side by
    side, so unconnected nodes do not drift off to a ring far from everything else.
    """
    if n <= 1:
        empty = np.zeros((n, 2))
        return (empty, np.zeros(n, dtype=np.int64)) if with_components else empty
    rng = np.random.default_rng(seed)
    edges = _unique_edges(n, pairs)
    groups = _components(n, edges)
    owner = np.empty(n, dtype=np.int64)
    for index, group in enumerate(groups):
        owner[group] = index
    edges_of: list[list[int]] = [[] for _ in groups]
    for row, group_index in enumerate(owner[edges[:, 0]].tolist()):
        edges_of[group_index].append(row)
    layouts = [_component_layout(group, edges[rows], rng, iterations)
               for group, rows in zip(groups, edges_of, strict=True)]
    pos = np.zeros((n, 2))
    for group, placed in zip(groups, _pack(layouts), strict=True):
        pos[group] = placed
    pos = _scale_to_pixels(pos, edges, edge_px)
    return (pos, owner) if with_components else pos


def _spring(pos: np.ndarray, edges: np.ndarray, rng: np.random.Generator,
            steps: int) -> np.ndarray:
    """Fruchterman–Reingold steps with linear cooling (spring length 1)."""
    n = len(pos)
    start_temperature = max(np.sqrt(n) * 0.1, 1.0)
    for step in range(steps):
        centre = pos.mean(axis=0)
        force = _exact_repulsion(pos) if n <= EXACT_LIMIT else _grid_repulsion(pos, rng)
        force += _attraction(pos, edges)
        force -= GRAVITY * (pos - centre)
        temperature = start_temperature * (1.0 - step / steps) + 0.01
        length = np.maximum(np.linalg.norm(force, axis=1), 1e-9)
        pos += force * (np.minimum(length, temperature) / length)[:, None]
    return pos

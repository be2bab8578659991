"""Node positions computed in Python, so the page opens with physics off and draws at once.

A Fruchterman–Reingold force layout in numpy. Small graphs get exact pairwise repulsion;
large ones (10,000 nodes) an approximation: far nodes repel through the centroids of grid
cells, near nodes pairwise within their cell (neighbours in a spatial sort order). The grid
is shifted at random every step so cell borders do not leave seams. A fixed seed makes the
result the same on every run.
"""

from __future__ import annotations

import numpy as np

EXACT_LIMIT = 1500          # above this, pairwise repulsion (n² per step) gets too slow
NEAR_WINDOW = 10            # near-field partners per node on each side in the sort order
NODES_PER_CELL = 24
GRAVITY = 0.04              # pull towards the centre, keeps separate components together


def _iterations(n: int) -> int:
    if n <= 300:
        return 300
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
    delta = pos[:, None, :] - pos[None, :, :]
    dist2 = np.einsum("ijk,ijk->ij", delta, delta)
    np.fill_diagonal(dist2, np.inf)
    np.maximum(dist2, 1e-4, out=dist2)
    return np.einsum("ijk,ij->ik", delta, 1.0 / dist2)


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


def _grid_repulsion(pos: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    n = len(pos)
    side = max(2, int(np.sqrt(n / NODES_PER_CELL)))
    low = pos.min(axis=0)
    size = max(float((pos.max(axis=0) - low).max()) / side, 1e-6)
    shifted = (pos - low) / size + rng.uniform(0.0, 1.0, 2)
    cells_xy = np.minimum(shifted.astype(np.int64), side)     # side+1 cells per axis
    width = side + 1
    cell = cells_xy[:, 0] * width + cells_xy[:, 1]
    n_cells = width * width
    mass = np.bincount(cell, minlength=n_cells).astype(pos.dtype)
    centre = np.stack([np.bincount(cell, pos[:, a], n_cells) for a in (0, 1)], axis=1)
    occupied = mass > 0
    centre = centre[occupied] / mass[occupied, None]
    mass = mass[occupied]
    cell_index = np.cumsum(occupied) - 1
    own = cell_index[cell]
    # Far field: every occupied cell's centroid acts as one heavy node (own cell left out).
    delta = pos[:, None, :] - centre[None, :, :]
    inv = mass[None, :] / np.maximum(np.einsum("ijk,ijk->ij", delta, delta), 1e-4)
    inv[np.arange(n), own] = 0.0
    force = np.einsum("ijk,ij->ik", delta, inv)
    # Near field: exact pairs among close neighbours in a cell-major, fine-grid sort order.
    fine = np.minimum(((shifted - cells_xy) * 16).astype(np.int64), 15)
    order = np.lexsort((fine[:, 1], fine[:, 0], cell))
    for offset in range(1, NEAR_WINDOW + 1):
        a, b = order[:-offset], order[offset:]
        same = cell[a] == cell[b]
        if same.any():
            force += _pair_forces(pos, a[same], b[same])
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


def force_layout(
    n: int,
    pairs: list[tuple[int, int]],
    *,
    seed: int = 7,
    iterations: int | None = None,
    edge_px: float = 110.0,
) -> np.ndarray:
    """Positions (n × 2, in screen pixels, centred on 0) for nodes 0..n-1 joined by pairs."""
    if n <= 1:
        return np.zeros((n, 2))
    rng = np.random.default_rng(seed)
    edges = _unique_edges(n, pairs)
    pos = rng.uniform(0.0, np.sqrt(n), (n, 2))
    steps = iterations if iterations is not None else _iterations(n)
    start_temperature = max(np.sqrt(n) * 0.1, 1.0)
    for step in range(steps):
        centre = pos.mean(axis=0)
        force = _exact_repulsion(pos) if n <= EXACT_LIMIT else _grid_repulsion(pos, rng)
        force += _attraction(pos, edges)
        force -= GRAVITY * (pos - centre)
        temperature = start_temperature * (1.0 - step / steps) + 0.01
        length = np.maximum(np.linalg.norm(force, axis=1), 1e-9)
        pos += force * (np.minimum(length, temperature) / length)[:, None]
    return _scale_to_pixels(pos, edges, edge_px)

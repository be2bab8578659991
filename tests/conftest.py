"""Shared fixtures. Tests that read ../shared (seeds, open data) skip cleanly without it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check behaviour, not speed: a loaded CI machine must not fail them on
# hypothesis's per-example deadline (speed is measured in benchmarks/).
settings.register_profile("graphkit", deadline=None)
settings.load_profile("graphkit")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path):
    """One build of the seed articles, shared by the acceptance, CLI and browser tests."""
    from graphkit import build

    out = tmp_path_factory.mktemp("seeds-out")
    return build([shared_dir / "seeds"], out, validate=True)

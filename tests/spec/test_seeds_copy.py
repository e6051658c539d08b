"""The repository's copy of the seed list matches the shared original when it is present."""

from __future__ import annotations

import pytest

from generator import paths

SHARED = paths.ROOT.parent / "shared" / "seeds" / "operations-index.tsv"


@pytest.mark.skipif(not SHARED.is_file(), reason="shared/ not beside the checkout")
def test_seed_copy_matches_shared() -> None:
    assert paths.SEEDS.read_bytes() == SHARED.read_bytes()

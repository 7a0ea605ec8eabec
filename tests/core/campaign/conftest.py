from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from surveyor.core.workspace import Workspace


@pytest.fixture
def campaign(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "campaign")
    try:
        yield ws
    finally:
        ws.close()

"""Golden files: each case's rendered output is compared byte for byte with what is committed.

Run `make golden` (pytest --update-golden) after a template change and review the diff.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from devenv.render import render_spec
from devenv.spec.load import parse_spec

CASES_DIR = Path(__file__).parent / "cases"
CASES = sorted(p.parent.name for p in CASES_DIR.glob("*/devenv.yaml"))


@pytest.mark.parametrize("case", CASES)
def test_rendered_files_match_golden(case: str, update_golden: bool) -> None:
    folder = CASES_DIR / case
    rendered = render_spec(parse_spec((folder / "devenv.yaml").read_bytes()))
    expected_dir = folder / "expected"
    if update_golden:
        for old in expected_dir.rglob("*"):
            if old.is_file():
                old.unlink()
        for item in rendered:
            target = expected_dir / item.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(item.content, encoding="utf-8")
    committed = {
        str(p.relative_to(expected_dir).as_posix()): p.read_text(encoding="utf-8")
        for p in expected_dir.rglob("*")
        if p.is_file()
    }
    assert sorted(committed) == sorted(item.path for item in rendered), (
        f"{case}: the set of generated files changed; run `make golden` and review"
    )
    for item in rendered:
        assert item.content == committed[item.path], (
            f"{case}/{item.path} differs from golden; run `make golden` and review the diff"
        )


def test_every_case_has_golden_files() -> None:
    assert len(CASES) >= 6
    for case in CASES:
        assert (CASES_DIR / case / "expected" / "compose.yaml").is_file(), case

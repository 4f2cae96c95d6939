"""A corpus of broken and hostile devenv.yaml files: each gets exactly the problems listed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from devenv.errors import SpecError
from devenv.spec.load import parse_spec

CORPUS = Path(__file__).parent.parent / "spec_corpus" / "invalid"
EXPECTED_FILE = CORPUS.parent / "expected.json"
FILES = sorted(CORPUS.glob("*.yaml"))


def problems_of(path: Path) -> list[str]:
    with pytest.raises(SpecError) as caught:
        parse_spec(path.read_bytes())
    return [str(problem) for problem in caught.value.problems]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_each_broken_spec_gets_its_located_problems(path: Path, update_golden: bool) -> None:
    expected = json.loads(EXPECTED_FILE.read_text(encoding="utf-8"))
    found = problems_of(path)
    if update_golden:
        expected[path.stem] = found
        EXPECTED_FILE.write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")
    assert found == expected[path.stem]
    for problem in found:
        assert problem.startswith("devenv.yaml:"), problem


def test_corpus_is_large_and_fully_described() -> None:
    expected = json.loads(EXPECTED_FILE.read_text(encoding="utf-8"))
    assert len(FILES) >= 35
    assert sorted(expected) == sorted(p.stem for p in FILES)

"""Commands written as a Dockerfile's exec form: hadolint reads each as JSON notation, and the
array decodes back to the exact arguments, backslashes and quotes included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from devenv.render import exec_form
from tests.referee.hadolint_referee import hadolint_findings

COMMANDS = [
    ("\\",),  # found by the property test: hadolint took `["\\"]` for an escaped quote
    ("run", "C:\\path\\"),
    ("sh", "-c", 'echo "\\\\" done'),
    ("say", 'a "quoted" word', "it's"),
]


@pytest.mark.parametrize("command", COMMANDS)
def test_exec_form_is_json_that_hadolint_reads(command: tuple[str, ...], tmp_path: Path) -> None:
    written = exec_form(command)
    assert json.loads(written) == list(command)
    dockerfile = tmp_path / "Dockerfile"
    dockerfile.write_text(f"FROM debian:12\nCMD {written}\n", encoding="utf-8")
    findings = hadolint_findings([dockerfile])
    assert not findings, findings

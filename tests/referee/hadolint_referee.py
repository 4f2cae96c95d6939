"""Ask the real hadolint what it makes of Dockerfiles we generated.

hadolint judges a Dockerfile by its text alone (no configuration file is looked up here: the
calls run from the repository's root, which has none), and linting, not start-up, is what a
call costs: ShellCheck reads every RUN. The corpus and the property tests write the same
Dockerfile many times over, so each distinct text is linted once per test process.
"""

from __future__ import annotations

import hashlib
import subprocess
from collections.abc import Iterable
from pathlib import Path

from tests.conftest import ROOT, referee

# sha256 of a Dockerfile's text -> hadolint's findings on it ("" when it found nothing)
_FINDINGS: dict[str, str] = {}


def hadolint_findings(dockerfiles: Iterable[Path]) -> str:
    """What hadolint reports at its strictest threshold (info) for these files; "" when clean."""
    by_text = {_digest(path): path for path in dockerfiles}
    unseen = {digest: path for digest, path in by_text.items() if digest not in _FINDINGS}
    if unseen:
        _FINDINGS.update(_lint(unseen))
    return "".join(_FINDINGS[digest] for digest in by_text)


def _lint(paths: dict[str, Path]) -> dict[str, str]:
    """One hadolint for every file, its report shared out by the path each line names."""
    result = subprocess.run(
        [
            referee("hadolint"),
            "--no-color",
            "--failure-threshold",
            "info",
            *map(str, paths.values()),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    lines = (result.stdout + result.stderr).splitlines(keepends=True)
    found = {
        digest: "".join(line for line in lines if line.startswith(f"{path}:"))
        for digest, path in paths.items()
    }
    if result.returncode != 0 and not any(found.values()):
        # A failure no line attributes to a file (a crash, a bad option): every file fails.
        return {
            digest: f"{path}: hadolint exited {result.returncode}:\n{''.join(lines)}"
            for digest, path in paths.items()
        }
    return found


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()

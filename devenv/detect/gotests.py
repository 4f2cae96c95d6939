"""Go modules only tests import: go.mod lists a test's dependencies beside the app's own.

`go mod tidy` keeps a module the tests import (a Kafka client for a streaming test, an AMQP
load generator under tests/) as a direct requirement. A service client that the module's
code imports only from test files is no service the app needs; one imported nowhere in the
files read says nothing either way, and is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from devenv.detect.model import Dependency
from devenv.detect.tree import RepoTree

# One import spec a line: `"github.com/IBM/sarama"`, `amqp "github.com/rabbitmq/amqp091-go"`.
IMPORT = re.compile(r"^[ \t]*(?:import[ \t]+)?(?:[\w.]+[ \t]+)?\"([\w.~/-]+)\"[ \t]*$", re.M)
_TEST_FOLDERS = frozenset({"test", "tests", "testdata", "testing", "e2e"})


def test_only(tree: RepoTree, folder: str, clients: Iterable[Dependency]) -> dict[str, str]:
    """Client module -> a test file importing it, for those only test files import."""
    modules = {d.name for d in clients}
    if not modules:
        return {}
    importers: dict[str, list[str]] = {}
    for path in (p for p in tree.under(folder, max_depth=99) if p.endswith(".go")):
        for match in IMPORT.finditer(tree.text(path) or ""):
            imported = match.group(1)
            module = next((m for m in modules if imported == m or imported.startswith(m + "/")), "")
            if module:
                importers.setdefault(module, []).append(path)
    return {m: paths[0] for m, paths in importers.items() if all(map(_is_test, paths))}


def _is_test(path: str) -> bool:
    folders = path.split("/")[:-1]
    return path.endswith("_test.go") or any(f in _TEST_FOLDERS for f in folders)

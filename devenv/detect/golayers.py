"""Servers a Go framework's store or queue package reaches through a driver the framework
requires: the app's go.mod lists that driver `// indirect`, and its source imports the
framework's package (go-zero's sqlx with go-sql-driver/mysql, go-queue's kq with kafka-go).
"""

from __future__ import annotations

from devenv.detect.composed import SQL
from devenv.detect.model import Dependency, ServiceNeed
from devenv.detect.services import services_for
from devenv.detect.tree import RepoTree

# The framework's packages, and the kinds of server the driver it brings may be.
LAYER_PACKAGES = {
    "github.com/zeromicro/go-zero/core/stores/sqlx": SQL,
    "github.com/zeromicro/go-zero/core/stores/postgres": ("postgres",),
    "github.com/zeromicro/go-queue/kq": ("kafka",),
}


def layer_imports(
    tree: RepoTree, files: list[str], indirect: list[Dependency], found: list[ServiceNeed]
) -> list[ServiceNeed]:
    """The servers of the indirect drivers whose framework package the source imports."""
    kinds = {
        kind
        for path in files
        for package, layer in LAYER_PACKAGES.items()
        if f'"{package}"' in (tree.text(path) or "")
        for kind in layer
    }
    have = {n.type for n in found}
    return [n for n in services_for("go", indirect) if n.type in kinds and n.type not in have]

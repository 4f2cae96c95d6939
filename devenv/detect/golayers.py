"""Servers a Go data layer reaches through drivers it brings along, which go.mod lists only
`// indirect`: a framework's store or queue package the source imports (go-zero's sqlx with
go-sql-driver/mysql, go-queue's kq with kafka-go), a layer for several databases (Buffalo's
pop, xorm), and gorm v1's dialects."""

from __future__ import annotations

import re

from devenv.detect.composed import SQL
from devenv.detect.model import Dependency, ServiceNeed, line_at
from devenv.detect.services import services_for
from devenv.detect.tree import RepoTree

# gorm v1 (github.com/jinzhu/gorm) brings every driver along; the dialect a blank import picks
# is the database: `_ "github.com/jinzhu/gorm/dialects/mysql"`.
GORM_V1 = "github.com/jinzhu/gorm"
_MULTI_DATABASE = re.compile(
    r"^(?:github\.com/gobuffalo/pop|xorm\.io/xorm|github\.com/go-xorm/xorm|github\.com/upper/db)"
    r"(?:/v\d+)?$"
)
GORM_DIALECT = re.compile(r"\"github\.com/jinzhu/gorm/dialects/(mysql|postgres)\"")
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


def data_layer_drivers(
    deps: list[Dependency], indirect: list[Dependency], found: list[ServiceNeed]
) -> list[ServiceNeed]:
    """The database servers whose drivers a data layer for several (Buffalo's pop, xorm)
    brings as indirect requirements: the configuration picks among them (weigh)."""
    layer = any(_MULTI_DATABASE.match(d.name) for d in deps)
    if not layer or any(n.type in SQL for n in found):
        return []
    return [n for n in services_for("go", indirect) if n.type in SQL]


def gorm_dialects(tree: RepoTree, files: list[str], found: list[ServiceNeed]) -> list[ServiceNeed]:
    needs: dict[str, ServiceNeed] = {}
    have = {n.type for n in found}
    for path in files:
        text = tree.text(path) or ""
        for match in GORM_DIALECT.finditer(text):
            kind = match.group(1)
            if kind not in have and kind not in needs:
                line = line_at(text, match.start())
                needs[kind] = ServiceNeed(kind, f"{path}:{line} gorm dialect {kind}")
    return list(needs.values())

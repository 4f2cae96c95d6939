"""An app's embedded database: the evidence, among its declared dependencies, that it runs on
a database inside its own process (SQLite, H2...) unless configured otherwise. With one, the
server drivers beside it are options, not needs (see scan.py)."""

from __future__ import annotations

from devenv.detect import dotnet, gomod, jvmbuild, rubyservices, rust
from devenv.detect.manifests import load_json, table
from devenv.detect.model import AppFinding
from devenv.detect.nodeprisma import prisma_sqlite
from devenv.detect.pydeps import python_dependencies
from devenv.detect.tree import RepoTree
from devenv.detect.weigh import EMBEDDED

# SQLite's async driver among a Python app's runtime dependencies: the sqlite3 module needs
# no dependency, so only an app that reaches SQLite asynchronously declares one.
PY_EMBEDDED = frozenset({"aiosqlite"})
# Rust's embedded SQLite: rusqlite, libsql, or the SQLite feature of sqlx, SeaORM or Diesel.
_RUST_SQLITE_CRATES = frozenset({"rusqlite", "libsql"})
_RUST_SQLITE_FEATURES = frozenset({"sqlite", "sqlx-sqlite", "runtime-tokio-sqlite"})


def embedded_database(tree: RepoTree, app: AppFinding) -> str | None:
    """Evidence of an embedded database driver among the app's declared dependencies."""
    if app.language.value == "java":
        return jvmbuild.embedded(tree, app)
    if app.language.value == "dotnet":
        return dotnet.embedded(tree, app)
    if app.language.value == "ruby":
        return rubyservices.embedded(tree, app.path)
    text = tree.text(app.manifest) or ""
    names: list[str] = []
    if app.language.value == "python":
        deps = python_dependencies(tree, app.context or app.path)
        driver = next((d for d in deps if d.name in PY_EMBEDDED), None)
        return driver.evidence if driver else None
    if app.manifest.endswith("Cargo.toml"):
        return _rust_embedded(tree, app)
    if app.manifest.endswith("go.mod"):
        names = [d.name for d in gomod.requirements(text, app.manifest)]
    elif app.manifest.endswith("package.json"):
        data, _ = load_json(text)
        names = [*table(data, "dependencies")]
        if sqlite := prisma_sqlite(tree, app.path, data):
            return sqlite
    found = next((n for n in names if EMBEDDED.match(n)), None)
    return f"{app.manifest} {found}" if found else None


def _rust_embedded(tree: RepoTree, app: AppFinding) -> str | None:
    crates = [rust.crate(tree, app.path)]
    for dep in rust.dependencies(crates):
        if dep.name in _RUST_SQLITE_CRATES or dep.extras & _RUST_SQLITE_FEATURES:
            return f"{dep.file}:{dep.line} {dep.text} (SQLite)"
    return None

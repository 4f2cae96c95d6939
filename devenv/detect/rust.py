"""Detect a Rust app: a Cargo package with a binary, or a workspace's binary crate.

A library crate is a note, not an app; a crate inside a workspace is part of the workspace's
app, whose image builds at the workspace root where Cargo.lock and the path dependencies are.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from devenv.detect.manifests import load_toml, quoted_key_line, strings, table
from devenv.detect.model import AppFinding, Choice, Dependency, ServiceNeed
from devenv.detect.rustport import crate_port
from devenv.detect.services import mail_catcher, services_for
from devenv.detect.tree import RepoTree, ancestors, join
from devenv.detect.versions import RUST, choose, pinned

FRAMEWORKS = (("axum", "axum"), ("actix-web", "actix"), ("rocket", "rocket"))
_PREFERRED = ("server", "api", "web", "app", "http", "backend")
# Crates that make a desktop application (Tauri's src-tauri, Dioxus desktop...).
_DESKTOP = frozenset({"tauri", "tauri-build", "dioxus-desktop", "wry", "gtk", "iced", "eframe"})


@dataclass(frozen=True)
class Crate:
    folder: str
    manifest: str
    data: dict[str, Any]
    text: str

    @property
    def name(self) -> str:
        name = table(self.data, "package").get("name")
        return name if isinstance(name, str) else self.folder.rsplit("/", 1)[-1]

    def binaries(self, tree: RepoTree) -> list[str]:
        """The names of its binaries: [[bin]] targets, src/main.rs, src/bin/*.rs."""
        bins = [b for b in self.data.get("bin", []) if isinstance(b, dict) and "name" in b]
        found = [b["name"] for b in bins]
        # A [[bin]] whose path is src/main.rs renames the package's own binary.
        declared = any(posixpath.normpath(str(b.get("path", ""))) == "src/main.rs" for b in bins)
        if (
            tree.exists(join(self.folder, "src/main.rs"))
            and self.name not in found
            and not declared
        ):
            found.append(self.name)
        for path in sorted(tree.paths):
            if path.startswith(join(self.folder, "src/bin/")) and path.endswith(".rs"):
                stem = path[len(join(self.folder, "src/bin/")) :].split("/")[0].removesuffix(".rs")
                if stem not in found:
                    found.append(stem)
        return found


def is_candidate(tree: RepoTree, folder: str) -> bool:
    return tree.exists(join(folder, "Cargo.toml"))


def crate(tree: RepoTree, folder: str) -> Crate:
    manifest = join(folder, "Cargo.toml")
    text = tree.text(manifest) or ""
    data, _ = load_toml(text)
    return Crate(folder, manifest, data, text)


def dependencies(crates: Iterable[Crate]) -> list[Dependency]:
    """[dependencies] (and the workspace's shared ones), with their features."""
    found = []
    for one in crates:
        sections = (
            table(one.data, "dependencies"),
            table(one.data, "workspace", "dependencies"),
        )
        by_default = _default_features(one)
        built = _optional_built(one)
        for deps in sections:
            for name, spec in deps.items():
                if isinstance(spec, dict) and spec.get("optional") is True and name not in built:
                    continue  # only a feature the developer turns on builds it
                features = strings(spec.get("features")) if isinstance(spec, dict) else []
                features += by_default.get(name, [])
                line = quoted_key_line(one.text, name)
                found.append(
                    Dependency(name.lower(), one.manifest, line, name, frozenset(features))
                )
    return found


def _optional_built(one: Crate) -> set[str]:
    """Optional dependencies the default features build: `default = ["memory-cache"]` with
    `memory-cache = ["dep:moka"]` builds moka, not the `redis-cache` feature's redis."""
    features = table(one.data, "features")
    found: set[str] = set()
    todo, seen = strings(features.get("default")), set()
    while todo:
        entry = todo.pop()
        if entry in seen:
            continue
        seen.add(entry)
        if entry.startswith("dep:"):
            found.add(entry[4:])
        elif "/" in entry:
            if not entry.split("/", 1)[0].endswith("?"):  # `x?/f` builds x only if on
                found.add(entry.split("/", 1)[0])
        else:
            found.add(entry)  # an optional dependency's implicit feature, or a feature
            todo += strings(features.get(entry))
    return found


def _default_features(one: Crate) -> dict[str, list[str]]:
    """Dependency features the crate's default features turn on: `default = ["postgres"]`
    with `postgres = ["diesel/postgres"]` builds diesel with its Postgres backend."""
    features = table(one.data, "features")
    found: dict[str, list[str]] = {}
    seen: set[str] = set()
    todo = strings(features.get("default"))
    while todo:
        entry = todo.pop()
        if entry in seen:
            continue
        seen.add(entry)
        if "/" in entry:
            dependency, feature = entry.split("/", 1)
            found.setdefault(dependency.rstrip("?"), []).append(feature)
        else:
            todo += strings(features.get(entry))
    return found


def detect(tree: RepoTree, folder: str, exclude: Iterable[str] = ()) -> AppFinding:
    root = crate(tree, folder)
    finding = AppFinding(
        path=folder,
        language=Choice("rust", (root.manifest,)),
        manifest=root.manifest,
        package_manager=Choice("cargo", (root.manifest,)),
        version=_version(tree, folder, root),
    )
    workspace = _enclosing_workspace(tree, folder)
    if workspace is not None:
        return replace(finding, runnable=False)  # the workspace's app says what it runs
    outside = _excluded_by(tree, folder)
    if outside is not None:
        note = f"{folder}: excluded from the workspace in {outside}: a tool of its own, not an app"
        return replace(finding, runnable=False, notes=(note,))
    members = _members(tree, root)
    crates = [root, *members]
    runnable = [(c, b) for c in crates for b in c.binaries(tree)]
    desktop = next((d for d in dependencies([root]) if d.name in _DESKTOP), None)
    if desktop:  # the Rust half of a desktop app: it opens a window, not a port
        note = f"{folder}: a {desktop.name} desktop app ({desktop.evidence}), not a server"
        return replace(finding, runnable=False, notes=(note,))
    fuzz = _fuzz_target(root)
    if fuzz:  # cargo-fuzz's crate: libFuzzer drives its binaries, nothing listens
        return replace(
            finding, runnable=False, notes=(f"{folder}: fuzz targets ({fuzz}), not an app",)
        )
    services: list[ServiceNeed] = services_for("rust", dependencies(crates))
    services += mail_catcher(tree, folder)
    finding = replace(finding, services=tuple(services))
    if not runnable:
        note = f"{folder}: a Rust library (no src/main.rs, src/bin or [[bin]]), not an app"
        return replace(finding, runnable=False, notes=(note,))
    chosen, binary = min(runnable, key=lambda cb: _rank(cb[0], cb[1], root))
    return _runnable(tree, finding, root, chosen, binary, runnable)


def _fuzz_target(root: Crate) -> str | None:
    """Evidence that the crate holds cargo-fuzz targets: `[package.metadata] cargo-fuzz = true`
    (what `cargo fuzz init` writes) or a libfuzzer-sys dependency."""
    if table(root.data, "package", "metadata").get("cargo-fuzz") is True:
        return f"{root.manifest} package.metadata cargo-fuzz"
    if "libfuzzer-sys" in table(root.data, "dependencies"):
        return f"{root.manifest} libfuzzer-sys"
    return None


def _runnable(
    tree: RepoTree,
    finding: AppFinding,
    root: Crate,
    chosen: Crate,
    binary: str,
    runnable: list[tuple[Crate, str]],
) -> AppFinding:
    deps = {d.name: d for d in dependencies([chosen, root])}
    framework = Choice("none", (f"{chosen.manifest} builds the binary {binary}",))
    for dependency, name in FRAMEWORKS:
        if dependency in deps:
            framework = Choice(name, (deps[dependency].evidence,))
            break
    why = f"{chosen.manifest}: the binary {binary}"
    args = []
    if chosen is not root:
        args += ["--package", chosen.name]
    if len([b for c, b in runnable if c is chosen]) > 1:
        args += ["--bin", binary]
    command = None
    if args:
        command = Choice(["cargo-rerun", *args], (why,))
    notes = list(finding.notes)
    others = sorted({b for _, b in runnable} - {binary})
    if others:
        notes.append(f"{finding.path}: other binaries, not run: {', '.join(others)}")
    return replace(
        finding,
        framework=framework,
        port=crate_port(
            tree,
            chosen.folder,
            framework.value,
            [c.folder for c in (root, *_members(tree, root))],
        ),
        command=command,
        prod_command=Choice(binary, (why,)),
        notes=tuple(notes),
        strength=3 if framework.value != "none" else 2,
    )


def _rank(one: Crate, binary: str, root: Crate) -> tuple[int, int, int, str]:
    """The root's binary first, then one that serves HTTP, then a name like server or api."""
    words = set(re.split(r"[_\W]+", f"{binary} {one.folder.rsplit('/', 1)[-1]}"))
    preferred = min((_PREFERRED.index(w) for w in words if w in _PREFERRED), default=99)
    names = {d.name for d in dependencies([one])}
    serves = any(dependency in names for dependency, _ in FRAMEWORKS)
    return (0 if one is root else 1, 0 if serves else 1, preferred, binary)


def _members(tree: RepoTree, root: Crate) -> list[Crate]:
    return [crate(tree, folder) for folder in _member_folders(tree, root)]


def _member_folders(tree: RepoTree, root: Crate) -> list[str]:
    """The workspace's member crates, by folder: found without parsing their manifests, so
    that asking every crate of a big workspace for its workspace stays linear."""
    patterns = strings(table(root.data, "workspace").get("members"))
    excluded = set(strings(table(root.data, "workspace").get("exclude")))
    found = []
    for folder in sorted(tree.folders):
        relative = folder if root.folder == "." else folder.removeprefix(root.folder + "/")
        if folder == root.folder or relative in excluded or not is_candidate(tree, folder):
            continue
        if any(_glob(pattern.rstrip("/"), relative) for pattern in patterns):
            found.append(folder)
    return found


def _glob(pattern: str, path: str) -> bool:
    return _glob_regex(pattern).fullmatch(path) is not None


@functools.lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A members pattern as a regular expression, built once: every folder meets it."""
    parts = re.split(r"(\*)", pattern)
    return re.compile("".join("[^/]*" if part == "*" else re.escape(part) for part in parts))


def _enclosing_workspace(tree: RepoTree, folder: str) -> str | None:
    for above in ancestors(folder):
        if not is_candidate(tree, above):
            continue
        root = crate(tree, above)
        if "workspace" in root.data and folder in _member_folders(tree, root):
            return above
    return None


def _excluded_by(tree: RepoTree, folder: str) -> str | None:
    """The enclosing workspace whose `exclude` lists this crate (a migration runner, a
    build helper kept out of the app's build)."""
    for above in ancestors(folder):
        if not is_candidate(tree, above):
            continue
        listed = strings(table(crate(tree, above).data, "workspace").get("exclude"))
        relative = folder if above == "." else folder[len(above) + 1 :]
        if any(posixpath.normpath(p) == relative for p in listed):
            return above
    return None


def _version(tree: RepoTree, folder: str, root: Crate) -> Choice[str]:
    """rust-toolchain(.toml) pins the toolchain; rust-version is the minimum it supports."""
    for name in ("rust-toolchain.toml", "rust-toolchain"):
        path = join(folder, name)
        text = tree.text(path)
        if text is None:
            continue
        data, _ = load_toml(text)
        channel = table(data, "toolchain").get("channel") if data else text.strip()
        if isinstance(channel, str):
            found = pinned(RUST, channel, f"{path} channel")
            if found:
                return found
    minimum = table(root.data, "package").get("rust-version") or table(
        root.data, "workspace", "package"
    ).get("rust-version")
    if isinstance(minimum, str):
        line = quoted_key_line(root.text, "rust-version")
        found = choose(RUST, f">={minimum}", f"{root.manifest}:{line} rust-version {minimum}")
        if found:
            return found
    return Choice(RUST.default, ("no rust-toolchain or rust-version; devenv's default",))

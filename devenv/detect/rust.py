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

from devenv.detect.composeport import compose_env_port
from devenv.detect.configfiles import env_files
from devenv.detect.manifests import load_toml, quoted_key_line, strings, table
from devenv.detect.model import AppFinding, Choice, Dependency, ServiceNeed
from devenv.detect.readable import SETTINGS_FOLDERS
from devenv.detect.services import mail_catcher, services_for
from devenv.detect.settingsport import settings_layers, settings_package_layers, settings_port
from devenv.detect.tree import RepoTree, ancestors, join
from devenv.detect.versions import RUST, choose, pinned

FRAMEWORKS = (("axum", "axum"), ("actix-web", "actix"), ("rocket", "rocket"))
# "0.0.0.0:3000", ([0, 0, 0, 0], 8080), ("127.0.0.1", 8000)...
_LISTEN = re.compile(
    r"\"(?:0\.0\.0\.0|127\.0\.0\.1|localhost|\[::\])?:(\d{2,5})\""
    r"|\[0, ?0, ?0, ?0\], ?(\d{2,5})\)|\"(?:0\.0\.0\.0|127\.0\.0\.1|localhost)\", ?(\d{2,5})\)"
)
# A settings struct's or config builder's default for the port: smart-default's
# `#[default(8536)] pub port: u16`, config-rs' `.set_default("port", 8888)`, serde's
# `fn default_port() -> u16 { 3000 }`, the PORT variable's `var("PORT")...unwrap_or(8888)`,
# also when the chain runs over several lines (`.ok()\n.map(...)\n.unwrap_or(8000)`), and a
# helper's default for it: `get_env_var("APPFLOWY_APPLICATION_PORT", "8000")`, and the branch
# taken when the variable is unset: `if env::var("PORT").is_ok() { ... } else { 7703 }`.
_DEFAULT_PORT = re.compile(
    r"#\[(?:default|default_value)\((\d{2,5})\)\]\s*(?:#\[[^\]]*\]\s*)*pub\s+(?:\w+_)?port\s*:"
    # An env-config derive's field attribute: `#[env_config(name = "ZO_HTTP_PORT", default =
    # 5080)]`, envconfig's `#[envconfig(from = "PORT", default = "8080")]` (not a sidecar's
    # ZO_REPORT_SERVER_HTTP_PORT).
    r"|#\[\w+\([^\]]*?\b(?:name|from)\s*=\s*\"(?:[A-Z0-9]+_)?(?:HTTP_|SERVER_|APP_)?PORT\""
    r"[^\]]*?\bdefault\s*=\s*\"?(\d{2,5})\"?\s*[,)]"
    r"|\.set_default\(\s*\"(?:[\w.]+\.)?port\"\s*,\s*(\d{2,5})\s*\)"
    r"|\bfn\s+default_(?:\w+_)?port\s*\(\s*\)\s*->\s*u16\s*\{\s*(\d{2,5})\s*\}"
    r"|\"(?:\w+_)?PORT\"\s*\)[^;]{0,160}?\.unwrap_or\(\s*(\d{2,5})\s*\)"
    r"|\"(?:\w+_)?PORT\"\s*,\s*\"?(\d{2,5})\"?\s*\)"
    r"|\"(?:\w+_)?PORT\"\s*\)\.is_ok\(\)\s*\{[^{}]{0,160}\}\s*else\s*\{\s*(\d{2,5})\s*\}"
    # A default bound first and taken when the variable is unset (nettu-scheduler's
    # `let default_port = "5000"; ... var("PORT").unwrap_or_else(|_| default_port.into())`).
    r"|\blet\s+default_(?:\w+_)?port\s*(?::\s*[\w&']+\s*)?=\s*\"?(\d{2,5})\"?\s*;"
    r"[^;]{0,200}?\"(?:\w+_)?PORT\""
    # A Default impl's literal: `impl Default for Local { fn default() -> Self { Self {
    # ip: ..., port: 8000 } } }`.
    r"|\bimpl\s+Default\s+for\s+\w+\s*\{\s*fn\s+default\(\)\s*->\s*\w+\s*\{\s*\w+\s*\{[^{}]*?"
    r"\b(?:http_|listen_|server_)?port\s*:\s*(\d{2,5})\b"
)
# The app's env example: `PORT=8000`, `SERVICE_PORT = 8080`, `BIND_ADDRESS=127.0.0.1:8088`,
# `SERVER_ADDR=0.0.0.0:3000`.
_ENV_PORT = re.compile(
    r"^(?:(?:HTTP|APP|SERVER|SERVICE|API|WEB|ROCKET)_)?PORT[ \t]*=[ \t]*[\"']?(\d{2,5})\b"
    r"|^(?:\w+_)?(?:BIND|LISTEN|(?:SERVER|HTTP|APP|API|WEB)_ADDR)\w*[ \t]*=[ \t]*[\"']?"
    r"[\w.-]*:(\d{2,5})\b",
    re.MULTILINE,
)
# Settings defaults beside a crate's manifest: config.default.toml, settings.toml, and the
# example a developer copies (config.example.toml), also at the workspace root.
_CRATE_SETTINGS = re.compile(
    r"^(?:config|settings)(?:[._-](?:default|example|sample))?\.(?:toml|ya?ml)$"
)
# Ports of backing services, never the app's own default.
_SERVICE_PORTS = frozenset({3306, 5432, 6379, 27017, 5672, 9200, 11211})
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
        port=_port(tree, chosen, framework.value, [root, *_members(tree, root)]),
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


def _port(tree: RepoTree, chosen: Crate, framework: str, crates: list[Crate]) -> Choice[int] | None:
    """A listen address in the binary's crate, then a settings default for the port in it
    or the workspace's other crates, then the env example, the layered settings files
    (configuration/base.yaml), Rocket.toml, the framework's."""
    others = [c.folder for c in crates if c.folder != chosen.folder]
    found = _first(tree, [chosen.folder], _LISTEN, others)
    found = found or _first(tree, [chosen.folder], _DEFAULT_PORT, others)
    found = found or _first(tree, others, _DEFAULT_PORT)
    for path in env_files(tree, crates[0].folder if crates else chosen.folder):
        found = found or _first_in(path, tree.text(path) or "", _ENV_PORT)
    layers = settings_layers(tree, chosen.folder)
    layers += [p for c in crates for p in settings_package_layers(tree, c.folder)]
    beside = [*_crate_settings(tree, chosen.folder), *_crate_settings(tree, crates[0].folder)]
    found = found or settings_port(tree, [*layers, *dict.fromkeys(beside)])
    if found:
        return found
    # Rocket reads ROCKET_PORT from the environment before Rocket.toml.
    composed = compose_env_port(tree, crates[0].folder if crates else chosen.folder)
    if composed:
        return composed
    rocket = tree.text(join(chosen.folder, "Rocket.toml")) or ""
    configured = re.search(r"^\s*port\s*=\s*(\d{2,5})", rocket, re.MULTILINE)
    if configured:
        return Choice(int(configured.group(1)), (f"{join(chosen.folder, 'Rocket.toml')} port",))
    defaults = {"rocket": 8000, "actix": 8080, "axum": 3000}
    if framework in defaults:
        return Choice(defaults[framework], (f"{framework}'s usual port",))
    return None


def _crate_settings(tree: RepoTree, folder: str) -> list[str]:
    """The defaults a binary crate embeds beside its manifest (config.default.toml) or
    keeps in its settings folder (config/config.yaml)."""
    where = [folder, *(join(folder, sub) for sub in sorted(SETTINGS_FOLDERS))]
    return [join(w, n) for w in where for n in tree.names(w) if _CRATE_SETTINGS.match(n)]


def _first(
    tree: RepoTree, folders: list[str], pattern: re.Pattern[str], skip: Iterable[str] = ()
) -> Choice[int] | None:
    """The first match in the crates' sources; `skip` holds other crates, of which only
    those nested in a searched folder are left out (a virtual workspace root at "." holds
    its members, not the other way round)."""
    for folder in dict.fromkeys(folders):
        inside = tuple(f"{f}/" for f in skip if f != folder and f.startswith(_prefix(folder)))
        for path in tree.under(folder, max_depth=3):
            if inside and path.startswith(inside):
                continue
            if path.endswith(".rs") and (found := _first_in(path, _code(tree, path), pattern)):
                return found
    return None


def _code(tree: RepoTree, path: str) -> str:
    return without_tests(tree.text(path) or "")


def without_tests(text: str) -> str:
    """A source file up to its test module: a test's `"127.0.0.1:8080".parse()` is no
    listen address of the app (openobserve's main.rs)."""
    return text.split("#[cfg(test)]", 1)[0]


def _prefix(folder: str) -> str:
    return "" if folder == "." else f"{folder}/"


def _first_in(path: str, text: str, pattern: re.Pattern[str]) -> Choice[int] | None:
    for match in pattern.finditer(text):
        port = int(next(g for g in match.groups() if g))
        if 0 < port < 65536 and port not in _SERVICE_PORTS:
            line = text.count("\n", 0, match.start()) + 1
            return Choice(port, (f"{path}:{line} {' '.join(match.group(0).split())}",))
    return None

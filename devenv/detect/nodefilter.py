"""The packages a workspace root's dev script runs: only those are its apps.

`dev: turbo dev --filter=./apps/web` runs one package whatever else has a dev script (a
Cloudflare worker, a queue consumer started apart); `pnpm -r --filter=!@x/tests dev` runs
every package but the excluded ones. A script that runs another root script (`pnpm start:dev`)
is followed; one that runs every package unfiltered says nothing.
"""

from __future__ import annotations

import posixpath
import re
import shlex
from collections.abc import Mapping
from dataclasses import dataclass, field
from fnmatch import fnmatch

from devenv.detect.manifests import load_json, table
from devenv.detect.model import AppFinding
from devenv.detect.nodekind import (
    SERVER_FRAMEWORKS,
    build_only,
    command_of,
    package_name,
    serving_script,
    turbo_dev_tasks,
    vite_dev,
)
from devenv.detect.tree import RepoTree, ancestors, join

_TOOLS = {"pnpm", "yarn", "npm", "bun", "turbo", "nx", "lerna"}
_SERVING = re.compile(r"^(?:dev|start|serve|develop)(?::[\w-]+)?$|^\w+:dev$")
_RUNNERS = {"turbo", "nx", "lerna"}
_EVERY = {"-r", "--recursive", "--workspaces", "-ws", "foreach", "--parallel"}
_FILTER_FLAGS = {"--filter", "-F", "--scope"}
_SECTIONS = ("dependencies", "devDependencies")
_ROOT_DEV = re.compile(r"^dev:[\w-]+$")
_SEGMENTS = re.compile(r"&&|\|\||;|\|")
_GLOB = re.compile(r"[*?\[]")
_MANAGERS = {"npm", "yarn", "pnpm", "bun"}
# concurrently's shorthand for a package script: `npm:dev:server`, `pnpm:watch-*`.
_SHORTHAND = re.compile(r"(?:npm|yarn|pnpm|bun):([\w:*.-]+)")


@dataclass
class _Filters:
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    delegates: bool = False
    scripts: set[str] = field(default_factory=set)  # the package scripts it runs
    # turbo.json names the tasks `turbo run dev` runs: a package with none of them is not run.
    named: bool = False


def run_by_root(
    tree: RepoTree, apps: list[AppFinding], findings: Mapping[str, AppFinding]
) -> tuple[list[AppFinding], list[str]]:
    """The apps without the workspace packages their root's dev scripts leave out."""
    roots = {f: _root_runs(tree, f) for f, found in findings.items() if not found.runnable}
    kept, notes = [], []
    for app in apps:
        root = next((r for r in ancestors(app.path) if roots.get(r)), None)
        why = _left_out(tree, root, app.path, roots[root]) if root is not None else None
        if app.language.value != "node" or why is None:
            kept.append(app)
            continue
        notes.append(f"{app.path}: {why}")
    return kept, notes


def run_by_name(tree: RepoTree, folder: str) -> bool:
    """The workspace root's dev scripts pick packages by filter, this one among them, and the
    script they run in it is a Vite dev server: an app, whoever imports its components."""
    root = next((r for r in ancestors(folder) if is_root_folder(tree, r)), None)
    runs = _root_runs(tree, root) if root is not None else []
    if not any(r.include or r.exclude for r in runs) or root is None:
        return False
    scripts = _scripts(tree, folder)
    names = {n for r in runs if _runs(tree, root, folder, r) for n in r.scripts}
    return any(vite_dev(scripts.get(n, "")) for n in names)


def picked_by_root(tree: RepoTree, folder: str) -> bool:
    """The workspace root's dev scripts pick this package by a filter that names it
    (`dev: pnpm -F artalk dev`), not by running every package."""
    root = next((r for r in ancestors(folder) if is_root_folder(tree, r)), None)
    if root is None:
        return False
    # A glob (`dev:packages: turbo run dev --filter=./packages/*`) runs every library in watch
    # mode; it names none of them (abby's packages/svelte playground).
    named = [
        _Filters(include=[i for i in r.include if not _GLOB.search(i)])
        for r in _root_runs(tree, root)
    ]
    return any(r.include and _runs(tree, root, folder, r) for r in named)


def is_root_folder(tree: RepoTree, folder: str) -> bool:
    return tree.exists(join(folder, "pnpm-workspace.yaml")) or bool(
        load_json(tree.text(join(folder, "package.json")))[0].get("workspaces")
    )


def _scripts(tree: RepoTree, folder: str) -> dict[str, str]:
    data, _ = load_json(tree.text(join(folder, "package.json")))
    return {k: v for k, v in table(data, "scripts").items() if isinstance(v, str)}


def _root_runs(tree: RepoTree, root: str) -> list[_Filters]:
    """What the root's dev scripts (`dev`, `dev:docs`; else `start`) run in the packages.

    A `dev` script that runs no package in a way read here (`concurrently "..."`) says
    nothing: then no package is left out.
    """
    scripts = _scripts(tree, root)
    first = next((n for n in ("dev", "start:dev", "start") if n in scripts), None)
    named = _turbo_named(tree, root, scripts.get(first or "", ""))
    if named is not None:
        return [named]
    names = [n for n in scripts if _ROOT_DEV.match(n) and n != first]
    runs = []
    for name in [first, *names] if first else []:
        found = _Filters()
        _read(scripts, name, found, set())
        if name == first and not found.delegates:
            return []
        # Beside `dev`, a script that runs every package but some (abby's `dev:all: turbo run
        # dev --filter=!./apps/docs`) is the opt-in to start everything, workers included.
        if name != first and not found.include:
            continue
        runs += [found] if found.delegates else []
    return runs


def _turbo_named(tree: RepoTree, root: str, script: str) -> _Filters | None:
    """`dev: dotenv -e .env.local -- turbo run dev`, where turbo.json's dev task depends on
    the packages' `console:dev` and `rotor:dev`: only packages with one of those are run."""
    tasks = turbo_dev_tasks(tree, root)
    if not tasks or not re.fullmatch(r"turbo\s+(?:run\s+)?dev", command_of(script).strip()):
        return None
    return _Filters(delegates=True, scripts={"dev", *tasks}, named=True)


def _read(scripts: dict[str, str], name: str, found: _Filters, seen: set[str]) -> None:
    seen.add(name)
    folder = None  # `cd packages/core && npm start` runs that one package
    for segment in _SEGMENTS.split(scripts[name]):
        try:
            words = shlex.split(segment)
        except ValueError:
            continue
        if len(words) == 2 and words[0] == "cd":
            folder = words[1]
        if words and words[0] == "concurrently":  # each root script it runs, read in turn
            for other in _concurrent(scripts, words[1:], seen):
                _read(scripts, other, found, seen)
            continue
        if not words or words[0] not in _TOOLS:
            continue
        positional, filters = _parse(words[1:])
        runs = [w for w in positional if w != "run"]
        every = words[0] in _RUNNERS or bool(_EVERY & set(words))
        own = next((w for w in runs if w in scripts and w not in seen), None)
        if not filters and not every and folder is None and own:
            _read(scripts, own, found, seen)  # `pnpm start:dev`: another root script
        elif any(_SERVING.match(w) for w in runs) and (every or filters or folder):
            found.delegates = True
            found.scripts |= {w for w in runs if _SERVING.match(w)}
            filters = filters or ([f"./{folder.removeprefix('./')}"] if folder else [])
            for value in (v for f in filters for v in _braces(f.strip("'\""))):
                bare = value
                if bare.startswith("!"):
                    found.exclude.append(bare[1:])
                else:
                    found.include.append(bare)


def _concurrent(scripts: dict[str, str], words: list[str], seen: set[str]) -> list[str]:
    """The root scripts `concurrently` runs: `npm:dev:server` (a glob too, `npm:dev:*`), or a
    quoted `"pnpm run dev:web"` (msgbyte/tianji's `dev`, whose scripts `cd` into packages)."""
    found = []
    for word in words:
        short = _SHORTHAND.fullmatch(word)
        inner = word.split()
        if short:
            found += [n for n in scripts if fnmatch(n, short.group(1))]
        elif len(inner) in (2, 3) and inner[0] in _MANAGERS and inner[1:-1] in ([], ["run"]):
            found.append(inner[-1])
    return [n for n in dict.fromkeys(found) if n in scripts and n not in seen]


def _braces(value: str) -> list[str]:
    """`--filter={@x/web,@x/server}`: the shell expands the group into one filter for each
    (turbo's own `{./apps/web}` names a folder and holds no comma)."""
    found = re.fullmatch(r"([^{}]*)\{([^{}]*,[^{}]*)\}([^{}]*)", value)
    if found is None:
        return [value]
    head, group, tail = found.groups()
    return [head + part + tail for part in group.split(",")]


def _parse(words: list[str]) -> tuple[list[str], list[str]]:
    positional, filters = [], []
    taking = False
    for word in words:
        if taking:
            filters.append(word)
            taking = False
        elif word in _FILTER_FLAGS:
            taking = True
        elif word.split("=", 1)[0] in _FILTER_FLAGS and "=" in word:
            filters.append(word.split("=", 1)[1])
        elif not word.startswith("-"):
            positional.append(word)
    return positional, filters


def _left_out(tree: RepoTree, root: str, folder: str, runs: list[_Filters]) -> str | None:
    """Why the root's dev scripts do not serve this package, or None when one does."""
    running = [r for r in runs if _runs(tree, root, folder, r)]
    if not running:
        return f"not among the packages {join(root, 'package.json')}'s dev scripts run"
    data, _ = load_json(tree.text(join(folder, "package.json")))
    scripts = _scripts(tree, folder)
    names = {d.lower() for section in _SECTIONS for d in table(data, section)}
    run = {n: scripts[n] for r in running for n in sorted(r.scripts) if n in scripts}
    built = build_only(run) if serving_script(run) is None else None
    if built and not any(d in names for d in SERVER_FRAMEWORKS):
        return f"the workspace's dev script runs its {built}, which only builds"
    return None


def _runs(tree: RepoTree, root: str, folder: str, filters: _Filters) -> bool:
    relative = posixpath.relpath(folder, root) if root != "." else folder
    name = package_name(tree, folder) or ""

    def matches(value: str) -> bool:
        value = value.strip(".") if value.startswith("...") else value.removesuffix("...")
        value = value.removeprefix("^")
        if value.startswith(("./", "{./")):
            pattern = value.strip("{}").removeprefix("./").rstrip("/")
            return fnmatch(relative, pattern) or relative.startswith(pattern + "/")
        value = value.lower()  # pnpm: `-F core` picks `@babel/core`, the scope is optional
        return fnmatch(name, value) or (
            "/" not in value and fnmatch(name.rpartition("/")[2], value)
        )

    if filters.include and not any(matches(v) for v in filters.include):
        return False
    if filters.named and not filters.scripts & set(_scripts(tree, folder)):
        return False
    return not any(matches(v) for v in filters.exclude)

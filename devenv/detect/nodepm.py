"""A Node app's version and package manager, from its own files or its workspace root's."""

from __future__ import annotations

import re
from typing import Any

from devenv.detect.manifests import load_json, quoted_key_line, table
from devenv.detect.model import Choice
from devenv.detect.tree import RepoTree, ancestors_first, join, parent
from devenv.detect.versions import NODE, choose, pinned

# nvm's names for LTS lines, as .nvmrc may say `lts/iron`.
_LTS = {
    "gallium": "16",
    "hydrogen": "18",
    "iron": "20",
    "jod": "22",
    "krypton": "24",
}
_LOCKFILES = (
    ("pnpm-lock.yaml", "pnpm"),
    ("yarn.lock", "yarn"),
    ("package-lock.json", "npm"),
    ("npm-shrinkwrap.json", "npm"),
)
# The lockfile each package manager's Dockerfile copies.
_EXPECTED_LOCK = {"npm": "package-lock.json", "yarn": "yarn.lock", "pnpm": "pnpm-lock.yaml"}


def node_version(tree: RepoTree, folder: str, data: dict[str, Any], text: str) -> Choice[str]:
    """.nvmrc or .node-version (here or above), Volta's pin, engines.node, else the default."""
    for name in (".nvmrc", ".node-version"):
        for path in ancestors_first(folder, name):
            words = (tree.text(path) or "").split()
            found = _nvm_alias(words[0], path) if words else None
            if found:
                return found
    manifest = join(folder, "package.json")
    volta = table(data, "volta").get("node")
    if isinstance(volta, str):
        found = pinned(NODE, volta, f"{manifest}:{quoted_key_line(text, 'volta')} volta.node")
        if found:
            return found
    engine = table(data, "engines").get("node")
    if isinstance(engine, str):
        source = f"{manifest}:{quoted_key_line(text, 'node')} engines.node {engine}"
        found = choose(NODE, engine, source)
        if found:
            return found
    return Choice(NODE.default, ("no Node version pinned; devenv's default (an LTS line)",))


def _nvm_alias(word: str, path: str) -> Choice[str] | None:
    alias = word.lower().removeprefix("lts/")
    if alias in _LTS:
        return Choice(_LTS[alias], (f"{path} {word}",))
    if alias in ("*", "node", "stable", "latest"):
        return Choice(NODE.default, (f"{path} {word}: devenv's default LTS line",))
    return pinned(NODE, word, path)


def package_manager(tree: RepoTree, folder: str, notes: list[str]) -> Choice[str]:
    """`packageManager` (what corepack enforces), else the nearest lockfile, else npm."""
    found = _declared(tree, folder) or _locked(tree, folder)
    bun = _bun(tree, folder)
    if found is None and bun:
        notes.append(
            f"{folder}: {bun} is Bun's lockfile; devenv has no Bun template yet, so the "
            "Dockerfile installs with npm: run `npm install` to create package-lock.json"
        )
        return Choice("npm", (f"{bun}: Bun, which devenv does not template; npm instead",))
    if found is None:
        notes.append(f"{folder}: no lockfile; run `npm install` to create package-lock.json")
        return Choice("npm", ("no lockfile or packageManager: npm, devenv's default",))
    choice, where = found
    lock = join(where, _EXPECTED_LOCK[choice.value])
    if where != folder:
        notes.append(
            f"{folder}: its lockfile is at the workspace root ({lock}); the Dockerfile builds "
            f"from {folder}, so copy the lockfile there or adjust the Dockerfile"
        )
    elif not tree.exists(lock):
        notes.append(f"{folder}: no {_EXPECTED_LOCK[choice.value]}; the Dockerfile copies it")
    return choice


def _bun(tree: RepoTree, folder: str) -> str | None:
    """bun.lock (text, Bun 1.2+) or bun.lockb, here or in a parent folder."""
    for name in ("bun.lock", "bun.lockb"):
        found = next((p for p in ancestors_first(folder, name) if tree.exists(p)), None)
        if found:
            return found
    return None


def _declared(tree: RepoTree, folder: str) -> tuple[Choice[str], str] | None:
    for path in ancestors_first(folder, "package.json"):
        text = tree.text(path) or ""
        value = load_json(text)[0].get("packageManager")
        if isinstance(value, str):
            match = re.match(r"(npm|yarn|pnpm)@(\d+)", value)
            if match:
                where = f"{path}:{quoted_key_line(text, 'packageManager')} packageManager"
                label = f"{where} {value}" + _berry(match.group(1), int(match.group(2)))
                return Choice(match.group(1), (label,)), parent(path)
    return None


def _locked(tree: RepoTree, folder: str) -> tuple[Choice[str], str] | None:
    here = folder
    while True:
        for name, manager in _LOCKFILES:
            path = join(here, name)
            if tree.exists(path):
                berry = manager == "yarn" and (
                    "__metadata:" in (tree.text(path) or "")
                    or tree.exists(join(here, ".yarnrc.yml"))
                )
                return Choice(manager, (path + (" (Yarn Berry)" if berry else ""),)), here
        if here == ".":
            return None
        here = parent(here)


def _berry(manager: str, major: int) -> str:
    return " (Yarn Berry)" if manager == "yarn" and major >= 2 else ""


_PNPM_ENTRY = re.compile(r"^\s*-\s*[\"']?([^\"'\s#]+)")


def pnpm_packages(after_key: str) -> list[str]:
    """The entries of pnpm-workspace.yaml's `packages:` list, up to the next top-level key."""
    first, *lines = after_key.splitlines() or [""]
    if "[" in first:  # flow style: packages: ['apps/*', .]
        return [e.strip(" \"'") for e in first.split("[", 1)[1].split("]")[0].split(",")]
    entries = []
    for line in lines:
        if line[:1].isalnum():
            break
        if match := _PNPM_ENTRY.match(line):
            entries.append(match.group(1))
    return entries

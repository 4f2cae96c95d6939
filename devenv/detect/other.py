"""Languages devenv recognises but has no templates for yet: named, with their services.

Reporting them precisely (the language, the file, the services its manifest implies) tells
the user what devenv saw instead of a vague "nothing found".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from devenv.detect.manifests import load_json, load_toml, strings, table
from devenv.detect.model import AppFinding, Choice, Dependency, ServiceNeed
from devenv.detect.services import ECOSYSTEMS, services_for
from devenv.detect.tree import RepoTree, join

# Manifest file → (language, how people call the build tool), first match wins per folder.
MANIFESTS = (
    ("pom.xml", "java", "Maven"),
    ("build.gradle.kts", "java", "Gradle"),
    ("build.gradle", "java", "Gradle"),
    ("Cargo.toml", "rust", "Cargo"),
    ("Gemfile", "ruby", "Bundler"),
    ("composer.json", "php", "Composer"),
    ("mix.exs", "elixir", "Mix"),
)
# Crates that make a desktop application (Tauri's src-tauri, Dioxus desktop...).
_DESKTOP = frozenset({"tauri", "tauri-build", "dioxus-desktop", "wry", "gtk", "iced", "eframe"})
_TOKEN = r"(?<![\w.-]){name}(?![\w.-])"
_GEM = re.compile(r"^\s*gem\s+[\"']([\w.-]+)[\"']", re.MULTILINE)


def is_candidate(tree: RepoTree, folder: str) -> bool:
    names = tree.names(folder)
    return any(m in names for m, _, _ in MANIFESTS) or any(n.endswith(".csproj") for n in names)


def detect(tree: RepoTree, folder: str, exclude: Iterable[str] = ()) -> AppFinding:
    names = tree.names(folder)
    for file, language, tool in MANIFESTS:
        if file in names:
            path = join(folder, file)
            deps = _dependencies(language, tree.text(path) or "", path)
            finding = _finding(folder, path, language, tool, services_for(language, deps))
            desktop = next((d for d in deps if d.name in _DESKTOP), None)
            if desktop:  # the Rust half of a desktop app: it opens a window, not a port
                note = f"{folder}: a {desktop.name} desktop app ({desktop.evidence}), not a server"
                return replace(finding, runnable=False, notes=(note,))
            return finding
    project = next(n for n in names if n.endswith(".csproj"))
    return _finding(folder, join(folder, project), "dotnet", ".NET", [])


def _finding(
    folder: str, path: str, language: str, tool: str, services: list[ServiceNeed]
) -> AppFinding:
    return AppFinding(
        path=folder,
        language=Choice(language, (f"{path} ({tool})",)),
        manifest=path,
        services=tuple(services),
        strength=2,
    )


def _dependencies(language: str, text: str, path: str) -> list[Dependency]:
    if language == "java":
        return _tokens(text, path, "java")
    if language == "rust":
        return _cargo(text, path)
    if language == "ruby":
        return [
            Dependency(
                m.group(1).lower(), path, text.count("\n", 0, m.start()) + 1, m.group(0).strip()
            )
            for m in _GEM.finditer(text)
        ]
    if language == "php":
        data, _ = load_json(text)
        found = []
        for name in [*table(data, "require"), *table(data, "require-dev")][:200]:
            found.append(Dependency(name.lower(), path, _line(text, f'"{name}"'), name))
        return found
    return []


def _tokens(text: str, path: str, ecosystem: str) -> list[Dependency]:
    """Artifact names in a pom.xml or build.gradle, matched as whole tokens."""
    found = []
    for names in ECOSYSTEMS[ecosystem].values():
        for name in names:
            match = re.search(_TOKEN.format(name=re.escape(name)), text)
            if match:
                line = text.count("\n", 0, match.start()) + 1
                found.append(Dependency(name, path, line, name))
    return found


def _cargo(text: str, path: str) -> list[Dependency]:
    data, _ = load_toml(text)
    found = []
    for section in ("dependencies", "workspace"):
        deps = (
            table(data, section)
            if section == "dependencies"
            else table(data, "workspace", "dependencies")
        )
        for name, spec in deps.items():
            features = strings(spec.get("features")) if isinstance(spec, dict) else []
            found.append(
                Dependency(name.lower(), path, _line(text, name), name, frozenset(features))
            )
    return found


def _line(text: str, needle: str) -> int | None:
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else None

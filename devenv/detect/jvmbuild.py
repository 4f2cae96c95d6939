"""A Maven or Gradle build as detection reads it.

The build file with the plugins a root only declares (`apply false`) blanked and version
catalog accessors followed to their coordinates; a Maven module's parents and the siblings it
uses, a Gradle project's project dependencies and buildSrc conventions; the folder the build
runs from; the service artifacts and embedded databases it declares."""

from __future__ import annotations

import functools
import re
from typing import Any

from devenv.detect.clienttables import ECOSYSTEMS
from devenv.detect.gradleconventions import convention_plugins
from devenv.detect.gradleprojects import PROJECT_DEP, project_folder
from devenv.detect.jvmport import CONFIG_FILES
from devenv.detect.manifests import load_toml, table
from devenv.detect.mavenpom import artifact_id, inherited, used_modules, without_test_dependencies
from devenv.detect.model import AppFinding, Dependency, line_at
from devenv.detect.tree import RepoTree, ancestors, join, parent

BUILD_FILES = (("pom.xml", "maven"), ("build.gradle.kts", "gradle"), ("build.gradle", "gradle"))
# An artifact name stands in a build file as a whole token: a run of these characters.
_TOKEN = re.compile(r"[\w.-]+")
# Embedded databases: with one in the build, the server drivers beside it are options
# (Spring Boot starts H2 when no datasource URL is set).
EMBEDDED = ("h2", "hsqldb", "derby", "sqlite-jdbc", "r2dbc-h2")
_SERVER_URL = re.compile(
    r"\b(?:jdbc|r2dbc):(?:postgresql|mysql|mariadb|sqlserver)\b"
    r"|db-kind\s*[=:]\s*['\"]?(?:postgresql|mysql|mariadb|mssql)\b"
)
# Quarkus's dev profile on an embedded database (`%dev.quarkus.datasource.db-kind=h2`,
# JHipster's Quarkus sample): `quarkus dev` runs on it, whatever the other profiles name.
_QUARKUS_DEV_EMBEDDED = re.compile(
    r"^\s*%dev\.quarkus\.datasource\.(?:db-kind\s*=\s*(?:h2|derby)\b|jdbc\.url\s*=\s*jdbc:(?:h2|derby):)",
    re.MULTILINE,
)
# A Gradle version catalog's accessors (`libs.plugins.spring.boot`, `libs.postgresql`, the
# Micronaut platform's `mn.micronaut.data.jdbc`) and a plugin a root build only declares.
_CATALOG_REF = re.compile(r"\b(?:libs|mn)\.((?:plugins\.|bundles\.)?[A-Za-z][\w.]*[\w])")
_APPLY_FALSE = re.compile(r"^.*\bapply\s*\(?\s*false\b.*$", re.MULTILINE)


def build_text(tree: RepoTree, folder: str, manifest: str, *, follow: bool = True) -> str:
    return "\n".join(text for _, text in build_files(tree, folder, manifest, follow=follow))


def build_files(
    tree: RepoTree, folder: str, manifest: str, *, follow: bool = True
) -> list[tuple[str, str]]:
    """The build file as detection reads it, line for line: plugins declared `apply false`
    blanked (a root build declares them for its modules) and version-catalog accessors
    followed by the coordinates they stand for; for Gradle, then the builds of the projects
    it depends on (their dependencies are on its classpath)."""
    text = _APPLY_FALSE.sub("", tree.text(manifest) or "")
    if manifest.endswith("pom.xml"):
        # A module gets the dependencies its parent poms declare for every module, and
        # those of the sibling modules it uses.
        if not follow:
            return [(manifest, text)]
        root = build_root(tree, folder, "maven")
        return [
            (manifest, text),
            *inherited(tree, folder, text),
            *used_modules(tree, root, folder, text),
        ]
    root = build_root(tree, folder, "gradle")
    catalog = _catalog(tree, root)
    seen = {folder}
    pending = [(manifest, text)]
    found: list[tuple[str, str]] = []
    while pending and len(found) < (50 if follow else 1):
        path, body = pending.pop(0)
        resolved = _CATALOG_REF.sub(lambda m: f"{m.group(0)} {_resolve(catalog, m)}", body)
        found.append((path, resolved))
        for project in PROJECT_DEP.findall(body):
            other = project_folder(tree, root, project)
            names = [join(other, n) for n, _ in BUILD_FILES if tree.exists(join(other, n))]
            if other not in seen and names:
                seen.add(other)
                pending.append((names[0], _APPLY_FALSE.sub("", tree.text(names[0]) or "")))
    # The plugins its buildSrc conventions apply are applied to it, written as it would.
    applied = convention_plugins(tree, root, text)
    found += [(path, f"id '{plugin}'") for path, plugin in applied]
    return found


def _catalog(tree: RepoTree, root: str) -> dict[str, str]:
    """gradle/libs.versions.toml: accessor (`plugins.spring.boot`) -> coordinates."""
    data, _ = load_toml(tree.text(join(root, "gradle/libs.versions.toml")))
    found: dict[str, str] = {}
    for section, prefix in (("libraries", ""), ("plugins", "plugins.")):
        for alias, value in table(data, section).items():
            found[prefix + re.sub(r"[-_]", ".", alias)] = _coordinates(value)
    for alias, members in table(data, "bundles").items():
        names = [found.get(re.sub(r"[-_]", ".", m), m) for m in members if isinstance(m, str)]
        found["bundles." + re.sub(r"[-_]", ".", alias)] = " ".join(names)
    return found


def _coordinates(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key in ("module", "id"):
            if isinstance(value.get(key), str):
                return str(value[key])
        return f"{value.get('group', '')}:{value.get('name', '')}"
    return ""


def _resolve(catalog: dict[str, str], match: re.Match[str]) -> str:
    """The catalog's coordinates; without a catalog file (the Micronaut platform's), the
    accessor names the artifact: `mn.micronaut.redis.lettuce` is micronaut-redis-lettuce."""
    return catalog.get(match.group(1)) or match.group(1).replace(".", "-")


def embedded(tree: RepoTree, app: AppFinding) -> str | None:
    """An embedded database in the build, unless the app's main configuration points its
    datasource at a server."""
    folder = parent(app.manifest)
    return embedded_default(tree, folder, build_files(tree, folder, app.manifest))


def embedded_default(tree: RepoTree, folder: str, files: list[tuple[str, str]]) -> str | None:
    for config in CONFIG_FILES:
        path = join(folder, config)
        if found := _QUARKUS_DEV_EMBEDDED.search(tree.text(path) or ""):
            return f"{path} {found.group(0).strip()}"
    names = [(p, n) for p, body in files for n in EMBEDDED if n in _token_offsets(body)]
    if not names:
        return None
    for config in CONFIG_FILES:
        if _SERVER_URL.search(tree.text(join(folder, config)) or ""):
            return None
    return f"{names[0][0]} {names[0][1]}"


def artifacts(text: str, path: str) -> list[Dependency]:
    """The artifact names of the services table in a pom.xml or build.gradle, as whole tokens."""
    found = []
    tokens = _token_offsets(without_test_dependencies(text))
    for names in ECOSYSTEMS["java"].values():
        for name in sorted(names):
            at = tokens.get(name)
            if at is not None:
                line = line_at(text, at)
                found.append(Dependency(name, path, line, name))
    return found


@functools.lru_cache(maxsize=16)
def _token_offsets(text: str) -> dict[str, int]:
    """Where each token of a build file first stands: every artifact of the services table is
    looked up in it, so the file is read once, not once per name."""
    found: dict[str, int] = {}
    for match in _TOKEN.finditer(text):
        found.setdefault(match.group(0), match.start())
    return found


def build_root(tree: RepoTree, folder: str, tool: str) -> str:
    """The topmost folder above whose build includes this one: a Gradle settings file, or a
    Maven aggregator (<modules>) the module inherits from or uses a sibling of. A module with
    neither (its own wrapper, no parent there) builds on its own."""
    found = folder
    current = tree.text(join(folder, "pom.xml")) or ""
    for above in ancestors(folder):
        if tool == "gradle":
            if any(tree.exists(join(above, n)) for n in ("settings.gradle", "settings.gradle.kts")):
                found = above
            continue
        text = tree.text(join(above, "pom.xml")) or ""
        if "<modules>" in text and (
            _in_reactor(tree, above, text, current) or _wrapped_above(tree, above, found)
        ):
            found, current = above, text
    return found


def _wrapped_above(tree: RepoTree, above: str, module: str) -> bool:
    """A module with no Maven wrapper of its own, listed by an aggregator that has one, is
    built with that wrapper from there (`./mvnw -pl module spring-boot:run`)."""
    return tree.exists(join(above, "mvnw")) and not tree.exists(join(module, "mvnw"))


def _in_reactor(tree: RepoTree, above: str, aggregator: str, module: str) -> bool:
    """Built alone, Maven could resolve neither a parent in the repository nor a sibling's
    artifact: such a module builds from the aggregator."""
    inherited = re.search(r"<parent>(.*?)</parent>", module, re.DOTALL)
    own = artifact_id(aggregator)
    if inherited and (own is None or artifact_id(inherited.group(1)) == own):
        return True
    siblings = {
        artifact_id(tree.text(join(join(above, name.strip()), "pom.xml")) or "")
        for name in re.findall(r"<module>([^<]+)</module>", aggregator)
    }
    used = set(re.findall(r"<artifactId>\s*([\w.-]+)\s*</artifactId>", module))
    return bool(used & (siblings - {None, artifact_id(module)}))

"""Detect a Java app built by Maven or Gradle: version, framework, port, services.

A module that is only a library (no framework, no main class) or an aggregator (packaging
pom) is a note, not an app; the wrapper (mvnw, gradlew) is used when the repository has one.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from dataclasses import replace

from devenv.detect.gradleprojects import (
    applied_elsewhere,
    gradle_user,
    left_out,
    own_part,
    used_build,
)
from devenv.detect.jvmbuild import (
    BUILD_FILES,
    artifacts,
    build_files,
    build_root,
    build_text,
    embedded_default,
)
from devenv.detect.jvmport import config_port, dependency_port
from devenv.detect.mavenpom import (
    inherited,
    packages_nothing,
    part_of,
    profile_module,
    unlisted_module,
)
from devenv.detect.model import AppFinding, Choice, ServiceNeed, evidence, line_at
from devenv.detect.services import mail_catcher, services_for
from devenv.detect.springprofiles import configured_only, profile_only, switched_off
from devenv.detect.tree import RepoTree, ancestors_first, join
from devenv.detect.versions import JAVA, pinned

WRAPPERS = {"maven": "mvnw", "gradle": "gradlew"}
# Evidence of a framework in a pom.xml or build.gradle, strongest first.
FRAMEWORKS = (
    (
        "spring-boot",
        re.compile(r"org\.springframework\.boot(?![\w.-])|spring-boot-(?:starter|maven-plugin)"),
    ),
    ("quarkus", re.compile(r"io\.quarkus(?![\w.-])|quarkus-maven-plugin")),
    (
        "micronaut",
        re.compile(r"io\.micronaut(?:\.application)?(?![\w.-])|micronaut-maven-plugin"),
    ),
    # Ktor's Gradle plugin, a server engine or its main class (a client alone is no server).
    (
        "ktor",
        re.compile(
            r"io\.ktor\.plugin|io\.ktor\.server\.|ktor-server-(?:core|netty|cio|jetty|tomcat)"
            r"(?:-jvm)?(?![\w.-])"
        ),
    ),
    # Vert.x's launcher runs a main verticle (a shaded jar's Main-Verticle, the plugins'
    # mainVerticle); its libraries alone are no app.
    (
        "vertx",
        re.compile(
            r"(?i:main[.-]?verticle)|io\.vertx\.core\.Launcher|io\.vertx\.launcher\.application"
            r"|vertx-maven-plugin|io\.vertx\.vertx-plugin"
        ),
    ),
)
# Any framework in a module's build: a module that uses a sibling and runs runs it too.
_RUNS = re.compile("|".join(pattern.pattern for _, pattern in FRAMEWORKS))
_MAIN_CLASS = re.compile(r"<mainClass>|mainClass\s*[=.(]|\bapplication\b\s*[({]|Main-Class")
# Either: a build that runs something of its own.
_RUNNER = re.compile(f"{_RUNS.pattern}|{_MAIN_CLASS.pattern}")
# A module named for tests (e2e-tests, integration-test, it) drives a test suite.
_TEST_SUITE = re.compile(r"(?i)(?:^|[-_.])(?:tests?|e2e|it|integration)(?:[-_.]|$)")
# A main class with a desktop UI toolkit in the build opens a window; it serves nothing.
_DESKTOP = re.compile(r"\bcompose\.desktop\b|org\.openjfx\b|javafx-(?:maven|gradle)-plugin")
_GRADLE = (".gradle", ".gradle.kts")
# A Gradle build applying java-library or java-platform, and no plugin that runs an app,
# is a library however many framework starters it lists.
_GRADLE_LIBRARY = re.compile(r"[\"'`]java-(?:library|platform)[\"'`]")
_APP_PLUGIN = re.compile(
    r"[\"'`\s](?:application|org\.springframework\.boot|io\.quarkus|io\.micronaut\.application)"
    r"[\"'`]?\s*(?:version\b.*)?$",
    re.MULTILINE,
)


# The Spring Boot plugin applied (`id 'org.springframework.boot'`, `apply plugin: ...`), and a
# build that runs an app of its own: an app's plugin or a main class.
_BOOT_PLUGIN = re.compile(r"[\"'`\s]org\.springframework\.boot[\"'`]?\s*(?:version\b.*)?$", re.M)
_RUNS_ITSELF = re.compile(f"{_APP_PLUGIN.pattern}|{_MAIN_CLASS.pattern}", re.M)


def is_candidate(tree: RepoTree, folder: str) -> bool:
    return any(tree.exists(join(folder, name)) for name, _ in BUILD_FILES)


def detect(tree: RepoTree, folder: str, exclude: Iterable[str] = ()) -> AppFinding:
    manifest, tool = next(
        (join(folder, n), t) for n, t in BUILD_FILES if tree.exists(join(folder, n))
    )
    text = build_text(tree, folder, manifest, follow=False)
    finding = AppFinding(
        path=folder,
        language=Choice("java", (manifest,)),
        manifest=manifest,
        version=_version(tree, folder, text, manifest),
        package_manager=_package_manager(tree, folder, tool, manifest),
    )
    found = [d for path, body in build_files(tree, folder, manifest) for d in artifacts(body, path)]
    services: list[ServiceNeed] = services_for("java", found)
    profiled: list[str] = []
    if default := embedded_default(tree, folder, build_files(tree, folder, manifest)):
        services, profiled = profile_only(tree, folder, services, default)
    else:
        services, profiled = configured_only(tree, folder, services)
    services, off = switched_off(tree, folder, services)
    finding = replace(finding, services=(*services, *mail_catcher(tree, folder)))
    if re.search(r"<packaging>\s*pom\s*</packaging>", text):
        note = f"{folder}: {manifest} is an aggregator (packaging pom), not an app"
        return replace(finding, runnable=False, services=(), notes=(note,))
    if _GRADLE_LIBRARY.search(text) and not _APP_PLUGIN.search(text):
        note = f"{folder}: a Java library (its build applies java-library), not an app"
        return replace(finding, runnable=False, notes=(note,))
    own = own_part(text) if tool == "gradle" else text
    root = build_root(tree, folder, tool)
    framework, why_not = _framework_of(tree, folder, manifest, own, root)
    if framework is None:
        return replace(finding, runnable=False, notes=(why_not,))
    notes = []
    if framework.value == "spring-boot" and "spring-boot-devtools" not in text:
        notes.append(f"{folder}: add spring-boot-devtools for live reload in dev")
    user = None
    if root != folder:
        user = (
            part_of(tree, root, folder, text, _RUNS)
            if tool == "maven"
            else gradle_user(tree, root, folder, _RUNNER, _APP_PLUGIN, _DESKTOP)
        )
    elif tool == "maven" and packages_nothing(text, _MAIN_CLASS):
        user = part_of(tree, ".", folder, text, _RUNS)
    if tool == "gradle" and left_out(tree, root, folder):
        note = f"{folder}: not among the projects {root}'s settings file includes, not built"
        return replace(finding, runnable=False, services=(), notes=(note,))
    if user:
        note = f"{folder}: a module {user} depends on, run as a part of that app"
        return replace(finding, runnable=False, notes=(note,))
    if tool == "maven" and root != folder and unlisted_module(tree, root, folder):
        note = f"{folder}: not among the modules its reactor at {root} lists, not built"
        return replace(finding, runnable=False, services=(), notes=(note,))
    if tool == "maven" and root != folder and profile_module(tree, root, folder):
        note = f"{folder}: built only with a Maven profile of its reactor, not an app"
        return replace(finding, runnable=False, services=(), notes=(note,))
    other = None
    if tool == "gradle" and root != folder and not _RUNS_ITSELF.search(own):
        other = applied_elsewhere(tree, root, folder, _BOOT_PLUGIN)
    if other:
        note = f"{folder}: a library of the build ({other} applies the Spring Boot plugin)"
        return replace(finding, runnable=False, notes=(note,))
    if root != folder:
        # Its parent build and sibling modules must be in the image: it builds from the root.
        relative = folder if root == "." else folder[len(root) + 1 :]
        why = f"a module of the {tool} build at {root}"
        finding = replace(
            finding,
            path=root,
            main_package=Choice(f"./{relative}", (why,)),
            package_manager=_package_manager(tree, root, tool, manifest),
        )
    port = config_port(tree, folder) or dependency_port(tree, build_files(tree, folder, manifest))
    if port is None and framework.value != "none":
        port = Choice(8080, (f"{framework.value}'s default port",))
    return replace(
        finding,
        framework=framework,
        port=port,
        notes=(*notes, *profiled, *off),
        strength=3 if framework.value != "none" else 2,
    )


def _framework_of(
    tree: RepoTree, folder: str, manifest: str, own: str, root: str
) -> tuple[Choice[str] | None, str]:
    """The framework the build runs, or None and why it is no app: a library, or a test
    suite's driver (e2e-tests' Playwright CLI). A Gradle application that names only a main
    class runs the framework of the projects it depends on (Kestra's root runs :cli's)."""
    framework = _framework(own, manifest)
    if framework is None and manifest.endswith("pom.xml"):
        framework = _parent_framework(tree, folder, own)
    if framework is not None:
        return framework, ""
    if not _MAIN_CLASS.search(own):
        return None, f"{folder}: a Java library (no framework, no main class), not an app"
    if _TEST_SUITE.search(posixpath.basename(folder)):
        return None, f"{folder}: a test suite (its folder's name says so), not an app"
    if _DESKTOP.search(own):
        return None, f"{folder}: a desktop GUI (Compose for Desktop or JavaFX), not a server"
    used = used_build(tree, root, own, _RUNS) if manifest.endswith(_GRADLE) else None
    if used is not None:
        return _framework(own_part(tree.text(used) or ""), used), ""
    return Choice("none", (f"{manifest} names a main class",)), ""


def _parent_framework(tree: RepoTree, folder: str, pom: str) -> Choice[str] | None:
    """The framework a parent pom that aggregates no modules declares in its <dependencies>:
    such a parent exists for the apps that inherit it (openkoda's sibling openkoda-app
    declares the Spring Boot starters for openkoda). A reactor root's dependencies go to
    its libraries too (eladmin's), so they say nothing of which module runs."""
    for path, deps in inherited(tree, folder, pom):
        if "<modules>" not in (tree.text(path) or ""):
            framework = _framework(deps, path)
            if framework is not None:
                return framework
    return None


# A Maven dependency's <exclusions> name what the build leaves out (JHipster's Micronaut
# sample excludes jhipster-framework's Spring Boot starters).
_EXCLUSIONS = re.compile(r"<exclusions>.*?</exclusions>", re.DOTALL)


def _framework(text: str, manifest: str) -> Choice[str] | None:
    # Blanked, not cut: the evidence keeps its line numbers.
    text = _EXCLUSIONS.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    for name, pattern in FRAMEWORKS:
        match = pattern.search(text)
        if match:
            return Choice(name, (evidence(manifest, text, match),))
    return None


def _package_manager(tree: RepoTree, folder: str, tool: str, manifest: str) -> Choice[str]:
    wrapper = join(folder, WRAPPERS[tool])
    if tree.exists(wrapper):
        return Choice(WRAPPERS[tool], (f"{wrapper}, the project's own {tool}",))
    return Choice(tool, (manifest,))


def _version(tree: RepoTree, folder: str, text: str, manifest: str) -> Choice[str]:
    """.java-version, then the compiler release the build asks for, then the toolchain."""
    for path in ancestors_first(folder, ".java-version"):
        raw = (tree.text(path) or "").strip()
        found = pinned(JAVA, re.sub(r"^[a-z-]*?-?(?=\d)", "", raw), f"{path} {raw}")
        if raw and found:
            return found
    patterns = (
        r"<maven\.compiler\.release>\s*(\d+)",
        r"<java\.version>\s*(\d+)",
        r"<release>\s*(\d+)\s*</release>",
        r"<maven\.compiler\.(?:source|target)>\s*(?:1\.)?(\d+)",
        r"JavaLanguageVersion\.of\(\s*(\d+)",
        r"(?:source|target)Compatibility\s*=\s*(?:JavaVersion\.VERSION_(?:1_)?|['\"])(\d+)",
    )
    for pattern in patterns:
        match = re.search(pattern, text)
        if match:
            line = line_at(text, match.start())
            key = match.group(0)[: match.start(1) - match.start()].strip(" =('\"")
            found = pinned(JAVA, match.group(1), f"{manifest}:{line} {key}")
            if found:
                return found
    return Choice(JAVA.default, ("no Java version in the build; devenv's default",))

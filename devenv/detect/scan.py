"""Find every app in a repository tree: pure, from a RepoTree to a Scan.

Each folder up to APP_DEPTH with a manifest is a candidate. When a folder could be apps in
two languages (a Django project with a package.json for its CSS), the stronger finding wins;
modules of one Java, Rust... build are one app; a library is a note, not an app.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType

from devenv.detect import (
    dotnet,
    golang,
    jvm,
    node,
    other,
    otherneeds,
    php,
    python,
    ruby,
    rust,
)
from devenv.detect.alternatives import without_alternatives
from devenv.detect.aspire import hosted_port
from devenv.detect.composed import compose_services
from devenv.detect.composeport import dev_stack_of_app
from devenv.detect.configfiles import config_files, env_files
from devenv.detect.configured import configured_sql, optional_services
from devenv.detect.dotnetsettings import settings_off
from devenv.detect.embedded import embedded_database
from devenv.detect.folderroles import tooling
from devenv.detect.godefaults import optional_in_go
from devenv.detect.manifests import load_json, load_toml, table
from devenv.detect.model import AppFinding, Scan
from devenv.detect.nodefilter import run_by_root
from devenv.detect.nodekind import runs_own_dev_server
from devenv.detect.readable import APP_DEPTH
from devenv.detect.switchedoff import switched_off, switched_on
from devenv.detect.tree import RepoTree, ancestors, depth, join, parent
from devenv.detect.weigh import weigh
from devenv.detect.workspace import drop_used_libraries, inherit_services
from devenv.header import Origin, origin

# Tie-breaks between findings of equal strength in one folder: a package.json beside another
# language's manifest is usually that app's front-end tooling.
DETECTORS: tuple[tuple[str, ModuleType], ...] = (
    ("python", python),
    ("go", golang),
    ("php", php),
    ("ruby", ruby),
    ("rust", rust),
    ("java", jvm),
    ("dotnet", dotnet),
    ("other", other),
    ("node", node),
)
COMPOSE_FILES = ("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml")


def below(folder: str, ancestor: str) -> bool:
    return folder != ancestor and (ancestor == "." or folder.startswith(ancestor + "/"))


def scan_repo(tree: RepoTree) -> Scan:
    folders = sorted(
        (f for f in tree.folders if _within_reach(tree, f) and not _sample(f)),
        key=lambda f: (depth(f), f),
    )
    candidates = {
        folder: [module for _, module in DETECTORS if module.is_candidate(tree, folder)]
        if depth(folder) <= APP_DEPTH
        else [dotnet]
        if dotnet.deep_project(tree, folder)
        else [node]
        for folder in folders
    }
    candidates = {folder: modules for folder, modules in candidates.items() if modules}
    notes = list(tree.notes)
    apps: list[AppFinding] = []
    node_packages: dict[str, AppFinding] = {}
    for folder, modules in candidates.items():
        nested = [c for c in candidates if below(c, folder)]
        findings = [module.detect(tree, folder, nested) for module in modules]
        node_packages.update({f.path: f for f in findings if f.language.value == "node"})
        chosen = _strongest(findings)
        if chosen.path != folder and (rest := [f for f in findings if f is not chosen]):
            # The app runs in a folder below (Django in src/): the folder's other manifests
            # (a root package.json's dev server) are weighed on their own.
            apps.append(chosen)
            findings, chosen = rest, _strongest(rest)
        for finding in findings:
            if finding is not chosen and _spa_beside_server(tree, finding, chosen):
                apps.append(finding)
            elif finding is not chosen and finding.runnable and finding.strength >= 2:
                notes.append(
                    f"{folder}: {finding.manifest} ({finding.language.value}) is taken as part "
                    f"of the {chosen.language.value} app there"
                )
        if not chosen.runnable:
            # Detectors give the reason last; advice such as lockfiles is moot for a non-app.
            notes.extend(chosen.notes[-1:])
        elif _part_of_another(chosen, apps, tree):
            continue
        elif inside := _inside_an_app(chosen, apps, tree):
            notes.append(f"{folder}: inside the app in {inside}, taken as part of it")
        elif kind := tooling(chosen):
            notes.append(f"{folder}: {kind} (its folder's name says so), not an app")
        else:
            # A Go module whose compose files run several of its commands is an app each.
            apps += [chosen, *golang.other_commands(tree, chosen, nested)]
    apps = _without_shells(apps, notes)
    apps = _vite_started_by_python(tree, apps, notes)
    apps = inherit_services(tree, apps, node_packages)
    apps, library_notes = drop_used_libraries(tree, apps, node_packages)
    notes += library_notes
    apps, unrun_notes = run_by_root(tree, apps, node_packages)
    apps, other_notes = without_alternatives(apps)
    notes += unrun_notes + other_notes
    apps = [
        weigh(
            a,
            compose_services(tree, switched_on(tree, env_files(tree, a.path))),
            configured_sql(tree, config_files(tree, a.path, parent(a.manifest))),
            embedded_database(tree, a),
            {
                **optional_services(
                    tree, config_files(tree, a.path, parent(a.manifest)), _python_code(tree, a)
                ),
                **optional_in_go(tree, a),
            },
            {
                **switched_off(tree, env_files(tree, a.path), otherneeds.required_names(tree, a)),
                **settings_off(tree, a),
            },
            dev_stack_of_app(tree, a.path),
        )
        for a in apps
    ]
    # After weighing: the variables are wired to the services the app ends up with.
    apps = [otherneeds.complete(tree, a) for a in apps]
    # An Aspire app host's code sets the port of an app it runs (a Python server beside).
    apps = [hosted_port(tree, a) for a in apps]
    return Scan(
        apps=tuple(apps),
        compose_files=_users_files(tree, COMPOSE_FILES),
        notes=tuple(notes),
        own_dockerfiles=_users_files(tree, [join(app.path, "Dockerfile") for app in apps]),
    )


def _within_reach(tree: RepoTree, folder: str) -> bool:
    """Apps sit at most APP_DEPTH folders down; a solution's projects and a workspace's
    members may sit deeper."""
    return (
        depth(folder) <= APP_DEPTH
        or dotnet.deep_project(tree, folder)
        or _deep_member(tree, folder)
    )


def _deep_member(tree: RepoTree, folder: str) -> bool:
    """A package below APP_DEPTH that a workspace root within reach lists one or two folders
    down (src/frontend with apps/* and servers/*): its members are apps like any."""
    if not node.is_candidate(tree, folder):
        return False
    return any(
        depth(root) <= APP_DEPTH
        and depth(folder) - depth(root) <= 2
        and node.is_workspace_root(tree, root)
        for root in ancestors(folder)
    )


def _python_code(tree: RepoTree, app: AppFinding) -> list[str]:
    """A Python app's modules, where it tests its optional settings."""
    if app.language.value != "python":
        return []
    prefix = "" if app.path == "." else app.path + "/"
    return [p for p in tree.texts if p.startswith(prefix) and p.endswith(".py")]


def _spa_beside_server(tree: RepoTree, finding: AppFinding, chosen: AppFinding) -> bool:
    """Angular's dev server (`ng serve`) at the root of a JVM build runs beside the server
    and proxies to it (JHipster); it never only bundles the server's templates' assets. So
    does a bundler's dev server (`webpack serve`) at a Python server's root (treeherder's
    `rspack serve` beside Django); at a JVM build's it bundles the server's assets."""
    command = finding.command.value if finding.command else ""
    words = command.split() if isinstance(command, str) else command
    jvm = chosen.language.value in ("java", "kotlin")
    if not (chosen.runnable and finding.runnable and finding.language.value == "node"):
        return False
    python = chosen.language.value == "python"
    return (jvm and words[:2] == ["ng", "serve"]) or (
        python and runs_own_dev_server(tree, finding.path)
    )


def _sample(folder: str) -> bool:
    """Folders named `_x` (Go's tooling skips them too) or `*example*` (push-examples,
    example-app) hold examples and archives, not the repository's apps; `sdk`/`sdks` hold
    the client libraries of the repository's server and their demo programs, and a `demo`
    folder its demos (martin's demo/frontend), though a package named so (logto's
    packages/demo-app) may be one the developers run."""
    parts = folder.split("/")
    return (
        any(p.startswith("_") or "example" in p.lower() for p in parts)
        or any(p.lower() in ("sdk", "sdks") for p in parts)
        or any(p.lower() in ("demo", "demos") for p in parts[:-1])
    )


def _strongest(findings: list[AppFinding]) -> AppFinding:
    order = {id(f): i for i, f in enumerate(findings)}
    return max(findings, key=lambda f: (f.runnable, f.strength, -order[id(f)]))


def _part_of_another(finding: AppFinding, apps: list[AppFinding], tree: RepoTree) -> bool:
    """A nested module of the same build, or a Django folder its parent app already runs."""
    language = finding.language.value
    for app in apps:
        if app.language.value == language == "python" and app.path == finding.path:
            return True  # Django's src/, which the app above already runs from its manifests
        if language == "python" == app.language.value and _import_package(finding, app, tree):
            return True  # the app's own package (faraday/ beside a symlinked requirements.txt)
        if not below(finding.path, app.path) or app.language.value != language:
            continue
        if not finding.templated:
            return True  # a module of a Maven, Gradle, Cargo... build
        only_manage = finding.manifest.endswith("manage.py")
        if language == "python" and only_manage:  # Django's project folder, Alembic helpers
            return True
    return False


def _import_package(finding: AppFinding, app: AppFinding, tree: RepoTree) -> bool:
    """A package folder (`__init__.py`) whose modules the Python app above runs as its entry
    scripts (`faraday-server = "faraday.start_server:main"`) is that app's code."""
    if not below(finding.path, app.path) or not tree.exists(join(finding.path, "__init__.py")):
        return False
    data, _ = load_toml(tree.text(join(app.path, "pyproject.toml")))
    scripts = table(data, "project", "scripts").values()
    package = finding.path.removeprefix(app.path.rstrip(".").rstrip("/") + "/").replace("/", ".")
    return any(str(s).split(":")[0].startswith(f"{package}.") for s in scripts)


def _vite_started_by_python(
    tree: RepoTree, apps: list[AppFinding], notes: list[str]
) -> list[AppFinding]:
    """A Vite package inside a Python app that starts Vite's dev server itself
    (litestar-vite in dev mode) is that app's front end, not an app of its own."""
    hosts = {
        a.path: why
        for a in apps
        if a.language.value == "python" and (why := python.starts_vite(tree, a))
    }
    kept = []
    for app in apps:
        vite = app.language.value == "node" and app.framework.value == "vite"
        host = next((h for h in hosts if vite and (h == "." or below(app.path, h))), None)
        if host is None:
            kept.append(app)
        else:
            notes.append(f"{app.path}: the app in {host} starts its Vite server ({hosts[host]})")
    return kept


def _without_shells(apps: list[AppFinding], notes: list[str]) -> list[AppFinding]:
    """Drop a Python folder whose framework is found only in a nested app's files.

    A root with tool settings in pyproject.toml and a requirements-dev.txt that includes
    src/requirements.txt finds Django by src/manage.py: the app is src/, the root holds
    its developers' tools.
    """
    kept = []
    for app in apps:
        # What makes it run: its framework's evidence, or the command's (a root pyproject
        # beside Procfile's `--chdir back`, whose manage.py is back/'s own).
        whys = app.command.why if app.command else app.framework.why
        files = [why.split(" ")[0].split(":")[0] for why in whys]
        host = next(
            (
                other
                for other in apps
                if other.language.value == app.language.value
                and below(other.path, app.path)
                and files
                and all(below(f, other.path) for f in files)
            ),
            None,
        )
        if app.language.value == "python" and host is not None:
            notes.append(f"{app.path}: runs only what {host.path} holds; taken as its tooling")
        else:
            kept.append(app)
    return kept


def _inside_an_app(finding: AppFinding, apps: list[AppFinding], tree: RepoTree) -> str | None:
    """A package inside another app's folder (frontend/email-builder, web/server) is a part
    that app builds or serves, unless that folder is a workspace root; the root is not meant:
    a root app beside its frontend/ folder is two apps. A Create React App whose
    package.json `proxy` forwards to a server runs its own dev server beside that server
    (app/react-app inside a Spring Boot app/). Nor does a .NET app (its solution's folder
    src/, as Ombi's) build the Node package of a SPA inside: its own dev server runs beside,
    unless the package sits beside a project file (pitstop's WebApp, whose vite builds into
    its wwwroot): that project's assets."""
    for app in apps:
        inside = app.path != "." and below(finding.path, app.path)
        if app.language.value == "dotnet" and finding.language.value == "node":
            names = tree.names(finding.path)
            if not any(n.endswith(dotnet.PROJECT_SUFFIXES) for n in names):
                continue
        if inside and not node.is_workspace_root(tree, app.path) and not _dev_proxy(finding, tree):
            return app.path
    return None


def _dev_proxy(finding: AppFinding, tree: RepoTree) -> bool:
    """A Node package whose dev server forwards the API to a server (CRA's `proxy` field)."""
    if finding.language.value != "node" or not finding.manifest.endswith("package.json"):
        return False
    data, _ = load_json(tree.text(finding.manifest))
    proxy = data.get("proxy")
    return isinstance(proxy, str) and proxy.startswith("http")


def _users_files(tree: RepoTree, paths: Iterable[str]) -> tuple[str, ...]:
    """The files among `paths` that exist without devenv's header: the user's own."""
    found = []
    for path in paths:
        text = tree.text(path)
        if tree.exists(path) and (text is None or origin(text) is Origin.FOREIGN):
            found.append(path)
    return tuple(found)

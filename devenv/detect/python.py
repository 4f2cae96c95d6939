"""Detect a Python app: version, package manager, how it runs, and the services it needs."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from fnmatch import fnmatch

from devenv.detect import pysource as src
from devenv.detect.composed import SQL, compose_services
from devenv.detect.dbserver import SERVER_SETTING, compose_environment
from devenv.detect.envvars import SAMPLE_FILES
from devenv.detect.manifests import load_toml, quoted_key_line, strings, table
from devenv.detect.model import AppFinding, Choice, ServiceNeed
from devenv.detect.procfile import apply_procfile
from devenv.detect.pyapp import PyApp
from devenv.detect.pyconsole import composed_script
from devenv.detect.pydeps import opt_in_dependencies, python_dependencies, requirement_files
from devenv.detect.pyframeworks import (
    celery_processes,
    manage_py,
    run_decisions,
    unrunnable,
)
from devenv.detect.pysetup import complete
from devenv.detect.services import LOCAL_BROKER, celery_broker, mail_catcher, services_for
from devenv.detect.tree import RepoTree, ancestors, ancestors_first, join, parent
from devenv.detect.versions import PYTHON, choose, pinned

MARKERS = ("pyproject.toml", "requirements.txt", "Pipfile", "setup.py", "manage.py")
# Manifests that make a folder an app of its own, in any language devenv reads.
_OTHER_MARKERS = frozenset(
    {*MARKERS, "package.json", "go.mod", "composer.json", "Gemfile", "Cargo.toml", "pom.xml"}
) - {"manage.py"}
# Files by which a repository builds or configures an app in a folder of its own.
_RUN_FILES = frozenset({"Dockerfile", *SAMPLE_FILES})
# A settings sample the developer copies beside manage.py (pretalx.example.cfg,
# settings.ini.sample): the project is configured, and so run, from that folder.
CONFIG_SAMPLE = re.compile(
    r"^[\w-]+[.-](?:example|sample|dist)\.(?:cfg|ini|conf|toml|ya?ml|json)$"
    r"|^[\w-]+\.(?:cfg|ini|conf|toml|ya?ml|json)[.-](?:example|sample|dist)$"
)
_BROKER_URLS = {
    "redis": re.compile(r"rediss?://"),
    "amqp": re.compile(r"amqps?://"),
    "local": LOCAL_BROKER,
}


_PACKAGING = re.compile(r"\b(?:setuptools|distutils)\b|^\s*setup\(", re.MULTILINE)


def is_candidate(tree: RepoTree, folder: str) -> bool:
    names = _marker_names(tree, folder)
    found = bool(names & set(MARKERS)) or any(_requirements(n) for n in names)
    return found and not _pins_only(tree, folder, names)


def _requirements(name: str) -> bool:
    return name.startswith("requirements") and name.endswith(".txt")


def _pins_only(tree: RepoTree, folder: str, names: set[str]) -> bool:
    """A folder of requirement files and nothing to run (awx's requirements/, kpi's
    dependencies/pip/): the pins of the app above, which installs them from there."""
    if not all(_requirements(n) for n in names & {*MARKERS, *filter(_requirements, names)}):
        return False
    runs = names & {*_RUN_FILES, "Procfile"}
    return not runs and not any(p.endswith(".py") for p in tree.under(folder, max_depth=4))


def _marker_names(tree: RepoTree, folder: str) -> set[str]:
    """The folder's file names, without a setup.py that packages nothing: a module named
    setup.py (FastAPI-boilerplate's app/core/setup.py builds the app) is source."""
    names = set(tree.names(folder))
    if "setup.py" in names and not _PACKAGING.search(tree.text(join(folder, "setup.py")) or ""):
        names.discard("setup.py")
    return names


def detect(tree: RepoTree, folder: str, exclude: Iterable[str] = ()) -> AppFinding:
    deps = python_dependencies(tree, folder)
    # A nested folder that is a candidate only by its manage.py (Django's project in src/)
    # is part of this app: its settings are this app's, not another app's.
    exclude = [f for f in exclude if _marker_names(tree, f) & _OTHER_MARKERS]
    # reversed: the first declaration of a name wins
    app = PyApp(
        tree,
        folder,
        tuple(src.python_files(tree, folder, exclude)),
        {d.name: d for d in reversed(deps)},
    )
    app = _home(app, exclude)
    manifest = _manifest(tree, folder)
    notes: list[str] = []
    finding = AppFinding(
        path=app.folder,
        language=Choice("python", (manifest,)),
        manifest=manifest,
        context=folder if app.folder != folder else None,
        version=_version(tree, folder),
        package_manager=_package_manager(tree, folder, notes),
        notes=tuple(notes),
    )
    if "locust" in app.deps and tree.exists(join(app.folder, "locustfile.py")):
        # Locust pulls in Flask for its own web UI: the folder load-tests the other apps.
        note = f"{app.folder}: a Locust load test (locustfile.py), not an app"
        return replace(finding, runnable=False, notes=(*finding.notes, note))
    finding = run_decisions(app, finding)
    procfile = join(app.folder, "Procfile")
    finding = apply_procfile(finding, tree.text(procfile), procfile)
    finding = unrunnable(composed_script(app, celery_processes(app, finding)))
    services = services_for("python", deps)
    celery = app.deps.get("celery")
    if celery:
        hints = {
            kind: found
            for kind, pattern in _BROKER_URLS.items()
            if (found := src.first_line(tree, _config_files(app), pattern))
        }
        if "amqp" in hints:
            services = _amqp_broker(services, hints)
        broker = celery_broker(celery, services, hints)
        services += [broker] if broker else []
    services += mail_catcher(tree, app.folder, app.files)
    services += _orm_server(app, services)
    finding = replace(finding, notes=(*finding.notes, *_opt_in_notes(tree, folder, services)))
    return complete(app, replace(finding, services=tuple(services)))


# An ORM without the driver of the one database server the compose files run and wire the
# app to (its `POSTGRES_PORT` or URL in the app's environment): that server is the app's. The
# image installs the driver (python3-psycopg2 from apt, patchwork's mysqlclient); a driver the
# dependencies do name is for an alternative the settings offer (`DATABASE_TYPE=postgres`).
_ORMS = ("django", "flask-sqlalchemy", "sqlalchemy", "sqlmodel")


def _orm_server(app: PyApp, services: list[ServiceNeed]) -> list[ServiceNeed]:
    orm = next((app.deps[n] for n in _ORMS if n in app.deps), None)
    if orm is None:
        return []
    servers = [(k, where) for k, where in compose_services(app.tree).items() if k in SQL]
    wired = [e for _, e in compose_environment(app.tree) if SERVER_SETTING.search(e)]
    if len(servers) != 1 or not wired or any(s.type == servers[0][0] for s in services):
        return []
    kind, where = servers[0]
    return [ServiceNeed(kind, f"{orm.evidence} without its driver; {where}; {wired[0]}")]


# Plugins that start the Vite dev server from the Python app in development mode.
_STARTS_VITE = ("litestar-vite",)


def starts_vite(tree: RepoTree, finding: AppFinding) -> str | None:
    """Evidence that the Python app starts its front end's Vite dev server itself."""
    deps = python_dependencies(tree, finding.context or finding.path)
    return next((d.evidence for d in deps if d.name in _STARTS_VITE), None)


def _opt_in_notes(tree: RepoTree, folder: str, services: list[ServiceNeed]) -> list[str]:
    """A backend a pyproject group opts in to is offered, not chosen."""
    path = join(folder, "pyproject.toml")
    chosen = {s.type for s in services}
    return [
        f"{folder}: {need.type} ({need.why}) is an opt-in dependency group, left out; "
        f"add it with --service {need.type}"
        for need in services_for("python", opt_in_dependencies(tree.text(path) or "", path))
        if need.type not in chosen
    ]


def _amqp_broker(services: list[ServiceNeed], hints: dict[str, str]) -> list[ServiceNeed]:
    """Settings that name an amqp:// broker win over a Redis client among the dependencies.

    Redis stays when the configuration also names a redis:// URL; otherwise it is a client
    the settings never point anywhere, and the broker is RabbitMQ.
    """
    kept = [n for n in services if n.type != "redis" or "redis" in hints]
    if not any(n.type == "rabbitmq" for n in kept):
        kept.append(ServiceNeed("rabbitmq", f"{hints['amqp']} amqp:// Celery broker URL"))
    return kept


def _config_files(app: PyApp) -> list[str]:
    folders = dict.fromkeys((app.folder, app.root))
    samples = [join(f, name) for f in folders for name in (".env.example", ".env.sample")]
    return [*samples, *app.files]


def _home(app: PyApp, exclude: Iterable[str]) -> PyApp:
    """Django's folder, when manage.py sits one folder down (backend/) beside the app's own
    Dockerfile, env example or settings sample but no manifest: the app runs there, and installs the
    manifests of `app.folder` above it.

    Without such files of its own (paperless-ngx's src/, netbox's netbox/), the repository
    builds and configures the app from the manifests' folder, and so does devenv; a Procfile
    there runs its commands from there too.
    """
    manage = manage_py(app)
    home = parent(manage) if manage else app.folder
    if home == app.folder or app.tree.exists(join(app.folder, "Procfile")):
        return app
    names = _marker_names(app.tree, home)
    configured = names & _RUN_FILES or any(CONFIG_SAMPLE.match(n) for n in names)
    if names & _OTHER_MARKERS or not configured:
        return app
    files = tuple(src.python_files(app.tree, home, exclude))
    return PyApp(app.tree, home, files, app.deps, manifests=app.folder)


def _manifest(tree: RepoTree, folder: str) -> str:
    for name in MARKERS:
        if tree.exists(join(folder, name)):
            return join(folder, name)
    others = requirement_files(tree, folder)
    return others[0] if others else join(folder, "requirements.txt")


def _version(tree: RepoTree, folder: str) -> Choice[str]:
    """.python-version, then requires-python, Poetry's python, Pipfile, runtime.txt."""
    for path in ancestors_first(folder, ".python-version"):
        lines = (tree.text(path) or "").split()
        found = pinned(PYTHON, lines[0], path) if lines else None
        if found:
            return found
    found = _pyproject_version(tree, join(folder, "pyproject.toml"))
    if found:
        return found
    pipfile = join(folder, "Pipfile")
    text = tree.text(pipfile) or ""
    requires = table(load_toml(text)[0], "requires")
    for key in ("python_full_version", "python_version"):
        value = requires.get(key)
        if isinstance(value, str):
            found = pinned(PYTHON, value, f"{pipfile}:{quoted_key_line(text, key)}")
            if found:
                return found
    runtime = join(folder, "runtime.txt")
    match = re.match(r"\s*python-(\d+\.\d+)", tree.text(runtime) or "")
    found = pinned(PYTHON, match.group(1), runtime) if match else None
    return found or Choice(PYTHON.default, ("no Python version pinned; devenv's default",))


def _pyproject_version(tree: RepoTree, path: str) -> Choice[str] | None:
    text = tree.text(path) or ""
    data, _ = load_toml(text)
    constraints = [
        ("requires-python", table(data, "project").get("requires-python")),
        ("python", table(data, "tool", "poetry", "dependencies").get("python")),
    ]
    for key, value in constraints:
        if isinstance(value, str):
            found = choose(PYTHON, value, f"{path}:{quoted_key_line(text, key)} {key} {value}")
            if found:
                return found
    return None


def _uv_workspace(tree: RepoTree, folder: str) -> str | None:
    """The uv.lock of a workspace above `folder` that lists it among its members."""
    for above in ancestors(folder):
        lock = join(above, "uv.lock")
        data, _ = load_toml(tree.text(join(above, "pyproject.toml")))
        members = strings(table(data, "tool", "uv", "workspace").get("members"))
        inside = folder if above == "." else folder[len(above) + 1 :]
        if tree.exists(lock) and any(fnmatch(inside, m.rstrip("/")) for m in members):
            return lock
    return None


def _package_manager(tree: RepoTree, folder: str, notes: list[str]) -> Choice[str]:
    """uv and Poetry by their lockfile or tool table; otherwise pip, the template's default."""
    pyproject = join(folder, "pyproject.toml")
    data, problem = load_toml(tree.text(pyproject))
    if problem:
        notes.append(f"{pyproject}: {problem}; ignored")
    tool = table(data, "tool")
    uv_lock, poetry_lock = join(folder, "uv.lock"), join(folder, "poetry.lock")
    workspace = None if tree.exists(uv_lock) else _uv_workspace(tree, folder)
    if workspace:
        notes.append(
            f"{folder}: its lockfile is the uv workspace's ({workspace}); the Dockerfile "
            f"builds from {folder}, so copy the lockfile there or adjust the Dockerfile"
        )
        return Choice("uv", (f"{workspace} (a uv workspace lockfile)",))
    if tree.exists(uv_lock) or "uv" in tool:
        if not tree.exists(uv_lock):
            notes.append(f"{folder}: run `uv lock`; the Dockerfile installs from uv.lock")
        return Choice("uv", (uv_lock if tree.exists(uv_lock) else f"{pyproject} [tool.uv]",))
    if tree.exists(poetry_lock) or "poetry" in tool:
        why = poetry_lock if tree.exists(poetry_lock) else f"{pyproject} [tool.poetry]"
        return Choice("poetry", (why,))
    requirements = join(folder, "requirements.txt")
    if tree.exists(requirements):
        return Choice("pip", (requirements,))
    others = requirement_files(tree, folder)
    if others:
        notes.append(
            f"{folder}: the Dockerfile installs requirements.txt; add one that says "
            f"`-r {others[0] if folder == '.' else others[0][len(folder) + 1 :]}`"
        )
        return Choice("pip", (others[0],))
    if "pdm" in tool or table(data, "project"):
        notes.append(
            f"{folder}: devenv has no PDM or setuptools template; uv installs the same "
            "[project] dependencies: run `uv lock` to create uv.lock"
        )
        return Choice("uv", (f"{pyproject} [project]",))
    if tree.exists(join(folder, "Pipfile")):
        notes.append(
            f"{folder}: devenv installs with pip from requirements.txt; create it with "
            "`pipenv requirements > requirements.txt`"
        )
        return Choice("pip", (join(folder, "Pipfile"),))
    notes.append(f"{folder}: no requirements.txt; the Dockerfile expects one")
    return Choice("pip", ("no lockfile or pyproject: pip, devenv's default",))

"""What a Python app needs before it answers: env wiring, setup steps, system packages, files.

Runs after the framework rules (devenv.detect.pyframeworks) and adds to their finding:
- `env` entries for the variables the code reads (devenv.detect.wiring);
- a one-shot setup command (migrations) that runs before the app;
- Debian packages that native dependencies need (devenv.detect.sysdeps);
- the requirements files pip must see, includes and all;
- Flask commands that the installed Flask understands.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import replace

from devenv.detect import pysource as src
from devenv.detect.envvars import SAMPLE_FILES, EnvRead, env_reads, sample_values
from devenv.detect.hostnames import service_hostnames, service_logins
from devenv.detect.model import AppFinding, Choice, Command, Dependency, line_at
from devenv.detect.procfile import to_command
from devenv.detect.pyapp import PyApp
from devenv.detect.pydeps import normalise, requirement_files
from devenv.detect.pyframeworks import manage_py, old_flask
from devenv.detect.sysdeps import older_than_313_wheels, system_packages
from devenv.detect.tree import join, parent
from devenv.detect.wiring import wire

# Variables that a dependency's own command line reads (`rq worker` connects to RQ_REDIS_URL).
TOOL_READS = (("rq", "RQ_REDIS_URL"), ("dj-database-url", "DATABASE_URL"))
_LOCKED = re.compile(r'^\[\[package\]\]\nname = "([^"]+)"\nversion = "([^"]+)"', re.MULTILINE)
# Scripts that set a database up without migrations; run only when they drop nothing.
_CREATE_SCRIPTS = ("create_db.py", "init_db.py", "create_tables.py", "db_create.py", "initdb.py")
_RELEASE = re.compile(r"^release\s*:\s*(.+?)\s*$", re.MULTILINE)
_INCLUDE = re.compile(r"^\s*(?:-r|--requirement|-c|--constraint)\s*=?\s*(\S+)", re.MULTILINE)
_ASYNC_ENGINE = re.compile(r"create_async_engine|async_sessionmaker|AsyncSession\b")
_FLASK_APP = re.compile(r"^flask --app (\S+) ")


def complete(app: PyApp, finding: AppFinding) -> AppFinding:
    if not finding.runnable:
        return finding
    config = [join(app.folder, "alembic.ini"), *_sample_files(app), *app.files[:200]]
    logins = service_logins(app.tree, config, finding.services)
    finding = _old_flask(app, finding)
    finding = _wiring(app, replace(finding, logins=logins))
    finding = _setup(app, finding)
    run, build = system_packages(app.deps.values())
    return replace(
        finding,
        hostnames=service_hostnames(app.tree, config, finding.services),
        version=_wheel_version(app, finding.version),
        system_packages=run if run.value else None,
        build_packages=build if build.value else None,
        requirements=_requirements(app, finding),
    )


def _sample_files(app: PyApp) -> list[str]:
    return [join(app.folder, name) for name in SAMPLE_FILES]


def _wheel_version(app: PyApp, version: Choice[str] | None) -> Choice[str] | None:
    """Python 3.11 for an unpinned app whose exact pins have no wheels for the default."""
    if version is None or "devenv's default" not in version.why[0] or version.value != "3.13":
        return version
    old = older_than_313_wheels([*app.deps.values(), *_locked(app)])
    if old is None:
        return version
    pin = f"{old.evidence} {old.constraint}".rstrip()
    return Choice("3.11", (f"{pin} predates Python 3.13 support (wheels or code)",))


def _locked(app: PyApp) -> list[Dependency]:
    """Exact versions from poetry.lock or uv.lock, as `name==version` dependencies."""
    found = []
    for name in ("poetry.lock", "uv.lock"):
        path = join(app.root, name)
        text = app.tree.text(path) or ""
        for match in _LOCKED.finditer(text):
            line = line_at(text, match.start())
            package, version = normalise(match.group(1)), match.group(2)
            found.append(Dependency(package, path, line, f"{package}=={version}"))
    return found


def _wiring(app: PyApp, finding: AppFinding) -> AppFinding:
    reads = env_reads(app.tree, app.files)
    reads += tuple(
        EnvRead(name, app.deps[dep].evidence, "", has_default=True)
        for dep, name in TOOL_READS
        if dep in app.deps
    )
    samples = sample_values(app.tree, app.folder)
    services = {need.type for need in finding.services}
    sources = app.files[:200]
    async_engine = src.first_line(app.tree, sources, _ASYNC_ENGINE) is not None
    logins = {found.type: found.login for found in finding.logins}
    env, notes = wire(
        reads, samples, services, set(app.deps), async_engine=async_engine, logins=logins
    )
    settled = dict(finding.env)  # the framework rules' own values (a port) come first
    added = tuple((name, choice) for name, choice in env if name not in settled)
    return replace(finding, settings=(*finding.settings, *added), notes=(*finding.notes, *notes))


def _setup(app: PyApp, finding: AppFinding) -> AppFinding:
    """Migrations, by the Procfile's release step or the framework's convention."""
    procfile = join(app.folder, "Procfile")
    release = _RELEASE.search(app.tree.text(procfile) or "")
    if release:
        return replace(
            finding, setup=Choice(to_command(release.group(1)), (f"{procfile} release",))
        )
    framework = finding.framework.value
    if framework == "django":
        manage = manage_py(app)
        path = app.relative(manage) if manage else "manage.py"
        command = f"python {shlex.quote(path)} migrate --noinput"
        return replace(finding, setup=Choice(command, (f"{manage}: Django's migrations",)))
    migrations = _alembic_folder(app)
    if framework == "flask" and "flask-migrate" in app.deps and migrations:
        flask = _flask_prefix(finding)
        why = (app.deps["flask-migrate"].evidence, migrations)
        return replace(finding, setup=Choice(f"{flask} db upgrade", why))
    if "alembic" in app.deps and app.tree.exists(join(app.folder, "alembic.ini")):
        why = (app.deps["alembic"].evidence, join(app.folder, "alembic.ini"))
        # `python -m` puts the app's folder on sys.path, as the app itself has it: env.py
        # imports the app's package (`from hello.app import create_app`), and the `alembic`
        # script alone finds it only when alembic.ini says `prepend_sys_path = .`.
        return replace(finding, setup=Choice("python -m alembic upgrade head", why))
    script = _create_tables_script(app)
    if script:
        command = f"python {shlex.quote(app.relative(script))}"
        return replace(finding, setup=Choice(command, (f"{script}: creates tables, drops none",)))
    return finding


def _create_tables_script(app: PyApp) -> str | None:
    """A create_db.py that only creates tables (`create_all`), safe to run on every start."""
    for name in _CREATE_SCRIPTS:
        path = join(app.folder, name)
        text = app.tree.text(path) or ""
        if "create_all(" in text and "drop_all(" not in text and "DROP " not in text.upper():
            return path
    return None


def _alembic_folder(app: PyApp) -> str | None:
    for name in ("migrations", "app/migrations", "src/migrations"):
        path = join(join(app.folder, name), "env.py")
        if app.tree.exists(path) or app.tree.exists(join(join(app.folder, name), "alembic.ini")):
            return join(app.folder, name)
    return None


def _flask_prefix(finding: AppFinding) -> str:
    """`flask --app X` as the run command names it, or plain `flask` when FLASK_APP is set."""
    if any(name == "FLASK_APP" for name, _ in finding.settings):
        return "flask"
    command = finding.command.value if finding.command else "flask --app app run"
    match = _FLASK_APP.match(command) if isinstance(command, str) else None
    return f"flask --app {match.group(1)}" if match else "flask"


def _old_flask(app: PyApp, finding: AppFinding) -> AppFinding:
    flask = app.deps.get("flask")
    if finding.framework.value != "flask" or flask is None or not old_flask(flask):
        return finding
    command = finding.command.value if finding.command else "flask --app app run"
    match = _FLASK_APP.match(command) if isinstance(command, str) else None
    if match is None:
        return finding
    target = shlex.split(match.group(1))[0]
    why = (f"{flask.evidence}: Flask before 2.2 has no --app or --debug",)

    def plain(choice: Choice[Command] | None, fallback: str) -> Choice[Command]:
        text = choice.value if choice and isinstance(choice.value, str) else fallback
        text = text.replace(f"flask --app {match.group(1)} ", "flask ").replace(" --debug", "")
        return Choice(text, why)

    port = "--host 0.0.0.0 --port {port}"
    settings = (
        ("FLASK_APP", Choice(target, why)),
        ("FLASK_DEBUG", Choice("1", why)),
        *finding.settings,
    )
    prod = finding.prod_command
    if prod is None or (isinstance(prod.value, str) and prod.value.startswith("flask --app")):
        prod = plain(prod, f"flask run {port}")
    return replace(
        finding,
        command=plain(finding.command, f"flask run {port}"),
        prod_command=prod,
        settings=settings,
    )


def _requirements(app: PyApp, finding: AppFinding) -> Choice[tuple[str, ...]] | None:
    """The file pip installs and every file it includes, when that is not requirements.txt."""
    if finding.package_manager is None or finding.package_manager.value != "pip":
        return None
    main = join(app.root, "requirements.txt")
    if not app.tree.exists(main):
        found = requirement_files(app.tree, app.root)
        if not found:
            return None
        ranked = sorted(found, key=lambda f: (not re.search(r"prod", f), "base" not in f, f))
        main = ranked[0]
    files = [main]
    for path in files:
        for include in _INCLUDE.finditer(app.tree.text(path) or ""):
            target = _resolve(parent(path), include.group(1))
            if target and target not in files and app.tree.exists(target):
                files.append(target)
    if files == [join(app.root, "requirements.txt")]:
        return None
    # pip installs them in the folder the image builds from: the manifests' own.
    relative = tuple(src.relative(f, app.root) for f in files)
    if any(r.startswith("../") for r in relative):
        return None
    return Choice(relative, (f"{main} and the files it includes",))


def _resolve(folder: str, target: str) -> str | None:
    parts = [] if folder == "." else folder.split("/")
    for piece in target.split("/"):
        if piece == "..":
            if not parts:
                return None
            parts.pop()
        elif piece not in ("", "."):
            parts.append(piece)
    return "/".join(parts) or None

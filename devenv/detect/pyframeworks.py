"""How a Python app is run: Django, FastAPI, Flask, Streamlit, a plain script, Celery workers.

Commands carry a `{port}` placeholder (procfile.PORT), filled in when the port is final.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import replace
from pathlib import PurePosixPath

from devenv.detect import pyservers
from devenv.detect import pysource as src
from devenv.detect.composeport import compose_command_port, dockerfile_command_port
from devenv.detect.manifests import load_toml, table
from devenv.detect.model import AppFinding, Choice, Command, Dependency
from devenv.detect.procfile import PORT
from devenv.detect.pyapp import PyApp
from devenv.detect.settingsport import env_example_port, settings_port
from devenv.detect.tree import join

_SETTINGS = re.compile(r"DJANGO_SETTINGS_MODULE[\"']\s*,\s*[\"']([\w.]+)[\"']")
_DJANGO = re.compile(r"\bdjango\b|DJANGO_SETTINGS_MODULE")
_BEAT = re.compile(r"beat_schedule|CELERY_BEAT_SCHEDULE|CELERYBEAT_SCHEDULE")
_SETTINGS_FILE = re.compile(
    r"^(config|settings)([._-](example|sample|dist|default))?\.(ya?ml|toml)$"
)
_PORTS = {"django": 8000, "fastapi": 8000, "flask": 5000, "streamlit": 8501}
# A version bound in a requirement: `==0.12.2`, `~=1.1`, `<2.2`.
_VERSION_BOUND = re.compile(r"(?:==|~=|<=?)\s*(\d+)(?:\.(\d+))?")


def run_decisions(app: PyApp, finding: AppFinding) -> AppFinding:
    """Framework, port and commands, by the first rule that applies."""
    manage = manage_py(app)
    if "django" in app.deps or (manage and "django" in (app.tree.text(manage) or "").lower()):
        return _django(app, manage, finding)
    if "fastapi" in app.deps and not _mostly_flask(app):
        return _fastapi(app, finding)
    if "flask" in app.deps:
        return _flask(app, finding)
    if "streamlit" in app.deps:
        return _streamlit(app, finding)
    if "apache-airflow" in app.deps:
        return _airflow(app, finding)
    if "pyramid" in app.deps:
        return pyservers.pyramid(app, finding)
    if "litestar" in app.deps:
        return pyservers.litestar(app, finding, lambda framework: _port(app, framework))
    return _plain(app, finding)


def _mostly_flask(app: PyApp) -> bool:
    """Flask and FastAPI both declared: the one with more extensions (flask-caching,
    flask-cors...) is the app's framework; the other serves a corner (a websocket endpoint)."""
    if "flask" not in app.deps:
        return False
    count = {f: sum(n.startswith(f + "-") for n in app.deps) for f in ("flask", "fastapi")}
    return count["flask"] > count["fastapi"]


def manage_py(app: PyApp) -> str | None:
    """Django's manage.py in the app's folder or one folder down (src/manage.py).

    Flask-Script, Flask's own CLI and Alembic helpers are also called manage.py: one counts
    only when it names Django or Django is a dependency.
    """
    direct = join(app.folder, "manage.py")
    nested = [join(join(app.folder, sub), "manage.py") for sub in _subfolders(app)]
    for path in (direct, *nested):
        if app.tree.exists(path) and (
            _DJANGO.search(app.tree.text(path) or "") or ("django" in app.deps)
        ):
            return path
    return None


def _subfolders(app: PyApp) -> list[str]:
    prefix = "" if app.folder == "." else app.folder + "/"
    return sorted(
        f[len(prefix) :]
        for f in app.tree.folders
        if f.startswith(prefix) and f != app.folder and "/" not in f[len(prefix) :]
    )


def _note(finding: AppFinding, text: str) -> tuple[str, ...]:
    return (*finding.notes, f"{finding.path}: {text}")


def _port(app: PyApp, framework: str) -> Choice[int]:
    """The code's own port, then the one the app's settings file gives its server."""
    hint = src.port_hint(app.tree, app.files[:40])
    if hint:
        return Choice(hint[0], (hint[1],))
    served = pyservers.gunicorn_port(app, reloading=True) if "gunicorn" in app.deps else None
    served = served or pyservers.make_port(app)
    if served:  # a reloading gunicorn config's bind, a Makefile's `run: flask run -p 6011`
        return served
    configured = (
        settings_port(app.tree, _settings_files(app))
        or env_example_port(app.tree, app.folder)
        or pyservers.settings_module_port(app)
    )
    if configured:
        return configured
    return Choice(_PORTS.get(framework, 8000), (f"{framework}'s conventional port",))


def _settings_files(app: PyApp) -> list[str]:
    """settings.yml, config.toml... in the app's folder, its config/ or its packages."""
    folders = [app.folder, *(join(app.folder, sub) for sub in _subfolders(app))]
    return [
        join(folder, name)
        for folder in folders
        for name in app.tree.names(folder)
        if _SETTINGS_FILE.match(name)
    ]


def django_project(app: PyApp, manage: str | None) -> str | None:
    """The project package named by manage.py's DJANGO_SETTINGS_MODULE."""
    match = _SETTINGS.search(app.tree.text(manage) or "") if manage else None
    return match.group(1).split(".")[0] if match else None


def _manage_dir(app: PyApp, manage: str | None) -> str:
    """The folder of manage.py relative to the app, "" when it is the app's own."""
    return app.relative(manage)[: -len("manage.py")].rstrip("/") if manage else ""


def _django(app: PyApp, manage: str | None, finding: AppFinding) -> AppFinding:
    why = app.deps["django"].evidence if "django" in app.deps else str(manage)
    sub = _manage_dir(app, manage)
    command = None
    if sub:  # the conventional command assumes manage.py at the top of the app
        command = Choice(f"python {sub}/manage.py runserver 0.0.0.0:{PORT}", (str(manage),))
    project = django_project(app, manage)
    prod = _django_prod(app, sub, project, str(manage)) if project else None
    notes = finding.notes
    if prod is None:
        notes = _note(
            finding,
            "no gunicorn or uvicorn among the dependencies, so the prod image runs Django's "
            "development server; add gunicorn and set prod_command",
        )
    return replace(
        finding,
        framework=Choice("django", (why,)),
        port=env_example_port(app.tree, app.folder)
        or compose_command_port(app.tree, lambda word: word == "runserver", app.folder)
        or _runserver_port(app),
        command=command,
        prod_command=prod,
        notes=notes,
        strength=3,
    )


def _runserver_port(app: PyApp) -> Choice[int]:
    found = src.runserver_port(app.tree, app.folder, app.files)
    return Choice(found[0], (found[1],)) if found else Choice(8000, ("Django's runserver port",))


def _django_prod(app: PyApp, sub: str, project: str, manage: str) -> Choice[Command] | None:
    settings = f"{manage} DJANGO_SETTINGS_MODULE {project}.settings"
    gunicorn = app.deps.get("gunicorn")
    if gunicorn:
        chdir = f"--chdir {sub} " if sub else ""
        command = f"gunicorn {chdir}--bind 0.0.0.0:{PORT} {project}.wsgi"
        return Choice(command, (settings, gunicorn.evidence))
    uvicorn = app.deps.get("uvicorn")
    asgi = join(join(app.folder, sub) if sub else app.folder, f"{project}/asgi.py")
    if uvicorn and app.tree.exists(asgi):
        app_dir = f"--app-dir {sub} " if sub else ""
        command = f"uvicorn {app_dir}{project}.asgi:application --host 0.0.0.0 --port {PORT}"
        return Choice(command, (asgi, uvicorn.evidence))
    return None


def _fastapi(app: PyApp, finding: AppFinding) -> AppFinding:
    found = next(src.find_objects(app.tree, list(app.files), app.folder, "FastAPI"), None)
    why: tuple[str, ...] = (app.deps["fastapi"].evidence,)
    command = prod = None
    notes = finding.notes
    if found is None:
        notes = _note(finding, "no module creating FastAPI(...) found; assuming main.py")
    else:
        why = (*why, f"{found.file}:{found.line} FastAPI(")
    if found and (found.module, found.variable, found.import_root) != ("main", "app", ""):
        factory = " --factory" if found.variable.endswith("()") else ""
        app_dir = f" --app-dir {found.import_root}" if found.import_root else ""
        target = f"{found.module}:{found.variable.removesuffix('()')}"
        base = f"uvicorn {target}{app_dir}{factory} --host 0.0.0.0 --port {PORT}"
        command = Choice(f"{base} --reload", why[-1:])
        prod = Choice(base, why[-1:])
    served_port = None
    if found:  # the port the repository's compose serves this very app on
        target = f"{found.module}:{found.variable.removesuffix('()')}"
        # `uvicorn src.main:app` run from the app's folder names the module through its
        # import root, as a package.
        rooted = f"{found.import_root.replace('/', '.')}.{target}" if found.import_root else target
        # A service built from the app's own folder may import it under the name setup.py's
        # package_dir gives its source folder: `uvicorn mquery.app:app` for src/app.py.
        served_port = (
            compose_command_port(app.tree, lambda word: word in (target, rooted))
            or compose_command_port(app.tree, lambda w: w.endswith("." + target), app.folder)
            or dockerfile_command_port(app.tree, app.folder, lambda word: word in (target, rooted))
        )
    has_server = "uvicorn" in app.deps or app.deps["fastapi"].extras & {"standard", "all"}
    if not has_server:
        notes = (*notes, f"{finding.path}: uvicorn is not a dependency; the commands need it")
    return replace(
        finding,
        framework=Choice("fastapi", why),
        port=served_port or _port(app, "fastapi"),
        command=command,
        prod_command=prod,
        notes=notes,
        strength=3,
    )


def old_flask(dep: Dependency, before: tuple[int, int] = (2, 2)) -> bool:
    """Whether the declared Flask is older than `before`: 2.2 added `flask --app` and --debug,
    1.0 the lookup of a `create_app()` factory."""
    for match in _VERSION_BOUND.finditer(dep.text):
        major, minor = int(match.group(1)), int(match.group(2) or 0)
        operator = dep.text[match.start() : match.start() + 2]
        if operator.startswith("<") and not operator.startswith("<="):
            if (major, minor) <= before:
                return True
        elif (major, minor) < before:
            return True
    return False


def _flask(app: PyApp, finding: AppFinding) -> AppFinding:
    found = next(src.find_objects(app.tree, list(app.files), app.folder, "Flask"), None)
    flask = app.deps["flask"]
    why: tuple[str, ...] = (flask.evidence,)
    notes = finding.notes
    target = "app"
    if found is None:
        notes = _note(finding, "no module creating Flask(...) found; assuming app.py")
    else:
        why = (*why, f"{found.file}:{found.line} Flask(")
        factory = found.variable.removesuffix("()")
        # Flask calls a factory itself only from 1.0 on, and only without arguments.
        needed = src.needs_arguments(app.tree, found.file, factory)
        built = src.factory_call(app.tree, list(app.files), app.folder, factory)
        if factory != found.variable and built and (needed or old_flask(flask, (1, 0))):
            found = built
            why = (*why, f"{built.file}:{built.line} {built.variable} = {factory}(...)")
        # `flask --app` takes a file path too, which also covers src layouts; it finds
        # `app`, `application` and `create_app()` by itself.
        module = app.relative(found.file) if found.import_root else found.module
        plain = found.variable in ("app", "application", "create_app()", "make_app()")
        target = module if plain else f"{module}:{found.variable}"
    command = None
    if target != "app":
        command = Choice(
            f"flask --app {shlex.quote(target)} run --host 0.0.0.0 --port {PORT} --debug",
            why[::-1],
        )
    prod = None
    if "gunicorn" not in app.deps:
        notes = (*notes, f"{finding.path}: gunicorn is not a dependency; prod runs `flask run`")
        prod = Choice(f"flask --app {shlex.quote(target)} run --host 0.0.0.0 --port {PORT}", why)
    elif found and (found.module, found.variable, found.import_root) != ("app", "app", ""):
        path = f"--pythonpath {found.import_root} " if found.import_root else ""
        command_text = f"gunicorn {path}--bind 0.0.0.0:{PORT} {found.module}:{found.variable}"
        prod = Choice(command_text, (*why[-1:], app.deps["gunicorn"].evidence))
    return replace(
        finding,
        framework=Choice("flask", why),
        port=_port(app, "flask"),
        command=command,
        prod_command=prod,
        notes=notes,
        strength=3,
    )


def _streamlit(app: PyApp, finding: AppFinding) -> AppFinding:
    pattern = re.compile(r"^\s*(?:import streamlit|from streamlit)", re.MULTILINE)
    script = next((p for p in app.files if pattern.search(app.tree.text(p) or "")), None)
    if script is None:
        return _plain(app, finding)
    command = (
        f"streamlit run {shlex.quote(app.relative(script))} --server.address 0.0.0.0 "
        f"--server.port {PORT} --server.headless true"
    )
    return replace(
        finding,
        port=Choice(8501, ("Streamlit's conventional port",)),
        command=Choice(command, (app.deps["streamlit"].evidence, script)),
        strength=3,
    )


def _airflow(app: PyApp, finding: AppFinding) -> AppFinding:
    """An Airflow project (its DAGs and the providers they use): `airflow standalone` runs
    the scheduler and the web server, on Airflow's port 8080."""
    why = (app.deps["apache-airflow"].evidence,)
    return replace(
        finding,
        port=Choice(8080, ("Airflow's web server port",)),
        command=Choice("airflow standalone", why),
        env=(*finding.env, ("AIRFLOW__WEBSERVER__WEB_SERVER_PORT", PORT)),
        strength=3,
    )


def _plain(app: PyApp, finding: AppFinding) -> AppFinding:
    """No web framework: a script that runs itself, or a package with __main__.py."""
    script = src.entry_script(app.tree, app.folder, list(app.files))
    if script and _library_helper(app, script):
        return finding  # `python apply_patches.py` beside hatchet_sdk/ maintains a library
    if script:
        hint = src.port_hint(app.tree, [script])
        port = Choice(hint[0], (hint[1],)) if hint else None
        run = Choice(f"python {shlex.quote(app.relative(script))}", (f"{script} __main__",))
        return replace(finding, command=run, port=port, strength=2)
    package = src.package_main(app.tree, app.folder, list(app.files))
    if package:
        root, name = package
        main = join(app.folder, f"{root}/{name}" if root else name).replace(".", "/")
        command: Command = (
            ["sh", "-c", f"cd {root} && exec python -m {name}"] if root else f"python -m {name}"
        )
        return replace(finding, command=Choice(command, (f"{main}/__main__.py",)), strength=2)
    return finding  # a Procfile may still say how it runs: see python.detect


def _library_helper(app: PyApp, script: str) -> bool:
    """A script not named like an entry point (app.py, main.py...) in a project that ships an
    import package of its own name (gbstats/ in the `gbstats` project) is the library's
    maintenance script, not an app."""
    if PurePosixPath(script).stem in src.PREFERRED:
        return False
    data, _ = load_toml(app.tree.text(join(app.root, "pyproject.toml")))
    name = table(table(data, "project")).get("name") or table(
        table(table(data, "tool"), "poetry")
    ).get("name")
    if not isinstance(name, str):
        return False
    package = re.sub(r"[-.]+", "_", name).lower()
    return any(
        app.tree.exists(join(app.folder, f"{root}{package}/__init__.py")) for root in ("", "src/")
    )


def unrunnable(finding: AppFinding) -> AppFinding:
    """An app with no framework convention and no command found is not an app we can run."""
    if finding.framework.value != "none" or finding.command is not None:
        return finding
    return replace(
        finding,
        runnable=False,
        notes=_note(
            finding,
            "a Python project without a web framework, entry script or Procfile; if it runs, "
            "add it to devenv.yaml with `command:`",
        ),
    )


def celery_processes(app: PyApp, finding: AppFinding) -> AppFinding:
    """A `worker` (and `beat`, when there is a schedule) for an app that uses Celery."""
    celery = app.deps.get("celery")
    commands = " ".join(str(choice.value) for _, choice in finding.processes)
    if celery is None or "celery" in commands or not finding.runnable:
        return finding  # a Procfile already says how its workers run
    found = next(src.find_objects(app.tree, list(app.files), app.folder, "Celery"), None)
    manage = manage_py(app)
    workdir = _manage_dir(app, manage)
    if found:
        # `-A proj` finds proj.celery by itself, which is Django's convention.
        module = found.module.removesuffix(".celery")
        workdir = found.import_root or workdir
        why: tuple[str, ...] = (celery.evidence, f"{found.file}:{found.line} Celery(")
    elif django_project(app, manage):
        module = str(django_project(app, manage))
        why = (celery.evidence, f"{manage} Django project {module}")
    else:
        text = "Celery is a dependency but no Celery(...) app was found; add a worker"
        return replace(finding, notes=_note(finding, f"{text} under `processes:`"))
    head = f"celery --workdir {workdir} -A {module}" if workdir else f"celery -A {module}"
    worker = Choice(f"{head} worker --loglevel INFO", why)
    script = f"python {shlex.quote(app.relative(found.file))}" if found else None
    if finding.framework.value == "none" and (
        finding.command is None or finding.command.value == script
    ):
        # The Celery module is the whole app: it runs as the worker, not beside itself.
        return replace(finding, command=worker, port=None, strength=2)
    processes = [*finding.processes, ("worker", worker)]
    beat = app.deps.get("django-celery-beat")
    schedule = src.first_line(app.tree, app.files, _BEAT)
    if beat or schedule:
        reason = beat.evidence if beat else f"{schedule} beat schedule"
        processes.append(("beat", Choice(f"{head} beat --loglevel INFO", (reason,))))
    return replace(finding, processes=tuple(processes))

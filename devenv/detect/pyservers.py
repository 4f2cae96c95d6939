"""Python web frameworks served by their own tools: Pyramid (a PasteDeploy ini that gunicorn
or pserve serves) and Litestar (`litestar run`).

Neither is a framework of the spec: the app keeps framework `none` with explicit commands.
Commands carry a `{port}` placeholder (procfile.PORT), filled in when the port is final.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from devenv.detect import pysource as src
from devenv.detect.composeport import compose_command_port
from devenv.detect.maketargets import running_lines
from devenv.detect.model import AppFinding, Choice, evidence
from devenv.detect.procfile import PORT, port_in
from devenv.detect.tree import join, parent

if TYPE_CHECKING:
    from devenv.detect.pyapp import PyApp

# gunicorn's config module: `bind = "0.0.0.0:5000"`.
_GUNICORN_BIND = re.compile(r"^bind\s*=\s*[\"'][^\"':]*:(\d{2,5})[\"']", re.M)
_GUNICORN_RELOAD = re.compile(r"^reload\s*=", re.M)
_CONFIG_FOLDERS = ("", "conf", "config", "etc")
# pserve's port when its ini says nothing we read.
_PSERVE_PORT = 6543


def pyramid(app: PyApp, finding: AppFinding) -> AppFinding:
    """`gunicorn --paste development.ini` (or pserve), on the port gunicorn's dev config binds."""
    why: tuple[str, ...] = (app.deps["pyramid"].evidence,)
    ini = _paste_ini(app)
    served = compose_command_port(app.tree, lambda word: _own_target(app, word))
    port = served or gunicorn_port(app) or Choice(_PSERVE_PORT, ("pserve's usual port",))
    command = prod = None
    if ini and "gunicorn" in app.deps:
        base = f"gunicorn --paste {shlex.quote(ini)} --bind 0.0.0.0:{PORT}"
        command = Choice(f"{base} --reload", (*why, f"{ini} (PasteDeploy)"))
        prod = Choice(base, command.why)
    elif ini:
        command = Choice(f"pserve {shlex.quote(ini)} --reload", (*why, f"{ini} (PasteDeploy)"))
    return replace(finding, port=port, command=command, prod_command=prod, strength=3)


def _own_target(app: PyApp, word: str) -> bool:
    """`warehouse.wsgi:application`: a WSGI object of a package of the app's own."""
    module, _, variable = word.partition(":")
    package = module.split(".")[0]
    return (
        bool(variable)
        and package.isidentifier()
        and app.tree.exists(join(join(app.folder, package), "__init__.py"))
    )


def _paste_ini(app: PyApp) -> str | None:
    """The development ini beside the app or in its conf/ folder, relative to the app."""
    found = [
        join(sub, name) if sub else name
        for sub in _CONFIG_FOLDERS
        for name in app.tree.names(join(app.folder, sub) if sub else app.folder)
        if name.endswith(".ini") and name not in ("setup.ini", "tox.ini", "pytest.ini")
    ]
    return next((p for p in found if "dev" in p.rsplit("/", 1)[-1]), found[0] if found else None)


def gunicorn_port(app: PyApp, reloading: bool = False) -> Choice[int] | None:
    """The bind of gunicorn's config module, the development one first; with `reloading`,
    only of a config that sets `reload` (the one developers serve from too)."""
    names = [
        join(join(app.folder, sub) if sub else app.folder, name)
        for sub in (*_CONFIG_FOLDERS, "docker")  # docker/: the config the image copies in
        for name in app.tree.names(join(app.folder, sub) if sub else app.folder)
        if name.startswith("gunicorn") and name.endswith(".py")
    ]
    for path in sorted(names, key=lambda p: "dev" not in p):
        text = app.tree.text(path) or ""
        match = _GUNICORN_BIND.search(text)
        if match and (_GUNICORN_RELOAD.search(text) or not reloading):
            return Choice(int(match.group(1)), (evidence(path, text, match),))
    return None


# A Python web server a Makefile's running target starts (`run: flask run -p 6011`).
MAKE_SERVERS = re.compile(
    r"\b(?:flask\s+(?:--app\s+\S+\s+)?run|uvicorn|hypercorn|gunicorn|granian|fastapi\s+(?:dev|run)"
    r"|manage\.py\s+runserver)\b"
)


# A package's settings module sets the port its own server command listens on
# (snuba/settings/__init__.py `PORT = 1218`, read by `snuba devserver`).
_SETTINGS_MODULE = re.compile(r"^[\w-]+/settings(?:\.py|/__init__\.py)$")
_SETTINGS_PORT = re.compile(r"^PORT[ \t]*=[ \t]*(\d{2,5})[ \t]*(?:#.*)?$", re.M)


def settings_module_port(app: PyApp) -> Choice[int] | None:
    """The top-level `PORT = N` of the app's package settings module."""
    for path in app.files:
        if not _SETTINGS_MODULE.match(app.relative(path)):
            continue
        text = app.tree.text(path) or ""
        found = _SETTINGS_PORT.search(text)
        if found and 0 < int(found.group(1)) < 65536:
            return Choice(int(found.group(1)), (evidence(path, text, found),))
    return None


def make_port(app: PyApp) -> Choice[int] | None:
    """The port the app's Makefile serves it on in a running target (dev, run, serve)."""
    path = join(app.folder, "Makefile")
    for number, target, line in running_lines(app.tree.text(path) or ""):
        server = MAKE_SERVERS.search(line)
        port = port_in(line[server.end() :]) if server else None
        if port:
            return Choice(port, (f"{path}:{number} {target}: {line}",))
    return None


def litestar(app: PyApp, finding: AppFinding, port_of: Callable[[str], Choice[int]]) -> AppFinding:
    """`litestar --app module:app run`, on the port its settings or env example give."""
    found = next(src.find_objects(app.tree, list(app.files), app.folder, "Litestar"), None)
    why: tuple[str, ...] = (app.deps["litestar"].evidence,)
    command = prod = None
    if found:
        why = (*why, f"{found.file}:{found.line} Litestar(")
        root, module = _import_root(app, found.file)
        app_dir = f" --app-dir {root}" if root else ""
        target = f"{module}:{found.variable.removesuffix('()')}"
        base = f"litestar --app {target}{app_dir} run --host 0.0.0.0 --port {PORT}"
        command = Choice(f"{base} --reload", why[::-1])
        prod = Choice(base, why[::-1])
    return replace(
        finding, port=port_of("litestar"), command=command, prod_command=prod, strength=3
    )


def _import_root(app: PyApp, file: str) -> tuple[str, str]:
    """(import root relative to the app, dotted module): the root is the first folder up
    without an __init__.py (src/py above the `app` package in src/py/app/server/asgi.py)."""
    folder = parent(file)
    while folder != app.folder and app.tree.exists(join(folder, "__init__.py")):
        folder = parent(folder)
    root = src.relative(folder, app.folder) if folder != app.folder else ""
    module = src.relative(file, folder).removesuffix(".py").replace("/", ".")
    return root, module.removesuffix(".__init__")

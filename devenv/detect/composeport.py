"""The port a repository's own compose files run an app's server on.

A compose service built here whose command serves the very object devenv runs
(`uvicorn app.main:app --host 0.0.0.0 --port 8080`) says which port the developer opens: it
beats a port some other launcher in the sources asks for (a Granian script's `port=8000`).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator
from typing import Any

from devenv.detect.composed import MAIN_COMPOSE
from devenv.detect.dbserver import environment_entries
from devenv.detect.manifests import load_yaml
from devenv.detect.model import Choice
from devenv.detect.tree import RepoTree

# The variables a compose service sets its server's port by.
_PORT_VARS = ("PORT", "ROCKET_PORT", "HTTP_PORT", "SERVER_PORT", "APP_PORT")
# `--port 8080`, `--port=8080`, `-p 8080`, `--bind 0.0.0.0:8000`, `-b :8000`, and Django's
# address argument `runserver 0.0.0.0:9001`.
_PORT_FLAG = re.compile(
    r"(?:--port[= ]|-p[= ]?|(?:--bind|-b)[= ]?[\w.]*:|\brunserver\s+(?:[\w.\[\]]*:)?)(\d{2,5})\b"
)
# A Dockerfile's EXPOSE of one port: `EXPOSE 7000`, `EXPOSE 5000/tcp`.
_EXPOSE = re.compile(r"^EXPOSE\s+(\d{2,5})(?:/tcp)?\s*$", re.M)
# A Dockerfile's CMD: what a compose service without a command runs.
_CMD = re.compile(r"^CMD\s+(.*)$", re.M)


def compose_command_port(
    tree: RepoTree, target: str | Callable[[str], bool], folder: str | None = None
) -> Choice[int] | None:
    """The port a compose service built here serves `target` (`module:object`, or a test of
    the words) on; the main compose files before their variants. With `folder`, only a
    service built from that folder counts (a word like `vite` says less than a module)."""
    serves = target if callable(target) else lambda word: word == target
    for path in _main_first(tree):
        for name, context, command, mounts in _built_commands(tree, path):
            found = _PORT_FLAG.search(command)
            if (
                (folder is None or folder == context or folder in mounts)
                and any(serves(w) for w in command.split())
                and found
                and 0 < int(found.group(1)) < 65536
            ):
                return Choice(int(found.group(1)), (f"{path} services.{name}.command",))
    return None


def dockerfile_command_port(
    tree: RepoTree, folder: str, target: Callable[[str], bool]
) -> Choice[int] | None:
    """The port the app folder's own Dockerfile's last CMD serves `target` on
    (`CMD ["uvicorn", "todo.app:app", "--port", "3100"]`): with no compose file building the
    folder, the image the repository ships is what says where its server listens."""
    dockerfile = "Dockerfile" if folder == "." else f"{folder}/Dockerfile"
    command = _image_command(tree, folder, ".")
    found = _PORT_FLAG.search(command or "")
    if command is None or found is None or not any(target(w) for w in command.split()):
        return None
    port = int(found.group(1))
    return Choice(port, (f"{dockerfile} CMD",)) if 0 < port < 65536 else None


def exposed_port(tree: RepoTree, folder: str) -> Choice[int] | None:
    """The one port the app folder's own Dockerfile exposes: for a server that reads $PORT
    with no default in its code, where its image (and so its deployment) has it listen."""
    dockerfile = "Dockerfile" if folder == "." else f"{folder}/Dockerfile"
    text = tree.text(dockerfile) or ""
    found = {int(m.group(1)) for m in _EXPOSE.finditer(text)}
    if len(found) != 1 or not 0 < (port := found.pop()) < 65536:
        return None
    return Choice(port, (f"{dockerfile} EXPOSE {port}; the code reads $PORT with no default",))


def _built_commands(tree: RepoTree, path: str) -> list[tuple[str, str, str, set[str]]]:
    """(service, build context, command, folders it mounts) of the services the compose
    file builds from the repository, and of those that run the image another service builds
    (warehouse's web runs the image its base service tags); a script the command runs counts
    by its lines (entrypoint.sh's `exec uvicorn main:app --port 8001`). A service built from
    the root that mounts a folder over its sources (libretime's api: `./api:/src`) runs
    that folder's app."""
    data = load_yaml(tree.text(path))
    services = data.get("services") if isinstance(data, dict) else None
    bodies = (
        {str(k): v for k, v in services.items() if isinstance(v, dict)}
        if isinstance(services, dict)
        else {}
    )
    built = {b.get("image"): _context(path, b["build"]) for b in bodies.values() if "build" in b}
    found = []
    for name, body in bodies.items():
        context = _context(path, body["build"]) if "build" in body else built.get(body.get("image"))
        command = body.get("command")
        if isinstance(command, list):
            command = " ".join(str(c) for c in command)
        if command is None and "build" in body:  # the image's own CMD runs
            command = _image_command(tree, posixpath.dirname(path), body["build"])
        if context is None or not isinstance(command, str):
            continue
        mounts = _mounted(path, body)
        found.append((name, context, command, mounts))
        found += [(name, context, line, mounts) for line in _script_lines(tree, context, command)]
    return found


def _mounted(path: str, body: dict[str, Any]) -> set[str]:
    """The repository folders a compose service bind-mounts (`./api:/src`)."""
    volumes = body.get("volumes")
    found = set()
    for volume in volumes if isinstance(volumes, list) else []:
        source = str(volume).split(":", 1)[0] if isinstance(volume, str) else ""
        if source.startswith("."):
            joined = posixpath.normpath(posixpath.join(posixpath.dirname(path), source))
            found.add("." if joined in ("", ".") else joined)
    return found


def _image_command(tree: RepoTree, folder: str, build: object) -> str | None:
    """The last CMD of the Dockerfile a compose service builds, its exec form as words."""
    context = build.get("context", ".") if isinstance(build, dict) else build
    name = build.get("dockerfile", "Dockerfile") if isinstance(build, dict) else "Dockerfile"
    dockerfile = posixpath.join(folder, str(context or "."), str(name))
    found = _CMD.findall(tree.text(posixpath.normpath(dockerfile)) or "")
    return " ".join(re.sub(r"[\[\]\",]", " ", found[-1]).split()) if found else None


def _context(path: str, build: object) -> str:
    """The build context of a compose service, as a folder of the repository."""
    context = build.get("context", ".") if isinstance(build, dict) else build
    folder = posixpath.dirname(path)
    joined = posixpath.normpath(posixpath.join(folder, str(context or ".")))
    return "." if joined in ("", ".") else joined


def _script_lines(tree: RepoTree, context: str, command: str) -> list[str]:
    """The lines of the shell scripts of the build context that the command runs."""
    lines = []
    for word in command.split():
        if word.endswith(".sh"):
            name = posixpath.basename(word)
            script = name if context == "." else f"{context}/{name}"
            lines += (tree.text(script) or "").splitlines()
    return lines


def compose_env_port(
    tree: RepoTree, folder: str, names: tuple[str, ...] = _PORT_VARS
) -> Choice[int] | None:
    """The port a compose service built from `folder` sets in its environment under one of
    `names` (`ROCKET_PORT=9003`): the server's own setting, which beats its built-in default."""
    for path, name, body in _services_built_from(tree, folder):
        for entry in environment_entries(body):
            key, _, value = entry.partition("=")
            if key.strip() in names and value.strip().isdigit():
                port = int(value.strip())
                if 0 < port < 65536:
                    return Choice(port, (f"{path} services.{name}.environment {key}",))
    return None


# `ENV PORT=80`, `ENV PORT 80`, `ENV NODE_ENV=production PORT=80`.
_ENV_PORT = re.compile(r"^ENV\s+(?:(?:\S+=\S*\s+)*PORT=|PORT\s+)(\d{2,5})\s*$", re.M)


def built_env_port(tree: RepoTree, folder: str) -> Choice[int] | None:
    """PORT as a compose service built from `folder` runs it: the service's environment,
    else the `ENV PORT=80` of the Dockerfile it builds. For a server that reads PORT, that
    beats the default its code falls back on (`process.env.PORT || 4000`)."""
    composed = compose_env_port(tree, folder, ("PORT",))
    if composed:
        return composed
    for path, _, body in _services_built_from(tree, folder):
        dockerfile = _dockerfile(path, body["build"])
        found = _ENV_PORT.findall(tree.text(dockerfile) or "")
        if found and 0 < int(found[-1]) < 65536:
            return Choice(int(found[-1]), (f"{dockerfile} ENV PORT",))
    return None


def _services_built_from(tree: RepoTree, folder: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(compose file, service, its body) for each service built from `folder`, the main
    compose files' first."""
    for path in _main_first(tree):
        data = load_yaml(tree.text(path) or "")
        services = data.get("services") if isinstance(data, dict) else None
        for name, body in services.items() if isinstance(services, dict) else ():
            build = body.get("build") if isinstance(body, dict) else None
            if build is not None and _context(path, build) == posixpath.normpath(folder):
                yield path, str(name), body


def services_running(tree: RepoTree, folder: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(compose file, service, its body) for each service built from the repository that
    runs `folder`: built from it, or mounting it over its sources (`./analyzer:/src`)."""
    for path in _main_first(tree):
        data = load_yaml(tree.text(path) or "")
        services = data.get("services") if isinstance(data, dict) else None
        for name, body in services.items() if isinstance(services, dict) else ():
            build = body.get("build") if isinstance(body, dict) else None
            if build is None:
                continue
            if folder in {_context(path, build)} | _mounted(path, body):
                yield path, str(name), body


def _dockerfile(path: str, build: object) -> str:
    context = build.get("context", ".") if isinstance(build, dict) else build
    name = build.get("dockerfile", "Dockerfile") if isinstance(build, dict) else "Dockerfile"
    joined = posixpath.join(posixpath.dirname(path), str(context or "."), str(name))
    return posixpath.normpath(joined)


# A development image: `Dockerfile.dev`, `dev.Dockerfile`, `Dockerfile.development`, or a
# `target: dev` stage of the main Dockerfile.
_DEV_IMAGE = re.compile(r"(?:^|[./_-])dev(?:elop(?:ment)?)?(?:$|[./_-])", re.IGNORECASE)


def dev_stack_of_app(tree: RepoTree, folder: str) -> str | None:
    """The main compose file that builds the app in `folder` from a development image
    (flipt's `server` from Dockerfile.dev): the stack its developers run, whatever it holds."""
    for path in [p for p in tree.dev_compose_files if MAIN_COMPOSE.search(p)]:
        data = load_yaml(tree.text(path))
        services = data.get("services") if isinstance(data, dict) else None
        for name, body in services.items() if isinstance(services, dict) else ():
            build = body.get("build") if isinstance(body, dict) else None
            if build is None or _context(path, build) != folder or not isinstance(build, dict):
                continue
            image = f"{build.get('dockerfile', '')} {build.get('target', '')}"
            if any(_DEV_IMAGE.search(word) for word in image.split()):
                return f"{path} services.{name} (built from {image.strip()})"
    return None


def _main_first(tree: RepoTree) -> list[str]:
    """The developer's compose files, the main ones (compose.yaml...) before their variants."""
    return sorted(tree.dev_compose_files, key=lambda p: (not MAIN_COMPOSE.search(p), p))

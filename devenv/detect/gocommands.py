"""Which of a Go module's commands the repository runs as servers.

A module may hold several main packages: servers (cmd/api, cmd/engine) beside one-shot tools
(cmd/migrate, cmd/seed, cmd/cli). The repository's own compose files say which are servers:
a service that publishes a port and runs one command, named for it by its key, container,
image, Dockerfile or entry point (`image: .../hatchet-api`, `dockerfile: dockerfile.sales`,
`command: /app/engine`). Services without ports (migrations, seeding) are not servers.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass

from devenv.detect.composed import image_kind
from devenv.detect.gomake import made
from devenv.detect.manifests import load_yaml
from devenv.detect.tree import RepoTree, join

# `8080`, `"3000:3000"`, `127.0.0.1:8080:80/tcp`, `${PORT:-3000}:3000`: the container's port.
_CONTAINER_PORT = re.compile(r"(\d{2,5})(?:-\d+)?(?:/\w+)?$")
# `Dockerfile.api`, `api.Dockerfile`, `dockerfile.sales`, `Dockerfile-worker`: the command.
_DOCKERFILE = re.compile(
    r"(?i)^(?:dockerfile[._-](?P<after>[\w-]+)|(?P<before>[\w-]+)\.dockerfile)$"
)


@dataclass(frozen=True)
class Served:
    """A compose service that runs a command and publishes a port."""

    names: frozenset[str]  # what names the command it runs
    port: int | None  # the container side of its first published port
    why: str  # `file:line service`
    ports: frozenset[int] = frozenset()  # the container side of every port it publishes


def served_commands(
    tree: RepoTree, module: str, commands: Iterable[str], primary: str
) -> dict[str, Served]:
    """Each command (a main package's folder) some compose service runs with a port, one
    command a service: the one its names name, else for a service named for the module
    itself (`openmeter`) the module's primary command."""
    go_mod = tree.text(join(module, "go.mod")) or ""
    prefix = _module_name(go_mod)
    commands = list(commands)
    found = {
        command: Served(frozenset({posixpath.basename(command)}), port, why, frozenset({port}))
        if port
        else Served(frozenset({posixpath.basename(command)}), None, why)
        for command, (port, why) in made(tree, module, go_mod, commands).items()
    }
    for service in _services(tree):
        names = {n for name in service.names for n in _forms(name, prefix)}
        named = [c for c in commands if _forms(_command_name(c), prefix) & names]
        # A service named for the module runs its primary command, unless the Makefile runs
        # several: then which one it runs is not known.
        if not named and prefix in names and primary in commands and len(found) < 2:
            named = [primary]
        for command in named[:1]:
            found.setdefault(command, service)
    return found


def _command_name(folder: str) -> str:
    """A main package's name: its folder's, or for `writer_service/cmd` (each service keeps
    its entry point in a `cmd` folder of its own) the service folder's."""
    name = posixpath.basename(folder)
    above = posixpath.basename(posixpath.dirname(folder))
    return above if name == "cmd" and above else name


def _forms(name: str, prefix: str) -> set[str]:
    """A name, and without the module's name before it (`hatchet-api` is `api` too)."""
    name = name.lower().replace("_", "-")
    forms = {name}
    if prefix and name.startswith(prefix + "-") and len(name) > len(prefix) + 1:
        forms.add(name[len(prefix) + 1 :])
    return forms


def _module_name(go_mod: str) -> str:
    match = re.search(r"^module\s+\"?([^\s\"]+)", go_mod, re.M)
    if not match:
        return ""
    parts = [p for p in match.group(1).split("/") if not re.fullmatch(r"v\d+", p)]
    return parts[-1].lower().replace("_", "-") if parts else ""


def _services(tree: RepoTree) -> list[Served]:
    found = []
    for path in sorted(tree.dev_compose_files, key=lambda p: (p.count("/"), p)):
        text = tree.text(path) or ""
        data = load_yaml(text)
        services = data.get("services") if isinstance(data, dict) else None
        for key, body in services.items() if isinstance(services, dict) else ():
            published = _published(body)
            # A database's container (`db: {image: postgres}`) runs none of the module's
            # commands, though one is named like it (devtools/cmd/db).
            image = body.get("image") if isinstance(body, dict) else None
            if isinstance(image, str) and image_kind(image):
                continue
            if isinstance(body, dict) and published:
                line = _line_of(text, str(key))
                ports = [int(m.group(1)) for p in published if (m := _CONTAINER_PORT.search(p))]
                port = _CONTAINER_PORT.search(published[0])
                found.append(
                    Served(
                        frozenset(_names(str(key), body)),
                        int(port.group(1)) if port else None,
                        f"{path}:{line} {key}",
                        frozenset(ports),
                    )
                )
    return found


def _published(body: object) -> list[str]:
    """The ports a service publishes or exposes, as written."""
    if not isinstance(body, dict):
        return []
    ports = [*_listed(body.get("ports")), *_listed(body.get("expose"))]
    return [str(p.get("target", "")) if isinstance(p, dict) else str(p) for p in ports]


def _listed(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def _line_of(text: str, key: str) -> int:
    pattern = re.compile(rf"^\s+[\"']?{re.escape(key)}[\"']?:")
    return next((n for n, t in enumerate(text.splitlines(), 1) if pattern.match(t)), 1)


def _names(key: str, body: dict[object, object]) -> set[str]:
    """What a service is called, and what names the command it runs: its container, its
    image's name, its Dockerfile's and build target's, and its entry point's program."""
    names = {key}
    container = body.get("container_name")
    if isinstance(container, str):
        names.add(container)
    image = body.get("image")
    if isinstance(image, str):
        names.add(image.split("@")[0].rsplit("/", 1)[-1].split(":")[0])
    build = body.get("build")
    if isinstance(build, dict):
        dockerfile = _DOCKERFILE.match(posixpath.basename(str(build.get("dockerfile", ""))))
        if dockerfile:
            names.add(dockerfile.group("after") or dockerfile.group("before"))
        if isinstance(build.get("target"), str):
            names.add(str(build["target"]))
    for entry in (body.get("entrypoint"), body.get("command")):
        words = entry.split() if isinstance(entry, str) else entry
        if isinstance(words, list) and words and isinstance(words[0], str):
            names.add(posixpath.basename(words[0]))
    return {n for n in names if n}

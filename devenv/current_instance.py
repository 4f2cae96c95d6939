"""The instance a command acts on, read from the world: the option, the environment, the `.env`
Compose reads, and the git worktree; and, for `up`, free ports written to that `.env`."""

from __future__ import annotations

import dataclasses
import io
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from devenv import instances
from devenv.engine.api import EngineAPI
from devenv.engine.docker_api import Engine
from devenv.engine.ports import port_is_free, process_holding
from devenv.errors import FileTrouble, OperationFailed
from devenv.files import escape_reason, read_text, write_atomically
from devenv.instances import Identity
from devenv.project import PortBinding, Project
from devenv.workspace import Workspace, open_workspace
from devenv.worktree import Worktree, find_worktree

DOTENV = ".env"


@dataclass(frozen=True)
class Instance:
    """The instance a command acts on: its workspace, names and ports."""

    workspace: Workspace  # its project carries the instance's Compose name and ports
    spec_project: Project  # as devenv.yaml says: the default names and ports
    identity: Identity
    worktree: Worktree | None
    dotenv: dict[str, str]

    @property
    def name(self) -> str:
        return self.identity.project

    def with_ports(self, ports: Mapping[str, int]) -> Instance:
        project = instances.apply_identity(self.spec_project, self.identity, ports)
        return dataclasses.replace(
            self, workspace=dataclasses.replace(self.workspace, project=project)
        )


def read_dotenv(folder: Path) -> dict[str, str]:
    """The `.env` beside compose.yaml, parsed as Compose parses it (quotes, `export`,
    comments, `${VAR}` from the environment)."""
    path = folder / DOTENV
    if not path.is_file():
        return {}
    from dotenv import dotenv_values  # only when there is a .env to read

    text = read_text(path) or ""  # bounded: a link to a huge file is refused, not read whole
    values = dotenv_values(stream=io.StringIO(text))
    return {key: value for key, value in values.items() if value is not None}


def identify(
    spec_name: str, root: Path, explicit: str | None
) -> tuple[Identity, Worktree | None, dict[str, str]]:
    dotenv = read_dotenv(root)
    worktree = find_worktree(root)
    identity = instances.resolve_identity(
        spec_name,
        explicit=explicit,
        environ=os.environ,
        dotenv=dotenv,
        worktree_id=worktree.id if worktree and worktree.linked else None,
    )
    return identity, worktree, dotenv


def open_instance(spec_file: Path, explicit: str | None) -> Instance:
    """The workspace as this instance runs it, with the ports Compose would publish now."""
    workspace = open_workspace(spec_file)
    identity, worktree, dotenv = identify(workspace.project.name, workspace.root, explicit)
    ports = instances.resolved_ports(workspace.project, os.environ, dotenv)
    return Instance(workspace, workspace.project, identity, worktree, dotenv).with_ports(ports)


class PublishedPorts(Mapping[int, str]):
    """Host ports that other running containers publish, by container name. The engine is asked
    about the ports the stack wants first (a filtered list is cheap on a busy engine); about
    every port only when another one is looked up, as a search for a free port does."""

    def __init__(self, engine: EngineAPI, asked: set[int], ours: set[int]) -> None:
        self._engine, self._asked, self._ours = engine, asked, ours
        self._known = self._others(engine.published_ports(asked))
        self._complete = False

    def _others(self, published: Mapping[int, str]) -> dict[int, str]:
        return {port: who for port, who in published.items() if port not in self._ours}

    def _all(self) -> dict[int, str]:
        if not self._complete:
            self._known = self._others(self._engine.published_ports())
            self._complete = True
        return self._known

    def __getitem__(self, port: int) -> str:
        return (self._known if port in self._asked else self._all())[port]

    def __iter__(self) -> Iterator[int]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


def prepare_ports(
    instance: Instance,
    engine: Engine,
    *,
    ask: Callable[[str], bool] | None,
    dry_run: bool = False,
) -> Instance:
    """Before `up`: give another instance free ports of its own (kept from one run to the
    next), written with its project name to `.env`; for the default instance, name who holds a
    taken port and offer the next free one (`ask` is None without a terminal)."""
    workspace, identity = instance.workspace, instance.identity
    ours = {port for c in engine.containers(identity.project) for _, port, _ in c.ports}
    bindings = {b.variable: b for s in workspace.project.services for b in s.ports if b.variable}
    # The engine is asked about the ports the stack would publish now; only when one of them
    # is taken, or another instance looks for free ports, is every published port needed.
    asked = {b.host_port for b in bindings.values()}
    published = PublishedPorts(engine, asked, ours)

    def is_taken(port: int, host_ip: str = "0.0.0.0") -> bool:
        if port in ours:
            return False
        return port in published or not port_is_free(host_ip, port)

    current = {b.variable: b.host_port for b in bindings.values()}
    if identity.is_default:
        ports = _offer_free_ports(bindings, published, is_taken, ask)
        if ports == current:
            return instance
    else:
        pinned = {var for var in current if os.environ.get(var)}
        spec = instance.spec_project
        ports = instances.choose_ports(identity, spec, current, pinned, is_taken)
    if not dry_run:
        write_instance_env(instance, instances.instance_values(identity, ports))
    return instance.with_ports(ports)


def _offer_free_ports(
    bindings: Mapping[str, PortBinding],
    published: Mapping[int, str],
    is_taken: Callable[[int], bool],
    ask: Callable[[str], bool] | None,
) -> dict[str, int]:
    ports = {var: b.host_port for var, b in bindings.items()}
    problems = []
    for var, binding in bindings.items():
        port = binding.host_port
        if not is_taken(port):
            continue
        who = (
            f"container {published[port]}"
            if port in published
            else process_holding(port) or "another program"
        )
        free = instances.next_free(port + 1, is_taken, set(ports.values()))
        taken = f"port {binding.host_ip}:{port} is in use by {who}"
        if ask is not None and ask(f"{taken}. Publish it on {free} instead ({var})?"):
            ports[var] = free
        else:
            problems.append(f"{taken}; {free} is free: {var}={free}")
    if problems:
        raise OperationFailed(
            "host ports are taken:\n  " + "\n  ".join(problems),
            hint="Set the variable in .env (or the environment) to use the free port, stop "
            "what holds the port, or run another instance: `devenv up --instance NAME`.",
        )
    return ports


def write_instance_env(instance: Instance, values: Mapping[str, str]) -> Path:
    """Write devenv's block of `.env` (the user's own lines are kept) and make sure git ignores
    the file, so an instance's settings are never committed."""
    root = instance.workspace.root
    path = root / DOTENV
    # A repository's .env may be a link (to ~/.bashrc, /dev/zero): never written through.
    unsafe = escape_reason(root, DOTENV)
    if unsafe:
        raise FileTrouble(
            f"{DOTENV} {unsafe}; nothing written",
            hint="Remove the link: devenv keeps each instance's settings in the project's .env.",
        )
    existing = read_text(path) or ""  # bounded, and a folder or FIFO there is a clear error
    text = instances.dotenv_text(existing, values)
    if text != existing:
        write_atomically(path, text)
    if instance.worktree is not None:
        ignore_in_git(instance.worktree, path)
    return path


def ignore_in_git(worktree: Worktree, path: Path) -> None:
    """Add the file to the repository's info/exclude (shared by its worktrees, never
    committed) unless git already ignores it."""
    import subprocess  # only when .env is written

    relative = path.resolve().relative_to(worktree.top.resolve()).as_posix()
    try:
        checked = subprocess.run(
            ["git", "check-ignore", "-q", relative],
            cwd=worktree.top,
            capture_output=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return  # no git here: nothing can commit the file by mistake through it either
    if checked.returncode == 0:
        return
    exclude = worktree.common_dir / "info" / "exclude"
    exclude.parent.mkdir(parents=True, exist_ok=True)
    old = exclude.read_text(encoding="utf-8") if exclude.is_file() else ""
    line = f"/{relative}"
    if line not in old.splitlines():
        prefix = "" if not old or old.endswith("\n") else "\n"
        exclude.write_text(f"{old}{prefix}# devenv: per-instance settings\n{line}\n")

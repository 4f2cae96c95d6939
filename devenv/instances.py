"""Pure: which instance of a stack a command acts on, the ports it publishes, and the `.env`
that lets plain `docker compose` act on the same instance.

A stack's identity is its Compose project name. The default instance is the spec's `name`;
any other instance is `<name>-<instance>`, so it gets its own containers, network and volumes.
Ports live in compose.yaml as `"${DEVENV_PORT_WEB:-8000}"`: the default instance publishes the
ports of devenv.yaml, another instance the free ports written to its `.env`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from devenv.errors import UsageError
from devenv.project import Project

PROJECT_VAR = "COMPOSE_PROJECT_NAME"
INSTANCE_ENV = "DEVENV_INSTANCE"
DEFAULT_NAME = "default"  # `--instance default` names the default instance explicitly
MAX_INSTANCE = 40
# Instance ports are drawn from here: above the usual service ports, below Linux's
# ephemeral range (32768+), so an outgoing connection never holds one by chance.
PORT_RANGE = (20000, 32000)
BLOCK_BEGIN = "# >>> devenv instance: written by `devenv up` for plain `docker compose`"
BLOCK_END = "# <<< devenv instance"
_PROJECT_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass(frozen=True)
class Identity:
    """The instance a command acts on, and why that one."""

    name: str  # the spec's project name
    instance: str  # "" for the default instance
    project: str  # the Compose project name: containers, network and volumes carry it
    source: str  # --instance, DEVENV_INSTANCE, COMPOSE_PROJECT_NAME, .env, worktree, default

    @property
    def is_default(self) -> bool:
        return not self.instance

    @property
    def label(self) -> str:
        return self.instance or DEFAULT_NAME


@dataclass(frozen=True)
class PortVar:
    """A published port's variable in compose.yaml, with its default."""

    variable: str
    service: str
    default: int
    host_ip: str


def slug(text: str) -> str:
    """A name Compose accepts in a project name: lowercase letters, digits, `-` and `_`. Long
    names are cut and keep a short hash, so two long names stay distinct."""
    cleaned = re.sub(r"[^a-z0-9_-]+", "-", text.lower()).strip("-_")
    if len(cleaned) > MAX_INSTANCE:
        digest = hashlib.sha256(text.encode()).hexdigest()[:6]
        cleaned = cleaned[: MAX_INSTANCE - 7].rstrip("-_") + "-" + digest
    return cleaned


def compose_project(name: str, instance: str) -> str:
    return f"{name}-{instance}" if instance else name


def checked_instance(text: str, where: str) -> str:
    """An instance name as the user gave it: "" for the default, else a valid slug."""
    if text in ("", DEFAULT_NAME):
        return ""
    if slug(text) != text:
        raise UsageError(
            f"{where}: instance name {text!r} is not valid",
            hint="Use lowercase letters, digits, `-` and `_` (at most "
            f"{MAX_INSTANCE} characters), e.g. {slug(text) or 'review'!r}.",
        )
    return text


def instance_of(name: str, project: str) -> str:
    """The instance a Compose project name stands for (a foreign name is its own instance)."""
    if project == name:
        return ""
    return project[len(name) + 1 :] if project.startswith(f"{name}-") else project


def resolve_identity(
    name: str,
    *,
    explicit: str | None,
    environ: Mapping[str, str],
    dotenv: Mapping[str, str],
    worktree_id: str | None,
) -> Identity:
    """First of: --instance, DEVENV_INSTANCE, COMPOSE_PROJECT_NAME (shell, then .env: what
    Compose itself reads), a linked git worktree's name, else the default instance."""
    if explicit is not None:
        instance = checked_instance(explicit, "--instance")
        return Identity(name, instance, compose_project(name, instance), "--instance")
    if environ.get(INSTANCE_ENV):
        instance = checked_instance(environ[INSTANCE_ENV], INSTANCE_ENV)
        return Identity(name, instance, compose_project(name, instance), INSTANCE_ENV)
    for source, values in ((PROJECT_VAR, environ), (".env", dotenv)):
        project = values.get(PROJECT_VAR, "")
        if project:
            if not _PROJECT_NAME.match(project):
                raise UsageError(
                    f"{source}: {PROJECT_VAR}={project!r} is not a valid Compose project name",
                    hint="Use lowercase letters, digits, `-` and `_`.",
                )
            return Identity(name, instance_of(name, project), project, source)
    if worktree_id:
        instance = slug(worktree_id) or "worktree"
        return Identity(name, instance, compose_project(name, instance), "worktree")
    return Identity(name, "", name, "default")


def port_vars(project: Project) -> list[PortVar]:
    """Every published port's variable, in service order; two services may not share one."""
    found: dict[str, PortVar] = {}
    for service in project.services:
        for binding in service.ports:
            if not binding.variable:
                continue
            if binding.variable in found and found[binding.variable].service != service.name:
                raise UsageError(
                    f"services {found[binding.variable].service} and {service.name} would both "
                    f"read their host port from {binding.variable}",
                    hint="Rename one of them: `-` and `_` map to the same variable name.",
                )
            found[binding.variable] = PortVar(
                binding.variable, service.name, binding.host_port, binding.host_ip
            )
    return list(found.values())


def resolved_ports(
    project: Project, environ: Mapping[str, str], dotenv: Mapping[str, str]
) -> dict[str, int]:
    """The ports Compose publishes: the shell's value, else the .env's, else devenv.yaml's
    (`${VAR:-default}` takes the default for an empty value too)."""
    ports = {}
    for var in port_vars(project):
        text = environ.get(var.variable) or dotenv.get(var.variable) or ""
        ports[var.variable] = _port_number(var.variable, text) if text else var.default
    return ports


def _port_number(variable: str, text: str) -> int:
    if text.isdigit() and 0 < int(text) < 65536:
        return int(text)
    raise UsageError(
        f"{variable}={text!r} is not a port number",
        hint="Set it to a number from 1 to 65535 in .env or the environment, or remove it.",
    )


def derived_port(project: str, variable: str) -> int:
    """The port an instance starts from for a variable: the same on every run."""
    low, high = PORT_RANGE
    digest = hashlib.sha256(f"{project}\0{variable}".encode()).digest()
    return low + int.from_bytes(digest[:4], "big") % (high - low)


def next_free(start: int, is_taken: Callable[[int], bool], avoid: set[int]) -> int:
    """`start`, or the next port after it that is free, wrapping within PORT_RANGE."""
    low, high = PORT_RANGE
    port = start
    for _ in range(high - low):
        if port not in avoid and not is_taken(port):
            return port
        port = port + 1 if port + 1 < high else low
    raise UsageError(f"no free host port left between {low} and {high}")


def choose_ports(
    identity: Identity,
    project: Project,
    current: Mapping[str, int],
    pinned: set[str],
    is_taken: Callable[[int], bool],
) -> dict[str, int]:
    """An instance's ports: the ones it had (from .env) while they stay free, else a port
    derived from its name, moved on past any taken one. Shell-pinned values are kept as is."""
    chosen: dict[str, int] = {}
    variables = port_vars(project)
    defaults = {var.default for var in variables}  # the default instance's, even when it is down
    for var in variables:
        had = current.get(var.variable)
        if var.variable in pinned and had:
            chosen[var.variable] = had
            continue
        used = set(chosen.values()) | defaults
        if had and had != var.default and had not in used and not is_taken(had):
            chosen[var.variable] = had
            continue
        start = derived_port(identity.project, var.variable)
        chosen[var.variable] = next_free(start, is_taken, used)
    return chosen


def apply_identity(project: Project, identity: Identity, ports: Mapping[str, int]) -> Project:
    """The project as this instance runs it: its Compose name, its ports, URLs to match."""
    services = []
    for service in project.services:
        bindings = []
        endpoint = service.endpoint
        for binding in service.ports:
            port = ports.get(binding.variable, binding.host_port)
            if port != binding.host_port and endpoint:
                endpoint = _swap_port(endpoint, binding.host_port, port)
            bindings.append(replace(binding, host_port=port))
        services.append(replace(service, ports=tuple(bindings), endpoint=endpoint))
    return replace(project, name=identity.project, services=tuple(services))


def _swap_port(url: str, old: int, new: int) -> str:
    return re.sub(rf"(?<=[\w\]]):{old}(?=/|$)", f":{new}", url, count=1)


def dotenv_text(existing: str, values: Mapping[str, str]) -> str:
    """The .env with devenv's block set to `values` and every other line kept as it was. A key
    the user set outside the block is theirs: it is left out of the block."""
    lines = existing.splitlines()
    kept: list[str] = []
    inside = False
    for line in lines:
        if line.strip() == BLOCK_BEGIN:
            inside = True
        elif line.strip() == BLOCK_END and inside:
            inside = False
        elif not inside:
            kept.append(line)
    theirs = {_key(line) for line in kept} - {None}
    block = [f"{key}={value}" for key, value in values.items() if key not in theirs]
    while kept and not kept[-1].strip():
        kept.pop()
    if not block:
        return "\n".join(kept) + "\n" if kept else ""
    parts = [*kept, ""] if kept else []
    return "\n".join([*parts, BLOCK_BEGIN, *block, BLOCK_END]) + "\n"


def _key(line: str) -> str | None:
    match = re.match(r"\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=", line)
    return match.group(1) if match else None


def instance_values(identity: Identity, ports: Mapping[str, int]) -> dict[str, str]:
    """What devenv writes to .env: the Compose project name and the port variables, nothing
    else (no secret can reach .env that way)."""
    if identity.is_default:
        return {key: str(port) for key, port in ports.items()}
    return {PROJECT_VAR: identity.project, **{key: str(port) for key, port in ports.items()}}

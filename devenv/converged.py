"""The converged record: what the last `up` left running, so that the next `up` with nothing
changed can say so after one look at the engine, without loading the planner.

Planning a no-op `up` takes milliseconds; importing what plans it (the project's model, the
desired containers, Compose's hash) is most of what the command costs, because Python builds
every dataclass as it imports it. The record holds:
- a digest of everything `up` plans from: devenv.yaml with devenv's own code (the project
  cache's key), `.env`, the environment variables devenv reads, the git worktree, the
  generated files, and each app's build inputs (found by the same globs, by size and time);
- the containers `up` left: each one's ID, Compose config hash, image and state, and the ID of
  each image the stack runs.

It is written only when `up` converged the default instance, chosen by nothing, with every
declared service in one running container on the config and image the plan wanted, and with
every app's source bind-mounted (a baked-in source would make every file a build input). It is
trusted only while all of this is unchanged: anything else, even a file touched without a
change, takes the full plan, which writes the record again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from devenv import project_cache
from devenv.engine.status import ServiceRow, service_rows
from devenv.errors import DevenvError
from devenv.files import MAX_EXISTING_BYTES, files_matching, read_bounded
from devenv.spec.source import project_root, read_source
from devenv.worktree import find_worktree

if TYPE_CHECKING:
    from devenv.current_instance import Instance
    from devenv.engine.api import EngineAPI
    from devenv.engine.state import ContainerState, Observed
    from devenv.engine.steps import Plan

FORMAT = 1
KIND = "converged"
# The environment devenv reads: instance and project names, ports, build arguments, the engine.
ENV_PREFIXES = ("DEVENV_", "COMPOSE_", "DOCKER_")

Probe = dict[str, Any]  # what to read again: generated files, build globs, variables
Inputs = tuple[Probe, str]  # the probe and the digest it read
Seen = dict[str, list[str]]  # container ID -> [config hash, image ID, state]


def converged_file(spec_file: Path) -> Path:
    return project_cache.cache_file(spec_file, KIND)


def inputs_of(spec_file: Path, instance: Instance, explicit: str | None) -> Inputs | None:
    """Before planning: how to read `up`'s inputs again and what they are now; None where no
    record will be kept (another instance, or an app's source baked into its image)."""
    probe = _probe_of(instance)
    if probe is None or explicit is not None or not instance.identity.is_default:
        return None
    try:
        return probe, inputs_digest(spec_file, instance.workspace.source, probe)
    except OSError:  # a build input removed while it was read: no record this time
        return None


def _probe_of(instance: Instance) -> Probe | None:
    """What to read again to tell whether `up`'s inputs changed; None when the apps' baked-in
    source makes that a whole-tree question."""
    from devenv.engine.build_inputs import key_patterns  # loaded by the full `up` anyway
    from devenv.project import BUILD_ENV_ARGS

    project = instance.workspace.project
    if not all(app.live_reload for app in project.apps):
        return None
    ports = {b.variable for s in project.services for b in s.ports if b.variable}
    build_args = {name for app in project.apps for name in BUILD_ENV_ARGS.get(app.language, ())}
    return {
        "generated": sorted(instance.workspace.rendered),
        "builds": [[app.context, list(key_patterns(app))] for app in project.apps],
        "variables": sorted(ports | build_args),
    }


def inputs_digest(spec_file: Path, source: bytes, probe: Probe) -> str:
    """One digest of everything `up` plans from, read as the probe says."""
    root = project_root(spec_file)
    digest = hashlib.sha256(f"{FORMAT}\0{project_cache.cache_key(source)}\n".encode())

    def add(*parts: object) -> None:
        digest.update(("\0".join(map(str, parts)) + "\n").encode())

    add(".env", _content_digest(root / ".env"))
    for name in sorted(os.environ):
        if name.startswith(ENV_PREFIXES) or name in probe["variables"]:
            add("env", name, os.environ[name])
    worktree = find_worktree(root)
    add("worktree", worktree.id if worktree else None)
    for path in probe["generated"]:
        add("generated", path, _content_digest(root / path))
    for context_path, patterns in probe["builds"]:
        context = (root / context_path).resolve()
        for name in files_matching(context, patterns):
            info = (context / name).stat()
            add("build", context_path, name, info.st_size, info.st_mtime_ns)
    return digest.hexdigest()


def _content_digest(path: Path) -> str | None:
    data = read_bounded(path, MAX_EXISTING_BYTES)
    return None if data is None else hashlib.sha256(data).hexdigest()


def _current(spec_file: Path) -> dict[str, Any] | None:
    """The record, while every input it was planned from is what it was."""
    record = _load(spec_file)
    if record is None:
        return None
    try:
        digest = inputs_digest(spec_file, read_source(spec_file), record["probe"])
    except (DevenvError, OSError):
        return None
    return record if digest == record["inputs"] else None


def recorded_project(spec_file: Path) -> str | None:
    """The project the last converged `up` ran, while its inputs (which decide the default
    instance's name) are unchanged: `down` can name it without the project model."""
    record = _current(spec_file)
    return None if record is None else str(record["project"])


def forget(spec_file: Path, project: str) -> None:
    """After `down` of `project`: a record of its containers describes nothing any more."""
    record = _load(spec_file)
    if record is not None and record["project"] == project:
        with contextlib.suppress(OSError):
            converged_file(spec_file).unlink(missing_ok=True)


def still_converged(spec_file: Path, engine: EngineAPI) -> tuple[str, list[ServiceRow]] | None:
    """The project's name and rows when the record says `up` has nothing to do, else None
    (then the full `up` runs, and reports whatever is wrong)."""
    record = _current(spec_file)
    if record is None:
        return None
    try:
        containers = engine.containers(record["project"])
        if _seen(containers) != record["containers"]:
            return None
        images = {ref: engine.image(ref) for ref in sorted(record["images"])}
    except (DevenvError, OSError):
        return None
    if {ref: image.id if image else None for ref, image in images.items()} != record["images"]:
        return None
    declared = [(name, endpoint) for name, endpoint in record["services"]]
    return record["project"], service_rows(declared, containers)


def remember(
    spec_file: Path,
    instance: Instance,
    inputs: Inputs | None,
    plan: Plan,
    observed: Observed,
    containers: tuple[ContainerState, ...],
) -> None:
    """After `up`: record the stack when it converged as the module says, else drop the
    record. `inputs` (from inputs_of) were read before planning, so a file changed while `up`
    ran leaves a record that no longer matches."""
    target = converged_file(spec_file)
    images = {ref: image.id for ref, image in observed.images.items()}
    if inputs is None or not _converged(plan, images, containers):
        with contextlib.suppress(OSError):  # a record that cannot be removed will not match
            target.unlink(missing_ok=True)
        return
    probe, digest = inputs
    project = instance.workspace.project
    record = {
        "format": FORMAT,
        "inputs": digest,
        "probe": probe,
        "project": instance.name,
        "services": [[s.name, s.endpoint] for s in project.services],
        "containers": _seen(containers),
        "images": {
            ref: images[ref] for ref in sorted({sp.container.image for sp in plan.services})
        },
    }
    project_cache.write_record(target, record)


def _converged(plan: Plan, images: dict[str, str], containers: tuple[ContainerState, ...]) -> bool:
    """One running container per planned service, on the config and image it wanted, and no
    other container in the project."""
    by_service = {c.service: c for c in containers}
    if len(by_service) != len(containers) or set(by_service) != {
        sp.service for sp in plan.services
    }:
        return False
    for service_plan in plan.services:
        config, found = service_plan.container, by_service[service_plan.service]
        if found.oneoff or found.status != "running" or found.config_hash != config.config_hash():
            return False
        if (found.image_label or found.image_id) != images.get(config.image):
            return False
    return True


def _seen(containers: tuple[ContainerState, ...]) -> Seen:
    return {c.id: [c.config_hash, c.image_label or c.image_id, c.status] for c in containers}


def _load(spec_file: Path) -> dict[str, Any] | None:
    try:
        path = converged_file(spec_file)
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if _well_formed(record) else None


def _well_formed(record: Any) -> bool:
    """A record of this format, whatever wrote it: a damaged cache file is a miss."""
    expected = {"format", "inputs", "probe", "project", "services", "containers", "images"}
    if not isinstance(record, dict) or set(record) != expected or record["format"] != FORMAT:
        return False
    probe = record["probe"]
    return (
        isinstance(probe, dict)
        and _strings(probe.get("generated"))
        and _strings(probe.get("variables"))
        and isinstance(probe.get("builds"), list)
        and all(
            isinstance(b, list) and len(b) == 2 and isinstance(b[0], str) and _strings(b[1])
            for b in probe["builds"]
        )
        and isinstance(record["inputs"], str)
        and isinstance(record["project"], str)
        and isinstance(record["containers"], dict)
        and isinstance(record["images"], dict)
        and isinstance(record["services"], list)
        and all(isinstance(s, list) and len(s) == 2 for s in record["services"])
    )


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)

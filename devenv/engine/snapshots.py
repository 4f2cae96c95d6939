"""Snapshots of an instance's named volumes, kept on the engine as volumes of their own.

Why engine volumes and not a folder on the host: the data never leaves the engine (no host
paths, no file ownership to fix, works the same with rootless Docker and a remote DOCKER_HOST),
and copying volume to volume is as fast as the engine's disk. A snapshot volume carries
`org.devenv.snapshot*` labels (project, name, instance, volume, time) and no Compose label, so
neither `docker compose down -v` nor `devenv down --volumes` removes it.

Why stop-copy-start and not a dump tool: one way that is consistent for every catalog service
(Postgres, MySQL, MongoDB, Redis...), keeps roles and extensions, and restores exactly. The
services that mount a volume are stopped (a clean shutdown flushes the database to disk),
the files are copied by a throwaway container of the service's own image, and the services
are started again and waited for until healthy. The cost is a few seconds of downtime.

Each snapshot volume holds `data/` (the copy) and `stamp`, touched once the services are back
up: live data with a file newer than the stamp (caches and pid files aside) has changed since,
so `restore` asks first.
"""

from __future__ import annotations

import contextlib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

from devenv.engine import labels
from devenv.engine.desired import volume_labels
from devenv.engine.docker_api import Engine
from devenv.engine.inventory import (
    ListedContainer,
    ListedVolume,
    compose_containers,
    labelled_volumes,
)
from devenv.engine.transport import NotFound, demux, path
from devenv.errors import OperationFailed, Refused, UsageError

SNAPSHOT = "org.devenv.snapshot"
OF_PROJECT = "org.devenv.snapshot.project"
OF_INSTANCE = "org.devenv.snapshot.instance"
OF_VOLUME = "org.devenv.snapshot.volume"
CREATED = "org.devenv.snapshot.created"
HELPER_IMAGE = "org.devenv.snapshot.image"
HELPER = "org.devenv.snapshot-helper"
HEALTHY_TIMEOUT = 180
# Files a database rewrites on start-up or on a first connection without any change to the
# data (Postgres' relation cache and pid files): a newer one of these is not newer data.
RUNTIME_FILES = ("pg_internal.init", "*.pid", "postmaster.opts", "*.sock", "*.lock")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")

Say = Callable[[str], None]


@dataclass(frozen=True)
class Target:
    """Where snapshots are taken from: a Compose project (an instance), and the devenv project
    its snapshots are filed under, so that an instance can restore another's."""

    project: str  # Compose project name
    owner: str  # devenv project name (the spec's `name`)
    instance: str  # "default" or the instance's name
    images: dict[str, str]  # short volume name -> an image of a service that mounts it


@dataclass(frozen=True)
class Snapshot:
    name: str
    instance: str
    created: str
    volumes: dict[str, str]  # short volume name -> snapshot volume
    image: dict[str, str]  # short volume name -> helper image

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "instance": self.instance,
            "created": self.created,
            "volumes": sorted(self.volumes),
        }


def check_name(name: str) -> str:
    if not _NAME.match(name) or len(name) > 80:
        raise UsageError(
            f"snapshot name {name!r} is not valid",
            hint="Use letters, digits, `-` and `_`, starting with a letter or digit.",
        )
    return name


def branch_snapshot_name(branch: str) -> str:
    """A snapshot name for a git branch: `feature/login` -> `branch-feature-login`."""
    return "branch-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", branch).strip("-_") or "detached")


def snapshot_volume(owner: str, name: str, volume: str) -> str:
    # `.` appears in none of the parts (Compose names and snapshot names exclude it).
    return f"{owner}.snapshot.{name}.{volume}"


def list_snapshots(engine: Engine, owner: str) -> list[Snapshot]:
    grouped: dict[str, list[ListedVolume]] = {}
    for volume in labelled_volumes(engine, f"{OF_PROJECT}={owner}"):
        grouped.setdefault(volume.labels.get(SNAPSHOT, ""), []).append(volume)
    found = []
    for name, volumes in grouped.items():
        first = volumes[0].labels
        found.append(
            Snapshot(
                name=name,
                instance=first.get(OF_INSTANCE, ""),
                created=max(v.labels.get(CREATED, "") for v in volumes),
                volumes={v.labels.get(OF_VOLUME, ""): v.name for v in volumes},
                image={
                    v.labels.get(OF_VOLUME, ""): v.labels.get(HELPER_IMAGE, "") for v in volumes
                },
            )
        )
    return sorted(found, key=lambda s: s.created)


def find_snapshot(engine: Engine, owner: str, name: str) -> Snapshot | None:
    return next((s for s in list_snapshots(engine, owner) if s.name == name), None)


def _live_volumes(engine: Engine, project: str) -> dict[str, str]:
    """short name -> engine name of the project's volumes."""
    found = labelled_volumes(engine, f"{labels.PROJECT}={project}")
    return {v.labels.get(labels.VOLUME) or v.name: v.name for v in found}


def _users(engine: Engine, project: str, volumes: set[str]) -> list[ListedContainer]:
    return [
        c
        for c in compose_containers(engine, project)
        if set(c.volumes) & volumes and c.labels.get(labels.ONEOFF) != "True"
    ]


def save(engine: Engine, target: Target, name: str, say: Say) -> Snapshot:
    """Copy every named volume of the instance into snapshot `name` (replacing one so named)."""
    live = _live_volumes(engine, target.project)
    if not live:
        raise OperationFailed(
            f"nothing to snapshot: project {target.project} has no volumes",
            hint="Run `devenv up` first: snapshots copy the stack's named volumes.",
        )
    old = find_snapshot(engine, target.owner, name)
    users = _users(engine, target.project, set(live.values()))
    images = {**target.images, **_images_from(users, live)}
    created = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    made: dict[str, str] = {}
    with _stopped(engine, users, say):
        for short, volume in sorted(live.items()):
            image = _helper_image(images, short)
            copy = snapshot_volume(target.owner, name, short)
            if old and copy in old.volumes.values():
                engine.remove_volume(copy)
            engine.create_volume(
                copy,
                {
                    SNAPSHOT: name,
                    OF_PROJECT: target.owner,
                    OF_INSTANCE: target.instance,
                    OF_VOLUME: short,
                    CREATED: created,
                    HELPER_IMAGE: image,
                },
            )
            say(f"copying {volume} into snapshot {name}")
            _helper(
                engine,
                image,
                "rm -rf /to/data && mkdir /to/data && cp -a /from/. /to/data/",
                [f"{volume}:/from:ro", f"{copy}:/to"],
            )
            made[short] = copy
    if old:  # volumes the instance no longer has
        for short, copy in old.volumes.items():
            if short not in made:
                engine.remove_volume(copy)
    _stamp(engine, made, images)
    return Snapshot(name, target.instance, created, made, {s: images[s] for s in made})


def changed_since(engine: Engine, target: Target, snapshot: Snapshot) -> list[str]:
    """The live volumes holding a file written after the snapshot was taken."""
    live = _live_volumes(engine, target.project)
    changed = []
    for short, copy in sorted(snapshot.volumes.items()):
        if short not in live:
            continue
        code, output = run_helper(
            engine,
            snapshot.image.get(short) or _helper_image(target.images, short),
            "find /live -type f -newer /snap/stamp "
            + " ".join(f"! -name '{pattern}'" for pattern in RUNTIME_FILES)
            + " ! -path '*/pg_stat_tmp/*' | head -n 1",
            [f"{live[short]}:/live:ro", f"{copy}:/snap:ro"],
            {HELPER: target.project},
        )
        if code != 0 or output.strip():
            changed.append(live[short])
    return changed


def restore(
    engine: Engine, target: Target, snapshot: Snapshot, say: Say, *, overwrite: bool
) -> list[str]:
    """Replace the instance's volumes with the snapshot's copies; creates missing volumes so
    that a following `up` starts on the restored data. Refused when newer data would be lost,
    unless `overwrite`."""
    if not overwrite:
        changed = changed_since(engine, target, snapshot)
        if changed:
            raise Refused(
                f"the data in {', '.join(changed)} changed after snapshot {snapshot.name} "
                f"was taken ({snapshot.created}); restoring it would lose those changes",
                hint=f"Save them first (`devenv snapshot save NAME`), or pass --yes "
                f"to replace them with {snapshot.name}.",
            )
    live = _live_volumes(engine, target.project)
    users = _users(engine, target.project, set(live.values()))
    restored = []
    with _stopped(engine, users, say):
        for short, copy in sorted(snapshot.volumes.items()):
            volume = live.get(short) or labels.volume_name(target.project, short)
            if short not in live:
                engine.create_volume(volume, volume_labels(target.project, short))
            say(f"restoring {volume} from snapshot {snapshot.name}")
            image = snapshot.image.get(short) or _helper_image(target.images, short)
            _helper(
                engine,
                image,
                "find /live -mindepth 1 -delete && cp -a /snap/data/. /live/",
                [f"{copy}:/snap:ro", f"{volume}:/live"],
            )
            restored.append(volume)
    # The live data now matches the snapshot again: restoring it once more loses nothing.
    _stamp(engine, snapshot.volumes, {**snapshot.image, **target.images})
    return restored


def remove(engine: Engine, snapshot: Snapshot) -> None:
    for copy in snapshot.volumes.values():
        engine.remove_volume(copy)


def _images_from(users: list[ListedContainer], live: dict[str, str]) -> dict[str, str]:
    by_volume = {volume: short for short, volume in live.items()}
    return {by_volume[v]: c.image for c in users for v in c.volumes if v in by_volume}


def _helper_image(images: dict[str, str], short: str) -> str:
    if images.get(short):
        return images[short]
    raise OperationFailed(
        f"no image to copy volume {short} with: no container of the stack mounts it",
        hint="Run `devenv up` once, so that the service that owns the volume exists.",
    )


def _helper(engine: Engine, image: str, script: str, binds: list[str]) -> None:
    code, output = run_helper(engine, image, script, binds, {HELPER: "copy"})
    if code != 0:
        raise OperationFailed(
            f"copying a volume failed (exit {code})", hint=output.strip()[-800:] or None
        )


def _stamp(engine: Engine, copies: dict[str, str], images: dict[str, str]) -> None:
    for short, copy in copies.items():
        _helper(engine, _helper_image(images, short), "touch /snap/stamp", [f"{copy}:/snap"])


class _stopped:  # noqa: N801 - used as `with _stopped(...)`
    """Stop the running containers that mount the volumes; start them again afterwards, in
    the order they were stopped, and wait until they are healthy."""

    def __init__(self, engine: Engine, users: list[ListedContainer], say: Say) -> None:
        self.engine = engine
        self.running = [c for c in users if c.state == "running"]
        self.say = say

    def __enter__(self) -> None:
        for container in self.running:
            self.say(f"stopping {container.name} for a consistent copy")
            self.engine.stop(container.name)

    def __exit__(self, *exc: object) -> None:
        for container in self.running:
            self.engine.start(container.name)
            self.say(f"started {container.name} again")
        for container in self.running:
            _wait_healthy(self.engine, container.name)


def _wait_healthy(engine: Engine, name: str) -> None:
    deadline = time.monotonic() + HEALTHY_TIMEOUT
    while time.monotonic() < deadline:
        state = engine.container(name)
        if state is None or (state.health in (None, "healthy") and state.running):
            return
        if not state.running and state.status not in ("created", "restarting"):
            raise OperationFailed(f"{name} stopped ({state.status}) after the copy")
        time.sleep(0.3)
    raise OperationFailed(f"{name} did not become healthy within {HEALTHY_TIMEOUT}s")


def run_helper(
    engine: Engine, image: str, script: str, binds: list[str], helper_labels: dict[str, str]
) -> tuple[int, str]:
    """Run `sh -c script` as root in a throwaway container with no network; its exit code and
    output. Its anonymous volumes (an image's VOLUME) go with it. Plain Engine API calls: the
    wait lasts as long as the copy, within the transport's call timeout."""
    body = {
        "Image": image,
        "Entrypoint": ["sh", "-c"],
        "Cmd": [script],
        "User": "0:0",
        "Labels": helper_labels,
        "NetworkDisabled": True,
        "HostConfig": {"Binds": binds},
    }
    try:
        created = engine.http.request("POST", "/containers/create", body=body, what="a helper")
    except NotFound:
        raise OperationFailed(
            f"the image {image} is not on the engine: it copies the volume's files",
            hint="Run `devenv up` once (it pulls or builds the image), then try again.",
        ) from None
    container = str(created["Id"])
    try:
        engine.http.request("POST", path("/containers/{}/start", container), what="a helper")
        status = engine.http.request("POST", path("/containers/{}/wait", container)) or {}
        output = engine.http.request(
            "GET",
            path("/containers/{}/logs", container),
            params={"stdout": "1", "stderr": "1"},
            raw=True,
        )
        return int(status.get("StatusCode", 1)), demux(output).decode("utf-8", "replace")
    finally:
        with contextlib.suppress(NotFound):
            engine.http.request(
                "DELETE", path("/containers/{}", container), params={"v": "1", "force": "1"}
            )

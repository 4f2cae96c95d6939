"""Trimming, per manifest: what tests/realrepos/trim.py keeps of Python's requirement files
and pyproject, go.mod, Cargo.toml and compose files (names, versions, services; no code)."""

from __future__ import annotations

import json
import re
from typing import Any

from devenv.detect import dbserver, gomod
from devenv.detect.composed import MINIO_HEALTH, SQL
from devenv.detect.golayers import LAYER_PACKAGES
from devenv.detect.manifests import load_toml, strings, table
from devenv.detect.model import Dependency
from devenv.detect.pyconsole import setup_scripts
from devenv.detect.pydeps import install_requires
from devenv.detect.services import services_for


def kept_lines(text: str, pattern: str) -> str:
    # CRLF files: `$` stops only before "\n", so a key line ending "\r" would be dropped.
    text = text.replace("\r\n", "\n")
    return "".join(m.group(0).rstrip() + "\n" for m in re.finditer(pattern, text, re.M))


def cargo_facts(text: str) -> str:
    data, _ = load_toml(text)
    out = []
    package = {
        k: v
        for k, v in table(data, "package").items()
        if k in ("name", "rust-version") and isinstance(v, str)
    }
    if package:
        out.append("[package]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in package.items()))
    workspace = table(data, "workspace")
    if workspace:
        kept = {k: strings(workspace.get(k)) for k in ("members", "exclude") if k in workspace}
        out.append("[workspace]\n" + "".join(_toml_list(k, v) for k, v in kept.items()))
        shared = table(workspace, "package").get("rust-version")
        if isinstance(shared, str):
            out.append(f"[workspace.package]\nrust-version = {json.dumps(shared)}\n")
    for header, deps in (
        ("dependencies", table(data, "dependencies")),
        ("workspace.dependencies", table(workspace, "dependencies")),
    ):
        if deps:
            out.append(f"[{header}]\n" + "".join(_cargo_dep(n, s) for n, s in deps.items()))
    features = {k: strings(v) for k, v in table(data, "features").items()}
    if features:  # names of feature flags and what they turn on, no code
        out.append("[features]\n" + "".join(_toml_list(k, v) for k, v in features.items()))
    for binary in data.get("bin", []) if isinstance(data.get("bin"), list) else []:
        if isinstance(binary, dict) and isinstance(binary.get("name"), str):
            path = binary.get("path")
            where = f"path = {json.dumps(path)}\n" if isinstance(path, str) else ""
            out.append(f"[[bin]]\nname = {json.dumps(binary['name'])}\n{where}")
    return "\n".join(out)


def _cargo_dep(name: str, spec: object) -> str:
    features = strings(spec.get("features")) if isinstance(spec, dict) else []
    optional = isinstance(spec, dict) and spec.get("optional") is True
    listed = ", ".join(json.dumps(f) for f in features)
    value = f'{{ version = "*", features = [{listed}] }}' if features else '"*"'
    if optional:
        value = f'{{ version = "*", features = [{listed}], optional = true }}'
    return f"{json.dumps(name)} = {value}\n"


def requirements_facts(text: str) -> str:
    pattern = r"^\s*(-r\s*\S+|--requirement\s*\S+|[A-Za-z0-9][A-Za-z0-9._-]*(\[[^\]]*\])?)"
    return kept_lines(text, pattern)


def _toml_list(name: str, items: list[str]) -> str:
    return f"{name} = [\n" + "".join(f"  {json.dumps(i)},\n" for i in items) + "]\n"


def _names(requirements: list[str]) -> list[str]:
    found = []
    for item in requirements:
        match = re.match(r"\s*[A-Za-z0-9][A-Za-z0-9._-]*(\[[^\]]*\])?", item)
        if match:
            found.append(match.group(0).strip())
    return found


def pyproject_facts(text: str) -> str:
    data, _ = load_toml(text)
    out = []
    project = table(data, "project")
    if project:
        out.append("[project]\n")
        if isinstance(project.get("name"), str):  # a library ships an import package so named
            out.append(f"name = {json.dumps(project['name'])}\n")
        if isinstance(project.get("requires-python"), str):
            out.append(f"requires-python = {json.dumps(project['requires-python'])}\n")
        out.append(_toml_list("dependencies", _names(strings(project.get("dependencies")))))
    extras = table(project, "optional-dependencies")
    if extras:
        out.append("\n[project.optional-dependencies]\n")
        for extra, items in extras.items():
            out.append(_toml_list(json.dumps(extra), _names(strings(items))))
    groups = table(data, "dependency-groups")
    if groups:
        out.append("\n[dependency-groups]\n")
        for group, items in groups.items():
            out.append(_toml_list(json.dumps(group), _names(strings(items))))
    poetry = table(data, "tool", "poetry")
    sections = [("tool.poetry.dependencies", table(poetry, "dependencies"))]
    for group, body in table(poetry, "group").items():
        sections.append((f"tool.poetry.group.{group}.dependencies", table(body, "dependencies")))
    if isinstance(poetry.get("name"), str):
        out.append(f"\n[tool.poetry]\nname = {json.dumps(poetry['name'])}\n")
    for header, deps in sections:
        if deps:
            out.append(f"\n[{header}]\n")
            for dep, spec in deps.items():
                extras = strings(spec.get("extras")) if isinstance(spec, dict) else []
                value = {"version": "*", "extras": extras} if extras else "*"
                if dep == "python" and isinstance(spec, str):
                    value = spec
                out.append(f"{json.dumps(dep)} = {_toml_value(value)}\n")
    uv = table(data, "tool", "uv")
    if "uv" in table(data, "tool"):
        out.append("\n[tool.uv]\n")
        members = strings(table(uv, "workspace").get("members"))
        if members:
            out.append("\n[tool.uv.workspace]\n" + _toml_list("members", members))
    for tool in ("pdm", "hatch", "setuptools"):
        if tool in table(data, "tool"):
            out.append(f"\n[tool.{tool}]\n")
    return "".join(out)


def _toml_value(value: object) -> str:
    if isinstance(value, dict):
        extras = ", ".join(json.dumps(e) for e in value["extras"])
        return f'{{version = "*", extras = [{extras}]}}'
    return json.dumps(value)


def pipfile_facts(text: str) -> str:
    data, _ = load_toml(text)
    out = ["[packages]\n", *(f'{json.dumps(n)} = "*"\n' for n in table(data, "packages"))]
    requires = table(data, "requires")
    if requires:
        out.append("\n[requires]\n")
        out += [f"{k} = {json.dumps(v)}\n" for k, v in requires.items() if isinstance(v, str)]
    return "".join(out)


def setup_facts(text: str, cfg: bool = False) -> str:
    """install_requires as the file writes it: setup.cfg's indented block keeps a name with
    extras (`flask-fs2[swift, s3]`) whole, where a literal list's `]` would end it."""
    names = _names(install_requires(text))
    if cfg:
        return "[options]\ninstall_requires =\n" + "".join(f"    {n}\n" for n in names)
    listed = "".join(f"    {json.dumps(n)},\n" for n in names)
    # The console scripts, by name: what a compose service running the project starts.
    scripts = [f"{n}={target}" for n, target in setup_scripts(text)]
    entry = f"entry_points = {{'console_scripts': {json.dumps(scripts)}}}\n" if scripts else ""
    return "install_requires = [\n" + listed + "]\n" + entry


def go_mod_facts(text: str) -> str:
    kept = kept_lines(text, r"^(module|go|toolchain)\s+\S+")
    requires = re.findall(
        r"^\s*(?:require\s+)?([\w.-]+\.[\w./-]+)\s+(v\S+)(\s*//\s*indirect)?", text, re.M
    )
    direct = [f"\t{name} {version}\n" for name, version, indirect in requires if not indirect]
    # Indirect database drivers: a data layer for several databases (pop) brings them, and
    # a framework's store or queue package (go-zero's sqlx, go-queue's kq) those and Kafka's.
    kinds = {*SQL, *(k for layer in LAYER_PACKAGES.values() for k in layer)}
    drivers = [
        f"\t{name} {version} // indirect\n"
        for name, version, indirect in requires
        if indirect
        and any(n.type in kinds for n in services_for("go", [Dependency(name, "go.mod", 1, name)]))
    ]
    direct += drivers
    local = [f"replace {m.group(0).strip()}\n" for m in gomod.LOCAL_REPLACE.finditer(text)]
    local = [line.replace("replace replace", "replace") for line in local]
    return kept + ("\nrequire (\n" + "".join(direct) + ")\n" if direct else "") + "".join(local)


def compose_facts(text: str) -> str:
    services = _compose_services(text)
    if not services:
        return ""
    out = ["services:\n"]
    for name, body in services.items():
        image = body.get("image") if isinstance(body, dict) else None
        out.append(f"  {json.dumps(str(name))}:\n")
        build = body.get("build") if isinstance(body, dict) else None
        extends = body.get("extends") if isinstance(body, dict) else None
        if image:
            out.append(f"    image: {json.dumps(str(image))}\n")
        if isinstance(extends, dict) and not image:
            kept = {k: str(v) for k, v in extends.items() if k in ("file", "service")}
            out.append(f"    extends: {json.dumps(kept)}\n")
        elif build or not image:  # beside an image, the image is the tag of what it builds
            out.append(f"    build: {json.dumps(_build_facts(build or '.'))}\n")
        out += _command_facts(body)
        # A healthcheck asking MinIO's own health endpoint says the service runs MinIO.
        health = body.get("healthcheck") if isinstance(body, dict) else None
        test = health.get("test") if isinstance(health, dict) else None
        said = " ".join(map(str, test)) if isinstance(test, list) else str(test or "")
        if MINIO_HEALTH.search(said):
            out.append(f"    healthcheck:\n      test: {json.dumps(said)}\n")
        profiles = body.get("profiles") if isinstance(body, dict) else None
        if isinstance(profiles, list) and profiles:
            out.append(f"    profiles: {json.dumps([str(p) for p in profiles])}\n")
        # The services it waits for: the database of the service running the code.
        needs = body.get("depends_on") if isinstance(body, dict) else None
        if isinstance(needs, (list, dict)) and needs:
            out.append(f"    depends_on: {json.dumps([str(n) for n in needs])}\n")
        mounts = _repository_mounts(body) if image and not build else _folder_mounts(body)
        if mounts:
            out.append(f"    volumes: {json.dumps(mounts)}\n")
        wiring = [
            e
            for e in dbserver.environment_entries(body)
            if _WIRING.search(e) or _names_a_service(e, services)
        ]
        if wiring:
            out.append("    environment:\n" + "".join(f"      - {json.dumps(e)}\n" for e in wiring))
    return "".join(out)


def _names_a_service(entry: str, services: dict[Any, Any]) -> bool:
    """Whether a setting's value reaches another service by name (KAFKA_BROKER=kafka:9092):
    detection tells test-only wiring from the app's by these."""
    value = entry.partition("=")[2]
    return any(
        re.search(rf"(?<![\w.-]){re.escape(str(name))}(?![\w-])", value) for name in services
    )


def _repository_mounts(body: dict[Any, Any]) -> list[str]:
    """The volumes that mount the repository into a released image: the dev container runs
    the code here, so its wiring is the app's (dbserver.compose_environment)."""
    volumes = body.get("volumes")
    mounts = [str(v) for v in volumes] if isinstance(volumes, list) else []
    return [
        m
        for m in mounts
        if m.startswith((".:", "./:", "${", "../")) or m.split(":")[0] in (".", "./", "..")
    ]


def _folder_mounts(body: object) -> list[str]:
    """The repository folders a built service mounts over its sources (`./api:/src`): the
    app it runs (libretime's services all build the root Dockerfile)."""
    volumes = body.get("volumes") if isinstance(body, dict) else None
    mounts = [str(v) for v in volumes] if isinstance(volumes, list) else []
    return [m for m in mounts if re.match(r"\./[\w.-]", m)]


def _build_facts(build: object) -> dict[str, str] | str:
    if not isinstance(build, dict):
        return str(build)
    return {k: str(v) for k, v in build.items() if k in ("context", "dockerfile", "target")}


def _compose_services(text: str) -> dict[Any, Any]:
    """The services a compose file runs. A file with `services:` twice at the top (YAML keeps
    the last) keeps both blocks' services, as detection reads image lines wherever they are."""
    from devenv.detect.manifests import load_yaml

    blocks = re.split(r"(?m)^(?=services:)", text)
    chunks = [b for b in blocks if b.startswith("services:")] if len(blocks) > 2 else [text]
    found: dict[Any, Any] = {}
    for chunk in chunks:
        data = load_yaml(chunk)
        if data is None:  # unreadable YAML: detection reads its image lines instead
            return {}
        services = data.get("services") if isinstance(data, dict) else None
        if services is None and isinstance(data, dict):  # Compose file format 1: at the top
            services = {
                k: v
                for k, v in data.items()
                if isinstance(v, dict) and ("image" in v or "build" in v)
            }
        if isinstance(services, dict):
            found.update(services)
    return found


def _command_facts(body: object) -> list[str]:
    """What names the command a service runs (its container, its entry point's program) and
    the ports it publishes: which of a Go module's commands are servers."""
    if not isinstance(body, dict):
        return []
    out = []
    if isinstance(body.get("container_name"), str):
        out.append(f"    container_name: {json.dumps(body['container_name'])}\n")
    for key in ("entrypoint", "command"):
        words = body.get(key)
        words = words.split() if isinstance(words, str) else words
        if isinstance(words, list) and words and isinstance(words[0], str):
            out.append(f"    {key}: {json.dumps([words[0], *_served(words)])}\n")
    for key in ("ports", "expose"):
        ports = body.get(key)
        if isinstance(ports, list) and ports:
            kept = [p if isinstance(p, dict) else str(p) for p in ports]
            out.append(f"    {key}: {json.dumps(kept)}\n")
    return out


# The object a command serves (`app.main:app`), the port it serves it on (`--port 8080`),
# the script that starts the server (`/app/entrypoint.sh`) and a dev server it runs (vite).
_SERVED = re.compile(
    r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$|^(?:--port|-p|--bind|-b)(?:=\S+)?$|^[\w./-]+\.sh$"
    r"|^vite$"
)
# A server the command starts first in the app's container (`memcached -d; runserver`).
_DAEMONS = ("memcached", "redis-server")


def _served(words: list[object]) -> list[str]:
    """The served object and port flags of a command (a `bash -c` string's too)."""
    split = " ".join(str(w) for w in words[1:]).replace('"', " ").split()
    kept = []
    for i, word in enumerate(split):
        if word in _DAEMONS and (i == 0 or split[i - 1] == "-c" or split[i - 1].endswith(";")):
            kept += [";", word]
        elif word == "runserver" and i + 1 < len(split):  # Django's address: 0.0.0.0:9001
            kept += [word, split[i + 1]]
        elif _SERVED.match(word):
            flag = word.startswith("-") and "=" not in word and i + 1 < len(split)
            kept += [word, split[i + 1]] if flag else [word]
    return kept


# Compose environment entries that wire an app to a database: its URL, engine or host.
# Elasticsearch's discovery.type says what a custom-built image runs; a built service's PORT
# (ROCKET_PORT) is its server's.
_WIRING = re.compile(
    r"(?i)^[\w.-]*(DATABASE|DB|SQL|POSTGRES|MYSQL|MARIADB|PG)[\w.-]*=|://|^discovery\.type="
    r"|^(?:ROCKET_|HTTP_|SERVER_|APP_)?PORT="
)

"""Procfiles (Heroku, Foreman, Honcho): `web:` is how the app is served, the rest are processes.

A Procfile command is run by a shell with $PORT set; containers have neither, so $PORT becomes
the app's port and anything that needs a shell is wrapped in `sh -c`.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass, replace
from posixpath import join

from devenv.detect.model import AppFinding, Choice, Command, evidence
from devenv.languages import LANGUAGES
from devenv.spec.names import to_name

# Placeholder for the app's port in commands, filled in once the port is final.
PORT = "{port}"
_ENTRY = re.compile(r"^([A-Za-z0-9_.-]+)\s*:\s*(.+?)\s*$")
_PORT_VARIABLE = re.compile(r"\$\{PORT(?::?-[^}]*)?\}|\$PORT\b")
_SHELL = re.compile(r"[;&|<>`]|\$")
# Refused in devenv.yaml commands; a shell reads them as spaces anyway.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# One-off tasks, not long-running processes.
_ONE_OFF = frozenset({"release", "postdeploy", "predeploy"})
# Launchers Heroku's buildpacks install, which a container does not have. A wrapper that
# only preloads or fronts the command (jemalloc.sh, bin/start-nginx) is dropped and the
# command kept; a buildpack's own web server (heroku-php-apache2) is no way to serve the app
# in devenv's image, whose prod stage serves it its own way.
_BUILDPACK_WRAPPER = re.compile(
    r"^(?:(?:\S*/)?jemalloc\.sh|bin/start-(?:nginx|pgbouncer)(?:-stunnel)?(?:-debug)?)\s+"
)
_BUILDPACK_SERVER = re.compile(r"(?:^|[\s/])(heroku-php-(?:apache2|nginx))\b")
_PORT_FLAGS = re.compile(
    r"(?:--bind|-b|--listen)[= ]\S*:(\d{2,5})\b|(?:--port|-p)[= ](\d{2,5})\b"
    r"|\b(?:0\.0\.0\.0|127\.0\.0\.1|localhost|\[::\]):(\d{2,5})\b"
)


@dataclass(frozen=True)
class Entry:
    name: str
    command: str
    line: int


def read_procfile(text: str) -> list[Entry]:
    entries = []
    for number, raw in enumerate(text.splitlines(), start=1):
        match = _ENTRY.match(raw.strip())
        if match and not raw.lstrip().startswith("#") and match.group(1) not in _ONE_OFF:
            command = match.group(2)
            while _BUILDPACK_WRAPPER.match(command):
                command = _BUILDPACK_WRAPPER.sub("", command, count=1)
            if _CONTROL.sub("", command).strip():  # nothing left to run: not an entry
                entries.append(Entry(match.group(1), command, number))
    return entries


def to_command(command: str) -> Command:
    """A Procfile command as the spec takes it: the port filled in, a shell only if needed."""
    text = re.sub(r"\s+", " ", _PORT_VARIABLE.sub(PORT, command)).strip()
    text = _CONTROL.sub("", text)
    needs_shell = bool(_SHELL.search(text))
    if not needs_shell:
        try:
            shlex.split(text)
        except ValueError:
            needs_shell = True
    return ["sh", "-c", text] if needs_shell else text


def port_in(command: str) -> int | None:
    """A literal port a command listens on (`--bind 0.0.0.0:8000`, `--port 5000`), if any."""
    match = _PORT_FLAGS.search(command)
    if not match:
        return None
    port = int(next(group for group in match.groups() if group))
    return port if 0 < port < 65536 else None


# Foreman gives each process type its own PORT: 5000 for the first, 100 more for each next.
_FOREMAN_BASE, _FOREMAN_STEP = 5000, 100
# `foreman start`, with the Procfile it runs where not the default (`-f Procfile.dev`).
_FOREMAN_START = re.compile(r"\bforeman\s+start\b(?:[^\n]*?\s(?:-f|--procfile)[ =]?(\S+))?")
# What gives the processes a PORT of its own: an env file foreman loads (its own .env, or
# one named by dotenv or -e), or an assignment (`web: PORT=3000 bundle exec puma`).
_OWN_ENV = re.compile(r"\bdotenv\b|\s(?:-e|--env)[ =]")
_SETS_PORT = re.compile(r"(?:^|[\s;])(?:export\s+)?PORT=", re.M)


def foreman_port(
    script: str | None, folder: str, text_of: Callable[[str], str | None], env: list[str]
) -> Choice[int] | None:
    """The port a launcher script (Rails' bin/dev) gives `web:` by running `foreman start`,
    when `web:` names none itself: foreman's own PORT (thoughtbot/upcase's bin/dev runs
    `foreman start`, its Procfile `web: bundle exec puma -p $PORT`, README localhost:5000)."""
    started = _FOREMAN_START.search(script or "")
    own_env = any(_SETS_PORT.search(text_of(path) or "") for path in env)
    if started is None or _OWN_ENV.search(script or "") or own_env:
        return None
    name = started.group(1) or "Procfile"
    procfile = name if folder == "." else join(folder, name)
    entries = read_procfile(text_of(procfile) or "")
    index = next((i for i, e in enumerate(entries) if e.name == "web"), None)
    if (
        index is None
        or port_in(entries[index].command)
        or _SETS_PORT.search(entries[index].command)
        or "unset PORT" in entries[index].command  # the server's own default, then
    ):
        return None
    port = _FOREMAN_BASE + _FOREMAN_STEP * index
    return Choice(port, (f"{started.group(0)} runs {procfile}'s web: with foreman's PORT {port}",))


def started_web_port(
    script: str | None, folder: str, text_of: Callable[[str], str | None]
) -> Choice[int] | None:
    """The literal port of the `web:` line in the Procfile a launcher script's `foreman start`
    runs (PasswordPusher's bin/dev exports PORT=3000, its Procfile.dev `web: bin/rails
    server -p 5100`): the flag wins over the PORT the script gives foreman."""
    procfile, web = _started_web(script or "", folder, text_of)
    port = port_in(web.command) if web else None
    if web is None or port is None:
        return None
    return Choice(port, (f"{procfile}:{web.line} web: {web.command}",))


def _started_web(
    script: str, folder: str, text_of: Callable[[str], str | None]
) -> tuple[str, Entry | None]:
    """The Procfile a launcher script's `foreman start` runs (its -f, else one the script
    names, else Procfile) and that Procfile's `web:` entry; no entry where foreman is not
    started."""
    started = _FOREMAN_START.search(script)
    named = _PROCFILE_NAMED.search(script)
    name = (started and started.group(1)) or (named.group(1) if named else "Procfile")
    procfile = _at(folder, name)
    if started is None:
        return procfile, None
    entries = read_procfile(text_of(procfile) or "")
    return procfile, next((e for e in entries if e.name == "web"), None)


def binary_port(text: str | None, binary: str, file: str) -> Choice[int] | None:
    """The port a Procfile line gives the app's own built binary (`goalert: ./bin/goalert
    -l=localhost:3030`): how the developer runs it, over a default in its code."""
    for entry in read_procfile(text or ""):
        words = entry.command.split()
        port = port_in(" ".join(words[1:]))
        if words[0].rsplit("/", 1)[-1] == binary and port:
            return Choice(port, (f"{file}:{entry.line} {entry.name}: {words[0]} ... {port}",))
    return None


def runs_a_member(text: str | None, folder: str, is_package: Callable[[str], bool]) -> str | None:
    """The `web:` command, when it runs a file of a package in a folder below (`node
    api/dist/main`): that package is the app, the Procfile only serves its build."""
    web = next((e for e in read_procfile(text or "") if e.name == "web"), None)
    if web is None:
        return None
    for word in web.command.split()[1:]:
        top = word.removeprefix("./").split("/")[0]
        if "/" in word and is_package(join(folder, top) if folder != "." else top):
            return web.command
    return None


def process_name(name: str) -> str:
    """A Procfile name as a spec process name: lowercase letters, digits, `-` and `_`."""
    return to_name(name, "process")


def apply_procfile(finding: AppFinding, text: str | None, file: str) -> AppFinding:
    """Fold a Procfile into a finding: `web:` serves the app in prod, the rest are processes.

    The framework's own dev command (with live reload) stays; an app without one runs `web:`
    in dev as well.
    """
    entries = read_procfile(text or "")
    web = next((e for e in entries if e.name == "web"), None)
    server = _BUILDPACK_SERVER.search(web.command) if web else None
    if web and server:
        note = (
            f"{file}:{web.line} web: runs Heroku's {server.group(1)}, which the image does not "
            "have; devenv serves the app its own way"
        )
        finding = replace(finding, notes=(*finding.notes, note))
        entries = [e for e in entries if e is not web]
        web = None
    if not entries:
        return finding
    first = web or entries[0]
    why = (f"{file}:{first.line} {first.name}: {first.command}",)
    changes: dict[str, object] = {}
    if web is not None:
        changes["prod_command"] = Choice(to_command(web.command), why)
        port = port_in(web.command)
        if port:
            changes["port"] = Choice(port, why)
        elif finding.port is None and _PORT_VARIABLE.search(web.command):
            default = LANGUAGES[finding.language.value].default_port
            changes["port"] = Choice(default, (f"{why[0]}; $PORT is {default}, devenv's default",))
    if finding.framework.value == "none" and (web is not None or not finding.runnable):
        changes["command"] = Choice(to_command(first.command), why)
        changes.update(runnable=True, strength=max(finding.strength, 2))
    taken = {name for name, _ in finding.processes}
    processes = list(finding.processes)
    for entry in entries:
        name = process_name(entry.name)
        if entry is not first and name not in taken:
            taken.add(name)
            evidence = (f"{file}:{entry.line} {entry.name}: {entry.command}",)
            processes.append((name, Choice(to_command(entry.command), evidence)))
    return replace(finding, processes=tuple(processes), **changes)  # type: ignore[arg-type]


# `web: bundle exec puma -p $DEV_PORT`: the port is a variable of the project's own.
_PORT_FROM_VARIABLE = re.compile(r"(?:--port|-p)[= ]\$\{?([A-Z][A-Z0-9_]*)\}?")
_PROCFILE_NAMED = re.compile(r"\b(Procfile[\w.-]*)")
_SCRIPT_NAMED = re.compile(r"\b(bin/[\w.-]+)")


def variable_port(
    script_path: str, folder: str, text_of: Callable[[str], str | None]
) -> Choice[int] | None:
    """The default a launcher script (bin/dev) gives the variable its Procfile's `web:`
    passes as the port, set in the script or in a script it sources or evals (bikeindex's
    bin/dev: `eval "$(ruby bin/env --export)"`, bin/env `ENV["DEV_PORT"] ||= "3042"`,
    Procfile.dev `web: bundle exec puma -p $DEV_PORT`)."""
    script = text_of(script_path) or ""
    procfile, web = _started_web(script, folder, text_of)
    variable = _PORT_FROM_VARIABLE.search(web.command) if web else None
    if variable is None or variable.group(1) == "PORT":
        return None
    name = re.escape(variable.group(1))
    default = re.compile(
        rf"ENV\[[\"']{name}[\"']\]\s*\|\|=\s*[\"']?(\d{{2,5}})\b"
        rf"|^[ \t]*(?:export[ \t]+)?{name}=[\"']?(?:\$\{{{name}:-)?(\d{{2,5}})\b",
        re.M,
    )
    sourced = [_at(folder, m) for m in _SCRIPT_NAMED.findall(script)]
    for path in dict.fromkeys([script_path, *sourced]):
        text = text_of(path) or ""
        found = default.search(text)
        if found:
            port = int(found.group(1) or found.group(2))
            why = f"{procfile} web: -p ${variable.group(1)}; {evidence(path, text, found)}"
            return Choice(port, (why,))
    return None


def _at(folder: str, name: str) -> str:
    return name if folder == "." else join(folder, name)

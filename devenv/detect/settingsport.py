"""The port an app's own settings file gives its server.

YAML and TOML settings say it under the server's section: `server:\\n  port: 8888`,
`system:\\n  addr: 8888`, `[http]\\nport = 8000`, or a top-level `port: 8080`. Ports under any
other section (`redis:`, `database:`, `email:`) are the services the app talks to.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable
from pathlib import PurePosixPath

from devenv.detect.configfiles import env_files
from devenv.detect.manifests import load_json, table
from devenv.detect.model import Choice, evidence, line_at
from devenv.detect.readable import SETTINGS_FOLDERS, SETTINGS_LAYER
from devenv.detect.tree import RepoTree, is_compose_file, join

# Sections that hold the app's own listener; a port under anything else is someone else's.
# `network` is a daemon's (nostr-rs-relay's config.toml `[network] port = 8080`).
_SERVER_SECTIONS = frozenset(
    {"server", "http", "web", "app", "api", "system", "service", "serve", "application"}
    | {"network"}
)
_PORT_KEYS = frozenset(
    {"port", "http_port", "http-port", "httpport", "listen_port", "server_port"}
    | {"addr", "address", "listen", "listen_addr", "listen-addr", "bind", "http_addr"}
    | {"listen_address", "bind_address", "http_address"}
)
_SECTION = re.compile(r"^\[{1,2}\s*([\w.-]+)\s*\]{1,2}\s*$")
_ENTRY = re.compile(r"^( *)(?:- +)?([\w.-]+)[ \t]*[:=][ \t]*(.*)$")
# 8888, "8888", ":8888", "0.0.0.0:8888": the value of a port or address key.
_VALUE = re.compile(r"^[\"']?(?:[\w.-]*:)?(\d{2,5})[\"']?$")


def settings_port(tree: RepoTree, paths: Iterable[str]) -> Choice[int] | None:
    """The first server port the given settings files set."""
    for path in paths:
        found = _port_in(tree.text(path) or "")
        if found:
            port, line, text = found
            return Choice(port, (f"{path}:{line} {text}",))
    return None


def settings_layers(tree: RepoTree, folder: str) -> list[str]:
    """The layered settings files of an app (configuration/base.yaml, config/default.toml),
    the base layer first: a config library merges the others over it."""
    found = []
    for sub in sorted(SETTINGS_FOLDERS):
        where = join(folder, sub)
        found += [join(where, n) for n in sorted(tree.names(where)) if SETTINGS_LAYER.match(n)]
    return sorted(found, key=lambda p: not p.rsplit("/", 1)[-1].startswith(("base", "default")))


def settings_package_layers(tree: RepoTree, folder: str) -> list[str]:
    """The layered settings files a settings package keeps in a folder of its own
    (crates/configuration/data/base.yml, embedded by the binary), the base layer first."""
    if posixpath.basename(folder) not in SETTINGS_FOLDERS:
        return []
    found = [
        p
        for p in tree.under(folder, max_depth=1)
        if "/" in p[len(folder) + 1 :] and SETTINGS_LAYER.match(posixpath.basename(p))
    ]
    return sorted(found, key=lambda p: not posixpath.basename(p).startswith(("base", "default")))


def _port_in(text: str) -> tuple[int, int, str] | None:
    table: list[str] = []  # the TOML table the lines are in
    parents: list[tuple[int, str]] = []  # (indent, key) of the open YAML mappings
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split(" #", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        section = _SECTION.match(line)
        if section:
            table, parents = section.group(1).lower().split("."), []
            continue
        entry = _ENTRY.match(line)
        if not entry:
            continue
        indent, key, value = len(entry.group(1)), entry.group(2).lower(), entry.group(3)
        while parents and parents[-1][0] >= indent:
            parents.pop()
        if indent and not parents:  # its section was not kept: whose it is is unknown
            continue
        if not value:
            parents.append((indent, key))
            continue
        keys = [*table, *(k for _, k in parents), *key.split(".")]
        port = _VALUE.match(value.strip())
        ours = keys[-1] in _PORT_KEYS and all(k in _SERVER_SECTIONS for k in keys[:-1])
        if ours and port and 0 < int(port.group(1)) < 65536:
            return int(port.group(1)), number, raw.strip()
    return None


# The dev server's port in Vite's env files (`VITE_PORT=3000`, `VITE_CLI_PORT = 8080`), which
# the project's vite.config reads into server.port.
_VITE_PORT = re.compile(
    r"^[ \t]*(VITE_(?:CLI_|DEV_|APP_)?PORT)[ \t]*=[ \t]*[\"']?(\d{2,5})\b", re.M
)
# The env files Vite loads for `vite` (development mode), most specific last, after the
# example a developer copies to .env.
_VITE_ENV_FILES = (
    ".env.example",
    ".env",
    ".env.local",
    ".env.development",
    ".env.development.local",
)


# Create React App's dev server reads PORT from the same env files (`PORT=5000` in .env).
_CRA_PORT = re.compile(r"^[ \t]*(PORT)[ \t]*=[ \t]*[\"']?(\d{2,5})\b", re.M)


# `envDir: './env'` in vite.config, or a constant it passes there (`const envDir = './env'`).
ENV_DIR = re.compile(r"\benvDir\s*[:=]\s*[\"']\.?/?([\w./-]+?)/?[\"']")


def vite_env_port(tree: RepoTree, folder: str) -> Choice[int] | None:
    """The port a Vite app's env files give its dev server; later files win, as in Vite.
    They sit in the folder of the config's envDir when it names one."""
    configs = (tree.text(name if folder == "." else f"{folder}/{name}") for name in _VITE_CONFIGS)
    named = next((m for m in (ENV_DIR.search(t or "") for t in configs) if m), None)
    if named:
        folder = posixpath.normpath(posixpath.join(folder, named.group(1)))
    return _env_file_port(tree, folder, _VITE_PORT)


def react_scripts_env_port(tree: RepoTree, folder: str) -> Choice[int] | None:
    """The PORT a Create React App's env files give `react-scripts start`."""
    return _env_file_port(tree, folder, _CRA_PORT)


def _env_file_port(tree: RepoTree, folder: str, pattern: re.Pattern[str]) -> Choice[int] | None:
    found = None
    for name in _VITE_ENV_FILES:
        path = name if folder == "." else f"{folder}/{name}"
        text = tree.text(path) or ""
        match = pattern.search(text)
        if match and 0 < int(match.group(2)) < 65536:
            found = Choice(int(match.group(2)), (evidence(path, text, match),))
    return found


# `server: { port: 5004 }` in vite.config: the first port after `server:` (not preview's, not
# the HMR socket's, which follow it).
# A variable's default counts too: `port: process.env.PORT || 3001`.
_VITE_SERVER_PORT = re.compile(
    r"\bserver\s*:\s*\{[^{}]*?\bport\s*:\s*(?:[^,\n{}]*?(?:\|\||\?\?)\s*)?[\"']?(\d{2,5})\b", re.S
)
# `server: { port }` or `port: devPort`: a variable the config gives a default before,
# `const port = Number(process.env.PORT) || 3000`, or the other arm of a test of the
# environment, `const port = process.env.PORT ? parseInt(process.env.PORT, 10) : 7001`.
_VITE_PORT_NAME = re.compile(
    r"\bserver\s*:\s*\{[^{}]*?\bport\s*(?:[,}]|:\s*([A-Za-z_]\w*)\s*[,}])", re.S
)
# Or a plain literal the config may override later: `let port = 4018;`.
_DEFAULTED = (
    r"^[ \t]*(?:const|let|var)[ \t]+{}[ \t]*=[ \t]*"
    r"(?:[^;\n]*?(?:\|\||\?\?|\?[^;\n:]*:)[ \t]*)?[\"']?(\d{{2,5}})\b"
)
_VITE_CONFIGS = ("vite.config.ts", "vite.config.js", "vite.config.mts", "vite.config.mjs")
# Rsbuild's config sets its dev server's port in the same `server: { port }` block.
RSBUILD_CONFIGS = ("rsbuild.config.ts", "rsbuild.config.js", "rsbuild.config.mjs")


def vite_config_port(
    tree: RepoTree, folder: str, names: tuple[str, ...] = _VITE_CONFIGS
) -> Choice[int] | None:
    """The dev server's port a Vite app's vite.config (or `names`) sets as a literal."""
    for name in names:
        path = name if folder == "." else f"{folder}/{name}"
        text = tree.text(path) or ""
        match = _VITE_SERVER_PORT.search(text) or _vite_port_default(text)
        if match and 0 < int(match.group(1)) < 65536:
            line = line_at(text, match.start(1))
            return Choice(int(match.group(1)), (f"{path}:{line} port: {match.group(1)}",))
    return None


def _vite_port_default(text: str) -> re.Match[str] | None:
    """The default of the variable `server.port` names (`port,` is `port: port`)."""
    named = _VITE_PORT_NAME.search(text)
    if not named:
        return None
    name = re.escape(named.group(1) or "port")
    return re.search(_DEFAULTED.format(name), text, re.M)


# vue-cli's devServer.port in vue.config.js: a literal (`port: 6255`), a variable's default
# there (`port: process.env.PORT || 5000`), or a variable given one (`const port = ... 9527`).
_VUE_PORT = re.compile(
    r"^[ \t]*port[ \t]*:[ \t]*(?:[^,\n]*?(?:\|\||\?\?)[ \t]*)?[\"']?(\d{2,5})\b"
    r"|^[ \t]*(?:const|let|var)[ \t]+port[ \t]*=[^;\n]*?(\d{2,5})\b",
    re.M,
)
_VUE_CONFIGS = ("vue.config.js", "vue.config.ts")
# `webpack serve`, `webpack-dev-server` and Rspack's `rspack serve` read devServer.port from
# their config (or the file `--config` names), as vue-cli does from vue.config; all default
# to 8080. A dev server of its own: it serves the bundle, proxying API calls to the back end.
WEBPACK_SERVE = re.compile(
    r"^(?:(webpack|rspack)\s+(?:serve|dev)\b|(webpack)-dev-server\b)(?:.*?--config[= ](\S+))?"
)


def webpack_serve_port(tree: RepoTree, folder: str, commands: list[str]) -> Choice[int] | None:
    """The port the webpack dev server a script runs listens on, None when none runs it."""
    serve = next((m for m in map(WEBPACK_SERVE.match, commands) if m), None)
    if serve is None:
        return None
    tool = serve.group(1) or serve.group(2)
    named: tuple[str, ...] = (str(serve.group(3)).removeprefix("./"),) if serve.group(3) else ()
    configs = named or (f"{tool}.config.js", f"{tool}.config.ts")
    return vue_cli_port(tree, folder, serve.string, configs, f"{tool}'s dev server")


def vue_cli_port(
    tree: RepoTree,
    folder: str,
    script: str,
    configs: tuple[str, ...] = _VUE_CONFIGS,
    tool: str = "vue-cli-service",
) -> Choice[int]:
    """The port `vue-cli-service serve` listens on: the script's --port (komga-webui's
    `vue-cli-service serve --port 8081`), vue.config's devServer.port, else 8080."""
    flag = re.search(r"--port[= ](\d{2,5})\b", script)
    if flag and 0 < int(flag.group(1)) < 65536:
        return Choice(int(flag.group(1)), (f"package.json script: {script}",))
    for name in configs:
        path = name if folder == "." else f"{folder}/{name}"
        text = tree.text(path) or ""
        match = _VUE_PORT.search(text)
        if match:
            port = int(match.group(1) or match.group(2))
            return Choice(port, (evidence(path, text, match),))
    return Choice(8080, (f"{tool}'s usual port",))


# The server's port in an env example: `RUNSERVER_PORT=8080`, `APP_PORT=8000`. A bare PORT
# counts only in the app's own folder: one at the root of a full-stack repository may be the
# front end's.
_NAMED_ENV_PORT = re.compile(
    r"^[ \t]*(?:RUNSERVER|DJANGO|APP|SERVER|HTTP|WEB|API|BACKEND)_PORT"
    r"[ \t]*=[ \t]*[\"']?(\d{2,5})\b",
    re.M,
)
_BARE_ENV_PORT = re.compile(r"^[ \t]*PORT[ \t]*=[ \t]*[\"']?(\d{2,5})\b", re.M)
# A root folder holding the developer environment's env files (dev/.env.dev.example).
_DEV_ENV_FOLDER = "dev"


def env_example_port(tree: RepoTree, folder: str) -> Choice[int] | None:
    """The port the app's env examples, or the developer environment's, give its server."""
    own = [p for p in env_files(tree, folder) if folder == "." or p.startswith(folder + "/")]
    shared = [p for p in env_files(tree, folder) if p not in own]
    shared += [p for p in env_files(tree, _DEV_ENV_FOLDER) if p.startswith(_DEV_ENV_FOLDER + "/")]
    checks = [(p, _NAMED_ENV_PORT) for p in own + shared] + [(p, _BARE_ENV_PORT) for p in own]
    composed = _compose_texts(tree)
    for path, pattern in checks:
        text = tree.text(path) or ""
        for match in pattern.finditer(text):
            if not 0 < int(match.group(1)) < 65536 or _host_side(match, composed):
                continue
            return Choice(int(match.group(1)), (evidence(path, text, match),))
    return None


def _compose_texts(tree: RepoTree) -> str:
    return "\n".join(tree.text(p) or "" for p in tree.texts if is_compose_file(p))


def _host_side(match: re.Match[str], composed: str) -> bool:
    """A variable the compose files publish on the host side of a port mapping
    (`"${BACKEND_PORT:-8016}:8000"`) is the host's port; the server listens on the other."""
    name = match.group(0).split("=")[0].strip()
    return re.search(rf"\$\{{{name}(?::?-[^}}]*)?\}}:\d", composed) is not None


def own_env_port(tree: RepoTree, folder: str) -> Choice[int] | None:
    """`PORT=5800` in the package's own env example: the port a Node server's config reads
    (a workspace's other packages and its root speak for other servers, unless the root's file
    is named for the package: env-server-example for packages/server)."""
    for path in env_files(tree, folder):
        text = tree.text(path) or ""
        own = folder == "." or "/" in path or _named_for(path, folder)
        match = _BARE_ENV_PORT.search(text) if own else None
        if match and 0 < int(match.group(1)) < 65536:
            return Choice(int(match.group(1)), (evidence(path, text, match),))
    return None


# Words every env file's name may hold: not a package's name.
_ENV_NAME_WORDS = frozenset({"env", "example", "sample", "dist", "local", "dev", "template"})


def _named_for(path: str, folder: str) -> bool:
    """Whether a root env file's name names the package's folder (env-server-example,
    server.env for packages/server)."""
    name = PurePosixPath(folder).name.lower()
    return name not in _ENV_NAME_WORDS and name in re.split(r"[._-]", path.lower())


def angular_port(tree: RepoTree, folder: str) -> Choice[int] | None:
    """The port angular.json gives `ng serve`: a project's serve target options."""
    path = "angular.json" if folder == "." else f"{folder}/angular.json"
    data, _ = load_json(tree.text(path))
    for name, project in table(data, "projects").items():
        port = table(project, "architect", "serve", "options").get("port")
        if isinstance(port, int) and 0 < port < 65536:
            return Choice(port, (f"{path} projects.{name}.architect.serve.options.port",))
    return None

"""The port a Node app's config module gives its server, when the entry file only calls into
it: an env variable's default (`process.env.PORT || 4242`), the value the app's own env file
gives that variable, or a plain top-level key (`port: 8001`, `registryPort: 7001`)."""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath

from devenv.detect.configfiles import env_files
from devenv.detect.model import evidence
from devenv.detect.readable import NODE_CONFIG_LAYERS, NODE_CONFIG_STEM, NODE_SUFFIXES
from devenv.detect.tree import RepoTree, join

# Deeper than this below the app's folder, a config module is some library's.
_NODE_CONFIG_DEPTH = 3
# The server's own port variable and its default: `process.env.PORT || 4242`,
# `parseInt(process.env.PORT, 10) || 8001` (past the radix),
# `parseEnvVarNumber(process.env.HTTP_PORT, 4242)`, the app's prefix (`env.TR_PORT`);
# DATABASE_PORT and SMTP_PORT are not it (see _DIALED).
# A helper that reads the variable with its default counts too: `readENV('PORT', 1337)`.
_NODE_ENV_PORT = re.compile(
    r"\benv\.(?:[A-Z][A-Z0-9]*_)*?(?:LISTEN_)?PORT\b[\"'\])]*(?:\s*,\s*\d+\s*\))?\s*"
    r"(?:(?:\|\||\?\?)\s*[\"']?(\d{2,5})\b|,\s*(\d{2,5})\s*[,)])"
    # Also past a required flag, a quoted default and the app's own prefix:
    # `__env__('BC_PORT', false, '4002')` (a dialed server's prefix is dropped below).
    r"|\b\w*(?i:env)\w*\(\s*[\"'](?:[A-Z][A-Z0-9]*_)?PORT[\"']\s*,"
    r"(?:\s*(?:true|false)\s*,)?\s*[\"']?(\d{2,5})[\"']?\s*\)"
    # An env schema's default: `PORT: Joi.number().default(4040)`, `PORT: port({ default: 80 })`.
    r"|\b(?:(?:HTTP|SERVER|APP|API|WEB)_)?PORT[\"']?\s*:\s*[\w.]*\([^()]*\)(?:\s*\.\w+\([^()]*\))*?"
    r"\s*\.default\(\s*(\d{2,5})\s*\)"
    r"|\b(?:(?:HTTP|SERVER|APP|API|WEB)_)?PORT[\"']?\s*:\s*\w+\(\s*\{\s*default\s*:\s*(\d{2,5})\b"
    # A ternary on the variable: `process.env.BACKEND_PORT ? Number(...) : 8080`.
    r"|\benv\.(?:(?:HTTP|SERVER|APP|API|WEB|BACKEND)_)?PORT\s*\?\s*[^:;\n]{0,80}:\s*(\d{2,5})\b"
    # A convict-style schema entry, over several lines: `port: { doc: ..., default: 1221,
    # env: 'PORT' }` (the default and the variable in either order).
    r"|\bport\s*:\s*\{[^{}]*?\bdefault\s*:\s*(\d{2,5})\b[^{}]*?\benv\s*:\s*[\"']"
    r"(?:(?:HTTP|SERVER|APP|API|WEB)_)?PORT[\"']"
    r"|\bport\s*:\s*\{[^{}]*?\benv\s*:\s*[\"'](?:(?:HTTP|SERVER|APP|API|WEB)_)?PORT[\"']"
    r"[^{}]*?\bdefault\s*:\s*(\d{2,5})\b"
)
# The variable a match reads (APP_PORT in `envNumber('APP_PORT', 3000)`).
_VARIABLE = re.compile(r"\b((?:[A-Z][A-Z0-9]*_)*?(?:LISTEN_)?PORT)\b")
# A plain key of the exported object: `port: 5000,`, `registryPort: 7001,`.
PLAIN_KEY = re.compile(r"^([ \t]*)(port|[a-z]\w*Port)[ \t]*:[ \t]*(\d{2,5})[ \t]*,?[ \t]*$", re.M)
# A line opening an object: `config.mail_opts = {`, `smtp: {`.
_OPENER = re.compile(r"(\w+)[\"']?\s*[=:]\s*\{\s*$")
_KEY_LINE = re.compile(r"^([ \t]*)[\"']?\w+[\"']?[ \t]*:", re.M)
# A key for a server the app dials (dbPort, redisPort), not the one it listens as.
_DIALED = re.compile(r"(?i)smtp|mail|db|database|redis|mongo|mysql|postgres|pg|ldap|amqp|rabbit")
# A second listener of the app's (metrics, a debugger), not its web server.
_SIDE_LISTENER = re.compile(r"(?i)metric|prometheus|debug|inspect|grpc|health|admin|ws|socket")


def _node_config(path: PurePosixPath) -> bool:
    """A config module, the index of a config folder (`src/environments/index.ts`), or one of
    node-config's layers (`config/default.js`)."""
    if path.parent.name == "config" and path.stem in NODE_CONFIG_LAYERS:
        return True
    stem = path.parent.name if path.stem == "index" else path.stem
    return bool(NODE_CONFIG_STEM.match(stem))


def node_config_port(tree: RepoTree, folder: str) -> tuple[int, str] | None:
    """The port default a Node app's config module gives the server's PORT variable (or the
    value the app's env file sets it to), else a plain top-level port key."""
    modules = _config_modules(tree, folder)
    for path in modules:
        text = tree.text(path) or ""
        for match in _NODE_ENV_PORT.finditer(text):
            port = int(next(g for g in match.groups() if g))
            # `PORT || 80`: a production listener's default, behind a proxy or as root;
            # `parseInt(process.env.PORT, 10)`: a radix.
            radix = match.group(1) is None and port in (10, 16, 36)
            named = _VARIABLE.search(match.group(0))
            if named and _not_the_server(named.group(1)):
                continue
            if 0 < port < 65536 and port not in (80, 443) and not radix:
                chosen = _env_file_value(tree, folder, named.group(1)) if named else None
                if chosen:
                    return chosen
                return port, evidence(path, text, match)
    plain = (_plain_key(path, tree.text(path) or "") for path in modules)
    return next(filter(None, plain), None) or _json_layer_port(tree, folder)


def _json_layer_port(tree: RepoTree, folder: str) -> tuple[int, str] | None:
    """node-config's JSON layers: `"port": "3060"` at the top of config/default.json, a
    development layer's value first."""
    for layer in ("local", "development", "default"):
        path = join(folder, f"config/{layer}.json")
        try:
            data = json.loads(tree.text(path) or "null")
        except ValueError:
            continue
        port = data.get("port") if isinstance(data, dict) else None
        if isinstance(port, (int, str)) and str(port).isdigit() and 0 < int(port) < 65536:
            return int(port), f'{path} "port": {json.dumps(port)}'
    return None


def _not_the_server(variable: str) -> bool:
    """A port variable prefixed for a server the app dials or a side listener (DB_PORT,
    METRICS_PORT); the app's own prefix (TR_PORT) is its server's."""
    prefix = variable[: -len("PORT")]
    return bool(_DIALED.search(prefix) or _SIDE_LISTENER.search(prefix))


def _config_modules(tree: RepoTree, folder: str) -> list[str]:
    prefix = "" if folder == "." else folder + "/"
    return sorted(
        p
        for p in tree.texts
        if p.startswith(prefix)
        and p[len(prefix) :].count("/") <= _NODE_CONFIG_DEPTH
        and PurePosixPath(p).suffix in NODE_SUFFIXES
        and _node_config(PurePosixPath(p))
        and "node_modules/" not in p
    )


def _env_file_value(tree: RepoTree, folder: str, variable: str) -> tuple[int, str] | None:
    """What the app's own env file (not production's) sets the variable the code reads to:
    `APP_PORT = 7001` in .env beside `envNumber('APP_PORT', 3000)`."""
    pattern = re.compile(
        rf"^[ \t]*(?:export[ \t]+)?{variable}[ \t]*=[ \t]*[\"']?(\d{{2,5}})\b", re.M
    )
    own = [p for p in env_files(tree, folder) if folder == "." or p.startswith(folder + "/")]
    for path in own:
        if "prod" in PurePosixPath(path).name:
            continue
        text = tree.text(path) or ""
        match = pattern.search(text)
        if match and 0 < int(match.group(1)) < 65536:
            return int(match.group(1)), evidence(path, text, match)
    return None


def _plain_key(path: str, text: str) -> tuple[int, str] | None:
    """`port: 5000` at the exported object's top level (the least indented keys); a port
    nested deeper (`db: { port: 3306 }`) or named for a dialed server is another's. A plain
    `port` beats a named one (`wsPort`, `registryPort`) wherever it sits."""
    top_line = top_key_line(text)
    top_indent = len(top_line) - len(top_line.lstrip()) if top_line else 0
    for match in sorted(PLAIN_KEY.finditer(text), key=lambda m: m.group(2) != "port"):
        port = int(match.group(3))
        top = len(match.group(1).expandtabs(2)) == top_indent
        dialed = _DIALED.search(match.group(2)) or _DIALED.search(_opener(text, match.start()))
        if top and not dialed and 0 < port < 65536:
            return port, evidence(path, text, match)
    return None


def _opener(text: str, start: int) -> str:
    """The name of the object a key line sits in: `mail_opts` for `config.mail_opts = {`
    (Egg.js sets each section so, all at one indent), `''` when none is written above it."""
    key_line = text[start:].split("\n", 1)[0].expandtabs(2)
    indent = len(key_line) - len(key_line.lstrip())
    for line in reversed(text[:start].splitlines()):
        stripped = line.expandtabs(2).lstrip()
        if stripped and len(line.expandtabs(2)) - len(stripped) < indent:
            opened = _OPENER.search(line)
            return opened.group(1) if opened else ""
    return ""


def top_key_line(text: str) -> str | None:
    """The first of the least indented `key:` lines: the exported object's top level."""
    keys = [m.group(0).expandtabs(2) for m in _KEY_LINE.finditer(text)]
    return min(keys, key=lambda k: len(k) - len(k.lstrip()), default=None)

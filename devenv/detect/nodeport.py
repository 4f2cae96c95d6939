"""Where a Node app starts and listens: its entry file, the port its scripts or sources set,
and whether it reads PORT."""

from __future__ import annotations

import posixpath
import re
from typing import Any

from devenv.detect.composeport import built_env_port
from devenv.detect.manifests import load_json, table
from devenv.detect.model import Choice, evidence
from devenv.detect.nodeconfig import node_config_port
from devenv.detect.procfile import PORT
from devenv.detect.tree import RepoTree, ancestors, join

_ENTRIES = ("server", "index", "app", "main")
_LISTEN = re.compile(
    # `PORT || 3000`, also past parseInt's radix: `parseInt(process.env.PORT, 10) || 3100`.
    # Past other fallbacks too: `process.env.PORT || app.settings.port || 4019`.
    r"\.listen\(\s*(\d{2,5})\b|PORT[\"'\])]*(?:\s*,\s*\d+\s*\))?\s*(?:\|\||\?\?)"
    r"(?:\s*[A-Za-z_][\w.]*\s*(?:\|\||\?\?))*\s*[\"']?(\d{2,5})\b"
    r"|\bport:\s*(\d{2,5})\b"
    # A parse helper handed the variable and its default: `parseEnvInt(process.env.PORT, 3100)`.
    r"|\benv\.\w*PORT\s*,\s*(?!(?:10|16|36)\s*\))(\d{2,5})\s*[,)]"
    # A port variable or a default parameter: `const PORT = 8080;`, `port = 1337,`.
    r"|\b(?:port|PORT)\s*=\s*(\d{2,5})\s*[,;)\n]"
    # An env helper handed the name and its default: `getWithDefault("PORT", 8080)`.
    r"|\(\s*[\"']\w*PORT[\"']\s*,\s*(\d{2,5})\s*[,)]"
)
# A default chosen by the environment: `PORT || (process.env.NODE_ENV !== "development" ? 80 :
# 3002)`; development's arm is where the developer's server listens.
ENV_TERNARY = re.compile(
    r"(?:\bprocess\.env\.|\b)PORT\)?\s*(?:\|\||\?\?)\s*\(?\s*(?:process\.)?env\.NODE_ENV\s*([!=]==?)\s*[\"'](\w+)[\"']"
    r"\s*\?\s*(\d{2,5})\s*:\s*(\d{2,5})\b"
)
_DEVELOPMENT = frozenset({"development", "dev", "local"})
# The default of another service's port setting (`process.env.SMTP_PORT || 465`,
# `DB_PORT = 5432`): the server it dials, not the one it listens as.
_OTHER_SETTING = re.compile(
    r"(?i)(?:smtp|mail|db|database|redis|mongo|mysql|postgres|pg|ldap|imap|amqp|rabbit\w*)"
    r"_?port$"
)
# `node backend/server.js`, `nodemon src/app.js`: the file a start or dev script runs.
_SCRIPT_ENTRY = re.compile(
    r"^(?:node|nodemon|ts-node|tsx)\s+(?:--?[\w-]+(?:[= ]\S+)?\s+)*([\w./-]+\.[cm]?[jt]s)\b"
)
# Node also resolves a file named without its suffix: `node backend/server`.
_SCRIPT_STEM = re.compile(r"^(?:node|nodemon)\s+([\w./-]+)\s*$")
_RESOLVED = (".js", ".mjs", ".cjs", ".ts")
# `dev: NODE_ENV=development nodemon`: nodemon alone runs what nodemon.json's `exec` says.
_BARE_NODEMON = re.compile(r"^(?:[A-Za-z_]\w*=\S*\s+)*nodemon(?:\s+--?[\w-]+)*\s*$")
# `PORT=3001`, `--port 3001`, or a shell default: `PORT=${HD_FRONTEND_PORT:-3001}`.
_SHELL_DEFAULT = re.compile(r"\$\{\w+:?([-+])([^{}$]*)\}")
_SCRIPT_PORT = re.compile(r"(?:--port[= ]|-p[= ]?|PORT=)(?:\$\{\w+:?-)?(\d{2,5})\b")
# A Cloudflare Worker's dev server: `wrangler dev` listens on 8787 unless `--port` says
# otherwise; the worker's code listens nowhere itself.
_WRANGLER_DEV = re.compile(r"\bwrangler\s+dev\b")
_WRANGLER_PORT = 8787


def entry_file(tree: RepoTree, folder: str, data: dict[str, Any]) -> str | None:
    """The file `node` would start: the start/dev script's, package.json `main`, else
    server/index/app/main.js."""
    scripts = table(data, "scripts")
    for name in ("start", "dev", "server"):
        script = scripts.get(name)
        if isinstance(script, str) and _BARE_NODEMON.match(script):
            script = _nodemon_exec(tree, folder, data)
        found = _SCRIPT_ENTRY.search(script) if isinstance(script, str) else None
        found = found or (_SCRIPT_STEM.search(script) if isinstance(script, str) else None)
        file = _resolve(tree, folder, found.group(1)) if found else None
        if file:
            return file
    main = data.get("main")
    runnable = isinstance(main, str) and main.endswith((".js", ".mjs", ".cjs"))
    if runnable and tree.exists(join(folder, str(main).removeprefix("./"))):
        return str(main).removeprefix("./")
    for stem in _ENTRIES:
        for suffix in (".js", ".mjs", ".cjs"):
            for base in ("", "src/"):
                if tree.exists(join(folder, f"{base}{stem}{suffix}")):
                    return f"{base}{stem}{suffix}"
    return "bin/www" if tree.exists(join(folder, "bin/www")) else None


def _resolve(tree: RepoTree, folder: str, named: str) -> str | None:
    """The file node runs for a script's argument, trying the suffixes node tries."""
    stem = named.removeprefix("./")
    suffixes = ("",) if re.search(r"\.[cm]?[jt]s$", stem) else _RESOLVED
    return next((stem + s for s in suffixes if tree.exists(join(folder, stem + s))), None)


def _nodemon_exec(tree: RepoTree, folder: str, data: dict[str, Any]) -> str | None:
    """The command nodemon runs from its config (nodemon.json or package.json nodemonConfig)."""
    config, _ = load_json(tree.text(join(folder, "nodemon.json")))
    config = config or table(data, "nodemonConfig")
    command = config.get("exec")
    return command if isinstance(command, str) else None


def member_run(tree: RepoTree, root: str, data: dict[str, Any]) -> str | None:
    """The workspace package whose file the root's dev script starts with node
    (`dev: node ./packages/shop/dist/bin/dev/index.js`): the root runs that package itself."""
    scripts = table(data, "scripts")
    for name in ("dev", "start"):
        script = scripts.get(name)
        found = _SCRIPT_ENTRY.search(script) if isinstance(script, str) else None
        if not found:
            continue
        file = posixpath.normpath(join(root, found.group(1)))
        above = ancestors(file)
        inside = above[: above.index(root)] if root in above else []
        package = next((f for f in inside if tree.exists(join(f, "package.json"))), None)
        if package:
            return package
    return None


def _sources(tree: RepoTree, folder: str, entry: str | None) -> list[str]:
    names = [entry] if entry else []
    names += _nest_entry(tree, folder)
    for stem in _ENTRIES:
        for suffix in (".js", ".ts", ".mjs"):
            names += [f"{stem}{suffix}", f"src/{stem}{suffix}"]
    # express-generator's layout: `bin/www` starts the server the app module builds.
    names += ["bin/www", *(f"{d}bin/www{s}" for d in ("", "src/") for s in (".js", ".ts"))]
    return [join(folder, n) for n in dict.fromkeys(names) if tree.text(join(folder, n))]


def port_hint(
    tree: RepoTree, folder: str, scripts: dict[str, str], entry: str | None, config: bool = True
) -> tuple[int, str] | None:
    """The port the scripts, the entry's sources or (when `config`) a config module give."""
    script = script_port(scripts)
    if script:
        return script.value, script.why[0]
    wrangler = next((n for n in ("dev", "start") if _WRANGLER_DEV.search(scripts.get(n, ""))), None)
    if wrangler:
        return (
            _WRANGLER_PORT,
            f"package.json scripts.{wrangler}: {scripts[wrangler]} (wrangler's port)",
        )
    for path in _sources(tree, folder, entry):
        text = tree.text(path) or ""
        by_env = ENV_TERNARY.search(text)
        if by_env:
            return _development_arm(by_env), f"{path} {by_env.group(0)}"
        for found in _LISTEN.finditer(text):
            port = int(next(g for g in found.groups() if g))
            if not 0 < port < 65536 or _OTHER_SETTING.search(text[: found.start() + 4]):
                continue
            # `process.env.PORT || 4000`: what the compose service or its image sets wins.
            built = built_env_port(tree, folder) if _reads_env_port(found) else None
            return (built.value, built.why[0]) if built else (port, evidence(path, text, found))
    return node_config_port(tree, folder) if config else None


def _development_arm(found: re.Match[str]) -> int:
    """The port of `NODE_ENV === "development" ? 3002 : 80` (or `!== "production"`) in
    development."""
    equal = found.group(1).startswith("=")
    first = equal == (found.group(2) in _DEVELOPMENT)
    return int(found.group(3) if first else found.group(4))


def _reads_env_port(found: re.Match[str]) -> bool:
    """A default for PORT itself (`process.env.PORT || 4000`, `get("PORT", 8080)`), not a
    constant (`const PORT = 8080`) nor another setting (`API_PORT`)."""
    defaulted = found.group(2) or found.group(4) or found.group(6)
    return bool(defaulted) and re.search(r"\bPORT\b", found.group(0)) is not None


def script_port(scripts: dict[str, str]) -> Choice[int] | None:
    """`start:dev: cross-env PORT=4500 pnpm start`: the port the developer runs it on."""
    for first in ("dev", "start:dev", "start"):
        for name in _run_chain(scripts, first):
            match = _SCRIPT_PORT.search(shell_defaults(scripts.get(name, "")))
            if match and 0 < int(match.group(1)) < 65536:
                why = f"package.json scripts.{name}: {scripts[name]}"
                return Choice(int(match.group(1)), (why,))
    return None


# A script that only runs another: `"start": "npm run webpack:dev"` (JHipster's).
_RUNS_SCRIPT = re.compile(r"^\s*(?:npm run|yarn(?: run)?|pnpm(?: run)?)\s+([\w:.-]+)\s*$")


def _run_chain(scripts: dict[str, str], name: str) -> list[str]:
    """The script and the ones it hands over to, a few deep."""
    chain = [name]
    while len(chain) < 4 and (found := _RUNS_SCRIPT.match(str(scripts.get(chain[-1], "")))):
        if found.group(1) in chain:
            break
        chain.append(found.group(1))
    return chain


def shell_defaults(script: str) -> str:
    """The script with its variables unset: `--port ${PREFIX:-81}02` runs on 8102, and
    `${FALLBACK:+...}` is empty. Innermost first, so a default may hold another."""
    while True:
        expanded = _SHELL_DEFAULT.sub(lambda m: m.group(2) if m.group(1) == "-" else "", script)
        if expanded == script:
            return script
        script = expanded


def reads_port(tree: RepoTree, folder: str, entry: str | None) -> bool:
    return any("process.env.PORT" in (tree.text(p) or "") for p in _sources(tree, folder, entry))


def env_of(
    tree: RepoTree, folder: str, entry: str | None, framework: str
) -> tuple[tuple[str, str], ...]:
    """PORT for servers that read it, so the app listens where compose publishes."""
    if framework == "react-scripts":
        return (("HOST", "0.0.0.0"), ("PORT", PORT))
    return (("PORT", PORT),) if reads_port(tree, folder, entry) else ()


def _nest_entry(tree: RepoTree, folder: str) -> list[str]:
    """The entry file a Nest CLI monorepo's nest-cli.json names (`"sourceRoot":
    "apps/cloud/src"`, `"entryFile": "main"`): `nest start` runs its default project."""
    data, _ = load_json(tree.text(join(folder, "nest-cli.json")))
    root, entry = data.get("sourceRoot"), data.get("entryFile", "main")
    if not isinstance(root, str) or not isinstance(entry, str) or root in ("src", "./src"):
        return []
    return [f"{root.strip('./')}/{entry}{suffix}" for suffix in (".ts", ".js")]


def runs_binary(scripts: dict[str, str], binary: str) -> bool:
    """A script runs this binary (`react-scripts start`, `ng serve`)."""
    pattern = re.compile(rf"(?:^|[\s/&;|]){re.escape(binary)}(?:\s|$)")
    return any(pattern.search(command) for command in scripts.values())

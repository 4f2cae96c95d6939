"""A Rust app's port: where its binary crate listens, or the default its settings give.

Read from the crate's sources (a listen address, a settings struct's or config builder's
default), the env example, the settings files beside the crate, Rocket.toml, and last the
framework's usual port."""

from __future__ import annotations

import re
from collections.abc import Iterable

from devenv.detect.composeport import compose_env_port
from devenv.detect.configfiles import env_files
from devenv.detect.model import Choice, line_at
from devenv.detect.readable import SETTINGS_FOLDERS
from devenv.detect.settingsport import settings_layers, settings_package_layers, settings_port
from devenv.detect.tree import RepoTree, join

# "0.0.0.0:3000", ([0, 0, 0, 0], 8080), ("127.0.0.1", 8000)...
LISTEN = re.compile(
    r"\"(?:0\.0\.0\.0|127\.0\.0\.1|localhost|\[::\])?:(\d{2,5})\""
    r"|\[0, ?0, ?0, ?0\], ?(\d{2,5})\)|\"(?:0\.0\.0\.0|127\.0\.0\.1|localhost)\", ?(\d{2,5})\)"
    # An address built from std's types: `SocketAddr::new(Ipv4Addr::LOCALHOST.into(), 8080)`,
    # `(Ipv4Addr::UNSPECIFIED, 3000)`, `(Ipv4Addr::new(0, 0, 0, 0), 8000)`.
    r"|\bIpv[46]Addr::(?:[A-Z_]+|new\([\d, ]+\))(?:\.into\(\))?,\s*(\d{2,5})\s*\)"
)
# A settings struct's or config builder's default for the port: smart-default's
# `#[default(8536)] pub port: u16`, config-rs' `.set_default("port", 8888)`, serde's
# `fn default_port() -> u16 { 3000 }`, the PORT variable's `var("PORT")...unwrap_or(8888)`,
# also when the chain runs over several lines (`.ok()\n.map(...)\n.unwrap_or(8000)`), and a
# helper's default for it: `get_env_var("APPFLOWY_APPLICATION_PORT", "8000")`, and the branch
# taken when the variable is unset: `if env::var("PORT").is_ok() { ... } else { 7703 }`.
DEFAULT_PORT = re.compile(
    r"#\[(?:default|default_value)\((\d{2,5})\)\]\s*(?:#\[[^\]]*\]\s*)*pub\s+(?:\w+_)?port\s*:"
    # clap's (structopt's) argument default: `#[clap(long, default_value = "8080")] port: u16`.
    r"|#\[(?:clap|arg|structopt)\([^\]]*?\bdefault_value(?:_t)?\s*=\s*\"?(\d{2,5})\"?[^\]]*\]\s*"
    r"(?:#\[[^\]]*\]\s*)*(?:pub\s+)?(?:http_|listen_|server_)?port\s*:"
    # An env-config derive's field attribute: `#[env_config(name = "ZO_HTTP_PORT", default =
    # 5080)]`, envconfig's `#[envconfig(from = "PORT", default = "8080")]` (not a sidecar's
    # ZO_REPORT_SERVER_HTTP_PORT).
    r"|#\[\w+\([^\]]*?\b(?:name|from)\s*=\s*\"(?:[A-Z0-9]+_)?(?:HTTP_|SERVER_|APP_)?PORT\""
    r"[^\]]*?\bdefault\s*=\s*\"?(\d{2,5})\"?\s*[,)]"
    r"|\.set_default\(\s*\"(?:[\w.]+\.)?port\"\s*,\s*(\d{2,5})\s*\)"
    r"|\bfn\s+default_(?:\w+_)?port\s*\(\s*\)\s*->\s*u16\s*\{\s*(\d{2,5})\s*\}"
    r"|\"(?:\w+_)?PORT\"\s*\)[^;]{0,160}?\.unwrap_or\(\s*(\d{2,5})\s*\)"
    r"|\"(?:\w+_)?PORT\"\s*,\s*\"?(\d{2,5})\"?\s*\)"
    r"|\"(?:\w+_)?PORT\"\s*\)\.is_ok\(\)\s*\{[^{}]{0,160}\}\s*else\s*\{\s*(\d{2,5})\s*\}"
    # A default bound first and taken when the variable is unset (nettu-scheduler's
    # `let default_port = "5000"; ... var("PORT").unwrap_or_else(|_| default_port.into())`).
    r"|\blet\s+default_(?:\w+_)?port\s*(?::\s*[\w&']+\s*)?=\s*\"?(\d{2,5})\"?\s*;"
    r"[^;]{0,200}?\"(?:\w+_)?PORT\""
    # A Default impl's literal: `impl Default for Local { fn default() -> Self { Self {
    # ip: ..., port: 8000 } } }`.
    r"|\bimpl\s+Default\s+for\s+\w+\s*\{\s*fn\s+default\(\)\s*->\s*\w+\s*\{\s*\w+\s*\{[^{}]*?"
    r"\b(?:http_|listen_|server_)?port\s*:\s*(\d{2,5})\b"
)
# The app's env example: `PORT=8000`, `LAPDEV_HTTP_PORT=8080`, `SERVICE_PORT = 8080`,
# `BIND_ADDRESS=127.0.0.1:8088`, `SERVER_ADDR=0.0.0.0:3000`.
_ENV_PORT = re.compile(
    r"^(?:(?:HTTP|APP|SERVER|SERVICE|API|WEB|ROCKET)_)?PORT[ \t]*=[ \t]*[\"']?(\d{2,5})\b"
    # The app's own name before it (LAPDEV_HTTP_PORT=8080), not a backing service's.
    r"|^(?!(?:DB|DATABASE|POSTGRES|PG|MYSQL|REDIS|SMTP|MAIL|EMAIL|MONGO|AMQP|RABBIT|ES|ELASTIC)"
    r"\w*_)[A-Z][A-Z0-9]*_(?:HTTP|SERVER|API|WEB)_PORT[ \t]*=[ \t]*[\"']?(\d{2,5})\b"
    r"|^(?:\w+_)?(?:BIND|LISTEN|(?:SERVER|HTTP|APP|API|WEB)_ADDR)\w*[ \t]*=[ \t]*[\"']?"
    r"[\w.-]*:(\d{2,5})\b",
    re.MULTILINE,
)
# Settings defaults beside a crate's manifest: config.default.toml, settings.toml, and the
# example a developer copies (config.example.toml), also at the workspace root.
_CRATE_SETTINGS = re.compile(
    r"^(?:config|settings)(?:[._-](?:default|example|sample))?\.(?:toml|ya?ml)$"
)
# Ports of backing services, never the app's own default.
_SERVICE_PORTS = frozenset({3306, 5432, 6379, 27017, 5672, 9200, 11211})


def crate_port(
    tree: RepoTree, chosen: str, framework: str, crates: list[str]
) -> Choice[int] | None:
    """The port of the binary crate in folder `chosen`, its workspace's crates in `crates`
    (the root first): a listen address in the binary's crate, then a settings default for
    the port in it or the workspace's other crates, then the env example, the layered
    settings files (configuration/base.yaml), Rocket.toml, the framework's."""
    root = crates[0] if crates else chosen
    others = [c for c in crates if c != chosen]
    found = _first(tree, [chosen], LISTEN, others)
    found = found or _first(tree, [chosen], DEFAULT_PORT, others)
    found = found or _first(tree, others, DEFAULT_PORT)
    for path in env_files(tree, root):
        found = found or _first_in(path, tree.text(path) or "", _ENV_PORT)
    layers = settings_layers(tree, chosen)
    layers += [p for c in crates for p in settings_package_layers(tree, c)]
    beside = [*_crate_settings(tree, chosen), *_crate_settings(tree, root)]
    found = found or settings_port(tree, [*layers, *dict.fromkeys(beside)])
    if found:
        return found
    # Rocket reads ROCKET_PORT from the environment before Rocket.toml.
    composed = compose_env_port(tree, root)
    if composed:
        return composed
    rocket = tree.text(join(chosen, "Rocket.toml")) or ""
    configured = re.search(r"^\s*port\s*=\s*(\d{2,5})", rocket, re.MULTILINE)
    if configured:
        return Choice(int(configured.group(1)), (f"{join(chosen, 'Rocket.toml')} port",))
    defaults = {"rocket": 8000, "actix": 8080, "axum": 3000}
    if framework in defaults:
        return Choice(defaults[framework], (f"{framework}'s usual port",))
    return None


def _crate_settings(tree: RepoTree, folder: str) -> list[str]:
    """The defaults a binary crate embeds beside its manifest (config.default.toml) or
    keeps in its settings folder (config/config.yaml)."""
    where = [folder, *(join(folder, sub) for sub in sorted(SETTINGS_FOLDERS))]
    return [join(w, n) for w in where for n in tree.names(w) if _CRATE_SETTINGS.match(n)]


def _first(
    tree: RepoTree, folders: list[str], pattern: re.Pattern[str], skip: Iterable[str] = ()
) -> Choice[int] | None:
    """The first match in the crates' sources; `skip` holds other crates, of which only
    those nested in a searched folder are left out (a virtual workspace root at "." holds
    its members, not the other way round)."""
    for folder in dict.fromkeys(folders):
        inside = tuple(f"{f}/" for f in skip if f != folder and f.startswith(_prefix(folder)))
        for path in tree.under(folder, max_depth=3):
            if inside and path.startswith(inside):
                continue
            if path.endswith(".rs") and (found := _first_in(path, _code(tree, path), pattern)):
                return found
    return None


def _code(tree: RepoTree, path: str) -> str:
    return without_tests(tree.text(path) or "")


def without_tests(text: str) -> str:
    """A source file up to its test module: a test's `"127.0.0.1:8080".parse()` is no
    listen address of the app (openobserve's main.rs)."""
    return text.split("#[cfg(test)]", 1)[0]


def _prefix(folder: str) -> str:
    return "" if folder == "." else f"{folder}/"


def _first_in(path: str, text: str, pattern: re.Pattern[str]) -> Choice[int] | None:
    for match in pattern.finditer(text):
        port = int(next(g for g in match.groups() if g))
        if 0 < port < 65536 and port not in _SERVICE_PORTS:
            line = line_at(text, match.start())
            return Choice(port, (f"{path}:{line} {' '.join(match.group(0).split())}",))
    return None

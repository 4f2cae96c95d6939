"""The port a Go app listens on: its main package's address, its config file, its env
example, then a flag's or a setting's default anywhere in the module."""

from __future__ import annotations

import re

from devenv.detect.configfiles import env_files
from devenv.detect.model import Choice, evidence
from devenv.detect.settingsport import settings_port
from devenv.detect.tree import RepoTree, join

# ":8080" in ListenAndServe(":8080"), r.Run(":8080"), Addr: ":8080", e.Start(":1323")...
_LISTEN = re.compile(r"\"(?:0\.0\.0\.0|localhost|127\.0\.0\.1)?:(\d{2,5})\"")
# A flag or config default: flag.Int("port", 8081, ...), IntVar(&p, "http-port", 8081, ...).
# cobra's IntP("port", "p", 8080, ...) puts a shorthand before the default; config structs
# give theirs in a tag: `ListenPort int `default:"80"``, env loaders' `env:"PORT,default=3000"`
# and `env:"PORT" envDefault:"3000"`, whatever the field's type. urfave/cli names a flag and
# its default on the lines of a struct: `Name: "http-port, port",\n Value: 2342,`.
# ardanlabs/conf gives a whole address: `APIHost string `conf:"default:0.0.0.0:3000"``.
_FLAG_PORT = re.compile(
    r"\"[\w.-]*port\"\s*,\s*(?:\"\w?\"\s*,\s*)?\"?(\d{2,5})\b"
    r"|\bName:\s*\"[\w, -]*port[\w, -]*\"\s*,\s*Value:\s*(\d{2,5})\b"
    r"|port\w*\s+u?int\w*\s+`[^`\n]*default:\"(\d{2,5})\""
    r"|port\w*\s+[\w.*]+\s+`[^`\n]*\benv(?:config)?:\"\w*port,(?:[\w,]*,)?default=(\d{2,5})\b"
    r"|port\w*\s+[\w.*]+\s+`[^`\n]*\benvDefault:\"(\d{2,5})\""
    r"|\b\w*(?:host|addr|address)\s+string\s+`[^`\n]*\bdefault:[\w.-]*:(\d{2,5})\b",
    re.IGNORECASE,
)
# A literal address elsewhere in the module counts only near words about listening.
# Ports of the backing services an app connects to: never the app's own, outside its main.
# LDAP's (389, 636) too: an identity server's LDAP connector dials them.
_SERVICE_PORTS = frozenset(
    {5432, 3306, 6379, 27017, 5672, 11211, 9200, 9092, 25, 465, 587, 1025, 389, 636}
)
# A port setting given its value in code: `Port: 8080,` in a config default, `defaultPort = 8080`,
# also as a string a config struct keeps (`Port: "3476",`).
# Import, Export, Report and Support end in "port" but are no port (`AutoImport: 7200`).
_FIELD_PORT = re.compile(
    r"\b\w*(?<!im)(?<!ex)(?<!re)(?<!sup)port\s*(?::|:?=)\s*\"?(\d{2,5})\b", re.IGNORECASE
)
# Settings of the services an app talks to (smtpPort, cfg.Database.Port, GRPC_PORT): not its
# HTTP port, wherever their default sits.
_OTHER_SERVICE = re.compile(
    r"(?i)smtp|mail|\bdb|database|redis|mysql|postgres|mongo|grpc|metric|pprof|debug|gopher"
    r"|ldap|telemetry"
)
# A struct literal that configures a side listener (`GRPC: GRPCConfig{`, `Playground:
# PlaygroundConfig{`, `Metrics: MetricsConfig{`): the ports in it are not the app's.
_SIDE_LISTENER = re.compile(
    r"(?i)\b\w*(?:grpc|metric|debug|pprof|profil|playground|trace|otlp|prometheus)\w*:\s*&?[\w.]+\{$"
)
# The Prometheus endpoint set up just before a listen: `http.Handle("/metrics",
# promhttp.Handler())` then `go http.ListenAndServe(":2112", nil)`, a side listener; so is
# the profiler a flag turns on just before one (`if cfg.EnablePprof { go
# http.ListenAndServe("127.0.0.1:6060", nil) }`).
_METRICS_HANDLER = re.compile(r"promhttp\.|[\"']/metrics[\"']|(?i:pprof)")
_TLS_CALL = re.compile(r"\b\w*TLS\(\s*$")
_COMPARED = re.compile(r"[!=]=\s*$")
# `:80` and `:443` outside the main package are production listeners (TLS, its redirect).
_PRODUCTION_PORTS = frozenset({80, 443})
# The app's port in its env example: PORT=3000, HTTP_PORT=8080, PHOTOVIEW_LISTEN_PORT=4001,
# or its whole address, HTTP_SERVER_ADDRESS=0.0.0.0:8080 (not REDIS_ADDRESS's: see _first).
_ENV_PORT = re.compile(
    r"^(?:HTTP_|APP_|SERVER_|API_|WEB_|\w+_LISTEN_)?PORT[ \t]*=[ \t]*[\"']?(\d{2,5})\b"
    r"|^(?:HTTP_|APP_|API_|WEB_)?(?:SERVER_)?(?:ADDR|ADDRESS|LISTEN|LISTEN_ADDR)[ \t]*=[ \t]*"
    r"[\"']?[\w.]*:(\d{2,5})\b",
    re.M,
)
_NAMED_CONFIG = re.compile(r"^([\w-]+)\.(?:ya?ml|toml)$")
_CONFIG_NAME = re.compile(
    r"^(config|app|settings)[\w.-]*\.(ya?ml|toml|ini)[\w.-]*$|^(config|settings)[\w.-]*\.json$"
)
# `http.port: 6157`, `HttpPort = 8000`, `address = "localhost:9000"`, `listen: ":8080"`, a
# JSON config's `"listen_url": "127.0.0.1:3333"`, and a web section's `http: 127.0.0.1:5556`;
# never a monitoring endpoint's (clair's `introspection_addr: localhost:8089` above its
# `http_listen_addr`).
_MONITORING = r"(?!(?:introspection|metrics?|prometheus|pprof|debug|health)[._-])"
_CONFIG_PORT = re.compile(
    rf"^[ \t]*\"?{_MONITORING}(?:[\w]*[._-])?(?:http_?port|port|listen_?port)\"?[ \t]*[:=]"
    r"[ \t]*[\"']?(\d{2,5})\b"
    rf"|^[ \t]*\"?{_MONITORING}(?:[\w]*[._-])?"
    r"(?:address|addr|listen|listen_?(?:addr|url)|bind|https?)\"?"
    r"[ \t]*[:=][ \t]*"
    r"[\"']?[\w.]*:(\d{2,5})\b",
    re.IGNORECASE | re.MULTILINE,
)
_CONFIG_HTTP_PORT = re.compile(
    r"^[ \t]*\"?(?:[\w]*[._-])?http[._-]?port\"?[ \t]*[:=][ \t]*[\"']?(\d{2,5})\b",
    re.IGNORECASE | re.MULTILINE,
)
_ADDR_LINE = re.compile(r"(?i)listen|addr|port|bind|serve|interface")
_GIN_RUN = re.compile(r"\b\w+\.Run\(\)")
_PORT_ENV = re.compile(r"Getenv\(\"PORT\"\)")


# Test helpers outside `_test.go` files: the ports of the servers tests start.
_TEST_HELPERS = re.compile(
    r"(?:^|/)(?:integration_?tests?|e2e|tests?|testutils?|testlib|testdata|testhelpers?)/"
)


def find_port(
    tree: RepoTree, folder: str, files: list[str], module: list[str], gin: bool
) -> Choice[int] | None:
    """A literal address in the main package, then the app's config file (`http.port: 6157`,
    `HttpPort = 8000`), then a flag's or default's anywhere in the module
    (`"127.0.0.1:8080"`, `flag.Int("port", 8081, ...)`), then gin's r.Run()."""
    for path in files:
        found = _first(tree, path, _LISTEN, True)
        if found:
            return found
    configs = _config_files(tree, folder, _app_names(tree, folder, files))
    # An `http_port` beats a plain `port` beside it, often the cluster's or gRPC's.
    # A setting under a listen or server section beats one elsewhere (uptrace.yml's `ch:
    # addr: localhost:9000`, the ClickHouse it dials, above `listen: http: addr: ':14318'`).
    for pattern, listening in (
        (_CONFIG_HTTP_PORT, False),
        (_CONFIG_PORT, True),
        (_CONFIG_PORT, False),
    ):
        for path in configs:
            found = _first(tree, path, pattern, True, listening)
            if found:
                return found
    # A bare number under the server's section: `system:\n  addr: 8888`.
    found = settings_port(tree, configs)
    if found:
        return found
    # Only the app's own env example: one at the root of a full-stack repository may be the
    # front end's.
    own = [p for p in env_files(tree, folder) if folder == "." or p.startswith(folder + "/")]
    for path in own:
        found = _first(tree, path, _ENV_PORT, True)
        if found:
            return found
    others = [f for f in module if f not in files and not _TEST_HELPERS.search(f)]
    # A default given for a port setting by name beats a bare address literal.
    for pattern in (_FLAG_PORT, _FIELD_PORT, _LISTEN):
        for path in [*files, *others]:
            found = _first(tree, path, pattern, path in files or pattern is not _LISTEN)
            if found:
                return found
    for path in files if gin else ():
        if _GIN_RUN.search(tree.text(path) or ""):
            return Choice(8080, (f"{path} .Run(): gin listens on 8080 by default",))
    if any(_PORT_ENV.search(tree.text(p) or "") for p in files):
        return Choice(8080, ("reads $PORT; 8080, Go's usual port",))
    return None


_MODULE = re.compile(r"^module\s+\S*?([\w.-]+)\s*$", re.M)


def _app_names(tree: RepoTree, folder: str, files: list[str]) -> set[str]:
    """The binary's names: its main package's folder (cmd/uptrace) and the module's last part."""
    names = {p.rsplit("/", 2)[-2] for p in files if p.count("/") >= 1}
    module = _MODULE.search(tree.text(join(folder, "go.mod")) or "")
    if module:
        names.add(module.group(1))
    return {n.lower() for n in names if n not in ("cmd", "main", "server", "src")}


def _config_files(tree: RepoTree, folder: str, names: set[str]) -> list[str]:
    """Config files of the app's own (config.yml, conf/app.ini, config.toml.sample), and
    one named for the binary in a config folder (config/uptrace.yml, config/keto.yml), and
    those of its development layer (configs/dev/server.toml)."""
    found = []
    for sub in ("", "conf", "config", "configs"):
        where = join(folder, sub) if sub else folder
        for name in tree.names(where):
            named = _NAMED_CONFIG.match(name) if sub else None
            if _CONFIG_NAME.match(name) or (named and named.group(1).lower() in names):
                found.append(join(where, name))
        # A development layer's files, whatever their names (configs/dev/server.toml).
        for layer in ("dev", "development", "local") if sub else ():
            where = join(folder, f"{sub}/{layer}")
            found += [join(where, n) for n in tree.names(where) if _NAMED_CONFIG.match(n)]
    return [p for p in found if tree.text(p) is not None]


def _first(
    tree: RepoTree, path: str, pattern: re.Pattern[str], any_line: bool, listening: bool = False
) -> Choice[int] | None:
    text = tree.text(path) or ""
    for match in pattern.finditer(text):
        # The line and the few before it: `"LISTEN_ADDR": {` often opens the default's block.
        before = text[max(0, match.start() - 160) : match.start()]
        port = int(next(g for g in match.groups() if g))
        line_start = text.rfind("\n", 0, match.start()) + 1
        named = text[line_start : match.end()]
        if not 0 < port < 65535 or _OTHER_SERVICE.search(named):
            continue
        if not path.endswith(".go") and _OTHER_SERVICE.search(_yaml_parents(text, line_start)):
            continue  # `email_delivery:\n  smtp:\n    port: "2500"`: the mail server's
        if listening and not _LISTENING.search(f"{named} {_sections(text, line_start)}"):
            continue
        if _SIDE_LISTENER.search(_section(text, match.start())):
            continue
        if pattern is _LISTEN and _METRICS_HANDLER.search(before):
            continue
        if pattern is _LISTEN and _TLS_CALL.search(before):
            continue  # `server.RunTLS(":443", cert, key)`: production's listener
        if path.endswith(".go") and named.lstrip().startswith("//"):
            continue  # a doc comment's example (`e.g. ":80" or ":https"`)
        if pattern is _LISTEN and _COMPARED.search(before):
            continue  # `if toPort == ":443"`: a value tested, not one listened on
        literal_in_main = any_line and pattern is _LISTEN
        if port in _SERVICE_PORTS and not literal_in_main:
            continue
        if not any_line and port in _PRODUCTION_PORTS:
            continue
        if any_line or _ADDR_LINE.search(before):
            return Choice(port, (evidence(path, text, match),))
    return None


def _section(text: str, at: int) -> str:
    """The line opening the struct literal a default sits in (`HTTP: HTTPConfig{`), if near."""
    opener = text.rfind("{\n", max(0, at - 400), at)
    if opener < 0 or "}" in text[opener:at]:
        return ""
    return text[text.rfind("\n", 0, opener) + 1 : opener + 1].strip()


_LISTENING = re.compile(r"(?i)listen|serve|\bhttp|\bweb\b|\bbind")
_TOML_TABLE = re.compile(r"^\[([\w. -]+)\][ \t]*$", re.M)


def _sections(text: str, line_start: int) -> str:
    """The YAML keys or the TOML table a config line sits in."""
    tables = list(_TOML_TABLE.finditer(text, 0, line_start))
    return _yaml_parents(text, line_start) + (" " + tables[-1].group(1) if tables else "")


_YAML_KEY = re.compile(r"^([ \t]*)([\w.-]+):[ \t]*$")


def _yaml_parents(text: str, line_start: int) -> str:
    """The keys of the YAML mappings a config line sits in, innermost first."""
    end = text.find("\n", line_start)
    line = text[line_start : end if end >= 0 else len(text)]
    indent = len(line) - len(line.lstrip())
    keys = []
    for above in reversed(text[:line_start].splitlines()):
        found = _YAML_KEY.match(above)
        if found and len(found.group(1)) < indent:
            keys.append(found.group(2))
            indent = len(found.group(1))
        if indent == 0:
            break
    return " ".join(keys)

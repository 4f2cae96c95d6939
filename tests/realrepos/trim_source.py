"""Source files in a trimmed tree: only the idioms detection reads, each kept as the text it
matched (an app object, a listen port, a settings default), never the code around them."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from devenv.detect import (
    configfiles,
    configured,
    dbserver,
    dotnetport,
    godefaults,
    golang,
    golayers,
    goport,
    nodeconfig,
    nodeport,
    prodsettings,
    pysource,
    rustport,
    services,
)
from devenv.detect.clienttables import ECOSYSTEMS
from devenv.detect.readable import CONFIG_FOLDERS

# Idioms read from source files, each kept as the text it matched.
SOURCE_FACTS = {
    ".py": re.compile(
        r"^[ \t]*[A-Za-z_]\w*\s*(?::[^=\n]+)?=\s*(?:[A-Za-z_][\w.]*\.)?"
        r"(?:Flask|FastAPI|Celery|Quart|Starlette|Litestar|Sanic)\("
        r"|^(?:async\s+)?def\s+(?:create_app|make_app|get_app)\s*\("
        # The module-level object a factory builds: `app = create_app()`.
        r"|^[A-Za-z_]\w*\s*(?::[^=\n]+)?=\s*(?:create|make|get|build)_\w+\(\s*\)"
        r"|^if\s+__name__\s*==\s*[\"']__main__[\"']\s*:"
        r"|\bport\s*=\s*\d{2,5}(?:\s+if\s+[^\n]*?\s+else\s+\d{2,5})?\b|[\"'][A-Z_]*PORT[\"']\s*,\s*[\"']?\d{2,5}\b"
        # A package settings module's own server port: `PORT = 1218`.
        r"|^PORT[ \t]*=[ \t]*\d{2,5}\b"
        r"|DJANGO_SETTINGS_MODULE[\"']\s*,\s*[\"'][\w.]+[\"']"
        r"|"
        + pysource.RUNSERVER_ADDRESS.pattern
        + r"|^\s*(?:import|from)\s+(?:streamlit|flask_script|django)\b"
        r"|"
        + configured.URL_REWRITE.pattern
        + r"|"
        + configured.OPTIONAL_SETTING.pattern
        + r"|"
        + configured.FLAG_OFF_BY_DEFAULT.pattern
        + r"|"
        + configured.SETTING_TEST.pattern
        + r"|"
        + configured.LOCAL_FILES.pattern
        + r"|\b(?:rediss?|amqps?|postgres(?:ql)?|mysql|sqlite|mongodb)(?:\+\w+)?://"
        r"|\b(?:ELASTIC\w*|OPENSEARCH|MEMCACHE\w*|KAFKA|RABBIT\w*|MONGO\w*)_(?:URL|HOST|URI)S?\b"
        # A Kafka client's settings name it (`KAFKA_SECURITY_PROTOCOL`): its configuration.
        r"|\bKAFKA_[A-Z][A-Z_]*\b"
        r"|django\.db\.backends\.\w+|django\.core\.cache\.backends\.[\w.]+"
        r"|beat_schedule|CELERY_BEAT_SCHEDULE|mailhog|mailpit|maildev"
        r"|"
        + dbserver.SERVER_SETTING.pattern
        + r"|"
        + configfiles.DATABASE_SETTING.pattern
        # A factory's `return Litestar(...)`, gunicorn's `bind` and `reload`, a database
        # type's default.
        + r"|\breturn\s+(?:[A-Za-z_][\w.]*\.)?(?:Flask|FastAPI|Quart|Starlette|Litestar|Sanic)\("
        + r"|^bind\s*=\s*[\"'][^\"']*[\"']|^reload\s*="
        + r"|"
        + configured.ENGINE_DEFAULT.pattern
        + r"|"
        + configured.CELERY_OFF.pattern
        + r"|"
        + services.LOCAL_BROKER.pattern
        # A settings module that switches debugging off is production's.
        + r"|"
        + prodsettings.DEBUG_OFF.pattern,
        re.MULTILINE,
    ),
    # Go: the very patterns detection reads, so a trimmed tree keeps what matters to it.
    ".go": re.compile(
        "|".join(
            p.pattern
            for p in (
                golang._MAIN,
                golang.EMPTY_MAIN,
                goport._LISTEN,
                goport._FLAG_PORT,
                goport._PORT_ENV,
                golayers.GORM_DIALECT,
                godefaults.DEFAULT,
                godefaults.EMPTY_FLAG,
                godefaults.CLI_FLAG,
            )
        )
        # A port field's default keeps its line: whose port it is (Database, SMTP) matters.
        + r"|^[ \t]*[\w.]*"
        + goport._FIELD_PORT.pattern
        + r"|\b\w+\.Run\(\)|^//\s*(?:go:build|\+build)[ \t]+\S.*$"
        # Imports of service clients: whether only tests import one.
        + r"|^[ \t]*(?:import[ \t]+)?(?:[\w.]+[ \t]+)?\"(?:"
        + "|".join(re.escape(m) for names in ECOSYSTEMS["go"].values() for m in sorted(names))
        + r")(?:/[\w.~/-]*)?\"[ \t]*$"
        # Imports of a framework's store or queue package: the server of its indirect driver.
        + r"|^[ \t]*(?:import[ \t]+)?(?:[\w.]+[ \t]+)?\"(?:"
        + "|".join(re.escape(p) for p in golayers.LAYER_PACKAGES)
        + r")\"[ \t]*$"
        # The struct literal a port default sits in says whose it is (GRPC, Playground).
        + r"|^[ \t]*\w*(?:grpc|metric|debug|pprof|profil|playground|trace|otlp|prometheus|http|"
        r"server|api|web)\w*:\s*&?[\w.]+\{$",
        re.MULTILINE | re.IGNORECASE,
    ),
    ".js": re.compile(
        # First: at `process.env.PORT` it wins over the bare read below.
        nodeport.ENV_TERNARY.pattern + r"|\.listen\(\s*\d{2,5}\b"
        r"|PORT[\"'\])]*(?:\s*,\s*\d+\s*\))?\s*(?:\|\||\?\?)\s*[\"']?\d{2,5}\b"
        r"|\bport:\s*\d{2,5}\b"
        # Also past other fallbacks: `process.env.PORT || app.settings.port || 4019`.
        r"|process\.env\.PORT(?:[\"'\])]*(?:\s*,\s*\d+\s*\))?\s*(?:\|\||\?\?)"
        r"(?:\s*[A-Za-z_][\w.]*\s*(?:\|\||\?\?))*\s*[\"']?\d{2,5}\b"
        r"|\s*,\s*\d{2,5}\s*[,)])?"
        # With the default past the radix: `parseInt(env.TR_PORT, 10) || 8080`.
        r"|\benv\.\w*PORT\s*,\s*\d{2,5}\s*[,)](?:\s*(?:\|\||\?\?)\s*[\"']?\d{2,5}\b)?"
        r"|\benv\.\w*PORT\b[\"'\])]*\s*(?:\|\||\?\?)\s*[\"']?\d{2,5}\b"
        r"|\b\w*(?i:env)\w*\(\s*[\"']\w*PORT[\"']\s*,\s*\d{2,5}\s*\)"
        # A port variable or default parameter (`port = 1337,`); an env schema's PORT default,
        # as the config module reads it.
        r"|\b(?:port|PORT)\s*=\s*\d{2,5}\s*[,;)\n]"
        + "|"
        + nodeconfig._NODE_ENV_PORT.pattern
        # A config module's plain port key, with its indentation: a nested one is another's.
        + r"|(?m:^[ \t]*(?:port|[a-z]\w*Port)[ \t]*:[ \t]*\d{2,5}[ \t]*,?[ \t]*$)"
        # The object a key sits in, by name (`config.mail_opts = {`): a mail server's port.
        + r"|(?m:^[ \t]*[\w.]+[\"']?[ \t]*[=:][ \t]*\{[ \t]*$)"
        + r"|\(\s*[\"']\w*PORT[\"']\s*,\s*\d{2,5}\s*[,)]"
        # A variable read with no default: required, so a commented env line is a placeholder.
        r"|\bprocess\.env\.[A-Z_][A-Z0-9_]*\b(?![^\n]{0,8}(?:\|\||\?\?))",
    ),
}
# Rust: the listen addresses and port defaults detection reads.
SOURCE_FACTS[".rs"] = re.compile(rustport.LISTEN.pattern + "|" + rustport.DEFAULT_PORT.pattern)
# An Aspire app host's code: the resources it adds, with their name and image literals.
# An app it runs from a folder keeps its whole statement (the folder and the port).
SOURCE_FACTS[".cs"] = re.compile(
    r"\.Add\w*App\s*\(\s*\"[^\"\n]*\"\s*,[^;]*"
    r"|\.Add\w+\s*\((?:\s*\"[^\"\n]*\"(?:\s*,\s*\"[^\"\n]*\")?)?"
)
# A .NET configuration class's port default (`GetValueInt("Port", DEFAULT_PORT)`) and the
# constant it names.
CONFIG_CLASS_FACTS = re.compile(
    dotnetport.CONFIG_PORT.pattern + "|" + dotnetport.PORT_CONST.pattern
)
SOURCE_FACTS[".ts"] = SOURCE_FACTS[".mjs"] = SOURCE_FACTS[".cjs"] = SOURCE_FACTS[".js"]


def source_facts(name: str, text: str) -> str | None:
    """The idioms detection reads in a source file, one per line; None when it has none."""
    pattern = SOURCE_FACTS.get(PurePosixPath(name).suffix, SOURCE_FACTS[".py"])
    if name.endswith(".cs") and PurePosixPath(name).parent.name in CONFIG_FOLDERS:
        pattern = CONFIG_CLASS_FACTS
    if name.endswith(".rs"):
        text = rustport.without_tests(text)
    quoted = pysource.docstrings(text) if name.endswith(".py") else []
    facts = [
        _fact(name, text, m)
        for m in pattern.finditer(text)
        # A port in a usage example is not the code's: detection skips it too.
        if not (_PY_PORT.search(m.group(0)) and any(a <= m.start() < b for a, b in quoted))
    ]
    if not facts:
        return None
    top = nodeconfig.top_key_line(text) if nodeconfig.PLAIN_KEY.search(text) else None
    if top and PurePosixPath(name).suffix in (".js", ".ts", ".mjs", ".cjs"):
        facts.insert(0, top)  # the exported object's top level, which a port key must sit at
    comment = "//" if name.endswith((".go", ".js", ".ts", ".mjs", ".cjs", ".rs")) else "#"
    head = f"{comment} facts only, one per line\n"
    return head + "".join(f"{fact}\n" for fact in facts)


_PY_PORT = re.compile(r"(?i)port")
_ADDRESS = re.compile(r"^\"[\d.a-z]*:\d+\"$")
_NEAR_LISTEN = re.compile(r"(?i)listen|addr|port|bind|serve")


_SCHEMA_ENTRY = re.compile(
    r"^port\s*:\s*\{(?=[^{}]*?\bdefault\s*:\s*(\d+))(?=[^{}]*?\benv\s*:\s*[\"'](\w+)[\"'])"
)


def _fact(name: str, text: str, match: re.Match[str]) -> str:
    """The matched idiom; a Go address literal says whether it sits near a listen setting."""
    fact = match.group(0).rstrip()
    schema = _SCHEMA_ENTRY.search(fact) if "\n" in fact else None
    if schema:  # a config schema's entry: its default and variable, not its doc text
        return f"port: {{ default: {schema.group(1)}, env: '{schema.group(2)}' }}"
    if name.endswith(".rs") or "\n" in fact:
        fact = " ".join(fact.split())  # a chain over several lines, kept as one
    line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].lstrip()
    if line.startswith(("#", "//")) and not fact.startswith(("#", "//")):
        return f"{line[:2].rstrip()} {fact}"  # commented out: an alternative, not the setup
    if name.endswith(".go") and _ADDRESS.match(fact):
        before = text[max(0, match.start() - 160) : match.start()]
        other = goport._OTHER_SERVICE.search(line)
        if other:
            return f"{other.group(0).lower()}Addr = {fact}"  # REDIS_ADDR's: not the app's
        if goport._TLS_CALL.search(before):
            return f"RunTLS({fact}"  # production's TLS listener: detection passes it by
        if goport._METRICS_HANDLER.search(before):
            return f'"/metrics" {fact}'  # the Prometheus side listener's
        near = _NEAR_LISTEN.search(before)
        return f"listenAddr = {fact}" if near else fact
    return fact

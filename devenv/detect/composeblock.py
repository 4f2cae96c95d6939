"""The services of a compose file, read line by line: which one an `image:` line belongs to,
whether it is named for tests or sits behind a profile, and what its image runs."""

from __future__ import annotations

import functools
import re

from devenv.detect.manifests import load_yaml

# A compose service named for tests (pgtest, s3test, db-test, test_db) runs beside the dev
# stack for the test suite only.
_TEST_SERVICE = re.compile(
    r"(?i)^(?:test\w*|[\w.]+[_-]tests?|(?:pg|db|sql|s3|redis|mongo|minio|mail|smtp|es)tests?)$"
)
# A setting only the test suite reads: TEST_KAFKA_BROKER, TEST_AMQP_URL.
_TEST_SETTING = re.compile(r"^TEST_\w+$")
_SERVICE_KEY = re.compile(r"^([ \t]+)[\"']?([\w.-]+)[\"']?:[ \t]*(?:#.*)?$", re.M)


def for_tests(text: str, image: re.Match[str]) -> bool:
    """Whether the service an `image:` line belongs to is named for tests, or is reached by
    the services built here only through test settings (`TEST_KAFKA_BROKER=kafka:9092`)."""
    at = text.index("image:", image.start())
    indent = at - text.rfind("\n", 0, at) - 1
    keys = [k for k in _SERVICE_KEY.finditer(text, 0, image.start()) if len(k.group(1)) < indent]
    if not keys:
        return False
    return bool(_TEST_SERVICE.match(keys[-1].group(2))) or keys[-1].group(2) in _test_wired(text)


@functools.lru_cache(maxsize=64)
def _test_wired(text: str) -> frozenset[str]:
    """The services whose names the built services' environments give only to test settings."""
    data = load_yaml(text)
    services = data.get("services") if isinstance(data, dict) else None
    if not isinstance(services, dict):
        return frozenset()
    entries = [
        e for b in services.values() if isinstance(b, dict) and "build" in b for e in _env(b)
    ]
    found = set()
    for name in (str(n) for n in services):
        host = re.compile(rf"(?<![\w.-]){re.escape(name)}(?![\w-])")
        users = [key for key, value in entries if host.search(value)]
        if users and all(_TEST_SETTING.match(key) for key in users):
            found.add(name)
    return frozenset(found)


def _env(body: dict[object, object]) -> list[tuple[str, str]]:
    environment = body.get("environment")
    if isinstance(environment, dict):
        return [(str(k), str(v)) for k, v in environment.items()]
    if isinstance(environment, list):
        return [(str(e).partition("=")[0], str(e).partition("=")[2]) for e in environment]
    return []


def profiled(text: str, image: re.Match[str], enabled: frozenset[str]) -> bool:
    """Whether the service an `image:` line belongs to starts only under `profiles:` none of
    which COMPOSE_PROFILES (`enabled`) turns on."""
    at = text.find("image:", text.rfind("\n", 0, image.start()) + 1, image.end())
    if at < 0:  # a service built from a Dockerfile, matched by its name
        return False
    indent = at - text.rfind("\n", 0, at) - 1
    keys = [k for k in _SERVICE_KEY.finditer(text, 0, image.start()) if len(k.group(1)) < indent]
    if not keys:
        return False
    own = len(keys[-1].group(1))
    ends = [k.start() for k in _SERVICE_KEY.finditer(text, at) if len(k.group(1)) <= own]
    block = text[keys[-1].end() : ends[0] if ends else len(text)]
    found = _PROFILES.search(block)
    if not found:
        return False
    names = re.findall(r"[\w.-]+", found.group(1) or "") + _LIST_ITEM.findall(found.group(2) or "")
    return not set(names) & enabled


# `profiles: [a, "b"]`, or `profiles:` and a list of `- a` lines.
_PROFILES = re.compile(r"^[ \t]+profiles:[ \t]*(?:\[([^\]\n]*)\]|\n((?:[ \t]+-[^\n]*\n?)+))", re.M)
_LIST_ITEM = re.compile(r"^[ \t]+-[ \t]*[\"']?([\w.-]+)", re.M)
# `COMPOSE_PROFILES=postgres,redis,web` (or `export ...`) in the env file compose reads.
# Its value may name other variables of the file: `${DOC_ENGINE},metadata-${DB_PROFILE}`.
COMPOSE_PROFILES = re.compile(
    r"^[ \t]*(?:export[ \t]+)?COMPOSE_PROFILES[ \t]*=[ \t]*[\"']?([\w.,${}:-]*)", re.M
)


def enabled_profiles(env_texts: list[str]) -> frozenset[str]:
    """The profiles COMPOSE_PROFILES turns on in the root env files."""
    return frozenset(
        name
        for text in env_texts
        for match in COMPOSE_PROFILES.finditer(text)
        for name in _substituted(match.group(1), _env_values([text])).split(",")
        if name and "$" not in name
    )


def image_name(reference: str) -> str:
    """The name that says what an image runs: its last path part, but for Microsoft's
    `mssql/server` the product, not `server`."""
    path = reference.split("@")[0].lower()
    name = path.rsplit("/", 1)[-1].split(":")[0]
    return "mssql" if name == "server" and path.rsplit("/", 1)[0].endswith("mssql") else name


# `${MONGO_IMAGE}`, `${REDIS_IMAGE:-redis:7}`, `$DB_IMAGE`: an image compose reads from the
# environment, which its .env file sets.
_VARIABLE = re.compile(r"\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)")
_ENV_LINE = re.compile(r"^\s*(?:export\s+)?(\w+)\s*=\s*[\"']?([^\s\"'#]*)", re.M)


def interpolated(reference: str, env_texts: list[str]) -> str:
    """An image reference with its variables replaced as compose does: from the .env beside
    the compose file (or its example), else the variable's own default."""
    return reference if "$" not in reference else _substituted(reference, _env_values(env_texts))


def _env_values(env_texts: list[str]) -> dict[str, str]:
    """The variables env files set, the first file's value winning; a variable set to its
    own default (`DEVICE=${DEVICE:-cpu}`) is that default."""
    values: dict[str, str] = {}
    for text in env_texts:
        for name, given in _ENV_LINE.findall(text):
            own = re.fullmatch(rf"\$\{{{name}:?-([^}}]*)\}}", given)
            values.setdefault(name, own.group(1) if own else given)
    return values


def _substituted(value: str, values: dict[str, str]) -> str:
    """`${NAME}`, `${NAME:-default}` and `$NAME` replaced: the value set, else the default."""
    return _VARIABLE.sub(lambda m: values.get(m.group(1) or m.group(3)) or m.group(2) or "", value)

"""The catalog services a repository's compose files (and DDEV, and an Aspire app host) run for
development."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Collection

from devenv.detect.aspire import hosted_services
from devenv.detect.composeblock import (
    enabled_profiles,
    for_tests,
    image_name,
    interpolated,
    profiled,
)
from devenv.detect.composeextends import extended_images
from devenv.detect.configfiles import env_files
from devenv.detect.dbserver import environment_entries
from devenv.detect.manifests import load_yaml
from devenv.detect.model import line_at
from devenv.detect.services import CATCHER_PORT, MAIL_CATCHER_NAMES
from devenv.detect.tree import DDEV, TEST_COMPOSE, RepoTree

SQL = ("postgres", "mysql", "mariadb", "sqlserver")
# Image names (the last path part, before the tag) in compose files, as catalog services.
_IMAGES = (
    (
        re.compile(r"^(postgres|postgis|pgvector|timescaledb|supabase-postgres|pgautoupgrade)"),
        "postgres",
    ),
    (re.compile(r"^mysql"), "mysql"),
    (re.compile(r"^mariadb"), "mariadb"),
    (re.compile(r"^(mssql|azure-sql-edge|sql-?server)"), "sqlserver"),
    (re.compile(r"^(redis|valkey|keydb|dragonfly)"), "redis"),
    (re.compile(r"^mongo"), "mongo"),
    (re.compile(r"^rabbitmq"), "rabbitmq"),
    (re.compile(r"^memcached"), "memcached"),
    # `marcopas/docker-mailslurper`: a catcher's image named for the tool it packs.
    (re.compile(rf"^(?:docker-)?({'|'.join(MAIL_CATCHER_NAMES)})"), "mailpit"),
    (re.compile(r"^(elasticsearch|opensearch)"), "elasticsearch"),
    (re.compile(r"^minio$"), "minio"),
    (re.compile(r"^(kafka|cp-kafka|redpanda)|^[a-z]+-kafka$"), "kafka"),
)
# A server daemon a command starts first: at its start, after `sh -c "`, `;` or `&&`.
_DAEMON = re.compile(r"(?:^|[;&|]|-c\s+[\"']?)\s*(memcached|redis-server)(?=\s)")
_FROM_LINE = re.compile(r"^FROM\s+(?:--\S+\s+)*([^\s#]+)", re.MULTILINE | re.IGNORECASE)
# A database image built from a plain base: Postgres's own settings say what it runs.
_POSTGRES_ENV = re.compile(r"^ENV\s+(POSTGRES)_(?:PASSWORD|HOST_AUTH_METHOD|INITDB_\w+)\b", re.M)
# `discovery.type: single-node` (or `- discovery.type=single-node`) in a service's environment.
_SEARCH_SETTING = re.compile(r"^[ \t]*(?:-[ \t]*)?[\"']?discovery\.type[\"']?[ \t]*[:=]", re.M)
# A healthcheck asking the container's own MinIO server: `curl -f http://localhost:9000/minio/health/live`.
MINIO_HEALTH = re.compile(r"https?://(?:localhost|127\.0\.0\.1):\d+/minio/health/(?:live|ready)")
_IMAGE_LINE = re.compile(r"^\s*image:\s*[\"']?([^\s\"'#]+)", re.MULTILINE)
# The compose files `docker compose up` reads (or their templates, docker-compose.yml.dist),
# and the development variants beside them.
MAIN_COMPOSE = re.compile(
    r"(^|/)((dev|development|local)[.-])?(docker[-_])?compose([.-](override|dev|development|local))?"
    r"\.ya?ml(\.dist|\.default)?$",
    re.IGNORECASE,
)
_DATABASES = (*SQL, "mongo")
# An overlay named for the feature it turns on (compose.with-s3.yml, a wrapper script's
# `--with s3`): its services are options, but for the development mode's (with-dev).
_FEATURE_OVERLAY = re.compile(r"[._-]with[._-](?!(?:dev|development|local)\.)[\w-]+\.ya?ml$")
# Where an image is named: (file, its text, the match whose group 1 is the image).
_Image = tuple[str, str, re.Match[str]]
# The words a variant file is named by for a kind: Laravel's connection names (pgsql), and
# MySQL's for MariaDB, which a `docker-compose.mysql.yml` often runs.
_NAMED_AS = {
    "postgres": ("postgres", "pgsql"),
    "mysql": ("mysql", "mariadb"),
    "mariadb": ("mariadb", "mysql"),
}
# A compose environment entry naming the host of the app's database (DB_HOSTNAME=mysql, OSPOS's
# MYSQL_HOST_NAME=mysql), with a `${DB_HOSTNAME:-mysql}` default unwrapped.
_DB_HOST_ENTRY = re.compile(
    r"^(?:SQL|DB|DATABASE|MYSQL|MARIADB|POSTGRES(?:QL)?|PG)_(?:HOST(?:_?NAME)?|SERVER)\s*=\s*"
    r"(?:\$\{\w+:?-)?([\w.-]+)\}?$"
)
# The examples of a compose folder's .env that a developer copies to it.
_EXAMPLES = ("example", "sample", "dist", "template")
# DDEV's database types, as catalog services.
_DDEV_DATABASES = {"mariadb": "mariadb", "mysql": "mysql", "postgres": "postgres"}


def compose_services(tree: RepoTree, required: Collection[str] = ()) -> dict[str, str]:
    """Catalog services the repository's own compose files run: type -> `file:line image`.

    A service behind a compose profile COMPOSE_PROFILES does not turn on starts only when
    asked for: an option, unless the app's default configuration requires it (`required`).
    """
    found: dict[str, str] = {**hosted_services(tree, image_kind), **ddev_services(tree)}
    main: set[str] = set(found)
    enabled = enabled_profiles([tree.text(p) or "" for p in env_files(tree, ".")])
    unnamed: set[str] = set(found)  # run by some file that is not named for it
    for path in sorted(tree.dev_compose_files, key=lambda p: (p.count("/"), p)):
        text = tree.text(path) or ""
        # Compose reads the .env of the compose file's own folder (Mayan's docker/.env).
        folder = posixpath.dirname(path)
        beside = tree.text(posixpath.join(folder, ".env")) or ""
        examples = [tree.text(posixpath.join(folder, f".env.{s}")) or "" for s in _EXAMPLES]
        on = enabled | enabled_profiles([beside]) if folder else enabled
        images = [(path, text, m) for m in _IMAGE_LINE.finditer(text) if not for_tests(text, m)]
        images += extended_images(tree, path, text, _IMAGE_LINE)
        images += _started_by_commands(path, text)
        for service, dockerfile, context in _built_dockerfiles(path, text):
            body = tree.text(dockerfile) or ""
            images += [] if tree.exists(dockerfile) else _context_named(path, text, context)
            images += [(dockerfile, body, m) for m in _FROM_LINE.finditer(body)][:1]
            images += [(dockerfile, body, m) for m in _POSTGRES_ENV.finditer(body)][:1]
            images += [
                (path, text, m)
                for m in re.finditer(rf"^\s*[\"']?({re.escape(service)})[\"']?:", text, re.M)
            ][:1]
        for where, body, match in images:
            image = image_name(interpolated(match.group(1), [beside, *examples]))
            for pattern, kind in _IMAGES:
                if not pattern.search(image):
                    continue
                if where == path and kind not in required and profiled(text, match, on):
                    continue
                # A variant file read first must not hide that the main file runs it too.
                main |= {kind} if MAIN_COMPOSE.search(path) else set()
                # DDEV starts every .ddev/docker-compose.<name>.yaml: add-ons, not variants.
                # Named for the kind or for its image: docker-compose.smtp4dev.yml.
                base = posixpath.basename(path).lower()
                words = (*_NAMED_AS.get(kind, (kind,)), image.lower())
                named = (
                    any(w in base for w in words) or bool(_FEATURE_OVERLAY.search(base))
                ) and not path.startswith(DDEV)
                unnamed |= set() if named else {kind}
                if kind not in found:
                    line = line_at(body, match.start())
                    # Quotes dropped: the match stops before the closing one.
                    said = re.sub(r"[\"']", "", match.group(0).strip())
                    found[kind] = f"{where}:{line} {said}"
        _search_by_setting(path, text, found, unnamed)
    # A variant (docker-compose.document.yaml) that swaps the main files' database for
    # another offers an alternative, not a second database.
    if any(kind in main for kind in _DATABASES):
        found = {k: v for k, v in found.items() if k not in _DATABASES or k in main}
    # A variant named for its service (docker-compose-mysql-rabbitmq.yml,
    # docker-compose-redis.yml) offers it as an option; a service only such variants run is
    # not the default.
    return {k: v for k, v in found.items() if k in unnamed}


def ddev_services(tree: RepoTree) -> dict[str, str]:
    """The services DDEV runs for the project: a development setup by design, unlike a compose
    file that may be a deployment or an optional variant."""
    return {**_ddev_database(tree), **_ddev_mail(tree)}


def wired_databases(tree: RepoTree) -> dict[str, str]:
    """Databases a compose file wires a service to by host name (DB_HOSTNAME=mysql, where the
    `mysql` service runs the mariadb image), or that the service running the repository's code
    depends on: the app's own, though no framework setting or database extension names one (a
    plain PHP app configured from its environment)."""
    found: dict[str, str] = {}
    for path in sorted(tree.texts):
        if not MAIN_COMPOSE.search(path) or TEST_COMPOSE.search(path):
            continue
        data = load_yaml(tree.text(path) or "")
        services = data.get("services") if isinstance(data, dict) else None
        if not isinstance(services, dict):
            continue
        kinds = {str(name): _kind(body) for name, body in services.items()}
        for body in services.values():
            for entry in environment_entries(body):
                host = _DB_HOST_ENTRY.match(entry.strip())
                kind = kinds.get(host.group(1)) if host else None
                if host and kind in SQL:
                    found.setdefault(kind, f"{path} {entry.strip()} (a {kind} service)")
            # The service that runs the repository's code waits for its database (Bedrock's
            # app, built here, `depends_on: database`, the mariadb service).
            for name in _waits_for(body) if _runs_the_code(body) else ():
                kind = kinds.get(name)
                if kind in SQL and kind is not None:
                    found.setdefault(kind, f"{path} depends_on {name} (a {kind} service)")
    return found


def _waits_for(body: object) -> list[str]:
    """The services a compose service depends on (`depends_on`, a list or a map)."""
    needs = body.get("depends_on") if isinstance(body, dict) else None
    return [str(name) for name in needs] if isinstance(needs, (list, dict)) else []


def _runs_the_code(body: object) -> bool:
    """A compose service built from the repository, or mounting its root (`..:/var/www`)."""
    if not isinstance(body, dict):
        return False
    volumes = body.get("volumes")
    sources = (
        [v.split(":", 1)[0] for v in volumes if isinstance(v, str)]
        if isinstance(volumes, list)
        else []
    )
    return "build" in body or any(s.rstrip("/") in (".", "..") for s in sources)


def _kind(body: object) -> str | None:
    """The catalog service a compose service's image runs."""
    image = body.get("image") if isinstance(body, dict) else None
    if not isinstance(image, str):
        return None
    return image_kind(image)


def image_kind(image: str) -> str | None:
    """The catalog service an image (`mcr.microsoft.com/mssql/server:2022`) runs."""
    name = image_name(image)
    return next((kind for pattern, kind in _IMAGES if pattern.search(name)), None)


def _started_by_commands(path: str, text: str) -> list[_Image]:
    """A server a service's command starts in its own container before the app
    (`sh -c "memcached -d; python manage.py runserver"`): the compose files run it too."""
    data = load_yaml(text)
    services = data.get("services") if isinstance(data, dict) else None
    found: list[_Image] = []
    for body in services.values() if isinstance(services, dict) else ():
        command = body.get("command") if isinstance(body, dict) else None
        if isinstance(command, list):
            command = " ".join(str(c) for c in command)
        for started in _DAEMON.finditer(command if isinstance(command, str) else ""):
            at = re.search(rf"(?<![\w.-])({started.group(1)})(?![\w.:-])", text)
            found += [(path, text, at)] if at else []
    return found


def _search_by_setting(path: str, text: str, found: dict[str, str], unnamed: set[str]) -> None:
    """A service set up with Elasticsearch's own `discovery.type` runs it, whatever its image
    (one built with plugins: `ghcr.io/org/es-with-sudachi`); one whose healthcheck asks its
    own MinIO health endpoint runs MinIO (a fork's image: `pgsty/silo`)."""
    for kind, pattern, said in (
        ("elasticsearch", _SEARCH_SETTING, "discovery.type, Elasticsearch's setting"),
        ("minio", MINIO_HEALTH, "MinIO's own health endpoint"),
    ):
        setting = pattern.search(text)
        if setting is None:
            continue
        line = line_at(text, setting.start())
        found.setdefault(kind, f"{path}:{line} {said}")
        unnamed.add(kind)


def _ddev_database(tree: RepoTree) -> dict[str, str]:
    """The database DDEV runs for the project, as its config.yaml names it."""
    path = posixpath.join(DDEV, "config.yaml")
    text = tree.text(path) or ""
    data = load_yaml(text)
    database = data.get("database") if isinstance(data, dict) else None
    kind = database.get("type") if isinstance(database, dict) else None
    if not isinstance(kind, str) or kind not in _DDEV_DATABASES:
        return {}
    line = next((n for n, t in enumerate(text.splitlines(), 1) if "type:" in t and kind in t), 1)
    return {_DDEV_DATABASES[kind]: f"{path}:{line} database type {kind}"}


def _ddev_mail(tree: RepoTree) -> dict[str, str]:
    """DDEV runs a Mailpit for every project: the app uses it when config.yaml's
    web_environment sends its mail there (`EMAIL_TRANSPORT_DEFAULT_PORT=1025`)."""
    path = posixpath.join(DDEV, "config.yaml")
    text = tree.text(path) or ""
    match = CATCHER_PORT.search(text)
    if not match:
        return {}
    line = line_at(text, match.start())
    return {"mailpit": f"{path}:{line} {match.group(0).strip(' -')}"}


def _context_named(path: str, text: str, context: str) -> list[_Image]:
    """A build context detection does not read (under a skipped `build/` folder) still names
    what it builds: `build: ../build/mysql` is MySQL."""
    name = re.escape(posixpath.basename(posixpath.normpath(context)))
    pattern = rf"^\s*(?:build|context):\s*[\"']?(?:[^\s\"'#]*/)?({name})/?[\"']?\s*$"
    return [(path, text, m) for m in re.finditer(pattern, text, re.M)][:1]


def _built_dockerfiles(compose: str, text: str) -> list[tuple[str, str, str]]:
    """(service, Dockerfile, context) for each service a compose file builds: a service built
    `FROM postgres`, or named `maildev` however it installs it, is that service as much as
    one that names the image."""
    data = load_yaml(text)
    services = data.get("services") if isinstance(data, dict) else None
    found = []
    for key, body in services.items() if isinstance(services, dict) else ():
        # With both, `image:` only tags what `build:` makes (iriswebapp_db built FROM postgres).
        build = body.get("build") if isinstance(body, dict) else None
        if isinstance(build, str):
            build = {"context": build}
        if isinstance(build, dict) and isinstance(build.get("context", "."), str):
            name = build.get("dockerfile", "Dockerfile")
            if isinstance(name, str) and "$" not in name:
                folder = posixpath.join(posixpath.dirname(compose), build.get("context", "."))
                dockerfile = posixpath.normpath(posixpath.join(folder, name))
                found.append((str(key), dockerfile, build.get("context", ".")))
    return found

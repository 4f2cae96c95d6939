"""Weigh the services dependencies allow against what the repository's own configuration uses.

Dependencies say what an app *can* talk to: a driver for every optional back end, a dev-only
requirement, an embedded default (SQLite) beside server drivers. The repository's compose
files, env examples and settings say what it *does* use. Each decision keeps its evidence;
a service left out is offered back in a note (`--service NAME`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from devenv.detect.composed import SQL
from devenv.detect.configfiles import spring_settings
from devenv.detect.configured import (
    BROKERS,
    CELERY,
    HOST,
    MENTIONS,
    not_run_by_default,
    variant_only,
)
from devenv.detect.model import AppFinding, ServiceNeed

# Dependencies of an embedded database: an app that has one works without a server. Go's
# SQLite drivers are many forks named for it (github.com/libtnb/sqlite, glebarez/go-sqlite).
EMBEDDED = re.compile(
    r"^(github\.com/[\w.-]+/(go-)?sqlite3?|modernc\.org/sqlite|gorm\.io/driver/sqlite|"
    r"(@[\w-]+/)?sqlite3?|"
    r"better-sqlite3|@libsql/client|h2|com\.h2database|aiosqlite|"
    r"go\.etcd\.io/bbolt|github\.com/boltdb/bolt)$"
)


def weigh(
    app: AppFinding,
    composed: dict[str, str],
    configured: dict[str, str],
    embedded: str | None,
    optional: dict[str, str] | None = None,
    switched_off: dict[str, str] | None = None,
    dev_stack: str | None = None,
) -> AppFinding:
    """The app's services after weighing them against the repository's configuration."""
    optional, off = optional or {}, switched_off or {}
    needs, notes = _object_store(app, composed, configured)
    if CELERY in optional:
        brokers = [n for n in needs if n.type in BROKERS and CELERY in n.why.lower()]
        optional = {**{n.type: optional[CELERY] for n in brokers}, **optional}
    for need in [
        n for n in needs if n.type in optional and not_run_by_default(n, composed, optional)
    ]:
        why = f"its setting is optional ({optional[need.type]})"
        notes.append(_left_out(app.path, need, why))
        needs.remove(need)
    # The env example comments it out, or the settings switch it off: a compose file running
    # it serves another mode. A need the settings select whatever the example says (a config
    # fallback the commented-out line leaves in force) stays.
    for need in [n for n in needs if n.type in off and not n.firm]:
        why = f"the app's settings leave it out ({off[need.type]})"
        notes.append(_left_out(app.path, need, why))
        needs.remove(need)
    if composed:
        needs, more = _by_compose(app.path, needs, composed, configured)
        notes += more
    elif dev_stack:
        # The development compose file runs the app and no server: a client whose server no
        # configuration names either is an option (flipt's Redis cache).
        dropped = [n for n in needs if n.type not in configured]
        notes += [_left_out(app.path, n, f"{dev_stack} runs no {n.type}") for n in dropped]
        needs = [n for n in needs if n not in dropped]
    elif any(kind in configured for kind in MENTIONS):
        needs, more = _by_configuration(app.path, needs, configured)
        notes += more
    sql = [n for n in needs if n.type in SQL]
    # SQLite in the settings, no server named or given a host anywhere: a database the
    # compose files run is for another setup (production, a commented-out alternative).
    server = HOST in configured or any(k in configured for k in SQL)
    in_compose = (
        len(sql) == 1
        and sql[0].type in composed
        and ("sqlite" not in configured or server)
        and not (embedded and variant_only(composed[sql[0].type]))
    )
    if len(sql) > 1 or (sql and not in_compose and (embedded or "sqlite" in configured)):
        named = [n for n in sql if n.type in configured]
        both = [n for n in sql if n.type in composed]
        if named and len(both) == 2 and len(sql) == 2 and not embedded:
            # The compose files run both servers the app has drivers for: the second serves
            # another store (JeecgBoot's pgvector embeddings beside MySQL). Compose files
            # that run more (ruoyi-vue-pro's sql/tools) offer alternatives.
            keep = both
        elif named and not ("sqlite" in configured and embedded):
            keep = named
        elif embedded or ("sqlite" in configured and not server):
            keep = []
        else:
            keep = sql[:1]
        for need in sql:
            if need not in keep:
                notes.append(_left_out(app.path, need, _sql_reason(keep, embedded, configured)))
        needs = [n for n in needs if n.type not in SQL or n in keep]
    if not notes and needs == list(app.services):
        return app
    return replace(app, services=tuple(needs), notes=(*app.notes, *notes))


def _object_store(
    app: AppFinding, composed: dict[str, str], configured: dict[str, str]
) -> tuple[list[ServiceNeed], list[str]]:
    """An S3 client needs MinIO only where the configuration names MinIO and does not keep
    files locally by default."""
    needs = [n for n in app.services if n.type != "s3"]
    client = next((n for n in app.services if n.type == "s3"), None)
    minio = composed.get("minio") or configured.get("minio")
    if client and minio and "local files" in configured:
        why = f"files are stored locally by default ({configured['local files']})"
        return needs, [_left_out(app.path, ServiceNeed("minio", f"{client.why}; {minio}"), why)]
    if client and minio and not any(n.type == "minio" for n in needs):
        needs.append(ServiceNeed("minio", f"{client.why}; {minio}"))
    return needs, []


def _settings_engine(where: str) -> bool:
    """Whether the app's own settings name the database: Spring's datasource, or a Django
    settings module's engine (richie's `values.Value("django.db.backends.postgresql_psycopg2",
    environ_name="DB_ENGINE")`, its compose overlay per database runs the server)."""
    return spring_settings(where) or ("django.db.backends." in where and ".py:" in where)


def _by_compose(
    folder: str, needs: list[ServiceNeed], composed: dict[str, str], configured: dict[str, str]
) -> tuple[list[ServiceNeed], list[str]]:
    """The services the compose files run. Compose files that run no database at all (only
    Redis beside the app) leave it outside: the one the app's settings connect to is still
    needed."""
    kept: list[ServiceNeed] = []
    notes = []
    runs = ", ".join(composed)
    no_database = not any(kind in composed for kind in SQL)
    for need in needs:
        if need.type == "mysql" and "mariadb" in composed and "mysql" not in composed:
            kept.append(ServiceNeed("mariadb", f"{need.why}; {composed['mariadb']}"))
        elif need.type in composed or need.firm:
            kept.append(need)
        elif no_database and need.type in SQL and _settings_engine(configured.get(need.type, "")):
            kept.append(ServiceNeed(need.type, f"{need.why}; {configured[need.type]}"))
        else:
            notes.append(_left_out(folder, need, f"the repository's compose files run {runs}"))
    if "mailpit" in composed and not any(n.type == "mailpit" for n in kept):
        kept.append(ServiceNeed("mailpit", composed["mailpit"]))
    # Spring's datasource names a server the compose files run, and no driver is declared:
    # it comes with another library (Eventuate's JDBC starters bring MySQL's).
    sql = [k for k in SQL if k in composed and spring_settings(configured.get(k, ""))]
    if sql and not any(n.type in SQL for n in kept):
        kept.append(ServiceNeed(sql[0], f"{configured[sql[0]]}; {composed[sql[0]]}"))
    return kept, notes


def _by_configuration(
    folder: str, needs: list[ServiceNeed], configured: dict[str, str]
) -> tuple[list[ServiceNeed], list[str]]:
    """Configuration that names some services but not one a client library allows: that
    one is an optional back end (a cache, a queue, a monitor target)."""
    kept: list[ServiceNeed] = []
    notes = []
    named = ", ".join(k for k in configured if k in MENTIONS)
    for need in needs:
        if need.type in MENTIONS and need.type not in configured:
            reason = f"the configuration names {named} but not {need.type}"
            notes.append(_left_out(folder, need, reason))
        else:
            kept.append(need)
    return kept, notes


def _sql_reason(keep: list[ServiceNeed], embedded: str | None, configured: dict[str, str]) -> str:
    if keep:
        where = configured.get(keep[0].type)
        return f"the configuration names {keep[0].type} ({where})" if where else "one is enough"
    if embedded:
        return f"{embedded} is an embedded default"
    return f"the configuration uses SQLite ({configured.get('sqlite')})"


def _left_out(folder: str, need: ServiceNeed, reason: str) -> str:
    return (
        f"{folder}: {need.type} ({need.why}) is an alternative, left out: {reason}; "
        f"add it with --service {need.type}"
    )

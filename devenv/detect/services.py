"""Which backing services an app's dependencies imply (the tables are in clienttables.py),
Celery's broker, and a mail catcher. Mailpit is never inferred from a dependency:
an SMTP client says nothing about which server a developer wants, so only a repository that
already names a mail catcher (mailpit, mailhog, maildev) gets one; `--service mailpit` adds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from devenv.detect.clienttables import ECOSYSTEMS, EXTRAS
from devenv.detect.model import Dependency, ServiceNeed, evidence
from devenv.detect.readable import COMPOSE_FILE_NAME
from devenv.detect.tree import TEST_COMPOSE, RepoTree, is_compose_file

# Mail catchers' names, which people give their host (or image) in the files they already have.
MAIL_CATCHER_NAMES = (
    *("mailpit", "mailhog", "maildev", "smtp4dev", "inbucket", "mailcatcher", "mailcrab"),
    *("mailslurper", "papercut"),
)
MAIL_CATCHERS = re.compile(rf"\b({'|'.join(MAIL_CATCHER_NAMES)})\b", re.IGNORECASE)


# Extras of a multi-back-end storage library that pick a store other than S3.
_OTHER_STORES = frozenset({"azure", "google", "gcloud", "dropbox", "sftp", "libcloud", "ftp"})


def _matches(name: str, listed: set[str], ecosystem: str) -> bool:
    if ecosystem == "go":
        return any(name == path or name.startswith(path + "/") for path in listed)
    return name in listed


def services_for(ecosystem: str, dependencies: Iterable[Dependency]) -> list[ServiceNeed]:
    """The services a list of dependencies implies, each once, with the first evidence."""
    rules = ECOSYSTEMS.get(ecosystem, {})
    found: dict[str, ServiceNeed] = {}
    for dependency in dependencies:
        for service, names in rules.items():
            if service == "s3" and dependency.extras and dependency.extras <= _OTHER_STORES:
                continue  # django-storages[azure] stores its files in Azure, not S3
            if _matches(dependency.name, names, ecosystem):
                found.setdefault(service, ServiceNeed(service, dependency.evidence))
        for service, pattern in EXTRAS.items():
            if any(pattern.match(extra) for extra in dependency.extras):
                found.setdefault(service, ServiceNeed(service, dependency.evidence))
    return list(found.values())


# A Celery broker that needs no server: Kombu's SQLAlchemy transport on the app's database
# (doccano's `CELERY_BROKER_URL = "sqla+sqlite:///..."` when none is given) or its filesystem one.
LOCAL_BROKER = re.compile(r"[\"']sqla\+|\bfilesystem://")


def celery_broker(
    celery: Dependency, found: list[ServiceNeed], hints: dict[str, str]
) -> ServiceNeed | None:
    """The broker a Celery app needs, unless an existing finding already serves as one.

    `hints` maps "redis"/"amqp"/"local" to where the source names such a URL (file:line).
    """
    have = {need.type for need in found}
    if have & {"redis", "rabbitmq"}:
        return None  # celery[redis], or a redis/amqp client the app already uses
    if "amqp" in hints:
        return ServiceNeed("rabbitmq", f"{hints['amqp']} amqp:// broker URL")
    if "redis" in hints:
        return ServiceNeed("redis", f"{hints['redis']} redis:// broker URL")
    if "local" in hints:
        return None  # the broker lives in the database or on disk
    return ServiceNeed("rabbitmq", f"{celery.evidence} (Celery's default broker is RabbitMQ)")


def mail_catcher(tree: RepoTree, folder: str, files: Iterable[str] = ()) -> list[ServiceNeed]:
    """Mailpit, when the repository already names a mail catcher in its config or code.

    Env files and their examples (`.env`, `.env.dev`, `env-example-docker`), compose files,
    and the files that start a developer's processes outside compose (a Procfile's
    `./bin/tools/mailpit` line, a justfile's `docker run` of one) are read in the app's folder
    and at the repository's root.
    """
    prefix = "" if folder == "." else folder + "/"
    config = sorted(
        path
        for path in tree.texts
        if _MAIL_CONFIG.search(path)
        and not TEST_COMPOSE.search(path)
        and ((path.startswith(prefix) and "/" not in path[len(prefix) :]) or "/" not in path)
    )
    for path in [*config, *files]:
        text = tree.text(path) or ""
        if not is_compose_file(path) and _MAIL_OFF.search(text):
            continue  # `EMAIL_SMTP_ENABLED=false` beside `EMAIL_SMTP_HOST=smtp4dev`: mail is off
        found = [*MAIL_CATCHERS.finditer(text), *CATCHER_PORT.finditer(text)]
        match = next((m for m in found if not _commented_out(text, m.start())), None)
        if match:
            return [ServiceNeed("mailpit", evidence(path, text, match))]
    return []


# A live mail setting on port 1025, the SMTP port mail catchers listen on (Mailpit, MailHog,
# MailCatcher): `MAIL_PORT=1025` beside `MAIL_HOST=localhost`, `smtp://localhost:1025`.
CATCHER_PORT = re.compile(
    r"^[ \t]*(?:-[ \t]*)?\w*(?:MAIL|SMTP)\w*PORT\w*[ \t]*[=:][ \t]*[\"']?1025\b"
    r"|smtp://[^\s/@]*@?[\w.-]+:1025\b",
    re.M | re.IGNORECASE,
)


def _commented_out(text: str, at: int) -> bool:
    """A catcher in a commented-out line (`#MAILER_DSN=smtp://localhost:1025 # Mailhog`) is
    for whoever turns it on; the live setting beside it (`MAILER_DSN=null://null`) wins."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return line.lstrip().startswith("#")


# An env file's live switch turning mail off: its catcher is for whoever turns it on.
_MAIL_OFF = re.compile(
    r"^[ \t]*(?:\w*(?:MAIL|SMTP)\w*_ENABLED?|ENABLE_\w*(?:MAIL|SMTP)\w*)[ \t]*=[ \t]*"
    r"[\"']?(?:false|0|no|off)\b",
    re.M | re.IGNORECASE,
)
_MAIL_CONFIG = re.compile(
    r"(^|/)(\.env(\.[\w-]+)?|env[.-]example[\w.-]*|[\w.-]+\.env(\.example)?|"
    f"{COMPOSE_FILE_NAME}|Procfile(?:\\.dev)?|[Jj]ustfile|\\.justfile)$"
)

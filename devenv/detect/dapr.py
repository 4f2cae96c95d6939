"""The backing services a Dapr app reaches through its sidecar: the component files' types.

An app built on Dapr names no Redis or RabbitMQ client among its packages; it talks to the
sidecar, and the component files (`type: state.redis`, `type: pubsub.rabbitmq`) say which
servers stand behind it.
"""

from __future__ import annotations

import re

from devenv.detect.model import Dependency, ServiceNeed, evidence
from devenv.detect.tree import RepoTree

# Packages that make an app a Dapr client: Dapr.AspNetCore, Dapr.Client, dapr (Python),
# @dapr/dapr (Node), github.com/dapr/go-sdk.
_CLIENT = re.compile(r"^(?:dapr(?:\.[\w.]+)?|@dapr/[\w-]+|github\.com/dapr/go-sdk(?:/.*)?)$", re.I)
_COMPONENT = re.compile(r"^\s*apiVersion:\s*[\"']?dapr\.io/", re.M)
_KIND = re.compile(r"^\s*kind:\s*[\"']?Component\b", re.M)
_TYPE = re.compile(
    r"^\s*type:\s*[\"']?(?:state|pubsub|bindings|lock|configuration)\.([\w-]+)", re.M
)
# A component type's store, as a catalog service; cloud services (azure.servicebus) are none.
_STORES = {
    "redis": "redis",
    "rabbitmq": "rabbitmq",
    "kafka": "kafka",
    "mongodb": "mongo",
    "postgresql": "postgres",
    "postgres": "postgres",
    "mysql": "mysql",
    "sqlserver": "sqlserver",
    "memcached": "memcached",
}
# Cluster manifests hold the production components (a managed bus in place of RabbitMQ).
_DEPLOYMENT = re.compile(r"(^|/)(k8s|kubernetes|helm|charts?|deploy\w*)(/|$)", re.I)


def is_dapr_client(dependency: Dependency) -> bool:
    return bool(_CLIENT.match(dependency.name))


def component_services(tree: RepoTree) -> list[ServiceNeed]:
    """The catalog services the repository's Dapr components (outside deployment manifests)
    stand for, each once, with the component file and line: the development settings of
    the sidecar, so firm needs."""
    found: dict[str, ServiceNeed] = {}
    for path in sorted(tree.texts):
        text = tree.text(path) or ""
        if not path.endswith((".yaml", ".yml")) or _DEPLOYMENT.search(path):
            continue
        if not (_COMPONENT.search(text) and _KIND.search(text)):
            continue
        for match in _TYPE.finditer(text):
            kind = _STORES.get(match.group(1).lower())
            if kind and kind not in found:
                # The sidecar loads the component in development: the compose files
                # leaving its store out do not make it an alternative.
                found[kind] = ServiceNeed(kind, evidence(path, text, match), firm=True)
    return list(found.values())

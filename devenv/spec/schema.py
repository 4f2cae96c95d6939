"""The published JSON Schema of devenv.yaml, derived from the typed model."""

from __future__ import annotations

from typing import Any

from devenv.spec.model import Spec

SCHEMA_URL = "https://raw.githubusercontent.com/devenv-docker/devenv/main/schema/devenv.schema.json"
MODELINE = f"# yaml-language-server: $schema={SCHEMA_URL}"


def json_schema() -> dict[str, Any]:
    schema = Spec.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_URL,
        "title": "devenv.yaml",
        **{key: value for key, value in schema.items() if key != "title"},
    }

"""The build hash follows what goes into an image, not the metadata a container overrides."""

from __future__ import annotations

from pathlib import Path

from devenv.engine.build_inputs import build_inputs, dockerfile_digest
from devenv.engine.compose_hash import go_duration, go_json, nanoseconds
from devenv.engine.state import ImageState
from devenv.project import build_project
from devenv.spec.model import Spec
from tests.unit.test_engine_plan import project_of

DOCKERFILE = """\
FROM python:3.12-slim AS dev
RUN pip install flask
EXPOSE 8000
CMD ["flask", "run", \\
     "--port", "8000"]
"""


def test_cmd_and_expose_are_left_out_of_the_dockerfile_digest(tmp_path: Path) -> None:
    path = tmp_path / "Dockerfile"
    path.write_text(DOCKERFILE)
    before = dockerfile_digest(path)
    path.write_text(DOCKERFILE.replace("8000", "9000"))
    assert dockerfile_digest(path) == before
    path.write_text(DOCKERFILE.replace("flask\n", "flask gunicorn\n"))
    assert dockerfile_digest(path) != before


def test_a_new_command_or_port_keeps_the_build_hash(tmp_path: Path) -> None:
    (tmp_path / "requirements.txt").write_text("flask\n")
    (tmp_path / "Dockerfile").write_text(DOCKERFILE)
    first = build_inputs(tmp_path, project_of(), lambda context, dockerfile: [])
    (tmp_path / "Dockerfile").write_text(DOCKERFILE.replace('"flask", "run"', '"gunicorn"'))
    second = build_inputs(tmp_path, project_of(), lambda context, dockerfile: [])
    assert [b.digest for b in first] == [b.digest for b in second]
    (tmp_path / "requirements.txt").write_text("flask\nredis\n")
    third = build_inputs(tmp_path, project_of(), lambda context, dockerfile: [])
    assert third[0].digest != first[0].digest
    built = ImageState("sha256:x", first[0].digest, first[0].files)
    assert third[0].changes_since(built) == "requirements.txt changed"


def test_durations_print_as_go_prints_them() -> None:
    assert [go_duration(nanoseconds(d)) for d in ("0s", "2s", "60s", "500ms", "90s", "1h")] == [
        "0s",
        "2s",
        "1m0s",
        "500ms",
        "1m30s",
        "1h0m0s",
    ]


def test_json_is_escaped_as_go_escapes_it() -> None:
    assert go_json({"a": "<&>", "b": [1, None]}) == '{"a":"\\u003c\\u0026\\u003e","b":[1,null]}'


def test_an_app_built_from_the_folder_above_hashes_the_manifests_there(tmp_path: Path) -> None:
    spec = Spec.model_validate(
        {"name": "x", "apps": {"web": {"path": "backend", "context": ".", "language": "python"}}},
        strict=False,
    )
    (tmp_path / "backend").mkdir()
    (tmp_path / "backend" / "Dockerfile").write_text(DOCKERFILE)
    (tmp_path / "requirements.txt").write_text("django\n")
    [inputs] = build_inputs(tmp_path, build_project(spec), lambda context, dockerfile: [])
    assert inputs.context == str(tmp_path.resolve())
    assert inputs.dockerfile == "backend/Dockerfile"
    assert sorted(inputs.files) == ["backend/Dockerfile", "requirements.txt"]

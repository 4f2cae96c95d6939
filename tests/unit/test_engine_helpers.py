"""Pure helpers of the engine: port claims and checks, status rows, log line splitting."""

from __future__ import annotations

import socket

import pytest

from devenv.engine.logs import split_lines
from devenv.engine.plan import plan_up
from devenv.engine.ports import check_ports, port_is_free, ports_to_claim
from devenv.engine.state import Observed
from devenv.engine.status import declared_services, service_rows
from devenv.engine.steps import UpOptions
from devenv.errors import OperationFailed
from tests.unit.test_engine_plan import bare, build_of, configs, project_of


def test_claims_cover_started_services_only() -> None:
    project = project_of()
    result = plan_up(project.name, configs(project), [build_of()], [], Observed(), UpOptions())
    assert ports_to_claim(result, Observed()) == [("web", "127.0.0.1", 8000)]


def test_taken_ports_name_the_holder() -> None:
    claims = [("web", "127.0.0.1", 8000), ("db", "127.0.0.1", 5432)]
    with pytest.raises(OperationFailed) as caught:
        check_ports(
            claims,
            containers_holding={8000: "other-web-1"},
            is_free=lambda ip, port: port != 5432,
            holder=lambda port: "process 42 (postgres)",
        )
    message = caught.value.message
    assert "web: port 8000 is published by container other-web-1" in message
    assert "db: port 127.0.0.1:5432 is in use by process 42 (postgres)" in message
    assert "host_port" in (caught.value.hint or "")


def test_free_ports_pass() -> None:
    check_ports([("web", "127.0.0.1", 8000)], {}, lambda ip, port: True, lambda port: None)


def test_port_probe_sees_a_real_listener() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        assert not port_is_free("127.0.0.1", port)
    assert port_is_free("127.0.0.1", port)


def test_rows_show_declared_services_and_strays() -> None:
    project = project_of()
    web = bare("shop-web-1", "web", health="healthy", ports=(("127.0.0.1", 8000, 8000),))
    stray = bare("shop-old-1", "old", status="exited")
    rows = {row.service: row for row in service_rows(declared_services(project), (web, stray))}
    assert rows["web"].endpoint == "http://127.0.0.1:8000/"
    assert rows["web"].ports == ["127.0.0.1:8000->8000"]
    assert rows["postgres"].state == "missing"
    assert rows["old"].state == "exited"


def test_split_lines_handles_cut_lines_and_characters() -> None:
    chunks = [b"first li", b"ne\nsec", b"ond \xc3", b"\xa9\r\nlast"]
    assert list(split_lines(chunks)) == ["first line", "second é", "last"]

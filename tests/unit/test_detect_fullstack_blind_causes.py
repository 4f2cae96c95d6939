"""Rule tests for the causes a blind batch of full-stack repositories (backend and front end
folders side by side) showed (issue 7)."""

from __future__ import annotations

from tests.unit.test_detect_real_causes import services_of

GO_MOD = "module x\n\ngo 1.22\n"


def test_a_compose_service_built_from_a_context_devenv_does_not_read_is_named_by_it() -> None:
    # The Dockerfile lives under a `build/` folder detection skips: the context still says.
    compose = (
        "services:\n  app-redis:\n    image: redis:7\n  app-mysql:\n    build: ../build/mysql\n"
        "  app-server:\n    build: ../../server\n"
    )
    files = {
        "server/go.mod": GO_MOD + "require (\n\tgorm.io/driver/mysql v1.4.1\n"
        "\tgithub.com/go-redis/redis/v9 v9.0.0\n)\n",
        "server/main.go": 'package main\n\nfunc main() { http.ListenAndServe(":8765", nil) }\n',
        "deploy/start/docker-compose.yml": compose,
    }
    assert services_of(files) == ["mysql", "redis"]

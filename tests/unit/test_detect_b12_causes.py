"""Rules blind batch b12 (two repositories per language, with backing services) showed, each
on a small tree of its shape."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of


def _ports(files: dict[str, str]) -> list[tuple[str, int | None]]:
    apps = plan_of(files)["plan"].apps
    return [(a.finding.path, a.port.value if a.port else None) for a in apps]


def test_another_services_port_default_is_not_the_servers() -> None:
    # Shaped like OpenSign's server: a mailer's `SMTP_PORT || 465` comes before the listen's.
    package = '{"scripts": {"start": "node index.js"}, "dependencies": {"express": "^4"}}'
    source = "const mail = { port: process.env.SMTP_PORT || 465 };\n"
    source += "const port = process.env.PORT || 8080;\napp.listen(port);\n"
    assert _ports({"package.json": package, "index.js": source}) == [(".", 8080)]


def test_a_go_servers_web_address_beats_an_ldap_connectors_port() -> None:
    # Shaped like dex: config.dev.yaml's `web: http: 127.0.0.1:5556`; the LDAP connector
    # appends ":389" to a host elsewhere in the module.
    files = {
        "go.mod": "module example.com/idp\n\ngo 1.22\n",
        "cmd/idp/main.go": "package main\n\nfunc main() { serve() }\n",
        "connector/ldap/ldap.go": 'package ldap\n\nfunc f(h string) string { return h + ":389" }\n',
        "config.dev.yaml": "web:\n  http: 127.0.0.1:5556\ntelemetry:\n  http: 127.0.0.1:5558\n",
    }
    assert [p for _, p in _ports(files)] == [5556]


GO_APP = {
    "go.mod": "module example.com/pager\n\ngo 1.22\n",
    "cmd/pager/main.go": 'package main\n\nfunc main() { listen(":8081") }\n',
}


def test_a_mail_catcher_started_outside_compose_is_a_mail_catcher() -> None:
    # Shaped like goalert (a Procfile line runs mailpit) and rauthy (a justfile's
    # `docker run` of mailcrab).
    procfile = "smtp: ./bin/tools/mailpit -s localhost:1025\n"
    justfile = "mailcrab-start:\n    docker run -d --name app-mailcrab marlonb/mailcrab\n"
    for name, text in (("Procfile", procfile), ("justfile", justfile)):
        services = plan_of({**GO_APP, name: text})["plan"].services
        assert [s.name for s in services] == ["mailpit"], name


def test_a_procfile_line_running_the_built_binary_gives_its_port() -> None:
    # Shaped like goalert: `goalert: ./bin/goalert -l=localhost:3030` beside a code default.
    procfile = "build: make bin/pager\ngoalert: ./bin/pager -l=localhost:3030 --x=localhost:2112\n"
    assert [p for _, p in _ports({**GO_APP, "Procfile": procfile})] == [3030]


def test_the_trimmer_keeps_the_facts_b12_detection_reads() -> None:
    # pig's Nacos settings give the database as `db.url.0=jdbc:mysql://...`; dex's listen
    # address is `web: http: ...`; rauthy's justfile starts mailcrab: the trimmed corpus
    # trees must keep each, or they no longer score as the clones do.
    from devenv.detect.tree import RepoTree
    from tests.realrepos.trim import trim_tree

    texts = {
        "reg/src/main/resources/application.properties": "db.url.0=jdbc:mysql://db:3306/x\n",
        "config.dev.yaml": "web:\n  http: 127.0.0.1:5556\n",
        "justfile": "build:\n    cargo build\nmail:\n    docker run marlonb/mailcrab\n",
    }
    trimmed = trim_tree(RepoTree.of(texts))
    assert "jdbc:mysql://" in trimmed["reg/src/main/resources/application.properties"]
    assert "http: 127.0.0.1:5556" in trimmed["config.dev.yaml"]
    assert trimmed["justfile"] == "    docker run marlonb/mailcrab\n"


def test_foundatios_provider_packages_name_their_services() -> None:
    # Shaped like Exceptionless: Foundatio.Redis and Foundatio.Repositories.Elasticsearch in
    # a referenced library; the compose file under docker/ runs both.
    web = '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <ItemGroup>\n'
    web += '    <PackageReference Include="Foundatio.Redis" Version="13.0.2" />\n'
    web += '    <PackageReference Include="Foundatio.Repositories.Elasticsearch" Version="8" />\n'
    web += "  </ItemGroup>\n</Project>\n"
    compose = "services:\n  es:\n    image: elasticsearch:8.19.0\n  cache:\n    image: redis:8\n"
    files = {"src/Web/Web.csproj": web, "docker/docker-compose.yml": compose}
    assert sorted(s.name for s in plan_of(files)["plan"].services) == ["elasticsearch", "redis"]


def test_a_plain_php_apps_database_is_the_one_compose_hands_it_by_host_name() -> None:
    # Shaped like opencart: no framework, no database extension in composer.json; the php
    # service's DB_HOSTNAME names the `mysql` service, which runs MariaDB. Redis stays an
    # option behind its profile.
    compose = "services:\n  php:\n    build: .\n    environment:\n"
    compose += (
        '      - "DB_DRIVER=${DB_DRIVER:-mysqli}"\n      - "DB_HOSTNAME=${DB_HOSTNAME:-mysql}"\n'
    )
    compose += "  mysql:\n    image: mariadb\n"
    compose += "  redis:\n    image: redis\n    profiles: [redis]\n"
    files = {
        "composer.json": '{"require": {"php": ">=8.0"}}',
        "upload/index.php": "<?php\n",
        "index.php": "<?php\n",
        "docker-compose.yml": compose,
    }
    assert [s.name for s in plan_of(files)["plan"].services] == ["mariadb"]
    unwired = compose.replace("DB_HOSTNAME=${DB_HOSTNAME:-mysql}", "CACHE=none")
    assert plan_of({**files, "docker-compose.yml": unwired})["plan"].services == ()


def test_django_runs_from_manage_pys_folder_where_its_settings_sample_sits() -> None:
    # Shaped like pretalx: pyproject.toml at the root, src/manage.py beside
    # src/pretalx.example.cfg; the Vite bundle inside the package is the app's, not an app.
    files = {
        "pyproject.toml": '[project]\nname = "talks"\ndependencies = ["Django>=5"]\n',
        "src/manage.py": "import django\n",
        "src/talks/__init__.py": "",
        "src/talks/settings.py": "INSTALLED_APPS = []\n",
        "src/talks/frontend/package.json": '{"scripts": {"start": "vite"}, '
        '"devDependencies": {"vite": "^8"}}',
    }
    sample = {**files, "src/talks.example.cfg": "[site]\ndebug = True\n"}
    assert [path for path, _ in _ports(sample)] == ["src"]
    assert "." in [path for path, _ in _ports(files)]  # without it, the manifests' folder


def test_a_frameworkless_package_in_a_ci_folder_is_a_ci_job_not_an_app() -> None:
    # Shaped like tensorzero's ci/markdown-broken-link-checker: a uv project with a main.py.
    files = {
        **GO_APP,
        "ci/link-checker/pyproject.toml": '[project]\nname = "links"\ndependencies = ["httpx"]\n',
        "ci/link-checker/uv.lock": "",
        "ci/link-checker/main.py": 'if __name__ == "__main__":\n    main()\n',
    }
    assert [path for path, _ in _ports(files)] == ["."]

"""What folder names, dev settings and run targets say: a test harness or a helper program is
not an app, a settings switch turns Celery off, a Makefile's run target or a Maven build's dev
resource folder gives the port, Shiro's Redis store needs Redis."""

from __future__ import annotations

from pathlib import Path

from devenv.detect.readable import skipped
from devenv.detect.scan import scan_repo
from devenv.detect.tree import gather
from tests.unit.detect_helpers import plan_of
from tests.unit.detect_helpers import write_files as write

FLASK = "from flask import Flask\napp = Flask(__name__)\n"
POM = (
    "<project><parent><groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-starter-parent</artifactId><version>3.2.0</version></parent>"
    "<artifactId>admin</artifactId><dependencies>{deps}<dependency>"
    "<groupId>org.springframework.boot</groupId>"
    "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>"
)
MAIN = (
    "package a;\n@SpringBootApplication\npublic class App {\n"
    "  public static void main(String[] args) { SpringApplication.run(App.class, args); }\n}\n"
)


def _apps(files: dict[str, str]) -> dict[str, int | None]:
    plan = plan_of(files)["plan"]
    return {a.finding.path: a.port.value if a.port else None for a in plan.apps}


def _services(files: dict[str, str]) -> list[str]:
    return sorted(s.name for s in plan_of(files)["plan"].services)


def test_a_folder_named_for_tests_by_its_first_or_last_word_is_not_read(tmp_path: Path) -> None:
    # Shaped like cds-snc's notification-api (tests-simulate-prod-data/ with its own
    # requirements) and coral's multi-site-test/ (an express harness).
    harness = '{"scripts": {"start": "node ."}, "dependencies": {"express": "4"}}'
    write(
        tmp_path,
        {
            "requirements.txt": "flask\n",
            "app.py": FLASK,
            "tests-simulate-prod-data/requirements.txt": "psycopg2-binary\n",
            "tests_smoke/requirements.txt": "requests\n",
            "multi-site-test/package.json": harness,
        },
    )
    scan = scan_repo(gather(tmp_path))
    assert [a.path for a in scan.apps] == ["."]
    assert not any(skipped(name) for name in ("contest", "testimonials", "api", "latest-news"))


def test_a_package_without_a_framework_in_a_utilities_folder_is_not_an_app() -> None:
    # Shaped like coral's talk: utilities/tenant starts a script against MongoDB.
    tool = '{"scripts": {"start": "tsc && node dist/main.js"}, "dependencies": {"mongodb": "3"}}'
    server = '{"scripts": {"start": "node index.js"}, "dependencies": {"express": "4"}}'
    files = {"utilities/tenant/package.json": tool, "server/package.json": server}
    assert list(_apps(files)) == ["server"]


def test_celery_switched_off_by_a_plain_setting_needs_no_broker() -> None:
    # Shaped like Taiga: settings/common.py names an amqp:// broker but keeps Celery off.
    settings = (
        'DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql"}}\n'
        "CELERY_ENABLED = ON\nCELERY_BROKER_URL = 'amqp://guest:guest@localhost:5672//'\n"
    )
    files = {
        "requirements.txt": "django\ncelery\npsycopg2\n",
        "manage.py": "import django\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 's')\n",
        "settings/common.py": settings.replace("ON", "False"),
    }
    assert _services(files) == ["postgres"]
    on = {**files, "settings/common.py": settings.replace("ON", "True")}
    assert _services(on) == ["postgres", "rabbitmq"]


def test_a_makefile_run_target_gives_the_python_servers_port() -> None:
    # Shaped like cds-snc's notification-api: `run: poetry run flask run -p 6011`.
    files = {
        "requirements.txt": "flask\n",
        "application.py": FLASK,
        "Makefile": ".PHONY: run\nrun: ## Run the web app\n\tpoetry run flask run -p 6011\n",
    }
    assert _apps(files) == {".": 6011}
    test_only = {**files, "Makefile": "test:\n\tflask run -p 6011\n"}
    assert _apps(test_only) == {".": 5000}


def test_a_maven_builds_dev_resource_folder_gives_the_port() -> None:
    # Shaped like smart-admin: src/main/resources/${profiles.active}, dev active by default.
    files = {
        "pom.xml": POM.format(deps=""),
        "src/main/java/a/App.java": MAIN,
        "src/main/resources/dev/application.yaml": "server:\n  port: 1024\n",
        "src/main/resources/prod/application.yaml": "server:\n  port: 9000\n",
    }
    assert _apps(files) == {".": 1024}


def test_shiros_redis_store_needs_redis() -> None:
    # Shaped like jeecg-boot: org.crazycake:shiro-redis is its only Redis client.
    dep = (
        "<dependency><groupId>org.crazycake</groupId>"
        "<artifactId>shiro-redis</artifactId></dependency>"
    )
    files = {"pom.xml": POM.format(deps=dep), "src/main/java/a/App.java": MAIN}
    assert _services(files) == ["redis"]


def test_a_tutorials_step_snapshots_are_not_apps() -> None:
    # Shaped like builderbook: book/1-begin ... book/9-end copy the app in builderbook/.
    app = '{"scripts": {"dev": "nodemon server/server.js"}, "dependencies": {"express": "4"}}'
    files = {"builderbook/package.json": app, "builderbook/server/server.js": "listen(8000)\n"}
    for step in ("book/1-begin", "book/9-end", "steps/step-2", "chapter04"):
        files[f"{step}/package.json"] = app
        files[f"{step}/server/server.js"] = "listen(8000)\n"
    assert list(_apps(files)) == ["builderbook"]

"""PHP detection: Symfony, Laravel and CakePHP apps and frameworkless ones, Composer path
packages and libraries with a front controller, and their services: PDO DSNs, Compose
databases and variants, DDEV, mail catchers, MinIO disks and PHPUnit settings."""

from __future__ import annotations

import json

from tests.unit.detect_helpers import SYMFONY, app_of, pkg, plan_of, service_names, services_of
from tests.unit.test_php_ruby import composer
from tests.unit.test_php_ruby_real_causes import LARAVEL

_CAKEPHP = {"php": ">=8.2", "cakephp/cakephp": "^5.2"}
PREDIS_LARAVEL = (
    '{"type": "project", "require": {"laravel/framework": "^10.0", "predis/predis": "^2"}}'
)


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


def test_a_frameworkless_php_app_using_pdo_takes_the_compose_database() -> None:
    # Shaped like engelsystem: composer.json requires ext-pdo and no framework; the dev
    # compose file runs mariadb beside the web server.
    composer = pkg(type="project", require={"php": ">=8.2", "ext-pdo": "*"})
    compose = "services:\n  db:\n    image: mariadb:10.7\n  web:\n    build: ../..\n"
    files = {
        "composer.json": composer,
        "public/index.php": "<?php\n",
        "docker/dev/docker-compose.yml": compose,
    }
    assert services_of(files) == ["mariadb"]
    # Not when only a variant compose file runs it (FreshRSS's docker-compose-db.yml).
    variant = {**files, "docker/dev/docker-compose-db.yml": compose}
    del variant["docker/dev/docker-compose.yml"]
    assert services_of(variant) == []
    # Without PDO the compose database is not known to be the app's.
    files["composer.json"] = pkg(type="project", require={"php": ">=8.2"})
    assert services_of(files) == []


def test_a_pdo_dsn_in_a_php_config_folder_names_the_database() -> None:
    # humhub/humhub: no env template names the database; protected/humhub/config/common.php
    # gives the db component `'dsn' => 'mysql:host=localhost;dbname=humhub'`.
    common = "<?php\nreturn [\n    'components' => [\n        'db' => [\n"
    files = {
        "composer.json": json.dumps({"require": {"php": ">=8.2", "yiisoft/yii2": "~2.0"}}),
        "index.php": "<?php\n",
        "protected/humhub/config/common.php": (
            common + "            'dsn' => 'mysql:host=localhost;dbname=humhub',\n"
        ),
    }
    assert service_names(files) == ["mysql"]
    # Commented out, it names nothing.
    files["protected/humhub/config/common.php"] = common + "    // 'dsn' => 'pgsql:host=db',\n"
    assert service_names(files) == []


def test_a_symfony_micro_kernel_served_from_its_root_index_is_symfony() -> None:
    # Shaped like robot-shop's ratings: framework-bundle, no bin/console, the Kernel class
    # in src/ and an index.php at the root that hands each request to it.
    index = "<?php\n$kernel = new Kernel('dev', true);\n$response = $kernel->handle($request);\n"
    files = {
        "ratings/composer.json": '{"require": {"symfony/framework-bundle": "^5.2"}}',
        "ratings/index.php": index,
        "ratings/src/Kernel.php": "<?php\nclass Kernel {}\n",
    }
    spec = plan_of(files)["spec"]["apps"]
    assert [a["framework"] for a in spec.values()] == ["symfony"]
    plain = {k: v for k, v in files.items() if k != "ratings/src/Kernel.php"}
    assert [a.get("framework") for a in plan_of(plain)["spec"]["apps"].values()] == [None]


def test_a_mail_catcher_in_a_commented_out_line_is_not_needed() -> None:
    # ergonode/backend: `MAILER_DSN=null://null` above `#MAILER_DSN=... # Mailhog configuration`.
    files = {
        "composer.json": composer(require=SYMFONY),
        "public/index.php": "<?php\n",
        ".env": "DATABASE_URL=pgsql://u:p@postgres:5432/db\nMAILER_DSN=null://null\n"
        "#MAILER_DSN=smtp://localhost:1025 # Mailhog configuration\n",
    }
    assert service_names(files) == ["postgres"]
    files[".env"] += "MAILER_DSN=smtp://mailhog:1025\n"
    assert service_names(files) == ["mailpit", "postgres"]


def test_a_composer_path_package_the_project_requires_brings_its_dependencies() -> None:
    # mautic/mautic: the root requires mautic/core-lib from `{"type": "path", "url": "app"}`,
    # whose composer.json requires Symfony and predis; DDEV runs mariadb and redis.
    core = {"php": ">=8.1", "symfony/framework-bundle": "~5.4", "predis/predis": "^1.1"}
    files = {
        "composer.json": json.dumps(
            {
                "type": "project",
                "require": {"mautic/core-lib": "^5.0"},
                "repositories": [{"type": "path", "url": "app"}],
            }
        ),
        "app/composer.json": json.dumps({"name": "mautic/core-lib", "require": core}),
        "index.php": "<?php\n",
        "bin/console": "#!/usr/bin/env php\n",
        ".ddev/config.yaml": "type: php\ndatabase:\n    type: mariadb\n    version: '10.3'\n",
        ".ddev/docker-compose.redis.yaml": "services:\n  redis:\n    image: redis:5\n",
    }
    app = plan_of(files)["plan"].apps[0]
    assert app.finding.framework.value == "symfony"
    assert service_names(files) == ["mariadb", "redis"]
    # A path package the project does not require is not installed with it.
    files["app/composer.json"] = json.dumps({"name": "acme/other", "require": core})
    assert plan_of(files)["plan"].apps[0].finding.framework.value == "none"


def test_symfony_served_from_the_root_index_php_beside_bin_console() -> None:
    files = {
        "composer.json": composer(require=SYMFONY),
        "index.php": "<?php\n",
        "bin/console": "#!/usr/bin/env php\n",
    }
    app = plan_of(files)["plan"].apps[0]
    assert app.finding.framework.value == "symfony"
    assert app.finding.command is not None
    assert app.finding.command.value == "php -S 0.0.0.0:{port}"
    del files["bin/console"]  # without the console, a PHP app served by its front controller
    assert plan_of(files)["plan"].apps[0].finding.framework.value == "none"


def test_compose_variants_named_for_mysql_or_pgsql_offer_their_database() -> None:
    # InvoiceShelf: docker/development/docker-compose.{sqlite,mysql,pgsql}.yml, the mysql one
    # running mariadb; .env.example DB_CONNECTION=sqlite; every variant runs mailpit.
    mail = "  mail:\n    image: axllent/mailpit:latest\n"
    files = {
        "composer.json": composer(require=LARAVEL),
        "artisan": "",
        ".env.example": "DB_CONNECTION=sqlite\nDB_HOST=\n",
        "docker/dev/docker-compose.sqlite.yml": "services:\n" + mail,
        "docker/dev/docker-compose.mysql.yml": "services:\n  db:\n    image: mariadb:10.9\n" + mail,
        "docker/dev/docker-compose.pgsql.yml": "services:\n  db:\n    image: postgres:15\n" + mail,
    }
    assert service_names(files) == ["mailpit"]


def test_a_cakephp_app_composer_types_application_is_an_app() -> None:
    # passbolt/passbolt_api: `"type": "application"`, webroot/index.php beside bin/cake.
    files = {
        "composer.json": json.dumps({"type": "application", "require": _CAKEPHP}),
        "webroot/index.php": "<?php\n",
        "bin/cake": "#!/usr/bin/env sh\n",
    }
    command = plan_of(files)["plan"].apps[0].finding.command
    assert command is not None and "-t webroot" in command.value
    del files["bin/cake"]  # a front controller alone does not make a typed package an app
    assert not plan_of(files)["plan"].apps


def test_ddev_runs_the_database_and_the_mail_catcher_its_environment_sends_to() -> None:
    # passbolt/passbolt_api: DDEV's mariadb, and web_environment sends mail to port 1025,
    # where DDEV's own Mailpit listens; a framework-less app has no settings to read.
    ddev = "type: cakephp\ndatabase:\n    type: mariadb\nweb_environment:\n    - DEBUG=true\n"
    files = {
        "composer.json": json.dumps({"type": "application", "require": _CAKEPHP}),
        "webroot/index.php": "<?php\n",
        "bin/cake": "",
        ".ddev/config.yaml": ddev,
    }
    assert service_names(files) == ["mariadb"]
    files[".ddev/config.yaml"] = ddev + "    - EMAIL_TRANSPORT_DEFAULT_PORT=1025\n"
    assert service_names(files) == ["mailpit", "mariadb"]


def test_a_framework_less_app_leaves_a_compose_variants_database_out() -> None:
    # FreshRSS: SQLite by default; a nested docker-compose-db.yml runs postgres as a variant.
    files = {
        "composer.json": json.dumps({"type": "project", "require": {"php": ">=8.1"}}),
        "index.php": "<?php\n",
        "Docker/docker-compose-db.yml": "services:\n  db:\n    image: postgres:16\n",
    }
    assert service_names(files) == []


def test_a_live_mail_setting_on_the_catchers_port_needs_a_mail_catcher() -> None:
    # guillaumebriday/laravel-blog: MAIL_HOST=localhost, MAIL_PORT=1025 (Mailpit's SMTP port).
    env = "DB_CONNECTION=sqlite\nMAIL_HOST=localhost\nMAIL_PORT=2525\n"
    files = {
        "composer.json": json.dumps({"type": "project", "require": LARAVEL}),
        "artisan": "",
        "public/index.php": "<?php\n",
        ".env.example": env,
    }
    assert service_names(files) == []
    files[".env.example"] = env.replace("2525", "1025")
    assert service_names(files) == ["mailpit"]
    files[".env.example"] = env.replace("MAIL_PORT=2525", "#MAIL_PORT=1025")
    assert service_names(files) == []


def test_a_composer_library_with_a_front_controller_and_console_is_an_app() -> None:
    # Shaped like bolt/core: type library, developed as the Symfony app it is.
    composer = '{"type": "library", "require": {"symfony/framework-bundle": "^6"}}'
    files = {"composer.json": composer, "public/index.php": "", "bin/console": ""}
    apps = plan_of(files)["plan"].apps
    assert [(a.language, a.finding.framework.value) for a in apps] == [("php", "symfony")]
    assert plan_of({"composer.json": composer, "src/Bundle.php": ""})["plan"].apps == ()


def test_phpunits_database_server_is_laravels_when_the_env_template_names_none() -> None:
    # Shaped like laravel.io: .env.example sets DB_USERNAME but no DB_CONNECTION, the
    # config's fallback is SQLite, and the tests connect to MySQL.
    files = {
        "composer.json": '{"type": "project", "require": {"laravel/framework": "^11"}}',
        ".env.example": "DB_DATABASE=laravel\nDB_USERNAME=root\n",
        "config/database.php": "'default' => env('DB_CONNECTION', 'sqlite'),\n",
        "phpunit.xml": '<php>\n<env name="DB_CONNECTION" value="mysql"/>\n</php>\n',
    }
    assert [s.name for s in plan_of(files, "artisan")["plan"].services] == ["mysql"]
    files["phpunit.xml"] = '<php>\n<env name="DB_CONNECTION" value="sqlite"/>\n</php>\n'
    assert plan_of(files, "artisan")["plan"].services == ()


def test_a_variant_compose_file_read_first_does_not_hide_the_main_files_database() -> None:
    """docker-compose.production.yml sorts before docker-compose.yml; the MariaDB both run
    is still the main file's, beside the Postgres it offers as an alternative."""
    mariadb = "services:\n  db:\n    image: docker.io/library/mariadb:11.2\n"
    files = {
        "composer.json": PREDIS_LARAVEL,
        "artisan": "",
        ".env.example": "DB_CONNECTION=mysql\n",
        "docker-compose.production.yml": mariadb + "  redis:\n    image: bitnami/redis:7.2\n",
        "docker-compose.yml": mariadb + "  pg-db:\n    image: postgres:14\n"
        "  redis:\n    image: bitnami/redis:7.2\n",
    }
    assert sorted(services_of(files)) == ["mariadb", "redis"]


def test_a_laravel_s3_disk_with_minio_in_compose_needs_minio() -> None:
    composer = '{"require": {"laravel/framework": "^11.0", "league/flysystem-aws-s3-v3": "^3.0"}}'
    files = {
        "composer.json": composer,
        "artisan": "",
        ".env.example": "DB_CONNECTION=sqlite\nFILESYSTEM_DISK=s3\n",
        "docker-compose.yml": "services:\n  minio:\n    image: minio/minio\n",
    }
    assert "minio" in services_of(files)


def test_a_symfony_flex_project_is_symfony_though_a_distribution_brings_the_bundle() -> None:
    composer = {"type": "project", "require": {"acme/shop": "^1.0", "symfony/flex": "^2.4"}}
    files = {"composer.json": json.dumps(composer), "public/index.php": "<?php\n"}
    assert app_of(files)["framework"] == "symfony"


def test_the_full_stack_symfony_package_makes_a_symfony_app() -> None:
    # Shaped like Fork CMS: Symfony 4's symfony/symfony, not the bundle, beside bin/console
    # and the root's index.php; Doctrine's database is the one the compose file runs.
    compose = "services:\n  app:\n    build: .\n  db:\n    image: mariadb:latest\n"
    files = {
        "composer.json": composer(require={"php": "^7.2", "symfony/symfony": "^4.0"}),
        "index.php": "<?php\n",
        "bin/console": "#!/usr/bin/env php\n",
        "docker-compose.yml": compose,
    }
    app = plan_of(files)["plan"].apps[0]
    assert app.finding.framework.value == "symfony"
    assert service_names(files) == ["mariadb"]


def test_codeigniter_s_database_driver_takes_the_database_compose_builds() -> None:
    # Shaped like InvoicePlane: application/config/database.php says `'dbdriver' =>
    # 'mysqli'`, composer.json names no SQL extension, and the compose file builds its
    # database from resources/docker/mariadb/Dockerfile (FROM mariadb).
    compose = (
        "services:\n  db:\n    build:\n      context: ./docker/mariadb\n  php:\n    build: .\n"
    )
    files = {
        "composer.json": pkg(type="project", require={"php": ">=8.1"}),
        "index.php": "<?php\n",
        "application/config/database.php": "<?php\n$db['default'] = ['dbdriver' => 'mysqli'];\n",
        "docker-compose.yml": compose,
        "docker/mariadb/Dockerfile": "FROM mariadb:10.11\n",
    }
    assert services_of(files) == ["mariadb"]
    files["application/config/database.php"] = "<?php\n"
    assert services_of(files) == []

"""Rules the eleventh blind batch (Java/Kotlin, .NET, PHP, Ruby) showed, each on a small tree
of its shape."""

from __future__ import annotations

from tests.unit.test_detect_rules import plan_of

WEB = '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup>{refs}</ItemGroup></Project>'


def _package(name: str) -> str:
    return f'<PackageReference Include="{name}" Version="1.0" />'


def test_a_solutions_projects_below_the_usual_depth_are_apps() -> None:
    # Shaped like run-aspnetcore-microservices: src/Services/<area>/<Project>.API.
    plan = plan_of(
        {
            "src/shop.sln": "",
            "src/Services/Catalog/Catalog.API/Catalog.API.csproj": WEB.format(
                refs=_package("Marten")
            ),
            "src/Services/Basket/Basket.API/Basket.API.csproj": WEB.format(
                refs=_package("StackExchange.Redis")
            ),
        }
    )
    assert [a.finding.path for a in plan["plan"].apps] == ["src", "src"]
    assert sorted(s.name for s in plan["plan"].services) == ["postgres", "redis"]


def test_a_referenced_data_projects_connection_string_names_the_server() -> None:
    # Shaped like EquinoxProject: SQLite and SQL Server providers; the data project's
    # appsettings.json (for EF Core's tools) holds the SQL Server connection string.
    refs = '<ProjectReference Include="..\\Shop.Data\\Shop.Data.csproj" />'
    plan = plan_of(
        {
            "Shop.sln": "",
            "src/Shop.Api/Shop.Api.csproj": WEB.format(refs=refs),
            "src/Shop.Data/Shop.Data.csproj": '<Project Sdk="Microsoft.NET.Sdk"><ItemGroup>'
            + _package("Microsoft.EntityFrameworkCore.Sqlite")
            + _package("Microsoft.EntityFrameworkCore.SqlServer")
            + "</ItemGroup></Project>",
            "src/Shop.Data/appsettings.json": '{"ConnectionStrings": {"DefaultConnection": '
            '"Server=(localdb)\\\\mssqllocaldb;Database=Shop"}}',
        }
    )
    assert [s.name for s in plan["plan"].services] == ["sqlserver"]


def test_a_composer_library_with_a_front_controller_and_console_is_an_app() -> None:
    # Shaped like bolt/core: type library, developed as the Symfony app it is.
    composer = '{"type": "library", "require": {"symfony/framework-bundle": "^6"}}'
    files = {"composer.json": composer, "public/index.php": "", "bin/console": ""}
    apps = plan_of(files)["plan"].apps
    assert [(a.language, a.finding.framework.value) for a in apps] == [("php", "symfony")]
    assert plan_of({"composer.json": composer, "src/Bundle.php": ""})["plan"].apps == ()


def test_a_database_only_a_spring_profile_names_is_an_alternative() -> None:
    # Shaped like spring-petclinic-kotlin: H2 by default, MySQL for the mysql profile, which
    # the compose file runs.
    gradle = (
        'plugins { id("org.springframework.boot") version "3.5.0" }\n'
        'dependencies {\n    runtimeOnly("com.h2database:h2")\n'
        '    runtimeOnly("com.mysql:mysql-connector-j")\n}\n'
    )
    files = {
        "build.gradle.kts": gradle,
        "src/main/resources/application.properties": "database=h2\n",
        "src/main/resources/application-mysql.properties": "spring.datasource.url="
        "jdbc:mysql://localhost/petclinic\n",
        "docker-compose.yml": "mysql:\n  image: mysql:5.7\n",
    }
    plan = plan_of(files)["plan"]
    assert plan.services == ()
    assert any("--service mysql" in note for note in plan.notes)
    del files["src/main/resources/application-mysql.properties"]
    assert [s.name for s in plan_of(files)["plan"].services] == ["mysql"]


def test_a_rails_initializer_named_for_elasticsearch_needs_it() -> None:
    # Shaped like feedbin: no Elasticsearch gem, an initializer that connects over HTTP.
    files = {
        "Gemfile": 'gem "rails"\ngem "pg"\n',
        "config/application.rb": "",
        "config/initializers/elasticsearch.rb": "",
    }
    plan = plan_of(files, "bin/rails", "config.ru")["plan"]
    assert sorted(s.name for s in plan.services) == ["elasticsearch", "postgres"]


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


def test_a_console_program_built_on_commanddotnet_is_a_tool() -> None:
    # Shaped like Squidex's i18n translator beside its web project.
    tool = (
        '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType>'
        "</PropertyGroup><ItemGroup>" + _package("CommandDotNet") + "</ItemGroup></Project>"
    )
    files = {
        "backend/App.sln": "",
        "backend/src/App/App.csproj": WEB.format(refs=""),
        "backend/i18n/translator/App.Translator/App.Translator.csproj": tool,
    }
    apps = plan_of(files)["plan"].apps
    assert [a.finding.framework.value for a in apps] == ["aspnet"]


def test_a_compose_service_extending_another_files_runs_its_image() -> None:
    # Shaped like Apache Fineract: the main compose file's db extends compose/mariadb.yml.
    gradle = (
        "plugins { id 'org.springframework.boot' version '3.3.4' }\n"
        "dependencies {\n    implementation 'org.mariadb.jdbc:mariadb-java-client'\n"
        "    implementation 'org.postgresql:postgresql'\n}\n"
    )
    files = {
        "build.gradle": gradle,
        "docker-compose.yml": "services:\n  db:\n    extends:\n"
        "      file: ./config/docker/compose/mariadb.yml\n      service: mariadb\n",
        "config/docker/compose/mariadb.yml": "services:\n  mariadb:\n    image: mariadb:11.4\n",
    }
    assert [s.name for s in plan_of(files)["plan"].services] == ["mariadb"]


def test_a_gradle_root_that_configures_its_modules_is_not_an_app() -> None:
    # Shaped like Apache Fineract: the root gives the modules Spring Boot's processors; a
    # custom image module depends on the provider and serves with its configuration.
    root = (
        "plugins { id 'org.springframework.boot' version '3.3.4' apply false }\n"
        "configure(project.javaProjects) {\n    dependencies {\n"
        "        annotationProcessor('org.springframework.boot:spring-boot-configuration-"
        "processor')\n    }\n}\n"
    )
    files = {
        "settings.gradle": "include ':provider'\ninclude ':custom:docker'\n",
        "build.gradle": root,
        "provider/build.gradle": "apply plugin: 'org.springframework.boot'\n",
        "provider/src/main/resources/application.properties": "server.port=8443\n",
        "custom/docker/build.gradle": "jib { container { mainClass = 'org.Server' } }\n"
        "dependencies {\n    implementation project(':provider')\n"
        "    implementation 'org.springframework.boot:spring-boot-starter-web'\n}\n",
    }
    apps = plan_of(files)["plan"].apps
    assert sorted((a.finding.main_package.value, a.port.value) for a in apps) == [
        ("./custom/docker", 8443),
        ("./provider", 8443),
    ]

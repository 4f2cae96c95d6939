"""Where a .NET app's port comes from when launchSettings.json gives none: the default of a
configuration read in the code of its configuration classes."""

from __future__ import annotations

from devenv.detect.readable import read_limit
from tests.unit.detect_helpers import EXE_CSPROJ, WEB_CSPROJ, app_of

_CONSOLE = EXE_CSPROJ.replace(
    "</Project>",
    '<ItemGroup><ProjectReference Include="..\\Host\\Host.csproj" /></ItemGroup></Project>',
)
_HOST = WEB_CSPROJ.replace(
    "</PropertyGroup>",
    "<OutputType>Library</OutputType></PropertyGroup>"
    '<ItemGroup><ProjectReference Include="..\\Core\\Core.csproj" /></ItemGroup>',
)
_CORE = '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup></PropertyGroup></Project>'


def test_a_configuration_reads_default_in_a_referenced_project_is_the_port() -> None:
    """Sonarr and Prowlarr: ConfigFileProvider's `GetValueInt("Port", 8989)` (or a constant
    it names) in a library the console host references; the SSL port beside it is not it."""
    provider = (
        "public const int DEFAULT_PORT = 9696;\n"
        'public int SslPort => GetValueInt("SslPort", 6969);\n'
        'public int Port => _options.Port ?? GetValueInt("Port", DEFAULT_PORT);\n'
    )
    files = {
        "src/App.sln": "",
        "src/Console/Console.csproj": _CONSOLE,
        "src/Host/Host.csproj": _HOST,
        "src/Core/Core.csproj": _CORE,
        "src/Core/Configuration/ConfigFileProvider.cs": provider,
    }
    assert app_of(files)["port"] == 9696
    literal = provider.replace("DEFAULT_PORT)", "8989)")
    files["src/Core/Configuration/ConfigFileProvider.cs"] = literal
    assert app_of(files)["port"] == 8989


def test_a_configuration_class_of_a_project_the_app_does_not_reference_is_not_read() -> None:
    files = {
        "src/App.sln": "",
        "src/Console/Console.csproj": _CONSOLE,
        "src/Host/Host.csproj": _HOST.replace("Core", "Other"),
        "src/Core/Core.csproj": _CORE,
        "src/Core/Configuration/ConfigFileProvider.cs": 'GetValueInt("Port", 8989);\n',
    }
    assert app_of(files)["port"] == 8080


def test_configuration_classes_are_read_from_a_scan() -> None:
    assert read_limit("ConfigFileProvider.cs", 3, {"sources": 0}, "Configuration")
    assert not read_limit("Repository.cs", 3, {"sources": 0}, "Data")

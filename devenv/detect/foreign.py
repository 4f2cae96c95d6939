"""Spec files that belong to another tool: cachix's devenv also reads a `devenv.yaml`.

Theirs configures Nix (`inputs:`, `imports:`, `allowUnfree:`...) beside a devenv.nix; ours
has `apps:`. Telling them apart lets init and render name the owner and offer `--file`
instead of calling the file broken.
"""

from __future__ import annotations

from devenv.detect.manifests import load_yaml

# Top-level keys of cachix devenv's devenv.yaml (its documented options).
_CACHIX_KEYS = frozenset(
    {
        "inputs",
        "imports",
        "allowUnfree",
        "allowBroken",
        "permittedInsecurePackages",
        "permittedUnfreePackages",
        "clean",
        "impure",
        "overlays",
        "backend",
        "secretspec",
        "nixpkgs",
        "strictPorts",
    }
)
OTHER_NAME = "devenv.stack.yaml"


def spec_owner(text: str, beside_nix: bool) -> str | None:
    """Which other tool a spec file belongs to, with the evidence; None when it may be ours."""
    data = load_yaml(text)
    keys = sorted(set(data) & _CACHIX_KEYS) if isinstance(data, dict) else []
    if isinstance(data, dict) and ("apps" in data or "services" in data):
        return None
    if keys:
        return f"cachix devenv (Nix): it has `{keys[0]}:`"
    if beside_nix and (data is None or isinstance(data, dict)):
        return "cachix devenv (Nix): devenv.nix sits beside it"
    return None


def keep_both_hint(name: str) -> str:
    return (
        f"Keep {name} for that tool and give devenv's spec another name: "
        f"`devenv init --file {OTHER_NAME}`, then pass `--file {OTHER_NAME}` to render, up "
        "and the other commands."
    )

"""Repository detection for `devenv init`: read a tree of files, infer apps and services."""

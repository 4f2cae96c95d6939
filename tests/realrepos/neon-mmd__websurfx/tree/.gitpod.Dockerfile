FROM gitpod/workspace-rust

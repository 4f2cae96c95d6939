FROM gitpod/workspace-full

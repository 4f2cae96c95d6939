FROM gitpod/workspace-full:latest

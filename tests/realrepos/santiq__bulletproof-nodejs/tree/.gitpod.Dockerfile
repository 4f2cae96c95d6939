FROM gitpod/workspace-full:latest
FROM gitpod/workspace-mongodb

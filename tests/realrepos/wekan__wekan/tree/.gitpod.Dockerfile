FROM gitpod/workspace-mongodb

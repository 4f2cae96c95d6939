FROM docker.io/linkace/linkace:latest

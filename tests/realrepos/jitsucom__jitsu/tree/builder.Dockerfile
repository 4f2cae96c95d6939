FROM debian:bullseye-slim

FROM eclipse-temurin:17-jre AS builder
FROM ubuntu:26.04 AS build-amd64
FROM ubuntu:26.04 AS build-arm64
FROM eclipse-temurin:17-jre AS build-arm
FROM build-${TARGETARCH} AS runner

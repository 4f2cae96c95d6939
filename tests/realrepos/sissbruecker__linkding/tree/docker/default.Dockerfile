FROM --platform=$BUILDPLATFORM node:22-alpine AS node-build
FROM python:3.13.7-slim-trixie AS build-deps
FROM build-deps AS compile-icu
FROM python:3.13.7-slim-trixie AS linkding
FROM --platform=$BUILDPLATFORM node:22-alpine AS ublock-build
FROM linkding AS linkding-plus

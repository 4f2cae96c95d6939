FROM docker.io/library/ruby:$RUBY_VERSION-slim AS base
FROM base AS build
FROM base

FROM ruby:3.4.4-bullseye AS build
FROM ruby:3.4.4-bullseye AS runtime

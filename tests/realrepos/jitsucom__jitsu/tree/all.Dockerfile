FROM node:22.8-bookworm as base
FROM base as builder
FROM base as console
FROM base as rotor
FROM base as profiles

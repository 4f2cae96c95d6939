FROM node:24.15.0-trixie-slim AS base

FROM --platform=$BUILDPLATFORM golang:1.25-alpine as builder
FROM scratch

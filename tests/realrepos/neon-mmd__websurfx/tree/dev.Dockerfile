FROM --platform=$BUILDPLATFORM rust:1.78.0-alpine3.18

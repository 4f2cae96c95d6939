FROM gcr.io/distroless/base

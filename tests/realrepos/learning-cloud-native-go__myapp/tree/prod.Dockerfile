FROM --platform=$BUILDPLATFORM golang:1.26-alpine AS build-env
FROM gcr.io/distroless/static-debian12
CMD ["/myapp/app"]

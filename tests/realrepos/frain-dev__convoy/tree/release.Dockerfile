FROM alpine:3.23.3

FROM alpine:3.4

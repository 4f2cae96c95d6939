FROM alpine:3.8

FROM golang:1.17-alpine

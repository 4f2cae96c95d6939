FROM golang:1.14

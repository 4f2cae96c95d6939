FROM ekidd/rust-musl-builder as builder
FROM scratch

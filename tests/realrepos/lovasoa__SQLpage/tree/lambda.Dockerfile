FROM rust:1.81-alpine as builder
FROM public.ecr.aws/lambda/provided:al2 as runner

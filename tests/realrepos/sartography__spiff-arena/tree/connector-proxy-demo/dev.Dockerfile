FROM python:3.13.13-slim-trixie AS base

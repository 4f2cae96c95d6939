FROM python:3.12.4

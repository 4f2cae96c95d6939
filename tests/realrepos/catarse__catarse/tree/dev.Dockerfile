FROM ruby:2.7.1-alpine

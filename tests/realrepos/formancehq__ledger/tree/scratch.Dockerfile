FROM ghcr.io/formancehq/base:scratch
CMD ["serve"]

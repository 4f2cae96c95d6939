FROM ghcr.io/formancehq/base:22.04
CMD ["serve"]

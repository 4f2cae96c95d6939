FROM ghcr.io/juspay/superposition:latest as runtime
CMD ["./superposition_demo.sh"]

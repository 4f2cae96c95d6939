FROM ghcr.io/virtocommerce/platform:${platform_arg}

FROM ghcr.io/virtocommerce/platform:${platform_arg}
EXPOSE 80
ENV ASPNETCORE_HTTP_PORTS=80

// facts only, one per line
.StringVar(&apiKeyAuthConfig, "api-auth", "", "API-Key authentication credentials"
.StringVar(&basicAuthConfig, "basic-auth", "", "Basic authentication credentials"
.StringVar(&proxy, "proxy", "", "HTTP Proxy"
.StringVar(&host, "host", "", "Host - The application host name"
.StringVar(&rootPath, "root-path", "", "Root path for routing behind load balancers (e.g., /convoy)"
.StringVar(&sslCertFile, "ssl-cert-file", "", "SSL certificate file"
.StringVar(&sslKeyFile, "ssl-key-file", "", "SSL key file"

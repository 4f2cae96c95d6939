// facts only, one per line
SetDefault("PORT", "8080"
SetDefault("PLUGIN_DIR", "bin/plugins"
SetDefault("REMOTE_PLUGIN_DIR", "python/plugins"
SetDefault("SWAGGER_DOCS_DIR", "resources/swagger"
SetDefault("RESUME_PIPELINES", true
// SetDefault("CORS_ALLOW_ORIGIN", "*"
SetDefault("CONSUME_PIPELINES", true

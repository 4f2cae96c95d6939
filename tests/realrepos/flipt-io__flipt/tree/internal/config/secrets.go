// facts only, one per line
SetDefault("secrets.providers.file.enabled", false
SetDefault("secrets.providers.file.base_path", "/etc/flipt/secrets"
SetDefault("secrets.providers.vault.enabled", false
SetDefault("secrets.providers.vault.mount", "secret"
SetDefault("secrets.providers.vault.auth_method", "token"
SetDefault("secrets.providers.gcp.enabled", false
SetDefault("secrets.providers.aws.enabled", false
SetDefault("secrets.providers.azure.enabled", false

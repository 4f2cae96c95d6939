// facts only, one per line
SetDefault("DISABLE_HTTP", false
SetDefault("STATPING_DIR", defaultDir
SetDefault("GO_ENV", "production"
SetDefault("DEBUG", false
SetDefault("DEMO_MODE", false
SetDefault("DB_CONN", ""
SetDefault("DB_DSN", ""
SetDefault("DISABLE_LOGS", false
SetDefault("USE_ASSETS", false
SetDefault("BASE_PATH", ""
SetDefault("ADMIN_USER", "admin"
SetDefault("ADMIN_PASSWORD", "admin"
SetDefault("ADMIN_EMAIL", "info@admin.com"
SetDefault("MAX_OPEN_CONN", 25
SetDefault("MAX_IDLE_CONN", 25
SetDefault("MAX_LIFE_CONN", 5
SetDefault("SAMPLE_DATA", true
SetDefault("USE_CDN", false
SetDefault("ALLOW_REPORTS", true
SetDefault("POSTGRES_SSLMODE", "disable"
SetDefault("NAME", "Statping Sample Data"
SetDefault("DOMAIN", "http://localhost:8080"
SetDefault("DESCRIPTION", "This status page has sample data included"
SetDefault("REMOVE_AFTER", 2160
SetDefault("CLEANUP_INTERVAL", 1
SetDefault("LANGUAGE", "en"
SetDefault("LETSENCRYPT_HOST", ""
SetDefault("LETSENCRYPT_EMAIL", ""
SetDefault("LETSENCRYPT_LOCAL", false
SetDefault("LETSENCRYPT_ENABLE", false
SetDefault("READ_ONLY", false
SetDefault("LOGS_MAX_COUNT", 5
SetDefault("LOGS_MAX_AGE", 28
SetDefault("LOGS_MAX_SIZE", 16
SetDefault("DISABLE_COLORS", false
SetDefault("DB_PORT", 5432
SetDefault("DB_PORT", 3306

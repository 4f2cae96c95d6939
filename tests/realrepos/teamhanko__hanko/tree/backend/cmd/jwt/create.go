// facts only, one per line
.StringVar(&configFile, "config", "", "config file"
.StringVar(&tenantID, "tenant_id", "", "tenant ID (optional)"

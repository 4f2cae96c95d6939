// facts only, one per line
.StringVarP(&opts.OutputPath, "output", "o", "", "Output path for the OpenAPI schema (default: backend/generated/openapi.json)"
.StringVarP(&opts.SchemaPath, "input", "i", "", "Path to the OpenAPI schema JSON file (default: backend/generated/openapi.json)"
.StringVarP(&opts.ClientOutputDir, "output", "o", "", "Output directory for the generated client (default: backend/generated/onyx_openapi_client)"
.StringVarP(&opts.OutputPath, "output", "o", "", "Output path for the OpenAPI schema (default: backend/generated/openapi.json)"
.StringVar(&opts.ClientOutputDir, "client-output", "", "Output directory for the generated client (default: backend/generated/onyx_openapi_client)"

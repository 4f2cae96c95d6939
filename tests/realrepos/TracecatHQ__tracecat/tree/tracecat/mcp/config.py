# facts only, one per line
"TRACECAT_MCP__PORT", "8099

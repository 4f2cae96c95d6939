# facts only, one per line
"UVICORN_PORT", 8000

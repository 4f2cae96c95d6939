  uvicorn --reload --host "$HOST" --port "$PORT" "$APP_MODULE"

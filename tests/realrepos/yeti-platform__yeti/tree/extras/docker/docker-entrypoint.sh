    uv run uvicorn core.web.webapp:app --reload --host 0.0.0.0 --log-level=debug
    uv run uvicorn core.web.webapp:app --host 0.0.0.0 --workers $(nproc --all || echo 4) --log-level=info

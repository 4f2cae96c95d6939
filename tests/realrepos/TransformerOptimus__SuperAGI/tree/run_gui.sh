  uvicorn main:app --host 0.0.0.0 --port 8000 &
check_command "uvicorn"

// facts only, one per line
"sys.user_id": "",

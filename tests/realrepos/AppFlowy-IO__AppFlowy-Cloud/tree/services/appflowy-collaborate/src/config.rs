// facts only, one per line
"APPFLOWY_COLLAB_SERVICE_PORT", "8001")
"AI_SERVER_PORT", "5001")

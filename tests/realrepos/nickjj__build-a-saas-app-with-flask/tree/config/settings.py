# facts only, one per line
"DOCKER_WEB_PORT", "8000
"MAIL_PORT", 587
redis://

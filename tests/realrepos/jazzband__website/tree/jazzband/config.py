# facts only, one per line
redis://
"MAIL_PORT", 587
SQLALCHEMY_DATABASE_URI
postgresql://
    SQLALCHEMY_DATABASE_URI

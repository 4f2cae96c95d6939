# facts only, one per line
'MAIL_PORT', '587
    SQLALCHEMY_DATABASE_URI
sqlite://
    SQLALCHEMY_DATABASE_URI
sqlite://
    SQLALCHEMY_DATABASE_URI
sqlite://

# facts only, one per line
'SFTP_PORT', 22

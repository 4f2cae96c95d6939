# facts only, one per line
redis://
FILE_STORAGE_BACKEND", "local

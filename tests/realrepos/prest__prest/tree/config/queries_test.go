// facts only, one per line
SetDefault("queries.storage", QueriesStorageFilesystem

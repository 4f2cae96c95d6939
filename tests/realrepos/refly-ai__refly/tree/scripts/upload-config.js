// facts only, one per line
env.MINIO_EXTERNAL_PORT || '443

# facts only, one per line
postgresql+asyncpg://
postgresql+asyncpg://
if __name__ == "__main__":

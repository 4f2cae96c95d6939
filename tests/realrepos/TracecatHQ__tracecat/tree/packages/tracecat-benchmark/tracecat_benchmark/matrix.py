# facts only, one per line
postgresql://
"postgresql://", "postgres://"
if __name__ == "__main__":

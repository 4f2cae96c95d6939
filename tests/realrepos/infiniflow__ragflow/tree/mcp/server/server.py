# facts only, one per line
return Starlette(
if __name__ == "__main__":

# facts only, one per line
app = create_app()
if __name__ == "__main__":

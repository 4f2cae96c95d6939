# facts only, one per line
"PORT", "5000
app = create_app()
if __name__ == "__main__":

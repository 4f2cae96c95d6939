# facts only, one per line
django.db.backends.postgresql
if __name__ == '__main__':

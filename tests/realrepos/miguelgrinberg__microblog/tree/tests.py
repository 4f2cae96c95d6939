# facts only, one per line
sqlite://
ELASTICSEARCH_URL
if __name__ == '__main__':

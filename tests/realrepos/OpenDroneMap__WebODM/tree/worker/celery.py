# facts only, one per line
DJANGO_SETTINGS_MODULE', 'webodm.settings'
app = Celery(
beat_schedule
if __name__ == '__main__':

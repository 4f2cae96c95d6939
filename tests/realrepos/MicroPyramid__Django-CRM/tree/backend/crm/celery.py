# facts only, one per line
DJANGO_SETTINGS_MODULE", "crm.settings"
# DJANGO_SETTINGS_MODULE', 'crm.dev_settings'
# DJANGO_SETTINGS_MODULE', 'crm.server_settings'
app = Celery(
beat_schedule

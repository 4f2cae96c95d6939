# facts only, one per line
DJANGO_SETTINGS_MODULE", "intel_owl.settings"
        from django
if __name__ == "__main__":

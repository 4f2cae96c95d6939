# facts only, one per line

import django
import django
DJANGO_SETTINGS_MODULE', 'core.settings'
        from django
                from django
            from django

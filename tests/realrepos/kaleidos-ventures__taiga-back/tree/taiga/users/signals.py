# facts only, one per line
import django

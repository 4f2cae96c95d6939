install_requires = [
    "django-cors-headers",
    "django-filter",
    "django",
    "djangorestframework",
    "drf-spectacular",
    "requests",
]
entry_points = {'console_scripts': ["libretime-api=libretime_api.manage:main"]}

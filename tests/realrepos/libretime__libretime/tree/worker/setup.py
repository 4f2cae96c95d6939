install_requires = [
    "celery",
    "kombu",
    "mutagen",
    "requests",
]
entry_points = {'console_scripts': ["libretime-worker=libretime_worker.main:cli"]}

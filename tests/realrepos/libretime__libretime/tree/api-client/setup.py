install_requires = [
    "python-dateutil",
    "requests",
]

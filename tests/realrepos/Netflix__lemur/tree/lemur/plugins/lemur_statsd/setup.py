install_requires = [
    "lemur",
    "datadog",
]

install_requires = [
    "requests",
    "httpsig",
]

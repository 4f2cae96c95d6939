install_requires = [
    "requests",
]

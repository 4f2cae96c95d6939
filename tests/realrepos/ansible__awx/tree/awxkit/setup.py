install_requires = [
    "PyYAML",
    "requests",
    "setuptools",
]

install_requires = [
]

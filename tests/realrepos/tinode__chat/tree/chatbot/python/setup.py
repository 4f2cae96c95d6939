install_requires = [
    "grpcio",
]

install_requires = [
    "requests",
    "alerta-server",
]

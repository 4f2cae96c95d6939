install_requires = [
    "backports.zoneinfo",
]

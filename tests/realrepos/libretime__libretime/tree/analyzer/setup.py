install_requires = [
    "mutagen",
    "pika",
    "requests",
    "typing_extensions",
]
entry_points = {'console_scripts': ["libretime-analyzer=main:cli"]}

from setuptools import setup

setup(
    name='consumer',
    install_requires=[
        'pika>=1.3',
        'requests',
    ],
)

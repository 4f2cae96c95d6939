FROM ubuntu:22.04
CMD ["supervisord", "-n"]

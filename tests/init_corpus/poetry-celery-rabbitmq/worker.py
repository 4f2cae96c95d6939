from celery import Celery

app = Celery("worker", broker="amqp://guest@localhost//")


@app.task
def send(to):
    return to


if __name__ == "__main__":
    app.start()

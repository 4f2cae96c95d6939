from flask import Flask
from redis import Redis

app = Flask(__name__)
cache = Redis.from_url("redis://localhost:6379/0")


@app.route("/")
def index():
    return {"hits": cache.incr("hits")}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5001)

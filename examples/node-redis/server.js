// Zero-dependency hit counter: node:http for the API, a tiny RESP client
// over node:net for Redis (only the few commands this service needs).
import http from "node:http";
import net from "node:net";

const PORT = Number(process.env.PORT) || 3000;
const REDIS_URL = new URL(process.env.REDIS_URL ?? "redis://localhost:6379");
const REDIS_TIMEOUT_MS = 3000;

// redis://[user:password@]host[:port][/db]
const redis = {
  host: REDIS_URL.hostname || "localhost",
  port: Number(REDIS_URL.port || 6379),
  username: decodeURIComponent(REDIS_URL.username),
  password: decodeURIComponent(REDIS_URL.password),
  db: Number(REDIS_URL.pathname.slice(1) || 0),
};

// Encode one command as a RESP array of bulk strings.
function encode(args) {
  let out = `*${args.length}\r\n`;
  for (const arg of args) {
    const s = String(arg);
    out += `$${Buffer.byteLength(s)}\r\n${s}\r\n`;
  }
  return out;
}

// Parse one reply starting at `pos`. Returns { value, next }, or null when
// the buffer does not hold the whole reply yet (TCP may split it).
function parseReply(buf, pos) {
  const eol = buf.indexOf("\r\n", pos);
  if (eol === -1) return null;
  const type = String.fromCharCode(buf[pos]);
  const line = buf.toString("utf8", pos + 1, eol);
  switch (type) {
    case "+": return { value: line, next: eol + 2 };
    case "-": return { value: new Error(`redis: ${line}`), next: eol + 2 };
    case ":": return { value: Number(line), next: eol + 2 };
    case "$": {
      const len = Number(line);
      if (len === -1) return { value: null, next: eol + 2 };
      if (buf.length < eol + 2 + len + 2) return null;
      return { value: buf.toString("utf8", eol + 2, eol + 2 + len), next: eol + 2 + len + 2 };
    }
    default:
      throw new Error(`redis: unexpected reply type ${JSON.stringify(type)}`);
  }
}

// Run commands on a fresh connection and resolve with their replies.
// A connection per request keeps the client tiny and means a Redis restart
// needs no reconnect logic; a long-lived service would pool connections.
function redisCall(...commands) {
  const prelude = [];
  if (redis.password) {
    prelude.push(redis.username ? ["AUTH", redis.username, redis.password] : ["AUTH", redis.password]);
  }
  if (redis.db) prelude.push(["SELECT", redis.db]);
  const all = [...prelude, ...commands];

  return new Promise((resolve, reject) => {
    const socket = net.createConnection({ host: redis.host, port: redis.port });
    const replies = [];
    let buf = Buffer.alloc(0);
    let done = false;
    const finish = (err) => {
      if (done) return;
      done = true;
      socket.destroy();
      if (err) reject(err);
      else resolve(replies.slice(prelude.length));
    };

    socket.setTimeout(REDIS_TIMEOUT_MS, () => finish(new Error("redis: timed out")));
    socket.on("error", finish);
    socket.on("close", () => finish(new Error("redis: connection closed early")));
    // Pipelining: send everything at once, replies come back in order.
    socket.on("connect", () => socket.write(all.map(encode).join("")));
    socket.on("data", (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      try {
        let parsed;
        while (replies.length < all.length && (parsed = parseReply(buf, 0))) {
          if (parsed.value instanceof Error) return finish(parsed.value);
          replies.push(parsed.value);
          buf = buf.subarray(parsed.next);
        }
      } catch (err) {
        return finish(err);
      }
      if (replies.length === all.length) finish();
    });
  });
}

function send(res, status, body, type = "application/json") {
  const payload = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "Content-Type": `${type}; charset=utf-8` });
  res.end(payload);
}

const server = http.createServer(async (req, res) => {
  const { pathname } = new URL(req.url, "http://localhost");
  if (req.method !== "GET") return send(res, 405, { error: "method not allowed" });

  if (pathname === "/health") return send(res, 200, "ok", "text/plain");

  if (pathname === "/") {
    try {
      const [hits] = await redisCall(["INCR", "hits"]);
      return send(res, 200, { hits });
    } catch (err) {
      console.error(`GET / failed: ${err.message}`);
      return send(res, 503, { error: `redis unavailable: ${err.message}` });
    }
  }

  return send(res, 404, { error: "not found" });
});

server.listen(PORT, "0.0.0.0", async () => {
  console.log(`listening on 0.0.0.0:${PORT}, redis at ${redis.host}:${redis.port}/${redis.db}`);
  // A startup PING is informational only: the service must come up (and
  // pass /health) even if Redis is still starting.
  try {
    await redisCall(["PING"]);
    console.log("redis: PONG");
  } catch (err) {
    console.warn(`redis not reachable yet: ${err.message}`);
  }
});

// As PID 1 in a container, Node gets no default SIGTERM handling; without
// this, `docker stop` waits for its timeout and then kills the process.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}

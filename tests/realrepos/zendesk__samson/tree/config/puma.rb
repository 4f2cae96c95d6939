bind "tcp://0.0.0.0:#{ENV.fetch("PORT", 9080)}"

port        ENV.fetch("PORT", 3020)

port ENV.fetch("PORT", 5100)

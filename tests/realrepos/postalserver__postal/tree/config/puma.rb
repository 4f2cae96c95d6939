bind_port     = ENV.fetch("PORT", Postal::Config.web_server.default_port)

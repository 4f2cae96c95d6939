// facts only, one per line
let default_port = "5000"; let port = std::env::var("PORT"

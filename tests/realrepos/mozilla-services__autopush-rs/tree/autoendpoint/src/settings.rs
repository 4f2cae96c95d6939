// facts only, one per line
impl Default for Settings { fn default() -> Settings { Settings { scheme: "http".to_string(), host: "127.0.0.1".to_string(), endpoint_url: "".to_string(), port: 8000

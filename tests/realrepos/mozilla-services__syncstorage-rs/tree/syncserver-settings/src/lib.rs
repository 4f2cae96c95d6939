// facts only, one per line
impl Default for Settings { fn default() -> Settings { Settings { port: 8000

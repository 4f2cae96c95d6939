// facts only, one per line
impl Default for Settings { fn default() -> Self { Self { port: 8080
"localhost:8086"
"localhost:6379"
"localhost:5432"

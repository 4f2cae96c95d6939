// facts only, one per line
impl Default for Local { fn default() -> Self { Self { ip: default_ip(), port: 8000

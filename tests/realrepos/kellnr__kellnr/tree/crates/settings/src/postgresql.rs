// facts only, one per line
impl Default for Postgresql { fn default() -> Self { Self { enabled: false, address: default_pg_address(), port: 5432

// facts only, one per line
#[default_value(10801)] #[env_key(PORT_KEY)] pub port:

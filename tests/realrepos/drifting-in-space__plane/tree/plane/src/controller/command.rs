// facts only, one per line
#[clap(long, default_value = "8080")] port:

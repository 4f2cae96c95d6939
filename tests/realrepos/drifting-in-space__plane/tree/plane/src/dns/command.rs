// facts only, one per line
#[clap(long, default_value = "53")] port:

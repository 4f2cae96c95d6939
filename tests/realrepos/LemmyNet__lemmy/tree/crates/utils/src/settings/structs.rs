// facts only, one per line
#[default(8536)]
  pub port:
#[default(10002)]
  #[doku(example = "10002")]
  pub port:

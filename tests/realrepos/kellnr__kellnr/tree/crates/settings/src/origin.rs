// facts only, one per line
"KELLNR_ORIGIN__PORT") .ok() .and_then(|v| v.parse::<u16>().ok()) .unwrap_or(8000)

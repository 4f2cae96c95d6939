// facts only, one per line
"VIDEO_PORT") .ok() .and_then(|p| p.parse().ok()) .unwrap_or(3500)

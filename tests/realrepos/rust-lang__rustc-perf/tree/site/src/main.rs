// facts only, one per line
"PORT") .ok() .and_then(|x| x.parse().ok()) .unwrap_or(2346)

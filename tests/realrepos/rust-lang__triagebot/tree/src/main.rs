// facts only, one per line
"PORT") .ok() .map(|p| p.parse::<u16>().expect("parsed PORT")) .unwrap_or(8000)

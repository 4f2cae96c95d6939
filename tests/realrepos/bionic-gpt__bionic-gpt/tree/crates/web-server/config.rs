// facts only, one per line
"PORT").is_ok() { env::var("PORT").unwrap().parse::<u16>().unwrap() } else { 7703 }

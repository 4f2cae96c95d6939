// facts only, one per line
"test.com":    true,
"example.com": true,
"example.net": true,
"example.org": true,
"gamil.com": true,
"gamai.com": true,
"anonymous.com": true,
"email.com":     true,

// facts only, one per line
("PORT", 8080)

// facts only, one per line
('PORT', 1337)

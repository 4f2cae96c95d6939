// facts only, one per line
"blade.php": "Blade",

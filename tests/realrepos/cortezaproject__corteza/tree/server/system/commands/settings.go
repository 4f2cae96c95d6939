// facts only, one per line
.String("prefix", "", "SettingsFilter settings by prefix"
.String("prefix", "", "SettingsFilter settings by prefix"

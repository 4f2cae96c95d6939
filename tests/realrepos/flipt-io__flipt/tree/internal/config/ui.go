// facts only, one per line
SetDefault("ui.enabled", true
SetDefault("ui.default_theme", SystemUITheme

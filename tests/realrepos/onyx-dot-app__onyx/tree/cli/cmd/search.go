// facts only, one per line
.StringVar(&searchSources, "source", "", "Filter by source type (comma-separated: slack,google_drive)"

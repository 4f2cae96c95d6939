// facts only, one per line
.StringVar(&startFlag, "start", "", "Export window start (RFC3339, e.g. 2026-04-01T00:00:00Z)"
.StringVar(&endFlag, "end", "", "Export window end (RFC3339, e.g. 2026-04-02T00:00:00Z)"

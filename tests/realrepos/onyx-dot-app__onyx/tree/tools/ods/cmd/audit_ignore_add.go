// facts only, one per line
.StringVar(&opts.Ecosystem, "ecosystem", "", "Restrict the suppression to this ecosystem (e.g. npm, PyPI, Debian:12)"
.StringVar(&opts.Reason, "reason", "", "Why the advisory is accepted (required)"
.StringVar(&opts.Expires, "expires", "", "Inclusive expiry date YYYY-MM-DD; omit for no expiry"
.StringVar(&opts.AddedBy, "added-by", "", "Who added the suppression (defaults to git user email)"

// facts only, one per line
.StringVar(&askPrompt, "prompt", "", "Question text (use with piped stdin context)"

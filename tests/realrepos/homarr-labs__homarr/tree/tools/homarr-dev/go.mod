module github.com/homarr-labs/homarr/tools/homarr-dev
go 1.25.0

require (
	charm.land/bubbles/v2 v2.1.1
	charm.land/bubbletea/v2 v2.0.8
	charm.land/lipgloss/v2 v2.0.5
	github.com/atotto/clipboard v0.1.4
	github.com/spf13/cobra v1.10.2
)

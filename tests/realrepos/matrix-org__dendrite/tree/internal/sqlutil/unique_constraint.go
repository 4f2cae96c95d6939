// facts only, one per line
//go:build !wasm && !cgo
// +build !wasm,!cgo
	"github.com/lib/pq"

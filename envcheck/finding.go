// Package envcheck resolves the environment exactly as Vite will and reports
// what will break: variables read but never set, secrets bound for the
// browser, Pusher settings pusher-js rejects, server-only modules reachable
// from browser code, and lines that different dotenv dialects read differently.
package envcheck

// Severity orders findings: errors fail `devproxy check`, warnings do only
// with --fail-on warning, info never does.
type Severity string

const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Finding is one problem, located and explained. Code is stable across
// releases (documented in the README) so tools and CI can key on it.
type Finding struct {
	Code     string   `json:"code"`
	Severity Severity `json:"severity"`
	File     string   `json:"file,omitempty"` // relative to the project dir
	Line     int      `json:"line,omitempty"` // 1-based; 0 when not about a line
	Message  string   `json:"message"`
	Fix      string   `json:"fix,omitempty"`
}

package envcheck

import "testing"

// Fixed is counted like New: errors and warnings, not info, so adding a
// problem and removing it read as "1 new error" then "1 fixed".
func TestChangeSummaryCountsFixedLikeNew(t *testing.T) {
	secret := Finding{Code: CodeSecretExposed, Severity: SeverityError, File: ".env", Message: "secret"}
	unread := Finding{Code: CodeEnvUnread, Severity: SeverityInfo, File: ".env", Message: "unread"}
	tests := []struct {
		name string
		ch   Change
		want string
	}{
		{"added", Change{Files: []string{".env"}, New: []Finding{secret, unread}}, ".env changed: 1 new error"},
		{"removed", Change{Files: []string{".env"}, Fixed: []Finding{secret, unread}}, ".env changed: 1 fixed"},
		{"info only", Change{Files: []string{".env"}, Fixed: []Finding{unread}}, ".env changed"},
	}
	for _, tt := range tests {
		if got := tt.ch.Summary(); got != tt.want {
			t.Errorf("%s: Summary() = %q; want %q", tt.name, got, tt.want)
		}
	}
}

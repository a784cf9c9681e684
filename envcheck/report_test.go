package envcheck

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/check")

// checkFixtures are the projects under testdata/check with the options
// their golden output was made with.
var checkFixtures = []struct {
	name string
	opts CheckOptions
}{
	{"fieldnotes", CheckOptions{Served: []string{"/pusher/auth"}}},
	{"compose", CheckOptions{Options: Options{ComposeFile: "docker-compose.yml", ComposeService: "web"}, Served: []string{"/pusher/auth", "/api/"}}},
	{"clean", CheckOptions{}},
	{"exposed", CheckOptions{}},
}

func checkFixture(t *testing.T, name string, o CheckOptions) *Result {
	t.Helper()
	o.Dir = filepath.Join("testdata", "check", name)
	o.Environ = []string{} // no shell variables: the fixture alone decides
	o.Dialect = DialectNode
	r, err := Check(t.Context(), o)
	if err != nil {
		t.Fatalf("Check(%s): %v", name, err)
	}
	return r
}

func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		must(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run go test ./envcheck -run Golden -update): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run with -update if the change is intended)\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func TestCheckGolden(t *testing.T) {
	for _, fx := range checkFixtures {
		t.Run(fx.name, func(t *testing.T) {
			r := checkFixture(t, fx.name, fx.opts)
			var text, js bytes.Buffer
			must(t, WriteText(&text, r, TextOptions{Dir: "."}))
			must(t, WriteJSON(&js, r))
			golden(t, filepath.Join("testdata", "check", fx.name+".txt"), text.Bytes())
			golden(t, filepath.Join("testdata", "check", fx.name+".json"), js.Bytes())
		})
	}
}

// TestJSONSchema decodes the JSON report strictly: exactly the documented
// fields, findings always an array, env values with value and source.
func TestJSONSchema(t *testing.T) {
	for _, fx := range checkFixtures {
		r := checkFixture(t, fx.name, fx.opts)
		var buf bytes.Buffer
		must(t, WriteJSON(&buf, r))
		var doc struct {
			Findings []struct {
				Code     string `json:"code"`
				Severity string `json:"severity"`
				File     string `json:"file"`
				Line     int    `json:"line"`
				Message  string `json:"message"`
				Fix      string `json:"fix"`
			} `json:"findings"`
			Env map[string]struct {
				Value  string `json:"value"`
				Source string `json:"source"`
			} `json:"env"`
		}
		dec := json.NewDecoder(&buf)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&doc); err != nil {
			t.Fatalf("%s: JSON report does not match the schema: %v", fx.name, err)
		}
		if doc.Findings == nil || doc.Env == nil {
			t.Errorf("%s: findings or env is null; both must always be present", fx.name)
		}
		for _, f := range doc.Findings {
			if f.Code == "" || f.Message == "" || (f.Severity != "error" && f.Severity != "warning" && f.Severity != "info") {
				t.Errorf("%s: finding %+v lacks a code, message or valid severity", fx.name, f)
			}
		}
	}
}

// TestCheckFieldNotes pins the findings the field notes are about, so a
// golden update cannot silently lose them.
func TestCheckFieldNotes(t *testing.T) {
	r := checkFixture(t, "fieldnotes", CheckOptions{Served: []string{"/pusher/auth"}})
	want := map[string]string{
		CodeEnvUndefined:     "did you mean VITE_ENABLE_PUSHER",
		CodeServerSDK:        "src/main.ts → src/services/chat.ts → src/lib/pusher-server.ts → pusher → crypto",
		CodePusherAuthEnv:    `"/api/v1/pusher/auth"`,
		CodePusherAuthServed: "/api/v1/pusher/auth",
		CodeSecretExposed:    "VITE_PUSHER_SECRET",
		CodeSecretValue:      "PUSHER_SECRET",
		CodeFlagCompare:      `VITE_DEBUG is "1"`,
		CodePusherKeyEmpty:   "empty",
	}
	for code, text := range want {
		found := false
		for _, f := range r.Findings {
			if f.Code == code && strings.Contains(f.Message, text) {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s finding mentioning %q in %+v", code, text, r.Findings)
		}
	}
	for _, f := range r.Findings {
		if strings.Contains(f.Message, "7ad3773142a6692b25b8") || strings.Contains(f.Fix, "7ad3773142a6692b25b8") {
			t.Errorf("finding %s prints the secret's value: %s", f.Code, f.Message)
		}
	}
	if !r.Fails(SeverityError) {
		t.Error("Fails(error) = false; want true with errors present")
	}
}

func TestCheckClean(t *testing.T) {
	r := checkFixture(t, "clean", CheckOptions{})
	if e, w, _ := r.Counts(); e+w != 0 || r.Fails(SeverityWarning) {
		t.Errorf("clean fixture: %d errors, %d warnings: %+v", e, w, r.Findings)
	}
}

func TestTextColourOnlyWhenAsked(t *testing.T) {
	r := checkFixture(t, "fieldnotes", CheckOptions{})
	var plain, colour bytes.Buffer
	must(t, WriteText(&plain, r, TextOptions{}))
	must(t, WriteText(&colour, r, TextOptions{Color: true}))
	if bytes.Contains(plain.Bytes(), []byte("\x1b[")) {
		t.Error("plain text contains ANSI escapes")
	}
	if !bytes.Contains(colour.Bytes(), []byte(ansiRed)) {
		t.Error("coloured text has no red for errors")
	}
}

func TestResultSummary(t *testing.T) {
	tests := []struct {
		fixture string
		want    string
	}{
		{"clean", "env: no problems (1 variable for the browser)"},
		{"fieldnotes", "env: 7 errors, 1 warning · first: .env:6 VITE_PUSHER_SECRET looks like a secret and carries the client prefix"},
	}
	for _, tt := range tests {
		r := checkFixture(t, tt.fixture, CheckOptions{Served: []string{"/pusher/auth"}})
		if got := r.Summary(); got != tt.want {
			t.Errorf("Summary(%s) = %q; want %q", tt.fixture, got, tt.want)
		}
	}
}

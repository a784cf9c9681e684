package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs devproxy with args and returns stdout, stderr and the exit status main would use.
func runCLI(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := newApp(&stdout, &stderr).RunContext(t.Context(), append([]string{"devproxy"}, args...))
	code := exitCode(&stderr, err)
	return stdout.String(), stderr.String(), code
}

// warnOnlyProject writes a project whose only problem is a warning.
func warnOnlyProject(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "src"), 0o755); err != nil {
		t.Fatal(err)
	}
	src := "console.log(import.meta.env.VITE_SOMETHING_ELSE)\n"
	if err := os.WriteFile(filepath.Join(dir, "src", "main.ts"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestCheckExitCodes(t *testing.T) {
	fx := func(name string) string { return filepath.Join("envcheck", "testdata", "check", name) }
	warn := warnOnlyProject(t)
	tests := []struct {
		name   string
		args   []string
		want   int
		stderr string
	}{
		{"clean", []string{"check", "--dir", fx("clean")}, 0, ""},
		{"errors", []string{"check", "--dir", fx("fieldnotes")}, 1, ""},
		{"errors as json", []string{"check", "--dir", fx("fieldnotes"), "--format", "json"}, 1, ""},
		{"warnings only", []string{"check", "--dir", warn}, 0, ""},
		{"warnings fail on request", []string{"check", "--dir", warn, "--fail-on", "warning"}, 1, ""},
		{"compose", []string{"check", "--dir", fx("compose"), "--compose", "docker-compose.yml", "--service", "web"}, 1, ""},
		{"bad format", []string{"check", "--format", "xml"}, 2, "--format \"xml\": use text or json"},
		{"bad fail-on", []string{"check", "--fail-on", "info"}, 2, "use error or warning"},
		{"compose without service", []string{"check", "--compose", "docker-compose.yml"}, 2, "--compose and --service go together"},
		{"missing dir", []string{"check", "--dir", filepath.Join(t.TempDir(), "nope")}, 2, "no such file or directory"},
		{"unknown flag", []string{"check", "--colour"}, 2, "flag provided but not defined"},
		{"stray argument", []string{"check", "src"}, 2, "check takes no arguments"},
		{"missing compose file", []string{"check", "--dir", fx("clean"), "--compose", "nope.yml", "--service", "web"}, 2, "nope.yml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runCLI(t, tt.args...)
			if code != tt.want {
				t.Errorf("devproxy %s: exit %d; want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(tt.args, " "), code, tt.want, stdout, stderr)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr = %q; want it to mention %q", stderr, tt.stderr)
			}
		})
	}
}

func TestCheckJSONOutput(t *testing.T) {
	stdout, _, code := runCLI(t, "check", "--dir", filepath.Join("envcheck", "testdata", "check", "clean"), "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d; want 0", code)
	}
	var doc struct {
		Findings []map[string]any             `json:"findings"`
		Env      map[string]map[string]string `json:"env"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, stdout)
	}
	if got := doc.Env["VITE_API_URL"]; got["value"] != "/api/dev" || got["source"] != ".env.development" {
		t.Errorf(`env["VITE_API_URL"] = %v; want value /api/dev from .env.development`, got)
	}
}

func TestCheckTextOutput(t *testing.T) {
	stdout, _, _ := runCLI(t, "check", "--dir", filepath.Join("envcheck", "testdata", "check", "fieldnotes"))
	for _, want := range []string{"src/lib/pusher-server.ts", "[server-sdk-in-browser]", "errors, 1 warning"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("text output lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "\x1b[") {
		t.Error("colour escapes written to a non-terminal")
	}
}

func TestCheckEnvPrefixFlag(t *testing.T) {
	stdout, _, _ := runCLI(t, "check", "--dir", filepath.Join("envcheck", "testdata", "check", "clean"), "--format", "json", "--env-prefix", "APP_")
	if strings.Contains(stdout, "VITE_API_URL\": {") {
		t.Errorf("--env-prefix APP_ still exposes VITE_API_URL:\n%s", stdout)
	}
}

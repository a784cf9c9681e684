package envcheck

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

func findingsByCode(env *Env, code string) []Finding {
	var out []Finding
	for _, f := range env.Findings {
		if f.Code == code {
			out = append(out, f)
		}
	}
	return out
}

func TestComposeWebService(t *testing.T) {
	env := resolveFixture(t, "compose", Options{
		ComposeFile: "docker-compose.yml", ComposeService: "web",
		Environ: []string{"VITE_FROM_SHELL=shell", "VITE_SHELL_ONLY=not-in-container"},
	})
	if env.Compose == nil || env.Compose.Service != "web" {
		t.Fatalf("Compose = %+v", env.Compose)
	}
	want := map[string]string{
		"VITE_AUTH":       `"/api/auth"`, // list form keeps the quotes
		"VITE_PUSHER_KEY": "",            // blanked by the container
		"VITE_FROM_SHELL": "shell",       // passed through from the shell
		"VITE_PLAIN":      "plain",
		"VITE_FROM_FILE":  "file", // env_file: compose's dialect
		"VITE_SQ":         "$lit", // single quotes are literal in env_file
		"VITE_CLUSTER":    "eu",   // from .env.development
	}
	got := clientValues(env)
	for k, w := range want {
		if got[k] != w {
			t.Errorf("Client[%s] = %q; want %q", k, got[k], w)
		}
	}
	if _, ok := got["VITE_SHELL_ONLY"]; ok {
		t.Errorf("a shell variable the service does not pass reached Vite: %v", got)
	}
	if src := env.Client["VITE_PLAIN"].Source; src != "compose:web" {
		t.Errorf("VITE_PLAIN source = %q; want compose:web", src)
	}
	q := findingsByCode(env, CodeComposeQuotes)
	if len(q) != 1 || q[0].Line != 6 || q[0].File != "docker-compose.yml" || !strings.Contains(q[0].Message, "VITE_AUTH") {
		t.Errorf("%s findings = %+v; want one for VITE_AUTH at docker-compose.yml:6", CodeComposeQuotes, q)
	}
	b := findingsByCode(env, CodeComposeBlanks)
	if len(b) != 1 || !strings.Contains(b[0].Message, "VITE_PUSHER_KEY") || !strings.Contains(b[0].Message, ".env.development:1") {
		t.Errorf("%s findings = %+v; want one for VITE_PUSHER_KEY naming .env.development:1", CodeComposeBlanks, b)
	}
	if strings.Contains(b[0].Message, "abc123") {
		t.Errorf("finding leaks the value: %s", b[0].Message)
	}
}

func TestComposeYAMLTyped(t *testing.T) {
	env := resolveFixture(t, "compose", Options{ComposeFile: "docker-compose.yml", ComposeService: "api"})
	got := clientValues(env)
	if got["VITE_PORT"] != "3073" || got["VITE_OK"] != "06001" {
		t.Errorf("VITE_PORT=%q VITE_OK=%q; want 3073 (YAML octal) and 06001 (quoted)", got["VITE_PORT"], got["VITE_OK"])
	}
	typed := map[string]Severity{}
	for _, f := range findingsByCode(env, CodeComposeYAMLTyped) {
		typed[strings.SplitN(f.Message, ":", 2)[0]] = f.Severity
	}
	if typed["VITE_PORT"] != SeverityError {
		t.Errorf("VITE_PORT 06001 → 3073 should be an error; findings %v", typed)
	}
	if _, ok := typed["VITE_ON"]; !ok {
		t.Errorf("VITE_ON: true is YAML-typed and not flagged; findings %v", typed)
	}
	if _, ok := typed["VITE_OK"]; ok {
		t.Errorf("quoted VITE_OK flagged: %v", typed)
	}
	t.Logf("VITE_RATIO 1.0 reaches the container as %q", got["VITE_RATIO"])
}

func TestComposeMalformed(t *testing.T) {
	_, err := Resolve(context.Background(), Options{Dir: filepath.Join("testdata", "resolve", "compose_bad"),
		ComposeFile: "docker-compose.yml", ComposeService: "web", Environ: []string{}})
	if err == nil {
		t.Fatal("malformed compose YAML: no error")
	}
	if msg := err.Error(); !strings.Contains(msg, "docker-compose.yml") || !strings.Contains(msg, "line 5, column 6") {
		t.Errorf("error = %q; want the file and the line", msg)
	}
}

func TestComposeUnknownService(t *testing.T) {
	_, err := Resolve(context.Background(), Options{Dir: filepath.Join("testdata", "resolve", "compose"),
		ComposeFile: "docker-compose.yml", ComposeService: "nope", Environ: []string{}})
	if err == nil || !strings.Contains(err.Error(), `"nope"`) || !strings.Contains(err.Error(), "api, web") {
		t.Errorf("error = %v; want one naming the service and listing api, web", err)
	}
}

func TestRequiredSyntaxInViteFile(t *testing.T) {
	entries := ParseNode("VITE_KEY=${PUSHER_KEY:?set it}\n")
	fs := fileFindings(DialectNode, false, []envFileText{{name: ".env", path: ".env", text: "VITE_KEY=${PUSHER_KEY:?set it}\n"}}, []EnvFile{{Name: ".env", Path: ".env", Entries: entries}})
	if len(fs) != 1 || fs[0].Code != CodeEnvRequiredSyntax || fs[0].Line != 1 {
		t.Errorf("findings = %+v; want one %s at line 1", fs, CodeEnvRequiredSyntax)
	}
}

func TestNodeImageMajor(t *testing.T) {
	for image, want := range map[string]int{"node:20-bookworm": 20, "node:22": 22, "docker.io/library/node:18.20-alpine": 18, "node:lts": 0, "ghcr.io/x/node:20": 0, "": 0} {
		if got := nodeImageMajor(image); got != want {
			t.Errorf("nodeImageMajor(%q) = %d; want %d", image, got, want)
		}
	}
}

func TestFindingsMaskSecrets(t *testing.T) {
	dir := writeProject(t, map[string][]byte{
		".env":               []byte("API_SECRET=abc#defghijkl\n"),
		"docker-compose.yml": []byte("services:\n  web:\n    image: node:22\n    environment:\n      - VITE_TOKEN=\"tok-1234567890\"\n"),
	})
	env := resolveFixture(t, "mask", Options{Dir: dir, ComposeFile: "docker-compose.yml", ComposeService: "web"})
	if len(findingsByCode(env, CodeComposeQuotes)) != 1 || len(findingsByCode(env, CodeEnvDialect)) != 1 {
		t.Fatalf("want one %s and one %s finding: %+v", CodeComposeQuotes, CodeEnvDialect, env.Findings)
	}
	for _, f := range env.Findings {
		for _, secret := range []string{"defghijkl", "1234567890"} {
			if strings.Contains(f.Message+f.Fix, secret) {
				t.Errorf("finding %s prints a secret value: %s / %s", f.Code, f.Message, f.Fix)
			}
		}
	}
}

package envcheck

import (
	"strings"
	"testing"
)

func TestSecretLevel(t *testing.T) {
	tests := []struct {
		name string
		want Severity
	}{
		{"VITE_PUSHER_SECRET", SeverityError},
		{"VITE_DB_PASSWORD", SeverityError},
		{"VITE_STRIPE_PRIVATE_KEY", SeverityError},
		{"VITE_GOOGLE_CLIENT_SECRET", SeverityError},
		{"VITE_SUPABASE_SERVICE_ROLE_KEY", SeverityError},
		{"VITE_GITHUB_TOKEN", SeverityWarning},
		{"VITE_OPENAI_API_KEY", SeverityWarning},
		{"VITE_APIKEY", SeverityWarning},
		{"VITE_PUSHER_KEY", ""},
		{"VITE_PUSHER_APP_KEY", ""},
		{"VITE_STRIPE_PUBLISHABLE_KEY", ""},
		{"VITE_SUPABASE_ANON_KEY", ""},
		{"VITE_PUSHER_CLUSTER", ""},
		{"VITE_SECRETARY_NAME", ""},
		{"VITE_TOKENIZER_URL", ""},
	}
	for _, tt := range tests {
		if got := secretLevel(tt.name); got != tt.want {
			t.Errorf("secretLevel(%q) = %q; want %q", tt.name, got, tt.want)
		}
	}
}

func TestEnvFindings(t *testing.T) {
	env := &Env{
		Prefixes: []string{"VITE_"},
		All: map[string]Value{
			"VITE_ENABLE_PUSHER": {Value: "true", File: ".env", Line: 1},
			"VITE_FLAG":          {Value: "yes", File: ".env", Line: 2},
			"API_URL":            {Value: "/api", File: ".env", Line: 3},
			"VITE_SHELL":         {Value: "x", Source: "process"},
			"NOTHING_LIKE_IT":    {Value: "/usr/bin", Source: "process"},
		},
		Define: map[string]string{
			"process.env":            "process.env",
			"process.env.NODE_ENV":   `JSON.stringify("production")`,
			"__SECRET__":             "JSON.stringify(process.env.STRIPE_SECRET)",
			"import.meta.env.VITE_D": `"d"`,
		},
		ConfigFile: "vite.config.ts",
	}
	env.Client = map[string]Value{"VITE_ENABLE_PUSHER": env.All["VITE_ENABLE_PUSHER"], "VITE_FLAG": env.All["VITE_FLAG"], "VITE_SHELL": env.All["VITE_SHELL"]}
	src := `const on = import.meta.env.VITE_PUSHER_ENABLED === 'true'
const flag = import.meta.env.VITE_FLAG === 'true'
const api = import.meta.env.VITE_API_URL
const d = import.meta.env.VITE_D + import.meta.env.MODE
const missing = import.meta.env.VITE_NOTHING_LIKE_IT
`
	fs := envFindings(env, ScanSource("src/a.ts", []byte(src)))
	want := []string{
		"env-undefined error src/a.ts:1 did you mean VITE_ENABLE_PUSHER",
		"env-undefined error src/a.ts:3 API_URL is set (.env:3) but lacks the client prefix",
		"env-undefined warning src/a.ts:5 VITE_NOTHING_LIKE_IT is never defined",
		"env-unread info .env:1 code reads VITE_PUSHER_ENABLED instead",
		"env-flag-compare error src/a.ts:2 VITE_FLAG is \"yes\"",
		"define-process-env error vite.config.ts:0 define \"process.env\" is process.env",
		"define-process-env error vite.config.ts:0 inlines process.env.STRIPE_SECRET",
	}
	var got []string
	for _, f := range fs {
		got = append(got, f.Code+" "+string(f.Severity)+" "+f.File+":"+itoa(f.Line)+" "+f.Message)
	}
	for _, w := range want {
		parts := strings.SplitN(w, " ", 4)
		found := false
		for _, g := range got {
			if strings.HasPrefix(g, strings.Join(parts[:3], " ")+" ") && strings.Contains(g, parts[3]) {
				found = true
			}
		}
		if !found {
			t.Errorf("no finding %q in:\n%s", w, strings.Join(got, "\n"))
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d findings; want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
}

package envcheck

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// watchProject is a project reading VITE_A and VITE_B with only VITE_A set.
func watchProject(t *testing.T) string {
	t.Helper()
	return writeTree(t, map[string]string{
		".env":        "VITE_A=1\n",
		"src/main.ts": "console.log(import.meta.env.VITE_A, import.meta.env.VITE_B)\n",
	})
}

// startWatcher runs a Watcher until the test ends and returns its reports.
// Cleanup cancels it and fails the test if Run does not return.
func startWatcher(t *testing.T, c WatchConfig) <-chan Change {
	t.Helper()
	changes := make(chan Change, 16)
	c.Check.Environ, c.Check.Dialect = []string{}, DialectNode
	c.OnChange = func(prev, cur *Result, ch Change) { changes <- ch }
	c.OnError = func(err error) { t.Errorf("re-check failed: %v", err) }
	w, err := NewWatcher(c)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run returned %v after cancel; want nil", err)
			}
		case <-time.After(time.Minute):
			t.Error("Run did not return within a minute of cancel")
		}
	})
	if first := next(t, changes); len(first.New) == 0 {
		t.Fatalf("first report has no findings; want VITE_B undefined")
	}
	return changes
}

// next waits for the next report; the limit only guards against a hang.
func next(t *testing.T, changes <-chan Change) Change {
	t.Helper()
	select {
	case ch := <-changes:
		return ch
	case <-time.After(2 * time.Minute):
		t.Fatal("no change reported within two minutes")
		return Change{}
	}
}

func hasValue(ch Change, name, value string) bool {
	for _, v := range ch.Values {
		if v.Name == name && v.New == value {
			return true
		}
	}
	return false
}

func fixedCode(ch Change, code, text string) bool {
	for _, f := range ch.Fixed {
		if f.Code == code && strings.Contains(f.Message, text) {
			return true
		}
	}
	return false
}

// TestWatchAtomicSave saves .env the way editors do (write a temp file,
// rename it over the original) with polling effectively off, so only
// fsnotify can see it.
func TestWatchAtomicSave(t *testing.T) {
	dir := watchProject(t)
	changes := startWatcher(t, WatchConfig{Check: CheckOptions{Options: Options{Dir: dir}}, Debounce: 20 * time.Millisecond, PollInterval: time.Hour})
	tmp := filepath.Join(dir, "4913.tmp")
	must(t, os.WriteFile(tmp, []byte("VITE_A=1\nVITE_B=2\n"), 0o644))
	must(t, os.Rename(tmp, filepath.Join(dir, ".env")))
	ch := next(t, changes)
	if !fixedCode(ch, CodeEnvUndefined, "VITE_B") || !hasValue(ch, "VITE_B", "2") {
		t.Errorf("change = %+v; want VITE_B's env-undefined fixed and VITE_B = 2", ch)
	}
	if !reflect.DeepEqual(ch.Files, []string{".env"}) {
		t.Errorf("changed files = %q; want [.env]", ch.Files)
	}
	// A new file (.env.local created by rename) counts too.
	tmp = filepath.Join(dir, "x.tmp")
	must(t, os.WriteFile(tmp, []byte("VITE_A=local\n"), 0o644))
	must(t, os.Rename(tmp, filepath.Join(dir, ".env.local")))
	if ch := next(t, changes); !hasValue(ch, "VITE_A", "local") {
		t.Errorf("change = %+v; want VITE_A = local from .env.local", ch)
	}
}

// TestWatchPolling forces polling (as on a bind mount without inotify) and
// rewrites .env in place with the same size, then adds a vite.config.
func TestWatchPolling(t *testing.T) {
	dir := watchProject(t)
	changes := startWatcher(t, WatchConfig{Check: CheckOptions{Options: Options{Dir: dir}}, Poll: true, PollInterval: 20 * time.Millisecond})
	must(t, os.WriteFile(filepath.Join(dir, ".env"), []byte("VITE_A=2\n"), 0o644))
	if ch := next(t, changes); !hasValue(ch, "VITE_A", "2") {
		t.Errorf("change = %+v; want VITE_A = 2", ch)
	}
	must(t, os.WriteFile(filepath.Join(dir, "vite.config.js"), []byte("export default { envPrefix: ['VITE_', 'APP_'] }\n"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, ".env"), []byte("VITE_A=2\nAPP_B=3\n"), 0o644))
	if ch := next(t, changes); !hasValue(ch, "APP_B", "3") {
		t.Errorf("change = %+v; want APP_B exposed by the new envPrefix", ch)
	}
}

func TestWatcherConfig(t *testing.T) {
	if _, err := NewWatcher(WatchConfig{Debounce: -1}); err == nil {
		t.Error("NewWatcher accepted a negative Debounce")
	}
	w, err := NewWatcher(WatchConfig{Check: CheckOptions{Options: Options{Dir: filepath.Join(t.TempDir(), "missing")}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Run(t.Context()); err == nil {
		t.Error("Run on a missing dir returned nil; want the check's error")
	}
}

func TestDiff(t *testing.T) {
	fA := Finding{Code: CodeEnvUndefined, Severity: SeverityError, File: "src/a.ts", Line: 3, Message: "A"}
	fB := Finding{Code: CodeWholeEnv, Severity: SeverityWarning, File: "src/b.ts", Line: 1, Message: "B"}
	fAmoved := fA
	fAmoved.Line = 9
	res := func(client map[string]Value, fs ...Finding) *Result {
		return &Result{Env: &Env{Client: client}, Findings: fs}
	}
	prev := res(map[string]Value{"VITE_X": {Value: "1", Source: ".env", File: ".env"}, "VITE_GONE": {Value: "g", Source: "process"},
		"VITE_SECRET": {Value: "old-secret-value", File: ".env"}}, fA)
	cur := res(map[string]Value{"VITE_X": {Value: "2", Source: ".env.local", File: ".env.local"}, "VITE_NEW": {Value: "n", Source: "process"},
		"VITE_SECRET": {Value: "new-secret-value", File: ".env"}}, fAmoved, fB)
	ch := Diff(prev, cur, []string{".env.local"})
	if len(ch.New) != 1 || ch.New[0] != fB || len(ch.Fixed) != 0 {
		t.Errorf("New = %+v, Fixed = %+v; want only B new (A moved lines, not new)", ch.New, ch.Fixed)
	}
	want := []ValueChange{
		{Name: "VITE_NEW", New: "n", NewSource: "process", Added: true},
		{Name: "VITE_SECRET", Old: "<redacted: 16 characters>", New: "<redacted: 16 characters>", OldSource: ".env", NewSource: ".env"},
		{Name: "VITE_X", Old: "1", New: "2", OldSource: ".env", NewSource: ".env.local"},
		{Name: "VITE_GONE", Old: "g", OldSource: "process", Removed: true},
	}
	if !reflect.DeepEqual(ch.Values, want) {
		t.Errorf("Values = %+v\nwant %+v", ch.Values, want)
	}
	s := ch.Summary()
	for _, part := range []string{".env.local changed: 1 new warning", `VITE_NEW = "n" (process)`, "secret", `VITE_X "1" → "2"`} {
		if part == "secret" {
			if strings.Contains(s, "new-secret-value") {
				t.Errorf("Summary leaks a secret: %s", s)
			}
			continue
		}
		if !strings.Contains(s, part) {
			t.Errorf("Summary() = %q; want it to contain %q", s, part)
		}
	}
	if back := Diff(cur, prev, nil); len(back.Fixed) != 1 || back.Fixed[0] != fB {
		t.Errorf("reverse Diff Fixed = %+v; want B", back.Fixed)
	}
	if first := Diff(nil, cur, nil); len(first.New) != 2 || len(first.Values) != 0 {
		t.Errorf("first Diff = %+v; want both findings new and no value changes", first)
	}
}

// TestWatchComposeFile re-checks when the compose file is replaced by a
// rename, as editors save it.
func TestWatchComposeFile(t *testing.T) {
	dir := writeTree(t, map[string]string{
		".env":        "VITE_A=1\n",
		"compose.yml": "services:\n  web:\n    image: node:22\n    environment:\n      - VITE_B=one\n",
		"src/main.ts": "console.log(import.meta.env.VITE_A, import.meta.env.VITE_B)\n",
	})
	c := WatchConfig{Check: CheckOptions{Options: Options{Dir: dir, ComposeFile: "compose.yml", ComposeService: "web"}},
		Debounce: 20 * time.Millisecond, PollInterval: 50 * time.Millisecond}
	changes := make(chan Change, 16)
	c.Check.Environ, c.Check.Dialect = []string{}, DialectNode
	c.OnChange = func(prev, cur *Result, ch Change) { changes <- ch }
	w, err := NewWatcher(c)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	defer func() {
		cancel()
		<-done
	}()
	next(t, changes) // the first check
	tmp := filepath.Join(dir, "compose.yml.new")
	must(t, os.WriteFile(tmp, []byte("services:\n  web:\n    image: node:22\n    environment:\n      - VITE_B=two\n"), 0o644))
	must(t, os.Rename(tmp, filepath.Join(dir, "compose.yml")))
	if ch := next(t, changes); !hasValue(ch, "VITE_B", "two") || !reflect.DeepEqual(ch.Files, []string{"compose.yml"}) {
		t.Errorf("change = %+v; want VITE_B = two after compose.yml changed", ch)
	}
}

// TestWatchPendingSettled: a change is announced (OnPending) before its
// re-run and settled (OnSettled) after OnChange, so `up` knows when its
// last result is stale.
func TestWatchPendingSettled(t *testing.T) {
	dir := watchProject(t)
	var mu sync.Mutex
	var events []string
	note := func(s string) { mu.Lock(); events = append(events, s); mu.Unlock() }
	settled := make(chan struct{}, 4)
	c := WatchConfig{Check: CheckOptions{Options: Options{Dir: dir}}, Debounce: 20 * time.Millisecond, PollInterval: time.Hour,
		OnPending: func() { note("pending") },
		OnSettled: func() { note("settled"); settled <- struct{}{} }}
	changes := startWatcher(t, c)
	must(t, os.WriteFile(filepath.Join(dir, ".env"), []byte("VITE_A=1\nVITE_B=2\n"), 0o644))
	next(t, changes)
	select {
	case <-settled:
	case <-time.After(time.Minute):
		t.Fatal("OnSettled not called within a minute of the change")
	}
	mu.Lock()
	defer mu.Unlock()
	if len(events) < 2 || events[0] != "pending" || events[len(events)-1] != "settled" {
		t.Fatalf("events = %q; want pending first and settled last", events)
	}
}

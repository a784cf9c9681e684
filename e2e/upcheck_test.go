package e2e

// devproxy up's built-in env check (issue 4), end to end with real Vite 8 and
// headless Chromium: the one-line summary at start, a line per .env change,
// the error in Vite's own overlay after the page reloads (hmr.Config.Greet),
// and no re-check for changes to other files.

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

const (
	upcheckCleanEnv  = "VITE_API_URL=http://127.0.0.1:9/api\n"
	upcheckSecretVal = "upcheck-s3cret-value"
	upcheckSecretEnv = upcheckCleanEnv + "VITE_PUSHER_SECRET=" + upcheckSecretVal + "\n"

	// upcheckQuiet is how long a negative case watches for output that must
	// not come. The thing it would follow (the check at start, a re-check
	// 150ms after a change) takes well under a second even on a loaded CI
	// machine; a slow machine can only make such a case pass wrongly, never
	// fail.
	upcheckQuiet = 2 * time.Second
)

var (
	upcheckEnvClean  = regexp.MustCompile(`^\s*➜\s+Env:\s+checked, no problems \((\d+) client variables?\)`)
	upcheckEnvErrors = regexp.MustCompile(`^\s*➜\s+Env:\s+(\d+) errors?, (\d+) warnings? — run 'devproxy check --dir (\S+)' for details`)
	upcheckEnvAny    = regexp.MustCompile(`➜\s+Env:`)
	upcheckEnvChange = regexp.MustCompile(`^\s*env │ `)
	upcheckNewSecret = regexp.MustCompile(`^\s*env │ \.env changed: 1 new error\b`)
	upcheckSecretErr = regexp.MustCompile(`^\s*env │\s+error \.env:2\s+VITE_PUSHER_SECRET looks like a secret.*\[env-secret-exposed\]`)
	upcheckFixed     = regexp.MustCompile(`^\s*env │ \.env changed: 1 fixed\b`)
	upcheckViteEnv   = regexp.MustCompile(`\[vite\] \.env changed, restarting server`)
	upcheckViteBack  = regexp.MustCompile(`\[vite\] server restarted`)
)

// upcheckOverlay is true when Vite's error overlay in the page shows the env
// check's error about VITE_PUSHER_SECRET.
const upcheckOverlay = `(() => {
  const o = document.querySelector('vite-error-overlay');
  const s = o && o.shadowRoot ? o.shadowRoot.textContent : '';
  return s.includes('devproxy check:') && s.includes('VITE_PUSHER_SECRET');
})()`

const upcheckAnyOverlay = `document.querySelector('vite-error-overlay') !== null`

// upcheckProject copies testdata/node/upcheck/app (index.html, src/main.js
// reading import.meta.env.VITE_API_URL) into a temp dir with env as its .env.
func upcheckProject(t *testing.T, env string) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(repoRoot, "testdata", "node", "upcheck", "app")
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, rel), b, 0o644)
	})
	if err != nil {
		t.Fatalf("copying testdata/node/upcheck/app: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, ".env"), []byte(env), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// upcheckUp runs devproxy up in dir, launching Vite 8, and returns it with
// its URL once Vite is ready behind it.
func upcheckUp(t *testing.T, dir string, args ...string) (*proc, string) {
	t.Helper()
	requireNode(t)
	acquire(t)
	checkNoOrphans(t, dir)
	argv := append([]string{"--listen", "127.0.0.1:0", "--vite", "node " + viteBin("vite8"), "--dir", dir}, args...)
	return devproxy(t, dir, nil, argv...)
}

// upcheckSaveEnv replaces .env the way editors save: write a temp file
// beside it, then rename it over .env.
func upcheckSaveEnv(t *testing.T, dir, content string) {
	t.Helper()
	tmp := filepath.Join(dir, "upcheck-save.tmp")
	if err := os.WriteFile(tmp, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, ".env")); err != nil {
		t.Fatalf("saving .env: %v", err)
	}
}

// upcheckCount counts p's output lines matching re so far.
func upcheckCount(p *proc, re *regexp.Regexp) int {
	all, _ := p.out.snapshot()
	n := 0
	for _, l := range all {
		if re.MatchString(l) {
			n++
		}
	}
	return n
}

// upcheckNone fails if p prints a line matching re within upcheckQuiet.
func upcheckNone(t *testing.T, p *proc, re *regexp.Regexp, why string) {
	t.Helper()
	deadline := time.After(upcheckQuiet)
	seen := 0
	for {
		all, changed := p.out.snapshot()
		for ; seen < len(all); seen++ {
			if re.MatchString(all[seen]) {
				t.Fatalf("%s: devproxy printed %q", why, all[seen])
			}
		}
		select {
		case <-changed:
		case <-deadline:
			return
		}
	}
}

func TestUpCheckStart(t *testing.T) {
	t.Run("clean", func(t *testing.T) {
		t.Parallel()
		dir := upcheckProject(t, upcheckCleanEnv)
		dp, _ := upcheckUp(t, dir)
		m := dp.waitLine(t, upcheckEnvClean, eventTimeout)
		if m[1] != "1" {
			t.Errorf("summary counts %s client variables; want 1 (VITE_API_URL)", m[1])
		}

		// A source file is no env input: editing it (here so that a re-run
		// would find a new problem) does not re-run the check.
		main := filepath.Join(dir, "src", "main.js")
		b, err := os.ReadFile(main)
		if err != nil {
			t.Fatal(err)
		}
		b = append(b, "console.log(import.meta.env.VITE_NOT_DEFINED);\n"...)
		if err := os.WriteFile(main, b, 0o644); err != nil {
			t.Fatal(err)
		}
		upcheckNone(t, dp, upcheckEnvChange, "src/main.js changed (not an env input)")
		// The watcher was alive all along: the next .env save re-runs the
		// check, which now sees the read made above.
		upcheckSaveEnv(t, dir, upcheckCleanEnv)
		dp.waitLine(t, regexp.MustCompile(`^\s*env │ \.env changed: 1 new warning`), eventTimeout)
		dp.waitLine(t, regexp.MustCompile(`^\s*env │\s+warning src/main\.js:3\s+import\.meta\.env\.VITE_NOT_DEFINED is never defined`), eventTimeout)
		if n := upcheckCount(dp, upcheckEnvAny); n != 1 {
			t.Errorf("devproxy printed %d Env summary lines; want exactly 1", n)
		}
	})
	t.Run("error", func(t *testing.T) {
		t.Parallel()
		dir := upcheckProject(t, upcheckSecretEnv)
		dp, _ := upcheckUp(t, dir)
		m := dp.waitLine(t, upcheckEnvErrors, eventTimeout)
		if m[1] != "1" || m[2] != "0" || m[3] != dir {
			t.Errorf("summary says %s errors, %s warnings, --dir %s; want 1, 0, %s", m[1], m[2], m[3], dir)
		}
		// The details are on request (--verbose or devproxy check), not here.
		upcheckNone(t, dp, regexp.MustCompile(`VITE_PUSHER_SECRET`), "summary without --verbose")
		if n := upcheckCount(dp, upcheckEnvAny); n != 1 {
			t.Errorf("devproxy printed %d Env summary lines; want exactly 1", n)
		}
	})
}

// TestUpCheckOverlay: a .env save that adds a client-exposed secret is
// reported in devproxy's output and, after Vite restarts and the page
// reloads, in Vite's error overlay; fixing it clears both.
func TestUpCheckOverlay(t *testing.T) {
	b := newBrowser(t)
	dir := upcheckProject(t, upcheckCleanEnv)
	dp, u := upcheckUp(t, dir)
	dp.waitLine(t, upcheckEnvClean, eventTimeout)
	pg := b.page(t)
	if st := pg.open(u); st != 200 {
		t.Fatalf("GET %s through devproxy: status %d; want 200", u, st)
	}
	pg.waitFor("main.js to show VITE_API_URL", map[string]any{"eval": `document.getElementById('api').textContent === 'http://127.0.0.1:9/api'`})
	pg.waitFor("Vite's client to connect", map[string]any{"console": "[vite] connected."})
	if upcheckHasOverlay(pg) {
		t.Fatal("the page shows an error overlay before any problem was introduced")
	}

	navs := len(pg.state().Navigations)
	upcheckSaveEnv(t, dir, upcheckSecretEnv)
	dp.waitLine(t, upcheckNewSecret, eventTimeout)
	dp.waitLine(t, upcheckSecretErr, eventTimeout)
	dp.waitLine(t, upcheckViteEnv, eventTimeout)
	pg.waitFor("the page to reload after Vite restarted", map[string]any{"navigations": navs + 1})
	pg.waitFor("Vite's overlay with the env check's error", map[string]any{"eval": upcheckOverlay})
	text := pg.evalString(`document.querySelector('vite-error-overlay').shadowRoot.textContent`)
	for _, want := range []string{"devproxy check:", "VITE_PUSHER_SECRET", "fix:"} {
		if !strings.Contains(text, want) {
			t.Errorf("overlay text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, upcheckSecretVal) {
		t.Errorf("overlay shows the secret's value:\n%s", text)
	}
	upcheckNoSecret(t, dp)

	st := pg.state()
	navs, logged := len(st.Navigations), len(st.Console)
	upcheckSaveEnv(t, dir, upcheckCleanEnv)
	dp.waitLine(t, upcheckFixed, eventTimeout)
	pg.waitFor("the page to reload after the fix", map[string]any{"navigations": navs + 1})
	pg.waitFor("Vite's client to reconnect", map[string]any{"console": "[vite] connected.", "since": logged})
	// devproxy greets right after Vite's "connected": give that frame
	// upcheckQuiet to arrive, and it must not.
	err := pg.tryWait(map[string]any{"eval": upcheckAnyOverlay}, upcheckQuiet)
	if err == nil {
		t.Fatalf("after the fix and a reload the page still shows an overlay:\n%s",
			pg.evalString(`document.querySelector('vite-error-overlay').shadowRoot.textContent`))
	}
	if !strings.Contains(err.Error(), "timed out waiting") {
		t.Fatalf("watching for an overlay: %v", err)
	}
}

// upcheckNoSecret fails if devproxy's output shows the secret's value
// (the change line names it redacted).
func upcheckNoSecret(t *testing.T, p *proc) {
	t.Helper()
	if n := upcheckCount(p, regexp.MustCompile(regexp.QuoteMeta(upcheckSecretVal))); n > 0 {
		t.Errorf("devproxy printed the value of VITE_PUSHER_SECRET on %d lines", n)
	}
}

func upcheckHasOverlay(pg *page) bool {
	var v bool
	pg.eval(upcheckAnyOverlay, &v)
	return v
}

func TestUpCheckFlags(t *testing.T) {
	t.Run("no-check", func(t *testing.T) {
		t.Parallel()
		dir := upcheckProject(t, upcheckCleanEnv)
		dp, _ := upcheckUp(t, dir, "--no-check")
		// Give devproxy a change to report: Vite sees it and restarts; the
		// check, were it running, would have printed long before.
		upcheckSaveEnv(t, dir, upcheckSecretEnv)
		dp.waitLine(t, upcheckViteEnv, eventTimeout)
		dp.waitLine(t, upcheckViteBack, eventTimeout)
		upcheckNone(t, dp, regexp.MustCompile(`➜\s+Env:|env │`), "--no-check")
		if n := upcheckCount(dp, regexp.MustCompile(`➜\s+Env:|env │`)); n != 0 {
			t.Errorf("--no-check: devproxy printed %d env check lines; want none", n)
		}
	})
	t.Run("poll", func(t *testing.T) {
		t.Parallel()
		dir := upcheckProject(t, upcheckCleanEnv)
		dp, _ := upcheckUp(t, dir, "--poll")
		dp.waitLine(t, upcheckEnvClean, eventTimeout)
		upcheckSaveEnv(t, dir, upcheckSecretEnv)
		dp.waitLine(t, upcheckNewSecret, eventTimeout)
		dp.waitLine(t, upcheckSecretErr, eventTimeout)
		upcheckSaveEnv(t, dir, upcheckCleanEnv)
		dp.waitLine(t, upcheckFixed, eventTimeout)
		upcheckNoSecret(t, dp)
	})
}

// TestUpCheckComposeBroadcast: a compose file change does not restart Vite,
// so the new error reaches the open page by devproxy's broadcast on the HMR
// socket it carries, without a reload; a page opened later gets it as soon
// as its socket connects (Greet).
func TestUpCheckComposeBroadcast(t *testing.T) {
	b := newBrowser(t)
	dir := upcheckProject(t, upcheckCleanEnv)
	compose := "services:\n  web:\n    image: node:22\n    environment:\n      TZ: UTC\n"
	if err := os.WriteFile(filepath.Join(dir, "compose.yaml"), []byte(compose), 0o644); err != nil {
		t.Fatal(err)
	}
	dp, u := upcheckUp(t, dir, "--compose", "compose.yaml", "--service", "web")
	dp.waitLine(t, upcheckEnvClean, eventTimeout)
	pg := b.page(t)
	if st := pg.open(u); st != 200 {
		t.Fatalf("GET %s through devproxy: status %d; want 200", u, st)
	}
	pg.waitFor("Vite's client to connect", map[string]any{"console": "[vite] connected."})
	navs := len(pg.state().Navigations)

	tmp := filepath.Join(dir, "upcheck-save.tmp")
	if err := os.WriteFile(tmp, []byte(compose+"      VITE_PUSHER_SECRET: "+upcheckSecretVal+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, "compose.yaml")); err != nil {
		t.Fatal(err)
	}
	dp.waitLine(t, regexp.MustCompile(`^\s*env │ compose\.yaml changed: 1 new error\b`), eventTimeout)
	pg.waitFor("Vite's overlay with the env check's error", map[string]any{"eval": upcheckOverlay})
	if n := len(pg.state().Navigations); n != navs {
		t.Errorf("the page navigated %d times; want the overlay without a reload (Vite does not watch compose.yaml)", n-navs)
	}
	if n := upcheckCount(dp, upcheckViteEnv); n != 0 {
		t.Errorf("Vite restarted %d times for a compose file change; this case needs it not to", n)
	}

	other := b.page(t)
	other.open(u)
	other.waitFor("the overlay in a page opened after the change", map[string]any{"eval": upcheckOverlay})
	upcheckNoSecret(t, dp)
}

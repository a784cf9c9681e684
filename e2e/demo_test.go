package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	composecli "github.com/compose-spec/compose-go/v2/cli"
)

// demoScreenshot, when set, is where TestDemoChat writes its picture of the
// two-user chat (the README's): go test ./e2e/ -run TestDemoChat -demo-screenshot ../docs/demo-chat.png
var demoScreenshot = flag.String("demo-screenshot", "", "write TestDemoChat's two-user screenshot to this file")

// demoMaxMedianLatency bounds the median time from pressing Send in one
// browser to the message being on the other's screen. Issue 5 asks for 500 ms;
// a loaded CI machine measures tens of milliseconds, so only a real stall
// (a lost event redelivered, a blocked proxy) crosses it.
const demoMaxMedianLatency = 500

// demoResult is what testdata/node/demo/chat.mjs observed.
type demoResult struct {
	Users           []string   `json:"users"`
	MembersSeen     [][]string `json:"membersSeen"`
	TypingText      string     `json:"typingText"`
	RandomInGeneral bool       `json:"randomLeakedIntoGeneral"`
	TypingShownMs   int        `json:"typingShownMs"`
	LatenciesMs     []int      `json:"latenciesMs"`
	AfterHmrLatency int        `json:"afterHmrLatencyMs"`
	Screenshot      string     `json:"screenshot"`
	PageErrors      [][]string `json:"pageErrors"`
	WebSockets      [][]string `json:"websockets"`
	Console         [][]string `json:"console"`
	HMR             struct {
		Before struct {
			Sockets     []string   `json:"sockets"`
			Messages    [][]string `json:"messages"`
			Navigations []int      `json:"navigations"`
		} `json:"before"`
		After struct {
			Sockets     []string   `json:"sockets"`
			Messages    [][]string `json:"messages"`
			Navigations []int      `json:"navigations"`
			Markers     []*string  `json:"markers"`
		} `json:"after"`
		ConsoleSinceEdit [][]string `json:"consoleSinceEdit"`
	} `json:"hmr"`
}

// TestDemoChat runs the bundled demo the way the README's `make demo` does —
// devproxy up with the mock Pusher, the backend routed under /api and
// supervised with --run — and drives it as two users in headless Chromium:
// presence, typing, messages both ways (timed), then an edit to a component
// that must apply by HMR without a reload, keeping the Pusher connection and
// the messages on screen.
func TestDemoChat(t *testing.T) {
	requireNode(t)
	if _, err := os.Stat(chromiumPath()); err != nil {
		t.Skipf("no chromium at %s (apt-get install chromium, or set CHROMIUM): the demo test drives a real browser", chromiumPath())
	}
	demoModules := filepath.Join(repoRoot, "testdata", "demo", "node_modules")
	if _, err := os.Stat(filepath.Join(demoModules, "pusher", "package.json")); err != nil {
		t.Skip("testdata/demo/node_modules is missing: run npm ci --prefix testdata/demo (scripts/setup.sh does)")
	}
	acquire(t)

	dir := demoCopy(t, filepath.Join(repoRoot, "testdata", "demo"), demoModules)
	checkNoOrphans(t, dir)
	apiPort := freePort(t)
	p, pageURL := devproxy(t, repoRoot, []string{"DEMO_API_PORT=" + strconv.Itoa(apiPort)},
		"--dir", dir,
		"--listen", "127.0.0.1:0",
		"--mock-pusher",
		"--route", fmt.Sprintf("/api=http://127.0.0.1:%d", apiPort),
		"--run", "node server/index.mjs",
	)
	u, err := url.Parse(pageURL)
	if err != nil || u.Port() == "0" || u.Port() == "" {
		t.Fatalf("devproxy printed Local URL %q; want http://127.0.0.1:PORT/", pageURL)
	}
	listen := u.Host
	demoWaitAPI(t, "http://"+listen+"/api/health", p)

	shot := filepath.Join(t.TempDir(), "demo-chat.png")
	if *demoScreenshot != "" {
		abs, err := filepath.Abs(*demoScreenshot)
		if err != nil {
			t.Fatalf("-demo-screenshot %q: %v", *demoScreenshot, err)
		}
		shot = abs
	}
	res := demoDrive(t, pageURL, dir, shot)

	// Two users, each seeing the other in presence.
	if len(res.Users) != 2 || res.Users[0] == "" || res.Users[1] == "" || res.Users[0] == res.Users[1] {
		t.Fatalf("users = %q; want two distinct names (two browser profiles are two users)", res.Users)
	}
	for i, seen := range res.MembersSeen {
		for _, u := range res.Users {
			if !slices.Contains(seen, u) {
				t.Errorf("browser %d's online list = %q; want it to include %q", i+1, seen, u)
			}
		}
	}
	if want := res.Users[0] + " is typing"; !strings.Contains(res.TypingText, want) {
		t.Errorf("browser 2's typing indicator = %q; want it to contain %q", res.TypingText, want)
	}

	if res.RandomInGeneral {
		t.Error("browser 1 shows the message browser 2 posted in #random in #general; want it only in #random (with an unread badge)")
	}

	// Messages both ways, timed.
	if len(res.LatenciesMs) == 0 {
		t.Fatal("no message latencies measured")
	}
	sorted := slices.Sorted(slices.Values(res.LatenciesMs))
	median := sorted[len(sorted)/2]
	t.Logf("message latency, Send in one browser → on screen in the other: median %d ms, max %d ms, all %v (typing indicator shown after %d ms)",
		median, sorted[len(sorted)-1], res.LatenciesMs, res.TypingShownMs)
	if median > demoMaxMedianLatency {
		t.Errorf("median message latency = %d ms (all %v); want ≤ %d ms", median, res.LatenciesMs, demoMaxMedianLatency)
	}

	// The component edit applied by HMR: no reload, same Pusher sockets,
	// same messages, and the connection still delivers.
	hmr := res.HMR
	for i := range res.Users {
		since := strings.Join(hmr.ConsoleSinceEdit[i], "\n")
		if !strings.Contains(since, "[vite] hot updated: /src/components/header.ts") {
			t.Errorf("browser %d: no \"[vite] hot updated: /src/components/header.ts\" after the edit; console since:\n%s", i+1, since)
		}
		for _, bad := range []string{"[vite] page reload", "Direct websocket connection fallback", "[vite] server connection lost"} {
			if strings.Contains(since, bad) {
				t.Errorf("browser %d: console says %q after the edit; want a hot update through devproxy:\n%s", i+1, bad, since)
			}
		}
		if hmr.After.Markers[i] == nil || hmr.After.Navigations[i] != hmr.Before.Navigations[i] {
			t.Errorf("browser %d reloaded on the edit (navigations %d → %d, marker %v); want a hot update", i+1,
				hmr.Before.Navigations[i], hmr.After.Navigations[i], hmr.After.Markers[i])
		}
		if b, a := hmr.Before.Sockets[i], hmr.After.Sockets[i]; b == "" || a != b {
			t.Errorf("browser %d: Pusher socket_id %q before the edit, %q after; want the same connection", i+1, b, a)
		}
		if b, a := hmr.Before.Messages[i], hmr.After.Messages[i]; len(b) < 6 || !slices.Equal(a, b) {
			t.Errorf("browser %d: messages on screen before the edit %q, after %q; want them kept", i+1, b, a)
		}
		// Every WebSocket the page opened — Vite's HMR socket and pusher-js's —
		// went to devproxy's port: Vite's silent direct fallback must fail this.
		var hmrSocket, pusherSocket bool
		for _, ws := range res.WebSockets[i] {
			u, err := url.Parse(ws)
			if err != nil || u.Host != listen {
				t.Errorf("browser %d opened WebSocket %s; want every socket through devproxy at %s", i+1, ws, listen)
				continue
			}
			hmrSocket = hmrSocket || strings.Contains(u.RawQuery, "token=")
			pusherSocket = pusherSocket || strings.HasPrefix(u.Path, "/app/")
		}
		if !hmrSocket || !pusherSocket {
			t.Errorf("browser %d's WebSockets %q; want Vite's HMR socket (?token=) and pusher-js's (/app/KEY)", i+1, res.WebSockets[i])
		}
		if errs := res.PageErrors[i]; len(errs) > 0 {
			t.Errorf("browser %d page errors: %q", i+1, errs)
		}
	}
	t.Logf("after the hot update a message still arrived in %d ms; screenshot: %s", res.AfterHmrLatency, res.Screenshot)
	if t.Failed() {
		for i, c := range res.Console {
			t.Logf("browser %d console:\n  %s", i+1, strings.Join(c, "\n  "))
		}
	}
}

// demoCopy copies the demo app (without node_modules) to a temp dir and
// gives it a node_modules of symlinks to the installed packages, so the
// test's edits and Vite's cache (node_modules/.vite) never touch the repo.
func demoCopy(t *testing.T, src, modules string) string {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "demo")
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() && d.Name() == "node_modules" {
			return filepath.SkipDir
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatalf("copying the demo to %s: %v", dst, err)
	}
	ents, err := os.ReadDir(modules)
	if err != nil {
		t.Fatalf("reading %s: %v", modules, err)
	}
	nm := filepath.Join(dst, "node_modules")
	if err := os.Mkdir(nm, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if e.Name() == ".vite" || e.Name() == ".vite-temp" {
			continue
		}
		if err := os.Symlink(filepath.Join(modules, e.Name()), filepath.Join(nm, e.Name())); err != nil {
			t.Fatalf("linking node_modules/%s: %v", e.Name(), err)
		}
	}
	return dst
}

// demoWaitAPI waits until the supervised backend answers through devproxy's
// /api route with its own JSON (not Vite's index.html or a proxy error page).
func demoWaitAPI(t *testing.T, url string, p *proc) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()
	client := &http.Client{Timeout: 5 * time.Second}
	var last string
	for {
		req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
		resp, err := client.Do(req)
		if err == nil {
			body, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
			resp.Body.Close()
			if resp.StatusCode == 200 && bytes.Contains(body, []byte(`"ok":true`)) {
				return
			}
			last = fmt.Sprintf("%s: %q", resp.Status, body)
		} else {
			last = err.Error()
		}
		if p.exited() {
			t.Fatalf("devproxy exited (%v) before the demo backend answered at %s; output:\n%s", p.err, url, p.out)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the demo backend did not answer at %s within %v (last: %s); devproxy output:\n%s", url, startTimeout, last, p.out)
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// demoDrive runs the two-browser script and decodes what it saw.
func demoDrive(t *testing.T, pageURL, dir, shot string) demoResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 4*eventTimeout)
	defer cancel()
	script := filepath.Join(repoRoot, "testdata", "node", "demo", "chat.mjs")
	cmd := exec.CommandContext(ctx, "node", script, "--url", pageURL, "--dir", dir, "--screenshot", shot)
	cmd.Dir = filepath.Join(repoRoot, "testdata", "node")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("chat.mjs did not finish within %v; its log:\n%s", 4*eventTimeout, stderr.String())
	}
	if err != nil {
		t.Fatalf("chat.mjs failed (%v):\n%s", err, stderr.String())
	}
	t.Logf("chat.mjs:\n%s", strings.TrimSpace(stderr.String()))
	var res demoResult
	if err := json.Unmarshal(stdout.Bytes(), &res); err != nil {
		t.Fatalf("decoding chat.mjs's result: %v\n%s", err, stdout.String())
	}
	if len(res.HMR.ConsoleSinceEdit) != 2 || len(res.HMR.After.Markers) != 2 || len(res.PageErrors) != 2 || len(res.WebSockets) != 2 {
		t.Fatalf("chat.mjs's result is incomplete: %s", stdout.String())
	}
	return res
}

// TestDemoBackend runs the demo backend's own unit tests (node --test): input
// validation, the events it triggers through the real pusher SDK, and its
// errors when Pusher is unreachable or refuses.
func TestDemoBackend(t *testing.T) {
	requireNode(t)
	demo := filepath.Join(repoRoot, "testdata", "demo")
	if _, err := os.Stat(filepath.Join(demo, "node_modules", "pusher", "package.json")); err != nil {
		t.Skip("testdata/demo/node_modules is missing: run npm ci --prefix testdata/demo (scripts/setup.sh does)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), eventTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "node", "--test", "--test-reporter=spec", "server/")
	cmd.Dir = demo
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("node --test server/ in %s: %v\n%s", demo, err, out)
	}
	t.Logf("%s", out)
}

// demoFinding and demoCheckReport are devproxy check's --format json.
type demoFinding struct {
	Code     string `json:"code"`
	Severity string `json:"severity"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	Message  string `json:"message"`
	Fix      string `json:"fix"`
}

type demoCheckReport struct {
	Findings []demoFinding `json:"findings"`
	Env      map[string]struct {
		Value  string `json:"value"`
		Source string `json:"source"`
	} `json:"env"`
}

// demoCheck runs devproxy check --format json from the repository root and
// returns its report and exit code.
func demoCheck(t *testing.T, args ...string) (demoCheckReport, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), eventTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, devproxyBin(t), append([]string{"check", "--format", "json"}, args...)...)
	cmd.Dir = repoRoot
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("devproxy check %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	var rep demoCheckReport
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("devproxy check %s (exit %d): decoding its JSON: %v\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, err, stdout.String(), stderr.String())
	}
	return rep, code
}

// TestDemoCheck pins what the README promises about devproxy check: the demo
// (alone and as its compose service) is clean, and testdata/broken reports
// each of the field notes' four mistakes with its fix.
func TestDemoCheck(t *testing.T) {
	for _, dir := range []string{"demo", "broken"} {
		if _, err := os.Stat(filepath.Join(repoRoot, "testdata", dir, "node_modules", "pusher", "package.json")); err != nil {
			t.Skipf("testdata/%s/node_modules is missing (the import graph goes through the pusher SDK): run npm ci --prefix testdata/%s", dir, dir)
		}
	}
	compose := func(parts ...string) string {
		return filepath.Join(append([]string{repoRoot, "testdata"}, parts...)...)
	}

	t.Run("demo", func(t *testing.T) {
		for name, args := range map[string][]string{
			"env files": {"--dir", "testdata/demo"},
			"compose":   {"--dir", "testdata/demo", "--compose", compose("demo-compose", "docker-compose.yml"), "--service", "web"},
		} {
			rep, code := demoCheck(t, args...)
			for _, f := range rep.Findings {
				if f.Severity != "info" {
					t.Errorf("%s: %s:%d %s %s [%s]; want the demo clean", name, f.File, f.Line, f.Severity, f.Message, f.Code)
				}
			}
			if code != 0 {
				t.Errorf("%s: devproxy check %s exited %d; want 0", name, strings.Join(args, " "), code)
			}
			if v := rep.Env["VITE_PUSHER_KEY"].Value; v != "demo-key" {
				t.Errorf("%s: VITE_PUSHER_KEY = %q; want demo-key", name, v)
			}
			for k := range rep.Env {
				if strings.Contains(strings.ToUpper(k), "SECRET") {
					t.Errorf("%s: %s reaches the browser", name, k)
				}
			}
		}
	})

	t.Run("broken", func(t *testing.T) {
		want := []struct {
			code, file string
			says       []string
		}{
			{"env-secret-exposed", ".env", []string{"VITE_PUSHER_SECRET"}},
			{"env-undefined", "src/config.ts", []string{"VITE_PUSHER_ENABLED", "VITE_ENABLE_PUSHER"}},
			{"pusher-auth-mismatch", "", []string{"/api/v1/pusher/auth", "/api/pusher/auth"}},
			{"server-sdk-in-browser", "lib/pusher-server.ts", []string{"src/main.ts → src/services/chat.ts → lib/pusher-server.ts → pusher"}},
		}
		for name, args := range map[string][]string{
			"env files": {"--dir", "testdata/broken"},
			"compose":   {"--dir", "testdata/broken", "--compose", compose("broken", "docker-compose.yml"), "--service", "dashboard"},
		} {
			rep, code := demoCheck(t, args...)
			if code != 1 {
				t.Errorf("%s: devproxy check %s exited %d; want 1 (errors found)", name, strings.Join(args, " "), code)
			}
			for _, w := range want {
				i := slices.IndexFunc(rep.Findings, func(f demoFinding) bool {
					if f.Code != w.code || (w.file != "" && f.File != w.file) {
						return false
					}
					for _, s := range w.says {
						if !strings.Contains(f.Message, s) {
							return false
						}
					}
					return true
				})
				if i < 0 {
					t.Errorf("%s: no %s finding in %q mentioning %q; findings:\n%s", name, w.code, w.file, w.says, demoFindings(rep.Findings))
					continue
				}
				if f := rep.Findings[i]; f.Fix == "" || f.Line == 0 {
					t.Errorf("%s: %s at %s:%d has no fix or line: %+v", name, f.Code, f.File, f.Line, f)
				}
			}
		}
	})
}

func demoFindings(fs []demoFinding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "  %s:%d %s %s: %s\n", f.File, f.Line, f.Severity, f.Code, f.Message)
	}
	return b.String()
}

// TestDemoCompose pins the shape of testdata/demo-compose that the README
// describes (no Docker engine needed: compose-go is the loader docker compose
// uses): one published port, on loopback, to devproxy listening on all
// interfaces in the web container; the api service triggering through it
// with the same Pusher credentials; no secret with the client prefix.
func TestDemoCompose(t *testing.T) {
	dir := filepath.Join(repoRoot, "testdata", "demo-compose")
	opts, err := composecli.NewProjectOptions([]string{filepath.Join(dir, "docker-compose.yml")},
		composecli.WithWorkingDirectory(dir), composecli.WithEnvFiles(), composecli.WithDotEnv)
	if err != nil {
		t.Fatal(err)
	}
	p, err := opts.LoadProject(context.Background())
	if err != nil {
		t.Fatalf("loading testdata/demo-compose/docker-compose.yml: %v", err)
	}
	web, ok := p.Services["web"]
	if !ok {
		t.Fatal("no web service")
	}
	api, ok := p.Services["api"]
	if !ok {
		t.Fatal("no api service")
	}

	var published []string
	for _, s := range p.Services {
		for _, port := range s.Ports {
			published = append(published, fmt.Sprintf("%s: %s:%s→%d", s.Name, port.HostIP, port.Published, port.Target))
		}
	}
	if len(published) != 1 || len(web.Ports) != 1 {
		t.Fatalf("published ports = %q; want exactly one, on web", published)
	}
	if port := web.Ports[0]; port.HostIP != "127.0.0.1" || port.Target != 5173 {
		t.Errorf("web publishes %s; want 127.0.0.1:…→5173 (devproxy's default port, loopback on the host)", published[0])
	}

	cmd := strings.Join(web.Command, " ")
	for _, want := range []string{"devproxy up", "--host", "--mock-pusher", "--route /api=http://api:3001"} {
		if !strings.Contains(cmd, want) {
			t.Errorf("web command %q; want it to contain %q", cmd, want)
		}
	}
	val := func(env map[string]*string, k string) string {
		if v := env[k]; v != nil {
			return *v
		}
		return "<unset>"
	}
	if h, port := val(api.Environment, "PUSHER_HOST"), val(api.Environment, "PUSHER_PORT"); h != "web" || port != "5173" {
		t.Errorf("api triggers through PUSHER_HOST=%s PUSHER_PORT=%s; want web:5173 (devproxy's mock Pusher)", h, port)
	}
	for _, k := range []string{"PUSHER_APP_ID", "PUSHER_APP_KEY", "PUSHER_APP_SECRET"} {
		if a, w := val(api.Environment, k), val(web.Environment, k); a != w || a == "<unset>" || a == "" {
			t.Errorf("%s: api has %q, web (the mock Pusher) has %q; want the same value in both", k, a, w)
		}
	}
	if k, v := val(web.Environment, "PUSHER_APP_KEY"), val(web.Environment, "VITE_PUSHER_KEY"); k != v {
		t.Errorf("web: PUSHER_APP_KEY=%q but VITE_PUSHER_KEY=%q; pusher-js would get 4001 (unknown app key)", k, v)
	}
	for _, s := range p.Services {
		for k := range s.Environment {
			if strings.HasPrefix(k, "VITE_") && strings.Contains(k, "SECRET") {
				t.Errorf("%s: %s carries the client prefix", s.Name, k)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "Dockerfile")); err != nil {
		t.Errorf("the services build from testdata/demo-compose/Dockerfile: %v", err)
	}
}

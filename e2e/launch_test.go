package e2e

import (
	"errors"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestLaunchedViteExits: the Vite that devproxy launched dies. Before it ever
// answered, devproxy exits 1 naming the exit status with Vite's last lines;
// after, devproxy says so and keeps answering with its waiting page.
func TestLaunchedViteExits(t *testing.T) {
	requireNode(t)
	t.Run("before-ready", func(t *testing.T) {
		t.Parallel()
		dir := fixture(t, "")
		script := "console.log('failed to load config from " + dir + "/vite.config.js');\nprocess.exit(3);\n"
		if err := os.WriteFile(filepath.Join(dir, "fail.mjs"), []byte(script), 0o644); err != nil {
			t.Fatal(err)
		}
		checkNoOrphans(t, dir)
		dp := startProc(t, "devproxy", dir, nil, devproxyBin(t), "up", "--vite", "node fail.mjs", "--dir", dir, "--listen", "127.0.0.1:0")
		select {
		case <-dp.done:
		case <-time.After(startTimeout):
			t.Fatalf("devproxy still running %v after its Vite exited 3; output:\n%s", startTimeout, dp.out)
		}
		var ee *exec.ExitError
		if !errors.As(dp.err, &ee) || ee.ExitCode() != 1 {
			t.Errorf("devproxy exit = %v; want exit status 1", dp.err)
		}
		out := dp.out.String()
		if !regexp.MustCompile(`\b3\b`).MatchString(out) || !strings.Contains(out, "failed to load config") {
			t.Errorf("devproxy's output should name Vite's exit status 3 and show its last line; got:\n%s", out)
		}
		if strings.Contains(out, "goroutine ") || strings.Contains(out, "panic:") {
			t.Errorf("devproxy printed a stack trace:\n%s", out)
		}
	})
	t.Run("after-ready", func(t *testing.T) {
		t.Parallel()
		acquire(t)
		dir := fixture(t, "default.mjs")
		dp, u := launchDevproxyProc(t, dir, nil, viteCmd("vite6", "default.mjs"))
		var vitePids []int // the processes devproxy runs in dir: Vite
		for _, pid := range orphans(dir) {
			if pid != dp.cmd.Process.Pid {
				vitePids = append(vitePids, pid)
			}
		}
		if len(vitePids) == 0 {
			t.Fatalf("found no process running in %s: is Vite not launched there?", dir)
		}
		for _, pid := range vitePids {
			syscall.Kill(pid, syscall.SIGKILL)
		}
		dp.waitLine(t, regexp.MustCompile(`(?i)vite.*(exit|kill|signal|stopped|died)`), eventTimeout)
		if dp.exited() {
			t.Fatalf("devproxy exited (%v) when Vite died after being ready; want it to keep serving its waiting page", dp.err)
		}
		req, _ := http.NewRequest("GET", u, nil)
		req.Header.Set("Accept", "text/html")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("GET %s after Vite died: %v", u, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if cc := resp.Header.Get("Cache-Control"); !strings.Contains(cc, "no-store") {
			t.Errorf("GET %s after Vite died = %d, Cache-Control %q; want devproxy's waiting page (no-store)", u, resp.StatusCode, cc)
		}
		if strings.Contains(string(body), `id="inc"`) {
			t.Errorf("GET %s after Vite died served the app", u)
		}
	})
}

package hmr

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Broadcast shows a devproxy error in Vite's own error overlay, in a real
// headless Chromium running the real Vite client, over the socket the
// Handler carries.
func TestBroadcastShowsViteOverlay(t *testing.T) {
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("needs headless Chromium at %s (apt-get install chromium): %v", chromium, err)
	}
	for _, version := range []string{"vite8", "vite5"} {
		t.Run(version, func(t *testing.T) {
			up := startVite(t, version, "a", 0)
			h, front := frontDoor(t, up)
			script, _ := filepath.Abs(filepath.Join("testdata", "overlay.mjs"))
			ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
			defer cancel()
			cmd := exec.Command("node", script, front.URL+"/")
			cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			cmd.Stderr = os.Stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() {
				syscall.Kill(-cmd.Process.Pid, syscall.SIGTERM)
				done := make(chan struct{})
				go func() { cmd.Wait(); close(done) }()
				select {
				case <-done:
				case <-time.After(10 * time.Second):
					syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
					<-done
				}
			})
			lines := make(chan string)
			go func() {
				defer close(lines)
				sc := bufio.NewScanner(out)
				for sc.Scan() {
					lines <- sc.Text()
				}
			}()
			const msg = "VITE_PUSHER_KEY is empty in .env.local"
			var transcript []string
			for {
				select {
				case <-ctx.Done():
					t.Fatalf("no overlay within the test's bound; browser said:\n%s", strings.Join(transcript, "\n"))
				case line, ok := <-lines:
					if !ok {
						t.Fatalf("browser script ended without an overlay:\n%s", strings.Join(transcript, "\n"))
					}
					transcript = append(transcript, line)
					switch {
					case line == "READY":
						if n := h.Broadcast(ErrorPayload(msg, "/project/.env.local")); n != 1 {
							t.Fatalf("Broadcast reached %d sockets; want the page's 1", n)
						}
					case strings.HasPrefix(line, "OVERLAY "):
						if !strings.Contains(line, msg) || !strings.Contains(line, "devproxy") {
							t.Fatalf("overlay shows %q; want the message and the plugin name", line)
						}
						return
					case strings.HasPrefix(line, "ERROR "):
						t.Fatalf("browser script failed:\n%s", strings.Join(transcript, "\n"))
					}
				}
			}
		})
	}
}

package mockpusher

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestInspectorInChromium loads the inspector page in real headless
// Chromium and uses its trigger form.
func TestInspectorInChromium(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no node on PATH: the inspector's browser test needs node and testdata/node (npm ci)")
	}
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("no chromium at %s: set CHROMIUM or install it", chromium)
	}
	if _, err := os.Stat(filepath.Join("..", "testdata", "node", "node_modules", "playwright-core")); err != nil {
		t.Skip("testdata/node/node_modules/playwright-core missing: run npm ci in testdata/node")
	}
	_, hs := newTestServer(t, Config{})
	c := dial(t, hs)
	c.subscribe("room", "", "")
	c.expect("pusher_internal:subscription_succeeded", "room")

	ctx, cancel := context.WithTimeout(context.Background(), 2*ioDeadline)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, filepath.Join("testdata", "inspector", "inspector.mjs"), hs.URL, c.socketID)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "ok") {
		t.Fatalf("inspector.mjs: %v\n%s", err, out)
	}
	if f := c.expect("hello", "room"); f.Data != `{"from":"inspector"}` {
		t.Fatalf("event from the inspector form = %q", f.Data)
	}
}

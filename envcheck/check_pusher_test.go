package envcheck

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestPusherFactsMatchPusherJS asks the real pusher-js (testdata/node)
// what the findings quote: its errors for a missing key or cluster, the
// host an empty cluster gives, and that an empty key is accepted. It never
// connects: Pusher.isReady is cleared first.
func TestPusherFactsMatchPusherJS(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH")
	}
	dir, _ := filepath.Abs(filepath.Join("..", "testdata", "node"))
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "pusher-js", "package.json")); err != nil {
		t.Skipf("pusher-js is not installed (npm ci in testdata/node): %v", err)
	}
	script := `
const Pusher = require('pusher-js');
Pusher.isReady = false; // construct without connecting
const out = {};
const msg = (f) => { try { f(); return null } catch (e) { return String(e) } };
out.noKey = msg(() => new Pusher(undefined, { cluster: 'eu' }));
out.noClusterOption = msg(() => new Pusher('k', {}));
out.undefinedCluster = msg(() => new Pusher('k', { cluster: undefined }));
out.emptyClusterHost = new Pusher('k', { cluster: '' }).config.wsHost;
out.emptyKeyThrows = msg(() => new Pusher('', { cluster: 'eu' }));
console.log(JSON.stringify(out));
process.exit(0); // pusher-js keeps timers alive
`
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute) // a hang guard, not a speed test
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "-e", script)
	cmd.Dir = dir
	b, err := cmd.Output()
	if err != nil {
		t.Fatalf("node: %v", err)
	}
	var got struct {
		NoKey, NoClusterOption, UndefinedCluster, EmptyClusterHost string
		EmptyKeyThrows                                             *string
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("reading %s: %v", b, err)
	}
	for _, c := range []struct{ what, got, want string }{
		{"undefined key error", got.NoKey, pusherErrNoKey},
		{"no cluster option error", got.NoClusterOption, pusherErrNoCluster},
		{"undefined cluster error", got.UndefinedCluster, pusherErrNoCluster},
		{"empty cluster host", got.EmptyClusterHost, pusherEmptyHost},
	} {
		if c.got != c.want {
			t.Errorf("pusher-js %s = %q; envcheck quotes %q", c.what, c.got, c.want)
		}
	}
	if got.EmptyKeyThrows != nil {
		t.Errorf("pusher-js throws %q for an empty key; envcheck says it is accepted", *got.EmptyKeyThrows)
	}
}

func TestPusherFindings(t *testing.T) {
	env := &Env{Client: map[string]Value{
		"VITE_KEY":             {Value: "k", File: ".env", Line: 1},
		"VITE_EMPTY":           {Value: "", File: ".env", Line: 2},
		"VITE_CLUSTER":         {Value: "eu", File: ".env", Line: 3},
		"VITE_ODD":             {Value: "eu2", File: ".env", Line: 4},
		"VITE_PUSHER_AUTH_URL": {Value: "/api/pusher/auth", File: ".env", Line: 5},
	}}
	tests := []struct {
		name   string
		src    string
		served []string
		want   string // codes, space-separated
	}{
		{"all good", "new Pusher(import.meta.env.VITE_KEY, { cluster: import.meta.env.VITE_CLUSTER })", nil, ""},
		{"key unset", "new Pusher(import.meta.env.VITE_NOPE, { cluster: 'eu' })", nil, CodePusherKeyMissing},
		{"key unset with empty fallback", "new Pusher(import.meta.env.VITE_NOPE || '', { cluster: 'eu' })", nil, CodePusherKeyEmpty},
		{"key empty", "new Pusher(import.meta.env.VITE_EMPTY, { cluster: 'eu' })", nil, CodePusherKeyEmpty},
		{"no cluster", "new Pusher('k', { forceTLS: true })", nil, CodePusherClusterMiss},
		{"cluster unset", "new Pusher('k', { cluster: import.meta.env.VITE_NOPE })", nil, CodePusherClusterMiss},
		{"cluster unset with fallback", "new Pusher('k', { cluster: import.meta.env.VITE_NOPE || 'us2' })", nil, ""},
		{"cluster empty", "new Pusher('k', { cluster: import.meta.env.VITE_EMPTY })", nil, CodePusherClusterEmpt},
		{"cluster unknown", "new Pusher('k', { cluster: import.meta.env.VITE_ODD })", nil, CodePusherClusterUnk},
		{"own host makes the cluster moot", "new Pusher('k', { cluster: '', wsHost: location.hostname })", nil, ""},
		{"options not literal", "new Pusher('k', opts)", nil, ""},
		{"endpoint unset", "new Pusher('k', { cluster: 'eu', channelAuthorization: { endpoint: import.meta.env.VITE_NOPE } })", nil, CodePusherAuthUnset},
		{"endpoint literal differs from env", "new Pusher('k', { cluster: 'eu', authEndpoint: '/auth' })", nil, CodePusherAuthEnv},
		{"endpoint from env is served", "new Pusher('k', { cluster: 'eu', authEndpoint: import.meta.env.VITE_PUSHER_AUTH_URL })", []string{"/api/"}, ""},
		{"default endpoint not served", "new Pusher('k', { cluster: 'eu' })", []string{"/api/"}, CodePusherAuthServed},
		{"default endpoint served", "new Pusher('k', { cluster: 'eu' })", []string{"/pusher/auth"}, ""},
		{"other origin not checked", "new Pusher('k', { cluster: 'eu', authEndpoint: 'https://api.example.com/pusher/auth' })", []string{"/pusher/auth"}, CodePusherAuthEnv},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			scan := ScanSource("src/p.ts", []byte(tt.src))
			var codes []string
			for _, f := range pusherFindings(env, scan, tt.served) {
				codes = append(codes, f.Code)
			}
			if got := strings.Join(codes, " "); got != tt.want {
				t.Errorf("pusherFindings(%q) = %q; want %q", tt.src, got, tt.want)
			}
		})
	}
}

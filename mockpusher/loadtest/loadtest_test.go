package main

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary act as the re-exec'd server child, as the
// loadtest binary does.
func TestMain(m *testing.M) {
	if impl := os.Getenv(serveEnv); impl != "" {
		if err := serveChild(impl); err != nil {
			os.Stderr.WriteString(err.Error() + "\n")
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// The signer must produce Pusher's documented example, or every figure the
// load client reports would be for rejected triggers.
func TestSignedQueryMatchesPusherDocs(t *testing.T) {
	rc := newRESTClient("http://127.0.0.1:1", "3", "278d425bdf160c739803", "7ad3773142a6692b25b8")
	body := []byte(`{"name":"foo","channels":["project-3"],"data":"{\"some\":\"data\"}"}`)
	got := rc.signedQuery(http.MethodPost, "/apps/3/events", body, time.Unix(1353088179, 0))
	want := "auth_key=278d425bdf160c739803&auth_timestamp=1353088179&auth_version=1.0" +
		"&body_md5=ec365a775a4cd0599faeb73354201b6f" +
		"&auth_signature=da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c"
	if got != want {
		t.Errorf("signedQuery = %q; want %q", got, want)
	}
}

func TestIntAfter(t *testing.T) {
	for _, tc := range []struct {
		name string
		msg  string
		key  string
		want int64
		ok   bool
	}{
		{"escaped in data string", `{"event":"bench","data":"{\"bseq\":42,\"bts\":17}"}`, `bseq\":`, 42, true},
		{"second key", `{"data":"{\"bseq\":42,\"bts\":1700000000000000000}"}`, `bts\":`, 1700000000000000000, true},
		{"missing", `{"event":"pusher:ping","data":{}}`, `bseq\":`, 0, false},
		{"no digits", `{"data":"{\"bseq\":x}"}`, `bseq\":`, 0, false},
	} {
		got, ok := intAfter([]byte(tc.msg), []byte(tc.key))
		if got != tc.want || ok != tc.ok {
			t.Errorf("%s: intAfter(%q, %q) = %d, %v; want %d, %v", tc.name, tc.msg, tc.key, got, ok, tc.want, tc.ok)
		}
	}
}

func TestPayloadSize(t *testing.T) {
	for _, size := range []int{100, 5120, 10000} {
		if got := len(payload(7, size)); got != size {
			t.Errorf("len(payload(7, %d)) = %d; want %d", size, got, size)
		}
	}
}

// The lost/duplicate accounting must see a gap and a repeat.
func TestPhaseCountsLostAndDuplicated(t *testing.T) {
	p := newPhase(2, 4)
	for _, seq := range []int{0, 1, 1, 3} { // subscriber 0: 2 missing, 1 twice
		p.record(0, seq, int64(time.Millisecond))
	}
	for seq := 0; seq < 4; seq++ {
		p.record(1, seq, int64(2*time.Millisecond))
	}
	p.record(1, 9, 0) // out of range
	var lost, dup int64
	for i := range p.seen {
		for _, c := range p.seen[i] {
			if c == 0 {
				lost++
			} else if c > 1 {
				dup += int64(c - 1)
			}
		}
	}
	if lost != 1 || dup != 1 || p.stray.Load() != 1 {
		t.Errorf("lost %d dup %d stray %d; want 1 1 1", lost, dup, p.stray.Load())
	}
}

// The slowest events are those whose last delivery came latest after their
// send, with their first delivery beside it.
func TestPhaseSlowest(t *testing.T) {
	p := newPhase(2, 3)
	ms := int64(time.Millisecond)
	sent := []int64{1000 * ms, 1100 * ms, 1200 * ms}
	// [event] latencies of subscribers 0 and 1
	lats := [][2]int64{{2 * ms, 30 * ms}, {1 * ms, 45 * ms}, {5 * ms, 10 * ms}}
	for seq, l := range lats {
		for i, lat := range l {
			p.recordAt(i, seq, lat, sent[seq]+lat)
		}
	}
	got := p.slowest(2)
	want := []eventTiming{{1, time.Millisecond, 45 * time.Millisecond}, {0, 2 * time.Millisecond, 30 * time.Millisecond}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("slowest(2) = %v; want %v", got, want)
	}
	if got := p.slowest(5); len(got) != 3 {
		t.Errorf("slowest(5) has %d events; want the 3 there are", len(got))
	}
}

// TestSmoke runs a small deliver scenario against the mock in a child
// process: every event reaches every subscriber exactly once.
func TestSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the load client smoke run in -short mode")
	}
	var out bytes.Buffer
	args := []string{"-scenario", "deliver", "-n", "20", "-events", "10", "-rate", "0", "-size", "200"}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := run(ctx, args, &out); err != nil {
		t.Fatalf("run(%q): %v\n%s", args, err, out.String())
	}
	if !strings.Contains(out.String(), "delivered   200 of 200 (lost 0, duplicated 0, stray 0, connections dropped 0)") {
		t.Errorf("run(%q) did not deliver all 200 exactly once:\n%s", args, out.String())
	}
	for _, line := range []string{"  slowest     events by last delivery", "  machine     ", "  GC cycles   server "} {
		if !strings.Contains(out.String(), line) {
			t.Errorf("run(%q) printed no %q line:\n%s", args, line, out.String())
		}
	}
}

// A full-speed trigger worker waits on done[seq]: it must close once every
// subscriber has the event, and a duplicate must not stand in for a missing
// subscriber.
func TestPhaseDoneWhenEverySubscriberHasIt(t *testing.T) {
	p := newPhase(3, 2)
	isDone := func(seq int) bool {
		select {
		case <-p.done[seq]:
			return true
		default:
			return false
		}
	}
	p.record(0, 0, 1)
	p.record(0, 0, 1) // duplicate
	p.record(1, 0, 1)
	if isDone(0) {
		t.Fatal("event 0 done with 2 of 3 subscribers (one of them twice)")
	}
	p.record(2, 0, 1)
	if !isDone(0) {
		t.Fatal("event 0 not done with 3 of 3 subscribers")
	}
	p.record(2, 0, 1) // a late duplicate must not close it again (panic)
	if isDone(1) {
		t.Fatal("event 1 done with no deliveries")
	}
}

// TestCompareSmoke runs a small full-speed compare: both servers deliver
// every event exactly once, and the write count shows the floor's one
// write(2) per delivery.
func TestCompareSmoke(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the load client smoke run in -short mode")
	}
	var out bytes.Buffer
	args := []string{"-scenario", "compare", "-rounds", "1", "-n", "20", "-events", "50", "-rate", "0", "-size", "100"}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := run(ctx, args, &out); err != nil {
		t.Fatalf("run(%q): %v\n%s", args, err, out.String())
	}
	if n := strings.Count(out.String(), "delivered   1000 of 1000 (lost 0, duplicated 0, stray 0, connections dropped 0)"); n != 2 {
		t.Fatalf("run(%q): %d of 2 servers delivered all 1000 exactly once:\n%s", args, n, out.String())
	}
	if _, err := procWrites(os.Getpid()); err != nil {
		t.Skipf("no write counts to check: %v (a kernel without task I/O accounting)", err)
	}
	// The floor makes one write per delivery plus one per trigger answer.
	m := regexp.MustCompile(`floor +CPU/delivery [^,]*, [0-9]+ deliveries/s, ([0-9.]+) writes/delivery`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("run(%q): no floor writes/delivery in the output:\n%s", args, out.String())
	}
	if w, _ := strconv.ParseFloat(m[1], 64); w < 1.05 {
		t.Errorf("floor writes/delivery = %s; want at least 1.050 (1,000 deliveries, 50 trigger answers)", m[1])
	}
}

func TestSaturatedAt(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rates []float64
		want  int
	}{
		{"plateau", []float64{10, 20, 40, 41, 42, 40}, 2},
		{"within 5 percent", []float64{10, 95, 100}, 1},
		{"just outside", []float64{10, 94.9, 100}, 2},
		{"still rising", []float64{1, 2, 4, 8}, 3},
		{"noisy peak then lower", []float64{50, 100, 70, 80}, 1},
		{"all zero", []float64{0, 0}, 0},
	} {
		if got := saturatedAt(tc.rates); got != tc.want {
			t.Errorf("%s: saturatedAt(%v) = %d; want %d", tc.name, tc.rates, got, tc.want)
		}
	}
}

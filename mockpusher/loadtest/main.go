// Command loadtest measures the mock Pusher server the way Pusher's own
// clients load it: N WebSocket connections speaking protocol 7 subscribe to a
// channel, events are triggered through the signed REST API, and it reports
// connection rate, delivery latency (each payload carries its send time),
// deliveries per second, server CPU per delivery and RSS per idle connection
// (from the server process's /proc), the server's write system calls per
// delivery (/proc/PID/io), and lost or duplicated deliveries.
//
// The subscribers are read, by default (-recv epoll), by one receiver per
// CPU sharing one epoll set, any of them reading any ready socket and
// parsing the frames itself, so the client takes less of the machine from
// the server; -recv gorilla is a goroutine per connection reading through
// gorilla/websocket.
//
// Full speed (-rate 0) keeps -triggers events outstanding: each trigger
// worker sends its next event once every subscriber has its last, so the
// figure is a throughput the subscribers keep up with, not a queue growing.
//
// The server runs in a process of its own so /proc measures it alone: by
// default this binary re-execs itself as the server (with /debug/pprof/);
// -devproxy PATH runs "PATH mock-pusher" instead; -url points at a server
// started elsewhere (add -pid for CPU and RSS figures).
//
//	go run ./mockpusher/loadtest -scenario all
//	go run ./mockpusher/loadtest -scenario compare -n 1000 -size 100 -events 1000 -rate 0
//	go run ./mockpusher/loadtest -n 1000 -size 100 -events 200 -rate 20
//	go run ./mockpusher/loadtest -scenario sweep -rounds 2 -events 1000
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"
)

type options struct {
	scenario    string
	n           int
	size        int
	events      int
	rate        float64
	stalled     int
	parallel    int
	triggers    int
	await       bool
	settle      time.Duration
	quiet       time.Duration
	url         string
	pid         int
	devproxy    string
	appID       string
	key         string
	secret      string
	cpuprofile  string
	heapprofile string
	impl        string
	rounds      int
	recv        string
}

func main() {
	if impl := os.Getenv(serveEnv); impl != "" {
		if err := serveChild(impl); err != nil {
			fmt.Fprintf(os.Stderr, "loadtest server: %s\n", err)
			os.Exit(1)
		}
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout)
	stop()
	if errors.Is(err, flag.ErrHelp) {
		return
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "loadtest: %s\n", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, out io.Writer) error {
	var o options
	fs := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	fs.StringVar(&o.scenario, "scenario", "deliver", "deliver, idle, stall, compare (mock vs floor, interleaved rounds), sweep (full-speed throughput at 1-128 events outstanding, mock and floor), or all (issue 3's scenarios, each delivery one as a compare, at full speed and paced, plus stall)")
	fs.IntVar(&o.n, "n", 1000, "subscribers (deliver, stall) or idle connections (idle)")
	fs.IntVar(&o.size, "size", 100, "event data size in bytes")
	fs.IntVar(&o.events, "events", 200, "events to trigger")
	fs.Float64Var(&o.rate, "rate", 20, "events per second (0: as fast as -triggers requests in flight allow)")
	fs.IntVar(&o.stalled, "stalled", 5, "stall: subscribers that never read")
	fs.IntVar(&o.parallel, "parallel", 32, "connections being opened at once")
	fs.IntVar(&o.triggers, "triggers", defaultTriggers, "trigger requests in flight at once (at full speed: events outstanding, see -await; the default is where -scenario sweep saw the floor server's deliveries/s saturate)")
	fs.BoolVar(&o.await, "await", true, "at full speed (-rate 0), send a trigger's next event only once every subscriber has the last one; false: as soon as the REST API answers")
	fs.DurationVar(&o.settle, "settle", 2*time.Second, "idle: wait before reading RSS")
	fs.DurationVar(&o.quiet, "quiet", 5*time.Second, "give up waiting for deliveries after this long without one")
	fs.StringVar(&o.url, "url", "", "measure a running server at this base URL (http://host:port) instead of starting one")
	fs.IntVar(&o.pid, "pid", 0, "with -url: the server's PID, for CPU and RSS")
	fs.StringVar(&o.devproxy, "devproxy", "", "run the devproxy binary at `PATH` as the server (PATH mock-pusher --listen ...)")
	fs.StringVar(&o.appID, "app-id", "424242", "Pusher app id")
	fs.StringVar(&o.key, "key", "loadtestkey0123456789", "Pusher app key")
	fs.StringVar(&o.secret, "secret", "loadtestsecret0123456", "Pusher app secret")
	fs.StringVar(&o.impl, "impl", "mock", "child server: mock (package mockpusher) or floor (one write(2) per delivery, for comparison)")
	fs.IntVar(&o.rounds, "rounds", 3, "compare and all: rounds of mock, floor (and devproxy with -devproxy), interleaved; stall: rounds without and with stalled subscribers")
	fs.StringVar(&o.recv, "recv", recvEpoll, "how the load client reads its subscribers: epoll (one receiver per CPU, frames parsed here) or gorilla (a goroutine per connection); compare and all also take both")
	fs.StringVar(&o.heapprofile, "heapprofile", "", "idle: write the server's heap profile with the connections open to this file (child server only)")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write the server's CPU profile during deliveries to this file (child server only)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if o.n <= 0 || o.events <= 0 || o.size < 0 || o.parallel <= 0 || o.triggers <= 0 {
		return errors.New("-n, -events, -parallel and -triggers must be positive and -size not negative")
	}
	if o.impl != "mock" && o.impl != "floor" {
		return fmt.Errorf("unknown -impl %q: use mock or floor", o.impl)
	}
	switch {
	case o.recv == "both" && o.scenario != "compare" && o.scenario != "all" && o.scenario != "sweep":
		return fmt.Errorf("-recv both needs -scenario compare or all, not %s", o.scenario)
	case o.recv != recvEpoll && o.recv != recvGorilla && o.recv != "both":
		return fmt.Errorf("unknown -recv %q: use epoll or gorilla (or both, with compare)", o.recv)
	}
	if o.impl == "floor" && (o.url != "" || o.devproxy != "") {
		return errors.New("-impl floor runs in a child process: drop -url and -devproxy")
	}
	if o.url != "" && o.devproxy != "" {
		return errors.New("-url and -devproxy both name a server: give one")
	}

	need := o.n + o.stalled + 64
	if o.scenario == "all" {
		need = 5000 + 64
	}
	if err := raiseNoFile(uint64(need)); err != nil {
		return err
	}
	fmt.Fprintf(out, "loadtest: %s, %d CPUs, load average %s\n", time.Now().UTC().Format(time.RFC3339), cpus(), loadavg())
	defer func() { fmt.Fprintf(out, "\nload average at the end: %s\n", loadavg()) }()
	var rows []string
	add := func(r ...string) { rows = append(rows, r...) }
	switch o.scenario {
	case "deliver":
		r, err := scenarioDeliver(ctx, out, o, fmt.Sprintf("%d B × %d", o.size, o.n))
		if err != nil {
			return err
		}
		add(r)
	case "idle":
		r, err := scenarioIdle(ctx, out, o)
		if err != nil {
			return err
		}
		add(r)
	case "stall":
		r, err := scenarioStall(ctx, out, o)
		if err != nil {
			return err
		}
		add(r...)
	case "sweep":
		if o.recv == "both" {
			return errors.New("-scenario sweep measures one receive path: give -recv epoll or gorilla")
		}
		if _, err := scenarioSweep(ctx, out, o); err != nil {
			return err
		}
	case "compare":
		r, err := scenarioCompare(ctx, out, o)
		if err != nil {
			return err
		}
		add(r...)
	case "all":
		// The scenarios, the floor server beside each delivery
		// one in interleaved rounds: CPU per delivery at full speed (the
		// headline: events as fast as the server delivers them, -triggers
		// outstanding) and paced at 20/s, at 100 B and 5 KB; memory per
		// idle connection; p99 to 5,000 subscribers at 10/s; stalled
		// subscribers.
		cmp := func(n, size, events int, rate float64) func() ([]string, error) {
			x := o
			x.n, x.size, x.events, x.rate = n, size, events, rate
			return func() ([]string, error) { return scenarioCompare(ctx, out, x) }
		}
		idle := o
		idle.n = 5000
		if o.recv == "both" {
			idle.recv = recvEpoll
		}
		stall := idle
		stall.n, stall.size, stall.events, stall.rate = 200, 10000, 1000, 100
		for _, s := range []struct {
			name string
			f    func() ([]string, error)
		}{
			{"100 B × 1,000 at full speed", cmp(1000, 100, 1000, 0)},
			{"5 KB × 1,000 at full speed", cmp(1000, 5*1024, 1000, 0)},
			{"100 B × 1,000 at 20/s", cmp(1000, 100, 200, 20)},
			{"5 KB × 1,000 at 20/s", cmp(1000, 5*1024, 200, 20)},
			{"idle 5,000", func() ([]string, error) { r, err := scenarioIdle(ctx, out, idle); return []string{r}, err }},
			{"100 B × 5,000 at 10/s", cmp(5000, 100, 100, 10)},
			{"stall", func() ([]string, error) { return scenarioStall(ctx, out, stall) }},
		} {
			r, err := s.f()
			if err != nil {
				return fmt.Errorf("scenario %s: %w", s.name, err)
			}
			add(r...)
		}
	default:
		return fmt.Errorf("unknown -scenario %q: use deliver, idle, stall, compare, sweep or all", o.scenario)
	}
	if len(rows) == 0 {
		return nil
	}
	fmt.Fprintf(out, "\n| scenario | connect/s | p50 | p99 | max | deliveries/s | server CPU/delivery | RSS/idle conn | lost | dup | notes |\n")
	fmt.Fprintf(out, "|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintln(out, r)
	}
	return nil
}

// scenarioDeliver: n subscribers on one channel, events of size bytes.
func scenarioDeliver(ctx context.Context, out io.Writer, o options, label string) (string, error) {
	row, _, err := deliverResult(ctx, out, o, label)
	return row, err
}

func deliverResult(ctx context.Context, out io.Writer, o options, label string) (string, phaseResult, error) {
	var none phaseResult
	srv, err := startServer(ctx, &o)
	if err != nil {
		return "", none, err
	}
	defer srv.stop()
	fmt.Fprintf(out, "\n== deliver %s: %d subscribers, %d B events, %d events at %s, server: %s\n",
		label, o.n, o.size, o.events, paceText(o), srv.kind)
	subs, took, err := openAll(ctx, srv.base, o.key, "bench", o.n, o.parallel, false)
	if err != nil {
		return "", none, err
	}
	defer closeAll(subs)
	var naps napStats
	stopRecv, err := startReceiving(subs, o.recv, &naps)
	if err != nil {
		return "", none, err
	}
	defer stopRecv()
	connRate := float64(o.n) / took.Seconds()
	fmt.Fprintf(out, "  connect     %d in %s = %.0f conn/s (dial + handshake + subscribe, %d at once)\n", o.n, took.Round(time.Millisecond), connRate, o.parallel)

	var prof chan error
	if o.cpuprofile != "" && srv.pprof {
		prof = profile(ctx, srv, o, o.cpuprofile)
	}
	rc := newRESTClient(srv.base, o.appID, o.key, o.secret)
	nap0, _, _ := naps.snapshot()
	res, err := runPhase(ctx, srv, rc, "bench", subs, o.size, o.events, o.rate, o.triggers, o.await, o.quiet)
	if err != nil {
		return "", none, err
	}
	printPhase(out, res)
	if n, mean, longest := naps.snapshot(); n > nap0 {
		fmt.Fprintf(out, "  naps        %d by the receivers (asked for %s): mean %s, longest %s (over the run), the most a latency reads late\n",
			n-nap0, recvNap, us(mean), ms(longest))
	}
	if prof != nil {
		if err := <-prof; err != nil {
			fmt.Fprintf(out, "  profile     not written: %s\n", err)
		} else {
			fmt.Fprintf(out, "  profile     %s (go tool pprof -top %s)\n", o.cpuprofile, o.cpuprofile)
		}
	}
	return fmt.Sprintf("| %s | %.0f | %s | %s | %s | %.0f | %s | – | %d | %d | %s |",
		label, connRate, ms(res.p50), ms(res.p99), ms(res.max), res.perSecond(), us(res.cpuPerDelivery()),
		res.lost, res.dup, notes(res)), res, nil
}

// scenarioIdle: RSS of the server before and after n idle subscribed connections.
func scenarioIdle(ctx context.Context, out io.Writer, o options) (string, error) {
	srv, err := startServer(ctx, &o)
	if err != nil {
		return "", err
	}
	defer srv.stop()
	fmt.Fprintf(out, "\n== idle: %d connections, each subscribed to one public channel, server: %s\n", o.n, srv.kind)
	if srv.pid == 0 {
		return "", errors.New("idle needs the server's PID: start it here or pass -pid")
	}
	// One connection first, so RSS0 counts a server that has served one.
	warm, _, err := openAll(ctx, srv.base, o.key, "idle", 1, 1, false)
	if err != nil {
		return "", err
	}
	closeAll(warm)
	sleep(ctx, o.settle)
	rss0, err := procRSS(srv.pid)
	if err != nil {
		return "", err
	}
	subs, took, err := openAll(ctx, srv.base, o.key, "idle", o.n, o.parallel, false)
	if err != nil {
		return "", err
	}
	defer closeAll(subs)
	stopRecv, err := startReceiving(subs, o.recv, nil)
	if err != nil {
		return "", err
	}
	defer stopRecv()
	sleep(ctx, o.settle)
	rss1, err := procRSS(srv.pid)
	if err != nil {
		return "", err
	}
	if o.heapprofile != "" && srv.pprof {
		if err := fetchTo(ctx, srv.base+"/debug/pprof/heap?gc=1", o.heapprofile); err != nil {
			fmt.Fprintf(out, "  heap        not written: %s\n", err)
		} else {
			fmt.Fprintf(out, "  heap        %s (go tool pprof -sample_index=inuse_space -top %s)\n", o.heapprofile, o.heapprofile)
		}
		if err := fetchTo(ctx, srv.base+"/debug/pprof/goroutine?debug=1", o.heapprofile+".goroutines.txt"); err == nil {
			fmt.Fprintf(out, "  goroutines  %s.goroutines.txt\n", o.heapprofile)
		}
		if err := fetchTo(ctx, srv.base+"/debug/pprof/heap?debug=1", o.heapprofile+".memstats.txt"); err == nil {
			fmt.Fprintf(out, "  memstats    %s.memstats.txt (runtime.MemStats at the end)\n", o.heapprofile)
		}
	}
	per := float64(rss1-rss0) / float64(o.n) / 1024
	connRate := float64(o.n) / took.Seconds()
	fmt.Fprintf(out, "  connect     %d in %s = %.0f conn/s\n", o.n, took.Round(time.Millisecond), connRate)
	fmt.Fprintf(out, "  server RSS  %.1f MiB before, %.1f MiB after = %.1f KiB per idle connection (goal ≤ 12 KiB)\n",
		float64(rss0)/(1<<20), float64(rss1)/(1<<20), per)
	return fmt.Sprintf("| idle %d | %.0f | – | – | – | – | – | %.1f KiB | – | – | RSS %.1f → %.1f MiB |",
		o.n, connRate, per, float64(rss0)/(1<<20), float64(rss1)/(1<<20)), nil
}

// scenarioStall measures n subscribers' latency without, then with, stalled
// subscribers (tiny receive buffer, never read) on the same channel, side by
// side in one run, and reports how the server ended the stalled connections.
func scenarioStall(ctx context.Context, out io.Writer, o options) ([]string, error) {
	srv, err := startServer(ctx, &o)
	if err != nil {
		return nil, err
	}
	defer srv.stop()
	fmt.Fprintf(out, "\n== stall: %d subscribers, %d B events, %d events at %s, without and then with %d stalled subscribers, %d rounds, server: %s\n",
		o.n, o.size, o.events, paceText(o), o.stalled, o.rounds, srv.kind)
	subs, _, err := openAll(ctx, srv.base, o.key, "stall", o.n, o.parallel, false)
	if err != nil {
		return nil, err
	}
	defer closeAll(subs)
	stopRecv, err := startReceiving(subs, o.recv, nil)
	if err != nil {
		return nil, err
	}
	defer stopRecv()
	rc := newRESTClient(srv.base, o.appID, o.key, o.secret)
	var bases, withs []phaseResult
	ends := map[string]int{}
	for r := 0; r < o.rounds; r++ {
		base, err := runPhase(ctx, srv, rc, "stall", subs, o.size, o.events, o.rate, o.triggers, o.await, o.quiet)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(out, "  round %d without stalled subscribers:\n", r+1)
		printPhase(out, base)
		// Fresh stalled subscribers each round: the server closes the last ones.
		stalled, _, err := openAll(ctx, srv.base, o.key, "stall", o.stalled, o.stalled, true)
		if err != nil {
			return nil, err
		}
		with, err := runPhase(ctx, srv, rc, "stall", subs, o.size, o.events, o.rate, o.triggers, o.await, o.quiet)
		if err != nil {
			closeAll(stalled)
			return nil, err
		}
		fmt.Fprintf(out, "  round %d with %d stalled subscribers:\n", r+1, o.stalled)
		printPhase(out, with)
		for _, s := range stalled {
			_, how := s.drain(10 * time.Second)
			ends[how]++
		}
		closeAll(stalled)
		bases, withs = append(bases, base), append(withs, with)
	}
	var endText []string
	for how, n := range ends {
		endText = append(endText, fmt.Sprintf("%d %s", n, how))
	}
	slices.Sort(endText)
	base, with := medianP99(bases), medianP99(withs)
	var lost, dup int64
	for _, r := range append(bases, withs...) {
		lost, dup = lost+r.lost, dup+r.dup
	}
	fmt.Fprintf(out, "  stalled     %s\n", strings.Join(endText, "; "))
	ratio := float64(with.p99) / float64(max(base.p99, 1))
	fmt.Fprintf(out, "  median p99  %s without, %s with stalled subscribers: ratio %.2f (lost %d, duplicated %d over all rounds)\n",
		ms(base.p99), ms(with.p99), ratio, lost, dup)
	row := func(label string, r phaseResult, note string) string {
		return fmt.Sprintf("| %s | – | %s | %s | %s | %.0f | %s | – | %d | %d | %s |",
			label, ms(r.p50), ms(r.p99), ms(r.max), r.perSecond(), us(r.cpuPerDelivery()), r.lost, r.dup, note)
	}
	return []string{
		row(fmt.Sprintf("stall baseline: %d B × %d (median-p99 round of %d)", o.size, o.n, o.rounds), base, notes(base)),
		row(fmt.Sprintf("stall: same + %d stalled (median-p99 round of %d)", o.stalled, o.rounds), with,
			fmt.Sprintf("p99 %.2f× baseline; stalled: %s", ratio, strings.Join(endText, "; "))),
	}, nil
}

// medianP99 returns the round whose p99 is the median.
func medianP99(rs []phaseResult) phaseResult {
	s := slices.Clone(rs)
	slices.SortFunc(s, func(a, b phaseResult) int { return int(a.p99 - b.p99) })
	return s[len(s)/2]
}

// profile fetches the child server's CPU profile over the expected length of
// the delivery phase.
func profile(ctx context.Context, srv *server, o options, path string) chan error {
	secs := 5
	if o.rate > 0 {
		secs = int(float64(o.events)/o.rate) + 1
	}
	done := make(chan error, 1)
	go func() {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/debug/pprof/profile?seconds=%d", srv.base, secs), nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			done <- err
			return
		}
		defer resp.Body.Close()
		f, err := os.Create(path)
		if err != nil {
			done <- err
			return
		}
		_, err = io.Copy(f, resp.Body)
		done <- errors.Join(err, f.Close())
	}()
	return done
}

func printPhase(out io.Writer, r phaseResult) {
	fmt.Fprintf(out, "  delivered   %d of %d (lost %d, duplicated %d, stray %d, connections dropped %d)\n",
		r.delivered, r.expected, r.lost, r.dup, r.stray, r.dropped)
	if r.dropped > 0 {
		fmt.Fprintf(out, "  dropped     first: %v\n", r.firstDropErr)
	}
	if r.triggerErrs > 0 {
		fmt.Fprintf(out, "  triggers    %d failed, first: %s\n", r.triggerErrs, r.firstTriggerErr)
	}
	fmt.Fprintf(out, "  latency     p50 %s  p99 %s  max %s (goal p99 < 50 ms)\n", ms(r.p50), ms(r.p99), ms(r.max))
	fmt.Fprintf(out, "  fan-out     first to last delivery of one event: median %s, max %s\n", ms(r.spread), ms(r.spreadMax))
	if len(r.slow) > 0 {
		var b strings.Builder
		for _, e := range r.slow {
			fmt.Fprintf(&b, ", #%d %s–%s", e.seq, ms(e.first), ms(e.last))
		}
		fmt.Fprintf(out, "  slowest     events by last delivery (first–last after send)%s\n", b.String())
	}
	fmt.Fprintf(out, "  throughput  %.0f deliveries/s over %s (paced at %s)\n", r.perSecond(), r.elapsed.Round(time.Millisecond), rateText(r.rate))
	if r.cpu >= 0 {
		fmt.Fprintf(out, "  server CPU  %s = %s per delivery (load client: %s = %s per delivery)\n",
			r.cpu, us(r.cpuPerDelivery()), r.clientCPU, us(per(r.clientCPU, r.delivered)))
	}
	if r.machineBusy >= 0 && r.cpu >= 0 {
		fmt.Fprintf(out, "  machine     %s of CPU used over %s on %d CPUs: server %s, load client %s, other work %s (%s of the machine), stolen by the hypervisor %s\n",
			r.machineBusy, r.window.Round(time.Millisecond), cpus(), r.cpu, r.clientCPU, r.otherWork(), otherText(r.otherShare()), r.steal)
	}
	if r.serverGCs >= 0 {
		fmt.Fprintf(out, "  GC cycles   server %d, load client %d during the phase\n", r.serverGCs, r.clientGCs)
	} else {
		fmt.Fprintf(out, "  GC cycles   load client %d during the phase (server: unknown)\n", r.clientGCs)
	}
	if r.writes >= 0 {
		fmt.Fprintf(out, "  writes      %d write system calls by the server = %.3f per delivery (trigger responses included)\n",
			r.writes, r.writesPerDelivery())
	}
}

func notes(r phaseResult) string {
	var n []string
	if r.dropped > 0 {
		n = append(n, fmt.Sprintf("%d subscribers dropped", r.dropped))
	}
	if r.triggerErrs > 0 {
		n = append(n, fmt.Sprintf("%d triggers failed", r.triggerErrs))
	}
	if r.stray > 0 {
		n = append(n, fmt.Sprintf("%d stray", r.stray))
	}
	if len(n) == 0 {
		return fmt.Sprintf("%d events at %s", r.events, rateText(r.rate))
	}
	return strings.Join(n, ", ")
}

func rateText(r float64) string {
	if r <= 0 {
		return "full speed"
	}
	return fmt.Sprintf("%g/s", r)
}

// paceText is rateText with how full speed was driven.
func paceText(o options) string {
	switch {
	case o.rate > 0:
		return rateText(o.rate)
	case o.await:
		return fmt.Sprintf("full speed (%d events outstanding)", o.triggers)
	}
	return fmt.Sprintf("full speed (%d requests in flight, not awaiting delivery)", o.triggers)
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }

func us(d time.Duration) string {
	if d < 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f µs", float64(d)/float64(time.Microsecond))
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}

func cpus() int { return runtime.NumCPU() }

// loadavg is /proc/loadavg's 1, 5 and 15 minute figures: other work on the
// machine inflates latency (CPU per delivery much less).
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func per(d time.Duration, n int64) time.Duration {
	if n == 0 {
		return -1
	}
	return d / time.Duration(n)
}

// scenarioCompare runs the deliver scenario on the mock (child process), the
// floor server and, with -devproxy, devproxy mock-pusher, interleaved for
// -rounds rounds so machine noise hits all alike, and prints medians and the
// mock/floor ratios.
func scenarioCompare(ctx context.Context, out io.Writer, o options) ([]string, error) {
	type impl struct {
		label string
		opts  options
		res   []phaseResult
		floor *impl // the floor server read the same way
	}
	var impls []*impl
	for _, recv := range recvModes(o.recv) {
		mock := o
		mock.devproxy, mock.url, mock.impl, mock.recv = "", "", "mock", recv
		floor := mock
		floor.impl, floor.cpuprofile = "floor", ""
		suffix := ""
		if o.recv == "both" {
			suffix = " (" + recv + ")"
		}
		fl := &impl{label: "floor" + suffix, opts: floor}
		fl.floor = fl
		impls = append(impls, &impl{label: "mock" + suffix, opts: mock, floor: fl}, fl)
		if o.devproxy != "" {
			dp := o
			dp.impl, dp.cpuprofile, dp.recv = "mock", "", recv
			impls = append(impls, &impl{label: "devproxy" + suffix, opts: dp, floor: fl})
		}
	}
	what := fmt.Sprintf("%s × %d at %s", sizeText(o.size), o.n, paceText(o))
	for r := 0; r < o.rounds; r++ {
		for _, im := range impls {
			_, res, err := deliverResult(ctx, out, im.opts, fmt.Sprintf("%s, %s round %d", what, im.label, r+1))
			if err != nil {
				return nil, err
			}
			im.res = append(im.res, res)
		}
	}
	cpu := func(r phaseResult) float64 { return float64(r.cpuPerDelivery()) }
	client := func(r phaseResult) float64 { return float64(per(r.clientCPU, r.delivered)) }
	p99 := func(r phaseResult) float64 { return float64(r.p99) }
	p50 := func(r phaseResult) float64 { return float64(r.p50) }
	maxLat := func(r phaseResult) float64 { return float64(r.max) }
	spread := func(r phaseResult) float64 { return float64(r.spread) }
	rate := func(r phaseResult) float64 { return r.perSecond() }
	writes := func(r phaseResult) float64 { return r.writesPerDelivery() }
	other := func(r phaseResult) float64 { return r.otherShare() }
	fmt.Fprintf(out, "\n== compare %s, %d events, median of %d interleaved rounds (load average now %s)\n", what, o.events, o.rounds, loadavg())
	var rows []string
	for _, im := range impls {
		var lost, dup int64
		for _, r := range im.res {
			lost, dup = lost+r.lost, dup+r.dup
		}
		fl := im.floor
		cpuRatio, p99Ratio := median(im.res, cpu)/median(fl.res, cpu), median(im.res, p99)/median(fl.res, p99)
		line := fmt.Sprintf("| %s: %s | – | %s | %s | %s | %.0f | %s | – | %d | %d | CPU %.2f× floor, p99 %.2f× floor, fan-out median %s, %s writes/delivery, load client %s/delivery, other work %s of the machine |",
			im.label, what, ms(time.Duration(median(im.res, p50))), ms(time.Duration(median(im.res, p99))), ms(time.Duration(median(im.res, maxLat))),
			median(im.res, rate), us(time.Duration(median(im.res, cpu))), lost, dup, cpuRatio, p99Ratio,
			ms(time.Duration(median(im.res, spread))), ratio3(median(im.res, writes)), us(time.Duration(median(im.res, client))), otherText(median(im.res, other)))
		fmt.Fprintf(out, "  %-17s CPU/delivery %s (load client %s), %.0f deliveries/s, %s writes/delivery, p50 %s, p99 %s (%.2f× and %.2f× the floor), fan-out median %s, lost %d, duplicated %d, other work %s of the machine\n",
			im.label, us(time.Duration(median(im.res, cpu))), us(time.Duration(median(im.res, client))), median(im.res, rate), ratio3(median(im.res, writes)),
			ms(time.Duration(median(im.res, p50))), ms(time.Duration(median(im.res, p99))), cpuRatio, p99Ratio,
			ms(time.Duration(median(im.res, spread))), lost, dup, otherText(median(im.res, other)))
		rows = append(rows, line)
	}
	return rows, nil
}

// recvModes expands -recv both.
// otherText is a share of the machine taken by other work, as a
// percentage, or "unknown" without the server's figures.
func otherText(share float64) string {
	if share < 0 {
		return "unknown"
	}
	return fmt.Sprintf("%.0f%%", 100*share)
}

func recvModes(recv string) []string {
	if recv == "both" {
		return []string{recvEpoll, recvGorilla}
	}
	return []string{recv}
}

// median is the median over rounds of f.
func median(rs []phaseResult, f func(phaseResult) float64) float64 {
	v := make([]float64, len(rs))
	for i, r := range rs {
		v[i] = f(r)
	}
	slices.Sort(v)
	return v[len(v)/2]
}

func sizeText(n int) string {
	if n >= 1024 && n%1024 == 0 {
		return fmt.Sprintf("%d KB", n/1024)
	}
	return fmt.Sprintf("%d B", n)
}

func ratio3(v float64) string {
	if v < 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", v)
}

func fetchTo(ctx context.Context, url, path string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	_, err = io.Copy(f, resp.Body)
	return errors.Join(err, f.Close())
}

// raiseNoFile lifts the open-file limit to what n connections need (Go
// already raises the soft limit to the hard one; this names the fix when
// the hard limit is too low).
func raiseNoFile(n uint64) error {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		return nil // not Linux-like: let dialing report it
	}
	if lim.Cur >= n {
		return nil
	}
	if lim.Max >= n {
		lim.Cur = n
		return syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim)
	}
	return fmt.Errorf("open-file limit %d is below the %d connections need: raise it (ulimit -n %d, as root or in limits.conf) or lower -n", lim.Max, n, n)
}

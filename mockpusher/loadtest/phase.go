package main

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// phase records one measured burst of events: which subscriber saw which
// sequence number how often, and each delivery's latency.
type phase struct {
	events    int
	seen      [][]uint8 // [subscriber][seq] deliveries, saturating at 255
	lat       [][]int64 // [subscriber] latencies in ns
	delivered atomic.Int64
	stray     atomic.Int64 // sequence numbers outside 0..events-1
	last      atomic.Int64 // unix ns of the latest delivery
	// first and final receive time of each event over all subscribers:
	// their difference is the event's fan-out spread.
	firstAt, finalAt []atomic.Int64
	// sentAt is each event's send time (unix ns) from its payload, so an
	// event's first and last delivery can be told apart from its fan-out.
	sentAt []atomic.Int64
	// got counts each event's subscribers so far; done[seq] is closed when
	// all have it (full-speed triggers wait for it, see runPhase).
	got  []atomic.Int32
	done []chan struct{}
}

func newPhase(subs, events int) *phase {
	p := &phase{events: events, seen: make([][]uint8, subs), lat: make([][]int64, subs),
		firstAt: make([]atomic.Int64, events), finalAt: make([]atomic.Int64, events),
		sentAt: make([]atomic.Int64, events)}
	for i := range p.seen {
		p.seen[i] = make([]uint8, events)
		p.lat[i] = make([]int64, 0, events)
	}
	p.got = make([]atomic.Int32, events)
	p.done = make([]chan struct{}, events)
	for i := range p.done {
		p.done[i] = make(chan struct{})
	}
	return p
}

// record is called by subscriber i's read loop with its lock held.
func (p *phase) record(i, seq int, lat int64) {
	p.recordAt(i, seq, lat, time.Now().UnixNano())
}

// recordAt is record for a delivery received at now (unix ns), which the
// epoll receiver reads once per read(2) rather than once per delivery.
func (p *phase) recordAt(i, seq int, lat, now int64) {
	if seq < 0 || seq >= p.events {
		p.stray.Add(1)
		return
	}
	if p.seen[i][seq] < 255 {
		p.seen[i][seq]++
	}
	if p.seen[i][seq] == 1 && int(p.got[seq].Add(1)) == len(p.seen) {
		close(p.done[seq])
	}
	p.lat[i] = append(p.lat[i], lat)
	if p.sentAt[seq].Load() == 0 {
		p.sentAt[seq].Store(now - lat) // the same for every delivery of seq
	}
	p.delivered.Add(1)
	p.last.Store(now)
	for f := p.firstAt[seq].Load(); f == 0 || now < f; f = p.firstAt[seq].Load() {
		if p.firstAt[seq].CompareAndSwap(f, now) {
			break
		}
	}
	for l := p.finalAt[seq].Load(); now > l; l = p.finalAt[seq].Load() {
		if p.finalAt[seq].CompareAndSwap(l, now) {
			break
		}
	}
}

// spread returns the median and the maximum over events of the time from an
// event's first delivery to its last: how long one fan-out takes.
func (p *phase) spread() (median, maximum time.Duration) {
	var d []int64
	for i := range p.firstAt {
		if f, l := p.firstAt[i].Load(), p.finalAt[i].Load(); f > 0 && l >= f {
			d = append(d, l-f)
		}
	}
	if len(d) == 0 {
		return 0, 0
	}
	slices.Sort(d)
	return time.Duration(d[len(d)/2]), time.Duration(d[len(d)-1])
}

// eventTiming is one event's first and last delivery, counted from its send.
type eventTiming struct {
	seq         int
	first, last time.Duration
}

// slowest returns the n events whose last delivery came latest after their
// send, slowest first: the events that make the p99.
func (p *phase) slowest(n int) []eventTiming {
	var ts []eventTiming
	for i := range p.sentAt {
		s, f, l := p.sentAt[i].Load(), p.firstAt[i].Load(), p.finalAt[i].Load()
		if s > 0 && f > 0 {
			ts = append(ts, eventTiming{seq: i, first: time.Duration(f - s), last: time.Duration(l - s)})
		}
	}
	slices.SortFunc(ts, func(a, b eventTiming) int { return int(b.last - a.last) })
	return ts[:min(n, len(ts))]
}

// attach points the subscribers' read loops at p; detach stops recording.
// Both take each subscriber's lock, which orders the rows' writes before the
// reads in result.
func attach(subs []*subscriber, p *phase) {
	for i, s := range subs {
		s.mu.Lock()
		s.rec, s.idx = p, i
		s.mu.Unlock()
	}
}

func detach(subs []*subscriber) {
	for _, s := range subs {
		s.mu.Lock()
		s.rec = nil
		s.mu.Unlock()
	}
}

// phaseResult is what one phase measured.
type phaseResult struct {
	subs, size, events int
	rate               float64
	expected           int64
	delivered          int64
	lost, dup, stray   int64
	dropped            int // subscribers whose connection ended during the phase
	firstDropErr       error
	triggerErrs        int
	firstTriggerErr    error
	p50, p99, max      time.Duration
	spread, spreadMax  time.Duration // fan-out: first to last delivery of one event
	slow               []eventTiming // the events whose last delivery came latest
	elapsed            time.Duration // first trigger to last delivery
	cpu                time.Duration // server CPU over the phase, -1 if unknown
	clientCPU          time.Duration // this load client's CPU over the phase
	writes             int64         // the server's write system calls over the phase, -1 if unknown
	serverGCs          int           // the server's GC cycles over the phase, -1 if unknown
	clientGCs          int           // this load client's GC cycles over the phase
	// The whole machine's CPU over the phase (-1 if unknown) and what the
	// hypervisor stole: busy less the server's and the client's CPU is
	// other work, which latency on a shared machine also measures.
	machineBusy, steal time.Duration
	window             time.Duration // the wall time those CPU figures span
}

func (r phaseResult) perSecond() float64 {
	if r.elapsed <= 0 {
		return 0
	}
	return float64(r.delivered) / r.elapsed.Seconds()
}

// writesPerDelivery is the server's write(2)/writev(2) calls per delivery
// (trigger responses included), -1 if unknown: below 1 means frames were
// coalesced, several to a write.
func (r phaseResult) writesPerDelivery() float64 {
	if r.writes < 0 || r.delivered == 0 {
		return -1
	}
	return float64(r.writes) / float64(r.delivered)
}

// otherWork is the machine's CPU over the phase that neither the server nor
// this client used, -1 if unknown.
func (r phaseResult) otherWork() time.Duration {
	if r.machineBusy < 0 || r.cpu < 0 {
		return -1
	}
	return max(r.machineBusy-r.cpu-r.clientCPU, 0)
}

// otherShare is otherWork as a share of all the machine's CPUs over the
// phase, -1 if unknown.
func (r phaseResult) otherShare() float64 {
	if r.otherWork() < 0 || r.window <= 0 {
		return -1
	}
	return float64(r.otherWork()) / (float64(r.window) * float64(cpus()))
}

func (r phaseResult) cpuPerDelivery() time.Duration {
	if r.cpu < 0 || r.delivered == 0 {
		return -1
	}
	return r.cpu / time.Duration(r.delivered)
}

// payload builds event data of exactly size bytes (at least the header's)
// carrying the sequence number and the send time.
func payload(seq int, size int) string {
	head := fmt.Sprintf(`{"bseq":%d,"bts":%d,"pad":"`, seq, time.Now().UnixNano())
	pad := size - len(head) - 2
	if pad < 0 {
		pad = 0
	}
	return head + strings.Repeat("x", pad) + `"}`
}

// runPhase triggers events on channel at rate per second and waits until
// every subscriber has every event or nothing arrives for quiet.
//
// Rate 0 is full speed: `parallel` workers each trigger an event, and the
// next once the REST API has answered and, with await, every subscriber
// has received it (or quiet has passed), so at most `parallel` events are
// ever outstanding. Without await, a server that answers before it has
// delivered (one that queues) is sent events faster than its subscribers
// read them, and latency then measures the queue's growth.
func runPhase(ctx context.Context, srv *server, rc *restClient, channel string, subs []*subscriber, size, events int, rate float64, parallel int, await bool, quiet time.Duration) (phaseResult, error) {
	res := phaseResult{subs: len(subs), size: size, events: events, rate: rate, cpu: -1, writes: -1, serverGCs: -1, machineBusy: -1}
	p := newPhase(len(subs), events)
	attach(subs, p)
	open := 0
	for _, s := range subs {
		if s.closeErr.Load() == nil {
			open++
		}
	}

	// Before the CPU figures: the server's answer costs it some CPU.
	sgc0 := serverNumGC(ctx, srv)
	var cpu0 time.Duration
	writes0 := int64(-1)
	if srv.pid != 0 {
		c, err := procCPU(srv.pid)
		if err != nil {
			return res, err
		}
		cpu0 = c
		if w, err := procWrites(srv.pid); err == nil {
			writes0 = w // not every kernel keeps /proc/PID/io
		}
	}
	gc0 := numGC()
	busy0, steal0, errBusy := machineCPU()
	t0 := time.Now()
	self0, _ := procCPU(os.Getpid())
	start := time.Now()
	jobs := make(chan int)
	var errs atomic.Int64
	var firstErr atomic.Pointer[error]
	var wg sync.WaitGroup
	for w := 0; w < parallel; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for seq := range jobs {
				if err := rc.trigger(ctx, channel, "bench", payload(seq, size)); err != nil {
					errs.Add(1)
					firstErr.CompareAndSwap(nil, &err)
					continue
				}
				if rate <= 0 && await {
					select {
					case <-p.done[seq]:
					case <-time.After(quiet):
					case <-ctx.Done():
					}
				}
			}
		}()
	}
	var tick <-chan time.Time
	if rate > 0 {
		t := time.NewTicker(time.Duration(float64(time.Second) / rate))
		defer t.Stop()
		tick = t.C
	}
	for seq := 0; seq < events; seq++ {
		if tick != nil && seq > 0 {
			select {
			case <-tick:
			case <-ctx.Done():
			}
		}
		if ctx.Err() != nil {
			break
		}
		jobs <- seq
	}
	close(jobs)
	wg.Wait()

	res.expected = int64(len(subs)) * int64(events)
	lastProgress, lastCount := time.Now(), int64(-1)
	for ctx.Err() == nil {
		n := p.delivered.Load()
		if n >= res.expected {
			break
		}
		if n != lastCount {
			lastProgress, lastCount = time.Now(), n
		} else if time.Since(lastProgress) > quiet {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	if srv.pid != 0 {
		c, err := procCPU(srv.pid)
		if err != nil {
			return res, err
		}
		res.cpu = c - cpu0
		if w, err := procWrites(srv.pid); err == nil && writes0 >= 0 {
			res.writes = w - writes0
		}
	}
	if self1, err := procCPU(os.Getpid()); err == nil {
		res.clientCPU = self1 - self0
	}
	if busy1, steal1, err := machineCPU(); err == nil && errBusy == nil {
		res.machineBusy, res.steal, res.window = busy1-busy0, steal1-steal0, time.Since(t0)
	}
	res.clientGCs = numGC() - gc0
	if sgc1 := serverNumGC(ctx, srv); sgc0 >= 0 && sgc1 >= 0 {
		res.serverGCs = sgc1 - sgc0
	}
	detach(subs)

	res.triggerErrs = int(errs.Load())
	if e := firstErr.Load(); e != nil {
		res.firstTriggerErr = *e
	}
	if l := p.last.Load(); l > 0 {
		res.elapsed = time.Unix(0, l).Sub(start)
	}
	res.stray = p.stray.Load()
	res.spread, res.spreadMax = p.spread()
	res.slow = p.slowest(3)
	var all []int64
	for i := range subs {
		for _, c := range p.seen[i] {
			switch {
			case c == 0:
				res.lost++
			case c > 1:
				res.dup += int64(c - 1)
			}
			res.delivered += int64(min(c, 1))
		}
		all = append(all, p.lat[i]...)
	}
	stillOpen := 0
	for _, s := range subs {
		if e := s.closeErr.Load(); e == nil {
			stillOpen++
		} else if res.firstDropErr == nil {
			res.firstDropErr = *e
		}
	}
	res.dropped = open - stillOpen
	if len(all) > 0 {
		slices.Sort(all)
		res.p50 = time.Duration(all[len(all)/2])
		res.p99 = time.Duration(all[min(len(all)-1, len(all)*99/100)])
		res.max = time.Duration(all[len(all)-1])
	}
	return res, nil
}

package proxy

import (
	"bufio"
	"errors"
	"io"
	"iter"
	"net"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

// The fast path's event loops (Linux): nginx's design in Go. One loop per
// processor owns an epoll set with its client connections, its own pool of
// upstream connections and the listening socket (shared, EPOLLEXCLUSIVE).
// A connection is a coroutine (iter.Pull) running fastConn's ordinary
// sequential code; where that code would block, it yields to its loop,
// which resumes it when epoll says the socket is ready. Reads and writes
// are raw system calls on non-blocking sockets, none of which ever enter
// Go's netpoller: the kernel wakes the loop's own thread, and no goroutine
// is parked, made runnable or handed to another thread per request, which
// is what the goroutine-per-connection path (fast_conn.go's serve) spent
// beyond nginx (bench/FINDINGS.md). A coroutine switch costs ~75 ns.
//
// Everything a coroutine touches of its loop (slots, pool) is touched only
// while the loop is suspended in that coroutine, so none of it is locked.
// Other goroutines reach a loop only through post/command and its eventfd.

// evSlot ids below evFirstSlot name the loop's own fds in epoll data.
const (
	evListenSlot = 0
	evWakeSlot   = 1
	evFirstSlot  = 2
)

var (
	errEvClosed  = errors.New("connection closed by shutdown")
	errEvTimeout = errors.New("read timed out")
)

// evPoll is one socket in a loop's epoll set.
type evPoll struct {
	fd     int
	slot   int32
	gen    int32
	rReady bool    // an event since the last read attempt (or it filled its buffer): reading may find something
	wReady bool    // likewise for writing
	rHup   bool    // the peer closed its side (or the socket failed): reads find it at once
	up     bool    // an upstream connection
	dirty  bool    // up, pooled: unusable (checkIdle)
	owner  *evConn // who waits on it: the client's coroutine, or the one using a pooled upstream
}

// evConn is a client connection's coroutine state.
type evConn struct {
	l      *evLoop
	fc     *fastConn
	client *evPoll
	next   func() (struct{}, bool)
	yield  func(struct{}) bool

	waitOn   *evPoll // what it yielded waiting for (nil: a dial)
	waitW    bool    // ... to be writable
	waiting  bool
	err      error     // set by the loop to end its waits: shutdown or timeout
	deadline time.Time // read deadline of the client socket

	dialSeq  int
	dialDone bool
	dialFd   int
	dialErr  error
}

type evDialResult struct {
	ec  *evConn
	seq int
	fd  int
	err error
}

// evAccepted is a connection one loop accepted and hands to another, or
// one net/http gives back (adopt), with the bytes it read ahead.
type evAccepted struct {
	fd      int
	remote  *net.TCPAddr
	pending []byte
	adopted bool
}

// evLoop is one event loop.
type evLoop struct {
	f      *fastServer
	epfd   int
	wakefd int
	lnfd   int // a dup of the listener's fd; -1 once it stopped accepting
	lnAddr net.Addr

	slots []*evPoll
	free  []int32
	gen   int32 // the last evPoll.gen given
	conns map[*evConn]struct{}
	pool  map[string][]*poolConn

	events       [64]syscall.EpollEvent
	nextDeadline time.Time
	nextSweep    time.Time
	lastEvents   time.Time // when a wait last returned events
	coldWaits    int       // waits Go's scheduler knew of (for tests)

	mu      sync.Mutex
	posted  []evDialResult
	handed  []evAccepted // connections another loop accepted for this one
	live    atomic.Int32 // connections this loop serves or was handed
	funcs   []func()     // run on the loop (do)
	exited  bool
	cmdIdle atomic.Bool // close idle connections, stop accepting
	cmdAll  atomic.Bool // end every connection
}

// evLoopCount is how many loops the fast path runs: DEVPROXY_LOOPS, or one
// per processor Go uses; 0 (DEVPROXY_LOOPS=0) runs a goroutine per
// connection instead.
//
// With the default, Go gets one processor (P) more than there are loops,
// unless GOMAXPROCS is set: a busy loop keeps its P while it waits for
// events (waitEvents), and everything else (net/http's connections, dials,
// the garbage collector) runs on the spare one. Without it, a loop waiting
// in epoll_wait lost its P to sysmon after ~20 µs, and a thread was woken
// to run it that found nothing to do (measured: 0.43 → 0.07 futex calls
// per request, 32 → 25 µs of CPU).
func evLoopCount() int {
	if v := os.Getenv("DEVPROXY_LOOPS"); v != "" {
		if n, err := strconv.Atoi(v); err == nil && n >= 0 {
			return n
		}
	}
	evProcsOnce.Do(func() {
		evProcs = runtime.GOMAXPROCS(0)
		if os.Getenv("GOMAXPROCS") == "" {
			runtime.GOMAXPROCS(evProcs + 1)
		}
	})
	return evProcs
}

var (
	evProcsOnce sync.Once
	evProcs     int
)

// startLoops serves ln with event loops and reports whether it could (a TCP
// listener, epoll available); serve falls back to a goroutine per
// connection when not.
func (f *fastServer) startLoops(ln net.Listener) bool {
	n := evLoopCount()
	tl, ok := ln.(*net.TCPListener)
	if n == 0 || !ok {
		return false
	}
	var loops []*evLoop
	fail := func() bool {
		for _, l := range loops {
			l.closeFds()
		}
		return false
	}
	for range n {
		l, err := newEvLoop(f, tl)
		if err != nil {
			f.s.cfg.Logger.Debug("event loop unavailable; serving a goroutine per connection", "err", err)
			return fail()
		}
		loops = append(loops, l)
	}
	f.loops = loops
	// Hot waits keep a loop's P (waitEvents): only with a P to spare for
	// the goroutines a loop starts (dials, hand-offs), which would
	// otherwise wait for sysmon to preempt a loop, up to 10 ms.
	f.hotWaits = runtime.GOMAXPROCS(0) > len(loops)
	for _, l := range loops {
		f.loopWG.Add(1)
		go l.run()
	}
	return true
}

func newEvLoop(f *fastServer, tl *net.TCPListener) (*evLoop, error) {
	l := &evLoop{f: f, epfd: -1, wakefd: -1, lnfd: -1, lnAddr: tl.Addr(),
		slots: make([]*evPoll, evFirstSlot), conns: map[*evConn]struct{}{}, pool: map[string][]*poolConn{}}
	var err error
	if l.epfd, err = syscall.EpollCreate1(syscall.EPOLL_CLOEXEC); err != nil {
		return nil, os.NewSyscallError("epoll_create1", err)
	}
	fd, _, e := syscall.RawSyscall(syscall.SYS_EVENTFD2, 0, syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	if e != 0 {
		l.closeFds()
		return nil, os.NewSyscallError("eventfd2", e)
	}
	l.wakefd = int(fd)
	if l.lnfd, err = dupConnFd(tl); err != nil {
		l.closeFds()
		return nil, err
	}
	ev := syscall.EpollEvent{Events: syscall.EPOLLIN, Fd: evWakeSlot}
	if err := syscall.EpollCtl(l.epfd, syscall.EPOLL_CTL_ADD, l.wakefd, &ev); err != nil {
		l.closeFds()
		return nil, os.NewSyscallError("epoll_ctl", err)
	}
	// EPOLLEXCLUSIVE: a new connection wakes one idle loop, not all.
	ev = syscall.EpollEvent{Events: syscall.EPOLLIN | 1<<28, Fd: evListenSlot}
	if err := syscall.EpollCtl(l.epfd, syscall.EPOLL_CTL_ADD, l.lnfd, &ev); err != nil {
		l.closeFds()
		return nil, os.NewSyscallError("epoll_ctl", err)
	}
	return l, nil
}

func (l *evLoop) closeFds() {
	for _, fd := range []*int{&l.lnfd, &l.wakefd, &l.epfd} {
		if *fd >= 0 {
			syscall.Close(*fd)
			*fd = -1
		}
	}
}

// dupConnFd returns a close-on-exec duplicate of c's socket.
func dupConnFd(c syscall.Conn) (int, error) {
	rc, err := c.SyscallConn()
	if err != nil {
		return -1, err
	}
	nfd := -1
	var e syscall.Errno
	if err := rc.Control(func(fd uintptr) {
		r, _, errno := syscall.RawSyscall(syscall.SYS_FCNTL, fd, syscall.F_DUPFD_CLOEXEC, 0)
		nfd, e = int(r), errno
	}); err != nil {
		return -1, err
	}
	if e != 0 {
		return -1, os.NewSyscallError("fcntl", e)
	}
	return nfd, nil
}

// wake makes the loop look at its commands and posted results.
func (l *evLoop) wake() {
	one := uint64(1)
	syscall.RawSyscall(syscall.SYS_WRITE, uintptr(l.wakefd), uintptr(unsafe.Pointer(&one)), 8)
}

// command asks the loop to close idle connections (all=false) or every
// connection (all=true).
func (l *evLoop) command(all bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.exited {
		return
	}
	if all {
		l.cmdAll.Store(true)
	} else {
		l.cmdIdle.Store(true)
	}
	l.wake()
}

// post hands a dial's result to the loop (from the dialling goroutine).
func (l *evLoop) post(r evDialResult) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.exited {
		if r.fd >= 0 {
			syscall.Close(r.fd)
		}
		return
	}
	l.posted = append(l.posted, r)
	l.wake()
}

func (l *evLoop) run() {
	defer l.f.loopWG.Done()
	for {
		n, err := l.waitEvents()
		now := time.Now()
		if n > 0 {
			l.lastEvents = now
		}
		if err != nil && err != syscall.EINTR {
			l.f.s.cfg.Logger.Error("event loop failed; its connections are closed", "err", err)
			l.endAll()
			l.exit()
			return
		}
		// Two passes: every event's flags first, then the coroutines, so
		// that one resumed by this batch sees all of it (a pooled upstream
		// connection's close or stray bytes among them).
		for i := range max(n, 0) {
			e := &l.events[i]
			switch e.Fd {
			case evListenSlot, evWakeSlot:
				continue
			}
			p := l.poll(e)
			if p == nil {
				continue
			}
			if e.Events&(syscall.EPOLLIN|syscall.EPOLLRDHUP|syscall.EPOLLHUP|syscall.EPOLLERR) != 0 {
				p.rReady = true
				p.rHup = p.rHup || e.Events&(syscall.EPOLLRDHUP|syscall.EPOLLHUP|syscall.EPOLLERR) != 0
				if p.owner == nil && p.up {
					p.checkIdle()
				}
			}
			if e.Events&(syscall.EPOLLOUT|syscall.EPOLLHUP|syscall.EPOLLERR) != 0 {
				p.wReady = true
			}
		}
		for i := range max(n, 0) {
			e := &l.events[i]
			switch e.Fd {
			case evListenSlot:
				l.accept()
				continue
			case evWakeSlot:
				l.woken()
				continue
			}
			p := l.poll(e)
			if p == nil {
				continue
			}
			if ec := p.owner; ec != nil && ec.waiting && ec.waitOn == p && (ec.waitW && p.wReady || !ec.waitW && p.rReady) {
				ec.resume()
			}
		}
		if !now.Before(l.nextSweep) || !l.nextDeadline.IsZero() && !now.Before(l.nextDeadline) {
			l.sweep(now)
		}
		if l.lnfd < 0 && len(l.conns) == 0 {
			l.exit()
			return
		}
	}
}

// evHotWait is how long a loop keeps its P after its last events.
const evHotWait = 50 * time.Millisecond

// waitEvents waits for events (epoll_wait) until the next deadline or
// sweep. Within evHotWait of its last events, a loop waits without telling
// Go's scheduler. A wait in a system call Go knows of is, after 10 ms (or
// 20 µs when no P is idle), taken for a blocked thread: sysmon takes the P
// back, and then polls every 20 µs for a millisecond before it backs off
// again. A browser's module requests arrive in bursts a few ms apart, so
// that happened all through a cold load of 2,000 modules: 24,000 sysmon
// wake-ups and 40 % of devproxy's CPU for two loads. Waiting unseen, the P
// stays with the loop and sysmon leaves it be but for a preemption signal
// every 10 ms, which ends the wait early (EINTR); Go has one P more than
// there are loops for everything else (without one, as with GOMAXPROCS set
// to the number of loops, loops never keep their P: hotWaits). A loop idle
// for evHotWait waits the usual way, so an idle devproxy lets Go park its
// Ps and sysmon sleep.
func (l *evLoop) waitEvents() (int, error) {
	timeout := l.pollTimeout()
	hot := evHotWait - time.Since(l.lastEvents)
	if !l.f.hotWaits {
		hot = 0
	}
	if timeout == 0 { // a look, not a wait
		return syscall.EpollWait(l.epfd, l.events[:], 0)
	}
	if hot <= 0 {
		l.coldWaits++
		return syscall.EpollWait(l.epfd, l.events[:], timeout)
	}
	if ms := int(hot/time.Millisecond) + 1; timeout < 0 || ms < timeout {
		timeout = ms
	}
	r, _, e := syscall.RawSyscall6(syscall.SYS_EPOLL_PWAIT, uintptr(l.epfd), uintptr(unsafe.Pointer(&l.events[0])),
		uintptr(len(l.events)), uintptr(timeout), 0, 0)
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// poll is the socket an event is for; nil for one closed since (earlier in
// this batch, say).
func (l *evLoop) poll(e *syscall.EpollEvent) *evPoll {
	if int(e.Fd) >= len(l.slots) {
		return nil
	}
	if p := l.slots[e.Fd]; p != nil && p.gen == e.Pad {
		return p
	}
	return nil
}

// checkIdle looks at a pooled upstream connection that got an event while
// idle: bytes no request asked for (a body to a HEAD, 204 or 304, more than
// Content-Length) or the upstream's close make it unusable, since the next
// response read from it would not be the next request's. A spurious event
// (the last response's, read already) finds nothing. Nginx's keepalive
// upstreams do the same; http.Transport reads idle connections for it.
func (p *evPoll) checkIdle() {
	p.dirty = p.dirty || unsolicited(p.fd)
}

// unsolicited peeks, without blocking or consuming anything, whether the
// socket fd has bytes to read, its peer's close, or an error.
func unsolicited(fd int) bool {
	var b [1]byte
	for {
		_, _, e := syscall.RawSyscall6(syscall.SYS_RECVFROM, uintptr(fd), uintptr(unsafe.Pointer(&b[0])), 1,
			syscall.MSG_PEEK|syscall.MSG_DONTWAIT, 0, 0)
		if e != syscall.EINTR {
			return e != syscall.EAGAIN
		}
	}
}

// pollTimeout is epoll_wait's timeout: until the next deadline or sweep.
func (l *evLoop) pollTimeout() int {
	if len(l.conns) == 0 && len(l.pool) == 0 {
		return -1 // nothing to time out: sleep until something happens
	}
	next := l.nextSweep
	if !l.nextDeadline.IsZero() && l.nextDeadline.Before(next) {
		next = l.nextDeadline
	}
	d := time.Until(next)
	if d <= 0 {
		return 0
	}
	return int(d/time.Millisecond) + 1
}

// exit closes everything the loop still owns.
func (l *evLoop) exit() {
	l.mu.Lock()
	l.exited = true
	posted, funcs, handed := l.posted, l.funcs, l.handed
	l.posted, l.funcs, l.handed = nil, nil, nil
	l.mu.Unlock()
	for _, a := range handed {
		syscall.Close(a.fd)
	}
	for _, fn := range funcs {
		fn()
	}
	for _, r := range posted {
		if r.fd >= 0 {
			syscall.Close(r.fd)
		}
	}
	for addr, idle := range l.pool {
		for _, pc := range idle {
			pc.c.Close()
		}
		delete(l.pool, addr)
	}
	l.closeFds()
}

// accept takes the connections waiting on the listener.
func (l *evLoop) accept() {
	for range 16 {
		if l.lnfd < 0 {
			return
		}
		if l.f.closing.Load() {
			l.stopAccepting()
			return
		}
		fd, sa, err := syscall.Accept4(l.lnfd, syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC)
		switch {
		case err == syscall.EAGAIN || err == syscall.EINTR || err == syscall.ECONNABORTED:
			return
		case err != nil:
			// Out of file descriptors and the like: the listener stays
			// readable (level-triggered), so back off briefly, as net/http does.
			l.f.s.cfg.Logger.Warn("accepting a connection failed, retrying", "err", err)
			time.Sleep(5 * time.Millisecond)
			return
		}
		// To the loop with the fewest connections: whichever loop the
		// kernel wakes takes a burst of them (wrk's 32 arrived 10/23,
		// 19/14, 13/20 on two loops), and the fuller loop then bounds
		// throughput while the other's CPU idles.
		t := l.leastLoaded()
		t.live.Add(1)
		a := evAccepted{fd: fd, remote: sockaddrTCP(sa)}
		if t == l {
			l.startConn(a)
		} else {
			t.hand(a)
		}
	}
}

func (l *evLoop) leastLoaded() *evLoop {
	best, n := l, l.live.Load()
	for _, o := range l.f.loops {
		if m := o.live.Load(); m < n {
			best, n = o, m
		}
	}
	return best
}

// hand gives the loop a connection another loop accepted.
func (l *evLoop) hand(a evAccepted) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.exited {
		syscall.Close(a.fd)
		l.live.Add(-1)
		return
	}
	l.handed = append(l.handed, a)
	l.wake()
}

// adoptEv gives c, a connection net/http served and hijacked, to the loop
// with the fewest connections; false if there are no loops or c is not a
// TCP socket of this process. c is closed either way when it returns true.
func (f *fastServer) adoptEv(c net.Conn, pending []byte) bool {
	tc, ok := c.(*net.TCPConn)
	if f.loops == nil || !ok {
		return false
	}
	fd, err := dupConnFd(tc)
	if err != nil {
		return false
	}
	if err := syscall.SetNonblock(fd, true); err != nil {
		syscall.Close(fd)
		return false
	}
	remote, _ := tc.RemoteAddr().(*net.TCPAddr)
	tc.Close() // the loop's duplicate keeps the socket open
	t := f.loops[0].leastLoaded()
	t.live.Add(1)
	t.hand(evAccepted{fd: fd, remote: remote, pending: pending, adopted: true})
	return true
}

func (l *evLoop) stopAccepting() {
	if l.lnfd >= 0 {
		syscall.EpollCtl(l.epfd, syscall.EPOLL_CTL_DEL, l.lnfd, nil)
		syscall.Close(l.lnfd)
		l.lnfd = -1
	}
}

func (l *evLoop) startConn(a evAccepted) {
	fd := a.fd
	// As Go's net package sets up an accepted TCP connection.
	syscall.SetsockoptInt(fd, syscall.IPPROTO_TCP, syscall.TCP_NODELAY, 1)
	syscall.SetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_KEEPALIVE, 1)
	syscall.SetsockoptInt(fd, syscall.IPPROTO_TCP, syscall.TCP_KEEPIDLE, 15)
	syscall.SetsockoptInt(fd, syscall.IPPROTO_TCP, syscall.TCP_KEEPINTVL, 15)
	ec := &evConn{l: l}
	p, err := l.register(fd, ec)
	if err != nil {
		syscall.Close(fd)
		l.live.Add(-1)
		l.f.s.cfg.Logger.Warn("could not watch a new connection; closed it", "err", err)
		return
	}
	ec.client = p
	fc := &fastConn{f: l.f, ev: ec, initial: a.pending, adopted: a.adopted}
	if a.remote == nil {
		a.remote = &net.TCPAddr{}
	}
	fc.c = &evClientConn{ec: ec, remote: a.remote}
	ec.fc = fc
	if !l.f.add(fc) {
		l.unregister(p)
		syscall.Close(fd)
		l.live.Add(-1)
		return
	}
	l.conns[ec] = struct{}{}
	ec.next, _ = iter.Pull(func(yield func(struct{}) bool) {
		ec.yield = yield
		fc.serveEv()
	})
	ec.resume()
}

func sockaddrTCP(sa syscall.Sockaddr) *net.TCPAddr {
	switch a := sa.(type) {
	case *syscall.SockaddrInet4:
		return &net.TCPAddr{IP: net.IP(a.Addr[:]).To16(), Port: a.Port}
	case *syscall.SockaddrInet6:
		a6 := &net.TCPAddr{IP: net.IP(a.Addr[:]), Port: a.Port}
		if a.ZoneId != 0 {
			if ifi, err := net.InterfaceByIndex(int(a.ZoneId)); err == nil {
				a6.Zone = ifi.Name
			}
		}
		return a6
	}
	return &net.TCPAddr{}
}

// register adds fd to the epoll set, edge-triggered for both directions.
func (l *evLoop) register(fd int, owner *evConn) (*evPoll, error) {
	var slot int32
	if n := len(l.free); n > 0 {
		slot = l.free[n-1]
		l.free = l.free[:n-1]
	} else {
		slot = int32(len(l.slots))
		l.slots = append(l.slots, nil)
	}
	l.gen++ // tells an event for this slot's earlier socket from one for p
	p := &evPoll{fd: fd, slot: slot, gen: l.gen, owner: owner}
	ev := syscall.EpollEvent{Events: evEvents, Fd: slot, Pad: p.gen}
	if err := syscall.EpollCtl(l.epfd, syscall.EPOLL_CTL_ADD, fd, &ev); err != nil {
		l.free = append(l.free, slot)
		return nil, os.NewSyscallError("epoll_ctl", err)
	}
	l.slots[slot] = p
	return p, nil
}

// unregister frees p's slot; the caller closes (or hands off) its fd.
func (l *evLoop) unregister(p *evPoll) {
	if p.slot < 0 {
		return
	}
	l.slots[p.slot] = nil
	l.free = append(l.free, p.slot)
	p.slot, p.owner = -1, nil
}

func (l *evLoop) closePoll(p *evPoll) {
	if p.slot < 0 {
		return
	}
	l.unregister(p)
	syscall.Close(p.fd) // leaves the epoll set with its last descriptor
	p.fd = -1
}

// do runs fn on the loop, where it may look at the loop's state, and
// returns once it ran; false if the loop has exited.
func (l *evLoop) do(fn func()) bool {
	done := make(chan struct{})
	l.mu.Lock()
	if l.exited {
		l.mu.Unlock()
		return false
	}
	l.funcs = append(l.funcs, func() { fn(); close(done) })
	l.wake()
	l.mu.Unlock()
	<-done
	return true
}

// woken handles commands and posted dial results.
func (l *evLoop) woken() {
	var buf [8]byte
	syscall.RawSyscall(syscall.SYS_READ, uintptr(l.wakefd), uintptr(unsafe.Pointer(&buf[0])), 8)
	l.mu.Lock()
	posted, funcs, handed := l.posted, l.funcs, l.handed
	l.posted, l.funcs, l.handed = nil, nil, nil
	l.mu.Unlock()
	for _, fn := range funcs {
		fn()
	}
	for _, a := range handed {
		l.startConn(a)
	}
	for _, r := range posted {
		ec := r.ec
		if _, live := l.conns[ec]; !live || ec.dialSeq != r.seq || !ec.waiting || ec.waitOn != nil {
			if r.fd >= 0 {
				syscall.Close(r.fd)
			}
			continue
		}
		ec.dialDone, ec.dialFd, ec.dialErr = true, r.fd, r.err
		ec.resume()
	}
	if l.cmdAll.Swap(false) {
		l.cmdIdle.Store(false)
		l.stopAccepting()
		l.endAll()
	}
	if l.cmdIdle.Swap(false) {
		l.stopAccepting()
		for ec := range l.conns {
			if ec.fc.state.Load() == connClosed {
				ec.end(errEvClosed)
			}
		}
	}
}

func (l *evLoop) endAll() {
	for ec := range l.conns {
		ec.end(errEvClosed)
	}
}

// sweep ends connections whose read deadline passed and drops pooled
// upstream connections idle too long.
func (l *evLoop) sweep(now time.Time) {
	l.nextSweep = now.Add(time.Second)
	l.nextDeadline = time.Time{}
	for ec := range l.conns {
		if ec.deadline.IsZero() {
			continue
		}
		if !now.Before(ec.deadline) {
			if ec.waiting && ec.waitOn == ec.client && !ec.waitW {
				ec.end(errEvTimeout)
			}
			continue // else not reading: the next sweep looks again
		}
		if l.nextDeadline.IsZero() || ec.deadline.Before(l.nextDeadline) {
			l.nextDeadline = ec.deadline
		}
	}
	for addr, idle := range l.pool {
		keep := idle[:0]
		for _, pc := range idle {
			if now.Sub(pc.lastUsed) >= l.f.t.IdleTimeout {
				pc.c.Close()
			} else {
				keep = append(keep, pc)
			}
		}
		clear(idle[len(keep):])
		if len(keep) == 0 {
			delete(l.pool, addr)
		} else {
			l.pool[addr] = keep
		}
	}
}

// end makes ec's waits fail with err, and resumes it if it is waiting.
func (ec *evConn) end(err error) {
	if ec.err == nil {
		ec.err = err
	}
	if ec.waiting {
		ec.resume()
	}
}

// resume runs ec's coroutine until it waits again or ends.
func (ec *evConn) resume() {
	ec.waiting = false
	if _, ok := ec.next(); !ok {
		delete(ec.l.conns, ec)
		ec.l.live.Add(-1)
	}
}

// wait yields until p is ready (for writing with w), or ec's waits end.
// The caller tried the I/O first (or knows it would find nothing): the
// ready flags are cleared before every attempt, so a flag set now means an
// event came after it.
func (ec *evConn) wait(p *evPoll, w bool) error {
	for {
		if ec.err != nil {
			return ec.err
		}
		if p.slot < 0 {
			return net.ErrClosed
		}
		if w && p.wReady || !w && p.rReady {
			return nil
		}
		ec.waitOn, ec.waitW, ec.waiting = p, w, true
		ec.yield(struct{}{})
	}
}

func (ec *evConn) setDeadline(t time.Time) {
	ec.deadline = t
	if l := ec.l; !t.IsZero() && (l.nextDeadline.IsZero() || t.Before(l.nextDeadline)) {
		l.nextDeadline = t
	}
}

// rawRead and rawWrite are read(2) and write(2) on a non-blocking socket,
// without telling the scheduler (they never block).
func rawRead(fd int, p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	n, _, e := syscall.RawSyscall(syscall.SYS_READ, uintptr(fd), uintptr(unsafe.Pointer(&p[0])), uintptr(len(p)))
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}

func rawWrite(fd int, p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	n, _, e := syscall.RawSyscall(syscall.SYS_WRITE, uintptr(fd), uintptr(unsafe.Pointer(&p[0])), uintptr(len(p)))
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}

// readNow is one read attempt; EAGAIN when there is nothing.
func (ec *evConn) readNow(p *evPoll, b []byte) (int, error) {
	if ec.err != nil {
		return 0, ec.err
	}
	// A close that came with the last bytes is found only by reading past
	// them: no event will say so again.
	p.rReady = p.rHup
	for {
		n, err := rawRead(p.fd, b)
		if err == syscall.EINTR {
			continue
		}
		return n, err
	}
}

// read reads into b, waiting until there is something.
func (ec *evConn) read(p *evPoll, b []byte) (int, error) {
	for {
		n, err := ec.readNow(p, b)
		if err != syscall.EAGAIN {
			return n, err
		}
		if err := ec.wait(p, false); err != nil {
			return 0, err
		}
	}
}

// write writes all of b, waiting for room as needed.
func (ec *evConn) write(p *evPoll, b []byte) (int, error) {
	done := 0
	for done < len(b) {
		if ec.err != nil {
			return done, ec.err
		}
		p.wReady = false
		n, err := rawWrite(p.fd, b[done:])
		switch {
		case err == syscall.EINTR:
		case err == syscall.EAGAIN:
			if err := ec.wait(p, true); err != nil {
				return done, err
			}
		case err != nil:
			return done, err
		default:
			done += n
		}
	}
	return done, nil
}

// serveEv is the connection's coroutine: fastConn.loop between waits for
// the client.
func (fc *fastConn) serveEv() {
	ec := fc.ev
	defer fc.f.remove(fc)
	defer fastBuffers.Put(fc.begin())
	defer fc.recover()
	read := func(b []byte) (int, error) { return ec.readNow(ec.client, b) }
	for {
		act, done := fc.loop(read)
		if done {
			if act == actHandOff {
				fc.handOff()
			} else {
				fc.c.Close()
			}
			return
		}
		if err := ec.wait(ec.client, false); err != nil {
			fc.c.Close()
			return
		}
	}
}

// detach takes the client socket out of the loop as a net.Conn of Go's
// own, for net/http.
func (ec *evConn) detach() (net.Conn, error) {
	p := ec.client
	syscall.EpollCtl(ec.l.epfd, syscall.EPOLL_CTL_DEL, p.fd, nil)
	ec.l.unregister(p)
	f := os.NewFile(uintptr(p.fd), "")
	p.fd = -1
	c, err := net.FileConn(f)
	f.Close()
	return c, err
}

// getConn returns a pooled upstream connection of this loop (checked as the
// request is sent, see evUpConn.send), or dials one.
func (ec *evConn) getConn(addr string) (*poolConn, bool, error) {
	l := ec.l
	idle := l.pool[addr]
	for len(idle) > 0 && idle[len(idle)-1].c.(*evUpConn).p.dirty {
		idle[len(idle)-1].c.Close()
		idle[len(idle)-1] = nil
		idle = idle[:len(idle)-1]
		l.pool[addr] = idle
	}
	if len(idle) > 0 {
		pc := idle[len(idle)-1]
		if time.Since(pc.lastUsed) < l.f.t.IdleTimeout {
			idle[len(idle)-1] = nil
			l.pool[addr] = idle[:len(idle)-1]
			pc.c.(*evUpConn).p.owner = ec
			return pc, true, nil
		}
		for i, pc := range idle { // the most recent is too old, so all are
			pc.c.Close()
			idle[i] = nil
		}
		l.pool[addr] = idle[:0]
	}
	fd, err := ec.dial(addr)
	if err != nil {
		return nil, false, err
	}
	p, err := l.register(fd, ec)
	if err != nil {
		syscall.Close(fd)
		return nil, false, err
	}
	p.up = true
	u := &evUpConn{ec: ec, p: p, addr: addr}
	return &poolConn{c: u, br: bufio.NewReaderSize(u, 32<<10)}, false, nil
}

// dial connects with Go's dialer (resolver, timeout, both address
// families) on another goroutine, so that a slow name lookup or an
// unreachable upstream never stalls the loop, and takes the socket over.
func (ec *evConn) dial(addr string) (int, error) {
	ec.dialSeq++
	seq, l := ec.dialSeq, ec.l
	t := l.f.t
	ctx := l.f.s.baseCtx
	go func() {
		d := net.Dialer{Timeout: t.DialTimeout, KeepAlive: 30 * time.Second}
		fd := -1
		c, err := d.DialContext(ctx, "tcp", addr)
		if err == nil {
			fd, err = dupConnFd(c.(*net.TCPConn))
			c.Close()
		}
		l.post(evDialResult{ec: ec, seq: seq, fd: fd, err: err})
	}()
	ec.dialDone = false
	for !ec.dialDone {
		if ec.err != nil {
			return -1, ec.err // the result, when it comes, is closed (woken)
		}
		ec.waitOn, ec.waitW, ec.waiting = nil, false, true
		ec.yield(struct{}{})
	}
	return ec.dialFd, ec.dialErr
}

func (l *evLoop) put(addr string, pc *poolConn) {
	pc.lastUsed = time.Now()
	u := pc.c.(*evUpConn)
	u.p.owner = nil
	if u.p.rReady {
		// An event came since the last read, while the connection was in
		// use, so checkIdle did not look at it: bytes after the response,
		// or the upstream's close, would be taken for the next response.
		u.p.checkIdle()
	}
	if idle := l.pool[addr]; !u.p.dirty && len(idle) < l.f.t.MaxIdlePerHost && !l.f.closing.Load() {
		l.pool[addr] = append(idle, pc)
		return
	}
	pc.c.Close()
}

// evUpConn is an upstream connection of a loop, as the net.Conn that
// fast_forward.go reads (through a bufio.Reader) and writes. Its I/O waits
// by yielding the coroutine of the client connection using it.
type evUpConn struct {
	ec   *evConn // the user: the coroutine that waits
	p    *evPoll
	addr string
	sent bool // a request just went out: wait before the first read
}

func (u *evUpConn) user() *evConn {
	if o := u.p.owner; o != nil {
		return o
	}
	return u.ec
}

func (u *evUpConn) Read(b []byte) (int, error) {
	ec := u.user()
	if u.p.slot < 0 {
		return 0, net.ErrClosed
	}
	if u.sent {
		// Nothing can be here before the request went out: skip the read
		// that would only say EAGAIN.
		u.sent = false
		if err := ec.wait(u.p, false); err != nil {
			return 0, err
		}
	}
	n, err := ec.read(u.p, b)
	if err == nil && n == 0 && len(b) > 0 {
		return 0, io.EOF
	}
	if n == len(b) {
		// More may be waiting, which no new event will announce: put
		// checks before pooling (the response may end right here).
		u.p.rReady = true
	}
	return n, err
}

func (u *evUpConn) Write(b []byte) (int, error) {
	if u.p.slot < 0 {
		return 0, net.ErrClosed
	}
	return u.user().write(u.p, b)
}

// send writes req. (A pooled connection was checked as it was pooled, put,
// and while it was idle, checkIdle.)
func (u *evUpConn) send(req []byte, _ bool) (dirty bool, err error) {
	u.p.rReady = u.p.rHup
	if _, err := u.Write(req); err != nil {
		return false, err
	}
	u.sent = true
	return false, nil
}

func (u *evUpConn) Close() error {
	if u.p.slot < 0 {
		return nil
	}
	u.ec.l.closePoll(u.p)
	return nil
}

func (u *evUpConn) LocalAddr() net.Addr              { return &net.TCPAddr{} }
func (u *evUpConn) RemoteAddr() net.Addr             { return &net.TCPAddr{} }
func (u *evUpConn) SetDeadline(time.Time) error      { return nil }
func (u *evUpConn) SetReadDeadline(time.Time) error  { return nil }
func (u *evUpConn) SetWriteDeadline(time.Time) error { return nil }

// evClientConn is a client connection of a loop, as the net.Conn fastConn
// uses (its reads go through evConn.readNow directly).
type evClientConn struct {
	ec     *evConn
	remote *net.TCPAddr
}

func (c *evClientConn) Read(b []byte) (int, error)  { return c.ec.read(c.ec.client, b) }
func (c *evClientConn) Write(b []byte) (int, error) { return c.ec.write(c.ec.client, b) }

func (c *evClientConn) Close() error {
	c.ec.l.closePoll(c.ec.client)
	return nil
}

func (c *evClientConn) LocalAddr() net.Addr  { return c.ec.l.lnAddr }
func (c *evClientConn) RemoteAddr() net.Addr { return c.remote }
func (c *evClientConn) SetDeadline(t time.Time) error {
	c.ec.setDeadline(t)
	return nil
}
func (c *evClientConn) SetReadDeadline(t time.Time) error {
	c.ec.setDeadline(t)
	return nil
}
func (c *evClientConn) SetWriteDeadline(time.Time) error { return nil }

const evEvents = uint32(syscall.EPOLLIN|syscall.EPOLLOUT|syscall.EPOLLRDHUP) | 1<<31 // EPOLLET

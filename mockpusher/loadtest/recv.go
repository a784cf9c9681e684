package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"github.com/gorilla/websocket"
)

// Receive paths (-recv). gorilla: one goroutine per connection reading
// through gorilla/websocket, as most Go clients do; per delivery that is a
// netpoll wake-up, a goroutine switch, a read and a read that returns
// EAGAIN. epoll: after the handshake and subscribe (on gorilla), every
// socket is handed to one epoll set read by one receiver goroutine per CPU,
// which reads each ready socket once into a large buffer and parses the
// frames itself, so the client costs the machine less of the CPU the server
// needs. Any receiver reads any ready socket, as independent clients would:
// one whose thread the OS preempts holds up only the sockets in its hand.
const (
	recvGorilla = "gorilla"
	recvEpoll   = "epoll"
)

const (
	recvBufSize    = 256 << 10 // one read per ready socket
	recvWaitMillis = 50        // how often a receiver checks whether to stop
	// Ready sockets taken per epoll_wait. Those taken wait for the receiver
	// that took them: one whose thread the OS preempts holds up at most
	// this many (0.3% of 5,000 subscribers), and the receivers share the
	// last of a fan-out. A call's fixed cost, about a microsecond, spread
	// over 16 reads is some 0.05 µs of the client's ~6 µs per delivery (an
	// estimate, too small to show in a run).
	recvMaxEvents = 16
	// After reading, a receiver that finds nothing ready naps recvNap
	// (the Go runtime rounds it up to about 1 ms) rather than blocking in
	// epoll_wait, for up to recvNapFor after the last data: a blocked
	// receiver is woken by the server's write, and the kernel charges that
	// wake-up to the server. Latency reads up to a nap late.
	recvNap    = 200 * time.Microsecond
	recvNapFor = 20 * time.Millisecond
)

// recConn records what gorilla reads from the socket during the handshake
// and subscribe, so that the epoll receiver can start where gorilla stopped
// even if gorilla had buffered bytes beyond the last message it returned.
type recConn struct {
	net.Conn
	recording bool
	rec       []byte
}

func (c *recConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if c.recording {
		c.rec = append(c.rec, p[:n]...)
	}
	return n, err
}

func (c *recConn) stopRecording() []byte {
	r := c.rec
	c.recording, c.rec = false, nil
	return r
}

// napStats counts the epoll receivers' naps and how long they really took:
// the runtime stretches a short sleep, and a delivery that arrives during a
// nap is read, and its latency recorded, up to one nap late.
type napStats struct {
	n, total, longest atomic.Int64 // naps, and their summed and longest ns
}

func (s *napStats) add(d time.Duration) {
	s.n.Add(1)
	s.total.Add(int64(d))
	for m := s.longest.Load(); int64(d) > m && !s.longest.CompareAndSwap(m, int64(d)); m = s.longest.Load() {
	}
}

// snapshot returns the naps so far, their mean and the longest.
func (s *napStats) snapshot() (n int64, mean, longest time.Duration) {
	n = s.n.Load()
	if n > 0 {
		mean = time.Duration(s.total.Load() / n)
	}
	return n, mean, time.Duration(s.longest.Load())
}

// startReceiving starts reading subs by the given path and returns the
// function that stops it. The epoll receivers count their naps in naps
// (which may be nil). Call stop before closing the subscribers: an
// epoll receiver must not read a descriptor number that has been reused.
func startReceiving(subs []*subscriber, mode string, naps *napStats) (stop func(), err error) {
	if naps == nil {
		naps = new(napStats)
	}
	if mode != recvEpoll {
		for _, s := range subs {
			s.raw.stopRecording()
			go s.readLoop()
		}
		return func() {}, nil
	}
	fd, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
	if err != nil {
		return nil, fmt.Errorf("creating an epoll set for the receivers: %w (try -recv gorilla)", err)
	}
	r := &receiver{epfd: fd, naps: naps}
	for i, s := range subs {
		if err := r.add(s); err != nil {
			r.stop()
			return nil, fmt.Errorf("handing connection %d of %d to the receivers: %w (try -recv gorilla)", i+1, len(subs), err)
		}
	}
	for range min(runtime.GOMAXPROCS(0), len(subs)) {
		r.wg.Add(1)
		go r.loop()
	}
	return r.stop, nil
}

// receiver is the subscribers' epoll set and the goroutines that read it.
type receiver struct {
	epfd    int
	conns   []*rconn // indexed by the epoll events' Fd field
	stopped atomic.Bool
	wg      sync.WaitGroup
	naps    *napStats
}

// rconn is a subscriber's socket after the hand-off.
type rconn struct {
	// held is 0 when no receiver holds the connection, heldReading while
	// one reads it, and heldMore when another saw it ready meanwhile: the
	// holder then reads again before letting go, so the stream is read in
	// order by one receiver at a time and no edge is lost.
	held   atomic.Int32
	s      *subscriber
	fd     int
	fr     frameReader
	now    int64              // receive time of the bytes being parsed
	onMsg  func(byte, []byte) // c.handle, bound once
	closed bool               // removed from the epoll set; only the holder touches it
}

const (
	heldReading = 1
	heldMore    = 2
)

// take makes the caller c's holder, or tells the holder to read again and
// reports false.
func (c *rconn) take() bool {
	for {
		switch h := c.held.Load(); h {
		case 0:
			if c.held.CompareAndSwap(0, heldReading) {
				return true
			}
		case heldReading:
			if c.held.CompareAndSwap(heldReading, heldMore) {
				return false
			}
		default: // heldMore: the holder reads again anyway
			return false
		}
	}
}

// letGo ends the caller's hold, unless another receiver saw c ready
// meanwhile: then it reports false and the caller, still the holder, reads
// again.
func (c *rconn) letGo() bool {
	if c.held.CompareAndSwap(heldReading, 0) {
		return true
	}
	c.held.Store(heldReading)
	return false
}

// add takes s's socket away from gorilla and the Go netpoller: it
// duplicates the descriptor, closes gorilla's (which removes it from the
// netpoller's epoll set, while the duplicate keeps the connection open),
// and registers the duplicate here. Bytes gorilla read beyond the last
// message it returned are parsed first.
func (r *receiver) add(s *subscriber) error {
	rec := s.raw.stopRecording()
	sc, ok := s.raw.Conn.(syscall.Conn)
	if !ok {
		return fmt.Errorf("connection is a %T, not a socket", s.raw.Conn)
	}
	raw, err := sc.SyscallConn()
	if err != nil {
		return err
	}
	fd := -1
	var derr error
	if err := raw.Control(func(f uintptr) {
		nfd, _, errno := syscall.Syscall(syscall.SYS_FCNTL, f, syscall.F_DUPFD_CLOEXEC, 0)
		if errno != 0 {
			derr = errno
			return
		}
		fd = int(nfd)
	}); err != nil || derr != nil {
		return fmt.Errorf("duplicating the socket: %w", errors.Join(err, derr))
	}
	s.ws.Close()
	s.mu.Lock()
	s.fd = fd
	s.mu.Unlock()

	rest, err := afterMessages(rec, s.gorillaMsgs)
	if err != nil {
		return err
	}
	c := &rconn{s: s, fd: fd}
	c.onMsg = c.handle
	idx := len(r.conns)
	r.conns = append(r.conns, c)
	if len(rest) > 0 {
		c.read(rest)
	}
	ev := syscall.EpollEvent{Events: syscall.EPOLLIN | syscall.EPOLLRDHUP | syscall.EPOLLET&0xFFFFFFFF, Fd: int32(idx)}
	if err := syscall.EpollCtl(r.epfd, syscall.EPOLL_CTL_ADD, fd, &ev); err != nil {
		return fmt.Errorf("adding the socket to the epoll set: %w", err)
	}
	return nil
}

// afterMessages returns what follows the HTTP response and the first n
// messages in rec, the bytes gorilla read during dial.
func afterMessages(rec []byte, n int) ([]byte, error) {
	i := bytes.Index(rec, []byte("\r\n\r\n"))
	if i < 0 {
		return nil, errors.New("no end of the HTTP response in the bytes read during the handshake")
	}
	frames := rec[i+4:]
	off, err := messagesEnd(frames, n)
	if err != nil {
		return nil, fmt.Errorf("finding the end of the %d messages read during the handshake: %w", n, err)
	}
	return frames[off:], nil
}

// loop waits for ready sockets and reads each once. The sockets are
// edge-triggered: a read that does not fill the buffer has emptied the
// socket (new data raises a new edge), so no read ends in EAGAIN, and the
// kernel need not poll a level-triggered socket again after each wait. A
// read that fills the buffer is repeated. Waiting starts with a
// non-blocking epoll_wait and reads are raw system calls: neither blocks,
// so neither pays for handing the CPU back to the Go scheduler. When
// nothing is ready, the receiver naps if data came within recvNapFor and
// blocks in epoll_wait otherwise. Several loops share the epoll set; a
// socket one of them holds is left to it (see take).
func (r *receiver) loop() {
	defer r.wg.Done()
	events := make([]syscall.EpollEvent, recvMaxEvents)
	buf := make([]byte, recvBufSize)
	var lastData time.Time
	for !r.stopped.Load() {
		n, err := epollPoll(r.epfd, events)
		if err == nil && n == 0 && time.Since(lastData) < recvNapFor {
			// Data came recently: more is likely on its way. Nap rather
			// than block, so the server's writes do not pay to wake us.
			t := time.Now()
			time.Sleep(recvNap)
			r.naps.add(time.Since(t))
			continue
		}
		if err == nil && n == 0 {
			n, err = syscall.EpollWait(r.epfd, events, recvWaitMillis)
		}
		if n > 0 {
			lastData = time.Now()
		}
		if err != nil {
			if err == syscall.EINTR {
				continue
			}
			r.failAll(fmt.Errorf("epoll_wait: %w", err))
			return
		}
		for _, ev := range events[:n] {
			if c := r.conns[ev.Fd]; c.take() {
				for r.readOnce(c, buf) || !c.letGo() {
				}
			}
		}
	}
}

// readOnce reads c (held by the caller) once, and reports whether to read
// again at once: the read filled buf.
func (r *receiver) readOnce(c *rconn, buf []byte) bool {
	for !c.closed {
		m, err := rawRead(c.fd, buf)
		switch {
		case err == syscall.EINTR:
			continue
		case err == syscall.EAGAIN:
		case err != nil:
			r.end(c, err)
		case m == 0:
			r.end(c, io.ErrUnexpectedEOF)
		default:
			c.read(buf[:m])
			if c.closed {
				r.end(c, nil)
			}
			return m == len(buf) && !c.closed
		}
		return false
	}
	return false
}

// epollPoll is epoll_wait that does not block, as a raw system call.
func epollPoll(epfd int, events []syscall.EpollEvent) (int, error) {
	n, _, errno := syscall.RawSyscall6(syscall.SYS_EPOLL_WAIT, uintptr(epfd),
		uintptr(unsafe.Pointer(&events[0])), uintptr(len(events)), 0, 0, 0)
	if errno != 0 {
		return 0, errno
	}
	return int(n), nil
}

// rawRead is read(2) on a non-blocking socket, as a raw system call.
func rawRead(fd int, b []byte) (int, error) {
	n, _, errno := syscall.RawSyscall(syscall.SYS_READ, uintptr(fd), uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)))
	if errno != 0 {
		return 0, errno
	}
	return int(n), nil
}

// read parses bytes just read from c's socket.
func (c *rconn) read(b []byte) {
	c.now = time.Now().UnixNano()
	c.s.mu.Lock()
	err := c.fr.feed(b, c.onMsg)
	c.s.mu.Unlock()
	if err != nil {
		c.fail(fmt.Errorf("reading frames: %w", err))
	}
}

// handle is one message or control frame, called with c.s.mu held.
func (c *rconn) handle(op byte, p []byte) {
	s := c.s
	switch op {
	case opText, opBinary:
		s.stats[0]++
		seq, okSeq := intAfter(p, seqKey)
		ts, okTS := intAfter(p, tsKey)
		if okSeq && okTS {
			if ph := s.rec; ph != nil {
				ph.recordAt(s.idx, int(seq), c.now-ts, c.now)
			}
		} else if bytes.Contains(p, pingEv) {
			s.writeRaw(opText, pong)
		}
	case opPing:
		s.writeRaw(opPong, p)
	case opClose:
		code, text := closeCode(p)
		s.writeRaw(opClose, p[:min(len(p), 2)]) // echo the code, as RFC 6455 asks
		c.fail(&websocket.CloseError{Code: code, Text: text})
	}
}

// fail notes why c's stream ended; the receiver drops it after this read.
func (c *rconn) fail(err error) {
	if !c.closed {
		c.closed = true
		c.s.closeErr.CompareAndSwap(nil, &err)
	}
}

// end removes c from the epoll set (its descriptor stays open until the
// subscriber is closed, so its number cannot be reused meanwhile).
func (r *receiver) end(c *rconn, err error) {
	if err != nil {
		c.fail(err)
	}
	c.closed = true
	_ = syscall.EpollCtl(r.epfd, syscall.EPOLL_CTL_DEL, c.fd, nil)
}

// failAll ends every connection no other receiver holds; a held one is
// its holder's to end.
func (r *receiver) failAll(err error) {
	for _, c := range r.conns {
		if c.take() {
			if !c.closed {
				r.end(c, err)
			}
			c.letGo()
		}
	}
}

// stop ends the receivers' loops, waits for them and closes the epoll set.
func (r *receiver) stop() {
	r.stopped.Store(true)
	r.wg.Wait()
	syscall.Close(r.epfd)
}

package mockpusher

// Sending to one connection: a direct non-blocking write when nothing is
// queued, else the bounded queue and its writer goroutine; closing writes.

import (
	"errors"
	"fmt"
	"net"
	"os"
	"syscall"
	"time"
	"unsafe"
)

// send writes or queues a frame. A connection whose queue would exceed
// SendQueueBytes is a subscriber that cannot keep up: its queue is dropped
// and it is closed with 4200 (pusher-js reconnects at once) instead of
// delaying anyone else.
func (c *conn) send(frame []byte) bool {
	c.mu.Lock()
	if c.closing {
		c.mu.Unlock()
		return false
	}
	partial := false
	if !c.writing && len(c.queue) == 0 && c.raw != nil {
		// Nothing is waiting: write now, from the caller's goroutine,
		// without blocking. Only what the socket does not take at once
		// goes to the writer goroutine.
		n, err := c.tryWrite(frame)
		if err != nil {
			c.closing = true
			c.mu.Unlock()
			c.s.log.Debug("pusher connection write failed", "socket_id", c.id, "err", err)
			c.nc.Close() // the reader sees it and cleans up
			return false
		}
		if n == len(frame) {
			c.mu.Unlock()
			return true
		}
		// The rest of a frame partly written must follow, whatever the
		// bound: it becomes the (empty) queue's head.
		partial = n > 0
		frame = frame[n:]
	}
	if !partial && c.queued+len(frame) > c.s.cfg.SendQueueBytes {
		queued := c.queued
		c.dropQueueLocked()
		c.startCloseLocked(closeGeneric, "client too slow: send queue full")
		c.mu.Unlock()
		c.s.log.Warn("pusher subscriber too slow: closed it so it reconnects", "socket_id", c.id, "queued_bytes", queued)
		return false
	}
	c.headPartial = c.headPartial || partial
	c.enqueueLocked(frame)
	c.mu.Unlock()
	return true
}

// dropQueueLocked discards the queued frames of a subscriber that cannot
// keep up, so its close frame goes next: only the rest of a frame already
// partly on the wire is kept, since the client could not parse what
// follows a cut frame.
func (c *conn) dropQueueLocked() {
	keep := 0
	if c.headPartial && len(c.queue) > 0 {
		keep = 1
	}
	clear(c.queue[keep:])
	c.queue = c.queue[:keep]
	c.queued = 0
	if keep == 1 {
		c.queued = len(c.queue[0])
	}
}

// tryWrite makes one non-blocking write(2) attempt (Go's sockets are
// non-blocking underneath) and reports how much the socket took; 0 with no
// error when its buffer is full.
//
// It goes through RawConn.Control, which only pins the descriptor open,
// rather than RawConn.Write, which also resets the poller's state for a wait
// this never makes, and it is a raw system call: a write that cannot block
// need not hand its P back to the scheduler and take it again. In a
// 5,000-subscriber fan-out the two were about 5% of the server's CPU
// samples (perf; 9.6 → 8.8 µs per delivery, FINDINGS.md). Writes never
// overlap: tryWrite runs under c.mu, and the writer goroutine's blocking
// writes through nc happen only while c.writing keeps send from writing
// directly.
func (c *conn) tryWrite(frame []byte) (int, error) {
	if c.rawWrite == nil {
		c.rawWrite = c.rw.write // allocated once, not per delivery
	}
	c.rw.buf = frame
	err := c.raw.Control(c.rawWrite)
	n, werr := c.rw.n, c.rw.err
	c.rw = rawWriter{}
	switch {
	case err != nil:
		return 0, err
	case werr == syscall.EAGAIN || werr == syscall.EINTR:
		return 0, nil
	case werr != nil:
		return 0, werr
	}
	return max(n, 0), nil
}

// rawWriter is tryWrite's callback state, kept in the conn (guarded by
// c.mu) so a delivery allocates nothing.
type rawWriter struct {
	buf []byte
	n   int
	err error
}

func (w *rawWriter) write(fd uintptr) {
	if len(w.buf) == 0 {
		return
	}
	n, _, errno := syscall.RawSyscall(syscall.SYS_WRITE, fd, uintptr(unsafe.Pointer(&w.buf[0])), uintptr(len(w.buf)))
	w.n = int(n)
	if errno != 0 {
		w.n, w.err = 0, errno
	}
}

// sendControl queues a control frame, which is not subject to the queue
// bound (it counts towards it for the frames after it).
func (c *conn) sendControl(frame []byte) {
	c.mu.Lock()
	if !c.closing {
		c.enqueueLocked(frame)
	}
	c.mu.Unlock()
}

// closeWith queues a close frame after what is already queued and gives the
// client closeGrace to answer it.
func (c *conn) closeWith(code int, reason string) {
	c.mu.Lock()
	if c.closing {
		c.mu.Unlock()
		return
	}
	c.startCloseLocked(code, reason)
	c.mu.Unlock()
}

// startCloseLocked queues the close frame. What is left to write, the
// writer's current chunk included, gets closeGrace: a client that reads,
// however slowly, gets the close frame and its code; one that has stopped
// reading is cut off then.
func (c *conn) startCloseLocked(code int, reason string) {
	c.closing = true
	c.closeBy = time.Now().Add(closeGrace)
	c.enqueueLocked(closeFrame(code, reason))
	c.nc.SetReadDeadline(c.closeBy)
	// A blocking write in progress returns now; the writer finishes it
	// with writeClosing's non-blocking writes.
	c.nc.SetWriteDeadline(time.Now())
}

// startWriterLocked starts the writer if it is not running. The writer is
// counted in c.writers, which the reader's finish waits for: only readers
// are counted in Server.wg, so no Add can race Shutdown's Wait.
func (c *conn) startWriterLocked() {
	if !c.writing {
		c.writing = true
		c.writers.Add(1)
		go c.writeLoop()
	}
}

// writeChunk bounds what the writer takes off the queue for one write, so
// a subscriber found too slow meanwhile waits for at most this much before
// its close frame (the rest of the queue is dropped).
const writeChunk = 64 << 10

// maxClosePause bounds the pause between a closing connection's write
// attempts (see writeClosing).
const maxClosePause = 32 * time.Millisecond

// writeLoop writes everything queued, several frames per system call when
// they have piled up, and exits when the queue is empty.
func (c *conn) writeLoop() {
	defer c.writers.Done()
	for {
		c.mu.Lock()
		if len(c.queue) == 0 {
			c.writing = false
			closeNow := c.closeOnDrain
			if !closeNow && !c.closing {
				// The direct writes that follow must not meet an
				// expired deadline.
				c.nc.SetWriteDeadline(time.Time{})
			}
			c.mu.Unlock()
			if closeNow {
				c.nc.Close()
			}
			return
		}
		c.takeChunkLocked()
		closing := c.closing
		if !closing {
			// Under the lock, so a close (startCloseLocked) that moves
			// the deadline to now always comes after this.
			c.nc.SetWriteDeadline(time.Now().Add(writeWait))
		}
		c.mu.Unlock()

		bufs := net.Buffers(c.inflight)
		var err error
		if closing {
			err = c.writeClosing(&bufs)
		} else if _, err = bufs.WriteTo(c.nc); errors.Is(err, os.ErrDeadlineExceeded) && isClosing(c) {
			// Cut short by a close: finish the chunk, then the close frame.
			err = c.writeClosing(&bufs)
		}
		c.mu.Lock()
		clear(c.inflight)
		c.inflight = c.inflight[:0]
		if cap(c.inflight) > 64 {
			c.inflight = nil
		}
		if err != nil {
			c.closing = true
			clear(c.queue)
			c.queue = c.queue[:0]
			c.queued = 0
			c.headPartial = false
			c.writing = false
			c.mu.Unlock()
			c.s.log.Debug("pusher connection write failed", "socket_id", c.id, "err", err)
			c.nc.Close() // the reader sees it and cleans up
			return
		}
		c.mu.Unlock()
	}
}

// writeClosing writes what is left for a closing connection with
// non-blocking writes, retried after a pause (1 ms, doubling up to
// maxClosePause) until the close's deadline. A small close frame goes out
// as soon as the socket has any room, where a blocking write would wait
// until a third of its buffer had drained, which a slow reader may not
// manage within closeGrace.
func (c *conn) writeClosing(bufs *net.Buffers) error {
	c.mu.Lock()
	c.nc.SetWriteDeadline(c.writeDeadlineLocked()) // startCloseLocked set it to now
	c.mu.Unlock()
	if c.raw == nil {
		_, err := bufs.WriteTo(c.nc)
		return err
	}
	pause := time.Millisecond
	for _, b := range *bufs {
		for len(b) > 0 {
			c.mu.Lock()
			n, err := c.tryWrite(b)
			by := c.writeDeadlineLocked()
			c.mu.Unlock()
			switch {
			case err != nil:
				return err
			case n > 0:
				b, pause = b[n:], time.Millisecond
			case !time.Now().Before(by):
				return fmt.Errorf("closing: %d bytes left unwritten: %w", len(b), os.ErrDeadlineExceeded)
			default:
				time.Sleep(pause)
				pause = min(2*pause, maxClosePause)
			}
		}
	}
	return nil
}

// takeChunkLocked moves the oldest queued frames, up to writeChunk bytes
// (at least one frame), to c.inflight.
func (c *conn) takeChunkLocked() {
	n, k := 0, 0
	for k < len(c.queue) && (k == 0 || n+len(c.queue[k]) <= writeChunk) {
		n += len(c.queue[k])
		k++
	}
	c.inflight = append(c.inflight[:0], c.queue[:k]...)
	m := copy(c.queue, c.queue[k:])
	clear(c.queue[m:])
	c.queue = c.queue[:m]
	c.queued -= n
	c.headPartial = false
	if cap(c.queue) > 64 && m == 0 {
		c.queue = nil // a backlog's array is not kept by an idle connection
	}
}

// enqueueLocked appends a frame for the writer and starts it.
func (c *conn) enqueueLocked(frame []byte) {
	c.queue = append(c.queue, frame)
	c.queued += len(frame)
	c.startWriterLocked()
}

// writeDeadlineLocked is the deadline for the writer's next chunk: writeWait
// from now, or the close's deadline once the connection is closing.
func (c *conn) writeDeadlineLocked() time.Time {
	if !c.closing {
		return time.Now().Add(writeWait)
	}
	if c.closeBy.IsZero() {
		c.closeBy = time.Now().Add(closeGrace)
	}
	return c.closeBy
}

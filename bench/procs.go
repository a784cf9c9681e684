package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// proc is a child process started in its own process group, so that stopping
// it stops everything it started (Vite's esbuild, nginx's workers).
type proc struct {
	name string
	cmd  *exec.Cmd
	done chan struct{}
	err  error // set before done is closed

	mu   sync.Mutex
	tail []string // last lines of output, for error messages
}

// startProc starts argv in dir and copies its combined output into a ring of
// recent lines. If ready is non-nil, it waits (up to timeout) for a line that
// matches it and returns the first submatch (or the whole match).
func startProc(ctx context.Context, name, dir string, env []string, argv []string, ready *regexp.Regexp, timeout time.Duration) (*proc, string, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	pr, pw := io.Pipe()
	cmd.Stdout = pw
	cmd.Stderr = pw
	if err := cmd.Start(); err != nil {
		return nil, "", fmt.Errorf("starting %s (%s): %w", name, strings.Join(argv, " "), err)
	}
	p := &proc{name: name, cmd: cmd, done: make(chan struct{})}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(pr)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		for sc.Scan() {
			line := stripANSI(sc.Text())
			p.mu.Lock()
			p.tail = append(p.tail, line)
			if len(p.tail) > 20 {
				p.tail = p.tail[1:]
			}
			p.mu.Unlock()
			if ready != nil {
				if m := ready.FindStringSubmatch(line); m != nil {
					v := m[0]
					if len(m) > 1 {
						v = m[1]
					}
					select {
					case found <- v:
					default:
					}
				}
			}
		}
		io.Copy(io.Discard, pr)
	}()
	go func() {
		p.err = cmd.Wait()
		pw.Close()
		close(p.done)
	}()
	if ready == nil {
		return p, "", nil
	}
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case v := <-found:
		return p, v, nil
	case <-p.done:
		return nil, "", fmt.Errorf("%s exited before it was ready (%v); last output:\n%s", name, p.err, p.lastLines())
	case <-t.C:
		p.stop()
		return nil, "", fmt.Errorf("%s printed no line matching %q within %s; last output:\n%s", name, ready, timeout, p.lastLines())
	case <-ctx.Done():
		p.stop()
		return nil, "", ctx.Err()
	}
}

func (p *proc) pid() int { return p.cmd.Process.Pid }

func (p *proc) lastLines() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return "  " + strings.Join(p.tail, "\n  ")
}

// alive reports an error if the process has exited.
func (p *proc) alive() error {
	select {
	case <-p.done:
		return fmt.Errorf("%s exited (%v); last output:\n%s", p.name, p.err, p.lastLines())
	default:
		return nil
	}
}

// stop sends SIGTERM to the process group, then SIGKILL after 5 s.
func (p *proc) stop() {
	if p == nil {
		return
	}
	pgid := p.cmd.Process.Pid
	syscall.Kill(-pgid, syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(5 * time.Second):
		syscall.Kill(-pgid, syscall.SIGKILL)
		<-p.done
	}
	// Children that ignored SIGTERM but outlived the leader.
	syscall.Kill(-pgid, syscall.SIGKILL)
}

var ansiRE = regexp.MustCompile(`\x1b\[[0-9;]*[A-Za-z]`)

func stripANSI(s string) string { return ansiRE.ReplaceAllString(s, "") }

// localURLRE matches the banner line devproxy and Vite print once serving.
var localURLRE = regexp.MustCompile(`^\s*➜\s+Local:\s+(http://\S+)`)

// parseLocalURL returns the URL from a "➜  Local:   http://..." banner line.
func parseLocalURL(line string) (string, bool) {
	m := localURLRE.FindStringSubmatch(stripANSI(line))
	if m == nil {
		return "", false
	}
	return strings.TrimRight(m[1], "/"), true
}

// freePort asks the kernel for a free loopback port. Another process may take
// it before we use it; callers pass it with --strictPort so that shows as an error.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("finding a free loopback port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// rssKB reads VmRSS (or VmHWM) in KiB from /proc/PID/status.
func rssKB(pid int, field string) (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, fmt.Errorf("reading memory of pid %d: %w", pid, err)
	}
	return parseStatusKB(string(b), field)
}

// parseStatusKB finds "Field:   1234 kB" in a /proc/PID/status text.
func parseStatusKB(status, field string) (int64, error) {
	for _, line := range strings.Split(status, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok || k != field {
			continue
		}
		f := strings.Fields(v)
		if len(f) != 2 || f[1] != "kB" {
			return 0, fmt.Errorf("/proc status line %q: want \"%s: N kB\"", line, field)
		}
		n, err := strconv.ParseInt(f[0], 10, 64)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("/proc status line %q: bad number", line)
		}
		return n, nil
	}
	return 0, errors.New("/proc status has no " + field + " line")
}

// rssSampler records the peak VmRSS of a pid while running.
type rssSampler struct {
	stopc chan struct{}
	done  chan struct{}
	peak  int64
}

func sampleRSS(pid int, every time.Duration) *rssSampler {
	s := &rssSampler{stopc: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			if kb, err := rssKB(pid, "VmRSS"); err == nil && kb > s.peak {
				s.peak = kb
			}
			select {
			case <-s.stopc:
				return
			case <-t.C:
			}
		}
	}()
	return s
}

// stop ends sampling and returns the peak in KiB.
func (s *rssSampler) stop() int64 {
	close(s.stopc)
	<-s.done
	return s.peak
}

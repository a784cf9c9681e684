package proxy

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"
)

// ProcessConfig describes a supervised child process. The zero value of each
// field but Command is its default.
type ProcessConfig struct {
	// Name prefixes each output line ("vite" gives "vite │ ..."). Default: the
	// command's first word.
	Name string
	// Command is a shell command line, run with /bin/sh -c so quoting and
	// "npm run dev -- --flag" work. Required.
	Command string
	// Dir is the working directory. Default: devproxy's.
	Dir string
	// Env is added to devproxy's environment (KEY=VALUE). Default none.
	Env []string
	// Stdout receives the child's stdout and stderr, line by line, prefixed.
	// Default: os.Stdout.
	Stdout io.Writer
	// Grace is how long Stop waits after SIGTERM before SIGKILL. Default 5s.
	Grace time.Duration
	// Keep is how many of the last output lines LastLines can return.
	// Default 20.
	Keep int
	// Annotate, when set, may change a line before it is printed (not what
	// LastLines returns), e.g. to mark an internal URL. Default: print as is.
	Annotate func(line string) string
}

// Process is a child started in its own process group, so Stop ends it and
// everything it spawned (npm, node, esbuild) together: no orphans.
type Process struct {
	cfg  ProcessConfig
	cmd  *exec.Cmd
	done chan struct{}

	mu    sync.Mutex
	lines []string // ring of the last Keep lines
	next  int
	err   error // from Wait, once done
	pgid  int
}

// NewProcess validates cfg; Start runs it.
func NewProcess(cfg ProcessConfig) (*Process, error) {
	if strings.TrimSpace(cfg.Command) == "" {
		return nil, errors.New("process: empty command")
	}
	if cfg.Name == "" {
		cfg.Name = strings.Fields(cfg.Command)[0]
	}
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	if cfg.Grace == 0 {
		cfg.Grace = 5 * time.Second
	}
	if cfg.Keep == 0 {
		cfg.Keep = 20
	}
	return &Process{cfg: cfg, done: make(chan struct{})}, nil
}

// Start launches the command. The process keeps running when ctx ends: call
// Stop (ctx only bounds the start itself).
func (p *Process) Start(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	line := p.cfg.Command
	if simpleCommand(line) {
		// The shell replaces itself with the command, so the child is Vite
		// itself and Pdeathsig below reaches it.
		line = "exec " + line
	}
	cmd := exec.Command("/bin/sh", "-c", line)
	cmd.Dir = p.cfg.Dir
	cmd.Env = append(os.Environ(), p.cfg.Env...)
	// Own process group: Stop signals the whole tree (childAttr).
	cmd.SysProcAttr = childAttr()
	pr, pw, err := os.Pipe()
	if err != nil {
		return fmt.Errorf("starting %s: %w", p.cfg.Name, err)
	}
	cmd.Stdout, cmd.Stderr = pw, pw
	if err := cmd.Start(); err != nil {
		pr.Close()
		pw.Close()
		if p.cfg.Dir != "" {
			if _, serr := os.Stat(p.cfg.Dir); serr != nil {
				return fmt.Errorf("starting %s: directory %s: %w", p.cfg.Name, p.cfg.Dir, serr)
			}
		}
		return fmt.Errorf("starting %s (%s): %w", p.cfg.Name, p.cfg.Command, err)
	}
	pw.Close() // the child holds its own copy
	p.cmd = cmd
	p.pgid = cmd.Process.Pid
	copied := make(chan struct{})
	go func() {
		defer close(copied)
		p.copyLines(pr)
	}()
	go func() {
		err := cmd.Wait()
		// Output may still arrive from grandchildren that hold the pipe;
		// don't wait for them forever.
		select {
		case <-copied:
		case <-time.After(500 * time.Millisecond):
		}
		p.mu.Lock()
		p.err = err
		p.mu.Unlock()
		close(p.done)
		pr.Close()
	}()
	return nil
}

func (p *Process) copyLines(r io.Reader) {
	prefix := p.cfg.Name + " │ "
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var buf bytes.Buffer
	for sc.Scan() {
		line := sc.Text()
		p.remember(line)
		if p.cfg.Annotate != nil {
			line = p.cfg.Annotate(line)
		}
		buf.Reset()
		buf.WriteString(prefix)
		buf.WriteString(line)
		buf.WriteByte('\n')
		p.cfg.Stdout.Write(buf.Bytes())
	}
}

func (p *Process) remember(line string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.lines) < p.cfg.Keep {
		p.lines = append(p.lines, line)
		return
	}
	p.lines[p.next] = line
	p.next = (p.next + 1) % p.cfg.Keep
}

// LastLines returns up to n of the last output lines, oldest first.
func (p *Process) LastLines(n int) []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	all := append(append([]string(nil), p.lines[p.next:]...), p.lines[:p.next]...)
	if n < len(all) {
		all = all[len(all)-n:]
	}
	return all
}

// Pid is the child's process id (and process group id), 0 before Start.
func (p *Process) Pid() int { return p.pgid }

// Done is closed when the child has exited.
func (p *Process) Done() <-chan struct{} { return p.done }

// Wait blocks until the child exits or ctx ends, and returns its exit error
// (nil for status 0; see ExitCode).
func (p *Process) Wait(ctx context.Context) error {
	select {
	case <-p.done:
		p.mu.Lock()
		defer p.mu.Unlock()
		return p.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// ExitCode is the child's exit status once Done, -1 if a signal ended it or
// it has not exited.
func (p *Process) ExitCode() int {
	select {
	case <-p.done:
	default:
		return -1
	}
	if p.cmd == nil || p.cmd.ProcessState == nil {
		return -1
	}
	return p.cmd.ProcessState.ExitCode()
}

// Stop ends the whole process group: SIGTERM, then SIGKILL after Grace (or
// when ctx ends). It returns once the child has exited; processes of the
// group that ignore SIGTERM are killed with it.
func (p *Process) Stop(ctx context.Context) error {
	if p.cmd == nil {
		return nil
	}
	_ = syscall.Kill(-p.pgid, syscall.SIGTERM)
	t := time.NewTimer(p.cfg.Grace)
	defer t.Stop()
	select {
	case <-p.done:
	case <-t.C:
	case <-ctx.Done():
	}
	// Kill whatever is left of the group, including grandchildren that
	// outlived the shell.
	_ = syscall.Kill(-p.pgid, syscall.SIGKILL)
	select {
	case <-p.done:
	case <-time.After(2 * time.Second):
		return fmt.Errorf("stopping %s: pid %d did not exit after SIGKILL", p.cfg.Name, p.pgid)
	}
	return nil
}

// simpleCommand reports whether line is one command with arguments, with no
// shell lists, pipes, redirections or subshells, so "exec " can prefix it.
func simpleCommand(line string) bool {
	return !strings.ContainsAny(line, ";&|<>()`\n") && !strings.HasPrefix(strings.TrimSpace(line), "exec ")
}

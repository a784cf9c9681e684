package envcheck

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// WatchConfig configures a Watcher. The zero value watches the current
// directory with fsnotify plus a 2s polling safety net.
type WatchConfig struct {
	Check CheckOptions // the check to re-run; Check.Dir is the project

	// OnChange is called after every check, in the Watcher's goroutine:
	// first with prev nil, then after each re-run whose result differs
	// (new or fixed findings, changed client values). Default: nothing.
	OnChange func(prev, cur *Result, ch Change)

	// OnPending is called when a change is first seen, before the re-run
	// (debounced) starts; OnSettled after that re-run, whatever it found or
	// if it failed. Between the two, Result is stale. Default: nothing.
	OnPending func()
	OnSettled func()

	// OnError is called when a re-run fails (a compose file deleted
	// mid-edit, a cancelled ctx is not reported). The previous result
	// stays current. Default: log at warn level.
	OnError func(error)

	Debounce     time.Duration // quiet time after the last event before re-running; default 150ms
	Poll         bool          // poll only, no fsnotify (for mounts where inotify delivers nothing); default false
	PollInterval time.Duration // how often to poll; default 2s (the safety net beside fsnotify), 500ms with Poll
	Logger       *slog.Logger  // default: discard
}

// Watcher re-runs a check when env files, vite.config.* or compose files
// change. Editors that save by writing a temp file and renaming it are
// covered: directories are watched, not files, and CREATE and RENAME count.
// Polling runs beside fsnotify (or alone with Poll) for file systems that
// deliver no events, such as some container bind mounts.
type Watcher struct {
	c   WatchConfig
	log *slog.Logger
	cur *Result
}

// NewWatcher validates the config. Run starts it.
func NewWatcher(c WatchConfig) (*Watcher, error) {
	if c.Debounce < 0 || c.PollInterval < 0 {
		return nil, errors.New("watch: Debounce and PollInterval must not be negative")
	}
	if c.Debounce == 0 {
		c.Debounce = 150 * time.Millisecond
	}
	if c.PollInterval == 0 {
		c.PollInterval = 2 * time.Second
		if c.Poll {
			c.PollInterval = 500 * time.Millisecond
		}
	}
	if c.Check.Dir == "" {
		c.Check.Dir = "."
	}
	log := c.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if c.OnPending == nil {
		c.OnPending = func() {}
	}
	if c.OnSettled == nil {
		c.OnSettled = func() {}
	}
	if c.OnError == nil {
		c.OnError = func(err error) { log.Warn("env check failed", "err", err) }
	}
	return &Watcher{c: c, log: log}, nil
}

// Result returns the latest result; nil before the first check. Call it
// from OnChange or after Run returns.
func (w *Watcher) Result() *Result { return w.cur }

// Run checks once, then watches until ctx is cancelled. It returns the
// first check's error (usage or I/O: nothing to watch), or nil once ctx is
// done. Everything it starts stops before it returns.
func (w *Watcher) Run(ctx context.Context) error {
	var fsw *fsnotify.Watcher
	var events chan fsnotify.Event
	var errs chan error
	if !w.c.Poll {
		var err error
		fsw, err = fsnotify.NewWatcher()
		if err != nil {
			w.log.Warn("fsnotify unavailable, polling env files instead", "err", err)
		} else {
			defer fsw.Close()
			events, errs = fsw.Events, fsw.Errors
		}
	}
	// Watch and snapshot before the first check so no edit made while it
	// runs is lost; then follow envDir and env_file wherever it says.
	targets := w.targets()
	w.watchDirs(fsw, targets)
	snap := snapshot(targets)
	cur, err := Check(ctx, w.c.Check)
	if err != nil {
		return err
	}
	w.cur = cur
	targets = w.targets()
	w.watchDirs(fsw, targets)
	if w.c.OnChange != nil {
		w.c.OnChange(nil, cur, Diff(nil, cur, nil))
	}

	poll := time.NewTicker(w.c.PollInterval)
	defer poll.Stop()
	debounce := time.NewTimer(time.Hour)
	debounce.Stop()
	defer debounce.Stop()
	pending := map[string]bool{}

	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-events:
			if !ok {
				events = nil
				continue
			}
			if ev.Op&(fsnotify.Create|fsnotify.Write|fsnotify.Rename|fsnotify.Remove) == 0 || !targets.match(ev.Name) {
				continue
			}
			w.log.Debug("env input changed", "file", ev.Name, "op", ev.Op.String())
			if len(pending) == 0 {
				w.c.OnPending()
			}
			pending[w.rel(ev.Name)] = true
			debounce.Reset(w.c.Debounce)
		case err, ok := <-errs:
			if !ok {
				errs = nil
				continue
			}
			w.log.Warn("fsnotify error; polling continues", "err", err)
		case <-poll.C:
			next := snapshot(targets)
			changed := diffSnapshots(snap, next)
			if len(pending) == 0 && len(changed) > 0 {
				w.c.OnPending()
			}
			for _, f := range changed {
				pending[w.rel(f)] = true
			}
			snap = next
			if len(changed) > 0 { // only news restarts the quiet period
				debounce.Reset(w.c.Debounce)
			}
		case <-debounce.C:
			files := sortedKeys(pending)
			clear(pending)
			// Snapshot what this check reads before it runs, so an edit made
			// while it runs shows up at the next poll instead of being lost.
			snap = snapshot(targets)
			if len(files) == 0 {
				continue // a debounce left over from an earlier batch
			}
			next, err := Check(ctx, w.c.Check)
			if err != nil {
				if ctx.Err() == nil {
					w.c.OnError(fmt.Errorf("re-checking after %s changed: %w", strings.Join(files, ", "), err))
				}
				w.c.OnSettled()
				continue
			}
			prev := w.cur
			w.cur = next
			// envDir or compose env_file may have moved: follow them.
			targets = w.targets()
			w.watchDirs(fsw, targets)
			ch := Diff(prev, next, files)
			if !ch.Empty() && w.c.OnChange != nil {
				w.c.OnChange(prev, next, ch)
			}
			w.c.OnSettled()
		}
	}
}

func (w *Watcher) rel(p string) string {
	if r, err := filepath.Rel(w.c.Check.Dir, p); err == nil && !strings.HasPrefix(r, "..") {
		return filepath.ToSlash(r)
	}
	return p
}

// watchTargets is what a change to re-check on looks like.
type watchTargets struct {
	dirs    []string        // directories to watch and list
	files   map[string]bool // exact paths (vite.config.*, compose files, env_file entries)
	envDirs map[string]bool // directories where any .env* file counts
}

func (t watchTargets) match(p string) bool {
	p = filepath.Clean(p)
	if t.files[p] {
		return true
	}
	return t.envDirs[filepath.Dir(p)] && strings.HasPrefix(filepath.Base(p), ".env")
}

var viteConfigNames = []string{"vite.config.js", "vite.config.mjs", "vite.config.cjs", "vite.config.ts", "vite.config.mts", "vite.config.cts"}

func (w *Watcher) targets() watchTargets {
	dir := filepath.Clean(w.c.Check.Dir)
	t := watchTargets{files: map[string]bool{}, envDirs: map[string]bool{}}
	addDir := func(d string) {
		d = filepath.Clean(d)
		for _, x := range t.dirs {
			if x == d {
				return
			}
		}
		t.dirs = append(t.dirs, d)
	}
	addDir(dir)
	for _, n := range viteConfigNames {
		t.files[filepath.Join(dir, n)] = true
	}
	envDir := dir
	if env := w.cur.envOrNil(); env != nil && env.EnvDir != "" {
		envDir = filepath.Join(dir, env.EnvDir)
	}
	if env := w.cur.envOrNil(); env == nil || env.EnvDir != "" { // "" is envDir: false
		t.envDirs[filepath.Clean(envDir)] = true
		addDir(envDir)
	}
	if cf := w.c.Check.ComposeFile; cf != "" {
		if !filepath.IsAbs(cf) {
			cf = filepath.Join(dir, cf)
		}
		t.files[filepath.Clean(cf)] = true
		t.files[filepath.Join(filepath.Dir(cf), ".env")] = true // compose interpolation
		addDir(filepath.Dir(cf))
		if env := w.cur.envOrNil(); env != nil && env.Compose != nil {
			for _, ef := range env.Compose.EnvFiles {
				p := filepath.Join(dir, ef)
				t.files[filepath.Clean(p)] = true
				addDir(filepath.Dir(p))
			}
		}
	}
	return t
}

func (r *Result) envOrNil() *Env {
	if r == nil {
		return nil
	}
	return r.Env
}

func (w *Watcher) watchDirs(fsw *fsnotify.Watcher, t watchTargets) {
	if fsw == nil {
		return
	}
	for _, d := range t.dirs {
		if err := fsw.Add(d); err != nil {
			w.log.Debug("cannot watch directory; polling covers it", "dir", d, "err", err)
		}
	}
}

// fileSig identifies a file's content cheaply enough to poll.
type fileSig struct {
	size, mtime int64
	sum         uint64
}

// snapshot lists the matching files in the watched directories.
func snapshot(t watchTargets) map[string]fileSig {
	snap := map[string]fileSig{}
	for _, d := range t.dirs {
		ents, err := os.ReadDir(d)
		if err != nil {
			continue
		}
		for _, e := range ents {
			p := filepath.Join(d, e.Name())
			if e.IsDir() || !t.match(p) {
				continue
			}
			info, err := e.Info()
			if err != nil {
				continue
			}
			sig := fileSig{size: info.Size(), mtime: info.ModTime().UnixNano()}
			if info.Size() <= 1<<20 { // same size and a coarse mtime: the content decides
				if b, err := os.ReadFile(p); err == nil {
					h := fnv.New64a()
					h.Write(b)
					sig.sum = h.Sum64()
				}
			}
			snap[p] = sig
		}
	}
	return snap
}

func diffSnapshots(a, b map[string]fileSig) []string {
	var changed []string
	for p, s := range b {
		if old, ok := a[p]; !ok || old != s {
			changed = append(changed, p)
		}
	}
	for p := range a {
		if _, ok := b[p]; !ok {
			changed = append(changed, p)
		}
	}
	sort.Strings(changed)
	return changed
}

package envcheck

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// maxSourceSize is the largest source file the scanner reads; bigger files
// are generated bundles, not code a person edits.
const maxSourceSize = 4 << 20

// sourceExt lists the extensions of browser code the scanner reads.
var sourceExt = map[string]bool{
	".js": true, ".mjs": true, ".ts": true, ".mts": true, ".jsx": true, ".tsx": true,
	".vue": true, ".svelte": true,
}

// skipDir lists directories never searched for browser code.
var skipDir = map[string]bool{"node_modules": true, "dist": true, ".git": true}

// SourceFiles lists the browser source files under dir/src (slash-separated,
// relative to dir), skipping node_modules, dist and .git.
func SourceFiles(ctx context.Context, dir string) ([]string, error) {
	var files []string
	root := filepath.Join(dir, "src")
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root && os.IsNotExist(err) {
				return fs.SkipDir
			}
			return err
		}
		if d.IsDir() {
			if skipDir[d.Name()] {
				return fs.SkipDir
			}
			return ctx.Err()
		}
		if sourceExt[filepath.Ext(p)] && d.Type().IsRegular() {
			rel, _ := filepath.Rel(dir, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil && err != fs.SkipDir {
		return nil, fmt.Errorf("listing browser code: %w", err)
	}
	return files, nil
}

// ScanIndexHTML scans dir/index.html when it exists.
func ScanIndexHTML(dir string) *Scan {
	b, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		return &Scan{}
	}
	if len(b) > maxSourceSize || looksBinary(b) {
		return scanFile(dir, "index.html") // the same skipped finding
	}
	s, _ := ScanHTML("index.html", b)
	return s
}

// ScanFiles scans the given files (relative to dir) in parallel.
// Unreadable, binary and huge files become findings; only a cancelled ctx
// is an error.
func ScanFiles(ctx context.Context, dir string, files []string) (*Scan, error) {
	return scanFiles(ctx, dir, files, nil)
}

// scanFiles is ScanFiles taking the scans in done as they are.
func scanFiles(ctx context.Context, dir string, files []string, done map[string]*Scan) (*Scan, error) {
	total := &Scan{Consts: map[string]Const{}}
	results := make([]*Scan, len(files))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(files)/32+1))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if s, ok := done[files[i]]; ok {
					results[i] = s
					continue
				}
				results[i] = scanFile(dir, files[i])
			}
		}()
	}
	var err error
feed:
	for i := range files {
		select {
		case next <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err != nil {
		return nil, err
	}
	// Merge in file order so output and Consts precedence are stable.
	order := make([]int, len(files))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return files[order[a]] < files[order[b]] })
	for _, i := range order {
		total.merge(results[i])
	}
	return total, nil
}

func scanFile(dir, rel string) *Scan {
	p := filepath.Join(dir, filepath.FromSlash(rel))
	skipped := func(msg, fix string) *Scan {
		return &Scan{Skipped: []Finding{{Code: "scan-skipped", Severity: SeverityInfo, File: rel, Message: msg, Fix: fix}}}
	}
	st, err := os.Stat(p)
	if err != nil {
		return skipped(fmt.Sprintf("cannot read %s: %v", rel, unwrapPath(err)), "check the file's permissions")
	}
	if st.Size() > maxSourceSize {
		return skipped(fmt.Sprintf("%s is %d MB; not scanned for env reads (limit %d MB)", rel, st.Size()>>20, maxSourceSize>>20),
			"move generated bundles out of src/ or into a dist/ directory")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return skipped(fmt.Sprintf("cannot read %s: %v", rel, unwrapPath(err)), "check the file's permissions")
	}
	if looksBinary(b) {
		return skipped(fmt.Sprintf("%s looks binary; not scanned", rel), "rename it if it is not source code")
	}
	return ScanSource(rel, b)
}

func looksBinary(b []byte) bool { return bytes.IndexByte(b[:min(len(b), 8000)], 0) >= 0 }

// unwrapPath drops the path from an *fs.PathError, which the message names already.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// isBrowserSource reports whether a graph file (slash-separated, relative)
// is project code the scanner should read.
func isBrowserSource(rel string) bool {
	if strings.HasPrefix(rel, "../") || !sourceExt[path.Ext(rel)] {
		return false
	}
	for _, part := range strings.Split(rel, "/") {
		if skipDir[part] {
			return false
		}
	}
	return true
}

package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// printConditions records what the numbers were measured on.
func printConditions(w io.Writer, s *stack) {
	fmt.Fprintf(w, "## devproxy bench, %s\n\n", time.Now().UTC().Format("2006-01-02 15:04 MST"))
	fmt.Fprintf(w, "- machine: %s, %d CPUs, %s RAM; load average at start %s\n", cpuModel(), runtime.NumCPU(), memTotal(), loadavg())
	fmt.Fprintf(w, "- devproxy: %s (built from the working tree at commit %s); network: %s\n", s.devproxy, cmdLine(s.repo, "git", "rev-parse", "--short", "HEAD"), netnsNote())
	fmt.Fprintf(w, "- vite %s, node %s, %s, %s, %s\n", viteVersion(s), cmdLine("", s.node, "--version"),
		firstLine(cmdLine("", "nginx", "-v")), firstLine(cmdLine("", "wrk", "-v")), chromiumVersion())
}

func cmdLine(dir, name string, args ...string) string {
	c := exec.Command(name, args...)
	c.Dir = dir
	out, err := c.CombinedOutput()
	if err != nil && len(out) == 0 {
		return name + " unavailable"
	}
	return strings.TrimSpace(string(out))
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }

func viteVersion(s *stack) string {
	b, err := os.ReadFile(filepath.Join(filepath.Dir(filepath.Dir(s.viteJS)), "package.json"))
	if err != nil {
		return "unknown"
	}
	var p struct{ Version string }
	json.Unmarshal(b, &p)
	return p.Version
}

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

func cpuModel() string {
	b, _ := os.ReadFile("/proc/cpuinfo")
	for _, l := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return runtime.GOARCH
}

func memTotal() string {
	b, _ := os.ReadFile("/proc/meminfo")
	if kb, err := parseStatusKB(string(b), "MemTotal"); err == nil {
		return fmt.Sprintf("%.1f GiB", float64(kb)/(1<<20))
	}
	return "unknown"
}

// chromiumVersion picks the version line out of Debian's wrapper's chatter.
func chromiumVersion() string {
	out := cmdLine("", chromiumPath(), "--version")
	for _, l := range strings.Split(out, "\n") {
		if i := strings.Index(l, "Chromium "); i >= 0 {
			v, _, _ := strings.Cut(l[i:], " built")
			return v
		}
	}
	return "chromium unavailable"
}

// netnsNote says whether the bench runs in a network namespace with nothing
// but loopback (scripts/bench.sh does that as root), read from /proc/net/dev,
// which lists the interfaces of the reader's own namespace.
func netnsNote() string {
	b, err := os.ReadFile("/proc/net/dev")
	if err != nil {
		return "unknown"
	}
	var ifaces []string
	for _, l := range strings.Split(string(b), "\n") {
		if name, _, ok := strings.Cut(l, ":"); ok {
			ifaces = append(ifaces, strings.TrimSpace(name))
		}
	}
	if len(ifaces) == 1 && ifaces[0] == "lo" {
		return "a private network namespace with only loopback"
	}
	return fmt.Sprintf("the host's (%d interfaces; their changes can abort Chromium's loads)", len(ifaces))
}

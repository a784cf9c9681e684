package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"runtime/metrics"
	"strconv"
	"strings"
	"time"
)

// clockTick is USER_HZ, the unit of utime and stime in /proc/PID/stat. It is
// 100 on every Linux architecture Go supports (the kernel ABI fixes it).
const clockTick = 10 * time.Millisecond

// procCPU returns the user+system CPU time the process has used so far,
// from fields 14 and 15 of /proc/PID/stat.
func procCPU(pid int) (time.Duration, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, fmt.Errorf("reading server CPU time: %w", err)
	}
	// The command name (field 2) may hold spaces; fields restart after ")".
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, fmt.Errorf("parsing /proc/%d/stat: no ')' after the command name", pid)
	}
	f := strings.Fields(string(b[i+1:]))
	// f[0] is field 3 (state), so utime (14) is f[11] and stime (15) f[12].
	if len(f) < 13 {
		return 0, fmt.Errorf("parsing /proc/%d/stat: %d fields, want at least 15", pid, len(f)+2)
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("parsing /proc/%d/stat: utime %q stime %q are not numbers", pid, f[11], f[12])
	}
	return time.Duration(ut+st) * clockTick, nil
}

// procRSS returns the resident set size in bytes (VmRSS in /proc/PID/status).
func procRSS(pid int) (int64, error) {
	kb, err := procField(pid, "status", "VmRSS")
	return kb * 1024, err
}

// procWrites returns how many write system calls (write, writev and the
// like: syscw in /proc/PID/io) the process has made so far.
func procWrites(pid int) (int64, error) {
	return procField(pid, "io", "syscw")
}

// procField reads the number on the "key:" line of /proc/PID/file (a unit
// after it, such as kB, is dropped).
func procField(pid int, file, key string) (int64, error) {
	path := fmt.Sprintf("/proc/%d/%s", pid, file)
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, fmt.Errorf("reading the server's %s: %w", key, err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, key+":"); ok {
			num := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB"))
			n, err := strconv.ParseInt(num, 10, 64)
			if err != nil {
				return 0, fmt.Errorf("parsing %s %q in %s: %w", key, v, path, err)
			}
			return n, nil
		}
	}
	return 0, fmt.Errorf("no %s line in %s", key, path)
}

// machineCPU returns the CPU time all processes on the machine have used
// so far (user, nice, system, irq and softirq in /proc/stat's cpu line) and
// the time the hypervisor has taken from this VM (steal). Over a phase,
// busy less the server's and the load client's CPU is the other work that
// competed with them.
func machineCPU() (busy, steal time.Duration, err error) {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0, 0, fmt.Errorf("reading the machine's CPU time: %w", err)
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line)
	if len(f) < 9 || f[0] != "cpu" {
		return 0, 0, fmt.Errorf("parsing /proc/stat: first line %q is not the cpu line", line)
	}
	var v [8]int64 // user nice system idle iowait irq softirq steal
	for i := range v {
		if v[i], err = strconv.ParseInt(f[i+1], 10, 64); err != nil {
			return 0, 0, fmt.Errorf("parsing /proc/stat: field %d %q is not a number", i+1, f[i+1])
		}
	}
	return time.Duration(v[0]+v[1]+v[2]+v[5]+v[6]) * clockTick, time.Duration(v[7]) * clockTick, nil
}

// numGC is how many GC cycles this process has completed.
func numGC() int {
	s := []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	return int(s[0].Value.Uint64())
}

// serverNumGC is how many GC cycles a child server has completed, from the
// MemStats at the end of its /debug/pprof/allocs?debug=1; -1 when the
// server has no /debug/pprof/ or does not answer.
func serverNumGC(ctx context.Context, srv *server) int {
	if !srv.pprof {
		return -1
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, srv.base+"/debug/pprof/allocs?debug=1", nil)
	if err != nil {
		return -1
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return -1
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return -1
	}
	_, rest, ok := bytes.Cut(b, []byte("\n# NumGC = "))
	if !ok {
		return -1
	}
	n, err := strconv.Atoi(string(rest[:max(bytes.IndexByte(rest, '\n'), 0)]))
	if err != nil {
		return -1
	}
	return n
}

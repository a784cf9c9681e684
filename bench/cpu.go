package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// clockTick is USER_HZ, the unit of utime/stime in /proc/PID/stat; 100 on
// every Linux we run on.
const clockTick = 10 * time.Millisecond

// statCPU is the part of /proc/PID/stat the bench reads.
type statCPU struct {
	pgrp         int
	utime, stime int64 // clock ticks
}

// parseStat reads pgrp, utime and stime from a /proc/PID/stat line. The
// command name (field 2) is in parentheses and may itself contain spaces and
// parentheses, so fields are counted after the last ')'.
func parseStat(line string) (statCPU, error) {
	i := strings.LastIndexByte(line, ')')
	if i < 0 {
		return statCPU{}, fmt.Errorf("/proc stat %.40q: no ')' after the command name", line)
	}
	f := strings.Fields(line[i+1:])
	if len(f) < 13 {
		return statCPU{}, fmt.Errorf("/proc stat %.40q: %d fields after the command name, want at least 13", line, len(f))
	}
	var s statCPU
	var err error
	if s.pgrp, err = strconv.Atoi(f[2]); err != nil {
		return statCPU{}, fmt.Errorf("/proc stat pgrp %q: %w", f[2], err)
	}
	if s.utime, err = strconv.ParseInt(f[11], 10, 64); err != nil || s.utime < 0 {
		return statCPU{}, fmt.Errorf("/proc stat utime %q: not a tick count", f[11])
	}
	if s.stime, err = strconv.ParseInt(f[12], 10, 64); err != nil || s.stime < 0 {
		return statCPU{}, fmt.Errorf("/proc stat stime %q: not a tick count", f[12])
	}
	return s, nil
}

// groupCPU sums user+system CPU time of every live process in process group
// pgid (devproxy alone; nginx's master and workers).
func groupCPU(pgid int) time.Duration {
	paths, _ := filepath.Glob("/proc/[0-9]*/stat")
	var ticks int64
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			continue // exited meanwhile
		}
		s, err := parseStat(string(b))
		if err != nil || s.pgrp != pgid {
			continue
		}
		ticks += s.utime + s.stime
	}
	return time.Duration(ticks) * clockTick
}

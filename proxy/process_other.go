//go:build unix && !linux

package proxy

import "syscall"

// childAttr puts a child in its own process group, so Stop signals the whole
// tree. macOS and the BSDs have no Pdeathsig: a devproxy killed with SIGKILL
// (no chance to Stop) leaves its children running there.
func childAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true}
}

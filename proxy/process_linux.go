package proxy

import "syscall"

// childAttr puts a child in its own process group, so Stop signals the whole
// tree. Pdeathsig: should devproxy itself be killed (SIGKILL, no chance to
// Stop), the kernel kills the child too.
func childAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

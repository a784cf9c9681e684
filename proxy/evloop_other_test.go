//go:build !linux

package proxy

func loopPooledHasBytes(*Server) bool { return false }

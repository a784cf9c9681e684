package envcheck

import (
	"context"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// nodeVersionTimeout bounds `node --version`.
const nodeVersionTimeout = 10 * time.Second

// nodeVersion asks nodeBin for its version: "v20.20.2" and the major, or
// "" and 0 when node cannot be run.
func nodeVersion(ctx context.Context, nodeBin string) (string, int) {
	if nodeBin == "" {
		nodeBin = "node"
	}
	ctx, cancel := context.WithTimeout(ctx, nodeVersionTimeout)
	defer cancel()
	out, err := exec.CommandContext(ctx, nodeBin, "--version").Output()
	if err != nil {
		return "", 0
	}
	v := strings.TrimSpace(string(out))
	major, err := strconv.Atoi(strings.SplitN(strings.TrimPrefix(v, "v"), ".", 2)[0])
	if err != nil {
		return v, 0
	}
	return v, major
}

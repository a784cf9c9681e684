package envcheck

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"
)

// viteConfigFiles is the order Vite looks for a config file in.
var viteConfigFiles = []string{"vite.config.js", "vite.config.mjs", "vite.config.ts", "vite.config.cjs", "vite.config.mts", "vite.config.cts"}

// configTimeout bounds asking node for the config (a variable for tests).
var configTimeout = 30 * time.Second

// viteConfig is the part of vite.config that decides the environment.
type viteConfig struct {
	File      string            // "vite.config.ts", "" when none
	Method    string            // "static", "node" or "none"
	Root      string            // root option, as written ("" = unset)
	EnvDir    string            // envDir option ("" = unset)
	EnvDirOff bool              // envDir: false
	EnvPrefix []string          // nil = unset
	Define    map[string]string // key → raw expression
	Alias     []viteAlias       // resolve.alias in array form; replacements absolute when computed from the config's directory

	aliasUnknown bool // the static reader read all but resolve.alias
}

// sharedConfig reads vite.config once for Resolve and the import graph,
// which Check runs side by side: whichever asks first reads it.
type sharedConfig struct {
	once     sync.Once
	cfg      viteConfig
	findings []Finding
}

func (s *sharedConfig) read(ctx context.Context, dir, nodeBin, mode string) (viteConfig, []Finding) {
	s.once.Do(func() { s.cfg, s.findings = readViteConfig(ctx, dir, nodeBin, mode) })
	return s.cfg, s.findings
}

// findViteConfig returns the config file Vite would load from dir, or "".
func findViteConfig(dir string) string {
	for _, n := range viteConfigFiles {
		if st, err := os.Stat(filepath.Join(dir, n)); err == nil && st.Mode().IsRegular() {
			return n
		}
	}
	return ""
}

// readViteConfig reads the config statically when it is a plain object
// literal, and otherwise asks the project's own Vite through node. A config
// that cannot be read is a finding, not an error.
func readViteConfig(ctx context.Context, dir, nodeBin, mode string) (viteConfig, []Finding) {
	name := findViteConfig(dir)
	if name == "" {
		return viteConfig{Method: "none"}, nil
	}
	src, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		return viteConfig{File: name, Method: "none"}, []Finding{{
			Code: CodeViteConfigError, Severity: SeverityError, File: name,
			Message: fmt.Sprintf("cannot read %s: %v", name, err),
			Fix:     "make the file readable, or remove it",
		}}
	}
	static, ok := staticViteConfig(string(src))
	if ok && static.aliasUnknown {
		// Only node can evaluate the aliases; without it, the rest stands.
		c, err := nodeViteConfig(ctx, dir, nodeBin, name, mode)
		if err == nil {
			c.File, c.Method = name, "node"
			return c, nil
		}
		static.File, static.Method = name, "static"
		return static, []Finding{{
			Code: CodeViteConfigError, Severity: SeverityWarning, File: name,
			Message: fmt.Sprintf("resolve.alias in %s is computed and node could not load the config (%s): imports through aliases are not followed", name, err),
			Fix:     "install the project's packages (npm install) so node can load vite.config, or write the aliases as path.resolve(__dirname, 'src')",
		}}
	}
	if c := static; ok {
		c.File, c.Method = name, "static"
		if abs, err := filepath.Abs(dir); err == nil {
			for i, a := range c.Alias {
				if a.inDir {
					c.Alias[i].Replacement, c.Alias[i].inDir = joinKeepSlash(abs, a.Replacement), false
				}
			}
		}
		return c, nil
	}
	c, err := nodeViteConfig(ctx, dir, nodeBin, name, mode)
	if err != nil {
		return viteConfig{File: name, Method: "none"}, []Finding{{
			Code: CodeViteConfigError, Severity: SeverityError, File: name,
			Message: fmt.Sprintf("%s could not be loaded: %s; envDir and envPrefix are taken as Vite's defaults", name, err),
			Fix:     "run `npx vite --debug` to see the full error, and fix the config",
		}}
	}
	c.File, c.Method = name, "node"
	return c, nil
}

// ansiCodes are the colour codes tools print to a terminal (or with CI set).
var ansiCodes = regexp.MustCompile(`\x1b\[[0-9;]*[A-Za-z]`)

// nodeConfigScript loads the config with the project's own Vite and prints
// the fields envcheck needs as JSON.
const nodeConfigScript = `
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
const [dir, file, mode] = process.argv.slice(-3);
const req = createRequire(path.join(dir, 'package.json'));
// Vite's ESM entry: require.resolve gives the CJS one, which Vite 5 marks
// deprecated (a warning on stderr) and whose exports ESM cannot list.
const esmEntry = () => {
  const pj = req.resolve('vite/package.json');
  const pkg = JSON.parse(fs.readFileSync(pj, 'utf8'));
  let e = pkg.exports && (pkg.exports['.'] ?? pkg.exports);
  for (const k of ['import', 'default']) if (e && typeof e === 'object' && e[k]) e = e[k];
  if (e && typeof e === 'object') e = e.default;
  return path.join(path.dirname(pj), typeof e === 'string' ? e : (pkg.module || pkg.main || 'index.js'));
};
let vite;
try {
  let entry;
  try { entry = esmEntry(); } catch { entry = req.resolve('vite'); }
  const m = await import(pathToFileURL(entry).href);
  vite = typeof m.loadConfigFromFile === 'function' ? m : m.default;
} catch (e) { console.error('vite is not installed in ' + dir + ' (npm install)'); process.exit(3); }
try {
  const r = await vite.loadConfigFromFile({ command: 'serve', mode, isSsrBuild: false, isPreview: false }, path.join(dir, file), dir, 'silent');
  const c = (r && r.config) || {};
  const define = {};
  for (const [k, v] of Object.entries(c.define || {})) define[k] = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  const prefix = c.envPrefix === undefined ? null : [].concat(c.envPrefix);
  // resolve.alias as Vite normalises it: an array of { find, replacement }.
  const al = (c.resolve && c.resolve.alias) || [];
  const alias = (Array.isArray(al) ? al : Object.entries(al).map(([find, replacement]) => ({ find, replacement })))
    .filter((a) => a && typeof a.replacement === 'string' && (typeof a.find === 'string' || a.find instanceof RegExp))
    .map((a) => a.find instanceof RegExp ? { regexp: a.find.source, flags: a.find.flags, replacement: a.replacement } : { find: a.find, replacement: a.replacement });
  process.stdout.write(JSON.stringify({ root: c.root ?? '', envDir: c.envDir === false ? null : (c.envDir ?? ''), envDirOff: c.envDir === false, envPrefix: prefix, define, alias }));
} catch (e) {
  console.error(String(e && e.message || e).split('\n')[0]);
  process.exit(2);
}
`

func nodeViteConfig(ctx context.Context, dir, nodeBin, file, mode string) (viteConfig, error) {
	if nodeBin == "" {
		nodeBin = "node"
	}
	ctx, cancel := context.WithTimeout(ctx, configTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, nodeBin, "--input-type=module", "-e", nodeConfigScript, "--", dir, file, mode)
	cmd.Dir = dir
	// The config may start processes of its own: run node in its own
	// process group and stop the whole group on timeout or cancel.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = time.Second
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) // whatever the config left running
	}
	if ctx.Err() != nil {
		return viteConfig{}, fmt.Errorf("loading it took longer than %s", configTimeout)
	}
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			// The script's own error is its last line; warnings the
			// config or Vite printed come before it.
			msg := strings.TrimSpace(ansiCodes.ReplaceAllString(stderr.String(), ""))
			if i := strings.LastIndexByte(msg, '\n'); i >= 0 && !strings.HasPrefix(msg[i+1:], "Node.js v") {
				msg = msg[i+1:]
			} else if i := strings.IndexByte(msg, '\n'); i >= 0 {
				msg = msg[:i]
			}
			if msg == "" {
				msg = err.Error()
			}
			return viteConfig{}, errors.New(msg)
		}
		return viteConfig{}, fmt.Errorf("running %s: %w", nodeBin, err)
	}
	var r struct {
		Root      string            `json:"root"`
		EnvDir    *string           `json:"envDir"`
		EnvDirOff bool              `json:"envDirOff"`
		EnvPrefix []string          `json:"envPrefix"`
		Define    map[string]string `json:"define"`
		Alias     []viteAlias       `json:"alias"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		return viteConfig{}, fmt.Errorf("unexpected output from node: %q", out)
	}
	c := viteConfig{Root: r.Root, EnvDirOff: r.EnvDirOff, EnvPrefix: r.EnvPrefix, Define: r.Define, Alias: r.Alias}
	if r.EnvDir != nil {
		c.EnvDir = *r.EnvDir
	}
	return c, nil
}

// joinKeepSlash joins dir and a relative path, keeping a trailing slash
// (new URL('./src/', import.meta.url) ends in one, and Vite substitutes it
// as written).
func joinKeepSlash(dir, rel string) string {
	p := filepath.Join(dir, filepath.FromSlash(rel))
	if strings.HasSuffix(rel, "/") {
		p += string(filepath.Separator)
	}
	return p
}

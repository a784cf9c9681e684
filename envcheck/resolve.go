package envcheck

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Dialect names the dotenv parser Vite uses to read env files.
type Dialect string

const (
	// DialectAuto picks the dialect from the project's installed Vite:
	// major 8 and later use Node's util.parseEnv, 7 and earlier npm dotenv.
	DialectAuto Dialect = ""
	// DialectNode is Node's util.parseEnv, used by Vite 8+.
	DialectNode Dialect = "node"
	// DialectDotenv is npm dotenv 16.x and Vite's patched dotenv-expand 12,
	// used by Vite 6 and 7.
	DialectDotenv Dialect = "dotenv"
	// DialectDotenvVite5 is npm dotenv 16.x and dotenv-expand 11 unpatched,
	// used by Vite 5 (and taken for older majors).
	DialectDotenvVite5 Dialect = "dotenv-vite5"
)

// Options says which project to resolve and how. The zero value resolves the
// current directory in development mode with the project's own Vite dialect.
type Options struct {
	Dir       string   // project root; default "."
	Mode      string   // Vite mode; default "development"
	EnvPrefix []string // overrides vite.config's envPrefix when non-nil
	// ComposeFile and ComposeService, when both set, make that service's
	// environment (as docker compose gives it) Vite's process environment.
	ComposeFile, ComposeService string
	Environ                     []string // process environment; default os.Environ()
	NodeBin                     string   // node binary for the vite.config fallback; default "node" on PATH
	Dialect                     Dialect  // default: decided by node_modules/vite/package.json's major

	config *sharedConfig // vite.config, read once when Check shares it with the import graph
}

// Value is one resolved variable and where it came from.
type Value struct {
	Value  string `json:"value"`
	Source string `json:"source"`         // ".env.local", "process", "compose:web", ...
	File   string `json:"file,omitempty"` // relative to Dir; empty for process values
	Line   int    `json:"line,omitempty"`
}

// EnvFile is one env file Vite reads, with the lines its parser produced.
type EnvFile struct {
	Name    string  // ".env.local"
	Path    string  // relative to Dir (includes envDir)
	Entries []Entry // in file order; duplicates kept (last wins)
}

// Entry is one assignment as the parser read it, before expansion.
type Entry struct {
	Key   string
	Value string // parsed, unexpanded
	Line  int    // 1-based line where the assignment starts
	Raw   string // the source text of the assignment (may span lines)
}

// ComposeService is a compose service's environment as the container gets it.
type ComposeService struct {
	File        string             // compose file, relative to Dir
	Service     string             // service name
	Environment map[string]*string // as compose-go resolves it; nil = unset
	EnvFiles    []string           // env_file entries, relative to Dir
	Image       string             // image, as compose resolves it ("node:20-bookworm")
	Raw         []ComposeRawValue  // environment: entries as written in the YAML
}

// ComposeRawValue is one environment: entry as written, before compose-go
// normalizes it.
type ComposeRawValue struct {
	Key      string
	Value    string // the scalar text as written (list form: after "KEY=")
	Tag      string // YAML tag of a map-form value: "!!str", "!!int", "!!bool", "!!float", "!!null"
	Style    string // "list" or "map"
	Quoted   bool   // the YAML scalar was quoted
	HasValue bool   // false for "- KEY" or "KEY:" with no value
	Line     int
}

// Env is the environment as Vite will see it.
type Env struct {
	Mode, EnvDir string   // EnvDir relative to Dir; "" when envDir is false
	Prefixes     []string // effective envPrefix
	ConfigFile   string   // "vite.config.ts"; "" when there is none
	ConfigMethod string   // "static" | "node" | "none"
	Dialect      Dialect  // the parser used
	// NodeVersion is what NodeBin reports ("v20.20.2"), "" when it cannot be
	// run; with compose, the service's image ("node:20-bookworm"). With the
	// node dialect, Node 20 and Node 22+ read a few malformed lines
	// differently: values follow this version (22+ when unknown, e.g. an
	// image not named node:NN) and env-node-version findings name the lines.
	NodeVersion string
	Define      map[string]string // vite.config define: key → raw expression
	Files       []EnvFile         // files read, in precedence order (later wins)
	All         map[string]Value  // every variable loadEnv sees before prefix filtering
	Client      map[string]Value  // what import.meta.env gets (prefix-filtered)
	Compose     *ComposeService   // when requested
	Findings    []Finding         // problems found while resolving
}

// maxEnvFileSize caps what envcheck parses; Vite has no cap, but a file this
// large is not a hand-written env file.
const maxEnvFileSize = 256 << 10

// Resolve reads the project's env files, vite.config and optional compose
// service and returns what Vite will see. The error is only for usage or I/O
// problems that stop the check; everything else is a Finding.
func Resolve(ctx context.Context, o Options) (*Env, error) {
	if o.Dir == "" {
		o.Dir = "."
	}
	if o.Mode == "" {
		o.Mode = "development"
	}
	if o.Mode == "local" {
		return nil, fmt.Errorf(`mode "local" cannot be used: it conflicts with the .local suffix of env files (Vite refuses it too); pick another mode name`)
	}
	if (o.ComposeFile == "") != (o.ComposeService == "") {
		return nil, fmt.Errorf("compose needs both a file and a service (got file %q, service %q)", o.ComposeFile, o.ComposeService)
	}
	st, err := os.Stat(o.Dir)
	if err != nil {
		var pe *fs.PathError
		if errors.Is(err, fs.ErrNotExist) && errors.As(err, &pe) {
			return nil, fmt.Errorf("project dir %s: %w; pass --dir with the directory that holds index.html and vite.config", o.Dir, pe.Err)
		}
		return nil, fmt.Errorf("reading project dir: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("project dir %s is not a directory", o.Dir)
	}
	environ := o.Environ
	if environ == nil {
		environ = os.Environ()
	}
	env := &Env{Mode: o.Mode}

	// vite.config: envDir, envPrefix, root, define.
	shared := o.config
	if shared == nil {
		shared = &sharedConfig{}
	}
	cfg, fs := shared.read(ctx, o.Dir, o.NodeBin, o.Mode)
	env.Findings = append(env.Findings, fs...)
	env.ConfigFile, env.ConfigMethod, env.Define = cfg.File, cfg.Method, cfg.Define

	env.Prefixes = []string{"VITE_"}
	if cfg.EnvPrefix != nil {
		env.Prefixes = cfg.EnvPrefix
	}
	if o.EnvPrefix != nil {
		env.Prefixes = o.EnvPrefix
	}
	for _, p := range env.Prefixes {
		if p == "" {
			env.Findings = append(env.Findings, Finding{Code: CodeEnvPrefixEmpty, Severity: SeverityError, File: cfg.File,
				Message: "envPrefix contains '': every variable, secrets included, would reach the browser (Vite refuses to start)",
				Fix:     "use a prefix such as 'VITE_'"})
		} else if strings.ContainsAny(p, " \t\n\r\f\v") {
			env.Findings = append(env.Findings, Finding{Code: CodeEnvPrefixSpace, Severity: SeverityWarning, File: cfg.File,
				Message: fmt.Sprintf("envPrefix %q contains white space and matches no variable", p),
				Fix:     "remove the white space from the prefix"})
		}
	}

	// Which parser: the project's Vite major decides.
	env.Dialect = o.Dialect
	if env.Dialect == DialectAuto {
		major, err := installedViteMajor(o.Dir)
		switch {
		case err != nil:
			env.Dialect = DialectNode
			env.Findings = append(env.Findings, Finding{Code: CodeViteNotInstalled, Severity: SeverityInfo,
				Message: "vite is not installed (node_modules/vite/package.json): env files are read as Vite 8 reads them",
				Fix:     "run npm install so envcheck can match your Vite version"})
		case major >= 8:
			env.Dialect = DialectNode
		case major >= 6:
			env.Dialect = DialectDotenv
		default:
			env.Dialect = DialectDotenvVite5
		}
	}

	// envDir: relative to root, which is relative to the project dir.
	root := o.Dir
	if cfg.Root != "" {
		root = filepath.Join(o.Dir, cfg.Root)
		if filepath.IsAbs(cfg.Root) {
			root = cfg.Root
		}
	}
	envDirAbs := root
	if cfg.EnvDir != "" {
		envDirAbs = filepath.Join(root, cfg.EnvDir)
		if filepath.IsAbs(cfg.EnvDir) {
			envDirAbs = cfg.EnvDir
		}
	}
	if !cfg.EnvDirOff {
		env.EnvDir = relTo(o.Dir, envDirAbs)
	}

	// Vite's process environment: the shell, or the compose service.
	process := environMap(environ)
	processSource := "process"
	if o.ComposeFile != "" {
		cs, fs, err := loadComposeService(ctx, o.Dir, o.ComposeFile, o.ComposeService, environ)
		if err != nil {
			return nil, err
		}
		env.Compose = cs
		env.Findings = append(env.Findings, fs...)
		process = map[string]string{}
		for k, v := range cs.Environment {
			if v != nil {
				process[k] = *v
			}
		}
		processSource = "compose:" + o.ComposeService
	}

	// The env files.
	var texts []envFileText
	if !cfg.EnvDirOff {
		for _, name := range envFileNames(o.Mode) {
			t, fs, ok := readEnvFile(o.Dir, envDirAbs, name)
			env.Findings = append(env.Findings, fs...)
			if ok {
				texts = append(texts, t)
			}
		}
	}
	parse := parserFor(env.Dialect)
	node20 := false
	if env.Dialect == DialectNode {
		var major int
		env.NodeVersion, major = nodeVersion(ctx, o.NodeBin)
		if env.Compose != nil {
			// Vite runs in the container: its image decides, when it says.
			major = nodeImageMajor(env.Compose.Image)
			env.NodeVersion = env.Compose.Image
		}
		if major > 0 && major < 22 {
			parse, node20 = ParseNode20, true
		}
	}
	// Vite refuses to start with an empty prefix (reported above); resolve
	// with the others rather than list the whole process environment.
	var prefixes []string
	for _, p := range env.Prefixes {
		if p != "" {
			prefixes = append(prefixes, p)
		}
	}
	r := loadEnv(env.Dialect, parse, texts, process, prefixes)
	env.Files = r.files
	env.Findings = append(env.Findings, fileFindings(env.Dialect, node20, texts, r.files)...)
	if r.err != nil {
		env.Findings = append(env.Findings, expandFinding(r))
		// Vite would not start; report the unexpanded values so the rest
		// of the check still has something to work with.
	}
	env.All, env.Client = map[string]Value{}, map[string]Value{}
	for _, k := range r.parsed.ordered() {
		v, _ := r.parsed.get(k)
		val := Value{Value: v}
		if e, ok := r.from[k]; ok {
			f := r.fromFile[k]
			val.Source, val.File, val.Line = f.Name, f.Path, e.Line
		}
		if pv, ok := process[k]; ok && (pv != "" || hasAnyPrefix(k, prefixes)) {
			val = Value{Value: pv, Source: processSource}
		}
		env.All[k] = val
	}
	for k, v := range process {
		if _, ok := env.All[k]; !ok {
			env.All[k] = Value{Value: v, Source: processSource}
		}
	}
	for k, v := range r.processAdded {
		env.All[k] = Value{Value: v, Source: "vite (from " + strings.TrimPrefix(k, "VITE_USER_") + ")"}
	}
	for k, v := range r.client {
		val := env.All[k]
		val.Value = v
		env.Client[k] = val
	}
	env.Findings = append(env.Findings, composeEnvFindings(env, texts)...)
	env.Findings = append(env.Findings, dialectFindings(env, texts)...)
	sortFindings(env.Findings)
	return env, nil
}

func relTo(base, p string) string {
	if r, err := filepath.Rel(base, p); err == nil {
		return filepath.ToSlash(r)
	}
	return filepath.ToSlash(p)
}

// installedViteMajor reads the major version of the project's Vite.
func installedViteMajor(dir string) (int, error) {
	b, err := os.ReadFile(filepath.Join(dir, "node_modules", "vite", "package.json"))
	if err != nil {
		return 0, err
	}
	var pkg struct {
		Version string `json:"version"`
	}
	if err := json.Unmarshal(b, &pkg); err != nil {
		return 0, fmt.Errorf("reading node_modules/vite/package.json: %w", err)
	}
	major, err := strconv.Atoi(strings.SplitN(pkg.Version, ".", 2)[0])
	if err != nil {
		return 0, fmt.Errorf("node_modules/vite/package.json: version %q", pkg.Version)
	}
	return major, nil
}

func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		if fs[i].File != fs[j].File {
			return fs[i].File < fs[j].File
		}
		return fs[i].Line < fs[j].Line
	})
}

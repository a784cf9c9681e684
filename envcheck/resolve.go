package envcheck

import (
	"context"
	"errors"
)

// Dialect names the dotenv parser Vite uses to read env files.
type Dialect string

const (
	// DialectAuto picks the dialect from the project's installed Vite:
	// major 8 and later use Node's util.parseEnv, 7 and earlier npm dotenv.
	DialectAuto Dialect = ""
	// DialectNode is Node's util.parseEnv, used by Vite 8+.
	DialectNode Dialect = "node"
	// DialectDotenv is npm dotenv 16.x, used by Vite 7 and earlier.
	DialectDotenv Dialect = "dotenv"
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
	Mode, EnvDir string            // EnvDir relative to Dir; "" when envDir is false
	Prefixes     []string          // effective envPrefix
	ConfigFile   string            // "vite.config.ts"; "" when there is none
	ConfigMethod string            // "static" | "node" | "none"
	Dialect      Dialect           // the parser used
	Define       map[string]string // vite.config define: key → raw expression
	Files        []EnvFile         // files read, in precedence order (later wins)
	All          map[string]Value  // every variable loadEnv sees before prefix filtering
	Client       map[string]Value  // what import.meta.env gets (prefix-filtered)
	Compose      *ComposeService   // when requested
	Findings     []Finding         // problems found while resolving
}

// Resolve reads the project's env files, vite.config and optional compose
// service and returns what Vite will see. The error is only for usage or I/O
// problems that stop the check; everything else is a Finding.
func Resolve(ctx context.Context, o Options) (*Env, error) {
	return nil, errors.New("envcheck: resolve not implemented yet")
}

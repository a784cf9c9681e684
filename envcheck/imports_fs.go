package envcheck

// Resolving imports for the graph: a cache of esbuild's answers for bare
// specifiers, and directory listings for probing relative ones.

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// resolution is a cached answer of esbuild's resolver.
type resolution struct {
	path, ns string
	data     any
	failed   bool
}

type cachedResolution struct {
	once sync.Once
	resolution
}

func isRelative(spec string) bool {
	return spec == "." || spec == ".." || strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../")
}

// probeExt is the order esbuild tries extensions in, plus Vue and Svelte.
var probeExt = []string{".tsx", ".ts", ".jsx", ".js", ".mjs", ".mts", ".cjs", ".css", ".json", ".vue", ".svelte"}

// fsCache remembers directory listings for one ImportGraph call (not
// longer: a watcher's next run must see files created since). One listing
// answers every probe in a directory, where stat would cost a call each.
type fsCache struct {
	dirs, scopes sync.Map // dir → map[name]type bits; dir → nearest ancestor with node_modules
	pkgs         sync.Map // package dir → its name when pkgScope may widen, else ""
	tsconfigs    sync.Map // dir → nearest ancestor with tsconfig.json or jsconfig.json
}

// projectScope returns the scope that decides how a bare import from
// project code in dir resolves: the nearest node_modules, and the nearest
// tsconfig.json or jsconfig.json (its paths and baseUrl), which a
// subdirectory may override.
func (c *fsCache) projectScope(dir string) string {
	return c.nmScope(dir) + "\x00" + c.tsScope(dir)
}

// tsScope returns the nearest ancestor of dir (itself included) holding a
// tsconfig.json or jsconfig.json, or "".
func (c *fsCache) tsScope(dir string) string {
	if v, ok := c.tsconfigs.Load(dir); ok {
		return v.(string)
	}
	scope := ""
	if c.isFile(filepath.Join(dir, "tsconfig.json")) || c.isFile(filepath.Join(dir, "jsconfig.json")) {
		scope = dir
	} else if parent := filepath.Dir(dir); parent != dir {
		scope = c.tsScope(parent)
	}
	c.tsconfigs.Store(dir, scope)
	return scope
}

func (c *fsCache) isFile(p string) bool {
	mode, ok := c.mode(p)
	switch {
	case !ok:
		return false
	case mode&fs.ModeSymlink != 0:
		st, err := os.Stat(p)
		return err == nil && st.Mode().IsRegular()
	}
	return mode.IsRegular()
}

// pkgScope returns the scope that decides how a bare import from package
// dir pkg resolves. A package with no browser field, no node_modules or
// tsconfig of its own, importing another package, resolves it as its
// siblings do: the scope is the directory holding them.
func (c *fsCache) pkgScope(pkg, spec string) string {
	v, ok := c.pkgs.Load(pkg)
	if !ok {
		var meta struct {
			Name    string
			Browser json.RawMessage
			Imports json.RawMessage
		}
		plain := false
		if b, err := os.ReadFile(filepath.Join(pkg, "package.json")); err == nil && json.Unmarshal(b, &meta) == nil {
			_, nm := c.mode(filepath.Join(pkg, "node_modules"))
			plain = meta.Browser == nil && meta.Imports == nil && !nm &&
				!c.isFile(filepath.Join(pkg, "tsconfig.json")) && !c.isFile(filepath.Join(pkg, "jsconfig.json"))
		}
		name := ""
		if plain {
			name = meta.Name
		}
		v, _ = c.pkgs.LoadOrStore(pkg, name)
	}
	name := v.(string)
	if name == "" || strings.HasPrefix(spec, "#") || bareName(spec) == name {
		return pkg
	}
	return filepath.Dir(pkg) + string(filepath.Separator) + "*"
}

// mode returns the type bits of p from its directory's listing.
func (c *fsCache) mode(p string) (fs.FileMode, bool) {
	dir, name := filepath.Split(p)
	v, ok := c.dirs.Load(dir)
	if !ok {
		ents := map[string]fs.FileMode{}
		if f, err := os.Open(dir); err == nil {
			list, _ := f.ReadDir(-1)
			f.Close()
			for _, e := range list {
				ents[e.Name()] = e.Type()
			}
		}
		v, _ = c.dirs.LoadOrStore(dir, ents)
	}
	mode, ok := v.(map[string]fs.FileMode)[name]
	return mode, ok
}

// probe resolves a relative import in project code the way esbuild does
// for plain files: the path, with an extension, .js written for .ts, or a
// directory's index. "" leaves it to esbuild.
func (c *fsCache) probe(p string) string {
	isFile := c.isFile
	if isFile(p) {
		return p
	}
	for _, e := range probeExt {
		if isFile(p + e) {
			return p + e
		}
	}
	switch ext := filepath.Ext(p); ext {
	case ".js", ".jsx", ".mjs", ".cjs":
		base := strings.TrimSuffix(p, ext)
		for _, e := range []string{".ts", ".tsx", ".mts", ".cts"} {
			if isFile(base + e) {
				return base + e
			}
		}
	}
	if isFile(filepath.Join(p, "package.json")) {
		return ""
	}
	for _, e := range probeExt {
		if f := filepath.Join(p, "index"+e); isFile(f) {
			return f
		}
	}
	return ""
}

// nmScope returns the nearest ancestor of dir holding node_modules: bare
// imports from anywhere below it resolve the same way.
func (c *fsCache) nmScope(dir string) string {
	if v, ok := c.scopes.Load(dir); ok {
		return v.(string)
	}
	scope := dir
	for d := dir; ; {
		if st, err := os.Stat(filepath.Join(d, "node_modules")); err == nil && st.IsDir() {
			scope = d
			break
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	c.scopes.Store(dir, scope)
	return scope
}

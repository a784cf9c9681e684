package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// appConfig shapes the generated Vite app. Zero values are the defaults.
type appConfig struct {
	Modules   int // modules in the tree, entry included; default 2000
	Branching int // imports per module; default 4 (depth ≈ 6 for 2000)
	Dirs      int // source directories the modules are spread over; default 20
}

func (c *appConfig) defaults() {
	if c.Modules == 0 {
		c.Modules = 2000
	}
	if c.Branching == 0 {
		c.Branching = 4
	}
	if c.Dirs == 0 {
		c.Dirs = 20
	}
}

// modulePath is module i's path under the app root; 0 is the entry.
func modulePath(i, dirs int) string {
	if i == 0 {
		return "src/main.js"
	}
	return fmt.Sprintf("src/d%02d/m%04d.js", i%dirs, i)
}

// relImport is the import specifier for to, seen from from.
func relImport(from, to string) string {
	rel, _ := filepath.Rel(filepath.Dir(from), to)
	if !strings.HasPrefix(rel, ".") {
		rel = "./" + rel
	}
	return rel
}

// generateApp writes a Vite app into root: index.html loads src/main.js,
// module i imports modules i*b+1 … i*b+b, each exports the number of modules
// in its subtree, and the entry, which evaluates last, sets
// window.__benchModules (must equal cfg.Modules) and window.__benchDone
// (performance.now(), ms since navigation start). It also writes two
// self-accepting modules for the HMR measurement, hmr/a.js and hmr/b.js,
// loaded by hmr-a.html and hmr-b.html, which both import hmr/shared.js.
func generateApp(root string, cfg appConfig) error {
	cfg.defaults()
	if cfg.Modules < 1 || cfg.Branching < 1 || cfg.Dirs < 1 {
		return fmt.Errorf("app generator: modules, branching and dirs must be positive (got %d, %d, %d)", cfg.Modules, cfg.Branching, cfg.Dirs)
	}
	write := func(rel, text string) error {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("app generator: %w", err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			return fmt.Errorf("app generator: %w", err)
		}
		return nil
	}
	if err := write("index.html", `<!doctype html>
<html><head><meta charset="utf-8"><title>bench app</title></head>
<body><div id="app">loading</div><script type="module" src="/src/main.js"></script></body></html>
`); err != nil {
		return err
	}
	for i := 0; i < cfg.Modules; i++ {
		me := modulePath(i, cfg.Dirs)
		var b strings.Builder
		fmt.Fprintf(&b, "// module %d of a generated tree\n", i)
		var kids []string
		for k := 1; k <= cfg.Branching; k++ {
			c := i*cfg.Branching + k
			if c >= cfg.Modules {
				break
			}
			name := fmt.Sprintf("c%d", k)
			kids = append(kids, name)
			fmt.Fprintf(&b, "import %s from '%s';\n", name, relImport(me, modulePath(c, cfg.Dirs)))
		}
		// Some code of a typical size, so transforms and transfers are not trivial.
		fmt.Fprintf(&b, `
export function describe%[1]d(items) {
  const out = [];
  for (const item of items) {
    if (item && typeof item === 'object') out.push({ id: item.id ?? %[1]d, label: String(item.label ?? 'item-%[1]d') });
    else out.push({ id: %[1]d, label: 'value-' + String(item) });
  }
  return out.sort((a, b) => a.id - b.id).map((x) => x.label).join(', ');
}
export const meta%[1]d = { index: %[1]d, name: 'module-%[1]d', tags: ['generated', 'bench', 'tree'] };
`, i)
		sum := "1"
		if len(kids) > 0 {
			sum = "1 + " + strings.Join(kids, " + ")
		}
		if i == 0 {
			fmt.Fprintf(&b, "const total = %s;\nwindow.__benchModules = total;\ndocument.getElementById('app').textContent = total + ' modules';\nwindow.__benchDone = performance.now();\n", sum)
		} else {
			fmt.Fprintf(&b, "export default %s;\n", sum)
		}
		if err := write(me, b.String()); err != nil {
			return err
		}
	}
	for _, n := range []string{"a", "b"} {
		if err := write("hmr-"+n+".html", fmt.Sprintf(`<!doctype html>
<html><head><meta charset="utf-8"><title>hmr %s</title></head>
<body><div id="v"></div><script type="module" src="/hmr/%s.js"></script></body></html>
`, n, n)); err != nil {
			return err
		}
		if err := write("hmr/"+n+".js", hmrModule(n, 0)); err != nil {
			return err
		}
	}
	return write("hmr/shared.js", hmrShared(0))
}

// hmrShared is version v of the self-accepting module both HMR pages import.
func hmrShared(v int) string {
	return fmt.Sprintf("export const shared = %d;\nconsole.log('hmr-shared v=%d');\nif (import.meta.hot) import.meta.hot.accept();\n", v, v)
}

// hmrModule is version v of the self-accepting module n. browser.mjs writes
// later versions with the same shape.
func hmrModule(n string, v int) string {
	return fmt.Sprintf("import './shared.js';\nexport const version = %d;\ndocument.getElementById('v').textContent = 'hmr-%s v=' + version;\nconsole.log('hmr-%s v=' + version);\nif (import.meta.hot) import.meta.hot.accept();\n", v, n, n)
}

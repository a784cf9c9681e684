package envcheck

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// choices turns fuzz input into decisions; past its end every choice is 0.
type choices struct {
	b []byte
	i int
}

func (c *choices) n(n int) int {
	if c.i >= len(c.b) {
		return 0
	}
	c.i++
	return int(c.b[c.i-1]) % n
}

func (c *choices) yes() bool { return c.n(2) == 1 }

// fuzzFiles are the project files a generated project may have besides
// src/main.ts.
var fuzzFiles = []string{"src/a.ts", "src/b.js", "src/c.tsx", "src/d/index.ts", "src/e.vue", "src/f.mts", "lib/g.jsx", "src/h.svelte", "src/i.cjs", "src/data.json"}

// fuzzPackages are node_modules packages a generated project may have:
// exports with conditions, browser fields mapping files and built-ins
// away, TypeScript, a server SDK, a polyfill.
var fuzzPackages = map[string]map[string]string{
	"pkga": {
		"package.json": `{"name":"pkga","exports":{".":{"browser":"./browser.js","default":"./node.js"},"./sub":"./sub.js"}}`,
		"browser.js":   "import './util.js'\nexport const v = 1\n",
		"node.js":      "import 'fs'\nexport const v = 2\n",
		"sub.js":       "import 'crypto'\nexport const s = 1\n",
		"util.js":      "export {}\n",
	},
	"pkgb": {
		"package.json": `{"name":"pkgb","main":"server.js","browser":{"./server.js":"./client.js","crypto":false}}`,
		"server.js":    "module.exports = require('crypto')\n",
		"client.js":    "const c = require('crypto')\nmodule.exports = require('./helper')\n",
		"helper.js":    "try { require('./optional') } catch {}\nmodule.exports = require('pkgc')\n",
	},
	"pkgc": {
		"package.json": `{"name":"pkgc","main":"index.js"}`,
		"index.js":     "module.exports = require('events')\n",
	},
	"pusher": {
		"package.json": `{"name":"pusher","main":"index.js"}`,
		"index.js":     "const crypto = require('crypto')\nmodule.exports = function Pusher() {}\n",
	},
	"pkgts": {
		"package.json": `{"name":"pkgts","main":"index.ts"}`,
		"index.ts":     "import { T } from './t'\nimport { u } from './u'\nexport const v: T = u\n",
		"t.ts":         "export type T = number\n",
		"u.ts":         "export const u = 1\n",
	},
	"events": {
		"package.json": `{"name":"events","main":"events.js"}`,
		"events.js":    "module.exports = function EventEmitter() {}\n",
	},
	"back": {
		"package.json": `{"name":"back","main":"index.js"}`,
		"index.js":     "require('../../src/a')\nrequire('../../lib/g.jsx')\n",
	},
}

// genFuzzProject writes a small project decided by c: index.html (or
// none, or with an inline script), maybe a vite.config alias and a
// tsconfig paths mapping, src/main.ts importing some of fuzzFiles, each
// importing others in one of many ways, and some of fuzzPackages.
func genFuzzProject(t *testing.T, c *choices) string {
	t.Helper()
	files := map[string]string{}
	write := func(name, body string) { files[name] = body }
	switch c.n(4) {
	case 0:
		write("index.html", `<!doctype html><script type="module" src="/src/main.ts"></script>`)
	case 1:
		write("index.html", "<!doctype html><script type=\"module\" src=\"/src/main.ts\"></script>\n<script type=\"module\">import '/src/a.ts'\nimport 'pkga'</script>")
	case 2:
		write("index.html", `<!doctype html><script type="module" src="/src/missing.ts"></script><script type="module" src="/src/main.ts"></script>`)
	} // 3: no index.html, src/main.ts found by name
	alias, paths := c.yes(), c.yes()
	if alias {
		write("vite.config.ts", "import { fileURLToPath, URL } from 'node:url'\nexport default { resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)), '#lib': '/lib' } } }\n")
	}
	if paths || c.yes() {
		opts := `"baseUrl":"."`
		if paths {
			opts += `,"paths":{"~/*":["src/*"]}`
		}
		if c.yes() {
			opts += `,"verbatimModuleSyntax":true`
		}
		write("tsconfig.json", `{"compilerOptions":{`+opts+`}}`)
	}
	for name, files := range fuzzPackages {
		if c.n(4) == 0 {
			continue // not installed
		}
		for f, body := range files {
			write("node_modules/"+name+"/"+f, body)
		}
	}
	var present []string
	for _, f := range fuzzFiles {
		if c.n(3) != 0 {
			present = append(present, f)
		}
	}
	spec := func(from, to string) string {
		rel, _ := filepath.Rel(path.Dir(from), to)
		rel = filepath.ToSlash(rel)
		if !strings.HasPrefix(rel, "../") {
			rel = "./" + rel
		}
		ext := path.Ext(to)
		switch c.n(7) {
		case 1:
			if strings.HasSuffix(rel, "/index.ts") {
				return strings.TrimSuffix(rel, "/index.ts")
			}
			return strings.TrimSuffix(rel, ext)
		case 2:
			return "/" + to
		case 3:
			if alias && strings.HasPrefix(to, "src/") {
				return "@/" + strings.TrimPrefix(to, "src/")
			}
			if alias && strings.HasPrefix(to, "lib/") {
				return "#lib/" + strings.TrimPrefix(to, "lib/")
			}
		case 4:
			if ext == ".ts" {
				return strings.TrimSuffix(rel, ".ts") + ".js"
			}
		case 5:
			if paths && strings.HasPrefix(to, "src/") {
				return "~/" + strings.TrimSuffix(strings.TrimPrefix(to, "src/"), ext)
			}
		}
		return rel
	}
	others := []string{"./style.css", "./g.css?url", "./logo.svg?raw", "virtual:pwa", "/@vite/client", "crypto", "node:fs", "events",
		"pkga", "pkga/sub", "pkgb", "pkgc", "pusher", "pkgts", "back", "./missing", "nopkg", "https://cdn.example/x.js", "pkga/nope"}
	body := func(from string) string {
		var b strings.Builder
		ts := strings.HasSuffix(from, ".ts") || strings.HasSuffix(from, ".tsx") || strings.HasSuffix(from, ".mts") || strings.HasSuffix(from, ".vue")
		for k := range c.n(5) {
			s := others[c.n(len(others))]
			if len(present) > 0 && c.yes() {
				s = spec(from, present[c.n(len(present))])
			}
			q := "'" + s + "'"
			switch c.n(10) {
			case 0:
				fmt.Fprintf(&b, "import { v%d } from %s\nconsole.log(v%d)\n", k, q, k)
			case 1:
				if ts {
					fmt.Fprintf(&b, "import { T%d } from %s\nexport let x%d: T%d\n", k, q, k, k)
				} else {
					fmt.Fprintf(&b, "import %s\n", q)
				}
			case 2:
				if ts {
					fmt.Fprintf(&b, "import type { T%d } from %s\n", k, q)
				} else {
					fmt.Fprintf(&b, "export * from %s\n", q)
				}
			case 3:
				fmt.Fprintf(&b, "export * from %s\n", q)
			case 4:
				fmt.Fprintf(&b, "export const l%d = () => import(%s)\n", k, q)
			case 5:
				fmt.Fprintf(&b, "const r%d = require(%s)\n", k, q)
			case 6:
				if ts {
					fmt.Fprintf(&b, "import { type T%d, v%d } from %s\nv%d()\n", k, k, q, k)
				} else {
					fmt.Fprintf(&b, "import D%d from %s\nexport { D%d }\n", k, q, k)
				}
			case 7:
				fmt.Fprintf(&b, "import * as N%d from %s\nexport const n%d = N%d\n", k, q, k, k)
			case 8:
				fmt.Fprintf(&b, "// import %s\nconst s%d = \"import %s\"\n", q, k, q)
			default:
				fmt.Fprintf(&b, "import %s\n", q)
			}
		}
		return b.String()
	}
	var main strings.Builder
	for _, f := range present {
		if c.n(3) != 0 {
			fmt.Fprintf(&main, "import '%s'\n", spec("src/main.ts", f))
		}
	}
	main.WriteString(body("src/main.ts"))
	write("src/main.ts", main.String())
	for _, f := range present {
		switch path.Ext(f) {
		case ".json":
			write(f, `{"a": 1}`)
		case ".vue":
			write(f, "<script setup lang=\"ts\">\n"+body(f)+"</script>\n<template><div>{{ v0 }} <N1 /></div></template>\n")
		case ".svelte":
			write(f, "<script>\n"+body(f)+"</script>\n<p>{v0}</p>\n")
		default:
			write(f, body(f))
		}
	}
	link := c.yes()
	if link {
		write("src/uses-link.ts", "import { v } from './link'\nimport './a'\nconsole.log(v)\n")
		main.WriteString("import './uses-link'\n")
		write("src/main.ts", main.String())
	}
	dir := writeTree(t, files)
	if link {
		os.Symlink("a.ts", filepath.Join(dir, "src", "link.ts")) // dangling when src/a.ts is not there
	}
	return dir
}

// FuzzWalkGraph generates small projects and checks the walker builds the
// same graph as esbuild walking the whole of it: edges, files, errors,
// findings, counts and scans.
func FuzzWalkGraph(f *testing.F) {
	f.Add([]byte{})
	for seed := range uint64(8) { // rich projects: long random choice streams
		rng := rand.New(rand.NewPCG(seed, 1))
		b := make([]byte, 400)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		f.Add(b)
	}
	f.Add([]byte("\x01\x01\x01\x01\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19"))
	f.Add([]byte("\x00\x01\x01\x00\x01\x01\x01\x01\x01\x01\x01\x01\x01\x02\x02\x02\x02\x02\x02\x02\x02\x02\x02\x04\x03\x01\x05\x02\x06\x03\x04\x05\x06\x07"))
	f.Add([]byte("\x01\x00\x00\x03\x03\x03\x03\x03\x03\x03\x02\x01\x02\x01\x02\x01\x02\x01\x02\x01\x04\x04\x04\x04\x05\x05\x05\x05\x06\x07\x08\x09"))
	f.Add([]byte("\x02\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		diffWalk(t, genFuzzProject(t, &choices{b: b}))
	})
}

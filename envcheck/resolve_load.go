package envcheck

import (
	"sort"
	"strings"
)

// envFileText is one env file's decoded text, in Vite's precedence order.
type envFileText struct {
	name, path string
	text       string
}

// loadResult is what Vite's loadEnv computes, with provenance.
type loadResult struct {
	files    []EnvFile
	parsed   *jsObject        // after expansion, before prefix filtering
	from     map[string]Entry // key → the assignment that won (file name in source)
	fromFile map[string]EnvFile
	client   map[string]string
	// processAdded are the variables loadEnv puts into process.env
	// (VITE_USER_NODE_ENV from NODE_ENV, BROWSER, BROWSER_ARGS).
	processAdded map[string]string
	err          error // *ExpandError: Vite's loadEnv throws or hangs
}

// fileObject is the object the dialect's parser returns for one file.
func fileObject(d Dialect, entries []Entry) *jsObject {
	o := newJSObject()
	if d != DialectNode {
		for _, e := range entries {
			o.set(e.Key, e.Value)
		}
		return o
	}
	// Node's parser keeps a std::map: keys come out in byte order.
	last := map[string]string{}
	for _, e := range entries {
		last[e.Key] = e.Value
	}
	keys := make([]string, 0, len(last))
	for k := range last {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		o.set(k, last[k])
	}
	return o
}

// loadEnv reproduces Vite's loadEnv(mode, envDir, prefixes) over already
// read files and a process environment.
func loadEnv(d Dialect, parse ParseFunc, files []envFileText, process map[string]string, prefixes []string) *loadResult {
	r := &loadResult{parsed: newJSObject(), from: map[string]Entry{}, fromFile: map[string]EnvFile{}, client: map[string]string{}, processAdded: map[string]string{}}
	for _, f := range files {
		ef := EnvFile{Name: f.name, Path: f.path, Entries: parse(f.text)}
		r.files = append(r.files, ef)
		obj := fileObject(d, ef.Entries)
		for _, k := range obj.ordered() {
			v, _ := obj.get(k)
			r.parsed.set(k, v)
		}
		for _, e := range ef.Entries {
			if e.Key != "__proto__" {
				r.from[e.Key] = e
				r.fromFile[e.Key] = ef
			}
		}
	}
	proc := make(map[string]string, len(process)+3)
	for k, v := range process {
		proc[k] = v
	}
	if v, ok := r.parsed.get("NODE_ENV"); ok && v != "" {
		if _, set := proc["VITE_USER_NODE_ENV"]; !set {
			proc["VITE_USER_NODE_ENV"] = v
			r.processAdded["VITE_USER_NODE_ENV"] = v
		}
	}
	for _, k := range []string{"BROWSER", "BROWSER_ARGS"} {
		if v, ok := r.parsed.get(k); ok && v != "" {
			if _, set := proc[k]; !set {
				proc[k] = v
				r.processAdded[k] = v
			}
		}
	}
	expand := expandAll
	if d == DialectDotenvVite5 {
		expand = expandAllVite5
	}
	if err := expand(r.parsed, proc); err != nil {
		r.err = err
		return r
	}
	for _, k := range r.parsed.ordered() {
		if hasAnyPrefix(k, prefixes) {
			r.client[k], _ = r.parsed.get(k)
		}
	}
	for k, v := range proc {
		if hasAnyPrefix(k, prefixes) {
			r.client[k] = v
		}
	}
	return r
}

func hasAnyPrefix(k string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// environMap turns KEY=value strings into a map; the first "=" splits, as
// Node's process.env does.
func environMap(environ []string) map[string]string {
	m := make(map[string]string, len(environ))
	for _, kv := range environ {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			continue
		}
		if _, dup := m[k]; !dup {
			m[k] = v
		}
	}
	return m
}

// envFileNames are the files Vite reads for a mode, lowest precedence first.
func envFileNames(mode string) []string {
	return []string{".env", ".env.local", ".env." + mode, ".env." + mode + ".local"}
}

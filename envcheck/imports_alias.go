package envcheck

// vite.config resolve.alias, applied to the import graph as Vite applies it
// (@rollup/plugin-alias): the first matching entry wins; a string find
// matches the whole specifier or a prefix followed by "/"; a RegExp find is
// tested against the specifier and its first match replaced, with $1, $&
// and $<name> substituted. The result is resolved once more, without
// aliases.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// viteAlias is one resolve.alias entry, normalised to Vite's array form.
type viteAlias struct {
	Find        string `json:"find,omitempty"`   // string find; "" when Regexp is set
	Regexp      string `json:"regexp,omitempty"` // RegExp find: its JavaScript source
	Flags       string `json:"flags,omitempty"`  // and flags
	Replacement string `json:"replacement"`

	// inDir marks a replacement the static reader found relative to the
	// config's directory (path.resolve(__dirname, 'src')): readViteConfig
	// joins it to the directory.
	inDir bool
	re    *regexp.Regexp
}

// String names the entry as vite.config writes it.
func (a viteAlias) String() string {
	if a.Regexp != "" {
		return "/" + a.Regexp + "/" + a.Flags
	}
	return strconv.Quote(a.Find)
}

// compileAliases compiles the RegExp finds. An entry Go's regexp cannot
// run (a lookaround) is dropped with a warning naming it.
func compileAliases(file string, as []viteAlias) ([]viteAlias, []Finding) {
	var out []viteAlias
	var fs []Finding
	for _, a := range as {
		if a.Regexp != "" {
			re, err := jsRegexp(a.Regexp, a.Flags)
			if err != nil {
				fs = append(fs, Finding{Code: CodeImportError, Severity: SeverityWarning, File: file,
					Message: fmt.Sprintf("resolve.alias %s is not applied to the import graph: %v; imports only it resolves are reported unresolved", a, err),
					Fix:     "write the find without lookarounds or backreferences, or ignore this warning"})
				continue
			}
			a.re = re
		} else if a.Find == "" {
			continue // matches nothing a module imports
		}
		out = append(out, a)
	}
	return out, fs
}

// jsRegexp compiles a JavaScript RegExp's source and flags as a Go regexp.
func jsRegexp(source, flags string) (*regexp.Regexp, error) {
	var mods string
	for _, f := range flags {
		switch f {
		case 'i', 'm', 's':
			mods += string(f)
		}
	}
	if mods != "" {
		source = "(?" + mods + ")" + source
	}
	re, err := regexp.Compile(source)
	if err != nil {
		return nil, fmt.Errorf("Go's regexp cannot run it: %w", err)
	}
	return re, nil
}

// applyAlias returns spec rewritten by the first matching alias, or false.
func applyAlias(as []viteAlias, spec string) (string, bool) {
	for _, a := range as {
		if a.re != nil {
			if loc := a.re.FindStringSubmatchIndex(spec); loc != nil {
				if !strings.Contains(a.Flags, "g") {
					return spec[:loc[0]] + jsExpand(a.Replacement, spec, loc, a.re) + spec[loc[1]:], true
				}
				var b strings.Builder
				last := 0
				for _, loc := range a.re.FindAllStringSubmatchIndex(spec, -1) {
					b.WriteString(spec[last:loc[0]])
					b.WriteString(jsExpand(a.Replacement, spec, loc, a.re))
					last = loc[1]
				}
				return b.String() + spec[last:], true
			}
			continue
		}
		if spec == a.Find || strings.HasPrefix(spec, a.Find+"/") {
			// String.prototype.replace with a string find: the first (here,
			// leading) occurrence, with $$, $& and friends still expanded.
			return jsExpand(a.Replacement, spec, []int{0, len(a.Find)}, nil) + spec[len(a.Find):], true
		}
	}
	return spec, false
}

// jsExpand expands a String.prototype.replace replacement: $$, $&, $`,
// $', $n and $nn, $<name>; what names no group stays as written.
func jsExpand(repl, s string, loc []int, re *regexp.Regexp) string {
	if !strings.Contains(repl, "$") {
		return repl
	}
	group := func(n int) (string, bool) {
		if 2*n+1 >= len(loc) {
			return "", false
		}
		if loc[2*n] < 0 {
			return "", true // a group that did not take part: ""
		}
		return s[loc[2*n]:loc[2*n+1]], true
	}
	ngroups := len(loc)/2 - 1
	var b strings.Builder
	for i := 0; i < len(repl); i++ {
		c := repl[i]
		if c != '$' || i+1 == len(repl) {
			b.WriteByte(c)
			continue
		}
		switch n := repl[i+1]; {
		case n == '$':
			b.WriteByte('$')
			i++
		case n == '&':
			b.WriteString(s[loc[0]:loc[1]])
			i++
		case n == '`':
			b.WriteString(s[:loc[0]])
			i++
		case n == '\'':
			b.WriteString(s[loc[1]:])
			i++
		case n >= '0' && n <= '9':
			d := int(n - '0')
			if i+2 < len(repl) && repl[i+2] >= '0' && repl[i+2] <= '9' {
				if dd := d*10 + int(repl[i+2]-'0'); dd >= 1 && dd <= ngroups {
					g, _ := group(dd)
					b.WriteString(g)
					i += 2
					continue
				}
			}
			if d >= 1 && d <= ngroups {
				g, _ := group(d)
				b.WriteString(g)
				i++
				continue
			}
			b.WriteByte(c)
		case n == '<' && re != nil && hasNamedGroup(re):
			end := strings.IndexByte(repl[i+2:], '>')
			if end < 0 {
				b.WriteByte(c)
				continue
			}
			name := repl[i+2 : i+2+end]
			if k := re.SubexpIndex(name); k > 0 {
				g, _ := group(k)
				b.WriteString(g)
			}
			i += 2 + end
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// hasNamedGroup reports whether re has a named group: only then does
// $<name> expand (JavaScript leaves it as written otherwise).
func hasNamedGroup(re *regexp.Regexp) bool {
	for _, n := range re.SubexpNames() {
		if n != "" {
			return true
		}
	}
	return false
}

// readAliases returns vite.config's aliases, compiled, and records them on
// g; a find Go cannot run is a warning in g.Errors.
func (g *Graph) readAliases(ctx context.Context, dir string, o GraphOptions) []viteAlias {
	// A config that never says "alias" has none: the graph need not wait
	// for node to load a function config (Check's Resolve still does).
	name := findViteConfig(dir)
	if src, err := os.ReadFile(filepath.Join(dir, name)); name == "" || err != nil || !bytes.Contains(src, []byte("alias")) {
		return nil
	}
	var c viteConfig
	if o.config != nil {
		c = o.config()
	} else {
		c, _ = readViteConfig(ctx, dir, "", "development")
	}
	as, fs := compileAliases(c.File, c.Alias)
	g.Errors = append(g.Errors, fs...)
	for _, a := range as {
		g.Aliases = append(g.Aliases, a.String())
	}
	if len(as) > 0 {
		g.AliasMethod = c.Method
	}
	return as
}

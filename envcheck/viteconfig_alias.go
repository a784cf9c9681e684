package envcheck

// Reading resolve.alias from a plain vite.config without running it: the
// object and array forms, with replacements written as strings or as the
// usual path expressions (path.resolve(__dirname, 'src'),
// fileURLToPath(new URL('./src', import.meta.url))). Anything else sends
// the config to node.

import (
	"path"
	"regexp"
	"strings"
)

// reNamedPathImport finds `import { resolve, join } from 'path'` and
// `import { fileURLToPath } from 'url'`: only then is a bare resolve(...)
// the path module's.
var reNamedPathImport = regexp.MustCompile(`import\s*\{([^}]*)\}\s*from\s*['"](?:node:)?(path|url)['"]`)

// pathFuncs returns the bare names the config imports from path and url.
func pathFuncs(src string) map[string]bool {
	m := map[string]bool{}
	for _, im := range reNamedPathImport.FindAllStringSubmatch(src, -1) {
		for _, n := range strings.Split(im[1], ",") {
			f := strings.Fields(n)
			if len(f) == 1 || len(f) == 3 && f[1] == "as" && f[0] == f[2] {
				m[f[0]] = true
			}
		}
	}
	return m
}

// object reads { key: value, ... }, value read by each(key) with the
// scanner at the value.
func (s *jsScanner) object(each func(key string) bool) bool {
	if !s.eat("{") {
		return false
	}
	for {
		s.skip()
		if s.eat("}") {
			return true
		}
		key, ok := s.key()
		if !ok {
			return false
		}
		s.skip()
		if !s.eat(":") {
			return false
		}
		s.skip()
		if !each(key) {
			return false
		}
		s.skip()
		if !s.eat(",") {
			s.skip()
			return s.eat("}")
		}
	}
}

// resolveOption reads the resolve: { ... } object, keeping alias.
func (s *jsScanner) resolveOption(funcs map[string]bool) ([]viteAlias, bool) {
	var alias []viteAlias
	ok := s.object(func(key string) bool {
		if key != "alias" {
			return s.skipExpr()
		}
		var ok bool
		alias, ok = s.aliasOption(funcs)
		return ok
	})
	return alias, ok
}

// aliasOption reads { find: replacement } or [{ find, replacement }].
func (s *jsScanner) aliasOption(funcs map[string]bool) ([]viteAlias, bool) {
	as := []viteAlias{}
	if s.at("{") {
		ok := s.object(func(find string) bool {
			a, ok := s.replacement(funcs)
			a.Find = find
			as = append(as, a)
			return ok
		})
		return as, ok
	}
	if !s.eat("[") {
		return nil, false
	}
	for {
		s.skip()
		if s.eat("]") {
			return as, true
		}
		a, ok := s.aliasEntry(funcs)
		if !ok {
			return nil, false
		}
		as = append(as, a)
		s.skip()
		if !s.eat(",") {
			s.skip()
			return as, s.eat("]")
		}
	}
}

// aliasEntry reads { find: '@' or /re/, replacement: ... }; any other key
// (customResolver) is for node to judge.
func (s *jsScanner) aliasEntry(funcs map[string]bool) (viteAlias, bool) {
	var a viteAlias
	var haveFind, haveRepl bool
	ok := s.object(func(key string) bool {
		switch key {
		case "find":
			haveFind = true
			if v, ok := s.str(); ok {
				a.Find = v
				return true
			}
			var ok bool
			a.Regexp, a.Flags, ok = s.regexpLiteral()
			return ok
		case "replacement":
			haveRepl = true
			r, ok := s.replacement(funcs)
			a.Replacement, a.inDir = r.Replacement, r.inDir
			return ok
		}
		return false
	})
	return a, ok && haveFind && haveRepl
}

// regexpLiteral reads /source/flags.
func (s *jsScanner) regexpLiteral() (source, flags string, ok bool) {
	if !s.eat("/") {
		return "", "", false
	}
	start := s.pos
	class := false
	for s.pos < len(s.src) {
		switch c := s.src[s.pos]; {
		case c == '\\':
			s.pos++
		case c == '\n':
			return "", "", false
		case c == '[':
			class = true
		case c == ']':
			class = false
		case c == '/' && !class:
			source = s.src[start:s.pos]
			s.pos++
			fstart := s.pos
			for s.pos < len(s.src) && strings.IndexByte("dgimsuvy", s.src[s.pos]) >= 0 {
				s.pos++
			}
			return source, s.src[fstart:s.pos], source != ""
		}
		s.pos++
	}
	return "", "", false
}

// replacement reads an alias replacement: a string, or a path expression
// relative to the config's directory (inDir).
func (s *jsScanner) replacement(funcs map[string]bool) (viteAlias, bool) {
	if v, ok := s.str(); ok {
		return viteAlias{Replacement: v}, true
	}
	switch {
	case s.eat("path.resolve("), funcs["resolve"] && s.eat("resolve("):
		return s.pathArgs(true)
	case s.eat("path.join("), funcs["join"] && s.eat("join("):
		return s.pathArgs(false)
	case s.eat("url.fileURLToPath("), funcs["fileURLToPath"] && s.eat("fileURLToPath("):
		s.skip()
		a, ok := s.newURL()
		s.skip()
		return a, ok && s.eat(")")
	case s.at("new"):
		a, ok := s.newURL()
		return a, ok && s.eat(".pathname")
	}
	return viteAlias{}, false
}

func (s *jsScanner) at(tok string) bool { return strings.HasPrefix(s.src[s.pos:], tok) }

// newURL reads new URL('./src', import.meta.url): a file URL relative to
// the config.
func (s *jsScanner) newURL() (viteAlias, bool) {
	if !s.eat("new") {
		return viteAlias{}, false
	}
	s.skip()
	if !s.eat("URL(") {
		return viteAlias{}, false
	}
	s.skip()
	v, ok := s.str()
	if !ok || strings.Contains(v, "://") || strings.ContainsAny(v, "?#%") {
		return viteAlias{}, false
	}
	s.skip()
	if !s.eat(",") {
		return viteAlias{}, false
	}
	s.skip()
	if !s.eat("import.meta.url") {
		return viteAlias{}, false
	}
	s.skip()
	if !s.eat(")") {
		return viteAlias{}, false
	}
	// URL resolution against the config file: "./src/" keeps its slash.
	if strings.HasPrefix(v, "/") {
		return viteAlias{Replacement: v}, true
	}
	p := path.Join(".", v)
	if strings.HasSuffix(v, "/") || v == "" || v == "." {
		p += "/"
	}
	return viteAlias{Replacement: p, inDir: true}, true
}

// pathArgs reads the arguments of path.resolve (resolve=true) or
// path.join: __dirname, import.meta.dirname, process.cwd() (Vite runs in
// the config's directory) and strings.
func (s *jsScanner) pathArgs(resolve bool) (viteAlias, bool) {
	var cur string
	inDir, first := resolve, true
	for {
		s.skip()
		if s.eat(")") {
			if first && !resolve {
				return viteAlias{}, false
			}
			if !inDir {
				return viteAlias{Replacement: path.Clean(cur)}, cur != ""
			}
			return viteAlias{Replacement: path.Join(".", cur), inDir: true}, true
		}
		switch {
		case s.eat("__dirname"), s.eat("import.meta.dirname"), s.eat("process.cwd()"):
			if !first && !resolve {
				return viteAlias{}, false // join(x, __dirname): not a path anyone means
			}
			cur, inDir = "", true
		default:
			v, ok := s.str()
			switch {
			case !ok:
				return viteAlias{}, false
			case strings.HasPrefix(v, "/") && resolve, strings.HasPrefix(v, "/") && first:
				cur, inDir = v, false
			case first && !resolve:
				return viteAlias{}, false // join('src'): relative to nothing
			default:
				cur = path.Join(cur, v)
			}
		}
		first = false
		s.skip()
		if !s.eat(",") {
			s.skip()
			if !s.at(")") {
				return viteAlias{}, false
			}
		}
	}
}

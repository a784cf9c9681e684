package envcheck

import (
	"strconv"
	"strings"
)

// staticViteConfig reads envDir, envPrefix, root, define and resolve.alias
// from a config whose default export is an object literal, possibly wrapped
// in defineConfig(...). Anything it cannot be sure of (a function config, a
// spread, a variable as envPrefix) returns ok=false so node is asked
// instead; an alias it cannot evaluate sets aliasUnknown.
func staticViteConfig(src string) (c viteConfig, ok bool) {
	defer func() {
		if recover() != nil { // a reader bug must not stop the check: ask node
			c, ok = viteConfig{}, false
		}
	}()
	s := &jsScanner{src: src}
	at := -1
	for _, marker := range []string{"export default", "module.exports ="} {
		if i := strings.Index(src, marker); i >= 0 {
			if strings.Count(src, marker) != 1 {
				return viteConfig{}, false
			}
			at = i + len(marker)
			break
		}
	}
	if at < 0 {
		return viteConfig{}, false
	}
	s.pos = at
	s.skip()
	wrapped := false
	if s.eat("defineConfig") {
		s.skip()
		if !s.eat("(") {
			return viteConfig{}, false
		}
		s.skip()
		wrapped = true
	}
	if !s.eat("{") {
		return viteConfig{}, false
	}
	for {
		s.skip()
		if s.eat("}") {
			break
		}
		key, kok := s.key()
		if !kok {
			return viteConfig{}, false
		}
		s.skip()
		if !s.eat(":") {
			return viteConfig{}, false
		}
		s.skip()
		switch key {
		case "envDir":
			if s.eat("false") {
				c.EnvDirOff = true
			} else if v, sok := s.str(); sok {
				c.EnvDir = v
			} else {
				return viteConfig{}, false
			}
		case "root":
			v, sok := s.str()
			if !sok {
				return viteConfig{}, false
			}
			c.Root = v
		case "envPrefix":
			if v, sok := s.str(); sok {
				c.EnvPrefix = []string{v}
			} else if !s.eat("[") {
				return viteConfig{}, false
			} else {
				c.EnvPrefix = []string{}
				for {
					s.skip()
					if s.eat("]") {
						break
					}
					v, sok := s.str()
					if !sok {
						return viteConfig{}, false
					}
					c.EnvPrefix = append(c.EnvPrefix, v)
					s.skip()
					s.eat(",")
				}
			}
		case "resolve":
			start := s.pos
			var rok bool
			if c.Alias, rok = s.resolveOption(pathFuncs(src)); !rok {
				// The rest may still be plain: readViteConfig asks node for
				// the aliases and keeps this if node cannot answer.
				s.pos, c.Alias, c.aliasUnknown = start, nil, true
				if !s.skipExpr() {
					return viteConfig{}, false
				}
			}
		case "define":
			if !s.eat("{") {
				return viteConfig{}, false
			}
			c.Define = map[string]string{}
			for {
				s.skip()
				if s.eat("}") {
					break
				}
				dk, dok := s.key()
				if !dok {
					return viteConfig{}, false
				}
				s.skip()
				if !s.eat(":") {
					return viteConfig{}, false
				}
				s.skip()
				start := s.pos
				if !s.skipExpr() {
					return viteConfig{}, false
				}
				c.Define[dk] = strings.TrimSpace(s.src[start:s.pos])
				s.eat(",")
			}
		default:
			if !s.skipExpr() {
				return viteConfig{}, false
			}
		}
		s.skip()
		if s.eat(",") {
			continue
		}
		s.skip()
		if s.eat("}") {
			break
		}
		return viteConfig{}, false
	}
	s.skip()
	if wrapped && !s.eat(")") {
		return viteConfig{}, false
	}
	return c, true
}

type jsScanner struct {
	src string
	pos int
}

func (s *jsScanner) eat(tok string) bool {
	if strings.HasPrefix(s.src[s.pos:], tok) {
		s.pos += len(tok)
		return true
	}
	return false
}

// skip skips white space and comments.
func (s *jsScanner) skip() {
	for s.pos < len(s.src) {
		switch {
		case strings.ContainsRune(" \t\r\n", rune(s.src[s.pos])):
			s.pos++
		case strings.HasPrefix(s.src[s.pos:], "//"):
			if i := strings.IndexByte(s.src[s.pos:], '\n'); i >= 0 {
				s.pos += i + 1
			} else {
				s.pos = len(s.src)
			}
		case strings.HasPrefix(s.src[s.pos:], "/*"):
			if i := strings.Index(s.src[s.pos+2:], "*/"); i >= 0 {
				s.pos += i + 4
			} else {
				s.pos = len(s.src)
			}
		default:
			return
		}
	}
}

// key reads a property name: an identifier or a string literal.
func (s *jsScanner) key() (string, bool) {
	if v, ok := s.str(); ok {
		return v, true
	}
	start := s.pos
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c == '_' || c == '$' || c == '.' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (s.pos > start && c >= '0' && c <= '9') {
			s.pos++
			continue
		}
		break
	}
	return s.src[start:s.pos], s.pos > start && !strings.HasPrefix(s.src[start:s.pos], "...")
}

// str reads a string literal (”, "" or a template without ${}).
func (s *jsScanner) str() (string, bool) {
	if s.pos >= len(s.src) {
		return "", false
	}
	q := s.src[s.pos]
	if q != '\'' && q != '"' && q != '`' {
		return "", false
	}
	end := s.pos + 1
	for end < len(s.src) && s.src[end] != q {
		if s.src[end] == '\\' {
			end++
		}
		if q == '`' && strings.HasPrefix(s.src[end:], "${") {
			return "", false
		}
		end++
	}
	if end >= len(s.src) {
		return "", false
	}
	body := s.src[s.pos+1 : end]
	if q == '`' {
		s.pos = end + 1
		return body, !strings.Contains(body, `\`)
	}
	v, err := strconv.Unquote(`"` + strings.ReplaceAll(strings.ReplaceAll(body, `\'`, `'`), `"`, `\"`) + `"`)
	if err != nil {
		return "", false
	}
	s.pos = end + 1
	return v, true
}

// skipExpr skips one expression: up to a "," or closing bracket at depth 0.
func (s *jsScanner) skipExpr() bool {
	depth := 0
	start := s.pos
	for s.pos < len(s.src) {
		s.skip()
		if s.pos >= len(s.src) {
			break
		}
		c := s.src[s.pos]
		switch c {
		case '\'', '"':
			if _, ok := s.str(); !ok {
				return false
			}
			continue
		case '`':
			if !s.skipTemplate() {
				return false
			}
			continue
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				return s.pos > start
			}
			depth--
		case ',':
			if depth == 0 {
				return s.pos > start
			}
		}
		s.pos++
	}
	return false
}

func (s *jsScanner) skipTemplate() bool {
	s.pos++ // opening backtick
	for s.pos < len(s.src) {
		switch {
		case s.src[s.pos] == '\\':
			s.pos += 2
		case s.src[s.pos] == '`':
			s.pos++
			return true
		case strings.HasPrefix(s.src[s.pos:], "${"):
			s.pos += 2
			if !s.skipExpr() || !s.eat("}") {
				return false
			}
		default:
			s.pos++
		}
	}
	return false
}

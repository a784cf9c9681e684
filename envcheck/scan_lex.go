package envcheck

// mask returns a copy of JavaScript/TypeScript source in which comments are
// blanked to spaces and the contents of string, template and regular
// expression literals are replaced by maskByte, keeping their delimiters and
// every newline. Offsets and line numbers stay the same as in src, so a match
// found in the masked text can be read back from the original.
//
// It is a cheap lexer, not a parser: it knows enough to stop a comment or a
// string that merely mentions import.meta.env from counting as a read. It
// never fails; unterminated constructs end at the end of the input (strings
// at the end of their line).
func mask(src []byte) []byte {
	out := make([]byte, len(src))
	copy(out, src)
	// braces counts open { inside each ${ } of an enclosing template literal;
	// a closing } at depth zero resumes the template.
	var braces []int
	prev := byte(0) // last significant code byte, for regex detection
	prevWord := ""  // last identifier, for regex detection after keywords
	i := 0
	n := len(src)
	blank := func(from, to int, c byte) {
		for k := from; k < to && k < n; k++ {
			if src[k] != '\n' && src[k] != '\r' {
				out[k] = c
			}
		}
	}
	// template scans template text from i (just after ` or }) and returns
	// the offset after the closing backtick, or after "${".
	template := func(i int) (int, bool) {
		start := i
		for i < n {
			switch src[i] {
			case '\\':
				i += 2
				continue
			case '`':
				blank(start, i, maskByte)
				return i + 1, false
			case '$':
				if i+1 < n && src[i+1] == '{' {
					blank(start, i, maskByte)
					return i + 2, true
				}
			}
			i++
		}
		blank(start, n, maskByte)
		return n, false
	}
	for i < n {
		c := src[i]
		switch {
		case c == '/' && i+1 < n && src[i+1] == '/':
			j := i
			for j < n && src[j] != '\n' {
				j++
			}
			blank(i, j, ' ')
			i = j
			continue
		case c == '/' && i+1 < n && src[i+1] == '*':
			j := i + 2
			for j+1 < n && !(src[j] == '*' && src[j+1] == '/') {
				j++
			}
			j += 2
			if j > n {
				j = n
			}
			blank(i, j, ' ')
			i = j
			continue
		case c == '\'' || c == '"':
			j := i + 1
			for j < n && src[j] != c && src[j] != '\n' {
				if src[j] == '\\' && j+1 < n && src[j+1] != '\n' {
					j++
				}
				j++
			}
			blank(i+1, j, maskByte)
			if j < n && src[j] == c {
				j++
			}
			i = j
			prev, prevWord = c, ""
			continue
		case c == '`':
			j, inExpr := template(i + 1)
			if inExpr {
				braces = append(braces, 0)
			}
			i = j
			prev, prevWord = '`', ""
			continue
		case c == '{' && len(braces) > 0:
			braces[len(braces)-1]++
		case c == '}' && len(braces) > 0:
			if braces[len(braces)-1] == 0 {
				braces = braces[:len(braces)-1]
				j, inExpr := template(i + 1)
				if inExpr {
					braces = append(braces, 0)
				}
				i = j
				prev, prevWord = '`', ""
				continue
			}
			braces[len(braces)-1]--
		case c == '/' && regexAllowed(prev, prevWord):
			j := i + 1
			class := false
			for j < n && src[j] != '\n' {
				if src[j] == '\\' && j+1 < n {
					j += 2
					continue
				}
				if src[j] == '[' {
					class = true
				} else if src[j] == ']' {
					class = false
				} else if src[j] == '/' && !class {
					break
				}
				j++
			}
			blank(i+1, j, maskByte)
			if j < n && src[j] == '/' {
				j++
			}
			i = j
			prev, prevWord = '/', ""
			continue
		case isIdentStart(c):
			j := i + 1
			for j < n && isIdentPart(src[j]) {
				j++
			}
			prev, prevWord = 'a', string(src[i:j])
			i = j
			continue
		}
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			prev, prevWord = c, ""
		}
		i++
	}
	return out
}

// maskByte replaces literal contents in masked source. It is not a quote,
// bracket or identifier character, so nothing matches across it.
const maskByte = '\x01'

// regexAllowed reports whether a '/' after prev (or the keyword prevWord)
// starts a regular expression literal rather than a division.
func regexAllowed(prev byte, prevWord string) bool {
	if prevWord != "" {
		switch prevWord {
		case "return", "typeof", "case", "do", "else", "in", "of", "new",
			"delete", "void", "throw", "yield", "await", "instanceof":
			return true
		}
		return false
	}
	switch prev {
	case 0, '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';',
		'+', '-', '*', '%', '<', '>', '~', '^':
		return true
	}
	return false
}

func isIdentStart(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func isIdentPart(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// lineIndex maps byte offsets to 1-based line numbers.
type lineIndex []int

func newLineIndex(src []byte) lineIndex {
	idx := lineIndex{0}
	for i, c := range src {
		if c == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

func (l lineIndex) line(off int) int {
	lo, hi := 0, len(l)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if l[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + 1
}

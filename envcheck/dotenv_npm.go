package envcheck

import (
	"regexp"
	"strings"
)

// This file reproduces npm dotenv 16's parse, the parser Vite 7 and earlier
// read env files with. dotenv matches one JavaScript regular expression per
// line; Go's regexp picks the same match a backtracking engine would
// (leftmost-first), so the expression is translated, not reinvented. What
// differs between the engines is spelled out: JavaScript's \s includes
// Unicode spaces and the BOM, its "." and multiline ^/$ know U+2028/U+2029.

const (
	jsSpace = `\t\n\v\f\r \x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}`
	jsLineT = `\n\r\x{2028}\x{2029}`
)

// dotenvLine is dotenv's LINE expression, anchored at a line start. The
// trailing (?:$|$) is matched by consuming the line terminator, which
// selects the same captures.
var dotenvLine = regexp.MustCompile(`\A[` + jsSpace + `]*(?:export[` + jsSpace + `]+)?([\w.-]+)(?:[` + jsSpace + `]*=[` + jsSpace + `]*?|:[` + jsSpace + `]+?)(` +
	`[` + jsSpace + `]*'(?:\\'|[^'])*'|[` + jsSpace + `]*"(?:\\"|[^"])*"|[` + jsSpace + "]*`(?:\\\\`|[^`])*`" + `|[^#\r\n]+)?[` +
	jsSpace + `]*(?:#[^` + jsLineT + `]*)?(?:\z|[` + jsLineT + `])`)

func isJSSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

func isJSLineTerminator(r rune) bool { return r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 }

// nextLineStart returns the first index >= i that JavaScript's multiline ^
// matches at, or -1.
func nextLineStart(s string, i int) int {
	if i == 0 {
		return 0
	}
	for i <= len(s) {
		prev, size := lastRune(s[:i])
		if size > 0 && isJSLineTerminator(prev) {
			return i
		}
		if i == len(s) {
			return -1
		}
		_, n := firstRune(s[i:])
		i += n
	}
	return -1
}

// ParseDotenv parses env file text the way npm dotenv 16 does (Vite 7 and
// earlier). Entries come in file order; the last assignment of a key wins.
func ParseDotenv(src string) []Entry {
	lines := strings.ReplaceAll(strings.ReplaceAll(src, "\r\n", "\n"), "\r", "\n")
	var entries []Entry
	var lc lineCounter
	last := 0
	for {
		start := nextLineStart(lines, last)
		if start < 0 {
			break
		}
		m := dotenvLine.FindStringSubmatchIndex(lines[start:])
		if m == nil {
			if start >= len(lines) {
				break
			}
			_, n := firstRune(lines[start:])
			last = start + n
			continue
		}
		key := lines[start+m[2] : start+m[3]]
		value := ""
		if m[4] >= 0 {
			value = lines[start+m[4] : start+m[5]]
		}
		value = strings.TrimFunc(value, isJSSpace)
		quoted := value != "" && value[0] == '"'
		value = stripJSQuotes(value)
		if quoted {
			value = strings.ReplaceAll(value, `\n`, "\n")
			value = strings.ReplaceAll(value, `\r`, "\r")
		}
		keyAt := start + m[2]
		raw := strings.TrimRightFunc(lines[keyAt:start+m[1]], isJSLineTerminator)
		entries = append(entries, Entry{Key: key, Value: value, Line: lc.at(lines, keyAt), Raw: raw})
		last = start + m[1]
		if m[1] == 0 {
			break // cannot happen: a key is at least one character
		}
	}
	return entries
}

// stripJSQuotes is value.replace(/^(['"`])([\s\S]*)\1$/gm, "$2"): at every
// line start, a quote character, then as much as possible up to the same
// quote at a line end.
func stripJSQuotes(s string) string {
	var b strings.Builder
	i, copied := 0, 0
	for i < len(s) {
		ls := nextLineStart(s, i)
		if ls < 0 || ls >= len(s) {
			break
		}
		c := s[ls]
		if c == '\'' || c == '"' || c == '`' {
			// greedy: the last c that is followed by the end or a line terminator
			for j := len(s) - 1; j > ls; j-- {
				if s[j] != c {
					continue
				}
				if j+1 == len(s) {
					goto found
				}
				if r, _ := firstRune(s[j+1:]); isJSLineTerminator(r) {
					goto found
				}
				continue
			found:
				b.WriteString(s[copied:ls])
				b.WriteString(s[ls+1 : j])
				copied = j + 1
				i = j + 1
				goto next
			}
		}
		{
			_, n := firstRune(s[ls:])
			i = ls + n
		}
	next:
	}
	if copied == 0 {
		return s
	}
	b.WriteString(s[copied:])
	return b.String()
}

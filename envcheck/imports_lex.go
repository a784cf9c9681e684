package envcheck

// The import lexer finds the import records esbuild would make for a source
// file (import and export-from statements, require() and import() calls)
// without parsing it, so the graph can hand esbuild a stub of a few import
// lines instead of the file. It works on mask()'s output, so nothing inside
// comments, strings, templates or regular expressions counts. Whenever it
// cannot be sure what esbuild would record, it says so (ok false) and the
// graph gives esbuild the real file.

import (
	"bytes"
	"strings"
	"sync"
	"unicode/utf8"
)

// importKind is the kind of import record, as esbuild tells them apart
// (package.json "exports" conditions differ between them).
type importKind uint8

const (
	kindStatement importKind = iota // import ... from 'x', import 'x', export ... from 'x'
	kindRequire                     // require('x')
	kindDynamic                     // import('x')
)

// importRecord is one import esbuild records for a file.
type importRecord struct {
	Spec string
	Kind importKind
	Line int // 1-based line of the specifier
}

// flavor is how esbuild reads a file: which syntax, and whether TypeScript
// drops imports used only as types.
type flavor uint8

const (
	flavorJS  flavor = iota // .mjs, .cjs
	flavorJSX               // .js, .jsx (the graph loads .js with the JSX loader)
	flavorTS                // .ts, .mts, .cts, and .vue/.svelte scripts
	flavorTSX               // .tsx
)

func (f flavor) ts() bool { return f == flavorTS || f == flavorTSX }

// token is one token of masked source.
type token struct {
	kind       byte // 'i' identifier or keyword, 'n' number, 's' string or template without ${}, 't' template with ${}, 'p' punctuation
	start, end int
	depth      int // brace depth
}

// tokenize splits masked source into tokens. Operators are runs of
// operator characters ("=>", "?.", "===", "...").
func tokenize(m []byte, toks []token) []token {
	var tmpl []int // brace depth at each open ${ of a template
	depth := 0
	n := len(m)
	// templatePart scans template text from i (after ` or }) and returns
	// where it ends and whether a ${ opened.
	templatePart := func(i int) (int, bool) {
		for i < n {
			switch {
			case m[i] == '`':
				return i + 1, false
			case m[i] == '$' && i+1 < n && m[i+1] == '{':
				return i + 2, true
			}
			i++
		}
		return n, false
	}
	// run adds the token of kind starting at i and going on while in.
	run := func(i int, kind byte, in func(byte) bool) int {
		j := i + 1
		for j < n && in(m[j]) {
			j++
		}
		toks = append(toks, token{kind, i, j, depth})
		return j
	}
	for i := 0; i < n; {
		c := m[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == maskByte:
			i++
		case isIdentStart(c):
			i = run(i, 'i', isIdentPart)
		case c >= '0' && c <= '9':
			i = run(i, 'n', func(c byte) bool { return isIdentPart(c) || c == '.' })
		case c == '\'' || c == '"':
			j := i + 1
			for j < n && m[j] != c && m[j] != '\n' {
				j++
			}
			if j < n && m[j] == c {
				j++
			}
			toks = append(toks, token{'s', i, j, depth})
			i = j
		case c == '`':
			j, open := templatePart(i + 1)
			if !open {
				toks = append(toks, token{'s', i, j, depth})
			} else {
				toks = append(toks, token{'t', i, j, depth})
				tmpl = append(tmpl, depth)
			}
			i = j
		case c == '}' && len(tmpl) > 0 && tmpl[len(tmpl)-1] == depth:
			tmpl = tmpl[:len(tmpl)-1]
			j, open := templatePart(i + 1)
			if open {
				tmpl = append(tmpl, depth)
			}
			i = j
		case c == '{' || c == '}' || c == '(' || c == ')' || c == '[' || c == ']' || c == ';' || c == ',' || c == ':':
			if c == '}' {
				depth--
			}
			toks = append(toks, token{'p', i, i + 1, depth})
			if c == '{' {
				depth++
			}
			i++
		case isOperator(c):
			i = run(i, 'p', isOperator)
		default:
			i++ // a lone backslash or stray byte: nothing esbuild would import
		}
	}
	return toks
}

func isOperator(c byte) bool { return operators[c] }

var operators = func() (t [256]bool) {
	for _, c := range []byte("=+-*/%<>!&|^~?.@#") {
		t[c] = true
	}
	return t
}()

// importLexer holds one file's tokens while its imports are collected.
type importLexer struct {
	src, m []byte
	toks   []token
	fl     flavor
	pkg    bool  // inside node_modules
	encl   []int // index of the innermost enclosing ( [ { token, or -1
	match  []int // for an opening bracket, the index of its closer, or -1
	inDecl []bool
	// lineOff and lineNo: the last offset line was asked about, and its
	// line (the next question is usually close by).
	lineOff, lineNo int
}

// lexers recycles the lexer's buffers: a graph lexes thousands of files.
var lexers = sync.Pool{New: func() any { return new(importLexer) }}

// line returns the 1-based line of byte offset off, counting newlines
// from the last offset asked about.
func (l *importLexer) line(off int) int {
	if l.lineNo == 0 {
		l.lineOff, l.lineNo = 0, 1
	}
	if off >= l.lineOff {
		l.lineNo += bytes.Count(l.src[l.lineOff:off], newline)
	} else {
		l.lineNo -= bytes.Count(l.src[off:l.lineOff], newline)
	}
	l.lineOff = off
	return l.lineNo
}

var newline = []byte{'\n'}

// grow returns s resized to n, reusing its array when it can.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

func (l *importLexer) text(k int) string {
	if k < 0 || k >= len(l.toks) {
		return ""
	}
	t := l.toks[k]
	return string(l.m[t.start:t.end])
}

func (l *importLexer) is(k int, s string) bool {
	if k < 0 || k >= len(l.toks) {
		return false
	}
	t := l.toks[k]
	return t.end-t.start == len(s) && string(l.m[t.start:t.end]) == s
}

func (l *importLexer) kind(k int) byte {
	if k < 0 || k >= len(l.toks) {
		return 0
	}
	return l.toks[k].kind
}

// member reports whether token k follows a property access (a.k, a?.k, #k).
func (l *importLexer) member(k int) bool {
	if l.kind(k-1) != 'p' {
		return false
	}
	t := l.toks[k-1]
	last := l.m[t.end-1]
	return (last == '.' || last == '#') && !(t.end-t.start == 3 && l.m[t.start] == '.' && l.m[t.start+1] == '.')
}

// keyword reports whether identifier token t may be one the import
// lexer acts on (a cheap filter before comparing text).
func (l *importLexer) keyword(t token) bool {
	switch n := t.end - t.start; l.m[t.start] {
	case 'i', 'e', 'r':
		return n == 6 || n == 7
	case 't':
		return n == 3
	case 'd':
		return n == 7
	}
	return false
}

// literal returns the value of string token k when esbuild would take it
// as a module specifier as written (no escapes, terminated).
func (l *importLexer) literal(k int) (string, bool) {
	if l.kind(k) != 's' {
		return "", false
	}
	t := l.toks[k]
	if t.end-t.start < 2 || l.src[t.end-1] != l.src[t.start] {
		return "", false
	}
	v := l.src[t.start+1 : t.end-1]
	for _, c := range v {
		if c == '\\' || c < ' ' {
			return "", false
		}
	}
	if !utf8.Valid(v) || strings.ContainsRune(string(v), '"') && strings.ContainsRune(string(v), '\'') {
		return "", false // esbuild would rewrite it; it names no file anyway
	}
	return string(v), true
}

// brackets fills encl and match, and reports whether every bracket,
// string and template is closed: a file being edited often is not, and
// esbuild should then parse it and report where.
func (l *importLexer) brackets() bool {
	balanced := true
	l.encl = grow(l.encl, len(l.toks))
	l.match = grow(l.match, len(l.toks))
	var stack []int
	for k, t := range l.toks {
		l.match[k] = -1
		l.encl[k] = -1
		if len(stack) > 0 {
			l.encl[k] = stack[len(stack)-1]
		}
		if t.kind == 's' && (t.end-t.start < 2 || l.m[t.end-1] != l.m[t.start]) {
			balanced = false
		}
		if t.kind != 'p' || t.end-t.start != 1 {
			continue
		}
		switch c := l.m[t.start]; c {
		case '(', '[', '{':
			stack = append(stack, k)
		case ')', ']', '}':
			if len(stack) > 0 {
				o := stack[len(stack)-1]
				if open := l.m[l.toks[o].start]; open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}' {
					l.match[o] = k
					stack = stack[:len(stack)-1]
					l.encl[k] = -1
					if len(stack) > 0 {
						l.encl[k] = stack[len(stack)-1]
					}
					continue
				}
			}
			balanced = false
		}
	}
	return balanced && len(stack) == 0
}

// importDecl is an import declaration with bindings, whose record
// TypeScript may drop.
type importDecl struct {
	rec      importRecord
	names    []string // local value bindings
	typeOnly bool     // import type ..., or every specifier is `type X`, or import {} from
}

// importRecords returns the import records esbuild would make for src read
// as fl, in source order, with ok false when it cannot tell for sure.
// In a package (pkg), esbuild resolves relative imports itself and forgives
// a failed one inside try or with .catch: those files are left to it.
func importRecords(src []byte, fl flavor, pkg bool) (recs []importRecord, ok bool) {
	return importRecordsMasked(src, mask(src), fl, pkg)
}

// importRecordsMasked is importRecords for source already masked.
func importRecordsMasked(src, m []byte, fl flavor, pkg bool) (recs []importRecord, ok bool) {
	l := lexers.Get().(*importLexer)
	defer func() {
		l.src, l.m = nil, nil
		lexers.Put(l)
	}()
	l.src, l.m, l.fl, l.pkg, l.lineNo = src, m, fl, pkg, 0
	l.toks = tokenize(m, l.toks[:0])
	if !l.brackets() {
		return nil, false
	}
	var decls []importDecl
	l.inDecl = grow(l.inDecl, len(l.toks))
	clear(l.inDecl)
	inDecl := l.inDecl        // tokens of import declarations: not uses
	used := map[string]bool{} // names certainly used as values (exports)
	var tries []int           // brace depths of open try blocks
	for k := 0; k < len(l.toks); k++ {
		t := l.toks[k]
		for len(tries) > 0 && t.depth < tries[len(tries)-1] {
			tries = tries[:len(tries)-1]
		}
		if t.kind != 'i' || !l.keyword(t) || l.member(k) {
			continue
		}
		switch string(l.m[t.start:t.end]) {
		case "declare":
			if fl.ts() && (l.is(k+1, "module") || l.is(k+1, "global") || l.is(k+1, "namespace")) {
				return nil, false // ambient declarations import types only
			}
		case "try":
			if l.is(k+1, "{") {
				tries = append(tries, t.depth+1)
				k++ // past the {, which is still outside
			}
		case "import":
			switch {
			case l.is(k+1, "("):
				r, ok := l.call(k, kindDynamic, len(tries) > 0)
				if !ok {
					return nil, false
				}
				if r != nil {
					recs = append(recs, *r)
				}
			case strings.HasPrefix(l.text(k+1), "."): // import.meta
			case l.kind(k+1) == 's':
				spec, ok := l.literal(k + 1)
				if !ok || l.attributes(k+2) {
					return nil, false
				}
				recs = append(recs, importRecord{spec, kindStatement, l.line(l.toks[k+1].start)})
			default:
				d, end, ok := l.decl(k)
				if !ok {
					return nil, false
				}
				for j := k; j <= end; j++ {
					inDecl[j] = true
				}
				if !fl.ts() {
					recs = append(recs, d.rec)
				} else {
					decls = append(decls, d)
					recs = append(recs, importRecord{}) // placeholder, decided below
				}
				k = end
			}
		case "export":
			end, ok := l.export(k, &recs, used)
			if !ok {
				return nil, false
			}
			k = end
		case "require":
			switch {
			case l.is(k+1, "("):
				if l.is(k-1, "function") {
					return nil, false
				}
				r, ok := l.call(k, kindRequire, len(tries) > 0)
				if !ok || r == nil {
					return nil, false
				}
				recs = append(recs, *r)
			case strings.HasPrefix(l.text(k+1), "."), l.is(k-1, "typeof"):
			default:
				return nil, false // require declared, passed or assigned: esbuild may not see calls as imports
			}
		}
	}
	if len(decls) == 0 {
		return recs, true
	}
	// TypeScript: a declaration stays only when one of its bindings is
	// used as a value. Decide each, or give up.
	names := map[string]bool{}
	for _, d := range decls {
		for _, n := range d.names {
			names[n] = true
		}
	}
	seen, shadowed := map[string]bool{}, map[string]bool{}
	for k, t := range l.toks {
		if t.kind != 'i' || inDecl[k] || !names[string(l.m[t.start:t.end])] || l.member(k) {
			continue
		}
		switch n := l.text(k); {
		case shadowed[n]:
		case l.declares(k):
			shadowed[n] = true // a local of the same name: which uses are the import's?
		case used[n]:
		case l.valueUse(k):
			used[n] = true
		case !l.typeUse(k):
			seen[n] = true // neither: not sure
		}
	}
	out := recs[:0]
	di := 0
	for _, r := range recs {
		if r != (importRecord{}) {
			out = append(out, r)
			continue
		}
		d := decls[di]
		di++
		if d.typeOnly {
			continue
		}
		keep, unsure := false, false
		for _, n := range d.names {
			switch {
			case shadowed[n]:
				unsure = true
			case used[n]:
				keep = true
			case seen[n] || fl == flavorTSX: // in .tsx an unused name may be the JSX factory
				unsure = true
			}
		}
		if keep {
			out = append(out, d.rec)
		} else if unsure {
			return nil, false
		}
	}
	return out, true
}

// call reads import('x') or require('x') at token k. A nil record with ok
// true is an import() esbuild does not record (a TypeScript type).
func (l *importLexer) call(k int, kind importKind, inTry bool) (*importRecord, bool) {
	spec, ok := l.literal(k + 2)
	if !ok || !(l.is(k+3, ")") || kind == kindDynamic && l.is(k+3, ",")) {
		return nil, false // computed, concatenated or templated: esbuild may glob it
	}
	close := l.match[k+1]
	if close < 0 {
		return nil, false
	}
	after := l.text(close + 1)
	chained := after == "." && (l.is(close+2, "then") || l.is(close+2, "catch") || l.is(close+2, "finally"))
	if l.pkg && isRelative(spec) && (inTry || chained) {
		return nil, false // esbuild tolerates a failed import here; let it decide
	}
	if kind == kindDynamic && l.fl.ts() && !chained {
		// import('x') is also a type: let t: import('x').T, typeof import('x').
		switch p := l.text(k - 1); {
		case p == "await" || p == "return" || p == "=>" || p == "(":
		case (p == "=" && !l.typeAlias(k-1) || p == "[" || p == ",") && after != "." && after != "[" && after != "<":
		default:
			return nil, false
		}
	}
	return &importRecord{spec, kind, l.line(l.toks[k+2].start)}, true
}

// attributes reports import attributes (with {...}, assert {...}) at k.
func (l *importLexer) attributes(k int) bool {
	return (l.is(k, "with") || l.is(k, "assert")) && l.is(k+1, "{") &&
		l.line(l.toks[k].start) == l.line(l.toks[k-1].start)
}

// decl reads the import declaration at k and returns its last token.
func (l *importLexer) decl(k int) (importDecl, int, bool) {
	var d importDecl
	j := k + 1
	if l.is(j, "type") && !l.is(j+1, "from") && !l.is(j+1, ",") {
		if !l.fl.ts() {
			return d, 0, false
		}
		d.typeOnly = true
		j++
	}
	if l.kind(j) == 'i' && !l.is(j, "from") || l.is(j, "from") && l.is(j+1, "from") || l.is(j, "from") && l.is(j+1, ",") {
		if l.is(j+1, "=") {
			return d, 0, false // import x = require('y'): TypeScript's own rules
		}
		d.names = append(d.names, l.text(j))
		j++
		if l.is(j, ",") {
			j++
		}
	}
	switch {
	case l.is(j, "*"):
		if !l.is(j+1, "as") || l.kind(j+2) != 'i' {
			return d, 0, false
		}
		d.names = append(d.names, l.text(j+2))
		j += 3
	case l.is(j, "{"):
		close := l.match[j]
		if close < 0 {
			return d, 0, false
		}
		types, specs := 0, 0
		for s := j + 1; s < close; {
			e := s
			for e < close && !l.is(e, ",") {
				e++
			}
			n := e - s // tokens in this specifier
			switch {
			case n == 0:
			case l.is(s, "type") && (n == 2 || n == 4 && l.is(s+2, "as")):
				types++
				specs++
			case n == 1 && l.kind(s) == 'i':
				d.names = append(d.names, l.text(s))
				specs++
			case n == 3 && l.is(s+1, "as") && l.kind(s+2) == 'i':
				d.names = append(d.names, l.text(s+2))
				specs++
			default:
				return d, 0, false
			}
			s = e + 1
		}
		if types > 0 && !l.fl.ts() {
			return d, 0, false // TypeScript syntax in JavaScript: esbuild reports it
		}
		if len(d.names) == 0 && (specs == types) {
			d.typeOnly = true // import {} from, import { type A } from
		}
		j = close + 1
	}
	if !l.is(j, "from") {
		return d, 0, false
	}
	spec, ok := l.literal(j + 1)
	if !ok || l.attributes(j+2) {
		return d, 0, false
	}
	d.rec = importRecord{spec, kindStatement, l.line(l.toks[j+1].start)}
	if !l.fl.ts() && len(d.names) == 0 && !d.typeOnly {
		return d, 0, false
	}
	return d, j + 1, true
}

// export reads the export statement at k: export-from adds a record, a
// local export clause marks its names used. It returns the last token read.
func (l *importLexer) export(k int, recs *[]importRecord, used map[string]bool) (int, bool) {
	j := k + 1
	switch {
	case l.is(j, "type"):
		if !l.fl.ts() {
			return 0, false
		}
		return j, true // export type {..} (from), export type * from, export type X =: no records
	case l.is(j, "import"):
		return 0, false
	case l.is(j, "default"):
		if l.kind(j+1) == 'i' {
			used[l.text(j+1)] = true
		}
		return j, true
	case l.is(j, "*"):
		j++
		if l.is(j, "as") {
			j += 2
		}
	case l.is(j, "{"):
		close := l.match[j]
		if close < 0 {
			return 0, false
		}
		if !l.is(close+1, "from") {
			for s := j + 1; s < close; s++ {
				if l.kind(s) == 'i' && !l.is(s, "type") && !l.is(s-1, "as") && (l.is(s-1, "{") || l.is(s-1, ",")) {
					used[l.text(s)] = true
				}
			}
			return close, true
		}
		j = close + 1
	default:
		return k, true // export const/function/class ...
	}
	if !l.is(j, "from") {
		return 0, false
	}
	spec, ok := l.literal(j + 1)
	if !ok || l.attributes(j+2) {
		return 0, false
	}
	*recs = append(*recs, importRecord{spec, kindStatement, l.line(l.toks[j+1].start)})
	return j + 1, true
}

// typeAlias reports whether the "=" at token k ends `type Name =`.
func (l *importLexer) typeAlias(k int) bool {
	return l.kind(k-1) == 'i' && l.is(k-2, "type") || l.is(k-1, ">")
}

// importStub returns JavaScript with the same import records as src on the
// same lines and nothing else, or ok false when the lexer is not sure.
func importStub(src, m []byte, fl flavor, pkg bool) (string, bool) {
	recs, ok := importRecordsMasked(src, m, fl, pkg)
	if !ok {
		return "", false
	}
	var b strings.Builder
	line := 1
	for _, r := range recs {
		for ; line < r.Line; line++ {
			b.WriteByte('\n')
		}
		q := `"` + r.Spec + `"` // literal() let through no backslash or control character
		if strings.Contains(r.Spec, `"`) {
			q = "'" + r.Spec + "'"
		}
		switch r.Kind {
		case kindStatement:
			b.WriteString("import " + q + ";")
		case kindRequire:
			b.WriteString("require(" + q + ");")
		case kindDynamic:
			b.WriteString("import(" + q + ");")
		}
	}
	return b.String(), true
}

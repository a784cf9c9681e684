package envcheck

// TypeScript drops an import whose bindings are used only as types. The
// import lexer keeps such an import only when a binding is certainly used
// as a value, drops it when every use is certainly a type, and otherwise
// leaves the file to esbuild. These are the cheap, conservative tests.

import "strings"

// valueKeywords are keywords after which an identifier is an expression.
var valueKeywords = map[string]bool{"return": true, "await": true, "throw": true, "yield": true, "case": true,
	"void": true, "delete": true, "of": true, "new": true, "else": true, "do": true}

// valueOps are operators that only appear between expressions, never in a type.
var valueOps = map[string]bool{"==": true, "===": true, "!=": true, "!==": true, "&&": true, "||": true, "??": true,
	"!": true, "+": true, "-": true, "*": true, "/": true, "%": true, "**": true, "+=": true, "-=": true,
	"&&=": true, "||=": true, "??=": true, "@": true}

// valueUse reports whether identifier k is certainly a TypeScript value
// use (which keeps its import); false means a type use, a declaration, or
// not sure.
func (l *importLexer) valueUse(k int) bool {
	p := l.text(k - 1)
	pk := l.kind(k - 1)
	// Follow a member chain: N.a.b
	j := k + 1
	for l.is(j, ".") || l.is(j, "?.") {
		if l.kind(j+1) != 'i' {
			break
		}
		j += 2
	}
	chain := j > k+1
	next := l.text(j)
	switch {
	case pk == 'i' && valueKeywords[p], pk == 'p' && valueOps[p]:
		return true
	case pk == 'i' && p == "typeof":
		q := l.text(k - 2)
		return q == "(" || valueOps[q] || q == "return"
	}
	if pk == 'i' && p != "in" && p != "typeof" { // function N(, get N(, async N(, type N =
		return false
	}
	if next == "(" || l.kind(j) == 's' && l.src[l.toks[j].start] == '`' || l.kind(j) == 't' {
		// A call or tagged template: a value, unless N( starts a method
		// definition or signature.
		if chain {
			return true
		}
		if next != "(" {
			return true
		}
		close := l.match[j]
		if close < 0 {
			return false
		}
		after := l.text(close + 1)
		return after != "{" && after != ":" && after != "=>"
	}
	if chain && (next == "=" || strings.HasSuffix(next, "=") && valueOps[next]) {
		return true // N.x = 1
	}
	if l.fl == flavorTSX && p == "<" {
		return l.jsxTag(k, j)
	}
	switch p {
	case "=":
		if l.typeAlias(k-1) || l.is(k-3, "<") || l.is(k-3, ",") || l.kind(k-2) != 'i' {
			return false
		}
		return next == ";" || next == ")" || next == "}" || next == "," || next == "" ||
			l.line(l.toks[j].start) > l.line(l.toks[j-1].start)
	case "(", ",":
		if next != ")" && next != "," {
			return false
		}
		o := l.encl[k]
		return o >= 0 && l.is(o, "(") && l.callArgs(o)
	}
	return false
}

// declares reports whether identifier k may declare a local of its name
// (let N, function N, a parameter, a destructured binding, N =>).
func (l *importLexer) declares(k int) bool {
	if l.is(k+1, "=>") {
		return true
	}
	if l.kind(k-1) == 'i' {
		switch l.text(k - 1) {
		case "let", "const", "var", "function", "class", "enum", "namespace", "module", "interface", "type":
			return true
		}
		return false
	}
	if p := l.text(k - 1); p != "(" && p != "," && p != "{" && p != "[" && p != "..." {
		return false
	}
	for o := l.encl[k]; o >= 0; o = l.encl[o] {
		switch l.text(o) {
		case "(":
			return !l.callArgs(o) // parameters, or a parenthesized expression: not sure
		case "{", "[":
			switch l.text(o - 1) {
			case "let", "const", "var":
				return true
			case "(", ",", ":", "{", "[", "...", "=":
				continue // a nested pattern, or an object or array literal
			}
			return false
		}
	}
	return false
}

// typeUse reports whether identifier k is certainly not a value use: a
// type (x as N, x: N = v, (a: N) =>, Array<N>) or a binding.
func (l *importLexer) typeUse(k int) bool {
	p := l.text(k - 1)
	if l.kind(k-1) == 'i' {
		switch p {
		case "as", "satisfies", "implements", "keyof", "is", "infer":
			return true
		}
		return false
	}
	j := k + 1 // past a qualified name: N.T
	for l.is(j, ".") && l.kind(j+1) == 'i' {
		j += 2
	}
	next := l.text(j)
	switch p {
	case "<": // Array<N>, Map<N, V>
		return l.kind(k-2) == 'i' && !valueKeywords[l.text(k-2)] && (next == ">" || next == ",")
	case ",": // Map<K, N>
		if next != ">" {
			return false
		}
		b := k - 2
		for l.kind(b) == 'i' || l.is(b, ".") || l.is(b, ",") {
			b--
		}
		return l.is(b, "<") && l.kind(b-1) == 'i' && !valueKeywords[l.text(b-1)]
	case ":":
		before := k - 2 // the annotated name, or ) of a return type
		if l.is(before, "?") {
			before--
		}
		switch {
		case next == "=":
			return true // let x: N = v, (a: N = v), {a: N = v} (a binding)
		case l.is(before, ")"):
			return next == "{" || next == "=>" // function f(): N {, (): N =>
		case l.kind(before) != 'i':
			return false
		case l.is(before-1, "(") || l.is(before-1, ","): // a parameter
			o := l.encl[k]
			return o >= 0 && l.is(o, "(") && !l.callArgs(o) && l.is(before-1, "(") == (o == before-1) &&
				(next == ")" || next == "," || next == "[" || next == "|" || next == "&" || next == "<")
		case next == ";":
			switch l.text(before - 1) {
			case "let", "const", "var", "{", ";", "}", "readonly", "public", "private", "protected", "static", "declare":
				return true // let x: N; and members of a class, interface or type
			}
		}
	}
	return false
}

// callArgs reports whether the ( at token o opens a call's arguments, not
// parameters or a type.
func (l *importLexer) callArgs(o int) bool {
	callee := o - 1
	switch {
	case l.kind(callee) == 'i':
		switch l.text(callee) {
		case "if", "while", "switch":
			return true
		case "function", "for", "catch", "with", "return", "typeof", "await", "in", "of", "async", "get", "set", "constructor":
			return false
		}
		if l.is(callee-1, "function") {
			return false
		}
	case l.is(callee, ")"):
	default:
		return false
	}
	close := l.match[o]
	if close < 0 {
		return false
	}
	after := l.text(close + 1)
	return after != "{" && after != ":" && after != "=>"
}

// jsxTag reports whether <N at k (chain end j) opens a JSX element.
func (l *importLexer) jsxTag(k, j int) bool {
	switch l.text(k - 2) {
	case "(", "return", "=", "?", ":", "&&", "||", "=>", "{", ",", "[", ">":
	default:
		return false
	}
	switch next := l.text(j); {
	case next == "/>":
		return true
	case next == ">":
		return !l.is(j+1, "(")
	case l.kind(j) == 'i' && next != "extends":
		return l.is(j+1, "=") || l.is(j+1, "/>") || l.is(j+1, ">")
	}
	return false
}

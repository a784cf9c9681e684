package envcheck

import (
	"regexp"
	"strings"
)

// Single-file components (.vue, .svelte) use imports in their markup:
// `import Chat from './Chat.vue'` in <script setup lang="ts"> is used only
// by <Chat/>. Vue's and Svelte's compilers keep such imports; TypeScript's
// rules alone (esbuild's, the import lexer's) would drop them as unused, and
// the graph would miss whatever the component imports.

var (
	reSFCBlock = regexp.MustCompile(`(?is)<(script|style)\b[^>]*>.*?</(script|style)\s*>`)
)

// markupUses returns script with a value use appended for every binding it
// imports (not `import type` nor `type X`) that the component's markup
// mentions by name (<Chat>, {{ format(x) }}) or, for Vue, in kebab case
// (<chat-panel> for ChatPanel).
func markupUses(src []byte, script string) string {
	markup := reSFCBlock.ReplaceAllString(string(src), "")
	var used []string
	for _, name := range importedBindings(script) {
		if !isIdent(name) {
			continue
		}
		if mentions(markup, name) || (strings.ContainsAny(name[:1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") && strings.Contains(markup, "<"+kebab(name))) {
			used = append(used, name)
		}
	}
	if len(used) == 0 {
		return script
	}
	return script + "\n;void [" + strings.Join(used, ", ") + "];\n"
}

// importedBindings lists the local value bindings of script's static
// import declarations, as the import lexer reads them (its decl: not
// `import type`, not `type X` specifiers).
func importedBindings(script string) []string {
	src := []byte(script)
	l := lexers.Get().(*importLexer)
	defer func() {
		l.src, l.m = nil, nil
		lexers.Put(l)
	}()
	l.src, l.m, l.fl, l.pkg, l.lineNo = src, mask(src), flavorTS, false, 0
	l.toks = tokenize(l.m, l.toks[:0])
	if !l.brackets() {
		return nil // unbalanced: esbuild parses the real script and reports it
	}
	l.inDecl = grow(l.inDecl, len(l.toks))
	clear(l.inDecl)
	var names []string
	for k := 0; k < len(l.toks); k++ {
		if !l.is(k, "import") || l.member(k) || l.is(k+1, "(") || l.kind(k+1) == 's' || strings.HasPrefix(l.text(k+1), ".") {
			continue
		}
		if d, end, ok := l.decl(k); ok {
			if !d.typeOnly {
				names = append(names, d.names...)
			}
			k = end
		}
	}
	return names
}

func isIdent(s string) bool {
	for i, c := range s {
		if !(c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9' || c > 127) {
			return false
		}
	}
	return s != ""
}

// mentions reports whether name occurs in text as a whole identifier.
func mentions(text, name string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], name)
		if k < 0 {
			return false
		}
		k += i
		before, after := byte(' '), byte(' ')
		if k > 0 {
			before = text[k-1]
		}
		if e := k + len(name); e < len(text) {
			after = text[e]
		}
		if !identByte(before) && !identByte(after) {
			return true
		}
		i = k + 1
	}
}

func identByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// kebab turns ChatPanel into chat-panel, as Vue resolves component tags.
func kebab(name string) string {
	var b strings.Builder
	for i, c := range name {
		if c >= 'A' && c <= 'Z' {
			if i > 0 {
				b.WriteByte('-')
			}
			c += 'a' - 'A'
		}
		b.WriteRune(c)
	}
	return b.String()
}

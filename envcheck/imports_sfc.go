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
	reSFCBlock  = regexp.MustCompile(`(?is)<(script|style)\b[^>]*>.*?</(script|style)\s*>`)
	reImportEnd = regexp.MustCompile(`\bfrom\b`)
)

// markupUses returns script with a value use appended for every binding it
// imports (not `import type` nor `type X`) that the component's markup
// mentions by name (<Chat>, {{ format(x) }}) or, for Vue, in kebab case
// (<chat-panel> for ChatPanel).
func markupUses(src []byte, script string) string {
	markup := reSFCBlock.ReplaceAllString(string(src), "")
	var used []string
	for _, name := range importedBindings(string(mask([]byte(script)))) {
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

// importedBindings lists the local names of masked script's static imports.
func importedBindings(m string) []string {
	var names []string
	for _, loc := range reImportKeyword.FindAllStringIndex(m, -1) {
		rest := m[loc[1]:]
		end := reImportEnd.FindStringIndex(rest)
		if end == nil || strings.ContainsAny(rest[:end[0]], ";'\"`()") {
			continue // import 'x', import(), or not an import declaration
		}
		clause := strings.TrimSpace(rest[:end[0]])
		if strings.HasPrefix(clause, "type ") || strings.HasPrefix(clause, "type{") {
			continue
		}
		if i := strings.Index(clause, "{"); i >= 0 {
			j := strings.Index(clause, "}")
			if j < i {
				continue
			}
			for _, spec := range strings.Split(clause[i+1:j], ",") {
				// x | x as y | type x (type-only) | type as y (the export
				// named "type") | type x as y (type-only)
				switch f := strings.Fields(spec); {
				case len(f) == 1:
					names = append(names, f[0])
				case len(f) == 3 && f[1] == "as":
					names = append(names, f[2])
				}
			}
			clause = clause[:i] + clause[j+1:]
		}
		for _, part := range strings.Split(clause, ",") {
			f := strings.Fields(part)
			switch {
			case len(f) == 3 && f[0] == "*" && f[1] == "as":
				names = append(names, f[2])
			case len(f) == 1 && isIdent(f[0]):
				names = append(names, f[0])
			}
		}
	}
	return names
}

var reImportKeyword = regexp.MustCompile(`(?m)(?:^|[;}\s])import\b`)

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

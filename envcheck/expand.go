package envcheck

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// This file reproduces the dotenv-expand that Vite bundles (a patched
// 12.x), including the parts a careful reader would not guess: the first
// occurrence of a template is replaced (not the one matched), the
// replacement goes through String.prototype.replace's $-patterns, and a
// name that JavaScript finds on Object.prototype (toString, constructor, ...)
// is a function, not a miss.

// ErrExpandHang means Vite itself would loop forever expanding a value.
var ErrExpandHang = errors.New("expansion never finishes")

// ErrExpandTooLarge means a value grows past maxExpandValue while
// expanding ($` and $' in a value copy the text around the template): Vite
// may get there, slowly, or fail with "Invalid string length"; envcheck
// stops and says so.
var ErrExpandTooLarge = errors.New("expanded value grows beyond 1 MiB")

// maxExpandValue bounds the length of one value while expanding.
const maxExpandValue = 1 << 20

// maxExpandSteps bounds the expansion loop of one value; Vite has no bound.
// A real value resolves one template per step, so this is far beyond use.
const maxExpandSteps = 10000

// maxExpandWork bounds the bytes scanned while expanding one value: a value
// that keeps growing (Vite never returns) is detected in well under a second.
const maxExpandWork = 64 << 20

// jsObject is a string map with JavaScript's own-property order: integer
// indices ascending, then other keys in insertion order.
type jsObject struct {
	keys []string
	vals map[string]string
}

func newJSObject() *jsObject { return &jsObject{vals: map[string]string{}} }

func (o *jsObject) set(k, v string) {
	if k == "__proto__" {
		return // obj[k] = string is ignored by JavaScript
	}
	if _, ok := o.vals[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.vals[k] = v
}

func (o *jsObject) get(k string) (string, bool) { v, ok := o.vals[k]; return v, ok }

// ordered returns the keys in JavaScript's enumeration order.
func (o *jsObject) ordered() []string {
	var idx, rest []string
	for _, k := range o.keys {
		if _, ok := isArrayIndex(k); ok {
			idx = append(idx, k)
		} else {
			rest = append(rest, k)
		}
	}
	sort.Slice(idx, func(i, j int) bool {
		a, _ := isArrayIndex(idx[i])
		b, _ := isArrayIndex(idx[j])
		return a < b
	})
	return append(idx, rest...)
}

// protoKind says what a lookup of a name missing from an object gives.
type protoKind int

const (
	protoNone        protoKind = iota // undefined
	protoConstructor                  // Object: replace() leaves the template, Vite hangs
	protoToString                     // gives "[object Undefined]"
	protoIsPrototype                  // gives "false"
	protoObject                       // __proto__: "[object Object]"
	protoThrows                       // TypeError: Vite's loadEnv throws
)

func protoLookup(name string) protoKind {
	switch name {
	case "constructor":
		return protoConstructor
	case "toString":
		return protoToString
	case "isPrototypeOf":
		return protoIsPrototype
	case "__proto__":
		return protoObject
	case "hasOwnProperty", "propertyIsEnumerable", "toLocaleString", "valueOf",
		"__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__":
		return protoThrows
	}
	return protoNone
}

// ExpandError is a value Vite cannot expand: loadEnv throws or never returns.
type ExpandError struct {
	Key, Name string // the variable being expanded, the name that breaks it
	Err       error
}

func (e *ExpandError) Error() string {
	return fmt.Sprintf("expanding %s: ${%s}: %v", e.Key, e.Name, e.Err)
}
func (e *ExpandError) Unwrap() error { return e.Err }

// expandAll is dotenv-expand's expand({parsed, processEnv}) as Vite calls
// it: every key in order, process values (non-empty, different) taking
// precedence, then `\$` unescaped. parsed is updated in place.
func expandAll(parsed *jsObject, processEnv map[string]string) error {
	for _, key := range parsed.ordered() {
		value, _ := parsed.get(key)
		pv, own := processEnv[key]
		switch {
		case own && pv != "" && pv != value:
			value = pv
		case !own && protoLookup(key) != protoNone:
			// processEnv[key] is a function or object: truthy and !== value,
			// then value.replace is not a function.
			return &ExpandError{Key: key, Name: key, Err: errors.New("TypeError: value.replace is not a function")}
		default:
			var err error
			value, err = expandValue(value, processEnv, parsed)
			if err != nil {
				var ee *ExpandError
				if errors.As(err, &ee) {
					ee.Key = key
				}
				return err
			}
		}
		parsed.vals[key] = strings.ReplaceAll(value, `\$`, "$")
	}
	return nil
}

// findTemplate finds the leftmost (?<!\\)\${([^{}]+)}|(?<!\\)\$([A-Za-z_][A-Za-z0-9_]*)
// in s and returns the template and the expression inside it.
func findTemplate(s string) (template, expr string, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] != '$' || (i > 0 && s[i-1] == '\\') {
			continue
		}
		if i+1 < len(s) && s[i+1] == '{' {
			j := i + 2
			for j < len(s) && s[j] != '{' && s[j] != '}' {
				j++
			}
			if j < len(s) && s[j] == '}' && j > i+2 {
				return s[i : j+1], s[i+2 : j], true
			}
		}
		if i+1 < len(s) && expandIdentStart(s[i+1]) {
			j := i + 2
			for j < len(s) && (expandIdentStart(s[j]) || (s[j] >= '0' && s[j] <= '9')) {
				j++
			}
			return s[i:j], s[i+1 : j], true
		}
	}
	return "", "", false
}

func expandIdentStart(c byte) bool {
	return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
}

// splitOperator is expression.split(splitter) with splitter the first of
// ":+", "+", ":-", "-" (or, with none, the string "null" that
// split(null) uses): the name and what follows the first occurrence.
func splitOperator(expr string) (name, op, rest string) {
	op = "null"
scan:
	for i := 0; i < len(expr); i++ {
		switch {
		case strings.HasPrefix(expr[i:], ":+"):
			op = ":+"
		case expr[i] == '+':
			op = "+"
		case strings.HasPrefix(expr[i:], ":-"):
			op = ":-"
		case expr[i] == '-':
			op = "-"
		default:
			continue
		}
		break scan
	}
	if i := strings.Index(expr, op); i >= 0 {
		return expr[:i], op, expr[i+len(op):]
	}
	return expr, op, ""
}

// jsReplaceFirst is s.replace(template, repl) for a string pattern and a
// string replacement, with $$, $&, $` and $' honoured. ok is false when the
// result would be longer than maxExpandValue.
func jsReplaceFirst(s, template, repl string) (string, bool) {
	at := strings.Index(s, template)
	if at < 0 {
		return s, true
	}
	before, after := s[:at], s[at+len(template):]
	// First the size, so a doubling replacement is refused before it is built.
	size := len(before) + len(after)
	for i := 0; i < len(repl); i++ {
		if repl[i] == '$' && i+1 < len(repl) {
			switch repl[i+1] {
			case '$':
				size++
				i++
				continue
			case '&':
				size += len(template)
				i++
				continue
			case '`':
				size += len(before)
				i++
				continue
			case '\'':
				size += len(after)
				i++
				continue
			}
		}
		size++
	}
	if size > maxExpandValue {
		return "", false
	}
	var b strings.Builder
	b.Grow(size)
	b.WriteString(before)
	for i := 0; i < len(repl); i++ {
		c := repl[i]
		if c != '$' || i+1 >= len(repl) {
			b.WriteByte(c)
			continue
		}
		switch repl[i+1] {
		case '$':
			b.WriteByte('$')
		case '&':
			b.WriteString(template)
		case '`':
			b.WriteString(before)
		case '\'':
			b.WriteString(after)
		default:
			b.WriteByte(c)
			continue
		}
		i++
	}
	b.WriteString(after)
	return b.String(), true
}

// expandValue is dotenv-expand's expandValue.
func expandValue(value string, processEnv map[string]string, running *jsObject) (string, error) {
	lookup := func(name string) (string, protoKind, bool) {
		if v, ok := processEnv[name]; ok {
			return v, protoNone, true
		}
		if v, ok := running.get(name); ok {
			return v, protoNone, true
		}
		return "", protoLookup(name), false
	}
	result := value
	seen := map[string]bool{}
	work := 0
	for steps := 0; ; steps++ {
		work += len(result)
		template, expr, ok := findTemplate(result)
		if !ok {
			return result, nil
		}
		if steps >= maxExpandSteps || work > maxExpandWork {
			return "", &ExpandError{Name: expr, Err: ErrExpandHang}
		}
		seen[result] = true
		name, op, rest := splitOperator(expr)
		v, proto, own := lookup(name)
		truthy := (own && v != "") || (!own && proto != protoNone)
		if op == ":+" || op == "+" {
			alt := ""
			if truthy {
				alt = rest
			}
			result, ok = jsReplaceFirst(result, template, alt)
		} else if !truthy {
			result, ok = jsReplaceFirst(result, template, rest)
		} else if own {
			if seen[v] {
				result, ok = jsReplaceFirst(result, template, rest)
			} else {
				result, ok = jsReplaceFirst(result, template, v)
			}
		} else {
			switch proto {
			case protoConstructor:
				return "", &ExpandError{Name: name, Err: ErrExpandHang}
			case protoToString:
				result, ok = jsReplaceFirst(result, template, "[object Undefined]")
			case protoIsPrototype:
				result, ok = jsReplaceFirst(result, template, "false")
			case protoObject:
				result, ok = jsReplaceFirst(result, template, "[object Object]")
			default:
				return "", &ExpandError{Name: name, Err: fmt.Errorf("TypeError: %s called on undefined", name)}
			}
		}
		if !ok {
			return "", &ExpandError{Name: name, Err: ErrExpandTooLarge}
		}
		if rv, own := running.get(name); own && result == rv {
			return result, nil
		}
	}
}

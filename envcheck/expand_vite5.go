package envcheck

import (
	"errors"
	"regexp"
	"strings"
)

// Vite 5 bundles dotenv-expand 11 unpatched: one regular expression,
// replaced by a callback that recurses into referenced values. It differs
// from Vite 6+ in ways a project notices: ${A:+alt} is not understood
// (it gives "<A>:+alt}"), a process value wins even when empty, and a cycle
// overflows the stack so Vite does not start.

// vite5Substitution is DOTENV_SUBSTITUTION_REGEX. Its (?!\() after "$" is
// dropped: what must follow ("{" or [\w.]) can never be "(" anyway.
var vite5Substitution = regexp.MustCompile(`(\\)?(\$)(\{?)([\w.]+)(?::?-((?:\$\{(?:\$\{(?:\$\{[^}]*\}|[^}])*\}|[^}])*\}|[^}])+))?(\}?)`)

// maxVite5Depth stands in for V8's stack: any cycle recurses forever, so
// the exact depth only matters for absurdly long chains.
const maxVite5Depth = 2000

var errVite5Stack = errors.New("RangeError: Maximum call stack size exceeded")

// jsFunctionString is String(fn) for what Object.prototype has under name.
func jsFunctionString(name string) string {
	switch name {
	case "__proto__":
		return "[object Object]"
	case "constructor":
		return "function Object() { [native code] }"
	}
	return "function " + name + "() { [native code] }"
}

// vite5Value is a property read: an own string, a prototype member, or
// undefined.
type vite5Value struct {
	s     string
	own   bool
	proto bool
}

func (v vite5Value) truthy() bool { return (v.own && v.s != "") || v.proto }

func vite5Get(own map[string]string, name string) vite5Value {
	if s, ok := own[name]; ok {
		return vite5Value{s: s, own: true}
	}
	if protoLookup(name) != protoNone {
		return vite5Value{proto: true}
	}
	return vite5Value{}
}

func vite5GetObj(o *jsObject, name string) vite5Value {
	if s, ok := o.get(name); ok {
		return vite5Value{s: s, own: true}
	}
	if protoLookup(name) != protoNone {
		return vite5Value{proto: true}
	}
	return vite5Value{}
}

// interpolateVite5 is dotenv-expand 11's interpolate.
func interpolateVite5(value string, processEnv map[string]string, parsed *jsObject, depth int) (string, error) {
	if depth > maxVite5Depth {
		return "", errVite5Stack
	}
	var b strings.Builder
	last := 0
	for _, m := range vite5Substitution.FindAllStringSubmatchIndex(value, -1) {
		b.WriteString(value[last:m[0]])
		last = m[1]
		match := value[m[0]:m[1]]
		if m[2] >= 0 { // escaped
			b.WriteString(match[1:])
			continue
		}
		key := value[m[8]:m[9]]
		def := ""
		if m[10] >= 0 {
			def = value[m[10]:m[11]]
		}
		pv, fv := vite5Get(processEnv, key), vite5GetObj(parsed, key)
		var out string
		var err error
		switch {
		case pv.truthy():
			switch {
			case pv.proto && fv.proto:
				out = jsFunctionString(key) // the same prototype member: returned as is
			case pv.proto:
				return "", &ExpandError{Name: key, Err: errors.New("TypeError: value.replace is not a function")}
			case fv.own && pv.s == fv.s:
				out = pv.s
			default:
				out, err = interpolateVite5(pv.s, processEnv, parsed, depth+1)
			}
		case fv.truthy():
			switch {
			case fv.proto:
				out = jsFunctionString(key) // unreachable: pv would be the same member
			case fv.s == value:
				out = fv.s
			default:
				out, err = interpolateVite5(fv.s, processEnv, parsed, depth+1)
			}
		case def != "":
			if strings.HasPrefix(def, "$") {
				out, err = interpolateVite5(def, processEnv, parsed, depth+1)
			} else {
				out = def
			}
		}
		if err != nil {
			return "", err
		}
		if b.Len()+len(out) > maxExpandValue {
			return "", &ExpandError{Name: key, Err: ErrExpandTooLarge}
		}
		b.WriteString(out)
	}
	b.WriteString(value[last:])
	return b.String(), nil
}

// expandAllVite5 is dotenv-expand 11's expand as Vite 5 calls it.
func expandAllVite5(parsed *jsObject, processEnv map[string]string) error {
	for _, key := range parsed.ordered() {
		value, _ := parsed.get(key)
		if pv, own := processEnv[key]; own && pv != value {
			value = pv // even when empty
		} else {
			v, err := interpolateVite5(value, processEnv, parsed, 0)
			if err != nil {
				return vite5KeyErr(err, key)
			}
			value = v
		}
		parsed.vals[key] = strings.ReplaceAll(value, `\$`, "$")
	}
	return nil
}

func vite5KeyErr(err error, key string) error {
	var ee *ExpandError
	if errors.As(err, &ee) {
		ee.Key = key
		return ee
	}
	return &ExpandError{Key: key, Name: key, Err: err}
}

package envcheck

import (
	"errors"
	"testing"
)

// The wanted values of the odd cases were checked against real Vite 8.3.8
// (testdata/node/envparity/loadenv.mjs --serve); TestParityRealVite and the
// differential fuzzer keep checking the model.
func TestExpand(t *testing.T) {
	tests := []struct {
		name    string
		env     string
		process map[string]string
		key     string
		want    string
	}{
		{"braced", "A=x\nB=${A}/y", nil, "B", "x/y"},
		{"bare", "A=x\nB=$A/y", nil, "B", "x/y"},
		{"forward reference", "B=$A\nA=x", nil, "B", "x"},
		{"unknown is empty", "B=p@ss$w0rd", nil, "B", "p@ss"},
		{"default unset", "B=${U:-d}", nil, "B", "d"},
		{"default empty", "E=\nB=${E:-d}", nil, "B", "d"},
		{"dash default on empty too", "E=\nB=${E-d}", nil, "B", "d"},
		{"alt set", "A=1\nB=${A:+yes}", nil, "B", "yes"},
		{"alt unset", "B=${U+yes}", nil, "B", ""},
		{"required is silent", "B=${U:?boom}", nil, "B", ""},
		{"escape", `B=\$A`, nil, "B", "$A"},
		{"process wins in expansion", "HOME=/file\nB=$HOME", map[string]string{"HOME": "/proc"}, "B", "/proc"},
		{"process replaces unprefixed key", "HOME=/file", map[string]string{"HOME": "/proc"}, "HOME", "/proc"},
		{"empty process does not replace", "HOME=/file", map[string]string{"HOME": ""}, "HOME", "/file"},
		{"self reference", "A=$A", nil, "A", ""},
		{"dollar patterns in replacement", "A=$$&\nB=x${A}y", nil, "B", "x$&y"},
		{"first occurrence replaced", "A=v\nB=\\${A}${A}", nil, "B", `\vv`},
		{"split(null)", "B=${XnullY}", nil, "B", "Y"},
		{"toString from the prototype", "B=$toString", nil, "B", "[object Undefined]"},
		{"nested default", "B=${U:-${A}}\nA=z", nil, "B", "z"},
		{"multi op", "B=${U:-a:-b}", nil, "B", "a:-b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			proc := tt.process
			if proc == nil {
				proc = map[string]string{}
			}
			r := loadEnv(DialectNode, ParseNode, []envFileText{{name: ".env", path: ".env", text: tt.env}}, proc, []string{"NONE"})
			if r.err != nil {
				t.Fatalf("expand(%q): %v", tt.env, r.err)
			}
			if got, _ := r.parsed.get(tt.key); got != tt.want {
				t.Errorf("expand(%q)[%s] = %q; want %q", tt.env, tt.key, got, tt.want)
			}
		})
	}
}

func TestExpandBreaksVite(t *testing.T) {
	tests := []struct {
		name, env string
		hang      bool
	}{
		{"constructor hangs", "A=$constructor", true},
		{"hasOwnProperty throws", "A=${hasOwnProperty}", false},
		{"key named toString throws", "toString=1", false},
		// Found by the differential fuzzer: "$&" in a value re-inserts the
		// template on every round, so the value grows forever (real Vite
		// 8.3.8 did not return within 10s).
		{"$& re-inserts the template", "A=${B:-x}\nB=$&PROC", true},
	}
	for _, tt := range tests {
		r := loadEnv(DialectNode, ParseNode, []envFileText{{name: ".env", path: ".env", text: tt.env}}, map[string]string{}, nil)
		if r.err == nil {
			t.Errorf("%s: expand(%q) succeeded; want an error", tt.name, tt.env)
			continue
		}
		if got := errors.Is(r.err, ErrExpandHang); got != tt.hang {
			t.Errorf("%s: expand(%q) = %v; hang=%v, want hang=%v", tt.name, tt.env, r.err, got, tt.hang)
		}
	}
}

func TestExpandGrowthBounded(t *testing.T) {
	// $` and $' in A copy the text around the template each round, so B
	// doubles until real Vite 8.3.8 throws "Invalid string length"
	// (parity case 59_expand_grows). The differential fuzzer found this
	// family by running out of memory before the bound existed.
	src := "A=x$`$'y\nB=${A}${A}\nC=${B}\n"
	r := loadEnv(DialectNode, ParseNode, []envFileText{{name: ".env", path: ".env", text: src}}, map[string]string{}, nil)
	if !errors.Is(r.err, ErrExpandTooLarge) {
		t.Fatalf("expand(%q) error = %v; want ErrExpandTooLarge", src, r.err)
	}
	for _, k := range r.parsed.ordered() {
		if v, _ := r.parsed.get(k); len(v) > maxExpandValue {
			t.Fatalf("%s grew to %d bytes; the bound is %d", k, len(v), maxExpandValue)
		}
	}
}

// Vite 5's dotenv-expand 11 differs from Vite 6+; the wanted values are
// what real Vite 5.4.21 gives (TestParityRealVite checks the corpus too).
func TestExpandVite5(t *testing.T) {
	tests := []struct {
		name, env string
		process   map[string]string
		key, want string
		err       bool
	}{
		{"alt not understood", "A=base\nB=${A:+alt}", nil, "B", "base:+alt}", false},
		{"default", "B=${U:-d}", nil, "B", "d", false},
		{"empty process value wins", "B=file", map[string]string{"B": ""}, "B", "", false},
		{"prototype member as text", "B=$toString", nil, "B", "function toString() { [native code] }", false},
		{"cycle overflows the stack", "A=$B\nB=$A", nil, "", "", true},
	}
	for _, tt := range tests {
		proc := tt.process
		if proc == nil {
			proc = map[string]string{}
		}
		r := loadEnv(DialectDotenvVite5, ParseDotenv, []envFileText{{name: ".env", path: ".env", text: tt.env}}, proc, []string{"NONE"})
		if tt.err {
			if r.err == nil {
				t.Errorf("%s: expandVite5(%q) succeeded; want an error", tt.name, tt.env)
			}
			continue
		}
		if r.err != nil {
			t.Errorf("%s: expandVite5(%q): %v", tt.name, tt.env, r.err)
			continue
		}
		if got, _ := r.parsed.get(tt.key); got != tt.want {
			t.Errorf("%s: expandVite5(%q)[%s] = %q; want %q", tt.name, tt.env, tt.key, got, tt.want)
		}
	}
}

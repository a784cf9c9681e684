package envcheck

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	composedotenv "github.com/compose-spec/compose-go/v2/dotenv"
	"github.com/joho/godotenv"
)

// Dialect differences: the same env file is read by Vite (its dialect plus
// dotenv-expand), by docker compose when it is an env_file (compose-go's
// dotenv), and by Go programs using github.com/joho/godotenv. A line they
// read differently is a warning with each reading, so the person knows
// which tool sees what.

// dialectReading is one tool's reading of a file: key → value, or an error.
type dialectReading struct {
	tool string
	vals map[string]string
	err  error
}

// viteReading expands one file alone, as Vite would with an empty process
// environment.
func viteReading(d Dialect, text string) dialectReading {
	r := loadEnv(d, parserFor(d), []envFileText{{name: ".env", path: ".env", text: text}}, map[string]string{}, nil)
	vals := map[string]string{}
	for _, k := range r.parsed.ordered() {
		vals[k], _ = r.parsed.get(k)
	}
	tool := map[Dialect]string{DialectNode: "Vite 8", DialectDotenv: "Vite 6-7", DialectDotenvVite5: "Vite 5"}[d]
	return dialectReading{tool: tool, vals: vals, err: r.err}
}

func composeReading(text string) (rd dialectReading) {
	rd.tool = "compose env_file"
	defer func() {
		if p := recover(); p != nil {
			rd.err = fmt.Errorf("compose-go panicked: %v", p)
		}
	}()
	// Names the file does not define read as set-but-empty: compose-go logs
	// a warning to stderr for every unset one, which a check must not do.
	rd.vals, rd.err = composedotenv.ParseWithLookup(strings.NewReader(text), func(string) (string, bool) { return "", true })
	return rd
}

func godotenvReading(text string) (rd dialectReading) {
	rd.tool = "godotenv"
	defer func() {
		if p := recover(); p != nil {
			rd.err = fmt.Errorf("godotenv panicked: %v", p)
		}
	}()
	rd.vals, rd.err = godotenv.Unmarshal(text)
	return rd
}

// dialectFindings compares the readings of every env file Vite reads.
func dialectFindings(env *Env, texts []envFileText) []Finding {
	var out []Finding
	for i, t := range texts {
		out = append(out, compareDialects(t.path, env.Dialect, t.text, env.Files[i].Entries)...)
	}
	return out
}

// Limits for the comparison: compose-go's parser slows down sharply on
// nested ${...} (seconds at a thousand), and hand-written env files are far
// below both.
const (
	maxDialectBytes     = 64 << 10
	maxDialectTemplates = 200
)

func compareDialects(path string, d Dialect, text string, entries []Entry) []Finding {
	if len(text) > maxDialectBytes || strings.Count(text, "${") > maxDialectTemplates {
		return []Finding{{Code: CodeEnvDialect, Severity: SeverityInfo, File: path,
			Message: fmt.Sprintf("%s is over %d KiB or has over %d ${...}: not compared with compose's and godotenv's readings", path, maxDialectBytes>>10, maxDialectTemplates),
			Fix:     "split generated or very large env files from the ones people edit"}}
	}
	vite := viteReading(d, text)
	others := []dialectReading{composeReading(text), godotenvReading(text)}
	var out []Finding
	for _, o := range others {
		if o.err != nil {
			out = append(out, Finding{Code: CodeEnvDialect, Severity: SeverityWarning, File: path,
				Message: fmt.Sprintf("%s rejects the whole file (%s); Vite reads it", o.tool, firstLineOf(o.err.Error())),
				Fix:     "if another tool reads this file too, keep to plain KEY=value lines"})
		}
	}
	line := map[string]int{}
	for _, e := range entries {
		line[e.Key] = e.Line
	}
	keys := map[string]bool{}
	for k := range vite.vals {
		keys[k] = true
	}
	for _, o := range others {
		for k := range o.vals {
			keys[k] = true
		}
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range sorted {
		vv, vok := vite.vals[k]
		var parts []string
		differs := false
		for _, o := range others {
			if o.err != nil {
				continue
			}
			ov, ook := o.vals[k]
			if ook != vok || ov != vv {
				differs = true
			}
			parts = append(parts, fmt.Sprintf("%s %s", o.tool, showValueOf(k, ov, ook)))
		}
		if !differs {
			continue
		}
		if vite.err != nil {
			continue // Vite does not start; reported elsewhere
		}
		out = append(out, Finding{Code: CodeEnvDialect, Severity: SeverityWarning, File: path, Line: line[k],
			Message: fmt.Sprintf("%s is read differently: %s %s, %s", strconv.Quote(k), vite.tool, showValueOf(k, vv, vok), strings.Join(parts, ", ")),
			Fix:     "quote the value, avoid # and $ inside it, and use UPPER_SNAKE names, so every tool reads the same thing"})
	}
	return out
}

// secretWords mark names whose values findings must not print in full.
var secretWords = []string{"SECRET", "TOKEN", "PASSWORD", "PASSWD", "PRIVATE", "CREDENTIAL", "API_KEY", "APIKEY", "AUTH_KEY", "ACCESS_KEY", "SIGNING", "DSN"}

func looksSecret(name string) bool {
	up := strings.ToUpper(name)
	for _, w := range secretWords {
		if strings.Contains(up, w) {
			return true
		}
	}
	return false
}

// maskValue shows enough of a secret-looking value to recognise it.
func maskValue(name, v string) string {
	if !looksSecret(name) || v == "" {
		return v
	}
	r := []rune(v)
	if len(r) <= 4 {
		return strings.Repeat("*", len(r))
	}
	return string(r[:2]) + fmt.Sprintf("…(%d chars)", len(r))
}

// showValueOf is showValue with secret-looking values masked.
func showValueOf(name, v string, ok bool) string {
	if !ok {
		return "unset"
	}
	if m := maskValue(name, v); m != v {
		return m
	}
	return strconv.Quote(v)
}

// firstLineOf shortens a parser's error to its first line, without the
// file excerpt godotenv appends (it could hold a secret).
func firstLineOf(s string) string {
	if i := strings.Index(s, " near "); i >= 0 {
		s = s[:i]
	}
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

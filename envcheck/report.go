package envcheck

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
)

// TextOptions controls WriteText. The zero value writes plain text with
// project-relative paths.
type TextOptions struct {
	Color bool   // ANSI colours; default off (the caller decides: only on a TTY)
	Dir   string // prefix for file headers so they are clickable from the cwd; default none
}

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
	ansiGreen  = "\x1b[32m"
)

// WriteText prints findings grouped by file, like a linter:
//
//	src/config/index.ts
//	   5  error    import.meta.env.VITE_PUSHER_ENABLED is never defined ...  [env-undefined]
//	              fix: rename one so code and env agree
//
//	2 errors, 1 warning
func WriteText(w io.Writer, r *Result, o TextOptions) error {
	paint := func(code, s string) string {
		if !o.Color {
			return s
		}
		return code + s + ansiReset
	}
	var b strings.Builder
	if r.Env != nil {
		b.WriteString(paint(ansiDim, summaryLine(r)) + "\n")
	}
	group := "\x00"
	for _, f := range r.Findings {
		if f.File != group {
			group = f.File
			name := "(project)"
			if f.File != "" {
				name = f.File
				if o.Dir != "" && o.Dir != "." {
					name = filepath.ToSlash(filepath.Join(o.Dir, f.File))
				}
			}
			b.WriteString("\n" + paint(ansiBold, name) + "\n")
		}
		line := "    "
		if f.Line > 0 {
			line = fmt.Sprintf("%4d", f.Line)
		}
		sev := fmt.Sprintf("%-7s", f.Severity)
		switch f.Severity {
		case SeverityError:
			sev = paint(ansiRed, sev)
		case SeverityWarning:
			sev = paint(ansiYellow, sev)
		default:
			sev = paint(ansiCyan, sev)
		}
		fmt.Fprintf(&b, "%s  %s  %s  %s\n", paint(ansiDim, line), sev, oneLine(f.Message), paint(ansiDim, "["+f.Code+"]"))
		if f.Fix != "" {
			fmt.Fprintf(&b, "                 %s\n", paint(ansiDim, "fix: "+oneLine(f.Fix)))
		}
	}
	e, wn, in := r.Counts()
	b.WriteString("\n")
	switch {
	case e+wn+in == 0:
		b.WriteString(paint(ansiGreen, "no problems found") + "\n")
	default:
		s := plural(e, "error") + ", " + plural(wn, "warning")
		if in > 0 {
			s += fmt.Sprintf(" (%d info)", in)
		}
		c := ansiGreen
		if e > 0 {
			c = ansiRed
		} else if wn > 0 {
			c = ansiYellow
		}
		b.WriteString(paint(c+ansiBold, s) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// summaryLine says what was checked: mode, files, prefix, config, compose.
func summaryLine(r *Result) string {
	env := r.Env
	var files []string
	for _, f := range env.Files {
		files = append(files, f.Path)
	}
	if len(files) == 0 {
		files = []string{"no env files"}
	}
	parts := []string{"mode " + env.Mode, strings.Join(files, ", "), "envPrefix " + strings.Join(env.Prefixes, ",")}
	if env.ConfigFile != "" {
		parts = append(parts, fmt.Sprintf("%s (%s)", env.ConfigFile, env.ConfigMethod))
	}
	if g := r.Graph; g != nil && len(g.Aliases) > 0 {
		parts = append(parts, fmt.Sprintf("resolve.alias %s (%s)", strings.Join(g.Aliases, " "), g.AliasMethod))
	}
	if env.Compose != nil {
		parts = append(parts, "compose "+env.Compose.File+" service "+env.Compose.Service)
	}
	if r.Scan != nil {
		parts = append(parts, plural(r.Scan.Files, "source file")+" scanned")
	}
	return "checked " + strings.Join(parts, " · ")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", "⏎") }

// JSONReport is the --format json document (see SCHEMA.md).
type JSONReport struct {
	Findings []Finding            `json:"findings"`
	Env      map[string]JSONValue `json:"env"`
}

// JSONValue is a client-visible variable and the source that won.
type JSONValue struct {
	Value  string `json:"value"`
	Source string `json:"source"`
}

// Report builds the JSON document: every finding and every client-visible
// variable. Values of secret-looking names are redacted: the report may end
// up in CI logs.
func (r *Result) Report() JSONReport {
	rep := JSONReport{Findings: r.Findings, Env: map[string]JSONValue{}}
	if rep.Findings == nil {
		rep.Findings = []Finding{}
	}
	if r.Env != nil {
		for k, v := range r.Env.Client {
			rep.Env[k] = JSONValue{Value: redact(k, v.Value), Source: sourceName(v)}
		}
	}
	return rep
}

// WriteJSON writes Report as indented JSON.
func WriteJSON(w io.Writer, r *Result) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r.Report())
}

// sourceName is where a value came from: the env file's path
// (".env.local", "config/.env" with an envDir), "process" or "compose:web".
func sourceName(v Value) string {
	if v.File != "" {
		return v.File
	}
	return v.Source
}

// redact hides the value of a secret-looking name.
func redact(name, value string) string {
	if value == "" || secretLevel(name) != SeverityError {
		return value
	}
	return fmt.Sprintf("<redacted: %d characters>", len(value))
}

// Summary is one line for `devproxy up` at start:
//
//	env: 7 errors, 1 warning · first: src/config/index.ts:5 import.meta.env.VITE_PUSHER_ENABLED is never defined
//
// or "env: no problems (3 variables for the browser)".
func (r *Result) Summary() string {
	e, w, _ := r.Counts()
	if e+w == 0 {
		n := 0
		if r.Env != nil {
			n = len(r.Env.Client)
		}
		return fmt.Sprintf("env: no problems (%s for the browser)", plural(n, "variable"))
	}
	s := "env: " + plural(e, "error") + ", " + plural(w, "warning")
	for _, sev := range []Severity{SeverityError, SeverityWarning} {
		for _, f := range r.Findings {
			if f.Severity != sev {
				continue
			}
			loc := f.File
			if f.Line > 0 {
				loc += fmt.Sprintf(":%d", f.Line)
			}
			if loc != "" {
				loc += " "
			}
			msg, _, _ := strings.Cut(f.Message, ":")
			return s + " · first: " + loc + msg
		}
	}
	return s
}

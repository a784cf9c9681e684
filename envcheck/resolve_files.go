package envcheck

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Reading env files as Vite would, and the findings about the files
// themselves: unreadable, too large, binary, BOM, ${X:?}, Node 20 vs 22+,
// and expansion that makes Vite throw or hang.

// readEnvFile reads one env file as Vite would (a missing file is skipped
// silently, like Vite), with findings for files Vite would choke on.
func readEnvFile(dir, envDir, name string) (envFileText, []Finding, bool) {
	path := filepath.Join(envDir, name)
	rel := relTo(dir, path)
	st, err := os.Stat(path)
	if err != nil || st.IsDir() {
		if err != nil && !os.IsNotExist(err) {
			return envFileText{}, []Finding{{Code: CodeEnvFileUnreadable, Severity: SeverityError, File: rel,
				Message: fmt.Sprintf("cannot read %s: %v", rel, err), Fix: "fix the file's permissions"}}, false
		}
		return envFileText{}, nil, false
	}
	if st.Mode()&os.ModeNamedPipe != 0 {
		return envFileText{}, []Finding{{Code: CodeEnvFileUnreadable, Severity: SeverityWarning, File: rel,
			Message: fmt.Sprintf("%s is a named pipe: Vite 8 reads it (and waits for a writer), Vite 7 and earlier skip it; envcheck did not read it", rel),
			Fix:     "use a regular file"}}, false
	}
	if !st.Mode().IsRegular() {
		return envFileText{}, nil, false // Vite skips sockets and devices too
	}
	f, err := os.Open(path)
	if err != nil {
		return envFileText{}, []Finding{{Code: CodeEnvFileUnreadable, Severity: SeverityError, File: rel,
			Message: fmt.Sprintf("cannot read %s: %v (Vite will fail to start)", rel, err),
			Fix:     "fix the file's permissions"}}, false
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxEnvFileSize+1))
	if err != nil {
		return envFileText{}, []Finding{{Code: CodeEnvFileUnreadable, Severity: SeverityError, File: rel,
			Message: fmt.Sprintf("cannot read %s: %v", rel, err), Fix: "check the file"}}, false
	}
	if len(b) > maxEnvFileSize {
		return envFileText{}, []Finding{{Code: CodeEnvFileTooLarge, Severity: SeverityError, File: rel,
			Message: fmt.Sprintf("%s is larger than %d KiB; envcheck did not read it (Vite will)", rel, maxEnvFileSize>>10),
			Fix:     "an env file this large is probably not one: move it out of the env dir"}}, false
	}
	var fs []Finding
	text, valid := decodeUTF8(b)
	if i := bytes.IndexByte(b, 0); i >= 0 || !valid {
		what := "invalid UTF-8 (Vite reads each bad byte sequence as U+FFFD)"
		if i >= 0 {
			what = "NUL bytes: it looks binary"
		}
		fs = append(fs, Finding{Code: CodeEnvFileBinary, Severity: SeverityWarning, File: rel,
			Line:    strings.Count(text[:min(len(text), lineOffset(b, i))], "\n") + 1,
			Message: fmt.Sprintf("%s contains %s", rel, what),
			Fix:     "save it as UTF-8 text"})
	}
	return envFileText{name: name, path: rel, text: text}, fs, true
}

func lineOffset(b []byte, i int) int {
	if i < 0 {
		if j := bytes.IndexFunc(b, func(r rune) bool { return r == 0xFFFD }); j >= 0 {
			return j
		}
		return 0
	}
	return i
}

func expandFinding(r *loadResult) Finding {
	ee, _ := r.err.(*ExpandError)
	f := Finding{Code: CodeEnvExpandCrash, Severity: SeverityError}
	key, name := "", ""
	if ee != nil {
		key, name = ee.Key, ee.Name
		if e, ok := r.from[key]; ok {
			f.File, f.Line = r.fromFile[key].Path, e.Line
		}
	}
	if ee != nil && ee.Err == ErrExpandHang {
		f.Code = CodeEnvExpandHang
		f.Message = fmt.Sprintf("expanding %s never finishes in Vite (it references %q): vite hangs at startup", key, name)
		f.Fix = "remove $& $` $' from values, and references that lead back to themselves"
		return f
	} else if ee != nil && ee.Err == ErrExpandTooLarge {
		f.Code = CodeEnvExpandHang
		f.Message = fmt.Sprintf("expanding %s grows it past 1 MiB ($& $` $' copy text around ${%s}): vite fails at startup with \"Invalid string length\" or stalls", key, name)
		f.Fix = "remove $& $` $' from values: Vite's expansion treats them as replacement patterns"
		return f
	} else {
		f.Message = fmt.Sprintf("Vite's loadEnv throws on %s (%v): vite will not start", key, r.err)
	}
	f.Fix = fmt.Sprintf("rename %q: names JavaScript objects already have (toString, constructor, ...) break Vite's expansion", name)
	return f
}

// fileFindings reports a BOM, ${X:?} and lines Node 20 reads differently.
func fileFindings(d Dialect, node20 bool, texts []envFileText, files []EnvFile) []Finding {
	var out []Finding
	for i, t := range texts {
		if strings.HasPrefix(t.text, "\uFEFF") {
			first := ""
			if len(files[i].Entries) > 0 {
				first = strings.TrimPrefix(files[i].Entries[0].Key, "\uFEFF")
			}
			sev, msg := SeverityError, fmt.Sprintf("%s starts with a UTF-8 BOM: Vite 8 reads the first variable as \"\\uFEFF%s\", so %s is not set", t.path, first, first)
			if d != DialectNode {
				sev, msg = SeverityWarning, fmt.Sprintf("%s starts with a UTF-8 BOM: Vite 5-7 ignore it, Vite 8 reads the first variable as \"\\uFEFF%s\"", t.path, first)
			}
			out = append(out, Finding{Code: CodeEnvBOM, Severity: sev, File: t.path, Line: 1, Message: msg,
				Fix: "save the file as UTF-8 without BOM"})
		}
		for _, e := range files[i].Entries {
			if strings.Contains(e.Value, ":?") && requiredRE.MatchString(e.Value) {
				out = append(out, Finding{Code: CodeEnvRequiredSyntax, Severity: SeverityWarning, File: t.path, Line: e.Line,
					Message: fmt.Sprintf("%s uses ${VAR:?message}: Vite does not stop on a missing variable, it silently gives \"\"", e.Key),
					Fix:     "use ${VAR:-default}, or check the variable in code"})
			}
		}
		if d == DialectNode {
			out = append(out, nodeVersionFindings(t, node20)...)
		}
	}
	return out
}

// nodeVersionFindings compares Node 22+ and Node 20 readings of one file.
// node20 says which one is in use here, for the message.
func nodeVersionFindings(t envFileText, node20 bool) []Finding {
	n20 := ParseNode20(t.text)
	b := fileObject(DialectNode, n20)
	var out []Finding
	lastLine := func(entries []Entry) map[string]int {
		m := make(map[string]int, len(entries))
		for _, e := range entries {
			m[e.Key] = e.Line
		}
		return m
	}
	n22 := ParseNode(t.text)
	lines22, lines20 := lastLine(n22), lastLine(n20)
	a := fileObject(DialectNode, n22)
	keys := map[string]bool{}
	for _, k := range a.keys {
		keys[k] = true
	}
	for _, k := range b.keys {
		keys[k] = true
	}
	sorted := make([]string, 0, len(keys))
	for k := range keys {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	for _, k := range sorted {
		va, oka := a.get(k)
		vb, okb := b.get(k)
		if oka == okb && va == vb {
			continue
		}
		ln := lines22[k]
		if ln == 0 {
			ln = lines20[k]
		}
		out = append(out, Finding{Code: CodeEnvNodeVersion, Severity: SeverityWarning, File: t.path, Line: ln,
			Message: fmt.Sprintf("Vite 8 reads %q differently on Node 22+ (%s) and Node 20 (%s)%s", k, showValueOf(k, va, oka), showValueOf(k, vb, okb), map[bool]string{true: "; this machine runs Node 20", false: ""}[node20]),
			Fix:     "write one KEY=value per line, quote values, and keep every line an assignment"})
	}
	return out
}

func showValue(v string, ok bool) string {
	if !ok {
		return "unset"
	}
	return strconv.Quote(v)
}

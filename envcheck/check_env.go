package envcheck

import (
	"fmt"
	"regexp"
	"strings"
)

// defined reports whether import.meta.env.name has a value: a client
// variable, a Vite built-in, or a define of import.meta.env.name.
func defined(env *Env, name string) (Value, bool) {
	if v, ok := env.Client[name]; ok {
		return v, true
	}
	if builtinEnv[name] {
		return Value{Source: "vite"}, true
	}
	if _, ok := env.Define["import.meta.env."+name]; ok {
		return Value{Source: "define"}, true
	}
	return Value{}, false
}

// where renders a value's origin: ".env.local:3", or for a compose
// service's environment "docker-compose.yml:12 (service web)".
func where(env *Env, name string, v Value) string {
	if f, l := locate(env, name, v); f != "" && v.File == "" {
		return fmt.Sprintf("%s:%d, service %s", f, l, env.Compose.Service)
	}
	if v.File != "" && v.Line > 0 {
		return fmt.Sprintf("%s:%d", v.File, v.Line)
	}
	if v.File != "" {
		return v.File
	}
	return v.Source
}

// locate returns the file and line that set name: the env file, or the
// compose file's environment: entry when the value came from there.
func locate(env *Env, name string, v Value) (string, int) {
	if v.File != "" {
		return v.File, v.Line
	}
	if env != nil && env.Compose != nil && strings.HasPrefix(v.Source, "compose:") {
		for _, r := range env.Compose.Raw {
			if r.Key == name {
				return env.Compose.File, r.Line
			}
		}
	}
	return "", 0
}

// envFindings: read but never defined (with the near miss), defined but
// never read, whole-object use, string flags compared with other spellings,
// and define exposing process.env.
func envFindings(env *Env, scan *Scan) []Finding {
	var fs []Finding
	// Near misses: anything the project sets, and client variables from the
	// shell; not the rest of the shell (HOME, PATH) which the project never meant.
	candidates := make([]string, 0, len(env.All))
	for k, v := range env.All {
		if _, client := env.Client[k]; client || v.Source != "process" {
			candidates = append(candidates, k)
		}
	}
	candidates = sortedStrings(candidates)
	read := map[string]bool{}
	reported := map[string]bool{}
	for _, r := range scan.Refs {
		read[r.Name] = true
		if _, ok := defined(env, r.Name); ok {
			continue
		}
		key := r.File + "\x00" + r.Name
		if reported[key] {
			continue // once per file and name: the first read
		}
		reported[key] = true
		fs = append(fs, undefinedFinding(env, r, candidates))
	}
	if len(scan.Whole) == 0 {
		for _, k := range sortedKeys(env.Client) {
			v := env.Client[k]
			if read[k] || v.File == "" && !strings.HasPrefix(v.Source, "compose:") {
				continue // process values come from the shell: not the project's to tidy
			}
			msg := fmt.Sprintf("%s is set (%s) but no browser code reads it", k, where(env, k, v))
			fix := "remove it, or read it as import.meta.env." + k
			if readers := readersOf(k, scan, env); len(readers) > 0 {
				msg += fmt.Sprintf("; code reads %s instead", strings.Join(readers, ", "))
				fix = "rename one of them so code and env agree"
			}
			file, line := locate(env, k, v)
			fs = append(fs, Finding{Code: CodeEnvUnread, Severity: SeverityInfo, File: file, Line: line, Message: msg, Fix: fix})
		}
	}
	for _, w := range scan.Whole {
		fs = append(fs, Finding{Code: CodeWholeEnv, Severity: SeverityWarning, File: w.File, Line: w.Line,
			Message: fmt.Sprintf("import.meta.env is used as a whole object (%s): the build inlines every client variable here, and reads through it cannot be checked", w.How),
			Fix:     "read the variables you need by name: import.meta.env.VITE_X"})
	}
	for _, c := range scan.Compares {
		v, ok := env.Client[c.Name]
		if !ok {
			continue
		}
		lit, val := strings.ToLower(c.Literal), strings.ToLower(strings.TrimSpace(v.Value))
		if v.Value == c.Literal || truthy(lit) == 0 || truthy(val) != truthy(lit) {
			continue
		}
		result := "false"
		if strings.HasPrefix(c.Op, "!") {
			result = "true"
		}
		fs = append(fs, Finding{Code: CodeFlagCompare, Severity: SeverityError, File: c.File, Line: c.Line,
			Message: fmt.Sprintf("%s is %q (%s) but code compares it %s %q: env values are strings, so this is always %s",
				c.Name, v.Value, where(env, c.Name, v), c.Op, c.Literal, result),
			Fix: fmt.Sprintf("set %s=%s, or compare with the value you set", c.Name, c.Literal)})
	}
	for _, k := range sortedKeys(env.Define) {
		expr := env.Define[k]
		if reWholeProcessEnv.MatchString(expr) {
			fs = append(fs, Finding{Code: CodeDefineProcessEnv, Severity: SeverityError, File: env.ConfigFile,
				Message: fmt.Sprintf("define %q is %s: every variable of the build machine, secrets included, is inlined into the browser bundle", k, clip(expr, 60)),
				Fix:     "define only the values the browser needs, e.g. 'process.env.NODE_ENV': JSON.stringify(mode)"})
			continue
		}
		for _, m := range reProcessEnvVar.FindAllStringSubmatch(expr, -1) {
			if secretLevel(m[1]) == SeverityError {
				fs = append(fs, Finding{Code: CodeDefineProcessEnv, Severity: SeverityError, File: env.ConfigFile,
					Message: fmt.Sprintf("define %q inlines process.env.%s, a secret, into the browser bundle", k, m[1]),
					Fix:     "keep secrets on the server; the browser calls an API endpoint that uses them"})
			}
		}
	}
	return fs
}

var (
	reWholeProcessEnv = regexp.MustCompile(`\bprocess\.env\b\s*($|[^.\[\s]|\[\s*[^'"\s])`)
	reProcessEnvVar   = regexp.MustCompile(`\bprocess\.env\.([A-Za-z_][A-Za-z0-9_]*)`)
)

// truthy classifies a flag spelling: 1 true-ish, -1 false-ish, 0 neither.
func truthy(s string) int {
	switch s {
	case "true", "1", "yes", "y", "on", "enabled", "enable":
		return 1
	case "false", "0", "no", "n", "off", "disabled", "disable":
		return -1
	}
	return 0
}

func undefinedFinding(env *Env, r Ref, candidates []string) Finding {
	f := Finding{Code: CodeEnvUndefined, Severity: SeverityWarning, File: r.File, Line: r.Line}
	what := "import.meta.env." + r.Name
	if r.Kind == RefHTML {
		what = "%" + r.Name + "%"
	}
	f.Message = fmt.Sprintf("%s is never defined: it is undefined in the browser, and a build drops the code it guards", what)
	f.Fix = fmt.Sprintf("set %s in .env (or the compose service's environment)", r.Name)
	if !hasPrefix(r.Name, env.Prefixes) && !builtinEnv[r.Name] {
		f.Message = fmt.Sprintf("%s lacks the client prefix %s, so Vite never exposes it", what, strings.Join(quoteAll(env.Prefixes), " or "))
		f.Fix = fmt.Sprintf("rename it %s%s in code and env; server-only values belong behind an API endpoint", firstOr(env.Prefixes, "VITE_"), r.Name)
	}
	if near := NearMisses(r.Name, candidates, env.Prefixes, 2); len(near) > 0 {
		f.Severity = SeverityError
		v := env.All[near[0]]
		if !hasPrefix(near[0], env.Prefixes) {
			f.Message += fmt.Sprintf("; %s is set (%s) but lacks the client prefix", near[0], where(env, near[0], v))
			f.Fix = fmt.Sprintf("rename %s to %s in the env", near[0], r.Name)
		} else {
			f.Message += fmt.Sprintf("; did you mean %s, which is set (%s)?", near[0], where(env, near[0], v))
			f.Fix = fmt.Sprintf("rename one so code and env agree: import.meta.env.%s or %s=…", near[0], r.Name)
		}
	}
	if strings.Contains(r.Name, "PUSHER") && strings.HasSuffix(r.Name, "KEY") {
		f.Message += fmt.Sprintf("; pusher-js throws %q", pusherErrNoKey)
	}
	return f
}

// readersOf lists names code reads but nothing defines that are near
// misses of the defined name k.
func readersOf(k string, scan *Scan, env *Env) []string {
	seen := map[string]bool{}
	var names []string
	for _, r := range scan.Refs {
		if seen[r.Name] {
			continue
		}
		seen[r.Name] = true
		if _, ok := defined(env, r.Name); ok {
			continue
		}
		if len(NearMisses(r.Name, []string{k}, env.Prefixes, 1)) == 1 {
			names = append(names, r.Name)
		}
	}
	return names
}

var (
	reSecretStrong = regexp.MustCompile(`(?i)(^|_)(SECRET|PASSWORD|PASSWD|PWD|PRIVATE|CREDENTIALS?|SERVICE_ROLE|SIGNING_KEY|ENCRYPTION_KEY|MASTER_KEY|CLIENT_SECRET)(_|$)`)
	reSecretWeak   = regexp.MustCompile(`(?i)(^|_)(TOKEN|API_?KEY|ACCESS_KEY|AUTH_KEY|DSN|DATABASE_URL)(_|$)`)
	rePublicKey    = regexp.MustCompile(`(?i)(^|_)(PUBLIC|PUBLISHABLE|ANON|SITE_KEY|PUSHER(_APP)?_KEY)(_|$)`)
)

// secretLevel says how much a name looks like a secret: SeverityError for
// SECRET/PASSWORD/PRIVATE..., SeverityWarning for TOKEN/API_KEY... (often
// public client keys), "" for names that say they are public (PUSHER_KEY).
func secretLevel(name string) Severity {
	if reSecretStrong.MatchString(name) {
		return SeverityError
	}
	if rePublicKey.MatchString(name) {
		return ""
	}
	if reSecretWeak.MatchString(name) {
		return SeverityWarning
	}
	return ""
}

// secretFindings: client-prefixed secret names, prefixes that expose
// secrets, and client values equal to server secrets.
func secretFindings(env *Env) []Finding {
	var fs []Finding
	exposedByPrefix := map[string][]string{}
	for _, k := range sortedKeys(env.Client) {
		lvl := secretLevel(k)
		if lvl == "" {
			continue
		}
		if p := matchedPrefix(k, env.Prefixes); p != "" && p != "VITE_" && !strings.HasPrefix(k, "VITE_") && lvl == SeverityError {
			exposedByPrefix[p] = append(exposedByPrefix[p], k)
			continue
		}
		file, line := locate(env, k, env.Client[k])
		f := Finding{Code: CodeSecretExposed, Severity: lvl, File: file, Line: line,
			Message: fmt.Sprintf("%s looks like a secret and carries the client prefix: its value is inlined into every browser bundle", k),
			Fix:     fmt.Sprintf("drop the prefix (%s) and use it only in server code; rotate it if it was ever deployed", strings.TrimPrefix(k, matchedPrefix(k, env.Prefixes)))}
		if lvl == SeverityWarning {
			f.Message = fmt.Sprintf("%s looks like a credential and carries the client prefix: its value is inlined into every browser bundle", k)
			f.Fix = "if it is a public key meant for browsers, ignore this; otherwise " + f.Fix
		}
		fs = append(fs, f)
	}
	for _, p := range sortedKeys(exposedByPrefix) {
		fs = append(fs, Finding{Code: CodePrefixExposes, Severity: SeverityError, File: env.ConfigFile,
			Message: fmt.Sprintf("envPrefix %q exposes secret-looking variables to the browser: %s", p, strings.Join(exposedByPrefix[p], ", ")),
			Fix:     "use a prefix only browser values carry, such as 'VITE_'"})
	}
	// A client value equal to a server-only secret's value.
	for _, ck := range sortedKeys(env.Client) {
		cv := env.Client[ck]
		if len(cv.Value) < 8 {
			continue
		}
		for _, sk := range sortedKeys(env.All) {
			if _, client := env.Client[sk]; client || secretLevel(sk) != SeverityError {
				continue
			}
			if env.All[sk].Value == cv.Value {
				file, line := locate(env, ck, cv)
				fs = append(fs, Finding{Code: CodeSecretValue, Severity: SeverityError, File: file, Line: line,
					Message: fmt.Sprintf("%s has the same value as the server secret %s (%s): the secret ships to the browser", ck, sk, where(env, sk, env.All[sk])),
					Fix:     fmt.Sprintf("give %s its public value (for Pusher: the app key, not the secret)", ck)})
				break
			}
		}
	}
	return fs
}

func hasPrefix(name string, prefixes []string) bool { return matchedPrefix(name, prefixes) != "" }

func matchedPrefix(name string, prefixes []string) string {
	for _, p := range prefixes {
		if p != "" && strings.HasPrefix(name, p) {
			return p
		}
	}
	return ""
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

func firstOr(ss []string, d string) string {
	if len(ss) > 0 && ss[0] != "" {
		return ss[0]
	}
	return d
}

func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

func sortedStrings(ss []string) []string {
	m := make(map[string]bool, len(ss))
	for _, s := range ss {
		m[s] = true
	}
	return sortedKeys(m)
}

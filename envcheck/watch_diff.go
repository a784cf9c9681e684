package envcheck

import (
	"fmt"
	"strings"
)

// Change is what differs between two check results.
type Change struct {
	Files  []string      // inputs that changed (project-relative), when known
	New    []Finding     // findings in cur and not in prev
	Fixed  []Finding     // findings in prev and not in cur
	Values []ValueChange // client-visible variables that changed
}

// ValueChange is a client variable added, removed or given a new value or
// source. Values of secret-looking names are redacted.
type ValueChange struct {
	Name                 string
	Old, New             string
	OldSource, NewSource string
	Added, Removed       bool
}

// Empty reports whether nothing a person would notice changed.
func (c Change) Empty() bool { return len(c.New)+len(c.Fixed)+len(c.Values) == 0 }

// Diff compares two results. prev may be nil (the first check): then every
// finding is new and no values are reported as changed. Findings are
// matched by code, file and message, so one moving to another line is not
// news.
func Diff(prev, cur *Result, files []string) Change {
	ch := Change{Files: files}
	key := func(f Finding) string { return f.Code + "\x00" + f.File + "\x00" + f.Message }
	before := map[string]bool{}
	if prev != nil {
		for _, f := range prev.Findings {
			before[key(f)] = true
		}
	}
	after := map[string]bool{}
	for _, f := range cur.Findings {
		after[key(f)] = true
		if !before[key(f)] {
			ch.New = append(ch.New, f)
		}
	}
	if prev == nil {
		return ch
	}
	for _, f := range prev.Findings {
		if !after[key(f)] {
			ch.Fixed = append(ch.Fixed, f)
		}
	}
	old, now := clientOf(prev), clientOf(cur)
	for _, k := range sortedKeys(now) {
		n := now[k]
		o, had := old[k]
		switch {
		case !had:
			ch.Values = append(ch.Values, ValueChange{Name: k, New: redact(k, n.Value), NewSource: sourceName(n), Added: true})
		case o.Value != n.Value || sourceName(o) != sourceName(n):
			ch.Values = append(ch.Values, ValueChange{Name: k, Old: redact(k, o.Value), New: redact(k, n.Value),
				OldSource: sourceName(o), NewSource: sourceName(n)})
		}
	}
	for _, k := range sortedKeys(old) {
		if _, ok := now[k]; !ok {
			o := old[k]
			ch.Values = append(ch.Values, ValueChange{Name: k, Old: redact(k, o.Value), OldSource: sourceName(o), Removed: true})
		}
	}
	return ch
}

func clientOf(r *Result) map[string]Value {
	if r == nil || r.Env == nil {
		return nil
	}
	return r.Env.Client
}

// Summary is one line for a terminal: what changed and what it did.
//
//	.env.local changed: 1 new error, 2 fixed · VITE_API_URL "/api" → "/v2" · VITE_DEBUG removed
func (c Change) Summary() string {
	var parts []string
	var e, w int
	for _, f := range c.New {
		switch f.Severity {
		case SeverityError:
			e++
		case SeverityWarning:
			w++
		}
	}
	var counts []string
	if e > 0 {
		counts = append(counts, fmt.Sprintf("%d new %s", e, pluralWord(e, "error")))
	}
	if w > 0 {
		counts = append(counts, fmt.Sprintf("%d new %s", w, pluralWord(w, "warning")))
	}
	// Fixed counts what New counts (errors and warnings), so adding one
	// problem and removing it again reads "1 new error", then "1 fixed".
	fixed := 0
	for _, f := range c.Fixed {
		if f.Severity != SeverityInfo {
			fixed++
		}
	}
	if fixed > 0 {
		counts = append(counts, fmt.Sprintf("%d fixed", fixed))
	}
	head := "env changed"
	if len(c.Files) > 0 {
		head = strings.Join(c.Files, ", ") + " changed"
	}
	if len(counts) > 0 {
		head += ": " + strings.Join(counts, ", ")
	}
	parts = append(parts, head)
	for i, v := range c.Values {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("%d more variables", len(c.Values)-3))
			break
		}
		switch {
		case v.Added:
			parts = append(parts, fmt.Sprintf("%s = %q (%s)", v.Name, v.New, v.NewSource))
		case v.Removed:
			parts = append(parts, v.Name+" removed")
		default:
			parts = append(parts, fmt.Sprintf("%s %q → %q", v.Name, v.Old, v.New))
		}
	}
	return strings.Join(parts, " · ")
}

func pluralWord(n int, w string) string {
	if n == 1 {
		return w
	}
	return w + "s"
}

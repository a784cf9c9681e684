package envcheck

import (
	"sort"
	"strings"
)

// NearMisses returns the names among candidates that look like a slip for
// name, best first (at most max). Names are compared by their words, not
// only their letters: VITE_PUSHER_ENABLED and VITE_ENABLE_PUSHER hold the
// same words in another order and differ by far more than a typo, so edit
// distance alone misses them. prefixes (VITE_) are not counted as words.
//
// A candidate matches when most of its words match name's words (same stem,
// one the abbreviation of the other, or a one-letter typo in a long word),
// or when the whole names are within a typo or two of each other.
func NearMisses(name string, candidates []string, prefixes []string, max int) []string {
	type scored struct {
		name  string
		score float64
		dist  int
	}
	var out []scored
	a := nameWords(name, prefixes)
	for _, c := range candidates {
		if c == name {
			continue
		}
		b := nameWords(c, prefixes)
		s := wordScore(a, b)
		d := levenshtein(strings.ToUpper(name), strings.ToUpper(c))
		typo := d <= 1 && len(name) >= 5 || d <= 2 && len(name) >= 10
		if s >= 0.66 || typo {
			out = append(out, scored{c, s, d})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		if out[i].dist != out[j].dist {
			return out[i].dist < out[j].dist
		}
		return out[i].name < out[j].name
	})
	var names []string
	for i := 0; i < len(out) && i < max; i++ {
		names = append(names, out[i].name)
	}
	return names
}

// nameWords splits an env name into lower-case word stems, dropping the
// first matching client prefix: "VITE_PUSHER_ENABLED" → [pusher enabl].
func nameWords(name string, prefixes []string) []string {
	for _, p := range prefixes {
		if p != "" && strings.HasPrefix(name, p) && len(name) > len(p) {
			name = name[len(p):]
			break
		}
	}
	var words []string
	start := 0
	flush := func(end int) {
		if end > start {
			words = append(words, stem(strings.ToLower(name[start:end])))
		}
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == '_' || c == '-' || c == '.':
			flush(i)
			start = i + 1
		case i > start && c >= 'A' && c <= 'Z' && name[i-1] >= 'a' && name[i-1] <= 'z': // camelCase
			flush(i)
			start = i
		}
	}
	flush(len(name))
	return words
}

// stem folds common English endings so ENABLE/ENABLED/ENABLES compare equal.
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s", "d", "e"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// wordScore is the share of words matched one-to-one between a and b,
// over the longer list, ignoring order.
func wordScore(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	used := make([]bool, len(b))
	matched := 0
	for _, w := range a {
		for j, v := range b {
			if !used[j] && wordsMatch(w, v) {
				used[j] = true
				matched++
				break
			}
		}
	}
	return float64(matched) / float64(max(len(a), len(b)))
}

func wordsMatch(a, b string) bool {
	if a == b {
		return true
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) >= 3 && strings.HasPrefix(long, short) { // AUTH ↔ AUTHORIZATION, ENV ↔ ENVIRONMENT
		return true
	}
	return len(short) >= 5 && levenshtein(a, b) <= 1
}

// levenshtein is the edit distance between two ASCII-ish strings.
func levenshtein(a, b string) int {
	if len(a) > 256 || len(b) > 256 {
		if a == b {
			return 0
		}
		return max(len(a), len(b))
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

package envcheck

import "strings"

// This file reproduces Node's util.parseEnv, the parser Vite 8 reads env
// files with. Node changed it between majors: Node 22+ skips a line that has
// no "=", Node 20 lets such a line run into the next key ("TA\nTB=x" sets
// "TA\nTB"). Both are modelled so envcheck can say when the Node version
// changes what Vite sees.

// nodeTrim is Node 22+'s trim_spaces: space, tab and newline.
func nodeTrim(s string) string { return strings.Trim(s, " \t\n") }

// node20Trim is Node 20's trim_spaces: spaces only.
func node20Trim(s string) string { return strings.Trim(s, " ") }

// dqNewlines turns the two characters `\n` into a newline, as Node does
// inside double quotes (and nothing else: no other escapes).
func dqNewlines(s string) string { return strings.ReplaceAll(s, `\n`, "\n") }

// nodeParser walks the \r-stripped text and records entries with their line.
type nodeParser struct {
	text    string // input with every \r removed
	entries []Entry
	lines   lineCounter
}

// lineCounter turns increasing byte offsets into 1-based line numbers in
// linear time overall.
type lineCounter struct {
	off, line int
}

func (c *lineCounter) at(text string, off int) int {
	if off < c.off { // not increasing: count from the start
		c.off, c.line = 0, 0
	}
	c.line += strings.Count(text[c.off:off], "\n")
	c.off = off
	return c.line + 1
}

func (p *nodeParser) lineAt(off int) int { return p.lines.at(p.text, off) }

func (p *nodeParser) add(key, value string, start, end int) {
	if end > len(p.text) {
		end = len(p.text)
	}
	raw := strings.TrimRight(p.text[start:end], "\n")
	p.entries = append(p.entries, Entry{Key: key, Value: value, Line: p.lineAt(start), Raw: raw})
}

// ParseNode parses env file text the way Node 22 and later's util.parseEnv
// does (Vite 8 on a current Node). Entries come in file order; a repeated key
// appears once per assignment and the last one wins.
func ParseNode(src string) []Entry {
	p := &nodeParser{text: strings.ReplaceAll(src, "\r", "")}
	all := p.text
	// content is all[pos:end]; trimming moves pos and end.
	pos, end := 0, len(all)
	trim := func() {
		for pos < end && strings.IndexByte(" \t\n", all[pos]) >= 0 {
			pos++
		}
		for end > pos && strings.IndexByte(" \t\n", all[end-1]) >= 0 {
			end--
		}
	}
	find := func(c byte, from int) int { // absolute index or -1
		if i := strings.IndexByte(all[from:end], c); i >= 0 {
			return from + i
		}
		return -1
	}
	trim()
	for pos < end {
		if all[pos] == '\n' || all[pos] == '#' {
			if nl := find('\n', pos); nl >= 0 {
				pos = nl + 1
			} else {
				pos = end
			}
			continue
		}
		eq := strings.IndexAny(all[pos:end], "=\n")
		if eq < 0 {
			break
		}
		eq += pos
		if all[eq] == '\n' {
			pos = eq + 1
			trim()
			continue
		}
		keyStart := pos
		key := nodeTrim(all[pos:eq])
		pos = eq + 1
		if pos >= end || all[pos] == '\n' {
			p.add(key, "", keyStart, pos)
			continue
		}
		trim()
		if key == "" {
			continue
		}
		if strings.HasPrefix(key, "export ") {
			key = nodeTrim(key[7:])
		}
		if pos >= end {
			p.add(key, "", keyStart, pos)
			break
		}
		q := all[pos]
		if q == '"' {
			if cq := find('"', pos+1); cq >= 0 {
				p.add(key, dqNewlines(all[pos+1:cq]), keyStart, cq+1)
				if nl := find('\n', cq+1); nl >= 0 {
					pos = nl + 1
				} else {
					pos = end
				}
				continue
			}
		}
		if q == '\'' || q == '"' || q == '`' {
			cq := find(q, pos+1)
			if cq < 0 {
				if nl := find('\n', pos); nl >= 0 {
					p.add(key, all[pos:nl], keyStart, nl)
					pos = nl + 1
				} else {
					p.add(key, all[pos:end], keyStart, end)
					break
				}
			} else {
				p.add(key, all[pos+1:cq], keyStart, cq+1)
				if nl := find('\n', cq+1); nl >= 0 {
					pos = nl + 1
				} else {
					pos = end
				}
				continue
			}
		} else {
			stop := end
			if nl := find('\n', pos); nl >= 0 {
				stop = nl
			}
			v := all[pos:stop]
			if h := strings.IndexByte(v, '#'); h >= 0 {
				v = v[:h]
			}
			p.add(key, nodeTrim(v), keyStart, stop)
			if stop < end {
				pos = stop + 1
			} else {
				pos = end
			}
		}
		trim()
	}
	return p.entries
}

// ParseNode20 parses env file text the way Node 20's util.parseEnv does.
func ParseNode20(src string) []Entry {
	p := &nodeParser{text: strings.ReplaceAll(src, "\r", "")}
	all := p.text
	pos, end := 0, len(all)
	for pos < end && all[pos] == ' ' {
		pos++
	}
	for end > pos && all[end-1] == ' ' {
		end--
	}
	find := func(c byte, from int) int {
		if i := strings.IndexByte(all[from:end], c); i >= 0 {
			return from + i
		}
		return -1
	}
	for pos < end {
		if all[pos] == '\n' || all[pos] == '#' {
			if nl := find('\n', pos); nl >= 0 {
				pos = nl + 1
				continue
			}
			// A last comment line without a newline falls through and is
			// read as an assignment (Node 20 quirk).
		}
		eq := find('=', pos)
		if eq < 0 {
			break
		}
		keyStart := pos
		key := node20Trim(all[pos:eq])
		pos = eq + 1
		if key == "" {
			break // Node 20 stops reading the file at an empty key
		}
		if strings.HasPrefix(key, "export ") {
			key = key[7:]
		}
		for pos < end && all[pos] == ' ' {
			pos++
		}
		if pos >= end {
			p.add(key, "", keyStart, pos)
			break
		}
		q := all[pos]
		if q == '"' {
			if cq := find('"', pos+1); cq >= 0 {
				p.add(key, dqNewlines(all[pos+1:cq]), keyStart, cq+1)
				if nl := find('\n', cq+1); nl >= 0 {
					pos = nl
				} else {
					pos = end
				}
				continue
			}
		}
		if q == '\'' || q == '"' || q == '`' {
			cq := find(q, pos+1)
			if cq < 0 {
				if nl := find('\n', pos); nl >= 0 {
					p.add(key, all[pos:nl], keyStart, nl)
					pos = nl
				}
				// no newline: nothing stored; the next round finds no "=" after it
				// or reads the rest as a key, exactly as Node 20 does.
			} else {
				p.add(key, all[pos+1:cq], keyStart, cq+1)
				if nl := find('\n', cq+1); nl >= 0 {
					pos = nl
				} else {
					pos = end
				}
			}
		} else {
			stop := end
			if nl := find('\n', pos); nl >= 0 {
				stop = nl
			}
			v := all[pos:stop]
			if h := strings.IndexByte(v, '#'); h >= 0 {
				v = v[:h]
			}
			p.add(key, node20Trim(v), keyStart, stop)
			pos = stop
		}
	}
	return p.entries
}

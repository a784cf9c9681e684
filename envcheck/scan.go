package envcheck

import (
	"bytes"
	"regexp"
	"sort"
	"strings"
)

// RefKind says how code reads an env variable.
type RefKind string

const (
	RefMember      RefKind = "member"      // import.meta.env.X, import.meta.env?.X
	RefIndex       RefKind = "index"       // import.meta.env['X']
	RefDestructure RefKind = "destructure" // const {X, Y: z} = import.meta.env
	RefAlias       RefKind = "alias"       // env.X after const env = import.meta.env
	RefHTML        RefKind = "html"        // %X% in index.html
)

// Ref is one read of an env variable in browser code.
type Ref struct {
	Name string
	Kind RefKind
	File string // relative to the project dir, slash-separated
	Line int
}

// WholeUse is import.meta.env used as a whole object (passed, spread,
// assigned, stringified, indexed with a computed key): Vite then inlines
// every client variable, secrets included.
type WholeUse struct {
	How  string // "spread", "JSON.stringify", "assigned to env", "computed key", ...
	File string
	Line int
}

// Compare is a variable compared with a string literal:
// import.meta.env.VITE_FLAG === 'true'.
type Compare struct {
	Name, Op, Literal string
	File              string
	Line              int
}

// Expr is a JavaScript expression the checks care about (a Pusher key,
// cluster or auth endpoint), reduced to what the scanner could tell.
type Expr struct {
	Text    string  // source text, trimmed
	Var     string  // env variable it reads, if any
	Lit     *string // string literal value, if it is one
	Default *string // literal after || or ?? when Var is set
	Ident   string  // a bare identifier, resolved through Scan.Consts
}

// PusherCall is one `new Pusher(key, options)` in browser code.
type PusherCall struct {
	File        string
	Line        int
	Key         Expr
	OptsKnown   bool // options were an object literal the scanner read
	HasCluster  bool
	Cluster     Expr
	HasEndpoint bool
	Endpoint    Expr // authEndpoint or channelAuthorization.endpoint
	HasWSHost   bool // wsHost set: the cluster does not pick the host
}

// Const is a top-level `const NAME = expr` whose value is an env read or a
// string literal, so a Pusher call using NAME can be traced to it.
type Const struct {
	Expr
	File string
	Line int
}

// Scan is what the scanner found in browser code.
type Scan struct {
	Files    int // source files read
	Refs     []Ref
	Whole    []WholeUse
	Compares []Compare
	Pushers  []PusherCall
	Consts   map[string]Const
	Skipped  []Finding // files that could not be scanned (binary, huge, unreadable)
}

func (s *Scan) merge(o *Scan) {
	s.Files += o.Files
	s.Refs = append(s.Refs, o.Refs...)
	s.Whole = append(s.Whole, o.Whole...)
	s.Compares = append(s.Compares, o.Compares...)
	s.Pushers = append(s.Pushers, o.Pushers...)
	s.Skipped = append(s.Skipped, o.Skipped...)
	for k, v := range o.Consts {
		if s.Consts == nil {
			s.Consts = map[string]Const{}
		}
		if _, dup := s.Consts[k]; !dup {
			s.Consts[k] = v
		}
	}
}

var (
	reHTMLVar = regexp.MustCompile(`%([A-Za-z_][A-Za-z0-9_]*)%`)
	reHTMLCmt = regexp.MustCompile(`(?s)<!--.*?-->`)
)

// ScanSource scans one JavaScript, TypeScript, JSX, Vue or Svelte file.
// file is the name findings carry. It never fails: what it cannot read as
// code it leaves alone.
func ScanSource(file string, src []byte) *Scan {
	return scanMasked(file, src, mask(src))
}

// scanMasked is ScanSource for source already masked (m = mask(src)).
func scanMasked(file string, src, m []byte) *Scan {
	s := &Scan{Files: 1}
	lines := newLineIndex(src)
	p := &fileScan{s: s, file: file, src: src, m: m, lines: lines}
	aliases := map[string]bool{}
	for _, loc := range findEnv(m, maxMatches) {
		if alias := p.envAt(loc[0], loc[1]); alias != "" && len(aliases) < 16 {
			aliases[alias] = true
		}
	}
	for _, a := range sortedKeys(aliases) {
		p.aliasReads(a)
	}
	p.consts()
	for _, loc := range findNewPusher(m, maxMatches/10) {
		p.pusher(loc[0], loc[1])
	}
	return s
}

// ScanHTML scans index.html for %X% replacements (outside comments) and
// inline module scripts. It returns the src of each <script type="module">.
func ScanHTML(file string, src []byte) (s *Scan, scripts []string) {
	s = &Scan{Files: 1}
	text := reHTMLCmt.ReplaceAllFunc(src, func(b []byte) []byte {
		return []byte(strings.Map(func(r rune) rune {
			if r == '\n' {
				return r
			}
			return ' '
		}, string(b)))
	})
	lines := newLineIndex(src)
	for _, sm := range reHTMLVar.FindAllSubmatchIndex(text, -1) {
		s.Refs = append(s.Refs, Ref{Name: string(text[sm[2]:sm[3]]), Kind: RefHTML, File: file, Line: lines.line(sm[0])})
	}
	for _, tag := range reScript.FindAllSubmatchIndex(text, -1) {
		attrs := string(text[tag[2]:tag[3]])
		if !reModule.MatchString(attrs) {
			continue
		}
		if a := reSrc.FindStringSubmatch(attrs); a != nil {
			scripts = append(scripts, a[1]+a[2]+a[3])
			continue
		}
		body := src[tag[4]:tag[5]]
		inner := ScanSource(file, body)
		shift := lines.line(tag[4]) - 1
		for i := range inner.Refs {
			inner.Refs[i].Line += shift
		}
		for i := range inner.Whole {
			inner.Whole[i].Line += shift
		}
		for i := range inner.Compares {
			inner.Compares[i].Line += shift
		}
		for i := range inner.Pushers {
			inner.Pushers[i].Line += shift
		}
		inner.Files = 0
		s.merge(inner)
	}
	return s, scripts
}

var (
	reScript = regexp.MustCompile(`(?is)<script\b([^>]*)>(.*?)</script\s*>`)
	reModule = regexp.MustCompile(`(?i)\btype\s*=\s*["']?module\b`)
	reSrc    = regexp.MustCompile(`(?i)\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))`)
)

type fileScan struct {
	s     *Scan
	file  string
	src   []byte // original
	m     []byte // masked
	lines lineIndex
}

func (p *fileScan) skipWS(i int) int {
	for i < len(p.m) && isSpace(p.m[i]) {
		i++
	}
	return i
}

func (p *fileScan) skipWSBack(i int) int { // i is exclusive end
	for i > 0 && isSpace(p.m[i-1]) {
		i--
	}
	return i
}

func (p *fileScan) ident(i int) (string, int) {
	j := i
	for j < len(p.m) && isIdentPart(p.m[j]) {
		j++
	}
	if j == i || !isIdentStart(p.m[i]) {
		return "", i
	}
	return string(p.m[i:j]), j
}

// stringAt reads a quoted literal starting at i (on its opening quote) from
// the original source; ok is false when there is none or it interpolates.
func (p *fileScan) stringAt(i int) (val string, end int, ok bool) {
	if i >= len(p.m) {
		return "", i, false
	}
	q := p.m[i]
	if q != '\'' && q != '"' && q != '`' {
		return "", i, false
	}
	j := i + 1
	for j < len(p.m) && p.m[j] != q {
		if p.m[j] != maskByte && !(p.m[j] == '\n' || p.m[j] == '\r') {
			return "", i, false // ${...} inside a template
		}
		j++
	}
	if j >= len(p.m) {
		return "", i, false
	}
	return unescapeJS(string(p.src[i+1 : j])), j + 1, true
}

// envAt handles one import.meta.env occurrence at m[start:end]. It returns
// an alias name when the object is bound to a variable.
func (p *fileScan) envAt(start, end int) (alias string) {
	line := p.lines.line(start)
	i := p.skipWS(end)
	if i+1 < len(p.m) && p.m[i] == '?' && p.m[i+1] == '.' {
		i = p.skipWS(i + 2)
		if i < len(p.m) && p.m[i] != '[' {
			i-- // treat ?.X like .X
		}
	}
	if i < len(p.m) && p.m[i] == '.' {
		if name, after := p.ident(p.skipWS(i + 1)); name != "" {
			p.read(name, RefMember, start, after)
			return ""
		}
	}
	if i < len(p.m) && p.m[i] == '[' {
		if name, after, ok := p.stringAt(p.skipWS(i + 1)); ok {
			if after = p.skipWS(after); after < len(p.m) && p.m[after] == ']' {
				p.read(name, RefIndex, start, after+1)
				return ""
			}
		}
		p.whole("computed key", line)
		return ""
	}
	// Not a property read: look at what comes before.
	b := p.skipWSBack(start)
	switch {
	case b >= 3 && string(p.m[b-3:b]) == "...":
		p.whole("spread", line)
		return ""
	case b >= 1 && p.m[b-1] == '=' && (b < 2 || !strings.ContainsRune("=!<>", rune(p.m[b-2]))):
		lhs := p.skipWSBack(b - 1)
		if lhs > 0 && p.m[lhs-1] == '}' {
			if p.destructure(lhs-1, line) {
				return ""
			}
		}
		// const env = import.meta.env (optionally typed)
		if loc := lastConstDecl(p.m[max(0, start-200):start]); loc != "" {
			p.whole("assigned to "+loc, line)
			return loc
		}
	case b >= 7 && string(p.m[b-7:b]) == "typeof " || b >= 6 && string(p.m[b-6:b]) == "typeof":
		return ""
	}
	how := "used as a whole object"
	if strings.HasSuffix(string(p.m[max(0, b-20):b]), "JSON.stringify(") {
		how = "JSON.stringify"
	}
	p.whole(how, line)
	return ""
}

var reTailDecl = regexp.MustCompile(`\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=;]*)?=\s*$`)

func lastConstDecl(b []byte) string {
	if m := reTailDecl.FindSubmatch(b); m != nil {
		return string(m[1])
	}
	return ""
}

func (p *fileScan) whole(how string, line int) {
	p.s.Whole = append(p.s.Whole, WholeUse{How: how, File: p.file, Line: line})
}

// read records a read of name spanning m[start:end] and a string comparison
// on either side of it.
func (p *fileScan) read(name string, kind RefKind, start, end int) {
	line := p.lines.line(start)
	p.s.Refs = append(p.s.Refs, Ref{Name: name, Kind: kind, File: p.file, Line: line})
	// expr === 'lit'
	i := p.skipWS(end)
	if op := compareOp(p.m[i:]); op != "" {
		if lit, _, ok := p.stringAt(p.skipWS(i + len(op))); ok {
			p.s.Compares = append(p.s.Compares, Compare{Name: name, Op: op, Literal: lit, File: p.file, Line: line})
			return
		}
	}
	// 'lit' === expr
	b := p.skipWSBack(start)
	for _, op := range []string{"===", "!==", "==", "!="} {
		if b >= len(op) && string(p.m[b-len(op):b]) == op {
			q := p.skipWSBack(b - len(op))
			if q == 0 {
				return
			}
			quote := p.m[q-1]
			if quote != '\'' && quote != '"' && quote != '`' {
				return
			}
			o := q - 2
			for o >= 0 && p.m[o] != quote {
				o--
			}
			if o < 0 {
				return
			}
			if lit, _, ok := p.stringAt(o); ok {
				p.s.Compares = append(p.s.Compares, Compare{Name: name, Op: op, Literal: lit, File: p.file, Line: line})
			}
			return
		}
	}
}

func compareOp(b []byte) string {
	for _, op := range []string{"===", "!==", "==", "!="} {
		if len(b) >= len(op) && string(b[:len(op)]) == op {
			return op
		}
	}
	return ""
}

// destructure reads the pattern of `const { A, B: b, C = 1, ...rest } =`
// whose closing brace is at m[close]. It reports whether it found one.
func (p *fileScan) destructure(close, line int) bool {
	depth := 0
	open := -1
	for k := close; k >= 0 && close-k < 1024; k-- {
		switch p.m[k] {
		case '}':
			depth++
		case '{':
			depth--
		}
		if depth == 0 {
			open = k
			break
		}
	}
	if open < 0 {
		return false
	}
	for _, item := range splitTop(p.m, open+1, close) {
		a, b := item[0], item[1]
		a = p.skipWS(a)
		if a >= b {
			continue
		}
		if b-a > 3 && string(p.m[a:a+3]) == "..." {
			p.whole("rest pattern", line)
			continue
		}
		name, _ := p.ident(a)
		if name == "" {
			if lit, _, ok := p.stringAt(a); ok {
				name = lit
			}
		}
		if name != "" {
			p.s.Refs = append(p.s.Refs, Ref{Name: name, Kind: RefDestructure, File: p.file, Line: p.lines.line(a)})
		}
	}
	return true
}

// splitTop splits m[from:to] at commas outside brackets.
func splitTop(m []byte, from, to int) [][2]int {
	var parts [][2]int
	depth := 0
	start := from
	for k := from; k < to; k++ {
		switch m[k] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case ',':
			if depth == 0 {
				parts = append(parts, [2]int{start, k})
				start = k + 1
			}
		}
	}
	return append(parts, [2]int{start, to})
}

// aliasReads records env.X and env['X'] where env was bound to import.meta.env.
func (p *fileScan) aliasReads(alias string) {
	re := regexp.MustCompile(`(?:^|[^\w$.])` + regexp.QuoteMeta(alias) + `\s*(?:\?\.|\.|\[)`)
	for _, loc := range re.FindAllIndex(p.m, maxMatches) {
		start := loc[0]
		for start < len(p.m) && !isIdentStart(p.m[start]) {
			start++
		}
		i := p.skipWS(start + len(alias))
		if i+1 < len(p.m) && p.m[i] == '?' {
			i = p.skipWS(i + 2)
			if i < len(p.m) && p.m[i] != '[' {
				i--
			}
		}
		if i >= len(p.m) {
			continue
		}
		if p.m[i] == '.' {
			if name, after := p.ident(p.skipWS(i + 1)); name != "" {
				p.read(name, RefAlias, start, after)
			}
			continue
		}
		if name, after, ok := p.stringAt(p.skipWS(i + 1)); ok {
			if after = p.skipWS(after); after < len(p.m) && p.m[after] == ']' {
				p.read(name, RefAlias, start, after+1)
			}
		}
	}
}

// consts records `const NAME = <env read or string literal>` declarations.
func (p *fileScan) consts() {
	for _, loc := range findConsts(p.m, maxMatches) {
		if c := p.m[loc[1]:]; !bytes.HasPrefix(c, []byte("import")) && !bytes.HasPrefix(c, []byte("'")) &&
			!bytes.HasPrefix(c, []byte(`"`)) && !bytes.HasPrefix(c, []byte("`")) {
			continue
		}
		name := string(p.m[loc[2]:loc[3]])
		end := exprEnd(p.m, loc[1], len(p.m))
		e := p.expr(loc[1], end)
		if e.Var == "" && e.Lit == nil {
			continue
		}
		if p.s.Consts == nil {
			p.s.Consts = map[string]Const{}
		}
		if _, dup := p.s.Consts[name]; !dup {
			p.s.Consts[name] = Const{Expr: e, File: p.file, Line: p.lines.line(loc[0])}
		}
	}
}

// exprEnd returns where the expression starting at from ends: at a comma,
// semicolon, newline-after-complete-expression or closing bracket at depth 0.
func exprEnd(m []byte, from, to int) int {
	to = min(to, from+maxExpr)
	depth := 0
	for k := from; k < to; k++ {
		switch m[k] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			if depth == 0 {
				return k
			}
			depth--
		case ',', ';':
			if depth == 0 {
				return k
			}
		case '\n':
			if depth == 0 {
				// a line ending in an operator continues the expression
				j := k - 1
				for j >= from && (m[j] == ' ' || m[j] == '\t' || m[j] == '\r') {
					j--
				}
				if j >= from && !strings.ContainsRune("|&?:=+-*/,(", rune(m[j])) {
					n := k + 1
					for n < to && isSpace(m[n]) {
						n++
					}
					if n >= to || !strings.ContainsRune("|&?:.+-*/", rune(m[n])) {
						return k
					}
				}
			}
		}
	}
	return to
}

var (
	reExprEnv  = regexp.MustCompile(`^import\s*\.\s*meta\s*\.\s*env\s*(?:\?\.|\.)\s*([A-Za-z_$][\w$]*)|^import\s*\.\s*meta\s*\.\s*env\s*(?:\?\.)?\[\s*['"` + "`" + `]`)
	reExprDflt = regexp.MustCompile(`^\s*(?:\|\||\?\?)\s*`)
	reIdent    = regexp.MustCompile(`^[A-Za-z_$][\w$]*$`)
	reAsType   = regexp.MustCompile(`\s+as\s+[\w.$<>\[\] |]+$|!$`)
)

// expr reduces m[from:to] to an Expr.
func (p *fileScan) expr(from, to int) Expr {
	from = p.skipWS(from)
	for to > from && isSpace(p.m[to-1]) {
		to--
	}
	if from >= to {
		return Expr{}
	}
	e := Expr{Text: strings.TrimSpace(string(p.src[from:to]))}
	text := string(p.m[from:to])
	text = reAsType.ReplaceAllString(text, "")
	for len(text) > 1 && text[0] == '(' && text[len(text)-1] == ')' {
		text = strings.TrimSpace(text[1 : len(text)-1])
		from = p.skipWS(from + 1)
	}
	if v, end, ok := p.stringAt(from); ok && end-from >= len(text) {
		e.Lit = &v
		return e
	}
	if reIdent.MatchString(text) {
		e.Ident = text
		return e
	}
	if sm := reExprEnv.FindStringSubmatchIndex(text); sm != nil {
		rest := sm[1]
		if sm[2] >= 0 {
			e.Var = text[sm[2]:sm[3]]
		} else {
			q := from + sm[1] - 1
			if v, end, ok := p.stringAt(q); ok {
				e.Var = v
				rest = end - from
				if j := p.skipWS(end); j < len(p.m) && p.m[j] == ']' {
					rest = j + 1 - from
				}
			}
		}
		if e.Var != "" && rest <= len(text) {
			if d := reExprDflt.FindStringIndex(text[rest:]); d != nil {
				if v, _, ok := p.stringAt(from + rest + d[1]); ok {
					e.Default = &v
				}
			}
		}
	}
	return e
}

// pusher reads `new Pusher(key, {cluster, authEndpoint, ...})` whose
// argument list opens at m[end-1].
func (p *fileScan) pusher(start, end int) {
	close := matchClose(p.m, end-1)
	if close < 0 {
		return
	}
	call := PusherCall{File: p.file, Line: p.lines.line(start)}
	args := splitTop(p.m, end, close)
	call.Key = p.expr(args[0][0], args[0][1])
	if len(args) > 1 {
		a := p.skipWS(args[1][0])
		if a < len(p.m) && p.m[a] == '{' {
			if oc := matchClose(p.m, a); oc > 0 && oc <= close {
				call.OptsKnown = true
				p.options(&call, a+1, oc)
			}
		}
	}
	p.s.Pushers = append(p.s.Pushers, call)
}

func (p *fileScan) options(call *PusherCall, from, to int) {
	for _, it := range splitTop(p.m, from, to) {
		a := p.skipWS(it[0])
		key, after := p.ident(a)
		if key == "" {
			continue
		}
		colon := p.skipWS(after)
		shorthand := colon >= it[1] || p.m[colon] != ':'
		var val Expr
		if shorthand {
			val = Expr{Text: key, Ident: key}
		} else {
			val = p.expr(colon+1, it[1])
		}
		switch key {
		case "cluster":
			call.HasCluster, call.Cluster = true, val
		case "authEndpoint":
			call.HasEndpoint, call.Endpoint = true, val
		case "wsHost":
			call.HasWSHost = true
		case "channelAuthorization":
			v := p.skipWS(colon + 1)
			if shorthand || v >= it[1] || p.m[v] != '{' {
				continue
			}
			vc := matchClose(p.m, v)
			if vc < 0 || vc > it[1] {
				continue
			}
			for _, in := range splitTop(p.m, v+1, vc) {
				ia := p.skipWS(in[0])
				if k, af := p.ident(ia); k == "endpoint" {
					if c := p.skipWS(af); c < in[1] && p.m[c] == ':' {
						call.HasEndpoint, call.Endpoint = true, p.expr(c+1, in[1])
					} else {
						call.HasEndpoint, call.Endpoint = true, Expr{Text: k, Ident: k}
					}
				}
			}
		}
	}
}

// maxExpr and maxCall bound how far the scanner looks for the end of an
// expression or call, keeping a scan linear on pathological input.
const (
	maxExpr    = 4 << 10
	maxCall    = 16 << 10
	maxMatches = 5000 // per file and kind; real code has far fewer
)

// matchClose returns the offset of the bracket closing the one at open.
func matchClose(m []byte, open int) int {
	depth := 0
	for k := open; k < len(m) && k-open < maxCall; k++ {
		switch m[k] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return -1
}

// unescapeJS resolves the common backslash escapes of a JS string literal.
func unescapeJS(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case '\n':
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// The finders below replace regular expressions on the hot path: they jump
// between occurrences of a literal with bytes.Index and check the rest by
// hand, which is several times faster on a large tree.

// findEnv returns [start, end) of each `import . meta . env` (any white
// space around the dots) that is a whole word.
func findEnv(m []byte, limit int) [][2]int {
	var out [][2]int
	for off := 0; len(out) < limit; {
		i := bytes.Index(m[off:], []byte("meta"))
		if i < 0 {
			break
		}
		at := off + i
		off = at + 4
		// backwards: ws . ws import
		j := at
		for j > 0 && isSpace(m[j-1]) {
			j--
		}
		if j == 0 || m[j-1] != '.' {
			continue
		}
		j--
		for j > 0 && isSpace(m[j-1]) {
			j--
		}
		if j < 6 || string(m[j-6:j]) != "import" || j > 6 && isIdentPart(m[j-7]) ||
			j > 6 && m[j-7] == '.' && !(j >= 9 && string(m[j-9:j-6]) == "...") {
			continue
		}
		start := j - 6
		// forwards: ws . ws env
		k := at + 4
		if k < len(m) && isIdentPart(m[k]) {
			continue
		}
		for k < len(m) && isSpace(m[k]) {
			k++
		}
		if k >= len(m) || m[k] != '.' {
			continue
		}
		k++
		for k < len(m) && isSpace(m[k]) {
			k++
		}
		if k+3 > len(m) || string(m[k:k+3]) != "env" || k+3 < len(m) && isIdentPart(m[k+3]) {
			continue
		}
		out = append(out, [2]int{start, k + 3})
	}
	return out
}

// findNewPusher returns [start, end) of each `new Pusher (`, end just past "(".
func findNewPusher(m []byte, limit int) [][2]int {
	var out [][2]int
	for off := 0; len(out) < limit; {
		i := bytes.Index(m[off:], []byte("Pusher"))
		if i < 0 {
			break
		}
		at := off + i
		off = at + 6
		j := at
		for j > 0 && isSpace(m[j-1]) {
			j--
		}
		if j == at || j < 3 || string(m[j-3:j]) != "new" || j > 3 && (isIdentPart(m[j-4]) || m[j-4] == '.') {
			continue
		}
		k := at + 6
		for k < len(m) && isSpace(m[k]) {
			k++
		}
		if k >= len(m) || m[k] != '(' {
			continue
		}
		out = append(out, [2]int{j - 3, k + 1})
	}
	return out
}

// findConsts returns, for each `const|let|var NAME [: Type] =`, the
// offsets {start, end of match, name start, name end}; end is past the
// white space after "=".
func findConsts(m []byte, limit int) [][4]int {
	var out [][4]int
	for off := 0; len(out) < limit && off < len(m); {
		i := bytes.IndexAny(m[off:], "clv")
		if i < 0 {
			break
		}
		at := off + i
		off = at + 1
		var kw string
		for _, w := range []string{"const", "let", "var"} {
			if bytes.HasPrefix(m[at:], []byte(w)) {
				kw = w
			}
		}
		if kw == "" || at > 0 && (isIdentPart(m[at-1]) || m[at-1] == '.') {
			continue
		}
		k := at + len(kw)
		if k >= len(m) || !isSpace(m[k]) {
			continue
		}
		for k < len(m) && isSpace(m[k]) {
			k++
		}
		ns := k
		for k < len(m) && isIdentPart(m[k]) {
			k++
		}
		if k == ns || !isIdentStart(m[ns]) {
			continue
		}
		ne := k
		for k < len(m) && isSpace(m[k]) {
			k++
		}
		if k < len(m) && m[k] == ':' { // a type annotation, kept short
			e := bytes.IndexByte(m[k:min(len(m), k+81)], '=')
			if e < 0 {
				continue
			}
			k += e
		}
		if k >= len(m) || m[k] != '=' || k+1 < len(m) && (m[k+1] == '=' || m[k+1] == '>') {
			continue
		}
		k++
		for k < len(m) && isSpace(m[k]) {
			k++
		}
		out = append(out, [4]int{at, k, ns, ne})
		off = k
	}
	return out
}

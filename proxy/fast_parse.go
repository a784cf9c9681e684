package proxy

import "bytes"

// The fast path's request-head parser. It is deliberately stricter than
// net/http: it accepts only the shape browsers send for a module or asset
// (GET or HEAD, HTTP/1.1, an origin-form target, CRLF lines, one plain Host,
// no body) and says "hand off" for anything else, so net/http answers every
// unusual or malformed request exactly as it did before the fast path.

// parseResult is what parseHead decided.
type parseResult int

const (
	parseMore    parseResult = iota // the head is not complete yet
	parseFast                       // a plain request the fast path may serve
	parseHandOff                    // anything else: net/http serves it
)

// maxFastHeaders bounds the header lines the fast path keeps track of; a
// request with more is handed off.
const maxFastHeaders = 64

// header kinds the fast path treats specially (compared case-insensitively).
const (
	hdrOther uint8 = iota
	hdrHost
	hdrUserAgent
	hdrConnection
	hdrContentLength
	hdrTransferEncoding
	hdrUpgrade
	hdrExpect
	hdrTE
	hdrTrailer
	hdrKeepAlive
	hdrProxyConnection
	hdrProxyAuthenticate
	hdrProxyAuthorization
	hdrForwarded
	hdrXForwardedFor
	hdrXForwardedHost
	hdrXForwardedProto
	hdrContentType
	hdrContentEncoding
	hdrDate
)

var headerKinds = []struct {
	name string
	kind uint8
}{
	{"Host", hdrHost}, {"User-Agent", hdrUserAgent}, {"Connection", hdrConnection},
	{"Content-Length", hdrContentLength}, {"Transfer-Encoding", hdrTransferEncoding},
	{"Upgrade", hdrUpgrade}, {"Expect", hdrExpect}, {"TE", hdrTE}, {"Trailer", hdrTrailer},
	{"Keep-Alive", hdrKeepAlive}, {"Proxy-Connection", hdrProxyConnection},
	{"Proxy-Authenticate", hdrProxyAuthenticate}, {"Proxy-Authorization", hdrProxyAuthorization},
	{"Forwarded", hdrForwarded}, {"X-Forwarded-For", hdrXForwardedFor},
	{"X-Forwarded-Host", hdrXForwardedHost}, {"X-Forwarded-Proto", hdrXForwardedProto},
	{"Content-Type", hdrContentType}, {"Content-Encoding", hdrContentEncoding}, {"Date", hdrDate},
}

// headerKind classifies a header name without allocating.
func headerKind(name []byte) uint8 {
	for _, k := range headerKinds {
		if len(k.name) == len(name) && equalFold(name, k.name) {
			return k.kind
		}
	}
	return hdrOther
}

// isHopByHop reports whether a header of kind k never crosses a proxy
// (httputil.ReverseProxy's list).
func isHopByHop(k uint8) bool {
	switch k {
	case hdrConnection, hdrProxyConnection, hdrKeepAlive, hdrProxyAuthenticate,
		hdrProxyAuthorization, hdrTE, hdrTrailer, hdrTransferEncoding, hdrUpgrade:
		return true
	}
	return false
}

// field is one header line, its name and (trimmed) value slicing the buffer
// it was parsed from.
type field struct {
	name, value []byte
	kind        uint8
	drop        bool // listed in Connection: not forwarded
}

// reqHead is a parsed request head; its slices point into the read buffer.
type reqHead struct {
	n          int // bytes of the head, final CRLF included
	head       bool
	target     []byte
	path       []byte // target before '?'
	host       []byte
	fields     []field
	wantsClose bool // Connection: close
	teTrailers bool // TE lists "trailers"
}

// parseHead parses the request head at the start of b.
func parseHead(b []byte, h *reqHead) parseResult {
	*h = reqHead{fields: h.fields[:0]}
	line, rest, res := nextLine(b)
	if res != parseFast {
		return res
	}
	switch {
	case bytes.HasPrefix(line, []byte("GET /")):
		line = line[4:]
	case bytes.HasPrefix(line, []byte("HEAD /")):
		line, h.head = line[5:], true
	default:
		return parseHandOff
	}
	sp := bytes.IndexByte(line, ' ')
	if sp < 0 || string(line[sp:]) != " HTTP/1.1" {
		return parseHandOff
	}
	h.target = line[:sp]
	if !validTarget(h.target) {
		return parseHandOff
	}
	h.path = h.target
	if q := bytes.IndexByte(h.target, '?'); q >= 0 {
		h.path = h.target[:q]
	}
	hosts := 0
	for {
		var f field
		f, rest, res = nextField(rest)
		if res != parseFast {
			return res
		}
		if f.name == nil {
			break
		}
		if len(h.fields) == maxFastHeaders {
			return parseHandOff
		}
		value := f.value
		switch f.kind {
		case hdrHost:
			hosts++
			h.host = value
		case hdrContentLength:
			if string(value) != "0" {
				return parseHandOff
			}
		case hdrTransferEncoding, hdrUpgrade, hdrExpect:
			return parseHandOff
		case hdrConnection:
			h.wantsClose = h.wantsClose || containsToken(value, "close")
		case hdrTE:
			if containsToken(value, "trailers") {
				h.teTrailers = true
			}
		}
		h.fields = append(h.fields, f)
	}
	if hosts != 1 || !validHost(h.host) {
		return parseHandOff
	}
	dropListed(h.fields)
	h.n = len(b) - len(rest)
	return parseFast
}

// nextField parses the header line at the start of b. At the empty line
// that ends the head it returns a field with a nil name.
func nextField(b []byte) (f field, rest []byte, res parseResult) {
	line, rest, res := nextLine(b)
	if res != parseFast || len(line) == 0 {
		return field{}, rest, res
	}
	colon := bytes.IndexByte(line, ':')
	if colon <= 0 {
		return field{}, nil, parseHandOff
	}
	name, value := line[:colon], trimOWS(line[colon+1:])
	if !validFieldName(name) || !validFieldValue(value) {
		return field{}, nil, parseHandOff
	}
	return field{name: name, value: value, kind: headerKind(name)}, rest, parseFast
}

// dropListed marks the fields a Connection field names as not forwarded.
func dropListed(fields []field) {
	for _, f := range fields {
		if f.kind != hdrConnection {
			continue
		}
		for tok := range bytes.SplitSeq(f.value, []byte(",")) {
			if tok = trimOWS(tok); len(tok) == 0 {
				continue
			}
			for i := range fields {
				if g := &fields[i]; equalFold(g.name, tok) {
					g.drop = true
				}
			}
		}
	}
}

// nextLine returns the CRLF-terminated line at the start of b and what
// follows it. A bare LF (which net/http accepts) hands off; no LF yet asks
// for more.
func nextLine(b []byte) (line, rest []byte, res parseResult) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return nil, nil, parseMore
	}
	if i == 0 || b[i-1] != '\r' {
		return nil, nil, parseHandOff
	}
	return b[:i-1], b[i+1:], parseFast
}

// validTarget accepts an origin-form target whose path net/url keeps byte
// for byte when the request is forwarded (its RequestURI is the target
// itself): RFC 3986 path characters and well-formed %XX escapes; the query
// may hold any visible byte.
func validTarget(t []byte) bool {
	if len(t) == 0 || t[0] != '/' {
		return false
	}
	i := 0
	for ; i < len(t) && t[i] != '?'; i++ {
		c := t[i]
		if c == '%' {
			if i+2 >= len(t) || !isHex(t[i+1]) || !isHex(t[i+2]) {
				return false
			}
			i += 2
			continue
		}
		if !pathByte[c] {
			return false
		}
	}
	for ; i < len(t); i++ {
		if c := t[i]; c <= ' ' || c == 0x7f {
			return false
		}
	}
	return true
}

var (
	pathByte  = byteSet("-._~!$&'()*+,;=:@[]/") // RFC 3986 path characters
	tokenByte = byteSet("!#$%&'*+-.^_`|~")      // RFC 9110 token characters
)

// byteSet is a lookup table of the letters, digits and extra.
func byteSet(extra string) (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for _, c := range extra {
		t[c] = true
	}
	return t
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func validFieldName(b []byte) bool {
	for _, c := range b {
		if !tokenByte[c] {
			return false
		}
	}
	return len(b) > 0
}

// validFieldValue rejects control bytes other than tab, as net/http's
// server does (it answers 400).
func validFieldValue(b []byte) bool {
	for _, c := range b {
		if c < ' ' && c != '\t' || c == 0x7f {
			return false
		}
	}
	return true
}

// validHost accepts a non-empty Host of name or address characters and an
// optional port; anything rarer (percent signs, empty) is handed off.
func validHost(b []byte) bool {
	for _, c := range b {
		if !(pathByte[c] && c != '/' && c != '~' && c != '!' && c != '$' && c != '&' && c != '\'' &&
			c != '(' && c != ')' && c != '*' && c != '+' && c != ',' && c != ';' && c != '=' && c != '@') {
			return false
		}
	}
	return len(b) > 0
}

func trimOWS(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalFold compares ASCII case-insensitively.
func equalFold[T string | []byte](a []byte, b T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if lowerASCII(a[i]) != lowerASCII(b[i]) {
			return false
		}
	}
	return true
}

// containsToken reports whether the comma-separated list v has an element
// equal to token, as httpguts.HeaderValuesContainsToken does.
func containsToken(v []byte, token string) bool {
	for e := range bytes.SplitSeq(v, []byte(",")) {
		if equalFold(trimOWS(e), token) {
			return true
		}
	}
	return false
}

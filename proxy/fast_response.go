package proxy

import (
	"bytes"
	"errors"
)

// respHead is a parsed upstream response head; its slices point into the
// upstream connection's read buffer.
type respHead struct {
	n           int // bytes of the head
	code        int
	http10      bool
	fields      []field
	length      int64 // Content-Length; -1 when absent
	chunked     bool
	close       bool // Connection: close, or HTTP/1.0
	hasDate     bool
	hasType     bool
	hasEncoding bool // a non-empty Content-Encoding
}

// parseRespHead parses a complete response head (from peekHead). It is
// strict: false means "let net/http's client judge it", which the caller
// does by handing the request off.
func parseRespHead(b []byte, rh *respHead) bool {
	*rh = respHead{fields: rh.fields[:0], length: -1, n: len(b)}
	line, rest, res := nextLine(b)
	if res != parseFast || len(line) < len("HTTP/1.1 200") || !bytes.HasPrefix(line, []byte("HTTP/1.")) ||
		(line[7] != '0' && line[7] != '1') || line[8] != ' ' || len(line) > 12 && line[12] != ' ' {
		return false
	}
	rh.http10 = line[7] == '0'
	for _, c := range line[9:12] {
		if c < '0' || c > '9' {
			return false
		}
		rh.code = rh.code*10 + int(c-'0')
	}
	if rh.code < 100 || rh.code > 599 {
		return false
	}
	rh.close = rh.http10
	lengths, encodings := 0, 0
	for {
		var f field
		f, rest, res = nextField(rest)
		if res != parseFast {
			return false
		}
		if f.name == nil {
			break
		}
		value := f.value
		switch f.kind {
		case hdrContentLength:
			lengths++
			n, ok := parseLength(value)
			if !ok || lengths > 1 {
				return false
			}
			rh.length = n
		case hdrTransferEncoding:
			encodings++
			if encodings > 1 || rh.http10 || !equalFold(value, "chunked") {
				return false
			}
			rh.chunked = true
		case hdrConnection:
			rh.close = rh.close || containsToken(value, "close")
			if rh.http10 && containsToken(value, "keep-alive") {
				return false // HTTP/1.0 keep-alive: rare, net/http handles it
			}
		case hdrDate:
			rh.hasDate = true
		case hdrContentType:
			rh.hasType = true
		case hdrContentEncoding:
			rh.hasEncoding = rh.hasEncoding || len(value) > 0
		}
		rh.fields = append(rh.fields, f)
	}
	dropListed(rh.fields)
	return true
}

// parseLength reads a Content-Length value: decimal digits only.
func parseLength(b []byte) (int64, bool) {
	if len(b) == 0 || len(b) > 18 {
		return 0, false
	}
	var n int64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

// framing says how the body of a response to a GET (head false) or HEAD
// ends.
func (rh *respHead) framing(head bool) framing {
	switch {
	case head || rh.code == 204 || rh.code == 304 || rh.code < 200:
		return noBody
	case rh.chunked:
		return chunkedBody
	case rh.length >= 0:
		return lengthBody
	}
	return closeBody
}

// needSniff reports whether net/http's server would add a sniffed
// Content-Type to the response.
func (rh *respHead) needSniff(head bool) bool {
	return !head && !rh.hasType && !rh.hasEncoding && rh.code != 204 && rh.code != 304 && rh.length != 0
}

// chunkScanner follows chunked framing byte by byte to find where the body
// ends, so it can be relayed as it is.
type chunkScanner struct {
	state  uint8
	size   int64 // of the current chunk (csData: bytes left)
	digits int
	line   int  // bytes in the current extension or trailer line
	colon  bool // the trailer line has its colon
}

const (
	csSize   uint8 = iota
	csSizeWS       // spaces after the size, before the CRLF
	csExt
	csSizeLF
	csData
	csDataCR
	csDataLF
	csTrailer // at the start of a trailer line (or the final CRLF)
	csTrailerLine
	csTrailerLF
	csEndLF
	csDone
)

// maxChunkLine bounds a chunk extension or a trailer line.
const maxChunkLine = 4096

// scan consumes p up to the end of the body; it returns how many bytes
// belong to the body and whether it ended.
func (c *chunkScanner) scan(p []byte) (int, bool, error) {
	for i := 0; i < len(p); i++ {
		b := p[i]
		switch c.state {
		case csSize:
			switch {
			case isHex(b):
				if c.digits == 15 {
					return 0, false, errBadChunk
				}
				c.size = c.size<<4 | int64(hexVal(b))
				c.digits++
			case c.digits > 0 && b == ';':
				c.state, c.line = csExt, 0
			case c.digits > 0 && (b == ' ' || b == '\t'):
				c.state = csSizeWS
			case c.digits > 0 && b == '\r':
				c.state = csSizeLF
			default:
				return 0, false, errBadChunk
			}
		case csSizeWS:
			switch b {
			case ' ', '\t':
			case '\r':
				c.state = csSizeLF
			default:
				return 0, false, errBadChunk
			}
		case csExt, csTrailerLine:
			c.line++
			switch {
			case b == '\r' && c.state == csTrailerLine && !c.colon:
				return 0, false, errBadChunk // a trailer field is name: value
			case b == '\r':
				c.state++ // csSizeLF, csTrailerLF
			case b == '\n' || c.line > maxChunkLine:
				return 0, false, errBadChunk
			case c.state == csExt:
			case !c.colon && b == ':' && c.line > 1:
				c.colon = true
			case !c.colon && !tokenByte[b], c.colon && b < ' ' && b != '\t' || b == 0x7f:
				return 0, false, errBadChunk // a trailer field is token: value
			}
		case csSizeLF:
			if b != '\n' {
				return 0, false, errBadChunk
			}
			c.digits = 0
			if c.size == 0 {
				c.state = csTrailer
			} else {
				c.state = csData
			}
		case csData:
			n := min(int64(len(p)-i), c.size)
			c.size -= n
			i += int(n) - 1
			if c.size == 0 {
				c.state = csDataCR
			}
		case csDataCR, csTrailerLF, csEndLF:
			want := byte('\r')
			if c.state != csDataCR {
				want = '\n'
			}
			if b != want {
				return 0, false, errBadChunk
			}
			switch c.state {
			case csDataCR:
				c.state = csDataLF
			case csTrailerLF:
				c.state = csTrailer
			default:
				c.state = csDone
				return i + 1, true, nil
			}
		case csDataLF:
			if b != '\n' {
				return 0, false, errBadChunk
			}
			c.state = csSize
		case csTrailer:
			switch {
			case b == '\r':
				c.state = csEndLF
			case tokenByte[b]:
				c.state, c.line, c.colon = csTrailerLine, 1, false
			default:
				return 0, false, errBadChunk
			}
		default:
			return 0, false, errors.New("chunked body read past its end")
		}
	}
	return len(p), false, nil
}

func hexVal(b byte) byte {
	switch {
	case b >= 'a':
		return b - 'a' + 10
	case b >= 'A':
		return b - 'A' + 10
	}
	return b - '0'
}

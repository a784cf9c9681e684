package proxy

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"
)

// The fast path's exchange with the upstream: the request head as
// httputil.ReverseProxy with SetXForwarded would send it, and the response
// relayed as net/http's server would write it (hop-by-hop headers removed,
// Date added, status text net/http's), body bytes passed through as they
// arrive, framing parsed to find the end.

var (
	errBadResponse = errors.New("malformed upstream response")
	errBadChunk    = errors.New("malformed chunked body from upstream")
	errShortBody   = errors.New("upstream closed before the end of the body")
	errUnsolicited = errors.New("pooled upstream connection closed, or holding bytes no request asked for")
)

// upstreamDownFor is how long, after a failed dial, requests for that
// upstream go straight to net/http (which dials, and shows the waiting page)
// instead of being dialled twice.
const upstreamDownFor = time.Second

// max1xx bounds informational responses before the final one, as
// http.Transport does.
const max1xx = 5

// forward sends the request in fc.h to up and relays the response. keep
// says the connection may serve another request; handOff that nothing was
// sent to the client and the request should go to net/http instead (the
// upstream is down, or answered something the fast path does not relay).
func (fc *fastConn) forward(up *fastUpstream) (keep, handOff bool) {
	if until := up.downUntil.Load(); until != 0 && time.Now().UnixNano() < until {
		return false, true // net/http answers with its waiting page, without a second dial timeout
	}
	fc.buildRequest(up)
	for attempt := 0; ; attempt++ {
		var pc *poolConn
		var reused bool
		var err error
		if fc.ev != nil {
			pc, reused, err = fc.ev.getConn(up.addr)
		} else {
			pc, reused, err = fc.f.t.getConn(fc.f.s.baseCtx, up.addr, false)
		}
		if err != nil {
			up.downUntil.Store(time.Now().Add(upstreamDownFor).UnixNano())
			return false, true
		}
		if attempt == 0 && !reused {
			up.downUntil.Store(0)
		}
		fc.up.Store(pc)
		keep, sent, reuse, err := fc.exchange(pc, reused)
		fc.up.Store(nil)
		if err == nil {
			if reuse && fc.ev != nil {
				fc.ev.l.put(up.addr, pc)
			} else if reuse {
				fc.f.t.put(up.addr, pc)
			} else {
				pc.c.Close()
			}
			return keep, false
		}
		pc.c.Close()
		if sent {
			return false, false
		}
		if err == errUnsolicited {
			attempt-- // not sent: the next pooled connection, or a fresh one
			continue
		}
		// A pooled connection the upstream closed while idle fails at
		// once; a GET or HEAD is safe to send again, once, on a fresh one.
		if !reused || attempt > 0 || errors.Is(err, errBadResponse) {
			return false, true
		}
	}
}

// buildRequest writes the upstream request head into fc.out.
func (fc *fastConn) buildRequest(up *fastUpstream) {
	h := &fc.h
	b := fc.out[:0]
	if h.head {
		b = append(b, "HEAD "...)
	} else {
		b = append(b, "GET "...)
	}
	b = append(b, h.target...)
	b = append(b, " HTTP/1.1\r\nHost: "...)
	b = append(b, up.host...)
	b = append(b, "\r\n"...)
	// ReverseProxy forwards the first User-Agent, or none (not Go's).
	for _, f := range h.fields {
		if f.kind == hdrUserAgent {
			if !f.drop && len(f.value) > 0 {
				b = appendField(b, "User-Agent", f.value)
			}
			break
		}
	}
	for _, f := range h.fields {
		switch {
		case f.drop || isHopByHop(f.kind):
		case f.kind == hdrHost || f.kind == hdrUserAgent || f.kind == hdrContentLength || f.kind == hdrForwarded ||
			f.kind == hdrXForwardedFor || f.kind == hdrXForwardedHost || f.kind == hdrXForwardedProto:
		default:
			b = append(b, f.name...)
			b = append(b, ": "...)
			b = append(b, f.value...)
			b = append(b, "\r\n"...)
		}
	}
	if h.teTrailers {
		b = append(b, "Te: trailers\r\n"...)
	}
	if fc.remoteIP != "" {
		b = append(b, "X-Forwarded-For: "...)
		b = append(b, fc.remoteIP...)
		b = append(b, "\r\n"...)
	}
	b = appendField(b, "X-Forwarded-Host", h.host)
	b = append(b, "X-Forwarded-Proto: http\r\n\r\n"...)
	fc.out = b
}

func appendField[N string | []byte](b []byte, name N, value []byte) []byte {
	b = append(b, name...)
	b = append(b, ": "...)
	b = append(b, value...)
	return append(b, "\r\n"...)
}

// framing is how a response body ends.
type framing uint8

const (
	noBody framing = iota
	lengthBody
	chunkedBody
	closeBody // read to EOF; the client connection closes after it
)

// exchange writes fc.out to pc and relays the response. sent says bytes
// reached the client (an error then ends the connection rather than
// handing off); reuse that pc may serve another request. A pooled pc is
// checked for unsolicited bytes first (errUnsolicited: nothing was sent).
func (fc *fastConn) exchange(pc *poolConn, pooled bool) (keep, sent, reuse bool, err error) {
	if err := fc.sendRequest(pc, pooled); err != nil {
		return false, false, false, err
	}
	rh := &fc.resp
	for n1xx := 0; ; n1xx++ {
		head, err := peekHead(pc.br)
		if err != nil {
			return false, sent, false, err
		}
		if !parseRespHead(head, rh) {
			return false, sent, false, errBadResponse
		}
		if rh.code >= 200 {
			break
		}
		if rh.code == http.StatusSwitchingProtocols || n1xx == max1xx {
			return false, sent, false, errBadResponse
		}
		// 100 Continue, 103 Early Hints: relayed at once with their
		// headers, as ReverseProxy does.
		b := appendStatusLine(fc.out[:0], rh.code)
		for _, f := range rh.fields {
			if f.kind != hdrContentLength && f.kind != hdrTransferEncoding {
				b = appendField(b, f.name, f.value)
			}
		}
		fc.out = append(b, "\r\n"...)
		pc.br.Discard(len(head))
		sent = true
		if _, err := fc.c.Write(fc.out); err != nil {
			return false, true, false, err
		}
	}
	fc.f.served.Add(1) // before the client can see the response
	fr := rh.framing(fc.h.head)
	fc.responseHead(rh, fr)
	pc.br.Discard(rh.n)
	if rh.needSniff(fc.h.head) {
		// net/http sniffs a type for a body that has none.
		if p := firstBodyBytes(pc.br, fr); len(p) > 0 {
			fc.out = appendField(fc.out, "Content-Type", []byte(http.DetectContentType(p)))
		}
	}
	keep = !fc.h.wantsClose && fr != closeBody
	if fr == chunkedBody {
		fc.out = append(fc.out, "Transfer-Encoding: chunked\r\n"...)
	}
	if !keep {
		fc.out = append(fc.out, "Connection: close\r\n"...)
	}
	fc.out = append(fc.out, "\r\n"...)
	if err := fc.relayBody(pc, fr, rh.length); err != nil {
		return false, true, false, err
	}
	reuse = !rh.close && fr != closeBody && pc.br.Buffered() == 0
	return keep, true, reuse, nil
}

// sendRequest writes fc.out to pc and waits for the response to start
// (idlePeek.send), checking a pooled pc first.
func (fc *fastConn) sendRequest(pc *poolConn, pooled bool) error {
	if u, ok := pc.c.(*evUpConn); ok {
		dirty, err := u.send(fc.out, pooled)
		if dirty {
			return errUnsolicited
		}
		return err
	}
	if pc.peek == nil { // a platform that cannot peek
		_, err := pc.c.Write(fc.out)
		return err
	}
	n, dirty, err := pc.peek.send(fc.out, pooled)
	switch {
	case dirty:
		return errUnsolicited
	case err != nil:
		return err
	case n < len(fc.out):
		_, err = pc.c.Write(fc.out[n:])
	}
	return err
}

// responseHead writes the client's response head into fc.out, all but the
// sniffed Content-Type and the framing lines exchange adds.
func (fc *fastConn) responseHead(rh *respHead, fr framing) {
	b := appendStatusLine(fc.out[:0], rh.code)
	for _, f := range rh.fields {
		switch {
		case f.drop:
		case f.kind == hdrTrailer && rh.chunked:
			// The chunked body is relayed with its trailer fields; net/http
			// announces them for HEAD too.
			b = appendField(b, f.name, f.value)
		case isHopByHop(f.kind):
		case f.kind == hdrContentLength && (fr == chunkedBody || rh.code == http.StatusNoContent || rh.code == http.StatusNotModified):
		case f.kind == hdrContentType && rh.code == http.StatusNotModified:
		default:
			b = appendField(b, f.name, f.value)
		}
	}
	if !rh.hasDate {
		b = append(b, "Date: "...)
		b = append(b, fc.f.date()...)
		b = append(b, "\r\n"...)
	}
	fc.out = b
}

// relayBody writes fc.out (the response head) with the body's first bytes,
// then the rest as it arrives: one write per upstream read, so streams
// (server-sent events) are never held back.
func (fc *fastConn) relayBody(pc *poolConn, fr framing, length int64) error {
	br := pc.br
	var cs chunkScanner
	head := fc.out
	for {
		var p []byte
		done := fr == noBody
		if !done {
			// The head goes out with the first body bytes of a sized body;
			// of a chunked or close-delimited one (a stream, perhaps) at
			// once, with whatever is here.
			if head == nil || br.Buffered() > 0 || fr == lengthBody && length > 0 {
				if _, err := br.Peek(1); err != nil {
					if fr == closeBody && errors.Is(err, io.EOF) {
						return nil
					}
					return errShortBody
				}
			}
			p, _ = br.Peek(br.Buffered())
			switch fr {
			case lengthBody:
				if int64(len(p)) >= length {
					p, done = p[:length], true
				}
				length -= int64(len(p))
			case chunkedBody:
				n, end, err := cs.scan(p)
				if err != nil {
					return err
				}
				p, done = p[:n], end
			}
		}
		w := p
		if head != nil {
			w = append(head, p...)
			fc.out, head = w, nil
		}
		if len(w) > 0 {
			if _, err := fc.c.Write(w); err != nil {
				return err
			}
		}
		br.Discard(len(p))
		if done {
			return nil
		}
	}
}

// firstBodyBytes returns the body's first bytes without consuming them, for
// sniffing: what is buffered (waiting for some if nothing is), and of a
// chunked body the first chunk's data.
func firstBodyBytes(br *bufio.Reader, fr framing) []byte {
	if fr == noBody {
		return nil
	}
	if _, err := br.Peek(1); err != nil {
		return nil
	}
	p, _ := br.Peek(min(br.Buffered(), 512))
	if fr != chunkedBody {
		return p
	}
	var cs chunkScanner
	for i := range p {
		if _, _, err := cs.scan(p[i : i+1]); err != nil || cs.state == csData {
			if err != nil {
				return nil
			}
			return p[i+1 : min(len(p), i+1+int(min(cs.size, 512)))]
		}
	}
	return nil
}

// date is the Date header value for now, formatted once a second.
func (f *fastServer) date() []byte {
	now := time.Now()
	if d := f.dateCache.Load(); d != nil && d.sec == now.Unix() {
		return d.text
	}
	d := &dateText{sec: now.Unix(), text: now.UTC().AppendFormat(nil, http.TimeFormat)}
	f.dateCache.Store(d)
	return d.text
}

type dateText struct {
	sec  int64
	text []byte
}

// appendStatusLine writes net/http's status line for code.
func appendStatusLine(b []byte, code int) []byte {
	b = append(b, "HTTP/1.1 "...)
	if text := http.StatusText(code); text != "" {
		b = strconv.AppendInt(b, int64(code), 10)
		b = append(b, ' ')
		b = append(b, text...)
	} else {
		b = strconv.AppendInt(b, int64(code), 10)
		b = append(b, " status code "...)
		b = strconv.AppendInt(b, int64(code), 10)
	}
	return append(b, "\r\n"...)
}

// peekHead returns the response head at the start of br, without consuming
// it: valid until br is read again.
func peekHead(br *bufio.Reader) ([]byte, error) {
	from := 0
	for {
		p, _ := br.Peek(br.Buffered())
		if i := bytes.Index(p[from:], []byte("\r\n\r\n")); i >= 0 {
			return p[:from+i+4], nil
		}
		if bytes.Contains(p, []byte("\n\n")) || len(p) == br.Size() {
			return nil, errBadResponse // bare LFs, or a head over 32 KB: net/http judges it
		}
		from = max(0, len(p)-3)
		if _, err := br.Peek(len(p) + 1); err != nil {
			return nil, err
		}
	}
}

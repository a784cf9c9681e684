package main

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// WebSocket opcodes (RFC 6455 section 5.2).
const (
	opContinuation = 0x0
	opText         = 0x1
	opBinary       = 0x2
	opClose        = 0x8
	opPing         = 0x9
	opPong         = 0xA
)

// maxMessage bounds one message read by the epoll receiver: a server that
// announces more is broken (the benchmark's events are at most a few KB).
const maxMessage = 16 << 20

// frameHeader is one parsed server→client frame header.
type frameHeader struct {
	fin    bool
	opcode byte
	hdrLen int // bytes before the payload
	length int // payload bytes
}

// errIncomplete means b holds only part of a frame: read more.
var errIncomplete = errors.New("incomplete frame")

// parseHeader parses the frame header at the start of b. Server frames are
// never masked and reserved bits are never set (no extension is negotiated).
func parseHeader(b []byte) (frameHeader, error) {
	var h frameHeader
	if len(b) < 2 {
		return h, errIncomplete
	}
	h.fin = b[0]&0x80 != 0
	h.opcode = b[0] & 0x0F
	if rsv := b[0] & 0x70; rsv != 0 {
		return h, fmt.Errorf("frame has reserved bits %#x set, but no extension was negotiated", rsv)
	}
	if b[1]&0x80 != 0 {
		return h, errors.New("server frame is masked: RFC 6455 forbids masking server-to-client frames")
	}
	n, hl := uint64(b[1]&0x7F), 2
	switch n {
	case 126:
		if len(b) < 4 {
			return h, errIncomplete
		}
		n, hl = uint64(binary.BigEndian.Uint16(b[2:4])), 4
	case 127:
		if len(b) < 10 {
			return h, errIncomplete
		}
		n, hl = binary.BigEndian.Uint64(b[2:10]), 10
	}
	switch {
	case h.opcode >= opClose && (!h.fin || n > 125):
		return h, fmt.Errorf("control frame (opcode %#x) is fragmented or longer than 125 bytes (%d)", h.opcode, n)
	case h.opcode > opBinary && h.opcode < opClose || h.opcode > opPong:
		return h, fmt.Errorf("unknown opcode %#x", h.opcode)
	case n > maxMessage:
		return h, fmt.Errorf("frame of %d bytes is over the %d byte limit", n, maxMessage)
	}
	h.hdrLen, h.length = hl, int(n)
	return h, nil
}

// frameReader reassembles the messages of one server→client byte stream fed
// to it in pieces of any size: several frames in one piece, or one frame
// split over several.
type frameReader struct {
	pending []byte // the start of a frame whose end has not arrived yet
	msg     []byte // fragments of a message whose final frame has not arrived
	msgOp   byte   // the opcode of the message in msg
	inMsg   bool
}

// feed parses data, calling onMsg for each complete data message (opcode
// text or binary, fragments joined) and control frame (opcode close, ping,
// pong), in order. The payload passed to onMsg is valid only during the
// call. After an error the stream is broken: drop the connection.
func (r *frameReader) feed(data []byte, onMsg func(op byte, payload []byte)) error {
	if len(r.pending) > 0 {
		r.pending = append(r.pending, data...)
		data = r.pending
	}
	n, err := r.parse(data, onMsg)
	rest := data[n:]
	if err != nil && err != errIncomplete {
		return err
	}
	// Keep the incomplete tail. When it came from pending, move it to the
	// front; else copy it out of the caller's buffer.
	if len(r.pending) > 0 {
		r.pending = r.pending[:copy(r.pending, rest)]
	} else {
		r.pending = append(r.pending[:0], rest...)
	}
	return nil
}

// frameAt returns the header of the frame at b[off:] and the offset just
// past it, or errIncomplete when b does not hold all of it.
func frameAt(b []byte, off int) (frameHeader, int, error) {
	h, err := parseHeader(b[off:])
	if err != nil {
		return h, off, err
	}
	end := off + h.hdrLen + h.length
	if end > len(b) {
		return h, off, errIncomplete
	}
	return h, end, nil
}

// parse handles the complete frames at the start of b and returns how many
// bytes they took.
func (r *frameReader) parse(b []byte, onMsg func(op byte, payload []byte)) (int, error) {
	off := 0
	for {
		h, end, err := frameAt(b, off)
		if err != nil {
			return off, err
		}
		p := b[off+h.hdrLen : end]
		off = end
		switch {
		case h.opcode >= opClose:
			onMsg(h.opcode, p)
		case h.opcode == opContinuation:
			if !r.inMsg {
				return off, errors.New("continuation frame without a message to continue")
			}
			if len(r.msg)+len(p) > maxMessage {
				return off, fmt.Errorf("fragmented message is over the %d byte limit", maxMessage)
			}
			r.msg = append(r.msg, p...)
			if h.fin {
				onMsg(r.msgOp, r.msg)
				r.msg, r.inMsg = r.msg[:0], false
			}
		default:
			if r.inMsg {
				return off, fmt.Errorf("new message (opcode %#x) before the last one's final fragment", h.opcode)
			}
			if h.fin {
				onMsg(h.opcode, p)
			} else {
				r.msg, r.msgOp, r.inMsg = append(r.msg[:0], p...), h.opcode, true
			}
		}
	}
}

// messagesEnd returns the offset in b just past its first n data messages
// (control frames between them count as read too): where a reader that has
// consumed n messages of the stream b stands.
func messagesEnd(b []byte, n int) (int, error) {
	off := 0
	for n > 0 {
		h, end, err := frameAt(b, off)
		if err != nil {
			return off, err
		}
		off = end
		if h.fin && h.opcode < opClose {
			n--
		}
	}
	return off, nil
}

// clientFrame encodes a final client→server frame: masked, as RFC 6455
// requires of clients. The mask need not be secret on loopback; it varies
// so that the server's unmasking is exercised.
func clientFrame(op byte, payload []byte, mask [4]byte) []byte {
	b := make([]byte, 0, 14+len(payload))
	b = append(b, 0x80|op)
	switch n := len(payload); {
	case n <= 125:
		b = append(b, 0x80|byte(n))
	case n <= 0xFFFF:
		b = append(b, 0x80|126, byte(n>>8), byte(n))
	default:
		b = append(b, 0x80|127)
		b = binary.BigEndian.AppendUint64(b, uint64(n))
	}
	b = append(b, mask[:]...)
	for i, c := range payload {
		b = append(b, c^mask[i&3])
	}
	return b
}

// closeCode returns a close frame's status code and reason (1005: none given).
func closeCode(p []byte) (int, string) {
	if len(p) < 2 {
		return 1005, ""
	}
	return int(binary.BigEndian.Uint16(p)), string(p[2:])
}

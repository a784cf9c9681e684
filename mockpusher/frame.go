package mockpusher

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"unicode/utf8"
)

// inFrame is a message a client sent. Data is a string on the wire from
// most clients, but pusher-js sends client-event data as an object: both
// are accepted, and dataString returns the text Pusher would relay.
type inFrame struct {
	Event   string          `json:"event"`
	Channel string          `json:"channel,omitempty"`
	Data    json.RawMessage `json:"data,omitempty"`
}

// decodeFrame parses one inbound text frame.
func decodeFrame(b []byte) (inFrame, error) {
	var f inFrame
	if !utf8.Valid(b) {
		return f, errors.New("frame is not valid UTF-8")
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return f, fmt.Errorf("frame is not a JSON object with an event: %w", err)
	}
	if f.Event == "" {
		return f, errors.New("frame has no event name")
	}
	return f, nil
}

// dataString returns the frame's data as the string Pusher relays: a JSON
// string is unquoted, anything else is passed on as its JSON text.
func (f inFrame) dataString() (string, error) {
	d := bytes.TrimSpace(f.Data)
	if len(d) == 0 || string(d) == "null" {
		return "", nil
	}
	if d[0] == '"' {
		var s string
		if err := json.Unmarshal(d, &s); err != nil {
			return "", fmt.Errorf("data is not a valid JSON string: %w", err)
		}
		return s, nil
	}
	return string(d), nil
}

// dataObject decodes the frame's data (a JSON object, or a JSON string
// holding one) into v.
func (f inFrame) dataObject(v any) error {
	s, err := f.dataString()
	if err != nil {
		return err
	}
	if s == "" {
		return errors.New("data is missing")
	}
	if err := json.Unmarshal([]byte(s), v); err != nil {
		return fmt.Errorf("data is not the JSON object %s expects: %w", f.Event, err)
	}
	return nil
}

// outEvent is a server-to-client event. Data is always a string.
type outEvent struct {
	Event   string `json:"event"`
	Channel string `json:"channel,omitempty"`
	Data    string `json:"data"`
	UserID  string `json:"user_id,omitempty"`
}

// encodeEvent returns the complete WebSocket text frame (header and JSON
// payload) for an event, so one trigger is encoded once and the same bytes
// go to every subscriber.
func encodeEvent(e outEvent) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(e) // strings only: cannot fail
	payload := bytes.TrimSuffix(buf.Bytes(), []byte{'\n'})
	return wsFrame(opText, payload)
}

// encodeJSONData is encodeEvent with data marshalled from v.
func encodeJSONData(event, channel string, v any) []byte {
	b, _ := json.Marshal(v) // maps and structs of strings: cannot fail
	return encodeEvent(outEvent{Event: event, Channel: channel, Data: string(b)})
}

// encodeError is a pusher:error frame. Pusher sends its data as an object;
// code is null for errors that do not close the connection.
func encodeError(code int, msg string) []byte {
	var c any
	if code != 0 {
		c = code
	}
	payload, _ := json.Marshal(struct {
		Event string `json:"event"`
		Data  any    `json:"data"`
	}{"pusher:error", struct {
		Code    any    `json:"code"`
		Message string `json:"message"`
	}{c, msg}})
	return wsFrame(opText, payload)
}

// WebSocket opcodes the server writes.
const (
	opText  = 0x1
	opClose = 0x8
	opPong  = 0xA
)

// wsFrame builds an unmasked, final server frame.
func wsFrame(op byte, payload []byte) []byte {
	n := len(payload)
	var hdr [10]byte
	hdr[0] = 0x80 | op
	h := 2
	switch {
	case n < 126:
		hdr[1] = byte(n)
	case n <= 0xFFFF:
		hdr[1] = 126
		binary.BigEndian.PutUint16(hdr[2:], uint16(n))
		h = 4
	default:
		hdr[1] = 127
		binary.BigEndian.PutUint64(hdr[2:], uint64(n))
		h = 10
	}
	out := make([]byte, h+n)
	copy(out, hdr[:h])
	copy(out[h:], payload)
	return out
}

// closeFrame is a close frame with a code and a reason (truncated to fit
// the 125-byte control frame limit).
func closeFrame(code int, reason string) []byte {
	if len(reason) > 123 {
		reason = reason[:123]
		for !utf8.ValidString(reason) {
			reason = reason[:len(reason)-1]
		}
	}
	p := make([]byte, 2+len(reason))
	binary.BigEndian.PutUint16(p, uint16(code))
	copy(p[2:], reason)
	return wsFrame(opClose, p)
}

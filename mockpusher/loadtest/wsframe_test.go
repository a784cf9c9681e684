package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// serverFrame encodes an unmasked server→client frame.
func serverFrame(op byte, fin bool, payload []byte) []byte {
	var b []byte
	if fin {
		b = append(b, 0x80|op)
	} else {
		b = append(b, op)
	}
	switch n := len(payload); {
	case n <= 125:
		b = append(b, byte(n))
	case n <= 0xFFFF:
		b = append(b, 126, byte(n>>8), byte(n))
	default:
		b = append(b, 127)
		b = binary.BigEndian.AppendUint64(b, uint64(n))
	}
	return append(b, payload...)
}

type gotMsg struct {
	op      byte
	payload string
}

// feedAll feeds pieces to a fresh frameReader and returns what it reported.
func feedAll(pieces ...[]byte) ([]gotMsg, error) {
	var r frameReader
	var got []gotMsg
	for _, p := range pieces {
		if err := r.feed(p, func(op byte, b []byte) { got = append(got, gotMsg{op, string(b)}) }); err != nil {
			return got, err
		}
	}
	return got, nil
}

func TestFrameReader(t *testing.T) {
	long126 := strings.Repeat("a", 200)
	long127 := strings.Repeat("b", 70000)
	two := append(serverFrame(opText, true, []byte("one")), serverFrame(opText, true, []byte("two"))...)
	for _, tc := range []struct {
		name   string
		pieces [][]byte
		want   []gotMsg
	}{
		{"one frame", [][]byte{serverFrame(opText, true, []byte("hello"))}, []gotMsg{{opText, "hello"}}},
		{"two frames in one read", [][]byte{two}, []gotMsg{{opText, "one"}, {opText, "two"}}},
		{"second frame split", [][]byte{two[:7], two[7:]}, []gotMsg{{opText, "one"}, {opText, "two"}}},
		{"header split", [][]byte{two[:1], two[1:]}, []gotMsg{{opText, "one"}, {opText, "two"}}},
		{"empty piece", [][]byte{{}, two, {}}, []gotMsg{{opText, "one"}, {opText, "two"}}},
		{"126 length", [][]byte{serverFrame(opText, true, []byte(long126))}, []gotMsg{{opText, long126}}},
		{"126 length split in its length", [][]byte{serverFrame(opText, true, []byte(long126))[:3], serverFrame(opText, true, []byte(long126))[3:]}, []gotMsg{{opText, long126}}},
		{"127 length", [][]byte{serverFrame(opBinary, true, []byte(long127))}, []gotMsg{{opBinary, long127}}},
		{"127 length split in its length", [][]byte{serverFrame(opText, true, []byte(long127))[:6], serverFrame(opText, true, []byte(long127))[6:]}, []gotMsg{{opText, long127}}},
		{"ping and close", [][]byte{append(serverFrame(opPing, true, []byte("p")), serverFrame(opClose, true, []byte{0x10, 0x68, 'b', 'y', 'e'})...)},
			[]gotMsg{{opPing, "p"}, {opClose, "\x10\x68bye"}}},
		{"fragments with a ping between", [][]byte{
			serverFrame(opText, false, []byte("ab")), serverFrame(opPing, true, nil),
			serverFrame(opContinuation, false, []byte("cd")), serverFrame(opContinuation, true, []byte("ef"))},
			[]gotMsg{{opPing, ""}, {opText, "abcdef"}}},
	} {
		got, err := feedAll(tc.pieces...)
		if err != nil {
			t.Errorf("%s: feed: %v", tc.name, err)
			continue
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: messages = %.200v; want %.200v", tc.name, got, tc.want)
		}
	}
}

// Every split point of a stream gives the same messages as the whole.
func TestFrameReaderEverySplit(t *testing.T) {
	stream := readSeed(t, "handshake-and-events.bin")
	want, err := feedAll(stream)
	if err != nil || len(want) != 7 {
		t.Fatalf("whole stream: %d messages, %v; want 7, nil", len(want), err)
	}
	for i := range stream {
		got, err := feedAll(stream[:i], stream[i:])
		if err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("split at %d: %d messages, %v; want the whole stream's %d", i, len(got), err, len(want))
		}
	}
	// One byte at a time.
	var pieces [][]byte
	for i := range stream {
		pieces = append(pieces, stream[i:i+1])
	}
	if got, err := feedAll(pieces...); err != nil || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("byte by byte: %d messages, %v; want %d", len(got), err, len(want))
	}
}

func TestFrameReaderErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		input []byte
		want  string
	}{
		{"masked", []byte{0x81, 0x82, 1, 2, 3, 4, 'h', 'i'}, "masked"},
		{"reserved bits", []byte{0xC1, 0x00}, "reserved bits"},
		{"long control frame", serverFrame(opPing, true, bytes.Repeat([]byte("x"), 126)), "control frame"},
		{"fragmented control frame", []byte{0x09, 0x00}, "control frame"},
		{"unknown opcode", []byte{0x83, 0x00}, "unknown opcode"},
		{"continuation first", serverFrame(opContinuation, true, []byte("x")), "continuation frame without"},
		{"new message inside another", append(serverFrame(opText, false, []byte("a")), serverFrame(opText, true, []byte("b"))...), "before the last one's final fragment"},
		{"huge length", []byte{0x81, 127, 0x7F, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}, "over the"},
		{"length with the top bit set", []byte{0x81, 127, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF}, "over the"},
	} {
		_, err := feedAll(tc.input)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: feed(%x) = %v; want an error containing %q", tc.name, tc.input, err, tc.want)
		}
	}
}

// The hand-off skips the HTTP response and the messages gorilla returned.
func TestAfterMessages(t *testing.T) {
	stream := readSeed(t, "handshake-and-events.bin")
	rec := append([]byte("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n"), stream...)
	for n, wantMsgs := range map[int]int{0: 6, 2: 4, 5: 1, 6: 0} {
		rest, err := afterMessages(rec, n)
		if err != nil {
			t.Fatalf("afterMessages(rec, %d): %v", n, err)
		}
		got, err := feedAll(rest)
		// The stream has 6 data messages and a ping control frame.
		data := 0
		for _, m := range got {
			if m.op < opClose {
				data++
			}
		}
		if err != nil || data != wantMsgs {
			t.Errorf("afterMessages(rec, %d) leaves %d data messages (%v); want %d", n, data, err, wantMsgs)
		}
	}
	if _, err := afterMessages(rec[:40], 0); err == nil {
		t.Error("afterMessages without the end of the HTTP response: no error")
	}
	if _, err := afterMessages(rec[:len(rec)-3], 6); err == nil {
		t.Error("afterMessages past the end of what was read: no error")
	}
}

// A client frame is masked and unmasks to the payload.
func TestClientFrame(t *testing.T) {
	for _, n := range []int{0, 125, 126, 65535, 65536} {
		payload := bytes.Repeat([]byte{'p'}, n)
		b := clientFrame(opText, payload, [4]byte{1, 2, 3, 4})
		if b[0] != 0x81 || b[1]&0x80 == 0 {
			t.Fatalf("clientFrame(%d bytes) header %x; want FIN text, masked", n, b[:2])
		}
		hl := map[bool]int{true: 2, false: 4}[n <= 125]
		if n > 0xFFFF {
			hl = 10
		}
		mask, body := b[hl:hl+4], b[hl+4:]
		for i := range body {
			body[i] ^= mask[i&3]
		}
		if !bytes.Equal(body, payload) {
			t.Errorf("clientFrame(%d bytes) unmasks to %d bytes that differ", n, len(body))
		}
	}
}

func readSeed(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "frames", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// FuzzFrameReader: no input panics, and feeding a stream in three pieces
// gives the same messages and the same verdict as feeding it whole.
func FuzzFrameReader(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "frames", "*.bin"))
	if len(seeds) == 0 {
		f.Fatal("no seeds in testdata/frames")
	}
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, uint32(1), uint32(7))
		f.Add(b, uint32(len(b)/2), uint32(len(b)-1))
	}
	f.Fuzz(func(t *testing.T, b []byte, i, j uint32) {
		x, y := int(i%uint32(len(b)+1)), int(j%uint32(len(b)+1))
		if x > y {
			x, y = y, x
		}
		whole, errWhole := feedAll(b)
		split, errSplit := feedAll(b[:x], b[x:y], b[y:])
		if (errWhole == nil) != (errSplit == nil) {
			t.Fatalf("whole: %v; split at %d, %d: %v", errWhole, x, y, errSplit)
		}
		if fmt.Sprint(whole) != fmt.Sprint(split) {
			t.Fatalf("split at %d, %d: %d messages; whole: %d", x, y, len(split), len(whole))
		}
	})
}

// BenchmarkFrameReader parses a read of 16 100-byte events, as a receiver
// does at full speed with 16 events outstanding.
func BenchmarkFrameReader(b *testing.B) {
	ev := []byte(`{"event":"bench","channel":"bench","data":"{\"bseq\":1,\"bts\":1763798400000000000,\"pad\":\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}"}`)
	var read []byte
	for range 16 {
		read = append(read, serverFrame(opText, true, ev)...)
	}
	var r frameReader
	n := 0
	count := func(byte, []byte) { n++ }
	b.SetBytes(int64(len(read)))
	for b.Loop() {
		if err := r.feed(read, count); err != nil {
			b.Fatal(err)
		}
	}
	if n != 16*b.N {
		b.Fatalf("%d messages; want %d", n, 16*b.N)
	}
}

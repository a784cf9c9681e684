package mockpusher

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// sign returns hex(HMAC-SHA256(secret, msg)), the signature Pusher uses
// everywhere: channel auth, user auth, REST requests and webhooks.
func sign(secret, msg string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(msg))
	return hex.EncodeToString(m.Sum(nil))
}

// equalSig compares signatures in constant time.
func equalSig(a, b string) bool {
	return hmac.Equal([]byte(a), []byte(b))
}

// channelAuthString is what a channel auth signs: socket_id:channel, plus
// :channel_data for presence channels.
func channelAuthString(socketID, channel, channelData string) string {
	if channelData != "" {
		return socketID + ":" + channel + ":" + channelData
	}
	return socketID + ":" + channel
}

// userAuthString is what a user auth (pusher:signin) signs.
func userAuthString(socketID, userData string) string {
	return socketID + "::user::" + userData
}

// channelAuth returns the "key:signature" auth value for a channel.
func channelAuth(key, secret, socketID, channel, channelData string) string {
	return key + ":" + sign(secret, channelAuthString(socketID, channel, channelData))
}

// sharedSecret is the private-encrypted- channel key pusher-js decrypts
// with: base64(SHA256(channel ‖ master key)).
func sharedSecret(channel string, masterKey []byte) string {
	h := sha256.New()
	h.Write([]byte(channel))
	h.Write(masterKey)
	return base64.StdEncoding.EncodeToString(h.Sum(nil))
}

// verifyAuth checks a "key:signature" value against what should have been
// signed, returning Pusher's error text (which quotes the expected string:
// the most useful hint when an auth backend signs the wrong thing).
func verifyAuth(key, secret, auth, signed, what string) error {
	gotKey, gotSig, ok := strings.Cut(auth, ":")
	if !ok || gotSig == "" {
		return fmt.Errorf("Auth value for %s is invalid: should be of format 'key:signature'", what)
	}
	if gotKey != key {
		return fmt.Errorf("Invalid key in subscription auth data: '%s' (this server's key is '%s')", gotKey, key)
	}
	if !equalSig(gotSig, sign(secret, signed)) {
		return fmt.Errorf("Invalid signature: Expected HMAC SHA256 hex digest of %s, but got %s", signed, gotSig)
	}
	return nil
}

// restError is a REST failure with Pusher's status code and text.
type restError struct {
	status int
	msg    string
}

func (e *restError) Error() string { return e.msg }

func restErrorf(status int, format string, a ...any) *restError {
	return &restError{status: status, msg: fmt.Sprintf(format, a...)}
}

// restStringToSign is METHOD\npath\nquery with every parameter but
// auth_signature, keys lower-cased and sorted, values not URL-escaped.
func restStringToSign(method, path string, query url.Values) string {
	keys := make([]string, 0, len(query))
	lower := make(map[string]string, len(query))
	for k, v := range query {
		lk := strings.ToLower(k)
		if lk == "auth_signature" || len(v) == 0 {
			continue
		}
		if _, dup := lower[lk]; !dup {
			keys = append(keys, lk)
		}
		lower[lk] = v[0]
	}
	sort.Strings(keys)
	var sb strings.Builder
	sb.WriteString(strings.ToUpper(method))
	sb.WriteByte('\n')
	sb.WriteString(path)
	sb.WriteByte('\n')
	for i, k := range keys {
		if i > 0 {
			sb.WriteByte('&')
		}
		sb.WriteString(k)
		sb.WriteByte('=')
		sb.WriteString(lower[k])
	}
	return sb.String()
}

// restVerifier checks REST request signatures.
type restVerifier struct {
	key, secret string
	window      time.Duration
	now         func() time.Time
}

// verify checks a REST request as Pusher does: auth_key, auth_timestamp
// within the window, auth_version, body_md5 recomputed from body, and the
// signature (constant-time). rawQuery is the request's undecoded query.
func (v *restVerifier) verify(method, path, rawQuery string, body []byte) *restError {
	q, err := url.ParseQuery(rawQuery)
	if err != nil {
		return restErrorf(400, "Malformed query string: %v", err)
	}
	key := q.Get("auth_key")
	switch {
	case key == "":
		return restErrorf(401, "Missing auth_key: sign the request with the app key and secret (the server SDKs do this for you)")
	case key != v.key:
		return restErrorf(401, "Unknown auth_key %q: this server's key is %q", key, v.key)
	}
	ts := q.Get("auth_timestamp")
	if ts == "" {
		return restErrorf(401, "Missing auth_timestamp")
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return restErrorf(401, "Invalid auth_timestamp %q: want unix seconds", ts)
	}
	now := v.now().Unix()
	if d := now - sec; d > int64(v.window/time.Second) || -d > int64(v.window/time.Second) {
		return restErrorf(401, "Timestamp expired: Given timestamp (%d) not within %ds of server time (%d); check the clock", sec, int64(v.window/time.Second), now)
	}
	if av := q.Get("auth_version"); av != "1.0" {
		return restErrorf(401, "Invalid auth_version %q: want 1.0", av)
	}
	if len(body) > 0 {
		want := md5.Sum(body)
		got := q.Get("body_md5")
		if got == "" {
			return restErrorf(401, "Missing body_md5: a request with a body must sign its MD5")
		}
		if !equalSig(strings.ToLower(got), hex.EncodeToString(want[:])) {
			return restErrorf(401, "Invalid body_md5: the body's MD5 is %s but body_md5 is %s (was the body changed after signing?)", hex.EncodeToString(want[:]), got)
		}
	}
	sig := q.Get("auth_signature")
	if sig == "" {
		return restErrorf(401, "Missing auth_signature")
	}
	toSign := restStringToSign(method, path, q)
	if !equalSig(strings.ToLower(sig), sign(v.secret, toSign)) {
		return restErrorf(401, "Invalid signature: you should have sent HmacSHA256Hex(%q, your_secret_key), but you sent %q", toSign, sig)
	}
	return nil
}

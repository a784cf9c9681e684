package mockpusher

import (
	"crypto/md5"
	"encoding/base64"
	"encoding/hex"
	"net/url"
	"strings"
	"testing"
	"time"
)

// Channel and user auth signatures. The first comes from Pusher's
// documentation; the others were computed by pusher-http-node 5.3.4
// (authorizeChannel / authenticateUser) with the same key and secret.
func TestChannelAuthSignatures(t *testing.T) {
	for _, tc := range []struct {
		name, socketID, channel, channelData, want string
	}{
		{"docs private", "1234.1234", "private-foobar", "",
			"278d425bdf160c739803:58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4"},
		{"sdk encrypted", "1234.1234", "private-encrypted-foo", "",
			"278d425bdf160c739803:e85caab4331194145d44feae15aea9539ea50631afacbc593a9555ceadc42357"},
		{"sdk presence", "1234.1234", "presence-foobar", `{"user_id":"10","user_info":{"name":"Mr. Channels"}}`,
			"278d425bdf160c739803:4c6d8fc42a207ba96a0779844171b0bb819d96ffceef9609f5cce596ab17a800"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := channelAuth(docKey, docSecret, tc.socketID, tc.channel, tc.channelData); got != tc.want {
				t.Errorf("channelAuth(%q, %q, %q) = %q; want %q", tc.socketID, tc.channel, tc.channelData, got, tc.want)
			}
			signed := channelAuthString(tc.socketID, tc.channel, tc.channelData)
			if err := verifyAuth(docKey, docSecret, tc.want, signed, "test"); err != nil {
				t.Errorf("verifyAuth(%q) = %v; want nil", tc.want, err)
			}
		})
	}
}

func TestUserAuthSignature(t *testing.T) {
	// From pusher-http-node 5.3.4 authenticateUser.
	ud := `{"id":"10","user_info":{"name":"Mr. Channels"}}`
	want := "aaa4ab4b01d77a2114ba482448abfb2de8f75152d692e1524f86b0b2b04ad7c9"
	if got := sign(docSecret, userAuthString("1234.1234", ud)); got != want {
		t.Errorf("user auth signature = %s; want %s", got, want)
	}
}

func TestSharedSecret(t *testing.T) {
	// From pusher-http-node 5.3.4 with a master key of 32 bytes of 7.
	mk, _ := base64.StdEncoding.DecodeString("BwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwcHBwc=")
	if got, want := sharedSecret("private-encrypted-foo", mk), "UsGxKqmP9IdrlCW682IBqbcjk77iOZBrEYVv/cexvcM="; got != want {
		t.Errorf("sharedSecret = %s; want %s", got, want)
	}
}

func TestVerifyAuthErrors(t *testing.T) {
	signed := "1234.1234:private-foobar"
	for _, tc := range []struct{ name, auth, want string }{
		{"bad signature quotes the expected string", docKey + ":abc",
			"Invalid signature: Expected HMAC SHA256 hex digest of 1234.1234:private-foobar, but got abc"},
		{"no colon", "nocolon", "should be of format 'key:signature'"},
		{"empty", "", "should be of format 'key:signature'"},
		{"wrong key", "other:abc", "Invalid key in subscription auth data: 'other'"},
	} {
		err := verifyAuth(docKey, docSecret, tc.auth, signed, "subscription to private-foobar")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: verifyAuth(%q) = %v; want %q", tc.name, tc.auth, err, tc.want)
		}
	}
}

// Pusher's documented REST example: app 3, timestamp 1353088179.
const (
	docBody      = `{"name":"foo","channels":["project-3"],"data":"{\"some\":\"data\"}"}`
	docBodyMD5   = "ec365a775a4cd0599faeb73354201b6f"
	docSignature = "da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c"
	docTimestamp = 1353088179
)

func docQuery() string {
	return "auth_key=" + docKey + "&auth_timestamp=1353088179&auth_version=1.0&body_md5=" + docBodyMD5 + "&auth_signature=" + docSignature
}

func TestRESTDocExample(t *testing.T) {
	sum := md5.Sum([]byte(docBody))
	if got := hex.EncodeToString(sum[:]); got != docBodyMD5 {
		t.Fatalf("md5(doc body) = %s; want %s", got, docBodyMD5)
	}
	q, _ := url.ParseQuery(docQuery())
	toSign := restStringToSign("POST", "/apps/3/events", q)
	wantToSign := "POST\n/apps/3/events\nauth_key=" + docKey + "&auth_timestamp=1353088179&auth_version=1.0&body_md5=" + docBodyMD5
	if toSign != wantToSign {
		t.Fatalf("string to sign = %q; want %q", toSign, wantToSign)
	}
	if got := sign(docSecret, toSign); got != docSignature {
		t.Fatalf("signature = %s; want %s", got, docSignature)
	}
	// At the documented time the request verifies ...
	v := restVerifier{key: docKey, secret: docSecret, window: 600 * time.Second, now: func() time.Time { return time.Unix(docTimestamp+30, 0) }}
	if err := v.verify("POST", "/apps/3/events", docQuery(), []byte(docBody)); err != nil {
		t.Fatalf("verify at the documented time: %v", err)
	}
	// ... and today it has long expired.
	v.now = time.Now
	err := v.verify("POST", "/apps/3/events", docQuery(), []byte(docBody))
	if err == nil || err.status != 401 || !strings.Contains(err.msg, "Timestamp expired: Given timestamp (1353088179) not within 600s") {
		t.Fatalf("verify today = %v; want 401 Timestamp expired", err)
	}
}

func TestRESTVerifierErrors(t *testing.T) {
	now := time.Unix(docTimestamp, 0)
	v := restVerifier{key: docKey, secret: docSecret, window: 600 * time.Second, now: func() time.Time { return now }}
	good := docQuery()
	replace := func(old, new string) string { return strings.Replace(good, old, new, 1) }
	for _, tc := range []struct {
		name, method, path, query, body string
		status                          int
		want                            string
	}{
		{"ok", "POST", "/apps/3/events", good, docBody, 0, ""},
		{"md5 mismatch", "POST", "/apps/3/events", good, docBody + " ", 401, "Invalid body_md5: the body's MD5 is"},
		{"md5 missing", "POST", "/apps/3/events", replace("&body_md5="+docBodyMD5, ""), docBody, 401, "Missing body_md5"},
		{"bad signature quotes string", "POST", "/apps/3/events", replace(docSignature, "00"), docBody, 401,
			`Invalid signature: you should have sent HmacSHA256Hex("POST\n/apps/3/events\nauth_key=278d425bdf160c739803&auth_timestamp=1353088179&auth_version=1.0&body_md5=ec365a775a4cd0599faeb73354201b6f", your_secret_key), but you sent "00"`},
		{"wrong path", "POST", "/apps/3/batch_events", good, docBody, 401, "Invalid signature"},
		{"wrong method", "GET", "/apps/3/events", good, docBody, 401, "Invalid signature"},
		{"unknown key", "POST", "/apps/3/events", replace("auth_key="+docKey, "auth_key=nope"), docBody, 401, `Unknown auth_key "nope"`},
		{"no key", "POST", "/apps/3/events", replace("auth_key="+docKey+"&", ""), docBody, 401, "Missing auth_key"},
		{"future timestamp", "POST", "/apps/3/events", replace("1353088179", "1353090000"), docBody, 401, "Timestamp expired"},
		{"bad timestamp", "POST", "/apps/3/events", replace("1353088179", "soon"), docBody, 401, "Invalid auth_timestamp"},
		{"bad version", "POST", "/apps/3/events", replace("auth_version=1.0", "auth_version=2"), docBody, 401, "Invalid auth_version"},
		{"no signature", "POST", "/apps/3/events", replace("&auth_signature="+docSignature, ""), docBody, 401, "Missing auth_signature"},
		{"bad query", "POST", "/apps/3/events", good + "&%zz", docBody, 400, "Malformed query"},
	} {
		err := v.verify(tc.method, tc.path, tc.query, []byte(tc.body))
		switch {
		case tc.status == 0 && err != nil:
			t.Errorf("%s: verify = %v; want nil", tc.name, err)
		case tc.status != 0 && (err == nil || err.status != tc.status || !strings.Contains(err.msg, tc.want)):
			t.Errorf("%s: verify = %v; want %d %q", tc.name, err, tc.status, tc.want)
		}
	}
}

// The query is signed lower-cased, sorted and not URL-escaped.
func TestRESTStringToSignUnescaped(t *testing.T) {
	q, _ := url.ParseQuery("info=user_count%2Csubscription_count&filter_by_prefix=presence-&auth_key=k&Auth_Signature=x")
	got := restStringToSign("get", "/apps/3/channels", q)
	want := "GET\n/apps/3/channels\nauth_key=k&filter_by_prefix=presence-&info=user_count,subscription_count"
	if got != want {
		t.Errorf("restStringToSign = %q; want %q", got, want)
	}
}

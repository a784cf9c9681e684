package mockpusher

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/url"
	"strings"
	"time"
)

// Config configures a Server. The zero value is a working dev server with
// generated credentials.
type Config struct {
	// AppID is the app id server SDKs send in /apps/{id}/... Default: a
	// generated numeric-looking id.
	AppID string
	// Key is the public app key pusher-js connects with. Default: 20
	// generated hex characters.
	Key string
	// Secret signs channel auth, REST requests and webhooks. Default: 20
	// generated hex characters. It is never logged.
	Secret string
	// EncryptionMasterKey is the base64 of the 32-byte master key from which
	// private-encrypted- channels' shared secrets derive (the server SDK's
	// encryptionMasterKeyBase64). Default: generated.
	EncryptionMasterKey string

	// DisableClientEvents rejects client-* events with Pusher's own error,
	// as an app with client events turned off would. Default false: client
	// events are allowed (this is a dev server).
	DisableClientEvents bool

	// WebhookURLs receive signed webhooks for every event type. Default none.
	WebhookURLs []string
	// WebhookAttempts bounds delivery attempts per batch (back-off doubles
	// from WebhookBackoff). Default 5.
	WebhookAttempts int
	// WebhookBackoff is the wait before the first retry. Default 500ms.
	WebhookBackoff time.Duration

	// AuthPath serves channel authorization. Default "/pusher/auth".
	AuthPath string
	// UserAuthPath serves user authentication. Default "/pusher/user-auth".
	UserAuthPath string
	// User, when set, is the dev identity every auth request gets (user id
	// and name). Default: a stable per-browser identity kept in a cookie.
	User string
	// InspectorPath serves the inspector page. Default "/__devproxy/pusher".
	InspectorPath string

	// Logger receives the server's logs. Default: discard.
	Logger *slog.Logger

	// ActivityTimeout is advertised in the handshake; a silent connection
	// gets a pusher:ping after it. Default 120s (Pusher's).
	ActivityTimeout time.Duration
	// PongTimeout is how long a pinged connection has to answer before it
	// is closed with 4201. Default 30s.
	PongTimeout time.Duration

	// MaxPresenceMembers per presence channel. Default 100.
	MaxPresenceMembers int
	// MaxUserInfoBytes bounds presence user_info. Default 1024.
	MaxUserInfoBytes int
	// MaxUserIDLength bounds presence user ids. Default 128.
	MaxUserIDLength int
	// MaxEventData bounds an event's data in bytes. Default 10240.
	MaxEventData int
	// MaxEventChannels bounds channels per trigger. Default 100.
	MaxEventChannels int
	// MaxBatchEvents bounds events per batch trigger. Default 10.
	MaxBatchEvents int
	// MaxWatchlist bounds the user ids a signed-in user may watch; more
	// closes the connection with 4302. Default 100.
	MaxWatchlist int
	// ClientEventsPerSecond per connection; beyond it the connection is
	// closed with 4301. Default 10.
	ClientEventsPerSecond int
	// SendQueueBytes bounds what may wait to be written to one connection;
	// a subscriber that falls further behind has its queue dropped and is
	// closed with 4200 (which reaches it if it reads within 2s) so it
	// reconnects, instead of delaying anyone else. Default 1 MiB.
	SendQueueBytes int
	// CacheTTL is how long a cache channel keeps its last event. Default 30m.
	CacheTTL time.Duration
	// TimestampWindow bounds REST auth_timestamp skew. Default 600s.
	TimestampWindow time.Duration
}

// Defaults Pusher applies, used when the Config field is zero.
const (
	defaultAuthPath            = "/pusher/auth"
	defaultUserAuthPath        = "/pusher/user-auth"
	defaultInspectorPath       = "/__devproxy/pusher"
	defaultActivityTimeout     = 120 * time.Second
	defaultPongTimeout         = 30 * time.Second
	defaultMaxPresenceMembers  = 100
	defaultMaxUserInfoBytes    = 1024
	defaultMaxUserIDLength     = 128
	defaultMaxEventData        = 10240
	defaultMaxEventChannels    = 100
	defaultMaxBatchEvents      = 10
	defaultClientEventsPerSec  = 10
	defaultMaxWatchlist        = 100
	defaultSendQueueBytes      = 1 << 20
	defaultCacheTTL            = 30 * time.Minute
	defaultTimestampWindow     = 600 * time.Second
	defaultWebhookAttempts     = 5
	defaultWebhookBackoff      = 500 * time.Millisecond
	maxEventNameLength         = 200
	maxChannelNameLength       = 164
	encryptionMasterKeyBytes   = 32
	generatedCredentialHexSize = 20
)

// resolve fills defaults and validates, collecting every problem.
func (c Config) resolve() (Config, error) {
	var errs []error
	var err error
	if c.AppID == "" {
		if c.AppID, err = randomDigits(7); err != nil {
			return c, err
		}
	}
	if c.Key == "" {
		if c.Key, err = randomHex(generatedCredentialHexSize); err != nil {
			return c, err
		}
	}
	if c.Secret == "" {
		if c.Secret, err = randomHex(generatedCredentialHexSize); err != nil {
			return c, err
		}
	}
	if c.EncryptionMasterKey == "" {
		b := make([]byte, encryptionMasterKeyBytes)
		if _, err := rand.Read(b); err != nil {
			return c, fmt.Errorf("generating encryption master key: %w", err)
		}
		c.EncryptionMasterKey = base64.StdEncoding.EncodeToString(b)
	} else if b, err := base64.StdEncoding.DecodeString(c.EncryptionMasterKey); err != nil || len(b) != encryptionMasterKeyBytes {
		errs = append(errs, errors.New("encryption master key must be the base64 of 32 bytes (openssl rand -base64 32)"))
	}
	if strings.ContainsAny(c.AppID, "/?# ") {
		errs = append(errs, fmt.Errorf("app id %q must not contain '/', '?', '#' or spaces", c.AppID))
	}
	if strings.ContainsAny(c.Key, "/?#: ") {
		errs = append(errs, fmt.Errorf("app key %q must not contain '/', '?', '#', ':' or spaces", c.Key))
	}
	for _, u := range c.WebhookURLs {
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			errs = append(errs, fmt.Errorf("webhook URL %q must be an absolute http:// or https:// URL", u))
		}
	}
	c.AuthPath = defaultPath(c.AuthPath, defaultAuthPath)
	c.UserAuthPath = defaultPath(c.UserAuthPath, defaultUserAuthPath)
	c.InspectorPath = strings.TrimSuffix(defaultPath(c.InspectorPath, defaultInspectorPath), "/")
	for name, p := range map[string]string{"auth path": c.AuthPath, "user auth path": c.UserAuthPath, "inspector path": c.InspectorPath} {
		if p == "" || strings.HasPrefix(p, "/app/") || strings.HasPrefix(p, "/apps/") {
			errs = append(errs, fmt.Errorf("%s %q collides with the Pusher protocol paths /app/ and /apps/", name, p))
		}
	}
	if c.AuthPath == c.UserAuthPath {
		errs = append(errs, fmt.Errorf("auth path and user auth path are both %q: give them different paths", c.AuthPath))
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	setDuration(&c.ActivityTimeout, defaultActivityTimeout)
	if c.ActivityTimeout < time.Second {
		errs = append(errs, fmt.Errorf("activity timeout %v is under a second: pusher-js counts it in whole seconds", c.ActivityTimeout))
	}
	setDuration(&c.PongTimeout, defaultPongTimeout)
	setDuration(&c.CacheTTL, defaultCacheTTL)
	setDuration(&c.TimestampWindow, defaultTimestampWindow)
	setDuration(&c.WebhookBackoff, defaultWebhookBackoff)
	setInt(&c.MaxPresenceMembers, defaultMaxPresenceMembers)
	setInt(&c.MaxUserInfoBytes, defaultMaxUserInfoBytes)
	setInt(&c.MaxUserIDLength, defaultMaxUserIDLength)
	setInt(&c.MaxEventData, defaultMaxEventData)
	setInt(&c.MaxEventChannels, defaultMaxEventChannels)
	setInt(&c.MaxBatchEvents, defaultMaxBatchEvents)
	setInt(&c.ClientEventsPerSecond, defaultClientEventsPerSec)
	setInt(&c.MaxWatchlist, defaultMaxWatchlist)
	setInt(&c.SendQueueBytes, defaultSendQueueBytes)
	setInt(&c.WebhookAttempts, defaultWebhookAttempts)
	return c, errors.Join(errs...)
}

func defaultPath(p, def string) string {
	if p == "" {
		return def
	}
	if !strings.HasPrefix(p, "/") {
		// VITE_PUSHER_AUTH_ENDPOINT may be a full URL; only its path
		// reaches us.
		if u, err := url.Parse(p); err == nil && u.Path != "" {
			return u.Path
		}
		return "/" + p
	}
	return p
}

func setDuration(d *time.Duration, def time.Duration) {
	if *d <= 0 {
		*d = def
	}
}

func setInt(i *int, def int) {
	if *i <= 0 {
		*i = def
	}
}

func randomHex(n int) (string, error) {
	b := make([]byte, (n+1)/2)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("generating dev credentials: %w", err)
	}
	return hex.EncodeToString(b)[:n], nil
}

func randomDigits(n int) (string, error) {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		max := int64(10)
		if i == 0 {
			max = 9 // no leading zero
		}
		d, err := rand.Int(rand.Reader, big.NewInt(max))
		if err != nil {
			return "", fmt.Errorf("generating dev app id: %w", err)
		}
		v := d.Int64()
		if i == 0 {
			v++
		}
		sb.WriteByte(byte('0' + v))
	}
	return sb.String(), nil
}

package mockpusher

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// Banner returns the start-up text: the exact pusher-js and server-SDK
// options for this server at publicURL (the origin browsers and server code
// reach it at, e.g. "http://127.0.0.1:6001").
//
// It is the one place that prints the secret, deliberately: these are dev
// credentials for a local server, and the developer must paste them into
// the server SDK's options. Logs never carry the secret.
func (s *Server) Banner(publicURL string) string {
	u, err := url.Parse(publicURL)
	if err != nil || u.Host == "" {
		u = &url.URL{Scheme: "http", Host: publicURL}
	}
	host, port, err := net.SplitHostPort(u.Host)
	if err != nil {
		host, port = u.Host, "80"
		if u.Scheme == "https" {
			port = "443"
		}
	}
	tls := u.Scheme == "https"
	origin := (&url.URL{Scheme: u.Scheme, Host: u.Host}).String()
	c := s.cfg
	var b strings.Builder
	fmt.Fprintf(&b, "  Mock Pusher  app %s, key %s at %s (local dev credentials)\n\n", c.AppID, c.Key, origin)
	b.WriteString("  pusher-js (browser):\n")
	fmt.Fprintf(&b, "    new Pusher('%s', {\n", c.Key)
	b.WriteString("      cluster: 'mt1',\n")
	fmt.Fprintf(&b, "      wsHost: '%s',\n", host)
	if tls {
		fmt.Fprintf(&b, "      wssPort: %s,\n      forceTLS: true,\n", port)
	} else {
		fmt.Fprintf(&b, "      wsPort: %s,\n      forceTLS: false,\n", port)
	}
	b.WriteString("      enabledTransports: ['ws', 'wss'],\n")
	fmt.Fprintf(&b, "      channelAuthorization: { endpoint: '%s%s', transport: 'ajax' },\n", origin, c.AuthPath)
	fmt.Fprintf(&b, "      userAuthentication: { endpoint: '%s%s', transport: 'ajax' },\n", origin, c.UserAuthPath)
	b.WriteString("    })\n\n")
	b.WriteString("  pusher (Node server SDK; other SDKs take the same values):\n")
	fmt.Fprintf(&b, "    new Pusher({ appId: '%s', key: '%s', secret: '%s',\n", c.AppID, c.Key, c.Secret)
	fmt.Fprintf(&b, "      host: '%s', port: '%s', useTLS: %t,\n", host, port, tls)
	fmt.Fprintf(&b, "      encryptionMasterKeyBase64: '%s' })\n\n", c.EncryptionMasterKey)
	fmt.Fprintf(&b, "  env: PUSHER_APP_ID=%s PUSHER_APP_KEY=%s PUSHER_APP_SECRET=%s\n", c.AppID, c.Key, c.Secret)
	fmt.Fprintf(&b, "  inspector: %s%s\n", origin, c.InspectorPath)
	if !c.DisableClientEvents {
		b.WriteString("  client events: on (--no-client-events to refuse them as an app with them off would)\n")
	} else {
		b.WriteString("  client events: off (Pusher's own error is sent to clients that try)\n")
	}
	for _, w := range c.WebhookURLs {
		fmt.Fprintf(&b, "  webhook: %s\n", w)
	}
	return b.String()
}

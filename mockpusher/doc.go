// Package mockpusher is a local Pusher Channels server: protocol 7 over
// WebSocket at /app/{key}, the REST API at /apps/{id}/..., signed webhooks,
// channel and user auth endpoints with a stable per-browser dev identity, and
// an inspector page. The real pusher-js and the real server SDKs work against
// it unchanged, and get Pusher's answers (close codes, status codes, error
// texts) when something is wrong.
//
// # Files
//
//	config.go     Config, its defaults (Pusher's limits) and validation
//	server.go     Server, New, Match, ServeHTTP, Shutdown, handler pool, janitor
//	conn.go       one connection: handshake, reader, activity, finish
//	write.go      sending: direct writes, bounded queue, backlog writer, close
//	protocol.go   inbound events: subscribe, unsubscribe, signin, client events
//	channel.go    channels, presence members, cache, fan-out
//	watchlist.go  watchlist online/offline events
//	rest.go       the REST API
//	signature.go  HMAC signatures: channel/user auth and REST verification
//	auth.go       the auth endpoints and dev identities
//	webhook.go    signed webhooks with bounded retries
//	inspector.go  the inspector page, its state, live log and trigger form
//	banner.go     the pusher-js and server-SDK options printed at start
//	frame.go      frame decoding and encoding
//
// # Costs
//
// An event is encoded once per channel and the same bytes go to every
// subscriber. Publishers to a channel combine: while one delivers a round,
// others append their frames and the next round carries them all, so a
// subscriber gets one write(2) per round; rounds to 512 or more subscribers
// are spread over GOMAXPROCS goroutines. A delivery is one non-blocking
// write(2) from the publisher when the socket has room, with no goroutine
// and no allocation; only a backlog starts the connection's writer
// goroutine (up to 64 KB per write), and a backlog over SendQueueBytes is
// dropped and the connection closed with 4200 instead of delaying anyone;
// the close frame is polled into the socket, so a subscriber that is slow
// but reading gets it and reconnects at once. Inbound frames are handled by a small shared
// pool, so an idle connection costs one parked reader goroutine with a
// small stack and a 512-byte read buffer (about 10 KiB in all).
package mockpusher

package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"time"
)

// runBaseline serves the plainest competent Go reverse proxy, shaped like
// `devproxy up --upstream URL --listen ADDR` so part 1 can measure it as a
// -variant: httputil.ReverseProxy with Rewrite/SetURL and an http.Transport
// that keeps enough idle connections (the default of 2 per host would
// measure connection churn instead). It tells whether devproxy costs more
// than Go's standard proxy does.
//
//	bench baseline up --upstream URL --listen ADDR
func runBaseline(ctx context.Context, args []string, w io.Writer) error {
	fs := flag.NewFlagSet("baseline", flag.ContinueOnError)
	upstream := fs.String("upstream", "", "upstream URL")
	listen := fs.String("listen", "127.0.0.1:0", "listen address")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if rest := fs.Args(); len(rest) > 0 && rest[0] == "up" {
		if err := fs.Parse(rest[1:]); err != nil {
			return err
		}
	}
	u, err := url.Parse(*upstream)
	if err != nil || u.Host == "" {
		return fmt.Errorf("baseline: --upstream %q: want http://HOST:PORT", *upstream)
	}
	rp := &httputil.ReverseProxy{
		Rewrite:    func(r *httputil.ProxyRequest) { r.SetURL(u); r.Out.Host = r.In.Host },
		Transport:  &http.Transport{MaxIdleConns: 1024, MaxIdleConnsPerHost: 512, DisableCompression: true, IdleConnTimeout: 90 * time.Second},
		BufferPool: bufferPool{},
	}
	l, err := net.Listen("tcp", *listen)
	if err != nil {
		return fmt.Errorf("baseline: %w", err)
	}
	srv := &http.Server{Handler: rp, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(l)
	fmt.Fprintf(w, "  ➜  Local:   http://%s/\n", l.Addr())
	<-ctx.Done()
	sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return srv.Shutdown(sctx)
}

// bufferPool lends ReverseProxy 32 KB copy buffers.
type bufferPool struct{}

var copyBuffers = make(chan []byte, 256)

func (bufferPool) Get() []byte {
	select {
	case b := <-copyBuffers:
		return b
	default:
		return make([]byte, 32<<10)
	}
}

func (bufferPool) Put(b []byte) {
	select {
	case copyBuffers <- b:
	default:
	}
}

package main

import (
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
)

// smallModule returns a JavaScript module of exactly n bytes (n >= 64), the
// shape of a small source file a Vite dev server serves.
func smallModule(n int) []byte {
	var b strings.Builder
	b.WriteString("// bench: a small module\nexport const words = [\n")
	for i := 0; b.Len() < n-40; i++ {
		fmt.Fprintf(&b, "  'word-%04d',\n", i)
	}
	b.WriteString("];\nexport default words.length;\n")
	s := b.String()
	if len(s) < n {
		s = strings.Replace(s, "// bench: a small module", "// bench: a small module"+strings.Repeat("-", n-len(s)), 1)
	}
	return []byte(s[:n])
}

// goUpstream is a fast static server answering every path with the same
// module and Vite-like headers, so the proxy, not the upstream, is the
// bottleneck.
type goUpstream struct {
	srv  *http.Server
	addr string
}

func startGoUpstream(body []byte) (*goUpstream, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("listening for the Go upstream: %w", err)
	}
	etag := fmt.Sprintf(`W/"%x-bench"`, len(body))
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd["Content-Type"] = []string{"text/javascript"}
		hd["Cache-Control"] = []string{"no-cache"}
		hd["Etag"] = []string{etag}
		hd["Content-Length"] = []string{strconv.Itoa(len(body))}
		w.Write(body)
	})
	u := &goUpstream{srv: &http.Server{Handler: h}, addr: l.Addr().String()}
	go u.srv.Serve(l)
	return u, nil
}

func (u *goUpstream) close() { u.srv.Close() }

// viteSmallModule is a module whose response from Vite 8, which appends an
// inline source map holding the source again, is about n bytes.
func viteSmallModule(n int) []byte {
	src := n * 784 / 2048 // measured: 784 source bytes are served as ~2050
	if src < 40 {
		src = 40
	}
	body := strings.Repeat("x", src-len("export default \"\";\n"))
	return []byte("export default \"" + body + "\";\n")
}

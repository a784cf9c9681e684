package e2e

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// startViteTLS runs a Vite line with an https config (testdata/hmr/configs/
// https.mjs) on a fresh self-signed certificate, as a developer using
// mkcert or plugin-basic-ssl would, and waits for its https:// URL.
func startViteTLS(t *testing.T, version, dir, config string, port int) *proc {
	t.Helper()
	cert, key := selfSignedCert(t, dir)
	argv := []string{"node", viteBin(version), "--config", config,
		"--port", strconv.Itoa(port), "--strictPort", "--host", "127.0.0.1"}
	p := startProc(t, version, dir, []string{"E2E_TLS_CERT=" + cert, "E2E_TLS_KEY=" + key}, argv...)
	p.waitLine(t, regexp.MustCompile(`Local:\s+https://127\.0\.0\.1:`+strconv.Itoa(port)), startTimeout)
	return p
}

// selfSignedCert writes a certificate for localhost (no IP SANs, like
// plugin-basic-ssl's) and its key into dir and returns their paths.
func selfSignedCert(t *testing.T, dir string) (certPath, keyPath string) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "localhost"},
		DNSNames:     []string{"localhost"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certPath, keyPath = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(certPath, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyPath, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: kder}), 0o600); err != nil {
		t.Fatal(err)
	}
	return certPath, keyPath
}

// TestLaunchedViteServesHTTPS: devproxy launches Vite as HTTP; a config with
// server.https makes it speak TLS on that port. devproxy must say so, with
// the fix, in its log and on the waiting page, rather than wait forever.
func TestLaunchedViteServesHTTPS(t *testing.T) {
	requireNode(t)
	acquire(t)
	dir := fixture(t, "https.mjs")
	cert, key := selfSignedCert(t, dir)
	// FORCE_COLOR: Vite colours its URL line as it does in CI or a terminal.
	env := []string{"E2E_TLS_CERT=" + cert, "E2E_TLS_KEY=" + key, "FORCE_COLOR=1"}
	dp, u := launchDevproxyProc(t, dir, env, viteCmd("vite8", "https.mjs"))
	dp.waitLine(t, regexp.MustCompile(`error: vite serves HTTPS .*--upstream https://`), startTimeout)
	req, _ := http.NewRequest("GET", u, nil)
	req.Header.Set("Accept", "text/html")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(string(body), "server.https") {
		t.Fatalf("GET %s = %d; want the waiting page naming server.https:\n%s", u, resp.StatusCode, body)
	}
}

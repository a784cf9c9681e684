package envcheck

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func writeProject(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestResolveBadInput(t *testing.T) {
	tests := []struct {
		name  string
		file  []byte
		code  string
		check func(t *testing.T, env *Env)
	}{
		{"bom", []byte("\ufeffVITE_A=1\nVITE_B=2\n"), CodeEnvBOM, func(t *testing.T, env *Env) {
			if _, ok := env.Client["VITE_A"]; ok {
				t.Errorf("VITE_A set despite the BOM: Vite 8 reads \\uFEFFVITE_A")
			}
			if env.Client["VITE_B"].Value != "2" {
				t.Errorf("VITE_B = %q; want 2", env.Client["VITE_B"].Value)
			}
		}},
		{"binary", append([]byte("VITE_A=1\n"), 0, 0xff, 0xfe, '\n'), CodeEnvFileBinary, nil},
		{"invalid utf-8", []byte("VITE_A=caf\xe9\n"), CodeEnvFileBinary, func(t *testing.T, env *Env) {
			if got := env.Client["VITE_A"].Value; got != "caf\ufffd" {
				t.Errorf("VITE_A = %q; want caf\\uFFFD as Node decodes it", got)
			}
		}},
		{"huge", bytes.Repeat([]byte("VITE_A=0123456789012345678901234567890123456789\n"), (maxEnvFileSize/48)+10), CodeEnvFileTooLarge, func(t *testing.T, env *Env) {
			if len(env.Files) != 0 {
				t.Errorf("a file over the cap was parsed")
			}
		}},
		{"hang", []byte("VITE_A=$constructor\n"), CodeEnvExpandHang, nil},
		{"crash", []byte("VITE_A=1\ntoString=x\n"), CodeEnvExpandCrash, nil},
		{"node 20 join", []byte("VITE_FLAG\nVITE_B=2\n"), CodeEnvNodeVersion, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeProject(t, map[string][]byte{".env": tt.file})
			env := resolveFixture(t, tt.name, Options{Dir: dir})
			fs := findingsByCode(env, tt.code)
			if len(fs) == 0 {
				t.Fatalf("no %s finding; findings %+v", tt.code, env.Findings)
			}
			for _, f := range fs {
				if f.File != ".env" || f.Message == "" || f.Fix == "" {
					t.Errorf("finding %+v: want file .env, a message and a fix", f)
				}
			}
			if tt.check != nil {
				tt.check(t, env)
			}
		})
	}
}

func TestResolveUnreadable(t *testing.T) {
	dir := writeProject(t, map[string][]byte{".env": []byte("VITE_A=1\n")})
	p := filepath.Join(dir, ".env")
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(p); err == nil {
		f.Close()
		t.Skip("running as root: a mode-000 file is still readable, so unreadability cannot be tested")
	}
	env := resolveFixture(t, "unreadable", Options{Dir: dir})
	fs := findingsByCode(env, CodeEnvFileUnreadable)
	if len(fs) != 1 || !strings.Contains(fs[0].Message, ".env") {
		t.Errorf("findings = %+v; want one %s naming .env", env.Findings, CodeEnvFileUnreadable)
	}
}

func TestResolveDialectWarning(t *testing.T) {
	dir := writeProject(t, map[string][]byte{".env": []byte("VITE_URL=https://x/#/auth\nVITE_OK=plain\n")})
	env := resolveFixture(t, "dialect", Options{Dir: dir})
	fs := findingsByCode(env, CodeEnvDialect)
	if len(fs) != 1 || fs[0].Line != 1 || !strings.Contains(fs[0].Message, `"https://x/"`) || !strings.Contains(fs[0].Message, `"https://x/#/auth"`) {
		t.Errorf("findings = %+v; want one for line 1 giving Vite's and the others' readings", fs)
	}
}

// fakeNode writes a script that answers --version like the given node.
func fakeNode(t *testing.T, version string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "node")
	if err := os.WriteFile(p, []byte("#!/bin/sh\necho "+version+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestResolveFollowsNodeVersion(t *testing.T) {
	dir := writeProject(t, map[string][]byte{".env": []byte("VITE_FLAG\nVITE_B=2\n")})
	tests := []struct {
		version string
		want    map[string]string
	}{
		{"v22.12.0", map[string]string{"VITE_B": "2"}},
		{"v20.19.0", map[string]string{"VITE_FLAG\nVITE_B": "2"}},
	}
	for _, tt := range tests {
		env := resolveFixture(t, "node", Options{Dir: dir, NodeBin: fakeNode(t, tt.version)})
		got := clientValues(env)
		if len(got) != len(tt.want) {
			t.Errorf("node %s: Client = %q; want %q", tt.version, got, tt.want)
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("node %s: Client[%q] = %q; want %q", tt.version, k, got[k], v)
			}
		}
		if env.NodeVersion != tt.version || len(findingsByCode(env, CodeEnvNodeVersion)) == 0 {
			t.Errorf("node %s: NodeVersion %q, findings %+v", tt.version, env.NodeVersion, env.Findings)
		}
	}
}

func TestResolveDialectFromInstalledVite(t *testing.T) {
	for version, want := range map[string]Dialect{"8.3.8": DialectNode, "7.3.8": DialectDotenv, "6.4.0": DialectDotenv, "5.4.21": DialectDotenvVite5} {
		dir := writeProject(t, map[string][]byte{".env": []byte("VITE_A=1\n")})
		if err := os.MkdirAll(filepath.Join(dir, "node_modules", "vite"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "node_modules", "vite", "package.json"), []byte(`{"name":"vite","version":"`+version+`"}`), 0o644); err != nil {
			t.Fatal(err)
		}
		env, err := Resolve(context.Background(), Options{Dir: dir, Environ: []string{}})
		if err != nil {
			t.Fatal(err)
		}
		if env.Dialect != want {
			t.Errorf("vite %s: Dialect = %q; want %q", version, env.Dialect, want)
		}
	}
}

func TestResolveSpecialFiles(t *testing.T) {
	dir := writeProject(t, map[string][]byte{".env": []byte("VITE_A=1\n")})
	if err := syscall.Mkfifo(filepath.Join(dir, ".env.local"), 0o644); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, ".env.development")); err != nil {
		t.Fatal(err)
	}
	env := resolveFixture(t, "special", Options{Dir: dir}) // must not block on the pipe or read /dev/zero forever
	if fs := findingsByCode(env, CodeEnvFileUnreadable); len(fs) != 1 || fs[0].File != ".env.local" {
		t.Errorf("findings = %+v; want one about the pipe .env.local", env.Findings)
	}
	if got := clientValues(env); len(got) != 1 || got["VITE_A"] != "1" {
		t.Errorf("Client = %v; want VITE_A=1", got)
	}
}

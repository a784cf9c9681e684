package envcheck

// From the import graph to findings: the server-only modules reachable
// from browser entries, each with its shortest import chain.

import (
	"os"
	"path/filepath"
	"strings"
)

// ServerImports walks the graph breadth first from the entries and returns
// each server-only module reachable from browser code, once per importing
// project file, with the shortest chain.
func (g *Graph) ServerImports(dir string) []ServerImport {
	parent := map[string]string{}
	via := map[string]string{} // node → specifier its parent imported it by
	queue := append([]string(nil), g.Entries...)
	if len(g.Edges["index.html"]) > 0 {
		queue = append(queue, "index.html")
	}
	for _, e := range queue {
		parent[e] = ""
	}
	var found []ServerImport
	seen := map[string]int{} // file and module → index+1 in found
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, im := range g.Edges[n] {
			if _, ok := parent[im.To]; ok {
				continue
			}
			parent[im.To] = n
			via[im.To] = im.Specifier
			queue = append(queue, im.To)
			mod := serverModule(im)
			if mod == "" {
				continue
			}
			chain := []string{im.To}
			for p := n; p != ""; p = parent[p] {
				chain = append(chain, p)
			}
			for i, j := 0, len(chain)-1; i < j; i, j = i+1, j-1 {
				chain[i], chain[j] = chain[j], chain[i]
			}
			si := summarize(chain, mod, via)
			key := si.File + "\x00" + si.Module
			if seen[key] != 0 {
				continue
			}
			// A built-in needed inside a server package extends that
			// package's chain (pusher → crypto) instead of a finding of its own.
			if pk := packageOf(si.Chain); pk != "" && pk != si.Module {
				if i := seen[si.File+"\x00"+pk]; i != 0 && len(found[i-1].Chain) > 0 && found[i-1].Chain[len(found[i-1].Chain)-1] == pk {
					found[i-1].Chain = append(found[i-1].Chain, si.Module)
				}
				continue
			}
			if si.File != "" {
				si.Line = importLine(filepath.Join(dir, filepath.FromSlash(si.File)), si.spec)
			}
			found = append(found, si.ServerImport)
			seen[key] = len(found)
		}
	}
	return found
}

type serverImport struct {
	ServerImport
	spec string // specifier imported in File
}

// serverModule names the server-only module an import reaches, or "".
func serverModule(im Import) string {
	if m, ok := strings.CutPrefix(im.To, "builtin:"); ok {
		return m
	}
	pk := pkgName(im.To)
	if pk == "" {
		if u, ok := strings.CutPrefix(im.To, "unresolved:"); ok {
			pk = bareName(u)
		}
	}
	if _, ok := serverPackages[pk]; ok {
		return pk
	}
	return ""
}

// summarize turns a chain of graph nodes into what a person reads:
// project files as paths, each node_modules package once by name.
func summarize(nodes []string, mod string, via map[string]string) serverImport {
	si := serverImport{ServerImport: ServerImport{Module: mod}}
	for i, n := range nodes {
		label := n
		if b, ok := strings.CutPrefix(n, "builtin:"); ok {
			label = b
		} else if u, ok := strings.CutPrefix(n, "unresolved:"); ok {
			label = u
		} else if pk := pkgName(n); pk != "" {
			label = pk
		} else if n != "index.html" || i == 0 {
			si.File = n
		}
		if si.File == n && i+1 < len(nodes) {
			si.spec = via[nodes[i+1]]
		}
		if len(si.Chain) > 0 && si.Chain[len(si.Chain)-1] == label {
			continue
		}
		si.Chain = append(si.Chain, label)
	}
	return si
}

// packageOf returns the first node_modules package named in a summarized
// chain that is a server package, or "".
func packageOf(chain []string) string {
	for _, c := range chain {
		if _, ok := serverPackages[c]; ok {
			return c
		}
	}
	return ""
}

// pkgName returns the npm package of a node_modules path, or "".
func pkgName(p string) string {
	i := strings.LastIndex(p, "node_modules/")
	if i < 0 {
		return ""
	}
	rest := p[i+len("node_modules/"):]
	parts := strings.SplitN(rest, "/", 3)
	if strings.HasPrefix(rest, "@") && len(parts) >= 2 {
		return parts[0] + "/" + parts[1]
	}
	return parts[0]
}

func bareName(spec string) string {
	parts := strings.SplitN(spec, "/", 3)
	if strings.HasPrefix(spec, "@") && len(parts) >= 2 {
		return parts[0] + "/" + parts[1]
	}
	return parts[0]
}

// importLine finds the first line of file with spec as a string literal.
func importLine(file, spec string) int {
	b, err := os.ReadFile(file)
	if err != nil || spec == "" {
		return 0
	}
	m := mask(b)
	lines := newLineIndex(b)
	for _, q := range []string{"'", `"`, "`"} {
		lit := q + spec + q
		for off := 0; off < len(b); {
			i := strings.Index(string(b[off:]), lit)
			if i < 0 {
				break
			}
			at := off + i
			if m[at] == q[0] { // a real literal, not text inside a comment or another string
				return lines.line(at)
			}
			off = at + 1
		}
	}
	return 0
}

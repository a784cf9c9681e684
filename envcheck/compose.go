package envcheck

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/compose-spec/compose-go/v2/cli"
	"go.yaml.in/yaml/v4"
)

// requiredRE finds ${X:?err} and ${X?err}: compose aborts on them, Vite
// silently substitutes "".
var requiredRE = regexp.MustCompile(`\$\{[A-Za-z_][A-Za-z0-9_]*:?\?`)

// loadComposeService loads one service with compose-go, the loader docker
// compose uses, and reads the raw YAML for what compose-go normalizes away.
// Malformed YAML or an unknown service is an error naming the file.
func loadComposeService(ctx context.Context, dir, file, service string, environ []string) (*ComposeService, []Finding, error) {
	path := file
	if !filepath.IsAbs(path) {
		path = filepath.Join(dir, file)
	}
	rel := relTo(dir, path)
	if st, err := os.Stat(path); err != nil {
		return nil, nil, fmt.Errorf("reading compose file: %w", err)
	} else if !st.Mode().IsRegular() {
		return nil, nil, fmt.Errorf("compose file %s is not a regular file", rel)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fmt.Errorf("reading compose file: %w", err)
	}
	raw, envFiles, err := rawComposeEnvironment(src, service)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", rel, err)
	}
	opts, err := cli.NewProjectOptions([]string{path},
		cli.WithWorkingDirectory(filepath.Dir(path)),
		cli.WithEnv(environ),
		cli.WithEnvFiles(),
		cli.WithDotEnv,
		cli.WithName("devproxy-check"),
	)
	if err != nil {
		return nil, nil, fmt.Errorf("loading %s: %w", rel, err)
	}
	project, err := opts.LoadProject(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("loading %s with compose-go: %w", rel, err)
	}
	svc, ok := project.Services[service]
	if !ok {
		names := make([]string, 0, len(project.Services))
		for n := range project.Services {
			names = append(names, n)
		}
		sort.Strings(names)
		return nil, nil, fmt.Errorf("%s has no service %q (services: %s)", rel, service, strings.Join(names, ", "))
	}
	cs := &ComposeService{File: rel, Service: service, Environment: map[string]*string{}, Raw: raw, Image: svc.Image}
	for k, v := range svc.Environment {
		cs.Environment[k] = v
	}
	for _, ef := range envFiles {
		cs.EnvFiles = append(cs.EnvFiles, relTo(dir, filepath.Join(filepath.Dir(path), ef)))
	}
	return cs, composeRawFindings(cs), nil
}

// rawComposeEnvironment finds services.<name>.environment and env_file in
// the YAML as written.
func rawComposeEnvironment(src []byte, service string) ([]ComposeRawValue, []string, error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(src))
	if err := dec.Decode(&doc); err != nil {
		return nil, nil, fmt.Errorf("malformed YAML: %s", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(doc.Content) == 0 {
		return nil, nil, errors.New("the file is empty")
	}
	svc := mapValue(mapValue(doc.Content[0], "services"), service)
	if svc == nil {
		return nil, nil, nil // compose-go names the missing service
	}
	var envFiles []string
	if ef := mapValue(svc, "env_file"); ef != nil {
		switch ef.Kind {
		case yaml.ScalarNode:
			envFiles = append(envFiles, ef.Value)
		case yaml.SequenceNode:
			for _, n := range ef.Content {
				if n.Kind == yaml.ScalarNode {
					envFiles = append(envFiles, n.Value)
				} else if p := mapValue(n, "path"); p != nil {
					envFiles = append(envFiles, p.Value)
				}
			}
		}
	}
	env := mapValue(svc, "environment")
	if env == nil {
		return nil, envFiles, nil
	}
	var out []ComposeRawValue
	switch env.Kind {
	case yaml.SequenceNode:
		for _, n := range env.Content {
			if n.Kind != yaml.ScalarNode {
				continue
			}
			k, v, has := strings.Cut(n.Value, "=")
			out = append(out, ComposeRawValue{Key: k, Value: v, HasValue: has, Style: "list", Line: n.Line,
				Quoted: n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0, Tag: n.ShortTag()})
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(env.Content); i += 2 {
			k, v := env.Content[i], env.Content[i+1]
			out = append(out, ComposeRawValue{Key: k.Value, Value: v.Value, Style: "map", Line: v.Line,
				HasValue: v.ShortTag() != "!!null", Tag: v.ShortTag(),
				Quoted: v.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0})
		}
	}
	return out, envFiles, nil
}

// nodeImageMajor reads the Node major from an official node image name:
// "node:20-bookworm" → 20, "docker.io/library/node:22" → 22; 0 otherwise.
func nodeImageMajor(image string) int {
	for _, p := range []string{"docker.io/library/node:", "library/node:", "node:"} {
		if rest, ok := strings.CutPrefix(image, p); ok {
			digits := rest
			if i := strings.IndexFunc(rest, func(r rune) bool { return r < '0' || r > '9' }); i >= 0 {
				digits = rest[:i]
			}
			n, err := strconv.Atoi(digits)
			if err != nil {
				return 0
			}
			return n
		}
	}
	return 0
}

func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// composeRawFindings: quotes kept in list form, YAML-typed map values, and
// "- KEY" with nothing to pass through.
func composeRawFindings(cs *ComposeService) []Finding {
	var out []Finding
	for _, r := range cs.Raw {
		got := cs.Environment[r.Key]
		shown := maskValue(r.Key, r.Value) // values of secret-looking names are not printed
		switch {
		case r.Style == "list" && r.HasValue && len(r.Value) >= 2 && (r.Value[0] == '"' || r.Value[0] == '\'') && r.Value[len(r.Value)-1] == r.Value[0]:
			fix := fmt.Sprintf("write - %s=%s (no quotes), or use map form: %s: %s", r.Key, r.Value[1:len(r.Value)-1], r.Key, r.Value)
			if shown != r.Value {
				fix = fmt.Sprintf("remove the quotes around the value of %s, or use map form (%s: \"...\")", r.Key, r.Key)
			}
			out = append(out, Finding{Code: CodeComposeQuotes, Severity: SeverityError, File: cs.File, Line: r.Line,
				Message: fmt.Sprintf("%s: in list form compose keeps the quotes: the container gets %s=%s, quotes included", r.Key, r.Key, shown),
				Fix:     fix})
		case r.Style == "map" && r.HasValue && !r.Quoted && r.Tag != "!!str":
			gv := ""
			if got != nil {
				gv = *got
			}
			tag := strings.TrimPrefix(r.Tag, "!!")
			sev, msg := SeverityInfo, fmt.Sprintf("%s: %s is read by YAML as %s, not a string; it happens to reach the container as %q", r.Key, shown, tag, maskValue(r.Key, gv))
			if gv != r.Value {
				sev, msg = SeverityError, fmt.Sprintf("%s: YAML reads %s as %s: the container gets %q, not %q", r.Key, shown, tag, maskValue(r.Key, gv), shown)
			}
			out = append(out, Finding{Code: CodeComposeYAMLTyped, Severity: sev, File: cs.File, Line: r.Line, Message: msg,
				Fix: fmt.Sprintf("quote it: %s: \"%s\"", r.Key, shown)})
		case !r.HasValue && got == nil:
			out = append(out, Finding{Code: CodeComposeUnset, Severity: SeverityInfo, File: cs.File, Line: r.Line,
				Message: fmt.Sprintf("%s has no value and is not set in the shell: it is unset in the container", r.Key),
				Fix:     fmt.Sprintf("give it a value (%s=...) or export it before docker compose up", r.Key)})
		}
	}
	return out
}

// composeEnvFindings: an empty container value that blanks a value the env
// files set (process wins for prefixed variables, even when empty).
func composeEnvFindings(env *Env, texts []envFileText) []Finding {
	if env.Compose == nil {
		return nil
	}
	var out []Finding
	for k, v := range env.Compose.Environment {
		if v == nil || *v != "" || !hasAnyPrefix(k, env.Prefixes) {
			continue
		}
		var set *Entry
		var file string
		for i := range env.Files {
			for j := range env.Files[i].Entries {
				if e := &env.Files[i].Entries[j]; e.Key == k && e.Value != "" {
					set, file = e, env.Files[i].Path
				}
			}
		}
		if set == nil {
			continue
		}
		line := 0
		for _, r := range env.Compose.Raw {
			if r.Key == k {
				line = r.Line
			}
		}
		out = append(out, Finding{Code: CodeComposeBlanks, Severity: SeverityError, File: env.Compose.File, Line: line,
			Message: fmt.Sprintf("%s is empty in service %s, and Vite lets the process environment win even when empty: %s:%d sets it, the browser gets \"\"", k, env.Compose.Service, file, set.Line),
			Fix:     fmt.Sprintf("remove %s from the service's environment, or give it the value there", k)})
	}
	return out
}

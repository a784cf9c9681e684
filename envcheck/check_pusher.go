package envcheck

import (
	"fmt"
	"net/url"
	"strings"
)

// What pusher-js 8 says and does, checked against the real library by
// TestPusherFactsMatchPusherJS.
const (
	pusherErrNoKey     = "You must pass your app key when you instantiate Pusher."
	pusherErrNoCluster = "Options object must provide a cluster"
	pusherEmptyHost    = "ws-.pusher.com" // the host an empty cluster gives
)

// resolved is an Expr traced to its value.
type resolved struct {
	known   bool   // the value is known statically
	unset   bool   // reads an env variable nothing defines (and has no default)
	value   string // when known
	varName string // env variable read, if any
	origin  string // where the value comes from: ".env:3", "src/config.ts:6", "compose:web"
}

// resolveExpr follows an identifier through top-level consts and an env
// read through the resolved environment.
func resolveExpr(e Expr, env *Env, scan *Scan) resolved {
	origin := ""
	for hops := 0; e.Ident != "" && hops < 4; hops++ {
		c, ok := scan.Consts[e.Ident]
		if !ok {
			return resolved{}
		}
		e, origin = c.Expr, fmt.Sprintf("%s:%d", c.File, c.Line)
	}
	if e.Lit != nil {
		return resolved{known: true, value: *e.Lit, origin: origin}
	}
	if e.Var == "" {
		return resolved{}
	}
	if v, ok := defined(env, e.Var); ok {
		if v.Source == "define" || v.Source == "vite" {
			return resolved{varName: e.Var}
		}
		if v.Value == "" && e.Default != nil { // '' || 'us2' gives 'us2'
			return resolved{known: true, value: *e.Default, varName: e.Var, origin: fmt.Sprintf("%s sets %s empty; the code falls back to %q", where(env, e.Var, v), e.Var, *e.Default)}
		}
		return resolved{known: true, value: v.Value, varName: e.Var, origin: where(env, e.Var, v)}
	}
	if e.Default != nil {
		return resolved{known: true, value: *e.Default, varName: e.Var, origin: "the fallback in code (" + e.Var + " is not set)"}
	}
	return resolved{unset: true, varName: e.Var}
}

// pusherFindings checks every new Pusher(...) the scanner found: the key,
// the cluster, and the auth endpoint against the env and what is served.
func pusherFindings(env *Env, scan *Scan, served []string) []Finding {
	var fs []Finding
	for _, c := range scan.Pushers {
		at := func(code string, sev Severity, msg, fix string) {
			fs = append(fs, Finding{Code: code, Severity: sev, File: c.File, Line: c.Line, Message: msg, Fix: fix})
		}
		key := resolveExpr(c.Key, env, scan)
		switch {
		case key.unset:
			at(CodePusherKeyMissing, SeverityError,
				fmt.Sprintf("the Pusher key reads %s, which is not set: pusher-js throws %q", key.varName, pusherErrNoKey),
				fmt.Sprintf("set %s to your app's key (Pusher dashboard → App Keys: key)", key.varName))
		case key.known && key.value == "":
			at(CodePusherKeyEmpty, SeverityError,
				fmt.Sprintf("the Pusher key is empty (%s): pusher-js accepts it and connects without an app key, so nothing ever subscribes", key.origin),
				fmt.Sprintf("set %s to your app's key; in compose, an empty environment: entry blanks what .env sets", orName(key.varName, "the key")))
		}
		if !c.OptsKnown {
			continue
		}
		if !c.HasCluster {
			at(CodePusherClusterMiss, SeverityError, fmt.Sprintf("new Pusher(...) has no cluster option: pusher-js throws %q", pusherErrNoCluster),
				"add cluster: import.meta.env.VITE_PUSHER_CLUSTER (mt1, us2, eu, ...)")
		} else {
			cl := resolveExpr(c.Cluster, env, scan)
			switch {
			case cl.unset:
				at(CodePusherClusterMiss, SeverityError,
					fmt.Sprintf("the Pusher cluster reads %s, which is not set: pusher-js throws %q", cl.varName, pusherErrNoCluster),
					fmt.Sprintf("set %s (mt1, us2, us3, eu, ap1, ap2, ap3, ap4, sa1)", cl.varName))
			case cl.known && cl.value == "" && !c.HasWSHost:
				at(CodePusherClusterEmpt, SeverityError,
					fmt.Sprintf("the Pusher cluster is empty (%s): pusher-js accepts it and tries to reach %s", cl.origin, pusherEmptyHost),
					fmt.Sprintf("set %s to your app's cluster (mt1, us2, eu, ...)", orName(cl.varName, "the cluster")))
			case cl.known && cl.value != "" && !hostedClusters[cl.value] && !c.HasWSHost:
				at(CodePusherClusterUnk, SeverityWarning,
					fmt.Sprintf("Pusher cluster %q (%s) is not a hosted cluster (mt1 us2 us3 eu ap1 ap2 ap3 ap4 sa1); pusher-js will dial ws-%s.pusher.com", cl.value, cl.origin, cl.value),
					"check the cluster on the Pusher dashboard; ignore this for a dedicated cluster")
			}
		}
		fs = append(fs, authFindings(c, env, scan, served)...)
	}
	return fs
}

func orName(v, d string) string {
	if v != "" {
		return v
	}
	return d
}

// authEnvNames are variables that name the Pusher auth endpoint.
func authEnvVars(env *Env) []string {
	var names []string
	for _, k := range sortedKeys(env.Client) {
		u := strings.ToUpper(k)
		if strings.Contains(u, "PUSHER") && strings.Contains(u, "AUTH") && (strings.Contains(u, "ENDPOINT") || strings.Contains(u, "URL") || strings.Contains(u, "PATH")) {
			names = append(names, k)
		}
	}
	return names
}

func authFindings(c PusherCall, env *Env, scan *Scan, served []string) []Finding {
	var fs []Finding
	at := func(code string, sev Severity, msg, fix string) {
		fs = append(fs, Finding{Code: code, Severity: sev, File: c.File, Line: c.Line, Message: msg, Fix: fix})
	}
	endpoint, origin := "/pusher/auth", "pusher-js's default"
	if c.HasEndpoint {
		ep := resolveExpr(c.Endpoint, env, scan)
		switch {
		case ep.unset:
			at(CodePusherAuthUnset, SeverityError,
				fmt.Sprintf("the Pusher auth endpoint reads %s, which is not set: pusher-js replaces its default /pusher/auth with undefined and private channels fail", ep.varName),
				fmt.Sprintf("set %s (e.g. /api/pusher/auth)", ep.varName))
			return fs
		case !ep.known:
			return fs
		}
		endpoint, origin = ep.value, ep.origin
		if origin == "" {
			origin = "in code"
		}
		// The env names an endpoint the code does not use.
		if ep.varName == "" {
			for _, k := range authEnvVars(env) {
				v := env.Client[k]
				if v.Value != "" && v.Value != ep.value {
					at(CodePusherAuthEnv, SeverityWarning,
						fmt.Sprintf("pusher-js posts auth to %q (%s), but %s is %q (%s) and the code never reads it", ep.value, origin, k, v.Value, where(env, k, v)),
						fmt.Sprintf("use channelAuthorization: { endpoint: import.meta.env.%s }, or make the two agree", k))
				}
			}
		}
	}
	if served == nil {
		return fs
	}
	path := endpoint
	if u, err := url.Parse(endpoint); err == nil && u.Host != "" {
		return fs // another origin: not ours to check
	} else if err == nil {
		path = u.Path
	}
	for _, s := range served {
		if s == path || strings.HasSuffix(s, "/") && strings.HasPrefix(path, s) {
			return fs
		}
	}
	at(CodePusherAuthServed, SeverityError,
		fmt.Sprintf("pusher-js will POST auth requests to %s (%s), but nothing serves that path (served: %s)", path, origin, strings.Join(served, ", ")),
		"point the endpoint at a served path, or route it to your backend (devproxy up --route)")
	return fs
}

package envcheck

// Finding codes produced by Check from the browser code. Stable: tools and
// CI key on them (see SCHEMA.md).
const (
	CodeEnvUndefined      = "env-undefined"          // code reads a variable nothing defines
	CodeEnvUnread         = "env-unread"             // a client variable is defined but no code reads it
	CodeSecretExposed     = "env-secret-exposed"     // a secret-looking name carries the client prefix
	CodeSecretValue       = "env-secret-value"       // a client value equals a server-only secret
	CodePrefixExposes     = "env-prefix-exposes"     // envPrefix makes secret-looking variables client-visible
	CodeWholeEnv          = "env-whole-object"       // import.meta.env used as a whole object
	CodeDefineProcessEnv  = "define-process-env"     // vite.config define exposes process.env
	CodeFlagCompare       = "env-flag-compare"       // 'true' compared with a value like 1 or yes
	CodePusherKeyMissing  = "pusher-key-missing"     // pusher-js throws: no app key
	CodePusherKeyEmpty    = "pusher-key-empty"       // empty app key: pusher-js connects without one
	CodePusherClusterMiss = "pusher-cluster-missing" // pusher-js throws: no cluster
	CodePusherClusterEmpt = "pusher-cluster-empty"   // empty cluster: pusher-js dials ws-.pusher.com
	CodePusherClusterUnk  = "pusher-cluster-unknown" // not a hosted cluster name
	CodePusherAuthEnv     = "pusher-auth-mismatch"   // code's auth endpoint differs from the env's
	CodePusherAuthUnset   = "pusher-auth-undefined"  // the endpoint reads an unset variable
	CodePusherAuthServed  = "pusher-auth-not-served" // nothing serves the endpoint pusher-js will POST to
	CodeServerSDK         = "server-sdk-in-browser"  // the pusher server SDK is reachable from browser code
	CodeNodeBuiltin       = "node-builtin-in-browser"
	CodeImportError       = "import-error" // esbuild could not follow an import
	CodeScanSkipped       = "scan-skipped" // a source file was not scanned (binary, huge, unreadable)
)

// hostedClusters are Pusher's public clusters; others are dedicated ones.
var hostedClusters = map[string]bool{
	"mt1": true, "us2": true, "us3": true, "eu": true, "ap1": true, "ap2": true, "ap3": true, "ap4": true, "sa1": true,
}

// builtinEnv are the keys Vite always puts on import.meta.env.
var builtinEnv = map[string]bool{"MODE": true, "BASE_URL": true, "DEV": true, "PROD": true, "SSR": true}

package envcheck

// Finding codes produced while resolving the environment. They are stable:
// tools and CI key on them.
const (
	CodeViteConfigError   = "vite-config-error"    // vite.config throws, times out or cannot be read
	CodeViteNotInstalled  = "vite-not-installed"   // no node_modules/vite: dialect assumed
	CodeEnvFileUnreadable = "env-file-unreadable"  // an env file Vite would read cannot be read
	CodeEnvFileTooLarge   = "env-file-too-large"   // over the size cap: not parsed
	CodeEnvFileBinary     = "env-file-binary"      // NUL bytes or invalid UTF-8
	CodeEnvBOM            = "env-bom"              // a UTF-8 BOM: Vite 8 reads the first key as \uFEFFKEY
	CodeEnvNodeVersion    = "env-node-version"     // Node 20 and Node 22+ read this line differently
	CodeEnvExpandCrash    = "env-expand-crash"     // Vite's loadEnv throws on this variable
	CodeEnvExpandHang     = "env-expand-hang"      // Vite's loadEnv never returns, or a value grows past 1 MiB
	CodeEnvRequiredSyntax = "env-required-syntax"  // ${X:?err} in a Vite env file: silently ""
	CodeEnvPrefixEmpty    = "env-prefix-empty"     // envPrefix contains '' (Vite refuses to start)
	CodeEnvPrefixSpace    = "env-prefix-space"     // envPrefix with white space never matches
	CodeEnvDialect        = "env-dialect"          // Vite, compose env_file and godotenv read a line differently
	CodeComposeQuotes     = "compose-list-quotes"  // list-form environment value keeps its quotes
	CodeComposeYAMLTyped  = "compose-yaml-typed"   // map-form value that YAML retypes (06001 → 3073)
	CodeComposeBlanks     = "compose-empty-blanks" // empty container value blanks what .env sets
	CodeComposeUnset      = "compose-unset"        // - KEY with nothing in the shell: unset in the container
)

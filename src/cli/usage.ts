export const USAGE = `go-plugin-compat — will this Go plugin load into this host?

Usage:
  go-plugin-compat inspect [--format text|json] FILE...
  go-plugin-compat check --host HOST|MANIFEST [--require-symbol NAME]... [--format text|json|sarif|github] PLUGIN...
  go-plugin-compat manifest HOST -o FILE
  go-plugin-compat preflight --host HOST|MANIFEST [--build-flags='-trimpath …'] [--format text|json] [DIR]

Plugins are given in the order the host loads them, into one process.
A universal (fat) Mach-O host is judged by the slice of the plugins' architecture.
preflight runs the local go command in DIR (default .) and compares the build it
would make — toolchain, module versions, GOFLAGS plus --build-flags — with the host.

Exit codes: 0 every plugin loads; 1 at least one will not; 2 usage error or unreadable input.
Rules and fixes: docs/rules/ (https://github.com/go-plugin-compat/go-plugin-compat/tree/main/docs/rules)
`;

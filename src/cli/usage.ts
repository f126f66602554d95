export const USAGE = `go-plugin-compat — will this Go plugin load into this host?

Usage:
  go-plugin-compat inspect [--format text|json] FILE...
  go-plugin-compat check --host HOST|MANIFEST [--host …]... [--require-symbol NAME[=TYPE]]... [--glibc X.Y] [--asan-options OPTS] [--format text|json|sarif|github] PLUGIN...
  go-plugin-compat manifest HOST [--glibc X.Y] [--asan-options OPTS] -o FILE
  go-plugin-compat preflight --host HOST|MANIFEST [--build-flags='-trimpath …'] [--format text|json] [DIR]
  go-plugin-compat build --host HOST|MANIFEST [--dry-run] [-o FILE] [--go PATH] [--glibc V] [--asan-options OPTS] [--format text|json] [DIR]

Plugins are given in the order the host loads them, into one process; with
several --host, every plugin is checked against every host (a matrix).
--glibc and --asan-options describe the system the host runs on when the host
binary does not show it: its glibc (default: the newest the host needs) and the
ASAN_OPTIONS it runs with; manifest stores them.
A universal (fat) Mach-O host is judged by the slice of the plugins' architecture.
preflight runs the local go command in DIR (default .) and compares the build it
would make — toolchain, module versions, GOFLAGS plus --build-flags — with the host.
build aligns the module in DIR with the host (exact Go release, versions and
replacements of shared modules in go.mod/go.sum, build settings, path prefixes),
builds the plugin (go's output on stderr) and checks it; --dry-run only prints
the plan (exit 1 if it already names something that cannot be aligned).
Exit 0 when the built plugin will load, 1 when it will not, 2 when go fails.

  go-plugin-compat help COMMAND        (or COMMAND --help): usage, options and an example
  go-plugin-compat --version

Exit codes: 0 every plugin loads; 1 at least one will not; 2 usage error or unreadable input.
Rules and fixes: docs/rules/ (https://github.com/go-plugin-compat/go-plugin-compat/tree/main/docs/rules)
`;

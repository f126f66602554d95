/**
 * `go-plugin-compat <command> --help` and `help <command>`: usage, what it
 * does, options and an example for every command. A test checks that every
 * command has an entry here.
 */
export const HELP: Record<string, string> = {
  inspect: `Usage: go-plugin-compat inspect [--format text|json] FILE...

What each binary is and how it was built: kind (executable, plugin), platform,
Go release, build info, compiler flags, source paths, package hashes, exports.

Options:
  --format text|json   output format (default text; JSON is {"schemaVersion":1,"binaries":[...]})
  -h, --help           show this help

Example:
  go-plugin-compat inspect ./bin/host ./plugins/greeter.so

Exit codes: 0 every file was read; 2 a file could not be read as a Go binary, or a usage error.
`,
  check: `Usage: go-plugin-compat check --host HOST|MANIFEST [--host …]... [--require-symbol NAME[=TYPE]]...
                             [--glibc VERSION] [--asan-options OPTS]
                             [--format text|json|sarif|github] PLUGIN...

Predicts plugin.Open: will each PLUGIN load into HOST? PLUGINs are given in the
order the host loads them, into one process. HOST is the host binary or its
published manifest (go-plugin-compat manifest). Findings about a module's
version, replace or vendoring, or the toolchain, are placed on the go.mod line
of the plugin's module when that go.mod is under the current directory.

Options:
  --host HOST|MANIFEST     the program that calls plugin.Open, or its manifest (required;
                           repeat it to judge every plugin against every host)
  --require-symbol NAME[=TYPE]
                           a symbol the host looks up in every plugin (repeatable); with
                           =TYPE, the type the host asserts it to, as Go prints it
                           ('New=func() sdk.Plugin'; a variable X of type T is '*T'; an
                           interface by its methods: 'X=interface { Name() string }')
  --glibc VERSION          the glibc of the machines the host runs on (e.g. 2.31): plugins
                           needing newer symbol versions will not load there
  --asan-options OPTS      the ASAN_OPTIONS the host runs with (e.g. detect_odr_violation=0)
  --format FORMAT          text (default), json (finding.location included), sarif
                           (for GitHub code scanning), github (workflow-command
                           annotations within GitHub's limits; with GITHUB_STEP_SUMMARY
                           set, the job summary is written too)
  -h, --help               show this help

Environment: NO_COLOR disables colour, FORCE_COLOR forces it (text format).

Example:
  go-plugin-compat check --host host.abi.json --require-symbol 'New=func() sdk.Plugin' ./greeter.so

Exit codes: 0 every plugin loads; 1 at least one will not; 2 usage error or unreadable input.
`,
  manifest: `Usage: go-plugin-compat manifest HOST -o FILE [--arch GOARCH] [--glibc VERSION] [--asan-options OPTS]

Writes the host's plugin ABI (Go release, platform, package hashes, build
settings) as JSON, to publish with a release so plugin authors can run
check --host host.abi.json without the host binary.

Options:
  -o, --output FILE      where to write the manifest (required; - for stdout)
  --arch GOARCH          the slice of a universal (fat) Mach-O host to describe
  --glibc VERSION        record the glibc of the machines the host runs on (e.g. 2.31)
  --asan-options OPTS    record the ASAN_OPTIONS the host runs with
  -h, --help             show this help

Example:
  go-plugin-compat manifest ./bin/host -o host.abi.json

Exit codes: 0 written; 2 usage error or unreadable host.
`,
  preflight: `Usage: go-plugin-compat preflight --host HOST|MANIFEST [--build-flags='-trimpath …']
                                 [--format text|json] [DIR]

Before building: runs the local go command in DIR (default .) and compares the
build it would make (toolchain, module versions, GOFLAGS plus --build-flags)
with the host. Findings about a requirement or the toolchain name the line of
the module's go.mod to change.

Options:
  --host HOST|MANIFEST   the host binary or its manifest (required)
  --build-flags FLAGS    flags you will pass to go build, e.g. '-trimpath -tags=x'
  --format text|json     output format (default text)
  -h, --help             show this help

Example:
  go-plugin-compat preflight --host host.abi.json --build-flags=-trimpath ./plugins/greeter

Exit codes: 0 nothing would differ; 1 the plugin would not load; 2 usage error,
unreadable host or no go command.
`,
  build: `Usage: go-plugin-compat build --host HOST|MANIFEST [--dry-run] [-o FILE] [--go PATH]
                             [--glibc VERSION] [--asan-options OPTS] [--format text|json] [DIR]

Aligns the plugin module in DIR (default .) with the host (exact Go release,
versions and replacements of shared modules in go.mod/go.sum, build settings,
path prefixes), builds the plugin (the go command's output on stderr) and
checks the result against the host.

Options:
  --host HOST|MANIFEST   the host binary or its manifest (required)
  --dry-run              print the plan (go.mod edits, environment, go build line); change nothing
  -o, --output FILE      the plugin file to write (default: named as go build names it)
  --go PATH              the go command to use
  --glibc VERSION        the glibc of the machines the host runs on, for the final check
  --asan-options OPTS    the ASAN_OPTIONS the host runs with, for the final check
  --format text|json     output format (default text)
  -h, --help             show this help

Example:
  go-plugin-compat build --host host.abi.json --dry-run ./plugins/greeter

Exit codes: 0 the built plugin will load; 1 it will not; 2 usage or tooling error.
`,
};

/** `help` without a command, and the commands' one-line forms. */
export function commandHelp(cmd: string): string | null {
  return Object.hasOwn(HELP, cmd) ? HELP[cmd]! : null;
}

/** Whether the arguments ask for help (before a `--` that ends options). */
export function wantsHelp(args: string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

// GPC199 ("cause unknown") on matrix cases whose binaries do record the cause: open gaps in the
// cause rules (not in the verdict), each with what is recorded and which rule should name it.
// The ground-truth test reports these cases as TODO instead of failing; every other GPC199 outside
// a case's factsAbsent fails. Remove an entry once the rule names the cause (the case then passes).

const GPC102_GO119 =
  'the go1.19.8 host records GOEXPERIMENT=staticlockranking in its build info and the differing package is internal/goexperiment; the go1.19.8 plugin records no experiment, but GPC102 is not named';
const GPC198_GO119 =
  'the second greeter differs only through its import of xxhash (pclntab paths: xxhash/v2@v2.2.0 in the failed first plugin, @v2.3.0 here, go1.19.8 plugins have no build info); GPC198 is not named';
const DIRREPLACE_GO119 =
  'the go1.19.8 plugin compiled xxhash from /tmp/gpc-matrix/src/forks/xxhash-v2.3.0 (a directory replacement, visible in its pclntab paths), the other binary from the module cache; no rule names the directory replacement without build info';

export const OPEN_GPC199: Record<string, string> = {
  'go1.19.8/host-base/greeter-replace-dir.so': DIRREPLACE_GO119,
  'go1.19.8/host-strip/greeter-replace-dir.so': DIRREPLACE_GO119,
  'go1.19.8/host-exp-slr/greeter-base.so': GPC102_GO119,
  'go1.19.8/host-exp-slr/greeter-replace-module-mainNl-exp-defaults.so': GPC102_GO119,
  'go1.19.8/host-exp-slr/greeter-replace-module.so': GPC102_GO119,
  'go1.19.8/host-exp-slr/greeter-replace-dir.so': GPC102_GO119,
  'go1.19.8/host-exp-slr/greeter-mainNl.so': GPC102_GO119,
  'go1.19.8/host-exp-slr/greeter-exp-defaults.so': GPC102_GO119,
  'go1.19.8/host-exp-slr/greeter-strip.so': GPC102_GO119,
  'go1.19.8/same-path/greeter-xxhashv2.2.0.so+greeter-replace-module.so': GPC198_GO119,
  'go1.19.8/same-path/greeter-replace-module.so+greeter-replace-dir.so': DIRREPLACE_GO119,
};

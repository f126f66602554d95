// GPC199 ("cause unknown") on matrix cases whose binaries do record the cause: open gaps in the
// cause rules (not in the verdict), each with what is recorded and which rule should name it.
// The ground-truth test reports these cases as TODO instead of failing; every other GPC199 outside
// a case's factsAbsent fails. Remove an entry once the rule names the cause (the case then passes).

// None open: GPC102 (internal/goexperiment differs, one side without build info), GPC118 (a go1.19 plugin's
// directory replacement, from its source paths) and GPC198 (a module at another version or from a
// directory in the other binary) now name the go1.19.8 matrix cases that were listed here.
export const OPEN_GPC199: Record<string, string> = {};

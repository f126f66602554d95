import { BUILD_RULES } from './build/index.js';
import { CAUSE_RULES } from './causes/index.js';
import { cpuLevelMeta } from './notices/cpu-level.js';
import { pluginConflictMeta } from './notices/plugin-conflict.js';
import { upgradeMeta } from './notices/upgrade-in-place.js';
import type { RuleMeta } from './types.js';
import { VERDICT_RULES } from './verdict/rules.js';
import { NATIVE_RULES, glibcPluginInMuslMeta } from './verdict/native.js';

/** Every rule, for SARIF's driver and the docs check. */
export const ALL_RULES: RuleMeta[] = [
  ...VERDICT_RULES.map((r) => r.meta),
  ...NATIVE_RULES.map((r) => r.meta),
  glibcPluginInMuslMeta,
  ...CAUSE_RULES.map((r) => r.meta),
  cpuLevelMeta,
  pluginConflictMeta,
  upgradeMeta,
  ...BUILD_RULES,
];

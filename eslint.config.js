// Lint: typescript-eslint's recommended type-aware rules on the sources and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['lib/', 'dist/', 'node_modules/', 'fixtures/', 'scripts/*.mjs', 'src/**/*.generated.ts', 'fuzz-out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
    },
  },
  // Ambient declarations of the untyped container libraries: their classes are referenced as types.
  { files: ['src/types/*.d.ts'], rules: { '@typescript-eslint/no-unused-vars': 'off' } },
);

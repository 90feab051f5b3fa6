// Lint for src/ (issue 16), run by `npm test`: the type-aware rules that catch what tsc does not,
// a promise nobody awaits, a promise where a callback expects void, and `any` leaking through casts and JSON.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'src/**/*.generated.ts'] },
  {
    files: ['src/**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unsafe-declaration-merging': 'error',
      '@typescript-eslint/no-unsafe-enum-comparison': 'error',
      '@typescript-eslint/no-unsafe-function-type': 'error',
      '@typescript-eslint/no-unsafe-unary-minus': 'error',
      // WARN for now: 52 casts (most narrow Object.keys() to FactName[] or a DOM query to its element type, several
      // type JSON.parse/res.json()/SQLite rows without a schema). Each wants a zod parse or a typed helper instead.
      '@typescript-eslint/no-unsafe-type-assertion': 'warn',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
);

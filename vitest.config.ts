import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts', 'tests/visual/**/*.test.ts'],
    environment: 'node',
    // src/lib/palette.ts reads global.css?raw (the palette's one home); vitest stubs CSS unless included.
    css: { include: [/global\.css/, /charts\.css/] },
  },
});

/**
 * The environment of an `astro build` started from a test: the test process's own, without what vitest adds
 * to it. Vitest sets NODE_ENV=test and copies its `import.meta.env` (DEV=1, MODE=test...) into
 * `process.env`; a build that inherits them runs as in development (the social-card route, for one, then
 * lists its cards as pages), so it would not be the build `npm run build` makes.
 */
const vitestVariables = ['NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL'];

export function buildEnvironment(variables: Record<string, string>): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...variables };
  for (const name of vitestVariables) delete environment[name];
  return environment;
}

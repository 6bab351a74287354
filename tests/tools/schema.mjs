// `npm run schema`: regenerates the dataset's JSON Schema from the zod schema (TypeScript loaded through Vite).
import { runnerImport } from 'vite';

const { module } = await runnerImport('./tests/tools/writeJsonSchema.ts');
console.log(`wrote ${module.writeJsonSchema()}`);

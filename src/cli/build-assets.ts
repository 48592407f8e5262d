// Run by scripts/build.mjs after bundling: writes the hashed client assets to dist/assets.
import { writeBuiltAssets } from '../lib/assets.js';

await writeBuiltAssets();

export { DEMO_CITIES, type DemoCity } from './cities.js';
export { DEFAULT_DEMO_COUNT, type DemoOptions, generateDemoGroups } from './generate.js';

// The public API of @piiguard/redis, export by export.

export type { RedisCacheStoreOptions } from './redis-store.js';
export { RedisCacheStore } from './redis-store.js';

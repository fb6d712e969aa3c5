// @piiguard/sdk/http: the HTTP layer of the hosted-API path, for classifiers that call a service
// (the remote teachers of @piiguard/teacher, a backend of your own). Listed in README "Public API".

export type { HttpOptions, ResolvedHttpOptions } from './options.js';
export { resolveHttpOptions } from './options.js';
export type { HttpAnswer, HttpCall, HttpTransportConfig } from './transport.js';
export { HttpTransport } from './transport.js';

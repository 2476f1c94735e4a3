// Test plumbing: promise tracking, microtask flushing, rejections and abort-listener accounting, all from
// @asyncutils/tooling/testing.
export { countedController, flush, isDomError, rejection, track } from '@asyncutils/tooling/testing';

// The public surface of @asyncutils/cli: named re-exports only, one module per concept.
export {};

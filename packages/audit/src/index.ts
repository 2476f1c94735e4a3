// The public surface of @asyncutils/audit: named re-exports only, one module per concept.
export {};

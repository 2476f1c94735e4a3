// The public surface of @asyncutils/{{NAME}}: named re-exports only, one module per concept.
export {};

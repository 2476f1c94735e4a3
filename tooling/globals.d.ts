/** The version of the package being built, inlined by the shared tsup and vitest configurations. */
declare const __PKG_VERSION__: string;

// Types of tooling/scripts/umbrella.js for the umbrella package's tests.
/** The umbrella package's name. */
export declare const umbrellaName: 'asyncutils';
/** The value and type names an entry file defines itself (re-exported from `./…` modules). */
export declare function definedNames(source: string): { values: string[]; types: string[] };
/** Universal, publishable workspace packages other than the umbrella, in name order. */
export declare function umbrellaSources(): { dir: string; name: string; manifest: Record<string, unknown> }[];
/** The generated index.ts text, the dependency map and the defining package of every name; throws on a clash. */
export declare function umbrellaPlan(): { index: string; dependencies: Record<string, string>; owner: Map<string, string> };

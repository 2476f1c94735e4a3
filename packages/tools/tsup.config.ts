import { packageBuildConfig } from '@asyncutils/tooling/tsup';

// `shims`: the CJS build gets `import.meta.url` too, which getCfgJsonFormat resolves format.json5 against.
export default { ...packageBuildConfig(), shims: true };

import { packageBuildConfig } from '@asyncutils/tooling/tsup';

export default packageBuildConfig();

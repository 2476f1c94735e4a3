import { packageTestConfig } from '@asyncutils/tooling/vitest';

export default packageTestConfig();

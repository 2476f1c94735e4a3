// `@asyncutils/config/register`: importing it loads the configuration (`node --import @asyncutils/config/register`).
export { registeredConfig } from './registeredConfig.js';

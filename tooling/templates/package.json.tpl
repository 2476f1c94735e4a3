{
  "name": "@asyncutils/{{NAME}}",
  "version": "0.0.0",
  "description": "{{DESCRIPTION}}",
  "license": "MIT",
  "type": "module",
  "sideEffects": false,
  "files": ["dist"],
  "engines": {
    "node": ">=20"
  },
  "exports": {
    ".": {
      "import": {
        "types": "./dist/index.d.ts",
        "default": "./dist/index.js"
      },
      "require": {
        "types": "./dist/index.d.cts",
        "default": "./dist/index.cjs"
      }
    },
    "./package.json": "./package.json"
  },
  "main": "./dist/index.cjs",
  "module": "./dist/index.js",
  "types": "./dist/index.d.cts",
  "asyncutils": {
    "runtime": "{{RUNTIME}}"
  },
  "publishConfig": {
    "access": "public"
  },
  "scripts": {
    "build": "tsup",
    "typecheck": "tsc -p tsconfig.json",
    "lint": "asyncutils-lint",
    "check": "asyncutils-check",
    "test": "vitest run --coverage"
  },
  "devDependencies": {
    "@asyncutils/tooling": "workspace:*"
  }
}

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
    "./version": {
      "import": {
        "types": "./dist/version.d.ts",
        "default": "./dist/version.js"
      },
      "require": {
        "types": "./dist/version.d.cts",
        "default": "./dist/version.cjs"
      }
    },
    "./package.json": "./package.json"
  },
  "typesVersions": {
    "*": {
      "version": ["./dist/version.d.cts"]
    }
  },
  "main": "./dist/index.cjs",
  "module": "./dist/index.js",
  "types": "./dist/index.d.cts",
  "asyncutilsTooling": {
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

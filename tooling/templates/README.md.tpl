# @asyncutils/{{NAME}}

{{DESCRIPTION}}

Part of [asyncutils for TypeScript](../../README.md). Runtime: {{RUNTIME}}.

```sh
npm i @asyncutils/{{NAME}}
```

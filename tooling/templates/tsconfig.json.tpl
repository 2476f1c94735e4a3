{
  "extends": "../../tooling/{{TSCONFIG}}",
  "include": ["src", "test", "../../tooling/globals.d.ts"]
}

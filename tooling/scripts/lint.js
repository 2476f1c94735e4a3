#!/usr/bin/env node
// `asyncutils-lint`: the house rules a compiler does not enforce, for the package in the current directory.
// - each entry file (src/index.ts and one file per export subpath) holds only named re-exports;
// - every exported name has TSDoc with a summary and an @example;
// - no `any` type and no default export anywhere in src/;
// - tests mirror src/: src/a/b.ts has test/a/b.test.ts or test/a/b.test-d.ts.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { codeSubpaths, readManifest, sourceForSubpath, versionSubpath } from '../package-info.js';

const dir = process.cwd();
const manifest = readManifest(dir);
const problems = [];
const where = (node) => {
  const sf = node.getSourceFile();
  const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return `${relative(dir, sf.fileName)}:${line + 1}`;
};

const config = ts.getParsedCommandLineOfConfigFile(join(dir, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
if (!config) throw new Error('asyncutils-lint: cannot read tsconfig.json');
// The shared ./version entry is tooling/version-entry.ts, not a file of this package.
const entries = codeSubpaths(manifest)
  .filter((sub) => sub !== versionSubpath)
  .map((sub) => join(dir, sourceForSubpath(sub)));
const srcDir = join(dir, 'src');
const program = ts.createProgram({ rootNames: config.fileNames, options: { ...config.options, noEmit: true } });
const checker = program.getTypeChecker();
const srcFiles = program.getSourceFiles().filter((sf) => sf.fileName.startsWith(`${srcDir}/`));

for (const entry of entries) {
  const sf = program.getSourceFile(entry);
  if (!sf) {
    problems.push(`${relative(dir, entry)}: entry file is missing`);
    continue;
  }
  for (const stmt of sf.statements) {
    const reexport = ts.isExportDeclaration(stmt) && (stmt.moduleSpecifier || (stmt.exportClause && ts.isNamedExports(stmt.exportClause) && stmt.exportClause.elements.length === 0));
    if (!reexport) problems.push(`${where(stmt)}: an entry file holds only named re-exports (move this code into its own module)`);
    else if (ts.isExportDeclaration(stmt) && !stmt.exportClause && stmt.moduleSpecifier) problems.push(`${where(stmt)}: use an explicit list, not \`export *\``);
  }
  const moduleSymbol = checker.getSymbolAtLocation(sf);
  for (const exported of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const decls = target.declarations ?? [];
    const documented = decls.some((d) => {
      const docs = ts.getJSDocCommentsAndTags(d).filter(ts.isJSDoc);
      const hasSummary = docs.some((doc) => typeof doc.comment === 'string' ? doc.comment.trim() : doc.comment?.length);
      const hasExample = docs.some((doc) => (doc.tags ?? []).some((t) => t.tagName.text === 'example'));
      return hasSummary && hasExample;
    });
    if (!documented) problems.push(`${relative(dir, entry)}: export "${exported.name}" needs TSDoc with a summary and an @example`);
  }
}

for (const sf of srcFiles) {
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) problems.push(`${where(node)}: \`any\` is not allowed in src/ (use unknown or a precise type)`);
    if (ts.isExportAssignment(node) && !node.isExportEquals) problems.push(`${where(node)}: no default exports`);
    if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) {
      problems.push(`${where(node)}: no default exports`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
for (const file of existsSync(srcDir) ? walk(srcDir) : []) {
  const rel = relative(srcDir, file);
  if (!rel.endsWith('.ts') || rel === 'index.ts' || rel.endsWith('.d.ts')) continue;
  const stem = rel.slice(0, -3);
  if (!['.test.ts', '.test-d.ts'].some((ext) => existsSync(join(dir, 'test', stem + ext)))) {
    problems.push(`src/${rel}: no test/${stem}.test.ts (tests mirror src/)`);
  }
}

if (problems.length) {
  console.error(`lint ${manifest.name}: ${problems.length} problem(s)\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`lint ${manifest.name}: clean (${srcFiles.length} source files)`);

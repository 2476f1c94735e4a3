#!/usr/bin/env node
// `node scripts/export-table.js [--check]` (run by `pnpm build`): writes src/exportTable.ts, the table of every
// export of every published @asyncutils/* workspace package that `findHelpUrl` resolves names with.
//
// For each package (by short name) it records the names its main entry defines (re-exports from `./…` modules,
// read with the umbrella's `definedNames`), grouped by the TypeDoc page folder of their kind (`classes`,
// `functions`, `variables`, `types`, `interfaces`, `enums`); the names it re-exports from the sibling that defines
// them (CROSSREF E3: such a name belongs to its defining package); and the names only a subpath entry exports
// (`@asyncutils/context/node`'s `useAsyncLocalStorage`, CROSSREF E2). The shared `./version` subpath is left out.
// Kinds come from the TypeScript checker: the declaration each export resolves to. A name defined by two packages
// is an error, as in the umbrella. `--check` writes nothing and exits 1 when the committed file is out of date.
import { readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { definedNames } from '@asyncutils/tooling/umbrella';

const here = dirname(fileURLToPath(import.meta.url));
/** The package's own directory (packages/tools). */
export const toolsDir = resolve(here, '..');
/** Where the generated module lives. */
export const exportTablePath = join(toolsDir, 'src', 'exportTable.ts');
/** The TypeDoc page folders, in the order the generated table lists them. */
export const kindDirs = ['classes', 'functions', 'variables', 'types', 'interfaces', 'enums'];

const scope = '@asyncutils/';

/** Published @asyncutils/* workspace packages (not the umbrella, not private ones), by short name. */
export function exportTablePackages(packagesDir = resolve(toolsDir, '..')) {
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(packagesDir, d.name, 'package.json')))
    .map((d) => {
      const dir = join(packagesDir, d.name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { dir, manifest, name: String(manifest.name) };
    })
    .filter(({ manifest, name }) => name.startsWith(scope) && manifest.private !== true)
    .map(({ dir, manifest, name }) => {
      const subpaths = Object.keys(manifest.exports ?? {})
        .filter((k) => k.startsWith('./') && k !== './package.json' && k !== './version' && !k.includes('*'))
        .map((k) => k.slice(2));
      return { dir, name, short: name.slice(scope.length), subpaths };
    })
    .sort((a, b) => (a.short < b.short ? -1 : a.short > b.short ? 1 : 0));
}

/** `export { … } from '@asyncutils/…'` names of an entry file: [name, defining package short name]. */
function siblingReexports(source) {
  const out = [];
  const statement = /export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g;
  for (const [, list, from] of source.matchAll(statement)) {
    if (!from.startsWith(scope)) continue;
    for (const raw of list.split(',')) {
      const item = raw.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '').trim();
      if (item) out.push(item.replace(/^type\s+/, '').split(/\s+as\s+/).pop().trim());
    }
  }
  return out;
}

/** The TypeDoc folder of the declaration an export resolves to, as TypeDoc converts it. */
function kindDir(checker, exported, where) {
  const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const f = target.flags;
  if (f & ts.SymbolFlags.Class) return 'classes';
  if (f & ts.SymbolFlags.Function) return 'functions';
  if (f & ts.SymbolFlags.Enum) return 'enums';
  if (f & ts.SymbolFlags.Variable) {
    // TypeDoc documents `const f = () => …` / `const f = function () {…}` as a function.
    const decl = target.valueDeclaration;
    const init = decl && ts.isVariableDeclaration(decl) ? decl.initializer : undefined;
    return init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? 'functions' : 'variables';
  }
  if (f & ts.SymbolFlags.Interface) return 'interfaces';
  if (f & ts.SymbolFlags.TypeAlias) return 'types';
  throw new Error(`export-table: cannot tell the kind of ${exported.name} in ${where}`);
}

/**
 * The table: `{ [short]: { classes?, functions?, variables?, types?, interfaces?, enums?, reexports?, subpaths? } }`,
 * every list sorted. Throws when a name is defined by two packages or an export does not resolve.
 */
export function buildExportTable(packages = exportTablePackages()) {
  const entries = packages.flatMap((p) => [
    { pkg: p, sub: null, file: join(p.dir, 'src', 'index.ts') },
    ...p.subpaths.map((sub) => ({ pkg: p, sub, file: join(p.dir, 'src', `${sub}.ts`) })),
  ]);
  const program = ts.createProgram({
    rootNames: entries.map((e) => e.file),
    options: {
      module: ts.ModuleKind.Preserve,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      noLib: true,
      types: [],
      noEmit: true,
      skipLibCheck: true,
    },
  });
  const checker = program.getTypeChecker();
  const owner = new Map();
  const table = {};
  for (const p of packages) table[p.short] = {};
  for (const { pkg, sub, file } of entries) {
    const source = readFileSync(file, 'utf8');
    const { values, types } = definedNames(source);
    const row = table[pkg.short];
    if (sub !== null) {
      const names = [...values, ...types, ...siblingReexports(source)];
      if (names.length) (row.subpaths ??= {})[sub] = [...new Set(names)].sort();
      continue;
    }
    const sf = program.getSourceFile(file);
    const moduleSymbol = sf && checker.getSymbolAtLocation(sf);
    const exports = new Map((moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []).map((s) => [s.name, s]));
    for (const name of [...values, ...types]) {
      const other = owner.get(name);
      if (other !== undefined && other !== pkg.short) {
        throw new Error(`export-table: ${name} is defined by both @asyncutils/${other} and ${pkg.name}; exported names must be unique`);
      }
      owner.set(name, pkg.short);
      const exported = exports.get(name);
      if (!exported) throw new Error(`export-table: ${pkg.name} does not export ${name}`);
      (row[kindDir(checker, exported, pkg.name)] ??= []).push(name);
    }
    const again = siblingReexports(source);
    if (again.length) row.reexports = [...new Set(again)].sort();
  }
  for (const row of Object.values(table)) {
    for (const key of [...kindDirs, 'reexports']) row[key]?.sort();
  }
  return table;
}

const quote = (s) => `'${s}'`;
/** A list of quoted names wrapped at 110 columns, each line indented by `indent`. */
function list(names, indent) {
  const lines = [];
  let line = [];
  for (const item of names.map(quote)) {
    const width = indent.length + [...line, item].join(', ').length + 1;
    if (line.length && width > 110) {
      lines.push(line);
      line = [];
    }
    line.push(item);
  }
  if (line.length) lines.push(line);
  return `[\n${lines.map((l) => `${indent}${l.join(', ')},`).join('\n')}\n${indent.slice(2)}]`;
}

/** The text of src/exportTable.ts for a table. */
export function renderExportTable(table) {
  const rows = Object.entries(table).map(([short, row]) => {
    const fields = [];
    for (const key of [...kindDirs, 'reexports']) {
      if (row[key]?.length) fields.push(`    ${key}: ${list(row[key], '      ')},`);
    }
    if (row.subpaths) {
      const subs = Object.entries(row.subpaths).map(([sub, names]) => `      ${/^[A-Za-z_$][\w$]*$/.test(sub) ? sub : quote(sub)}: ${list(names, '        ')},`);
      fields.push(`    subpaths: {\n${subs.join('\n')}\n    },`);
    }
    const key = /^[A-Za-z_$][\w$]*$/.test(short) ? short : quote(short);
    return fields.length ? `  ${key}: {\n${fields.join('\n')}\n  },` : `  ${key}: {},`;
  });
  return [
    '// Generated by scripts/export-table.js (run by `pnpm build`) from the entry files of every published',
    '// @asyncutils/* workspace package: do not edit. test/exportTable.test.ts fails when it is out of date.',
    '',
    '/**',
    ' * One package of the export table: the names its main entry defines, by the TypeDoc folder of their kind;',
    ' * `reexports`: names it re-exports from the sibling that defines them (they belong to that sibling);',
    ' * `subpaths`: names exported only by a subpath entry (`@asyncutils/<package>/<subpath>`).',
    ' */',
    'export interface ExportTableRow {',
    ...kindDirs.map((k) => `  readonly ${k}?: readonly string[];`),
    '  readonly reexports?: readonly string[];',
    '  readonly subpaths?: Readonly<Record<string, readonly string[]>>;',
    '}',
    '',
    '/** Every published `@asyncutils/*` package by short name (`queues` for `@asyncutils/queues`), with its exports. */',
    'export const exportTable: Readonly<Record<string, ExportTableRow>> = {',
    ...rows,
    '};',
    '',
  ].join('\n');
}

/** The text src/exportTable.ts should have now. */
export function exportTableModule() {
  return renderExportTable(buildExportTable());
}

function main() {
  const text = exportTableModule();
  const current = existsSync(exportTablePath) ? readFileSync(exportTablePath, 'utf8') : '';
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error('export-table: packages/tools/src/exportTable.ts is out of date; run `pnpm --filter @asyncutils/tools export-table`');
      process.exit(1);
    }
    console.log('export-table: up to date');
    return;
  }
  if (current !== text) writeFileSync(exportTablePath, text);
  console.log(current === text ? 'export-table: up to date' : 'export-table: wrote src/exportTable.ts');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

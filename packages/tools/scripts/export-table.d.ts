// Types of scripts/export-table.js for the tests.
/** A published workspace package: its directory, full name, short name and subpath entries (without `./version`). */
export interface ExportTablePackage {
  dir: string;
  name: string;
  short: string;
  subpaths: string[];
}
/** One row of the table. */
export type ExportTableRowData = Partial<Record<'classes' | 'functions' | 'variables' | 'types' | 'interfaces' | 'enums' | 'reexports', string[]>> & {
  subpaths?: Record<string, string[]>;
};
export declare const toolsDir: string;
export declare const exportTablePath: string;
export declare const kindDirs: string[];
export declare function exportTablePackages(packagesDir?: string): ExportTablePackage[];
export declare function buildExportTable(packages?: ExportTablePackage[]): Record<string, ExportTableRowData>;
export declare function renderExportTable(table: Record<string, ExportTableRowData>): string;
export declare function exportTableModule(): string;

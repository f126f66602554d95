import type { Container } from '../../src/container/types.js';

/**
 * The container with every way to module data hidden but the word that
 * points at the pclntab header (GoReSym's method): no static symbols, no
 * module-data or pclntab section (ELF .go.module, Mach-O __go_module).
 */
export function onlyPclntabPointer(c: Container): Container {
  const moduleSection = (n: string) => n === '.go.module' || n === '.go_module';
  return Object.create(c, {
    symbols: { value: () => [] },
    symbolsWithPrefix: { value: (table: 'static' | 'dynamic', prefixes: readonly string[]) => (table === 'static' ? [] : c.symbolsWithPrefix(table, prefixes)) },
    section: { value: (n: string) => (moduleSection(n) || n === '.gopclntab' ? undefined : c.section(n)) },
    sections: { value: c.sections.map((s) => (moduleSection(s.name) ? { ...s, name: '.noptrdata' } : s)) },
  }) as Container;
}

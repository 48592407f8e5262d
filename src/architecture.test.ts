// Folders must not import each other in a loop: a loop means no folder can be read,
// tested or moved on its own (issue 14). A "folder" is a feature folder under
// src/features, or a top-level folder under src (lib, db, views, app, ...); app.ts,
// runtime.ts and server.ts count as the app layer, config.ts as its own. Left out:
// test files and fixtures (they assemble whole scenarios), and `import type` lines,
// which vanish when compiled: app-env.ts names every feature's service for Hono's
// context type, by design, and is only ever imported for types (ADR 25).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$|test-fixtures\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The folder a file belongs to, as a name: 'directory', 'lib', 'app', ... */
function folderOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  if (parts.length === 1)
    return parts[0] === 'config.ts' ? 'config' : parts[0] === 'app-env.ts' ? 'app-env' : 'app';
  if (parts[0] === 'features') return parts[1] ?? 'app';
  return parts[0] as string;
}

const IMPORT =
  /(?:import|export)\s(?!type\s)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Folder → the folders its files import (relative imports only). */
function folderGraph(files: string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = folderOf(resolve(dirname(file), (match[1] ?? match[2]) as string));
      if (target !== from) edges.add(target);
    }
  }
  return graph;
}

/** Strongly connected groups of more than one folder (Tarjan's algorithm). */
function loops(graph: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) as number, low.get(to) as number));
      } else if (stack.includes(to)) {
        low.set(node, Math.min(low.get(node) as number, index.get(to) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        group.push(member);
      } while (member !== node);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('folder imports', () => {
  it('finds a loop when there is one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(loops(graph)).toEqual([['a', 'b', 'c']]);
  });

  it('has no loop between folders', () => {
    const graph = folderGraph(sourceFiles(SRC));
    const found = loops(graph).map((group) =>
      group.map(
        (folder) =>
          `${folder} → ${[...(graph.get(folder) ?? [])].filter((to) => group.includes(to)).join(', ')}`,
      ),
    );
    expect(found).toEqual([]);
  });
});

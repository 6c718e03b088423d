import { describe, expect, it } from 'vitest';
import { FazhiDb } from './db';
import { currentStores, MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { SHIPPED } from './shipped-schema.test-util';

const indexes = (spec: string) => spec.split(',').map((s) => s.trim());

describe('the migration list', () => {
  it('numbers its versions 1, 2, 3 … without a gap, and SCHEMA_VERSION is the last', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS[MIGRATIONS.length - 1]!.version);
  });

  it('keeps every shipped version exactly as it shipped', () => {
    for (const [version, stores] of Object.entries(SHIPPED)) {
      expect(MIGRATIONS.find((m) => m.version === Number(version))?.stores, `version ${version}`).toEqual(stores);
    }
  });

  it('only adds: a later version keeps the primary key and every index a table had', () => {
    const seen: Record<string, string[]> = {};
    for (const m of MIGRATIONS) {
      for (const [table, spec] of Object.entries(m.stores)) {
        const now = indexes(spec);
        const was = seen[table];
        if (was) {
          expect(now[0], `${table} primary key in version ${m.version}`).toBe(was[0]);
          expect(now, `${table} in version ${m.version}`).toEqual(expect.arrayContaining(was));
        }
        seen[table] = now;
      }
    }
  });

  it('is what the database declares, version by version', () => {
    for (const m of MIGRATIONS) {
      const db = new FazhiDb('x', m.version);
      expect(db.verno).toBe(m.version);
      const declared = Object.fromEntries(db.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)]]));
      const expected = Object.fromEntries(Object.entries(currentStores(m.version)).map(([t, spec]) => [t, indexes(spec)]));
      expect(declared).toEqual(expected);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { LEDGERS } from '../../../shared/ledgers/registry';
import { LOCAL_ONLY_TABLES, type FazhiDb } from './db';
import { withFreshDb } from './test-db';

let db: FazhiDb;
withFreshDb((fresh) => {
  db = fresh;
});

/** An index string as a set of index specs, in the order Dexie keeps them (primary key first). */
const specs = (indexes: string) => indexes.split(',').map((s) => s.trim());

describe('the registry and the Dexie schema', () => {
  it('declares, for every ledger, exactly the indexes of its table in the current database version', async () => {
    await db.open();
    for (const ledger of LEDGERS) {
      const schema = db.table(ledger.table).schema;
      const actual = [schema.primKey.src, ...schema.indexes.map((i) => i.src)];
      expect(actual, ledger.table).toEqual(specs(ledger.indexes));
    }
  });

  it('has a table for every ledger, and no ledger table the registry does not know', async () => {
    await db.open();
    const ledgerTables = db.tables.map((t) => t.name).filter((n) => n !== 'changeLog' && n !== 'settings' && !LOCAL_ONLY_TABLES.has(n));
    expect(ledgerTables.sort()).toEqual(LEDGERS.map((l) => l.table).sort());
  });
});

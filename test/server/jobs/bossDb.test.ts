import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../server/db/connect.ts';
import { createBossDb } from '../../../server/jobs/bossDb.ts';
import { splitSqlStatements } from '../../../server/jobs/splitSql.ts';
import { DATABASE_URL, DATABASES, openTestDatabase } from '../../db/setup.ts';

describe('splitSqlStatements', () => {
  it('splits at top-level semicolons only', () => {
    const script = `begin; select 'a;b' as "c;d"; -- note; here
      create function f() returns int as $body$ begin return 1; end; $body$ language plpgsql; /* x; y */ commit;`;
    expect(splitSqlStatements(script)).toEqual([
      'begin',
      `select 'a;b' as "c;d"`,
      '-- note; here\n      create function f() returns int as $body$ begin return 1; end; $body$ language plpgsql',
      '/* x; y */ commit',
    ]);
  });

  it('leaves positional parameters alone and keeps every pg-boss function body whole', () => {
    expect(splitSqlStatements('select $1::int; select $2')).toEqual(['select $1::int', 'select $2']);
    const statements = splitSqlStatements(PgBoss.getConstructionPlans('x_boss'));
    const functions = statements.filter((s) => /create function/i.test(s));
    expect(functions.length).toBeGreaterThan(0);
    for (const body of functions) expect(body.match(/\$\$/g)?.length).toBe(2);
  });
});

for (const kind of DATABASES) {
  describe(`pg-boss adapter on ${kind}`, () => {
    let database: Database & { schema?: string };
    let single: Database;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
      // One connection, so the query after a failed script is sure to land on the connection it used.
      single = kind === 'postgres' ? await openDatabase({ url: DATABASE_URL, schema: database.schema, maxConnections: 1 }) : database;
    });
    afterAll(async () => {
      if (single !== database) await single.close();
      await database.close();
    });

    it('runs a multi-statement script without parameters, as pg-boss sends its installs and maintenance', async () => {
      const boss = createBossDb(single.db);
      await boss.executeSql(`begin; create table t_script (v int); insert into t_script values (3); commit;`, []);
      expect((await boss.executeSql('select v from t_script', [])).rows).toEqual([{ v: 3 }]);
    });

    it('rolls back a script that fails inside its transaction, leaving the connection usable', async () => {
      const boss = createBossDb(single.db);
      await expect(boss.executeSql(`begin; create table t_rolled_back (v int); select 1/0; commit;`, [])).rejects.toThrow(/division by zero/);
      const { rows } = await boss.executeSql(`select to_regclass('t_rolled_back') is null as gone`, []);
      expect(rows).toEqual([{ gone: true }]);
    });

    it('binds undefined as NULL, as pg-boss expects of node-postgres', async () => {
      const { rows } = await createBossDb(single.db).executeSql('select $1::int is null as missing, $2::jsonb as data', [undefined, { a: [1] }]);
      expect(rows).toEqual([{ missing: true, data: { a: [1] } }]);
    });
  });
}

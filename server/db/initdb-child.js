// Creates a PGlite data directory (initdb) and exits: `node initdb-child.js <dir> <startParams JSON>
// <initDbStartParams JSON>`. Plain JavaScript that loads nothing but PGlite, so the few hundred MB that
// PGlite's initdb takes are held by the smallest process possible, and only for as long as it runs.
import { PGlite } from '@electric-sql/pglite';

const [dataDir, startParams, initDbStartParams] = process.argv.slice(2);
const pg = await PGlite.create({
  dataDir,
  startParams: JSON.parse(startParams),
  initDbStartParams: JSON.parse(initDbStartParams),
});
await pg.close();

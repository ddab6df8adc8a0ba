// Module boundaries, checked on every import:
// - server/modules/<a>/ reaches server/modules/<b>/ only through <b>/index.ts (its exported functions,
//   topics and types); a module's schema may name another's table for a foreign key, nothing more;
// - modules never import the all-tables schema (server/db/schema.ts), only their own and the platform's;
// - web/src/features/<a>/ never imports code of web/src/features/<b>/ (shared code lives in web/src/shared/;
//   pages compose features); a type may be named across features.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

function where(file) {
  const relative = path.relative(root, file).split(path.sep).join('/');
  const server = /^server\/modules\/([^/]+)\/(.*)$/.exec(relative);
  if (server) return { kind: 'module', name: server[1], rest: server[2], relative };
  const web = /^web\/src\/features\/([^/]+)\//.exec(relative);
  if (web) return { kind: 'feature', name: web[1], relative };
  return { kind: 'other', relative };
}

export const boundaries = {
  meta: {
    type: 'problem',
    messages: {
      module: "Module '{{from}}' imports {{target}}: use '{{to}}/index.ts' (its exported functions or events).",
      allTables: "Module '{{from}}' imports the all-tables schema: import its own schema.ts or the platform's.",
      feature: "Feature '{{from}}' imports feature '{{to}}': move the shared part to web/src/shared/.",
    },
    schema: [],
  },
  create(context) {
    const from = where(context.filename);
    // Tests may set up any module's rows directly; what they test goes through the app.
    if (from.kind === 'other' || context.filename.endsWith('.test.ts')) return {};
    return {
      ImportDeclaration(node) {
        const source = node.source.value;
        if (typeof source !== 'string' || !source.startsWith('.')) return;
        const target = where(path.resolve(path.dirname(context.filename), source));
        if (from.kind === 'module') {
          if (target.relative === 'server/db/schema.ts') {
            context.report({ node, messageId: 'allTables', data: { from: from.name } });
          }
          const isForeignKey = from.rest === 'schema.ts' && target.rest === 'schema.ts';
          if (target.kind === 'module' && target.name !== from.name && target.rest !== 'index.ts' && !isForeignKey) {
            context.report({
              node,
              messageId: 'module',
              data: { from: from.name, to: target.name, target: target.relative },
            });
          }
        } else if (target.kind === 'feature' && target.name !== from.name && node.importKind !== 'type') {
          context.report({ node, messageId: 'feature', data: { from: from.name, to: target.name } });
        }
      },
    };
  },
};

// Parses PowerShell scripts with tree-sitter-powershell (WebAssembly: nothing to compile) and reports
// every ERROR or MISSING node as FILE:LINE:COLUMN, exiting 1 when there is one.
// With --commands, prints instead the commands each script runs (its own functions left out), as JSON.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const commands = args[0] === '--commands';
const files = commands ? args.slice(1) : args;
if (files.length === 0) {
  console.error('usage: node check.mjs [--commands] FILE.ps1...');
  process.exit(2);
}

await Parser.init();
const language = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
const parser = new Parser();
parser.setLanguage(language);

let errors = 0;
const used = {};
for (const file of files) {
  const tree = parser.parse(readFileSync(file, 'utf8'));
  const names = new Set();
  const functions = new Set();
  const walk = (node) => {
    if (node.type === 'ERROR' || node.isMissing) {
      errors++;
      const what = node.isMissing ? `missing ${node.type}` : `syntax error at '${node.text.split('\n')[0].slice(0, 40)}'`;
      console.error(`${file}:${node.startPosition.row + 1}:${node.startPosition.column + 1}: ${what}`);
    }
    if (node.type === 'command_name') names.add(node.text);
    if (node.type === 'function_name') functions.add(node.text);
    for (const child of node.children) walk(child);
  };
  walk(tree.rootNode);
  used[file] = [...names].filter((name) => !functions.has(name)).sort();
}
if (commands) {
  console.log(JSON.stringify(used));
} else if (errors === 0) {
  console.log(`${files.length} PowerShell file(s) parsed: no syntax errors`);
}
process.exit(errors > 0 ? 1 : 0);

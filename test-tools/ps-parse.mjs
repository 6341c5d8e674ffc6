// Parses PowerShell scripts with the tree-sitter PowerShell grammar (WebAssembly build) and
// prints one JSON document on stdout:
//   {"grammar": "tree-sitter-powershell@<version>", "millis": <total parse time>,
//    "files": [{"file", "errors": [{"type": "ERROR"|"MISSING", "node", "line", "column", "text"}],
//               "strings": [{"type", "text", "line", "column"}]   (only with --strings)}]}
// Lines and columns are 1-based. Usage:
//   node --liftoff-only ps-parse.mjs [--strings] <dir-or-file>...
// A directory stands for every *.ps1 file directly in it. --liftoff-only matters: without it
// V8's optimising compiler makes each parse take seconds.
// A leading UTF-8 BOM is skipped, as PowerShell does.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, Language } from 'web-tree-sitter';
import { problemsAndStrings } from './ps-walk.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const grammarPackage = join(here, 'node_modules', 'tree-sitter-powershell');

const args = process.argv.slice(2);
const withStrings = args.includes('--strings');
const targets = args.filter((a) => a !== '--strings');
if (targets.length === 0) {
  console.error('usage: node --liftoff-only ps-parse.mjs [--strings] <dir-or-file>...');
  process.exit(2);
}

const files = [];
for (const target of targets) {
  if (statSync(target).isDirectory()) {
    for (const name of readdirSync(target).sort()) {
      if (name.toLowerCase().endsWith('.ps1')) files.push(join(target, name));
    }
  } else {
    files.push(target);
  }
}

await Parser.init();
const language = await Language.load(join(grammarPackage, 'tree-sitter-powershell.wasm'));
const grammarVersion = JSON.parse(readFileSync(join(grammarPackage, 'package.json'), 'utf8')).version;
const parser = new Parser();
parser.setLanguage(language);

const started = Date.now();
const results = [];
for (const file of files) {
  let source = readFileSync(file, 'utf8');
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  const tree = parser.parse(source);
  const entry = { file, ...problemsAndStrings(tree, withStrings) };
  tree.delete();
  results.push(entry);
}

process.stdout.write(JSON.stringify({
  grammar: `tree-sitter-powershell@${grammarVersion}`,
  millis: Date.now() - started,
  files: results,
}));
process.stdout.write('\n');

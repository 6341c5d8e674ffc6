// Lists, per PowerShell script, every command invocation and every property read that can be
// traced to a command's output, using the tree-sitter PowerShell grammar (as ps-parse.mjs).
// Knows nothing about which commands exist: org.lyncowa.script.CmdletContract compares the
// output with the catalogue (src/test/resources/cmdlets/catalogue.json). Prints one JSON document:
//   {"grammar", "millis", "files": [{"file", "errors": <ERROR/MISSING node count>,
//     "functions": [names defined in the script],
//     "commands": [{"name", "line", "column", "operator": "&"|"."|null, "nameText", "scriptBlock": bool,
//                   "elements": [{"kind": "param", "name", "colon": bool, "valueFollows": bool, "splat"?, "line"} |
//                                {"kind": "arg", "node", "text"} | {"kind": "splat", "text"}]}],
//     "reads": [{"command", "property", "line", "column", "via"}]}]}
// "name" is the command as written, or for `& <expr>` the file name of the program the
// expression names (a string literal, or a variable assigned from an expression holding a
// literal ending in .exe), or null when it cannot be told; "scriptBlock" marks `& { ... }` and
// `& $b` where $b holds a script block (assigned one, or a [scriptblock] parameter). An element "arg" is anything that is
// not a parameter name; "text" is its value when it is a bare word or a constant string.
// "colon" marks -Name:value (the value is bound to the parameter whatever its kind, and is not
// listed as an "arg") and the keys of a splatted hashtable built in the script (@h, with "splat":
// "@h"); a splat of anything else is {"kind": "splat"}.
//
// A property read is attributed to a command when the object it is read from is:
//   $x after `$x = <pipeline>` / `$x += <pipeline>` (text order: the latest assignment above wins;
//   a typed variable such as [xml]$x is not attributed), $x[i], the loop variable of
//   `foreach ($y in <pipeline>)`, `$_` / `$PSItem` in a script block given to a command that
//   receives the pipeline's objects (Where-Object, ForEach-Object, calculated properties, ...),
//   or `(<pipeline>)` / `@(<pipeline>)` / `$(<pipeline>)` directly.
// A pipeline's objects are those of its last command; Where-Object, Sort-Object and
// Select-Object without property names pass their input through; ForEach-Object { <one
// pipeline> } yields that pipeline's objects. Property names given to Select-Object, Sort-Object,
// Group-Object, Measure-Object, Format-List, Format-Table, ForEach-Object <name> and
// Where-Object <name> ... count as reads on the incoming objects. Method calls are not reads.
// Usage: node --liftoff-only ps-commands.mjs [--parse] <dir-or-file>...
// --parse adds, per file, "problems" and "strings" exactly as ps-parse.mjs --strings gives "errors" and "strings".
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, Language } from 'web-tree-sitter';
import { problemsAndStrings } from './ps-walk.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const grammarPackage = join(here, 'node_modules', 'tree-sitter-powershell');

const args = process.argv.slice(2);
// --parse: each file also gets ps-parse.mjs's "problems" (its "errors" list) and "strings", from the same parse.
const withParse = args.includes('--parse');
const targets = args.filter((a) => a !== '--parse');
if (targets.length === 0) {
  console.error('usage: node --liftoff-only ps-commands.mjs [--parse] <dir-or-file>...');
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

// Commands whose output objects are their input objects.
const PASS_THROUGH = new Set(['where-object', 'sort-object', 'select-object', 'tee-object']);
// Parameters of Select-Object that take no property name.
const SELECT_NON_PROPERTY = new Set(['first', 'last', 'skip', 'skiplast', 'unique', 'wait', 'index', 'skipindex',
  'inputobject', 'caseinsensitive']);
// Commands whose positional arguments (or -Property) name properties of the incoming objects.
const PROPERTY_ARGUMENTS = new Set(['select-object', 'sort-object', 'group-object', 'measure-object', 'format-list',
  'format-table', 'format-wide']);
// Parameters of the commands above that take something other than a property name.
const NOT_PROPERTY = new Set(['first', 'last', 'skip', 'skiplast', 'unique', 'wait', 'index', 'skipindex',
  'inputobject', 'caseinsensitive', 'descending', 'stable', 'top', 'bottom', 'culture', 'casesensitive',
  'noelement', 'ashashtable', 'asstring', 'autosize', 'wrap', 'hidetableheaders', 'groupby', 'view', 'force',
  'expand', 'displayerror', 'showerror', 'column', 'sum', 'average', 'maximum', 'minimum', 'line', 'word',
  'character', 'ignorewhitespace', 'allstats', 'standarddeviation', 'excludeproperty', 'errorvariable',
  'erroraction', 'outvariable', 'warningaction', 'verbose', 'debug']);

// String nodes whose children are the variables inside: not wrappers.
const STRING_NODES = new Set(['expandable_string_literal', 'expandable_here_string_literal']);

function position(node) {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
}

function named(node) {
  const out = [];
  for (let i = 0; i < node.namedChildCount; i++) out.push(node.namedChild(i));
  return out;
}

/** The node under single-child wrapper nodes (unary_expression, array_literal_expression, ...). */
function unwrap(node) {
  let n = node;
  while (n && n.namedChildCount === 1 && n.childCount === 1 && !STRING_NODES.has(n.type)) n = n.namedChild(0);
  return n;
}

/** A bare word or a constant string literal as its value; null for anything computed. */
function constantText(node) {
  const n = unwrap(node);
  if (!n) return null;
  if (n.type === 'generic_token' || n.type === 'simple_name' || n.type === 'command_name') return n.text;
  if (n.type === 'verbatim_string_characters') return n.text.slice(1, -1).replace(/''/g, "'");
  if (n.type === 'expandable_string_literal' && n.namedChildCount === 0) return n.text.slice(1, -1);
  if (n.type === 'string_literal') return constantText(n.namedChild(0));
  return null;
}

/** Constant texts of a comma list ('A', 'B' or A) or of one value. */
function constantList(node) {
  const n = unwrap(node);
  if (n && n.type === 'array_literal_expression') {
    const out = [];
    for (const c of named(n)) {
      const t = constantText(c);
      if (t === null) return null;
      out.push(t);
    }
    return out;
  }
  const t = constantText(n);
  return t === null ? null : [t];
}

/** The file name at the end of a path ("$env:windir\System32\iisreset.exe" -> iisreset.exe). */
function baseName(text) {
  const parts = text.split(/[\\/]/);
  return parts[parts.length - 1].replace(/["']/g, '');
}

/** The last string literal under node whose text ends in .exe, as a file name; null if none. */
function programLiteral(node) {
  let found = null;
  const walk = (n) => {
    if (n.type === 'script_block_expression') return; // code, not the value being assigned
    if (n.type === 'verbatim_string_characters' || n.type === 'expandable_string_literal') {
      const text = n.text.slice(1, -1);
      if (/\.exe$/i.test(text)) found = baseName(text);
    }
    for (const c of named(n)) walk(c);
  };
  walk(node);
  return found;
}

function analyse(source) {
  const tree = parser.parse(source);
  let errors = 0;
  const commands = [];
  const reads = [];
  const functions = [];
  // Variable (lower case) -> the command whose objects it holds, or null.
  const bindings = new Map();
  // Variable (lower case) -> program file name it holds a path to.
  const programs = new Map();
  // Variable (lower case) -> keys of the hashtable it holds (for splatting: @name).
  const hashKeys = new Map();
  // Variables (lower case) that hold a script block: `& $block` runs script, not a program.
  const blocks = new Set();
  // $_ in the code being visited, and $_ for script blocks met inside a command's arguments.
  const env = { underscore: null, blockUnderscore: null };

  function read(objectType, property, node, via) {
    if (objectType && property) {
      reads.push({ command: objectType, property, ...position(node), via });
    }
  }

  function variableName(node) {
    // $x, @x (splat), ${x}, and the scope prefixes using:, script:, global:, local:, private:.
    return node.text.replace(/^[$@]/, '').replace(/^\{(.*)\}$/, '$1')
      .replace(/^(using|script|global|local|private):/i, '').toLowerCase();
  }

  function variableType(node) {
    const name = variableName(node);
    if (name === '_' || name === 'psitem') return env.underscore;
    return bindings.has(name) ? bindings.get(name) : null;
  }

  /** Visits node and returns the command whose objects it yields (or null). */
  function visit(node) {
    if (node.isError || node.isMissing) errors++;
    switch (node.type) {
      case 'variable':
        return variableType(node);
      case 'function_statement': {
        const name = named(node).find((c) => c.type === 'function_name');
        if (name) functions.push(name.text);
        visitAll(node);
        return null;
      }
      case 'script_parameter': {
        // param([scriptblock]$Block): `& $Block` runs a script block.
        const variable = named(node).find((c) => c.type === 'variable');
        if (variable && /^\s*(\[[^\]]*\]\s*)*\[scriptblock\]/i.test(node.text.slice(0, node.text.indexOf(variable.text)))) {
          blocks.add(variableName(variable));
        }
        visitAll(node);
        return null;
      }
      case 'assignment_expression':
        return assignment(node);
      case 'foreach_statement':
        return foreachStatement(node);
      case 'pipeline_chain':
        return pipelineChain(node);
      case 'command':
        // A command outside a pipeline_chain (should not happen): no input.
        return command(node, null, true);
      case 'member_access': {
        const [object, member] = [node.namedChild(0), named(node).find((c) => c.type === 'member_name')];
        const type = visit(object);
        if (member) {
          const name = constantText(member.namedChild(0) ?? member);
          read(type, name, member, describe(object));
          if (name === null) visitAll(member);
        }
        return null;
      }
      case 'invokation_expression': {
        // object.Method(args): the object is visited, the method name is not a read.
        const kids = named(node);
        const object = kids[0] ? unwrap(kids[0]) : null;
        const method = kids.find((c) => c.type === 'member_name');
        if (object && object.type === 'variable' && hashKeys.has(variableName(object)) && method
            && method.text.toLowerCase() === 'add') {
          // $h.Add('Key', value)
          const list = findFirst(node, 'argument_expression_list');
          hashKeys.get(variableName(object)).push(list && list.namedChild(0) ? constantText(list.namedChild(0)) : null);
        }
        for (const c of kids) {
          if (c.type !== 'member_name') visit(c);
        }
        return null;
      }
      case 'element_access': {
        const kids = named(node);
        const type = visit(kids[0]);
        for (const c of kids.slice(1)) visit(c);
        return type;
      }
      case 'array_expression':
      case 'sub_expression':
      case 'parenthesized_expression': {
        const kids = named(node);
        let type = null;
        for (const c of kids) type = visit(c);
        if (kids.length === 1 && kids[0].type === 'statement_list') {
          const statements = named(kids[0]);
          return statements.length === 1 ? type : null;
        }
        return kids.length === 1 ? type : null;
      }
      case 'statement_list': {
        let type = null;
        for (const c of named(node)) type = visit(c);
        return type;
      }
      case 'script_block_expression': {
        const saved = env.underscore;
        env.underscore = env.blockUnderscore;
        const savedBlock = env.blockUnderscore;
        env.blockUnderscore = null;
        const type = scriptBlockType(node);
        env.underscore = saved;
        env.blockUnderscore = savedBlock;
        return type;
      }
      case 'cast_expression':
      case 'expression_with_unary_operator':
        visitAll(node);
        return null;
      default: {
        const kids = named(node);
        if (kids.length === 1 && node.childCount === 1) return visit(kids[0]);
        visitAll(node);
        return null;
      }
    }
  }

  function visitAll(node) {
    for (const c of named(node)) visit(c);
  }

  /** A script block's objects: those of its only statement, when it has one. */
  function scriptBlockType(node) {
    let type = null;
    let statements = 0;
    const walk = (n) => {
      for (const c of named(n)) {
        if (c.type === 'script_block' || c.type === 'script_block_body') {
          walk(c);
        } else if (c.type === 'statement_list') {
          for (const s of named(c)) {
            statements++;
            type = visit(s);
          }
        } else {
          visit(c);
        }
      }
    };
    walk(node);
    return statements === 1 ? type : null;
  }

  function describe(object) {
    const n = unwrap(object);
    if (n.type === 'variable') return n.text;
    if (n.type === 'element_access') return describe(n.namedChild(0)) + '[...]';
    return '(' + n.type + ')';
  }

  function assignment(node) {
    const left = named(node).find((c) => c.type === 'left_assignment_expression');
    const operator = named(node).find((c) => c.type === 'assignement_operator' || c.type === 'assignment_operator');
    const value = node.childForFieldName('value') ?? named(node)[named(node).length - 1];
    const type = visit(value);
    const target = left ? unwrap(left) : null;
    if (target && target.type === 'variable') {
      const name = variableName(target);
      const op = operator ? operator.text : '=';
      if (op === '=') {
        bindings.set(name, type);
      } else if (op === '+=' && type) {
        bindings.set(name, type);
      }
      const program = programLiteral(value);
      if (op === '=') {
        if (program) programs.set(name, program);
        else programs.delete(name);
        const hash = unwrap(value);
        if (hash && hash.type === 'hash_literal_expression') hashKeys.set(name, hashLiteralKeys(hash));
        else hashKeys.delete(name);
        if (hash && hash.type === 'script_block_expression') blocks.add(name);
        else blocks.delete(name);
      }
    } else if (target && (target.type === 'member_access' || target.type === 'element_access')
        && hashKeys.has(variableName(unwrap(target.namedChild(0))))) {
      // $h.Key = ... / $h['Key'] = ...: a key added to a hashtable that may be splatted.
      const keys = hashKeys.get(variableName(unwrap(target.namedChild(0))));
      const keyNode = target.type === 'member_access'
        ? named(target).find((c) => c.type === 'member_name') : named(target)[1];
      const key = keyNode ? constantText(keyNode.type === 'member_name' ? keyNode.namedChild(0) : keyNode) : null;
      keys.push(key);
      visitAll(target);
    } else if (target) {
      // [xml]$d = ... (typed: not the command's objects), $x.Prop = ... (a read of Prop).
      const cast = target.type === 'expression_with_unary_operator' || target.type === 'cast_expression';
      if (cast) {
        const variable = findFirst(target, 'variable');
        if (variable) bindings.set(variableName(variable), null);
      } else {
        visit(target);
      }
    }
    return null;
  }

  /** Keys of @{ A = 1; 'B' = 2 } in order; null for a key that is not constant. */
  function hashLiteralKeys(hash) {
    const keys = [];
    const body = named(hash).find((c) => c.type === 'hash_literal_body');
    for (const entry of body ? named(body) : []) {
      if (entry.type !== 'hash_entry') continue;
      const key = named(entry).find((c) => c.type === 'key_expression');
      keys.push(key ? constantText(key.namedChild(0) ?? key) : null);
    }
    return keys;
  }

  function findFirst(node, type) {
    if (node.type === type) return node;
    for (const c of named(node)) {
      const f = findFirst(c, type);
      if (f) return f;
    }
    return null;
  }

  function foreachStatement(node) {
    const kids = named(node);
    const variable = kids.find((c) => c.type === 'variable');
    const collection = kids.find((c) => c.type === 'pipeline');
    const type = collection ? visit(collection) : null;
    if (variable) bindings.set(variableName(variable), type);
    for (const c of kids) {
      if (c !== variable && c !== collection) visit(c);
    }
    return null;
  }

  function pipelineChain(node) {
    let input = null;
    let first = true;
    let sawPipe = false;
    for (let i = 0; i < node.childCount; i++) {
      const c = node.child(i);
      if (!c.isNamed) {
        if (c.type === '|') sawPipe = true;
        continue;
      }
      if (c.type === 'command') {
        input = command(c, input, first);
      } else {
        input = visit(c);
      }
      first = false;
    }
    return input;
  }

  /** Records one command invocation; returns the command whose objects it yields. */
  function command(node, input, first) {
    const nameNode = node.childForFieldName('command_name');
    const operatorNode = named(node).find((c) => c.type === 'command_invokation_operator');
    const elementsNode = node.childForFieldName('command_elements');
    let name = null;
    let scriptBlock = false;
    let nameText = nameNode ? nameNode.text : '';
    if (nameNode && nameNode.type === 'command_name') {
      name = nameNode.text;
    } else if (nameNode) {
      const inner = unwrap(nameNode);
      if (inner.type === 'script_block_expression'
          || (inner.type === 'variable' && blocks.has(variableName(inner)))) {
        scriptBlock = true;
      } else if (inner.type === 'variable') {
        name = programs.get(variableName(inner)) ?? null;
      } else {
        const literal = programLiteral(nameNode);
        if (literal) name = literal;
        else {
          const text = constantText(nameNode);
          if (text) name = baseName(text);
        }
      }
      visitAll(nameNode);
    }
    const record = { name, nameText, ...position(node), operator: operatorNode ? operatorNode.text : null,
      scriptBlock, elements: [] };
    commands.push(record);

    // Elements: parameters and arguments, each argument visited with $_ of script blocks set.
    const savedBlock = env.blockUnderscore;
    env.blockUnderscore = first ? null : input;
    const args = []; // [{param: lower-case name of the parameter it follows or null, node}]
    let pendingParam = null;
    let colon = false;
    if (elementsNode) {
      for (let i = 0; i < elementsNode.childCount; i++) {
        const c = elementsNode.child(i);
        if (c.type === 'command_argument_sep') {
          if (c.text.trim() === ':') colon = true;
          continue;
        }
        if (!c.isNamed || c.type === 'redirection' || c.type === 'comment') continue;
        if (c.type === 'command_parameter') {
          let pname = c.text.replace(/^[-\u2013\u2014\u2015]/, '');
          let inlineColon = false;
          if (pname.endsWith(':')) {
            pname = pname.slice(0, -1);
            inlineColon = true;
          }
          const element = { kind: 'param', name: pname, colon: inlineColon, ...position(c) };
          record.elements.push(element);
          pendingParam = element;
          colon = inlineColon;
          continue;
        }
        const inner = unwrap(c);
        if (inner && inner.type === 'variable' && inner.text.startsWith('@')) {
          // Splatting: each key of a hashtable built in the script is a parameter given a value.
          const keys = hashKeys.get(variableName(inner));
          if (keys && keys.every((k) => k !== null)) {
            for (const k of keys) record.elements.push({ kind: 'param', name: k, colon: true, splat: inner.text,
              ...position(c) });
          } else {
            record.elements.push({ kind: 'splat', text: inner.text, ...position(c) });
          }
        } else {
          if (colon && pendingParam) {
            // -Name:value: the value belongs to the parameter, whatever its kind.
            pendingParam.colon = true;
          } else {
            record.elements.push({ kind: 'arg', node: inner ? inner.type : c.type, text: constantText(c),
              ...position(c) });
          }
        }
        args.push({ param: pendingParam ? pendingParam.name.toLowerCase() : null, node: c });
        pendingParam = null;
        colon = false;
      }
    }
    // Whether a value follows each parameter name (-Name:value, or an argument next): for a switch
    // that argument is really positional, which only the catalogue can tell.
    record.elements.forEach((e, i) => {
      if (e.kind === 'param') {
        const next = record.elements[i + 1];
        e.valueFollows = e.colon || (next !== undefined && next.kind === 'arg');
      }
    });
    const lower = (name ?? '').toLowerCase();
    let blockType = null;
    let memberName = null;
    for (const a of args) {
      const type = visit(a.node);
      const inner = unwrap(a.node);
      if (inner && inner.type === 'script_block_expression') blockType = type;
      else if (lower === 'foreach-object' && (a.param === null || a.param === 'membername')) {
        memberName = memberName ?? constantText(a.node);
      }
    }
    env.blockUnderscore = savedBlock;
    // Parameters of the positional arguments are not known here: an argument right after a
    // parameter is taken as that parameter's value (switches are rare on these commands).

    // Property names as arguments.
    if (PROPERTY_ARGUMENTS.has(lower) || lower === 'where-object') {
      let names = [];
      for (const a of args) {
        const p = a.param;
        if (lower === 'where-object') {
          if ((p === null || p === 'property') && names.length === 0 && unwrap(a.node).type !== 'script_block_expression') {
            const t = constantText(a.node);
            if (t !== null) names.push(t);
          }
          continue;
        }
        if (p === null || p === 'property' || p === 'expandproperty') {
          const list = constantList(a.node);
          if (list) names.push(...list);
        } else if (!NOT_PROPERTY.has(p)) {
          // an unknown parameter of a formatting command: its value is not taken as a name
        }
      }
      // A wildcard (Select-Object *, Format-List Instant*) names no one property.
      for (const n of names) if (!/[*?\[]/.test(n)) read(first ? null : input, n, node, name + ' (pipeline)');
    }
    if (lower === 'foreach-object' && memberName) read(first ? null : input, memberName, node, name + ' (pipeline)');

    if (PASS_THROUGH.has(lower)) {
      if (lower === 'select-object') {
        const selects = args.some((a) => a.param === null || !SELECT_NON_PROPERTY.has(a.param));
        return selects ? null : input;
      }
      return input;
    }
    if (lower === 'foreach-object') return memberName ? null : blockType;
    if (/^(out|format|write)-/.test(lower)) return null;
    return name;
  }

  const parsed = withParse ? problemsAndStrings(tree, true) : null;
  visit(tree.rootNode);
  tree.delete();
  return parsed ? { errors, functions, commands, reads, problems: parsed.errors, strings: parsed.strings }
    : { errors, functions, commands, reads };
}

const started = Date.now();
const results = [];
for (const file of files) {
  let source = readFileSync(file, 'utf8');
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  results.push({ file, ...analyse(source) });
}
process.stdout.write(JSON.stringify({
  grammar: `tree-sitter-powershell@${grammarVersion}`,
  millis: Date.now() - started,
  files: results,
}));
process.stdout.write('\n');

// The walk ps-parse.mjs makes over a parsed tree, shared with ps-commands.mjs --parse (so that a
// test run parses each script once for both): every ERROR and MISSING node, and the string-literal
// nodes. Lines and columns are 1-based.

// Node types whose text is one string literal; verbatim (single-quoted) ones are the ones the
// generator uses for plan values.
export const STRING_TYPES = new Set([
  'verbatim_string_characters',
  'verbatim_here_string_characters',
  'expandable_string_literal',
  'expandable_here_string_literal',
]);

function position(node) {
  return { line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
}

// {errors: [{type: "ERROR"|"MISSING", node, line, column, text}], strings: [{type, text, line, column}]}
// (strings only with withStrings).
export function problemsAndStrings(tree, withStrings) {
  const errors = [];
  const strings = [];
  const cursor = tree.walk();
  // Depth-first walk over every node, without recursion (scripts can nest deeply).
  let more = true;
  while (more) {
    const node = cursor.currentNode;
    if (node.isError) {
      errors.push({ type: 'ERROR', node: node.type, ...position(node), text: node.text.slice(0, 200) });
    } else if (node.isMissing) {
      errors.push({ type: 'MISSING', node: node.type, ...position(node), text: '' });
    } else if (withStrings && STRING_TYPES.has(node.type)) {
      strings.push({ type: node.type, text: node.text, ...position(node) });
    }
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        more = false;
        break;
      }
    }
  }
  cursor.delete();
  return withStrings ? { errors, strings } : { errors };
}

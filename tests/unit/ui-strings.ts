import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Finds user-facing text written straight into UI code instead of going through
 * `browser.i18n`. Prose is a string with a letter that starts with a capital or has two
 * words; ids, class names and modes ('popup', 'field locked') are not prose unless they look
 * like a sentence, and attributes that never show (class, href, role...) are skipped.
 */
const SILENT_ATTRIBUTES = new Set([
  'class',
  'className',
  'id',
  'key',
  'href',
  'src',
  'type',
  'role',
  'name',
  'rel',
  'target',
  'for',
  'htmlFor',
  'lang',
  'dir',
  'accept',
  'download',
  'autocomplete',
  'inputMode',
  'pattern',
  'style',
]);
const SILENT_ATTRIBUTE =
  /^(aria-(labelledby|describedby|controls|live|current|busy|hidden|expanded|pressed|checked|invalid|haspopup|modal|atomic|relevant|sort|level|owns)|data-)/;

const isProse = (text: string): boolean =>
  /\p{L}/u.test(text) && (/^\s*\p{Lu}\p{Ll}/u.test(text) || /\p{L}+\s+\p{L}+/u.test(text));

export interface Finding {
  file: string;
  line: number;
  text: string;
}

function silentAttribute(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isJsxAttribute(at)) {
      const name = at.name.getText();
      return SILENT_ATTRIBUTES.has(name) || SILENT_ATTRIBUTE.test(name);
    }
    if (ts.isJsxElement(at) || ts.isJsxSelfClosingElement(at) || ts.isBlock(at)) return false;
  }
  return false;
}

/** Strings whose job is not to be read: module names, message keys, logs, errors thrown to code. */
function plumbing(node: ts.Node): boolean {
  const parent = node.parent;
  // Compared with, not shown: `event.key === 'Escape'`.
  if (
    ts.isBinaryExpression(parent) &&
    [
      ts.SyntaxKind.EqualsEqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsEqualsToken,
      ts.SyntaxKind.EqualsEqualsToken,
      ts.SyntaxKind.ExclamationEqualsToken,
    ].includes(parent.operatorToken.kind)
  ) {
    return true;
  }
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) return true;
  if (ts.isImportTypeNode(parent) || ts.isLiteralTypeNode(parent)) return true;
  if (ts.isCallExpression(parent)) {
    const callee = parent.expression.getText();
    if (/^(t|plural|import|require)$/.test(callee) || /^console\./.test(callee)) return true;
    if (
      /(querySelector(All)?|closest|matches|getElementById|addEventListener|setAttribute|startsWith|endsWith|includes)$/.test(
        callee,
      )
    )
      return true;
  }
  return false;
}

export function findHardCodedText(file: string, source: string): Finding[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({
      file,
      line: tree.getLineAndCharacterOfPosition(node.getStart()).line + 1,
      text: text.trim(),
    });
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (/\p{L}/u.test(node.text)) report(node, node.text);
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (isProse(node.text) && !silentAttribute(node) && !plumbing(node)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…');
      if (isProse(text) && !silentAttribute(node) && !plumbing(node)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** Every .ts/.tsx file under `dirs`, relative to `root`. */
export function sourceFiles(root: string, dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(relative(root, path));
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return out.sort();
}

export const scan = (root: string, files: readonly string[]): Finding[] =>
  files.flatMap((file) => findHardCodedText(file, readFileSync(join(root, file), 'utf8')));

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.ts';
import { zhCN } from '../../web/src/i18n/zh-CN.ts';

const WEB = join('web', 'src');
/** Words a reader of either language reads alike: units and symbols, never a sentence. */
const NOT_LANGUAGE = new Set<string>([]);
/** Attributes a user reads or a screen reader speaks. */
const VISIBLE_ATTRIBUTES = new Set(['title', 'placeholder', 'aria-label', 'alt', 'label']);
const HAS_WORDS = /[A-Za-z\u3400-\u9fff\uf900-\ufaff]/;

/** Every file under a folder of web/src with one of the extensions, as paths relative to the repository. */
function sources(extensions: string[], dir = WEB): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(extensions, path);
    return extensions.some((ext) => entry.name.endsWith(ext)) ? [path] : [];
  });
}

function parse(file: string, text = readFileSync(file, 'utf8')): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  ts.forEachChild(node, (child) => walk(child, visit));
}

/** The literal strings an expression can evaluate to without a call: `'a'`, `` `a ${b}` ``, `x ? 'a' : 'b'`, `x ?? 'a'`. */
function literalTexts(expression: ts.Expression | undefined): { node: ts.Node; text: string }[] {
  if (!expression) return [];
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [{ node: expression, text: expression.text }];
  if (ts.isTemplateExpression(expression)) return [{ node: expression, text: [expression.head.text, ...expression.templateSpans.map((s) => s.literal.text)].join(' ') }];
  if (ts.isParenthesizedExpression(expression)) return literalTexts(expression.expression);
  if (ts.isConditionalExpression(expression)) return [...literalTexts(expression.whenTrue), ...literalTexts(expression.whenFalse)];
  if (ts.isBinaryExpression(expression) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(expression.operatorToken.kind)) return literalTexts(expression.right);
  return [];
}

/** Hard-coded words a user would see: JSX text, literal JSX children and literal visible attributes, as `file:line: text`. */
function hardCodedText(file: string, text?: string): string[] {
  const source = parse(file, text);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const words = text.replace(/\s+/g, ' ').trim();
    if (!HAS_WORDS.test(words) || NOT_LANGUAGE.has(words)) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push(`${relative('.', file)}:${line}: ${words}`);
  };
  walk(source, (node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) for (const l of literalTexts(node.expression)) report(l.node, l.text);
    else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source))) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value)) report(value, value.text);
      else if (value && ts.isJsxExpression(value)) for (const l of literalTexts(value.expression)) report(l.node, l.text);
    }
  });
  return found;
}

/** Keys of every `t('key')` and `t('key', args)` call, as `file:line: key`, with the argument names when args is an object literal (else null). */
function messageKeys(file: string, text?: string): { where: string; key: string; args?: string[] | null }[] {
  const source = parse(file, text);
  const keys: { where: string; key: string; args?: string[] | null }[] = [];
  walk(source, (node) => {
    if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 't') return;
    const [first] = node.arguments;
    if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
      const second = node.arguments[1];
      const args = !second ? [] : ts.isObjectLiteralExpression(second) && second.properties.every((p) => !ts.isSpreadAssignment(p)) ? second.properties.map((p) => p.name?.getText(source) ?? '') : null;
      keys.push({ where: `${relative('.', file)}:${source.getLineAndCharacterOfPosition(first.getStart(source)).line + 1}`, key: first.text, args });
    }
  });
  return keys;
}

describe('web messages', () => {
  it('has the same keys in Chinese and English, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const value of [...Object.values(en), ...Object.values(zhCN)]) expect(value.trim()).not.toBe('');
  });

  it('keeps user-visible text out of components: no words in JSX text or visible attributes', () => {
    const files = sources(['.tsx']);
    expect(files.some((f) => f.includes(join(WEB, 'charts')))).toBe(true);
    expect(files.flatMap((file) => hardCodedText(file))).toEqual([]);
  });

  it('every t() key, with or without arguments, exists in the messages', () => {
    const keys = sources(['.ts', '.tsx']).filter((f) => !f.includes(join(WEB, 'i18n'))).flatMap((file) => messageKeys(file));
    expect(keys.some((k) => k.where.includes(join(WEB, 'state')))).toBe(true);
    expect(keys.filter(({ key }) => !(key in en)).map(({ where, key }) => `${where}: ${key}`)).toEqual([]);
  });

  it('every t() call fills each placeholder its message has, in both languages', () => {
    const placeholders = (message: string) => [...message.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
    const unfilled = sources(['.ts', '.tsx'])
      .filter((f) => !f.includes(join(WEB, 'i18n')))
      .flatMap((file) => messageKeys(file))
      .filter(({ key, args }) => key in en && args !== null)
      .flatMap(({ where, key, args }) => {
        const wanted = new Set([...placeholders(en[key as keyof typeof en]), ...placeholders(zhCN[key as keyof typeof zhCN])]);
        return [...wanted].filter((name) => !args!.includes(name)).map((name) => `${where}: ${key} needs ${name}`);
      });
    expect(unfilled).toEqual([]);
  });

  it('finds hard-coded words with their line, and a t() key that does not exist', () => {
    const file = join(WEB, 'components', 'Bad.tsx');
    const text = ["export const Bad = () => (", "  <p title={'Copy link'} class=\"wide\">", "    Hello {t('nope', { n: 1 })} {ok ? '' : '未找到'} {t('appTitle')} 5 %", '    <img alt="" aria-label={`Agent ${id}`} />', '  </p>', ');', ''].join('\n');
    expect(hardCodedText(file, text)).toEqual([`${file}:2: Copy link`, `${file}:3: Hello`, `${file}:3: 未找到`, `${file}:4: Agent`]);
    expect(messageKeys(file, text)).toEqual([{ where: `${file}:3`, key: 'nope', args: ['n'] }, { where: `${file}:3`, key: 'appTitle', args: [] }]);
  });
});

/**
 * Values travel only as parameters, and query text lives only in cypher/*.cypher. The scanner
 * reads server/ the way the compiler does: it opens a TypeScript project over the real tsconfig
 * (typescript 7's API; its parser and type checker, not lines of text) and reports
 *
 * - `cypher-text`: a string or template literal anywhere in server/ whose text looks like Cypher,
 *   however it is later joined, concatenated or passed on;
 * - `driver-query-not-loaded`: a call of a neo4j-driver API that takes query text (its first
 *   parameter is `query`: Driver.executeQuery, Session/Transaction/ManagedTransaction.run, also
 *   when called through a destructured or bound reference) whose argument is not a statement
 *   loaded from a file (`queries.get(<name>)`, `queries.schema`, or a const holding one of them);
 * - `query-name-not-literal`: a call whose parameter is declared `QueryName` (Database.read,
 *   Tx.run, Queries.get and any helper that forwards a name) with an argument whose type is not a
 *   literal name of a .cypher file (a `string`, `any`, a template …);
 * - `query-name-assertion`: `x as QueryName` or `<QueryName>x`, which would make any string pass;
 * - `untyped-query-call`: run/executeQuery/read/write on a receiver the checker cannot resolve
 *   (`any`), with an argument that is neither a query name nor a loaded statement;
 * - `parameter-substitution`: `.replace('$id', …)` and friends, splicing a value into text.
 *
 * test/unit/cypher-in-files.test.ts scans server/ with it; test/unit/cypher-scanner.test.ts holds
 * its self-tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { API } from 'typescript/unstable/sync';
import {
  isBindingElement,
  isCallExpression,
  isElementAccessExpression,
  isForOfStatement,
  isIdentifier,
  isNoSubstitutionTemplateLiteral,
  isPropertyAccessExpression,
  isStringLiteral,
  isTemplateExpression,
  isVariableDeclaration,
  isVariableDeclarationList,
  NodeFlags,
  SyntaxKind,
  type CallExpression,
  type Expression,
  type Node,
} from 'typescript/unstable/ast';

export const ROOT = path.resolve('.');
export const SERVER = path.join(ROOT, 'server');
const QUERIES_FILE = path.join(SERVER, 'db', 'queries.ts');
export const FIXTURE_DIR = path.join(SERVER, '__cypher-scan-fixtures__'); // in memory only, never written
const SCAN_TSCONFIG = path.join(ROOT, 'tsconfig.cypher-scan.json'); // in memory only, never written

export type Rule =
  | 'cypher-text'
  | 'driver-query-not-loaded'
  | 'query-name-not-literal'
  | 'query-name-assertion'
  | 'untyped-query-call'
  | 'parameter-substitution';

export interface Finding {
  file: string;
  line: number;
  rule: Rule;
  code: string;
}

/**
 * Text that reads as Cypher. Structural patterns (a clause keyword followed by a node pattern,
 * `UNWIND x AS y`, a relationship pattern …) match in any case, since Cypher keywords are case-
 * insensitive; the bare clause keywords only in capitals, where English prose does not use them.
 */
const CYPHER_TEXT: RegExp[] = [
  /\b(?:OPTIONAL\s+)?(?:MATCH|MERGE|CREATE)\s*\(\s*\w*\s*(?::\s*`?\w+`?)?\s*(?:\{[^}]*\})?\s*\)/i,
  /\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:CONSTRAINT|INDEX|DATABASE|\w+\s+INDEX)\b/i,
  /\bUNWIND\s+\S+\s+AS\s+\w/i,
  /\bDETACH\s+DELETE\b/i,
  /\bSHOW\s+(?:\w+\s+)?(?:FUNCTIONS|PROCEDURES|INDEXES|CONSTRAINTS|DATABASES?)\b/i,
  /\bCALL\s*(?:\([^)]*\)\s*)?\{/i,
  /\bON\s+(?:CREATE|MATCH)\s+SET\b/i,
  /\bRETURN\s+(?:DISTINCT\s+)?(?:\w+\s*\(|\w+\.\w|\w+\s+AS\s+\w)/i,
  /\b(?:SET|REMOVE)\s+\w+(?:\.\w+\s*\+?=|\s*\+?=\s*[$\w{]|:[A-Z])/i,
  /\bWHERE\s+\w+(?:\.\w+\s*(?:=|<>|<|>|IN\b|IS\b|STARTS\b|CONTAINS\b)|:[A-Z])/i,
  /\(\s*\w*\s*:\s*[A-Z]\w*\s*(?:\{[^}]*\})?\s*\)\s*-|-\s*\[\s*\w*\s*:\s*[A-Z_]+\s*(?:\{[^}]*\})?\s*\]\s*-/,
  /(?:^|[\s(])(?:OPTIONAL MATCH|MATCH|MERGE|CREATE|UNWIND|RETURN|WITH|WHERE|ORDER BY|SET|REMOVE|DELETE|DETACH DELETE|CALL|FOREACH|YIELD|SKIP|LIMIT)\s+[\w$({[`]/,
  /\b\w+\.\w+\s+AS\s+\w+/,
];

/**
 * SPARQL shares Cypher's capitals (WHERE, ORDER BY, LIMIT) and has a place in code: the Wikidata
 * protocol takes the query as text (server/import/wikidata-query.ts). Its `SELECT ?var` and
 * `ASK {` are not Cypher. Text passed to the Neo4j driver is checked at the call whatever it says.
 */
const SPARQL_TEXT = /\b(?:SELECT|CONSTRUCT|DESCRIBE)\s+(?:DISTINCT\s+|REDUCED\s+)?(?:\?\w|\*\s+WHERE\b)|\bASK\s*\{|^\s*PREFIX\s+\w*:/im;

export function looksLikeCypher(text: string): boolean {
  return !SPARQL_TEXT.test(text) && CYPHER_TEXT.some((re) => re.test(text));
}

/** Names of the statements on disk: `read/get-dataset` for cypher/read/get-dataset.cypher. */
export function cypherFileNames(): Set<string> {
  return new Set(
    fs
      .readdirSync(path.join(ROOT, 'cypher'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.cypher'))
      .map((f) =>
        f
          .replace(/\.cypher$/, '')
          .split(path.sep)
          .join('/'),
      ),
  );
}

export function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const QUERY_METHOD_NAMES = new Set(['run', 'executeQuery', 'read', 'write']);
const SUBSTITUTING_METHODS = new Set(['replace', 'replaceAll', 'split']);

/**
 * One TypeScript project over `files` (paths under ROOT) plus the in-memory `overlay`, checked
 * with the project's own compiler options. Call `close()` when done: the API runs a tsgo process.
 */
export class CypherScanner {
  private readonly api: API;
  private readonly project;
  private readonly names = cypherFileNames();
  private readonly signatureCache = new Map<string, { driverQuery: boolean; nameParams: number[] }>();

  constructor(files: string[], overlay: Record<string, string> = {}) {
    const tsconfig = JSON.stringify({ extends: './tsconfig.json', include: [], files: [...files, ...Object.keys(overlay)] });
    this.api = new API({
      cwd: ROOT,
      fs: {
        readFile: (f) => (f === SCAN_TSCONFIG ? tsconfig : overlay[f]),
        fileExists: (f) => (f === SCAN_TSCONFIG || f in overlay ? true : undefined),
        directoryExists: (d) => (d === FIXTURE_DIR ? true : undefined),
      },
    });
    const project = this.api.updateSnapshot({ openProjects: [SCAN_TSCONFIG] }).getProjects()[0];
    if (!project) throw new Error('cypher scan: the TypeScript project did not open');
    this.project = project;
  }

  close(): void {
    this.api.close();
  }

  scan(file: string): Finding[] {
    const sf = this.project.program.getSourceFile(file);
    if (!sf) throw new Error(`cypher scan: ${file} is not in the project`);
    const found: Finding[] = [];
    const report = (node: Node, rule: Rule): void => {
      found.push({
        file: path.relative(ROOT, file),
        line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
        rule,
        code: node.getText(sf).replace(/\s+/g, ' ').slice(0, 100),
      });
    };
    const visit = (node: Node): void => {
      const text = literalText(node);
      if (text !== undefined && looksLikeCypher(text)) report(node, 'cypher-text');
      if (node.kind === SyntaxKind.AsExpression || node.kind === SyntaxKind.TypeAssertionExpression) {
        const type = (node as unknown as { type: Node }).type;
        if (/\bQueryName\b/.test(type.getText(sf)) && file !== QUERIES_FILE) report(node, 'query-name-assertion');
      }
      if (isCallExpression(node)) this.checkCall(node, report);
      node.forEachChild(visit);
    };
    visit(sf);
    return found;
  }

  private checkCall(call: CallExpression, report: (node: Node, rule: Rule) => void): void {
    const callee = call.expression;
    const calleeName = isPropertyAccessExpression(callee)
      ? callee.name.text
      : isElementAccessExpression(callee) && isStringLiteral(callee.argumentExpression)
        ? callee.argumentExpression.text
        : isIdentifier(callee)
          ? callee.text
          : undefined;
    const [first] = call.arguments;
    if (
      calleeName &&
      SUBSTITUTING_METHODS.has(calleeName) &&
      first &&
      (isStringLiteral(first) || isNoSubstitutionTemplateLiteral(first)) &&
      /^\$\w/.test(first.text)
    ) {
      report(call, 'parameter-substitution');
    }
    const slots = this.querySlots(call);
    if (slots === 'untyped') {
      if (calleeName && QUERY_METHOD_NAMES.has(calleeName) && first && !this.isQueryName(first) && !this.isLoadedStatement(first)) {
        report(call, 'untyped-query-call');
      }
      return;
    }
    if (slots.driverQuery && (!first || !this.isLoadedStatement(first))) report(call, 'driver-query-not-loaded');
    for (const i of slots.nameParams) {
      const arg = call.arguments[i];
      if (arg && !this.isQueryName(arg)) report(call, 'query-name-not-literal');
    }
  }

  /** What a call's parameters demand, from the declaration of the signature the checker picked. */
  private querySlots(call: CallExpression): { driverQuery: boolean; nameParams: number[] } | 'untyped' {
    const signature = this.project.checker.getResolvedSignature(call);
    const declaration = signature?.declaration;
    if (!declaration) return 'untyped';
    const key = `${declaration.path}#${declaration.index}`;
    const cached = this.signatureCache.get(key);
    if (cached) return cached;
    const slots = { driverQuery: false, nameParams: [] as number[] };
    const inDriver = /[\\/]node_modules[\\/]neo4j-driver[^\\/]*[\\/]/.test(declaration.path);
    const ours = declaration.path.startsWith(SERVER + path.sep);
    if (inDriver || ours) {
      const node = declaration.resolve(this.project);
      const parameters = (node as unknown as { parameters?: readonly { name: Node; type?: Node }[] } | undefined)?.parameters ?? [];
      parameters.forEach((p, i) => {
        const decl = p.name.getSourceFile();
        if (inDriver && i === 0 && p.name.getText(decl) === 'query') slots.driverQuery = true;
        if (ours && p.type && p.type.getText(decl) === 'QueryName') slots.nameParams.push(i);
      });
    }
    this.signatureCache.set(key, slots);
    return slots;
  }

  /** The argument's type is a literal (or a union of literals), each the name of a .cypher file. */
  private isQueryName(arg: Expression): boolean {
    const type = this.project.checker.getTypeAtLocation(arg);
    if (!type) return false;
    const members = type.isUnionType() ? type.getTypes() : [type];
    return members.length > 0 && members.every((t) => t.isLiteralType() && typeof t.value === 'string' && this.names.has(t.value));
  }

  /**
   * The argument is a statement read from its file: `queries.get(...)` (Queries.get of
   * server/db/queries.ts, whose own argument the QueryName rule checks), an element of
   * `queries.schema` (or its `.text`) bound by a for-of, or a const initialised with either.
   */
  private isLoadedStatement(arg: Expression, depth = 0): boolean {
    if (depth > 5) return false;
    const checker = this.project.checker;
    if (isCallExpression(arg)) {
      const declaration = checker.getResolvedSignature(arg)?.declaration;
      return declaration?.path === QUERIES_FILE && isPropertyAccessExpression(arg.expression) && arg.expression.name.text === 'get';
    }
    if (isPropertyAccessExpression(arg) && arg.name.text === 'text' && isIdentifier(arg.expression)) {
      return this.boundFromSchema(arg.expression, 'element');
    }
    if (isIdentifier(arg)) {
      if (this.boundFromSchema(arg, 'text')) return true;
      const declaration = checker.getSymbolAtLocation(arg)?.valueDeclaration?.resolve(this.project);
      if (declaration && isVariableDeclaration(declaration) && declaration.initializer && isVariableDeclarationList(declaration.parent)) {
        const isConst = (declaration.parent.flags & NodeFlags.Const) !== 0;
        return isConst && this.isLoadedStatement(declaration.initializer, depth + 1);
      }
    }
    return false;
  }

  /**
   * `id` is bound by a for-of over `X.schema` (X a Queries): the element itself
   * (`for (const id of X.schema)`) or its text (`for (const { text: id } of X.schema)`).
   */
  private boundFromSchema(id: Expression, what: 'element' | 'text'): boolean {
    let node: Node | undefined = this.project.checker.getSymbolAtLocation(id)?.valueDeclaration?.resolve(this.project);
    if (!node) return false;
    if (what === 'text') {
      if (!isBindingElement(node)) return false;
      const property = node.propertyName?.getText(node.getSourceFile()) ?? node.name?.getText(node.getSourceFile());
      if (property !== 'text' || node.parent.parent.kind !== SyntaxKind.VariableDeclaration) return false;
      node = node.parent.parent;
    }
    if (!isVariableDeclaration(node)) return false;
    const list = node.parent;
    const loop = list?.parent;
    if (!list || !loop || !isForOfStatement(loop) || !isPropertyAccessExpression(loop.expression)) return false;
    if (loop.expression.name.text !== 'schema') return false;
    const declarations = this.project.checker.getSymbolAtLocation(loop.expression.name)?.declarations ?? [];
    return declarations.length > 0 && declarations.every((d) => d.path === QUERIES_FILE);
  }
}

/** The text of a string or template literal (substitutions shown as `${…}`); undefined for other nodes. */
function literalText(node: Node): string | undefined {
  if (isStringLiteral(node) || isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => '${…}' + s.literal.text).join('');
  return undefined;
}

import { createToken, Lexer, type CustomPatternMatcherFunc, type IToken, type TokenType } from 'chevrotain';

/**
 * Tokens of SPL, in two lexer modes, because SPL has two languages:
 *
 * - search mode (the default): Splunk terms may hold almost any punctuation
 *   (`source=XmlWinEventLog:Microsoft-Windows-Sysmon/Operational`, `10.0.0.0/8`,
 *   `*host*`), so a Word runs until white space or a separator. Boolean operators
 *   are operators only in upper case ("Boolean expressions": "The operators must be capitalized").
 * - eval mode, entered by `eval`/`where`/`fieldformat` after a pipe (left at the next
 *   pipe or `]`) or by `eval(` inside a search-mode command such as `stats count(eval(…))`
 *   (left at the matching `)`): numbers, arithmetic, `.` concatenation, comparisons,
 *   'quoted field names', and case-insensitive AND/OR/NOT/XOR/LIKE/IN.
 */

// ---- shared
export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /\s+/, group: Lexer.SKIPPED, line_breaks: true });
export const Comma = createToken({ name: 'Comma', pattern: ',', label: "','" });
export const LParen = createToken({ name: 'LParen', pattern: '(', label: "'('" });
export const RParen = createToken({ name: 'RParen', pattern: ')', label: "')'" });
export const NotEquals = createToken({ name: 'NotEquals', pattern: '!=', label: "'!='" });
export const LessEquals = createToken({ name: 'LessEquals', pattern: '<=', label: "'<='" });
export const GreaterEquals = createToken({ name: 'GreaterEquals', pattern: '>=', label: "'>='" });
export const DoubleEquals = createToken({ name: 'DoubleEquals', pattern: '==', label: "'=='" });
export const Equals = createToken({ name: 'Equals', pattern: '=', label: "'='" });
export const Less = createToken({ name: 'Less', pattern: '<', label: "'<'" });
export const Greater = createToken({ name: 'Greater', pattern: '>', label: "'>'" });
export const QuotedString = createToken({ name: 'QuotedString', pattern: /"(?:[^"\\]|\\[\s\S])*"/, label: 'a quoted string', line_breaks: true });
/** foreach's template variables, e.g. <<FIELD>>, in either mode. */
export const TemplateVar = createToken({ name: 'TemplateVar', pattern: /<<[A-Z]+>>/, label: 'a <<TEMPLATE>> variable' });

// ---- search mode
export const Pipe = createToken({ name: 'Pipe', pattern: '|', label: "'|'" });
export const LBracket = createToken({ name: 'LBracket', pattern: '[', label: "'['" });
export const RBracket = createToken({ name: 'RBracket', pattern: ']', label: "']'" });
// A backslash escapes the next character, so `*\"privileged\":true*` is one term.
export const Word = createToken({ name: 'Word', pattern: /(?:[^\s|[\]()=!<>,"\\]|\\[\s\S]|!(?!=))+/, label: 'a word' });
export const And = createToken({ name: 'And', pattern: /AND/, longer_alt: Word, label: "'AND'" });
export const Or = createToken({ name: 'Or', pattern: /OR/, longer_alt: Word, label: "'OR'" });
export const Not = createToken({ name: 'Not', pattern: /NOT/, longer_alt: Word, label: "'NOT'" });
export const In = createToken({ name: 'In', pattern: /IN/, longer_alt: Word, label: "'IN'" });

/** `eval(` inside a search-mode command: the argument is an eval expression. */
export const EvalOpen = createToken({ name: 'EvalOpen', pattern: /eval\(/i, label: "'eval('", push_mode: 'evalGroup' });

const EVAL_COMMAND = /(?:eval|where|fieldformat)(?![^\s|[\]()=!<>,"])/iy;
/** A command word that switches to eval mode, recognised only where a command starts. */
const matchEvalCommand: CustomPatternMatcherFunc = (text, offset, matched) => {
  const previous: IToken | undefined = matched[matched.length - 1];
  const type = previous?.tokenType;
  if (type !== undefined && type !== Pipe && type !== EvalPipe && type !== LBracket) return null;
  EVAL_COMMAND.lastIndex = offset;
  return EVAL_COMMAND.exec(text);
};
export const EvalCommand = createToken({
  name: 'EvalCommand',
  pattern: matchEvalCommand,
  line_breaks: false,
  start_chars_hint: ['e', 'E', 'w', 'W', 'f', 'F'],
  push_mode: 'eval',
  label: 'eval, where or fieldformat',
});

// ---- eval mode
export const EvalPipe = createToken({ name: 'EvalPipe', pattern: '|', label: "'|'", categories: [Pipe], pop_mode: true });
export const EvalRBracket = createToken({ name: 'EvalRBracket', pattern: ']', label: "']'", categories: [RBracket], pop_mode: true });
export const GroupOpen = createToken({ name: 'GroupOpen', pattern: '(', label: "'('", categories: [LParen], push_mode: 'evalGroup' });
export const GroupClose = createToken({ name: 'GroupClose', pattern: ')', label: "')'", categories: [RParen], pop_mode: true });
export const Number = createToken({ name: 'Number', pattern: /(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/, label: 'a number' });
export const QuotedField = createToken({ name: 'QuotedField', pattern: /'(?:[^'\\]|\\[\s\S])*'/, label: "a 'quoted' field name", line_breaks: true });
export const Identifier = createToken({ name: 'Identifier', pattern: /[A-Za-z_@$][\w@$]*(?:\.[A-Za-z_@$][\w@$]*)*/, label: 'a field or function name' });
const keyword = (name: string, pattern: RegExp): TokenType => createToken({ name, pattern, longer_alt: Identifier, label: `'${name.toUpperCase()}'` });
export const EvalAnd = keyword('and', /and/i);
export const EvalOr = keyword('or', /or/i);
export const EvalNot = keyword('not', /not/i);
export const EvalXor = keyword('xor', /xor/i);
export const EvalLike = keyword('like', /like/i);
export const EvalIn = keyword('in', /in/i);
export const Plus = createToken({ name: 'Plus', pattern: '+', label: "'+'" });
export const Minus = createToken({ name: 'Minus', pattern: '-', label: "'-'" });
export const Star = createToken({ name: 'Star', pattern: '*', label: "'*'" });
export const Slash = createToken({ name: 'Slash', pattern: '/', label: "'/'" });
export const Percent = createToken({ name: 'Percent', pattern: '%', label: "'%'" });
export const Dot = createToken({ name: 'Dot', pattern: '.', label: "'.'" });
export const Colon = createToken({ name: 'Colon', pattern: ':', label: "':'" });
export const LBrace = createToken({ name: 'LBrace', pattern: '{', label: "'{'" });
export const RBrace = createToken({ name: 'RBrace', pattern: '}', label: "'}'" });

const COMPARISONS = [NotEquals, LessEquals, GreaterEquals, DoubleEquals, Equals, TemplateVar, Less, Greater];
const SEARCH_MODE = [WhiteSpace, Pipe, LBracket, RBracket, LParen, RParen, Comma, ...COMPARISONS, QuotedString, EvalOpen, EvalCommand, And, Or, Not, In, Word];
const EVAL_COMMON = [WhiteSpace, Comma, ...COMPARISONS, QuotedString, QuotedField, Number, EvalAnd, EvalOr, EvalNot, EvalXor, EvalLike, EvalIn, Identifier, Plus, Minus, Star, Slash, Percent, Dot, Colon, LBrace, RBrace];

export const splLexer = new Lexer(
  {
    modes: {
      search: SEARCH_MODE,
      eval: [EvalPipe, EvalRBracket, GroupOpen, RParen, ...EVAL_COMMON],
      evalGroup: [GroupOpen, GroupClose, ...EVAL_COMMON],
    },
    defaultMode: 'search',
  },
  { ensureOptimizations: false, positionTracking: 'onlyOffset' },
);

/** Every token type, for the parser's vocabulary. */
export const ALL_TOKENS: readonly TokenType[] = [
  ...new Set([...SEARCH_MODE, EvalPipe, EvalRBracket, GroupOpen, GroupClose, ...EVAL_COMMON]),
];

/** Pipes and closing brackets of either mode (eval mode's own versions are categorised under them). */
export function isPipeOrBracket(type: TokenType): boolean {
  return type === Pipe || type === RBracket || type === EvalPipe || type === EvalRBracket;
}
